"""Every release in corpus/ against its hand-written gold file, field by field.

Documents whose gold names an `xfail` reason are known failures: they are
reported by `extractor eval` and must still fail here (strict), so a fix is
noticed and the xfail removed.
"""

import json
from pathlib import Path

import pytest

from extractor import extract
from extractor.evaluate import evaluate, gold_pairs, score_document

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAIRS = gold_pairs(CORPUS)
MIN_F1 = 0.95
#: Fields first scored with the real-release set (issue 7). Their floor is where they
#: stood on this corpus when first scored; raise it as fixes land, up to MIN_F1.
CORPUS_RATCHET = {"figure_roles": 0.96, "figure_scopes": 0.93}

#: Real releases are read in place, beside the project, never copied into it.
REAL = CORPUS.parent.parent / "shared" / "real"
REAL_GOLD = CORPUS / "real"
#: Where each field stands on the real-release set today (`extractor eval --gold
#: corpus/real ../shared/real`), a little below so noise in one document does not
#: fail the build. Issue 7's target is 0.95 for every field; raise these as it closes.
REAL_FLOORS = {
    "figures": 0.96,
    "figure_roles": 0.95,
    "figure_scopes": 0.86,
    "growth": 0.95,
    "forecast_period": 0.98,
    "companies": 0.98,
    "segments": 0.97,
    "segment_values": 0.97,
    "sections": 0.95,
    "findings": 0.98,
    "market": 0.95,
    "region": 0.96,
    "publisher": 0.95,
    "distributor": 0.97,
}


def _params():
    for doc, gold in PAIRS:
        expected = json.loads(gold.read_text(encoding="utf-8"))
        marks = (
            [pytest.mark.xfail(strict=True, reason=expected["xfail"])]
            if expected.get("xfail")
            else []
        )
        yield pytest.param(doc, expected, id=doc.name, marks=marks)


def test_corpus_is_big_enough() -> None:
    assert len(PAIRS) >= 50


@pytest.mark.parametrize(("doc", "expected"), list(_params()))
def test_document_matches_gold(doc: Path, expected: dict) -> None:
    record = extract(doc.read_bytes(), source=str(doc))
    score = score_document(doc.name, expected, record)
    assert score.mismatches == []


def test_field_f1_stays_above_threshold() -> None:
    report = evaluate(CORPUS)
    totals = report.totals(include_xfail=True)  # known failures count against the score
    floors = {name: CORPUS_RATCHET.get(name, MIN_F1) for name in totals}
    low = {name: round(t.f1, 3) for name, t in totals.items() if t.f1 < floors[name]}
    assert low == {}, f"fields under their floor {floors}: {low}"


#: No set of our own corpus may score under this overall (issue 7): a fix for real
#: releases must not cost what the corpus already reads.
MIN_SET_OVERALL = 0.99


@pytest.mark.parametrize("folder", [CORPUS, CORPUS / "holdout", CORPUS / "holdout2"])
def test_every_corpus_set_stays_above_its_overall_floor(folder: Path) -> None:
    overall = evaluate(folder).overall(include_xfail=True)
    assert overall.f1 >= MIN_SET_OVERALL, f"{folder.name}: overall F1 {overall.f1:.3f}"


needs_real = pytest.mark.skipif(
    not REAL.is_dir(),
    reason=f"the real-release set is read in place from {REAL}, which is not here; "
    "it is scored where ../shared/real lies beside the project",
)


@needs_real
def test_real_set_is_scored_in_full() -> None:
    assert len(gold_pairs(REAL, REAL_GOLD)) >= 75


@needs_real
def test_real_set_fields_stay_above_their_floors() -> None:
    totals = evaluate(REAL, gold_dir=REAL_GOLD).totals(include_xfail=True)
    low = {
        name: round(totals[name].f1, 3)
        for name, floor in REAL_FLOORS.items()
        if totals[name].f1 < floor
    }
    assert low == {}, f"real-release fields under their floors {REAL_FLOORS}: {low}"


@needs_real
def test_real_set_has_no_false_cagr_mismatch() -> None:
    """A stated CAGR flagged as contradicting figures that a careful reader found
    consistent is the worst error this tool can make: none is allowed."""
    report = evaluate(REAL, gold_dir=REAL_GOLD)
    false_alarms = [
        doc.name
        for doc in report.documents
        if any(m.startswith("findings: unexpected 'cagr_mismatch'") for m in doc.mismatches)
    ]
    assert false_alarms == []
