"""Stage 6: tie each figure to its year, role and scope, and each rate to its window.

Years are read where the release puts them: right after the amount ("in
2023", "by the end of 2030", "(2024)"), else at the head of the clause ("In
2024, the market was valued at ..."), else from the column header of a table.
Roles come from the verb ("valued at" vs "to reach") and are then settled by
year, so an amount for a year before the base year is historical.
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

import regex as re

from . import lang as languages
from . import rules
from .check import rate_fits
from .facts import MAIN, Extracted, FigureFact, GrowthFact, Scope, ShareFact
from .layout import Block
from .models import Role, WindowSource
from .nlp import Annotated, Money, Sentence

#: How close after an amount a span of years dates that amount, not a rate.
ATTACHED_REACH = 12
#: How far before an amount "grow by" is looked for ("is poised to grow by about ").
INCREMENT_REACH = 40

#: How far before an amount its paired "von"/"auf" is looked for: the word and a hedge.
PAIRED_WORD_REACH = 24

#: How far after an amount its year may still be said: past a rate phrase ("growing
#: at a CAGR of 13.15% by 2030" is 35 characters), not into the next sentence's worth.
LATE_YEAR_REACH = 90


#: A colon or semicolon: what follows is a clause of its own.
_AFTER_BREAK = re.compile(r"[:;]\s")


def _clause_start(a: Annotated, start: int, sentence_start: int) -> int:
    """Where the clause holding the mention at `start` begins: after the previous mention."""
    ends = a.mention_ends
    before = bisect.bisect_right(ends, start)
    return max(sentence_start, ends[before - 1]) if before else sentence_start


def _money_clause_start(a: Annotated, start: int, sentence_start: int) -> int:
    """Where the clause holding the amount at `start` begins when rates do not end
    clauses: after the previous amount."""
    before = bisect.bisect_right(a.money_ends, start)
    return max(sentence_start, a.money_ends[before - 1]) if before else sentence_start


#: What stands between a span and the change said right after it: "from 2024 to 2032,
#: from USD 5.2 billion", and between the change's two amounts: "... billion to USD".
_SPAN_THEN_FROM = re.compile(r"\s*,?\s*from\s+(?:about\s+|around\s+|nearly\s+)?")
_CHANGE_TO = re.compile(r"\s*to\s+(?:about\s+|around\s+|nearly\s+|over\s+)?")


def _span_before_change(a: Annotated, fig: FigureFact) -> tuple[int, str, None] | None:
    """The year of an amount of a change said right after its span: "grow at 8.2% from
    2024 to 2032, from USD 5.2 billion to USD 9.8 billion" (2024, then 2032)."""
    sentence, money = fig.sentence, fig.money
    amounts = [m for m in a.money if sentence.start <= m.start < sentence.end]
    at = next((i for i, m in enumerate(amounts) if m.start == money.start), None)
    if at is None:
        return None
    first = (
        amounts[at]
        if at == 0 or not _CHANGE_TO.fullmatch(a.text, amounts[at - 1].end, money.start)
        else amounts[at - 1]
    )
    spans = [p for p in a.periods_in(sentence.start, first.start) if p.end <= first.start]
    if not spans or not _SPAN_THEN_FROM.fullmatch(a.text, spans[-1].end, first.start):
        return None
    if first is money:
        return spans[-1].start_year, "in", None
    return spans[-1].end_year, "by", None


def _year_of(
    a: Annotated, fig: FigureFact, claimed: set[int]
) -> tuple[int | None, str | None, int | None]:
    """The figure's year, the preposition it was said with, and where the year stands.

    `claimed` holds the positions of years already read as an earlier figure's own
    ("from a $1.1 trillion valuation in 2023 to $2.5 trillion"): those are not taken
    again from the head of the next figure's clause.
    """
    money = fig.money
    sentence_end = fig.sentence.end
    after = a.text[money.end : min(money.end + 60, sentence_end)]
    lead = rules.YEAR_AFTER_MONEY.match(after)
    if lead:
        at = money.end + lead.end()
        for year in a.years_in(at, at + 1):
            return year.year, (lead.group("prep") or "").lower() or None, year.start
    if rules.PERIOD_END_AFTER.match(a.text, money.end):
        spans = a.periods_in(fig.sentence.start, money.start)
        if spans:  # "from 2025 to 2034, reaching USD 24.4 billion by the end of that period"
            return spans[-1].end_year, "by", None
    if (spanned := _span_before_change(a, fig)) is not None:
        return spanned
    # "In 2024, the market was valued at USD X": a year earlier in the clause, not one
    # that opens a span ("between 2024 and 2033") or that an earlier figure said.
    clause = _clause_start(a, money.start, fig.sentence.start)
    before = [
        y
        for y in a.years_in(clause, money.start)
        if y.start not in claimed
        and not _in_period(a, y.start)
        and not rules.STUDY_AFTER_YEAR.match(a.text, y.end)  # "Acme's 2024 report"
        and not rules.STUDY_BEFORE_YEAR.search(a.text, max(0, y.start - 16), y.start)
    ]
    if not before:
        # "In 2023, at a CAGR of 8%, it will reach $X": a year that heads its clause, with
        # a preposition before it or a postposition after it, holds past a rate.
        before = [
            y
            for y in a.years_in(_money_clause_start(a, money.start, fig.sentence.start), clause)
            if y.start not in claimed
            and not _in_period(a, y.start)
            and (
                rules.YEAR_LEAD.search(a.text[max(fig.sentence.start, y.start - 20) : y.start])
                or rules.YEAR_LEAD_AFTER.match(a.text, y.end)
            )
        ]
    if not before:
        # "von einer Billion Euro in 2005 bis 2020 auf 2,2 Billionen Euro": the span's
        # first year was the earlier amount's, its last is this one's.
        ended = [
            p
            for p in a.periods_in(clause, money.start)
            if p.end <= money.start and any(y.start in claimed for y in a.years_in(p.start, p.end))
        ]
        if ended:
            return ended[-1].end_year, "by", None
    # Also "since 2021, when the market stood at $412.7M".
    if before:
        year = before[-1]
        head = a.text[max(fig.sentence.start, year.start - 20) : year.start]
        prep = rules.YEAR_LEAD.search(head)
        return year.year, prep.group(1).lower() if prep else None, year.start
    block = a.document.blocks[fig.block]
    if block.table is not None:
        return _table_year(a, block), None, None
    if rules.TO_BEFORE.search(a.text[max(fig.sentence.start, money.start - 30) : money.start]):
        ended = [p for p in a.periods_in(clause, money.start) if p.end <= money.start]
        if ended:  # "grow at 33.6% from 2024 to 2030 to reach nearly $9 trillion"
            return ended[-1].end_year, "by", None
    # "raised over US$ 90 million in venture funding in 2024": later in the clause; a
    # rate may stand between ("to reach USD 17,207 million at a CAGR of 13.15% by 2030"),
    # another amount may not.
    clause_end = min(fig.sentence.end, a.next_money_start(money.end))
    for year in a.years_in(money.end + 1, min(clause_end, money.end + LATE_YEAR_REACH)):
        head = a.text[max(money.end, year.start - 12) : year.start]
        late = rules.YEAR_LATE.search(head)
        if late is not None and not _in_period(a, year.start):
            return year.year, late.group(0).split()[0].lower(), year.start
    return None, None, None


