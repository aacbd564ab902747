"""Time each stage of the extraction, one by one, over a list of documents.

The stages are those of `extractor.pipeline`, called in the same order with the same
arguments; each is timed on its own with `clock` (CPU time by default, so that a shared
machine's waits are not counted). Used by `batch.py --stages` and `throughput.py`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from extractor import check, contradictions, decode, layout, link, merge, nlp, record, repair
from extractor import sniff as sniffing
from extractor.extract import extract as extract_facts
from extractor.pipeline import _source as source_of  # the pipeline's own, so the cost is its
from extractor.settings import DEFAULT_SETTINGS

STAGES = ("decode", "repair", "layout", "annotate", "extract", "link", "check", "record")


def stage_times(
    docs: list[tuple[str, bytes]], clock: Callable[[], float] = time.process_time
) -> dict[str, float]:
    """Seconds spent in each stage over `docs`."""
    totals = dict.fromkeys(STAGES, 0.0)

    def timed(stage: str, started: float) -> float:
        now = clock()
        totals[stage] += now - started
        return now

    for name, data in docs:
        t = clock()
        body, _ = sniffing.sniff(data, DEFAULT_SETTINGS.max_document_bytes)
        decoded = decode.decode(body)
        t = timed("decode", t)
        repaired = repair.repair(decoded.text)
        t = timed("repair", t)
        laid_out = layout.layout(repaired.text)
        t = timed("layout", t)
        annotated = nlp.annotate(laid_out)
        t = timed("annotate", t)
        facts = extract_facts(annotated)
        t = timed("extract", t)
        facts = merge.merge(link.link(annotated, facts))
        t = timed("link", t)
        checks = check.check_growth(facts)
        found = [
            *check.findings(facts, checks, repaired.repairs, decoded.invalid_bytes),
            *contradictions.contradiction_findings(facts, checks),
        ]
        derived = contradictions.derive_figures(facts.growth, facts.figures)
        t = timed("check", t)
        source = source_of(data, name, decoded.encoding, repaired.repairs, laid_out.url)
        record.build(source, laid_out.text, facts, checks, found, derived, False)
        timed("record", t)
    return totals
