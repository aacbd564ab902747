"""Stage 4, nlp: money, percentages, years and periods found by rule in running text."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from releases import release_paths

from extractor import nlp, rules
from extractor.lang import LANGUAGES
from extractor.layout import layout
from extractor.nlp import annotate, find_money, find_percents, find_periods, find_years

D = Decimal

# text, (value, unit, currency, low, high), multiplier
MONEY = [
    pytest.param(
        "USD 5,483.81 million",
        (D("5483.81"), "million", "USD", None, None),
        10**6,
        id="usd-thousands-separator",
    ),
    pytest.param(
        "valued at US$ 1.2 billion in 2024",
        (D("1.2"), "billion", "USD", None, None),
        10**9,
        id="us-dollar-sign",
    ),
    pytest.param("$12.5 Bn", (D("12.5"), "billion", "USD", None, None), 10**9, id="dollar-bn"),
    pytest.param(
        "Reaching Usd 104.59 Million",
        (D("104.59"), "million", "USD", None, None),
        10**6,
        id="title-case-code-in-a-headline",
    ),
    pytest.param("USD 780 Mn", (D("780"), "million", "USD", None, None), 10**6, id="usd-mn"),
    pytest.param("EUR 2.3 billion", (D("2.3"), "billion", "EUR", None, None), 10**9, id="eur-code"),
    pytest.param("€2.3bn", (D("2.3"), "billion", "EUR", None, None), 10**9, id="euro-sign-bn"),
    pytest.param("INR 4,500 crore", (D("4500"), "crore", "INR", None, None), 10**7, id="inr-crore"),
    pytest.param("₹75 lakh", (D("75"), "lakh", "INR", None, None), 10**5, id="rupee-lakh"),
    pytest.param(
        "USD 1.45 trillion", (D("1.45"), "trillion", "USD", None, None), 10**12, id="usd-trillion"
    ),
    pytest.param(
        "USD 1.2–1.5 billion",
        (D("1.2"), "billion", "USD", D("1.2"), D("1.5")),
        10**9,
        id="range-one-figure",
    ),
    pytest.param("$4.2B", (D("4.2"), "billion", "USD", None, None), 10**9, id="dollar-B"),
    pytest.param("USD 310M", (D("310"), "million", "USD", None, None), 10**6, id="usd-M"),
    pytest.param("USD 920K", (D("920"), "thousand", "USD", None, None), 10**3, id="usd-K"),
    pytest.param("£410 million", (D("410"), "million", "GBP", None, None), 10**6, id="pound"),
    pytest.param(
        "INR 1,86,400 crore", (D("186400"), "crore", "INR", None, None), 10**7, id="indian-grouping"
    ),
    pytest.param("₩2.1 trillion", (D("2.1"), "trillion", "KRW", None, None), 10**12, id="won"),
    pytest.param("RMB 48 billion", (D("48"), "billion", "CNY", None, None), 10**9, id="renminbi"),
    pytest.param("¥1.12 trillion", (D("1.12"), "trillion", "JPY", None, None), 10**12, id="yen"),
    pytest.param(
        "2.3 billion euros",
        (D("2.3"), "billion", "EUR", None, None),
        10**9,
        id="currency-word-after",
    ),
    pytest.param(
        "valued at 1.45 trillion in 2024",
        (D("1.45"), "trillion", None, None, None),
        10**12,
        id="bare-valuation-no-currency",
    ),
]


@pytest.mark.parametrize(("text", "expected", "multiplier"), MONEY)
def test_find_money(text, expected, multiplier):
    found = find_money(text)
    assert len(found) == 1
    m = found[0]
    assert (m.value, m.unit, m.currency, m.low, m.high) == expected
    assert m.multiplier == multiplier
    assert text[m.start : m.end] == m.text


MONEY_TEXT = [
    pytest.param(
        "valued at US$ 1.2 billion in 2024", "US$ 1.2 billion", None, id="span-excludes-context"
    ),
    pytest.param("more than USD 2 billion", "USD 2 billion", "more than", id="hedge-more-than"),
    pytest.param("about $5 million", "$5 million", "about", id="hedge-about"),
]


@pytest.mark.parametrize(("text", "span", "qualifier"), MONEY_TEXT)
def test_money_span_and_qualifier(text, span, qualifier):
    (m,) = find_money(text)
    assert m.text == span
    assert m.qualifier == qualifier


NOT_MONEY = [
    pytest.param("The firm serves 2000 clients worldwide.", id="count"),
    pytest.param("The market grew in 2024.", id="year"),
    pytest.param("North America held 38.5%.", id="percent"),
    pytest.param("Office No. 5, Pune – 411027, India", id="postcode"),
    pytest.param("Shipments reached 3.2 million units.", id="million-units"),
    pytest.param("The antenna is 5 m tall.", id="metres"),
    pytest.param("see chf0 and usd5 in the log", id="lower-case-code-is-an-identifier"),
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text):
    assert find_money(text) == []


PERCENTS = [
    pytest.param("North America held 38.5% of the market", [(D("38.5"), None)], id="percent-sign"),
    pytest.param("a CAGR of 7.2 percent", [(D("7.2"), None)], id="percent-word"),
    pytest.param("grew 12 per cent", [(D("12"), None)], id="per-cent"),
    pytest.param(
        "expand at a CAGR of 29 during the forecast period",
        [(D("29"), None)],
        id="rate-with-its-sign-lost",
    ),
    pytest.param("a CAGR of about 8.5 over", [(D("8.5"), "about")], id="sign-lost-hedged"),
    pytest.param(
        "a CAGR of more than 28 during the forecast period",
        [(D("28"), "more than")],
        id="sign-lost-any-hedge",
    ),
    pytest.param("a CAGR of 52 8 during the period", [], id="decimal-point-lost-too-unread"),
    pytest.param("the CAGR over 2024-2030 was 7%", [(D("7"), None)], id="a-period-is-no-rate"),
    pytest.param("CAGR 2025", [], id="a-year-is-no-rate"),
    pytest.param("a CAGR of 9.1% in 2024", [(D("9.1"), None)], id="marked-rate-read-once"),
    pytest.param("a CAGR of more than 4.9%", [(D("4.9"), "more than")], id="hedged"),
    pytest.param("from 3% to 4.5%", [(D("3"), None), (D("4.5"), None)], id="two"),
    pytest.param("in 2024 the market", [], id="year-is-not-percent"),
]


@pytest.mark.parametrize(("text", "expected"), PERCENTS)
def test_find_percents(text, expected):
    found = find_percents(text)
    assert [(p.value, p.qualifier) for p in found] == expected
    for p in found:
        assert text[p.start : p.end] == p.text


YEARS = [
    pytest.param("in 2024", [2024], id="calendar"),
    pytest.param("FY2024 revenue", [2024], id="fy-four-digits"),
    pytest.param("FY24 revenue", [2024], id="fy-two-digits"),
    pytest.param("between 2024 and 2032", [2024, 2032], id="two-years"),
    pytest.param("priced at $2024 each", [], id="dollar-amount-not-year"),
    pytest.param("a 2024% jump", [], id="percent-not-year"),
    pytest.param("order 12024", [], id="five-digits"),
    pytest.param("2024E USD 5.2 billion; 2032F USD 9.8 billion", [2024, 2032], id="estimate-marks"),
    pytest.param("model 2024EX and 2032Fs", [], id="longer-suffixes-are-no-marks"),
]


@pytest.mark.parametrize(("text", "expected"), YEARS)
def test_find_years(text, expected):
    assert [y.year for y in find_years(text)] == expected


def test_amount_number_is_not_a_year():
    """ "USD 2024 million" is money; its number must not also count as a year."""
    annotated = annotate(layout("The market was worth USD 2024 million in 2023."))
    assert [y.year for y in annotated.years] == [2023]


PERIODS = [
    pytest.param("2024-2032", (2024, 2032), id="hyphen"),
    pytest.param("2024–2032", (2024, 2032), id="en-dash"),
    pytest.param("2024 to 2032", (2024, 2032), id="to"),
    pytest.param("from 2024 through 2032", (2024, 2032), id="from-through"),
    pytest.param("between 2025 and 2033", (2025, 2033), id="between-and"),
    pytest.param("over the forecast period (2025-2034).", (2025, 2034), id="parenthesised"),
    pytest.param("2024-32", (2024, 2032), id="short-end-year"),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_find_periods(text, expected):
    found = find_periods(text)
    assert [(p.start_year, p.end_year) for p in found] == [expected]


NOT_PERIODS = [
    pytest.param("in 2024 and 2032", id="and-without-between"),
    pytest.param("2032-2024", id="backwards"),
]


@pytest.mark.parametrize("text", NOT_PERIODS)
def test_not_periods(text):
    assert find_periods(text) == []


# --------------------------------------------------------------------------
# The spaCy components: sentence breaks and the mention spans they leave on the doc
# --------------------------------------------------------------------------

# text, the sentences annotate finds
SENTENCES = [
    pytest.param(
        "Players include Bajaj Auto Pvt. Ltd., TVS Motor Co. and Ather. Demand grows.",
        [
            "Players include Bajaj Auto Pvt. Ltd., TVS Motor Co. and Ather.",
            "Demand grows.",
        ],
        id="legal-suffix-after-an-abbreviation",
    ),
    pytest.param(
        "It grows at approx. five percent. Demand grows.",
        ["It grows at approx. five percent.", "Demand grows."],
        id="lower-case-after-an-abbreviation",
    ),
    pytest.param(
        "Key Players\n\nAcme Corp.\n\nLtd. Holdings is next.",
        ["Key Players", "Acme Corp.", "Ltd. Holdings is next."],
        id="a-new-block-always-breaks",
    ),
    pytest.param(
        "Operatori: Berica S.p.A., Calorvento S.r.l., Frigotecnica e Lariane. Poi altro.",
        [
            "Operatori: Berica S.p.A., Calorvento S.r.l., Frigotecnica e Lariane.",
            "Poi altro.",
        ],
        id="no-sentence-ends-on-a-comma",
    ),
    pytest.param(
        "Over the forecast period.[4] The next market grew.",
        ["Over the forecast period.", "[4] The next market grew."],
        id="a-full-stop-before-a-citation-mark",
    ),
    pytest.param(
        "Analysts agree. • Spend to reach USD 21 billion by 2030 • Apps to hold 40%",
        ["Analysts agree.", "• Spend to reach USD 21 billion by 2030", "• Apps to hold 40%"],
        id="inline-bullets-open-sentences",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text, expected):
    a = annotate(layout(text))
    assert [a.text[s.start : s.end] for s in a.sentences] == expected


def test_mention_spans_are_left_on_the_doc_with_their_labels():
    from extractor.nlp import pipeline

    nlp = pipeline()
    doc = nlp.make_doc("The market grew from USD 5.2 billion in 2024 at 8.1% over 2024-2030.")
    doc = nlp(doc)
    assert [(s.label_, s.text) for s in doc.spans["mentions"]] == [
        ("MONEY", "USD 5.2 billion"),
        ("PERCENT", "8.1%"),
        ("YEAR", "2024"),
        ("YEAR", "2024"),  # the period's first year is a year too; "-2030" is not
        ("PERIOD", "over 2024-2030"),
    ]


def _corpus_texts() -> list[str]:
    return [layout(p.read_text(encoding="utf-8", errors="replace")).text for p in release_paths()]


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "it"])
def test_a_scan_near_digits_finds_what_a_full_scan_finds(code):
    """Amounts and periods are looked for near digits only: on every corpus
    release and in every language's number format, nothing is lost or added."""
    lang = LANGUAGES[code]
    for text in _corpus_texts():
        for pattern in (rules.money_pattern(lang), rules.period_pattern(lang)):
            full = [_stripped(m) for m in pattern.finditer(text)]
            near = [_stripped(m) for m in nlp.near_digits(pattern, text)]
            assert near == full


