"""Segmentation dimensions and their values, read from the layout.

"Based on Source:" over a list, "By Product" as a list item with a nested
list, "Regional Outlook" over a list, and inline "By Product (A, B, C)" all
give one dimension with its values as written.
"""

from __future__ import annotations

import regex as re

from .. import rules
from ..facts import SegmentFact, Span
from ..layout import Block, shapes
from ..nlp import Annotated

#: A dimension heading is short ("Based on Therapeutic Area:"); longer is prose.
MAX_DIMENSION_WORDS = 8
#: A caption naming the market before its dimension ("Sound Recognition Market By
#: Application, 2020-2030, (USD Million)") carries the market's name, years and unit.
MAX_CAPTION_WORDS = 16
#: Values in a comma paragraph under a dimension are short names ("Home Care
#: Settings"); a longer piece means the paragraph is prose, not a list.
MAX_VALUE_WORDS = 6
#: One value is not a segmentation.
MIN_VALUES = 2
#: How far before a bracket cut short its dimension may start: "by Modality (" or ", End
#: User (" are a word or three before it.
MAX_CUT_DIMENSION_CHARS = 40


_MARKET_END = re.compile(r"\b(?:market|industry)$", re.IGNORECASE)
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_LEAD_AND = re.compile(r"^and\s+")


def dimension(block: Block) -> str | None:
    """The dimension a heading-like block names, or None."""
    text = block.text.strip()
    if "\n" in text:
        return None
    words = len(text.split())  # counted before any pattern runs: most blocks are prose
    if words <= MAX_CAPTION_WORDS and (caption := rules.SEGMENT_MARKET_BY_HEADING.match(text)):
        return caption.group("dim").strip()
    if words > MAX_DIMENSION_WORDS:
        return None
    match = rules.SEGMENT_HEADING.match(text)
    if match:
        dim = match.group("dim").strip()
    else:
        match = rules.SEGMENT_OUTLOOK_HEADING.match(text)
        if not match:
            return None
        dim = match.group("dim").strip()
        if dim.lower() in rules.NOT_A_DIMENSION or _MARKET_END.search(dim):
            return None  # "Industrial Machine Vision Market Outlook" is a title
    if not _TWO_LETTERS.search(dim) or dim[:1].isdigit():
        return None
    return dim


def split_values(text: str, prose: bool = False) -> list[str]:
    """Values of an inline list: semicolons if used, else commas; "and" only before the last.

    In a list of names "and" splits only before a capital ("Bell and Howell" may be one
    name); in `prose` ("divided into government and automotive") it always does.
    """
    parts = text.split(";") if ";" in text else text.split(",")
    values = [p.strip() for p in parts if p.strip()]
    if values and ";" not in text:
        capital = "" if prose else "(?=[A-Z])"
        last = re.match(rf"^(?:and\s+)?(?P<a>.+?)\s+and\s+{capital}(?P<b>.+)$", values[-1])
        if last and (len(values) >= 2 or prose):
            values[-1:] = [last.group("a"), last.group("b")]
        values = [_LEAD_AND.sub("", v) for v in values]
    return [v.rstrip(".").strip() for v in values if v.rstrip(".").strip()]


_SENTENCE_END = re.compile(r"[.!?][\"”]?(?:\s|$)")
#: Sub-segments in square brackets after a value: "Products [Software and Hardware]".
_SUBLIST = re.compile(r"\s*\[[^\[\]]*\]")


def _fact(block: Block, m: re.Match[str], prose: bool = False) -> SegmentFact:
    values = m.group("values").rstrip(' ,"”')
    if "[" in values:  # "Products [Software and Hardware] and Services [A, B]": two values
        values = _SUBLIST.sub("", values)
        prose = prose or ("," not in values and ";" not in values)
    return SegmentFact(
        m.group("dim").strip(),
        tuple(split_values(values, prose)),
        Span(block.start + m.start("dim"), block.start + m.end()),
    )


