"""Batches: inputs as crawls store them, resumable output, summaries, crashed workers, Dask."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from extractor import inputs, pipeline
from extractor.batch import ResumeMismatch, Summary, resume_point, skip_done, write_records
from extractor.cli import main
from extractor.pipeline import extract_many

RELEASE = "# Widget Market\n\nThe widget market was valued at USD {n} billion in 2024.\n"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def release(n: int) -> str:
    return RELEASE.format(n=n)


def records_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def first_values(records: list[dict]) -> list[float | None]:
    return [r["figures"][0]["value"] if r["figures"] else None for r in records]


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    """A folder as a crawl leaves it: documents, a gold file, sub-folders, containers."""
    (tmp_path / "b").mkdir()
    (tmp_path / "a.md").write_text(release(1))
    (tmp_path / "a.expected.json").write_text("{}")  # gold beside a release: not an input
    (tmp_path / "b" / "c.txt").write_text(release(2))
    (tmp_path / "b" / "image.png").write_bytes(b"\x89PNG\r\n")  # not a document name
    (tmp_path / "d.html.gz").write_bytes(gzip.compress(release(3).encode()))
    lines = [
        json.dumps({"id": "x1", "text": release(4), "url": "https://example.org/x1"}),
        "",
        json.dumps({"id": 7, "markdown": release(5)}),
    ]
    (tmp_path / "e.jsonl").write_text("\n".join(lines) + "\n")
    return tmp_path


def names(found: list[inputs.Item], root: Path) -> list[str]:
    return [os.path.relpath(i.path or i.name, root) if i.path else i.name for i in found]


def test_a_directory_is_walked_in_sorted_order_with_containers_opened(crawl: Path) -> None:
    found = list(inputs.items([str(crawl)]))
    assert [i.key for i in found] == [
        str(crawl / "a.md"),
        str(crawl / "d.html.gz"),
        "x1",
        "7",
        str(crawl / "b" / "c.txt"),
    ]
    assert found[2].url == "https://example.org/x1"
    assert found[1].data is None  # inflated by its worker, within the size budget
    assert found[0].data is None  # a plain file is read later, by its worker


def test_glob_patterns_and_lists_of_paths(crawl: Path) -> None:
    listed = crawl / "list.txt"
    listed.write_text(f"{crawl / 'b' / 'c.txt'}\n\n{crawl / 'a.md'}\n")
    found = list(inputs.items([str(crawl / "**" / "*.txt")], from_list=str(listed)))
    assert [Path(i.key).name for i in found] == ["c.txt", "list.txt", "c.txt", "a.md"]


def test_stdin_is_one_document_and_may_carry_the_list(crawl: Path) -> None:
    stdin = io.BytesIO(release(9).encode())
    (item,) = inputs.items(["-"], stdin=stdin)
    assert (item.name, item.data) == ("<stdin>", release(9).encode())
    listed = io.BytesIO(f"{crawl / 'a.md'}\n".encode())
    (item,) = inputs.items([], from_list="-", stdin=listed)
    assert item.path == str(crawl / "a.md")


# JSON Lines line, the error the item carries (None: a document)
JSONL_LINES = [
    pytest.param('{"id": "a", "html": "<p>x</p>"}', None, id="html"),
    pytest.param('{"id": "a", "text": "x"}', None, id="text"),
    pytest.param('{"id": "a", "markdown": "# x"}', None, id="markdown"),
    pytest.param('{"id": "a", "body": "x"}', "no html, text, markdown field", id="no-body"),
    pytest.param('{"id": "a", "text": 5}', "no html, text, markdown field", id="body-not-text"),
    pytest.param("[1, 2]", "is not a JSON object", id="not-an-object"),
    pytest.param('{"id": "a", "text": "x', "is not JSON", id="cut-line"),
]


@pytest.mark.parametrize(("line", "error"), JSONL_LINES)
def test_jsonl_lines(tmp_path: Path, line: str, error: str | None) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(line + "\n")
    (item,) = inputs.items([str(path)])
    if error is None:
        assert item.error is None and item.data and item.id == "a"
    else:
        assert item.error is not None and error in item.error and item.data is None


def test_a_compressed_document_is_inflated_when_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(release(7).encode()))
    (item,) = inputs.items([str(path)])
    assert item.data is None  # read, and inflated within the size budget, by its worker
    (record,) = extract_many([item])
    assert first_values([record.model_dump()]) == [7.0]
    assert record.source.repairs[0] == "gzip body decompressed"


def test_a_damaged_gzip_document_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00broken")
    (record,) = extract_many(inputs.items([str(path)]))
    assert (record.status, record.error.type) == ("error", "not_a_text_document")


def _warc(path: Path, responses: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, body, kind in responses:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_responses_that_are_pages_are_documents(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    page = f"<html><body><p>{release(6)}</p></body></html>".encode()
    _warc(
        path,
        [
            ("https://example.org/release", page, "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG\r\n", "image/png"),
        ],
    )
    (item,) = inputs.items([str(path)])
    assert item.url == "https://example.org/release"
    assert item.data == page
    assert item.id is not None and item.id.startswith("<urn:uuid:")


def test_a_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(release(1))
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [Path(p).name for p in inputs.walk(str(tmp_path))] == ["a.md"]


# --------------------------------------------------------------------------
# The CLI over a crawl: records carry id and URL, stdout holds records only
# --------------------------------------------------------------------------


def test_cli_reads_every_kind_of_input(crawl: Path, capsys) -> None:
    code = main(["extract", str(crawl), "--jobs", "1"])
    captured = capsys.readouterr()
    records = records_of(captured.out)
    assert code == 0
    assert first_values(records) == [1.0, 3.0, 4.0, 5.0, 2.0]
    assert [r["source"]["id"] for r in records] == [None, None, "x1", "7", None]
    assert records[2]["source"]["url"] == "https://example.org/x1"
    assert captured.err.startswith("extractor: 5 documents, 0 errors")


def test_cli_quiet_writes_nothing_on_stderr(crawl: Path, capsys) -> None:
    assert main(["extract", str(crawl / "a.md"), "--quiet"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert len(records_of(captured.out)) == 1


def test_cli_with_text_puts_the_clean_text_in_each_record(crawl: Path, capsys) -> None:
    assert main(["extract", str(crawl / "a.md"), "--quiet", "--with-text"]) == 0
    (record,) = records_of(capsys.readouterr().out)
    evidence = record["figures"][0]["evidence"]
    assert record["text"][evidence["start"] : evidence["end"]] == evidence["text"]
    assert main(["extract", str(crawl / "a.md"), "--quiet"]) == 0
    assert records_of(capsys.readouterr().out)[0]["text"] is None


def test_summary_counts_documents_errors_and_findings() -> None:
    mismatch = (
        "# Widget Market\n\nThe widget market will grow from USD 5 billion in 2024 to "
        "USD 10 billion in 2030, at a CAGR of 30%.\n"
    )
    summary = Summary()
    for text in (mismatch, "", release(2)):
        summary.add(pipeline.extract(text))
    line = summary.line()
    assert line.startswith("extractor: 3 documents, 1 errors, findings: 1 error")  # "" is empty
    assert summary.findings["error"] == 1


# --------------------------------------------------------------------------
# Resume and interruption
# --------------------------------------------------------------------------


@pytest.fixture
def many(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"d{n}", "text": release(n)}) + "\n" for n in range(1, 9))
    )
    return path


def test_resume_repairs_a_half_written_line_and_finishes(many: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(many), "-o", str(out), "--jobs", "1", "--quiet"]) == 0
    whole = out.read_text()
    lines = whole.splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:40])  # killed while writing record 4
    assert main(["extract", str(many), "-o", str(out), "--resume", "--jobs", "1", "--quiet"]) == 0
    assert out.read_text() == whole  # nothing lost, nothing twice


def test_resume_of_a_finished_run_adds_nothing(many: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    main(["extract", str(many), "-o", str(out), "--jobs", "1", "--quiet"])
    whole = out.read_text()
    assert main(["extract", str(many), "-o", str(out), "--resume", "--quiet"]) == 0
    assert out.read_text() == whole


def test_resume_refuses_other_inputs(many: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"source": {"id": "elsewhere"}}) + "\n")
    assert main(["extract", str(many), "-o", str(out), "--resume", "--quiet"]) == 2
    assert "not the same inputs" in capsys.readouterr().err


def test_resume_point_counts_whole_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"source": {"path": "a"}}\n{"source": {"id": "b"}}\n{"sour')
    assert resume_point(out) == (2, "b")
    assert out.read_text().endswith("}\n")
    assert resume_point(tmp_path / "missing.jsonl") == (0, None)


def test_skip_done_checks_the_last_item() -> None:
    items = [inputs.Item(f"n{i}", data=b"x", id=f"i{i}") for i in range(4)]
    assert [i.id for i in skip_done(items, 2, "i1")] == ["i2", "i3"]
    with pytest.raises(ResumeMismatch):
        list(skip_done(items, 2, "i0"))
    with pytest.raises(ResumeMismatch):
        list(skip_done(items, 9, "i8"))


def test_ctrl_c_keeps_what_was_done() -> None:
    def records():
        yield pipeline.extract(release(1))
        yield pipeline.extract(release(2))
        raise KeyboardInterrupt

    out = io.StringIO()
    summary = Summary()
    write_records(records(), out, summary)
    assert len(out.getvalue().splitlines()) == 2
    assert summary.interrupted and "--resume" in summary.line()


# --------------------------------------------------------------------------
# Workers
# --------------------------------------------------------------------------


def _crash_on_marker(data: bytes, path, settings):  # runs in the worker (fork)
    if b"CRASH" in data:
        os._exit(3)
    return _real_run(data, path, settings)


_real_run = pipeline._run


def test_a_crashed_worker_costs_only_its_document(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_run", _crash_on_marker)
    items = [(f"d{n}.md", release(n).encode()) for n in range(1, 8)]
    items[3] = ("crash.md", b"CRASH " + release(4).encode())
    records = list(extract_many(items, jobs=2, chunksize=3))
    assert [r.source.path for r in records] == [name for name, _ in items]
    assert [r.status for r in records] == ["ok"] * 3 + ["error"] + ["ok"] * 3
    assert records[3].error is not None and records[3].error.type == "WorkerCrashed"


def test_default_jobs_is_every_core() -> None:
    from extractor.cli import _default_jobs

    assert _default_jobs() == len(os.sched_getaffinity(0))


# --------------------------------------------------------------------------
# Dask
# --------------------------------------------------------------------------


def test_dask_local_cluster_gives_the_records_of_one_process() -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from extractor.cluster import extract_on_dask

    paths = sorted(str(p) for p in CORPUS.iterdir() if p.suffix in inputs.DOCUMENT_SUFFIXES)
    items = [inputs.Item(p, path=p) for p in paths]
    alone = [r.model_dump() for r in extract_many(items, jobs=1)]
    on_dask = [r.model_dump() for r in extract_on_dask(items, "local", round_size=25)]
    assert on_dask == alone
    assert len(alone) == len(paths)


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away (`extractor ... | head -1`)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self._fd

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd


def test_a_closed_pipe_stops_the_command_quietly(tmp_path: Path, monkeypatch, capsys) -> None:
    sink = tmp_path / "sink"
    with sink.open("w") as out:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(out.fileno()))
        assert main(["schema"]) == 141
    assert capsys.readouterr().err == ""
