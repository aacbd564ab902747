"""Stage 7b: contradictions between the facts, beyond the CAGR check, and implied figures.

A careful analyst reads a release for more than its CAGR: two sizes for one year, a
region larger than the world, shares adding up to more than the whole, a rate that
rises while the value falls, years that run backwards. Each function here looks for
one of these and returns findings that state the numbers and point at every figure
they use.

Only like with like is compared: the same scope (region and segment), the same source
(a roundup quoting several firms is read firm by firm) and the same currency. An
amount the release hedges ("about", "more than") or gives as a range is never a party
to a contradiction: its own words say it is not exact. Only figures whose clause names
the release's market may contradict each other (scope is read from words, and a part
the words did not name would otherwise pass for a second size of the whole). Rounding
is allowed for as in the CAGR check, and more: a value stands for everything that
rounds to it or was cut short to it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from . import rules
from .check import MINOR_LIMIT_PP, CheckResult, FindingFact, diagnose, implied_cagr, stated_text
from .facts import (
    MAIN,
    DerivedFact,
    Extracted,
    FigureFact,
    GrowthFact,
    Scope,
    SegmentFact,
    ShareFact,
    Span,
    half_unit,
)

#: A CAGR above 100% doubles the market every year of the forecast: possible for a
#: new market over a year or two, implausible as a release's headline rate.
MAX_PLAUSIBLE_CAGR = 100.0
#: Below -50% the market halves every year: a sign slip or a one-year fall, not a CAGR.
MIN_PLAUSIBLE_CAGR = -50.0
#: Nothing holds more than the whole.
MAX_SHARE = 100.0


def _span(f: FigureFact) -> Span:
    return Span(f.money.start, f.money.end)


def _rate_span(g: GrowthFact) -> Span:
    return Span(g.percent.start, g.percent.end)


def _exact(f: FigureFact) -> bool:
    """A figure stated as one exact value of the market (rounded as written)."""
    return (
        f.money.qualifier is None
        and f.money.high is None
        and f.role != "other"
        and not f.cumulative  # a sum over years is no year's size
    )


def _firm(f: FigureFact) -> bool:
    """A figure sure enough to contradict another: exact, its role said in words and its
    sentence naming the market. Scope is read from words too, and a figure of a part
    that the words did not name would otherwise look like a second size of the whole."""
    return _exact(f) and f.said_role is not None and f.said_of_market


def _describe(scope: Scope) -> str:
    parts = [p for p in (scope.region, scope.segment) if p]
    return " / ".join(parts) if parts else "the market"


def _like(a: FigureFact, b: FigureFact) -> bool:
    return (
        a.scope == b.scope
        and a.source == b.source
        and a.money.currency == b.money.currency
        and a.money.currency is not None
    )


def conflicting_figures(figures: list[FigureFact]) -> list[FindingFact]:
    """Two different values for the same scope, source, currency and year, beyond the
    rounding of either: "USD 5.2 billion in 2024" and "USD 6.1 billion in 2024"."""
    groups: dict[tuple[Scope, str | None, str, int], list[FigureFact]] = defaultdict(list)
    for f in figures:
        if _firm(f) and f.year is not None and f.money.currency is not None:
            groups[(f.scope, f.source, f.money.currency, f.year)].append(f)
    out = []
    for (scope, _, _, year), group in groups.items():
        apart = [
            (a, b)
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if a.written_band[1] < b.written_band[0] or b.written_band[1] < a.written_band[0]
        ]
        if not apart:
            continue
        a = apart[0][0]
        values = ", ".join(f.money.text for f in group)
        out.append(
            FindingFact(
                "conflicting_figures",
                "error",
                f"{_describe(scope)} has {len(group)} different values for {year}: {values}",
                _span(a),
                tuple(_span(f) for f in group if f is not a),
            )
        )
    return out


def conflicting_growth(growth: list[GrowthFact]) -> list[FindingFact]:
    """Two different CAGRs for the same scope, source and window, beyond the rounding of
    either: "a CAGR of 8.2% from 2024 to 2032" and "9.5% over 2024-2032"."""
    groups: dict[tuple[Scope, str | None, int, int], list[GrowthFact]] = defaultdict(list)
    for g in growth:
        if (
            g.percent.qualifier is None
            and g.percent.high is None  # a range ("5-7%") conflicts with no single rate
            and g.one_year is None  # a year's change is read from looser words than a CAGR
            and g.said_of_market
            and g.start_year is not None
            and g.end_year is not None
        ):
            groups[(g.scope, g.source, g.start_year, g.end_year)].append(g)
    out = []
    for (scope, _, start, end), group in groups.items():
        values = [float(g.percent.value) for g in group]
        halves = [float(half_unit(g.percent.value)) for g in group]
        if max(v - h for v, h in zip(values, halves, strict=True)) <= min(
            v + h for v, h in zip(values, halves, strict=True)
        ):
            continue  # every rate rounds from one common value
        rates = ", ".join(f"{v:g}%" for v in values)
        out.append(
            FindingFact(
                "conflicting_growth",
                "error",
                f"{_describe(scope)} has {len(group)} different growth rates for {start}-{end}: "
                f"{rates}",
                _rate_span(group[0]),
                tuple(_rate_span(g) for g in group[1:]),
            )
        )
    return out


def _pair(g: GrowthFact, figures: list[FigureFact]) -> tuple[FigureFact, FigureFact] | None:
    """The one exact figure at the start of a rate's window (or the year before, as a
    forecast period opens the year after its base year) and the one at its end."""
    if g.start_year is None or g.end_year is None or g.one_year is not None:
        return None
    like = [f for f in figures if _firm(f) and f.scope == g.scope and f.source == g.source]
    ends = [f for f in like if f.year == g.end_year]
    starts = [f for f in like if f.year == g.start_year] or [
        f for f in like if f.year == g.start_year - 1
    ]
    if len(starts) != 1 or len(ends) != 1 or not _like(starts[0], ends[0]):
        return None
    return starts[0], ends[0]


def growth_direction(
    growth: list[GrowthFact], figures: list[FigureFact], checks: list[CheckResult]
) -> list[FindingFact]:
    """A rate that rises while the value falls over its own window, or the reverse. A
    rate the CAGR check judged is left to it: its diagnosis says more (a million/billion
    slip, swapped endpoints)."""
    checked = {id(c.growth) for c in checks}
    out = []
    for g in growth:
        if id(g) in checked:
            continue
        pair = _pair(g, figures)
        if pair is None:
            continue
        start, end = pair
        rate = float(g.percent.value)
        if rate == 0 or end.amount == start.amount or (end.amount > start.amount) == (rate > 0):
            continue
        way = "falls" if end.amount < start.amount else "rises"
        why = diagnose(g, start, end, figures, float(half_unit(g.percent.value)))
        out.append(
            FindingFact(
                "growth_direction",
                "error",
                f"the CAGR is {rate:g}% but the value {way} from {start.money.text} in "
                f"{start.year} to {end.money.text} in {end.year}; {why}",
                _rate_span(g),
                (_span(start), _span(end)),
            )
        )
    return out


def _parts(segments: list[SegmentFact]) -> set[str]:
    return {v.casefold() for s in segments for v in s.values}


def part_exceeds_whole(
    figures: list[FigureFact], segments: list[SegmentFact], main_region: str | None
) -> list[FindingFact]:
    """A region or segment larger than the market it belongs to, in the same year,
    currency and source. A region is a part only of a global market (a "Europe" figure
    in a release on Germany is the larger whole); a segment only when the release lists
    it as one of its segments."""
    parts = _parts(segments)
    wholes: dict[tuple[object, ...], list[FigureFact]] = defaultdict(list)
    for f in figures:
        if _firm(f) and f.scope == MAIN and f.year is not None:
            wholes[(f.year, f.money.currency, f.source)].append(f)
    out = []
    for f in figures:
        if not _exact(f) or f.scope == MAIN or f.year is None:
            continue
        region_part = f.scope.segment is None and main_region == "Global"
        segment_part = f.scope.region is None and (f.scope.segment or "").casefold() in parts
        if not (region_part or segment_part):
            continue
        for whole in wholes.get((f.year, f.money.currency, f.source), []):
            if f.written_band[0] > whole.written_band[1]:
                out.append(
                    FindingFact(
                        "part_exceeds_whole",
                        "error",
                        f"{_describe(f.scope)} ({f.money.text}) is larger than the whole market "
                        f"({whole.money.text}) in {f.year}",
                        _span(f),
                        (_span(whole),),
                    )
                )
                break
    return out


def _dimension(share: ShareFact, segments: list[SegmentFact]) -> str | None:
    """Which dimension a share divides the market by: the macro regions, or one of the
    release's segmentations; None when that is not clear (a country, a player)."""
    scope = share.scope
    if scope.segment is None and scope.region in rules.MACRO_REGIONS:
        return "region"
    if scope.region is None and scope.segment:
        name = scope.segment.casefold()
        return next(
            (s.dimension for s in segments if name in {v.casefold() for v in s.values}), None
        )
    return None


