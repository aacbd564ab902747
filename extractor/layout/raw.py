"""What the per-form parsers emit: raw blocks, before they are placed in one clean text.

Each parser (HTML, Markdown and plain text, feed records) turns its input into
a flat list of `RawBlock`s; `document.build` then lays them end to end, gives
each its span and builds the heading tree. A parser decides only what a block
is; where it sits is the document's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]

#: Heading levels: 1-6 from <h1>-<h6> or Markdown; weaker ones are inferred.
BOLD_HEADING = 7  # a paragraph that is entirely bold: <p><strong>Market Drivers</strong></p>
LABEL_HEADING = 8  # a short plain line ending in a colon: "Contact Us:"


@dataclass
class RawBlock:
    kind: BlockKind
    text: str
    level: int = 0
    list_id: int | None = None
    depth: int = 0
    #: Index, in the parser's output, of the list item this item is nested under.
    parent: int | None = None
    #: (table id, row, column) for a table cell.
    table: tuple[int, int, int] | None = None


@dataclass
class Numbering:
    """List and table ids, shared by every parser that writes into one document."""

    lists: int = 0
    tables: int = 0

    def new_list(self) -> int:
        self.lists += 1
        return self.lists

    def new_table(self) -> int:
        table = self.tables
        self.tables += 1
        return table