def _in_period(a: Annotated, start: int) -> bool:
    """A year that opens a span ("during 2024-2032") is not one figure's year."""
    return a.period_around(start) is not None


def _table_year(a: Annotated, cell: Block) -> int | None:
    """The year of a table cell: its column header, else its row header."""
    table = a.document.table_of(cell)
    if table is None:
        return None
    for head in (table.header_of(cell), table.row_head(cell)):
        if head is not None:
            years = a.years_in(head.start, head.end)
            if len(years) == 1:
                return years[0].year
    return None


_NOT_SEGMENTS = frozenset({"this", "that", "each", "the"})


def _name_until_stop(words: str) -> str | None:
    """The words of a name up to the first that ends one (a verb, a preposition) or a
    number: "pompe di calore ad alta temperatura ha generato" -> "pompe di calore ad alta
    temperatura"."""
    kept: list[str] = []
    for word in words.split():
        if word.casefold() in rules.MARKET_NAME_STOPS or any(c.isdigit() for c in word):
            break
        kept.append(word)
    return " ".join(kept) or None


def _segment_in(clause: str) -> str | None:
    """A sub-market named in a clause ("the hardware segment"), region words removed."""
    found = rules.SEGMENT_SCOPE.search(clause)
    if found is None or found.group("name").lower() in rules.ARTICLES:
        after = rules.SEGMENT_SCOPE_AFTER.search(clause)  # "le segment résidentiel"
        return _name_until_stop(after.group("name")) if after else None
    name = rules.REGION.sub("", found.group("name"))
    name = re.sub(r"^\s*['’]s\b", "", name).strip(" -")  # "Europe's subsea cable segment"
    if name.lower() in rules.NOT_MARKET_WORDS and found.group("named"):
        name = found.group("named")  # "Fastest-growing segment: automotive"
    return name if name and name.lower() not in _NOT_SEGMENTS else None


def _scope(
    a: Annotated,
    start: int,
    sentence_start: int,
    main_region: str | None,
    clause_start: int | None = None,
) -> Scope | None:
    """The region and segment named in the clause before a mention (from `clause_start`,
    by default from the last amount or rate before it).

    Returns None when the clause names nothing, so the caller can carry the
    scope of the previous figure in the sentence ("Asia Pacific held USD 0.7 bn
    in 2024 and will reach USD 4.6 bn by 2032").
    """
    if clause_start is None:
        clause_start = _clause_start(a, start, sentence_start)
    clause = a.text[clause_start:start]
    # "Pune, India, Jan. 14, 2025 (GLOBE NEWSWIRE) -- The ...": where the wire filed from
    if (dateline := rules.dateline_wire(clause)) is not None:
        clause = " " * dateline.end() + clause[dateline.end() :]
    # "North America (the United States and Canada)": the bracket explains, the region
    # before it is the scope (blanked to spaces, so positions stay).
    clause = rules.BRACKETED.sub(lambda m: " " * len(m.group(0)), clause)
    region: str | None = None
    named_region = False
    for found in reversed(rules.regions_in(clause)):
        if rules.FIRM_SEAT_BEFORE.search(clause[: found.start()]):
            continue  # "a research firm based in Pune, India": where the firm sits
        canonical = rules.REGIONS[found.group(0).lower()]
        if canonical == "Global" and not rules.GLOBAL_MARKET_AFTER.match(clause, found.end()):
            continue  # "32.6% of global revenue" names no market
        named_region = True
        region = canonical if canonical not in (main_region, "Global") else None
        break
    segment = _segment_in(clause)
    if named_region or segment is not None or rules.WHOLE_MARKET.search(clause):
        return Scope(region=region, segment=segment)
    return None


#: Another market's name read back from "market" runs to a few words ("immunity booster
#: supplement"); more is a clause that ran on.
MAX_OTHER_MARKET_WORDS = 6


