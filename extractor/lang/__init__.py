"""Languages as data: one `Language` per language a release may be written in.

A `Language` holds vocabularies only, never code. `rules.py` turns them into
patterns: the word-level vocabularies (hedges, cues, headings, suffixes) are
merged over all languages, because those words do not collide across the
languages here (a test keeps the stop words apart); the number format and the scale
words, and the periods' connectors, are chosen
per document, because they do collide ("1.234" is 1.234 in English and 1234 in
German; "Billion" is 10^9 in English and 10^12 in German).

Two kinds of entries:

* plain phrases (most fields): written as in a release, matched case-insensitively,
  a space matching any run of white space;
* fields whose name ends in `_patterns`: regular-expression fragments, for the few
  vocabularies with structure (optional modifiers, inflections). They are written
  in non-verbose syntax and inserted into verbose patterns inside `(?-x:...)`.

`detect(text)` picks the language of a document by counting its stop words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

import regex as re  # \w holds combining marks: Tamil vowel signs stay in their word

#: How a hedge bounds the true value: "more than 5" (lower), "nearly 5" (upper), "about 5".
Bound = Literal["lower", "upper", "near"]

#: Section keys of the record, in the order the record lists them.
SECTION_KEYS = ("drivers", "trends", "challenges", "opportunities", "outlook")


def words(text: str) -> tuple[str, ...]:
    """Single words written as one string: `words("der die das")`."""
    return tuple(text.split())


def phrases(text: str) -> tuple[str, ...]:
    """Phrases separated by commas: `phrases("more than, up to")`."""
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _empty_sections() -> Mapping[str, tuple[str, ...]]:
    return {key: () for key in SECTION_KEYS}


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one instance per language
class Language:
    """Everything language-specific the rules need, as data."""

    code: str
    name: str
    #: Frequent function words; disjoint across languages, used only by `detect`.
    stop_words: frozenset[str]

    # --- numbers ---------------------------------------------------------------
    #: The decimal mark: "." in English, "," elsewhere.
    decimal_mark: str
    #: Thousands separators. One number uses one of them throughout.
    group_separators: tuple[str, ...]
    #: Indian digit grouping "1,86,400" (lakh/crore style).
    indian_grouping: bool = False
    #: A comma followed by one or two digits before a scale word or "%" is a decimal
    #: comma ("$2,65 trillion", "3,5%"), as South African and some European English
    #: write it: a thousands comma is always followed by three digits, so this is never
    #: a grouping misread.
    short_decimal_comma: bool = False
    #: Scale words after a number -> (unit name in the record, multiplier). Lower case.
    scales: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: The scale word is written before the number: "miliyari 88" (Kinyarwanda) is 88
    #: billion. The currency still follows the number.
    scale_before_number: bool = False
    #: Scale words that mean money only with a currency beside them ("5 m" is metres).
    terse_scales: frozenset[str] = frozenset()
    #: Scale words whose meaning depends on house style: an amount carrying one is not read.
    ambiguous_scales: tuple[str, ...] = ()
    #: Words between two numbers of a range in one amount: "1.2 to 1.5 billion".
    range_words: tuple[str, ...] = ()
    #: Words between a scale and a currency word: "millions d'euros", "millones de dólares".
    currency_links: tuple[str, ...] = ()
    #: Currency symbols that may follow the number: "41,8 Mrd. €", "5 M€".
    currency_symbols_after: tuple[str, ...] = ()
    #: Currency symbols this language reads differently: "$" is pesos as often as dollars.
    currency_symbol_overrides: Mapping[str, str | None] = field(default_factory=dict)
    #: Numbers written as words, read only before a scale word and a currency word:
    #: "three billion dollars", "sieben Billionen Dollar". Lower case.
    number_words: Mapping[str, int] = field(default_factory=dict)

    # --- words merged over all languages ----------------------------------------
    #: Currency words after the amount -> ISO 4217. Lower case.
    currency_words: Mapping[str, str] = field(default_factory=dict)
    #: Words for "percent" after a number.
    percent_words: tuple[str, ...] = ()
    #: Hedges written before a number -> how they bound the value.
    hedges: Mapping[str, Bound] = field(default_factory=dict)
    #: Nouns that make "N million <noun>" a count, not money.
    count_nouns: tuple[str, ...] = ()
    #: Words right before a bare "N billion" (no currency) that make it money.
    bare_money_cues: tuple[str, ...] = ()
    #: Abbreviations ending in "." that never end a sentence ("Mio.", "ca.").
    abbreviations: tuple[str, ...] = ()

    #: Growth-rate names said before the percentage ("a CAGR of").
    cagr_before_patterns: tuple[str, ...] = ()
    #: Abbreviations of "CAGR", also written in brackets after the name: "(TCAC)".
    cagr_abbreviations: tuple[str, ...] = ()
    #: Said right after the percentage: "7.2% CAGR", "8 % par an".
    cagr_after_patterns: tuple[str, ...] = ()
    #: Right after a percentage, these make it a share, not a rate.
    share_after_patterns: tuple[str, ...] = ()

    #: Words before a period: "from 2024 to 2030", "entre 2025 et 2033".
    period_leads: tuple[str, ...] = ()
    #: Leads that allow a pair connector ("between ... and").
    period_pair_leads: tuple[str, ...] = ()
    #: Filler words between a lead and the first year: "the years", "den Jahren".
    period_fillers: tuple[str, ...] = ()
    #: Words between the two years of a period.
    period_connectors: tuple[str, ...] = ()
    #: Connectors that make a period only after a pair lead ("and", "und", "et", "y").
    period_pair_connectors: tuple[str, ...] = ()
    #: The release names "the forecast period" without giving it.
    forecast_phrase_patterns: tuple[str, ...] = ()
    #: A title's horizon, the year a report forecasts to, as group `year`: "Demand
    #: Forecast To 2025". "The forecast period" of a release ends there.
    title_horizon_patterns: tuple[str, ...] = ()

    #: A preposition right after an amount and before its year: "in 2023", "d'ici 2033".
    year_prepositions: tuple[str, ...] = ()
    #: Filler words between such a preposition and the year: "the end of", "the year".
    year_fillers: tuple[str, ...] = ()
    #: Right after an amount, words making it a price: "$80,000 per ton", "$10 each",
    #: "20 € pro Stück". Not a market's size, unless a time unit follows ("per year").
    #: Only words that mean "per" and nothing else here: not French "par" or Spanish
    #: "por", which also say who estimated it ("estimé à ... par Acme").
    price_words: tuple[str, ...] = ()
    #: The units of time that make "per ..." a yearly (or monthly) size, not a price.
    time_units: tuple[str, ...] = ()
    #: The subset of `year_prepositions` that dates a projection ("by", "bis", "para").
    forecast_prepositions: tuple[str, ...] = ()
    #: The subset meaning exactly "by": a projection even for the base year.
    by_prepositions: tuple[str, ...] = ()
    #: A preposition heading a clause, before its year: "In 2024, the market ...".
    lead_year_prepositions: tuple[str, ...] = ()
    #: A postposition right after a year heading its clause, where the language puts it
    #: after: "2018 ஆம் ஆண்டில்" (Tamil, "in the year 2018").
    lead_year_postpositions: tuple[str, ...] = ()
    #: A preposition later in the clause, after the amount: "... in venture funding in 2024".
    late_year_prepositions: tuple[str, ...] = ()
    #: Said between a growth rate and the last year of its window: "until 2032", "bis 2032".
    rate_end_prepositions: tuple[str, ...] = ()

    #: Left context that makes an amount a projection (verbs, modal words).
    forecast_cues: tuple[str, ...] = ()
    #: Left context that makes an amount the current size.
    base_cues: tuple[str, ...] = ()
    #: Words that put a clause in the future: its amount is not the current size.
    future_cues: tuple[str, ...] = ()
    #: "from" before the first amount of a change: that amount is the base.
    from_words: tuple[str, ...] = ()
    #: "to" / "reach" before the second amount of a change: that amount is a projection.
    to_words: tuple[str, ...] = ()
    #: "from" and "to" that make a change only together, as the two amounts of one
    #: sentence: German "von X auf Y", French "de X à Y". Alone, "von" and "de" say "of".
    paired_from_words: tuple[str, ...] = ()
    paired_to_words: tuple[str, ...] = ()
    #: Money that is not a market size: investments, funding, deals.
    other_money_cues: tuple[str, ...] = ()
    #: A company's own money, whatever else the sentence says: its share price, market
    #: capitalisation, valuation, deal value, proceeds, losses.
    company_money_cues: tuple[str, ...] = ()
    #: Words saying that a sentence is about a market's size.
    market_words: tuple[str, ...] = ()

    # --- layout ------------------------------------------------------------------
    #: Section key -> whole-heading patterns.
    section_heading_patterns: Mapping[str, tuple[str, ...]] = field(default_factory=_empty_sections)
    #: Headings opening the segmentation part ("Marktsegmentierung").
    segmentation_heading_patterns: tuple[str, ...] = ()
    #: "by" in a segmentation dimension: "By Product Type", "nach Produkttyp".
    segment_by: tuple[str, ...] = ()
    #: Said only in a whole heading: "In Terms of Application".
    segment_heading_by: tuple[str, ...] = ()
    #: Articles allowed after `segment_by`: "by the end user", "par le type".
    articles: tuple[str, ...] = ()
    #: Nouns in a key-player heading: "Key Players", "Marktteilnehmer", "acteurs".
    key_player_nouns: tuple[str, ...] = ()
    #: Whole phrases that introduce key players in prose, ending where the list starts.
    key_player_prose_patterns: tuple[str, ...] = ()
    #: "About" openers of the publisher's boilerplate: "About", "Über", "À propos de".
    about_openers: tuple[str, ...] = ()
    #: Contact openers of boilerplate: "Media contact", "Pressekontakt".
    contact_openers: tuple[str, ...] = ()
    #: The noun "market" where a market's name follows it: "Markt für X", "marché des X",
    #: "mercado de X", "market for X".
    market_nouns: tuple[str, ...] = ()
    #: Words joining that noun to the name that follows: "für", "des", "de la", "for".
    market_name_links: tuple[str, ...] = ()
    #: True where a market's name usually follows the noun ("Markt für X"); in English it
    #: precedes it ("the X market") and "market for X" is read only after a region word
    #: ("the global market for X"), since "the market for the next decade" names none.
    name_follows_noun: bool = False
    #: Words that end a market's name (articles, prepositions, verbs): "the", "wurde", "était".
    name_stops: frozenset[str] = frozenset()
    #: Prepositions of place before a region right after a market's name: "in", "en",
    #: "nel" ("Markt für Wärmepumpen in Europa").
    location_prepositions: tuple[str, ...] = ()
    #: Participles whose "by" names an agent, not a segmentation: "led by financial
    #: services (banking, insurance)" is no dimension "financial services".
    agent_participles: tuple[str, ...] = ()
    #: Stop words that join a name when a bare noun follows: "pompes à chaleur" (but
    #: "à l'horizon 2030", "à 18 milliards" end it).
    name_joiners: frozenset[str] = frozenset()
    #: A firm describing itself: "is a", "ist ein", "est un", "es una", "provides".
    self_descriptions: tuple[str, ...] = ()
    #: Words that make such a description a research firm's: "research", "études".
    research_words: tuple[str, ...] = ()
    #: Words naming what kind of firm comes next, not part of its name: "the research
    #: firm", "Unternehmensberatung", "cabinet".
    firm_kinds: tuple[str, ...] = ()
    #: Phrases attributing numbers to a firm named next: "according to", "laut", "selon".
    attributions: tuple[str, ...] = ()
    #: Nouns for a study, before "by"/"von"/"par" and its author: "report", "Studie".
    study_nouns: tuple[str, ...] = ()
    #: "by" after a study noun, with an optional "published": "published by", "publiée par".
    study_by: tuple[str, ...] = ()
    #: Legal suffixes at the end of a company name, as written.
    legal_suffixes: tuple[str, ...] = ()
    #: "and" between the last two names of a list: "A, B and C", "A, B e C".
    conjunctions: tuple[str, ...] = ()
    #: Region names as written (lower case) -> the record's canonical name.
    regions: Mapping[str, str] = field(default_factory=dict)


from . import de, en, es, fr, it, pt, rw, ta  # noqa: E402  (the instances need `Language` above)

ENGLISH: Language = en.ENGLISH
LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        en.ENGLISH,
        de.GERMAN,
        fr.FRENCH,
        es.SPANISH,
        it.ITALIAN,
        pt.PORTUGUESE,
        rw.KINYARWANDA,
        ta.TAMIL,
    )
}
DEFAULT = "en"

# Detection: count stop words among the first words of the document.
#: Words read for detection; the first few thousand words settle the language.
DETECT_WORDS = 4000
#: A language needs at least this many stop-word hits to win: about one sentence of
#: prose (the lists hold the commonest function words, a third of a sentence's words).
#: A title or a table alone is too short to judge, and English is the safe default.
MIN_HITS = 3
#: ...and be at least this share of the words read. Prose in the language runs at 15-30%
#: with these lists; another language that shares a word or two ("y" is Spanish "and"
#: and a Kinyarwanda particle) stays far below.
MIN_SHARE = 0.05
#: ...and at least this many times the hits of the runner-up. English releases quote
#: foreign names ("Nordlicht Marktforschung", "Banco de la Nación") and foreign
#: releases quote English ones ("Key Players", "CAGR"): a clear majority is needed. Not
#: more: Italian prose scores a third to a half of its hits on Spanish words it shares
#: ("del", "al", "con", "una", "lo"), and must still win.
MIN_RATIO = 1.6

#: Words of two letters or more; an apostrophe splits them ("qu'il" counts "qu").
_WORD = re.compile(r"[^\W\d_]{2,}")


#: Scale words shorter than this ("mln", "mil") are abbreviations that name no language.
MIN_SIGNATURE_CHARS = 5

#: Characters read for detection: enough for `DETECT_WORDS` words of any prose.
DETECT_CHARS = 12 * DETECT_WORDS


def _words(text: str) -> list[str]:
    return _WORD.findall(text[:DETECT_CHARS].lower())[:DETECT_WORDS]


def _signature_words(lang: Language) -> frozenset[str]:
    """Words that count for `lang` in detection: its stop words, and its words for
    "market" and its scale words ("marché", "milliards", "millones"), which a one-sentence
    teaser says although it may hold only two or three stop words."""
    scales = (w for w in lang.scales if w.isalpha() and len(w) >= MIN_SIGNATURE_CHARS)
    nouns = (w for w in lang.market_nouns if w.isalpha())
    return lang.stop_words | frozenset(scales) | frozenset(nouns)


def _languages_of_stop_words() -> dict[str, tuple[str, ...]]:
    """Each signature word and the languages it belongs to: one lookup per word, not one a
    language. A word two languages share ("million", "billion") counts for neither."""
    out: dict[str, tuple[str, ...]] = {}
    for code, lang in LANGUAGES.items():
        for word in _signature_words(lang):
            out[word] = (*out.get(word, ()), code)
    return {word: codes for word, codes in out.items() if len(codes) == 1}


_LANGUAGES_OF = _languages_of_stop_words()


def _counts(words: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(LANGUAGES, 0)
    for word in words:
        for code in _LANGUAGES_OF.get(word, ()):
            counts[code] += 1
    return counts


def stop_word_counts(text: str) -> dict[str, int]:
    """How many of the first words of `text` are stop words of each language."""
    return _counts(_words(text))


def detect(text: str) -> str:
    """The code of the language `text` is written in; "en" when none clearly wins."""
    words = _words(text)
    counts = _counts(words)
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_, runner_up) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < MIN_SHARE * len(words) or hits < MIN_RATIO * runner_up:
        return DEFAULT
    return best


def get(code: str | None) -> Language:
    """The language for a code ("en", "de", "fr", "es", "it"); None gives English."""
    if code is None:
        return LANGUAGES[DEFAULT]
    try:
        return LANGUAGES[code]
    except KeyError:
        raise ValueError(
            f"unknown language {code!r}; known: {', '.join(sorted(LANGUAGES))}"
        ) from None


__all__ = [
    "DEFAULT",
    "ENGLISH",
    "LANGUAGES",
    "SECTION_KEYS",
    "Bound",
    "Language",
    "detect",
    "get",
    "phrases",
    "stop_word_counts",
    "words",
]