def _stripped(match) -> tuple[int, int, str]:
    """A match without the white space it may open with (a line's end, in a full scan)."""
    text = match.group()
    return match.end() - len(text.lstrip()), match.end(), text.lstrip()


SENTENCE_TEXTS = [
    pytest.param("One. Two! Three? Four", id="ends"),
    pytest.param('He said "stop." Then left.', id="quote-after-the-stop"),
    pytest.param("Wait... what?! Yes.", id="runs-of-ends"),
    pytest.param(". Leading stop", id="leading-stop"),
    pytest.param("No end at all", id="no-end"),
    pytest.param("Line one.\nLine two.\n\nThree", id="new-lines"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", [*SENTENCE_TEXTS, *(_corpus_texts()[:40])])
def test_sentence_ends_match_spacys_sentencizer(text):
    """The array version of the sentencizer opens exactly the sentences spaCy's does."""
    import spacy

    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    ours = spacy.blank("en")
    ours.add_pipe("sentence_ends")
    expected = [t.is_sent_start for t in reference(text)]
    assert [t.is_sent_start for t in ours(text)] == expected


# text, the stretches scanned for amounts and periods
DIGIT_WINDOWS = [
    pytest.param("no digits at all", [], id="none"),
    pytest.param("USD 5 billion", [(0, 13)], id="whole-short-line"),
    pytest.param(
        "Some long opening words of prose here, then USD 5.2 billionaire",
        [(36, 63)],  # "e, then USD 5.2 billionaire"
        id="before-the-digits-and-to-a-word-end",
    ),
    pytest.param("a 1\nb 2", [(0, 3), (4, 7)], id="never-across-lines"),
    pytest.param("1" + " word" * 10 + " 2", [(0, 53)], id="merged-when-overlapping"),
    pytest.param("1" + " word" * 20 + " 2", [(0, 41), (90, 103)], id="apart-when-far"),
]


@pytest.mark.parametrize(("text", "windows"), DIGIT_WINDOWS)
def test_digit_windows(text, windows):
    assert list(nlp._digit_windows(text)) == windows


def test_a_grown_vocabulary_starts_a_fresh_pipeline(monkeypatch):
    """spaCy keeps every string it has seen; past the limit the pipeline is built again,
    and what is read does not change."""
    text = "# Widget Market\n\nThe widget market was valued at USD 5.2 billion in 2024.\n"
    first = annotate(layout(text))
    before = nlp.pipeline()
    monkeypatch.setattr(nlp, "MAX_VOCABULARY_STRINGS", len(before.vocab.strings) // 2)
    again = annotate(layout(text))
    assert nlp.pipeline() is not before
    assert (again.sentences, again.money) == (first.sentences, first.money)


#: Words an amount in words is made of, and words around it, in both languages read.
SPELLED_PIECES = [
    "three",
    "Three",
    "a hundred",
    "sieben",
    "billion",
    "Billion",
    "millions",
    "Billionen",
    "Milliarden",
    "dollars",
    "Dollars",
    "Dollar",
    "euros",
    "Euro",
    "de",
    "users",
    "İstanbul",
    "and",
    ",",
    "\n",
    "  ",
    "-",
    "7",
]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(SPELLED_PIECES), max_size=30), st.sampled_from(["en", "de"]))
def test_amounts_in_words_found_around_scale_words_are_those_of_a_full_scan(pieces, code):
    """The scan around each scale word finds what the pattern finds over the whole text."""
    text = " ".join(pieces)
    lang = LANGUAGES[code]
    full = [m.span() for m in rules.spelled_money_pattern(lang).finditer(text)]
    assert [m.span() for m in nlp._spelled_matches(text, lang)] == full
