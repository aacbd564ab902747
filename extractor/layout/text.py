"""Markdown and plain text -> raw blocks.

Blank lines end paragraphs; bullets (with their indentation) make lists;
"#" and setext underlines make headings, and so do short lines whose shape
says heading (`shapes`); pipe rows make tables. Hard-wrapped lines join their
paragraph. The same reader serves text found inside HTML (a Markdown fragment
in a <div>, a release typed into one element with <br> breaks).
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field

import regex as re

from . import shapes
from .flat import flat_table
from .raw import BOLD_HEADING, LABEL_HEADING, Numbering, RawBlock

_MD_HEADING = re.compile(r"^(\#{1,6})\s+(.+?)\s*\#*\s*$")
_BULLET = re.compile(
    r"""^(?P<indent>\s*)
    (?:[-*+•●▪◦‣►▸■□✓✔➢➤→–—]         # a bullet mark
      |\d{1,2}[.)]                     # "1." or "1)"
      |[a-z][.)]                       # "a." or "a)"
      |\((?:\d{1,2}|[a-z])\))          # "(1)" or "(a)"
    \s+(?P<text>.+)$""",
    re.VERBOSE,
)
_EMOJI_LEAD = re.compile(
    r"""^\s*(?P<emoji>[\p{Extended_Pictographic}\p{Emoji_Presentation}]
    [\ufe0f\u200d\p{Extended_Pictographic}]*)     # one emoji, with its joiners
    \s*(?P<text>.+)$""",
    re.VERBOSE,
)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_WHOLE_BOLD = re.compile(r"(\*\*|__)(.+?)\1:?")
#: Markdown backslash escapes, as crawlers write them: "31.0\\%", "\\$4.45 billion".
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!%$|~<>])")
_MD_LINK = re.compile(r"\[([^\]\n]{1,500})\]\((?:[^)\s]{1,2000})(?:\s+\"[^\"\n]{0,500}\")?\)")
_SETEXT = re.compile(r"^(?:={3,}|-{3,})$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: A line that opens with a short label ("By End User: ...", "Companies profiled: ...")
#: starts a paragraph of its own even when the line before it has no full stop.
_LABEL_LINE = re.compile(
    r"""^(?:By|Based\ on)\s+[A-Z]                        # "By Product ..."
    |^[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3}                # "Label words
    (?:\s*\([^()\n]{1,30}\))?:\s+\S                      #  (2025-2032): text"
    """,
    re.VERBOSE,
)
#: A setext heading's text is at most this long; a longer line over "---" is a
#: paragraph followed by a rule.
MAX_SETEXT_WORDS = 20
#: Cells cut one to a line are a broken row from three on (a label and two values).
MIN_BROKEN_ROW_CELLS = 3
#: Closing marks after which a capitalised line starts a new paragraph.
_PARAGRAPH_END = (".", "!", "?", ":", ")", '"', "”")


def strip_emphasis(text: str) -> str:
    return _MD_EMPHASIS.sub(r"\2", text).strip()


@dataclass
class _Reader:
    """State of one pass over the lines."""

    numbering: Numbering
    first_is_title: bool
    out: list[RawBlock] = field(default_factory=list)
    paragraph: list[str] = field(default_factory=list)
    list_id: int | None = None
    indents: list[int] = field(default_factory=list)
    seen_content: bool = False
    #: The rows each pipe table has cells in so far.
    table_rows: dict[int, set[int]] = field(default_factory=dict)

    def end_paragraph(self) -> None:
        if not self.paragraph:
            return
        lines = self.paragraph
        items = sum(1 for _ in itertools.takewhile(shapes.is_line_item, reversed(lines)))
        if items == len(lines) and shapes.leads_line_list(lines[0]):
            items -= 1  # "Key Players" / "Acme" / "Beta" / "Gamma": the first line heads them
        if items >= shapes.MIN_LINE_ITEMS:  # a list written one value per line
            lead = lines[: len(lines) - items]
            if len(lead) > 1:
                self.out.append(RawBlock("paragraph", " ".join(lead[:-1])))
            if lead:  # the line that introduces the values: "X Market By Application"
                if lead[-1].endswith(shapes.SENTENCE_END):
                    self.out.append(RawBlock("paragraph", lead[-1]))
                else:
                    self.out.append(RawBlock("heading", lead[-1], level=LABEL_HEADING))
            self.paragraph = []
            list_id = self.numbering.new_list()
            for line in lines[len(lines) - items :]:
                self.out.append(RawBlock("list_item", line, list_id=list_id, depth=0))
            return
        joined = " ".join(lines)
        self.paragraph.clear()
        cells = flat_table(joined)
        if cells is None:
            self.out.append(RawBlock("paragraph", joined))
            return
        table = self.numbering.tables  # "By Component 2021 2022 2023 Europe 90.83 ...": a table
        for cell in cells:
            text = joined[cell.start : cell.end]
            self.out.append(RawBlock("table_cell", text, table=(table, cell.row, cell.column)))
        self.numbering.new_table()

    def heading(self, text: str, level: int) -> None:
        self.end_paragraph()
        self.list_id = None
        self.out.append(RawBlock("heading", text, level=level))
        self.seen_content = True

    def table_row(self, line: str, continues: bool) -> None:
        self.end_paragraph()
        table = self.numbering.tables
        cells = [c.strip() for c in line.strip("|").split("|")]
        rows = self.table_rows.setdefault(table, set())
        row = len(rows)
        if row == 1:
            self._align_header(table, len([c for c in cells if c]))
        for col, cell in enumerate(cells):
            if cell:
                self.out.append(
                    RawBlock("table_cell", strip_emphasis(cell), table=(table, row, col))
                )
                rows.add(row)
        if not continues:
            self.numbering.new_table()

    def _align_header(self, table: int, width: int) -> None:
        """A header with no corner cell ("2023 Spending | 2023 Growth (%)" over "Devices |
        692,784 | -6.5") moves one column right, over the values it names."""
        header = [
            b
            for b in itertools.takewhile(
                lambda b: b.table and b.table[0] == table, reversed(self.out)
            )
            if b.table and b.table[1] == 0
        ][::-1]  # the table's cells are the last blocks out
        if header and len(header) == width - 1 and header[0].table == (table, 0, 0):
            for b in header:
                assert b.table is not None
                b.table = (table, 0, b.table[2] + 1)

    def list_item(self, text: str, indent: int) -> None:
        self.end_paragraph()
        if self.list_id is None:
            self.list_id = self.numbering.new_list()
            self.indents = [indent]
        while self.indents and indent < self.indents[-1]:
            self.indents.pop()
        if not self.indents or indent > self.indents[-1]:
            self.indents.append(indent)
        depth = len(self.indents) - 1
        parent = None
        if depth:
            parent = next(
                (
                    len(self.out) - 1 - k
                    for k, b in enumerate(reversed(self.out))
                    if b.kind == "list_item" and b.depth == depth - 1
                ),
                None,
            )
        self.out.append(
            RawBlock(
                "list_item",
                strip_emphasis(text),
                list_id=self.list_id,
                depth=depth,
                parent=parent,
            )
        )
        self.seen_content = True


def _pipe_cells(line: str) -> int:
    return len([c for c in line.strip().strip("|").split("|") if c.strip()])


def _is_pipe_row(stripped: str, lines: list[str], i: int) -> bool:
    """A table row: "| a | b |" as Markdown writes it, or "a | b |" as a page flattened to
    text writes it, when a neighbouring line is a row too (a title "X Market | Acme" is
    one line, not a table)."""
    if stripped.startswith("|") and stripped.endswith("|"):
        return True
    if not stripped.endswith("|"):
        return False
    neighbours = (lines[k].strip() for k in (i - 1, i + 1) if 0 <= k < len(lines))
    return any(n.endswith("|") or n.startswith("|") for n in neighbours if n)


def _join_broken_rows(lines: list[str]) -> list[str]:
    """A row whose cells were cut one to a line ("Devices |" / "766,279 |" / "-6.3 |"),
    between whole rows of a flattened table, is joined back into one line."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= MIN_BROKEN_ROW_CELLS:
            out.append(" ".join(run))
        else:
            out.extend(run)
        run.clear()

    for line in lines:
        stripped = line.strip()
        if stripped.endswith("|") and _pipe_cells(stripped) == 1 and not stripped.startswith("|"):
            run.append(stripped)
            continue
        flush()
        out.append(line)
    flush()
    return out


def _is_item(line: str) -> bool:
    return bool(_BULLET.match(line) or _EMOJI_LEAD.match(line))


def parse_text(text: str, numbering: Numbering, first_is_title: bool = False) -> list[RawBlock]:
    """Markdown / plain text -> raw blocks."""
    reader = _Reader(numbering, first_is_title)
    lines = _join_broken_rows(
        [
            _MD_ESCAPE.sub(r"\1", _MD_LINK.sub(r"\1", line.replace("\t", "    ")))
            for line in text.split("\n")
        ]
    )
    runs = _item_runs(lines)
    nonblank = _next_nonblank(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _MD_TABLE_RULE.match(stripped) or _SETEXT.match(stripped):
            reader.end_paragraph()
            after_blank = nonblank[i + 1]
            if (
                not stripped
                and reader.list_id is not None
                and after_blank is not None
                and _BULLET.match(lines[after_blank])
            ):
                continue  # a blank line between bullets does not end the list
            reader.list_id = None if not stripped else reader.list_id
            continue
        after = nonblank[i + 1]
        following = lines[after].strip() if after is not None else None
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        underline = _SETEXT.match(next_line.strip())
        if underline and not reader.paragraph and len(stripped.split()) <= MAX_SETEXT_WORDS:
            # "Market Drivers" over "-------" or "=======".
            level = 1 if underline.group(0)[0] == "=" else 2
            reader.heading(strip_emphasis(stripped), level)
            continue
        if m := _MD_HEADING.match(stripped):
            reader.heading(strip_emphasis(m.group(2)), len(m.group(1)))
            continue
        if _is_pipe_row(stripped, lines, i):
            reader.table_row(
                stripped, after is not None and _is_pipe_row(lines[after].strip(), lines, after)
            )
            continue
        bullet = _BULLET.match(line)
        emoji = None if bullet else _EMOJI_LEAD.match(line)
        if emoji is not None:
            emoji_text = emoji.group("text").strip()
            next_emoji = _EMOJI_LEAD.match(next_line)
            differs = next_emoji is None or next_emoji.group("emoji") != emoji.group("emoji")
            if shapes.is_heading_line(emoji_text, following) and _is_item(next_line) and differs:
                emoji, stripped = None, emoji_text  # "🔑 Key drivers" over bullets: a heading
            elif emoji_text.endswith(":"):
                emoji, stripped = None, emoji_text
        if bullet is not None:
            reader.list_item(bullet.group("text").strip(), len(bullet.group("indent")))
            continue
        if emoji is not None:
            reader.list_item(emoji.group("text").strip(), 0)
            continue
        reader.list_id = None
        _line(reader, stripped, following, lines, i, runs[i])
    reader.end_paragraph()
    return reader.out


def _item_runs(lines: list[str]) -> list[int]:
    """For each line, how many lines around it, with no blank line or bullet between, are
    each one short value ("Homes" / "Offices" / "Factories"); 0 for a line that is none.
    One pass each way, so a long list of lines costs no more than reading it."""

    def item(line: str) -> bool:
        text = line.strip()
        return bool(text) and not _is_item(line) and shapes.is_line_item(strip_emphasis(text))

    flags = [item(line) for line in lines]
    ahead = [0] * (len(lines) + 1)  # items from here on, this line included
    for k in range(len(lines) - 1, -1, -1):
        ahead[k] = ahead[k + 1] + 1 if flags[k] else 0
    runs, behind = [], 0  # items before this line, in an unbroken run
    for k, flag in enumerate(flags):
        runs.append(behind + ahead[k] if flag else 0)
        behind = behind + 1 if flag else 0
    return runs


def _next_nonblank(lines: list[str]) -> list[int | None]:
    """For each position, the index of the first line at or after it that is not blank."""
    out: list[int | None] = [None] * (len(lines) + 1)
    for k in range(len(lines) - 1, -1, -1):
        out[k] = k if lines[k].strip() else out[k + 1]
    return out


def _line(
    reader: _Reader, stripped: str, following: str | None, lines: list[str], i: int, run: int
) -> None:
    """A line that is not a bullet, table row or marked heading."""
    whole_bold = _WHOLE_BOLD.fullmatch(stripped)
    plain = strip_emphasis(stripped)
    if not reader.paragraph and not reader.seen_content and shapes.is_date_stamp(plain):
        reader.paragraph.append(plain)  # "date 2022-08-29": the title may follow it
        reader.end_paragraph()
        return
    if (
        not reader.paragraph
        and reader.first_is_title
        and not reader.seen_content
        and shapes.is_title_line(plain)
    ):
        reader.heading(plain, 1)
        return
    if run >= shapes.MIN_LINE_ITEMS and (reader.paragraph or not shapes.leads_line_list(plain)):
        reader.paragraph.append(plain)  # one of several values written one per line
        reader.seen_content = True
        return
    blank_after = i + 1 < len(lines) and not lines[i + 1].strip()
    next_is_item = i + 1 < len(lines) and _is_item(lines[i + 1])
    stands_alone = (
        shapes.is_known_heading(plain)
        or shapes.opens_boilerplate(plain)
        or (
            blank_after
            or following is None
            or next_is_item
            or ((following[:1].isupper() and plain.istitle()) or plain.isupper())
        )
    )
    if not reader.paragraph and (
        (whole_bold and shapes.is_bold_heading(plain))
        or (stands_alone and shapes.is_heading_line(plain, following))
        or shapes.is_label_heading(plain)
    ):
        reader.heading(plain, BOLD_HEADING if whole_bold else LABEL_HEADING)
        return
    # A hard-wrapped line continues the paragraph; a finished sentence followed by a
    # capitalised line starts a new one ("By Product (A, B)" / "By End User: C, D").
    if reader.paragraph and (
        (reader.paragraph[-1].endswith(_PARAGRAPH_END) and plain[:1].isupper())
        or _LABEL_LINE.match(plain)
    ):
        reader.end_paragraph()
    reader.paragraph.append(plain)
    reader.seen_content = True


def parse_plain(text: str, numbering: Numbering) -> list[RawBlock]:
    """A whole plain-text or Markdown release: entities decoded, first line may be the title."""
    return parse_text(html.unescape(text), numbering, first_is_title=True)
