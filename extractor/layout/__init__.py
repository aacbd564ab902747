"""Stage 3: text -> the document model.

| module | its one job |
|---|---|
| `forms` (here) | tell the input form: HTML, feed record, Markdown or plain text |
| `feed` | split a feed record's front matter from its body |
| `html` | walk an HTML page or fragment into raw blocks |
| `article` | find a page's article and drop its chrome |
| `text` | read Markdown and plain text into raw blocks |
| `shapes` | the named thresholds that make a line a heading |
| `boilerplate` | flag About/Contact zones and calls to action |
| `document` | lay the blocks over one clean text and build the tree |
"""

from __future__ import annotations

from typing import Literal

from . import feed
from .document import Block, Document, Section, Table, build, cell_kind
from .html import HTML_HINT, parse_html
from .raw import BOLD_HEADING, LABEL_HEADING, BlockKind, Numbering, RawBlock
from .text import parse_plain

__all__ = [
    "BOLD_HEADING",
    "LABEL_HEADING",
    "Block",
    "BlockKind",
    "Document",
    "Form",
    "Section",
    "Table",
    "cell_kind",
    "form_of",
    "layout",
]

Form = Literal["html", "feed", "text"]


def form_of(text: str) -> Form:
    """The input form: a feed record (front matter), HTML, or Markdown / plain text."""
    if feed.split_feed(text) is not None:
        return "feed"
    return "html" if HTML_HINT.search(text) else "text"


def _body(text: str, numbering: Numbering) -> tuple[list[RawBlock], tuple[str, ...]]:
    if HTML_HINT.search(text):
        return parse_html(text, numbering)
    return parse_plain(text, numbering), ()


def _feed(record: feed.FeedRecord, numbering: Numbering) -> Document:
    raws: list[RawBlock] = []
    if record.title:
        raws.append(RawBlock("heading", record.title, level=1))
    if record.excerpt and feed.excerpt_is_new(record):
        raws.append(RawBlock("paragraph", record.excerpt))
    body, meta = _body(record.body, numbering)
    if record.title and body and body[0].kind == "heading" and body[0].text == record.title:
        body = body[1:]  # the body repeats the title as its first heading
    raws += body
    return build(raws, meta, url=record.url, provider=record.provider)


def layout(text: str) -> Document:
    """Find the article in `text` and lay it out as the document model."""
    numbering = Numbering()
    record = feed.split_feed(text)
    if record is not None:
        return _feed(record, numbering)
    raws, meta = _body(text, numbering)
    return build(raws, meta)