def _names_market(a: Annotated, start: int, sentence_start: int, market: str | None) -> bool:
    """Does the clause before a mention name the release's market by its name ("the
    global widget market was valued at")? Only such mentions may contradict each other:
    "market size was USD 737.88 billion" after another market's title may be that one's."""
    if market is None:
        return False
    clause = a.text[_clause_start(a, start, sentence_start) : start]
    if rules.THE_MARKET.search(clause):
        return True  # "the market was valued at", "It is expected to reach"
    own = _words(market)
    if not own:
        return False
    folded = clause.casefold()
    if any(word not in folded for word in own):
        return False  # a word of the name is missing: no need to read the clause's words
    return own <= _words(clause) and bool(rules.MARKET_NOUN.search(clause))


def _speaks_of_market(a: Annotated, sentence: Sentence, market: str | None) -> bool:
    """Does a sentence speak of the release's market as a whole: "the market", "it will",
    its name; and not of a part ("valves will grow at the fastest CAGR", "By product, ...")?"""
    text = a.text[sentence.start : sentence.end]
    if rules.PART_RATE.search(text) or rules.MARKETS_PART.match(text):
        return False
    if a.document.in_title(sentence.start):
        return True  # a release's title is about its market ("... MarketWorth $81.88 Bn")
    if rules.SPEAKS_OF_THE_MARKET.search(text) or rules.THE_MARKET.match(text):
        return True
    # Its name before a market word ("the global widget market"), not its words anywhere
    # ("Online sales of widgets will grow at 12%" is a part's rate)
    found = _last(rules.CLAUSE_MARKET.finditer(text))
    own = _words(market) if market else frozenset()
    return found is not None and bool(own) and own <= _words(found.group("words"))


def _qualifies(word: str) -> bool:
    """A word that describes a market without naming one: "new", "largest", "expanding"."""
    return (
        word in rules.NOT_MARKET_WORDS
        or word in rules.RANKING_WORDS
        or word.endswith(("est", "ing", "ed"))
    )


_WORD = re.compile(r"[\w-]+")
#: A part of a name in brackets: an alias ("Artificial Intelligence (AI)").
_BRACKETED = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=4096)  # a release asks for its market's words once per figure
def _words(name: str) -> frozenset[str]:
    """A market name's content words, singular: "Dietary Supplements" -> {dietary, supplement}."""
    bare = rules.REGION.sub(" ", name).casefold()
    words = {w.rstrip("s") for w in _WORD.findall(bare) if w not in rules.MARKET_NAME_STOPS}
    return frozenset(w for w in words if len(w) > 1)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of `matches`, or None."""
    kept = deque(matches, maxlen=1)
    return kept[0] if kept else None


def _other_market(a: Annotated, start: int, sentence_start: int, market: str | None) -> str | None:
    """A market the clause before a mention names that is not the release's market: "The
    global immunity booster supplement market was valued at $27.19 billion" in a release
    on dietary supplements is a figure of that other market."""
    if market is None:
        return None
    clause = a.text[_clause_start(a, start, sentence_start) : start]
    last = _last(rules.MARKETS_WORD.finditer(clause))
    found = _last(rules.CLAUSE_MARKET.finditer(clause))
    if last is None and (spent := rules.SPENT_ON.search(clause)):
        return _other_than(spent.group("what"), market)  # "investments in X will amount to"
    after = rules.MARKET_FOR_NAME.match(clause, last.start()) if last is not None else None
    # "The market for smart widgets", except in the title, which names the release's market
    if after is not None and not a.document.in_title(start):
        return _other_than(after.group("name"), market)
    if found is None or last is None or found.end() != last.end():
        return None  # only the clause's last "market" names a market
    kept: list[str] = []
    for word in reversed(found.group("words").split()):
        if (
            word.casefold() in rules.MARKET_NAME_STOPS
            or word[-1] in ",;:"
            or re.search(r"--|—|–|\)\W|\d", word)  # "WIRE)--The", "2015": not a name
            or len(kept) == MAX_OTHER_MARKET_WORDS
        ):
            break
        kept.insert(0, word)
    return _other_than(" ".join(kept), market)


def _other_than(name: str, market: str) -> str | None:
    """`name` when it names a market other than the release's `market`, else None."""
    name = rules.WORLD_LEAD.sub("", name).strip()
    lead = rules.REGION.match(name)  # "Indian optical fibre": the region is said apart
    if lead is not None and name[lead.end() :].strip():
        name = name[lead.end() :].strip()
    own, main = _words(name), _words(market)
    if not own or not main or own <= main:
        return None  # the release's own market, said in other words or in part
    extra = _words(_BRACKETED.sub(" ", name)) - main  # an alias in brackets adds nothing
    if main <= own and all(_qualifies(w) for w in extra):
        return None  # "the fast-growing widget market": the market itself, described
    if all(_qualifies(w) for w in own):
        return None  # "the new market", "the largest regional market", "expanding markets"
    return name


def _named_scope(name: str, main_region: str | None, market: str | None) -> Scope:
    """The scope a label or a phrase names: a region, the main market, or a part of it."""
    region = rules.region_of(name)
    if region is not None and rules.REGION.sub("", name).strip(" ,-") == "":
        return Scope(region=region if region not in (main_region, "Global") else None)
    words = name.casefold()
    if rules.WHOLE_LABEL.search(name) or (market and (words in market or market in words)):
        return MAIN
    return Scope(segment=rules.WORLD_LEAD.sub("", name.strip()))  # "Global software" spend


