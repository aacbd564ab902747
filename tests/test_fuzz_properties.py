"""Generated documents (hypothesis): any bytes give one valid record; a known release
wrapped in random markup, or cut into random text, is still read, and noise around it
adds no figure.

The coverage-guided fuzzer (`fuzz/fuzz_extract.py`, atheris) searches the same space
for hours; these properties run in CI on every change.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import extractor
from extractor.models import MarketReport

PROFILE = settings(
    max_examples=int(os.environ.get("PROPERTY_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # The same examples on every run by default, so CI is red for a change, not for a
    # draw; `make properties` searches afresh with PROPERTY_RANDOM=1 and more examples.
    derandomize=not os.environ.get("PROPERTY_RANDOM"),
)

SENTENCE = "The global widget market was valued at USD 5.2 billion in 2024."
FIGURE = (5.2, 2024)

#: Elements that hold text, elements that hold none, and attributes that do not mark an
#: element as chrome (a release inside class="sidebar" is dropped by design).
TEXT_TAGS = ["p", "div", "span", "section", "article", "li", "td", "b", "em", "a", "main"]
CHROME_TAGS = ["nav", "aside", "footer", "script", "style", "form", "iframe"]
ATTRIBUTES = ["", ' class="x"', ' id="y"', ' role="main"', ' style="font-weight:700"']

#: Text that holds no amount: words, signs, numbers without currency, stray markup.
noise = st.text(
    alphabet=st.sampled_from(list("abcdefgh XYZ.,;:()[]-–%*#|/<>&\n\t0123456789")),
    max_size=200,
).filter(lambda t: "$" not in t and "USD" not in t.upper())
#: The same without markup's own characters, for text inside elements ("<X" would open
#: a tag and swallow what follows, as a browser's parser does too).
element_noise = noise.map(lambda t: t.replace("<", " ").replace(">", " ").replace("&", " "))


@st.composite
def html_around(draw: st.DrawFn, text: str) -> str:
    """`text` nested in random elements, with random siblings of noise and chrome."""
    html = text
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(st.sampled_from(TEXT_TAGS))
        attribute = draw(st.sampled_from(ATTRIBUTES))
        before = draw(element_noise) if draw(st.booleans()) else ""
        html = f"<{tag}{attribute}>{before} {html}</{tag}>" if before else f"<{tag}>{html}</{tag}>"
        if draw(st.booleans()):
            chrome = draw(st.sampled_from(CHROME_TAGS))
            html += f"<{chrome}>USD 99 billion in 2024</{chrome}>"
    closed = draw(st.booleans())  # pages leave tags open
    return f"<html><body>{html}</body></html>" if closed else f"<body>{html}"


#: The errors a document may earn; any other `error.type` is an exception's class name,
#: a crash in our code turned into an error record, and a bug.
DOCUMENT_ERRORS = {"not_a_text_document", "empty_document", "budget_exceeded"}


@PROFILE
@given(st.binary(max_size=3000))
def test_any_bytes_give_one_valid_record(data: bytes) -> None:
    record = extractor.extract(data, source="generated")
    MarketReport.model_validate(record.model_dump())
    assert record.status in ("ok", "error")
    assert (record.error is None) == (record.status == "ok")
    assert record.error is None or record.error.type in DOCUMENT_ERRORS, record.error


@PROFILE
@given(st.text(max_size=3000))
@example("0\n0")  # numbers with no label once ended a one-line table with no rows
def test_any_text_gives_one_valid_record(text: str) -> None:
    record = extractor.extract(text, source="generated")
    MarketReport.model_validate(record.model_dump())
    assert record.status in ("ok", "error")
    assert record.error is None or record.error.type in DOCUMENT_ERRORS, record.error


@PROFILE
@given(st.data())
def test_a_release_in_random_markup_is_read(data: st.DataObject) -> None:
    page = data.draw(html_around(SENTENCE))
    record = extractor.extract(page, source="generated")
    assert record.status == "ok"
    assert [(f.value, f.year) for f in record.figures] == [FIGURE]


@PROFILE
@given(element_noise, element_noise)
@example("chf0", "")  # a currency code in lower case, glued to a digit, is not money
@example("", "0\n0")  # numbers with no label after the release: no table, no crash
def test_noise_around_a_release_adds_no_figure(before: str, after: str) -> None:
    record = extractor.extract(f"{before}\n\n{SENTENCE}\n\n{after}", source="generated")
    assert record.status == "ok"
    assert [(f.value, f.year) for f in record.figures] == [FIGURE]
