"""Stage 3, layout: any input shape -> the article as blocks over one clean text."""

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import rules
from extractor.layout import Document, article, layout
from extractor.layout.flat import flat_table
from extractor.layout.shapes import clean_line

HTML = """<p><strong>Market Overview</strong></p>
<p>The widget market grew strongly in 2024.</p>
<p><strong>Market Drivers</strong></p>
<ul>
<li>Rising demand for biologics</li>
<li>Cost efficiency &amp; speed</li>
</ul>
<p><strong>Key Players</strong></p>
<ol><li>Lonza</li><li>Catalent, Inc</li></ol>
"""

HTML_WITH_TITLE = "<h1>Widget Market Report</h1>\n" + HTML
MARKDOWN_WITH_HTML = "# Widget Market Report\n\n" + HTML

MARKDOWN = """# Widget Market Report

The widget market grew strongly in 2024.

## Market Drivers

- Rising demand
  - in hospitals
  - in clinics
- Cost efficiency

## Key Players

- Lonza
- Catalent
"""

PLAIN = """Widget Market Report

The widget market is growing fast.

Key drivers:
- Rising demand
* Cost efficiency
• Automation
1. Regulation
"""

ENTITIES = "<p>Johnson &amp; Johnson&rsquo;s share&nbsp;rose in 2024.</p>"

NEWS_PAGE = """<html><head><title>Widget Market | Daily News</title>
<style>.x { color: red }</style>
<script>var tracking = "USD 9 billion";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/markets">Markets navigation link</a></nav>
<article>
<h1>Widget Market to Reach USD 9.8 Billion by 2032</h1>
<p>The global widget market was valued at USD 5.2 billion in 2024 and is projected to reach
USD 9.8 billion by 2032, growing at a CAGR of 8.2% during the forecast period. Demand from
hospitals and clinics is the main reason for the growth of the market.</p>
</article>
<aside class="related"><ul><li>Gadget market hits USD 3 billion</li></ul></aside>
<footer>Copyright 2025 Daily News. All rights reserved.</footer>
<script>console.log("bye")</script>
</body></html>
"""

BOILERPLATE = """# Widget Market Report

The widget market grew strongly in 2024.

Click here for the full report.

The gadget market is poised to grow by USD 7 billion during 2024-2028. Request a free sample.

Get the report now. Request a free sample.

## About Us

Acme Research is a market research firm.

## Contact Us

sales@acme.example
"""

ALL_CASES = {
    "html": HTML,
    "html-with-title": HTML_WITH_TITLE,
    "markdown-with-html": MARKDOWN_WITH_HTML,
    "markdown": MARKDOWN,
    "plain": PLAIN,
    "entities": ENTITIES,
    "news-page": NEWS_PAGE,
    "boilerplate": BOILERPLATE,
}


def kinds_and_texts(result: Document) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in result.blocks]