def _label_scope(
    a: Annotated, fig: FigureFact, main_region: str | None, market: str | None
) -> Scope | None:
    """The part of the market a label before the amount, or a phrase after it, names:
    "Hardware: $757.1 billion", "$2.05 trillion in AMER spend"."""
    block = a.document.blocks[fig.block]
    label = rules.LABEL_BEFORE_MONEY.match(a.text[block.start : fig.money.start])
    if label is not None and block.kind in ("list_item", "paragraph", "heading"):
        return _named_scope(label.group("label"), main_region, market)
    after = rules.SCOPE_AFTER_MONEY.match(a.text, fig.money.end)
    if after is not None:
        return _named_scope(after.group("name"), main_region, market)
    return None


def _row_scope(a: Annotated, cell: Block, main_region: str | None) -> Scope:
    """The scope a table row's label gives its cells: a region or a sub-market."""
    table = a.document.table_of(cell)
    head = table.row_head(cell) if table is not None else None
    if head is None:
        return MAIN
    region = rules.region_of(head.text)
    if region is None:
        if rules.WHOLE_LABEL.search(head.text):
            return MAIN  # "Market size, 2024" is the market itself
        return Scope(segment=head.text)  # a sub-market row: "Transfer assist robots"
    return Scope(region=region if region not in (main_region, "Global") else None)


def _segment_labels(a: Annotated) -> dict[str, re.Pattern[str]]:
    """The sub-markets a document's tables name as row labels, each with a pattern for
    its words in any case and spacing ("IT Services" as "it  services"). Regions and
    whole-market rows are not parts."""
    labels: dict[str, re.Pattern[str]] = {}
    for table in a.document.tables:
        for row in table.rows[1:]:
            head = row[0]
            if head.table is None or head.table[2] != 0 or len(row) < 2:
                continue
            segment = _row_scope(a, row[1], None).segment
            if segment is not None and segment not in labels:
                words = r"\s+".join(re.escape(w) for w in segment.split())
                labels[segment] = re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)
    return labels


def _label_in_sentence(
    a: Annotated, start: int, sentence_start: int, labels: dict[str, re.Pattern[str]]
) -> Scope | None:
    """The sub-market a sentence names before a mention, when it is one of the document's
    table rows and the only one it names: "Regarding IT services spending, ... grow 7.1%
    in 2024" under a table with an "IT Services" row."""
    head = a.text[sentence_start:start]
    named = [label for label, words in labels.items() if words.search(head)]
    return Scope(segment=named[0]) if len(named) == 1 else None


#: A company-money cue counts only this close before the amount (in characters): "a market
#: cap of about $4.5 million" is near, a share price two clauses back is not.
COMPANY_CUE_REACH = 60
#: How far before an amount "cumulative" may stand: "cumulative spending on widgets will
#: total USD 60 billion" is some fifty characters.
CUMULATIVE_REACH = 80
#: No market is worth less than a hundred thousand of any currency unit (niche markets are
#: sized in thousands of dollars, "USD 850 thousand"; 100,000 yen is some 700 dollars): a
#: smaller amount is a price, a cost or a fee ("USD 12,000").
MIN_MARKET_AMOUNT = 100_000


#: A year right after a share ("38% share in 2024") belongs to it within this many
#: characters; further on it is another clause's.
SHARE_YEAR_REACH = 40


def _increment(a: Annotated, fig: FigureFact) -> bool:
    """Is the amount a change over a period ("grow by USD 6.95 billion during 2019-2023")?"""
    start = _clause_start(a, fig.money.start, fig.sentence.start)
    return bool(rules.INCREMENT_BEFORE.search(a.text[start : fig.money.start]))


def _cue_role(a: Annotated, fig: FigureFact, prep: str | None) -> tuple[Role, bool]:
    """The role the words around a figure give it, and whether any word gave one (a table
    cell or a bare "Size in 2024: $5.2 Bn" is base only by default)."""
    role = _said_role(a, fig, prep)
    return (role, True) if role is not None else ("base", False)


def _paired_change(a: Annotated, fig: FigureFact) -> Role | None:
    """The role of an amount in "von X ... auf Y" (de), "de X ... à Y" (fr): the amount
    after the paired "from" is the base when the sentence's next amount follows the paired
    "to", and that one is the projection."""
    if not languages.get(a.language).paired_from_words:
        return None  # English says "from ... to", read by the from- and to-words
    sentence = fig.sentence
    amounts = [m for m in a.money if sentence.start <= m.start < sentence.end]
    at = next((i for i, m in enumerate(amounts) if m.start == fig.money.start), None)
    if at is None:
        return None

    def said_after(pattern: re.Pattern[str], money: Money) -> bool:
        head = a.text[max(sentence.start, money.start - PAIRED_WORD_REACH) : money.start]
        return bool(pattern.search(head))

    def pair(first: int) -> bool:  # amounts[first] after "von", the next after "auf"
        return (
            0 <= first < len(amounts) - 1
            and said_after(rules.PAIRED_FROM_BEFORE, amounts[first])
            and said_after(rules.PAIRED_TO_BEFORE, amounts[first + 1])
        )

    if pair(at):
        return "base"
    if pair(at - 1):
        return "forecast"
    return None


def _owner_money(head: str) -> bool:
    """Does the head of an amount's sentence name the amount as a firm's own money ("Quibb's
    valuation reached"), with no market named after it and the owner no region?"""
    owned = _last(rules.OWNER_MONEY.finditer(head))
    return (
        owned is not None
        and rules.region_of(owned.group("owner")) is None
        and not rules.MARKETS_WORD.search(head, owned.end())
    )