def shares_exceed_total(shares: list[ShareFact], segments: list[SegmentFact]) -> list[FindingFact]:
    """The shares of one dimension for one year adding up to more than 100%, beyond the
    rounding of each ("North America 45%, Europe 38%, Asia Pacific 47%"). Shares said of
    the future with no year ("Asia-Pacific will capture 35%") are added only to each
    other, not to the shares held today."""
    groups: dict[tuple[str, int | None, str | None, bool], dict[Scope, ShareFact]] = defaultdict(
        dict
    )
    for share in shares:
        dimension = _dimension(share, segments)
        if dimension is not None and share.percent.qualifier is None:
            key = (dimension, share.year, share.source, share.projected)
            groups[key].setdefault(share.scope, share)
    out = []
    for (dimension, year, _, _), by_scope in groups.items():
        members = list(by_scope.values())
        if dimension == "region":  # "Africa" inside "Middle East and Africa" is not added
            inner = {r for s in members for r in rules.MACRO_REGIONS[s.scope.region or ""]}
            members = [s for s in members if s.scope.region not in inner]
        total = sum(float(s.percent.value) for s in members)
        slack = sum(float(half_unit(s.percent.value)) for s in members)
        if len(members) < 2 or total - slack <= MAX_SHARE:
            continue
        listed = ", ".join(f"{_describe(s.scope)} {float(s.percent.value):g}%" for s in members)
        when = f" in {year}" if year is not None else ""
        out.append(
            FindingFact(
                "shares_exceed_total",
                "error",
                f"shares by {dimension}{when} add up to {total:g}%: {listed}",
                Span(members[0].percent.start, members[0].percent.end),
                tuple(Span(s.percent.start, s.percent.end) for s in members[1:]),
            )
        )
    return out