BLOCKS = [
    pytest.param(
        HTML,
        [
            ("heading", "Market Overview"),
            ("paragraph", "The widget market grew strongly in 2024."),
            ("heading", "Market Drivers"),
            ("list_item", "Rising demand for biologics"),
            ("list_item", "Cost efficiency & speed"),
            ("heading", "Key Players"),
            ("list_item", "Lonza"),
            ("list_item", "Catalent, Inc"),
        ],
        id="html-bold-headings-and-lists",
    ),
    pytest.param(
        MARKDOWN,
        [
            ("heading", "Widget Market Report"),
            ("paragraph", "The widget market grew strongly in 2024."),
            ("heading", "Market Drivers"),
            ("list_item", "Rising demand"),
            ("list_item", "in hospitals"),
            ("list_item", "in clinics"),
            ("list_item", "Cost efficiency"),
            ("heading", "Key Players"),
            ("list_item", "Lonza"),
            ("list_item", "Catalent"),
        ],
        id="markdown",
    ),
    pytest.param(
        PLAIN,
        [
            ("heading", "Widget Market Report"),
            ("paragraph", "The widget market is growing fast."),
            ("heading", "Key drivers:"),
            ("list_item", "Rising demand"),
            ("list_item", "Cost efficiency"),
            ("list_item", "Automation"),
            ("list_item", "Regulation"),
        ],
        id="plain-text-bullets",
    ),
    pytest.param(
        ENTITIES,
        [("paragraph", "Johnson & Johnson’s share rose in 2024.")],
        id="html-entities",
    ),
    pytest.param(
        NEWS_PAGE,
        [
            ("heading", "Widget Market to Reach USD 9.8 Billion by 2032"),
            (
                "paragraph",
                "The global widget market was valued at USD 5.2 billion in 2024 and is "
                "projected to reach USD 9.8 billion by 2032, growing at a CAGR of 8.2% during "
                "the forecast period. Demand from hospitals and clinics is the main reason for "
                "the growth of the market.",
            ),
        ],
        id="news-page-article-only",
    ),
    pytest.param(
        "# Widget Market\n\nMarket size in 2032: USD 92.1 Billion\nCAGR (2025-2032): 8.4%\n"
        "Revenue forecast (2032): USD 12 billion",
        [
            ("heading", "Widget Market"),
            ("paragraph", "Market size in 2032: USD 92.1 Billion"),
            ("paragraph", "CAGR (2025-2032): 8.4%"),
            ("paragraph", "Revenue forecast (2032): USD 12 billion"),
        ],
        id="label-lines-with-a-bracket-before-the-colon-stand-alone",
    ),
    pytest.param(
        "date 2022-08-29 ×\nGlobal market for widgets expected to reach $250bn by 2030\n\n"
        "The global market for widgets is expected to reach $250bn by 2030.",
        [
            ("paragraph", "date 2022-08-29 ×"),
            ("heading", "Global market for widgets expected to reach $250bn by 2030"),
            ("paragraph", "The global market for widgets is expected to reach $250bn by 2030."),
        ],
        id="a-crawls-date-stamp-is-not-the-title-the-next-line-is",
    ),
]


LINE_LISTS = [
    pytest.param(
        "Widget Report\n\nBy Region:\nEurope\nNorth America\nAsia Pacific\n",
        [
            ("heading", "Widget Report"),
            ("heading", "By Region:"),
            ("list_item", "Europe"),
            ("list_item", "North America"),
            ("list_item", "Asia Pacific"),
        ],
        id="values-one-per-line-under-a-label",
    ),
    pytest.param(
        "Widget Report\n\nKey Players\nAcme\nBeta Corp\nGamma\n",
        [
            ("heading", "Widget Report"),
            ("heading", "Key Players"),
            ("list_item", "Acme"),
            ("list_item", "Beta Corp"),
            ("list_item", "Gamma"),
        ],
        id="a-known-heading-over-values",
    ),
    pytest.param(
        "Widget Report\n\nThe report covers these regions.\nEurope\nAsia\nAfrica\n",
        [
            ("heading", "Widget Report"),
            ("paragraph", "The report covers these regions."),
            ("list_item", "Europe"),
            ("list_item", "Asia"),
            ("list_item", "Africa"),
        ],
        id="a-sentence-over-values",
    ),
    pytest.param(
        "Widget Report\n\nThe market is expected to grow\nat a CAGR of 5% during\nthe "
        "forecast period.\n",
        [
            ("heading", "Widget Report"),
            (
                "paragraph",
                "The market is expected to grow at a CAGR of 5% during the forecast period.",
            ),
        ],
        id="hard-wrapped-prose-is-a-paragraph",
    ),
    pytest.param(
        "Widget Report\n\nEurope\nAsia\n",
        [("heading", "Widget Report"), ("heading", "Europe"), ("heading", "Asia")],
        id="two-short-lines-are-no-list",
    ),
]


def _cells(source: str) -> list[tuple[int, int, int, str]]:
    return [(*b.table, b.text) for b in layout(source).blocks if b.table is not None]


FLATTENED_TABLES = [
    pytest.param(
        "Gadget Report\n\nY1 | Y2 |\nPhones | 10 | 11 |\nTablets | 20 | 21 |\n",
        [
            (0, 0, 1, "Y1"),
            (0, 0, 2, "Y2"),
            (0, 1, 0, "Phones"),
            (0, 1, 1, "10"),
            (0, 1, 2, "11"),
            (0, 2, 0, "Tablets"),
            (0, 2, 1, "20"),
            (0, 2, 2, "21"),
        ],
        id="rows-without-a-leading-pipe-and-a-header-without-its-corner",
    ),
    pytest.param(
        "Gadget Report\n\nLabel | Y1 | Y2 |\nPhones |\n10 |\n11 |\nTablets | 20 | 21 |\n",
        [
            (0, 0, 0, "Label"),
            (0, 0, 1, "Y1"),
            (0, 0, 2, "Y2"),
            (0, 1, 0, "Phones"),
            (0, 1, 1, "10"),
            (0, 1, 2, "11"),
            (0, 2, 0, "Tablets"),
            (0, 2, 1, "20"),
            (0, 2, 2, "21"),
        ],
        id="a-row-cut-one-cell-to-a-line",
    ),
    pytest.param(
        "Gadget Market | Acme Research |\n\nThe market grew.\n", [], id="one-piped-line-is-no-table"
    ),
]


