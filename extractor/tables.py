"""Flat tables of records for analysts: one row per report and one per fact, keyed by
document (`extractor table`, `to_frames`).

`TABLES` defines every table's columns and their types once; `rows` turns records into
rows that follow it, and the CSV writer, the Parquet writer (its schema) and `to_frames`
(its dtypes) all read the same definition.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, get_args

from .jsonl import Problems, read_records
from .models import Evidence, MarketReport, Scope, Severity

if TYPE_CHECKING:
    import pandas

ColumnType = Literal["str", "int", "float", "bool"]
Columns = tuple[tuple[str, ColumnType], ...]
Row = dict[str, object]
Records = Iterable[MarketReport | Mapping[str, Any]] | str | os.PathLike[str]
Format = Literal["csv", "parquet"]
T = TypeVar("T")

FORMATS: tuple[Format, ...] = get_args(Format)
SEVERITIES: tuple[Severity, ...] = get_args(Severity)

# The column groups several tables share.
_KEY: Columns = (("document", "str"), ("fact", "int"))
_SCOPE: Columns = (("region", "str"), ("segment", "str"))
_EVIDENCE: Columns = (("evidence_text", "str"), ("evidence_start", "int"), ("evidence_end", "int"))

TABLES: dict[str, Columns] = {
    "reports": (
        ("document", "str"),
        ("path", "str"),
        ("id", "str"),
        ("url", "str"),
        ("sha256", "str"),
        ("status", "str"),
        ("error_type", "str"),
        ("error_message", "str"),
        ("title", "str"),
        ("market", "str"),
        ("region", "str"),
        ("publisher", "str"),
        ("distributor", "str"),
        ("language", "str"),
        ("forecast_start", "int"),
        ("forecast_end", "int"),
        ("figures", "int"),
        ("growth", "int"),
        ("companies", "int"),
        ("segments", "int"),
        *((f"findings_{severity}", "int") for severity in SEVERITIES),
    ),
    "figures": (
        *_KEY,
        ("value", "float"),
        ("unit", "str"),
        ("currency", "str"),
        ("amount", "float"),
        ("year", "int"),
        ("role", "str"),
        *_SCOPE,
        ("source", "str"),
        ("qualifier", "str"),
        ("low", "float"),
        ("high", "float"),
        *_EVIDENCE,
        ("mentions", "int"),
    ),
    "growth": (
        *_KEY,
        ("cagr", "float"),
        ("start_year", "int"),
        ("end_year", "int"),
        ("window_source", "str"),
        *_SCOPE,
        ("source", "str"),
        ("qualifier", "str"),
        ("low", "float"),
        ("high", "float"),
        *_EVIDENCE,
        ("mentions", "int"),
    ),
    "companies": (*_KEY, ("name", "str"), ("normalized", "str"), *_EVIDENCE),
    "segments": (
        *_KEY,
        ("dimension", "str"),
        ("value", "str"),
        ("value_index", "int"),
        *_EVIDENCE,
    ),
    "findings": (
        *_KEY,
        ("code", "str"),
        ("severity", "str"),
        ("message", "str"),
        *_EVIDENCE,
        ("related", "int"),
    ),
    "checks": (
        *_KEY,
        ("stated_cagr", "float"),
        ("implied_cagr", "float"),
        ("start_value", "float"),
        ("end_value", "float"),
        ("start_year", "int"),
        ("end_year", "int"),
        ("deviation_pp", "float"),
        ("outcome", "str"),
        ("consistent", "bool"),
        ("diagnosis", "str"),
        *_SCOPE,
        *_EVIDENCE,
    ),
    "derived_figures": (
        *_KEY,
        ("amount", "float"),
        ("currency", "str"),
        ("year", "int"),
        ("role", "str"),
        *_SCOPE,
        ("source", "str"),
        ("from_amount", "float"),
        ("from_year", "int"),
        ("cagr", "float"),
    ),
}

# Column types as pyarrow names them (`pyarrow.type_for_alias`) and as pandas dtypes:
# nullable integers and booleans, so a missing year stays missing instead of turning
# the column into floats.
ARROW_TYPES: dict[ColumnType, str] = {
    "str": "string",
    "int": "int64",
    "float": "float64",
    "bool": "bool",
}
PANDAS_DTYPES: dict[ColumnType, str] = {
    "str": "string",
    "int": "Int64",
    "float": "float64",
    "bool": "boolean",
}
CSV_BOOLEANS: dict[bool, str] = {True: "true", False: "false"}

# Records read and turned into rows at a time by the writers: bounds memory on a batch
# of any size, and makes a Parquet row group of a useful size (a thousand reports,
# usually several thousand facts).
CHUNK_RECORDS = 1000

INSTALL_HINT = "pip install 'market-release-extractor[tables]'"


class RecordsError(ValueError):
    """A JSON Lines path given to the Python API that could not be read whole: a missing
    file, or lines that are not records (each named)."""


class MissingExtra(ImportError):
    """An optional dependency of the tables is not installed."""


# --------------------------------------------------------------------------
# Records in
# --------------------------------------------------------------------------


def _read_path(path: str | os.PathLike[str]) -> Iterator[MarketReport]:
    """The records of a JSON Lines file (`-`: stdin), lazily; once it is read, a
    RecordsError listing every line that was not a record, if any."""
    problems = Problems()
    yield from read_records([os.fspath(path)], problems)
    if problems.messages:
        raise RecordsError("; ".join(problems.messages))


def as_records(records: Records) -> Iterator[MarketReport]:
    """Records from a JSON Lines path, or from MarketReport objects and dicts."""
    if isinstance(records, (str, os.PathLike)):
        yield from _read_path(records)
        return
    for record in records:
        yield record if isinstance(record, MarketReport) else MarketReport.model_validate(record)


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


def document_key(record: MarketReport) -> str:
    """What names the document: its id in its container, else its path, else its hash."""
    source = record.source
    return source.id or source.path or source.sha256


def _evidence(evidence: Evidence | None) -> Row:
    if evidence is None:
        return {"evidence_text": None, "evidence_start": None, "evidence_end": None}
    return {
        "evidence_text": evidence.text,
        "evidence_start": evidence.start,
        "evidence_end": evidence.end,
    }


def _scope(scope: Scope) -> Row:
    return {"region": scope.region, "segment": scope.segment}


def _report_rows(record: MarketReport, document: str) -> list[Row]:
    period = record.forecast_period
    severities = [finding.severity for finding in record.findings]
    return [
        {
            "document": document,
            "path": record.source.path,
            "id": record.source.id,
            "url": record.source.url,
            "sha256": record.source.sha256,
            "status": record.status,
            "error_type": record.error.type if record.error else None,
            "error_message": record.error.message if record.error else None,
            "title": record.title,
            "market": record.market,
            "region": record.region,
            "publisher": record.publisher,
            "distributor": record.distributor,
            "language": record.language,
            "forecast_start": period.start_year if period else None,
            "forecast_end": period.end_year if period else None,
            "figures": len(record.figures),
            "growth": len(record.growth),
            "companies": len(record.companies),
            "segments": len(record.segments),
            **{f"findings_{severity}": severities.count(severity) for severity in SEVERITIES},
        }
    ]


def _figure_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "value": figure.value,
            "unit": figure.unit,
            "currency": figure.currency,
            "amount": figure.amount,
            "year": figure.year,
            "role": figure.role,
            **_scope(figure.scope),
            "source": figure.source,
            "qualifier": figure.qualifier,
            "low": figure.low,
            "high": figure.high,
            **_evidence(figure.evidence),
            "mentions": len(figure.mentions),
        }
        for fact, figure in enumerate(record.figures)
    ]


def _growth_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "cagr": growth.cagr,
            "start_year": growth.start_year,
            "end_year": growth.end_year,
            "window_source": growth.window_source,
            **_scope(growth.scope),
            "source": growth.source,
            "qualifier": growth.qualifier,
            "low": growth.low,
            "high": growth.high,
            **_evidence(growth.evidence),
            "mentions": len(growth.mentions),
        }
        for fact, growth in enumerate(record.growth)
    ]


def _company_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "name": company.name,
            "normalized": company.normalized,
            **_evidence(company.evidence),
        }
        for fact, company in enumerate(record.companies)
    ]


def _segment_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "dimension": segment.dimension,
            "value": value,
            "value_index": value_index,
            **_evidence(segment.evidence),
        }
        for fact, segment in enumerate(record.segments)
        for value_index, value in enumerate(segment.values)
    ]


def _finding_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "code": finding.code,
            "severity": finding.severity,
            "message": finding.message,
            **_evidence(finding.evidence),
            "related": len(finding.related),
        }
        for fact, finding in enumerate(record.findings)
    ]


def _check_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "stated_cagr": check.stated_cagr,
            "implied_cagr": check.implied_cagr,
            "start_value": check.start_value,
            "end_value": check.end_value,
            "start_year": check.start_year,
            "end_year": check.end_year,
            "deviation_pp": check.deviation_pp,
            "outcome": check.outcome,
            "consistent": check.consistent,
            "diagnosis": check.diagnosis,
            **_scope(check.scope),
            **_evidence(check.evidence),
        }
        for fact, check in enumerate(record.checks)
    ]


def _derived_rows(record: MarketReport, document: str) -> list[Row]:
    return [
        {
            "document": document,
            "fact": fact,
            "amount": derived.amount,
            "currency": derived.currency,
            "year": derived.year,
            "role": derived.role,
            **_scope(derived.scope),
            "source": derived.source,
            "from_amount": derived.inputs.from_amount,
            "from_year": derived.inputs.from_year,
            "cagr": derived.inputs.cagr,
        }
        for fact, derived in enumerate(record.derived_figures)
    ]


RowBuilder = Callable[[MarketReport, str], list[Row]]

# How each table's rows are read from one record, in the order of TABLES.
BUILDERS: dict[str, RowBuilder] = {
    "reports": _report_rows,
    "figures": _figure_rows,
    "growth": _growth_rows,
    "companies": _company_rows,
    "segments": _segment_rows,
    "findings": _finding_rows,
    "checks": _check_rows,
    "derived_figures": _derived_rows,
}


def record_rows(record: MarketReport) -> dict[str, list[Row]]:
    """One record's rows, table by table; an error record has its report row only."""
    document = document_key(record)
    facts = record.status != "error"
    return {
        name: build(record, document) if facts or name == "reports" else []
        for name, build in BUILDERS.items()
    }


