"""A table flattened into one line of text, read back into rows and columns.

Pages copied as text often lose a table's structure and keep its words in order:
"By Component 2021 2022 2023 North America 126.09 130.80 123.82 Europe 90.83 ..."
or "2023 Spending 2023 Growth (%) 2024 Spending 2024 Growth (%) Devices 692,784 -6.5
730,125 5.4 Software ...". The shape gives it away: a run of rows, each a label
followed by the same number of numbers, after a header that names one column per
number (by its year). `flat_table` finds that shape and returns the cells with their
places in the line, so the document model keeps its offsets.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex as re

#: A table needs a header and at least this many rows of the same width; fewer is prose
#: that happens to hold numbers ("Europe 4.1 5.2 and Asia 3.0 3.3").
MIN_FLAT_ROWS = 3
#: A row has at least two values: one number after a label is prose ("Europe 4.1").
MIN_FLAT_COLUMNS = 2

_TOKEN = re.compile(r"\S+")
#: A cell value: "126.09", "1,096,913", "-6.5", "24.1".
_NUMBER = re.compile(r"[-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_YEAR = re.compile(r"(?:19[5-9]|20\d)\d")


@dataclass(frozen=True)
class Cell:
    """A cell's text and its place in the line."""

    row: int
    column: int
    start: int
    end: int


@dataclass(frozen=True)
class _Run:
    """Words followed by numbers: one row's label and values (or a header's)."""

    words: list[re.Match[str]]
    numbers: list[re.Match[str]]


def _runs(line: str) -> list[_Run]:
    runs: list[_Run] = []
    words: list[re.Match[str]] = []
    numbers: list[re.Match[str]] = []
    for token in _TOKEN.finditer(line):
        if _NUMBER.fullmatch(token.group(0)):
            numbers.append(token)
            continue
        if numbers:
            runs.append(_Run(words, numbers))
            words, numbers = [], []
        words.append(token)
    runs.append(_Run(words, numbers))
    return runs


def _span(tokens: list[re.Match[str]]) -> tuple[int, int]:
    return tokens[0].start(), tokens[-1].end()


def flat_table(line: str) -> list[Cell] | None:
    """The cells of a table flattened into `line`, or None when it has no table's shape.

    Row 0 is the header (its corner cell, when there is one, in column 0); every later
    row is a label in column 0 and its values in columns 1 and on.
    """
    runs = _runs(line)
    if runs and not runs[-1].numbers:
        return None  # a table ends on a value
    width = len(runs[-1].numbers)
    if width < MIN_FLAT_COLUMNS:
        return None
    first = len(runs)
    while first > 0 and len(runs[first - 1].numbers) == width and runs[first - 1].words:
        first -= 1
    rows = runs[first:]
    if not rows:
        return None  # the last values have no label ("0 0"): a row needs one
    head_run = rows[0]
    if all(_YEAR.fullmatch(n.group(0)) for n in head_run.numbers):
        # "By Component 2021 2022 2023": the first run is the header itself.
        corner = [_span(head_run.words)] if head_run.words else []
        labels = [(n.start(), n.end()) for n in head_run.numbers]
        rows = rows[1:]
    else:
        # "2023 Spending 2023 Growth (%) ... Growth (%) Devices 692,784 ...": the header's
        # last label ran into the first row's label; it ends where an earlier label's words
        # end ("Growth (%)" again).
        header = [t for run in runs[:first] for t in (*run.words, *run.numbers)]
        header = sorted(header, key=lambda t: t.start())
        labels, rows = _split_header(header, rows, width)
        corner = []
    if len(rows) < MIN_FLAT_ROWS or not labels:
        return None
    cells = [Cell(0, 0, s, e) for s, e in corner]
    cells += [Cell(0, c + 1, s, e) for c, (s, e) in enumerate(labels)]
    for r, run in enumerate(rows, start=1):
        start, end = _span(run.words)
        cells.append(Cell(r, 0, start, end))
        cells += [Cell(r, c + 1, n.start(), n.end()) for c, n in enumerate(run.numbers)]
    return cells


def _split_header(
    header: list[re.Match[str]], rows: list[_Run], width: int
) -> tuple[list[tuple[int, int]], list[_Run]]:
    """The header's column labels, each opening with its year, and the rows. The last label
    ran into the first row's label ("... 2024 Growth (%) Devices 692,784"); it takes the
    words the header's other labels repeat ("Growth (%)")."""
    opens = [i for i, t in enumerate(header) if _YEAR.fullmatch(t.group(0))]
    if len(opens) != width:
        return [], rows
    bounds = [*opens, len(header)]
    labels = [_span(header[a:b]) for a, b in itertools.pairwise(bounds)]
    if bounds[-1] - bounds[-2] > 1:
        return labels, rows  # the last label has its words already
    first = rows[0]
    words = tuple(t.group(0) for t in first.words)
    names = {
        tuple(t.group(0) for t in header[a + 1 : b]) for a, b in itertools.pairwise(bounds[:-1])
    }
    for name in sorted(names, key=len, reverse=True):
        if name and words[: len(name)] == name and len(words) > len(name):
            labels[-1] = (labels[-1][0], first.words[len(name) - 1].end())
            return labels, [_Run(first.words[len(name) :], first.numbers), *rows[1:]]
    return labels, rows
