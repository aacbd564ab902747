"""The pipeline end to end: inputs, evidence offsets, error isolation, batches and the CLI."""

import hashlib
import io
import itertools
import json
import sys
from pathlib import Path

import pytest

import extractor
from extractor import decode, layout, repair
from extractor.cli import main
from extractor.pipeline import extract_many
from extractor.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

RELEASE = """# Global Widget Market Forecast 2025â€“2032

<p><strong>Market Overview</strong></p>
<p>The global widget market&rsquo;s value is expected to grow from USD 5,483.81 million in 2023
to USD 19,927.57 million by 2032, at a CAGR of 15.42% during the forecast period. The U.S.
market accounted for USD 1.1 billion in 2024.</p>
<p><strong>Key Players</strong></p>
<ul><li>Toyobo Co. Ltd.</li><li>Binex Co., Ltd.</li><li>Lonza</li><li>Lonza</li><li>S.</li></ul>
<p><strong>Based on Source:</strong></p>
<ul><li>Mammalian</li><li>Non-mammalian</li></ul>
<p><strong>About Us</strong></p>
<p>Acme Research is a market research firm.</p>
"""

SHORT = b"# Widget Market\n\nThe widget market was valued at USD 2 billion in 2024.\n"


def clean_text(data: bytes) -> str:
    """The clean text, built the way pipeline._run builds it."""
    return layout.layout(repair.repair(decode.decode(data).text).text).text


def evidences(report: extractor.MarketReport):
    for group in (report.figures, report.growth, report.companies, report.segments):
        for item in group:
            yield item.evidence
    for finding in report.findings:
        if finding.evidence is not None:
            yield finding.evidence
    if report.forecast_period and report.forecast_period.evidence:
        yield report.forecast_period.evidence
    for check in report.checks:
        yield from filter(None, (check.evidence, check.start_evidence, check.end_evidence))


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(RELEASE, id="str"),
        pytest.param(RELEASE.encode("utf-8"), id="bytes-utf8"),
        pytest.param(RELEASE.encode("utf-16"), id="bytes-utf16"),
    ],
)
def test_extract_accepts_str_and_bytes(document):
    report = extractor.extract(document, source="release.md")
    assert report.status == "ok"
    assert report.source.path == "release.md"
    assert report.title == "Global Widget Market Forecast 2025–2032"
    assert [f.value for f in report.figures] == [5483.81, 19927.57, 1.1]
    assert [g.cagr for g in report.growth] == [15.42]


def test_source_describes_the_bytes():
    report = extractor.extract(SHORT)
    assert report.source.bytes == len(SHORT)
    assert report.source.sha256 == hashlib.sha256(SHORT).hexdigest()
    assert report.source.encoding == "utf-8"
    assert report.source.repairs == []


def test_repairs_are_recorded():
    report = extractor.extract(RELEASE)
    assert len(report.source.repairs) == 1
    assert "text_repaired" in {f.code for f in report.findings}


EVIDENCE_DOCS = [
    pytest.param(RELEASE.encode("utf-8"), id="handwritten-mojibake-html"),
    *[
        pytest.param(path.read_bytes(), id=path.stem)
        for path in sorted(CORPUS.glob("0[1-9]-*"))
        if path.suffix in (".txt", ".md", ".html")
    ],
]


@pytest.mark.parametrize("data", EVIDENCE_DOCS)
def test_evidence_is_a_slice_of_the_clean_text(data):
    report = extractor.extract(data)
    text = clean_text(data)
    spans = list(evidences(report))
    assert report.status == "ok"
    assert spans
    for evidence in spans:
        assert 0 <= evidence.start <= evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize("data", EVIDENCE_DOCS)
def test_with_text_the_record_carries_the_text_its_evidence_points_into(data):
    plain = extractor.extract(data)
    report = extractor.extract(data, settings=Settings(with_text=True))
    assert plain.text is None
    assert report.text == clean_text(data)
    assert report.model_copy(update={"text": None}) == plain
    for evidence in evidences(report):
        assert report.text[evidence.start : evidence.end] == evidence.text


def test_a_check_points_at_its_rate_and_its_two_figures():
    report = extractor.extract(RELEASE)
    (check,) = report.checks
    assert (check.evidence.text, check.start_evidence.text, check.end_evidence.text) == (
        "15.42%",
        "USD 5,483.81 million",
        "USD 19,927.57 million",
    )


def test_evidence_kinds_all_present_in_handwritten_release():
    report = extractor.extract(RELEASE)
    assert report.figures and report.growth and report.companies and report.segments
    assert any(f.evidence for f in report.findings)


def _boom(text):
    raise ValueError("layout exploded")


def test_a_failing_stage_gives_an_error_record(monkeypatch):
    monkeypatch.setattr("extractor.pipeline.layout.layout", _boom)
    report = extractor.extract(SHORT, source="bad.md")
    assert report.status == "error"
    assert report.error is not None
    assert (report.error.type, report.error.message) == ("ValueError", "layout exploded")
    assert report.source.path == "bad.md"
    assert report.source.bytes == len(SHORT)
    assert report.figures == []


