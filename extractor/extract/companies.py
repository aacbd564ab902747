"""Key players: from key-player lists and tables first, then from prose.

Structure beats statistics: a "Key Players" heading followed by a list is a
far stronger signal than any entity guess in running text, so no NER model is
used. Names are kept as written; `normalize` removes legal suffixes only.
"""

from __future__ import annotations

import re as std_re
from functools import lru_cache

import regex as re

from .. import rules
from ..facts import CompanyFact, Span
from ..lang import LANGUAGES
from ..layout import Block, Document, shapes
from ..nlp import Annotated
from .sections import section_of

_SUFFIX_WORDS = frozenset(rules.LEGAL_SUFFIXES)  # matched as written: "AS" yes, "as" no
#: Where a list of names in prose ends and the sentence goes on: "... and C are widening".
_NEXT_SENTENCE = re.compile(r"\.\s+(?=[A-Z][a-z]+\s+[a-z])")
_SEPARATOR = re.compile(r"[,;·|•]")
_PROSE_RULES = (
    rules.KEY_PLAYER_OPENING,
    rules.KEY_PLAYER_LED_BY,
    rules.KEY_PLAYER_SHARE,
)
_WORD = re.compile(r"[^\s,]+")
#: Words each prose rule cannot match without, one of them at least (in lower case): a
#: sentence with none is not tried ("led by", "share"). The opening rule has no such word.
_NEEDED_WORDS: dict[re.Pattern[str], tuple[str, ...]] = {
    rules.KEY_PLAYER_LED_BY: ("by", "landscape"),
    rules.KEY_PLAYER_SHARE: ("share",),
}


#: The stems of the English nouns the prose rule needs ("key players include ..."): a
#: sentence with none of them (or of its language's own nouns) is not tried.
_PLAYER_STEMS = (
    "player", "compan", "vendor", "manufacturer", "participant", "competitor", "supplier",
    "provider", "firms", "names",
)  # fmt: skip


@lru_cache(maxsize=16)
def _needed_words(code: str | None) -> dict[re.Pattern[str], std_re.Pattern[str]]:
    """What each prose rule of language `code` needs one of, as one search over a
    case-folded sentence: for the key-player prose rule, the English stems and the
    language's own key-player nouns. A plain alternation of words: Python's own `re`
    finds one about three times as fast as `regex`, which pays for its Unicode rules."""
    own = LANGUAGES[code].key_player_nouns if code in LANGUAGES else ()
    nouns = (*_PLAYER_STEMS, *(noun.casefold() for noun in own))
    needed = {rules.key_player_prose(code): nouns, **_NEEDED_WORDS}
    return {
        rule: std_re.compile("|".join(std_re.escape(w) for w in words))
        for rule, words in needed.items()
    }


def _may_match(
    pattern: re.Pattern[str], folded: str, needed: dict[re.Pattern[str], std_re.Pattern[str]]
) -> bool:
    """Whether a case-folded sentence holds what `pattern` needs to match at all."""
    words = needed.get(pattern)
    return words is None or words.search(folded) is not None


#: "Acme – maker of ..." loses its description; an alias in brackets stays ("GRC (Green ...)").
_DESCRIPTION = re.compile(r"(?<!\s)\s+(?:[–—]|-{1,2}|:)\s+.*$")


#: "Babboe B.V. (Netherlands)": a name with a bracket at its end.
_BRACKET_TAIL = re.compile(r"^(?P<name>.+?)\s*\((?P<inner>[^()]*)\)$")
#: "and Acme", "& Acme": a conjunction a list left on a name.
_LEAD_CONJUNCTION = re.compile(rf"^(?:{rules.CONJUNCTION}|&)\s+")
_CONJUNCTION_WORD = re.compile(rf"\b{rules.CONJUNCTION}\b")
#: "John A.": a name that ends in an initial keeps its dot.
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
#: The pieces of a list of names, between separators.
_LIST_PIECE = re.compile(r"[^,;·|•]+")
#: "A and B" in the last piece of a list: two names when B is capitalised.
_LAST_PAIR = re.compile(rf"(?P<a>.+?)(?<!\s)\s+{rules.CONJUNCTION}\s+(?P<b>[A-Z].+)$")


