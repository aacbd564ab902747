"""Stage 4: the clean text -> sentences and typed mentions (money, percent, year, period).

A blank English spaCy pipeline gives tokenisation; rule components do the
rest: `block_boundaries` forces a sentence break at every block or line
boundary (a heading never runs into the paragraph under it), `sentence_ends`
splits the prose as spaCy's sentencizer does, `abbreviation_joins` undoes
breaks after abbreviations, and `market_mentions` applies the regex rules of
`rules.py` and keeps each mention as a typed, parsed value and as a span in
`doc.spans["mentions"]`. No statistical model is loaded. The components work
on the doc's token arrays (`Doc.to_array`), not on a Python object per token:
that is most of what a blank pipeline costs.
"""

from __future__ import annotations

import bisect
import itertools
import re as std_re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import cast

import numpy as np
import numpy.typing as npt
import regex as re
import spacy
from spacy.attrs import IDX, IS_PUNCT, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex
from spacy.vocab import Vocab
from thinc.types import Ints2d

from . import lang as languages
from . import rules
from .lang import ENGLISH
from .lang import Language as Rules
from .layout import Document
from .tokenizer import ChunkCachedTokenizer


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Money(Mention):
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    multiplier: int
    currency: str | None
    qualifier: str | None


@dataclass(frozen=True)
class Percent(Mention):
    value: Decimal
    qualifier: str | None
    #: The upper end of a range ("5-7%", "between 5.1% and 5.7%"); `value` is the lower.
    high: Decimal | None = None


@dataclass(frozen=True)
class Year(Mention):
    year: int


@dataclass(frozen=True)
class Period(Mention):
    start_year: int
    end_year: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int