def _said_role(a: Annotated, fig: FigureFact, prep: str | None) -> Role | None:
    money = fig.money
    clause = a.text[_clause_start(a, money.start, fig.sentence.start) : money.start]
    sentence_head = a.text[fig.sentence.start : money.start]
    if _increment(a, fig):
        return "other"  # "poised to grow by USD 6.95 billion": a change, not a size
    if rules.COMPANY_MONEY_CUE.search(clause[-COMPANY_CUE_REACH:]):
        return "other"  # "shares ... topped out at an all-time high of $93"
    if money.value * money.multiplier < MIN_MARKET_AMOUNT:
        return "other"  # "kit out a glasshouse for roughly USD 12,000": a price, not a market
    if rules.REPORTED_REVENUE.search(clause[-COMPANY_CUE_REACH:]):
        return "other"  # "Acme reported technology revenue of about NOK 1.9 billion"
    if rules.PERIOD_REVENUE.search(clause[-COMPANY_CUE_REACH:]):
        return "other"  # "... and full-year revenue of $1.1 billion"
    if _owner_money(sentence_head):
        return "other"  # "Zentra's annual recurring revenue tripled in 2024 to $12 million"
    if rules.OTHER_MONEY_CUE.search(sentence_head) and not rules.MARKET_WORDS.search(sentence_head):
        return "other"
    own = _AFTER_BREAK.split(clause)[-1]  # the clause after a colon or semicolon
    if rules.OTHER_MONEY_CUE.search(own) and not rules.MARKET_WORDS.search(own):
        return "other"  # "... ahead of demand: one group has committed EUR 210 million to ..."
    if rules.DEAL_AFTER.match(a.text, money.end):  # "$42 million Series B round"
        return "other"
    if rules.PRICE_AFTER.match(a.text, money.end):  # "$80,000 per ton", "$10 each"
        return "other"
    if rules.FROM_BEFORE.search(clause):
        return "base"
    paired = _paired_change(a, fig)
    if paired is not None:  # "von einer Billion Euro in 2005 bis 2020 auf 2,2 Billionen Euro"
        return paired
    if prep in rules.FORECAST_PREPOSITIONS:
        return "forecast"
    if rules.TO_BEFORE.search(clause):
        if rules.PAST_CHANGE.search(sentence_head) and not rules.FUTURE_CUE.search(sentence_head):
            return "base"  # "grew at 4.1% from 2019 to 2023, reaching USD 21.3 billion in 2023"
        return "forecast"
    if rules.BASE_CUE.search(clause[-60:]) and not rules.FUTURE_CUE.search(clause):
        return "base"
    if rules.FORECAST_CUE.search(clause):
        return "forecast"
    if rules.FORECAST_AFTER_MONEY.match(a.text, money.end):
        return "forecast"  # "$1.5 trillion in software spend is projected over ..."
    return None


def _respectively(
    a: Annotated, figures: list[FigureFact], main_region: str | None
) -> list[FigureFact]:
    """Scopes for "A and B ... X and Y, respectively": the n-th amount goes with the n-th
    name listed before the first amount (regions, or two capitalised names)."""
    out = list(figures)
    by_sentence: dict[Sentence, list[int]] = {}
    for i, f in enumerate(out):
        members = by_sentence.setdefault(f.sentence, [])
        if f.role != "other":
            members.append(i)
    for sentence, members in by_sentence.items():
        text = a.text[sentence.start : sentence.end]
        if len(members) < 2 or not rules.RESPECTIVELY.search(text):
            continue
        head = a.text[sentence.start : out[members[0]].money.start]
        regions = list(
            dict.fromkeys(rules.REGIONS[m.group(0).lower()] for m in rules.regions_in(head))
        )
        regions = [r for r in regions if r != "Global"]
        scopes: list[Scope] = []
        if len(regions) == len(members):
            scopes = [Scope(region=r if r != main_region else None) for r in regions]
        elif len(members) == 2 and (pair := rules.NAME_PAIR.search(head)):
            scopes = [Scope(segment=pair.group("a")), Scope(segment=pair.group("b"))]
        first = out[members[0]]
        for i, scope in zip(members, scopes, strict=False):
            role = out[i].role if out[i].role_cued else first.role  # one verb for the list
            out[i] = replace(out[i], scope=scope, role=role)
    return out


def _year_before(year: int | None) -> int | None:
    return year - 1 if year is not None else None


