"""Stage 7: do the figures add up? The CAGR check and the other findings.

CAGR = (end / start) ** (1 / years) - 1 over the years of the two stated
values. Three outcomes, because real releases are rarely exact:

- exact: the stated rate is what the implied rate rounds to at the precision
  the release used, for some endpoints the written ones may stand for (rounded,
  or cut short: "$5.26 trillion" for 5.267 trillion);
- minor: off by at most 0.5 percentage points -> info `cagr_minor_deviation`;
- mismatch: anything larger -> error `cagr_mismatch`, with a diagnosis when
  the numbers allow one (window off by a year, another base year, a
  million/billion slip, swapped endpoints, total instead of annual growth).

A rate that is exact over its own stated window (say 2025-2032 while the
values are for 2023 and 2032) is consistent: publishers often quote the
forecast window. The check says which window fits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import rules
from .facts import Extracted, FigureFact, GrowthFact, Span, half_unit
from .models import Outcome, Severity

MINOR_LIMIT_PP = 0.5


@dataclass(frozen=True)
class CheckResult:
    growth: GrowthFact
    start: FigureFact
    end: FigureFact
    implied: float
    deviation_pp: float
    outcome: Outcome
    consistent: bool
    diagnosis: str | None


@dataclass(frozen=True)
class FindingFact:
    code: str
    severity: Severity
    message: str
    span: Span | None = None
    #: Every figure or rate the finding uses, beyond its first evidence.
    related: tuple[Span, ...] = ()


def implied_cagr(start: float, end: float, years: int) -> float:
    """Compound annual growth in percent; NaN when it cannot be computed."""
    if start <= 0 or end <= 0 or years <= 0:
        return float("nan")
    return float(((end / start) ** (1.0 / years) - 1.0) * 100.0)


def _implied_band(start: FigureFact, end: FigureFact, years: int) -> tuple[float, float]:
    """The implied rate for every pair of endpoints the written ones may stand for,
    rounded or cut short (`FigureFact.written_band`)."""
    (s_low, s_high), (e_low, e_high) = start.written_band, end.written_band
    return implied_cagr(s_high, e_low, years), implied_cagr(max(s_low, 1e-9), e_high, years)


def _fits(
    stated: float,
    half: float,
    qualifier: str | None,
    band: tuple[float, float],
    stated_high: float | None = None,
) -> bool:
    """Does the stated rate, at its precision and with its hedge, cover the implied band?
    A range ("5-7%") covers everything from its low end to its high end."""
    low, high = stated - half, (stated if stated_high is None else stated_high) + half
    if qualifier in rules.LOWER_BOUND_HEDGES:
        high = stated + MINOR_LIMIT_PP
    elif qualifier in rules.UPPER_BOUND_HEDGES:
        low = stated - MINOR_LIMIT_PP
    return band[0] <= high + 1e-9 and band[1] >= low - 1e-9


def rate_fits(g: GrowthFact, start: FigureFact, end: FigureFact, years: int) -> bool:
    """Is the stated rate, at its precision, with its hedge or as its range, the growth
    from `start` to `end` over `years` years, for some values the written ones stand for?"""
    return _fits(
        float(g.percent.value),
        float(half_unit(g.percent.value)),
        g.percent.qualifier,
        _implied_band(start, end, years),
        _high(g),
    )


def _said_in(f: FigureFact, g: GrowthFact) -> bool:
    """Is the figure, or one of its mentions, said in the rate's sentence?"""
    spans = [(f.money.start, f.money.end), *((m.start, m.end) for m in f.mentions)]
    return any(g.sentence.start <= s < g.sentence.end for s, _ in spans)


def _after(year: int | None) -> int | None:
    return year + 1 if year is not None else None