@dataclass(frozen=True)
class Annotated:
    """The layout plus what the rule components found in its text."""

    document: Document
    sentences: tuple[Sentence, ...]
    money: tuple[Money, ...]
    percents: tuple[Percent, ...]
    years: tuple[Year, ...]
    periods: tuple[Period, ...]
    #: The language the rules read the text in: "en", "de", "fr", "es".
    language: str = languages.DEFAULT

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _year_starts(self) -> list[int]:
        return [y.start for y in self.years]

    @cached_property
    def _period_starts(self) -> list[int]:
        return [q.start for q in self.periods]

    def years_in(self, lo: int, hi: int) -> tuple[Year, ...]:
        """The years that start at `lo` or later and before `hi`, in order."""
        starts = self._year_starts
        return self.years[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def periods_in(self, lo: int, hi: int) -> tuple[Period, ...]:
        """The periods that start at `lo` or later and before `hi`, in order."""
        starts = self._period_starts
        return self.periods[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    def period_around(self, offset: int) -> Period | None:
        """The period whose span holds `offset` (periods never overlap), or None."""
        at = bisect.bisect_right(self._period_starts, offset) - 1
        return self.periods[at] if at >= 0 and offset < self.periods[at].end else None

    @cached_property
    def _money_starts(self) -> list[int]:
        return [m.start for m in self.money]

    def next_money_start(self, offset: int) -> int:
        """Where the first amount after `offset` starts (the text's end when none does)."""
        at = bisect.bisect_right(self._money_starts, offset)
        return self._money_starts[at] if at < len(self.money) else len(self.text)

    @cached_property
    def money_ends(self) -> list[int]:
        """Where each amount ends, in order."""
        return sorted(m.end for m in self.money)

    @cached_property
    def mention_ends(self) -> list[int]:
        """Where each amount and percentage ends, in order: a clause starts after one."""
        return sorted([m.end for m in self.money] + [p.end for p in self.percents])

    def states_a_figure(self, lo: int, hi: int) -> bool:
        """Does an amount or a percentage start at `lo` or later and before `hi`?"""
        return any(lo <= m.start < hi for m in (*self.money, *self.percents))

    def sentence_at(self, offset: int) -> Sentence:
        i = max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)
        return self.sentences[i]


def currency_of(pre: str | None, post: str | None, lang: Rules = ENGLISH) -> str | None:
    if pre:
        key = pre.replace(" ", " ")
        if key in lang.currency_symbol_overrides:  # "$" in Spanish: pesos as often as dollars
            return lang.currency_symbol_overrides[key]
        return rules.CURRENCY_SYMBOLS.get(key) or rules.CURRENCY_SYMBOLS.get(key.upper())
    if post:
        return rules.CURRENCY_WORDS.get(post.lower()) or rules.CURRENCY_SYMBOLS.get(post)
    return None


def _qualifier(text: str, start: int) -> str | None:
    """The hedge written just before a number: "more than", "about", "nearly"."""
    match = rules.QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    return match.group("qual").lower() if match else None


#: Digits no more than `DIGIT_GAP` characters apart, on one line: the numbers of a figure
#: or a period, and the few words between them ("USD 1.2 to 1.5 billion", "2024-2032").
DIGIT_GAP = 40
_DIGIT_CLUSTER = re.compile(rf"\d(?:[^\n\d]{{0,{DIGIT_GAP}}}+\d)*+")
#: How far before its first digit an amount or a period may start ("US $ ", "between ")
#: and after its last digit it may end (" billion U.S. dollars", " millions d'euros").
BEFORE_DIGITS = 12
AFTER_DIGITS = 40
_WORD_REST = re.compile(r"[^\s]*")


@lru_cache(maxsize=2)  # one text is scanned for amounts, periods and backward periods
def _digit_windows(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches of `text` around its digits, within lines, that hold every amount and
    period: each cluster of digits with `BEFORE_DIGITS` before it and `AFTER_DIGITS`
    after it (to the end of a word), overlapping stretches merged."""
    return tuple(_windows(text))


def _windows(text: str) -> Iterator[tuple[int, int]]:
    start = end = -1
    for cluster in _DIGIT_CLUSTER.finditer(text):
        line_start = text.rfind("\n", 0, cluster.start()) + 1
        line_end = text.find("\n", cluster.end())
        line_end = len(text) if line_end < 0 else line_end
        lo = max(line_start, cluster.start() - BEFORE_DIGITS)
        hi = min(line_end, cluster.end() + AFTER_DIGITS)
        rest = _WORD_REST.match(text, hi)
        hi = min(line_end, rest.end() if rest else hi)  # not in the middle of a word
        if lo <= end:
            end = max(end, hi)
            continue
        if end >= 0:
            yield start, end
        start, end = lo, hi
    if end >= 0:
        yield start, end


def near_digits(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` run near digits only. An amount or a period holds digits
    and never spans lines, so the matches are those of a full scan (a test checks it on
    every corpus release); the large amount pattern no longer tries every position of
    the prose between figures."""
    for start, end in _digit_windows(text):
        yield from pattern.finditer(text, start, end)


#: The longest number read as an amount, separators included: "999,999,999,999,999.99"
#: is a quadrillion. No market is that large in any unit, and past this a float loses
#: the figure's last digits.
MAX_AMOUNT_CHARS = 24


def find_money(text: str, lang: Rules = ENGLISH) -> list[Money]:
    """Every monetary amount in `text`, numbers and scale words read as `lang` writes them.

    Counts, years and bare numbers are not money.
    """
    found: list[Money] = []
    for m in near_digits(rules.money_pattern(lang), text):
        pre, scale = m.group("pre"), m.group("scale") or m.groupdict().get("prescale")
        post = m.group("post") or m.group("postsym")
        currency = currency_of(pre, post, lang)
        scale_key = " ".join(scale.lower().split()) if scale else None
        num, num_start = m.group("num"), m.start("num")
        ranged = m.group("num2") is not None
        if ranged and not pre and _year_not_low_end(text, m, lang):
            # "en 2024 à 9,8 milliards d'euros", "in 2024 to 9.8 billion dollars": a year and
            # the next amount, not a range running from 2024
            num, num_start, ranged = m.group("num2"), m.start("num2"), False
        if currency is None:
            # A bare "1.45 trillion" is money only in a valuation phrase, or as the second
            # amount of a change whose first said the currency: "from USD 5.2 billion in
            # 2024 to 9.8 billion by 2030" (the currency carries over).
            if scale_key is None or scale_key in lang.terse_scales:
                continue
            head = text[max(0, num_start - 40) : num_start]
            carried = _currency_carried(text, num_start, found)
            if not (
                rules.BARE_MONEY_CUE.search(head) or (carried and rules.TO_BEFORE.search(head))
            ):
                continue
            if rules.COUNT_NOUNS.match(text, m.end()):
                continue
            currency = carried
        elif rules.COUNT_NOUNS.match(text, m.end()):
            continue  # "$5 m units" is not how money is written; "USD 5 million units" neither
        if len(num) > MAX_AMOUNT_CHARS:
            continue  # "USD 999...9 billion", 500 digits long: no amount, and no float holds it
        unit, multiplier = lang.scales[scale_key] if scale_key else (None, 1)
        amount_start = m.start("pre") if pre else num_start
        low = rules.parse_amount(num, lang)
        high = rules.parse_amount(m.group("num2"), lang) if ranged else None
        if high is not None and high <= low:
            high = None
        if m.groupdict().get("prescale"):  # "miliyari 88 z'amadolari"
            amount_start = m.start("prescale")
        qualifier = _qualifier(text, amount_start)
        end = m.end()
        found.append(
            Money(
                start=amount_start,
                end=end,
                text=text[amount_start:end],
                value=low,
                low=low if high is not None else None,
                high=high,
                unit=unit,
                multiplier=multiplier,
                currency=currency,
                qualifier=qualifier,
            )
        )
    spelled = _spelled_money(text, lang)
    return sorted([*found, *spelled], key=lambda money: money.start) if spelled else found


#: How far after an amount with a currency a bare amount may take that currency: across
#: "in 2024 to ", "and is projected to reach ", never into another sentence.
CURRENCY_CARRY_REACH = 80
_SENTENCE_BREAK = std_re.compile(r"[.!?;](?:\s|$)|\n")


def _currency_carried(text: str, start: int, found: list[Money]) -> str | None:
    """The currency of the amount said just before `start` in the same sentence, if any."""
    if not found or found[-1].currency is None:
        return None
    last = found[-1]
    if not 0 <= start - last.end <= CURRENCY_CARRY_REACH:
        return None
    return None if _SENTENCE_BREAK.search(text, last.end, start) else last.currency


def _year_not_low_end(text: str, m: re.Match[str], lang: Rules) -> bool:
    """Is the first number of a matched range a year said with its preposition ("in
    2024 to 9.8 billion"), or no smaller than the second ("2024 à 9,8 milliards")?"""
    low = m.group("num")
    if rules.YEAR.fullmatch(low) and rules.YEAR_PREPOSITION_BEFORE.search(
        text, max(0, m.start("num") - 16), m.start("num")
    ):
        return True
    try:
        return rules.parse_amount(low, lang) >= rules.parse_amount(m.group("num2"), lang)
    except ValueError:
        return False


#: How far before its scale word an amount in words may start ("a hundred ") and after
#: it end (" de dólares estadounidenses"): the window each scale word is read in.
SPELLED_BEFORE, SPELLED_AFTER = 16, 40


def _spelled_matches(text: str, lang: Rules) -> Iterator[re.Match[str]]:
    """The matches of the amount-in-words pattern, found around each scale word: a scan
    with `str.find` over the lower-cased text instead of a pattern tried at every
    character (the pattern over a whole release cost a twentieth of its extraction)."""
    pattern = rules.spelled_money_pattern(lang)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ"): offsets move
        yield from pattern.finditer(text)
        return
    found: dict[tuple[int, int], re.Match[str]] = {}
    for word in rules.spelled_scales(lang):
        at = lowered.find(word)
        while at >= 0:
            lo, hi = max(0, at - SPELLED_BEFORE), at + len(word) + SPELLED_AFTER
            for m in pattern.finditer(text, lo, min(len(text), hi)):
                found.setdefault(m.span(), m)
            at = lowered.find(word, at + 1)
    yield from (found[span] for span in sorted(found))


def _spelled_money(text: str, lang: Rules) -> list[Money]:
    """Amounts written in words: "roughly three billion dollars" is USD 3 billion."""
    out = []
    for m in _spelled_matches(text, lang):
        value = Decimal(lang.number_words[" ".join(m.group("num").lower().split())])
        unit, multiplier = lang.scales[m.group("scale").lower()]
        out.append(
            Money(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                value=value,
                low=None,
                high=None,
                unit=unit,
                multiplier=multiplier,
                currency=rules.CURRENCY_WORDS[m.group("post").lower()],
                qualifier=_qualifier(text, m.start()),
            )
        )
    return out


def _bare_rates(text: str, taken: set[int]) -> list[Percent]:
    """Rates whose percent sign was lost: "a CAGR of 29 during the forecast period"."""
    out = []
    for m in rules.CAGR_BARE_NUMBER.finditer(text):
        start, end = m.span("num")
        if start not in taken:
            out.append(
                Percent(
                    start, end, text[start:end], Decimal(m.group("num")), _qualifier(text, start)
                )
            )
    return out


def find_percents(text: str, lang: Rules = ENGLISH) -> list[Percent]:
    """Every percentage in `text`, its number read as `lang` writes it ("12,4 %" in German)."""
    out: list[Percent] = []
    for m in rules.percent_pattern(lang).finditer(text):
        start = m.start("num")
        value = rules.parse_amount(m.group("num"), lang)
        ranged = _percent_range(text, start, value, lang)
        if ranged is not None:  # "5-7%", "5 to 7 percent", "between 5.1% and 5.7%"
            low_start, low = ranged
            if out and out[-1].start >= low_start:
                out.pop()  # "5%" of "between 5% and 7%" was read on its own first
            out.append(
                Percent(
                    start=low_start,
                    end=m.end(),
                    text=text[low_start : m.end()],
                    value=low,
                    qualifier=_qualifier(text, low_start),
                    high=value,
                )
            )
            continue
        sign = rules.MINUS_BEFORE.search(text[max(0, start - 3) : start])
        if sign is not None:  # "a CAGR of -7.9%": the sign belongs to the number
            start, value = max(0, start - 3) + sign.start(), -value
        out.append(
            Percent(
                start=start,
                end=m.end(),
                text=text[start : m.end()],
                value=value,
                qualifier=_qualifier(text, start),
            )
        )
    out += _bare_rates(text, {p.start for p in out})
    return sorted(out, key=lambda p: p.start)


#: How far before a percentage the low end of its range may start: "12.25 percent to ".
RANGE_REACH = 24


def _percent_range(text: str, start: int, high: Decimal, lang: Rules) -> tuple[int, Decimal] | None:
    """The low end of a range the percentage at `start` closes, and where it starts:
    "5-7%", "5 to 7 percent", "5% to 7%", "between 5.1 percent and 5.7 percent". Not
    "from 5% to 7%", a change; not a low end at or above the high one ("2024-7%")."""
    lo = max(0, start - RANGE_REACH)
    m = rules.percent_range_before(lang).search(text, lo, start)
    if m is None:
        return None
    if m.group("sep").lower() == "and" and not rules.BETWEEN_BEFORE.search(text, 0, m.start()):
        return None  # "5% and 7%" is two rates unless "between" opens it
    if rules.FROM_BEFORE.search(text, max(0, m.start() - RANGE_REACH), m.start()):
        return None  # "from 5% to 7%": a change of a rate, not a range
    try:
        low = rules.parse_amount(m.group("low"), lang)
    except ValueError:
        return None
    return (m.start(), low) if low < high else None


def find_years(text: str) -> list[Year]:
    out = []
    for m in rules.YEAR.finditer(text):
        if m.group("fy"):
            digits = m.group("fy")
            year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        else:
            year = int(m.group("year"))
        out.append(Year(m.start(), m.end(), m.group(0), year))
    return out


def find_periods(text: str, lang: Rules = ENGLISH) -> list[Period]:
    """Spans of years: "2024-2032", "von 2024 bis 2030", "entre 2025 et 2033"."""
    out = []
    for m in near_digits(rules.period_pattern(lang), text):
        a = int(m.group("a"))
        b_text = m.group("b")
        b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
        lead = " ".join((m.group("lead") or "").lower().split())
        if m.group("sep").lower() in rules.PERIOD_PAIR_CONNECTORS and (
            lead not in rules.PERIOD_PAIR_LEADS
        ):
            continue  # "in 2024 and 2032" is two years; "between 2024 and 2032" is a span
        if not a < b <= a + 50:
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())  # not the space before
        out.append(Period(start, m.end(), text[start : m.end()], a, b))
    return out


def text_of(doc: Doc) -> str:
    """The doc's text. `Doc.text` joins the tokens again on every access (a millisecond
    for a release); `annotate` puts the text it tokenised in `user_data` instead."""
    text = doc.user_data.get("text")
    return text if isinstance(text, str) else doc.text


#: What starts a "sentence" the splitter cut off after an abbreviation (matched at the
#: token, so no "^"): a lower-case word, an initial ("A., "), or a legal suffix ("Ltd., ").
_CONTINUATION = re.compile(
    rf"""(?:[a-z]                                          # "... approx. | five ..."
      |[A-Z]\.[,\s]                                       # "John A. | B. Smith"
      |(?:{"|".join(re.escape(s) for s in rules.LEGAL_SUFFIXES)})(?:[\s,.]|$))  # "Pvt. | Ltd."
    """,
    re.VERBOSE,
)


@Language.component("abbreviation_joins")
def abbreviation_joins(doc: Doc) -> Doc:
    """Undo sentence breaks the sentencizer made after an abbreviation inside a line:
    "... Bajaj Auto Pvt. | Ltd., TVS Motor ..." and "... Johnson & Johnson Co. | Inc."
    are one sentence, and so is "... Impianti S.r.l., | Frigotecnica ..." (no sentence
    ends on a comma). A break at a new line always stays."""
    text = text_of(doc)
    starts = _sent_starts(doc)
    joined = []
    for i in np.flatnonzero(starts == 1).tolist():  # the sentencizer's breaks, not every token
        if i == 0:
            continue
        token, before = doc[i], doc[i - 1]
        if (
            "\n" not in before.whitespace_
            and "\n" not in before.text
            and (
                _CONTINUATION.match(text, token.idx)
                or before.text in (",", ";")
                or before.text in INLINE_BULLETS  # "• Spend to reach": the bullet opens it
            )
        ):
            joined.append(i)  # no sentence ends on a comma: "S.r.l., Acme"
    return _with_sent_starts(doc, starts, joined, NOT_A_START)


#: SENT_START values as spaCy stores them: a token opens a sentence, or does not.
A_START, NOT_A_START = 1, -1


def _sent_starts(doc: Doc) -> npt.NDArray[np.int64]:
    """The SENT_START of every token (1, -1, or 0 when not yet decided)."""
    return doc.to_array(SENT_START).astype(np.int64)


def _with_sent_starts(
    doc: Doc,
    starts: npt.NDArray[np.int64],
    indices: list[int],
    value: int,
) -> Doc:
    """Set SENT_START of the tokens at `indices` in one call: the token-by-token setter
    scans the whole doc for a parse each time."""
    if indices:
        starts[indices] = value
        doc.from_array([SENT_START], cast(Ints2d, starts.reshape(-1, 1).astype(np.uint64)))
    return doc


#: Bullets written inline, in one paragraph: each opens a sentence of its own.
INLINE_BULLETS = frozenset({"•", "▪", "◦", "●", "■", "►", "➢"})
#: A line's end, after which `block_boundaries` starts a sentence.
_LINE_END = std_re.compile("\n")
#: An inline bullet, where `block_boundaries` also starts a sentence.
_BULLET = std_re.compile("[" + "".join(sorted(INLINE_BULLETS)) + "]")


@Language.component("block_boundaries")
def block_boundaries(doc: Doc) -> Doc:
    """A new line always starts a new sentence: blocks and <br> lines never merge; nor do
    bullets run together in one line ("... practice lead. • Spend to reach US$21 billion
    • Applications to account for ...")."""
    if not len(doc):
        return doc
    text = text_of(doc)
    offsets = doc.to_array(IDX).astype(np.int64)  # where each token starts in the text
    ends = np.array([m.start() for m in _LINE_END.finditer(text)], dtype=np.int64)
    at = np.searchsorted(offsets, ends, side="right") - 1  # the token of each line's end
    opened = (at[at < len(doc) - 1] + 1).tolist()  # the token after a line's end
    for bullet in _BULLET.finditer(text):  # rare: a bullet token opens a sentence
        token = int(np.searchsorted(offsets, bullet.start(), side="right")) - 1
        if offsets[token] == bullet.start() and len(doc[token]) == 1:
            opened.append(token)
    return _with_sent_starts(doc, _sent_starts(doc), opened, A_START)


#: The characters that end a sentence: spaCy's sentencizer's own list.
SENTENCE_END_CHARS = tuple(Sentencizer.default_punct_chars)


@lru_cache(maxsize=1)
def _end_flag(vocab: Vocab) -> int:
    """A lexeme flag of `vocab` set on the sentence-ending characters: read off the token
    array in C, where matching every token's ORTH against the list takes a sort."""
    ends = frozenset(SENTENCE_END_CHARS)
    return int(vocab.add_flag(lambda orth: orth in ends))


@Language.component("sentence_ends")
def sentence_ends(doc: Doc) -> Doc:
    """spaCy's sentencizer, on the token arrays: after a sentence-ending character (and
    any punctuation that follows it, such as a closing quote) the next token opens a
    sentence. Tokens already decided (line ends, bullets) are left as they are. The
    sentencizer does the same token by token, with a Python object for each."""
    if not len(doc):
        return doc
    columns = doc.to_array([_end_flag(doc.vocab), IS_PUNCT])
    ends = columns[:, 0] == 1
    word = ~ends & (columns[:, 1] == 0)
    words = np.flatnonzero(word)
    seen = np.cumsum(ends)[words]  # sentence ends before each word token
    opens = words[seen > np.concatenate(([0], seen[:-1]))]
    guess = np.full(len(doc), NOT_A_START, dtype=np.int64)
    guess[0] = A_START
    guess[opens] = A_START
    starts = _sent_starts(doc)
    undecided = starts == 0
    starts[undecided] = guess[undecided]
    doc.from_array([SENT_START], cast(Ints2d, starts.reshape(-1, 1).astype(np.uint64)))
    return doc


@Language.component("market_mentions")
def market_mentions(doc: Doc) -> Doc:
    """Apply the money / percent / year / period rules and keep them on the doc."""
    text = text_of(doc)
    lang = languages.get(doc.user_data.get("language"))
    found: dict[str, Sequence[Mention]] = {
        "MONEY": find_money(text, lang),
        "PERCENT": find_percents(text, lang),
        "YEAR": find_years(text),
        "PERIOD": find_periods(text, lang),
    }
    spans = []
    for label, mentions in found.items():
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, label=label, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.spans["mentions"] = spans
    doc.user_data["mentions"] = found
    return doc


#: A full stop glued to a citation mark after it: "period.[4]" (Python `re` syntax, as
#: spaCy's tokenizer needs).
CITATION_AFTER_STOP = r"(?<=[A-Za-z])\.(?=\[\d)"


#: spaCy keeps every string it has seen (each number, each name) for the life of the
#: pipeline; over a stream of millions of documents that is memory without end. Past
#: this many strings the pipeline is built again (a sixth of a second). A release brings
#: about 24 strings of its own, so that is once in some 2,000 documents, and peak memory
#: stays at 155 MB over 20,000 documents with numbers of their own (205 MB at 200,000
#: strings; `benchmarks/batch.py --unique`).
MAX_VOCABULARY_STRINGS = 50_000


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The rule pipeline, built once per process."""
    nlp = spacy.blank("en")
    # "41,8 Mrd. EUR", "ca. 5 %": these abbreviations never end a sentence.
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for abbreviation in {a for la in languages.LANGUAGES.values() for a in la.abbreviations}:
        for form in {abbreviation, abbreviation.lower(), abbreviation.capitalize()}:
            tokenizer.add_special_case(form, [{"ORTH": form}])
    # "... over the forecast period.[4] The next ...": a full stop before a citation mark
    # ends the sentence; without this infix "period.[4" is one token and no break is seen.
    infixes = [*(nlp.Defaults.infixes or ()), CITATION_AFTER_STOP]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # An over-long run is one token, not stripped bit by bit (the blank English tokenizer
    # has no token_match of its own to keep; a compiled pattern's match is called from C).
    assert tokenizer.token_match is None
    tokenizer.token_match = _OVER_LONG_RUN.match
    # spaCy's tokens, each run's split remembered (see `extractor.tokenizer`).
    nlp.tokenizer = ChunkCachedTokenizer(tokenizer, nlp.vocab)
    nlp.max_length = MAX_TEXT_LENGTH
    nlp.add_pipe("block_boundaries")
    nlp.add_pipe("sentence_ends")
    nlp.add_pipe("abbreviation_joins")
    nlp.add_pipe("market_mentions")
    return nlp


def _inside(mention: Mention, money: Sequence[Money], starts: list[int]) -> bool:
    """A "year" that is the number of an amount ("USD 2024 million") is not a year.
    `starts` are the amounts' starts, in order (they do not overlap)."""
    at = bisect.bisect_right(starts, mention.start) - 1
    return at >= 0 and mention.start < money[at].end


#: spaCy's tokenizer strips prefixes and suffixes off a run without white space one at
#: a time, which is quadratic in the run's length ("(((((...", a line of base64). No
#: real token or URL is longer than this; a longer run is taken as one token whole.
MAX_RUN_CHARS = 200
#: spaCy refuses texts over `max_length` (a guard for its parser and entity models, which
#: this pipeline does not load). The clean text's size is bounded by the settings' budget
#: (`Settings.max_text_chars`) instead, before the text gets here.
MAX_TEXT_LENGTH = 10**9
_OVER_LONG_RUN = std_re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


def _sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Each sentence's character span in `text` (the doc's text), read off the token
    arrays: iterating `doc.sents` builds a Python object per token."""
    if not len(doc):
        return []
    offsets = doc.to_array(IDX)
    firsts = np.flatnonzero(_sent_starts(doc) == A_START).tolist()
    if not firsts or firsts[0] != 0:
        firsts.insert(0, 0)
    chars = [int(offsets[i]) for i in firsts] + [len(text)]
    return list(itertools.pairwise(chars))


def annotate(layout: Document, language: str | None = None) -> Annotated:
    """Run the rule pipeline over the clean text, read in `language` (None: detect it)."""
    code = language or languages.detect(layout.text)
    nlp = pipeline()
    doc = nlp.make_doc(layout.text)  # runs over MAX_RUN_CHARS are single tokens
    doc.user_data["language"] = code
    doc.user_data["text"] = layout.text
    doc = nlp(doc)
    if len(nlp.vocab.strings) > MAX_VOCABULARY_STRINGS:
        pipeline.cache_clear()  # the next document starts a fresh vocabulary
    block_starts = [b.start for b in layout.blocks]
    sentences = []
    for first, after in _sentence_bounds(doc, layout.text):
        text = layout.text[first:after]
        start = first + len(text) - len(text.lstrip())
        end = first + len(text.rstrip())
        if end <= start:
            continue
        block = max(bisect.bisect_right(block_starts, start) - 1, 0)
        sentences.append(Sentence(start, end, block))
    found = doc.user_data["mentions"]
    money = found["MONEY"]
    starts = [m.start for m in money]
    return Annotated(
        document=layout,
        sentences=tuple(sentences),
        money=tuple(money),
        percents=tuple(found["PERCENT"]),
        years=tuple(y for y in found["YEAR"] if not _inside(y, money, starts)),
        periods=tuple(found["PERIOD"]),
        language=code,
    )
