"""One fact, many mentions: `merge` folds a figure said again into the first saying."""

import pytest

from extractor import layout, link, merge, nlp
from extractor.extract import extract


def merged(text: str):
    annotated = nlp.annotate(layout.layout(text))
    return merge.merge(link.link(annotated, extract(annotated)))


def _facts(text: str):
    return [
        (float(f.money.value), f.money.unit, f.year, len(f.mentions)) for f in merged(text).figures
    ]


# text, (value, unit, year, number of further mentions) of every figure
CASES = [
    pytest.param(
        "# Widget Market Worth USD 9.8 Billion by 2032\n\nThe widget market will reach USD 9.8 "
        "billion by 2032.",
        [(9.8, "billion", 2032, 1)],
        id="title-and-body",
    ),
    pytest.param(
        "# Widget Market Worth $9.8 Bn\n\nThe widget market will reach USD 9.8 billion by 2032.",
        [(9.8, "billion", 2032, 1)],
        id="year-unsaid-in-the-title-is-taken-from-the-body",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was USD 5.2 billion in 2024.\n\n- Size in 2024: "
        "$5.2 Bn\n- Size in 2032: $9.8 Bn",
        [(5.2, "billion", 2024, 1), (9.8, "billion", 2032, 0)],
        id="highlights-box",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was USD 5.2 billion in 2024 and USD 5.2 billion "
        "in 2025.",
        [(5.2, "billion", 2024, 0), (5.2, "billion", 2025, 0)],
        id="same-value-other-year-stays-two",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was USD 5.2 billion in 2024. The widget market was "
        "USD 5.4 billion in 2024.",
        [(5.2, "billion", 2024, 0), (5.4, "billion", 2024, 0)],
        id="different-values-same-year-stay-two",
    ),
    pytest.param(
        "# Global Widget Market\n\nThe market was USD 5.2 billion in 2024. In Europe, the market "
        "was USD 5.2 billion in 2024.",
        [(5.2, "billion", 2024, 0), (5.2, "billion", 2024, 0)],
        id="other-scope-stays-two",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market was USD 5.2 billion in 2024. The widget market was "
        "USD 5.2 million in 2024.",
        [(5.2, "billion", 2024, 0), (5.2, "million", 2024, 0)],
        id="other-scale-stays-two",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_merge(text, expected):
    assert _facts(text) == expected


def test_the_first_mention_stays_the_evidence():
    text = "# Widget Market Worth USD 9.8 Billion by 2032\n\nIt will reach USD 9.8 billion by 2032."
    ex = merged(text)
    (figure,) = ex.figures
    annotated_text = layout.layout(text).text
    assert annotated_text[figure.money.start : figure.money.end] == "USD 9.8 Billion"
    (again,) = figure.mentions
    assert annotated_text[again.start : again.end] == "USD 9.8 billion"


def _rates(text: str):
    return [
        (str(g.percent.value), g.start_year, g.end_year, len(g.mentions))
        for g in merged(text).growth
    ]


# text, (rate as written, start year, end year, number of further mentions) of every rate
RATE_CASES = [
    pytest.param(
        "# Widget Market to Grow at a CAGR of 8.2% from 2024 to 2032\n\nThe widget market will "
        "grow at a CAGR of 8.2% from 2024 to 2032.",
        [("8.2", 2024, 2032, 1)],
        id="title-and-body",
    ),
    pytest.param(
        "# Widget Market Worth $9 Billion by 2030 | CAGR: 14.2%\n\nThe widget market will grow "
        "at a CAGR of 14.2% from 2021 to 2030.",
        [("14.2", 2021, 2030, 1)],
        id="a-window-half-said-in-the-title-is-the-bodys",
    ),
    pytest.param(
        "# Widget Market to Grow at 19% CAGR\n\nThe widget market will grow at a CAGR of 19.3% "
        "from 2021 to 2030.",
        [("19.3", 2021, 2030, 1)],
        id="a-rounded-title-rate-is-the-precise-one",
    ),
    pytest.param(
        "# Widget Market to Grow at 19% CAGR\n\nThe widget market will grow at a CAGR of 19.6% "
        "from 2021 to 2030.",
        [("19", None, None, 0), ("19.6", 2021, 2030, 0)],
        id="a-rate-that-does-not-round-to-it-stays-apart",
    ),
    pytest.param(
        "# Widget Market\n\nThe widget market will grow at a CAGR of 8.2% from 2024 to 2032. "
        "Another study sees a CAGR of 8.2% from 2020 to 2025.",
        [("8.2", 2024, 2032, 0), ("8.2", 2020, 2025, 0)],
        id="the-same-rate-over-another-window-stays-apart",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATE_CASES)
def test_merge_growth(text, expected):
    assert _rates(text) == expected
