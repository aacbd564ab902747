"""Batch throughput and memory against BeautifulSoup's parse alone, in one run.

    python benchmarks/batch.py [--docs 1000] [--rounds 3] [--memory 1000,20000] [--profile]
        [--stages]

1. Builds the mix of `benchmarks/mix.py` (corpus releases, bare and inside 40 KB news
   pages) and times, on one core in this process, BeautifulSoup's parse of every document
   alone (`BeautifulSoup(text, "lxml")`, the first thing the extractor does with a page)
   and then the whole extraction of the same documents, in CPU seconds of this process
   (a shared machine's waits are not counted), in turn for `--rounds` rounds,
   keeping the best rate of each (noise on a shared machine only ever slows a run).
   Prints documents per second for both and their ratio: the figure issue 9 sets at
   1.5 or less.
2. For each batch size in `--memory`, runs `extractor extract` on a JSON Lines stream of
   that many documents in a fresh process and reads its peak resident memory: flat
   memory means the peak does not grow with the batch.

Nothing is asserted: the numbers go in the README and the issue notes. Ratios within one
run are what to compare across machines.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bs4 import BeautifulSoup
from mix import documents
from stages import STAGES, stage_times

from extractor.pipeline import extract_many


def _parse_rate(docs: list[tuple[str, bytes]]) -> float:
    started = time.process_time()
    for _, data in docs:
        BeautifulSoup(data.decode("utf-8"), "lxml")
    return len(docs) / (time.process_time() - started)


def _extract_rate(docs: list[tuple[str, bytes]]) -> float:
    started = time.process_time()
    count = sum(1 for _ in extract_many(docs, jobs=1))
    return count / (time.process_time() - started)


def _peak_memory(count: int, unique: bool) -> tuple[float, float]:
    """Peak resident MB and seconds of `extractor extract --jobs 1` over `count` documents."""
    with tempfile.TemporaryDirectory() as tmp:
        stream = Path(tmp) / "mix.jsonl"
        with stream.open("w", encoding="utf-8") as out:
            for name, data in documents(count, unique):
                out.write(json.dumps({"id": name, "text": data.decode("utf-8")}) + "\n")
        code = (
            "import resource, sys\n"
            "from extractor.cli import main\n"
            "rc = main(sys.argv[1:])\n"
            "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
            "print(peak, file=sys.stderr)\n"
            "sys.exit(rc)\n"
        )
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code, "extract", "--jobs", "1", "--quiet", str(stream)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
        seconds = time.perf_counter() - started
    return float(done.stderr.strip().splitlines()[-1]), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="documents in the timed mix")
    parser.add_argument(
        "--memory",
        default="1000,20000",
        help="batch sizes whose peak memory is measured (comma-separated; empty to skip)",
    )
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (best is kept)")
    parser.add_argument(
        "--unique",
        action="store_true",
        help="memory runs give every document numbers of its own (spaCy's vocabulary grows)",
    )
    parser.add_argument("--profile", action="store_true", help="print the top of a profile")
    parser.add_argument(
        "--stages",
        action="store_true",
        help="also time each stage on its own, as a share of the parse time",
    )
    args = parser.parse_args()

    docs = list(documents(args.docs))
    size = sum(len(d) for _, d in docs)
    print(f"mix: {len(docs)} documents, {size / 1e6:.1f} MB (half inside 40 KB news pages)")
    list(extract_many(docs[:2]))  # load spaCy's pipeline outside the timing
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        _extract_rate(docs)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
    # Parse and extraction in turn, best of each: a shared machine's noise only slows runs.
    parse = whole = 0.0
    for _ in range(args.rounds):
        parse = max(parse, _parse_rate(docs))
        whole = max(whole, _extract_rate(docs))
    print(f"BeautifulSoup parse alone: {parse:.0f} docs/s on one core")
    print(f"whole extraction:          {whole:.0f} docs/s on one core")
    print(f"ratio (extraction time / parse time): {parse / whole:.2f}")
    if args.stages:  # best of the rounds for each stage, against the best parse
        best = dict.fromkeys(STAGES, float("inf"))
        for _ in range(args.rounds):
            for stage, seconds in stage_times(docs).items():
                best[stage] = min(best[stage], seconds)
        parse_seconds = len(docs) / parse
        print(
            "stages, as a share of the parse time: "
            + ", ".join(f"{stage} {seconds / parse_seconds:.2f}" for stage, seconds in best.items())
        )
    for count in [int(c) for c in args.memory.split(",") if c.strip()]:
        peak, seconds = _peak_memory(count, args.unique)
        kind = "documents with numbers of their own" if args.unique else "documents"
        print(f"peak memory, {count} {kind} streamed: {peak:.0f} MB ({seconds:.0f} s)")


if __name__ == "__main__":
    main()
