"""`extractor compare`: releases about one market from different publishers, side by side.

Records whose market names normalize to the same key (`market_key`) and whose region is
the same are one group (`group_records`). From each release the main-market base and
forecast figures and CAGR are read, each is carried to a common year by its own CAGR,
and the group gets a spread (largest over smallest) and its outliers (`compare_group`).
The logic takes values and returns values; the rendering (a rich table, JSON, CSV) and
the command line come last.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

import regex as re
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .jsonl import Problems, read_records
from .models import Figure, Growth, MarketReport

# --- vocabularies ---------------------------------------------------------------------

#: Words dropped at the start of a market name: they say where or which, not what.
LEADING_WORDS = frozenset({"the", "global", "worldwide"})
#: Words dropped at the end of a market name (after singularizing: "markets" too).
TRAILING_WORDS = frozenset({"global", "worldwide", "market", "industry"})
#: Plurals the suffix rules get wrong, and words that only look plural (mapped to
#: themselves). Keys are case-folded.
SINGULARS: dict[str, str] = {
    "analyses": "analysis",
    "diagnoses": "diagnosis",
    "buses": "bus",
    "gases": "gas",
    "gas": "gas",
    "lenses": "lens",
    "lens": "lens",
    "viruses": "virus",
    "series": "series",
    "species": "species",
    "news": "news",
    "diabetes": "diabetes",
    "saas": "saas",
    "paas": "paas",
    "iaas": "iaas",
    "children": "child",
    "women": "woman",
    "men": "man",
    "people": "person",
    "teeth": "tooth",
    "feet": "foot",
    "mice": "mouse",
    "knives": "knife",
    "shelves": "shelf",
    "leaves": "leaf",
    "indices": "index",
    "matrices": "matrix",
    "criteria": "criterion",
    "shoes": "shoe",
    "canoes": "canoe",
    "cookies": "cookie",
    "movies": "movie",
    "calories": "calorie",
    "smoothies": "smoothie",
    "niches": "niche",
    "caches": "cache",
    "headaches": "headache",
}
#: Endings of words that are singular as they stand: glass, virus, analysis.
SINGULAR_ENDINGS = ("ss", "us", "is")
#: Plural endings whose "es" goes (glasses, boxes, switches, brushes, tomatoes);
#: any other final "s" goes alone (medicines, services, drugs).
ES_ENDINGS = ("sses", "xes", "ches", "shes", "oes")
#: A word this long or shorter keeps a final "ies" as "ie" (ties, pies), not "y".
SHORT_IES_WORD = 4

_ABBREVIATION = re.compile(r"\b(?:[^\W\d_]\.){2,}")  # U.S., U.K.: letters joined by dots
_POSSESSIVE = re.compile(r"['’]s\b")  # India's -> India
_PARENTHETICAL = re.compile(r"\([^()]*\)")  # "Artificial Intelligence (AI)": the (AI) goes
#: Words that are left of a possessive whose apostrophe was lost ("China s AI").
STRAY_WORDS = frozenset({"s"})
_SEPARATORS = re.compile(r"[\W_]+")  # punctuation, hyphens and spaces alike

#: Comparable rows a group needs before a row can be called an outlier: with two, either
#: could be the odd one out.
MIN_ROWS_FOR_OUTLIER = 3
#: A row whose common-year value is more than this many times the group's median, or less
#: than the median divided by it, is an outlier. Publishers' sizes for one market often
#: differ by tens of percent through scope and method; a factor of two or more usually
#: means another definition of the market or a unit slip.
OUTLIER_FACTOR = 2.0
#: Human scales for amounts, largest first: 5.48e9 -> "5.48 bn".
SCALES: tuple[tuple[float, str], ...] = ((1e12, "tn"), (1e9, "bn"), (1e6, "mn"), (1e3, "k"))
#: Width of the table when stdout is not a terminal (a file or a pager): wide enough that
#: publisher names and amounts are not wrapped.
PIPE_WIDTH = 200
#: What a release is called when it names neither a publisher nor a distributor.
UNKNOWN_PUBLISHER = "unknown"
#: The region of a record that names none.
DEFAULT_REGION = "Global"
#: How many hex digits of the sha256 name a document that has neither id nor path.
SHA_PREFIX = 12

# --- market names ---------------------------------------------------------------------


def singular(word: str) -> str:
    """A case-folded word in the singular, by simple English suffix rules."""
    if word in SINGULARS:
        return SINGULARS[word]
    if len(word) <= 2 or not word.endswith("s") or word.endswith(SINGULAR_ENDINGS):
        return word
    if word.endswith("ies") and len(word) > SHORT_IES_WORD:
        return word[:-3] + "y"
    if word.endswith(ES_ENDINGS):
        return word[:-2]
    return word[:-1]


def _words(text: str) -> list[str]:
    """Case-folded words: abbreviation dots, possessives and parentheticals removed, '&'
    read as 'and', punctuation and hyphens as spaces, each word singular."""
    text = _ABBREVIATION.sub(lambda m: m.group().replace(".", ""), text)
    text = _PARENTHETICAL.sub(" ", _POSSESSIVE.sub("", text))
    text = text.casefold().replace("&", " and ")
    return [singular(w) for w in _SEPARATORS.split(text) if w and w not in STRAY_WORDS]


def _strip(words: list[str], leading: Sequence[str], trailing: Sequence[str]) -> list[str]:
    """`words` without the given word runs at the start and the end, if any word remains."""
    n, m = len(leading), len(trailing)
    if n and len(words) > n and words[:n] == list(leading):
        words = words[n:]
    if m and len(words) > m and words[-m:] == list(trailing):
        words = words[:-m]
    return words


def market_key(name: str, region: str | None = None) -> str:
    """The key two names of one market share: "Global Complementary & Alternative
    Medicines Market" -> "complementary and alternative medicine". With `region`, the
    region's own words at the start or end of the name go too ("Europe heat pumps" in
    Europe -> "heat pump"), unless nothing would be left."""
    words = _words(name)
    while words and words[0] in LEADING_WORDS:
        words = words[1:]
    while words and words[-1] in TRAILING_WORDS:
        words = words[:-1]
    if region:
        own = _words(region)
        words = _strip(_strip(words, own, ()), (), own)
    return " ".join(words)


# --- groups ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """Releases about one market in one region."""

    key: str
    region: str
    market: str  # the name as the first release writes it
    records: tuple[MarketReport, ...]


def region_of(record: MarketReport) -> str:
    """The record's region; a record that names none is about the world."""
    return record.region or DEFAULT_REGION


