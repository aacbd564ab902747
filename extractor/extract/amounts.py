"""Monetary figures and growth rates found in the article (boilerplate excluded)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import regex as re

from .. import lang as languages
from .. import rules
from ..facts import FigureFact, GrowthFact
from ..layout.document import Block, Table
from ..nlp import Annotated, Money, Percent, Sentence, currency_of, find_years


def _split_from_to(money: Money, before: str) -> list[Money]:
    """ "from $12 to $15 billion" is two amounts, not a range."""
    if money.high is None or not rules.FROM_BEFORE.search(before):
        return [money]
    separator = rules.RANGE_SEPARATOR.search(money.text)
    if separator is None or not rules.RANGE_WORD.search(separator.group(0)):
        return [money]
    first_end = money.start + separator.start()
    second_start = money.start + separator.end()
    low = replace(money, end=first_end, text=money.text[: separator.start()], low=None, high=None)
    high = replace(
        money,
        start=second_start,
        text=money.text[separator.end() :],
        value=money.high,
        low=None,
        high=None,
    )
    return [low, high]


#: The money a table declares in its header: "Revenue (EUR million)", "in USD billion".
_DECLARED = re.compile(
    r"""\(([^()]*)\)          # in brackets: "(EUR million)"
    |\bin\s+(\w+\s+\w+)      # or after "in": "in USD billion"
    """,
    re.VERBOSE,
)


def _declared_money(
    header: str, caption: str, lang: languages.Language
) -> tuple[str | None, str | None] | None:
    """(currency, scale) a table declares for its bare numbers, in its header ("Revenue
    (EUR million)") or in the caption over it ("Table 1. ... (Millions of U.S. Dollars)")."""
    for text in (header, caption):
        for declared in _DECLARED.finditer(text):
            unit_text = next((g for g in declared.groups() if g), "")
            if words := rules.TABLE_UNIT_WORDS.search(unit_text):
                return rules.CURRENCY_WORDS.get(words.group("cur").lower()), words.group("scale")
            if unit := rules.TABLE_UNIT.search(unit_text):
                return currency_of(unit.group("cur"), None, lang), unit.group("scale")
    return None


#: Scales a table of bare amounts may be kept in, when only a restated figure tells.
TABLE_SCALES = ("thousand", "million", "billion")

#: A figure said in words pins a table's scale only when written with this many
#: significant digits: "$5.26 trillion" places a table's "5,267,163" within 0.2%, where
#: "$5 trillion" would be matched by any total between 4.5 and 5.5 million million.
MIN_RESTATED_DIGITS = 3


def _amount_cells(table: Table, lang: languages.Language) -> Iterator[tuple[Block, Decimal]]:
    """The cells of a table that may hold an amount, with their numbers: not the header
    row, not the label column, not a rate column ("2023 Growth (%)")."""
    for cell in table.cells:
        assert cell.table is not None
        _, row, col = cell.table
        if row == 0 or col == 0:
            continue
        column = table.header_of(cell)
        if column is not None and rules.RATE_COLUMN.search(column.text):
            continue
        try:
            yield cell, rules.parse_number(cell.text, lang)
        except ValueError:
            continue  # text, or a number written in another language's style


def _restates(value: Decimal, multiplier: int, stated: Money) -> bool:
    """Whether a bare `value` at `multiplier` is `stated` written in fewer digits: within
    one unit of its last written digit (publishers round and truncate)."""
    digits = stated.value.as_tuple()
    if len(digits.digits) < MIN_RESTATED_DIGITS or not isinstance(digits.exponent, int):
        return False
    last_digit = Decimal(1).scaleb(digits.exponent) * stated.multiplier
    return abs(value * multiplier - stated.value * stated.multiplier) < last_digit


def _restated_money(
    cells: list[tuple[Block, Decimal]], stated: list[Money]
) -> tuple[str, str, int] | None:
    """(currency, scale, cell start) for a table that declares no money but one of whose
    cells restates a figure said in words: "$5.26 trillion in 2024" over a row ending in
    "5,267,163" keeps the table in USD million. The scale must be smaller than the
    figure's, and one scale only may fit."""
    fits: set[tuple[str, str, int]] = set()
    for m in stated:
        if m.unit is None or m.currency is None or m.high is not None:
            continue  # a range or an amount without currency pins nothing
        for scale in TABLE_SCALES:
            multiplier = rules.SCALES[scale][1]
            if multiplier < m.multiplier:
                fits |= {
                    (m.currency, scale, c.start) for c, v in cells if _restates(v, multiplier, m)
                }
    if len({(currency, scale) for currency, scale, _ in fits}) != 1:
        return None  # nothing fits, or two readings do: the table's money stays unknown
    return min(fits, key=lambda fit: fit[2])


def table_money(a: Annotated) -> list[Money]:
    """Bare numbers in a table whose header declares the money ("Country (EUR million)"),
    or one of whose cells restates a figure the text states ("$5.26 trillion" and a total
    of "5,267,163": USD million). A restating cell is that figure said again, not another."""
    lang = languages.get(a.language)
    taken = {m.start for m in a.money}
    out: list[Money] = []
    blocks = a.document.blocks
    for table in a.document.tables:
        before = table.cells[0].index - 1
        caption = blocks[before].text if before >= 0 and blocks[before].table is None else ""
        declared = _declared_money(" ".join(c.text for c in table.header), caption, lang)
        cells = [(c, v) for c, v in _amount_cells(table, lang) if c.start not in taken]
        restating = None
        if declared is None:
            restated = _restated_money(cells, list(a.money))
            if restated is None:
                continue
            declared, restating = restated[:2], restated[2]
        currency, scale = declared
        name, multiplier = rules.SCALES[scale.lower()] if scale else (None, 1)
        for cell, value in cells:
            if cell.start == restating:
                continue
            out.append(
                Money(
                    cell.start,
                    cell.end,
                    cell.text,
                    value=value,
                    low=None,
                    high=None,
                    unit=name,
                    multiplier=multiplier,
                    currency=currency,
                    qualifier=None,
                )
            )
    return out


def table_rates(a: Annotated) -> list[GrowthFact]:
    """One year's growth from a table column headed with its year: "2023 Growth (%)" over
    "4.7" is growth of 4.7% in 2023, of the row's segment."""
    lang = languages.get(a.language)
    taken = {p.start for p in a.percents}
    out: list[GrowthFact] = []
    for table in a.document.tables:
        for cell in table.cells:
            assert cell.table is not None
            column = table.header_of(cell)
            if cell.table[1] == 0 or column is None or cell.start in taken:
                continue
            year = next(iter(find_years(column.text)), None)
            if year is None or not rules.GROWTH_COLUMN.search(column.text):
                continue
            if "%" not in column.text and not rules.RATE_COLUMN.search(column.text):
                continue
            text = cell.text.rstrip("%").strip()
            sign = -1 if text[:1] in ("-", "−", "–") else 1  # "-6.3": a fall
            try:
                value = sign * rules.parse_number(text.lstrip("-−–").strip(), lang)
            except ValueError:
                continue
            percent = Percent(cell.start, cell.end, cell.text, value=value, qualifier=None)
            out.append(GrowthFact(percent, a.sentence_at(cell.start), one_year=year.year))
    return out


def _cut_off(a: Annotated, money: Money, found: list[Money]) -> bool:
    """An amount cut where a teaser was cut: "... is projected to reach USD 81." as the
    last words of an excerpt, with "$ 81.88 billion" said elsewhere (its digits are the
    start of another amount's, and nothing follows it in its block but the full stop),
    or "USD25," with only the thousands comma after it."""
    block = a.document.block_at(money.start)
    rest = a.text[money.end : block.end].strip()
    if rest == "," and money.unit is None:
        return True  # "... a market value of USD25," where the excerpt stops: cut mid-number
    if rest not in ("", ".", "...", "…") or money.unit is not None or money.high:
        return False
    whole = str(money.value)
    return any(
        other is not money and other.unit is not None and str(other.value).startswith(whole + ".")
        for other in found
    )


def find_figures(a: Annotated) -> list[FigureFact]:
    """Money mentions in the article, each with its sentence; years and roles come later.

    Money written out ("USD 5.2 billion") comes from the mention rules; bare numbers
    in a table whose header declares the money ("Revenue (EUR million)") are read here.
    """
    blocks = a.document.blocks
    out = []
    found = sorted([*a.money, *table_money(a)], key=lambda m: m.start)
    for money in found:
        sentence = a.sentence_at(money.start)
        if blocks[sentence.block].boilerplate or _cut_off(a, money, found):
            continue
        before = a.text[sentence.start : money.start]
        for part in _split_from_to(money, before):
            out.append(FigureFact(money=part, sentence=sentence, block=sentence.block))
    return out


#: Prepositions naming the year a one-year change is measured from, not the year it is for.
_SINCE_WORDS = frozenset({"from", "over", "versus", "vs"})


#: How far after a one-year change its subject or its "this year" may come: "a 9.5
#: percent growth in domestic and government tech spend this year".
ONE_YEAR_TAIL = 70


def _on_a_path(a: Annotated, sentence: Sentence, before: str) -> bool:
    """Is the percentage one end of a path of growth rates: "Annual growth will
    accelerate from 5.5 percent in 2017 to 6.5 percent in 2021"?"""
    return bool(
        rules.GROWTH_SUBJECT.match(a.text, sentence.start) and rules.PATH_END_BEFORE.search(before)
    )


def _path_year(a: Annotated, percent_end: int) -> int | None:
    """The year one end of a path of growth rates is for: "5.5 percent in 2017"."""
    said = rules.ANNUAL_CHANGE_YEAR.match(a.text, percent_end)
    return int(said.group("year")) if said and said.group("prep").lower() == "in" else None


def _one_year(a: Annotated, sentence: Sentence, before: str, percent_end: int) -> int | None:
    """The year a one-year change of a market ends in ("IT spending ... up 7.5% from
    2023" -> 2024), or None when the percentage is no such change."""
    head = a.text[sentence.start : percent_end]
    tail = a.text[percent_end : min(percent_end + ONE_YEAR_TAIL, sentence.end)]
    noun_after = rules.ANNUAL_CHANGE_AFTER.match(a.text, percent_end)
    # "a boost from the 3.5% measured the previous year": the change it is compared with
    compared = rules.COMPARED_FROM.search(before) and rules.ANNUAL_CHANGE_RELATIVE.match(
        a.text, percent_end
    )
    if not (rules.ANNUAL_CHANGE_BEFORE.search(before) or noun_after or compared):
        return None
    # "India will witness a 9.5 percent growth in tech spend": the subject may follow;
    # "... will reach $4.7 trillion in 2024. It is a rise from the 3.5 percent growth in
    # 2023": it may be the sentence before's.
    if not (
        rules.MARKET_SUBJECT.search(head)
        or (noun_after and rules.MARKET_SUBJECT.search(tail))
        or _subject_before(a, sentence)
    ):
        return None
    said = rules.ANNUAL_CHANGE_YEAR.match(a.text, noun_after.end() if noun_after else percent_end)
    if said is None and noun_after:  # "5.3% growth in technology spending by 2024"
        said = rules.CHANGE_SUBJECT_YEAR.match(a.text, noun_after.end())
    if said is not None:
        year = int(said.group("year"))
        return (
            year + 1
            if said.group("prep").lower() in ("from", "over", "versus", "vs", "vs.")
            else year
        )
    relative = rules.ANNUAL_CHANGE_RELATIVE.match(
        a.text, noun_after.end() if noun_after else percent_end
    ) or rules.RELATIVE_YEAR.search(tail)
    if relative is not None:  # "... in 2024, witnessing 5.3 percent growth this year"
        block = a.document.blocks[sentence.block]
        years = find_years(a.text[block.start : percent_end])  # the paragraph's year so far
        if not years:
            return None
        return (
            years[-1].year + rules.RELATIVE_YEARS[" ".join(relative.group("rel").lower().split())]
        )
    earlier = rules.YEAR_BEFORE_CHANGE.search(head)
    return int(earlier.group("year")) if earlier is not None else None


def _subject_before(a: Annotated, sentence: Sentence) -> bool:
    """Does a sentence that opens "It is ..." take its subject from the sentence before,
    and is that subject sized like a market ("global tech spending will reach ...")?"""
    if sentence.start == 0 or not rules.ANAPHORIC_SUBJECT.match(a.text, sentence.start):
        return False
    previous = a.sentence_at(sentence.start - 1)
    return previous.block == sentence.block and bool(
        rules.MARKET_SUBJECT.search(a.text, previous.start, previous.end)
    )


def find_growth(a: Annotated) -> list[GrowthFact]:
    """Percentages worded as compound annual growth, and one-year changes of a market with
    their year ("IT spending will grow 7.1% in 2024"); shares, price changes and changes
    with no year are not growth rates."""
    blocks = a.document.blocks
    ends = a.mention_ends
    out = []
    for percent in a.percents:
        sentence = a.sentence_at(percent.start)
        if blocks[sentence.block].boilerplate:
            continue
        before_it = bisect.bisect_right(ends, percent.start)  # the last mention ending before it
        left = max(sentence.start, ends[before_it - 1]) if before_it else sentence.start
        before = a.text[left : percent.start]
        after = a.text[percent.end : min(percent.end + 40, sentence.end)]
        if rules.SHARE_AFTER.match(after):
            continue
        if _on_a_path(a, sentence, before[-40:]) and (year := _path_year(a, percent.end)):
            if not rules.NOT_MARKET_GROWTH.search(a.text[sentence.start : percent.start]):
                out.append(GrowthFact(percent=percent, sentence=sentence, one_year=year))
            continue  # the path of prices or wages: no market's growth
        if (
            rules.CAGR_BEFORE.search(before[-90:])
            or rules.CAGR_AFTER.match(after)
            or (
                (header := a.document.column_header(blocks[sentence.block])) is not None
                and rules.CAGR_HEADER.search(header.text)
            )
        ):
            if percent.value > 0 and rules.DECLINE_BEFORE.search(before[-90:]):
                percent = replace(percent, value=-percent.value)  # "declining at a CAGR of 7.9%"
            out.append(GrowthFact(percent=percent, sentence=sentence))
        elif (year := _one_year(a, sentence, before[-40:], percent.end)) is not None:
            out.append(GrowthFact(percent=percent, sentence=sentence, one_year=year))
    return sorted([*out, *table_rates(a)], key=lambda g: g.percent.start)
