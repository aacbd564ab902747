"""Stage 3's document model: the heading tree, lists, typed table cells, feed records."""

import pytest

from extractor.layout import cell_kind, form_of, layout
from extractor.layout.feed import split_feed

TREE = """# Widget Market Report

The widget market grew in 2024.

## Market Drivers

- Rising demand
  - in hospitals
  - in clinics
- Lower costs

### Regional notes

Asia leads.

## Key Players

| Company | Country |
|---|---|
| Lonza | Switzerland |
| Catalent | U.S. |
"""


def _heading(doc, text):
    return next(b for b in doc.blocks if b.kind == "heading" and b.text == text)


# heading, the texts of the blocks in its section (sub-sections included)
SECTIONS = [
    pytest.param(
        "Market Drivers",
        [
            "Rising demand",
            "in hospitals",
            "in clinics",
            "Lower costs",
            "Regional notes",
            "Asia leads.",
        ],
        id="h2-holds-its-h3",
    ),
    pytest.param("Regional notes", ["Asia leads."], id="h3-ends-at-next-h2"),
    pytest.param(
        "Key Players",
        ["Company", "Country", "Lonza", "Switzerland", "Catalent", "U.S."],
        id="table-section-to-the-end",
    ),
]


@pytest.mark.parametrize(("heading", "texts"), SECTIONS)
def test_section_bodies(heading, texts):
    doc = layout(TREE)
    assert [b.text for b in doc.body(_heading(doc, heading))] == texts


def test_sections_are_every_heading_in_order():
    doc = layout(TREE)
    assert [s.heading.text for s in doc.sections() if s.heading] == [
        "Widget Market Report",
        "Market Drivers",
        "Regional notes",
        "Key Players",
    ]


def test_first_list_gives_top_level_items_and_children_nest():
    doc = layout(TREE)
    items = doc.first_list(doc.body(_heading(doc, "Market Drivers")))
    assert [b.text for b in items] == ["Rising demand", "Lower costs"]
    assert [b.text for b in doc.children(items[0])] == ["in hospitals", "in clinics"]
    assert doc.children(items[1]) == ()


def test_list_after_a_heading_skips_prose_and_stops_at_the_next_heading():
    doc = layout("Based on Type:\n\nSome words first.\n\n- Alpha\n- Beta\n\n## Next\n\n- Gamma\n")
    heading = doc.blocks[0]
    assert [b.text for b in doc.list_after(heading)] == ["Alpha", "Beta"]


def test_table_rows_headers_and_row_labels():
    doc = layout(TREE)
    (table,) = doc.tables
    assert [[c.text for c in row] for row in table.rows] == [
        ["Company", "Country"],
        ["Lonza", "Switzerland"],
        ["Catalent", "U.S."],
    ]
    cell = table.cell(2, 1)
    assert cell is not None and cell.text == "U.S."
    assert table.header_of(cell).text == "Country"
    assert table.row_head(cell).text == "Catalent"
    assert table.header_of(table.cell(0, 1)) is None
    assert table.row_head(table.cell(1, 0)) is None
    assert doc.table_of(cell) is table
    assert doc.table_of(doc.blocks[0]) is None


CELLS = [
    ("2024", "year"),
    ("FY2025", "year"),
    ("2025-2032", "period"),
    ("12.5%", "percent"),
    ("8,4 %", "percent"),
    ("1,234.5", "number"),
    ("USD 4.2 Bn", "money"),
    ("$390", "money"),
    ("18.640,5 EUR", "money"),
    ("Lonza", "text"),
    ("North America", "text"),
    ("3 units", "text"),
]


@pytest.mark.parametrize(("text", "kind"), CELLS)
def test_cell_kinds(text, kind):
    assert cell_kind(text) == kind


def test_block_at_finds_the_block_of_an_offset():
    doc = layout(TREE)
    for block in doc.blocks:
        assert doc.block_at(block.start) == block
        assert doc.block_at(block.end - 1) == block


# --------------------------------------------------------------------------
# Forms and feed records
# --------------------------------------------------------------------------