def _counted(block: Block, taken: list[tuple[int, int]]) -> list[SegmentFact]:
    """Segmentations given as a counted enumeration ("the four IT categories of Software,
    Hardware, Services and Communications"), when as many values follow as were counted."""
    out: list[SegmentFact] = []
    lowered = block.text.lower()
    if not any(noun in lowered for noun in rules.ENUMERATION_NOUNS):
        return out  # no "categories", "types" ...: the pattern would try every number
    for m in rules.SEGMENT_COUNTED.finditer(block.text):
        written = m.group("count").lower()
        count = rules.COUNT_WORDS.get(written) or int(written)
        values = split_values(m.group("values").strip(), prose=True)
        start, end = block.start + m.start("dim"), block.start + m.end()
        if len(values) != count or any(s < end and start < e for s, e in taken):
            continue
        dimension = rules.ENUMERATION_NOUNS[m.group("dim").lower()]
        out.append(SegmentFact(dimension, tuple(values), Span(start, end)))
    return out


def _inline(block: Block) -> list[SegmentFact]:
    """Dimensions written inline: "By Product (A, B, C)" anywhere with the dimensions
    chained after it ("..., Technology (D, E)"), "By X: A, B" at the start, and
    segmentations told in a sentence ("By application, it is divided into A, B and C")."""
    found: list[SegmentFact] = []
    end = 0
    bracketed = "(" in block.text  # what the inline pattern needs: "(A, B, C)"
    verb = rules.SEGMENTED_VERB.search(block.text)  # what a told segmentation needs
    for m in rules.SEGMENT_INLINE.finditer(block.text) if bracketed else ():
        if m.start() < end:
            continue  # already read as part of a chain
        found.append(_fact(block, m))
        end = m.end()
        while chained := rules.SEGMENT_CHAIN.match(block.text, end):
            found.append(_fact(block, chained))
            end = chained.end()
    if verb:
        found += [_fact(block, m, prose=True) for m in rules.SEGMENT_SENTENCE.finditer(block.text)]
    if title_by := rules.SEGMENT_TITLE_BY.search(block.text):
        taken = [(f.span.start, f.span.end) for f in found]
        stop = _SENTENCE_END.search(block.text, title_by.end())  # the title's own sentence
        end_at = stop.start() if stop else len(block.text)
        for m in rules.SEGMENT_BRACKETED.finditer(block.text, title_by.end(), end_at):
            start, end = block.start + m.start(), block.start + m.end()
            if not any(s < end and start < e for s, e in taken):
                found.append(_fact(block, m, prose="," not in m.group("values")))
    if verb:
        taken = [(f.span.start, f.span.end) for f in found]
        for m in rules.SEGMENT_BY_INTO.finditer(block.text):
            start, end = block.start + m.start(), block.start + m.end()
            if not any(s < end and start < e for s, e in taken):
                found.append(_fact(block, m, prose=True))
    found += _counted(block, [(f.span.start, f.span.end) for f in found])
    if cut := _cut_bracket(block):  # it replaces what the inline rules read of the bracket
        found = [f for f in found if f.span.end <= cut.span.start or f.span.start >= cut.span.end]
        return sorted(
            [*(f for f in found if len(f.values) >= MIN_VALUES), cut], key=lambda f: f.span.start
        )
    if not found and "\n" not in block.text:
        colon = rules.SEGMENT_COLON.match(block.text)
        if colon and ("," in colon.group("values") or ";" in colon.group("values")):
            found.append(
                SegmentFact(
                    colon.group("dim").strip(),
                    tuple(split_values(colon.group("values"))),
                    Span(block.start, block.end),
                )
            )
    return sorted((f for f in found if len(f.values) >= MIN_VALUES), key=lambda f: f.span.start)


def _cut_bracket(block: Block) -> SegmentFact | None:
    """A title's bracket of values that the text cuts short: "Widget Market by Type (A,
    B), End User (BFSI," or "by Modality (Store & Forward and… [+10290 chars]". The
    values written in full are read, one is enough (the cut says more followed); a last
    piece cut mid-word ("(A, B, Trai") is not."""
    text = block.text
    opened = text.rfind("(")
    if opened < 0 or ")" in text[opened:]:
        return None  # no bracket left open at the end
    m = rules.SEGMENT_CUT_BRACKET.search(text, max(0, opened - MAX_CUT_DIMENSION_CHARS))
    if m is None or m.start("values") != opened + 1:
        return None
    told_by = m.group(0)[:2].lower() == "by"
    if not told_by and not rules.SEGMENT_TITLE_BY.search(text, 0, m.start()):
        return None  # ", End User (" counts only in a "Market by ..." title
    values = split_values(m.group("values"))
    if m.group("sep") is None:
        values = values[:-1]
    if not values or any(len(v.split()) > MAX_VALUE_WORDS for v in values):
        return None
    return SegmentFact(
        m.group("dim").strip(), tuple(values), Span(block.start + m.start("dim"), block.end)
    )


