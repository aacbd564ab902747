"""Command line: `extractor extract`, `eval`, `schema`, and the analyst's views of records:
`review` (an HTML page), `table` (flat tables), `compare` (publishers side by side).

Exit codes: 0 when every input was read; 1 when some path could not be read
(its error record is still written, so nothing is lost); 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import compare, inputs, review, tables
from .batch import ResumeMismatch, Summary, open_output, resume_point, skip_done, write_records
from .cluster import extract_on_dask
from .evaluate import evaluate, format_report, report_json
from .lang import LANGUAGES
from .models import MarketReport, json_schema
from .pipeline import extract_many
from .settings import Settings

#: The exit code of a command whose reader closed the pipe: 128 + SIGPIPE, as a shell
#: reports a command killed by it.
EXIT_BROKEN_PIPE = 141


def _default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _progress(args: argparse.Namespace, total: int | None) -> Any:
    """A progress bar on stderr when it is a terminal (and not --quiet), else None."""
    if args.quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _count(args: argparse.Namespace) -> int | None:
    """How many documents there are, when that is cheap to know (paths only)."""
    if args.from_list or any(a == "-" for a in args.paths):
        return None
    total = 0
    for item in inputs.items(args.paths):
        if item.data is not None or item.error is not None:
            return None  # a container (JSON Lines, WARC): counted only by reading it
        total += 1
    return total


def _cmd_extract(args: argparse.Namespace) -> int:
    if args.resume and not args.output:
        print("extractor: --resume needs -o/--output (the file to finish)", file=sys.stderr)
        return 2
    if not args.paths and not args.from_list:
        print("extractor: no inputs (give paths, - or --from-list FILE)", file=sys.stderr)
        return 2
    try:
        settings = Settings(
            language=None if args.language == "auto" else args.language,
            with_text=args.with_text,
            time_budget_seconds=args.time_budget or None,
            max_text_chars=args.max_text_chars,
            max_document_bytes=args.max_document_bytes,
        )
    except ValueError as error:
        print(f"extractor: {error}", file=sys.stderr)
        return 2
    summary = Summary()
    items: Iterator[inputs.Item] = inputs.items(args.paths, from_list=args.from_list)
    if args.resume:
        done, last_key = resume_point(args.output)
        summary.resumed = done
        items = skip_done(items, done, last_key)
    bar = _progress(args, _count(args) if sys.stderr.isatty() else None)
    if bar is not None and summary.resumed:
        bar.update(summary.resumed)
    if args.dask:
        records = extract_on_dask(items, args.dask, settings)
    else:
        records = extract_many(items, jobs=args.jobs or _default_jobs(), settings=settings)

    def tick(record: MarketReport) -> None:
        if bar is not None:
            bar.update(1)
            bar.set_postfix(errors=summary.errors, refresh=False)

    try:
        with contextlib.ExitStack() as stack:
            out = open_output(args.output, args.resume, sys.stdout)
            if out is not sys.stdout:
                stack.enter_context(out)
            write_records(records, out, summary, tick)
    except ResumeMismatch as error:
        print(f"extractor: cannot resume {args.output}: {error}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    for path in summary.unreadable:
        print(f"extractor: cannot read {path}", file=sys.stderr)
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.unreadable else 0


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
    ex = sub.add_parser(
        "extract",
        help="extract records (JSON Lines) from files, directories, globs, JSON Lines, WARC",
    )
    ex.add_argument(
        "paths",
        nargs="*",
        help="files, directories (recursive), glob patterns, - for one document on stdin; "
        ".jsonl/.ndjson (one document a line), .warc/.warc.gz, and .gz of any of these",
    )
    ex.add_argument("--from-list", metavar="FILE", help="read paths from FILE, one a line")
    ex.add_argument("-o", "--output", help="write JSON Lines here instead of stdout")
    ex.add_argument("--jobs", type=int, default=0, help="worker processes (default: all cores)")
    ex.add_argument(
        "--resume",
        action="store_true",
        help="finish an interrupted run: keep the records in -o, do the rest",
    )
    ex.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    ex.add_argument(
        "--with-text",
        action="store_true",
        help="put each document's clean text in its record (`text`, what every evidence "
        "offset points into; `extractor review` shows it)",
    )
    ex.add_argument(
        "--dask", metavar="SCHEDULER", help="extract on a Dask cluster: its address, or 'local'"
    )
    ex.add_argument(
        "--language",
        choices=["auto", *LANGUAGES],
        default="auto",
        help="read numbers and scale words as this language writes them "
        "(default auto: detected per document)",
    )
    defaults = Settings()
    ex.add_argument(
        "--time-budget",
        type=float,
        metavar="SECONDS",
        default=defaults.time_budget_seconds,
        help="seconds one document may take before it becomes an error record "
        f"budget_exceeded (default {defaults.time_budget_seconds:g}; 0 for no limit)",
    )
    ex.add_argument(
        "--max-text-chars",
        type=int,
        metavar="N",
        default=defaults.max_text_chars,
        help=f"characters of article text one document may hold (default "
        f"{defaults.max_text_chars:,})",
    )
    ex.add_argument(
        "--max-document-bytes",
        type=int,
        metavar="N",
        default=defaults.max_document_bytes,
        help=f"bytes one document may have, as given or decompressed (default "
        f"{defaults.max_document_bytes:,})",
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
    for view in (review, tables, compare):  # each registers its own subcommand
        view.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "jobs", 0) < 0:
        print("extractor: --jobs must be at least 1 (0: all cores)", file=sys.stderr)
        return 2
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except BrokenPipeError:
        # The reader went away (`extractor compare ... | head`): stop quietly, as Unix
        # tools do, with stdout pointed at nothing so the exit's flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
