"""HTML pages and fragments -> raw blocks.

The article is found and its chrome dropped (`article`), then its elements
are walked once, in order: <h1>-<h6> are headings, a paragraph in bold only
is a weak heading, <ul>/<ol> make (nested) lists, <table> rows make cells,
containers end paragraphs and <br> ends a line. Text inside an element that
is itself Markdown, or a whole release typed into one element with <br>
breaks, is handed to the text reader.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field

import regex as re
from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, Doctype, NavigableString, PageElement, ProcessingInstruction

from . import article, shapes
from .raw import BOLD_HEADING, LABEL_HEADING, BlockKind, Numbering, RawBlock
from .text import parse_text

#: An element holding this many <br> line breaks is laid out line by line, as plain
#: text: a whole release typed into one element. Fewer breaks are an address or a
#: short multi-line paragraph.
BR_LINES_AS_TEXT = 6

#: Elements that never hold the release's text.
DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "form",
        "iframe",
        "svg",
        "button",
        "select",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "picture",
        "img",
    ]
)
#: Elements that end a paragraph before and after themselves.
CONTAINER_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "figcaption",
        "caption",
        "header",
        "footer",
        "address",
        "body",
        "html",
        "center",
        "figure",
        "hgroup",
        "details",
        "summary",
        "tr",
        "td",
        "th",
    ]
)
HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
BOLD_TAGS = frozenset({"strong", "b"})
#: Bold written with a class or a style: <span class="bold">, style="font-weight:700".
_STYLED_BOLD = re.compile(r"\b(?:bold|strong)\b|font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
#: A text node that is Markdown (a fragment pasted into a <div>): bullets, "#", "**".
_MARKDOWN_LINE = re.compile(r"(?m)^[ \t]*(?:\#{1,6}\s|[-*+•]\s|\d{1,2}[.)]\s|\*\*)")
#: The page <title> often carries the site: "Widget Market Report | Daily News".
_TITLE_SITE_SEPARATOR = re.compile(r"(?<!\s)(?:\s+[|»]\s+|\s+[-–—]\s+(?=[A-Z][\w.]*(?:\s\w+)?$))")

#: Any of these tags makes a text HTML rather than Markdown or plain text.
HTML_HINT = re.compile(
    r"""<(?:p|div|li|ul|ol|h[1-6]|br|table|tr|td|th|strong|b|em|span|a|article|body|html|
    section|main|nav|script|style|head)\b[^>]*>""",
    re.VERBOSE | re.IGNORECASE,
)


@dataclass
class _Piece:
    text: str
    bold: bool
    markdown: bool


@dataclass(frozen=True)
class _After:
    """What to do once an element's children have been walked."""

    action: Callable[[], None]


def _nothing() -> None:
    return None


