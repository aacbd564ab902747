"""The document model every later stage reads.

The article is laid out as blocks over one clean text (blocks joined by a
blank line, each knowing its span), and over those blocks a tree: sections
opened by headings, lists with nested items, tables as rows of typed cells.
Extractors ask the document ("the blocks under this heading", "the first
list in them", "the header cell above this cell") instead of re-walking.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import regex as re

from . import boilerplate
from .raw import LABEL_HEADING, BlockKind, RawBlock
from .shapes import clean_inline

#: Blocks are joined by a blank line in the clean text.
BLOCK_SEPARATOR = "\n\n"
#: A document without an <h1> takes its first strong heading (h1-h3) among its first
#: few blocks as the title; one further down is a section, not the title.
TITLE_SEARCH_BLOCKS = 5
TITLE_MAX_LEVEL = 3

#: Heading levels run 1-6 (<h1>-<h6>, Markdown), then bold (7) and label (8) headings;
#: a list item or paragraph used as a heading is weaker than all of them.
WEAKER_THAN_ANY_HEADING = LABEL_HEADING + 1

CellKind = Literal["year", "period", "percent", "money", "number", "text"]

_CELL_KINDS: tuple[tuple[CellKind, re.Pattern[str]], ...] = (
    ("year", re.compile(r"(?:FY\s?)?(?:19|20)\d\d[A-Z]?")),
    ("period", re.compile(r"(?:19|20)\d\d\s?[-–—/]\s?(?:19|20)?\d\d")),
    ("percent", re.compile(r"[-+~]?\d+(?:[.,]\d+)?\s?%")),
    ("number", re.compile(r"[-+~]?\d[\d.,\s]*")),
    ("money", re.compile(r"[^\d\s]{1,4}\s?\d[\d.,]*\s?\w{0,8}|\d[\d.,]*\s?[^\d\s]{1,12}")),
)


def cell_kind(text: str) -> CellKind:
    """What a table cell holds: a year, a period, a percentage, a number, money or text."""
    stripped = text.strip()
    for kind, pattern in _CELL_KINDS:
        if pattern.fullmatch(stripped):
            if kind == "money" and not re.search(r"[$€£¥₹]|\b[A-Z]{3}\b", stripped):
                continue
            return kind
    return "text"


@dataclass(frozen=True)
class Block:
    """One unit of layout, located in the clean text by `start`/`end`."""

    index: int
    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0
    list_id: int | None = None
    depth: int = 0
    #: Index of the list item this item is nested under.
    parent: int | None = None
    #: (table id, row, column) for a table cell.
    table: tuple[int, int, int] | None = None
    #: Index of the nearest heading before this block.
    heading: int | None = None
    boilerplate: bool = False

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Table:
    """A table as rows of cells; row 0 is the header row."""

    id: int
    cells: tuple[Block, ...]

    @cached_property
    def rows(self) -> tuple[tuple[Block, ...], ...]:
        by_row: dict[int, list[Block]] = {}
        for cell in self.cells:
            assert cell.table is not None
            by_row.setdefault(cell.table[1], []).append(cell)
        return tuple(tuple(by_row[r]) for r in sorted(by_row))

    @property
    def header(self) -> tuple[Block, ...]:
        return self.rows[0] if self.rows else ()

    def cell(self, row: int, col: int) -> Block | None:
        return next((c for c in self.cells if c.table and c.table[1:] == (row, col)), None)

    def column(self, col: int) -> tuple[Block, ...]:
        return tuple(c for c in self.cells if c.table and c.table[2] == col)

    def header_of(self, cell: Block) -> Block | None:
        """The header cell above a body cell."""
        assert cell.table is not None
        _, row, col = cell.table
        return None if row == 0 else self.cell(0, col)

    def row_head(self, cell: Block) -> Block | None:
        """The first cell of a body cell's row (its label), when that is another cell."""
        assert cell.table is not None
        _, row, col = cell.table
        return None if col == 0 else self.cell(row, 0)

    def kind(self, cell: Block) -> CellKind:
        return cell_kind(cell.text)


@dataclass(frozen=True)
class Section:
    """A heading and every block up to the next heading of the same or a stronger level."""

    heading: Block | None
    blocks: tuple[Block, ...]

    @property
    def level(self) -> int:
        return self.heading.level if self.heading is not None else 0


