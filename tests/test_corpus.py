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
    low = {name: round(t.f1, 3) for name, t in totals.items() if t.f1 < MIN_F1}
    assert low == {}, f"fields under F1 {MIN_F1}: {low}"