def end_before_start(ex: Extracted) -> list[FindingFact]:
    """Years that run backwards: a span written "from 2030 to 2024", or, in one sentence
    and scope, a value said to be the forecast for a year before the value said to be
    the base ("valued at $5 billion in 2030 ... to reach $9 billion by 2024")."""
    out = [
        FindingFact("end_before_start", "error", "a span of years runs backwards", span)
        for span in ex.backward_periods
    ]
    said = [f for f in ex.figures if f.said_role in ("base", "forecast") and f.year is not None]
    for base in (f for f in said if f.said_role == "base"):
        for forecast in (f for f in said if f.said_role == "forecast"):
            assert base.year is not None and forecast.year is not None
            if (
                forecast.sentence == base.sentence
                and forecast.scope == base.scope
                and forecast.year < base.year
            ):
                out.append(
                    FindingFact(
                        "end_before_start",
                        "error",
                        f"the forecast {forecast.money.text} is for {forecast.year}, before the "
                        f"base {base.money.text} in {base.year}",
                        _span(forecast),
                        (_span(base),),
                    )
                )
    return out


def implausible_rate(growth: list[GrowthFact], shares: list[ShareFact]) -> list[FindingFact]:
    """A CAGR above 100% or below -50%, or a share above 100%."""
    out = []
    for g in growth:
        # A range ("90-120%") is implausible when either end is.
        ends = [g.percent.value] if g.percent.high is None else [g.percent.value, g.percent.high]
        rate = next(
            (float(e) for e in ends if not MIN_PLAUSIBLE_CAGR <= e <= MAX_PLAUSIBLE_CAGR),
            float(g.percent.value),
        )
        if g.one_year is None and not MIN_PLAUSIBLE_CAGR <= rate <= MAX_PLAUSIBLE_CAGR:
            out.append(
                FindingFact(
                    "implausible_rate",
                    "warning",
                    f"a CAGR of {rate:g}% is outside {MIN_PLAUSIBLE_CAGR:g}% to "
                    f"{MAX_PLAUSIBLE_CAGR:g}%",
                    _rate_span(g),
                )
            )
    for share in shares:
        if float(share.percent.value) > MAX_SHARE:
            out.append(
                FindingFact(
                    "implausible_rate",
                    "warning",
                    f"a share of {float(share.percent.value):g}% is more than the whole",
                    Span(share.percent.start, share.percent.end),
                )
            )
    return out


