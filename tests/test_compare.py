"""`extractor compare`: market keys, groups, each release's figures carried to a common
year, spread and outliers, and the three outputs. Releases are written here in our own
words (a widget market from five publishers, a gadget market from one)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rich.console import Console

from extractor import extract
from extractor.cli import main
from extractor.compare import (
    OUTLIER_FACTOR,
    Estimate,
    Group,
    Point,
    carry,
    common_year,
    compare,
    compare_group,
    group_records,
    human_amount,
    implied_value,
    market_key,
    read_estimate,
    singular,
    skip_reason,
    table,
)
from extractor.models import Evidence, Figure, Growth, MarketReport, Role, Scope

EVIDENCE = Evidence(text="x", start=0, end=1)


def fig(
    amount: float,
    year: int | None,
    role: Role,
    currency: str | None = "USD",
    region: str | None = None,
    segment: str | None = None,
    source: str | None = None,
) -> Figure:
    return Figure(
        value=amount,
        unit=None,
        currency=currency,
        amount=amount,
        year=year,
        role=role,
        scope=Scope(region=region, segment=segment),
        source=source,
        evidence=EVIDENCE,
    )


def rate(
    cagr: float,
    start: int | None = None,
    end: int | None = None,
    segment: str | None = None,
    source: str | None = None,
) -> Growth:
    return Growth(
        cagr=cagr,
        start_year=start,
        end_year=end,
        scope=Scope(segment=segment),
        source=source,
        evidence=EVIDENCE,
    )


def report(
    market: str | None,
    publisher: str | None,
    figures: tuple[Figure, ...] = (),
    growth: tuple[Growth, ...] = (),
    region: str | None = None,
    doc: str = "doc",
    status: str = "ok",
    distributor: str | None = None,
) -> MarketReport:
    return MarketReport.model_validate(
        {
            "source": {"path": doc, "sha256": "ab" * 32, "bytes": 1},
            "status": status,
            "market": market,
            "region": region,
            "publisher": publisher,
            "distributor": distributor,
            "figures": [f.model_dump() for f in figures],
            "growth": [g.model_dump() for g in growth],
        }
    )


BN = 1e9

# --- market names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("medicines", "medicine", id="s"),
        pytest.param("therapies", "therapy", id="ies"),
        pytest.param("batteries", "battery", id="ies-2"),
        pytest.param("services", "service", id="ces"),
        pytest.param("glass", "glass", id="ss-kept"),
        pytest.param("glasses", "glass", id="sses"),
        pytest.param("gas", "gas", id="gas-kept"),
        pytest.param("analysis", "analysis", id="is-kept"),
        pytest.param("analyses", "analysis", id="irregular-analyses"),
        pytest.param("virus", "virus", id="us-kept"),
        pytest.param("switches", "switch", id="ches"),
        pytest.param("boxes", "box", id="xes"),
        pytest.param("tomatoes", "tomato", id="oes"),
        pytest.param("ties", "tie", id="short-ies"),
        pytest.param("series", "series", id="invariant"),
        pytest.param("women", "woman", id="irregular"),
        pytest.param("saas", "saas", id="acronym"),
        pytest.param("evs", "ev", id="short-plural"),
        pytest.param("3d", "3d", id="no-s"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "complementary and alternative medicine",
            "Complementary & Alternative Medicines",
            id="and-ampersand-plural-case",
        ),
        pytest.param("Global Widget Market", "widgets", id="global-market-plural"),
        pytest.param("widget industry", "Worldwide Widget", id="industry-worldwide"),
        pytest.param("solid-state batteries", "Solid State Battery", id="hyphen"),
        pytest.param("gene therapies", "Gene Therapy Market", id="ies"),
        pytest.param("smart glasses", "smart glass", id="sses"),
        pytest.param("Artificial Intelligence (AI)", "artificial intelligence", id="paren"),
        pytest.param("widget, sensors", "widget sensor", id="punctuation"),
        pytest.param("The global widget markets", "widget", id="the-markets"),
    ],
)
def test_names_of_one_market_share_a_key(a: str, b: str) -> None:
    assert market_key(a) == market_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("widget", "widget sensor", id="extra-word"),
        pytest.param("natural gas", "natural gasket", id="gas"),
        pytest.param("glass", "gla", id="glass"),
        pytest.param("data analysis", "data analyst", id="analysis"),
        pytest.param("widget", "gadget", id="other-word"),
        pytest.param("widget market", "widget marketing", id="marketing-is-a-word"),
        pytest.param("market research", "research", id="leading-market-kept"),
    ],
)
def test_different_markets_keep_different_keys(a: str, b: str) -> None:
    assert market_key(a) != market_key(b)


@pytest.mark.parametrize(
    ("name", "region", "expected"),
    [
        pytest.param(
            "Global Complementary & Alternative Medicines Market",
            None,
            "complementary and alternative medicine",
            id="spec-example",
        ),
        pytest.param("Europe heat pumps", "Europe", "heat pump", id="region-first"),
        pytest.param("heat pumps Europe", "Europe", "heat pump", id="region-last"),
        pytest.param("U.S. pet insurance", "U.S.", "pet insurance", id="dotted-region"),
        pytest.param("UK pet insurance", "U.K.", "pet insurance", id="undotted-region"),
        pytest.param("India's organic food", "India", "organic food", id="possessive"),
        pytest.param("Europe heat pumps", None, "europe heat pump", id="no-region-kept"),
        pytest.param("Europe", "Europe", "europe", id="region-alone-kept"),
        pytest.param("Global Market", None, "", id="nothing-left"),
        pytest.param("widget industry", "Japan", "widget", id="other-region"),
    ],
)
def test_market_key(name: str, region: str | None, expected: str) -> None:
    assert market_key(name, region) == expected


# --- groups ---------------------------------------------------------------------------


def test_groups_join_names_of_one_market_in_one_region() -> None:
    records = [
        report("Widgets", "Alpha", doc="a"),
        report("global widget market", "Beta", region="Global", doc="b"),
        report("Europe widget", "Gamma", region="Europe", doc="c"),
        report("widget sensor", "Delta", doc="d"),
        report("Widget Industry", "Epsilon", region="Europe", doc="e"),
        report(None, "Zeta", doc="f"),
        report("widget", "Eta", status="error", doc="g"),
    ]
    groups = group_records(records)
    assert [(g.key, g.region, g.market) for g in groups] == [
        ("widget", "Global", "Widgets"),
        ("widget", "Europe", "Europe widget"),
        ("widget sensor", "Global", "widget sensor"),
    ]
    assert [[r.source.path for r in g.records] for g in groups] == [["a", "b"], ["c", "e"], ["d"]]


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        pytest.param(report("widget", "A"), None, id="ok"),
        pytest.param(report("widget", "A", status="error"), "error", id="error"),
        pytest.param(report(None, "A"), "no market", id="no-market"),
        pytest.param(report("Global market", "A"), "no market", id="empty-key"),
    ],
)
def test_skip_reason(record: MarketReport, reason: str | None) -> None:
    assert skip_reason(record) == reason


# --- one release ----------------------------------------------------------------------


def test_estimate_reads_the_main_market_only() -> None:
    record = report(
        "widget",
        "Alpha",
        figures=(
            fig(1.0 * BN, 2024, "base", region="Europe"),
            fig(0.5 * BN, 2024, "base", segment="hand widgets"),
            fig(3.0 * BN, 2024, "base", source="Another Firm"),
            fig(4.0 * BN, 2020, "historical"),
            fig(5.0 * BN, 2024, "base", source="alpha"),
            fig(9.0 * BN, 2030, "forecast"),
            fig(11.0 * BN, 2032, "forecast"),
            fig(7.0 * BN, None, "other"),
        ),
        growth=(
            rate(30.0, 2024, 2030, segment="hand widgets"),
            rate(12.0, 2025, 2028),
            rate(11.0, 2020, 2035),
            rate(10.0, 2024, 2032),
        ),
    )
    estimate = read_estimate(record)
    assert estimate.currency == "USD"
    assert estimate.base == Point(2024, 5.0 * BN)
    assert estimate.forecast == Point(2032, 11.0 * BN)
    assert estimate.cagr == 10.0


@pytest.mark.parametrize(
    ("figures", "growth", "base", "forecast", "cagr"),
    [
        pytest.param(
            (fig(4.0 * BN, 2022, "historical"), fig(5.0 * BN, 2023, "other")),
            (),
            Point(2022, 4.0 * BN),
            None,
            None,
            id="no-base-role-earliest-non-forecast",
        ),
        pytest.param(
            (fig(9.0 * BN, 2030, "forecast"),),
            (rate(8.0, 2024, 2030),),
            None,
            Point(2030, 9.0 * BN),
            8.0,
            id="forecast-only-never-base",
        ),
        pytest.param(
            (fig(5.0 * BN, 2024, "base"), fig(9.0 * BN, 2030, "forecast")),
            (rate(7.0, 2020, 2035), rate(6.0, 2026, 2029)),
            Point(2024, 5.0 * BN),
            Point(2030, 9.0 * BN),
            7.0,
            id="covering-window-preferred",
        ),
        pytest.param(
            (fig(5.0 * BN, 2024, "base"),),
            (rate(6.0, 2026, 2029), rate(7.0)),
            Point(2024, 5.0 * BN),
            None,
            6.0,
            id="first-rate-when-none-fits",
        ),
        pytest.param(
            (
                fig(4.6 * BN, 2024, "base", currency="EUR"),
                fig(5.0 * BN, 2024, "base"),
                fig(9.0 * BN, 2030, "forecast"),
            ),
            (),
            Point(2024, 5.0 * BN),
            Point(2030, 9.0 * BN),
            None,
            id="majority-currency",
        ),
    ],
)
def test_estimate_choices(
    figures: tuple[Figure, ...],
    growth: tuple[Growth, ...],
    base: Point | None,
    forecast: Point | None,
    cagr: float | None,
) -> None:
    estimate = read_estimate(report("widget", "Alpha", figures=figures, growth=growth))
    assert (estimate.base, estimate.forecast, estimate.cagr) == (base, forecast, cagr)


def estimate(
    base: Point | None = None, forecast: Point | None = None, cagr: float | None = None
) -> Estimate:
    stated = tuple(p for p in (base, forecast) if p is not None)
    return Estimate("P", "d", "USD", base, forecast, cagr, stated)


@pytest.mark.parametrize(
    ("given", "year", "expected"),
    [
        pytest.param(
            estimate(Point(2024, 5 * BN), None, 10.0),
            2030,
            (5 * BN * 1.1**6, "from 2024"),
            id="from-base",
        ),
        pytest.param(
            estimate(Point(2024, 5 * BN), Point(2032, 12 * BN), 10.0),
            2030,
            (5 * BN * 1.1**6, "from 2024"),
            id="from-base-not-forecast",
        ),
        pytest.param(
            estimate(None, Point(2032, 12 * BN), 10.0),
            2030,
            (12 * BN / 1.1**2, "from 2032"),
            id="backwards-from-forecast",
        ),
        pytest.param(
            estimate(Point(2024, 5 * BN), Point(2030, 9 * BN), 10.0),
            2030,
            (9 * BN, "stated"),
            id="stated-year",
        ),
        pytest.param(estimate(Point(2024, 5 * BN)), 2030, None, id="no-cagr"),
        pytest.param(estimate(Point(2024, 5 * BN), None, -100.0), 2030, None, id="cagr-minus-100"),
        pytest.param(estimate(Point(2024, 5 * BN), None, 1e300), 2030, None, id="overflow"),
    ],
)
def test_carry(given: Estimate, year: int, expected: tuple[float, str] | None) -> None:
    carried = carry(given, year)
    if expected is None:
        assert carried is None
    else:
        assert carried is not None
        assert carried[0] == pytest.approx(expected[0])
        assert carried[1] == expected[1]


def test_implied_value_is_the_compound_formula() -> None:
    assert implied_value(5 * BN, 2024, 10.0, 2030) == pytest.approx(5 * BN * 1.1**6)
    assert implied_value(5 * BN, 2024, 10.0, 2022) == pytest.approx(5 * BN / 1.1**2)


@pytest.mark.parametrize(
    ("estimates", "year"),
    [
        pytest.param(
            [
                estimate(Point(2024, 1), Point(2030, 2)),
                estimate(Point(2023, 1), Point(2030, 2)),
                estimate(Point(2024, 1), Point(2032, 2)),
            ],
            2030,
            id="most-forecasts",
        ),
        pytest.param(
            [estimate(None, Point(2030, 2)), estimate(None, Point(2032, 2))],
            2032,
            id="tie-latest",
        ),
        pytest.param(
            [estimate(Point(2023, 1)), estimate(Point(2024, 1)), estimate(Point(2023, 1))],
            2023,
            id="base-years-when-no-forecast",
        ),
        pytest.param(
            [estimate(Point(2023, 1)), estimate(Point(2024, 1), Point(2029, 2))],
            2029,
            id="forecast-years-first",
        ),
        pytest.param([estimate()], None, id="no-years"),
    ],
)
def test_common_year(estimates: list[Estimate], year: int | None) -> None:
    assert common_year(estimates) == year


# --- one group ------------------------------------------------------------------------

ALPHA = report(
    "Widget", "Alpha Research", (fig(5.0 * BN, 2024, "base"),), (rate(10.0, 2024, 2030),), doc="a"
)
BETA = report(
    "widgets",
    "Beta Insights",
    (fig(4.2 * BN, 2024, "base"), fig(7.5 * BN, 2030, "forecast")),
    (rate(10.1, 2024, 2030),),
    doc="b",
)
GAMMA = report(
    "widget",
    "Gamma Analytics",
    (fig(42 * BN, 2024, "base"), fig(90 * BN, 2030, "forecast")),
    (rate(13.5, 2024, 2030),),
    doc="c",
)
DELTA = report(
    "widget",
    "Delta Research",
    (fig(4.6 * BN, 2024, "base", "EUR"), fig(8.0 * BN, 2030, "forecast", "EUR")),
    (rate(9.7, 2024, 2030),),
    doc="d",
)


def test_tenfold_publisher_is_the_outlier_and_euros_are_not_compared() -> None:
    (group,) = group_records([ALPHA, BETA, GAMMA, DELTA])
    comparison = compare_group(group)
    assert comparison.currency == "USD"
    assert comparison.common_year == 2030
    assert comparison.publishers == 4
    by_doc = {r.document: r for r in comparison.rows}
    assert by_doc["a"].common_value == pytest.approx(5.0 * BN * 1.1**6)
    assert by_doc["a"].common_basis == "from 2024"
    assert by_doc["b"].common_value == 7.5 * BN
    assert by_doc["b"].common_basis == "stated"
    assert by_doc["c"].common_value == 90 * BN
    assert comparison.spread == pytest.approx(90 / 7.5)
    assert comparison.outlier_test
    assert [r.document for r in comparison.outliers] == ["c"]
    median = 5.0 * BN * 1.1**6
    assert by_doc["c"].to_median == pytest.approx(90 * BN / median)
    assert by_doc["b"].to_median == pytest.approx(7.5 * BN / median)
    assert not by_doc["a"].outlier and not by_doc["b"].outlier
    euro = by_doc["d"]
    assert not euro.comparable and not euro.outlier
    assert euro.currency == "EUR" and euro.common_value == 8.0 * BN  # shown, never converted
    assert euro.note is not None and "EUR" in euro.note and "USD" in euro.note


@pytest.mark.parametrize(
    ("records", "outlier_test", "outliers"),
    [
        pytest.param([ALPHA, GAMMA], False, [], id="two-rows-no-test"),
        pytest.param([ALPHA, GAMMA, DELTA], False, [], id="euro-row-does-not-count"),
        pytest.param([ALPHA, BETA, GAMMA], True, ["c"], id="three-rows-tested"),
        pytest.param([ALPHA, BETA, DELTA], False, [], id="agreeing-plus-euro"),
        pytest.param(
            [ALPHA, BETA, report("widget", "Kappa", (fig(4.0 * BN, 2030, "forecast"),), doc="k")],
            True,
            [],
            id="within-factor",
        ),
        pytest.param(
            [ALPHA, BETA, report("widget", "Kappa", (fig(3.5 * BN, 2030, "forecast"),), doc="k")],
            True,
            ["k"],
            id="below-median-over-factor",
        ),
    ],
)
def test_outlier_rule(records: list[MarketReport], outlier_test: bool, outliers: list[str]) -> None:
    comparison = compare_group(group_records(records)[0])
    assert comparison.outlier_test is outlier_test
    assert [r.document for r in comparison.outliers] == outliers


def test_outlier_factor_is_the_threshold() -> None:
    # Kappa at 4.0 bn against a median of 7.5 bn is within the factor; 3.5 bn is not.
    assert 7.5 / 4.0 < OUTLIER_FACTOR < 7.5 / 3.5


def test_rows_name_publisher_distributor_or_unknown_and_each_document() -> None:
    records = [
        report("widget", "Alpha", (fig(1 * BN, 2030, "forecast"),), doc="a1"),
        report("widget", "ALPHA", (fig(2 * BN, 2030, "forecast"),), doc="a2"),
        report("widget", None, (fig(3 * BN, 2030, "forecast"),), doc="w", distributor="Wire"),
        report("widget", None, (fig(4 * BN, 2030, "forecast"),), doc="u"),
    ]
    comparison = compare_group(group_records(records)[0])
    assert [(r.publisher, r.document) for r in comparison.rows] == [
        ("Alpha", "a1"),
        ("ALPHA", "a2"),
        ("Wire", "w"),
        ("unknown", "u"),
    ]
    assert comparison.publishers == 3


def test_a_row_without_cagr_or_the_common_year_is_not_comparable() -> None:
    lone = report("widget", "Lone", (fig(1 * BN, 2024, "base"),), doc="l")
    comparison = compare_group(group_records([BETA, GAMMA, lone])[0])
    row = comparison.rows[-1]
    assert row.common_value is None and not row.comparable
    assert row.note is not None and "2030" in row.note
    assert comparison.outlier_test is False


@pytest.mark.parametrize(
    ("minimum", "keys"),
    [
        pytest.param(1, ["widget", "gadget"], id="all"),
        pytest.param(2, ["widget"], id="default"),
        pytest.param(5, [], id="none"),
    ],
)
def test_min_publishers(minimum: int, keys: list[str]) -> None:
    gadget = report("gadget", "Omega", (fig(1 * BN, 2030, "forecast"),), doc="o")
    assert [c.key for c in compare([ALPHA, gadget, BETA, GAMMA, DELTA], minimum)] == keys


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        pytest.param(5.483e9, "USD", "USD 5.48 bn", id="billion"),
        pytest.param(1.2e12, "EUR", "EUR 1.20 tn", id="trillion"),
        pytest.param(548.38e6, "USD", "USD 548.38 mn", id="million"),
        pytest.param(12_500.0, "INR", "INR 12.50 k", id="thousand"),
        pytest.param(950.0, None, "950.00", id="plain-no-currency"),
        pytest.param(None, "USD", "", id="none"),
    ],
)
def test_human_amount(amount: float | None, currency: str | None, text: str) -> None:
    assert human_amount(amount, currency) == text


# --- command line, over releases we wrote -----------------------------------------------

RELEASES = {
    "alpha.txt": "Widget Market Outlook 2024-2030\n\nAlpha Research today released a new study "
    "of the global widget market. The market was valued at USD 5.0 billion in 2024 and is "
    "expected to expand at a CAGR of 10% from 2024 to 2030.\n",
    "beta.txt": "Widgets Market to Hit USD 7.5 Billion by 2030\n\nBeta Insights finds that the "
    "worldwide widgets market stood at USD 4.2 billion in 2024 and will reach USD 7.5 billion "
    "by 2030, growing at a CAGR of 10.1%.\n",
    "gamma.txt": "Widget Market Size Report\n\nGamma Analytics puts the global widget market at "
    "USD 42 billion in 2024 and expects it to reach USD 90 billion by 2030, a CAGR of 13.5%.\n",
    "delta.txt": "Widget Market Forecast\n\nDelta Research values the widget market at EUR 4.6 "
    "billion in 2024 and EUR 8.0 billion by 2030, a CAGR of 9.7%.\n",
    "omega.txt": "Gadget Market Update\n\nOmega Research estimates the gadget market at USD 1.2 "
    "billion in 2024, rising to USD 2.0 billion by 2030 at a CAGR of 8.9%.\n",
    "note.txt": "Quarterly note\n\nRevenue was steady this quarter.\n",
    "empty.txt": "",
}


@pytest.fixture(scope="module")
def records_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("compare") / "records.jsonl"
    lines = [extract(text, source=name).model_dump_json() for name, text in RELEASES.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["compare", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output(records_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(records_file), "--json")
    assert code == 0
    assert "skipped 2 records (1 no market, 1 error)" in err
    groups: list[dict[str, Any]] = json.loads(out)
    assert len(groups) == 1  # the gadget market has one publisher
    (group,) = groups
    assert (group["key"], group["region"], group["currency"]) == ("widget", "Global", "USD")
    assert group["common_year"] == 2030
    assert group["spread"] == pytest.approx(90 / 7.5, rel=1e-4)
    assert group["outliers"] == ["gamma.txt"]
    rows = {r["document"]: r for r in group["rows"]}
    assert list(rows) == ["alpha.txt", "beta.txt", "gamma.txt", "delta.txt"]
    assert rows["alpha.txt"]["common_value"] == pytest.approx(5.0 * BN * 1.1**6)
    assert rows["alpha.txt"]["base_value"] == 5.0 * BN
    assert rows["alpha.txt"]["base_year"] == 2024
    assert rows["alpha.txt"]["forecast_year"] is None
    assert rows["beta.txt"]["cagr"] == 10.1
    assert rows["gamma.txt"]["outlier"] is True
    assert rows["delta.txt"]["comparable"] is False
    assert rows["delta.txt"]["currency"] == "EUR"
    assert {r["publisher"] for r in rows.values()} == {
        "Alpha Research",
        "Beta Insights",
        "Gamma Analytics",
        "Delta Research",
    }


def test_json_min_publishers_one_shows_every_market(
    records_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, str(records_file), "--json", "--min-publishers", "1")
    groups = json.loads(out)
    assert [(g["key"], g["publishers"]) for g in groups] == [("widget", 4), ("gadget", 1)]
    assert groups[1]["spread"] is None and groups[1]["outlier_test"] is False


def test_csv_output(records_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(records_file), "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["document"] for r in rows] == ["alpha.txt", "beta.txt", "gamma.txt", "delta.txt"]
    assert {r["group"] for r in rows} == {"Widget · Global"}
    assert float(rows[0]["common_value"]) == pytest.approx(5.0 * BN * 1.1**6)
    assert rows[0]["forecast_year"] == ""
    assert [r["outlier"] for r in rows] == ["False", "False", "True", "False"]
    assert rows[3]["currency"] == "EUR" and rows[3]["comparable"] == "False"


def test_table_output(records_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(records_file))
    assert code == 0
    for name in ("Alpha Research", "Beta Insights", "Gamma Analytics", "Delta Research"):
        assert name in out
    assert "Omega Research" not in out
    assert "Widget · Global" in out
    assert "common year 2030" in out
    assert "spread x12.0" in out
    assert "Gamma Analytics (gamma.txt)" in out
    assert f"USD {5.0 * 1.1**6:.2f} bn (from 2024)" in out
    assert "EUR 8.00 bn (stated)" in out


def test_table_shows_names_as_written_never_as_markup() -> None:
    odd = report("[b]widget", "[red]Acme[/red]", (fig(1 * BN, 2030, "forecast"),), doc="x")
    out = io.StringIO()
    Console(file=out, width=200).print(table(compare([odd], min_publishers=1)[0]))
    assert "[red]Acme[/red]" in out.getvalue()
    assert "[b]widget · Global" in out.getvalue()


def test_stdin_and_several_files(
    records_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = records_file.read_text(encoding="utf-8").splitlines()
    stdin = io.BytesIO(("\n".join(lines[:2]) + "\nnot json\n").encode())
    monkeypatch.setattr("sys.stdin", SimpleNamespace(buffer=stdin))
    rest = records_file.with_name("rest.jsonl")
    rest.write_text("\n".join(lines[2:]) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "-", str(rest), "--json")
    assert code == 1  # a bad line: named, and the rest still compared
    assert "extractor: <stdin>:3: not a record (Invalid JSON: expected ident" in err
    assert "skipped 2 records (1 no market, 1 error)" in err  # a separate note, not a problem
    assert [r["document"] for r in json.loads(out)[0]["rows"]] == [
        "alpha.txt",
        "beta.txt",
        "gamma.txt",
        "delta.txt",
    ]


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(["--min-publishers", "0"], 2, "at least 1", id="bad-minimum"),
        pytest.param(
            ["missing.jsonl"],
            1,
            "extractor: missing.jsonl: cannot read (No such file or directory)",
            id="missing-file",
        ),
    ],
)
def test_errors(
    records_file: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    got, _, err = run(capsys, str(records_file), *args)
    assert got == code
    assert message in err


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        pytest.param(None, ": cannot read (No such file or directory)", id="missing-file"),
        pytest.param(b"{oops\n", ":1: not a record (Invalid JSON: key must be", id="bad-json"),
        pytest.param(b'\n{"source": {}}\n', ":2: not a record (source.sha256", id="invalid"),
    ],
)
def test_bad_input_is_named_and_the_rest_still_compared(
    records_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    bad: bytes | None,
    said: str,
) -> None:
    other = tmp_path / "other.jsonl"
    if bad is not None:
        other.write_bytes(bad)
    code, out, err = run(capsys, str(other), str(records_file), "--json")
    assert code == 1
    problems = [line for line in err.splitlines() if line.startswith("extractor: ")]
    assert len(problems) == 1 and problems[0].startswith(f"extractor: {other}{said}")
    assert [r["document"] for r in json.loads(out)[0]["rows"]] == [
        "alpha.txt",
        "beta.txt",
        "gamma.txt",
        "delta.txt",
    ]


def test_nothing_to_show_says_how_to_see_all(
    records_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(records_file), "--min-publishers", "9")
    assert code == 0 and out == ""
    assert "--min-publishers 1" in err


def test_group_dataclass_is_usable_directly() -> None:
    group = Group("widget", "Global", "Widget", (ALPHA, BETA))
    comparison = compare_group(group)
    assert comparison.title == "Widget · Global"
    assert comparison.spread == pytest.approx(5.0 * 1.1**6 / 7.5)
