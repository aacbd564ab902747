"""Stage 6, link (called directly): years, roles, structured scope and source."""

import pytest

import extractor
from extractor import layout, link, nlp
from extractor.extract import extract
from extractor.facts import Scope


def linked(text: str):
    annotated = nlp.annotate(layout.layout(text))
    return link.link(annotated, extract(annotated))


def _figures(text: str):
    return [(float(f.money.value), f.year, f.role, f.scope) for f in linked(text).figures]


MAIN = Scope()

# text, (value, year, role, scope) of every figure
FIGURES = [
    pytest.param(
        "# Widget Market\n\nThe widget market declined 3% in 2023 but is expected to grow at a "
        "CAGR of 8.2% from 2024 to 2032, from USD 5.2 billion to USD 9.8 billion.",
        [(5.2, 2024, "base", MAIN), (9.8, 2032, "forecast", MAIN)],
        id="a-change-said-right-after-its-span",
    ),
    pytest.param(
        "# Widget Market\n\nFrom 2024 to 2032, the market grows. It went from USD 5.2 billion "
        "to USD 9.8 billion.",
        [(5.2, None, "base", MAIN), (9.8, None, "forecast", MAIN)],
        id="a-span-in-another-sentence-dates-no-change",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. The market "
        "added USD 0.6 billion in 2024 alone.",
        [(5.2, 2024, "base", MAIN), (0.6, None, "other", MAIN)],
        id="what-the-market-added-is-an-increment",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. Subsidy "
        "schemes added JPY 45 billion of support in 2024.",
        [(5.2, 2024, "base", MAIN), (45.0, 2024, "other", MAIN)],
        id="what-a-scheme-added-is-money-of-its-year",
    ),
    pytest.param(
        "# The Market for Gadget Kits Is Set to Reach $2.5 Billion by 2033\n\nThe widget "
        "market will grow to USD 2.5 billion by 2033.",
        [(2.5, 2033, "forecast", MAIN), (2.5, 2033, "forecast", MAIN)],
        id="the-title-names-the-releases-market",
    ),
    pytest.param(
        "# Zentra Raises $40 Million\n\nThe widget market was valued at USD 5.2 billion in 2024.",
        [(40.0, None, "other", MAIN), (5.2, 2024, "base", MAIN)],
        id="a-title-that-raises-money",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. Zentra "
        "signed a licensing agreement worth USD 25 million.",
        [(5.2, 2024, "base", MAIN), (25.0, None, "other", MAIN)],
        id="a-licensing-agreement",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. Zentra's "
        "annual recurring revenue tripled in 2024 to USD 12 million, and Quibb's valuation "
        "reached USD 800 million.",
        [
            (5.2, 2024, "base", MAIN),
            (12.0, 2024, "other", MAIN),
            (800.0, 2024, "other", MAIN),
        ],
        id="a-firms-own-money-named-by-its-owner",
    ),
    pytest.param(
        "# Widget Market\n\nChina's widget sales reached USD 5.2 billion in 2024.",
        [(5.2, 2024, "base", Scope(region="China"))],
        id="a-regions-sales-are-the-markets",
    ),
    pytest.param(
        "# Widget Market\n\nZentra's revenue grew, while the widget market reached USD 5.2 "
        "billion in 2024.",
        [(5.2, 2024, "base", MAIN)],
        id="a-market-named-after-the-owner",
    ),
    pytest.param(
        "# Widget Market\n\nHalloway reported fourth-quarter revenue of USD 310 million, up 18%, "
        "and full-year revenue of USD 1.1 billion. The widget market was valued at USD 5.2 "
        "billion in 2024.",
        [(310.0, None, "other", MAIN), (1.1, None, "other", MAIN), (5.2, 2024, "base", MAIN)],
        id="revenue-for-a-fiscal-period",
    ),
    pytest.param(
        "# Widget Market\n\nWidget market size: 2024E USD 5.2 billion; 2032F USD 9.8 billion.",
        [(5.2, 2024, "base", MAIN), (9.8, 2032, "forecast", MAIN)],
        id="years-with-estimate-marks-before-the-amounts",
    ),
    pytest.param(
        "Gadget spending will reach USD 4.7 trillion in 2024. The firm predicts that by 2026, "
        "investments in robot software will amount to around USD 227 billion.",
        [(4.7, 2024, "forecast", MAIN), (227.0, 2026, "forecast", Scope(segment="robot software"))],
        id="what-the-money-is-spent-on-when-not-the-market",
    ),
    pytest.param(
        "Gadget spending will reach USD 4.7 trillion in 2024. Global spending on gadget will "
        "reach USD 5.1 trillion in 2025.",
        [(4.7, 2024, "base", MAIN), (5.1, 2025, "forecast", MAIN)],
        id="spending-on-the-market-itself",
    ),
    pytest.param(
        "Gadget spending will reach USD 4.7 trillion in 2024. Global spending on IT services "
        "will reach USD 2.1 trillion in 2024.",
        [(4.7, 2024, "forecast", MAIN), (2.1, 2024, "forecast", Scope(segment="IT services"))],
        id="spending-on-an-acronym-is-no-pronoun",
    ),
    pytest.param(
        "# Widget Market\n\nAdoption grows from 2024 to 2026 before the widget market scales "
        "up to surpass USD 5 billion in 2027. The market will keep growing, with a 42% share "
        "at over USD 9 billion in 2030.",
        [(5.0, 2027, "forecast", MAIN), (9.0, 2030, "forecast", MAIN)],
        id="no-current-size-after-a-said-projection",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024, and Acme "
        "reported widget revenue of about USD 0.4 billion for 2024.",
        [(5.2, 2024, "base", MAIN), (0.4, 2024, "other", MAIN)],
        id="reported-revenue-with-a-word-between",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. A "
        "grower can now kit out a hall for roughly USD 12,000.",
        [(5.2, 2024, "base", MAIN), (12000.0, None, "other", MAIN)],
        id="an-amount-too-small-for-a-market-is-a-price",
    ),
    pytest.param(
        "# Widget Market\n\nThe niche widget market was valued at USD 850 thousand in 2024.",
        [(850.0, 2024, "base", MAIN)],
        id="a-niche-market-in-thousands-is-still-a-market",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. Public "
        "money helps, including a EUR 12 million research programme.",
        [(5.2, 2024, "base", MAIN), (12.0, None, "other", MAIN)],
        id="a-research-programme-after-the-amount",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024. Makers "
        "invest ahead of demand: one group has committed EUR 210 million to new plants.",
        [(5.2, 2024, "base", MAIN), (210.0, None, "other", MAIN)],
        id="a-commitment-in-its-own-clause-after-a-colon",
    ),
    pytest.param(
        "# Widget Market\n\nThe global widget market was valued at USD 5.2 billion in 2024 and "
        "will reach USD 9.8 billion by 2032.",
        [(5.2, 2024, "base", MAIN), (9.8, 2032, "forecast", MAIN)],
        id="main-market",
    ),
    pytest.param(
        "# Global Widget Market\n\nIn North America, the market stood at USD 1.1 billion in 2024.",
        [(1.1, 2024, "base", Scope(region="North America"))],
        id="region-of-a-global-market",
    ),
    pytest.param(
        "# Global Widget Market\n\nThe hardware segment accounted for USD 2.0 billion in 2024.",
        [(2.0, 2024, "base", Scope(segment="hardware"))],
        id="segment",
    ),
    pytest.param(
        "# Global Widget Market\n\nThe European hardware segment held USD 0.4 billion in 2024.",
        [(0.4, 2024, "base", Scope(region="Europe", segment="hardware"))],
        id="region-and-segment",
    ),
    pytest.param(
        "# Global Widget Market\n\nAsia Pacific held USD 0.7 billion in 2024 and will reach "
        "USD 4.6 billion by 2032.",
        [
            (0.7, 2024, "base", Scope(region="Asia Pacific")),
            (4.6, 2032, "forecast", Scope(region="Asia Pacific")),
        ],
        id="scope-carried-in-the-sentence",
    ),
    pytest.param(
        "# Global Widget Market\n\n| Region | 2024 (USD billion) |\n|---|---|\n"
        "| Europe | 1.5 |\n| Transfer robots | 0.5 |\n",
        [
            (1.5, 2024, "base", Scope(region="Europe")),
            (0.5, 2024, "base", Scope(segment="Transfer robots")),
        ],
        id="table-row-labels",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will grow at a CAGR of 8.5% between 2024 and "
        "2033, growing from a $1.1 trillion valuation in 2023 to $2.5 trillion a decade later.",
        [(1.1, 2023, "base", MAIN), (2.5, None, "forecast", MAIN)],
        id="a-year-said-for-one-figure-is-not-the-next-ones",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market is expected to grow at a CAGR of 12.6% from 2025 "
        "to 2034, reaching USD 24.4 billion by the end of that period.",
        [(24.4, 2034, "forecast", MAIN)],
        id="by-the-end-of-that-period",
    ),
    pytest.param(
        "# Widget Market 2019-2027 | USD 18,649 Million Predicted By 2027\n\nText.",
        [(18649.0, 2027, "forecast", MAIN)],
        id="title-case-by",
    ),
    pytest.param(
        "# Global Widget Market\n\n- Hardware: $757.1 billion in 2025\n- Market size in 2025: "
        "$2.1 trillion\n",
        [(757.1, 2025, "base", Scope(segment="Hardware")), (2.1, 2025, "base", MAIN)],
        id="list-labels",
    ),
    pytest.param(
        "# Global Widget Market\n\n$1.5 trillion in software spend is projected over the next "
        "year, and $1.2 trillion in Europe spend.",
        [
            (1.5, None, "forecast", Scope(segment="software")),
            (1.2, None, "forecast", Scope(region="Europe")),  # the projection goes on
        ],
        id="scope-and-role-said-after-the-amount",
    ),
    pytest.param(
        "# Widget Market\n\nAcme raised USD 42 million in a Series B round in 2024.",
        [(42.0, 2024, "other", MAIN)],
        id="deal-money-is-other",
    ),
    pytest.param(
        "# Widget Market\n\nWidget revenues are forecast to reach USD 2.4 billion in 2017. "
        "Acme expects them to grow to USD 2.65 billion in 2020, a CAGR of 3.3% for the "
        "2015-2020 forecast period.",
        [(2.4, 2017, "forecast", MAIN), (2.65, 2020, "forecast", MAIN)],
        id="forecasts-inside-a-window-that-began-earlier-have-no-base",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market is projected to be worth USD 300 million in 2025 "
        "and is expected to reach USD 1.1 billion by 2030.",
        [(300.0, 2025, "base", MAIN), (1.1, 2030, "forecast", MAIN)],
        id="the-first-of-two-forecasts-is-the-base-when-no-window-began-before",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was worth USD 4.2 billion in 2023, while the "
        "price of a widget fell from $80 per unit in 2022.",
        [(4.2, 2023, "base", MAIN), (80.0, 2022, "other", MAIN)],
        id="a-price-per-unit-is-other",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget maker's shares will be swapped at $12 per ACME share, "
        "and holders get a dividend of $2 each.",
        [(12.0, None, "other", MAIN), (2.0, None, "other", MAIN)],
        id="share-prices-are-other",
    ),
    pytest.param(
        "# Widget Market\n\nWidget sales were USD 3.1 billion per year in 2024.",
        [(3.1, 2024, "base", MAIN)],
        id="a-size-per-year-is-a-size",
    ),
    pytest.param(
        "# Widget Market\n\nDer Markt für Widgets lag 2024 bei 3,1 Mrd. Euro pro Jahr; ein "
        "Widget kostet 20 Euro pro Stück.",
        [(3.1, 2024, "base", MAIN), (20.0, 2024, "other", MAIN)],
        id="german-pro-jahr-is-a-size-pro-stueck-a-price",
    ),
    pytest.param(
        "# Gadget Spending\n\nWorldwide gadget spending is projected to total $5.1 trillion "
        "in 2024.\n\nTable 1. Spending (Millions of U.S. Dollars)\n"
        "2022 Spending | 2023 Spending | 2024 Spending |\nPhones | 900 | 950 | 990 |\n",
        [
            (5.1, 2024, "forecast", MAIN),
            (900.0, 2022, "historical", Scope(segment="Phones")),
            (950.0, 2023, "base", Scope(segment="Phones")),
            (990.0, 2024, "forecast", Scope(segment="Phones")),
        ],
        id="table-years-take-their-roles-from-the-lead",
    ),
    pytest.param(
        "# Dietary Supplements Market\n\nThe dietary supplements market was valued at USD 152.3 "
        "billion in 2022. The global immunity booster supplement market was valued at USD 27.19 "
        "billion in 2023.",
        [
            (152.3, 2022, "base", MAIN),
            (27.19, 2023, "base", Scope(segment="immunity booster supplement")),
        ],
        id="another-market-named-in-the-clause-is-its-own-scope",
    ),
    pytest.param(
        "# Heat Pump Market\n\nThe heat pump market reached EUR 9 billion in 2024. Germany, the "
        "largest national market, reached EUR 3.9 billion in 2024.",
        [(9.0, 2024, "base", MAIN), (3.9, 2024, "base", Scope(region="Germany"))],
        id="a-ranked-market-is-no-other-market",
    ),
    pytest.param(
        "# Global Subsea Power Cable Market\n\nThe global subsea power cable market reached USD "
        "12 billion in 2024. Europe's subsea cable market reached USD 4.1 billion in 2024.",
        [(12.0, 2024, "base", MAIN), (4.1, 2024, "base", Scope(region="Europe"))],
        id="the-releases-market-in-fewer-words",
    ),
    pytest.param(
        "# ICT Spending\n\nOur tech market outlook says ICT spending will exceed $3 trillion "
        "in 2026.",
        [(3.0, 2026, "forecast", MAIN)],
        id="market-as-a-modifier-of-outlook-names-no-market",
    ),
    pytest.param(
        "# Widget Market\n\nFueled by expanding markets, widget sales reached USD 5 billion in "
        "2024.",
        [(5.0, 2024, "base", MAIN)],
        id="a-participle-names-no-other-market",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market is poised to grow by USD 6.95 billion during "
        "2019-2023.",
        [(6.95, None, "other", MAIN)],
        id="an-increment-is-no-size-and-has-no-year",
    ),
    pytest.param(
        "# Global Widget Market\n\nAccording to Acme Research, a research firm based in Pune, "
        "India, the widget market reached USD 62.22 billion in 2023.",
        [(62.22, 2023, "base", MAIN)],
        id="a-firms-seat-is-not-the-scope",
    ),
    pytest.param(
        "# Global Widget Market\n\nNorth America (the United States and Canada) will hold "
        "USD 1.0 trillion of the widget market in 2019.",
        [(1.0, 2019, "forecast", Scope(region="North America"))],
        id="a-bracket-explains-the-region-before-it",
    ),
    pytest.param(
        "# Global Widget Market\n\nIn EMEA, widget spending will reach USD 1.17 trillion in 2025.",
        [(1.17, 2025, "forecast", Scope(region="EMEA"))],
        id="emea-is-a-region",
    ),
    pytest.param(
        "# Global Widget Market\n\nChina and the United States will command large shares "
        "of the widget market by 2030, amounting to US$2.4 billion and US$1.8 billion, "
        "respectively.",
        [
            (2.4, 2030, "forecast", Scope(region="China")),
            (1.8, 2030, "forecast", Scope(region="U.S.")),
        ],
        id="regions-respectively",
    ),
    pytest.param(
        "# Widget Market\n\nAccording to Acme Research's 2024 report, the widget market was "
        "valued at about USD 165 million.",
        [(165.0, None, "base", MAIN)],
        id="a-year-that-dates-the-study-is-not-the-figures",
    ),
    pytest.param(
        "# Global Widget Market\n\nIn 2025, the Mobile Services and Fixed Data segments lead, "
        "with $221.7 billion and $171.0 billion, respectively.",
        [
            (221.7, 2025, "base", Scope(segment="Mobile Services")),
            (171.0, 2025, "base", Scope(segment="Fixed Data")),
        ],
        id="two-names-respectively",
    ),
    pytest.param(
        "# Widget Spending Forecast\n\nWidget spending will reach USD 5.6 trillion in 2025."
        "\n\n- Software: USD 1.5 trillion\n- Hardware: USD 0.8 trillion\n",
        [
            (5.6, 2025, "forecast", MAIN),
            (1.5, None, "forecast", Scope(segment="Software")),
            (0.8, None, "forecast", Scope(segment="Hardware")),
        ],
        id="yearless-values-in-an-all-forecast-release",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024 and will "
        "reach USD 9.8 billion by 2032.\n\n- Software: USD 1.5 billion\n",
        [
            (5.2, 2024, "base", MAIN),
            (9.8, 2032, "forecast", MAIN),
            (1.5, None, "base", Scope(segment="Software")),
        ],
        id="yearless-values-beside-a-base-stay-base",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market offers an incremental growth of USD 2 billion "
        "by 2030.",
        [(2.0, None, "other", MAIN)],
        id="incremental-growth-is-an-increment",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will grow to USD 9 billion by 2030.",
        [(9.0, 2030, "forecast", MAIN)],
        id="grow-to-is-a-size",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will reach USD 9 billion by 2030. Acme has a "
        "market cap of about USD 4.5 million.",
        [(9.0, 2030, "forecast", MAIN), (4.5, None, "other", MAIN)],
        id="market-cap-is-other-despite-the-word-market",
    ),
    pytest.param(
        "# Widget Market\n\nAfter listing, its stock had a rally, topping out at an "
        "all-time high of $93 in 2023.",
        [(93.0, 2023, "other", MAIN)],
        id="a-share-price-is-other",
    ),
    pytest.param(
        "# Widget Market\n\nAcme received an investment of $10 million at a pre-money "
        "valuation of $120 million.",
        [(10.0, None, "other", MAIN), (120.0, None, "other", MAIN)],
        id="a-valuation-of-a-company-is-other",
    ),
    pytest.param(
        "# Widget Market\n\nGrowth is broad. Makers will command significant shares of the "
        "widget market by 2030, amounting to US$2.4 billion.",
        [(2.4, 2030, "forecast", MAIN)],
        id="shares-of-a-market-are-market-money",
    ),
    pytest.param(
        "# Widget Market\n\nAcme secured a purchase order whose reimbursements total about "
        "$1.43 million.",
        [(1.43, None, "other", MAIN)],
        id="an-order-is-other",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market stood at USD 5.2 billion in 2024. In 2031, "
        "growing at a CAGR of 9.5%, it will reach USD 9.8 billion.",
        [(5.2, 2024, "base", MAIN), (9.8, 2031, "forecast", MAIN)],
        id="a-year-heading-its-clause-holds-past-a-rate",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market stood at USD 5.2 billion in 2024. A survey "
        "of 2025 buyers found growth of 7.5% and a market worth USD 9.8 billion.",
        [(5.2, 2024, "base", MAIN), (9.8, None, "base", MAIN)],
        id="a-year-not-heading-its-clause-stops-at-a-rate",
    ),
    pytest.param(
        "# Widget Market\n\nMarket Size in 2024: USD 48.3 Billion\nMarket Size in 2032: USD "
        "92.1 Billion\nCAGR (2025-2032): 8.4%",
        [(48.3, 2024, "base", MAIN), (92.1, 2032, "forecast", MAIN)],
        id="a-size-said-for-a-year-inside-a-stated-span-is-a-projection",
    ),
    pytest.param(
        "# Widget Market\n\nMarket size in 2019: USD 40.1 Billion\nMarket size in 2023: USD "
        "48.3 Billion",
        [(40.1, 2019, "historical", MAIN), (48.3, 2023, "base", MAIN)],
        id="two-sizes-said-with-no-span-the-later-is-the-base",
    ),
    pytest.param(
        "# Widget Market\n\nPune, India, Jan. 14, 2025 (GLOBE NEWSWIRE) -- The widget market "
        "was worth USD 5.7 billion in 2024.",
        [(5.7, 2024, "base", MAIN)],
        id="the-datelines-place-is-no-scope",
    ),
    pytest.param(
        "# Global Widget Market\n\nThe U.S. market was valued at $12.1 billion in 2024, while "
        "China is forecast to grow at an impressive 11.2% CAGR to reach $9.8 billion by 2030.",
        [
            (12.1, 2024, "base", Scope(region="U.S.")),
            (9.8, 2030, "forecast", Scope(region="China")),
        ],
        id="a-region-said-before-a-rate-in-the-amounts-clause",
    ),
    pytest.param(
        "# Widget Market Report 2025: $45.2 Billion Industry\n\nThe widget market was valued "
        "at US$45.2 billion in 2024.",
        [(45.2, None, "base", MAIN), (45.2, 2024, "base", MAIN)],  # one fact, once merged
        id="a-reports-edition-year-dates-no-figure",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market grew at a CAGR of 4.1% from 2019 to 2023, "
        "reaching USD 21.3 billion in 2023. It is expected to reach USD 36.8 billion by 2030.",
        [(21.3, 2023, "base", MAIN), (36.8, 2030, "forecast", MAIN)],
        id="what-a-past-change-reached-is-the-current-size",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market grew strongly and will keep growing at 8.1%, "
        "reaching USD 36.8 billion by 2030.",
        [(36.8, 2030, "forecast", MAIN)],
        id="a-future-after-a-past-change-still-projects",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market generated USD 5.2 billion in 2024, with USD 1.3 "
        "billion coming from North America and USD 1.1 billion from Europe.",
        [
            (5.2, 2024, "base", MAIN),
            (1.3, 2024, "base", Scope(region="North America")),
            (1.1, 2024, "base", Scope(region="Europe")),
        ],
        id="a-region-said-right-after-each-amount",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion (EUR 4.8 billion) "
        "in 2024.",
        [(5.2, 2024, "base", MAIN), (4.8, 2024, "base", MAIN)],
        id="the-same-amount-in-another-currency-in-brackets-before-the-year",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion (2024).",
        [(5.2, 2024, "base", MAIN)],
        id="a-year-in-brackets-is-the-years-not-skipped",
    ),
]