def rows(records: Records) -> dict[str, list[Row]]:
    """Every table's rows, each a dict of TABLES' columns in their order. `records`:
    MarketReport objects, dicts, or the path of a JSON Lines file of records (a
    RecordsError naming each line that is not one)."""
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    for record in as_records(records):
        for name, table in record_rows(record).items():
            tables[name].extend(table)
    return tables


# --------------------------------------------------------------------------
# Tables out
# --------------------------------------------------------------------------


def _require(module: str, purpose: str) -> Any:
    """Import an optional dependency, or say how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtra(f"{purpose} needs {module}: {INSTALL_HINT}") from error


def arrow_schema(name: str) -> Any:
    """The pyarrow schema of a table, from TABLES."""
    pa = _require("pyarrow", "Parquet output")
    return pa.schema(
        [pa.field(column, pa.type_for_alias(ARROW_TYPES[kind])) for column, kind in TABLES[name]]
    )


def to_frames(records: Records) -> dict[str, pandas.DataFrame]:
    """Every table as a pandas DataFrame with TABLES' columns: strings as `string`,
    numbers as `float64`, years, offsets and counts as nullable `Int64`."""
    pd = _require("pandas", "to_frames")
    return {
        name: pd.DataFrame(
            {
                column: pd.Series([row[column] for row in table], dtype=PANDAS_DTYPES[kind])
                for column, kind in TABLES[name]
            }
        )
        for name, table in rows(records).items()
    }


def _csv_cell(value: object) -> object:
    """A value as CSV writes it: nothing for null, true/false for a boolean."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return CSV_BOOLEANS[value]
    return value