def _is_suffix(word: str) -> bool:
    """ "LLC." at the end of a sentence is still "LLC"."""
    return word in _SUFFIX_WORDS or word.rstrip(".") in _SUFFIX_WORDS


def normalize(name: str) -> str:
    """Remove legal suffixes at the end: "Toyobo Co. Ltd." -> "Toyobo".

    "& Co." stays ("Merck & Co., Inc." -> "Merck & Co."), a name is never
    reduced to nothing, and everything before the suffixes is kept as written
    ("FUJIFILM Diosynth Biotechnologies U.S.A., Inc." keeps its "U.S.A.").
    """
    words = list(_WORD.finditer(name))
    cut = len(words)
    while cut > 1 and _is_suffix(words[cut - 1].group(0)):
        if words[cut - 1].group(0).startswith("Co") and words[cut - 2].group(0) == "&":
            break
        cut -= 1
    if cut == len(words):
        return name.strip()
    return name[: words[cut - 1].end()].rstrip(" ,")


def _drop_bracket(name: str) -> str:
    """ "Babboe B.V. (Netherlands)" -> "Babboe B.V."; an acronym's expansion stays:
    "GRC (Green Revolution Cooling)"."""
    match = _BRACKET_TAIL.match(name)
    if not match:
        return name
    initials = rules.initials(match.group("inner"))
    head = match.group("name").split()[-1]
    if head.isupper() and initials.upper() == head.upper():
        return name
    if _is_acronym_of(match.group("inner"), match.group("name")):
        return name  # "Saudi Basic Industries Corporation (SABIC)" keeps its short name
    return match.group("name")


def _is_acronym_of(short: str, name: str) -> bool:
    """True when `short` is an all-capital acronym spelled, in order, from the letters of
    `name`, starting with its first: "SABIC" from "Saudi Basic Industries Corporation",
    "BASF" from "Badische Anilin- und Soda-Fabrik"; "US" or "Germany" is not."""
    if not (short.isupper() and short.isalpha() and len(short) >= MIN_ACRONYM):
        return False
    letters = iter(name.upper())
    return name[:1].upper() == short[0] and all(c in letters for c in short)


def _clean(candidate: str) -> str | None:
    name = candidate.strip().strip("•*·-–—").strip()
    name = _DESCRIPTION.sub("", name).strip().rstrip(";,")
    if name.endswith(")."):
        name = name[:-1]  # "Delta Inc. (Japan)." ends a sentence: its bracket goes next
    name = _drop_bracket(name)
    name = _LEAD_CONJUNCTION.sub("", name)
    if (
        name.endswith(".")
        and name.split()[-1] not in _SUFFIX_WORDS  # "Ltd." keeps its dot, "Holdings." not
        and not _INITIAL_END.search(name)
    ):
        name = name[:-1]
    if not name or len(name.split()) > MAX_NAME_WORDS or len(name) > MAX_NAME_CHARS:
        return None
    cased = (
        name[0].isupper()
        or name[0].isdigit()
        or any(c.isupper() for c in name)
        or bool(re.fullmatch(r"[\w-]+\.[a-z]{2,}", name))  # "sees.ai"
    )
    if not cased or rules.NOT_A_NAME.match(name):  # "ams-OSRAM AG" is a name, "others" is not
        return None
    if rules.SUSPECT_ITEM.search(name):
        return None  # "S." or "Acme and": a cut-off item, flagged elsewhere, not a name
    if rules.VERB_IN_NAME.search(name) or name.lower() in rules.REGULATORS:
        return None
    return name


def split_names(text: str) -> list[tuple[int, str]]:
    """Split "A, B Co., Ltd., and C" into names, keeping legal suffixes with their name."""
    text = rules.NAMES_END.split(text, maxsplit=1)[0]
    end = _NEXT_SENTENCE.search(text)  # "... Teraoka Seiko Co., Ltd. The market is ..."
    text = text[: end.start() + 1] if end else text
    text = rules.LIST_TRAILER.sub("", text)
    parts: list[tuple[int, str]] = []
    for m in _LIST_PIECE.finditer(text):
        piece = m.group(0)
        offset = m.start() + len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        lead = _LEAD_CONJUNCTION.match(piece)
        if lead:
            offset += lead.end()
            piece = piece[lead.end() :]
        if parts and all(_is_suffix(w) for w in piece.split()):
            start, _ = parts[-1]
            parts[-1] = (start, text[start : m.start() + len(m.group(0).rstrip())])
            continue
        parts.append((offset, piece))
    # "A, B and C": only the last piece joins two names ("Bell and Howell, LLC" is one).
    if parts:
        offset, last = parts[-1]
        pair = _LAST_PAIR.match(last)
        if (
            pair
            and not _CONJUNCTION_WORD.search(pair.group("b"))
            and (len(parts) > 1 or "," not in text)
        ):
            parts[-1:] = [(offset, pair.group("a")), (offset + pair.start("b"), pair.group("b"))]
    return parts