def test_a_report_tables_growth_rate_row_is_the_whole_market():
    text = (
        "# Widget Market\n\n| Report attribute | Details |\n|---|---|\n"
        "| Market size value in 2024 | USD 3.1 billion |\n"
        "| Revenue forecast in 2030 | USD 5.9 billion |\n"
        "| Growth rate | CAGR of 11.2% from 2025 to 2030 |\n"
    )
    report = extractor.extract(text)
    assert [(g.cagr, g.scope.segment, g.scope.region) for g in report.growth] == [
        (11.2, None, None)
    ]
    assert [(f.value, f.year, f.role) for f in report.figures] == [
        (3.1, 2024, "base"),
        (5.9, 2030, "forecast"),
    ]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures(text, expected):
    assert _figures(text) == expected


# text, the source of the first figure, the publisher
SOURCES = [
    pytest.param(
        "# Widget Market\n\nBeta Insights, another firm, puts the widget market at USD 43.1 "
        "billion in 2024.\n\n## About Acme Research\n\nAcme Research is a market research firm.",
        "Beta Insights",
        id="a-firm-with-an-apposition-puts-the-market-at",
    ),
    pytest.param(
        "# Widget Market\n\nAccording to Fortune Business Insights, the widget market was valued "
        "at USD 5.2 billion in 2024.\n\n## About Acme Research\n\nAcme Research is a market "
        "research firm.",
        "Fortune Business Insights",
        id="according-to-another-firm",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024, a new report "
        "by Zenith Insights shows.\n\n## About Acme Research\n\nAcme Research is a market "
        "research firm.",
        "Zenith Insights",
        id="report-by",
    ),
    pytest.param(
        "# Widget Market\n\nNorthstar Research estimates the widget market at USD 5.2 billion in "
        "2024.",
        "Northstar Research",
        id="firm-estimates",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024.\n\n"
        "## About Acme Research\n\nAcme Research is a market research firm.",
        "Acme Research",
        id="unattributed-is-the-publisher",
    ),
    pytest.param(
        "# Widget Market\n\nAccording to Acme Research, the widget market was valued at USD 5.2 "
        "billion in 2024.\n\n## About Acme Research\n\nAcme Research is a market research firm.",
        "Acme Research",
        id="the-publisher-quoting-itself",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024, according "
        "to the U.S. Department of Commerce.",
        "U.S. Department of Commerce",
        id="an-agency-named-whole-without-the-full-stop",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024, according "
        "to a June filing with regulators.",
        None,
        id="a-month-is-no-firm",
    ),
    pytest.param(
        "# Widget Market\n\nWidget revenues will reach USD 5.2 billion in 2024, according to "
        "the new Worldwide Widget Spending Guide from Orion Data Corporation (ODC).",
        "Orion Data Corporation",
        id="a-publication-then-its-firm",
    ),
    pytest.param(
        "# Widget Market\n\nWidget revenues will reach USD 5.2 billion in 2024, according to "
        "the new Worldwide Widget Spending Guide from Orion Data Corporation (ODC). ODC sees "
        "growth. ODC's analysts agree.",
        "ODC",
        id="a-firm-and-the-publisher-its-initials",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024, according "
        "to the company.",
        None,
        id="no-firm-named",
    ),
]