def test_batch_goes_on_after_an_error(monkeypatch):
    from extractor import pipeline

    real = pipeline.layout.layout

    def sometimes(text):
        if "EXPLODE" in text:
            raise RuntimeError("bad document")
        return real(text)

    monkeypatch.setattr("extractor.pipeline.layout.layout", sometimes)
    items = [
        ("a.md", SHORT),
        ("b.md", b"EXPLODE " + SHORT),
        ("c.md", SHORT.replace(b"2 billion", b"3 billion")),
    ]
    records = list(extract_many(items))
    assert [r.source.path for r in records] == ["a.md", "b.md", "c.md"]
    assert [r.status for r in records] == ["ok", "error", "ok"]
    assert records[1].error.type == "RuntimeError"
    assert [f.value for f in records[2].figures] == [3.0]


def test_extract_many_parallel_equals_serial():
    items = [
        (f"doc{i}.md", SHORT.replace(b"2 billion", f"{i + 1} billion".encode())) for i in range(6)
    ]
    items.append(("release.md", RELEASE.encode("utf-8")))
    serial = [r.model_dump() for r in extract_many(items, jobs=1)]
    parallel = [r.model_dump() for r in extract_many(items, jobs=2, chunksize=2)]
    assert parallel == serial
    assert [r["source"]["path"] for r in serial] == [name for name, _ in items]


# --------------------------------------------------------------------------
# CLI
# --------------------------------------------------------------------------


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.md").write_bytes(SHORT.replace(b"2 billion", b"4 billion"))
    (folder / "a.txt").write_bytes(SHORT)
    (folder / "sub" / "c.html").write_text(
        "<h1>Gadget Market</h1><p>The gadget market was valued at USD 7 billion in 2024.</p>"
    )
    (folder / "notes.json").write_text("{}")  # not a document suffix: skipped
    return folder


def lines_of(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def test_cli_directory_file_and_stdin(docs, tmp_path, monkeypatch, capsys):
    single = tmp_path / "single.md"
    single.write_bytes(SHORT.replace(b"2 billion", b"9 billion"))
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(SHORT.replace(b"2 billion", b"5 billion")))
    )
    code = main(["extract", str(docs), str(single), "-"])
    out = capsys.readouterr().out
    records = lines_of(out)
    assert code == 0
    assert len(out.splitlines()) == 5
    assert [Path(r["source"]["path"]).name for r in records] == [
        "a.txt",
        "b.md",
        "c.html",
        "single.md",
        "<stdin>",
    ]
    assert [r["figures"][0]["value"] for r in records] == [2.0, 4.0, 7.0, 9.0, 5.0]
    assert all(r["status"] == "ok" for r in records)


def test_cli_output_file(docs, tmp_path, capsys):
    out_file = tmp_path / "out.jsonl"
    code = main(["extract", str(docs / "b.md"), str(docs / "a.txt"), "-o", str(out_file)])
    assert code == 0
    assert capsys.readouterr().out == ""
    records = lines_of(out_file.read_text())
    assert [Path(r["source"]["path"]).name for r in records] == ["b.md", "a.txt"]


def test_cli_missing_path_gives_error_record_and_exit_1(docs, tmp_path, capsys):
    missing = tmp_path / "missing.md"
    code = main(["extract", str(docs / "a.txt"), str(missing), str(docs / "b.md")])
    captured = capsys.readouterr()
    records = lines_of(captured.out)
    assert code == 1
    assert [r["status"] for r in records] == ["ok", "error", "ok"]
    assert records[1]["source"]["path"] == str(missing)
    assert records[1]["error"]["type"] == "FileNotFoundError"
    assert str(missing) in captured.err


def test_cli_jobs_keeps_order(docs, capsys):
    code = main(["extract", str(docs), "--jobs", "2"])
    records = lines_of(capsys.readouterr().out)
    assert code == 0
    assert [Path(r["source"]["path"]).name for r in records] == ["a.txt", "b.md", "c.html"]


def test_cli_schema_prints_json(capsys):
    code = main(["schema"])
    schema = json.loads(capsys.readouterr().out)
    assert code == 0
    assert schema["title"] == "MarketReport"
    for field in ("source", "status", "figures", "growth", "checks", "findings"):
        assert field in schema["properties"]


def test_extract_many_with_workers_reads_its_input_lazily():
    """An endless stream gives its first records without being read to the end."""
    pulled = 0

    def endless():
        nonlocal pulled
        while True:
            pulled += 1
            yield (f"doc-{pulled}", b"The widget market was valued at USD 5 billion in 2024.")

    first = list(itertools.islice(extract_many(endless(), jobs=2, chunksize=2), 3))
    assert [r.source.path for r in first] == ["doc-1", "doc-2", "doc-3"]
    assert pulled <= 4 * 2 * 2 + 2  # the in-flight window, not the whole stream