#: Company names run to a few words ("FUJIFILM Diosynth Biotechnologies U.S.A., Inc."
#: is six); a longer piece is a sentence the list splitter failed to cut.
MAX_NAME_WORDS = 7
MAX_NAME_CHARS = 70
#: Under a key-player heading with no list or table, the names are in the first
#: paragraph or two; further down is prose about the market.
PROSE_LIST_BLOCKS = 2
#: Two companies named with their stock tickers in one sentence, or each as the subject
#: that opens a sentence, are a list of players (a stock roundup, a market story); a
#: single one is often the issuer of a company's own release, its partners named in passing.
MIN_TICKER_LIST = 2
#: An acronym in brackets is kept with its name from three letters on: "(US)" or "(UK)"
#: after a name is where the firm is, not what it is called.
MIN_ACRONYM = 3
#: A sentence of bare names is a list of players only when it names at least three firms:
#: "A AG and B SE" may be a joint venture or a merger, not the market's players.
MIN_BARE_LIST = 3
#: Headings from markup (h1-h6) end a key-player part even when weaker than its own
#: heading: a list of names never runs into the next marked-up section.
MARKUP_HEADING_LEVEL = 6


def _part_under(doc: Document, heading: Block) -> list[Block]:
    """The blocks under a key-player heading, up to the next heading from markup."""
    out = []
    for block in doc.body(heading):
        if block.kind == "heading" and block.level <= MARKUP_HEADING_LEVEL:
            break
        out.append(block)
    return out


def _from_structure(
    doc: Document, heading: Block, prose_rules: tuple[re.Pattern[str], ...]
) -> list[tuple[int, str]]:
    """Names in the list, table or comma paragraph under a key-player heading."""
    body = [b for b in _part_under(doc, heading) if not b.boilerplate]
    items = [b for b in body if b.kind == "list_item"]
    if items:
        top = min(b.depth for b in items)
        return [(b.start, b.text.split("\n")[0]) for b in items if b.depth == top]
    table = next((doc.table_of(b) for b in body if b.kind == "table_cell"), None)
    if table is not None:
        cells = list(table.column(0))
        if cells and rules.NAME_COLUMN.search(cells[0].text):
            cells = cells[1:]
        return [(b.start, b.text) for b in cells]
    for block in body[:PROSE_LIST_BLOCKS]:
        if block.kind != "paragraph" or len(_SEPARATOR.findall(block.text)) < 2:
            continue
        if any(p.search(block.text) for p in prose_rules):
            return []  # the prose reader takes these names
        return [(block.start + o, n) for o, n in split_names(block.text)]
    return []


def _bare_lists(text: str, start: int) -> list[list[tuple[int, str]]]:
    """A sentence that is nothing but firm names, most with a legal suffix: "A AG, B SE
    and C S.A." (a key-player list whose heading was lost when the page was flattened)."""
    out: list[list[tuple[int, str]]] = []
    if "," not in text or not rules.LEGAL_SUFFIX.search(text):
        return out  # no list ("A AG, B SE and C SA" has a comma), or no legal form at all
    pieces = rules.GLUED_SENTENCE.split(text)
    offset = start
    for piece in pieces:
        found = split_names(piece.rstrip())
        cleaned = [_clean(name) for _, name in found]
        with_suffix = sum(1 for name in cleaned if name and _is_suffix(name.split()[-1]))
        if (
            len(found) >= MIN_BARE_LIST
            and all(cleaned)
            and with_suffix * 2 >= len(found)  # half at least: "DowDuPont" needs none
        ):
            out.append([(offset + o, n) for o, n in found])
        offset += len(piece)
    return out


