"""Stage 5, one reader at a time: each `extract.*` module called directly on a document."""

import pytest

from extractor import layout, nlp, rules
from extractor.extract import amounts, companies, market, publisher, sections, segments


def annotated(text: str) -> nlp.Annotated:
    return nlp.annotate(layout.layout(text))


# --------------------------------------------------------------------------
# amounts: money mentions become figures; only growth-worded percentages are rates
# --------------------------------------------------------------------------

#: Spending by kind with no unit declared; its total for 2024 is $3.12 trillion in millions.
SPENDING_TABLE = (
    "| Kind | 2023 Spending | 2024 Spending |\n|---|---|---|\n"
    "| Phones | 1,204,000 | 1,310,500 |\n| Tablets | 1,700,000 | 1,811,000 |\n"
    "| Total | 2,904,000 | 3,121,500 |\n"
)

FIGURE_TEXTS = [
    pytest.param("The market was USD 5.2 billion in 2024.", ["USD 5.2 billion"], id="one"),
    pytest.param("It grows from $12 to $15 billion.", ["$12", "$15 billion"], id="from-to-is-two"),
    pytest.param("It is worth USD 1.2–1.5 billion.", ["USD 1.2–1.5 billion"], id="range-is-one"),
    pytest.param(
        "The market grew.\n\n## About Acme\n\nAcme has revenue of USD 40 million.",
        [],
        id="boilerplate-skipped",
    ),
    pytest.param(
        "Table 2. Gadget Spending (Millions of U.S. Dollars)\n"
        "2023 Spending | 2023 Growth (%) | 2024 Spending |\n"
        "Phones | 1,204 | -2.5 | 1,310 |\n"
        "Tablets | 880 | 3.0 | 905 |\n",
        ["1,204", "1,310", "880", "905"],
        id="caption-declares-the-money-rate-columns-are-not-money",
    ),
    pytest.param(
        "Prices and volumes\n\n| Item | 2023 | 2024 |\n|---|---|---|\n| Phones | 1,204 | 1,310 |\n",
        [],
        id="a-table-declaring-no-money-gives-none",
    ),
    pytest.param(
        "Gadget spending will total $3.12 trillion in 2024.\n\n" + SPENDING_TABLE,
        ["$3.12 trillion", "1,204,000", "1,310,500", "1,700,000", "1,811,000", "2,904,000"],
        id="a-total-restating-a-stated-figure-gives-the-table-its-money",
    ),
    pytest.param(
        "Gadget spending will total $3 trillion in 2024.\n\n" + SPENDING_TABLE,
        ["$3 trillion"],
        id="a-figure-of-one-digit-pins-no-table",
    ),
    pytest.param(
        "Gadget spending will total $4.50 trillion in 2024.\n\n" + SPENDING_TABLE,
        ["$4.50 trillion"],
        id="no-cell-restates-the-figure",
    ),
    pytest.param(
        "Gadget Revenue (USD Billion), By Region\n\nBy Region 2022 2023 Nordland 10.5 11.2 "
        "Sudmark 20.1 21.7 Ostvik 3.0 3.4\n",
        ["10.5", "11.2", "20.1", "21.7", "3.0", "3.4"],
        id="a-one-line-table-under-its-caption",
    ),
    pytest.param(
        "# Gadget Market Worth $ 81.88 billion By 2026\n\nThe gadget market will reach USD 81.",
        ["$ 81.88 billion"],
        id="an-amount-cut-with-its-teaser",
    ),
    pytest.param(
        "# Gadget Market Worth $ 81.88 billion By 2026\n\nA ticket costs USD 81.",
        ["$ 81.88 billion"],
        id="an-amount-cut-with-its-teaser-whatever-it-says",
    ),
    pytest.param(
        "# Gadget Market Worth $ 81.88 billion By 2026\n\nA ticket costs USD 81. Prices rise.",
        ["$ 81.88 billion", "USD 81"],
        id="an-amount-with-words-after-it-is-whole",
    ),
    pytest.param(
        "# Gadget Market\n\nIt was valued at USD8,231.36 million and will reach USD25,",
        ["USD8,231.36 million"],
        id="an-amount-cut-at-its-thousands-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_TEXTS)
def test_amounts_find_figures(text, expected):
    assert [f.money.text for f in amounts.find_figures(annotated(text))] == expected


def test_a_restating_total_keeps_the_table_in_the_figures_currency_and_smaller_scale():
    text = "Gadget spending will total $3.12 trillion in 2024.\n\n" + SPENDING_TABLE
    table = amounts.find_figures(annotated(text))[1:]
    assert {(f.money.currency, f.money.unit, f.money.multiplier) for f in table} == {
        ("USD", "million", 10**6)
    }


GROWTH_TEXTS = [
    pytest.param("It grows at a CAGR of 8.2% to 2032.", ["8.2"], id="cagr-of"),
    pytest.param("It grows 6% annually.", ["6"], id="annually"),
    pytest.param("Asia held a 32% share of the market.", [], id="share-is-not-growth"),
    pytest.param("Prices rose 4% last year.", [], id="one-off-change"),
    pytest.param(
        "| Segment | CAGR 2025-2030 |\n|---|---|\n| Hardware | 7.5% |\n",
        ["7.5"],
        id="table-column-says-cagr",
    ),
    pytest.param("It will shrink at a CAGR of -3.5% to 2030.", ["-3.5"], id="a-minus-sign"),
    pytest.param("It is declining at a CAGR of 7.9% to 2030.", ["-7.9"], id="a-decline-in-words"),
    pytest.param(
        "Table 2. Gadget Spending (Millions of U.S. Dollars)\n"
        "2023 Spending | 2023 Growth (%) | 2024 Spending | 2024 Growth (%) |\n"
        "Phones | 1,204 | -2.5 | 1,310 | 8.8 |\n",
        ["-2.5", "8.8"],
        id="one-year-growth-columns",
    ),
    pytest.param(
        "| Segment | 2024 Share (%) |\n|---|---|\n| Phones | 35.0 |\n",
        [],
        id="a-share-column-is-not-growth",
    ),
]


ONE_YEAR_CHANGES = [
    pytest.param(
        "Gadget spending will reach $4.7 trillion in 2024, witnessing 5.3 percent growth "
        "this year.",
        2024,
        id="this-year-is-the-sentences-year",
    ),
    pytest.param(
        "Gadget spending reached $4.4 trillion in 2023, up 3.1% in the previous year.",
        2022,
        id="the-previous-year-counts-back-from-it",
    ),
    pytest.param(
        "Gadget spending will grow 5.3% this year.", None, id="this-year-with-no-year-said"
    ),
    pytest.param(
        "Budgets recover in 2024. India will witness a 9.5 percent growth in gadget spend this "
        "year.",
        2024,
        id="subject-and-this-year-after-the-change-year-earlier-in-the-paragraph",
    ),
    pytest.param(
        "Gadget spending will grow 3.1% from last year.",
        None,
        id="last-year-counts-from-publication-which-is-unknown",
    ),
    pytest.param(
        "Analysts project a 4.2% growth in gadget spending by 2026.",
        2026,
        id="the-year-after-the-subject-that-follows",
    ),
    pytest.param(
        "Analysts project a 4.2% growth in gadget exports by 2026.",
        None,
        id="the-subject-after-is-no-market",
    ),
    pytest.param(
        "Gadget spending will reach $4.7 trillion in 2024, a boost from the 2.9% measured the "
        "previous year.",
        2023,
        id="a-change-it-is-compared-with",
    ),
    pytest.param(
        "Gadget spending will reach $4.7 trillion in 2024, up from 35% the previous year.",
        2023,
        id="up-from-a-rate-the-previous-year",
    ),
    pytest.param(
        "Gadget spending will reach $4.7 trillion in 2024. It is a rise from the 2.9 percent "
        "growth in 2023.",
        2023,
        id="the-subject-of-the-sentence-before",
    ),
    pytest.param(
        "Gadget prices will ease in 2024. It is a rise from the 2.9 percent growth in 2023.",
        None,
        id="the-sentence-before-is-no-market",
    ),
]


@pytest.mark.parametrize(("text", "year"), ONE_YEAR_CHANGES)
def test_one_year_change_year(text, year):
    found = [g.one_year for g in amounts.find_growth(annotated(text))]
    assert found == ([year] if year is not None else [])


# A sentence about growth itself, giving the rate of two years: (rate, its year) each.
GROWTH_PATHS = [
    pytest.param(
        "Annual growth in gadget spending will slow from 6.1% in 2023 to 4.8% in 2027.",
        [("6.1", 2023), ("4.8", 2027)],
        id="annual-growth-slows",
    ),
    pytest.param(
        "Growth will pick up through the forecast period, from 2.5 percent in 2025 to 3.9 "
        "percent in 2029.",
        [("2.5", 2025), ("3.9", 2029)],
        id="growth-picks-up-with-words-between",
    ),
    pytest.param(
        "Annual growth of gadget prices will ease from 4% in 2024 to 2% in 2025.",
        [],
        id="prices-are-not-a-market",
    ),
    pytest.param(
        "Growth will rise from 3% to 5% as buyers return.",
        [],
        id="no-year-said-for-either-end",
    ),
    pytest.param(
        "The gadget market will move from 3% in 2024 to 5% in 2026.",
        [],
        id="the-subject-is-not-growth",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROWTH_PATHS)
def test_growth_path_gives_each_years_rate(text, expected):
    found = amounts.find_growth(annotated(text))
    assert [(str(g.percent.value), g.one_year) for g in found] == expected


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("a CAGR of -3.5%", ["-3.5"], id="minus"),
        pytest.param("a CAGR of − 2.5%", ["-2.5"], id="unicode-minus-and-space"),
        pytest.param("prices moved 5-7% in 2024", ["5"], id="a-dash-between-numbers-is-a-range"),
        pytest.param("year-on-year 4% growth", ["4"], id="a-hyphen-in-words"),
    ],
)
def test_percent_sign(text, values):
    assert [str(p.value) for p in nlp.find_percents(text)] == values


@pytest.mark.parametrize(("text", "expected"), GROWTH_TEXTS)
def test_amounts_find_growth(text, expected):
    assert [str(g.percent.value) for g in amounts.find_growth(annotated(text))] == expected


# --------------------------------------------------------------------------
# market: name, region, publisher, distributor, forecast period
# --------------------------------------------------------------------------

MARKETS = [
    pytest.param(
        "# Report\n\nThe global widget market was valued at USD 5 billion in 2024.",
        ("widget", "Global"),
        id="from-the-figure-sentence",
    ),
    pytest.param(
        "# Report\n\nThe Worldwide Sound Recognition market is worth USD 5 billion in 2024.",
        ("Sound Recognition", "Global"),
        id="worldwide-is-the-region-not-the-name",
    ),
    pytest.param(
        "# Report\n\nThe Sound Recognition market is worth USD 5 billion in 2024. Demand in "
        "the global sound recognition market comes from homes.",
        ("Sound Recognition", "Global"),
        id="region-from-a-later-mention-of-the-same-market",
    ),
    pytest.param(
        "# Report\n\nThe Sound Recognition market is worth USD 5 billion in 2024. The Asia "
        "Pacific sound recognition market will grow fastest.",
        ("Sound Recognition", None),
        id="a-narrower-region-said-later-is-a-part-of-the-market",
    ),
    pytest.param(
        "# Report\n\nThe Sound Recognition (SR) market is worth USD 5 billion in 2024. The "
        "report studies the global sound recognition market trend.",
        ("Sound Recognition (SR)", "Global"),
        id="a-later-mention-without-the-names-alias",
    ),
    pytest.param(
        "# Report\n\nThe global market for electric vehicle (EV) batteries is expected to "
        "reach $250bn by 2030.",
        ("electric vehicle (EV) batteries", "Global"),
        id="an-alias-inside-a-name-after-the-noun",
    ),
    pytest.param(
        '# Report\n\nThe Widget market is worth USD 5 billion in 2024, says the report "Widget '
        'Market by Type - Global Forecast to 2030".',
        ("Widget", "Global"),
        id="region-from-a-report-title-scope",
    ),
    pytest.param(
        "# Report\n\nThe Widget market is worth USD 5 billion in 2024. Gadget makers in Europe "
        "grew.",
        ("Widget", None),
        id="a-region-said-of-something-else-is-not-the-markets",
    ),
    pytest.param(
        "# Acme Releases Widget Industry Report, Spotlighting Market Growth\n\nIt is out.",
        ("Widget", None),
        id="a-presentation-verb-is-no-name-industry-names-the-market",
    ),
    pytest.param(
        "# Widget Market Report\n\nFalling prices challenge producers and stock market "
        "volatility worries investors. Sales were USD 5 billion in 2024.",
        ("Widget", None),
        id="stock-market-is-no-product-market",
    ),
    pytest.param(
        "# Widget Market Report\n\nIt is a highly competitive market worth USD 5 billion.",
        ("Widget", None),
        id="adjectives-alone-are-no-name",
    ),
    pytest.param(
        "# Widget Market Report\n\nEurope is the second largest market, worth USD 5 billion.",
        ("Widget", None),
        id="a-rank-is-no-name",
    ),
    pytest.param(
        "# Widget Market Report\n\nIt helps the firm provide comprehensive market "
        "intelligence to clients.",
        ("Widget", None),
        id="a-verb-and-an-adjective-are-no-name",
    ),
    pytest.param(
        "Worldwide gadget spending is projected to total $5.1 trillion in 2024. Prices in the "
        "phones market fell 4% in 2023.",
        ("gadget spending", "Global"),
        id="the-leads-spending-beats-a-later-market",
    ),
    pytest.param(
        "# Report\n\nThe global AI market in healthcare sector will grow by USD 5 billion.",
        ("AI in healthcare sector", "Global"),
        id="the-field-after-the-noun-belongs-to-the-name",
    ),
    pytest.param(
        "# Report\n\nOur updated global tech market outlook sees USD 5 trillion in 2024.",
        ("tech", "Global"),
        id="a-leading-qualifier-is-dropped",
    ),
    pytest.param(
        "# Report\n\nAccording to a new report titled Gadget Market published by Acme "
        "Research, the Electric Gadget market is expected to reach $5 billion by 2028.",
        ("Electric Gadget", None),
        id="the-market-after-a-report-title-in-the-sentence",
    ),
    pytest.param(
        "# Gadget Lending Market to Hit $795 Billion by 2029\n\nThe peer-to-peer lending "
        "market is projected to surpass US$705.81 billion by 2030. Overall the gadget lending "
        "platforms market will reach $795 billion by 2029.",
        ("gadget lending platforms", None),
        id="a-title-with-a-figure-says-which-market",
    ),
    pytest.param(
        "# Gadget Lending Market Report\n\nThe peer-to-peer lending market is projected to "
        "surpass US$705.81 billion by 2030. Overall the gadget lending platforms market will "
        "reach $795 billion by 2029.",
        ("peer-to-peer lending", None),
        id="a-title-without-a-figure-leaves-the-first-figure-sentence",
    ),
    pytest.param(
        "---\ntitle: Widget Market To Reach USD 9 Billion\nexcerpt: Acme Market The report "
        "covers trends.\n---\n",
        ("Widget", None),
        id="the-title-before-a-sentence-without-figures",
    ),
    pytest.param(
        "# North America Widget Market Report\n\nDemand is rising.",
        ("North America Widget", "North America"),
        id="from-the-title",
    ),
    pytest.param(
        "# Artificial Intelligence (AI) in Healthcare Market Worth $20 Billion\n\nDemand grows.",
        ("Artificial Intelligence (AI) in Healthcare", None),
        id="alias-and-in-inside-a-title-case-name",
    ),
    pytest.param(
        "# Widget Market Report\n\nThe new market is worth USD 7 billion in 2024.",
        ("Widget", None),
        id="a-qualifier-is-no-name",
    ),
    pytest.param(
        "# Widget Market Report\n\nA table row | USD 83.02 Billion | market holds 5%.",
        ("Widget", None),
        id="a-table-row-is-no-name",
    ),
    pytest.param(
        "# Report\n\nThe growth in Europe widget market adds USD 7 billion.",
        ("Europe widget", "Europe"),
        id="in-joins-only-capitalised-words",
    ),
    pytest.param(
        "# Outlook\n\nWorldwide IT spending is expected to total $5.1 trillion in 2024.",
        ("IT spending", "Global"),
        id="spending-names-a-market-where-market-is-never-said",
    ),
    pytest.param(
        "# Report\n\nAcme released a new market research report titled EV Battery Market, "
        "worth USD 5 billion.",
        ("EV Battery", None),
        id="a-report-title-ends-at-titled",
    ),
    pytest.param(
        "# Report\n\nForrester’s widget market outlook sees USD 5 billion in 2024.",
        ("widget", None),
        id="an-owner-is-not-part-of-the-name",
    ),
    pytest.param(
        "# Report\n\nThe key market reached USD 5 billion in 2024.",
        None,
        id="a-key-market-names-nothing",
    ),
    pytest.param(
        "# Report\n\nThe global market for brain tumor treatments will reach USD 7 billion.",
        ("brain tumor treatments", "Global"),
        id="english-market-for-after-a-region-word",
    ),
    pytest.param(
        "# Widget Market Report\n\nThe market for the next decade holds USD 7 billion.",
        ("Widget", None),
        id="english-market-for-alone-names-nothing",
    ),
    pytest.param(
        "# Bericht\n\nDer deutsche Markt für Wärmepumpen wurde auf 4,1 Mrd. EUR geschätzt.",
        ("Wärmepumpen", "Germany"),
        id="german-name-after-the-noun",
    ),
    pytest.param(
        "# Rapport\n\nLe marché français des protéines végétales était évalué à 12,4 "
        "milliards USD.",
        ("protéines végétales", "France"),
        id="french-adjective-between",
    ),
    pytest.param(
        "# Report\n\nOakhurst Market Analytics says the widget market was USD 5 billion in 2024.",
        ("widget", None),
        id="firm-market-word-skipped",
    ),
    pytest.param(
        "Analysts see 4.1% growth in robotics spending by 2026.\n\nIn 2026 total global "
        "robotics spending will reach $92 billion.\n\nOne analyst said AI will drive the "
        "tech market.",
        ("robotics spending", "Global"),
        id="what-a-figure-is-said-of-beats-a-market-said-in-passing",
    ),
    pytest.param(
        "Worldwide revenues for industrial robotics (IR) products and services are forecast "
        "to reach $92 billion in 2026.\n\nThe Worldwide Robot Spending Guide covers them.",
        ("industrial robotics (IR) products and services", "Global"),
        id="revenues-for-in-a-lead-without-market",
    ),
    pytest.param(
        "Spending will reach $92 billion, says the Worldwide Robot Spending Guide.",
        None,
        id="a-spending-guide-names-no-market",
    ),
    pytest.param(
        "# Gadget Care Market Trends by 2025\n\nIndia s gadget care market is estimated to "
        "grow at a CAGR of 12 4 during the forecast period",
        ("India s gadget care", "India"),
        id="a-cagr-named-with-an-unreadable-number-still-states-growth",
    ),
    pytest.param(
        "Key facts: • Private robot fleets spend to reach $9 billion by 2030 • Vans lead",
        ("Private robot fleets spend", None),
        id="a-name-starts-after-an-inline-bullet",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKETS)
def test_market_name_and_region(text, expected):
    a = annotated(text)
    found = market.find_market(a, a.document.title)
    assert ((found.name, found.region) if found is not None else None) == expected


PUBLISHERS = [
    pytest.param(
        "# R\n\nText.\n\n## About Acme Insights\n\nWe research.", "Acme Insights", id="about"
    ),
    pytest.param(
        "# R\n\nText.\n\nZeta Research is a market research firm based in Pune.",
        "Zeta Research",
        id="self-description",
    ),
    pytest.param(
        "# R\n\nA new report published by Orion Analytics shows growth.",
        "Orion Analytics",
        id="published-by",
    ),
    pytest.param("# R\n\nThe market grows.", None, id="none"),
    pytest.param(
        "# Widget Market Worth $4.4 Billion By 2025 | CAGR: 7.5%: Grand View Research, Inc.\n\n"
        "Demand grows.",
        "Grand View Research",
        id="title-tail-credit",
    ),
    pytest.param(
        "# Global Widget Market 2019-2023 | 32% CAGR Through 2023 | Technavio\n\nText.",
        "Technavio",
        id="title-tail-without-firm-word",
    ),
    pytest.param(
        "# STL Partners Forecasts 62% Annual Growth in Widget Spending\n\nText.",
        "STL Partners",
        id="title-lead-credit-verb",
    ),
    pytest.param(
        "# Every Drop Counted: Europe Widget Market Report\n\nText.", None, id="colon-is-no-credit"
    ),
    pytest.param(
        "# Global Artificial Intelligence (AI) Market in Banking\n\nText.",
        None,
        id="a-technology-is-no-firm",
    ),
    pytest.param(
        "# R\n\nAccording to Mordor Intelligence, the market was USD 5 billion in 2024.",
        "Mordor Intelligence",
        id="according-to",
    ),
    pytest.param(
        "# R\n\nWorldwide widget spending will total $5 trillion in 2024, Gartner said.",
        "Gartner",
        id="reporting-verb",
    ),
    pytest.param(
        "# R\n\nForrester, a global research and advisory firm, expects growth.",
        "Forrester",
        id="appositive",
    ),
    pytest.param(
        "# R\n\nA recent Allied Market Research report projects USD 2 trillion by 2033.",
        "Allied Market Research",
        id="firm-before-its-report",
    ),
    pytest.param(
        "# Bericht\n\nLaut einer Studie der Unternehmensberatung Roland Berger wächst der Markt "
        "auf 2,2 Billionen Euro.",
        "Roland Berger",
        id="firm-kind-dropped",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5 billion in 2024 (BioMedWire).",
        None,
        id="wire-brand-is-no-publisher",
    ),
    pytest.param(
        "# R\n\nGadget Industry Reports (GIR) has published a new report on the widget "
        "market, valued at USD 5 billion in 2024.",
        "Gadget Industry Reports",
        id="a-generic-sounding-firm-introduced-with-its-initials",
    ),
    pytest.param(
        "# R\n\nGadget Industry Reports (2024) says the widget market was USD 5 billion.",
        None,
        id="generic-words-without-initials-name-no-firm",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5.2 billion in 2024. Earlier estimates had put the "
        "2024 market at USD 5.0 billion.",
        None,
        id="a-plural-noun-after-an-adverb-is-no-firm-and-verb",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5.2 billion in 2024, Zeta Analytics estimates.",
        "Zeta Analytics",
        id="a-firm-and-its-verb",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5.2 billion in 2024, says Quarry Insights.",
        "Quarry Insights",
        id="the-verb-then-the-firm",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5.2 billion in 2024, said Mike Dorsey.",
        None,
        id="the-verb-then-a-person",
    ),
    pytest.param(
        "# Halloway Reports Record Q4\n\nHalloway said the widget market will reach USD 9.8 "
        "billion by 2032, citing Orion Insights data.",
        "Orion Insights",
        id="a-company-title-that-reports-is-no-credit",
    ),
    pytest.param(
        "# Orion Partners Forecasts 62% Growth in Widget Spending\n\nWidget spending will "
        "reach USD 21 billion by 2030.",
        "Orion Partners",
        id="a-title-credit-that-states-a-figure",
    ),
    pytest.param(
        "# R\n\nThe widget market was valued at USD 5.2 billion in 2024. According to Mercy "
        "General Hospital, 40% of patients now use a widget at home.",
        None,
        id="a-hospital-quoted-for-a-figure",
    ),
    pytest.param(
        "# R\n\nThe widget market was valued at USD 5.2 billion in 2024. A study by Northfield "
        "University found that 40% of households own a widget.",
        None,
        id="a-universitys-study",
    ),
    pytest.param(
        "# R\n\nThe widget market was valued at USD 5.2 billion in 2024, according to the U.S. "
        "Department of Commerce.",
        None,
        id="a-government-department",
    ),
    pytest.param(
        "# R\n\nSelon Orion Research, le marché français des widgets atteindra 9,8 milliards "
        "d'euros en 2032.",
        "Orion Research",
        id="an-attribution-opening-a-french-sentence",
    ),
    pytest.param(
        "# R\n\nSegún Orion Research, el mercado español de widgets alcanzará 9.800 millones de "
        "euros en 2032.",
        "Orion Research",
        id="an-attribution-opening-a-spanish-sentence",
    ),
    pytest.param(
        "# R\n\nAccording to the Widget Makers Association, the US hosts 1,200 plants. The "
        "widget market was USD 5.2 billion in 2024.",
        None,
        id="an-association-cited-for-no-figure",
    ),
    pytest.param(
        "# R\n\nThe widget market is fragmented, according to Orionvale. The widget market "
        "was USD 5.2 billion in 2024.",
        "Orionvale",
        id="a-firm-cited-for-no-figure-still-counts",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5.2 billion in 2024.\n\nPublished by: Orion Reports\n",
        "Orion Reports",
        id="published-by-with-a-colon",
    ),
    pytest.param(
        "# R\n\nThe widget market was USD 5.2 billion in 2024, as per the latest study from "
        "Orion Consulting Services (OCS).",
        "Orion Consulting Services",
        id="a-firm-word-then-services",
    ),
    pytest.param(
        "# R\n\nWidget revenues will reach $9 billion in 2026, according to the new Worldwide "
        "Widget Spending Guide: Vertical from Orion Data Corporation (ODC). ODC expects growth. "
        "ODC's analysts agree.",
        "ODC",
        id="a-firm-called-by-its-acronym",
    ),
    pytest.param(
        "# R\n\nWidget revenues will reach $9 billion in 2026, says Orion Data Corporation "
        "(ODC). Orion Data Corporation expects growth.",
        "Orion Data Corporation",
        id="an-acronym-only-introduced",
    ),
    pytest.param(
        "Smart Glass Market Report By Technology (Electrochromic, SPD, PDLC), By Region\n\n"
        "The smart glass market was USD 5.9 billion in 2024.",
        None,
        id="a-reports-dimension-is-no-author",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PUBLISHERS)
def test_market_publisher(text, expected):
    assert publisher.find_publisher(annotated(text)) == expected


# text, the release's market, the publisher
PUBLISHERS_WITH_MARKET = [
    pytest.param(
        "# Gadget Chip Market Intelligence Report 2031 | Key Players\n\nDemand grows.",
        "Gadget Chip",
        None,
        id="the-markets-word-then-market-intelligence-is-a-report-title",
    ),
    pytest.param(
        "# Gadget Market Report\n\nA new study published by Global Market Insights shows it.",
        "Gadget",
        "Global Market Insights",
        id="three-generic-words-can-be-a-firm",
    ),
    pytest.param(
        "# Gadget Market Report\n\nA new study published by Oakline Market Intelligence shows it.",
        "Gadget",
        "Oakline Market Intelligence",
        id="a-firm-with-its-own-word",
    ),
]


@pytest.mark.parametrize(("text", "market", "expected"), PUBLISHERS_WITH_MARKET)
def test_publisher_given_the_market(text, market, expected):
    assert publisher.find_publisher(annotated(text), market) == expected


DISTRIBUTORS = [
    pytest.param(
        "# R\n\nPUNE, India, March 3, 2025 /PRNewswire/ -- The widget market grows.",
        "PR Newswire",
        id="dateline",
    ),
    pytest.param(
        "# R\n\nThe widget market grows.\n\nSource: GLOBE NEWSWIRE", "GlobeNewswire", id="credit"
    ),
    pytest.param(
        "---\ntitle: Widget Market\nprovider:\n  name: Example Wire\n---\n",
        "Example Wire",
        id="feed-provider",
    ),
    pytest.param("# R\n\nThe widget market grows.", None, id="none"),
    pytest.param(
        "# R\n\nBoca Raton, Florida (Examplewire.ai) Tuesday Nov 11, 2025 @ 7:00 AM — The "
        "widget market grows.",
        "Examplewire.ai",
        id="wire-in-brackets-before-the-date",
    ),
    pytest.param(
        "# R\n\nOur team (Acme Labs) met in Rome in 2025 and the widget market grew.",
        None,
        id="a-bracket-in-prose-is-no-dateline",
    ),
    pytest.param(
        "# R\n\nPUNE, India, March 4, 2025 /Corvane Analytics/ -- The widget market grows.",
        None,
        id="a-research-firm-in-its-own-dateline-issued-it",
    ),
    pytest.param(
        "# R\n\n29 August 2022 - 08:37 By Reuters\n\nThe widget market grows.",
        "Reuters",
        id="an-agency-byline",
    ),
    pytest.param(
        "# R\n\nThe widget market grows fast, the study says. (dpa/jW)",
        "dpa",
        id="an-agency-credit-at-the-end",
    ),
    pytest.param(
        "# R\n\nThe widget market grows, according to data cited by Reuters last year.",
        None,
        id="an-agency-cited-in-prose-carried-nothing",
    ),
    pytest.param(
        "---\ntitle: Widget Market\nprovider:\n  name: Mena FN\n---\n",
        "MENAFN",
        id="feed-provider-spelled-apart-is-the-known-wire",
    ),
    pytest.param(
        "# R\n\nIntro.\n\nMore.\n\nMore still.\n\nNEW YORK, Jan. 20, 2020 (GLOBE NEWSWIRE) -- "
        "The widget market grows.",
        "GlobeNewswire",
        id="dateline-in-brackets-anywhere",
    ),
    pytest.param(
        "# R\n\nSINGAPORE, October 7, 2024 /Acme-Wire/ -- The widget market grows.",
        "Acme-Wire",
        id="unknown-wire-in-a-dateline",
    ),
    pytest.param(
        "# R\n\nThe widget market grows.\n\nView source version on examplewire.com: https://x",
        "examplewire",
        id="source-version-credit",
    ),
    pytest.param(
        "# R\n\nThe widget market grows.\n\n## About SampleWire\n\nSampleWire is a "
        "communications platform.",
        "SampleWire",
        id="about-block-of-a-wire",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISTRIBUTORS)
def test_market_distributor(text, expected):
    assert publisher.find_distributor(annotated(text)) == expected


PERIODS = [
    pytest.param("# Widget Market Forecast 2025–2032\n\nText.", (2025, 2032), id="title"),
    pytest.param(
        "# Widget Market 2020-2024 Review\n\nOver the forecast period 2025-2031 it grows.",
        (2025, 2031),
        id="body-phrase-wins",
    ),
    pytest.param("# Widget Market\n\nIt grew from 2019 to 2023.", None, id="no-forecast-word"),
    pytest.param(
        "# Widget Market\n\nIt is poised to grow by US$165 billion during 2019-2023, "
        "progressing at a compound annual growth rate of almost 18% during the forecast period.",
        (2019, 2023),
        id="a-period-one-clause-before-the-forecast-phrase",
    ),
    pytest.param(
        "# Widget Market\n\nThe market grows. For more, read Acme's 2022-2026 TAM Forecasts.",
        (2022, 2026),
        id="a-forecasts-title-after-a-span",
    ),
    pytest.param(
        "# Widget Market\n\nHistorical Period: 2020 - 2024\nBase Year: 2024",
        None,
        id="a-label-on-the-next-line-is-no-title",
    ),
    pytest.param(
        "# Widget Market\n\nFrom 2019 to 2023 it is forecast to double.",
        None,
        id="the-verb-forecast-is-no-title",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_market_forecast_period(text, expected):
    a = annotated(text)
    found = market.find_forecast_period(a, a.document.title)
    got = (found.start_year, found.end_year) if found is not None else None
    assert got == expected


# text, the release's market, the forecast period found
TITLED_PERIODS = [
    pytest.param(
        '# News\n\nThe data come from a report, titled, "Gadget Market, 2021-2028." It says '
        "the market grows.",
        "gadget",
        (2021, 2028),
        id="the-period-of-a-report-on-the-releases-market",
    ),
    pytest.param(
        '# News\n\nThe data come from a report, titled, "Sprocket Market, 2021-2028." It says '
        "the market grows.",
        "gadget",
        None,
        id="another-markets-report-gives-no-period",
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), TITLED_PERIODS)
def test_forecast_period_from_a_quoted_report_title(text, name, expected):
    a = annotated(text)
    found = market.find_forecast_period(a, a.document.title, name)
    got = (found.start_year, found.end_year) if found is not None else None
    assert got == expected


# --------------------------------------------------------------------------
# segments, sections, companies
# --------------------------------------------------------------------------

SEGMENTS = [
    pytest.param(
        "Based on Source:\n\n- Mammalian\n- Non-mammalian\n",
        [("Source", ("Mammalian", "Non-mammalian"))],
        id="heading-and-list",
    ),
    pytest.param(
        "The report covers the market By Product (Hardware, Software, Services).",
        [("Product", ("Hardware", "Software", "Services"))],
        id="inline-brackets",
    ),
    pytest.param(
        "- By Type\n  - Alpha\n  - Beta\n", [("Type", ("Alpha", "Beta"))], id="nested-list"
    ),
    pytest.param("By Type: Alpha\n", [], id="one-value-is-not-a-segmentation"),
    pytest.param(
        "Report: By Component (Solution, Services), Technology (Speech, Vision), "
        "ByRegion (Europe, Asia).",
        [
            ("Component", ("Solution", "Services")),
            ("Technology", ("Speech", "Vision")),
            ("Region", ("Europe", "Asia")),
        ],
        id="chain-without-by-and-run-together",
    ),
    pytest.param(
        'A new report titled "Widget Market By Application (Warfare, Logistics, Training,"',
        [("Application", ("Warfare", "Logistics", "Training"))],
        id="bracket-cut-at-the-end",
    ),
    pytest.param(
        "| Segment | Sub-segments |\n|---|---|\n| By Type | Pumps, Valves, Seals |\n"
        "| By Application | Homes, Offices |\n| Base year | 2024 |\n",
        [("Type", ("Pumps", "Valves", "Seals")), ("Application", ("Homes", "Offices"))],
        id="a-report-tables-by-rows",
    ),
    pytest.param(
        'The "Widget Market by Type (Pumps, Valves), Application, End User (Utilities,',
        [("Type", ("Pumps", "Valves")), ("End User", ("Utilities",))],
        id="one-whole-value-before-the-cut",
    ),
    pytest.param(
        "Widget Market Insights by Mode (Store & Forward and… [+9120 chars]",
        [("Mode", ("Store & Forward",))],
        id="cut-after-and-with-a-feed-marker",
    ),
    pytest.param(
        "Widget Market by Application (Warfare, Logistics, Trai",
        [("Application", ("Warfare", "Logistics"))],
        id="a-piece-cut-mid-word-is-dropped",
    ),
    pytest.param(
        "Widget Market by Application (Trai",
        [],
        id="nothing-whole-before-the-cut",
    ),
    pytest.param(
        "Sales of widgets rose, End User (Utilities,",
        [],
        id="a-cut-bracket-outside-a-market-by-title",
    ),
    pytest.param(
        "Spending will be led by financial services (banking, insurance, and brokerage) "
        "and manufacturing.",
        [],
        id="led-by-names-an-agent-not-a-dimension",
    ),
    pytest.param(
        "Based on components, the market is classified into sensors, memory devices, and "
        "others. By applications, it is divided into government and automotive.",
        [
            ("components", ("sensors", "memory devices", "others")),
            ("applications", ("government", "automotive")),
        ],
        id="told-in-sentences",
    ),
    pytest.param(
        "Gadget Market By Application, 2021-2031, (USD Million)\nHomes\nOffices\nFactories\n",
        [("Application", ("Homes", "Offices", "Factories"))],
        id="caption-over-values-one-per-line",
    ),
    pytest.param(
        "<p><b>Gadget Market, by End User (2024)</b></p><p>Homes</p><p>Offices</p>"
        "<p>Farms</p><p>The market grows.</p>",
        [("End User", ("Homes", "Offices", "Farms"))],
        id="caption-over-one-paragraph-per-value",
    ),
    pytest.param(
        "A new study sizes the market by coverage, animal and channel.\n\n"
        "Toronto, May 4, 2025, Acme, Inc.\n",
        [],
        id="a-sentence-naming-dimensions-is-no-caption",
    ),
    pytest.param(
        "The market is segmented by component into hardware, software and services, by end "
        "user into homes and offices, and by region.",
        [
            ("component", ("hardware", "software", "services")),
            ("end user", ("homes", "offices")),
        ],
        id="run-on-segmentation-sentence",
    ),
    pytest.param(
        "By 2030 the market will split into two camps, and sales will be divided by half.",
        [],
        id="into-without-a-dimension-is-no-segmentation",
    ),
    pytest.param(
        'Acme published "Gadget Market by Component, Deployment Mode, Application (Speech '
        "Analysis and Text Tagging), Vertical (Retail and Consumer Goods, and Banking), and "
        'Region - Global Forecast to 2030".',
        [
            ("Application", ("Speech Analysis", "Text Tagging")),
            ("Vertical", ("Retail and Consumer Goods", "Banking")),
        ],
        id="report-title-dimensions-with-bracketed-values",
    ),
    pytest.param(
        "Gadget Market Insights by Type (Devices [Sensors and Hubs] and Services [Setup, "
        "Repair, and Others]), Region (Europe, Asia).",
        [("Type", ("Devices", "Services")), ("Region", ("Europe", "Asia"))],
        id="sub-segments-in-square-brackets-are-not-values",
    ),
    pytest.param(
        "Gadget Market by Type. Our partner Acme (Berlin and Paris) sells them.",
        [],
        id="brackets-after-the-title-sentence-are-no-dimension",
    ),
    pytest.param(
        "The report covers the three gadget categories of Phones, Tablets and Watches.",
        [("category", ("Phones", "Tablets", "Watches"))],
        id="a-counted-enumeration",
    ),
    pytest.param(
        "Gadgets come in 2 types: wired and wireless.",
        [("type", ("wired", "wireless"))],
        id="a-counted-enumeration-in-digits",
    ),
    pytest.param(
        "The report covers the four gadget categories of Phones, Tablets and Watches.",
        [],
        id="a-count-that-the-values-do-not-match",
    ),
    pytest.param(
        "The report segments the market by component (hardware, software), deployment "
        "(cloud, on-premises), and end user (BFSI, retail).",
        [
            ("component", ("hardware", "software")),
            ("deployment", ("cloud", "on-premises")),
            ("end user", ("BFSI", "retail")),
        ],
        id="a-chain-of-lower-case-dimensions",
    ),
    pytest.param(
        "Segmentation:\nComponent: Hardware, Software, Services\nDeployment: Cloud, On-premises",
        [
            ("Component", ("Hardware", "Software", "Services")),
            ("Deployment", ("Cloud", "On-premises")),
        ],
        id="label-lines-under-a-segmentation-heading",
    ),
    pytest.param(
        "Segmentation:\nCompanies profiled: Acme Corp, Beta Ltd",
        [],
        id="players-under-a-segmentation-heading-are-no-segment",
    ),
    pytest.param(
        "Outlook:\nComponent: Hardware, Software, Services",
        [],
        id="label-lines-under-another-heading-are-no-segment",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS)
def test_segments(text, expected):
    found = segments.find_segments(annotated("# Widget Market\n\n" + text))
    assert [(s.dimension, s.values) for s in found] == expected


SPLITS = [
    ("A, B and C", ["A", "B", "C"]),
    ("A; B, with C; D", ["A", "B, with C", "D"]),
    # "and" splits only the last of several values: "Bell and Howell" may be one name
    ("Hardware and Software", ["Hardware and Software"]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_values(text, expected):
    assert segments.split_values(text) == expected


SECTION_HEADINGS = [
    ("Market Drivers", "drivers"),
    ("3. Key Growth Drivers:", "drivers"),
    ("Restraints and Challenges", "challenges"),
    ("Future Outlook", "outlook"),
    ("Emerging Trends", "trends"),
    ("Key Players", None),
    ("Reasons for Growth", "drivers"),
    ("Key Reasons Behind the Market's Growth", "drivers"),
    ("Growth Catalysts", "drivers"),
    ("Reasons for Optimism", None),
    ("Major Trends/Growth Factors in Widgets", "trends"),
    ("Regional Outlook Europe is strong and growing fast in every segment", None),
]


@pytest.mark.parametrize(("heading", "key"), SECTION_HEADINGS)
def test_section_of(heading, key):
    assert sections.section_of(heading) == key


def test_sections_stop_at_a_key_player_subheading():
    text = "# W\n\n## Market Drivers\n\n- Demand\n- Cost\n\n### Key Players\n\n- Lonza\n"
    assert sections.find_sections(annotated(text)) == {"drivers": ["Demand", "Cost"]}


COMPANIES = [
    pytest.param(
        "Demand is rising. Acme Widgets, Inc., for instance, is building a second plant.",
        ["Acme Widgets, Inc."],
        id="example-firm-with-legal-form",
    ),
    pytest.param(
        "For example, Beta Tools GmbH launched a widget line in 2024.",
        ["Beta Tools GmbH"],
        id="for-example-firm-with-legal-form",
    ),
    pytest.param(
        "For instance, Widgetron launched a faster widget in 2024.",
        [],
        id="example-without-legal-form-may-be-a-product",
    ),
    pytest.param(
        "Acme Widgets, Inc. reported higher revenue this year.",
        [],
        id="a-firm-in-passing-is-no-example",
    ),
    pytest.param(
        "Sales grew fast at the top OEMs. For instance, Gizmo, Sprockit, and Kogwerk Motors "
        "raised their revenues by 40%, 20% and 10%.",
        ["Gizmo", "Sprockit", "Kogwerk Motors"],
        id="examples-of-the-players-a-sentence-named",
    ),
    pytest.param(
        "Sales grew fast this year. For instance, Gizmo, Sprockit, and Kogwerk Motors "
        "raised their revenues by 40%, 20% and 10%.",
        [],
        id="examples-with-no-players-named-before",
    ),
    pytest.param(
        "Demand rose at the largest companies. For example, Germany, France and Italy "
        "bought more widgets.",
        [],
        id="examples-that-are-regions",
    ),
    pytest.param(
        "Demand rose at the largest companies. For example, Gizmo and Sprockit grew.",
        [],
        id="two-examples-are-too-few",
    ),
    pytest.param(
        "## Key Players\n\n- Lonza\n- Catalent, Inc\n", ["Lonza", "Catalent, Inc"], id="list"
    ),
    pytest.param(
        "Key players include Lonza, Catalent and Samsung Biologics.",
        ["Lonza", "Catalent", "Samsung Biologics"],
        id="prose",
    ),
    pytest.param(
        "## Competitive Landscape\n\n| Company | HQ |\n|---|---|\n"
        "| Lonza | CH |\n| Catalent | US |\n",
        ["Lonza", "Catalent"],
        id="table",
    ),
    pytest.param(
        "Key players, including Cargill Inc., Kerry Group, and Puratos, are expanding.",
        ["Cargill Inc.", "Kerry Group", "Puratos"],
        id="comma-before-including",
    ),
    pytest.param(
        "Chemours, Daikin, Solvay and Dongyue jointly accounted for over 70% of the market "
        "share in 2014.",
        ["Chemours", "Daikin", "Solvay", "Dongyue"],
        id="names-holding-a-share",
    ),
    pytest.param(
        "Investors can gain exposure through miners such as Andes Lithium (OTCQX: ANDL), "
        "Albemarle (NYSE: ALB) and Arcadia Lithium (NYSE: ALTM).",
        ["Andes Lithium", "Albemarle", "Arcadia Lithium"],
        id="listed-companies-with-tickers",
    ),
    pytest.param(
        "Acme Devices Inc. (TSXV: ACME) received new orders for its pump.",
        [],
        id="one-listed-issuer-is-not-a-player-list",
    ),
    pytest.param(
        "Chemours, Daikin and Solvay reported higher sales in 2014.",
        [],
        id="names-without-a-share-are-not-players",
    ),
    pytest.param(
        "Key players include Lonza, Catalent and FDA.",
        ["Lonza", "Catalent"],
        id="regulator-dropped",
    ),
    pytest.param(
        "Pelican Motors Corp. (NASDAQ: PLCN) converts vans to electric drive.\n\n"
        "It raised $5 million.\n\nOrcas Auto Ltd. (NYSE: ORCA) builds electric buses.",
        ["Pelican Motors Corp.", "Orcas Auto Ltd."],
        id="listed-firms-opening-paragraphs",
    ),
    pytest.param(
        "Pelican Motors Corp. (NASDAQ: PLCN) builds vans. It signed a deal with "
        "Gull Pharmacy Group (ASX: GULL) last month.",
        [],
        id="issuer-and-partner-named-in-passing",
    ),
    pytest.param(
        "The competitive landscape features Zentra Corp, Halloway GmbH, and Quibb Inc., "
        "among others.",
        ["Zentra Corp", "Halloway GmbH", "Quibb Inc."],
        id="the-competitive-landscape-features",
    ),
    pytest.param(
        "The market includes Zentra Corp, Halloway GmbH and Quibb Inc. products.",
        [],
        id="the-market-includes-is-no-player-list",
    ),
    pytest.param(
        "Key players include Zentra Corp (US), Halloway GmbH (Germany) and Quibb Inc. (Japan).",
        ["Zentra Corp", "Halloway GmbH", "Quibb Inc."],
        id="a-place-in-brackets-before-the-full-stop",
    ),
    pytest.param(
        "Zentra, Halloway, and emerging players like Quibb are setting the pace for delivery.",
        ["Zentra", "Halloway", "Quibb"],
        id="names-coordinated-with-players-like",
    ),
    pytest.param(
        "Germany, France, and other markets like Italy are growing.",
        [],
        id="regions-coordinated-with-markets-like",
    ),
    pytest.param(
        "Germany, Zentra, and other players like Quibb are growing.",
        [],
        id="a-region-among-coordinated-names",
    ),
    pytest.param(
        "Fantasy games are booming, with one of the biggest platforms, Gamma League, "
        "drawing 9 million users.",
        ["Gamma League"],
        id="apposition-to-one-of-the-biggest",
    ),
    pytest.param(
        "Exports rose, with one of the leading suppliers, Germany, shipping more.",
        [],
        id="apposition-that-is-a-region",
    ),
    pytest.param(
        "Several major players battle for the space. Orbis (NASDAQ: ORB) is the biggest entrant.",
        ["Orbis"],
        id="listed-firm-after-a-sentence-about-players",
    ),
    pytest.param(
        "Several major players battle for the space. Orbis (NASDAQ: ORB) founder Jane Roe "
        "was upbeat.",
        [],
        id="listed-firm-that-only-names-a-persons-employer",
    ),
    pytest.param(
        "Orbis (NASDAQ: ORB) chief Jane Roe was upbeat. Pelican Motors Corp. "
        "(NASDAQ: PLCN) builds vans.",
        [],
        id="one-listed-subject-and-one-employer-are-no-list",
    ),
    pytest.param(
        "Pelican Motors Reaffirms Its Position As A Key Player In The Van Market\n\n"
        "Last year was big for van maker Pelican Motors Inc. (TSXV: PLCN).",
        ["Pelican Motors Inc."],
        id="listed-firm-the-title-calls-a-key-player",
    ),
    pytest.param(
        "Vans sell well.\n\nPelican Motors Inc. (TSXV: PLCN) is a leading provider of vans.",
        [],
        id="a-leading-provider-is-how-a-firm-sells-itself",
    ),
    pytest.param(
        "Vans sell well.\n\n## About Pelican Motors\n\nPelican Motors Inc. (TSXV: PLCN) is a "
        "leading player in the van market.",
        [],
        id="a-claim-in-an-about-block",
    ),
    pytest.param(
        "Demand from companies rose. Orbis (NASDAQ: ORB) launched a van.",
        [],
        id="a-listed-firm-after-companies-is-no-rival",
    ),
    pytest.param(
        "Pelican Motors Is A Leading Player In Vans\n\nPelican Motors builds vans.",
        [],
        id="player-claim-without-a-ticker",
    ),
    pytest.param(
        "A handful of large players hold most of the market. These include Halvard "
        "Foods Incorporated, Mirren Flavours Corporation, and Oaken Group, among others.",
        ["Halvard Foods Incorporated", "Mirren Flavours Corporation", "Oaken Group"],
        id="these-include-after-players",
    ),
    pytest.param(
        "Demand rose sharply in 2023. These include pipes, cables and insulation.",
        [],
        id="these-include-without-players-before",
    ),
    pytest.param(
        "Builders use it for pipes.Brixton Polymers, Velden Chemie AG, Norland Plastics "
        "Corporation (NPC) and Corvel S.A.Pipes, Profiles, Insulation.",
        [
            "Brixton Polymers",
            "Velden Chemie AG",
            "Norland Plastics Corporation (NPC)",
            "Corvel S.A.",
        ],
        id="bare-suffixed-names-glued-to-prose",
    ),
    pytest.param(
        "Velden Chemie AG and Corvel S.A. agreed to merge.",
        [],
        id="two-firms-in-a-sentence-are-not-a-list",
    ),
    pytest.param(
        "Pipes, Profiles, Windows and Doors, Insulation Materials.",
        [],
        id="bare-list-without-legal-suffixes",
    ),
    pytest.param(
        "Key players include Ulster Steel Industries (US), Velden Chemie AG (Germany) and "
        "Saxon Basic Industries Corporation (SABIC).",
        [
            "Ulster Steel Industries",
            "Velden Chemie AG",
            "Saxon Basic Industries Corporation (SABIC)",
        ],
        id="a-place-in-brackets-goes-an-acronym-stays",
    ),
    pytest.param(
        "| Report attribute | Details |\n|---|---|\n| Revenue forecast in 2030 | USD 5.9 billion |"
        "\n| Key companies profiled | Acme Power Corp.; Beta Cells Inc.; Gamma Energy plc |",
        ["Acme Power Corp.", "Beta Cells Inc.", "Gamma Energy plc"],
        id="a-report-table-row-of-key-companies",
    ),
    pytest.param(
        "| Report attribute | Details |\n|---|---|\n| Key company | Acme Power Corp. |",
        [],
        id="a-row-with-one-name-is-no-list",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIES)
def test_companies(text, expected):
    found = companies.find_companies(annotated("# Widget Market\n\n" + text), set())
    assert [c.name for c in found] == expected


def test_companies_skip_excluded_names():
    found = companies.find_companies(
        annotated("# W\n\nKey players include Lonza, Acme Research and Catalent."),
        {"Acme Research"},
    )
    assert [c.name for c in found] == ["Lonza", "Catalent"]


# language code, sentence, the names read by that language's prose rule (None: no match)
PROSE_BY_LANGUAGE = [
    pytest.param("en", "Key players include Acme and Beta.", "Acme and Beta.", id="en"),
    pytest.param(
        "de",
        "Zu den wichtigsten Anbietern gehören Acme und Beta.",
        "Acme und Beta.",
        id="de-own-phrasing",
    ),
    pytest.param("de", "Key players include Acme and Beta.", "Acme and Beta.", id="de-reads-en"),
    pytest.param("en", "Zu den wichtigsten Anbietern gehören Acme und Beta.", None, id="en-not-de"),
    pytest.param(None, "Key players include Acme.", "Acme.", id="unknown-language-is-en"),
    pytest.param("en", "Monkey players include none.", None, id="word-start-only"),
]


@pytest.mark.parametrize(("code", "sentence", "names"), PROSE_BY_LANGUAGE)
def test_key_player_prose_per_language(code, sentence, names):
    match = rules.key_player_prose(code).search(sentence)
    assert (match.group("list") if match else None) == names
    if names is not None:  # the all-language rule reads the same
        assert rules.KEY_PLAYER_PROSE.search(sentence).group("list") == names


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "it", "pt"])
def test_the_key_player_prefilter_never_skips_a_sentence_the_rule_would_match(code):
    """The prose rule is tried only on sentences holding a key-player noun: on every
    corpus sentence, and on each language's own prose examples, whatever the rule matches
    passes the prefilter."""
    from pathlib import Path

    from extractor.lang import LANGUAGES

    pattern = rules.key_player_prose(code)
    needed = companies._needed_words(code)
    root = Path(__file__).resolve().parent.parent / "corpus"
    texts = [p.read_text(errors="replace") for p in sorted(root.rglob("*.md"))]
    texts += [p.read_text(errors="replace") for p in sorted(root.rglob("*.txt"))]
    sentences = [line for text in texts for line in text.splitlines() if line.strip()]
    sentences += [
        "Die wichtigsten Anbieter sind Acme, Beta und Gamma.",
        "Les principaux acteurs sont Acme, Beta et Gamma.",
        "Las principales empresas son Acme, Beta y Gamma.",
        "I principali produttori sono Acme, Beta e Gamma.",
        "As principais empresas são Acme, Beta e Gamma.",
        *(f"Key {noun} include Acme, Beta and Gamma." for noun in LANGUAGES[code].key_player_nouns),
    ]
    matched = [s for s in sentences if pattern.search(s)]
    assert matched  # the check is about something
    for sentence in matched:
        assert companies._may_match(pattern, sentence.casefold(), needed), sentence
