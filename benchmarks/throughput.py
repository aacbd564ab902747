"""Throughput and memory of the extractor on the bundled corpus.

Runs every corpus release `--repeat` times (default 20, about 1,000 documents)
through `extract_many`, once in one process and once with `--jobs` workers,
then times each stage on one pass. Reports documents per second, the time
share of each stage and the peak resident memory. Numbers go in the README
and the issue notes; nothing here is asserted (shared machines are noisy).

    python benchmarks/throughput.py [--repeat 20] [--jobs 2]
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from stages import stage_times

from extractor.evaluate import DOCUMENT_SUFFIXES
from extractor.pipeline import extract_many

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _documents(repeat: int) -> list[tuple[str, bytes]]:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in DOCUMENT_SUFFIXES)
    return [(f"{p.name}#{i}", p.read_bytes()) for i in range(repeat) for p in files]


def _rate(docs: list[tuple[str, bytes]], jobs: int) -> float:
    started = time.perf_counter()
    count = sum(1 for _ in extract_many(docs, jobs=jobs))
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    docs = _documents(args.repeat)
    size = sum(len(d) for _, d in docs)
    print(f"{len(docs)} documents, {size / 1e6:.1f} MB")
    extract_many(docs[:1])  # warm the spaCy pipeline outside the timing
    list(extract_many(docs[:1]))
    one = _rate(docs, 1)
    many = _rate(docs, args.jobs)
    print(f"jobs=1: {one:.0f} docs/s")
    print(f"jobs={args.jobs}: {many:.0f} docs/s ({many / one:.2f}x)")
    stages = stage_times(docs[: len(docs) // args.repeat], time.perf_counter)
    total = sum(stages.values())
    print(
        "stage share of one pass: "
        + ", ".join(
            f"{k} {v / total:.0%}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])
        )
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory (main process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
