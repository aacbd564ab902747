"""Stage 5 (with linking), through the public API: what `extractor.extract` reads."""

import pytest

import extractor
from extractor.extract.companies import normalize


def release(*paragraphs: str, title: str = "# Global Widget Market Report") -> str:
    return "\n\n".join([title, *paragraphs]) + "\n"


# --------------------------------------------------------------------------
# Growth rates
# --------------------------------------------------------------------------

# sentence, (cagr, start_year, end_year) of every growth rate read
GROWTH = [
    pytest.param(
        "The widget market is expected to grow at a CAGR of 15.42% from 2024 to 2032.",
        [(15.42, 2024, 2032)],
        id="cagr-of",
    ),
    pytest.param(
        "The widget market will expand at a compound annual growth rate (CAGR) of 7.2 percent "
        "between 2025 and 2033.",
        [(7.2, 2025, 2033)],
        id="compound-annual-growth-rate-percent",
    ),
    pytest.param(
        "The widget market is growing at 7.2% CAGR over 2024-2030.",
        [(7.2, 2024, 2030)],
        id="percent-then-cagr",
    ),
    pytest.param(
        "Sales are expanding at a CAGR of 9.1% from 2024 to 2030.",
        [(9.1, 2024, 2030)],
        id="stated-window-from-to",
    ),
    pytest.param(
        "The widget market will register a 6.5% CAGR between 2025 and 2033.",
        [(6.5, 2025, 2033)],
        id="register-between-and",
    ),
    pytest.param(
        "Widget sales are rising 8% annually from 2024 to 2030.",
        [(8.0, 2024, 2030)],
        id="annually",
    ),
    pytest.param(
        "North America held 38.5% of the market in 2024.",
        [],
        id="share-is-not-growth",
    ),
    pytest.param(
        "Widget prices fell 12% in 2024 after a supply glut.",
        [],
        id="one-off-change-is-not-growth",
    ),
    pytest.param(
        "Worldwide widget spending is projected to total $5.1 trillion in 2024, an increase "
        "of 8% from 2023.",
        [(8.0, 2023, 2024)],
        id="one-year-change-from-a-year",
    ),
    pytest.param(
        "Global widget spending will reach $4.7 trillion in 2024, witnessing 5.3 percent "
        "growth this year.",
        [(5.3, 2023, 2024)],
        id="one-year-change-year-said-before",
    ),
    pytest.param(
        "Widget prices rose 4% in 2024 as steel got dearer.",
        [],
        id="a-price-change-is-no-market-growth",
    ),
    pytest.param(
        "The widget market grew 4% after the merger.",
        [],
        id="a-change-with-no-year-is-not-read",
    ),
    pytest.param(
        "Widget Market Worth $4.42 Billion By 2025 | CAGR: 75.8%",
        [(75.8, None, 2025)],
        id="title-rate-ends-at-the-forecast-year",
    ),
    pytest.param(
        "The widget market is expected to reach USD 17,207 million, growing at a CAGR of "
        "13.15% by 2030.",
        [(13.15, None, 2030)],
        id="rate-end-year-said-no-start",
    ),
    pytest.param(
        "The widget market will grow from $115.5 billion in 2024 to $123.8 billion in 2025 at "
        "a compound annual growth rate (CAGR) of 7.2%. It will grow to $163.0 billion in 2029 "
        "at a compound annual growth rate (CAGR) of 7.1%.",
        [(7.2, 2024, 2025), (7.1, 2025, 2029)],
        id="a-chain-of-values-the-rate-runs-exactly-from-the-last-one",
    ),
    pytest.param(
        "The widget market will grow from $115.5 billion in 2024 to $123.8 billion in 2025 at "
        "a compound annual growth rate (CAGR) of 7.2%. It will grow to $163.0 billion in 2029 "
        "at a compound annual growth rate (CAGR) of 9.5%.",
        [(7.2, 2024, 2025), (9.5, None, 2029)],
        id="a-chain-of-values-the-rate-does-not-run-from-the-last-one",
    ),
    pytest.param(
        "The widget market will grow by USD 61.4 billion from 2024 to 2029, at a CAGR of 17.2%.",
        [(17.2, 2024, 2029)],
        id="an-increments-span-is-the-rates-window",
    ),
    pytest.param(
        "The widget market was USD 40.8 billion in 2024-2025, and will grow at a CAGR of 9.0%.",
        [(9.0, None, None)],
        id="a-span-dating-a-size-is-not-the-rates-window",
    ),
    pytest.param(
        "The widget market is due to grow at a rate of 13.9% between 2024 and 2029.",
        [(13.9, 2024, 2029)],
        id="grow-at-a-rate-of",
    ),
    pytest.param(
        "The widget market is growing at a steady rate of 6.2% from 2024 to 2030.",
        [(6.2, 2024, 2030)],
        id="growing-at-a-steady-rate-of",
    ),
    pytest.param(
        "The widget market grew at a rate of 5% in 2023.",
        [],
        id="grew-at-a-rate-is-no-cagr",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), GROWTH)