FEED = """---
title: "Widget Market Worth $4.42 Billion By 2025 | CAGR: 7.5%"
excerpt: "Demand from hospitals drives the widget market ..."
sourceUrl: https://example.com/widgets
provider:
  name: Example Wire
topics:
  - Widgets
---
"""

FORMS = [
    pytest.param(FEED, "feed", id="front-matter"),
    pytest.param(FEED + "\nThe body of the release.\n", "feed", id="front-matter-with-body"),
    pytest.param("<p>The widget market</p>", "html", id="html-fragment"),
    pytest.param("# Widget Market\n\nText.", "text", id="markdown"),
    pytest.param("Widget Market\n\nText.", "text", id="plain"),
    pytest.param("---\n\nA rule, then text.\n", "text", id="rule-is-not-front-matter"),
    pytest.param("---\n: : not yaml [\n---\nText", "text", id="broken-yaml-is-text"),
    pytest.param(
        '---\ntitle: "Widget Market"\nexcerpt: "Demand grows"\n', "feed", id="never-closed"
    ),
    pytest.param(
        '---\ntitle: "Widget Market"\nexcerpt: "Demand gr', "feed", id="cut-inside-a-value"
    ),
    pytest.param("---\nJust a rule over text.\n", "text", id="open-rule-without-keys"),
    pytest.param(
        '  - title: "Widget Market"\n    excerpt: "Demand grows"\n', "feed", id="bare-yaml-list"
    ),
    pytest.param('title: "Widget Market"\nexcerpt: "Demand"\n', "feed", id="bare-yaml-mapping"),
    pytest.param("Title: Widget Market\n\nDemand grows fast.\n", "text", id="label-line-is-text"),
    pytest.param("Note: demand grows.\n", "text", id="label-without-record-keys"),
]


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_form_of(text, form):
    assert form_of(text) == form


def test_feed_record_title_and_excerpt_are_the_release():
    doc = layout(FEED)
    assert doc.title is not None
    assert doc.title.text == "Widget Market Worth $4.42 Billion By 2025 | CAGR: 7.5%"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]
    assert doc.blocks[1].text.startswith("Demand from hospitals")
    assert doc.url == "https://example.com/widgets"
    assert doc.provider == "Example Wire"
    assert "Widgets" not in doc.text  # topics are metadata


def test_feed_excerpt_repeated_by_the_body_is_read_once():
    text = FEED + "\nDemand from hospitals drives the widget market, which grows.\n"
    doc = layout(text)
    assert doc.text.count("Demand from hospitals") == 1


def test_feed_body_in_html():
    doc = layout(FEED + "<p>The widget market grew <strong>fast</strong>.</p>\n")
    assert doc.blocks[-1].text == "The widget market grew fast."


def test_feed_cut_short_keeps_its_whole_keys():
    record = split_feed('---\ntitle: "Widget Market"\ntopics:\n  - AI\nexcerpt: "Demand gr')
    assert record is not None
    assert (record.title, record.excerpt) == ("Widget Market", None)


def test_split_feed_reads_a_body_key_when_there_is_no_body():
    record = split_feed("---\ntitle: T\ncontent: The body text.\n---\n")
    assert record is not None and record.body == "The body text."


def test_markdown_escapes_are_undone():
    doc = layout("# Widget Market\n\nIt grows at a CAGR of 31.0\\% to \\$4.5 billion.\n")
    assert doc.blocks[1].text == "It grows at a CAGR of 31.0% to $4.5 billion."


# a short line, then what kind of block it becomes
LINE_KINDS = [
    pytest.param("Key Trends\n", "heading", id="short-title-line"),
    pytest.param("Forecast period: 2025-2032\n", "heading", id="short-label"),
    pytest.param(
        "Consumer electronics: Semiconductors are used in every phone\n",
        "paragraph",
        id="label-then-text-is-a-paragraph",
    ),
]


@pytest.mark.parametrize(("line", "kind"), LINE_KINDS)
def test_last_line_kinds(line, kind):
    doc = layout("# Widget Market\n\nThe market grows.\n\n" + line)
    assert doc.blocks[-1].kind == kind