def skip_reason(record: MarketReport) -> str | None:
    """Why a record cannot be grouped ("error", "no market"), or None when it can."""
    if record.status == "error":
        return "error"
    if not record.market or not market_key(record.market, region_of(record)):
        return "no market"
    return None


def group_records(records: Iterable[MarketReport]) -> list[Group]:
    """Groups of records with the same market key and region, in order of first
    appearance; records with a `skip_reason` are left out."""
    found: dict[tuple[str, str], list[MarketReport]] = {}
    for record in records:
        if skip_reason(record) is not None or record.market is None:
            continue
        region = region_of(record)
        found.setdefault((market_key(record.market, region), region), []).append(record)
    return [
        Group(key, region, members[0].market or key, tuple(members))
        for (key, region), members in found.items()
    ]


def publisher_of(record: MarketReport) -> str:
    """Who the row is named after: the publisher, else the distributor, else unknown."""
    return record.publisher or record.distributor or UNKNOWN_PUBLISHER


def document_of(record: MarketReport) -> str:
    """The document's name: its id, else its path, else a prefix of its sha256."""
    return record.source.id or record.source.path or record.source.sha256[:SHA_PREFIX]


def publisher_count(group: Group) -> int:
    """Distinct publishers in a group (names compared case-folded)."""
    return len({publisher_of(r).casefold() for r in group.records})


# --- one release ----------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    """A stated amount (absolute) for a year."""

    year: int
    amount: float


@dataclass(frozen=True)
class Estimate:
    """What one release says about the size of its main market, in one currency."""

    publisher: str
    document: str
    currency: str | None
    base: Point | None
    forecast: Point | None
    cagr: float | None
    stated: tuple[Point, ...]  # every main-market figure in `currency` with a year


def _own(source: str | None, record: MarketReport) -> bool:
    """Whether a fact is the publisher's own (not attributed to another firm)."""
    return (
        source is None
        or record.publisher is None
        or (source.casefold() == record.publisher.casefold())
    )


def _main_figures(record: MarketReport) -> list[Figure]:
    """The publisher's own dated, positive figures about the main market (no region
    other than the market's, no segment)."""
    return [
        f
        for f in record.figures
        if f.scope.region is None
        and f.scope.segment is None
        and f.year is not None
        and f.amount > 0
        and _own(f.source, record)
    ]


def _point(figure: Figure | None) -> Point | None:
    return None if figure is None or figure.year is None else Point(figure.year, figure.amount)


def _year(figure: Figure) -> int:
    return figure.year or 0