def _settle_roles(
    figures: list[FigureFact], periods: frozenset[tuple[int, int]] = frozenset()
) -> list[FigureFact]:
    """Make roles agree with years, scope by scope: before the base year is historical.
    `periods`: the spans of years the text states, (first, last)."""
    period_starts = {start for start, _ in periods}
    out = list(figures)
    # The main market first: its base year anchors a table whose cells say no role.
    scopes = sorted({f.scope for f in figures}, key=lambda s: s != MAIN)
    anchor: int | None = None
    for scope in scopes:
        members = [i for i, f in enumerate(out) if f.scope == scope and f.role != "other"]
        years = {i: y for i in members if (y := out[i].year) is not None}
        dated = list(years)
        # No current size comes after a projection said as one: "... will reach US$5
        # billion in 2027 ... with a 42% share at over US$9 billion in 2030" holds two
        # projections, whatever "at" says.
        said_forecasts = [years[i] for i in dated if out[i].role == "forecast" and out[i].role_cued]
        for i in dated:
            if out[i].role == "base" and said_forecasts and years[i] > min(said_forecasts):
                out[i] = replace(out[i], role="forecast")
        forecast_years = [years[i] for i in dated if out[i].role == "forecast"]
        # A size said for a year inside a stated span, after its first year, is a
        # projection: "Market Size in 2024: USD 48.3 Billion / Market Size in 2032: ..."
        # beside "CAGR (2025-2032)".
        said_bases = [
            years[i]
            for i in dated
            if out[i].role == "base"
            and out[i].role_cued
            and not any(first < years[i] <= last for first, last in periods)
        ]
        said_any = any(out[i].role_cued for i in dated)
        base_years = said_bases or [years[i] for i in dated if out[i].role == "base"]
        first_forecast = min(forecast_years) if forecast_years else None
        base_year = max(
            (y for y in base_years if first_forecast is None or y < first_forecast), default=None
        )
        if not said_bases and not forecast_years and len(set(years.values())) >= 2:
            base_year = min(years.values())  # a table of years: the first is the base
        if base_year is None and len(set(years.values())) >= 2:
            first = min(years.values())
            # The first year is the base, unless every dated value was said to be a
            # forecast and a period the text states began before it: "forecast to reach
            # $2.4 trillion in 2017 ... $2.65 trillion in 2020 ... for the 2015-2020
            # forecast period" holds two forecasts and no base.
            forecasts_only = all(out[i].role == "forecast" and out[i].role_cued for i in dated)
            if not (forecasts_only and any(start < first for start in period_starts)):
                base_year = first
        if scope == MAIN and said_any:
            anchor = base_year if base_year is not None else _year_before(first_forecast)
        elif not said_any and anchor is not None and len(set(years.values())) >= 2:
            base_year = anchor  # "2022 | 2023 | 2024" under "$5.1 trillion in 2024": 2023 is base
        if base_year is None:
            continue
        for i in dated:
            year = out[i].year
            assert year is not None
            role = out[i].role
            if year < base_year:
                role = "historical"
            elif (
                year == base_year
                and role == "forecast"
                and out[i].year_prep not in rules.BY_PREPOSITIONS
            ):
                role = "base"
            elif year > base_year:
                role = "forecast"
            out[i] = replace(out[i], role=role)
    return _yearless_in_a_forecast(out)


def _yearless_in_a_forecast(figures: list[FigureFact]) -> list[FigureFact]:
    """In a release whose dated values are all forecasts ("IT spending will reach $5.6
    trillion in 2025"), a value with no year and no word for its role ("- Software: $1.5
    trillion") is one more forecast, not a current size."""
    dated = {f.role for f in figures if f.year is not None and f.role != "other"}
    if dated != {"forecast"}:
        return figures
    return [
        replace(f, role="forecast")
        if f.year is None and not f.role_cued and f.role == "base"
        else f
        for f in figures
    ]


def _chained_start(g: GrowthFact, end: FigureFact, figures: list[FigureFact]) -> int | None:
    """The year of the value the release states last before `end`, for the same market,
    source and currency, when the rate is exactly the growth from it to `end`."""
    assert end.year is not None
    earlier = [
        f
        for f in figures
        if f.scope == end.scope
        and f.source == end.source
        and f.role in ("base", "forecast")
        and f.money.currency == end.money.currency
        and f.year is not None
        and f.year < end.year
    ]
    if not earlier:
        return None
    latest = max(f.year or 0 for f in earlier)
    starts = {f.amount for f in earlier if f.year == latest}
    if len(starts) != 1:
        return None  # two values for that year: which one the rate runs from is not said
    start = next(f for f in earlier if f.year == latest)
    return latest if rate_fits(g, start, end, end.year - latest) else None


def _window(
    a: Annotated,
    g: GrowthFact,
    figures: list[FigureFact],
    in_sentence: list[FigureFact],
    ex: Extracted,
) -> tuple[int | None, int | None, WindowSource | None, tuple[int, int] | None]:
    p = g.percent
    sentence = g.sentence
    if g.one_year is not None:
        return g.one_year - 1, g.one_year, "stated", (g.one_year - 1, g.one_year)
    periods = a.periods_in(sentence.start, sentence.end)
    after = [q for q in periods if q.start >= p.end]
    before = [q for q in periods if q.end <= p.start and not _attached_to_money(a, q.start)]
    nearest = after[0] if after else (before[-1] if before else None)
    same_sentence = [f for f in in_sentence if f.year is not None and f.role != "other"]
    header = a.document.column_header(a.document.blocks[sentence.block])
    if nearest is None and header is not None:
        nearest = next(iter(a.periods_in(header.start, header.end)), None)
    if nearest is not None:
        window = (nearest.start_year, nearest.end_year)
        return window[0], window[1], "stated", window
    begun = rules.RATE_START_YEAR.match(a.text, p.end, sentence.end)
    if begun is not None:  # "will reach $9.8 billion by 2032, growing at 8.2% from 2025"
        first = int(begun.group("year"))
        ends = [f.year for f in same_sentence if f.role == "forecast" and f.year and f.year > first]
        return first, max(ends) if ends else None, "stated", None  # to the sentence's forecast
    tail = rules.RATE_END_YEAR.match(a.text[p.end : sentence.end])
    if tail:
        end = int(tail.group("year"))
        bases = [f.year for f in same_sentence if f.role == "base" and f.year is not None] or [
            f.year for f in figures if f.role == "base" and f.scope == g.scope and f.year
        ]
        start = min(bases) if bases else None
        if start is not None and start < end:
            return start, end, "stated", None
        fp = ex.forecast_period
        if fp is not None and fp.end_year == end:
            return fp.start_year, end, "forecast_period", None
        return None, end, "stated", None  # "... at a CAGR of 13.15% by 2030": the end is said
    years = sorted({f.year for f in same_sentence if f.year is not None})
    if len(years) >= 2:
        return years[0], years[-1], "figures", None
    fp = ex.forecast_period
    forecast_years = {f.year for f in same_sentence if f.role == "forecast"}
    if len(years) == 1 and forecast_years and (fp is None or fp.end_year != years[0]):
        # "Market Worth $4.42 Billion By 2025 | CAGR: 75.8%": the rate runs to the
        # forecast year; where it starts is not said, unless the value before it in the
        # release's chain of values is exactly where it starts from ("... to $123.8
        # billion in 2025 ... It will grow to $163.0 billion in 2029 at a CAGR of 7.1%").
        target = next(f for f in same_sentence if f.year == years[0])
        return _chained_start(g, target, figures), years[0], "figures", None
    if ahead := _next_years(a, g, figures):
        return ahead[0], ahead[1], "counted", None
    head = a.text[sentence.start : p.start]
    if rules.PAST_RATE.search(head) and not rules.FUTURE_CUE.search(head):
        return None, None, None, None  # "budgets have shown gains of 2-3% per year": no span
    if fp is not None:
        return fp.start_year, fp.end_year, "forecast_period", None
    targets = {f.year for f in figures if f.role == "forecast" and f.scope == g.scope and f.year}
    if len(targets) == 1:
        # No period anywhere, but the market is said to reach one size in one year ("...
        # Expected to Reach $25 Billion by 2027"): the rate runs to that year, from a start
        # not said.
        return None, targets.pop(), "figures", None
    said = a.text[sentence.start : sentence.end]
    horizon = rules.TITLE_HORIZON.search(ex.title) if ex.title else None
    if horizon is not None and rules.FORECAST_PHRASE.search(said):
        # "... at a CAGR of more than 28 during the forecast period" under a title "...
        # Forecast To 2025": the forecast period ends in the title's year.
        return None, int(horizon.group("year")), "stated", None
    return None, None, None, None