def _trusted(g: GrowthFact, start: FigureFact, end: FigureFact, figures: list[FigureFact]) -> bool:
    """Is the pairing of a rate with endpoints from other sentences sure enough to judge?

    Real releases put several markets, firms and years side by side; a rate paired with
    the wrong figures would cry wolf. Outside the rate's own sentence a pair is trusted
    only when the rate's sentence speaks of the market as a whole, the rate's window is
    the figures' years (or opens the year after the base year, as forecast periods do),
    the two figures are said together ("from X in 2024 to Y in 2032") or are the only
    base and forecast values of their scope, and the figures move the way the rate says.
    """
    if _said_in(start, g) and _said_in(end, g):
        return True
    if not g.sentence_of_market:
        # "Europe held a 30% share in 2024 and is projected to grow at 6.5% from 2024 to
        # 2032": the sentence speaks of a part, not of the market whose values are elsewhere
        return False
    if g.window_source in ("forecast_period", "counted") and not g.said_of_market:
        # A rate whose window was lent to it (the release's forecast period, or "through
        # the next five years" counted from the current year) and whose clause does not
        # name the market ("traditional IT spending will grow 3-4% a year") is no rate
        # of the market's values
        return False
    if g.end_year != end.year or g.start_year not in (start.year, _after(start.year)):
        # A forecast period that opens the year after the base year names the same growth:
        # "USD 72.1 billion in 2023 ... a CAGR of 4.6% during 2024-2032".
        return False
    if (float(end.amount) >= float(start.amount)) != (g.percent.value >= 0):
        return False
    if start.sentence == end.sentence:
        return True
    same_scope = [f for f in figures if f.scope == start.scope and f.source == start.source]
    bases = {f.amount for f in same_scope if f.role == "base"}
    forecasts = {f.amount for f in same_scope if f.role == "forecast"}
    return len(bases) == 1 and len(forecasts) == 1


def _one_value(pool: list[FigureFact], year: int | None) -> FigureFact | None:
    """The value of `pool` for `year` (else for the year of its last value): the one said
    of the market by name when several are ("Acme, which reported revenue of USD 2.3
    billion in 2024, said the market, valued at USD 38.1 billion in 2024, ..."); None when
    that leaves two different amounts."""
    matching = [f for f in pool if f.year == year]
    if not matching:
        matching = [f for f in pool if f.year == pool[-1].year]
    named = [f for f in matching if f.said_of_market] or matching
    if len({f.amount for f in named}) > 1:
        return None
    return named[0] if year is not None and matching[0].year == year else named[-1]


def _aligned(g: GrowthFact, start: FigureFact, end: FigureFact) -> bool:
    """Do the values bound the rate's stated window: its last year, and its first year
    or the year before it (a base year before a forecast period)?"""
    if g.stated_window is None:
        return True
    first, last = g.stated_window
    return end.year == last and start.year in (first - 1, first)


def _endpoints(g: GrowthFact, figures: list[FigureFact]) -> tuple[FigureFact, FigureFact] | None:
    """The start and end values a rate is about: same scope, same sentence first."""
    usable = [
        f
        for f in figures
        if f.scope == g.scope
        and f.source == g.source
        and f.year is not None
        and f.role in ("base", "forecast")
        and f.money.high is None
        and not f.cumulative  # a sum over years is no endpoint
    ]
    for pool in ([f for f in usable if f.sentence == g.sentence], usable):
        bases = [f for f in pool if f.role == "base"]
        forecasts = [f for f in pool if f.role == "forecast"]
        if not bases or not forecasts:
            continue
        start = _one_value(bases, g.start_year)
        end = _one_value(forecasts, g.end_year)
        if start is None or end is None:
            return None  # two different values for one end: which one is meant is not said
        if (
            start.money.currency == end.money.currency
            and start.year is not None
            and end.year is not None
            and start.year < end.year
        ):
            return start, end
    return None


def _years(start: FigureFact, end: FigureFact) -> tuple[int, int]:
    """The years of a pair from `_endpoints`, which pairs only dated figures."""
    assert start.year is not None and end.year is not None
    return start.year, end.year


