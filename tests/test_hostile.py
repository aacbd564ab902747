"""Hostile and broken input: each case of the catalogue with its outcome, a clear error
record or a correct extraction, and never a fact read out of noise.

The outcomes are written here by hand; the inputs are built in the test (no binary
files in the repository). Large inputs use budgets scaled down in `Settings`, which
runs the same code as the defaults at a size a test can afford; `benchmarks/hostile.py`
runs the full-size cases in one batch and times them.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import time
import zlib
from pathlib import Path

import brotli
import pytest

import extractor
from extractor import inputs
from extractor.pipeline import extract_many
from extractor.settings import Settings

RELEASE = (
    "# Widget Market Report\n\nThe global widget market was valued at USD 5.2 billion in "
    "2024 and is expected to reach USD 9.8 billion by 2031, at a CAGR of 9.5%.\n"
)
FIGURES = [(5.2, 2024), (9.8, 2031)]
NOISE = random.Random(11).randbytes(20_000)


def figures_of(record) -> list[tuple[float, int | None]]:
    return [(f.value, f.year) for f in record.figures]


# name, the document's bytes, the record's status, its error type (None when ok), the
# figures it must read (None: not checked beyond "no figure from noise")
CATALOGUE = [
    pytest.param(b"", "error", "empty_document", [], id="empty"),
    pytest.param(b"  \n\t \r\n ", "error", "empty_document", [], id="white-space-only"),
    pytest.param(b"\x00" * 500 + RELEASE.encode(), "ok", None, FIGURES, id="nul-bytes-before"),
    pytest.param(
        b"\x89PNG\r\n\x1a\n" + NOISE + b" $2 $4 $9", "error", "not_a_text_document", [], id="png"
    ),
    pytest.param(b"\xff\xd8\xff\xe0" + NOISE, "error", "not_a_text_document", [], id="jpeg"),
    pytest.param(b"GIF89a" + NOISE, "error", "not_a_text_document", [], id="gif"),
    pytest.param(b"%PDF-1.7\n" + NOISE, "error", "not_a_text_document", [], id="pdf"),
    pytest.param(b"PK\x03\x04" + NOISE, "error", "not_a_text_document", [], id="zip-docx"),
    pytest.param(b"\x7fELF" + NOISE, "error", "not_a_text_document", [], id="elf-program"),
    pytest.param(b"MZ\x90\x00" + NOISE, "error", "not_a_text_document", [], id="windows-program"),
    pytest.param(NOISE + b" USD 5 billion", "error", "not_a_text_document", [], id="random-bytes"),
    pytest.param(gzip.compress(RELEASE.encode()), "ok", None, FIGURES, id="gzip-body"),
    pytest.param(zlib.compress(RELEASE.encode()), "ok", None, FIGURES, id="deflate-body"),
    pytest.param(brotli.compress(RELEASE.encode()), "ok", None, FIGURES, id="brotli-body"),
    pytest.param(
        gzip.compress(gzip.compress(RELEASE.encode())), "ok", None, FIGURES, id="gzip-in-gzip"
    ),
    pytest.param(
        gzip.compress(b"\x89PNG\r\n\x1a\n" + NOISE),
        "error",
        "not_a_text_document",
        [],
        id="gzip-of-png",
    ),
    pytest.param(b"\x1f\x8b\x08\x00broken", "error", "not_a_text_document", [], id="damaged-gzip"),
    pytest.param(
        RELEASE.encode()[:60] + b"\xff\xfe\xc3" + RELEASE.encode()[60:],
        "ok",
        None,
        FIGURES,
        id="invalid-utf8",
    ),
    pytest.param(RELEASE.replace("USD", "€").encode("cp1252"), "ok", None, FIGURES, id="cp1252"),
    pytest.param(
        (RELEASE + "\nNestlé and Société Générale.\n").encode("latin-1"),
        "ok",
        None,
        FIGURES,
        id="latin-1",
    ),
    pytest.param(RELEASE.encode("utf-16"), "ok", None, FIGURES, id="utf-16-with-bom"),
    pytest.param(RELEASE.encode("utf-16-le"), "ok", None, FIGURES, id="utf-16-le-without-bom"),
    pytest.param(RELEASE.encode("utf-16-be"), "ok", None, FIGURES, id="utf-16-be-without-bom"),
    pytest.param(
        ("<div>" * 100_000 + RELEASE + "</div>" * 100_000).encode(),
        "ok",
        None,
        FIGURES,
        id="nested-100000-tags",
    ),
    pytest.param(
        ("<p><b><i>" + RELEASE.replace("\n", " ")).encode(), "ok", None, FIGURES, id="unclosed-tags"
    ),
    pytest.param(
        b'<script>var x = "USD 5 billion in 2024, a CAGR of 9%";</script>'
        b'<style>.a:after { content: "USD 9 billion by 2030"; }</style><p>Hello there.</p>',
        "ok",
        None,
        [],
        id="figures-in-scripts-and-styles",
    ),
    pytest.param(
        ("# Widget Market\n\nThe market is worth USD " + "9" * 500 + " billion in 2024.").encode(),
        "ok",
        None,
        [],
        id="number-of-500-digits",
    ),
    pytest.param(
        b"# Widget Market\n\nThe widget market will grow at a CAGR of 1e308% by 2030.",
        "ok",
        None,
        [],
        id="cagr-of-1e308-percent",
    ),
    pytest.param(
        b"# Widget Market\n\nThe widget market was USD 0 billion in 2024 and USD -5 billion "
        b"in 2030, at a CAGR of -100%.",
        "ok",
        None,
        None,
        id="zero-and-negative-values",
    ),
    pytest.param(
        b"# Widget Market\n\nIn year 0 the widget market was USD 5 billion; by 9999 it was "
        b"USD 9 billion.",
        "ok",
        None,
        [(5.0, None), (9.0, None)],
        id="years-0-and-9999-are-no-years",
    ),
    pytest.param(
        ("(" * 50_000 + "[" * 50_000 + " CAGR of 5%").encode(),
        "ok",
        None,
        [],
        id="unbalanced-brackets",
    ),
    pytest.param(("USD " * 30_000).encode(), "ok", None, [], id="usd-usd-usd"),
    pytest.param(("1," * 60_000).encode(), "ok", None, None, id="digit-run-with-commas"),
]


@pytest.mark.parametrize(("data", "status", "error", "figures"), CATALOGUE)
def test_catalogue(data: bytes, status: str, error: str | None, figures) -> None:
    record = extractor.extract(data, source="case")
    assert record.status == status, record.error
    assert (record.error.type if record.error else None) == error
    if figures is not None:
        assert figures_of(record) == figures
    if status == "error":
        assert record.figures == [] and record.growth == [] and record.error.message


def test_a_document_over_the_size_budget_is_not_read() -> None:
    record = extractor.extract(RELEASE * 2000, settings=Settings(max_document_bytes=100_000))
    assert (record.status, record.error.type) == ("error", "budget_exceeded")


def test_a_text_over_the_text_budget_is_not_tokenised() -> None:
    record = extractor.extract(RELEASE * 2000, settings=Settings(max_text_chars=100_000))
    assert (record.status, record.error.type) == ("error", "budget_exceeded")


def test_a_decompression_bomb_is_an_error_record() -> None:
    bomb = gzip.compress(b"a" * 5_000_000)
    record = extractor.extract(bomb, settings=Settings(max_document_bytes=1_000_000))
    assert (record.status, record.error.type) == ("error", "budget_exceeded")
    assert "inflates beyond" in record.error.message


def test_a_runaway_document_is_stopped_by_the_time_budget(monkeypatch) -> None:
    from extractor import pipeline

    def forever(*args, **kwargs):
        while True:
            pass

    monkeypatch.setattr(pipeline.layout, "layout", forever)
    record = extractor.extract(RELEASE, settings=Settings(time_budget_seconds=0.2))
    assert (record.status, record.error.type) == ("error", "budget_exceeded")


SENTENCE = "The widget market was valued at USD 5 billion in 2024. "


def test_a_long_single_line_is_read() -> None:
    line = (SENTENCE * 2_000).encode()  # 110 KB in one line
    record = extractor.extract(
        b"# Widget Market\n\n" + line, settings=Settings(time_budget_seconds=None)
    )
    assert record.status == "ok"
    assert figures_of(record) == [(5.0, 2024)]  # one figure, said two thousand times


def test_a_five_megabyte_line_gets_its_record_within_the_budget() -> None:
    line = (SENTENCE * 90_000).encode()  # 5 MB in one line: read until the budget is spent
    record = extractor.extract(
        b"# Widget Market\n\n" + line, settings=Settings(time_budget_seconds=1)
    )
    assert (record.status, record.error.type) == ("error", "budget_exceeded")


def test_files_that_vanish_or_cannot_be_read_get_error_records(tmp_path: Path) -> None:
    there = tmp_path / "there.md"
    there.write_text(RELEASE)
    gone = tmp_path / "gone.md"
    gone.write_text(RELEASE)
    folder = tmp_path / "a-folder.md"
    folder.mkdir()
    items = [inputs.Item(p.name, path=str(p)) for p in (there, gone, folder)]
    gone.unlink()  # listed, then removed before its turn
    records = list(extract_many(items))
    assert [r.status for r in records] == ["ok", "error", "error"]
    assert [r.error.type for r in records[1:]] == ["FileNotFoundError", "IsADirectoryError"]


def test_a_directory_of_100000_files_is_listed_lazily(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(100_000):
        (folder / f"{n:06d}.txt").touch()
    walked = inputs.walk(str(folder))
    first = [next(walked) for _ in range(3)]
    assert [Path(p).name for p in first] == ["000000.txt", "000001.txt", "000002.txt"]
    assert sum(1 for _ in walked) == 100_000 - 3


def test_the_whole_catalogue_in_one_batch_gives_one_record_each_in_order() -> None:
    """The never-lose guarantee: every input, one record, in input order, whatever it is."""
    documents = [(f"case-{n}", p.values[0]) for n, p in enumerate(CATALOGUE)]
    documents.insert(3, ("missing", os.fspath("/nonexistent/file.html")))
    items = [
        inputs.Item(name, path=data) if isinstance(data, str) else inputs.Item(name, data=data)
        for name, data in documents
    ]
    records = list(extract_many(items, jobs=2, chunksize=3))
    assert [r.source.path for r in records] == [
        data if isinstance(data, str) else name for name, data in documents
    ]
    expected = ["error" if n == 3 else None for n in range(len(documents))]
    for n, param in enumerate(CATALOGUE):
        expected[n + (n >= 3)] = param.values[1]
    assert [r.status for r in records] == expected


# The budgets from the command line: the defaults keep a batch moving; a user who
# wants a very large document read raises them (or turns the time budget off).


def _cli_records(paths: list[str], *flags: str, capsys) -> tuple[int, list[dict]]:
    from extractor.cli import main

    code = main(["extract", "--quiet", "--jobs", "1", *paths, *flags])
    return code, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize(
    ("flags", "status"),
    [
        ((), "ok"),
        (("--max-text-chars", "100"), "error"),
        (("--max-document-bytes", "100"), "error"),
        (("--max-text-chars", "1000000", "--max-document-bytes", "1000000"), "ok"),
    ],
)
def test_cli_size_budgets(tmp_path: Path, capsys, flags: tuple[str, ...], status: str) -> None:
    path = tmp_path / "release.md"
    path.write_text(RELEASE)
    code, records = _cli_records([str(path)], *flags, capsys=capsys)
    assert code == 0 and [r["status"] for r in records] == [status]
    if status == "error":
        assert records[0]["error"]["type"] == "budget_exceeded"


def test_cli_time_budget_stops_a_runaway_document_and_zero_turns_it_off(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    from extractor import pipeline

    real_layout = pipeline.layout.layout

    def slow(*args, **kwargs):
        time.sleep(0.5)
        return real_layout(*args, **kwargs)

    monkeypatch.setattr(pipeline.layout, "layout", slow)
    path = tmp_path / "release.md"
    path.write_text(RELEASE)
    _, records = _cli_records([str(path)], "--time-budget", "0.1", capsys=capsys)
    assert records[0]["error"]["type"] == "budget_exceeded"
    _, records = _cli_records([str(path)], "--time-budget", "0", capsys=capsys)
    assert records[0]["status"] == "ok"


@pytest.mark.parametrize(
    "flags", [("--time-budget", "-1"), ("--max-text-chars", "0"), ("--max-document-bytes", "-5")]
)
def test_cli_rejects_budgets_that_are_not_positive(capsys, flags: tuple[str, ...]) -> None:
    from extractor.cli import main

    assert main(["extract", "--quiet", "-", *flags]) == 2
    assert "must be positive" in capsys.readouterr().err


def test_the_time_budget_waits_out_a_garbage_collector_callback() -> None:
    """An exception raised inside a gc callback is only printed; the budget lets such a
    callback finish and interrupts the document's own code on its next tick."""
    import gc
    import sys

    from extractor import budget

    seen: list[bool] = []

    def callback(phase: str, info: dict) -> None:
        seen.append(budget._in_gc_callback(sys._getframe()))

    gc.callbacks.append(callback)
    try:
        gc.collect()
    finally:
        gc.callbacks.remove(callback)
    assert seen and all(seen)
    assert budget._in_gc_callback(sys._getframe()) is False