def find_segments(a: Annotated) -> list[SegmentFact]:
    blocks = a.document.blocks
    out: list[SegmentFact] = []
    used: set[int] = set()
    for block in blocks:
        if block.boilerplate or block.index in used or block.kind == "table_cell":
            continue
        inline = _inline(block)
        if inline:
            out.extend(inline)
            continue
        dim = dimension(block)
        if dim is None:
            labelled = _labelled(a, block)
            if labelled is not None:
                out.append(labelled)
            continue
        items = [b for b in a.document.list_after(block) if not b.boilerplate]
        if items:
            used.update(b.index for b in items)
            values = tuple(b.text.split("\n")[0].strip().rstrip(";,") for b in items)
            out.append(SegmentFact(dim, values, Span(block.start, items[-1].end)))
            continue
        follower = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
        if follower is not None and follower.kind == "paragraph" and "," in follower.text:
            values = tuple(split_values(follower.text))
            if len(values) >= MIN_VALUES and all(len(v.split()) <= MAX_VALUE_WORDS for v in values):
                out.append(SegmentFact(dim, values, Span(block.start, follower.end)))
            continue
        run = _short_paragraphs(blocks, block.index + 1)  # "<p>Automotive</p><p>Retail</p>"
        if len(run) >= MIN_VALUES:
            used.update(b.index for b in run)
            values = tuple(b.text.strip() for b in run)
            out.append(SegmentFact(dim, values, Span(block.start, run[-1].end)))
    out.extend(_table_rows(a))
    return sorted(out, key=lambda f: f.span.start)


def _table_rows(a: Annotated) -> list[SegmentFact]:
    """A report table's rows that name a dimension and list its values: "| By Type |
    Pumps, Valves, Seals |"."""
    out: list[SegmentFact] = []
    for table in a.document.tables:
        for row in table.rows:
            if len(row) < 2 or row[0].boilerplate:
                continue
            head = rules.SEGMENT_ROW_HEAD.match(row[0].text)
            if head is None:
                continue
            values = tuple(split_values(row[1].text))
            if len(values) >= MIN_VALUES and all(len(v.split()) <= MAX_VALUE_WORDS for v in values):
                span = Span(row[0].start + head.start("dim"), row[1].end)
                out.append(SegmentFact(head.group("dim").strip(), values, span))
    return out


def _labelled(a: Annotated, block: Block) -> SegmentFact | None:
    """A line "Component: Hardware, Software, Services" under a segmentation heading."""
    if block.kind != "paragraph" or block.heading is None or "\n" in block.text:
        return None
    if not rules.SEGMENTATION_HEADING.search(a.document.blocks[block.heading].text):
        return None
    m = rules.SEGMENT_LABEL_VALUES.match(block.text)
    if m is None or rules.KEY_PLAYER_NOUN.search(m.group("dim")):
        return None  # "Companies profiled: A, B" lists players, not segments
    values = tuple(split_values(m.group("values")))
    if len(values) < MIN_VALUES or any(len(v.split()) > MAX_VALUE_WORDS for v in values):
        return None
    return SegmentFact(m.group("dim").strip(), values, Span(block.start, block.end))


def _short_paragraphs(blocks: tuple[Block, ...], first: int) -> list[Block]:
    """The paragraphs from `first` on that are each one short value, one per paragraph."""
    run: list[Block] = []
    for block in blocks[first:]:
        if block.kind != "paragraph" or block.boilerplate or not shapes.is_line_item(block.text):
            break
        run.append(block)
    return run


def suspect_items(a: Annotated) -> list[Span]:
    """List items that look cut short, like "S." where "U.S." was meant."""
    return [
        Span(b.start, b.end)
        for b in a.document.blocks
        if b.kind == "list_item" and not b.boilerplate and rules.SUSPECT_ITEM.search(b.text)
    ]