@dataclass(frozen=True)
class Document:
    """The article: blocks over one clean text, with the tree over them."""

    text: str
    blocks: tuple[Block, ...]
    title: Block | None
    #: Text outside the article that may name the publisher: the page <title>,
    #: bylines. Not part of the clean text, so no fact with evidence is read from it.
    page_meta: tuple[str, ...] = ()
    #: Where the release came from, when the input says (a feed record's source URL).
    url: str | None = None
    #: The wire or aggregator that carried it, when the input names one.
    provider: str | None = None

    # -- positions -----------------------------------------------------------------

    @cached_property
    def _starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def block_at(self, offset: int) -> Block:
        """The block holding (or last starting before) a character offset."""
        return self.blocks[max(bisect.bisect_right(self._starts, offset) - 1, 0)]

    def in_title(self, offset: int) -> bool:
        """Does a character offset lie in the release's title?"""
        return self.title is not None and self.title.start <= offset < self.title.end

    # -- sections ------------------------------------------------------------------

    def body(self, heading: Block) -> tuple[Block, ...]:
        """The blocks under `heading` up to the next heading of the same or a stronger level.

        A list item or paragraph that works as a heading ("By Product" over a nested
        list, "Key players:") has no level: its body runs to the next heading.
        """
        level = heading.level if heading.kind == "heading" else WEAKER_THAN_ANY_HEADING
        out: list[Block] = []
        for block in self.blocks[heading.index + 1 :]:
            if block.kind == "heading" and block.level <= level:
                break
            out.append(block)
        return tuple(out)

    def section(self, heading: Block) -> Section:
        return Section(heading, self.body(heading))

    def sections(self) -> Iterator[Section]:
        """Every section, in document order."""
        for block in self.blocks:
            if block.kind == "heading":
                yield self.section(block)

    def heading_of(self, block: Block) -> Block | None:
        return self.blocks[block.heading] if block.heading is not None else None

    # -- lists ---------------------------------------------------------------------

    @cached_property
    def _children(self) -> dict[int, tuple[Block, ...]]:
        out: dict[int, list[Block]] = {}
        for block in self.blocks:
            if block.parent is not None:
                out.setdefault(block.parent, []).append(block)
        return {parent: tuple(kids) for parent, kids in out.items()}

    def children(self, item: Block) -> tuple[Block, ...]:
        """The items nested directly under a list item."""
        return self._children.get(item.index, ())

    def first_list(self, blocks: Sequence[Block]) -> tuple[Block, ...]:
        """The top-level items of the first list among `blocks`."""
        items = [b for b in blocks if b.kind == "list_item"]
        if not items:
            return ()
        first = [b for b in items if b.list_id == items[0].list_id]
        top = min(b.depth for b in first)
        return tuple(b for b in first if b.depth == top)

    def list_after(self, heading: Block) -> tuple[Block, ...]:
        """The list right under a heading-like block: its top-level items, in order.

        Prose between the heading and the list is allowed; another heading or the end
        of the list stops it. A list item used as a heading gives its nested items.
        """
        if heading.kind == "list_item":
            return self.children(heading)
        items: list[Block] = []
        for block in self.blocks[heading.index + 1 :]:
            if block.kind != "list_item":
                if items or block.kind == "heading":
                    break
                continue
            if items and block.list_id != items[0].list_id and block.depth <= items[0].depth:
                break
            if not items or block.depth == items[0].depth:
                items.append(block)
        return tuple(items)

    # -- tables --------------------------------------------------------------------

    @cached_property
    def tables(self) -> tuple[Table, ...]:
        cells: dict[int, list[Block]] = {}
        for block in self.blocks:
            if block.table is not None:
                cells.setdefault(block.table[0], []).append(block)
        return tuple(Table(i, tuple(c)) for i, c in cells.items())

    def table_of(self, block: Block) -> Table | None:
        if block.table is None:
            return None
        return next((t for t in self.tables if t.id == block.table[0]), None)

    def column_header(self, block: Block) -> Block | None:
        """The header cell above a table body cell; None outside a table body."""
        table = self.table_of(block)
        return table.header_of(block) if table is not None else None


def build(
    raws: Sequence[RawBlock],
    page_meta: tuple[str, ...] = (),
    url: str | None = None,
    provider: str | None = None,
) -> Document:
    """Lay raw blocks end to end over one clean text and build the tree."""
    pieces: list[str] = []
    blocks: list[Block] = []
    position = 0
    heading: int | None = None
    index_of_raw: dict[int, int] = {}
    for i, raw in enumerate(raws):
        body = clean_inline(raw.text)
        if not body:
            continue
        if pieces:
            pieces.append(BLOCK_SEPARATOR)
            position += len(BLOCK_SEPARATOR)
        index = len(blocks)
        index_of_raw[i] = index
        blocks.append(
            Block(
                index=index,
                kind=raw.kind,
                text=body,
                start=position,
                end=position + len(body),
                level=raw.level,
                list_id=raw.list_id,
                depth=raw.depth,
                parent=index_of_raw.get(raw.parent) if raw.parent is not None else None,
                table=raw.table,
                heading=heading,
            )
        )
        if raw.kind == "heading":
            heading = index
        pieces.append(body)
        position += len(body)
    marked = boilerplate.mark(blocks)
    title = next((b for b in marked if b.kind == "heading" and b.level == 1), None)
    if title is None:
        title = next(
            (
                b
                for b in marked[:TITLE_SEARCH_BLOCKS]
                if b.kind == "heading" and b.level <= TITLE_MAX_LEVEL
            ),
            None,
        )
    return Document(
        text="".join(pieces),
        blocks=tuple(marked),
        title=title,
        page_meta=page_meta,
        url=url,
        provider=provider,
    )
