"""Flat tables: rows per fact keyed by document, CSV and Parquet files, DataFrames, the CLI."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor import MarketReport, extract
from extractor.cli import main
from extractor.tables import (
    ARROW_TYPES,
    PANDAS_DTYPES,
    TABLES,
    MissingExtra,
    RecordsError,
    document_key,
    rows,
    to_frames,
    write_tables,
)

WIDGET = """# Widget Market Outlook 2024-2032

The global widget market was valued at USD 5,483.81 million in 2023 and is expected to \
reach USD 19,927.57 million by 2032, growing at a CAGR of 11.2% from 2023 to 2032, \
according to Acme Insights.

## Key Players

- Sprocket Works Inc.
- Gearhouse Ltd.
- Cogwell GmbH

## Segmentation

By Type:

- Smart Widgets
- Classic Widgets
- Folding Widgets
"""

# One stated value and a rate: the extractor derives the end value (a derived figure).
SPROCKET = """# Sprocket Market

The sprocket market was valued at USD 4.0 billion in 2024 and is expected to grow at a \
CAGR of 10% from 2024 to 2030, according to Acme Insights.
"""

EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
FEED_ID = "feed-7"


def with_id(record: MarketReport, id_: str) -> MarketReport:
    return record.model_copy(update={"source": record.source.model_copy(update={"id": id_})})


@pytest.fixture(scope="module")
def records() -> list[MarketReport]:
    """A widget release (two figures, a mismatching CAGR, three players, a segment list),
    a sprocket release read from a feed (it has an id), and an error record."""
    return [
        extract(WIDGET, source="widget.md"),
        with_id(extract(SPROCKET, source="sprocket.md"), FEED_ID),
        extract(b""),
    ]


@pytest.fixture(scope="module")
def tables(records: list[MarketReport]) -> dict[str, list[dict[str, object]]]:
    return rows(records)


@pytest.fixture
def jsonl(tmp_path: Path, records: list[MarketReport]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


def names(table: str) -> list[str]:
    return [column for column, _ in TABLES[table]]


# --------------------------------------------------------------------------
# The column definitions
# --------------------------------------------------------------------------

EVIDENCE = "evidence_text evidence_start evidence_end"


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        pytest.param(
            "reports",
            "document path id url sha256 status error_type error_message title market region"
            " publisher distributor language forecast_start forecast_end figures growth"
            " companies segments findings_error findings_warning findings_info",
            id="reports",
        ),
        pytest.param(
            "figures",
            "document fact value unit currency amount year role region segment source"
            f" qualifier low high {EVIDENCE} mentions",
            id="figures",
        ),
        pytest.param(
            "growth",
            "document fact cagr start_year end_year window_source region segment source"
            f" qualifier low high {EVIDENCE} mentions",
            id="growth",
        ),
        pytest.param("companies", f"document fact name normalized {EVIDENCE}", id="companies"),
        pytest.param(
            "segments", f"document fact dimension value value_index {EVIDENCE}", id="segments"
        ),
        pytest.param(
            "findings", f"document fact code severity message {EVIDENCE} related", id="findings"
        ),
        pytest.param(
            "checks",
            "document fact stated_cagr implied_cagr start_value end_value start_year end_year"
            f" deviation_pp outcome consistent diagnosis region segment {EVIDENCE}",
            id="checks",
        ),
        pytest.param(
            "derived_figures",
            "document fact amount currency year role region segment source from_amount"
            " from_year cagr",
            id="derived_figures",
        ),
    ],
)
def test_every_table_has_exactly_its_columns_in_order(
    table: str, columns: str, tables: dict[str, list[dict[str, object]]]
) -> None:
    assert names(table) == columns.split()
    assert tables[table], f"the fixture records give no {table} row"
    for row in tables[table]:
        assert list(row) == columns.split()


def test_the_tables_are_these_and_in_this_order() -> None:
    assert list(TABLES) == [
        "reports",
        "figures",
        "growth",
        "companies",
        "segments",
        "findings",
        "checks",
        "derived_figures",
    ]


@pytest.mark.parametrize(
    ("table", "column", "kind"),
    [
        pytest.param("figures", "amount", "float", id="amount-float"),
        pytest.param("figures", "value", "float", id="value-float"),
        pytest.param("figures", "year", "int", id="year-int"),
        pytest.param("figures", "unit", "str", id="unit-str"),
        pytest.param("growth", "cagr", "float", id="cagr-float"),
        pytest.param("growth", "start_year", "int", id="start-year-int"),
        pytest.param("segments", "value_index", "int", id="value-index-int"),
        pytest.param("checks", "consistent", "bool", id="consistent-bool"),
        pytest.param("reports", "forecast_end", "int", id="forecast-end-int"),
        pytest.param("reports", "findings_error", "int", id="count-int"),
        pytest.param("derived_figures", "from_amount", "float", id="from-amount-float"),
    ],
)
def test_column_types(table: str, column: str, kind: str) -> None:
    assert dict(TABLES[table])[column] == kind


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "index", "column", "expected"),
    [
        pytest.param("reports", 0, "document", "widget.md", id="report-key-path"),
        pytest.param("reports", 0, "status", "ok", id="report-status"),
        pytest.param("reports", 0, "market", "widget", id="report-market"),
        pytest.param("reports", 0, "forecast_start", 2024, id="report-forecast-start"),
        pytest.param("reports", 0, "figures", 2, id="report-figure-count"),
        pytest.param("reports", 0, "companies", 3, id="report-company-count"),
        pytest.param("reports", 0, "segments", 1, id="report-segment-count"),
        pytest.param("reports", 0, "findings_error", 1, id="report-errors"),
        pytest.param("reports", 0, "findings_info", 0, id="report-infos"),
        pytest.param("reports", 1, "document", FEED_ID, id="report-key-id"),
        pytest.param("reports", 1, "path", "sprocket.md", id="report-path-kept"),
        pytest.param("reports", 1, "forecast_start", None, id="report-no-forecast"),
        pytest.param("reports", 1, "findings_info", 1, id="report-unchecked-info"),
        pytest.param("reports", 2, "document", EMPTY_SHA256, id="error-key-sha256"),
        pytest.param("reports", 2, "status", "error", id="error-status"),
        pytest.param("reports", 2, "error_type", "empty_document", id="error-type"),
        pytest.param("reports", 2, "figures", 0, id="error-no-figures"),
        pytest.param("figures", 0, "amount", 5483810000.0, id="figure-amount"),
        pytest.param("figures", 0, "value", 5483.81, id="figure-value"),
        pytest.param("figures", 0, "unit", "million", id="figure-unit"),
        pytest.param("figures", 0, "year", 2023, id="figure-year"),
        pytest.param("figures", 0, "role", "base", id="figure-role"),
        pytest.param("figures", 0, "evidence_text", "USD 5,483.81 million", id="figure-text"),
        pytest.param("figures", 0, "low", None, id="figure-no-range"),
        pytest.param("figures", 1, "fact", 1, id="figure-fact-index"),
        pytest.param("figures", 1, "amount", 19927570000.0, id="figure-end-amount"),
        pytest.param("figures", 1, "role", "forecast", id="figure-end-role"),
        pytest.param("figures", 2, "document", FEED_ID, id="figure-other-document"),
        pytest.param("figures", 2, "fact", 0, id="figure-fact-per-document"),
        pytest.param("growth", 0, "cagr", 11.2, id="growth-cagr"),
        pytest.param("growth", 0, "end_year", 2032, id="growth-end"),
        pytest.param("growth", 0, "window_source", "stated", id="growth-window-source"),
        pytest.param("companies", 2, "normalized", "Cogwell", id="company-normalized"),
        pytest.param("companies", 2, "name", "Cogwell GmbH", id="company-name"),
        pytest.param("segments", 2, "value", "Folding Widgets", id="segment-value"),
        pytest.param("segments", 2, "value_index", 2, id="segment-value-index"),
        pytest.param("segments", 2, "fact", 0, id="segment-list-index"),
        pytest.param("segments", 2, "dimension", "Type", id="segment-dimension"),
        pytest.param("findings", 0, "code", "cagr_mismatch", id="finding-code"),
        pytest.param("findings", 0, "severity", "error", id="finding-severity"),
        pytest.param("findings", 0, "evidence_text", "11.2%", id="finding-evidence"),
        pytest.param("findings", 1, "code", "cagr_unchecked", id="finding-other-document"),
        pytest.param("checks", 0, "outcome", "mismatch", id="check-outcome"),
        pytest.param("checks", 0, "consistent", False, id="check-consistent"),
        pytest.param("checks", 0, "implied_cagr", 15.4153, id="check-implied"),
        pytest.param("checks", 0, "start_year", 2023, id="check-start-year"),
        pytest.param("derived_figures", 0, "document", FEED_ID, id="derived-key"),
        pytest.param("derived_figures", 0, "year", 2030, id="derived-year"),
        pytest.param("derived_figures", 0, "from_amount", 4000000000.0, id="derived-from"),
        pytest.param("derived_figures", 0, "cagr", 10.0, id="derived-cagr"),
    ],
)
def test_row_values(
    tables: dict[str, list[dict[str, object]]],
    table: str,
    index: int,
    column: str,
    expected: object,
) -> None:
    value = tables[table][index][column]
    assert value == expected
    assert type(value) is type(expected)  # 5483810000.0 a float, 2023 an int, not strings


@pytest.mark.parametrize(
    ("table", "count"),
    [
        pytest.param("reports", 3, id="one-per-record-errors-included"),
        pytest.param("figures", 3, id="figures"),
        pytest.param("growth", 2, id="growth"),
        pytest.param("companies", 3, id="companies"),
        pytest.param("segments", 3, id="segments-one-per-value"),
        pytest.param("findings", 2, id="findings"),
        pytest.param("checks", 1, id="checks"),
        pytest.param("derived_figures", 1, id="derived"),
    ],
)
def test_row_counts(tables: dict[str, list[dict[str, object]]], table: str, count: int) -> None:
    assert len(tables[table]) == count


def test_segment_rows_are_one_per_value_in_order(
    tables: dict[str, list[dict[str, object]]],
) -> None:
    assert [(r["value_index"], r["value"]) for r in tables["segments"]] == [
        (0, "Smart Widgets"),
        (1, "Classic Widgets"),
        (2, "Folding Widgets"),
    ]


@pytest.mark.parametrize(
    ("path", "id_", "expected"),
    [
        pytest.param("a.md", "x1", "x1", id="id-first"),
        pytest.param("a.md", None, "a.md", id="then-path"),
        pytest.param(None, None, "SHA", id="then-sha256"),
        pytest.param("a.md", "", "a.md", id="empty-id-is-no-id"),
    ],
)
def test_document_key(path: str | None, id_: str | None, expected: str) -> None:
    record = MarketReport.model_validate(
        {"source": {"path": path, "id": id_, "sha256": "SHA", "bytes": 0}}
    )
    assert document_key(record) == expected


def test_an_error_record_has_a_report_row_and_no_fact_rows() -> None:
    error = extract(b"")
    # even if an error record carried facts, they are not facts of a read document
    odd = error.model_copy(update={"companies": extract(WIDGET).companies})
    tables = rows([odd])
    assert [r["status"] for r in tables["reports"]] == ["error"]
    assert all(not tables[name] for name in TABLES if name != "reports")


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("objects", id="market-reports"),
        pytest.param("dicts", id="dicts"),
        pytest.param("path", id="jsonl-path"),
        pytest.param("str-path", id="jsonl-path-as-str"),
    ],
)
def test_rows_takes_objects_dicts_or_a_path(
    form: str, records: list[MarketReport], jsonl: Path
) -> None:
    given = {
        "objects": records,
        "dicts": [r.model_dump() for r in records],
        "path": jsonl,
        "str-path": str(jsonl),
    }[form]
    assert rows(given) == rows(records)


def test_no_records_give_empty_tables() -> None:
    assert rows([]) == {name: [] for name in TABLES}


# --------------------------------------------------------------------------
# Reading JSON Lines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        pytest.param("not json at all", "Invalid JSON", id="not-json"),
        pytest.param('{"status": "ok"}', "(source: Field required)", id="no-source"),
        pytest.param('{"source": {"sha256": "x", "bytes": 0}, "colour": 1}', "colour", id="extra"),
        pytest.param("[1, 2]", "object", id="not-an-object"),
    ],
)
@pytest.mark.parametrize(
    "api", [pytest.param(rows, id="rows"), pytest.param(to_frames, id="frames")]
)
def test_a_path_with_a_bad_line_is_a_records_error_naming_it(
    tmp_path: Path, records: list[MarketReport], bad: str, said: str, api: Callable[[Path], object]
) -> None:
    """From Python, a path read in part is an exception, never a partial table."""
    if api is to_frames:
        pytest.importorskip("pandas")
    path = tmp_path / "bad.jsonl"
    path.write_text(records[0].model_dump_json() + "\n\n" + bad + "\n", encoding="utf-8")
    with pytest.raises(RecordsError, match=r"bad\.jsonl:3: not a record") as caught:
        api(path)
    assert said in str(caught.value)


def test_every_bad_line_is_listed(tmp_path: Path, records: list[MarketReport]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("oops\n" + records[0].model_dump_json() + "\n[]\n", encoding="utf-8")
    with pytest.raises(RecordsError) as caught:
        rows(path)
    assert [part.split(": not")[0] for part in str(caught.value).split("; ")] == [
        f"{path}:1",
        f"{path}:3",
    ]


def test_blank_lines_are_skipped(tmp_path: Path, records: list[MarketReport]) -> None:
    path = tmp_path / "gaps.jsonl"
    path.write_text("\n" + records[0].model_dump_json() + "\n  \n", encoding="utf-8")
    assert rows(path) == rows(records[:1])


def test_a_missing_file_is_a_records_error(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match=r"absent\.jsonl: cannot read \(No such file"):
        rows(tmp_path / "absent.jsonl")


# --------------------------------------------------------------------------
# The CLI and CSV
# --------------------------------------------------------------------------


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        return list(reader.fieldnames or []), list(reader)


def test_cli_writes_one_csv_per_table(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new" / "tables"  # created, parents too
    assert main(["table", str(jsonl), "-o", str(out), "--format", "csv"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in TABLES)
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"reports: 3 rows -> {out / 'reports.csv'}"
    assert err[4] == f"segments: 3 rows -> {out / 'segments.csv'}"
    assert len(err) == len(TABLES)


@pytest.mark.parametrize(
    ("table", "index", "column", "expected"),
    [
        pytest.param("figures", 0, "amount", "5483810000.0", id="amount"),
        pytest.param("figures", 0, "year", "2023", id="year"),
        pytest.param("figures", 0, "qualifier", "", id="null-empty"),
        pytest.param("checks", 0, "consistent", "false", id="boolean"),
        pytest.param("reports", 2, "status", "error", id="error-record"),
        pytest.param("reports", 2, "title", "", id="error-no-title"),
        pytest.param("reports", 1, "document", FEED_ID, id="key"),
        pytest.param(
            "segments",
            1,
            "evidence_text",
            "By Type:\n\nSmart Widgets\n\nClassic Widgets\n\nFolding Widgets",
            id="newlines-quoted",
        ),
    ],
)
def test_csv_round_trip(
    jsonl: Path, tmp_path: Path, table: str, index: int, column: str, expected: str
) -> None:
    assert main(["table", str(jsonl), "-o", str(tmp_path / "t")]) == 0  # csv by default
    header, table_rows = read_csv(tmp_path / "t" / f"{table}.csv")
    assert header == names(table)
    assert table_rows[index][column] == expected


def test_cli_reads_stdin_and_several_files(
    jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(jsonl.read_text(encoding="utf-8")))
    assert main(["table", str(jsonl), "-", "-o", str(tmp_path / "t")]) == 0
    _, reports = read_csv(tmp_path / "t" / "reports.csv")
    assert [r["document"] for r in reports] == ["widget.md", FEED_ID, EMPTY_SHA256] * 2


def test_cli_with_no_records_writes_headers_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["table", "-", "-o", str(tmp_path)]) == 0
    header, figures = read_csv(tmp_path / "figures.csv")
    assert (header, figures) == (names("figures"), [])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param("{oops\n", ":2: not a record (Invalid JSON", id="bad-line"),
        pytest.param(None, ": cannot read (No such file", id="missing-file"),
    ],
)
def test_cli_bad_input_exits_1_and_writes_the_good_records(
    jsonl: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    message: str,
) -> None:
    second = tmp_path / "second.jsonl"
    if content is not None:
        second.write_text(jsonl.read_text(encoding="utf-8").splitlines()[0] + "\n" + content)
    out = tmp_path / "t"
    assert main(["table", str(jsonl), str(second), "-o", str(out)]) == 1
    said = [line for line in capsys.readouterr().err.splitlines() if "extractor" in line]
    assert len(said) == 1 and said[0].startswith(f"extractor: {second}{message}")
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in TABLES)
    _, reports = read_csv(out / "reports.csv")
    expected = ["widget.md", FEED_ID, EMPTY_SHA256] + (["widget.md"] if content else [])
    assert [r["document"] for r in reports] == expected


def test_cli_only_bad_lines_write_empty_tables_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n")
    assert main(["table", str(bad), "-o", str(tmp_path / "t")]) == 1
    assert f"extractor: {bad}:1: not a record" in capsys.readouterr().err
    assert read_csv(tmp_path / "t" / "reports.csv") == (names("reports"), [])


def test_a_failed_write_keeps_the_tables_of_the_last_good_one(jsonl: Path, tmp_path: Path) -> None:
    """Tables are moved into place only at the end: a run that fails leaves the last good
    tables, and no partial file."""
    out = tmp_path / "t"
    assert main(["table", str(jsonl), "-o", str(out)]) == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text(jsonl.read_text(encoding="utf-8").splitlines()[0] + "\nnope\n")
    with pytest.raises(RecordsError):
        write_tables(bad, out, "csv")
    assert len(read_csv(out / "reports.csv")[1]) == 3
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{name}.csv" for name in TABLES)


def test_cli_output_that_cannot_be_written_exits_2(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(["table", str(jsonl), "-o", str(blocker / "t")]) == 2
    assert "cannot write tables to" in capsys.readouterr().err


def test_parquet_without_pyarrow_exits_2_naming_the_extra(
    jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    assert main(["table", str(jsonl), "-o", str(tmp_path / "t"), "--format", "parquet"]) == 2
    assert "pip install 'market-release-extractor[tables]'" in capsys.readouterr().err
    assert not (tmp_path / "t").exists()


def test_to_frames_without_pandas_says_how_to_install(
    records: list[MarketReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"market-release-extractor\[tables\]"):
        to_frames(records)
    with pytest.raises(MissingExtra):
        to_frames(records)


# --------------------------------------------------------------------------
# Parquet and DataFrames
# --------------------------------------------------------------------------


@pytest.mark.parametrize("table", [pytest.param(name, id=name) for name in TABLES])
def test_parquet_round_trip_keeps_columns_and_types(
    jsonl: Path, tmp_path: Path, tables: dict[str, list[dict[str, object]]], table: str
) -> None:
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    assert main(["table", str(jsonl), "-o", str(tmp_path), "--format", "parquet"]) == 0
    read = parquet.read_table(tmp_path / f"{table}.parquet")
    assert read.schema.names == names(table)
    for column, kind in TABLES[table]:
        assert read.schema.field(column).type == pa.type_for_alias(ARROW_TYPES[kind])
    assert read.to_pylist() == tables[table]


def test_parquet_values(jsonl: Path, tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    parquet = pytest.importorskip("pyarrow.parquet")
    assert main(["table", str(jsonl), "-o", str(tmp_path), "--format", "parquet"]) == 0
    figures = parquet.read_table(tmp_path / "figures.parquet")
    assert figures.column("amount").to_pylist()[0] == 5483810000.0
    assert figures.schema.field("amount").type == pa.float64()
    assert figures.schema.field("year").type == pa.int64()
    reports = parquet.read_table(tmp_path / "reports.parquet")
    assert reports.column("forecast_start").to_pylist() == [2024, None, None]


def test_empty_parquet_tables_keep_their_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["table", "-", "-o", str(tmp_path), "--format", "parquet"]) == 0
    read = parquet.read_table(tmp_path / "checks.parquet")
    assert (read.num_rows, read.schema.names) == (0, names("checks"))


@pytest.mark.parametrize("table", [pytest.param(name, id=name) for name in TABLES])
def test_to_frames_dtypes(records: list[MarketReport], table: str) -> None:
    pytest.importorskip("pandas")
    frame = to_frames(records)[table]
    assert list(frame.columns) == names(table)
    for column, kind in TABLES[table]:
        assert str(frame[column].dtype) == PANDAS_DTYPES[kind], column


@pytest.mark.parametrize(
    ("table", "column", "dtype"),
    [
        pytest.param("figures", "amount", "float64", id="amount-float64"),
        pytest.param("figures", "year", "Int64", id="year-nullable-int"),
        pytest.param("reports", "forecast_start", "Int64", id="forecast-nullable-int"),
        pytest.param("checks", "consistent", "boolean", id="consistent-boolean"),
    ],
)
def test_to_frames_key_dtypes(
    records: list[MarketReport], table: str, column: str, dtype: str
) -> None:
    pytest.importorskip("pandas")
    assert str(to_frames(records)[table][column].dtype) == dtype


def test_to_frames_values_and_missing_years(records: list[MarketReport], jsonl: Path) -> None:
    pd = pytest.importorskip("pandas")
    frames = to_frames(jsonl)
    assert frames["figures"]["amount"].tolist() == [5483810000.0, 19927570000.0, 4000000000.0]
    starts = frames["reports"]["forecast_start"]
    assert starts.iloc[0] == 2024
    assert starts.isna().tolist() == [False, True, True]
    assert frames["reports"]["forecast_start"].iloc[1] is pd.NA
    assert len(frames["segments"]) == 3
    pd.testing.assert_frame_equal(frames["figures"], to_frames(records)["figures"])
