"""Stage 7, check: does the stated CAGR follow from its endpoints, and other findings."""

import math

import pytest

import extractor
from extractor.check import implied_cagr

IMPLIED = [
    pytest.param(100, 200, 1, 100.0, id="doubling-in-one-year"),
    pytest.param(100, 121, 2, 10.0, id="ten-percent-two-years"),
    pytest.param(5483.81e6, 19927.57e6, 9, 15.4153, id="seed-release"),
    pytest.param(100, 100, 5, 0.0, id="flat"),
    pytest.param(200, 100, 1, -50.0, id="decline"),
]


@pytest.mark.parametrize(("start", "end", "years", "expected"), IMPLIED)
def test_implied_cagr(start, end, years, expected):
    assert implied_cagr(start, end, years) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(
    ("start", "end", "years"),
    [
        pytest.param(0, 5, 3, id="zero-start"),
        pytest.param(5, 0, 3, id="zero-end"),
        pytest.param(-1, 5, 3, id="negative-start"),
        pytest.param(1, 2, 0, id="zero-years"),
    ],
)
def test_implied_cagr_undefined_is_nan(start, end, years):
    assert math.isnan(implied_cagr(start, end, years))


def release(sentence: str, title: str = "# Widget Market Report") -> str:
    return f"{title}\n\n{sentence}\n"


def growth_sentence(start: str, start_year: int, end: str, end_year: int, rate: str) -> str:
    return (
        f"The widget market is expected to grow from {start} in {start_year} to {end} by "
        f"{end_year}, at a CAGR of {rate} during the forecast period."
    )


SHORTER = "the rate fits a 5-year window"
LONGER = "the rate fits a 7-year window"
SEED = ("USD 5,483.81 million", 2023, "USD 19,927.57 million", 2032)

# sentence, outcome, consistent, finding code (or None), start of the diagnosis (or None)
OUTCOMES = [
    pytest.param(growth_sentence(*SEED, "15.42%"), "exact", True, None, None, id="exact"),
    pytest.param(
        growth_sentence("USD 100 million", 2024, "USD 121 million", 2026, "10%"),
        "exact",
        True,
        None,
        None,
        id="exact-round-numbers",
    ),
    pytest.param(
        growth_sentence(*SEED, "15.7%"),
        "minor",
        True,
        "cagr_minor_deviation",
        None,
        id="minor-0.28pp",
    ),
    pytest.param(
        growth_sentence(*SEED, "15.1%"),
        "minor",
        True,
        "cagr_minor_deviation",
        None,
        id="minor-minus-0.32pp",
    ),
    pytest.param(
        growth_sentence(*SEED, "25%"),
        "mismatch",
        False,
        "cagr_mismatch",
        "no known cause",
        id="mismatch-no-known-cause",
    ),
    pytest.param(
        growth_sentence("USD 5,483.81 million", 2023, "USD 19,927.57 billion", 2032, "15.42%"),
        "mismatch",
        False,
        "cagr_mismatch",
        "a million/billion slip",
        id="million-billion-slip",
    ),
    pytest.param(
        growth_sentence("USD 9.8 billion", 2024, "USD 5.2 billion", 2032, "8.24%"),
        "mismatch",
        False,
        "cagr_mismatch",
        "swapped endpoints",
        id="swapped-endpoints",
    ),
    pytest.param(
        # 15.8 -> 0.5 is 0.5 -> 15.8 swapped, and also 15.8 million -> 0.5 billion
        growth_sentence("USD 15.8 million", 2016, "USD 0.5 million", 2027, "36.9%"),
        "mismatch",
        False,
        "cagr_mismatch",
        "swapped endpoints: the rate fits the start and end values exchanged; or a "
        "million/billion slip",
        id="swap-and-slip-both-fit-both-named",
    ),
    pytest.param(
        growth_sentence("USD 5.2 billion", 2024, "USD 9.8 billion", 2032, "88.5%"),
        "mismatch",
        False,
        "cagr_mismatch",
        "total growth over the period",
        id="total-as-annual",
    ),
    pytest.param(
        growth_sentence("USD 100 million", 2024, "USD 200 million", 2030, "14.9%"),
        "mismatch",
        False,
        "cagr_mismatch",
        SHORTER,
        id="window-one-year-short",
    ),
    pytest.param(
        growth_sentence("USD 100 million", 2024, "USD 200 million", 2030, "10.4%"),
        "mismatch",
        False,
        "cagr_mismatch",
        LONGER,
        id="window-one-year-long",
    ),
]


