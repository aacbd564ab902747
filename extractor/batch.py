"""A batch run: records written as they come, a summary kept, an interrupted run resumed.

The records of a run are JSON Lines in input order, one per input. An output file is
written line by line (each line flushed whole), so a run that is stopped, by Ctrl-C or
by `kill -9`, leaves every finished record on disk and at most one half-written line.
`resume_point` cuts that line off and counts the records that are there; the same
inputs, skipped that far, finish the job with nothing lost and nothing written twice.
"""

from __future__ import annotations

import itertools
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .inputs import Item
from .models import MarketReport

#: Error types that mean "the input could not be read" rather than "it was read and
#: found wanting": they make the exit code 1 and are named on stderr.
UNREADABLE_ERRORS = frozenset(
    {"FileNotFoundError", "PermissionError", "IsADirectoryError", "OSError", "InputError"}
)
#: How much of the end of an output file is read to find its last whole line.
TAIL_BLOCK = 64 * 1024


class ResumeMismatch(Exception):
    """The output file does not hold the records of these inputs."""


@dataclass
class Summary:
    """What a run did, for the one-line report at its end."""

    documents: int = 0
    errors: int = 0
    resumed: int = 0
    unreadable: list[str] = field(default_factory=list)
    findings: Counter[str] = field(default_factory=Counter)
    started: float = field(default_factory=time.monotonic)
    interrupted: bool = False

    def add(self, record: MarketReport) -> None:
        self.documents += 1
        if record.status == "error":
            self.errors += 1
            if record.error is not None and record.error.type in UNREADABLE_ERRORS:
                self.unreadable.append(record.source.path or record.source.id or "?")
        self.findings.update(f.severity for f in record.findings)

    def line(self) -> str:
        seconds = time.monotonic() - self.started
        rate = self.documents / seconds if seconds > 0 else 0.0
        severities = ", ".join(
            f"{self.findings[s]} {s}" for s in ("error", "warning", "info") if self.findings[s]
        )
        parts = [
            f"{self.documents} documents",
            f"{self.errors} errors",
            f"findings: {severities or 'none'}",
            f"{seconds:.1f} s ({rate:.0f}/s)",
        ]
        if self.resumed:
            parts.insert(1, f"{self.resumed} already done")
        text = "extractor: " + ", ".join(parts)
        return text + (" - interrupted, run again with --resume" if self.interrupted else "")


def _last_newline(stream: IO[bytes], size: int) -> int:
    """The offset just after the file's last newline (0 when it has none)."""
    end = size
    while end > 0:
        start = max(0, end - TAIL_BLOCK)
        stream.seek(start)
        block = stream.read(end - start)
        at = block.rfind(b"\n")
        if at >= 0:
            return start + at + 1
        end = start
    return 0


def resume_point(path: str | os.PathLike[str]) -> tuple[int, str | None]:
    """Records already in an output file, and the key of the last one.

    A half-written last line (the run was killed while writing it) is cut off first.
    """
    if not os.path.exists(path):
        return 0, None
    with open(path, "rb+") as stream:
        size = stream.seek(0, os.SEEK_END)
        keep = _last_newline(stream, size)
        if keep < size:
            stream.truncate(keep)
        stream.seek(0)
        count = 0
        last = b""
        for line in stream:
            count += 1
            last = line
    if not count:
        return 0, None
    source = json.loads(last).get("source") or {}
    return count, source.get("id") or source.get("path")


def skip_done(items: Iterable[Item], done: int, last_key: str | None) -> Iterator[Item]:
    """The inputs after the first `done`, checking that the last one done is the one the
    output's last record is about."""
    iterator = iter(items)
    skipped = list(itertools.islice(iterator, done - 1)) if done > 1 else []
    if done:
        last = next(iterator, None)
        if last is None or len(skipped) != done - 1:
            raise ResumeMismatch(f"the output holds {done} records, more than the inputs")
        if last_key is not None and last.key != last_key:
            raise ResumeMismatch(
                f"record {done} of the output is about {last_key!r}, "
                f"but input {done} is {last.key!r}: not the same inputs"
            )
    yield from iterator


def write_records(
    records: Iterable[MarketReport],
    out: IO[str],
    summary: Summary,
    on_record: Callable[[MarketReport], None] | None = None,
) -> None:
    """Write each record as one line, counting it. Ctrl-C stops cleanly: every record
    finished is written, the summary says the run was interrupted."""
    try:
        for record in records:
            out.write(record.model_dump_json() + "\n")
            summary.add(record)
            if on_record is not None:
                on_record(record)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        out.flush()


def open_output(path: str | None, resume: bool, stdout: IO[str]) -> IO[str]:
    """The output stream: stdout, or a file written line by line (appended on resume)."""
    if path is None:
        return stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "a" if resume else "w", encoding="utf-8", buffering=1)