def test_growth_rates(sentence, expected):
    report = extractor.extract(release(sentence))
    assert [(g.cagr, g.start_year, g.end_year) for g in report.growth] == expected


def test_forecast_period_phrase_takes_the_years_of_the_figures():
    report = extractor.extract(
        release(
            "The widget market is expected to grow from USD 5.2 billion in 2024 to "
            "USD 9.8 billion by 2031, at a CAGR of 8.2% during the forecast period."
        )
    )
    ((cagr, start, end, source),) = [
        (g.cagr, g.start_year, g.end_year, g.window_source) for g in report.growth
    ]
    assert (cagr, start, end, source) == (8.2, 2024, 2031, "figures")


# title, body, (cagr, start_year, end_year) of every growth rate read
RATE_TO_THE_TARGET_YEAR = [
    pytest.param(
        "# Widget Market Expected to Reach $25 Billion by 2027",
        "The widget market will grow at a CAGR of 21.5% during the forecast period.",
        [(21.5, None, 2027)],
        id="the-one-target-year-ends-the-rate",
    ),
    pytest.param(
        "# Widget Market Expected to Reach $25 Billion by 2027",
        "The widget market will grow at a CAGR of 21.5% during the forecast period. Sales "
        "of USD 40 billion are expected by 2030.",
        [(21.5, None, None)],
        id="two-target-years-no-end",
    ),
    pytest.param(
        "# Widget Market Report",
        "The hardware segment will reach USD 3 billion by 2029. The widget market will grow "
        "at a CAGR of 21.5% during the forecast period.",
        [(21.5, None, None)],
        id="a-segment-target-is-not-the-market-s",
    ),
    pytest.param(
        "# Widget Market Analysis by Size, Share and Demand Forecast To 2026",
        "The widget market will grow at a CAGR of more than 12 during the forecast period.",
        [(12.0, None, 2026)],
        id="the-title-s-horizon-ends-the-forecast-period",
    ),
    pytest.param(
        "# Widget Market Analysis and Demand Forecast To 2026",
        "The widget market grew at a CAGR of 12% in the past.",
        [(12.0, None, None)],
        id="a-rate-not-of-the-forecast-period-keeps-no-end",
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), RATE_TO_THE_TARGET_YEAR)
def test_rate_with_no_period_runs_to_the_market_target_year(title, body, expected):
    report = extractor.extract(release(body, title=title))
    assert [(g.cagr, g.start_year, g.end_year) for g in report.growth] == expected


def test_cagr_keeps_its_hedge():
    report = extractor.extract(
        release("The widget market will grow at a CAGR of more than 4.9% from 2024 to 2030.")
    )
    assert [(g.cagr, g.qualifier) for g in report.growth] == [(4.9, "more than")]


# --------------------------------------------------------------------------
# Figures: year, role, scope
# --------------------------------------------------------------------------