class _Sink(Protocol):
    def write(self, table: list[Row]) -> None: ...

    def close(self) -> None: ...


class _CsvSink:
    """One table as UTF-8 CSV with a header row."""

    def __init__(self, path: Path, name: str) -> None:
        self._stream = path.open("w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._stream, fieldnames=[c for c, _ in TABLES[name]])
        self._writer.writeheader()

    def write(self, table: list[Row]) -> None:
        self._writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in table)

    def close(self) -> None:
        self._stream.close()


class _ParquetSink:
    """One table as Parquet, a row group per chunk of records."""

    def __init__(self, path: Path, name: str) -> None:
        self._pa = _require("pyarrow", "Parquet output")
        parquet = _require("pyarrow.parquet", "Parquet output")
        self._schema = arrow_schema(name)
        self._writer = parquet.ParquetWriter(str(path), self._schema)

    def write(self, table: list[Row]) -> None:
        if table:
            self._writer.write_table(self._pa.Table.from_pylist(table, schema=self._schema))

    def close(self) -> None:
        self._writer.close()


SINKS: dict[Format, Callable[[Path, str], _Sink]] = {"csv": _CsvSink, "parquet": _ParquetSink}


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def write_tables(
    records: Records, directory: str | os.PathLike[str], form: Format
) -> dict[str, tuple[int, Path]]:
    """Write every table to DIRECTORY/NAME.FORM; returns each table's rows and path.
    Tables are written beside their final names and moved there only at the end, so a
    run that fails (a RecordsError from a path, a full disk) leaves no half-written
    table behind and the last good tables in place."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    final = {name: folder / f"{name}.{form}" for name in TABLES}
    partial = {name: folder / f".{path.name}.partial" for name, path in final.items()}
    counts = dict.fromkeys(TABLES, 0)
    try:
        with contextlib.ExitStack() as stack:
            sinks: dict[str, _Sink] = {}
            for name in TABLES:
                sinks[name] = SINKS[form](partial[name], name)
                stack.callback(sinks[name].close)
            for chunk in _chunks(as_records(records), CHUNK_RECORDS):
                for name, table in rows(chunk).items():
                    sinks[name].write(table)
                    counts[name] += len(table)
    except BaseException:
        for path in partial.values():
            path.unlink(missing_ok=True)
        raise
    for name in TABLES:
        os.replace(partial[name], final[name])
    return {name: (counts[name], final[name]) for name in TABLES}


def _cmd_table(args: argparse.Namespace) -> int:
    """`extractor table`: 0; 1 when some input was skipped (named; the tables are written
    from the records that could be read); 2 without pyarrow for Parquet, or when the
    tables cannot be written."""
    problems = Problems()
    try:
        if args.format == "parquet":
            _require("pyarrow", "Parquet output")  # before any input is read
        written = write_tables(read_records(args.records, problems), args.output, args.format)
    except MissingExtra as error:
        print(f"extractor: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        problems.report()
        print(f"extractor: cannot write tables to {args.output}: {error}", file=sys.stderr)
        return 2
    for name, (count, path) in written.items():
        print(f"{name}: {count} rows -> {path}", file=sys.stderr)
    return problems.report()


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `extractor table`."""
    p = sub.add_parser(
        "table",
        help="flat tables of records (reports, figures, growth, ...) as CSV or Parquet",
        description="One file per table in DIR: "
        + ", ".join(TABLES)
        + ". Every row carries the document key `document`; fact rows their index `fact`.",
    )
    p.add_argument("records", nargs="+", help="JSON Lines of records (extract's output); - stdin")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the tables")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="csv",
        help=f"csv (default) or parquet (needs pyarrow: {INSTALL_HINT})",
    )
    p.set_defaults(run=_cmd_table)