def _unchecked_reason(g: GrowthFact, figures: list[FigureFact]) -> str:
    if g.end_year is None:
        return "no years are said for it"
    like = [
        f
        for f in figures
        if f.scope == g.scope and f.source == g.source and f.role in ("base", "forecast")
    ]
    if not like:
        return f"no value of {_describe(g.scope)} is stated"
    dated = [f for f in like if f.year is not None]
    if not dated:
        return "its values have no years"
    roles = {f.role for f in dated}
    if roles == {"base"}:
        return "only a start value is stated, no end value"
    if roles == {"forecast"}:
        return "only an end value is stated, no start value"
    if len({f.money.currency for f in dated}) > 1:
        return "its start and end values are in different currencies"
    return "its values could not be paired with it with confidence"


def cagr_unchecked(
    growth: list[GrowthFact], figures: list[FigureFact], checks: list[CheckResult]
) -> list[FindingFact]:
    """A stated CAGR that no pair of figures checks, with the reason."""
    checked = {id(c.growth) for c in checks}
    return [
        FindingFact(
            "cagr_unchecked",
            "info",
            f"the CAGR of {stated_text(g)} is not checked: {_unchecked_reason(g, figures)}",
            _rate_span(g),
        )
        for g in growth
        if id(g) not in checked and g.one_year is None
    ]


def derive_figures(growth: list[GrowthFact], figures: list[FigureFact]) -> list[DerivedFact]:
    """The endpoint a release leaves out, from the one it states and the CAGR: a start
    value and a rate over 2024-2032 imply the 2032 value, and the reverse. Only for an
    exact rate over a stated window with exactly one exact endpoint of its scope."""
    out = []
    for g in growth:
        if g.start_year is None or g.end_year is None or g.one_year is not None:
            continue
        if g.percent.qualifier is not None or g.percent.high is not None:
            continue  # "about 8%", "5-7%": the implied value would be as loose as the rate
        like = [
            f
            for f in figures
            if _exact(f) and f.scope == g.scope and f.source == g.source and f.year is not None
        ]
        starts = [f for f in like if f.year == g.start_year]
        ends = [f for f in like if f.year == g.end_year]
        years = g.end_year - g.start_year
        factor = (1 + float(g.percent.value) / 100) ** years
        if len(starts) == 1 and not ends:
            f = starts[0]
            out.append(_derived(f, g, float(f.amount) * factor, g.end_year, "forecast"))
        elif len(ends) == 1 and not starts and factor > 0:
            f = ends[0]
            out.append(_derived(f, g, float(f.amount) / factor, g.start_year, "base"))
    return out


