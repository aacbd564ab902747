"""Score records against the hand-written gold files in a corpus.

Scoring rules (also in ACCURACY.md):

- a figure matches on value, unit (scale), currency and year; `figure_roles`
  adds its role and `figure_scopes` its scope (region, segment) to that key;
- a growth rate on its value and end year;
- the forecast period on its start and end year;
- a company on its normalized name (case-insensitive);
- a segment on its dimension and its set of values (case-insensitive);
  `segment_values` gives credit per (dimension, value) pair;
- a section item when the extracted item starts with the gold's opening words
  (whitespace and case folded), per section;
- a finding on its code (`cagr_unchecked`, a word about the tool's reach rather
  than the release, is not scored);
- market, region and publisher on the whole value (case-insensitive; regions
  compared by canonical name; a leading "Global"/"Worldwide" is not part of a
  market's name; a firm matches by any form it goes by: "&" as "and", without its
  legal form or a trailing "(Market) Research", by its name or its acronym in
  brackets); the distributor likewise, where the gold names the key.

Lists are matched as multisets: a fact listed twice must be found twice (a figure
said again is one fact with several mentions, so it is listed once).
Precision, recall and F1 are micro-averaged per field and overall.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex as re

from . import rules
from .inputs import DOCUMENT_SUFFIXES
from .models import MarketReport

FIELDS = (
    "figures",
    "figure_roles",
    "figure_scopes",
    "growth",
    "forecast_period",
    "companies",
    "segments",
    "segment_values",
    "sections",
    "findings",
    "market",
    "region",
    "publisher",
    "distributor",
)


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    name: str
    xfail: str | None
    tallies: dict[str, Tally] = field(default_factory=dict)
    mismatches: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        return not self.mismatches


@dataclass
class Report:
    documents: list[DocumentScore]

    def totals(self, include_xfail: bool = False) -> dict[str, Tally]:
        out = {name: Tally() for name in FIELDS}
        for doc in self.documents:
            if doc.xfail and not include_xfail:
                continue
            for name, tally in doc.tallies.items():
                out[name].add(tally)
        return out

    def overall(self, include_xfail: bool = False) -> Tally:
        total = Tally()
        for tally in self.totals(include_xfail).values():
            total.add(tally)
        return total


#: Findings about the tool's own reach, not about the release: that a CAGR went
#: unchecked says what the tool could pair, which no reader's gold can know.
UNSCORED_FINDINGS = frozenset({"cagr_unchecked"})


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


_WORLD_LEAD = re.compile(r"^(?:global|worldwide)\s+", re.IGNORECASE)


def _market(text: str | None) -> str:
    """A market name for scoring: a leading "Global" is the region, not the name."""
    return _norm(_WORLD_LEAD.sub("", (text or "").strip()))


def _region(text: str | None) -> str:
    if not text:
        return ""
    return _norm(rules.REGIONS.get(text.strip().lower(), text))


def _scope(scope: Any) -> tuple[str, str]:
    """A scope as (region, segment), from the schema 2 object or the old string form
    (a known region name is a region, anything else a segment)."""
    if scope is None:
        return "", ""
    if isinstance(scope, str):
        region = rules.REGIONS.get(scope.strip().lower())
        return (_region(region), "") if region else ("", _norm(scope))
    return _region(scope.get("region")), _norm(scope.get("segment"))


def _number(value: Any) -> float | None:
    return None if value is None else round(float(value), 6)


def _multiset(
    expected: list[Any], got: list[Any], key: Callable[[Any], Any], what: str, out: list[str]
) -> Tally:
    want, have = Counter(key(x) for x in expected), Counter(key(x) for x in got)
    common = want & have
    for item, n in (want - common).items():
        out.append(f"{what}: missing {item!r}" + (f" x{n}" if n > 1 else ""))
    for item, n in (have - common).items():
        out.append(f"{what}: unexpected {item!r}" + (f" x{n}" if n > 1 else ""))
    return Tally(sum(common.values()), sum((have - common).values()), sum((want - common).values()))


_FIRM_TAIL = re.compile(
    rf"""(?<![\s,])(?:[\s,]+(?:{"|".join(re.escape(x.lower()) for x in rules.LEGAL_SUFFIXES)}
    |market\s+research|research))+\.?$""",
    re.VERBOSE,
)
_ALIAS = re.compile(r"^(?P<name>.+?)\s*\((?P<alias>[^()]+)\)$")


def _firm_forms(name: str) -> set[str]:
    """The forms one firm goes by: "&" read as "and", without its legal form or a
    trailing "(Market) Research", by its name or by its acronym in brackets."""
    name = name.replace("&", "and")
    alias = _ALIAS.match(name)
    names = [alias.group("name"), alias.group("alias")] if alias else [name]
    return {" ".join(_FIRM_TAIL.sub("", n).split()) for n in names}


def _same_firm(a: str, b: str) -> bool:
    return bool(_firm_forms(a) & _firm_forms(b))


def _scalar(expected: Any, got: Any, what: str, out: list[str]) -> Tally:
    if not expected and not got:
        return Tally()
    if expected == got:
        return Tally(tp=1)
    out.append(f"{what}: expected {expected!r}, got {got!r}")
    return Tally(fp=1 if got else 0, fn=1 if expected else 0)


def _sections(expected: dict[str, list[str]], got: dict[str, list[str]], out: list[str]) -> Tally:
    tally = Tally()
    for key in sorted(set(expected) | set(got)):
        want = [_norm(x) for x in expected.get(key, [])]
        have = [_norm(x) for x in got.get(key, [])]
        unmatched = list(have)
        for prefix in want:
            hit = next((h for h in unmatched if h.startswith(prefix)), None)
            if hit is None:
                tally.fn += 1
                out.append(f"sections.{key}: missing item starting {prefix!r}")
            else:
                unmatched.remove(hit)
                tally.tp += 1
        for extra in unmatched:
            tally.fp += 1
            out.append(f"sections.{key}: unexpected item {extra[:60]!r}")
    return tally


def score_document(name: str, gold: dict[str, Any], record: MarketReport) -> DocumentScore:
    got = record.model_dump()
    doc = DocumentScore(name=name, xfail=gold.get("xfail"))
    m = doc.mismatches
    if record.status != "ok":
        m.append(f"status: {record.status}: {record.error}")

    def figure(f: dict[str, Any]) -> tuple[Any, ...]:
        return (_number(f["value"]), f["unit"], f["currency"], f["year"])

    doc.tallies["figures"] = _multiset(
        gold.get("figures", []), got["figures"], figure, "figures", m
    )
    doc.tallies["figure_roles"] = _multiset(
        gold.get("figures", []),
        got["figures"],
        lambda f: (*figure(f), f["role"]),
        "figure_roles",
        [],  # a miss is listed once, under figures
    )
    if all("scope" in f for f in gold.get("figures", [])):
        doc.tallies["figure_scopes"] = _multiset(
            gold.get("figures", []),
            got["figures"],
            lambda f: (*figure(f), *_scope(f.get("scope"))),
            "figure_scopes",
            [],
        )
    doc.tallies["growth"] = _multiset(
        gold.get("growth", []),
        got["growth"],
        lambda g: (_number(g["cagr"]), g["end_year"]),
        "growth",
        m,
    )

    def period(p: dict[str, Any] | None) -> tuple[int, int] | None:
        return (p["start_year"], p["end_year"]) if p else None

    doc.tallies["forecast_period"] = _scalar(
        period(gold.get("forecast_period")), period(got["forecast_period"]), "forecast_period", m
    )
    doc.tallies["companies"] = _multiset(
        gold.get("companies", []),
        got["companies"],
        lambda c: _norm(c["normalized"]),
        "companies",
        m,
    )
    doc.tallies["segments"] = _multiset(
        gold.get("segments", []),
        got["segments"],
        lambda s: (_norm(s["dimension"]), tuple(sorted(_norm(v) for v in s["values"]))),
        "segments",
        m,
    )
    doc.tallies["segment_values"] = _multiset(
        [(s["dimension"], v) for s in gold.get("segments", []) for v in s["values"]],
        [(s["dimension"], v) for s in got["segments"] for v in s["values"]],
        lambda pair: (_norm(pair[0]), _norm(pair[1])),
        "segment_values",
        [],
    )
    doc.tallies["sections"] = _sections(gold.get("sections", {}), got["sections"], m)
    doc.tallies["findings"] = _multiset(
        [{"code": c} for c in gold.get("findings", []) if c not in UNSCORED_FINDINGS],
        [f for f in got["findings"] if f["code"] not in UNSCORED_FINDINGS],
        lambda f: f["code"],
        "findings",
        m,
    )
    doc.tallies["market"] = _scalar(
        _market(gold.get("market")), _market(got["market"]), "market", m
    )
    doc.tallies["region"] = _scalar(
        _region(gold.get("region")), _region(got["region"]), "region", m
    )
    want, have = _norm(gold.get("publisher")), _norm(got["publisher"])
    doc.tallies["publisher"] = _scalar(
        want, want if want and have and _same_firm(want, have) else have, "publisher", m
    )
    if "distributor" in gold:
        doc.tallies["distributor"] = _scalar(
            _norm(gold.get("distributor")), _norm(got["distributor"]), "distributor", m
        )
    return doc


def gold_pairs(corpus: Path, gold_dir: Path | None = None) -> list[tuple[Path, Path]]:
    """(document, gold file) pairs, in name order; documents without gold are skipped.

    Gold lives beside the documents, or in `gold_dir` for documents kept elsewhere
    (third-party releases read in place): `gold_dir/NAME.expected.json` for
    `corpus/NAME.html` and the other document suffixes.
    """
    pairs = []
    for gold in sorted((gold_dir or corpus).rglob("*.expected.json")):
        stem = gold.name[: -len(".expected.json")]
        folder = gold.parent if gold_dir is None else corpus / gold.parent.relative_to(gold_dir)
        docs = [folder / (stem + suffix) for suffix in DOCUMENT_SUFFIXES]
        found = [d for d in docs if d.exists()]
        if found:
            pairs.append((found[0], gold))
    return pairs


def evaluate(
    corpus: Path, records: Iterable[MarketReport] | None = None, gold_dir: Path | None = None
) -> Report:
    """Run the extractor over every document with a gold file and score it."""
    from .pipeline import extract_many

    pairs = gold_pairs(corpus, gold_dir)
    if records is None:
        records = extract_many([doc for doc, _ in pairs])
    documents = []
    for (doc, gold_path), record in zip(pairs, records, strict=True):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        documents.append(score_document(doc.name, gold, record))
    return Report(documents)


def format_report(report: Report) -> str:
    lines = [f"{'field':<16}{'precision':>10}{'recall':>10}{'f1':>8}{'tp':>6}{'fp':>5}{'fn':>5}"]
    totals = report.totals(include_xfail=True)
    for name, t in [*totals.items(), ("overall", report.overall(include_xfail=True))]:
        lines.append(
            f"{name:<16}{t.precision:>10.3f}{t.recall:>10.3f}{t.f1:>8.3f}{t.tp:>6}{t.fp:>5}{t.fn:>5}"
        )
    perfect = sum(d.perfect for d in report.documents)
    known = sum(bool(d.xfail) for d in report.documents)
    lines.append(
        f"\n{perfect}/{len(report.documents)} documents fully correct; "
        f"{known} known failures (gold `xfail`), all counted in the scores above"
    )
    for doc in report.documents:
        if doc.mismatches:
            tag = f"  [xfail: {doc.xfail}]" if doc.xfail else ""
            lines.append(f"\n{doc.name}{tag}")
            lines.extend(f"  - {m}" for m in doc.mismatches)
    return "\n".join(lines)


def report_json(report: Report) -> dict[str, Any]:
    def row(t: Tally) -> dict[str, float | int]:
        return {
            "precision": round(t.precision, 4),
            "recall": round(t.recall, 4),
            "f1": round(t.f1, 4),
            "tp": t.tp,
            "fp": t.fp,
            "fn": t.fn,
        }

    return {
        "fields": {name: row(t) for name, t in report.totals(include_xfail=True).items()},
        "overall": row(report.overall(include_xfail=True)),
        "documents": [
            {"name": d.name, "xfail": d.xfail, "mismatches": d.mismatches} for d in report.documents
        ],
    }
