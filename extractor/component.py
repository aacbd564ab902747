"""`market_facts`: the extractor as a spaCy pipeline component.

    nlp = spacy.blank("en")
    nlp.add_pipe("market_facts")                  # found through the `spacy_factories` entry point
    doc = nlp(release_text)
    doc.spans["market_facts"]                     # MONEY, CAGR, YEAR, PERIOD, COMPANY, SEGMENT
    doc.spans["market_facts"][0]._.market_fact    # the fact: the record's entry as a dict

The component reads `doc.text` with the whole extractor (`extractor.extract`), so its
facts are the record's, and places each fact's evidence on the doc's characters. The
evidence offsets point into the clean text (after decode, repair and layout); where
that text differs from `doc.text` (markup, entities, white space, bullets), the words of
the two texts are aligned (difflib) and each fact takes the source words its own words
were aligned with. A fact that cannot be placed (its words are not in `doc.text`) gets
no span and is counted in `doc.user_data["market_facts_unplaced"]`; nothing is placed by
guess. A token that a fact starts or ends inside (markup glued to an amount:
"<td>318.1</td>") is split there.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

import regex as re
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup, Token

from .models import MarketReport
from .pipeline import extract
from .settings import Settings

#: The labels the component writes, one per kind of fact, in the order they are read.
LABELS = ("MONEY", "CAGR", "YEAR", "PERIOD", "COMPANY", "SEGMENT")

#: A figure's year is looked for this many characters after its amount (then before it):
#: "USD 5.2 billion in 2024", "In 2024, ... USD 5.2 billion". The record gives the year
#: but not where it is said.
YEAR_REACH = 80

#: The Span extension each fact is put on.
EXTENSION = "market_fact"


@dataclass(frozen=True)
class Fact:
    """One fact with its place in the clean text."""

    label: str
    start: int
    end: int
    text: str
    fact: dict[str, Any]


def _figure_years(report: MarketReport, text: str) -> Iterator[Fact]:
    """Each dated figure's year, where it is said nearest the amount (after it first)."""
    for index, figure in enumerate(report.figures):
        if figure.year is None:
            continue
        digits = re.compile(rf"(?<!\d){figure.year}(?!\d)")
        end = figure.evidence.end
        after = digits.search(text, end, min(len(text), end + YEAR_REACH))
        before = None
        if after is None:
            head = max(0, figure.evidence.start - YEAR_REACH)
            before = next(reversed(list(digits.finditer(text, head, figure.evidence.start))), None)
        found = after or before
        if found is not None:
            fact = {"year": figure.year, "figure": index, "role": figure.role}
            yield Fact("YEAR", found.start(), found.end(), found.group(0), fact)


def facts_of(report: MarketReport) -> list[Fact]:
    """Every fact of a record that has a place in its clean text, in reading order."""
    text = report.text or ""
    out = [
        *(
            Fact("MONEY", f.evidence.start, f.evidence.end, f.evidence.text, f.model_dump())
            for f in report.figures
        ),
        *(
            Fact("CAGR", g.evidence.start, g.evidence.end, g.evidence.text, g.model_dump())
            for g in report.growth
        ),
        *_figure_years(report, text),
        *(
            Fact("COMPANY", c.evidence.start, c.evidence.end, c.evidence.text, c.model_dump())
            for c in report.companies
        ),
        *(
            Fact("SEGMENT", s.evidence.start, s.evidence.end, s.evidence.text, s.model_dump())
            for s in report.segments
        ),
    ]
    period = report.forecast_period
    if period is not None and period.evidence is not None:
        e = period.evidence
        out.append(Fact("PERIOD", e.start, e.end, e.text, period.model_dump()))
    return sorted(out, key=lambda f: (f.start, -f.end, LABELS.index(f.label)))


#: A word for aligning the clean text with the source: markup, entities and white space
#: fall between words, so the words of both are the same where the text is.
_WORD = re.compile(r"\w+")

#: A fact is placed only when its words lie this close in the source (a multiple of its
#: clean length, plus room for markup): a wider stretch is words matched by chance.
MAX_STRETCH, MARKUP_ROOM = 3, 500


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


