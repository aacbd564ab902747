"""The `market_facts` spaCy component: registered by entry point, configurable, and
giving the same facts as `extractor.extract`."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy
from spacy import displacy

import extractor
from extractor.component import LABELS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

RELEASE = (
    "Widget Market Outlook 2025-2032\n\n"
    "The global widget market was valued at USD 5.2 billion in 2024 and is expected to "
    "reach USD 9.8 billion by 2032, growing at a CAGR of 8.2% during 2025-2032.\n\n"
    "Key players include Acme Corp., Globex Inc. and Initech Ltd.\n\n"
    "By Product Type:\n- Sensors\n- Actuators\n- Controllers\n"
)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("market_facts")
    return pipeline


def labelled(doc: spacy.tokens.Doc) -> list[tuple[str, str]]:
    return [(span.label_, span.text) for span in doc.spans["market_facts"]]


def test_the_factory_is_an_entry_point() -> None:
    (point,) = [p for p in entry_points(group="spacy_factories") if p.name == "market_facts"]
    assert point.value == "extractor.component:make_market_facts"


def test_a_fresh_process_finds_the_component_by_name_alone() -> None:
    code = (
        "import spacy; nlp = spacy.blank('en'); nlp.add_pipe('market_facts'); "
        "doc = nlp('The widget market was valued at USD 5.2 billion in 2024.'); "
        "print([(s.label_, s.text) for s in doc.spans['market_facts']])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('MONEY', 'USD 5.2 billion'), ('YEAR', '2024')]"


def test_every_kind_of_fact_gets_its_label(nlp) -> None:
    doc = nlp(RELEASE)
    assert labelled(doc) == [
        ("PERIOD", "2025-2032"),
        ("MONEY", "USD 5.2 billion"),
        ("YEAR", "2024"),
        ("MONEY", "USD 9.8 billion"),
        ("YEAR", "2032"),
        ("CAGR", "8.2%"),
        ("COMPANY", "Acme Corp."),
        ("COMPANY", "Globex Inc."),
        ("COMPANY", "Initech Ltd."),
        ("SEGMENT", "By Product Type:\n- Sensors\n- Actuators\n- Controllers"),
    ]
    assert doc.user_data["market_facts_unplaced"] == 0


def test_each_span_carries_its_fact(nlp) -> None:
    doc = nlp(RELEASE)
    money = [s for s in doc.spans["market_facts"] if s.label_ == "MONEY"]
    assert [(s._.market_fact["amount"], s._.market_fact["role"]) for s in money] == [
        (5.2e9, "base"),
        (9.8e9, "forecast"),
    ]
    year = next(s for s in doc.spans["market_facts"] if s.label_ == "YEAR")
    assert year._.market_fact == {"year": 2024, "figure": 0, "role": "base"}


@pytest.mark.parametrize(
    ("facts", "labels"),
    [
        pytest.param(["MONEY"], {"MONEY"}, id="money-only"),
        pytest.param(["CAGR", "PERIOD"], {"CAGR", "PERIOD"}, id="rates-and-periods"),
        pytest.param([], set(), id="nothing"),
    ],
)
def test_facts_config_chooses_the_labels(facts, labels) -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("market_facts", config={"facts": facts})
    doc = pipeline(RELEASE)
    assert {span.label_ for span in doc.spans["market_facts"]} == labels


def test_an_unknown_label_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown fact labels"):
        spacy.blank("en").add_pipe("market_facts", config={"facts": ["MONEY", "PRICE"]})


def test_language_config_reads_numbers_as_that_language_writes_them() -> None:
    text = "Der Markt für Widgets lag 2024 bei 1.234,5 Mio. EUR."
    german = spacy.blank("de")
    german.add_pipe("market_facts", config={"language": "de"})
    doc = german(text)
    (money,) = [s for s in doc.spans["market_facts"] if s.label_ == "MONEY"]
    assert money._.market_fact["value"] == 1234.5


def test_spans_key_config_names_the_group() -> None:
    pipeline = spacy.blank("en")
    pipeline.add_pipe("market_facts", config={"spans_key": "facts"})
    doc = pipeline(RELEASE)
    assert "facts" in doc.spans and "market_facts" not in doc.spans


def test_displacy_shows_the_spans(nlp) -> None:
    html = displacy.render(nlp(RELEASE), style="span", options={"spans_key": "market_facts"})
    for label in ("MONEY", "CAGR", "COMPANY"):
        assert label in html


def test_labels_are_the_documented_six() -> None:
    assert LABELS == ("MONEY", "CAGR", "YEAR", "PERIOD", "COMPANY", "SEGMENT")


CORPUS_RELEASES = sorted(
    p for p in CORPUS.glob("*") if p.suffix in (".txt", ".md", ".html") and p.is_file()
)


@pytest.mark.parametrize("path", CORPUS_RELEASES, ids=lambda p: p.stem)
def test_the_component_gives_the_figures_extract_gives(nlp, path: Path) -> None:
    """Every figure of the record, in reading order, on a span where its amount is said
    (the source's own spelling of it: an HTML release may write "&euro;0.74bn")."""
    text = path.read_text(encoding="utf-8", errors="replace")
    record = extractor.extract(text)
    doc = nlp(text)
    money = [s for s in doc.spans["market_facts"] if s.label_ == "MONEY"]
    figures = sorted(record.figures, key=lambda f: f.evidence.start)
    fields = ("value", "unit", "currency", "year", "role")
    assert [tuple(s._.market_fact[k] for k in fields) for s in money] == [
        tuple(getattr(f, k) for k in fields) for f in figures
    ]
    for span, figure in zip(money, figures, strict=True):
        assert re.findall(r"\d+", span.text) == re.findall(r"\d+", figure.evidence.text)


def test_a_token_glued_to_markup_is_split_where_the_fact_is(nlp) -> None:
    html = (
        "<h1>Widget Market</h1><p>The widget market was valued at USD 5.2 billion in 2024.</p>"
        "<ul><li>Acme Corp.</li><li>Globex Inc.</li></ul>"
    )
    doc = nlp(html)
    assert labelled(doc)[:2] == [("MONEY", "USD 5.2 billion"), ("YEAR", "2024")]
    assert "".join(t.text_with_ws for t in doc) == html  # splitting keeps every character
