"""Records read back from JSON Lines (what `extractor extract` writes), for the commands
that take records: one policy for bad lines and unreadable files, written once.

A line that is not a record, or a file that cannot be opened, is skipped and named in
`Problems`; the command does its job with the records it could read and `report`s the
problems at the end: exit code 1 if there were any, as `extractor extract` does.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pydantic import ValidationError

from .models import MarketReport

#: The path that means standard input, and how a problem names it.
STDIN = "-"
STDIN_NAME = "<stdin>"
#: Exit codes: everything read; some input skipped, its problem named, the rest done.
EXIT_OK = 0
EXIT_PROBLEMS = 1
#: A problem is one line on stderr: pydantic's message for a deep path or a long list of
#: allowed values can run to hundreds of characters, more than anyone reads in a log.
PROBLEM_CHARS = 160
ELLIPSIS = "…"


@dataclass
class Problems:
    """What could not be read, one message per bad line or unreadable file."""

    messages: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        """Record one problem."""
        self.messages.append(message)

    def report(self) -> int:
        """Print each problem as `extractor: MESSAGE` on stderr; the exit code: 1 if
        there was any, else 0."""
        for message in self.messages:
            print(f"extractor: {message}", file=sys.stderr)
        return EXIT_PROBLEMS if self.messages else EXIT_OK


def first_problem(error: ValidationError) -> str:
    """The first thing wrong, in one short line: `source: Field required`."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = f"{where}: {first['msg']}" if where else str(first["msg"])
    line = message.splitlines()[0] if message else message
    return line if len(line) <= PROBLEM_CHARS else line[: PROBLEM_CHARS - 1] + ELLIPSIS


def parse(lines: Iterable[bytes | str], name: str, problems: Problems) -> Iterator[MarketReport]:
    """The records among `lines`, lazily; blank lines skipped, any other line that is not
    a record (invalid JSON, invalid UTF-8, a validation error) added to `problems`."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield MarketReport.model_validate_json(line)
        except ValidationError as error:
            problems.add(f"{name}:{number}: not a record ({first_problem(error)})")


def _read_one(path: str, problems: Problems) -> Iterator[MarketReport]:
    if path == STDIN:
        # bytes when the stream has them, so stdin is decoded like a file
        yield from parse(getattr(sys.stdin, "buffer", sys.stdin), STDIN_NAME, problems)
        return
    try:
        with open(path, "rb") as stream:
            yield from parse(stream, path, problems)
    except OSError as error:
        problems.add(f"{path}: cannot read ({error.strerror or error})")


def read_records(paths: Iterable[str], problems: Problems) -> Iterator[MarketReport]:
    """The records of JSON Lines files, lazily, file after file in order (`-`: stdin);
    bad lines and files that cannot be opened are skipped and added to `problems`."""
    for path in paths:
        yield from _read_one(path, problems)