@pytest.mark.parametrize(("sentence", "outcome", "consistent", "code", "diagnosis"), OUTCOMES)
def test_cagr_check_outcome(sentence, outcome, consistent, code, diagnosis):
    report = extractor.extract(release(sentence))
    (check,) = report.checks
    assert check.outcome == outcome
    assert check.consistent is consistent
    cagr_codes = [f.code for f in report.findings if f.code.startswith("cagr_")]
    assert cagr_codes == ([code] if code else [])
    if diagnosis is None:
        assert check.diagnosis is None
    else:
        assert check.diagnosis is not None and check.diagnosis.startswith(diagnosis)


SEVERITY = [
    pytest.param(growth_sentence(*SEED, "15.7%"), "cagr_minor_deviation", "info", id="minor-info"),
    pytest.param(growth_sentence(*SEED, "17.5%"), "cagr_mismatch", "error", id="mismatch-error"),
]


@pytest.mark.parametrize(("sentence", "code", "severity"), SEVERITY)
def test_cagr_finding_severity_and_evidence(sentence, code, severity):
    report = extractor.extract(release(sentence))
    (finding,) = [f for f in report.findings if f.code == code]
    assert finding.severity == severity
    assert finding.evidence is not None
    assert finding.evidence.text == sentence.split("CAGR of ")[1].split(" ")[0]


# start, start year, end, end year, stated rate
DEVIATION = [
    pytest.param(5483.81e6, 2023, 19927.57e6, 2032, 15.7, id="seed-plus"),
    pytest.param(5483.81e6, 2023, 19927.57e6, 2032, 17.5, id="seed-far"),
    pytest.param(100e6, 2024, 200e6, 2030, 10.4, id="below-implied"),
]


@pytest.mark.parametrize(("start", "y0", "end", "y1", "rate"), DEVIATION)
def test_deviation_is_stated_minus_implied(start, y0, end, y1, rate):
    sentence = growth_sentence(
        f"USD {start / 1e6:,.2f} million", y0, f"USD {end / 1e6:,.2f} million", y1, f"{rate}%"
    )
    (check,) = extractor.extract(release(sentence)).checks
    implied = ((end / start) ** (1 / (y1 - y0)) - 1) * 100
    assert (check.start_year, check.end_year) == (y0, y1)
    assert check.stated_cagr == rate
    assert check.implied_cagr == pytest.approx(implied, abs=1e-3)
    assert check.deviation_pp == pytest.approx(rate - implied, abs=1e-3)


HEDGED = [
    # 100 -> 140 over 7 years implies 4.92%
    pytest.param("more than 4.9%", True, id="hedge-consistent"),
    pytest.param("more than 12%", False, id="hedge-does-not-excuse-mismatch"),
]


@pytest.mark.parametrize(("rate", "consistent"), HEDGED)
def test_hedged_rate(rate, consistent):
    sentence = growth_sentence("USD 100 million", 2024, "USD 140 million", 2031, rate)
    report = extractor.extract(release(sentence))
    (growth,) = report.growth
    assert growth.qualifier == "more than"
    (check,) = report.checks
    assert check.consistent is consistent
    codes = {f.code for f in report.findings}
    assert ("cagr_mismatch" in codes) is not consistent


# A rate stated as a range: consistent when the implied rate lies between its ends (at
# their precision); a miss is measured from the nearer end. 100 -> 140 over 7 years
# implies 4.92%.
RANGED = [
    pytest.param("4-6%", (4.0, 6.0), "exact", 0.0, None, id="dash-inside"),
    pytest.param("3 to 5 percent", (3.0, 5.0), "exact", 0.0, None, id="to-inside"),
    pytest.param("between 4.5% and 5.5%", (4.5, 5.5), "exact", 0.0, None, id="between-inside"),
    pytest.param("5.2-5.3%", (5.2, 5.3), "minor", 0.28, "cagr_minor_deviation", id="just-above"),
    pytest.param("8-10%", (8.0, 10.0), "mismatch", 3.08, "cagr_mismatch", id="far-above"),
    pytest.param("1-2%", (1.0, 2.0), "mismatch", -2.92, "cagr_mismatch", id="far-below"),
]