class _Alignment:
    """Which word of the source each word of the clean text is (difflib's matching
    blocks over the two word sequences, case-folded)."""

    def __init__(self, clean: str, source: str) -> None:
        self.clean, self.source = _words(clean), _words(source)
        self.clean_starts = [w.start() for w in self.clean]
        matcher = SequenceMatcher(
            None,
            [w.group(0).casefold() for w in self.clean],
            [w.group(0).casefold() for w in self.source],
            autojunk=False,  # frequent words ("the", "market") are what we align on
        )
        self.to_source = {
            block.a + k: block.b + k
            for block in matcher.get_matching_blocks()
            for k in range(block.size)
        }

    def span(self, start: int, end: int, text: str, source: str) -> tuple[int, int] | None:
        """Where the clean text's `start:end` (which reads `text`) is in the source."""
        first = bisect.bisect_left(self.clean_starts, start)
        last = bisect.bisect_left(self.clean_starts, end) - 1
        if first > last or first not in self.to_source or last not in self.to_source:
            return None
        a, b = self.source[self.to_source[first]], self.source[self.to_source[last]]
        head = text[: self.clean[first].start() - start]  # "$" before "5", "€"
        tail = text[self.clean[last].end() - start :]  # "%" after "8.2", "." of "Corp."
        s = a.start() - len(head) if source[: a.start()].endswith(head) else a.start()
        e = b.end() + len(tail) if source.startswith(tail, b.end()) else b.end()
        if e <= s or e - s > MAX_STRETCH * len(text) + MARKUP_ROOM:
            return None
        return s, e


def place(facts: Iterable[Fact], clean: str, source: str) -> Iterator[tuple[Fact, int, int]]:
    """Each fact's characters in `source`: the same offsets when the clean text is the
    source, else the source words its own words were aligned with."""
    if clean == source:
        yield from ((f, f.start, f.end) for f in facts)
        return
    alignment = _Alignment(clean, source)
    for fact in facts:
        found = alignment.span(fact.start, fact.end, fact.text, source)
        if found is not None:
            yield fact, *found


def _split_at(doc: Doc, offsets: set[int]) -> None:
    """Split the tokens that a fact starts or ends inside, so every fact is whole tokens:
    a tokenizer keeps markup glued to words ("<td>318.1</td>" is one token of a blank
    pipeline), as spaCy's own `merge_entities` changes tokens to fit entities."""
    cuts_at = sorted(offsets)
    with doc.retokenize() as retokenizer:
        for token in doc:
            end = token.idx + len(token)
            first = bisect.bisect_right(cuts_at, token.idx)
            inner = [o - token.idx for o in cuts_at[first : bisect.bisect_left(cuts_at, end)]]
            if not inner:
                continue
            cuts = [0, *inner, len(token)]
            orths = [token.text[a:b] for a, b in itertools.pairwise(cuts)]
            # No parse to keep: each piece is its own head.
            heads: list[Token | tuple[Token, int]] = [(token, i) for i in range(len(orths))]
            retokenizer.split(token, orths, heads=heads)


class MarketFacts:
    """Writes the extractor's facts to `doc.spans[spans_key]`, one labelled span each."""

    def __init__(self, name: str, language: str | None, facts: list[str], spans_key: str) -> None:
        unknown = sorted(set(facts) - set(LABELS))
        if unknown:
            raise ValueError(f"market_facts: unknown fact labels {unknown}; known: {LABELS}")
        self.name = name
        self.settings = Settings(language=language, with_text=True)
        self.labels = tuple(label for label in LABELS if label in facts)
        self.spans_key = spans_key
        if not Span.has_extension(EXTENSION):
            Span.set_extension(EXTENSION, default=None)

    def __call__(self, doc: Doc) -> Doc:
        report = extract(doc.text, source=None, settings=self.settings)
        wanted = [f for f in facts_of(report) if f.label in self.labels]
        placed = list(place(wanted, report.text or "", doc.text))
        _split_at(doc, {offset for _, start, end in placed for offset in (start, end)})
        spans: list[Span] = []
        for fact, start, end in placed:
            span = doc.char_span(start, end, label=fact.label)
            if span is None:
                continue
            span._.set(EXTENSION, fact.fact)
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        doc.user_data["market_facts_unplaced"] = len(wanted) - len(spans)
        doc.user_data["market_facts_status"] = report.status
        return doc


@Language.factory(
    "market_facts",
    default_config={"language": None, "facts": list(LABELS), "spans_key": "market_facts"},
)
def make_market_facts(
    nlp: Language, name: str, language: str | None, facts: list[str], spans_key: str
) -> MarketFacts:
    """The `market_facts` factory. `language`: a code of `extractor.lang.LANGUAGES` ("en",
    "de", "pt", ...), or None to detect it per document; `facts`: the labels to write;
    `spans_key`: the span group."""
    return MarketFacts(name, language, facts, spans_key)
