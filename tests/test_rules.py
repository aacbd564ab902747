"""Quick tests in front of the large rule patterns never hide a match."""

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from releases import release_paths

from extractor import rules
from extractor.layout import layout
from extractor.nlp import Annotated, annotate

#: Hypothesis examples per property: the same draws on every run unless PROPERTY_RANDOM
#: is set (as `make properties` does, with more examples).
PROPERTY = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "300")),
    deadline=None,
    derandomize=not os.environ.get("PROPERTY_RANDOM"),
)


# text, the regions found in it (canonical names, in order)
REGION_TEXTS = [
    pytest.param("North America held the largest share.", ["North America"], id="two-words"),
    pytest.param("Sales in the U.S. and Canada rose.", ["U.S.", "Canada"], id="dotted"),
    pytest.param(
        "APAC and MEA grew fastest.",
        ["Asia Pacific", "Middle East and Africa"],
        id="caps",
    ),
    pytest.param("Give us the figures.", [], id="pronoun-us-is-no-region"),
    pytest.param("ASIA-PACIFIC led", ["Asia Pacific"], id="upper-case-hyphenated"),
    pytest.param("Le marché européen croît.", ["Europe"], id="french-adjective"),
    pytest.param("The widget market grew 8% in 2024.", [], id="none"),
    pytest.param("Asian demand", [], id="a-longer-word-is-no-region"),
    pytest.param("Europe¹ led, then Asia²", ["Europe", "Asia"], id="footnote-marks"),
    pytest.param("", [], id="empty"),
]


@pytest.mark.parametrize(("text", "expected"), REGION_TEXTS)
def test_regions_in(text, expected):
    found = [rules.REGIONS[m.group(0).lower()] for m in rules.regions_in(text)]
    assert found == expected
    assert [m.span() for m in rules.regions_in(text)] == [
        m.span() for m in rules.REGION.finditer(text)
    ]
    assert rules.region_of(text) == (expected[0] if expected else None)


#: Pieces of text around region names: names in any case, the marks and letters that
#: may touch them, and the words that begin names without being one.
REGION_PIECES = [
    *sorted(rules.REGIONS)[::7],
    "NORTH AMERICA", "Asia-Pacific", "US", "us", "U.S.", "APAC", "north", "Asian",
    " ", "\n", ",", ".", "-", "(", ")", "¹", "²", "½", "_", "2024", "é", "\u0301", "ſ", "K",
]  # fmt: skip


@PROPERTY
@given(st.lists(st.sampled_from(REGION_PIECES), max_size=12))
def test_the_region_quick_test_hides_no_region_in_any_mix(pieces):
    text = "".join(pieces)
    assert [m.span() for m in rules.regions_in(text)] == [
        m.span() for m in rules.REGION.finditer(text)
    ]


@pytest.fixture(scope="module")
def corpus() -> list[Annotated]:
    """Every corpus release, and every real one where ../shared/real is here, read."""
    return [
        annotate(layout(p.read_text(encoding="utf-8", errors="replace")))
        for p in release_paths(real=True)
    ]


@pytest.fixture(scope="module")
def corpus_texts(corpus: list[Annotated]) -> list[str]:
    """The clean text of every corpus release."""
    return [a.text for a in corpus]


@pytest.fixture(scope="module")
def corpus_sentences(corpus: list[Annotated]) -> list[str]:
    """Every sentence of every corpus release."""
    return [a.text[s.start : s.end] for a in corpus for s in a.sentences]


def test_the_region_quick_test_hides_no_region_on_the_corpus(corpus_sentences):
    """The same regions with the quick test as without it."""
    for text in corpus_sentences:
        assert [m.span() for m in rules.regions_in(text)] == [
            m.span() for m in rules.REGION.finditer(text)
        ], text


# text, whether it speaks of a market's players
PLAYER_TEXTS = [
    pytest.param("Key players include Acme and Beta.", True, id="players"),
    pytest.param("Leading OEMS are investing.", True, id="upper-case-acronym"),
    pytest.param("Top automakers such as Acme", True, id="automakers"),
    pytest.param("The widget market grew 8% in 2024.", False, id="none"),
    pytest.param("Multiplayers and companionship", False, id="inside-other-words"),
]