# a line, then its cells as (row, column, text); None where the line is no table
ONE_LINE_TABLES = [
    pytest.param(
        "By Region 2022 2023 Nordland 10.5 11.2 Sudmark 20.1 21.7 Ostvik 3.0 3.4",
        [
            (0, 0, "By Region"),
            (0, 1, "2022"),
            (0, 2, "2023"),
            (1, 0, "Nordland"),
            (1, 1, "10.5"),
            (1, 2, "11.2"),
            (2, 0, "Sudmark"),
            (2, 1, "20.1"),
            (2, 2, "21.7"),
            (3, 0, "Ostvik"),
            (3, 1, "3.0"),
            (3, 2, "3.4"),
        ],
        id="a-year-header-then-rows",
    ),
    pytest.param(
        "2023 Sales 2023 Growth (%) 2024 Sales 2024 Growth (%) Phones 1,204 -2.5 1,310 8.8 "
        "Tablets 880 3.0 905 2.8 Watches 120 9.1 140 16.7",
        [
            (0, 1, "2023 Sales"),
            (0, 2, "2023 Growth (%)"),
            (0, 3, "2024 Sales"),
            (0, 4, "2024 Growth (%)"),
            (1, 0, "Phones"),
            (1, 1, "1,204"),
            (1, 2, "-2.5"),
            (1, 3, "1,310"),
            (1, 4, "8.8"),
            (2, 0, "Tablets"),
            (2, 1, "880"),
            (2, 2, "3.0"),
            (2, 3, "905"),
            (2, 4, "2.8"),
            (3, 0, "Watches"),
            (3, 1, "120"),
            (3, 2, "9.1"),
            (3, 3, "140"),
            (3, 4, "16.7"),
        ],
        id="labels-with-years-the-last-run-into-the-first-row",
    ),
    pytest.param("Europe grew 4.1 5.2 and Asia 3.0 3.3 in 2024.", None, id="prose-with-numbers"),
    pytest.param(
        "Nordland 10.5 11.2 Sudmark 20.1 21.7 Ostvik 3.0 3.4", None, id="rows-without-a-header"
    ),
    pytest.param(
        "By Region 2022 2023 Nordland 10.5 11.2 Sudmark 20.1 21.7",
        None,
        id="two-rows-are-too-few",
    ),
    pytest.param("0 0", None, id="numbers-alone-no-label"),
    pytest.param("In 2024 the count went 4 5 6 7 8", None, id="prose-ending-on-numbers"),
]


@pytest.mark.parametrize(("line", "expected"), ONE_LINE_TABLES)
def test_flat_table(line, expected):
    cells = flat_table(line)
    got = [(c.row, c.column, line[c.start : c.end]) for c in cells] if cells is not None else None
    assert got == expected


def test_a_one_line_table_becomes_table_cells():
    source = (
        "Gadget Report\n\nBy Region 2022 2023 Nordland 10.5 11.2 Sudmark 20.1 21.7 Ostvik 3.0 3.4\n"
    )
    doc = layout(source)
    (table,) = doc.tables
    assert [c.text for c in table.rows[0]] == ["By Region", "2022", "2023"]
    assert [c.text for c in table.column(0)] == ["By Region", "Nordland", "Sudmark", "Ostvik"]


@pytest.mark.parametrize(("source", "expected"), FLATTENED_TABLES)
def test_tables_flattened_to_text(source, expected):
    assert _cells(source) == expected


@pytest.mark.parametrize(("source", "expected"), LINE_LISTS)
def test_values_written_one_per_line_are_a_list(source, expected):
    assert kinds_and_texts(layout(source)) == expected


@pytest.mark.parametrize(("source", "expected"), BLOCKS)
def test_blocks(source, expected):
    assert kinds_and_texts(layout(source)) == expected