@pytest.mark.parametrize(("rate", "ends", "outcome", "deviation", "code"), RANGED)
def test_ranged_rate(rate, ends, outcome, deviation, code):
    sentence = growth_sentence("USD 100.0 million", 2024, "USD 140.0 million", 2031, rate)
    report = extractor.extract(release(sentence))
    (growth,) = report.growth
    assert (growth.cagr, growth.low, growth.high) == (ends[0], *ends)
    assert growth.evidence.text == rate.removeprefix("between ")
    (check,) = report.checks
    assert check.outcome == outcome
    assert check.deviation_pp == pytest.approx(deviation, abs=0.01)
    found = [f for f in report.findings if f.code.startswith("cagr_")]
    assert [f.code for f in found] == ([code] if code else [])
    if code:
        assert f"stated {ends[0]:g}-{ends[1]:g}%" in found[0].message


# --------------------------------------------------------------------------
# Other findings
# --------------------------------------------------------------------------

PERIOD_MISMATCH = release(
    growth_sentence(*SEED, "15.42%"),
    title="# Widget Market Forecast 2025–2032",
)
DUPLICATE = release(
    "The widget market was valued at USD 2 billion in 2024.\n\n"
    "## Key Players\n\n- Lonza\n- Catalent, Inc.\n- Samsung Biologics\n- Catalent Inc"
)
SUSPECT = release(
    "The widget market was valued at USD 2 billion in 2024.\n\n"
    "## Regional Analysis\n\n- Canada\n- S.\n- Mexico"
)
NO_FIGURES = release("The widget market grows steadily as hospitals adopt widgets.")

FINDINGS = [
    pytest.param(PERIOD_MISMATCH, "period_mismatch", "info", "2025–2032", id="period-mismatch"),
    pytest.param(DUPLICATE, "duplicate_company", "warning", "Catalent Inc", id="duplicate-company"),
    pytest.param(SUSPECT, "suspect_list_item", "warning", "S.", id="suspect-list-item"),
    pytest.param(NO_FIGURES, "no_figures", "warning", None, id="no-figures"),
    pytest.param(
        release(
            "The widget market will reach USD 40.2 billion by 2026.",
            title="# Widget Market Forecast 2019–2027",
        ),
        "period_mismatch",
        "info",
        "2019–2027",
        id="period-mismatch-with-only-a-forecast",
    ),
]


@pytest.mark.parametrize(("text", "code", "severity", "evidence"), FINDINGS)
def test_findings(text, code, severity, evidence):
    report = extractor.extract(text)
    matching = [f for f in report.findings if f.code == code]
    assert len(matching) == 1
    (finding,) = matching
    assert finding.severity == severity
    assert (finding.evidence.text if finding.evidence else None) == evidence


VALUED = "The widget market was valued at USD 2 billion in 2024."
EXACT = growth_sentence(*SEED, "15.42%")

ABSENT = [
    pytest.param(
        "The widget market will grow from USD 5.2 billion in 2024 to USD 9.8 billion by 2032, "
        "at a CAGR of 8.2%. Separately, the smart widget market is expected to grow from USD "
        "0.8 billion in 2024 to USD 2.1 billion by 2030, at a CAGR of 17.5%.",
        "conflicting_figures",
        id="a-narrower-market-is-no-second-value-of-the-market",
    ),
    pytest.param(
        release(EXACT, title="# Widget Market Forecast 2023–2032"),
        "period_mismatch",
        id="period-matches",
    ),
    pytest.param(
        release(EXACT, title="# Widget Market Forecast 2024–2032"),
        "period_mismatch",
        id="period-starts-year-after-base",
    ),
    pytest.param(
        release(f"{VALUED}\n\n## Key Players\n\n- Lonza\n- Catalent"),
        "duplicate_company",
        id="no-duplicate",
    ),
    pytest.param(
        release(f"{VALUED}\n\n## Regions\n\n- U.S.\n- Canada"),
        "suspect_list_item",
        id="us-is-not-suspect",
    ),
    pytest.param(release(VALUED), "no_figures", id="has-figures"),
    pytest.param(
        release(
            "The widget market will reach USD 40.2 billion by 2027.",
            title="# Widget Market Forecast 2019–2027",
        ),
        "period_mismatch",
        id="period-ends-with-the-only-forecast",
    ),
    pytest.param(
        release(EXACT, title="# Widget Market Trends and Forecasts, 2019–2032"),
        "period_mismatch",
        id="a-span-with-history-that-holds-the-values-span",
    ),
]