#: The segment of a rate of a market's volume ("shipments ... a CAGR of 10.1%"): never
#: judged against the market's money.
VOLUME = "volume"


def _of_volume(a: Annotated, g: GrowthFact) -> bool:
    """Is a rate said of units, tons or shipments, in a sentence that states no money?"""
    sentence = g.sentence
    if any(sentence.start <= m.start < sentence.end for m in a.money):
        return False
    return rules.VOLUME_TERMS.search(a.text, sentence.start, sentence.end) is not None


def _next_years(a: Annotated, g: GrowthFact, figures: list[FigureFact]) -> tuple[int, int] | None:
    """The span of a rate said "through the next five years": from the year of the
    release's current size, when it states one, that many years on."""
    sentence = g.sentence
    ahead = rules.NEXT_YEARS.search(a.text, sentence.start, sentence.end)
    if ahead is None:
        return None
    written = ahead.group("count").lower()
    count = rules.COUNT_WORDS.get(written) or (int(written) if written.isdigit() else None)
    bases = {f.year for f in figures if f.role == "base" and f.year is not None}
    if not count or len(bases) != 1:
        return None  # no count, or no single current year to count from
    start = bases.pop()
    return start, start + count


def _attached_to_money(a: Annotated, start: int) -> bool:
    """Does a span of years follow an amount closely, on its line ("USD 5 billion in
    2024-2030")? Then it dates that amount, not a rate; unless the amount is an increment
    over the span ("grow by USD 61.4 billion from 2024 to 2029, at a CAGR of 17.2%"),
    whose span is the rate's too."""
    return any(
        0 <= start - m.end <= ATTACHED_REACH
        and "\n" not in a.text[m.end : start]
        and not rules.INCREMENT_BEFORE.search(a.text[max(0, m.start - INCREMENT_REACH) : m.start])
        for m in a.money
    )