def _coordinated(text: str, folded: str) -> list[tuple[int, str]]:
    """ "Acme, Beta, and newer players like Gamma ...": the names before "and" and the one
    after "like", with their offsets in `text`; none when a name is a region."""
    if " like " not in folded and "such as" not in folded:
        return []  # the words the pattern needs
    match = rules.KEY_PLAYER_COORDINATED.match(text)
    if match is None:
        return []
    names = [(match.start("head") + o, n) for o, n in split_names(match.group("head"))]
    names.append((match.start("tail"), match.group("tail")))
    if any(rules.REGION.search(name) for _, name in names):
        return []  # "Germany, France, and other markets like Italy"
    return names


def _claimed_players(a: Annotated, listed: set[str]) -> list[list[tuple[int, str]]]:
    """Listed firms a sentence of the release (its title too) calls a key player: "Acme
    Reaffirms Its Position As A Key Player In The Widget Market", where the release names
    "Acme Inc. (TSXV: ACM)". The ticker is what makes the subject a firm."""
    out: list[list[tuple[int, str]]] = []
    bases = {normalize(firm): firm for firm in listed}
    for sentence in a.sentences:
        if a.document.blocks[sentence.block].boilerplate:
            continue  # an About block's "Acme is a leading player in" is how it sells itself
        text = a.text[sentence.start : sentence.end]
        claim = rules.PLAYER_CLAIM.search(text)
        if claim is None:
            continue
        opening = text[: claim.start()]
        for base, firm in bases.items():
            if opening.startswith(base):
                start = a.text.find(firm)
                out.append([(start if start >= 0 else sentence.start, firm)])
    return out


#: Names in a report table's key-player row: two at least, so that a row "Key company |
#: Acme" with one name (often the publisher's own client) is no list.
MIN_ROW_NAMES = 2


