"""Hostile input at full size, in one batch, on one core: one record each, and the time.

    python benchmarks/hostile.py

The issue's catalogue at the sizes it names (a 20 MB page, a 50 MB document, a 5 MB
line, 100,000 nested tags, 200 KB of brackets, binaries, a gzip bomb ...) through
`extract_many` with the default settings, in one process. Prints each record's status
and error code, the seconds each took and the batch's total. Nothing is asserted; the
tests run the same cases scaled down (`tests/test_hostile.py`).

And the size benchmark: whole extraction of one text at 10 KB, 100 KB, 1 MB and 10 MB
(the corpus's Markdown releases, repeated), with the time budget off and a text budget
above 10 MB, to show the cost grows in proportion to the size.
"""

from __future__ import annotations

import gzip
import random
import time
from pathlib import Path

from extractor.pipeline import extract, extract_many
from extractor.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _release() -> bytes:
    return (CORPUS / "01-north-america-biopharma-cmo.txt").read_bytes()


def catalogue() -> list[tuple[str, bytes]]:
    release = _release()
    noise = random.Random(3).randbytes(100_000)
    sentence = b"The widget market was valued at USD 5 billion in 2024. "
    return [
        ("100,000 nested <div>s", b"<div>" * 100_000 + sentence + b"</div>" * 100_000),
        ("200 KB of ( and [ before 'CAGR of'", b"([" * 100_000 + b" CAGR of 5%"),
        (
            "20 MB page (a release repeated)",
            (b"<p>" + release + b"</p>") * (20_000_000 // len(release)),
        ),
        ("50 MB document", release * (50_000_000 // len(release))),
        ("5 MB single line", sentence * (5_000_000 // len(sentence))),
        ("PNG saved as .html", b"\x89PNG\r\n\x1a\n" + noise),
        ("gzip release saved as .html", gzip.compress(release)),
        ("gzip bomb (300 MB of 'a')", gzip.compress(b"a" * 300_000_000)),
        ("PDF", b"%PDF-1.7\n" + noise),
        ("empty", b""),
        ("NUL bytes and a release", b"\x00" * 1000 + release),
        ("UTF-16 release", release.decode("utf-8", "replace").encode("utf-16")),
        ("500-digit number", b"The market is worth USD " + b"9" * 500 + b" billion."),
    ]


def main() -> None:
    cases = catalogue()
    started = time.perf_counter()
    last = started
    for (name, _), record in zip(cases, extract_many(cases, jobs=1), strict=True):
        now = time.perf_counter()
        outcome = record.status + (f" {record.error.type}" if record.error else "")
        print(f"{now - last:6.1f} s  {name:38} {outcome} ({len(record.figures)} figures)")
        last = now
    print(f"{len(cases)} records for {len(cases)} inputs in {time.perf_counter() - started:.0f} s")
    text = "\n\n".join(p.read_text(errors="replace") for p in sorted(CORPUS.glob("*.md")))
    settings = Settings(time_budget_seconds=None, max_text_chars=20_000_000)
    base = None
    for size in (10_000, 100_000, 1_000_000, 10_000_000):
        document = (text * (size // len(text) + 1))[:size]
        started = time.perf_counter()
        extract(document, settings=settings)
        seconds = time.perf_counter() - started
        base = base or seconds / size
        rate = seconds / size / base
        print(
            f"{size:>10,} characters: {seconds:7.2f} s ({rate:.1f}x the 10 KB rate per character)"
        )


if __name__ == "__main__":
    main()