def _high(g: GrowthFact) -> float | None:
    """The high end of a rate stated as a range, else None."""
    return float(g.percent.high) if g.percent.high is not None else None


def _deviation(g: GrowthFact, implied: float) -> float:
    """How far the stated rate is from the implied one: for a range, from its nearer end
    (nothing when the implied rate lies inside)."""
    low, high = float(g.percent.value), _high(g)
    if high is None or implied < low:
        return low - implied
    return min(0.0, high - implied)


def stated_text(g: GrowthFact) -> str:
    """The stated rate for a message: "7.2%", or "5-7%" for a range."""
    low = f"{float(g.percent.value):g}"
    high = _high(g)
    return f"{low}-{high:g}%" if high is not None else f"{low}%"


def diagnose(
    g: GrowthFact, start: FigureFact, end: FigureFact, figures: list[FigureFact], half: float
) -> str:
    stated = float(g.percent.value)
    high = _high(g)
    s, e = float(start.amount), float(end.amount)
    start_year, end_year = _years(start, end)
    years = end_year - start_year

    def near(value: float) -> bool:
        if high is not None:
            return stated - half <= value <= high + half
        return abs(value - stated) <= max(half, 0.05)

    for delta in (1, -1):
        n = years + delta
        if n > 0 and rate_fits(g, start, end, n):
            how = "one year longer" if delta > 0 else "one year shorter"
            return f"the rate fits a {n}-year window ({how} than {start.year}-{end.year})"
    for other in figures:
        if (
            other.scope == start.scope
            and other is not start
            and other.year is not None
            and other.year < end_year
        ):
            n = end_year - other.year
            if other.money.currency == end.money.currency and near(
                implied_cagr(float(other.amount), e, n)
            ):
                return f"the rate fits the {other.year} value {other.money.text} as the start"
    # A slip and a swap can both fit the same numbers (start x end = 1,000 x start^2):
    # then both are named, the swap first when the values fall against a rising rate.
    causes = [
        f"a {slip} slip: the rate fits if one endpoint's scale is off by 1,000"
        for factor, slip in ((1000.0, "million/billion"), (0.001, "billion/million"))
        if near(implied_cagr(s * factor, e, years)) or near(implied_cagr(s, e * factor, years))
    ][:1]
    if near(implied_cagr(e, s, years)):
        swap = "swapped endpoints: the rate fits the start and end values exchanged"
        causes.insert(0 if (e < s) == (stated > 0) else len(causes), swap)
    if causes:
        return "; or ".join(causes)
    total = (e / s - 1.0) * 100.0
    if abs(total - stated) <= max(half, 0.005 * abs(stated), 0.05):
        return "total growth over the period stated as an annual rate"
    return "no known cause"


def check_growth(ex: Extracted) -> list[CheckResult]:
    results = []
    for g in ex.growth:
        pair = _endpoints(g, ex.figures)
        if pair is None:
            continue
        start, end = pair
        start_year, end_year = _years(start, end)
        years = end_year - start_year
        half = float(half_unit(g.percent.value))
        implied = implied_cagr(float(start.amount), float(end.amount), years)
        if implied != implied:  # NaN: a zero or negative endpoint
            continue
        trusted = _trusted(g, start, end, ex.figures)
        deviation = _deviation(g, implied)
        diagnosis = None
        outcome: Outcome
        if rate_fits(g, start, end, years):
            outcome = "exact"
        elif (
            g.stated_window
            and g.stated_window != (start.year, end.year)
            and rate_fits(g, start, end, g.stated_window[1] - g.stated_window[0])
        ):
            outcome = "exact"
            w = g.stated_window
            diagnosis = (
                f"the rate fits its own stated window {w[0]}-{w[1]}, not the value years "
                f"{start.year}-{end.year}"
            )
        elif not trusted or not _aligned(g, start, end):
            # An exact fit confirms a loose pairing; anything else may be a mispairing. A
            # rate whose stated window the values do not bound ("from 2024 to 2030" beside
            # values for 2022 and 2030) says nothing of the growth between them.
            continue
        elif abs(deviation) <= MINOR_LIMIT_PP + 1e-9:
            outcome = "minor"
        else:
            outcome = "mismatch"
            diagnosis = diagnose(g, start, end, ex.figures, half)
        results.append(
            CheckResult(
                growth=g,
                start=start,
                end=end,
                implied=implied,
                deviation_pp=deviation,
                outcome=outcome,
                consistent=outcome != "mismatch",
                diagnosis=diagnosis,
            )
        )
    return results