@pytest.mark.parametrize(("text", "expected"), PLAYER_TEXTS)
def test_player_nouns(text, expected):
    assert bool(rules.KEY_PLAYER_NOUN.search(text)) is expected
    if expected:
        assert rules.MAY_NAME_PLAYERS.search(text.casefold())


def test_the_player_quick_test_hides_no_player_noun_on_the_corpus(corpus_sentences):
    for text in corpus_sentences:
        if rules.KEY_PLAYER_NOUN.search(text):
            assert rules.MAY_NAME_PLAYERS.search(text.casefold()), text


# text, the wire its dateline credits (None: no dateline credit)
DATELINES = [
    pytest.param("LONDON, May 2, 2025 /PRNewswire/ -- The widget market", "PRNewswire", id="slash"),
    pytest.param(
        "Pune, India, Jan. 14, 2025 (GLOBE NEWSWIRE) -- The", "GLOBE NEWSWIRE", id="bracket"
    ),
    pytest.param(
        "Boca Raton, Florida (Newsworthy.ai) Tuesday Nov 11, 2025 The",
        "Newsworthy.ai",
        id="city-first",
    ),
    pytest.param("In 2025 (a record year) sales rose", None, id="a-year-before-a-bracket-alone"),
    pytest.param("The widget market grew 8% in 2024.", None, id="none"),
]


@pytest.mark.parametrize(("text", "wire"), DATELINES)
def test_dateline_wire(text, wire):
    found = rules.dateline_wire(text)
    assert (found and (found.group("wire") or found.group("wire_first"))) == wire
    full = rules.DATELINE_WIRE.search(text)
    assert (found and found.span()) == (full and full.span())


def test_the_dateline_quick_test_hides_no_dateline_on_the_corpus(corpus_texts, corpus_sentences):
    for text in [*corpus_texts, *corpus_sentences]:
        found, full = rules.dateline_wire(text), rules.DATELINE_WIRE.search(text)
        assert (found and found.span()) == (full and full.span()), text[:200]


# text, the firm that describes itself at its start (None: no such description)
SELF_DESCRIPTIONS = [
    pytest.param("Acme Research is a market research firm.", "Acme Research", id="english"),
    pytest.param(
        "Nordlicht Analytics ist ein Analysehaus aus Hamburg.", "Nordlicht Analytics", id="german"
    ),
    pytest.param("ACME INSIGHTS provides Market Study services", "ACME INSIGHTS", id="upper-case"),
    pytest.param("Acme Widgets is a maker of valves.", None, id="no-research-word"),
    pytest.param("The market grew 8% in 2024.", None, id="prose"),
]


@pytest.mark.parametrize(("text", "firm"), SELF_DESCRIPTIONS)
def test_publisher_self(text, firm):
    found = rules.publisher_self(text)
    assert (found and found.group("name")) == firm
    full = rules.PUBLISHER_SELF.match(text)
    assert (full and full.group("name")) == firm


def test_the_call_to_action_quick_test_hides_none_on_the_corpus(corpus):
    for block in (b for a in corpus for b in a.document.blocks):
        found, full = rules.call_to_action(block.text), rules.CALL_TO_ACTION.search(block.text)
        assert (found and found.span()) == (full and full.span()), block.text


def test_the_self_description_quick_test_hides_none_on_the_corpus(corpus):
    for block in (b for a in corpus for b in a.document.blocks):
        found, full = rules.publisher_self(block.text), rules.PUBLISHER_SELF.match(block.text)
        assert (found and found.span()) == (full and full.span()), block.text


#: Pieces around calls to action: phrases in any case, letters that case-fold into
#: theirs ("ſ", the Kelvin sign), and the letters and marks that may touch them.
CALL_PIECES = [
    "Subscribe", "SUBSCRIBE", "ſubscribe", "Click here", "CLIC\u212a HERE", "read more",
    "Request a free sample", "visit www.", "Visit https://", "for more information",
    "ers", "s", " ", "\n", ".", "¹", "_", "é", "\u0301",
]  # fmt: skip


@PROPERTY
@given(st.lists(st.sampled_from(CALL_PIECES), max_size=10))
def test_the_call_to_action_quick_test_hides_none_in_any_mix(pieces):
    text = "".join(pieces)
    found, full = rules.call_to_action(text), rules.CALL_TO_ACTION.search(text)
    assert (found and found.span()) == (full and full.span())