@pytest.mark.parametrize(("text", "source"), SOURCES)
def test_source(text, source):
    assert linked(text).figures[0].source == source


def test_growth_takes_the_scope_and_source_of_its_sentence():
    ex = linked(
        "# Global Widget Market\n\nAccording to Zenith Insights, the hardware segment will grow "
        "at a CAGR of 9.8% from 2024 to 2032."
    )
    (g,) = ex.growth
    assert (g.scope, g.source) == (Scope(segment="hardware"), "Zenith Insights")


# text, the scope of each rate
RATE_SCOPES = [
    pytest.param(
        "# Widget Market\n\nThe widget market will grow from USD 5.2 billion in 2024 to USD 9.8 "
        "billion by 2032, at a CAGR of 8.2%. Separately, the smart widget market is expected to "
        "grow from USD 0.8 billion in 2024 to USD 2.1 billion by 2030, at a CAGR of 17.5%.",
        [MAIN, Scope(segment="smart widget")],
        id="a-narrower-market-named-with-more-words",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will grow from USD 5.2 billion in 2024 to USD 9.8 "
        "billion by 2032. The fast-growing widget market will expand at a CAGR of 8.2%.",
        [MAIN],
        id="the-market-described-with-more-words",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will grow from USD 5.2 billion in 2024 to USD 9.8 "
        "billion by 2032, at a CAGR of 8.2%. In volume terms, shipments will rise from 120 "
        "million units to 260 million units, a CAGR of 10.1%.",
        [MAIN, Scope(segment="volume")],
        id="a-rate-of-volume",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will grow from USD 5.2 billion in 2024 to USD 9.8 "
        "billion by 2032. The market for smart widgets is expected to grow at a CAGR of 14%.",
        [Scope(segment="smart widgets")],
        id="a-market-named-after-for",
    ),
]