def _derived(
    f: FigureFact, g: GrowthFact, amount: float, year: int, role: Literal["base", "forecast"]
) -> DerivedFact:
    assert f.year is not None
    return DerivedFact(
        amount=amount,
        currency=f.money.currency,
        year=year,
        role=role,
        scope=g.scope,
        source=g.source,
        from_figure=f,
        from_year=f.year,
        growth=g,
    )


def implied_figure_conflict(
    growth: list[GrowthFact], figures: list[FigureFact], checks: list[CheckResult]
) -> list[FindingFact]:
    """A stated value that contradicts the one implied by another and the CAGR, where the
    CAGR check left the rate alone because its scope holds several values: the value at
    the start of the rate's stated window, grown at the rate, implies the value at its
    end, and the release states another ("USD 5.0 billion in 2024 ... 10% a year over
    2024-2030 implies USD 8.86 billion in 2030, but USD 12.0 billion is stated"). Both
    values must name the market and sit exactly on the window's years."""
    checked = {id(c.growth) for c in checks}
    out = []
    for g in growth:
        if id(g) in checked or g.window_source != "stated":
            continue
        if g.percent.qualifier is not None or g.percent.high is not None:
            continue  # a hedged rate or a range implies no exact value
        if g.start_year is None or g.end_year is None or g.one_year is not None:
            continue
        like = [f for f in figures if _firm(f) and f.scope == g.scope and f.source == g.source]
        starts = [f for f in like if f.year == g.start_year]
        ends = [f for f in like if f.year == g.end_year]
        if len(starts) != 1 or len(ends) != 1 or not _like(starts[0], ends[0]):
            continue
        start, end = starts[0], ends[0]
        years = g.end_year - g.start_year
        if (float(end.amount) > float(start.amount)) != (float(g.percent.value) > 0):
            continue  # a value moving against the rate is a growth_direction
        implied = implied_cagr(float(start.amount), float(end.amount), years)
        if implied != implied or abs(implied - float(g.percent.value)) <= MINOR_LIMIT_PP:
            continue
        expected = float(start.amount) * (1 + float(g.percent.value) / 100) ** years
        out.append(
            FindingFact(
                "implied_figure_conflict",
                "error",
                f"{start.money.text} in {start.year} at {float(g.percent.value):g}% a year "
                f"implies {_amount(expected, end)} in {end.year}, but {end.money.text} is "
                f"stated (an implied rate of {implied:.2f}%)",
                _span(end),
                (_span(start), _rate_span(g)),
            )
        )
    return out


def _amount(value: float, like: FigureFact) -> str:
    """An amount in the scale and currency another figure is written in."""
    scaled = Decimal(value) / like.money.multiplier
    unit = f" {like.money.unit}" if like.money.unit else ""
    return f"{like.money.currency or ''} {float(scaled):,.2f}{unit}".strip()


def contradiction_findings(ex: Extracted, checks: list[CheckResult]) -> list[FindingFact]:
    """Every contradiction check, in a stable order."""
    main_region = ex.market.region if ex.market else None
    direction = growth_direction(ex.growth, ex.figures, checks)
    implied = implied_figure_conflict(ex.growth, ex.figures, checks)
    # A rate these two judged against its values is not "unchecked".
    judged = {span for f in (*direction, *implied) for span in (f.span, *f.related)}
    unchecked = [g for g in ex.growth if _rate_span(g) not in judged]
    found: list[Iterable[FindingFact]] = [
        conflicting_figures(ex.figures),
        conflicting_growth(ex.growth),
        direction,
        part_exceeds_whole(ex.figures, ex.segments, main_region),
        shares_exceed_total(ex.shares, ex.segments),
        implied,
        end_before_start(ex),
        implausible_rate(ex.growth, ex.shares),
        cagr_unchecked(unchecked, ex.figures, checks),
    ]
    return [f for group in found for f in group]