def _pick_growth(growth: Sequence[Growth], low: int | None, high: int | None) -> Growth | None:
    """The rate whose window is the span low..high, else one that covers it, else the
    first."""

    def rank(g: Growth) -> int:
        if low is None or high is None or g.start_year is None or g.end_year is None:
            return 2
        if (g.start_year, g.end_year) == (low, high):
            return 0
        return 1 if g.start_year <= low and g.end_year >= high else 2

    return min(growth, key=rank) if growth else None


def read_estimate(record: MarketReport) -> Estimate:
    """The record's main-market figures: base (role "base", else the earliest figure
    that is not a forecast), forecast (role "forecast", the latest year) and CAGR (the
    main-scope rate, preferring one whose window covers base to forecast), all in the
    currency most of its main figures are in."""
    main = _main_figures(record)
    currencies = Counter(f.currency for f in main if f.currency is not None)
    currency = currencies.most_common(1)[0][0] if currencies else None
    figures = [f for f in main if f.currency == currency]
    bases = [f for f in figures if f.role == "base"] or [f for f in figures if f.role != "forecast"]
    forecasts = [f for f in figures if f.role == "forecast"]
    base = _point(min(bases, key=_year) if bases else None)
    forecast = _point(max(forecasts, key=_year) if forecasts else None)
    growth = [
        g
        for g in record.growth
        if g.scope.region is None and g.scope.segment is None and _own(g.source, record)
    ]
    low = base.year if base else forecast.year if forecast else None
    high = forecast.year if forecast else low
    chosen = _pick_growth(growth, low, high)
    ordered = [p for p in (base, forecast) if p is not None]
    ordered += [Point(_year(f), f.amount) for f in figures]
    return Estimate(
        publisher=publisher_of(record),
        document=document_of(record),
        currency=currency,
        base=base,
        forecast=forecast,
        cagr=chosen.cagr if chosen else None,
        stated=tuple(ordered),
    )


def implied_value(amount: float, year: int, cagr: float, target: int) -> float:
    """`amount` in `year` carried to `target` at `cagr` percent a year (backwards too)."""
    return amount * (1 + cagr / 100) ** (target - year)


def carry(estimate: Estimate, year: int) -> tuple[float, str] | None:
    """The estimate's value for `year` and how it was found: "stated" when the release
    gives that year, else "from YYYY" by its CAGR from its base figure (from its forecast
    when it has no base); None when it can do neither."""
    for point in estimate.stated:
        if point.year == year:
            return point.amount, "stated"
    start = estimate.base or estimate.forecast
    if start is None or estimate.cagr is None or estimate.cagr <= -100:
        return None
    try:
        value = implied_value(start.amount, start.year, estimate.cagr, year)
    except OverflowError:
        return None
    if not 0 < value < math.inf:  # a rate so steep that the value underflows
        return None
    return value, f"from {start.year}"


# --- one group ------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """One release in a comparison. Amounts are absolute; `common_value` is for the
    comparison's common year; `to_median` is common_value over the group's median."""

    publisher: str
    document: str
    currency: str | None
    base_year: int | None
    base_value: float | None
    forecast_year: int | None
    forecast_value: float | None
    cagr: float | None
    common_value: float | None
    common_basis: str | None  # "stated", or "from YYYY" by the release's own CAGR
    comparable: bool
    outlier: bool
    to_median: float | None
    note: str | None


@dataclass(frozen=True)
class Comparison:
    """A group's rows side by side, carried to one year."""

    market: str
    region: str
    key: str
    publishers: int
    currency: str | None  # the currency most rows are in; other rows are not compared
    common_year: int | None
    rows: tuple[Row, ...]
    spread: float | None  # largest over smallest common-year value, comparable rows
    outlier_test: bool  # whether there were enough comparable rows to look for outliers

    @property
    def title(self) -> str:
        return f"{self.market} · {self.region}"

    @property
    def outliers(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.outlier)


def majority_currency(estimates: Sequence[Estimate]) -> str | None:
    """The currency most estimates are in; a tie goes to the one met first."""
    counts = Counter(e.currency for e in estimates if e.currency is not None)
    return counts.most_common(1)[0][0] if counts else None