@pytest.mark.parametrize(("text", "scopes"), RATE_SCOPES)
def test_rate_scope(text, scopes):
    assert [g.scope for g in linked(text).growth] == scopes


GADGET_TABLE = (
    "| Kind | 2024 Spending | 2024 Growth (%) |\n|---|---|---|\n"
    "| Phone Cases | 1,204 | 4.1 |\n| Smart Tags | 880 | 9.3 |\n"
)

# prose after a table with sub-market rows, the scope of its rate
TABLE_LABEL_SCOPES = [
    pytest.param(
        "As for smart tags, Acme says spending is set to grow 9.3% in 2024.",
        Scope(segment="Smart Tags"),
        id="a-row-label-named-in-the-sentence",
    ),
    pytest.param(
        "Phone cases and smart tags lead; spending on them is set to grow 7.7% in 2024.",
        MAIN,
        id="two-row-labels-name-no-one-part",
    ),
    pytest.param(
        "After a weak year for the smart tags market, spending is set to grow 7.7% in 2024.",
        Scope(segment="Smart Tags"),
        id="a-row-label-named-as-a-market",
    ),
    pytest.param("Overall spending is set to grow 5.2% in 2024.", MAIN, id="no-row-label"),
    pytest.param(
        "Smart tagsmiths spending is set to grow 7.7% in 2024.",
        MAIN,
        id="a-label-inside-a-word-is-not",
    ),
]


