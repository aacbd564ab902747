"""Properties of the checks over generated releases (hypothesis).

Releases are written from random endpoints, windows, rates, scales, currencies and
phrasings. One written consistently (the rate is what the written endpoints imply, at
the precision it is written) must never be flagged; one whose rate is moved beyond
what rounding allows must always be; each injected fault must get its finding and,
where the CAGR check sees it, its diagnosis. The arithmetic here is written out
independently of `extractor.check`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import extractor

#: Hundreds of examples per property, as CI runs them; no deadline (shared machines).
PROFILE = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "200")),  # more for a deeper search
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # The same examples on every run by default, so CI is red for a change, not for a
    # draw; `make properties` searches afresh with PROPERTY_RANDOM=1 and more examples.
    derandomize=not os.environ.get("PROPERTY_RANDOM"),
)

MARKETS = ["widget", "smart valve", "cold chain sensor", "industrial glue", "drone battery"]
CURRENCIES = [("USD", "USD "), ("USD", "US$"), ("USD", "$"), ("EUR", "EUR "), ("GBP", "£")]
SCALES = ["million", "billion"]


@dataclass(frozen=True)
class Release:
    market: str
    prefix: str
    scale: str
    start: float  # as written
    end: float  # as written
    start_year: int
    end_year: int
    rate: str  # as written, without "%"
    template: int

    def money(self, value: float, scale: str | None = None) -> str:
        return f"{self.prefix}{value:,.2f} {scale or self.scale}"

    def text(self, start: str | None = None, end: str | None = None, extra: str = "") -> str:
        s = start or self.money(self.start)
        e = end or self.money(self.end)
        y0, y1, m, r = self.start_year, self.end_year, self.market, self.rate
        body = [
            f"The global {m} market was valued at {s} in {y0} and is expected to reach {e} by "
            f"{y1}, growing at a CAGR of {r}% from {y0} to {y1}.",
            f"The global {m} market size is projected to grow from {s} in {y0} to {e} by {y1}, "
            f"at a CAGR of {r}%.",
            f"The global {m} market stood at {s} in {y0}. The {m} market is forecast to hit "
            f"{e} in {y1}, a compound annual growth rate of {r}% from {y0} to {y1}.",
        ][self.template]
        return f"# Global {m.title()} Market Report\n\n{body}{extra}\n"


def implied(start: float, end: float, years: int) -> float:
    return ((end / start) ** (1 / years) - 1) * 100


def implied_range(r: Release) -> tuple[float, float]:
    """Every rate the written endpoints allow, each anywhere it may stand for: rounded
    (half a cent below) or cut short (up to a cent above)."""
    years = r.end_year - r.start_year
    half = 0.005
    low = implied(r.start + 2 * half, r.end - half, years)
    high = implied(r.start - half, r.end + 2 * half, years)
    return low, high


@st.composite
def releases(draw: st.DrawFn, min_rate: float = 1.0, max_years: int = 12) -> Release:
    start = draw(st.integers(min_value=50, max_value=90_000)) / 100  # 0.50 to 900.00
    years = draw(st.integers(min_value=3, max_value=max_years))
    rate = draw(st.floats(min_value=min_rate, max_value=45.0))
    start_year = draw(st.integers(min_value=2016, max_value=2026))
    end = round(start * (1 + rate / 100) ** years, 2)
    places = draw(st.sampled_from([1, 2]))
    stated = round(implied(start, end, years), places)
    _, prefix = draw(st.sampled_from(CURRENCIES))
    return Release(
        market=draw(st.sampled_from(MARKETS)),
        prefix=prefix,
        scale=draw(st.sampled_from(SCALES)),
        start=start,
        end=end,
        start_year=start_year,
        end_year=start_year + years,
        rate=f"{stated:.{places}f}",
        template=draw(st.integers(min_value=0, max_value=2)),
    )


def errors(report: extractor.MarketReport) -> list[str]:
    return [f.code for f in report.findings if f.severity == "error"]


def diagnosed(report: extractor.MarketReport, cause: str) -> bool:
    """Is the fault found and its cause named? The CAGR check says it for a pair it
    judged; a value moving against the rate across sentences is a `growth_direction`
    that names the same cause."""
    said = [c.diagnosis or "" for c in report.checks if c.outcome == "mismatch"]
    said += [f.message for f in report.findings if f.code == "growth_direction"]
    return any(cause in text for text in said)


@PROFILE
@given(releases())
def test_a_consistent_release_is_never_flagged(r: Release) -> None:
    report = extractor.extract(r.text())
    assert errors(report) == []
    assert [c.outcome for c in report.checks] == ["exact"]


@PROFILE
@given(releases(), st.floats(min_value=0.6, max_value=15.0), st.booleans())
def test_a_rate_moved_beyond_its_rounding_is_always_flagged(
    r: Release, shift: float, up: bool
) -> None:
    low, high = implied_range(r)
    moved = float(r.rate) + shift if up else float(r.rate) - shift
    assume(moved > 0.5)
    # Beyond the endpoints' rounding and the minor band (0.5 points) by a clear margin.
    assume(moved > high + 0.55 or moved < low - 0.55)
    report = extractor.extract(r.text().replace(f"{r.rate}%", f"{moved:.2f}%"))
    assert "cagr_mismatch" in errors(report)


#: How a range of rates is written: its two ends as "{lo}" and "{hi}", "%" added after.
RANGE_FORMS = ["{lo}-{hi}", "{lo} to {hi}", "{lo}% to {hi}", "{lo}–{hi}"]


@PROFILE
@given(
    releases(min_rate=2.0),
    st.floats(min_value=0.0, max_value=3.0),
    st.floats(min_value=0.1, max_value=3.0),
    st.sampled_from(RANGE_FORMS),
)
def test_a_range_around_the_implied_rate_is_never_flagged(
    r: Release, below: float, above: float, form: str
) -> None:
    low, high = implied_range(r)
    lo, hi = f"{max(low - below, 0.1):.1f}", f"{high + above:.1f}"
    assume(float(lo) < float(hi))
    stated = form.format(lo=lo, hi=hi)
    report = extractor.extract(r.text().replace(f"{r.rate}%", f"{stated}%"))
    assert errors(report) == []
    (growth,) = report.growth
    assert (growth.low, growth.high) == (float(lo), float(hi))


@PROFILE
@given(releases(min_rate=2.0), st.floats(min_value=1.2, max_value=8.0), st.booleans())
def test_a_range_clear_of_the_implied_rate_is_always_flagged(
    r: Release, gap: float, up: bool
) -> None:
    low, high = implied_range(r)
    if up:
        lo, hi = high + gap, high + gap + 2.0
    else:
        lo, hi = low - gap - 2.0, low - gap
    assume(lo > 0.5)
    report = extractor.extract(r.text().replace(f"{r.rate}%", f"{lo:.1f}-{hi:.1f}%"))
    assert "cagr_mismatch" in errors(report)


@PROFILE
@given(releases(min_rate=10.0, max_years=10))
def test_a_window_off_by_one_is_found(r: Release) -> None:
    wrong = Release(**{**r.__dict__, "end_year": r.end_year + 1})
    _, high = implied_range(wrong)
    assume(float(r.rate) > high + 0.55)
    report = extractor.extract(wrong.text())
    (check,) = report.checks
    assert check.outcome == "mismatch"
    assert check.diagnosis is not None and "window" in check.diagnosis


@PROFILE
@given(releases(min_rate=3.0))
def test_a_million_billion_slip_is_found(r: Release) -> None:
    assume(r.scale == "billion")
    report = extractor.extract(r.text(end=r.money(r.end, "million")))
    assert diagnosed(report, "million/billion")


@PROFILE
@given(releases(min_rate=3.0))
def test_swapped_endpoints_are_found(r: Release) -> None:
    assume(r.template != 1)  # "grow from X to Y" says which comes first in its own words
    report = extractor.extract(r.text(start=r.money(r.end), end=r.money(r.start)))
    assert diagnosed(report, "swapped")


@PROFILE
@given(releases(min_rate=3.0))
def test_total_growth_stated_as_annual_is_found(r: Release) -> None:
    total = (r.end / r.start - 1) * 100
    _, high = implied_range(r)
    assume(total > high + 1.0)
    years = r.end_year - r.start_year
    slips = (implied(r.start * 1000, r.end, years), implied(r.start, r.end * 1000, years))
    assume(all(abs(slip - total) > 1.0 for slip in slips))  # no second cause fits as well
    report = extractor.extract(r.text().replace(f"{r.rate}%", f"{total:.1f}%"))
    (check,) = report.checks
    assert check.outcome == "mismatch"
    assert check.diagnosis is not None and "total growth" in check.diagnosis


@PROFILE
@given(releases(), st.floats(min_value=1.05, max_value=3.0))
def test_a_region_above_the_world_is_found(r: Release, factor: float) -> None:
    region = r.money(r.start * factor + 0.02)
    extra = f" North America's {r.market} market was valued at {region} in {r.start_year}."
    report = extractor.extract(r.text(extra=extra))
    assert "part_exceeds_whole" in errors(report)


@PROFILE
@given(releases(), st.floats(min_value=0.1, max_value=0.95))
def test_a_region_inside_the_world_is_not_flagged(r: Release, factor: float) -> None:
    region = r.money(r.start * factor)
    extra = f" North America's {r.market} market was valued at {region} in {r.start_year}."
    report = extractor.extract(r.text(extra=extra))
    assert errors(report) == []


REGIONS = ["North America", "Europe", "Asia Pacific", "Latin America"]


@PROFILE
@given(
    releases(),
    st.lists(st.integers(min_value=5, max_value=60), min_size=3, max_size=4),
)
def test_shares_are_flagged_exactly_when_they_pass_the_whole(r: Release, shares: list[int]) -> None:
    said = ", ".join(
        f"{region} held a {share}% share" for region, share in zip(REGIONS, shares, strict=False)
    )
    extra = f" In {r.start_year}, {said}."
    report = extractor.extract(r.text(extra=extra))
    flagged = "shares_exceed_total" in errors(report)
    # Whole percentages: each may stand for up to half a point more.
    assert flagged == (sum(shares) - 0.5 * len(shares) > 100)