def common_year(estimates: Sequence[Estimate]) -> int | None:
    """The forecast year most estimates state, else the base year most state; a tie
    goes to the latest year."""
    counts = Counter(e.forecast.year for e in estimates if e.forecast) or Counter(
        e.base.year for e in estimates if e.base
    )
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _row(estimate: Estimate, currency: str | None, year: int | None) -> Row:
    """A row before the group-wide tests (outlier, ratio to the median)."""
    carried = carry(estimate, year) if year is not None else None
    note = None
    if estimate.currency is None:
        note = "no dated figure" if not estimate.stated else "no currency stated"
    elif estimate.currency != currency:
        note = f"{estimate.currency}, not {currency}: not compared"
    elif carried is None:
        note = f"no figure for {year} and no CAGR to carry one" if year else "no year"
    base, forecast = estimate.base, estimate.forecast
    return Row(
        publisher=estimate.publisher,
        document=estimate.document,
        currency=estimate.currency,
        base_year=base.year if base else None,
        base_value=base.amount if base else None,
        forecast_year=forecast.year if forecast else None,
        forecast_value=forecast.amount if forecast else None,
        cagr=estimate.cagr,
        common_value=carried[0] if carried else None,
        common_basis=carried[1] if carried else None,
        comparable=note is None,
        outlier=False,
        to_median=None,
        note=note,
    )


def _judge(row: Row, median: float) -> Row:
    """The row with its ratio to the median, marked an outlier beyond OUTLIER_FACTOR."""
    if not row.comparable or row.common_value is None:
        return row
    ratio = row.common_value / median
    outlier = ratio > OUTLIER_FACTOR or ratio < 1 / OUTLIER_FACTOR
    note = f"outlier: {ratio:.2g}x the median" if outlier else row.note
    return Row(**{**asdict(row), "to_median": ratio, "outlier": outlier, "note": note})


def compare_group(group: Group) -> Comparison:
    """The group's releases side by side: each carried to the common year, the spread of
    the comparable ones and, with MIN_ROWS_FOR_OUTLIER or more, their outliers."""
    estimates = [read_estimate(r) for r in group.records]
    currency = majority_currency(estimates)
    year = common_year([e for e in estimates if e.currency == currency])
    rows = [_row(e, currency, year) for e in estimates]
    values = [r.common_value for r in rows if r.comparable and r.common_value is not None]
    spread = max(values) / min(values) if len(values) >= 2 else None
    test = len(values) >= MIN_ROWS_FOR_OUTLIER
    if test:
        median = statistics.median(values)
        rows = [_judge(r, median) for r in rows]
    return Comparison(
        market=group.market,
        region=group.region,
        key=group.key,
        publishers=publisher_count(group),
        currency=currency,
        common_year=year,
        rows=tuple(rows),
        spread=spread,
        outlier_test=test,
    )


def compare(records: Iterable[MarketReport], min_publishers: int = 2) -> list[Comparison]:
    """Every group with at least `min_publishers` distinct publishers, compared."""
    return [
        compare_group(g) for g in group_records(records) if publisher_count(g) >= min_publishers
    ]


# --- rendering ------------------------------------------------------------------------


def human_amount(amount: float | None, currency: str | None) -> str:
    """An absolute amount in human scale: 5.48e9 USD -> "USD 5.48 bn"."""
    if amount is None:
        return ""
    prefix = f"{currency} " if currency else ""
    for size, name in SCALES:
        if abs(amount) >= size:
            return f"{prefix}{amount / size:,.2f} {name}"
    return f"{prefix}{amount:,.2f}"


def spread_label(spread: float | None) -> str:
    """A spread as a factor: 4.2 -> "x4.2"."""
    return "" if spread is None else f"x{spread:.1f}"


def caption(comparison: Comparison) -> str:
    """Common year, spread and outliers, in words."""
    parts = [
        f"common year {comparison.common_year}" if comparison.common_year else "no dated figures"
    ]
    if comparison.spread is not None:
        parts.append(f"spread {spread_label(comparison.spread)}")
    if not comparison.outlier_test:
        comparable = sum(r.comparable for r in comparison.rows)
        parts.append(f"no outlier test ({comparable} comparable, needs {MIN_ROWS_FOR_OUTLIER})")
    elif comparison.outliers:
        names = ", ".join(f"{r.publisher} ({r.document})" for r in comparison.outliers)
        parts.append(f"outlier (beyond x{OUTLIER_FACTOR:g} of the median): {names}")
    else:
        parts.append(f"no outlier (all within x{OUTLIER_FACTOR:g} of the median)")
    return " · ".join(parts)


def _dated(year: int | None, amount: float | None, currency: str | None) -> str:
    return "" if year is None else f"{year}: {human_amount(amount, currency)}"