@pytest.mark.parametrize("source", list(ALL_CASES.values()), ids=list(ALL_CASES))
def test_every_block_is_its_span_of_the_clean_text(source):
    result = layout(source)
    assert result.blocks
    for block in result.blocks:
        assert result.text[block.start : block.end] == block.text


HEADING_LEVELS = [
    pytest.param(HTML, "Market Drivers", 7, id="html-bold-paragraph"),
    pytest.param(HTML_WITH_TITLE, "Widget Market Report", 1, id="html-h1"),
    pytest.param(MARKDOWN, "Widget Market Report", 1, id="markdown-h1"),
    pytest.param(MARKDOWN, "Key Players", 2, id="markdown-h2"),
]


@pytest.mark.parametrize(("source", "heading", "level"), HEADING_LEVELS)
def test_heading_levels(source, heading, level):
    found = [b for b in layout(source).blocks if b.text == heading]
    assert [(b.kind, b.level) for b in found] == [("heading", level)]


def test_list_items_know_their_heading_and_list():
    result = layout(HTML)
    by_text = {b.text: b for b in result.blocks}
    drivers, players = by_text["Market Drivers"], by_text["Key Players"]
    assert by_text["Rising demand for biologics"].heading == drivers.index
    assert by_text["Lonza"].heading == players.index
    drivers_list = by_text["Rising demand for biologics"].list_id
    assert by_text["Cost efficiency & speed"].list_id == drivers_list
    assert by_text["Lonza"].list_id == by_text["Catalent, Inc"].list_id
    assert by_text["Lonza"].list_id != drivers_list


def test_markdown_nested_bullets_by_indentation():
    by_text = {b.text: b for b in layout(MARKDOWN).blocks}
    outer = by_text["Rising demand"]
    assert [outer.depth, by_text["Cost efficiency"].depth] == [0, 0]
    for child in ("in hospitals", "in clinics"):
        assert by_text[child].depth == 1
        assert by_text[child].parent == outer.index


def test_html_fragment_inside_markdown_lays_out_like_pure_html():
    def shape(result: Document) -> list[tuple]:
        return [(b.kind, b.text, b.level, b.depth, b.heading) for b in result.blocks]

    mixed = layout(MARKDOWN_WITH_HTML)
    assert shape(mixed) == shape(layout(HTML_WITH_TITLE))
    assert mixed.text == layout(HTML_WITH_TITLE).text
    assert mixed.title is not None and mixed.title.text == "Widget Market Report"


PAGE_CHROME = [
    pytest.param("Home", id="nav"),
    pytest.param("navigation link", id="nav-link"),
    pytest.param("tracking", id="script"),
    pytest.param("color", id="style"),
    pytest.param("Gadget", id="aside-related"),
    pytest.param("Copyright", id="footer"),
    pytest.param("Daily News", id="page-title"),
]


@pytest.mark.parametrize("chrome", PAGE_CHROME)
def test_news_page_chrome_is_dropped(chrome):
    assert chrome not in layout(NEWS_PAGE).text


BOILERPLATE_FLAGS = [
    pytest.param("The widget market grew strongly in 2024.", False, id="body-paragraph"),
    pytest.param("Widget Market Report", False, id="title"),
    pytest.param("Click here for the full report.", True, id="call-to-action"),
    pytest.param(
        "The gadget market is poised to grow by USD 7 billion during 2024-2028. Request a free "
        "sample.",
        False,
        id="a-release-sentence-before-a-call-to-action",
    ),
    pytest.param(
        "Get the report now. Request a free sample.", True, id="a-short-call-before-a-call"
    ),
    pytest.param("About Us", True, id="about-us-heading"),
    pytest.param("Acme Research is a market research firm.", True, id="about-us-body"),
    pytest.param("Contact Us", True, id="contact-us-heading"),
    pytest.param("sales@acme.example", True, id="email"),
]


@pytest.mark.parametrize(("text", "flagged"), BOILERPLATE_FLAGS)
def test_boilerplate_is_flagged_but_kept(text, flagged):
    result = layout(BOILERPLATE)
    block = next(b for b in result.blocks if b.text == text)
    assert block.boilerplate is flagged
    assert text in result.text


