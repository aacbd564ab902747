"""`extractor review`: highlights, overlaps, escaping, text origins, the page and its CLI
(no browser; tests/test_review_browser.py opens the page in Chromium)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup, Tag

import extractor
from extractor import review
from extractor.cli import main
from extractor.models import Evidence, Figure, Finding, MarketReport, Sections, Source
from extractor.review import Highlight, release_text, render_page, render_text, resolve

# Releases written for these tests (a made-up widget market).
WIDGET = """Widget Market Forecast 2025-2030

London, 3 March 2025 - The global widget market was valued at USD 5.0 billion in 2024 and \
is expected to reach USD 9.0 billion by 2030, growing at a CAGR of {rate} from 2024 to 2030, \
according to a new report by Sample Insights.

Market Drivers

Factories keep buying more widgets as assembly lines grow. Cheaper steel also helps.

Key Players

The leading companies are Acme Corp, Globex Inc. and Initech Ltd.

Segmentation

By Type:

- Small widgets
- Large widgets
"""
CONSISTENT = WIDGET.format(rate="10.3%")
MISMATCH = WIDGET.format(rate="14.5%")


def record_of(text: str, name: str = "widget.txt", with_text: bool = True) -> MarketReport:
    return extractor.extract(text, source=name, settings=extractor.Settings(with_text=with_text))


def span(kind: str, start: int, end: int, text: str) -> Highlight:
    return Highlight(kind, start, end, text[start:end], f"{kind}: {text[start:end]}")


def bracketed(node: Tag) -> str:
    """Marked-up text in a compact form: `[figure:USD 5 billion]` for each mark."""
    out = []
    for child in node.children:
        if isinstance(child, Tag) and child.name == "mark":
            out.append(f"[{child['data-field']}:{bracketed(child)}]")
        elif isinstance(child, Tag):
            out.append(bracketed(child))
        else:
            out.append(str(child))
    return "".join(out)


def marked(html: str) -> str:
    return bracketed(BeautifulSoup(f"<div>{html}</div>", "html.parser").div)


TEXT = "Sales were USD 5 billion in 2024, growing 7% a year."
#          0123456789012345678901234567890123456789012345678901
RENDER = [
    pytest.param([], "Sales were USD 5 billion in 2024, growing 7% a year.", id="no-spans"),
    pytest.param(
        [("figure", 11, 24)],
        "Sales were [figure:USD 5 billion] in 2024, growing 7% a year.",
        id="one-span",
    ),
    pytest.param(
        [("rate", 42, 44), ("figure", 11, 24)],
        "Sales were [figure:USD 5 billion] in 2024, growing [rate:7%] a year.",
        id="two-spans-given-out-of-order",
    ),
    pytest.param(
        [("section", 0, 52), ("figure", 11, 24)],
        "[section:Sales were [figure:USD 5 billion] in 2024, growing 7% a year.]",
        id="nested-in-a-section",
    ),
    pytest.param(
        [("finding", 42, 44), ("rate", 42, 44)],
        "Sales were USD 5 billion in 2024, growing [rate:[finding:7%]] a year.",
        id="identical-spans-nest-higher-priority-inside",
    ),
    pytest.param(
        [("figure", 11, 24), ("company", 20, 32)],
        "Sales were [figure:USD 5 billion] in 2024, growing 7% a year.",
        id="partial-overlap-keeps-figure",
    ),
    pytest.param(
        [("segment", 0, 16), ("rate", 11, 24)],
        "Sales were [rate:USD 5 billion] in 2024, growing 7% a year.",
        id="partial-overlap-lower-priority-first-in-text",
    ),
    pytest.param(
        [("figure", 11, 24), ("company", 24, 32)],
        "Sales were [figure:USD 5 billion][company: in 2024], growing 7% a year.",
        id="adjacent-spans-both-kept",
    ),
    pytest.param(
        [("figure", 30, 30)],
        "Sales were USD 5 billion in 2024, growing 7% a year.",
        id="empty-span-dropped",
    ),
    pytest.param(
        [("figure", 40, 99)],
        "Sales were USD 5 billion in 2024, growing 7% a year.",
        id="span-past-the-end-dropped",
    ),
]


@pytest.mark.parametrize(("spans", "expected"), RENDER)
def test_render_text_nests_and_resolves(spans, expected):
    assert marked(render_text(TEXT, [span(k, s, e, TEXT) for k, s, e in spans])) == expected


def test_render_text_drops_a_span_whose_quote_is_elsewhere():
    wrong = Highlight("figure", 0, 5, "USD 5", "figure: USD 5")
    assert marked(render_text(TEXT, [wrong])) == TEXT


@pytest.mark.parametrize(
    ("spans", "reason"),
    [
        pytest.param(
            [("figure", 11, 24), ("company", 20, 32)],
            "overlaps the figure “USD 5 billion”, which is kept",
            id="partial-overlap",
        ),
        pytest.param([("figure", 40, 99)], "its evidence is not at its offsets", id="range"),
    ],
)
def test_resolve_says_why_a_span_is_dropped(spans, reason):
    kept, dropped = resolve(TEXT, [span(k, s, e, TEXT) for k, s, e in spans])
    assert len(kept) + len(dropped) == len(spans)
    assert [d.reason for d in dropped] == [reason]


HOSTILE = [
    pytest.param('<script>alert("x")</script>', id="script"),
    pytest.param("a < b & c > d", id="angle-brackets"),
    pytest.param("\"quoted\" and 'single'", id="quotes"),
    pytest.param("line one\r\nline two", id="carriage-return"),
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_render_text_escapes(hostile):
    text = f"{hostile} USD 5 billion"
    start = text.index("USD")
    title = f'figure: {hostile} "<b>'
    out = render_text(text, [Highlight("figure", start, len(text), text[start:], title)])
    soup = BeautifulSoup(f"<div>{out}</div>", "html.parser")
    assert soup.find("script") is None and soup.find("b") is None
    assert soup.div.get_text() == text
    assert soup.mark["title"] == title


# --- the page --------------------------------------------------------------------------


def error_record() -> MarketReport:
    return extractor.extract(b"", source="empty.txt")


def soup_of(records: list[MarketReport], **options) -> BeautifulSoup:
    return BeautifulSoup(render_page(records, **options), "html.parser")


@pytest.fixture(scope="module")
def widget_records() -> list[MarketReport]:
    return [record_of(CONSISTENT, "consistent.txt"), record_of(MISMATCH, "mismatch.txt")]


CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CORPUS_SAMPLE = [
    "01-north-america-biopharma-cmo.txt",
    "02-food-enzymes-cagr-mismatch.html",
    "16-pipeline-leak-detection-duplicates.html",
]


@pytest.fixture(scope="module")
def corpus_records() -> list[MarketReport]:
    return [
        extractor.extract(
            (CORPUS / name).read_bytes(), source=name, settings=extractor.Settings(with_text=True)
        )
        for name in CORPUS_SAMPLE
    ]


def test_every_mark_covers_its_evidence(widget_records, corpus_records):
    records = widget_records + corpus_records
    soup = soup_of(records)
    marks = soup.find_all("mark")
    assert {m["data-field"] for m in marks} >= {"figure", "rate", "company", "segment", "finding"}
    for mark in marks:
        index = int(mark.find_parent("section", class_="release")["id"].removeprefix("release-"))
        text = records[index - 1].text
        assert mark.get_text() == text[int(mark["data-start"]) : int(mark["data-end"])]


def test_every_fact_is_marked_or_listed(widget_records, corpus_records):
    for record in widget_records + corpus_records:
        soup = soup_of([record])
        spans = review.highlights(record)
        dropped = soup.select("ul.dropped li")
        missing = review.unlocated_sections(record, record.text)
        assert len(soup.find_all("mark")) + len(dropped) == len(spans) + len(missing)


def test_figure_title_states_its_fields(widget_records):
    soup = soup_of(widget_records[:1])
    title = soup.find("mark", attrs={"data-field": "figure"})["title"]
    assert title == (
        "figure: USD 5.0 billion · amount 5000000000 · year 2024 · role base · scope Global"
        " · source Sample Insights"
    )


@pytest.mark.parametrize(
    ("kind", "needle"),
    [
        pytest.param("section", "Factories keep buying more widgets", id="section-found"),
        pytest.param("period", "2025-2030", id="forecast-period"),
        pytest.param("company", "Globex Inc.", id="company"),
    ],
)
def test_kinds_are_marked(widget_records, kind, needle):
    marks = soup_of(widget_records[:1]).find_all("mark", attrs={"data-field": kind})
    assert any(m.get_text().startswith(needle) for m in marks)


def test_a_section_not_in_the_text_is_listed_not_marked(widget_records):
    record = widget_records[0].model_copy(
        update={"sections": Sections(trends=["A sentence the release never says."])}
    )
    soup = soup_of([record])
    assert soup.find("mark", attrs={"data-field": "section"}) is None
    listed = soup.select_one("ul.dropped").get_text()
    assert "A sentence the release never says." in listed and "not found as written" in listed


def test_the_mismatch_check_is_worked_out(widget_records):
    soup = soup_of(widget_records[1:])
    check = soup.select_one(".check")
    cells = {row.th.get_text(): row.td.get_text(" ") for row in check.select("tr")}
    assert cells["start"].startswith("USD 5.0 billion in 2024")
    assert cells["end"].startswith("USD 9.0 billion in 2030")
    assert cells["implied rate"] == "10.2924% over 6 years"
    assert cells["stated rate"] == "14.5%"
    assert cells["deviation"] == "+4.2076 pp"
    assert cells["diagnosis"] == "no known cause"
    assert "outcome-mismatch" in check["class"]
    badge = soup.select_one("ul.findings .badge")
    assert badge.get_text() == "error" and "sev-error" in badge["class"]


def test_a_consistent_release_has_an_exact_check_and_no_findings(widget_records):
    soup = soup_of(widget_records[:1])
    assert "outcome-exact" in soup.select_one(".check")["class"]
    assert soup.select_one("ul.findings") is None
    assert soup.select_one("tbody tr")["data-findings"] == "0"


def test_error_record_shows_its_error():
    soup = soup_of([error_record()])
    box = soup.select_one(".error-box")
    assert box.code.get_text() == "empty_document"
    assert "the document is empty" in box.get_text()
    assert soup.select_one("tbody tr .status-error") is not None
    assert soup.find("mark") is None


def test_table_counts_and_links(widget_records):
    records = [*widget_records, error_record()]
    soup = soup_of(records)
    headers = [th.get_text() for th in soup.select("thead th")]
    rows = soup.select("tbody tr")
    assert len(rows) == 3
    cells = [
        dict(zip(headers, (td.get_text() for td in row.find_all("td")), strict=True))
        for row in rows
    ]
    assert [c["figures"] for c in cells] == ["2", "2", "0"]
    assert [c["companies"] for c in cells] == ["3", "3", "0"]
    assert [c["errors"] for c in cells] == ["0", "1", "0"]
    assert [row["data-findings"] for row in rows] == ["0", "1", "0"]
    assert [row["data-flagged"] for row in rows] == ["0", "1", "1"]  # an error is flagged
    for index, row in enumerate(rows, start=1):
        target = row.find("a")["href"]
        assert target == f"#release-{index}"
        assert soup.select_one(target) is not None
    numeric = {th.get_text(): th["data-type"] for th in soup.select("thead th")}
    assert numeric["figures"] == "num" and numeric["market"] == "text"
    assert soup.find("input", id="only-findings")["type"] == "checkbox"


def test_page_is_self_contained(widget_records):
    linked = widget_records[0].model_copy(
        update={"text": widget_records[0].text + "\nSee https://example.com/report."}
    )
    page = render_page([linked, error_record()])
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("link") is None
    assert all(not s.has_attr("src") for s in soup.find_all(["script", "img", "iframe"]))
    hrefs = [a["href"] for a in soup.find_all(href=True)]
    assert hrefs and all(h.startswith("#") for h in hrefs)
    assert "<script src" not in page and "<link" not in page
    assert "default-src 'none'" in soup.find("meta", attrs={"http-equiv": True})["content"]


def test_hostile_text_stays_text():
    text = 'Intro <script>alert("owned")</script> worth USD 5 billion in 2024.'
    start = text.index("USD 5 billion")
    record = MarketReport(
        source=Source(sha256="0" * 64, bytes=len(text)),
        market='<img src=x onerror="alert(1)">',
        text=text,
        figures=[
            Figure(
                value=5,
                unit="billion",
                currency="USD",
                amount=5e9,
                year=2024,
                role="base",
                evidence=Evidence(text="USD 5 billion", start=start, end=start + 13),
            )
        ],
        findings=[
            Finding(code="x", severity="warning", message="<b>bold</b>", evidence=None),
        ],
    )
    soup = soup_of([record])
    scripts = soup.find_all("script")
    assert len(scripts) == 1 and "owned" not in scripts[0].get_text()
    assert soup.find("img") is None and soup.find("b") is None
    assert soup.select_one(".text").get_text() == text
    assert soup.find("mark").get_text() == "USD 5 billion"


# --- where the text comes from ----------------------------------------------------------


@pytest.fixture
def source_file(tmp_path: Path) -> Path:
    path = tmp_path / "widget.txt"
    path.write_text(MISMATCH, encoding="utf-8")
    return path


def test_reread_with_matching_sha256(source_file):
    record = record_of(source_file.read_bytes(), str(source_file), with_text=False)
    assert record.text is None
    origin = release_text(record)
    assert origin.text == record_of(MISMATCH).text
    assert "re-read" in origin.note
    soup = soup_of([record], origins=[origin])
    assert soup.find("mark", attrs={"data-field": "finding"}).get_text() == "14.5%"


@pytest.mark.parametrize(
    ("change", "note"),
    [
        pytest.param(lambda p: p.write_text(CONSISTENT), review.NOTE_CHANGED, id="changed"),
        pytest.param(lambda p: p.unlink(), "is not on disk", id="missing"),
    ],
)
def test_reread_refuses_a_changed_or_missing_source(source_file, change, note):
    record = record_of(source_file.read_bytes(), str(source_file), with_text=False)
    change(source_file)
    origin = release_text(record)
    assert origin.text is None and note in origin.note and origin.warn
    soup = soup_of([record], origins=[origin])
    assert soup.find("mark") is None
    assert note in soup.select_one(".origin").get_text()
    facts = soup.select_one("ul.facts").get_text()
    assert "USD 5.0 billion" in facts and "Globex Inc." in facts


@pytest.mark.parametrize(
    ("update", "reread", "note"),
    [
        pytest.param({}, False, review.NOTE_NO_REREAD, id="no-reread"),
        pytest.param({"path": None}, True, review.NOTE_NO_PATH, id="no-path"),
        pytest.param({"id": "doc-7"}, True, "document doc-7 inside", id="container"),
    ],
)
def test_reread_not_tried(source_file, update, reread, note):
    record = record_of(source_file.read_bytes(), str(source_file), with_text=False)
    record = record.model_copy(update={"source": record.source.model_copy(update=update)})
    origin = release_text(record, reread=reread)
    assert origin.text is None and note in origin.note


def test_text_in_the_record_wins(widget_records):
    assert release_text(widget_records[0]).note == review.NOTE_RECORD


# --- command line -----------------------------------------------------------------------


def write_jsonl(path: Path, records: list[MarketReport], extra: str = "") -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records) + extra)
    return path


def test_cli_writes_the_page(tmp_path, widget_records):
    records = write_jsonl(tmp_path / "records.jsonl", widget_records)
    out = tmp_path / "review.html"
    assert main(["review", str(records), "-o", str(out), "--title", "Widgets <1>"]) == 0
    soup = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")
    assert soup.title.get_text() == "Widgets <1>"
    assert len(soup.select("tbody tr")) == 2


def test_cli_reads_stdin_and_several_files(tmp_path, widget_records, monkeypatch):
    first = write_jsonl(tmp_path / "a.jsonl", widget_records[:1])
    monkeypatch.setattr("sys.stdin", io.StringIO(widget_records[1].model_dump_json() + "\n"))
    out = tmp_path / "review.html"
    assert main(["review", str(first), "-", "-o", str(out)]) == 0
    assert len(BeautifulSoup(out.read_text(), "html.parser").select("tbody tr")) == 2


def test_cli_no_reread_leaves_text_out(tmp_path, source_file):
    record = record_of(source_file.read_bytes(), str(source_file), with_text=False)
    records = write_jsonl(tmp_path / "r.jsonl", [record])
    out = tmp_path / "review.html"
    assert main(["review", str(records), "-o", str(out), "--no-reread"]) == 0
    assert "<mark" not in out.read_text()
    assert main(["review", str(records), "-o", str(out)]) == 0
    assert "<mark" in out.read_text()


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        pytest.param(
            '{"not": "a record"}\n', ":2: not a record (source: Field required)", id="no-source"
        ),
        pytest.param("\n{oops\n", ":3: not a record (Invalid JSON", id="bad-json"),
        pytest.param(None, ": cannot read (No such file", id="missing-file"),
    ],
)
def test_cli_skips_bad_input_says_so_and_writes_the_page(
    tmp_path, widget_records, monkeypatch, capsys, extra, said
):
    """A bad line or a missing file: named on stderr, exit 1, the page still written from
    every record that could be read (here one more from stdin)."""
    records = tmp_path / "r.jsonl"
    if extra is not None:
        write_jsonl(records, widget_records[:1], extra=extra)
    stdin = io.BytesIO(widget_records[1].model_dump_json().encode() + b"\n")
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=stdin))
    out = tmp_path / "review.html"
    assert main(["review", str(records), "-", "-o", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"extractor: {records}{said}")
    rows = len(BeautifulSoup(out.read_text(), "html.parser").select("tbody tr"))
    assert rows == (2 if extra is not None else 1)


def test_cli_output_that_cannot_be_written_exits_2(tmp_path, widget_records, capsys):
    records = write_jsonl(tmp_path / "r.jsonl", widget_records)
    assert main(["review", str(records), "-o", str(tmp_path / "no" / "x.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_cli_needs_an_output(tmp_path):
    with pytest.raises(SystemExit) as stop:
        main(["review", str(tmp_path / "r.jsonl")])
    assert stop.value.code == 2


def test_records_round_trip_through_json(widget_records):
    """What the CLI reads is what extract writes: the page of the parsed line is the same."""
    line = widget_records[1].model_dump_json()
    again = MarketReport.model_validate(json.loads(line))
    assert render_page([again]) == render_page(widget_records[1:])


def _corpus_releases() -> list[Path]:
    return sorted(
        p
        for p in CORPUS.rglob("*")
        if p.suffix in (".txt", ".md", ".html") and p.is_file() and "real" not in p.parts
    )


def test_on_the_corpus_every_figure_rate_company_and_segment_is_marked_at_its_evidence():
    """The issue's bar: every such fact of every corpus record has a mark whose text is
    its evidence (and its offsets the evidence's)."""
    settings = extractor.Settings(with_text=True)
    checked = 0
    for path in _corpus_releases():
        record = extractor.extract(path.read_bytes(), source=path.name, settings=settings)
        marks = {
            (m["data-field"], int(m["data-start"]), int(m["data-end"]), m.get_text())
            for m in soup_of([record]).find_all("mark")
        }
        facts = [
            *(("figure", f.evidence) for f in record.figures),
            *(("rate", g.evidence) for g in record.growth),
            *(("company", c.evidence) for c in record.companies),
            *(("segment", s.evidence) for s in record.segments),
        ]
        for kind, evidence in facts:
            assert (kind, evidence.start, evidence.end, evidence.text) in marks, (path, kind)
        checked += len(facts)
    assert checked > 1000  # the whole corpus, not a sample
