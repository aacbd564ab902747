"""A release inside a full news page yields the same facts as the bare release.

Every corpus release is laid out, rendered back to plain HTML as the body of
an <article>, and dropped into a page with what news sites put around a
release: a style sheet, scripts holding prices and rates, a navigation menu,
a cookie banner, menus and a related-news list full of other markets'
figures and CAGRs, and a footer with an address, an email and a figure of its
own. Menus, lists and footer are plain <div>s marked only by class or id, as
on many real sites, so the article must be found, not just <nav> dropped. The facts read from that
page must equal the facts read from the bare release.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from extractor import decode, extract, layout, repair
from extractor.evaluate import gold_pairs
from extractor.layout import BOLD_HEADING, LABEL_HEADING, Block
from extractor.models import MarketReport

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
#: Findings about the bytes, not the text: a rendered page is clean UTF-8.
ENCODING_FINDINGS = {"text_repaired", "invalid_bytes"}

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<style>.price::after {{ content: "USD 2,450"; }} body {{ font: 16px/1.4 serif; }}</style>
<script>window.offer = {{ label: "Reports from USD 1,999", cagr: "12.5%", year: 2031 }};</script>
</head><body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/m">Markets</a></li>
<li><a href="/e">Energy</a></li><li><a href="/h">Healthcare</a></li></ul></nav></header>
<div class="top-menu"><ul><li><a href="/t">Top 10 markets of 2025</a></li>
<li><a href="/b">Battery Market to Reach USD 400 Billion by 2030</a></li></ul></div>
<div class="cookie-banner">We use cookies to improve your experience. Accept all?</div>
<div class="breadcrumb">Home &raquo; Press releases &raquo; Market research</div>
<main><article>
{article}
</article>
<div class="sidebar related-posts"><h3>More market news</h3><ul>
<li><a href="/r1">Smart Meter Market to hit USD 30 billion by 2030, at 8% CAGR
&mdash; read more</a></li>
<li><a href="/r2">Key players such as Acme Corp., Globex Inc. and Initech LLC lead the
robotics market</a></li>
<li><a href="/r3">Cold Chain Market worth $412.6 Bn by 2032, growing at a CAGR of 14.2%
from 2024 to 2032</a></li>
</ul></div></main>
<div id="site-footer"><p>Markets Daily, 12 Harbour Street, Leeds LS1 4AB. Markets Daily
Ltd. is a news publisher with revenue of USD 12 million in 2024.</p>
<p>Contact: newsroom@marketsdaily.example &middot; &copy; 2025 Markets Daily Ltd.</p></div>
<script>console.log("tracking 2024-2032", 5.4);</script>
</body></html>
"""


def _text(block: Block) -> str:
    return "<br>".join(html.escape(line) for line in block.text.split("\n"))


def render(blocks: tuple[Block, ...]) -> str:
    """Blocks back to plain HTML: headings, paragraphs, nested lists, tables."""
    out: list[str] = []
    open_lists: list[int] = []  # depth of each open <ul>
    table: int | None = None
    row: int | None = None

    def close_lists(depth: int = -1) -> None:
        while open_lists and open_lists[-1] > depth:
            open_lists.pop()
            out.append("</li></ul>")

    def close_table() -> None:
        nonlocal table, row
        if table is not None:
            out.append("</tr></table>")
            table, row = None, None

    list_id: int | None = None
    for block in blocks:
        if block.kind != "list_item" or (block.depth == 0 and block.list_id != list_id):
            close_lists()  # a new list starts a new <ul>
        if block.kind == "list_item" and block.depth == 0:
            list_id = block.list_id
        if block.kind != "table_cell":
            close_table()
        if block.kind == "heading":
            if block.level in (BOLD_HEADING, LABEL_HEADING):
                # Plain-text headings ("GROWTH DRIVERS") are written bold on a web page.
                out.append(f"<p><strong>{_text(block)}</strong></p>")
            else:
                out.append(f"<h{block.level}>{_text(block)}</h{block.level}>")
        elif block.kind == "paragraph":
            out.append(f"<p>{_text(block)}</p>")
        elif block.kind == "list_item":
            if open_lists and open_lists[-1] == block.depth:
                out.append(f"</li><li>{_text(block)}")
            elif open_lists and open_lists[-1] > block.depth:
                close_lists(block.depth)
                out.append(f"</li><li>{_text(block)}")
            else:
                out.append(f"<ul><li>{_text(block)}")
                open_lists.append(block.depth)
        else:
            assert block.table is not None
            number, r, _ = block.table
            if table != number:
                close_table()
                out.append("<table><tr>")
                table, row = number, r
            elif row != r:
                out.append("</tr><tr>")
                row = r
            out.append(f"<td>{_text(block)}</td>")
    close_lists()
    close_table()
    return "\n".join(out)


def facts(record: MarketReport) -> dict:
    """What a user reads from a record, without offsets (they move with the page)."""
    return {
        "figures": [
            (f.value, f.unit, f.currency, f.year, f.role, f.scope, f.qualifier, f.low, f.high)
            for f in record.figures
        ],
        "growth": [(g.cagr, g.start_year, g.end_year, g.scope, g.qualifier) for g in record.growth],
        "forecast_period": record.forecast_period
        and (record.forecast_period.start_year, record.forecast_period.end_year),
        "companies": [(c.name, c.normalized) for c in record.companies],
        "segments": [(s.dimension, s.values) for s in record.segments],
        "sections": record.sections.model_dump(),
        "checks": [(c.stated_cagr, c.implied_cagr, c.outcome) for c in record.checks],
        "findings": sorted(f.code for f in record.findings if f.code not in ENCODING_FINDINGS),
        "market": record.market,
        "region": record.region,
        "publisher": record.publisher,
    }


def page(bare: layout.Document) -> str:
    """The release as a news site shows it; the site keeps the release's own page title."""
    title = f"{bare.page_meta[0]} | Markets Daily" if bare.page_meta else "Markets Daily"
    return PAGE.format(article=render(bare.blocks), title=html.escape(title))


def _bare_layout(data: bytes) -> layout.Document:
    return layout.layout(repair.repair(decode.decode(data).text).text)


def test_renderer_round_trips_a_release() -> None:
    """The renderer itself must not change the facts, or the page test proves nothing."""
    doc = CORPUS / "01-north-america-biopharma-cmo.txt"
    data = doc.read_bytes()
    rendered = render(_bare_layout(data).blocks)
    assert facts(extract(rendered)) == facts(extract(data))


@pytest.mark.parametrize("doc", [d for d, _ in gold_pairs(CORPUS)], ids=lambda d: d.name)
def test_news_page_gives_the_same_facts(doc: Path) -> None:
    data = doc.read_bytes()
    bare = extract(data)
    wrapped = extract(page(_bare_layout(data)))
    assert wrapped.status == "ok"
    assert facts(wrapped) == facts(bare)
