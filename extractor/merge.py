"""One fact, many mentions: a figure said again (title, lead, body, table) is one figure.

Two mentions are one fact when they state the same amount as written (value,
range, scale, currency) for the same scope and source, in the same year or
with the year left unsaid in one of them ("Market Worth $4.42 Billion" in the
title, "to reach USD 4.42 billion by 2025" in the body). The first mention
stays the fact's evidence; the others become its `mentions`. Two different
values for the same scope, source and year stay two facts: that is a
contradiction for the checks to report, not a repetition to fold away.

A growth rate said again is one rate too: the same value (or the same value
rounded, as titles write it: "19%" for "19.3%"), scope and source, with
windows that do not disagree ("CAGR: 14.2%" in the title, "14.2% from 2021 to
2030" in the body).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

from .facts import Extracted, FigureFact, GrowthFact, Span

T = TypeVar("T")


def _same_amount(a: FigureFact, b: FigureFact) -> bool:
    x, y = a.money, b.money
    return (
        x.value == y.value
        and x.high == y.high
        and x.multiplier == y.multiplier
        and x.currency == y.currency
        and a.scope == b.scope
        and a.source == b.source
        and a.role != "other"
        and b.role != "other"
    )


def _same_fact(a: FigureFact, b: FigureFact) -> bool:
    return _same_amount(a, b) and (a.year == b.year or a.year is None or b.year is None)


def _fold(kept: FigureFact, again: FigureFact) -> FigureFact:
    """`kept` with `again` as a further mention; a year said only there is taken."""
    mentions = (*kept.mentions, Span(again.money.start, again.money.end))
    if kept.year is None and again.year is not None:
        return replace(kept, year=again.year, role=again.role, mentions=mentions)
    return replace(kept, mentions=mentions)


def _fold_all(facts: list[T], same: Callable[[T, T], bool], fold: Callable[[T, T], T]) -> list[T]:
    """Facts in document order, each once: a later fact that is `same` as a kept one is
    folded into it."""
    out: list[T] = []
    for fact in facts:
        at = next((i for i, kept in enumerate(out) if same(kept, fact)), None)
        if at is None:
            out.append(fact)
        else:
            out[at] = fold(out[at], fact)
    return out


def merge_figures(figures: list[FigureFact]) -> list[FigureFact]:
    """Figures in document order, each fact once with its later mentions."""
    return _fold_all(figures, _same_fact, _fold)


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _same_rate(a: Decimal, b: Decimal) -> bool:
    """The same rate, or one written rounded ("19%" in a title, "19.3%" in the body)."""
    rough, fine = sorted((a, b), key=_places)
    return rough == fine or rough == round(fine, _places(rough))


def _compatible(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def _same_growth(a: GrowthFact, b: GrowthFact) -> bool:
    return (
        _same_rate(a.percent.value, b.percent.value)
        and a.scope == b.scope
        and a.source == b.source
        and a.one_year == b.one_year
        and _compatible(a.start_year, b.start_year)
        and _compatible(a.end_year, b.end_year)
    )


def _fold_growth(kept: GrowthFact, again: GrowthFact) -> GrowthFact:
    """One rate from two mentions: the more precise value is the fact, the fuller window
    is its window, and the other mention joins `mentions`."""
    first, second = (
        (again, kept)
        if _places(again.percent.value) > _places(kept.percent.value)
        else (kept, again)
    )
    mentions = (*kept.mentions, *again.mentions, Span(second.percent.start, second.percent.end))
    # The fuller window; of two as full, the one the release states over one worked out.
    dated = max(
        (kept, again),
        key=lambda g: (
            (g.start_year is not None) + (g.end_year is not None),
            g.window_source == "stated",
        ),
    )
    return replace(
        first,
        start_year=dated.start_year,
        end_year=dated.end_year,
        window_source=dated.window_source,
        stated_window=dated.stated_window,
        mentions=tuple(sorted(set(mentions), key=lambda s: s.start)),
    )


def merge_growth(growth: list[GrowthFact]) -> list[GrowthFact]:
    """Rates in document order, each once with its later mentions."""
    return _fold_all(growth, _same_growth, _fold_growth)


def merge(ex: Extracted) -> Extracted:
    return replace(ex, figures=merge_figures(ex.figures), growth=merge_growth(ex.growth))
