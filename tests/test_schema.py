"""The committed JSON Schema is the contract other tools read: it must match the models."""

import json
from pathlib import Path

from extractor.cli import main
from extractor.models import MarketReport, json_schema

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "market_report.schema.json"


def test_committed_schema_matches_models() -> None:
    committed = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "schemas/ is stale: run `extractor schema > schemas/market_report.schema.json`"
    )


def test_cli_prints_the_same_schema(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()


def test_contract_fields_are_present() -> None:
    fields = set(MarketReport.model_fields)
    required = {
        "source",
        "status",
        "error",
        "title",
        "market",
        "region",
        "publisher",
        "figures",
        "growth",
        "forecast_period",
        "companies",
        "segments",
        "sections",
        "checks",
        "findings",
    }
    assert required <= fields