@pytest.mark.parametrize(("sentence", "scope"), TABLE_LABEL_SCOPES)
def test_a_rate_takes_the_scope_of_the_one_table_row_its_sentence_names(sentence, scope):
    ex = linked(f"# Gadget Spending\n\n{GADGET_TABLE}\n{sentence}\n")
    prose = [g for g in ex.growth if "%" in g.percent.text]
    assert [g.scope for g in prose] == [scope]


# text, (cagr, start year, end year, window source) of each rate
WINDOWS = [
    pytest.param(
        "Gadget spending will grow from USD 4.0 trillion in 2024 to USD 5.6 trillion by 2029. "
        "Repair spending will grow 3 percent a year through the next five years.",
        [(3.0, 2024, 2029, "counted")],
        id="the-next-five-years-from-the-current-year",
    ),
    pytest.param(
        "The widget market will reach USD 9.8 billion by 2032, growing at a CAGR of 8.2% from "
        "2025.",
        [(8.2, 2025, 2032, "stated")],
        id="a-first-year-said-alone-after-the-rate",
    ),
    pytest.param(
        "The widget market grew at a CAGR of 4.1% since 2019.",
        [(4.1, 2019, None, "stated")],
        id="a-first-year-and-no-forecast",
    ),
    pytest.param(
        "Repair spending will grow 3 percent a year through the next five years.",
        [(3.0, None, None, None)],
        id="the-next-five-years-with-no-current-year",
    ),
    pytest.param(
        "The widget market is valued at USD 5.0 billion in 2024 over the 2025-2030 forecast "
        "period. Gadget budgets have shown gains of 2% per year.",
        [(2.0, None, None, None)],
        id="a-past-trend-takes-no-forecast-period",
    ),
    pytest.param(
        "The widget market is valued at USD 5.0 billion in 2024 over the 2025-2030 forecast "
        "period. Gadget budgets will show gains of 2% per year.",
        [(2.0, 2025, 2030, "forecast_period")],
        id="a-future-rate-takes-the-forecast-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WINDOWS)
def test_growth_window(text, expected):
    found = [
        (float(g.percent.value), g.start_year, g.end_year, g.window_source)
        for g in linked(text).growth
    ]
    assert found == expected