@dataclass
class _Walker:
    """Walks the article's elements in order, emitting raw blocks."""

    numbering: Numbering
    out: list[RawBlock] = field(default_factory=list)
    buf: list[_Piece] = field(default_factory=list)
    bold: int = 0
    list_stack: list[int] = field(default_factory=list)
    item_stack: list[int | None] = field(default_factory=list)

    def _open_kind(self) -> BlockKind:
        return "list_item" if self.item_stack else "paragraph"

    def flush(self, kind: BlockKind = "paragraph") -> None:
        if not self.buf:
            return
        pieces, self.buf = self.buf, []
        joined = "".join(p.text for p in pieces)
        if any(p.markdown for p in pieces):
            self.out.extend(parse_text(html.unescape(joined), self.numbering))
            return
        if kind != "list_item" and joined.count("\n") >= BR_LINES_AS_TEXT:
            # A whole release typed into one element with <br> line breaks: read its
            # lines as plain text (blank lines kept), so headings and bullets come out
            # as they would there.
            lines = (shapes.clean_line(line) for line in joined.split("\n"))
            self.out.extend(parse_text("\n".join(lines), self.numbering))
            return
        text = shapes.clean_inline(joined)
        if not text:
            return
        if kind == "list_item":
            self._list_item(text)
            return
        all_bold = all(p.bold for p in pieces if p.text.strip())
        if all_bold and shapes.is_bold_heading(text):
            self.out.append(RawBlock("heading", text, level=BOLD_HEADING))
        elif shapes.is_label_heading(text):
            self.out.append(RawBlock("heading", text, level=LABEL_HEADING))
        else:
            self.out.append(RawBlock("paragraph", text))

    def _list_item(self, text: str) -> None:
        parent = self.item_stack[-2] if len(self.item_stack) > 1 else None
        self.out.append(
            RawBlock(
                "list_item",
                text,
                list_id=self.list_stack[-1] if self.list_stack else None,
                depth=max(len(self.list_stack) - 1, 0),
                parent=parent,
            )
        )
        if self.item_stack:
            self.item_stack[-1] = len(self.out) - 1

    def visit(self, node: Tag) -> None:
        """Walk the elements under `node` in document order. Iterative, with a stack of its
        own: a page may nest elements deeper than Python's recursion limit."""
        stack: list[PageElement | _After] = [*reversed(list(node.children))]
        while stack:
            item = stack.pop()
            if isinstance(item, _After):
                item.action()
            elif isinstance(item, (Comment, Doctype, ProcessingInstruction)):
                continue
            elif isinstance(item, NavigableString):
                text = str(item)
                markdown = "\n" in text and bool(_MARKDOWN_LINE.search(text))
                if not markdown:
                    text = text.replace("\n", " ")  # a wrapped source line; <br> is a break
                self.buf.append(_Piece(text, self.bold > 0, markdown))
            elif isinstance(item, Tag):
                after = self._open(item)
                if after is not None:  # its children, then what closes it
                    stack.append(_After(after))
                    stack.extend(reversed(list(item.children)))

    def _open(self, tag: Tag) -> Callable[[], None] | None:
        """Do what an element's start does; return what its end does, or None when its
        children are not to be walked (dropped, read whole, or empty)."""
        name = (tag.name or "").lower()
        if name in DROP_TAGS:
            return None
        if name == "br":
            self.buf.append(_Piece("\n", self.bold > 0, False))
            return None
        if name in HEADING_TAGS:
            self.flush()
            text = shapes.clean_inline(tag.get_text(" ")).replace("\n", " ")
            if text:
                self.out.append(RawBlock("heading", text, level=HEADING_TAGS[name]))
            return None
        if name == "table":
            self.flush()
            self._table(tag)
            return None
        if name in ("ul", "ol"):
            self.flush(self._open_kind())
            self.list_stack.append(self.numbering.new_list())
            return self._close_list
        if name == "li":
            self.flush(self._open_kind())
            if not self.list_stack:
                self.list_stack.append(self.numbering.new_list())
            self.item_stack.append(None)
            return self._close_item
        if name in BOLD_TAGS or _STYLED_BOLD.search(
            " ".join(tag.get_attribute_list("class")) + " " + str(tag.get("style") or "")
        ):
            self.bold += 1
            return self._close_bold
        if name in CONTAINER_TAGS:
            self.flush(self._open_kind())
            return self._close_container
        return _nothing

    def _close_list(self) -> None:
        self.flush("list_item")
        self.list_stack.pop()

    def _close_item(self) -> None:
        self.flush("list_item")
        self.item_stack.pop()

    def _close_bold(self) -> None:
        self.bold -= 1

    def _close_container(self) -> None:
        self.flush(self._open_kind())

    def _table(self, table: Tag) -> None:
        table_id = self.numbering.new_table()
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        for r, tr in enumerate(rows):
            for c, cell in enumerate(tr.find_all(["td", "th"], recursive=False)):
                text = shapes.clean_inline(cell.get_text(" ")).replace("\n", " ")
                if text:
                    self.out.append(RawBlock("table_cell", text, table=(table_id, r, c)))


def parse_html(text: str, numbering: Numbering) -> tuple[list[RawBlock], tuple[str, ...]]:
    """An HTML page or fragment -> raw blocks of its article, and the page's metadata."""
    page = article.read_page(text)
    walker = _Walker(numbering)
    walker.visit(BeautifulSoup(page.article_html, "lxml"))
    walker.flush()
    blocks = walker.out
    title_outside = page.title_outside and shapes.clean_inline(page.title_outside)
    if title_outside:
        blocks.insert(0, RawBlock("heading", title_outside, level=1))
    elif page.title and not any(b.kind == "heading" and b.level <= 2 for b in blocks[:3]):
        name = max(_TITLE_SITE_SEPARATOR.split(page.title), key=len)
        blocks.insert(0, RawBlock("heading", name, level=1))
    return blocks, page.meta
