"""Command line: `extractor extract`, `extractor eval`, `extractor schema`.

Exit codes: 0 when every input was read; 1 when some path could not be read
(its error record is still written, so nothing is lost); 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from .evaluate import DOCUMENT_SUFFIXES, evaluate, format_report, report_json
from .lang import LANGUAGES
from .models import MarketReport, json_schema
from .pipeline import extract_many
from .settings import Settings

PROGRESS_EVERY = 200


def _expand(paths: list[str]) -> tuple[list[str | tuple[str, bytes]], list[str]]:
    """Files as given, directories walked (sorted), `-` read from stdin."""
    items: list[str | tuple[str, bytes]] = []
    unreadable: list[str] = []
    for path in paths:
        if path == "-":
            items.append(("<stdin>", sys.stdin.buffer.read()))
        elif os.path.isdir(path):
            found = sorted(
                str(p)
                for p in Path(path).rglob("*")
                if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
            )
            items.extend(found)
        else:
            if not os.access(path, os.R_OK):
                unreadable.append(path)
            items.append(path)
    return items, unreadable


def _progress(records: Iterator[MarketReport], total: int) -> Iterator[MarketReport]:
    started = time.monotonic()
    for n, record in enumerate(records, 1):
        if total >= PROGRESS_EVERY and (n % PROGRESS_EVERY == 0 or n == total):
            rate = n / max(time.monotonic() - started, 1e-9)
            print(f"extractor: {n}/{total} documents ({rate:.0f}/s)", file=sys.stderr)
        yield record


def _cmd_extract(args: argparse.Namespace) -> int:
    items, unreadable = _expand(args.paths)
    for path in unreadable:
        print(f"extractor: cannot read {path}", file=sys.stderr)
    with contextlib.ExitStack() as stack:
        out = (
            stack.enter_context(open(args.output, "w", encoding="utf-8"))
            if args.output
            else sys.stdout
        )
        errors = 0
        settings = Settings(language=None if args.language == "auto" else args.language)
        records = extract_many(items, jobs=args.jobs, settings=settings)
        for record in _progress(records, len(items)):
            errors += record.status == "error"
            out.write(record.model_dump_json() + "\n")
    if args.output:
        print(
            f"extractor: {len(items)} records ({errors} errors) written to {args.output}",
            file=sys.stderr,
        )
    return 1 if unreadable else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"extractor: {corpus} is not a directory", file=sys.stderr)
        return 2
    gold_dir = Path(args.gold) if args.gold else None
    if gold_dir is not None and not gold_dir.is_dir():
        print(f"extractor: {gold_dir} is not a directory", file=sys.stderr)
        return 2
    report = evaluate(corpus, gold_dir=gold_dir)
    if args.json:
        print(json.dumps(report_json(report), indent=2))
    else:
        print(format_report(report))
    return 0


def _cmd_schema(_: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="extractor",
        description="Market-research press releases in, one validated JSON record per document.",
    )
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract records (JSON Lines) from files or directories")
    ex.add_argument("paths", nargs="+", help="files, directories (recursive) or - for stdin")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    ex.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ex.add_argument(
        "--language",
        choices=["auto", *LANGUAGES],
        default="auto",
        help="read numbers and scale words as this language writes them "
        "(default auto: detected per document)",
    )
    ex.set_defaults(run=_cmd_extract)
    ev = sub.add_parser("eval", help="score extraction against the gold files of a corpus")
    ev.add_argument("corpus", help="folder of releases with NAME.expected.json gold files")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument(
        "--gold",
        metavar="DIR",
        help="read NAME.expected.json from DIR instead of beside the releases "
        "(for releases kept outside the project, read in place)",
    )
    ev.set_defaults(run=_cmd_eval)
    sc = sub.add_parser("schema", help="print the JSON Schema of a record")
    sc.set_defaults(run=_cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        print("extractor: --jobs must be at least 1", file=sys.stderr)
        return 2
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