# sentence, [(value, unit, currency, year, role)]
FIGURES = [
    pytest.param(
        "The widget market is expected to grow from USD 5.2 billion in 2024 to USD 9.8 billion "
        "by 2032.",
        [(5.2, "billion", "USD", 2024, "base"), (9.8, "billion", "USD", 2032, "forecast")],
        id="from-to",
    ),
    pytest.param(
        "The widget market is projected to reach USD 3.4 billion by the end of 2030.",
        [(3.4, "billion", "USD", 2030, "forecast")],
        id="reach-by-the-end-of",
    ),
    pytest.param(
        "In 2024, the widget market was valued at USD 2 billion.",
        [(2.0, "billion", "USD", 2024, "base")],
        id="year-at-head-of-clause",
    ),
    pytest.param(
        "Widget prices fell from a peak of over $80,000 per ton in November 2022 to around "
        "$15,000 today.",
        [(80000.0, None, "USD", 2022, "other"), (15000.0, None, "USD", None, "other")],
        id="a-price-per-unit-keeps-its-month-and-year",
    ),
    pytest.param(
        "The widget market will grow at a CAGR of 33.6% from 2024 to 2030 to reach nearly "
        "$9 trillion.",
        [(9.0, "trillion", "USD", 2030, "forecast")],
        id="reach-after-a-period-is-its-end",
    ),
    pytest.param(
        "Widget spending is forecast to grow 36 percent annually between 2023 and 2030, "
        "reaching $227 billion.",
        [(227.0, "billion", "USD", 2030, "forecast")],
        id="reaching-after-a-between-period",
    ),
    pytest.param(
        "The widget market will expand at a CAGR of 8.5% between 2024 and 2033, growing from "
        "a $1.1 trillion valuation in 2023 to $2.5 trillion a decade later.",
        [(1.1, "trillion", "USD", 2023, "base"), (2.5, "trillion", "USD", None, "forecast")],
        id="from-a-after-a-period-is-no-reach",
    ),
    pytest.param(
        "The widget market stood at €450 million in 2019, was valued at €700 million in 2024 "
        "and will reach €1.1 billion by 2030.",
        [
            (450.0, "million", "EUR", 2019, "historical"),
            (700.0, "million", "EUR", 2024, "base"),
            (1.1, "billion", "EUR", 2030, "forecast"),
        ],
        id="historical-base-forecast",
    ),
    pytest.param(
        "The widget market is expected to reach USD 17,207 million, growing at a CAGR of "
        "13.15% by 2030.",
        [(17207.0, "million", "USD", 2030, "forecast")],
        id="year-after-the-rate",
    ),
    pytest.param(
        "The widget market reached USD 2.1 billion, up 8% during 2024-2025.",
        [(2.1, "billion", "USD", None, "base")],
        id="a-period-is-not-one-figure-year",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FIGURES)
def test_figures_year_and_role(sentence, expected):
    report = extractor.extract(release(sentence))
    got = [(f.value, f.unit, f.currency, f.year, f.role) for f in report.figures]
    assert got == expected


def test_figure_amount_is_absolute():
    report = extractor.extract(
        release("The widget market was valued at USD 5,483.81 million in 2023.")
    )
    ((figure),) = report.figures
    assert figure.value == 5483.81
    assert figure.amount == pytest.approx(5_483_810_000.0)


def test_regional_figure_gets_its_scope():
    report = extractor.extract(
        release(
            "The global widget market was valued at USD 5.2 billion in 2024 and is projected "
            "to reach USD 9.8 billion by 2032.",
            "The U.S. market accounted for USD 1.1 billion in 2024.",
        )
    )
    assert report.region == "Global"
    scopes = {(f.value, f.scope.region, f.scope.segment) for f in report.figures}
    assert scopes == {(5.2, None, None), (9.8, None, None), (1.1, "U.S.", None)}


HTML_REGIONAL = [
    pytest.param(" ", id="one-line"),
    pytest.param("\n", id="source-wrapped"),
]


@pytest.mark.parametrize("gap", HTML_REGIONAL)
def test_regional_scope_in_html_paragraph(gap):
    text = (
        "<h1>Widget Market Report</h1>\n<p>The global widget market was valued at USD 5.2 "
        f"billion in 2024. The U.S.{gap}market accounted for USD 1.1 billion in 2024.</p>"
    )
    report = extractor.extract(text)
    assert [(f.value, f.scope.region) for f in report.figures] == [(5.2, None), (1.1, "U.S.")]


# --------------------------------------------------------------------------
# Forecast period
# --------------------------------------------------------------------------

PERIODS = [
    pytest.param(
        release("The widget market is growing.", title="# Widget Market Forecast 2025–2032"),
        (2025, 2032),
        id="from-title",
    ),
    pytest.param(
        release("The widget market will grow strongly over the forecast period 2024-2031."),
        (2024, 2031),
        id="from-body",
    ),
    pytest.param(
        release(
            "The widget market will grow strongly over the forecast period 2024-2031.",
            title="# Widget Market Forecast 2025–2032",
        ),
        (2024, 2031),
        id="body-beats-title",
    ),
    pytest.param(release("The widget market is growing."), None, id="none"),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_forecast_period(text, expected):
    fp = extractor.extract(text).forecast_period
    assert (None if fp is None else (fp.start_year, fp.end_year)) == expected


# --------------------------------------------------------------------------
# Companies
# --------------------------------------------------------------------------

KEY_PLAYERS_LIST = release(
    "The widget market is growing.",
    "## Key Players\n\n- Lonza\n- Toyobo Co. Ltd.\n- Catalent, Inc\n- Siegfried Holding AG",
)
KEY_PLAYERS_PROSE = release(
    "The widget market is growing. Major companies include Alpha Corp., Beta Inc., and Gamma "
    "Holdings."
)
KEY_PLAYERS_TABLE = (
    "<h1>Widget Market Report</h1>\n<p>The widget market is growing.</p>\n"
    "<p><strong>Key Players</strong></p>\n"
    "<table><tr><th>Company</th><th>Headquarters</th></tr>"
    "<tr><td>Kerry Group plc</td><td>Ireland</td></tr>"
    "<tr><td>Novozymes A/S</td><td>Denmark</td></tr></table>\n"
)

KEY_COMPANIES_TABLE_HEADER = (
    "<h1>Widget Market Report</h1>\n<p>The widget market is growing.</p>\n"
    "<table><tr><th>Key Companies</th><th>Headquarters</th></tr>"
    "<tr><td>Acme Corp.</td><td>U.S.</td></tr>"
    "<tr><td>Globex GmbH</td><td>Germany</td></tr></table>\n"
)
PROSE_ENDING_IN_SUFFIX = (
    "<p>The widget market was valued at USD 5 billion in 2024. Major players include "
    "Alpha Inc., Beta AG and Gamma Ltd.</p>"
)
PROSE_ACROSS_ABBREVIATION = (
    "<p>The widget market was valued at USD 5 billion in 2024. Prominent players profiled "
    "include Ola Electric Mobility Ltd., Ather Energy Pvt. Ltd., Bajaj Auto Limited and "
    "Okinawa Autotech Pvt. Ltd. The market is fragmented.</p>"
)
TRUNCATED_ITEM_IN_PLAYERS = (
    "<h1>Widget Market</h1><h2>Key Players</h2><ul><li>S.</li><li>Delta plc</li></ul>"
)

COMPANIES = [
    pytest.param(
        KEY_PLAYERS_LIST,
        [
            ("Lonza", "Lonza"),
            ("Toyobo Co. Ltd.", "Toyobo"),
            ("Catalent, Inc", "Catalent"),
            ("Siegfried Holding AG", "Siegfried"),
        ],
        id="key-players-list",
    ),
    pytest.param(
        KEY_PLAYERS_PROSE,
        [("Alpha Corp.", "Alpha"), ("Beta Inc.", "Beta"), ("Gamma Holdings", "Gamma")],
        id="prose-include",
    ),
    pytest.param(
        KEY_PLAYERS_TABLE,
        [("Kerry Group plc", "Kerry Group"), ("Novozymes A/S", "Novozymes")],
        id="table",
    ),
    pytest.param(
        KEY_COMPANIES_TABLE_HEADER,
        [("Acme Corp.", "Acme"), ("Globex GmbH", "Globex")],
        id="table-with-its-own-key-companies-header",
    ),
    pytest.param(
        PROSE_ENDING_IN_SUFFIX,
        [("Alpha Inc.", "Alpha"), ("Beta AG", "Beta"), ("Gamma Ltd.", "Gamma")],
        id="sentence-ends-on-ltd-dot",
    ),
    pytest.param(
        PROSE_ACROSS_ABBREVIATION,
        [
            ("Ola Electric Mobility Ltd.", "Ola Electric Mobility"),
            ("Ather Energy Pvt. Ltd.", "Ather Energy"),
            ("Bajaj Auto Limited", "Bajaj Auto"),
            ("Okinawa Autotech Pvt. Ltd.", "Okinawa Autotech"),
        ],
        id="list-runs-past-pvt-dot",
    ),
    pytest.param(TRUNCATED_ITEM_IN_PLAYERS, [("Delta plc", "Delta")], id="truncated-not-company"),
]


@pytest.mark.parametrize(("text", "expected"), COMPANIES)
def test_companies(text, expected):
    report = extractor.extract(text)
    assert [(c.name, c.normalized) for c in report.companies] == expected


NORMALIZE = [
    pytest.param("Toyobo Co. Ltd.", "Toyobo", id="co-ltd"),
    pytest.param("Binex Co., Ltd.", "Binex", id="co-comma-ltd"),
    pytest.param("Siegfried Holding AG", "Siegfried", id="holding-ag"),
    pytest.param("Merck & Co., Inc.", "Merck & Co.", id="ampersand-co-kept"),
    pytest.param(
        "FUJIFILM Diosynth Biotechnologies U.S.A., Inc.",
        "FUJIFILM Diosynth Biotechnologies U.S.A.",
        id="usa-kept",
    ),
    pytest.param("Catalent, Inc", "Catalent", id="inc-no-dot"),
    pytest.param("Kerry Group plc", "Kerry Group", id="plc"),
    pytest.param("Novozymes A/S", "Novozymes", id="a-s"),
    pytest.param("Boehringer Ingelheim GmbH", "Boehringer Ingelheim", id="gmbh"),
    pytest.param("Lonza", "Lonza", id="no-suffix"),
    pytest.param("Limited", "Limited", id="never-empty"),
]


@pytest.mark.parametrize(("name", "expected"), NORMALIZE)
def test_normalize(name, expected):
    assert normalize(name) == expected


def test_regulators_are_never_companies():
    text = release(
        "Regulators such as the FDA, EMA, and Health Canada set strict rules.",
        "## Key Players\n\n- Lonza\n- FDA\n- Health Canada\n- EMA\n- Samsung Biologics",
    )
    names = [c.name for c in extractor.extract(text).companies]
    assert names == ["Lonza", "Samsung Biologics"]


# --------------------------------------------------------------------------
# Segments
# --------------------------------------------------------------------------

SEGMENTS = [
    pytest.param(
        "<h1>Widget Market Report</h1>\n<p><strong>Based on Source:</strong></p>\n"
        "<ul><li>Mammalian</li><li>Non-mammalian</li></ul>\n"
        "<p><strong>Based on Service:</strong></p>\n"
        "<ul><li>Upstream</li><li>Fill &amp; Finish Operations</li></ul>\n",
        [
            ("Source", ["Mammalian", "Non-mammalian"]),
            ("Service", ["Upstream", "Fill & Finish Operations"]),
        ],
        id="based-on-lists",
    ),
    pytest.param(
        release("The report segments the market By Product (Sensors, Actuators, Controllers)."),
        [("Product", ["Sensors", "Actuators", "Controllers"])],
        id="by-product-inline",
    ),
    pytest.param(
        release("By End User: Hospitals, Clinics, Home Care"),
        [("End User", ["Hospitals", "Clinics", "Home Care"])],
        id="by-end-user-colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEGMENTS)
def test_segments(text, expected):
    report = extractor.extract(text)
    assert [(s.dimension, s.values) for s in report.segments] == expected


# --------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------

SECTIONED = release(
    "The widget market is growing.",
    "## Market Drivers\n\n- Rising demand from hospitals\n- Lower sensor costs",
    "## Market Trends\n\n- Miniaturisation of widgets",
    "## Challenges\n\n- High upfront costs",
    "## Opportunities\n\n- Emerging economies",
    "## Future Outlook\n\nThe widget market will keep growing through 2032.",
)

SECTIONS = [
    pytest.param("drivers", ["Rising demand from hospitals", "Lower sensor costs"], id="drivers"),
    pytest.param("trends", ["Miniaturisation of widgets"], id="trends"),
    pytest.param("challenges", ["High upfront costs"], id="challenges"),
    pytest.param("opportunities", ["Emerging economies"], id="opportunities"),
    pytest.param("outlook", ["The widget market will keep growing through 2032."], id="outlook"),
]


@pytest.mark.parametrize(("key", "expected"), SECTIONS)
def test_sections_from_headings(key, expected):
    sections = extractor.extract(SECTIONED).sections
    assert getattr(sections, key) == expected


# --------------------------------------------------------------------------
# Boilerplate
# --------------------------------------------------------------------------

WITH_BOILERPLATE = release(
    "The widget market was valued at USD 2 billion in 2024.",
    "## Key Players\n\n- Lonza\n- Catalent",
    "Click here for the full report.",
    "## About Us\n\nAcme Research Inc. is a market research firm with revenue of USD 40 million "
    "and growth of 12% CAGR. Key clients include Zeta Corp., Eta Inc., and Theta Ltd.",
    "## Contact Us\n\nJane Doe\n\nsales@acme.example",
)

BOILERPLATE_WORDS = ["Acme", "Zeta", "Jane", "sales@acme.example", "Click here", "40"]


@pytest.mark.parametrize("word", BOILERPLATE_WORDS)
def test_boilerplate_in_no_field(word):
    report = extractor.extract(WITH_BOILERPLATE)
    # the publisher is read from the About block on purpose, and names itself as the
    # source of its own figures; no other field may hold boilerplate
    dumped = report.model_dump(
        exclude={"source": True, "publisher": True, "figures": {"__all__": {"source"}}}
    )
    assert word not in str(dumped)
    assert {f.source for f in report.figures} == {report.publisher}
    assert [c.name for c in report.companies] == ["Lonza", "Catalent"]
    assert [f.value for f in report.figures] == [2.0]
    assert report.growth == []


# Phrasings met first in the held-out sets (corpus/holdout, corpus/holdout2), one per row:
# release text -> (what to read from the record, expected).
HELD_OUT_PHRASINGS = [
    pytest.param(
        "<p>The widget market was valued at USD 5 billion in 2024. The competitive landscape "
        "is led by Nel ASA, Plug Power Inc. and Cummins Inc. Prices keep falling.</p>",
        "companies",
        ["Nel", "Plug Power", "Cummins"],
        id="landscape-led-by",
    ),
    pytest.param(
        "<h1>Widget Market</h1><h2>Key Companies</h2>"
        "<p>H.B. Fuller Company · Arkema S.A. · 3M Company · ams-OSRAM AG</p>",
        "companies",
        ["H.B. Fuller", "Arkema", "3M", "ams-OSRAM"],
        id="middle-dot-separated-lowercase-led",
    ),
    pytest.param(
        "<h1>Widget Market</h1><h2>Key Players</h2><ul><li>Babboe B.V. (Netherlands)</li>"
        "<li>GRC (Green Revolution Cooling)</li><li>sees.ai – drone inspection</li></ul>",
        "companies",
        ["Babboe", "GRC (Green Revolution Cooling)", "sees.ai"],
        id="country-dropped-acronym-kept-domain-name",
    ),
    pytest.param(
        "<p>According to Oakhurst Market Analytics, the global bio-based adhesives market "
        "was valued at USD 4 billion in 2024.</p>",
        "market",
        "bio-based adhesives",
        id="firm-market-word-skipped",
    ),
    pytest.param(
        "<p>The global AI in drug discovery market reached USD 1.9 billion in 2024.</p>",
        "market",
        "AI in drug discovery",
        id="ai-in-market-name",
    ),
    pytest.param(
        "<p>The widget market was valued at USD 5 billion in 2024. A start-up closed a "
        "$42 million Series B round in 2025.</p>",
        "roles",
        ["base", "other"],
        id="series-b-round-is-other",
    ),
    pytest.param(
        "<p>The widget market was valued at USD 5 billion in 2024. In 2025 a consortium "
        "committed USD 2 billion to a new cluster.</p>",
        "roles",
        ["base", "other"],
        id="committed-money-is-other",
    ),
    pytest.param(
        "<div>Widget market study<br><br>The widget market was valued at USD 5 billion in 2024."
        "<br><br>Growth Drivers<br>- Cheaper sensors on every line<br>- Rules that demand "
        "traceability<br><br>Key Companies Profiled<br>- Acme Corp.<br>- Globex GmbH</div>",
        "companies",
        ["Acme", "Globex"],
        id="whole-release-in-one-br-div",
    ),
    pytest.param(
        '<div><div class="subhead"><span class="bold">Key Drivers</span></div>'
        '<div class="item"><span>National heat plans set binding targets.</span></div>'
        '<div class="item"><span>Recovery funds cover the capital cost.</span></div></div>',
        "drivers",
        ["National heat plans set binding targets.", "Recovery funds cover the capital cost."],
        id="bold-by-class-heading",
    ),
    pytest.param(
        "Widget Market Report\n\nThe widget market was valued at USD 5 billion in 2024.\n\n"
        "Challenges\nHigh costs slow adoption in small plants.\n\nCompetitive landscape\n"
        "Key companies operating in the market include Acme Ltd, Globex Pty Ltd and Initech.\n",
        "challenges",
        ["High costs slow adoption in small plants."],
        id="plain-known-heading-ends-section",
    ),
]


def _read(report, what):
    if what == "companies":
        return [c.normalized for c in report.companies]
    if what == "market":
        return report.market
    if what == "roles":
        return [f.role for f in report.figures]
    return getattr(report.sections, what)


@pytest.mark.parametrize(("text", "what", "expected"), HELD_OUT_PHRASINGS)
def test_held_out_phrasings(text, what, expected):
    assert _read(extractor.extract(text), what) == expected