@pytest.mark.parametrize(("text", "code"), ABSENT)
def test_finding_absent(text, code):
    assert code not in {f.code for f in extractor.extract(text).findings}


# --------------------------------------------------------------------------
# Pairing a rate with figures from other sentences: judged only when sure
# --------------------------------------------------------------------------

# text, the outcomes of the checks made, the cagr_ codes found
PAIRINGS = [
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from USD 5.2 billion in "
        "2024, at a CAGR of 8.2%. In real terms, the market is expected to grow at a CAGR of "
        "6.0% from 2024 to 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="a-rate-in-real-terms-is-another-measure",
    ),
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from USD 5.2 billion in "
        "2024, at a CAGR of 8.2%. Online sales of widgets will grow at a CAGR of 12% from 2024 "
        "to 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="the-markets-words-without-its-market-word-name-a-part",
    ),
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from USD 5.2 billion in "
        "2024, at a CAGR of 8.2%. The market's installed base is expected to grow at a CAGR of "
        "11% from 2024 to 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="something-the-market-has",
    ),
    pytest.param(
        "The widget market was valued at USD 5.2 billion in 2024 and USD 9.8 billion in 2032. "
        "The market's revenue is expected to grow at a CAGR of 9.5% from 2024 to 2032.",
        ["mismatch"],
        ["cagr_mismatch"],
        id="the-markets-revenue-is-the-market",
    ),
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from an estimated USD "
        "5.2 billion in 2024, at a CAGR of 8.2%. Europe held a 30% share in 2024 and is "
        "projected to grow at a CAGR of 6.5% from 2024 to 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="a-region-that-held-a-share-then-grows-is-not-judged-against-the-market",
    ),
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from an estimated USD "
        "5.2 billion in 2024, at a CAGR of 8.2%. Hospitals held the largest share in 2024 and "
        "are projected to grow at a CAGR of 6.5% from 2024 to 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="a-sentence-about-a-part-is-not-judged-against-the-market",
    ),
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from USD 5.2 billion in "
        "2024, at a CAGR of 8.2%. By product, pumps dominated the market in 2024, and valves "
        "are expected to grow at the fastest CAGR of 9.9% through 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="the-fastest-cagr-is-a-parts",
    ),
    pytest.param(
        "The widget market is projected to reach USD 9.8 billion by 2032 from USD 5.2 billion in "
        "2024, at a CAGR of 8.2%. The market for smart widgets is expected to grow at a CAGR "
        "of 14% from 2024 to 2032.",
        ["exact"],
        ["cagr_unchecked"],
        id="the-market-for-a-narrower-thing",
    ),
    pytest.param(
        "The widget market was valued at USD 5.2 billion in 2024. Looking forward, it will "
        "reach USD 9.8 billion by 2032, exhibiting a growth rate (CAGR) of 8.2% during "
        "2024-2032.",
        ["exact"],
        [],
        id="it-speaks-of-the-market",
    ),
    pytest.param(
        "Gadget spending will grow from USD 4.0 trillion in 2024 to USD 5.6 trillion by "
        "2029. Traditional gadget spending will grow at an annual rate of 3-4 percent through "
        "the next five years, while repair spending rises by about 1 percent per year.",
        [],
        ["cagr_unchecked", "cagr_unchecked"],
        id="rates-of-parts-over-the-next-five-years-are-not-judged",
    ),
    pytest.param(
        "The widget market will grow from USD 5.0 billion in 2024 to USD 9.0 billion in 2030. "
        "Gadget budgets have shown gains of 2-3% per year. For more, read Acme's 2024-2030 "
        "Widget Forecasts.",
        [],
        ["cagr_unchecked"],
        id="a-rate-of-something-else-with-the-forecast-period-is-not-judged",
    ),
    pytest.param(
        "The widget market declined from USD 5.2 billion in 2022 to USD 4.8 billion in 2023, "
        "but is expected to grow at a CAGR of 6% from 2024 to 2030 to reach USD 6.8 billion "
        "by 2030.",
        ["exact"],
        [],
        id="a-past-decline-then-a-rate-over-its-own-window",
    ),
    pytest.param(
        "The widget market was valued at USD 5.0 billion in 2022 and will reach USD 9.0 "
        "billion by 2030, growing at a CAGR of 14% from 2025 to 2030.",
        [],
        ["cagr_unchecked"],
        id="values-that-do-not-bound-the-stated-window-are-not-judged",
    ),
    pytest.param(
        "Acme Motors, which reported revenue of USD 2.3 billion in 2024, said the widget "
        "market, valued at USD 38.1 billion in 2024, should reach USD 98.7 billion by 2031 at "
        "a CAGR of 14.6%.",
        ["exact"],
        [],
        id="a-firms-revenue-beside-the-market-is-no-endpoint",
    ),
    pytest.param(
        "Acme said the widget market took USD 2.3 billion in 2024 and the gadget market USD "
        "38.1 billion in 2024, rising to USD 98.7 billion by 2031 at a CAGR of 14.6%.",
        [],
        ["cagr_unchecked"],
        id="two-values-for-the-start-year-neither-named-is-no-check",
    ),
    pytest.param(
        "The widget market was valued at USD 5.0 billion in 2024. It is expected to reach "
        "USD 9.0 billion by 2032. The market will grow at a CAGR of 15% from 2024 to 2032.",
        ["mismatch"],
        ["cagr_mismatch"],
        id="one-base-one-forecast-window-agrees",
    ),
    pytest.param(
        "The widget market was valued at USD 5.0 billion in 2024. It is expected to reach "
        "USD 9.0 billion by 2032. The market will grow at a CAGR of 7.6% from 2024 to 2032.",
        ["exact"],
        [],
        id="an-exact-fit-confirms-a-loose-pair",
    ),
    pytest.param(
        "Lending platforms handled USD 13.61 billion in 2022. The widget market may reach "
        "US$705.81 billion by 2030. Separately, the widget market will grow at a CAGR of "
        "26.7% from 2022 to 2030. Another estimate puts it at USD 795 billion by 2029.",
        [],
        ["cagr_unchecked"],
        id="several-values-not-said-with-the-rate",
    ),
    pytest.param(
        "The widget market was valued at USD 2.5 trillion in 2023. It is expected to be worth "
        "USD 1.1 trillion by 2033. The market will grow at a CAGR of 8.5% from 2023 to 2033.",
        [],
        ["growth_direction"],
        id="figures-falling-while-the-rate-rises",
    ),
    pytest.param(
        "The widget market will grow at a CAGR of 12% from 2024 to 2030. It stood at USD 4.0 "
        "billion in 2023 and will reach USD 9.0 billion by 2031.",
        [],
        ["cagr_unchecked"],
        id="years-differ-from-the-window",
    ),
    pytest.param(
        "The widget market reached USD 72.1 billion in 2023. Looking forward, it will reach "
        "USD 108.9 billion by 2032, a CAGR of 4.6% during 2024-2032.",
        ["minor"],
        ["cagr_minor_deviation"],
        id="a-forecast-period-opening-the-year-after-the-base",
    ),
    pytest.param(
        "The widget market reached USD 72.1 billion in 2022. Looking forward, it will reach "
        "USD 108.9 billion by 2032, a CAGR of 4.6% during 2024-2032.",
        [],
        ["cagr_unchecked"],
        id="a-window-two-years-after-the-base-is-no-pair",
    ),
]


@pytest.mark.parametrize(("text", "outcomes", "codes"), PAIRINGS)
def test_pairing_across_sentences(text, outcomes, codes):
    report = extractor.extract(release(text))
    assert [c.outcome for c in report.checks] == outcomes
    rate_codes = [f.code for f in report.findings if f.code.startswith(("cagr_", "growth_"))]
    assert rate_codes == codes
