"""The run-cached tokenizer gives spaCy's own tokens, white space and offsets."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from releases import release_paths
from spacy.tokens import Doc

from extractor import tokenizer as cached_tokenizer
from extractor.layout import layout
from extractor.nlp import pipeline
from extractor.tokenizer import ChunkCachedTokenizer


def _spacy() -> ChunkCachedTokenizer:
    wrapped = pipeline().tokenizer
    assert isinstance(wrapped, ChunkCachedTokenizer)
    return wrapped


def _shape(doc: Doc) -> list[tuple[str, str, int]]:
    return [(t.text, t.whitespace_, t.idx) for t in doc]


def _same_as_spacy(text: str) -> None:
    wrapped = _spacy()
    assert _shape(wrapped(text)) == _shape(wrapped.tokenizer(text))
    assert wrapped(text).text == text


# Texts whose white space, abbreviations and affixes spaCy treats in its own ways.
TEXTS = [
    pytest.param("", id="empty"),
    pytest.param(" ", id="one-space"),
    pytest.param("   ", id="spaces-only"),
    pytest.param(" The market", id="leading-space"),
    pytest.param("  The market", id="two-leading-spaces"),
    pytest.param("The market ", id="trailing-space"),
    pytest.param("The market  ", id="two-trailing-spaces"),
    pytest.param("grew  fast", id="two-spaces-between-words"),
    pytest.param("grew   fast", id="three-spaces-between-words"),
    pytest.param("grew\n fast", id="line-end-then-space"),
    pytest.param("grew \nfast", id="space-then-line-end"),
    pytest.param("grew\n\nfast", id="blank-line"),
    pytest.param("grew\tfast", id="tab"),
    pytest.param("grew\u00a0fast", id="no-break-space"),
    pytest.param("grew \u00a0 fast", id="spaced-no-break-space"),
    pytest.param("the U.S. market, Acme Inc. and Beta Co. Ltd.", id="english-abbreviations"),
    pytest.param("41,8 Mrd. EUR, ca. 5 %", id="german-abbreviations"),
    pytest.param("the market's share (U.S.), e.g. widgets", id="possessive-and-brackets"),
    pytest.param("over the period.[4] The next", id="citation-mark"),
    pytest.param("USD 5,483.81 million (2023-2032) at 15.42%.", id="figures"),
    pytest.param("see https://example.com/a?b=c. Then :) and (:", id="url-and-emoticons"),
    pytest.param("x" * 300 + " tail", id="over-long-run"),
    pytest.param("(" * 250 + "word", id="over-long-run-of-prefixes"),
    pytest.param("don't won't can't", id="contractions"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_are_spacys(text):
    _same_as_spacy(text)
    _same_as_spacy(text)  # the second time from the cache


#: Pieces that spaCy treats in its own ways: white space of every kind, abbreviations and
#: contractions (special cases), brackets, quotes and signs (affixes), numbers.
PIECES = [
    " ", "  ", "\n", "\n\n", "\t", "\u00a0", " \n", "\n ",
    "U.S.", "Inc.", "Mrd.", "e.g.", "'s", "n't", "don't", ":)",
    "(", ")", "[4]", ".", ",", "!", "?", "\"", "’", "-", "–", "%", "$", "€",
    "market", "Widget", "2024", "5,483.81", "15.42%", "USD", "x" * 210,
]  # fmt: skip


@settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "300")),
    deadline=None,
    derandomize=not os.environ.get("PROPERTY_RANDOM"),
)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_tokens_are_spacys_for_any_mix_of_pieces(pieces):
    _same_as_spacy("".join(pieces))


def test_tokens_are_spacys_on_every_release():
    """Every corpus release (and every real one, where ../shared/real is here)."""
    for path in release_paths(real=True):
        text = layout(path.read_text(encoding="utf-8", errors="replace")).text
        _same_as_spacy(text)


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(cached_tokenizer, "MAX_CACHED_RUNS", 5)
    wrapped = ChunkCachedTokenizer(_spacy().tokenizer, pipeline().vocab)
    text = " ".join(f"w{i}" for i in range(12))
    assert [t.text for t in wrapped(text)] == text.split()
    assert list(wrapped.cache) == ["w0", "w1", "w2", "w3", "w4"]  # the first runs, no more
    assert [t.text for t in wrapped("w11 (w0)")] == ["w11", "(", "w0", ")"]
    assert len(wrapped.cache) == 5
    long_run = "y" * (cached_tokenizer.MAX_CACHED_RUN_CHARS + 1)
    fresh = ChunkCachedTokenizer(_spacy().tokenizer, pipeline().vocab)
    fresh(f"{long_run} short")
    assert list(fresh.cache) == ["short"]