def link(a: Annotated, ex: Extracted) -> Extracted:
    """Years, roles and scopes for figures; windows and scopes for growth rates."""
    main_region = ex.market.region if ex.market else None
    market = ex.market.name.casefold() if ex.market else None
    figures: list[FigureFact] = []
    so_far: dict[Sentence, list[FigureFact]] = {}  # the figures linked, by sentence
    claimed: set[int] = set()

    @cache
    def source_of(sentence: Sentence) -> str | None:  # one sentence, many figures
        return _source(a, sentence, ex.publisher)

    for fig in ex.figures:
        year, prep, said_at = _year_of(a, fig, claimed)
        if said_at is not None:
            claimed.add(said_at)
        if year is None:
            previous = [f for f in so_far.get(fig.sentence, ()) if f.year]
            between = a.text[previous[-1].money.end : fig.money.start] if previous else ""
            if previous and not rules.FORECAST_CUE.search(between):
                year = previous[-1].year  # "in 2024, or US$ 3.9 trillion, with China at ..."
        fig = replace(fig, year=year, year_prep=prep)
        scope = _label_scope(a, fig, main_region, market) or _scope(
            a, fig.money.start, fig.sentence.start, main_region
        )
        if (scope is None or scope.segment is None) and (
            other := _other_market(a, fig.money.start, fig.sentence.start, market)
        ):
            scope = Scope(region=scope.region if scope else None, segment=other)
        said_after = rules.REGION_AFTER_MONEY.match(a.text, fig.money.end)
        if said_after is not None and (region := rules.region_of(said_after.group("region"))):
            # "USD 1.3 billion coming from North America and USD 1.1 billion from Europe"
            scope = Scope(
                region=region if region not in (main_region, rules.GLOBAL) else None,
                segment=scope.segment if scope else None,
            )
        if scope is None:
            # "..., while China is forecast to grow at 11.2% to reach $9.8 billion": the
            # region said before the rate in the amount's clause
            scope = _scope(
                a,
                fig.money.start,
                fig.sentence.start,
                main_region,
                _money_clause_start(a, fig.money.start, fig.sentence.start),
            )
        if scope is None:
            before = so_far.get(fig.sentence)
            scope = before[-1].scope if before else MAIN
        block = a.document.blocks[fig.block]
        if scope.is_main and block.table is not None:
            scope = _row_scope(a, block, main_region)
        source = source_of(fig.sentence)
        role, cued = _cue_role(a, fig, prep)
        if role == "other":
            scope = MAIN  # money about something else is no part of the market
            if _increment(a, fig):
                fig = replace(fig, year=None, year_prep=None)  # a change over a period has no year
        said = role if cued else None
        named = _names_market(a, fig.money.start, fig.sentence.start, market)
        reach = max(fig.sentence.start, fig.money.start - CUMULATIVE_REACH)
        summed = bool(
            rules.CUMULATIVE_BEFORE.search(a.text[reach : fig.money.start])
            or rules.CUMULATIVE_AFTER.match(a.text, fig.money.end)
        )
        linked = replace(
            fig,
            role=role,
            role_cued=cued,
            said_role=said,
            said_of_market=named,
            cumulative=summed,
            scope=scope,
            source=source,
        )
        figures.append(linked)
        so_far.setdefault(linked.sentence, []).append(linked)
    spans = frozenset((p.start_year, p.end_year) for p in a.periods)
    figures = _settle_roles(_respectively(a, figures, main_region), spans)
    by_sentence: dict[Sentence, list[FigureFact]] = {}
    for f in figures:
        by_sentence.setdefault(f.sentence, []).append(f)

    growth: list[GrowthFact] = []
    labels = _segment_labels(a) if a.document.tables else {}
    for g in ex.growth:
        scope = _scope(a, g.percent.start, g.sentence.start, main_region)
        if labels and (scope is None or scope.is_main):  # "the devices market ... 4.8%"
            scope = _label_in_sentence(a, g.percent.start, g.sentence.start, labels) or scope
        if (scope is None or scope.segment is None) and (
            other := _other_market(a, g.percent.start, g.sentence.start, market)
        ):
            scope = Scope(region=scope.region if scope else None, segment=other)
        cell = a.document.blocks[g.sentence.block]
        if cell.table is not None:
            scope = _row_scope(a, cell, main_region)
        elif scope is None:
            scopes = {f.scope for f in by_sentence.get(g.sentence, ())}
            scope = scopes.pop() if len(scopes) == 1 else MAIN
        if scope.is_main and _of_volume(a, g):
            scope = Scope(region=scope.region, segment=VOLUME)
        g = replace(
            g,
            scope=scope,
            source=source_of(g.sentence),
            said_of_market=_names_market(a, g.percent.start, g.sentence.start, market),
            sentence_of_market=_speaks_of_market(a, g.sentence, market),
        )
        start, end, source, stated = _window(a, g, figures, by_sentence.get(g.sentence, []), ex)
        g = replace(g, start_year=start, end_year=end, window_source=source, stated_window=stated)
        growth.append(g)
    shares = [_link_share(a, share, main_region, market, ex.publisher) for share in ex.shares]
    return replace(ex, figures=figures, growth=growth, shares=shares)


def _link_share(
    a: Annotated,
    share: ShareFact,
    main_region: str | None,
    market: str | None,
    publisher: str | None,
) -> ShareFact:
    """A share's scope (the region or segment holding it), year and source."""
    p = share.percent
    scope = _scope(a, p.start, share.sentence.start, main_region) or MAIN
    if scope.segment is None and (other := _other_market(a, p.start, share.sentence.start, market)):
        scope = Scope(region=scope.region, segment=other)
    years = a.years_in(share.sentence.start, share.sentence.end)
    after = [y for y in years if y.start > p.end and y.start - p.end <= SHARE_YEAR_REACH]
    before = [y for y in years if y.end <= p.start]
    year = next(iter(after or before[-1:]), None)
    head = a.text[share.sentence.start : p.start]
    tail = a.text[p.end : share.sentence.end]
    projected = year is None and bool(
        rules.FUTURE_CUE.search(head) or rules.FORECAST_PHRASE.search(tail)
    )
    return replace(
        share,
        scope=scope,
        year=year.year if year is not None else None,
        source=_source(a, share.sentence, publisher),
        projected=projected,
    )


def _source(a: Annotated, sentence: Sentence, publisher: str | None) -> str | None:
    """The firm a sentence attributes its numbers to, else the publisher."""
    text = a.text[sentence.start : sentence.end]
    for pattern in rules.ATTRIBUTION:
        found = pattern.search(text)
        if found is not None:
            firm = _FULL_STOP_AFTER_WORD.sub("", found.group("firm").strip())
            if rules.PUBLICATION_END.search(firm):
                continue  # a publication, not its firm: another pattern may name the firm
            if publisher is None or not _same_firm(firm, publisher):
                return firm
            return publisher
    return publisher


#: A sentence's full stop after a firm's last word ("... of Commerce."); not the dot of
#: an initial or a legal form ("U.S.", "Inc.", "Ltd.").
_FULL_STOP_AFTER_WORD = re.compile(r"(?<=[a-z]{2})(?<!\bInc|\bLtd|\bCorp)\.$")


def _same_firm(a: str, b: str) -> bool:
    """ "Grand View Research, Inc." and "Grand View Research" are one firm; so are
    "International Data Corporation" and "IDC", its initials."""
    x, y = a.casefold(), b.casefold()
    return (
        x.startswith(y)
        or y.startswith(x)
        or rules.initials(a).casefold() == y
        or rules.initials(b).casefold() == x
    )
