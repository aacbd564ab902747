"""Contradiction checks: each with releases that add up (no finding) and releases that do
not (the finding, once). Only the codes of this stage are compared."""

import pytest

import extractor

CODES = {
    "conflicting_figures",
    "conflicting_growth",
    "growth_direction",
    "part_exceeds_whole",
    "shares_exceed_total",
    "implied_figure_conflict",
    "end_before_start",
    "implausible_rate",
    "cagr_unchecked",
}


def codes(text: str) -> list[str]:
    report = extractor.extract(text)
    return [f.code for f in report.findings if f.code in CODES]


T = "# Global Widget Market Report\n\n"

# text, the codes of this stage it must give
CASES = [
    # -- conflicting_figures ---------------------------------------------------------
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.2%. In 2024, the widget market was valued at USD 6.1 "
        "billion.",
        ["conflicting_figures"],
        id="two-sizes-for-one-year",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.2%. In 2024, the widget market was valued at USD 5.23 "
        "billion.",
        [],
        id="the-same-size-written-finer",
    ),
    pytest.param(
        T + "The widget market was valued at USD 271.9 billion in 2024 and will reach USD 400 "
        "billion by 2030, a CAGR of 6.6%. The widget market was valued at US$271bn in 2024.",
        [],
        id="the-same-size-cut-short",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.2%. The widget market was worth about USD 6 billion "
        "in 2024.",
        [],
        id="a-hedged-size-contradicts-nothing",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.2%. The hardware segment was valued at USD 3.1 billion "
        "in 2024.",
        [],
        id="a-segment-is-not-a-second-size",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.2%. According to Orrin Research, the widget market was "
        "valued at USD 6.1 billion in 2024.\n\n## About Acme Insights\n\nAcme Insights is a "
        "market research firm.",
        [],
        id="another-firms-estimate-is-not-a-contradiction",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.2%. Across the industry, spending by the top firms "
        "reached USD 2.6 billion in 2024.",
        [],
        id="money-not-said-of-the-market",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024. The widget market will "
        "reach USD 9.8 billion by 2032, a CAGR of 8.2%. The widget market will reach a "
        "cumulative USD 60.0 billion in 2032.",
        [],
        id="a-cumulative-sum-is-no-years-size",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024. The widget market will "
        "reach USD 9.8 billion by 2032, a CAGR of 8.2%. In 2032, cumulative spending in the "
        "widget market will total USD 60.0 billion.",
        [],
        id="cumulative-spending-will-total",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024. The widget market will "
        "reach USD 9.8 billion by 2032, a CAGR of 8.2%. In 2032, the widget market will "
        "total USD 60.0 billion over the forecast period.",
        [],
        id="a-total-over-the-period-is-no-years-size",
    ),
    # -- conflicting_growth ----------------------------------------------------------
    pytest.param(
        T + "The widget market will grow at a CAGR of 8.2% from 2024 to 2032. Over the same "
        "years, the widget market will expand at a CAGR of 9.5% from 2024 to 2032.",
        ["conflicting_growth", "cagr_unchecked", "cagr_unchecked"],
        id="two-rates-for-one-window",
    ),
    pytest.param(
        T + "The widget market will grow at a CAGR of 8.2% from 2024 to 2032. In short, the "
        "widget market will grow at a CAGR of 8% from 2024 to 2032.",
        ["cagr_unchecked"],  # one rate, said twice
        id="one-rate-rounded-twice",
    ),
    pytest.param(
        T + "The widget market will grow at a CAGR of 8.2% from 2024 to 2032. Earlier, the "
        "widget market grew at a CAGR of 4.1% from 2018 to 2023.",
        ["cagr_unchecked", "cagr_unchecked"],
        id="two-windows-two-rates",
    ),
    # -- growth_direction ------------------------------------------------------------
    pytest.param(
        T + "The widget market was valued at USD 2.5 trillion in 2023. It is expected to be "
        "worth USD 1.1 trillion by 2033. The widget market will grow at a CAGR of 8.5% from "
        "2023 to 2033.",
        ["growth_direction"],
        id="a-rising-rate-over-a-falling-value",
    ),
    pytest.param(
        T + "The widget market was valued at USD 2.5 trillion in 2023. It is expected to be "
        "worth USD 1.1 trillion by 2033. The widget market will shrink at a CAGR of -7.9% "
        "from 2023 to 2033.",
        [],
        id="a-falling-rate-over-a-falling-value",
    ),
    pytest.param(
        T + "The widget market was valued at USD 2.5 trillion in 2023. It is expected to be "
        "worth USD 1.1 trillion by 2033. The widget market will keep declining at a CAGR of "
        "7.9% from 2023 to 2033.",
        [],
        id="a-decline-written-as-a-positive-rate",
    ),
    # -- part_exceeds_whole ----------------------------------------------------------
    pytest.param(
        T + "The global widget market was valued at USD 5.0 billion in 2024 and will reach USD "
        "8.0 billion by 2030, a CAGR of 8.1%. North America's widget market was valued at "
        "USD 6.2 billion in 2024.",
        ["part_exceeds_whole"],
        id="a-region-above-the-world",
    ),
    pytest.param(
        T + "The global widget market was valued at USD 5.0 billion in 2024 and will reach USD "
        "8.0 billion by 2030, a CAGR of 8.1%. North America's widget market was valued at "
        "USD 2.1 billion in 2024.",
        [],
        id="a-region-inside-the-world",
    ),
    pytest.param(
        "# Germany Widget Market Report\n\nThe German widget market was valued at USD 5.0 "
        "billion in 2024 and will reach USD 8.0 billion by 2030, a CAGR of 8.1%. Europe's "
        "widget market was valued at USD 20.0 billion in 2024.",
        [],
        id="a-larger-region-of-a-national-market-is-its-whole",
    ),
    pytest.param(
        T + "The global widget market was valued at USD 5.0 billion in 2024 and will reach USD "
        "8.0 billion by 2030, a CAGR of 8.1%. The hardware segment was valued at USD 7.0 "
        "billion in 2024.\n\nBy Type:\n\n- Hardware\n- Software\n",
        ["part_exceeds_whole"],
        id="a-listed-segment-above-the-whole",
    ),
    # -- shares_exceed_total ---------------------------------------------------------
    pytest.param(
        T + "North America held a 45% share of the widget market in 2024, Europe held a 38% "
        "share and Asia Pacific held a 47% share.",
        ["shares_exceed_total"],
        id="regional-shares-over-the-whole",
    ),
    pytest.param(
        T + "North America held a 45% share of the widget market in 2024, Europe held a 38% "
        "share and Asia Pacific held a 17.4% share.",
        [],
        id="regional-shares-over-100-by-rounding",
    ),
    pytest.param(
        T + "North America held a 45% share of the widget market in 2024, Europe held a 45% "
        "share, the Middle East and Africa held a 10% share and Africa held a 6% share.",
        [],
        id="a-region-inside-another-is-not-added",
    ),
    pytest.param(
        T + "North America held a 42% share of the widget market. Europe held 31% of the "
        "widget market. Asia Pacific will capture 35% of the widget market over the forecast "
        "period.",
        [],
        id="a-future-share-is-not-added-to-todays",
    ),
    pytest.param(
        T + "North America will hold a 62% share of the widget market. Europe will hold 51% "
        "of the widget market over the forecast period.",
        ["shares_exceed_total"],
        id="future-shares-are-added-to-each-other",
    ),
    # -- implied_figure_conflict -----------------------------------------------------
    pytest.param(
        T + "The widget market was valued at USD 5.0 billion in 2024 and USD 5.5 billion in "
        "2025. The widget market will reach USD 12.0 billion in 2030 and USD 13.0 billion in "
        "2031. The widget market will grow at a CAGR of 10% from 2024 to 2030.",
        ["implied_figure_conflict"],
        id="the-end-the-rate-implies-is-not-the-end-stated",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.0 billion in 2024 and USD 5.5 billion in "
        "2025. The widget market will reach USD 8.86 billion in 2030 and USD 9.7 billion in "
        "2031. The widget market will grow at a CAGR of 10% from 2024 to 2030.",
        [],
        id="the-end-the-rate-implies-is-stated",
    ),
    # -- end_before_start ------------------------------------------------------------
    pytest.param(
        T + "The widget market will be studied from 2030 to 2024.",
        ["end_before_start"],
        id="a-span-written-backwards",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5.0 billion in 2030 and is expected to reach "
        "USD 9.0 billion by 2024.",
        ["end_before_start"],
        id="a-forecast-before-its-base",
    ),
    pytest.param(
        T + "Sales in fiscal 2024/23 rose. The widget market was valued at USD 5.0 billion in "
        "2024 and is expected to reach USD 9.0 billion by 2030, a CAGR of 10.3%.",
        [],
        id="a-fiscal-year-is-no-span",
    ),
    # -- implausible_rate ------------------------------------------------------------
    pytest.param(
        T + "The widget market will grow at a CAGR of 240% from 2024 to 2030.",
        ["implausible_rate", "cagr_unchecked"],
        id="a-rate-above-100",
    ),
    pytest.param(
        T + "Europe held a 130% share of the widget market in 2024.",
        ["implausible_rate"],
        id="a-share-above-100",
    ),
    pytest.param(
        T + "The widget market will grow at a CAGR of 45% from 2024 to 2030.",
        ["cagr_unchecked"],
        id="a-high-rate-is-plausible",
    ),
    # -- cagr_unchecked --------------------------------------------------------------
    pytest.param(
        T + "The widget market was valued at USD 5.2 billion in 2024 and will reach USD 9.8 "
        "billion by 2032, a CAGR of 8.24%.",
        [],
        id="a-checked-rate-is-not-unchecked",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_contradictions(text, expected):
    assert codes(text) == expected


# text, the reason the unchecked rate's message gives
UNCHECKED = [
    pytest.param(
        T + "The widget market will grow at a CAGR of 8% from 2024 to 2030.",
        "no value of the market is stated",
        id="no-values",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5 billion in 2024 and will grow at a CAGR of "
        "8% from 2024 to 2030.",
        "only a start value is stated",
        id="only-a-start",
    ),
    pytest.param(
        T + "The widget market will reach USD 9 billion by 2030, growing at a CAGR of 8% from "
        "2024 to 2030.",
        "only an end value is stated",
        id="only-an-end",
    ),
    pytest.param(
        T + "The widget market was valued at USD 5 billion in 2024 and will reach EUR 9 "
        "billion by 2030. It will grow at a CAGR of 8% from 2024 to 2030.",
        "different currencies",
        id="different-currencies",
    ),
    pytest.param(
        T + "The widget market will grow at a CAGR of 8%.", "no years are said", id="no-years"
    ),
]


@pytest.mark.parametrize(("text", "reason"), UNCHECKED)
def test_unchecked_rate_says_why(text, reason):
    report = extractor.extract(text)
    (finding,) = [f for f in report.findings if f.code == "cagr_unchecked"]
    assert finding.severity == "info"
    assert reason in finding.message


def test_a_finding_points_at_every_figure_it_uses():
    report = extractor.extract(CASES[0].values[0])
    (finding,) = [f for f in report.findings if f.code == "conflicting_figures"]
    spans = [finding.evidence, *finding.related]
    assert sorted(e.text for e in spans if e) == ["USD 5.2 billion", "USD 6.1 billion"]
    assert "USD 5.2 billion" in finding.message and "USD 6.1 billion" in finding.message


DERIVED = [
    pytest.param(
        T + "The widget market was valued at USD 5 billion in 2024 and will grow at a CAGR of "
        "10% from 2024 to 2030.",
        (2030, "forecast", 5e9 * 1.1**6),
        id="the-end-from-the-start",
    ),
    pytest.param(
        T + "The widget market will reach USD 9 billion by 2030, growing at a CAGR of 10% from "
        "2024 to 2030.",
        (2024, "base", 9e9 / 1.1**6),
        id="the-start-from-the-end",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DERIVED)
def test_derived_figures_are_kept_apart(text, expected):
    report = extractor.extract(text)
    (derived,) = report.derived_figures
    year, role, amount = expected
    assert (derived.year, derived.role, derived.derived) == (year, role, True)
    assert derived.amount == pytest.approx(amount, rel=1e-9)
    assert derived.inputs.cagr == 10.0
    assert all(f.year != year for f in report.figures)  # never among the stated figures


def test_no_derived_figure_where_both_ends_are_stated():
    report = extractor.extract(CASES[-1].values[0])
    assert report.derived_figures == []