def find_companies(a: Annotated, excluded: set[str]) -> list[CompanyFact]:
    """Key players in document order; a name in a later group that was already seen is skipped."""
    doc = a.document
    blocks = doc.blocks
    groups: list[list[tuple[int, str]]] = []
    prose_rules = (rules.key_player_prose(a.language), *_PROSE_RULES)
    for block in blocks:
        if block.boilerplate or block.kind == "table_cell":
            continue
        label = rules.KEY_PLAYER_LABEL.match(block.text)
        if label and label.group("list").count(",") >= 1:
            found = split_names(label.group("list"))
            groups.append([(block.start + label.start("list") + o, n) for o, n in found])
            continue
        heading_like = block.kind == "heading" or (shapes.is_label_heading(block.text.rstrip()))
        if (
            heading_like
            and block.words <= shapes.MAX_LABEL_WORDS
            and section_of(block.text) is None
            and rules.KEY_PLAYER_HEADING.search(block.text)
        ):
            groups.append(_from_structure(doc, block, prose_rules))
    for table in doc.tables:  # a table whose own header says "Key Companies"
        corner = table.cell(0, 0)
        if corner is None or corner.boilerplate or not rules.KEY_PLAYER_HEADING.search(corner.text):
            continue
        heading = doc.heading_of(corner)
        if heading is None or not rules.KEY_PLAYER_HEADING.search(heading.text):
            groups.append([(b.start, b.text) for b in table.column(0)[1:]])
    for table in doc.tables:  # a row "Key companies profiled | A; B; C" of a report table
        for row in table.rows:
            head, *cells = row
            if head.boilerplate or not rules.KEY_PLAYER_HEADING.search(head.text):
                continue
            for cell in cells:
                names = split_names(cell.text)
                if len(names) >= MIN_ROW_NAMES:
                    groups.append([(cell.start + offset, name) for offset, name in names])
    subjects: dict[str, int] = {}  # listed firms that open a sentence, across the release
    after_players: dict[str, int] = {}  # ... that open the sentence after one about players
    every_listed: set[str] = set()
    previous = ""
    for sentence in a.sentences:
        if blocks[sentence.block].boilerplate:
            continue
        text = a.text[sentence.start : sentence.end]
        before, previous = previous, text
        if "(" not in text or ":" not in text:
            continue  # no "(NYSE: X)" to find: spares the pattern a try at every capital
        listed: dict[str, int] = {}
        for m in rules.TICKER_NAME.finditer(text):
            firm = rules.NAME_LEAD_WORDS.sub("", m.group("name"))
            every_listed.add(firm)
            if rules.PERSON_ROLE_AFTER_FIRM.match(text, m.end()):
                continue  # "Acme (NASDAQ: ACM) founder Jane Doe": the firm names her employer
            listed.setdefault(firm, sentence.start + m.start("name"))
            if not text[: m.start()].strip():
                subjects.setdefault(firm, sentence.start + m.start("name"))
                if rules.PLAYER_RIVALS.search(before):  # "... major players battle."
                    after_players.setdefault(firm, sentence.start + m.start("name"))
        if len(listed) >= MIN_TICKER_LIST:  # "miners such as A (TSXV: X), B (NYSE: Y) and C"
            groups.append([(offset, firm) for firm, offset in listed.items()])
    if len(subjects) >= MIN_TICKER_LIST:  # "A (NASDAQ: X) makes ..." ... "B (NYSE: Y) is ..."
        groups.append(sorted((offset, firm) for firm, offset in subjects.items()))
    else:  # "... several major players battle. Meta (NASDAQ: META) is the biggest entrant."
        groups.extend([(offset, firm)] for firm, offset in after_players.items())
    if every_listed:
        groups.extend(_claimed_players(a, every_listed))
    previous_names_players = False  # the sentence before spoke of players, OEMs, vendors
    needed = _needed_words(a.language)
    bare: list[list[tuple[int, str]]] = []
    examples: list[list[tuple[int, str]]] = []  # one firm each: no list, so no bar to others
    for sentence in a.sentences:
        if blocks[sentence.block].boilerplate:
            continue
        text = a.text[sentence.start : sentence.end]
        folded = text.casefold()
        match = next(
            (hit for p in prose_rules if _may_match(p, folded, needed) and (hit := p.search(text))),
            None,
        )
        if match is None and previous_names_players:
            anaphora = rules.KEY_PLAYER_ANAPHORA.search(text)  # "... players. These include A"
            # "... top OEMs. For instance, BYD, Tesla, and NIO increased ...": no regions
            instances = rules.KEY_PLAYER_EXAMPLES.match(text) if anaphora is None else None
            if anaphora is not None:
                match = anaphora
            elif instances and not rules.REGION.search(instances.group("list")):
                match = instances
        previous_names_players = bool(
            rules.MAY_NAME_PLAYERS.search(folded) and rules.KEY_PLAYER_NOUN.search(text)
        )
        example = (
            rules.KEY_PLAYER_EXAMPLE.search(text)  # "Acme, Inc., for instance, ..."
            if "instance" in folded or "example" in folded  # the words it needs
            else None
        )
        if example:
            examples.append([(sentence.start + example.start("list"), example.group("list"))])
        if match:
            found = split_names(match.group("list"))
            groups.append([(sentence.start + match.start("list") + o, n) for o, n in found])
        elif coordinated := _coordinated(text, folded):
            groups.append([(sentence.start + o, n) for o, n in coordinated])
        else:
            bare.extend(_bare_lists(text, sentence.start))
        apposed = rules.KEY_PLAYER_APPOSITION.search(text) if "one of the" in folded else None
        if apposed and not rules.REGION.search(apposed.group("list")):  # not "..., Germany,"
            examples.append([(sentence.start + apposed.start("list"), apposed.group("list"))])
    # A bare list is read only where no other rule found names: a list under a heading may
    # hold a name the sentencizer cut ("Yum!" + "Brands, Inc.").
    read = {doc.block_at(offset).start for group in groups for offset, _ in group}
    groups.extend(g for g in bare if doc.block_at(g[0][0]).start not in read)
    groups.extend(examples)

    out: list[CompanyFact] = []
    seen: set[str] = set()
    lowered_excluded = {e.lower() for e in excluded}
    for number, group in enumerate(groups):
        in_group: set[str] = set()
        for offset, raw in group:
            name = _clean(raw)
            if name is None or name.lower() in lowered_excluded:
                continue
            normalized = normalize(name)
            key = normalized.casefold()
            if key in seen and key not in in_group:
                continue
            in_group.add(key)
            start = a.text.find(name, offset)
            if start < 0:
                continue
            out.append(CompanyFact(name, normalized, Span(start, start + len(name)), number))
        seen |= in_group
    return out
