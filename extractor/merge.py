"""One fact, many mentions: a figure said again (title, lead, body, table) is one figure.

Two mentions are one fact when they state the same amount as written (value,
range, scale, currency) for the same scope and source, in the same year or
with the year left unsaid in one of them ("Market Worth $4.42 Billion" in the
title, "to reach USD 4.42 billion by 2025" in the body). The first mention
stays the fact's evidence; the others become its `mentions`. Two different
values for the same scope, source and year stay two facts: that is a
contradiction for the checks to report, not a repetition to fold away.
"""

from __future__ import annotations

from dataclasses import replace

from .facts import Extracted, FigureFact, Span


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


def merge_figures(figures: list[FigureFact]) -> list[FigureFact]:
    """Figures in document order, each fact once with its later mentions."""
    out: list[FigureFact] = []
    for figure in figures:
        same = next((i for i, kept in enumerate(out) if _same_fact(kept, figure)), None)
        if same is None:
            out.append(figure)
        else:
            out[same] = _fold(out[same], figure)
    return out


def merge(ex: Extracted) -> Extracted:
    return replace(ex, figures=merge_figures(ex.figures))