# text, the call to action found in it (None: no call at all)
CALLS_TO_ACTION = [
    pytest.param("Click here for the full report.", "Click here", id="click-here"),
    pytest.param("REQUEST A FREE SAMPLE", "REQUEST A FREE SAMPLE", id="upper-case"),
    pytest.param("To know more, Speak to an Analyst", "Speak to an Analyst", id="mid-line"),
    pytest.param("Visit www.acme.example today", "Visit www.", id="visit-a-site"),
    pytest.param("Ask for Customisation", "Ask for Customisation", id="british-spelling"),
    pytest.param("\u017fubscribe now", "\u017fubscribe", id="long-s-folds-to-s"),
    pytest.param("Prices are requested by buyers.", None, id="word-inside-another"),
    pytest.param("The market grew 8% in 2024.", None, id="release-sentence"),
    pytest.param("Churn fell as resubscribe rates rose.", None, id="no-word-start"),
    pytest.param("Subscribe now", "Subscribe", id="subscribe"),
    pytest.param("Subscribers grew 9% in 2024.", None, id="no-word-end"),
    pytest.param("Read moreover the notes", None, id="a-longer-word-after"),
]


def test_a_short_paragraph_on_subscribers_is_no_call_to_action():
    text = "Widget Report\n\nSubscribers to widget services grew to USD 1.2 billion in 2024.\n"
    block = next(b for b in layout(text).blocks if b.text.startswith("Subscribers"))
    assert not block.boilerplate


@pytest.mark.parametrize(("text", "found"), CALLS_TO_ACTION)
def test_calls_to_action_are_found_behind_their_quick_test(text, found):
    match = rules.call_to_action(text)
    assert (match.group() if match else None) == found
    full = rules.CALL_TO_ACTION.search(text)
    assert (full.group() if full else None) == found


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.text(alphabet=list("ab .,\t\r\x0b\x0c\x1c"), max_size=20)  # ASCII: the shortcut
    | st.text(alphabet=list("ab .\t\xa0\u200b\u2003é"), max_size=20)  # and the full rule
)
@example("a\tb")
@example("a  b ")
@example("a\xa0b")
@example("a\u200bb")
def test_clean_line_shortcut_agrees_with_the_full_rule(line: str) -> None:
    """The ASCII shortcut gives what the regexes give: no-break spaces made plain,
    invisible marks dropped, runs of white space squeezed, ends trimmed."""
    plain = regex.sub(r"[\u200b-\u200d\u2060\ufeff\u00ad]", "", line.replace("\xa0", " "))
    assert clean_line(line) == regex.sub(r"[^\S\n]+", " ", plain).strip()


# depth: libxml2 drops what lies deeper than 256 elements; such a page is parsed again
# with its runs of bare tags collapsed, and only such a page
NESTED_PAGES = [
    pytest.param(300, id="deeper-than-libxml2-allows"),
    pytest.param(100_000, id="far-deeper"),
    pytest.param(50, id="shallow"),
]


@pytest.mark.parametrize("depth", NESTED_PAGES)
def test_deeply_nested_text_is_kept(depth: int) -> None:
    page = f"<html><body>{'<div>' * depth}Widgets sold well.{'</div>' * depth}</body></html>"
    assert "Widgets sold well." in "".join(article.parse(page).itertext())


def test_a_long_run_of_tags_in_a_shallow_page_is_parsed_as_written() -> None:
    page = "<html><body><p>Row</p>" + "<br>" * 150 + "<p>End</p></body></html>"
    assert len(article.parse(page).findall(".//br")) == 150


# page, the metadata read outside the article (its <title>, then its bylines)
PAGE_META = [
    pytest.param(
        "<html><head><title>Widget News</title></head><body>"
        "<div class='Post-Author'>By Orion Research</div><article><p>"
        + "Widgets sell. " * 30
        + "</p></article></body></html>",
        ("Widget News", "By Orion Research"),
        id="a-byline-outside-the-article-in-any-case",
    ),
    pytest.param(
        "<html><head><title>Widget News</title></head><body>"
        "<div class='sidebar'>Orion Research</div><article><p>"
        + "Widgets sell. " * 30
        + "</p></article></body></html>",
        ("Widget News",),
        id="no-byline-word-on-the-page",
    ),
]


@pytest.mark.parametrize(("page", "meta"), PAGE_META)
def test_page_meta(page, meta):
    assert article.read_page(page).meta == meta