def table(comparison: Comparison) -> Table:
    """A comparison as a rich table, one row per release."""
    year = comparison.common_year
    out = Table(
        title=Text(comparison.title), caption=Text(caption(comparison)), title_justify="left"
    )
    for name in ("Publisher", "Document", "Base", "Forecast", "CAGR"):
        out.add_column(name, overflow="fold")
    out.add_column(f"Value {year}" if year else "Value", overflow="fold")
    out.add_column("Note", overflow="fold")
    for row in comparison.rows:
        value = human_amount(row.common_value, row.currency)
        cells = (
            row.publisher,
            row.document,
            _dated(row.base_year, row.base_value, row.currency),
            _dated(row.forecast_year, row.forecast_value, row.currency),
            "" if row.cagr is None else f"{row.cagr:g}%",
            f"{value} ({row.common_basis})" if value else "",
            row.note or "",
        )
        out.add_row(
            *(Text(c) for c in cells),  # as plain text: names are never read as markup
            style="bold red" if row.outlier else None if row.comparable else "dim",
        )
    return out


def _rounded(row: Row) -> dict[str, Any]:
    """A row as JSON values: amounts to two decimals, the ratio to four."""
    data = asdict(row)
    for name in ("base_value", "forecast_value", "common_value"):
        if data[name] is not None:
            data[name] = round(data[name], 2)
    if data["to_median"] is not None:
        data["to_median"] = round(data["to_median"], 4)
    return data


def to_json(comparisons: Sequence[Comparison]) -> list[dict[str, Any]]:
    """The comparisons as JSON values: a list of groups, each with its rows."""
    return [
        {
            "market": c.market,
            "region": c.region,
            "key": c.key,
            "publishers": c.publishers,
            "currency": c.currency,
            "common_year": c.common_year,
            "spread": None if c.spread is None else round(c.spread, 4),
            "outlier_test": c.outlier_test,
            "outlier_factor": OUTLIER_FACTOR,
            "outliers": [r.document for r in c.outliers],
            "rows": [_rounded(r) for r in c.rows],
        }
        for c in comparisons
    ]


#: CSV columns before the row's own: which group the row is in.
CSV_GROUP_COLUMNS = ("group", "market", "region", "common_year", "spread")


def csv_rows(comparisons: Sequence[Comparison]) -> Iterator[list[Any]]:
    """The header, then one flat list per release with its group's columns first."""
    row_columns = [f.name for f in fields(Row)]
    yield [*CSV_GROUP_COLUMNS, *row_columns]
    for c in comparisons:
        head = [c.title, c.market, c.region, c.common_year, c.spread]
        for row in c.rows:
            data = _rounded(row)
            yield ["" if v is None else v for v in (*head, *(data[n] for n in row_columns))]


# --- command line ---------------------------------------------------------------------


def _note_skipped(records: Iterable[MarketReport]) -> None:
    """Say on stderr which records were left out of every group and why."""
    reasons = Counter(r for r in map(skip_reason, records) if r is not None)
    if reasons:
        why = ", ".join(f"{n} {reason}" for reason, n in reasons.items())
        print(
            f"extractor compare: skipped {sum(reasons.values())} records ({why})", file=sys.stderr
        )


def _run(args: argparse.Namespace) -> int:
    """`extractor compare`: 0; 1 when some input was skipped (named on stderr; the records
    that could be read are compared); 2 for a `--min-publishers` under 1."""
    if args.min_publishers < 1:
        print("extractor: --min-publishers must be at least 1", file=sys.stderr)
        return 2
    problems = Problems()
    records = list(read_records(args.records, problems))
    _note_skipped(records)
    comparisons = compare(records, args.min_publishers)
    if args.json:
        print(json.dumps(to_json(comparisons), indent=2, ensure_ascii=False))
    elif args.csv:
        csv.writer(sys.stdout, lineterminator="\n").writerows(csv_rows(comparisons))
    else:
        console = Console(width=None if sys.stdout.isatty() else PIPE_WIDTH)
        for comparison in comparisons:
            console.print(table(comparison))
        if not comparisons:
            print(
                f"extractor compare: no market with {args.min_publishers} or more publishers "
                "(--min-publishers 1 shows every market)",
                file=sys.stderr,
            )
    return problems.report()


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `extractor compare`."""
    p = sub.add_parser(
        "compare",
        help="releases about the same market and region from different publishers, "
        "side by side, carried to a common year",
    )
    p.add_argument("records", nargs="+", help="JSON Lines files of records (- for stdin)")
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the groups as JSON")
    output.add_argument("--csv", action="store_true", help="print one CSV row per release")
    p.add_argument(
        "--min-publishers",
        type=int,
        default=2,
        metavar="N",
        help="only markets with at least N distinct publishers (default 2; 1: every market)",
    )
    p.set_defaults(run=_run)