def _main_span(figures: Iterable[FigureFact]) -> tuple[FigureFact | None, FigureFact] | None:
    """The main market's base (if any) and last forecast figure."""
    main = [f for f in figures if f.scope.is_main and f.year is not None]
    bases = [f for f in main if f.role == "base"]
    forecasts = [f for f in main if f.role == "forecast"]
    if not forecasts:
        return None
    return (bases[-1] if bases else None), max(forecasts, key=lambda f: f.year or 0)


def findings(
    ex: Extracted, checks: list[CheckResult], repairs: tuple[str, ...], invalid_bytes: int
) -> list[FindingFact]:
    out: list[FindingFact] = []
    for c in checks:
        g = c.growth
        span = Span(g.percent.start, g.percent.end)
        window = f"{c.start.year}-{c.end.year}"
        rates = f"stated {stated_text(g)}, implied {c.implied:.2f}% over {window}"
        if c.outcome == "mismatch":
            out.append(
                FindingFact(
                    "cagr_mismatch",
                    "error",
                    f"CAGR does not follow from its endpoints: {rates}; {c.diagnosis}",
                    span,
                )
            )
        elif c.outcome == "minor":
            out.append(
                FindingFact(
                    "cagr_minor_deviation",
                    "info",
                    f"CAGR is close to, not exactly, the implied rate: {rates}",
                    span,
                )
            )
    fp = ex.forecast_period
    main = _main_span(ex.figures)
    if fp is not None and main is not None:
        base, forecast = main
        starts = (base.year, (base.year or 0) + 1) if base is not None else (fp.start_year,)
        # "Trends and Forecasts, 2020-2030" over values for 2024 and 2030: a report's span
        # with its history, which holds the values' span; not a contradiction.
        covers = base is not None and base.year is not None and fp.start_year < base.year
        if fp.end_year != forecast.year or (fp.start_year not in starts and not covers):
            first = f"{base.year}-" if base is not None else "ending "
            years = f"{first}{forecast.year}"
            out.append(
                FindingFact(
                    "period_mismatch",
                    "info",
                    f"forecast period {fp.start_year}-{fp.end_year} does not match the figures' "
                    f"span {years}",
                    fp.span,
                )
            )
    for span in ex.suspect_items:
        out.append(FindingFact("suspect_list_item", "warning", "list item looks truncated", span))
    seen: dict[str, int] = {}
    for company in ex.companies:
        key = company.normalized.casefold()
        if key in seen and seen[key] == company.group:
            out.append(
                FindingFact(
                    "duplicate_company",
                    "warning",
                    f"{company.normalized} is listed more than once",
                    company.span,
                )
            )
        seen[key] = company.group
    if repairs:
        out.append(FindingFact("text_repaired", "info", "; ".join(repairs)))
    if invalid_bytes:
        out.append(
            FindingFact(
                "invalid_bytes",
                "warning",
                f"{invalid_bytes} undecodable byte sequence(s) replaced with U+FFFD",
            )
        )
    if not ex.figures:
        out.append(FindingFact("no_figures", "warning", "the release states no monetary figure"))
    for f in ex.figures:
        if f.money.currency is None:
            out.append(
                FindingFact(
                    "currency_missing",
                    "warning",
                    f"amount {f.money.text} has no currency",
                    Span(f.money.start, f.money.end),
                )
            )
    return out
