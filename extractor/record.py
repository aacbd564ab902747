"""Stage 8: the facts -> a validated `MarketReport`.

Every evidence span is cut from the clean text here, in one place, so
`clean_text[start:end] == text` holds by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from . import facts
from .check import CheckResult, FindingFact
from .facts import Extracted, Span
from .models import (
    Check,
    Company,
    DerivedFigure,
    DerivedInputs,
    Evidence,
    Figure,
    Finding,
    ForecastPeriod,
    Growth,
    MarketReport,
    Scope,
    Sections,
    Segment,
    Source,
)


def _evidence(text: str, span: Span) -> Evidence:
    return Evidence(text=text[span.start : span.end], start=span.start, end=span.end)


def _number(value: Decimal) -> float:
    return float(value)


def _scope(scope: facts.Scope) -> Scope:
    return Scope(region=scope.region, segment=scope.segment)


def _mentions(text: str, spans: tuple[Span, ...]) -> list[Evidence]:
    return [_evidence(text, span) for span in spans]


def build(
    source: Source,
    text: str,
    ex: Extracted,
    checks: list[CheckResult],
    findings: list[FindingFact],
    derived: Sequence[facts.DerivedFact] = (),
    with_text: bool = False,
) -> MarketReport:
    """The record of one document; `with_text` adds the clean text its offsets point into."""
    figures = [
        Figure(
            value=_number(f.money.value),
            unit=f.money.unit,
            currency=f.money.currency,
            amount=float(f.amount),
            year=f.year,
            role=f.role,
            scope=_scope(f.scope),
            source=f.source,
            qualifier=f.money.qualifier,
            low=_number(f.money.low) if f.money.low is not None else None,
            high=_number(f.money.high) if f.money.high is not None else None,
            evidence=_evidence(text, Span(f.money.start, f.money.end)),
            mentions=_mentions(text, f.mentions),
        )
        for f in ex.figures
    ]
    growth = [
        Growth(
            cagr=_number(g.percent.value),
            low=_number(g.percent.value) if g.percent.high is not None else None,
            high=_number(g.percent.high) if g.percent.high is not None else None,
            start_year=g.start_year,
            end_year=g.end_year,
            window_source=g.window_source,
            scope=_scope(g.scope),
            source=g.source,
            qualifier=g.percent.qualifier,
            evidence=_evidence(text, Span(g.percent.start, g.percent.end)),
            mentions=_mentions(text, g.mentions),
        )
        for g in ex.growth
    ]
    fp = ex.forecast_period
    return MarketReport(
        source=source,
        title=ex.title,
        language=ex.language,
        market=ex.market.name if ex.market else None,
        region=ex.region,
        publisher=ex.publisher,
        distributor=ex.distributor,
        figures=figures,
        growth=growth,
        forecast_period=ForecastPeriod(
            start_year=fp.start_year, end_year=fp.end_year, evidence=_evidence(text, fp.span)
        )
        if fp
        else None,
        companies=[
            Company(name=c.name, normalized=c.normalized, evidence=_evidence(text, c.span))
            for c in ex.companies
        ],
        segments=[
            Segment(dimension=s.dimension, values=list(s.values), evidence=_evidence(text, s.span))
            for s in ex.segments
        ],
        sections=Sections(**ex.sections),
        derived_figures=[
            DerivedFigure(
                amount=round(d.amount, 2),
                currency=d.currency,
                year=d.year,
                role=d.role,
                scope=_scope(d.scope),
                source=d.source,
                inputs=DerivedInputs(
                    from_amount=float(d.from_figure.amount),
                    from_year=d.from_year,
                    cagr=_number(d.growth.percent.value),
                    from_evidence=_evidence(
                        text, Span(d.from_figure.money.start, d.from_figure.money.end)
                    ),
                    cagr_evidence=_evidence(
                        text, Span(d.growth.percent.start, d.growth.percent.end)
                    ),
                ),
            )
            for d in derived
        ],
        checks=[
            Check(
                stated_cagr=_number(c.growth.percent.value),
                implied_cagr=round(c.implied, 4),
                start_value=float(c.start.amount),
                end_value=float(c.end.amount),
                start_year=c.start.year,
                end_year=c.end.year,
                deviation_pp=round(c.deviation_pp, 4),
                outcome=c.outcome,
                consistent=c.consistent,
                diagnosis=c.diagnosis,
                scope=_scope(c.growth.scope),
                evidence=_evidence(text, Span(c.growth.percent.start, c.growth.percent.end)),
                start_evidence=_evidence(text, Span(c.start.money.start, c.start.money.end)),
                end_evidence=_evidence(text, Span(c.end.money.start, c.end.money.end)),
            )
            for c in checks
        ],
        findings=[
            Finding(
                code=f.code,
                severity=f.severity,
                message=f.message,
                evidence=_evidence(text, f.span) if f.span else None,
                related=[_evidence(text, span) for span in f.related],
            )
            for f in findings
        ],
        text=text if with_text else None,
    )
