"""Rules as data: vocabularies and patterns, kept apart from the code that applies them.

The vocabularies live in `extractor.lang`, one `Language` per language. Word-level
vocabularies (hedges, cues, headings, suffixes) are merged over all languages here,
each written once there; the number format and the scale words differ per language
and are chosen per document: `money_pattern(lang)`, `percent_pattern(lang)`,
`period_pattern(lang)`, `parse_number(text, lang)`. The English patterns keep their
old names (`MONEY`, `PERCENT`, `PERIOD`, `NUMBER`, `SCALES`).

Every pattern here is compiled once at import. Patterns use `re.VERBOSE` with a
comment per line where they are not obvious. Change behaviour here first; the
stage modules should rarely need to change for a new phrasing.

What lives elsewhere: patterns about the shape of the input, not its words
(Markdown bullets and tables in `layout/text.py`, front matter in
`layout/feed.py`, chrome classes in `layout/article.py`, table cell kinds in
`layout/document.py`) stay with the reader that uses them, each commented;
a word vocabulary is never written there.
"""

from __future__ import annotations

import re as std_re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache

import regex as re

from .lang import ENGLISH, LANGUAGES, SECTION_KEYS, Language

# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------

#: Currency marks written before or after a number -> ISO 4217.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "US $": "USD",
    "USD$": "USD",
    "USD": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "S$": "SGD",
    "SGD": "SGD",
    "R$": "BRL",
    "BRL": "BRL",
    "HK$": "HKD",
    "HKD": "HKD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "EUR": "EUR",
    "€": "EUR",
    "GBP": "GBP",
    "£": "GBP",
    "JPY": "JPY",
    "¥": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "INR": "INR",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "KRW": "KRW",
    "₩": "KRW",
    "CHF": "CHF",
    "SEK": "SEK",
    "NOK": "NOK",
    "DKK": "DKK",
    "ZAR": "ZAR",
    "AED": "AED",
    "SAR": "SAR",
    "MXN": "MXN",
}

# --------------------------------------------------------------------------
# Building patterns from the language data
# --------------------------------------------------------------------------


def _union(name: str) -> tuple[str, ...]:
    """One vocabulary of every language, each entry once, in language order."""
    merged: dict[str, None] = {}
    for lang in LANGUAGES.values():
        merged.update(dict.fromkeys(getattr(lang, name)))
    return tuple(merged)


def _forms(phrase: str) -> tuple[str, ...]:
    """A phrase as written, lower case, with either apostrophe: "d'ici", "d’ici"."""
    lower = phrase.lower()
    return (lower, lower.replace("'", "’")) if "'" in lower else (lower,)


def _phrase(phrase: str) -> str:
    """A plain phrase as a pattern: escaped, any white space between words, either apostrophe."""
    return r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())


def _alt(phrases: Iterable[str], longest_first: bool = True) -> str:
    """Alternation of plain phrases, each once; longest first unless order matters."""
    unique = list(dict.fromkeys(phrases))
    if longest_first:
        unique.sort(key=len, reverse=True)
    return "|".join(_phrase(p) for p in unique)


def _patterns(fragments: Iterable[str]) -> str:
    """Alternation of `*_patterns` fragments (non-verbose syntax) for a verbose pattern."""
    return "|".join(f"(?-x:{f})" for f in dict.fromkeys(fragments))


def _char(c: str) -> str:
    """One character for a verbose pattern: a space or a no-break space must not vanish."""
    return re.escape(c) if c.isascii() else f"\\u{ord(c):04x}"


# --------------------------------------------------------------------------
# Money
# --------------------------------------------------------------------------

#: Currency words written after the amount, every language: "euros", "dólares" -> ISO.
CURRENCY_WORDS: dict[str, str] = {
    word.lower(): iso for lang in LANGUAGES.values() for word, iso in lang.currency_words.items()
}

#: English scale words -> (unit name in the record, multiplier); other languages in `lang`.
SCALES: dict[str, tuple[str, int]] = dict(ENGLISH.scales)

#: Scale words that need a currency mark beside them to mean money ("5 m" is metres).
TERSE_SCALES = ENGLISH.terse_scales

#: Hedges that qualify a number, every language, longest first so "just over" beats "over".
QUALIFIERS: tuple[str, ...] = tuple(
    sorted({h for lang in LANGUAGES.values() for h in lang.hedges}, key=len, reverse=True)
)


def _bounded(bound: str) -> frozenset[str]:
    return frozenset(
        form
        for lang in LANGUAGES.values()
        for hedge, kind in lang.hedges.items()
        if kind == bound
        for form in _forms(hedge)
    )


#: How a hedge bounds the true value, for the CAGR check (lower case, as `_qualifier` gives).
LOWER_BOUND_HEDGES = _bounded("lower")
UPPER_BOUND_HEDGES = _bounded("upper")
NEAR_HEDGES = _bounded("near")

_QUALIFIER_ALT = _alt(QUALIFIERS)
_CURRENCY_PREFIX_ALT = "|".join(
    re.escape(c) for c in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
)
#: A currency before the amount as publishers write it, matched case-sensitively: the
#: code in capitals or in title case ("USD", "Usd" in title-cased headlines), never in
#: lower case, where "chf0" or "usd5" is a file name or an identifier, not money.
_CASED_CURRENCY_PREFIX_ALT = "|".join(
    re.escape(form)
    for code in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
    for form in dict.fromkeys([code, code[:1] + code[1:].lower()])
)
_CURRENCY_WORD_ALT = _alt(CURRENCY_WORDS)
_ISO_ALT = "|".join(sorted({c for c in CURRENCY_SYMBOLS if c.isalpha() and c.isupper()}))
_PERCENT_WORD_ALT = _alt(_union("percent_words"))


def number_pattern(lang: Language = ENGLISH) -> str:
    """A number as `lang` writes it, e.g. 19,927.57 (en), 18.640,5 (de), 1 234,5 (fr).

    One separator throughout a number. The number may not run on into more digits or
    into a decimal mark of the other convention: under German rules "1.5" is not a
    number at all, rather than the 1 of "1.5" (a wrong value is never read).
    """
    grouped = [rf"\d{{1,3}}(?:{_char(sep)}\d{{3}}(?!\d))+" for sep in lang.group_separators]
    if lang.indian_grouping:
        grouped.insert(0, r"\d{1,3}(?:,\d{2})+,\d{3}")  # 1,86,400 (lakh / crore grouping)
    return (
        rf"(?:{'|'.join(grouped)}|\d+)"  # the integer part, grouped or plain
        rf"(?:{_char(lang.decimal_mark)}\d+)?"  # the decimals
        r"(?!\d|[.,]\d)"  # and not a longer number read in part
    )


#: An English number as written: Western grouping (19,927.57), Indian grouping (1,86,400).
NUMBER = number_pattern(ENGLISH)

#: A hedge right before a number. Matched backwards from the number, not as part of
#: MONEY / PERCENT: trying every hedge at every character made those scans 2-25x slower.
QUALIFIER_BEFORE = re.compile(
    rf"""(?<![\w])(?P<qual>{_QUALIFIER_ALT})    # more than, rund, environ, más de
    \s+$                                       # right before the number""",
    re.VERBOSE | re.IGNORECASE,
)


#: A decimal comma in a language that groups with commas: one to three digits, a comma,
#: one or two digits and no more ("2,65", "3,5"); a thousands comma takes three.
SHORT_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?!\d|[.,]\d)"


@cache
def money_pattern(lang: Language = ENGLISH) -> re.Pattern[str]:
    """Money as `lang` writes it: its number format and its scale words."""
    number = number_pattern(lang)
    scales = _alt(lang.scales)
    ranges = "|".join(["-", "–", "—", *filter(None, [_alt(lang.range_words)])])
    ambiguous = _alt(lang.ambiguous_scales) or "(?!)"
    links = _alt(lang.currency_links) or "(?!)"
    symbols = "|".join(re.escape(s) for s in lang.currency_symbols_after) or "(?!)"
    if lang.short_decimal_comma:  # "$2,65 trillion": a decimal comma, before a scale only
        number = rf"(?:{SHORT_DECIMAL_COMMA}(?=[\s-]?(?:{scales})(?!\w))|{number})"
    # "miliyari 88": a scale word before the number, where the language writes it there
    prescale = rf"(?:(?<!\w)(?P<prescale>{scales})\s+)?" if lang.scale_before_number else ""
    return re.compile(
        rf"""
        {prescale}
        (?P<pre>(?<![^\W\d_])(?-i:{_CASED_CURRENCY_PREFIX_ALT}))? # currency before: USD, US$, €
        \s?
        (?<![\d.,])(?P<num>{number})                       # the number as written
        (?:                                                # a range: 1.2–1.5 (one figure)
            \s?(?:{ranges})\s?
            (?(pre)(?-i:{_CASED_CURRENCY_PREFIX_ALT})?)\s?        # the range repeats the currency
            (?P<num2>{number})
        )?
        (?!\s?(?:{ambiguous})(?!\w))                       # a house-style scale: not read at all
        (?:[\s-]?(?P<scale>{scales})(?!\w))?               # million, Bn, "-trillion", Mrd.
        (?:
            \s(?:(?:{links})(?:\s+|(?<=['’])))?            # "de", "d'": "millions d'euros"
            (?P<post>{_CURRENCY_WORD_ALT}|(?-i:{_ISO_ALT}))(?!\w)  # "euros", "USD"
          | \s?(?P<postsym>{symbols})                       # "41,8 Mrd. €", "5 M€"
        )?
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def percent_pattern(lang: Language = ENGLISH) -> re.Pattern[str]:
    """A percentage as `lang` writes it: "7.2%" (en), "12,4 %" (de, fr), "5 por ciento"."""
    decimals = _char(lang.decimal_mark)
    short = rf"{SHORT_DECIMAL_COMMA}|" if lang.short_decimal_comma else ""
    return re.compile(
        rf"""
        (?<![\d.,]|\d[eE])(?P<num>{short}\d+(?:{decimals}\d+)?)  # no grouping, not "1e308"
        \s?(?:%|(?:{_PERCENT_WORD_ALT})\b)                 # "%", "percent", "Prozent"
        """,
        re.VERBOSE | re.IGNORECASE,
    )


@cache
def percent_range_before(lang: Language = ENGLISH) -> re.Pattern[str]:
    """The low end of a range, right before the percentage that closes it: "5-", "5 to ",
    "5% to ", "5.1 percent and " (the caller checks "between" before an "and")."""
    decimals = _char(lang.decimal_mark)
    words = "|".join(filter(None, ["to", "and", _alt(lang.range_words)]))
    return re.compile(
        rf"""
        (?<![\d.,\w-])(?P<low>\d{{1,3}}(?:{decimals}\d+)?)       # 5, 12.25: not a year's tail
        (?:\s?(?:%|{_PERCENT_WORD_ALT}))?                       # its own sign: "5% to 7%"
        (?:\s?(?P<sep>[-–—])\s?|\s+(?P<sep>{words})\s+)          # "-", " to ", " and "
        $""",
        re.VERBOSE | re.IGNORECASE,
    )


#: "between" opening a range of rates: "between 5.1 percent and 5.7 percent".
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


@cache
def _bare_number(lang: Language) -> re.Pattern[str]:
    return re.compile(rf"^{number_pattern(lang)}$", re.VERBOSE)


def parse_amount(text: str, lang: Language = ENGLISH) -> Decimal:
    """A number as written in money or a percentage: `parse_number`, or a short decimal
    comma where `lang` allows one ("2,65" -> 2.65)."""
    try:
        return parse_number(text, lang)
    except ValueError:
        if lang.short_decimal_comma and re.fullmatch(SHORT_DECIMAL_COMMA, text.strip()):
            return Decimal(text.strip().replace(",", "."))
        raise


def parse_number(text: str, lang: Language = ENGLISH) -> Decimal:
    """The value of a number as `lang` writes it: "18.640,5" (de) -> 18640.5.

    Raises ValueError for text that is not a number under `lang`'s rules ("1.5" in
    German), so a number is never read with another language's convention.
    """
    text = text.strip()
    if not _bare_number(lang).match(text):
        raise ValueError(f"not a number in {lang.name}: {text!r}")
    for sep in lang.group_separators:
        text = text.replace(sep, "")
    return Decimal(text.replace(lang.decimal_mark, "."))


#: Scale words long enough to follow a number written as a word ("billion", "Milliarden"):
#: not the terse forms, which follow digits ("bn", "Mrd.").
MIN_SPELLED_SCALE_CHARS = 5


@cache
def spelled_scales(lang: Language = ENGLISH) -> tuple[str, ...]:
    """The scale words an amount in words may have, in lower case: "billion", "billionen"."""
    return tuple(k for k in lang.scales if k.isalpha() and len(k) >= MIN_SPELLED_SCALE_CHARS)


@cache
def spelled_money_pattern(lang: Language = ENGLISH) -> re.Pattern[str]:
    """An amount written in words, as `lang` writes it: a number word, a scale word and a
    currency word, all three ("three billion dollars", "sieben Billionen Dollar"). Without
    the scale or the currency a number word is a count, not money."""
    numbers = _alt(lang.number_words) or "(?!)"
    scales = _alt(spelled_scales(lang)) or "(?!)"
    links = _alt(lang.currency_links) or "(?!)"
    return re.compile(
        rf"""(?<![\w-])(?P<num>{numbers})\s+             # three, sieben
        (?P<scale>{scales})\s+                           # billion, Billionen
        (?:(?:{links})(?:\s+|(?<=['’])))?                # "de", "d'"
        (?P<post>{_CURRENCY_WORD_ALT})(?!\w)             # dollars, Dollar, euros""",
        re.VERBOSE | re.IGNORECASE,
    )


MONEY = money_pattern(ENGLISH)

#: The money a table header declares for its bare-number cells: "(EUR million)".
TABLE_UNIT = re.compile(
    rf"(?P<cur>{_CURRENCY_PREFIX_ALT})\s*(?P<scale>(?i:thousand|million|billion|trillion|mn|bn|crore))?"
)

#: The same declared the other way round, as captions write it: "(Millions of U.S.
#: Dollars)", "in billions of euros".
TABLE_UNIT_WORDS = re.compile(
    rf"""(?P<scale>thousand|million|billion|trillion)s?\s+of\s+
    (?P<cur>{_CURRENCY_WORD_ALT})\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: A column of one year's growth rates: "2023 Growth (%)", "Change 2024 (%)".
GROWTH_COLUMN = re.compile(r"\b(?:growth|change)\b", re.IGNORECASE)
#: A column of rates, not of money: "2023 Growth (%)", "Share (%)", "CAGR".
RATE_COLUMN = re.compile(r"%|\b(?:growth|share|cagr|change)\b", re.IGNORECASE)

#: Words that, right after "N million", say the amount is a count, not money.
COUNT_NOUNS = re.compile(
    rf"""\s*(?:{_alt(_union("count_nouns"))})\b      # units, tonnes, Einheiten, personas""",
    re.VERBOSE | re.IGNORECASE,
)

#: A bare "N billion" (no currency) counts as money only right after one of these.
BARE_MONEY_CUE = re.compile(
    rf"""
    (?:{_alt(_union("bare_money_cues"))})             # valued at, worth, bewertet mit
    \s+(?:(?:{_alt(NEAR_HEDGES)})\s+)?$               # "about", "rund"
    """,
    re.VERBOSE | re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Percentages, years, periods
# --------------------------------------------------------------------------

PERCENT = percent_pattern(ENGLISH)

#: A rate with its percent sign lost, right after the words that make it one: "a CAGR of
#: 29 during the forecast period" (crawls strip symbols). Only after these words is a bare
#: number a percentage.
CAGR_BARE_NUMBER = re.compile(
    rf"""\b(?:CAGR|compound\s+annual\s+growth\s+rate)(?:\s*\(CAGR\))?\s+
    (?:of\s+)?(?:(?:{_QUALIFIER_ALT})\s+)?              # a hedge: "more than", "about"
    (?P<num>\d{{1,3}}(?:\.\d+)?)(?![\d.,]?\d)(?![^\W\d_])  # a whole number, not a year, not "1e3"
    (?!\s*(?:%|percent|per\s+cent))                     # a marked percent is read already
    (?!\s+\d)                                          # "52 8": its decimal point lost too
    (?!\s*(?:[-–/]|and\b|to\b)\s*\d)                   # "2024-2030" is a period""",
    re.VERBOSE | re.IGNORECASE,
)

YEAR = re.compile(
    r"""
    (?<![\w$€£¥₹.,-])
    (?:FY\s?'?(?P<fy>\d{4}|\d{2})             # fiscal year: FY2024, FY24
      |(?P<year>(?:19[5-9]|20[0-9])\d)        # a calendar year 1950-2099
       [EFP]?)                                 # "2024E", "2032F": an analyst's estimate mark
    (?![\w%]|,\d|\.\d)
    """,
    re.VERBOSE,
)

#: Leads and connectors that pair two years only together: "between ... and", "entre ... y".
PERIOD_PAIR_LEADS = frozenset(f for p in _union("period_pair_leads") for f in _forms(p))
PERIOD_PAIR_CONNECTORS = frozenset(f for p in _union("period_pair_connectors") for f in _forms(p))


@cache
def period_pattern(lang: Language = ENGLISH) -> re.Pattern[str]:
    """Two years of one span, in `lang`'s words and English's ("2025–2032" is universal).

    Per language, not merged: the connectors are one- and two-letter words ("a", "y",
    "et") that mean nothing between two years in the other languages.
    """
    langs = dict.fromkeys([ENGLISH, lang])
    leads = _alt(p for la in langs for p in la.period_leads)
    fillers = _alt(p for la in langs for p in la.period_fillers)
    connectors = _alt(p for la in langs for p in la.period_connectors)
    return re.compile(
        rf"""
        (?:(?<!\w)(?P<lead>{leads})\s+(?:(?:{fillers})\s+){{0,3}})?  # "from the years", "entre"
        (?:FY\s?)?(?P<a>(?:19|20)\d{{2}})                           # the first year
        \s?(?P<sep>-|–|—|/|{connectors})\s?                          # "-", "to", "bis", "à", "a"
        (?:FY\s?)?(?P<b>(?:19|20)\d{{2}}|\d{{2}})                    # the last year, or "32"
        (?![\w%]|,\d|\.\d)                                           # not a longer number
        """,
        re.VERBOSE | re.IGNORECASE,
    )


PERIOD = period_pattern(ENGLISH)

# --------------------------------------------------------------------------
# Growth rates
# --------------------------------------------------------------------------

_CAGR_ABBREVIATIONS = _alt(_union("cagr_abbreviations"))

#: A growth rate named, whether or not its number can be read: "at a CAGR of 52 8 during
#: the forecast period" (a feed that stripped its punctuation) still states growth.
CAGR_NAMED = re.compile(rf"(?<![\w-])(?:{_CAGR_ABBREVIATIONS})(?![\w-])")

#: Said before the percentage: "a CAGR of", "compound annual growth rate (CAGR) of", "TCAC de".
CAGR_BEFORE = re.compile(
    rf"""
    (?:{_patterns(_union("cagr_before_patterns"))})   # CAGR, Wachstumsrate, taux de croissance
    (?:\s*\((?:{_CAGR_ABBREVIATIONS})\))?            # "(CAGR)", "(TCAC)"
    [^%.;]{{0,40}}$                                  # "of around", "von rund", " at"
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Said after the percentage: "7.2% CAGR", "8% annually", "6 % pro Jahr", "5 % par an".
CAGR_AFTER = re.compile(
    rf"""
    ^\s*(?:\)\s*)?                                   # a closing bracket first: "(7.2%) CAGR"
    (?:{_patterns(_union("cagr_after_patterns"))})
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A one-year change of a market said right before the percentage: "up 7.5%", "an
#: increase of 8%", "expected to grow 7.1%", "forecast to increase 20.4%", "growing 4.8%".
#: English phrasings; the other languages' one-year changes are not read yet.
ANNUAL_CHANGE_BEFORE = re.compile(
    r"""\b(?:up|grow(?:s|ing|th)?|grew|increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose
    |expand(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?)
    (?:\s+(?:of|by|at))?\s+                              # "growth of", "grow by"
    (?:(?:an?|about|around|nearly|some|just)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
#: ... or right after it: "witnessing 5.3 percent growth this year".
ANNUAL_CHANGE_AFTER = re.compile(
    r"\s*(?:annual\s+|yearly\s+)?(?:growth|increase|rise|gain|jump)\b", re.IGNORECASE
)
#: The year a one-year change is for, right after it: "in 2024", "from 2023".
ANNUAL_CHANGE_YEAR = re.compile(
    r"""\s*(?:(?:year[- ]over[- ]year|y-o-y|yoy)\s+)?        # matched at a position: no "^"
    (?P<prep>in|for|from|over|versus|vs\.?)\s+(?:the\s+(?:year\s+)?)?
    (?:FY\s?)?(?P<year>(?:19|20)\d\d)\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: A one-year change's year said relative to the year its sentence is about: "will reach
#: $4.7 trillion in 2024, witnessing 5.3 percent growth this year" (2024), "up from 3.5%
#: the previous year" (2023). "Last year" and "next year" count from the day of
#: publication, which a release seldom says, so they give no year.
RELATIVE_YEARS: dict[str, int] = {
    "this year": 0,
    "the same year": 0,
    "the previous year": -1,
    "the prior year": -1,
    "the year before": -1,
    "the preceding year": -1,
}
#: The same relative year anywhere in a change's tail: "growth in tech spend this year".
RELATIVE_YEAR = re.compile(rf"\b(?P<rel>{_alt(RELATIVE_YEARS)})\b", re.IGNORECASE)
ANNUAL_CHANGE_RELATIVE = re.compile(
    rf"""\s*(?:(?:in|for|during|measured|recorded|seen)\s+)?
    (?P<rel>{_alt(RELATIVE_YEARS)})\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: The year a one-year change is for, after the subject that follows it: "5.3% growth in
#: technology spending by 2024", "a 4% rise in widget sales in 2025".
CHANGE_SUBJECT_YEAR = re.compile(
    r"""\s+(?:in|of)\s+(?:[\w-]+\s+){0,4}?                      # "in technology"
    (?:spending|spend|revenues?|sales|markets?|industry)\s+     # "spending"
    (?P<prep>in|by|for)\s+(?P<year>(?:19|20)\d\d)\b            # "by 2024" """,
    re.VERBOSE | re.IGNORECASE,
)
#: A percentage a change is compared with, right before it: "a boost from the 3.5%
#: measured the previous year", "up from 3.5% in 2023".
COMPARED_FROM = re.compile(
    r"\b(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)
#: A sentence whose subject is the sentence before's: "It is a significant rise from ...".
ANAPHORIC_SUBJECT = re.compile(r"\s*(?:It|This|That)\s+(?:is|was|marks|represents)\b")
#: A one-year change counts only as the growth of something sized like a market:
#: "IT spending ... up 7.5%", not "prices rose 4%".
MARKET_SUBJECT = re.compile(
    r"\b(?:markets?|spending|spend|revenues?|sales|industry|segments?|sector)\b", re.IGNORECASE
)
#: A sentence about growth itself, whose rates are each a year's: "Annual growth will
#: accelerate from 5.5 percent in 2017 to 6.5 percent in 2021" (matched at its start).
GROWTH_SUBJECT = re.compile(
    r"""\s*(?:the\s+)?
    (?:(?:overall|total|annual|yearly|year-over-year|year-on-year)\s+)*  # "Annual"
    growth\b                                                           # "growth"
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: ... with each rate right after "from" or "to": the ends of its path.
PATH_END_BEFORE = re.compile(r"\b(?:from|to)\s+$", re.IGNORECASE)
#: Growth that is not a market's: of prices, wages, an economy.
NOT_MARKET_GROWTH = re.compile(
    r"\b(?:prices?|inflation|GDP|wages?|interest\s+rates?|economy|population)\b", re.IGNORECASE
)

#: A year said earlier in the sentence for the change: "rebound modestly in 2024, growing".
YEAR_BEFORE_CHANGE = re.compile(
    r"\b(?:in|for)\s+(?P<year>(?:19|20)\d\d)\b(?!.*\b(?:19|20)\d\d\b)", re.IGNORECASE
)

#: A table column header that holds growth rates.
CAGR_HEADER = re.compile(
    rf"""
    (?:{_CAGR_ABBREVIATIONS})                        # CAGR, TCAC, TACC
    |(?:{_patterns(_union("cagr_before_patterns"))}) # compound annual growth rate, Wachstumsrate
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A percentage followed by one of these is a share, not a rate.
SHARE_AFTER = re.compile(
    rf"""^\s*(?:{_patterns(_union("share_after_patterns"))})   # share, Marktanteil, cuota""",
    re.VERBOSE | re.IGNORECASE,
)

#: A share noun just before a percentage: "a revenue share of 38%", "share of over 40%".
SHARE_BEFORE = re.compile(
    r"\b(?:market\s+|revenue\s+)?share\s+(?:of\s+)?(?:(?:about|around|nearly|over|more\s+than|"
    r"approximately|roughly|almost|close\s+to)\s+)?$",
    re.IGNORECASE,
)

#: A minus sign before a percentage's number, not a dash between two numbers ("5-7%")
#: or words ("year-on-year -2%" keeps its sign): "-7.9%", "− 2.5%".
MINUS_BEFORE = re.compile(r"(?<![\w.,%)])[-−–]\s?$")
#: Words that say a rate is a decline however its number is written: "declining at a
#: CAGR of 7.9%", "expected to shrink at a compound annual rate of 3%".
DECLINE_BEFORE = re.compile(
    r"""\b(?:declin\w*|shrink\w*|contract\w*|decreas\w*|fall\w*|drop\w*|dip\w*|slid\w*)
    \s+(?:by\s+)?(?:at\s+)?(?:an?\s+)?(?:negative\s+)?
    (?:CAGR|compound(?:ed)?\s+annual(?:\s+growth)?\s+rate|annual\s+rate|rate)\b
    [^.%]{0,25}$""",
    re.VERBOSE | re.IGNORECASE,
)

#: The release speaks of "the forecast period" without naming it.
FORECAST_PHRASE = re.compile(
    rf"""(?:{_patterns(_union("forecast_phrase_patterns"))})  # Prognosezeitraum, etc.""",
    re.VERBOSE | re.IGNORECASE,
)

#: Right after a span, on its line, the title of a forecast it names: "2022-2026 TAM
#: Forecasts", "2025-2030 Outlook". Capitalised, as titles are: "is forecast to" is none,
#: and "Forecast Years: 2025 - 2034" is a label.
FORECAST_TITLE_AFTER = re.compile(
    r"""[^\S\n]+(?:\p{Lu}[\w&-]*[^\S\n]+){0,2}         # on the span's line: "TAM"
    (?:Forecasts?|Outlook|Projections?)\b
    (?!\s+(?i:years?|period))""",
    re.VERBOSE,
)

#: A title's horizon: "... Demand Forecast To 2025", "Prognose bis 2030".
TITLE_HORIZON = re.compile(
    rf"""(?:{_patterns(_union("title_horizon_patterns"))})  # forecast to, outlook through""",
    re.VERBOSE | re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Years and roles of amounts
# --------------------------------------------------------------------------

_YEAR_FILLERS = _alt(_union("year_fillers"))
_PRICE_WORDS = _alt(_union("price_words"))


def _preposition_set(name: str) -> frozenset[str]:
    return frozenset(f for p in _union(name) for f in _forms(p))


#: Prepositions that date a projection: "by 2030", "bis 2032", "d'ici 2033", "para 2032".
FORECAST_PREPOSITIONS = _preposition_set("forecast_prepositions")
#: The ones meaning exactly "by": a projection even when the year is the base year.
BY_PREPOSITIONS = _preposition_set("by_prepositions")

#: A year said with a preposition right after an amount: "in 2023", "im Jahr 2024", "en 2024".
YEAR_AFTER_MONEY = re.compile(
    rf"""^\s*+
    (?:\((?![^()]*\d{{4}})[^()\d]*\d[^()]{{0,40}}\)\s*+)?  # the same in another currency:
    #                                                "USD 5.2 billion (EUR 4.8 billion) in 2024"
    [,(]?\s*+                                        # (possessive: no re-splitting of spaces)
    (?:(?:{_PRICE_WORDS})(?:\s++\p{{L}}++)?\s++)?      # a price's unit: "$80,000 per ton in 2022"
    (?:(?P<prep>{_alt(_union("year_prepositions"), longest_first=False)})  # in, bis, d'ici
       (?!\p{{L}}))?\s*+                              # a whole word
    (?:(?:{_YEAR_FILLERS})\s++)*+                    # "the end of", "zum Jahr", "la fin de"
    (?=(?:FY\s?'?)?\d{{2,4}}\b)                      # then the year""",
    re.VERBOSE | re.IGNORECASE,
)

#: A year preposition right before a number: "in 2024", "en 2024", "im Jahr 2024".
YEAR_PREPOSITION_BEFORE = re.compile(
    rf"""(?<!\w)(?:{_alt(_union("year_prepositions"))})\s+$""", re.VERBOSE | re.IGNORECASE
)

#: A preposition heading a clause, right before its year: "In 2024, ...", "Im Jahr 2024 ...".
YEAR_LEAD = re.compile(
    rf"""
    (?<!\w)({_alt(_union("lead_year_prepositions"))})  # in, by, as of, im Jahr, en, para
    \s+(?:(?:{_YEAR_FILLERS})\s+)*$                  # "the year", "the end of"
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A postposition right after a year heading its clause: "2018 ஆம் ஆண்டில்" (Tamil).
YEAR_LEAD_AFTER = re.compile(
    rf"""\s*(?:{_alt(_union("lead_year_postpositions")) or "(?!)"})(?!\w)  # at the year's end""",
    re.VERBOSE | re.IGNORECASE,
)

#: A preposition right before a year later in the clause: "... funding in 2024", "en 2024".
YEAR_LATE = re.compile(
    rf"""
    \b(?:{_alt(_union("late_year_prepositions"))})   # in, by, for, during, of, im, en
    \s+(?:(?:early|late|mid)[- ])?$                  # "in early 2024"; "By 2027" in titles
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A growth rate's last year said after it: "8% through 2030", "12,4 % bis 2032".
RATE_END_YEAR = re.compile(
    rf"""
    ^[^.;]{{0,30}}?\b(?:{_alt(_union("rate_end_prepositions"))})  # until, bis, hasta
    \s+(?:(?:{_YEAR_FILLERS})\s+)*                   # "the end of"
    (?:FY\s?)?(?P<year>(?:19|20)\d{{2}})\b            # the year
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A rate's first year said alone after it: "growing at a CAGR of 8.2% from 2025", "...
#: starting in 2025". Not the first year of a span ("from 2025 to 2032"). English.
RATE_START_YEAR = re.compile(
    r"""\s*(?:\w+\s+){0,2}?(?:from|since|starting(?:\s+in)?|beginning(?:\s+in)?)\s+
    (?P<year>(?:19|20)\d{2})\b
    (?!\s*(?:-|–|—|to\b|through\b|until\b|and\b))""",
    re.VERBOSE | re.IGNORECASE,
)

#: Left context that makes an amount a projection.
FORECAST_CUE = re.compile(
    rf"""(?<!\w)(?:{_alt(_union("forecast_cues"))})\b  # reach, will, erreichen, atteindre
    [^.;]{{0,60}}$""",
    re.VERBOSE | re.IGNORECASE,
)

#: Left context that makes an amount the current size.
BASE_CUE = re.compile(
    rf"""(?<!\w)(?:{_alt(_union("base_cues"))})\b    # valued, was, bewertet, évalué, valorado
    [^.;]{{0,40}}$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A clause in the future: its amount is not the current size. Case as written.
FUTURE_CUE = re.compile(rf"""\b(?:{_alt(_union("future_cues"))})\b  # will, wird""", re.VERBOSE)

#: A change told in the past: "The market grew at a CAGR of 4.1% from 2019 to 2023,
#: reaching USD 21.3 billion in 2023", "declined from USD 5.2 billion in 2022 to USD 4.8
#: billion in 2023": what it reached is its current size. English.
PAST_CHANGE = re.compile(
    r"""\b(?:grew|rose|increased|expanded|climbed|jumped|surged|soared|advanced|has\s+grown
    |declined|fell|dropped|decreased|shrank|contracted|slipped)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: A rate told as a past trend: "corporate IT budgets have shown only modest gains of 2-3%
#: per year". It has no forecast window: the release's forecast period is not its span.
#: English.
PAST_RATE = re.compile(
    r"""\b(?:(?:have|has)\s+(?:shown|seen|posted|averaged|recorded|grown|risen|been\s+growing)
    |grew|rose|averaged|historically|in\s+recent\s+years|in\s+the\s+past)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: A rate's horizon counted from the release's current year: "through the next five
#: years", "over the coming 5 years".
NEXT_YEARS = re.compile(
    r"""\b(?:over|through|during|in|within|for)\s+the\s+(?:next|coming)\s+
    (?P<count>\d{1,2}|\w+)\s+years\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: An increment, not a size: "is poised to grow by USD 6.95 billion", "an incremental
#: growth of $12 billion". It is money of the market, but no value of it in any year:
#: role "other", never a check's endpoint. ("Added" is left out: "schemes added JPY 45
#: billion of support in 2024" is money of that year.)
INCREMENT_BEFORE = re.compile(
    rf"""(?:\b(?:grow|grows|growing|grew|increase|increases|increasing|increased|expand|expands
        |expanding|expanded|rise|rises|rising|rose|climb|climbs|accelerate|accelerates)\s+by
      |\bincremental\s+(?:growth|revenue|opportunity|spend(?:ing)?)\s+of
      |\b(?:market|industry|it)\s+(?:added|adds|will\s+add|is\s+(?:expected|set|poised)\s+to
        \s+add)                                      # "the market added USD 0.6 billion"
    )\s+(?:(?:{_QUALIFIER_ALT})\s+)?(?:(?:a|an)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
#: "from" right before the first amount of a change (a hedge may sit between).
FROM_BEFORE = re.compile(
    rf"""\b(?:{_alt(_union("from_words"))})\s+       # from, ausgehend von, passer de, desde
    (?:(?:{_QUALIFIER_ALT})\s+)?                     # "from about"
    (?:(?:a|an)\s+)?$                                # "from a $1.1 trillion valuation" """,
    re.VERBOSE | re.IGNORECASE,
)

#: After an amount, the end of a period said before it: "reaching USD 24.4 billion by the
#: end of that period", "... by the end of the forecast period".
PERIOD_END_AFTER = re.compile(
    r"""\s*,?\s*(?:by|at|until)\s+the\s+end\s+of\s+(?:that|the|this)\s+
    (?:forecast\s+|projection\s+)?(?:period|window|horizon)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: "to" / "reach" right before the second amount of a change.
TO_BEFORE = re.compile(
    rf"""\b(?:{_alt(_union("to_words"))})\s+         # to, reach, steigen auf, atteindre
    (?:(?:{_QUALIFIER_ALT})\s+)?$                    # "to nearly" """,
    re.VERBOSE | re.IGNORECASE,
)

#: "von", "de" right before the first amount of a sentence's two ("von X ... auf Y")...
PAIRED_FROM_BEFORE = re.compile(
    rf"""(?<!\w)(?:{_alt(_union("paired_from_words")) or "(?!)"})\s+  # von, de, da
    (?:(?:{_QUALIFIER_ALT})\s+)?$                   # "von rund" """,
    re.VERBOSE | re.IGNORECASE,
)
#: ... and "auf", "à" right before the second: then the first is the base, the second the
#: projection.
PAIRED_TO_BEFORE = re.compile(
    rf"""(?<!\w)(?:{_alt(_union("paired_to_words")) or "(?!)"})\s+    # auf, à, a
    (?:(?:{_QUALIFIER_ALT})\s+)?$                   # "auf über" """,
    re.VERBOSE | re.IGNORECASE,
)

#: The word of a range inside one amount: "$12 to $15 billion", "10 a 12 millones".
RANGE_WORD = re.compile(rf"""\b(?:{_alt(_union("range_words"))})\b  # to, bis, à, a""", re.VERBOSE)
RANGE_SEPARATOR = re.compile(
    rf"""\s?(?:-|–|—|\b(?:{_alt(_union("range_words"))})\b)\s?  # "-", " to ", " bis " """,
    re.VERBOSE,
)

#: Money that is not a market size: deals, investments, funding.
OTHER_MONEY_CUE = re.compile(
    rf"""\b(?:{_alt(_union("other_money_cues"))})\b  # invested, funding, Übernahme, inversión""",
    re.VERBOSE | re.IGNORECASE,
)

#: A company's own money: "a market cap of about $4.5 million", "an all-time high of $93".
#: Read in the clause just before the amount, it wins over any market word.
COMPANY_MONEY_CUE = re.compile(
    rf"""\b(?:{_alt(_union("company_money_cues"))})\b  # market cap, share price""",
    re.VERBOSE | re.IGNORECASE,
)

#: Words saying a sentence is about a market's size: "market", "Markt", "mercado".
MARKET_WORDS = re.compile(
    rf"""\b(?:{_alt(_union("market_words"))})\b      # market, revenue, Umsatz, ventes""",
    re.VERBOSE | re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------

#: Region names as written (lower case), every language -> the record's canonical name.
REGIONS: dict[str, str] = {
    name: region for lang in LANGUAGES.values() for name, region in lang.regions.items()
}

#: Short names that are regions only in capitals ("US", not the pronoun "us").
_UPPERCASE_ONLY = frozenset({"us", "uk", "mea", "apac", "gcc", "uae", "emea", "amer", "apj"})
_REGION_ALT = "|".join(
    re.escape(r) for r in sorted(REGIONS, key=len, reverse=True) if r not in _UPPERCASE_ONLY
)
_REGION_UPPER_ALT = "|".join(re.escape(r.upper()) for r in sorted(_UPPERCASE_ONLY))
#: A region name in running text; not inside a hyphenated place name ("Hauts-de-France").
REGION = re.compile(rf"(?<![\w.-])(?:(?i:{_REGION_ALT})|{_REGION_UPPER_ALT})(?![\w])")


#: An amount summed over several years, not one year's size: "a cumulative USD 50
#: billion", "USD 50 billion in total over 2024-2030", "USD 50 billion cumulatively".
CUMULATIVE_BEFORE = re.compile(
    r"""\b(?:cumulative|cumulated|combined|aggregate)\s+
    (?:(?:[\w-]+\s+){1,6}?(?:will\s+)?(?:total|totals|amount\s+to|come\s+to)\s+  # "cumulative
       (?:about\s+|around\s+|nearly\s+|over\s+|some\s+)?)?$""",  # spending will total"
    re.VERBOSE | re.IGNORECASE,
)
CUMULATIVE_AFTER = re.compile(
    r"""\s*(?:\w+\s+){0,2}?                     # matched at a position: no "^"
    (?:cumulatively|cumulative|in\s+total\s+(?:over|between|from|during)|in\s+aggregate
      |over\s+the\s+(?:next\s+\w+\s+years|forecast\s+period|period|decade))\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: A year that dates a study, not a figure: "Structure Research's 2024 report, the market
#: was valued at ...", "the 2025 edition".
STUDY_AFTER_YEAR = re.compile(
    rf"""\s+(?:(?i:{_alt(_union("study_nouns"))})|edition|update|outlook|guide|survey)\b""",
    re.VERBOSE,
)
#: ... or right after it: "Sports Nutrition Market Report 2025: $45.2 Billion Industry",
#: the edition of the report, not the year of its figures.
STUDY_BEFORE_YEAR = re.compile(
    rf"""\b(?:(?i:{_alt(_union("study_nouns"))})|Edition|Update|Outlook|Guide|Survey)\s+$""",
    re.VERBOSE,
)
#: "..., respectively": the amounts go with the names listed before them, in order.
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: Two capitalised names joined by "and" before a pair of amounts: "The Mobile Services
#: and Fixed Data subcategories ... $221.7 billion and $171.0 billion, respectively".
NAME_PAIR = re.compile(
    r"""(?:\b(?:The|the)\s+)?                             # an article is no part of a name
    (?P<a>(?:[A-Z][\w&/-]*\s+){0,3}[A-Z][\w&/-]*)\s+and\s+
    (?P<b>(?:[A-Z][\w&/-]*\s+){0,3}[A-Z][\w&/-]*)""",
    re.VERBOSE,
)

#: A firm's seat, not a market's scope: "a research firm based in Pune, India".
FIRM_SEAT_BEFORE = re.compile(
    r"\b(?:based|headquartered|located|registered)\s+in\s+(?:[\w.'’-]+,?\s+){0,3}$",
    re.IGNORECASE,
)
#: A bracket that explains the word before it: "North America (the United States and
#: Canada)". Regions inside it are not the clause's scope.
BRACKETED = re.compile(r"\([^()]*\)")

#: The regions a global market is divided into, each with the smaller regions inside it:
#: shares of these add up to the whole at most once ("Middle East and Africa" and
#: "Africa" are not counted together).
MACRO_REGIONS: dict[str, frozenset[str]] = {
    "North America": frozenset(),
    "Europe": frozenset({"Western Europe", "Eastern Europe", "Nordics"}),
    "Asia Pacific": frozenset({"Asia", "Southeast Asia"}),
    "Latin America": frozenset({"South America", "Central America"}),
    "Middle East and Africa": frozenset({"Middle East", "Africa", "GCC"}),
    "South America": frozenset(),
    "Middle East": frozenset({"GCC"}),
    "Africa": frozenset(),
    "Americas": frozenset({"North America", "Latin America", "South America", "Central America"}),
    "EMEA": frozenset({"Europe", "Middle East and Africa", "Middle East", "Africa", "GCC"}),
}


#: The region of a worldwide market, as the record writes it.
GLOBAL = "Global"


def initials(name: str) -> str:
    """The initials of a name's capitalised words: "International Data Corporation" ->
    "IDC"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


#: Runs of letters (not `[^\W\d_]`, which in Python's `re` takes "¹" into "Europe¹").
_LETTER_RUN = re.compile(r"\p{L}+")
#: The first run of letters of every region name, case-folded ("north", "u", "apac").
_REGION_FIRST_WORDS = frozenset(
    runs[0] for name in REGIONS if (runs := _LETTER_RUN.findall(name.casefold()))
)


def may_name_region(text: str) -> bool:
    """Whether `text` holds a word that begins a region name: a quick test before
    `REGION`, which tries its two hundred names at every position. A text without such a
    word never matches it; six sentences in seven of a release have none."""
    return not _REGION_FIRST_WORDS.isdisjoint(_LETTER_RUN.findall(text.casefold()))


def regions_in(text: str) -> list[re.Match[str]]:
    """Every region name in `text`, in order."""
    return list(REGION.finditer(text)) if may_name_region(text) else []


def region_of(text: str) -> str | None:
    """The canonical region named in `text`, if any ("North American" -> "North America")."""
    match = REGION.search(text) if may_name_region(text) else None
    return REGIONS.get(match.group(0).lower()) if match else None


# --------------------------------------------------------------------------
# Layout: headings, sections, segments, key players, boilerplate
# --------------------------------------------------------------------------

#: Section headings -> section key. Matched against the whole heading text.
SECTION_HEADINGS: dict[str, re.Pattern[str]] = {
    key: re.compile(
        rf"""{_patterns(p for la in LANGUAGES.values() for p in la.section_heading_patterns[key])}
        # the heading forms of every language: "Key Drivers", "Wachstumstreiber", "Tendances" """,
        re.VERBOSE | re.IGNORECASE,
    )
    for key in SECTION_KEYS
}

_SEGMENT_BY = _alt(_union("segment_by"))
_ARTICLES = _alt(_union("articles"))
#: An optional article after "by": "by the", "nach dem", "par le", "por el", "par l'".
_ARTICLE = rf"(?:(?:{_ARTICLES})(?:\s+|(?<=['’])))?"

#: A segmentation dimension heading: "Based on Source:", "By Product Type", "Regional Outlook".
SEGMENT_HEADING = re.compile(
    rf"""^(?:(?:segment(?:ation|ed)?|market\ segmentation|classification)\s+)?
    (?:{_alt(_union("segment_by") + _union("segment_heading_by"))})\s+  # by, nach, par, por
    {_ARTICLE}
    (?P<dim>[^:()]{{2,50}}?)\s*[:\-–]?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
#: A table or chart caption that names the dimension after the market: "Sound Recognition
#: Market By Application, 2020-2030, (USD Million)", "Widget Market, by End User (2024)".
SEGMENT_MARKET_BY_HEADING = re.compile(
    rf"""^[^:]{{0,80}}?\b(?:market|industry)\b\s*,?\s*    # "X Market", "X Market,"
    (?:{_SEGMENT_BY})\s+{_ARTICLE}                      # "By", "by the"
    (?P<dim>[^\W\d][\w&/ -]{{1,40}}?)                    # "Application"
    (?:\s*[,:]?\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?|\([^()]*\)))*  # ", 2020-2030, (USD Million)"
    \s*:?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
SEGMENT_OUTLOOK_HEADING = re.compile(
    r"^(?P<dim>[^:()]{2,40}?)\s+(?:outlook|segment|segmentation)\s*:?\s*$", re.IGNORECASE
)
#: "X Outlook" words that name a section, not a segmentation dimension.
NOT_A_DIMENSION = frozenset(
    {"future", "market", "industry", "long-term", "long term", "growth", "overall", "global"}
)
#: Inline dimension with its values in brackets, anywhere in a block:
#: "... segments the market By Product (Hardware, Software, Services), By Technology (...)".
SEGMENT_INLINE = re.compile(
    rf"""(?<![\w])(?<!\b(?:{_alt(_union("agent_participles"))})\s+)  # not "led by"
    (?:{_SEGMENT_BY})\s+{_ARTICLE}     # "by", "nach", "par", "por"
    (?P<dim>[A-Z][\w&/-]*(?:\s+[\w&/-]+){{0,3}}?)\s*
    \((?P<values>[^()]*,[^()]*)(?:\)|,?["”]?\s*$)    # closed, or cut at the end of the text""",
    re.VERBOSE | re.IGNORECASE,
)
#: The next dimension of an inline chain, written without its "by": "By Component
#: (Solution, Services), Technology (Speech Recognition, NLP), Application (...)".
SEGMENT_CHAIN = re.compile(
    r"""\s*,?\s*(?:and\s+)?(?:(?i:by)(?:\s+|(?=[A-Z])))?      # "By", "ByGeography" (run together)
    (?P<dim>[A-Za-z][\w&/-]*(?:\s+[\w&/-]+){0,3}?)\s*  # "Technology", "end user"
    \((?P<values>[^()]*,[^()]*)(?:\)|,?["”]?\s*$)""",
    re.VERBOSE,
)
#: Under a segmentation heading, a line naming a dimension and its values: "Component:
#: Hardware, Software, Services".
SEGMENT_LABEL_VALUES = re.compile(
    r"""^(?P<dim>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3})\s*:\s*   # "End User:"
    (?P<values>[^:]+?)\s*\.?$                                # "A, B, C" """,
    re.VERBOSE,
)
#: A segmentation told in a sentence: "Based on components, the market is classified into
#: A, B and C." / "By application, it is divided into A, B and C."
SEGMENT_SENTENCE = re.compile(
    rf"""(?<![\w])(?:{_SEGMENT_BY})\s+{_ARTICLE}
    (?P<dim>[\w&/-]+(?:\s+[\w&/-]+){{0,3}}?)\s*,\s*
    (?:the\s+(?:[\w-]+\s+){{0,5}}?(?:market|industry)|it)\s+
    (?:is|has\ been|can\ be|are)\s+(?:further\s+)?
    (?:segmented|classified|categori[sz]ed|divided|bifurcated|split|broken\ down)\s+
    (?:in(?:to)?\s+)?
    (?P<values>[^.;]+)""",
    re.VERBOSE | re.IGNORECASE,
)
#: A report title's segmentation: "Widget Market by Component, Deployment Mode,
#: Application (Sentiment Analysis and Text Classification), Vertical (A, and B), and
#: Region". After its "by", each capitalised dimension with values in brackets is one.
SEGMENT_TITLE_BY = re.compile(r"\b(?:market|industry)\s+by\s+(?=[A-Z])", re.IGNORECASE)
SEGMENT_BRACKETED = re.compile(
    r"""(?<![\w(])(?P<dim>[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,3})\s*
    \((?P<values>[^()]*(?:,|\sand\s)[^()]*)\)""",
    re.VERBOSE,
)

#: The end of a text cut short inside a bracket of values, as teasers and feed excerpts
#: end: "..., End User (BFSI," or "by Modality (Store & Forward and… [+10290 chars]".
#: Group "values" is what the bracket holds; "sep" a separator written just before the
#: cut, which shows that the value before it was written in full.
SEGMENT_CUT_BRACKET = re.compile(
    r"""(?:(?i:\bby)\s+|,\s*)                      # "by Modality", ", End User"
    (?P<dim>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,2})\s*  # "End User"
    \((?P<values>[^()]*?)                         # "Store & Forward"
    (?P<sep>,|\s+(?i:and))?                        # "," or " and" right before the cut
    \s*(?:…|\.{3})?\s*(?:\[\+\d+\s+chars\])?   # an ellipsis, a feed's "[+N chars]"
    \s*["”]?\s*$""",
    re.VERBOSE,
)

#: A report table's row head naming a dimension, its values in the next cell: "| By Type
#: | Pumps, Valves, Seals |".
SEGMENT_ROW_HEAD = re.compile(
    rf"""^\W*(?:{_SEGMENT_BY})\s+{_ARTICLE}(?P<dim>[\w&/-]+(?:\s+[\w&/-]+){{0,3}})\W*$""",
    re.VERBOSE | re.IGNORECASE,
)

#: One clause of a run-on segmentation sentence: "The market is segmented by component
#: into hardware, software and services, by end user into homes and offices, and by
#: region." Each "by X into A, B and C" is a dimension; the values end where the next
#: "by" begins (with or without its own "into") or the sentence ends.
SEGMENT_BY_INTO = re.compile(
    r"""(?<![\w])(?:by|based\ on|on\ the\ basis\ of)\s+(?:the\s+)?
    (?P<dim>[\w&/-]+(?:\s+[\w&/-]+){0,3}?)\s+
    into\s+(?:the\s+)?(?:following\s+)?
    (?P<values>(?:(?!,?\s+(?:and\s+)?(?:by|based\ on)\s)[^.;:])+)""",
    re.VERBOSE | re.IGNORECASE,
)
#: The verbs that make a sentence a segmentation: a run-on "by X into" clause is read
#: only in a sentence that says the market is segmented.
SEGMENTED_VERB = re.compile(
    r"\b(?:segmented|classified|categori[sz]ed|divided|bifurcated|split|broken\s+down)\b",
    re.IGNORECASE,
)

#: Counts written as words, for a counted enumeration: "the four IT categories of ...".
#: The language's number words from two on (one is no enumeration).
COUNT_WORDS: dict[str, int] = {
    word: n for word, n in ENGLISH.number_words.items() if n >= 2 and " " not in word
}
#: The nouns of a counted enumeration, each with the dimension it names.
ENUMERATION_NOUNS: dict[str, str] = {
    "categories": "category",
    "segments": "segment",
    "sub-segments": "sub-segment",
    "subsegments": "sub-segment",
    "types": "type",
}
#: A segmentation given as a counted enumeration: "the four IT categories of Software,
#: Hardware, Services and Communications". The count must equal the values listed.
SEGMENT_COUNTED = re.compile(
    rf"""\b(?P<count>{"|".join(COUNT_WORDS)}|\d{{1,2}})\s+
    (?:[\w-]+\s+){{0,2}}?                               # "IT", "main product"
    (?P<dim>{"|".join(re.escape(n) for n in ENUMERATION_NOUNS)})
    (?:\s+of|\s*:)\s+                                   # "categories of", "types:"
    (?P<values>[^.;:()]+)""",
    re.VERBOSE | re.IGNORECASE,
)

#: Inline dimension with a colon, at the start of a block (after an optional label):
#: "By End User: Hospitals, Clinics, Home Care".
SEGMENT_COLON = re.compile(
    rf"""^(?:[^:]{{0,40}}:\s*)?(?:{_SEGMENT_BY})\s+{_ARTICLE}  # "Segments: by", "Nach"
    (?P<dim>[^:()]{{2,40}}?)\s*:\s*(?P<values>[^:]+?)\s*\.?$""",
    re.VERBOSE | re.IGNORECASE,
)
#: A heading that opens the whole segmentation part.
SEGMENTATION_HEADING = re.compile(
    rf"""{_patterns(_union("segmentation_heading_patterns"))}  # Segmentation, Segmentierung""",
    re.VERBOSE | re.IGNORECASE,
)

#: Key-player headings in their many house styles ("Key Player Analysis", "5. Major
#: companies surveyed", "Key Players in the X Market", "Competitive Landscape").
KEY_PLAYER_HEADING = re.compile(
    rf"""\b(?:{_alt(_union("key_player_nouns"))})\b  # players, Marktteilnehmer, acteurs""",
    re.VERBOSE | re.IGNORECASE,
)

#: Key players named in running prose, in English; group "list" runs to the end of the
#: sentence. Each language adds its own phrasings (`key_player_prose`).
_KEY_PLAYER_PROSE_EN = r"""
    (?<!\w)(?:key|major|leading|prominent|top|main|notable|dominant|established|prime|big)\s+
    (?:market\s+|industry\s+)?
    (?:players?|companies|vendors?|manufacturers?|participants?|competitors?|suppliers?|
       providers?|firms|names)
    (?:
        (?:\s+[\w-]+){0,5}?,?\s+(?:include|includes|including|comprise|such\ as|are)
      | \s*(?:are|like|:)                                 # "we track include", ", including"
    )\s*:?\s*
    (?P<list>.+)$"""


@cache
def key_player_prose(code: str | None) -> re.Pattern[str]:
    """Key players named in prose, in English and in the language `code` ("Zu den
    wichtigsten ... gehören"). One language's phrasings, not all five: each costs a scan
    of every sentence, and a release names its players in its own language."""
    fragments = LANGUAGES[code].key_player_prose_patterns if code in LANGUAGES else ()
    own = f"|(?<!\\w)(?:{_patterns(fragments)})(?P<list>.+)$" if fragments else ""
    return re.compile(_KEY_PLAYER_PROSE_EN + own, re.VERBOSE | re.IGNORECASE)


#: The prose rule in every language at once, for a heading or a sentence of unknown language.
KEY_PLAYER_PROSE = re.compile(
    rf"""{_KEY_PLAYER_PROSE_EN}
    |(?<!\w)(?:{_patterns(_union("key_player_prose_patterns"))})  # "Zu den wichtigsten ..."
    (?P<list>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A sentence that opens with the noun: "Suppliers active in the field include A, B and C."
KEY_PLAYER_OPENING = re.compile(
    r"""^\W*(?:the\s+)?(?:players|companies|vendors|manufacturers|participants|competitors|
    suppliers|providers|firms)
    (?:\s+(?:active|operating|profiled|covered|featured|tracked|present)
       (?:\s+in\s+[\w\s-]{0,40}?)?)?
    \s+(?:include|includes|including|such\ as|comprise)\s*:?\s*(?P<list>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A sentence that names the players a previous sentence announced: "... a few large
#: players hold most of the market. These include A, B and C." Read only right after a
#: sentence that speaks of players (`KEY_PLAYER_NOUN`).
KEY_PLAYER_ANAPHORA = re.compile(
    r"""^\W*(?:these|they|those|among\s+them)
    (?:\s+(?:players|companies|vendors|manufacturers|firms|suppliers|providers))?
    \s+(?:include|includes|are|comprise)\s*:?\s*(?P<list>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)
#: The nouns that announce players in the sentence before an anaphora.
KEY_PLAYER_NOUNS: tuple[str, ...] = (
    "players", "companies", "vendors", "manufacturers", "participants", "competitors",
    "suppliers", "OEMs", "automakers", "carmakers",
)  # fmt: skip
KEY_PLAYER_NOUN = re.compile(rf"\b(?:{_alt(KEY_PLAYER_NOUNS)})\b", re.IGNORECASE)
#: The same nouns case-folded, for Python's own `re` over a case-folded text, without
#: word boundaries: a quick test that says yes wherever `KEY_PLAYER_NOUN` would.
MAY_NAME_PLAYERS = std_re.compile("|".join(n.casefold() for n in KEY_PLAYER_NOUNS))

#: One firm's name in a list of examples: one to three capitalised words ("Li Auto").
_EXAMPLE_NAME = r"\p{Lu}[\w&.'’-]*+(?:\s+\p{Lu}[\w&.'’-]*+){0,2}+"
#: Examples of the players a previous sentence spoke of: "... growth rates of top OEMs.
#: For instance, BYD, Tesla, and NIO increased ...". Three names at least, so that a
#: pair of anything capitalised is not read as a list.
KEY_PLAYER_EXAMPLES = re.compile(
    rf"""^\W*(?i:for\s+(?:instance|example)|e\.g\.),?\s+
    (?P<list>{_EXAMPLE_NAME}(?:,\s+{_EXAMPLE_NAME}){{1,}}+,?\s+and\s+{_EXAMPLE_NAME})
    (?![\w&.'’-])""",
    re.VERBOSE,
)

#: Names coordinated with the players they stand beside: "Acme, Beta, and newer players
#: like Gamma are setting the pace". Group "head" holds the names before "and", "tail" the
#: one after "like"; the noun between them is what makes them players.
KEY_PLAYER_COORDINATED = re.compile(
    rf"""^\W*(?P<head>{_EXAMPLE_NAME}(?:,\s+{_EXAMPLE_NAME})*+)     # "Acme, Beta"
    ,?\s+and\s+                                                      # ", and"
    (?i:(?:other|emerging|newer|new|smaller|rival|younger|upstart|challenger)\s+)?
    (?i:players|companies|rivals|competitors|entrants|brands|vendors|platforms)\s+
    (?i:like|such\s+as)\s+                                            # "players like"
    (?P<tail>{_EXAMPLE_NAME})(?![\w&.'’-])                            # "Gamma"
    """,
    re.VERBOSE,
)

#: A firm in apposition to "one of the largest players": "..., with one of the biggest
#: platforms, Gamma League, drawing 11 million users". The superlative and the noun make
#: the name a player; the commas round it make it one name.
KEY_PLAYER_APPOSITION = re.compile(
    rf"""(?i:\bone\s+of\s+the\s+(?:biggest|largest|leading|top|major|best-known|
    most\s+popular|dominant)\s+(?:[a-z-]+\s+)?                        # "one of the biggest"
    (?:players|companies|platforms|vendors|brands|providers|manufacturers|retailers|
    operators|firms|suppliers))                                        # "platforms"
    ,\s+(?P<list>{_EXAMPLE_NAME}),                                      # ", Gamma League,"
    """,
    re.VERBOSE,
)

#: A sentence that calls its subject a player in the market: "Acme Reaffirms Its Position
#: As A Key Player In The Widget Market". Read only for a subject the release names with
#: its stock ticker, so that the subject is a firm, and never in boilerplate.
PLAYER_CLAIM = re.compile(
    r"""\b(?:as|is|remains|becomes|became)\s+(?:a|an|the)\s+
    (?:key|leading|major|dominant|prominent|top)\s+player\s+(?:in|within)\b""",
    re.VERBOSE | re.IGNORECASE,
)  # "a leading provider of ..." is how every firm's About block describes it: no claim
#: Words for the players of a market as rivals, in the sentence before a listed firm that
#: opens the next: "... as several major players battle to dominate new frontiers."
PLAYER_RIVALS = re.compile(r"\b(?:players|competitors|rivals|contenders|entrants)\b", re.I)

#: What follows a firm that only qualifies a person: "Acme (NASDAQ: ACM) founder Jane
#: Doe". Such a firm is not the subject of its sentence.
PERSON_ROLE_AFTER_FIRM = re.compile(
    r"""\s*(?:co-?founder|founder|CEO|chief|chairman|chairwoman|chair|president|
    spokesperson|spokesman|spokeswoman|executive|director|head|analyst)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: Two sentences glued where a page lost its markup: "...applications.DowDuPont, BASF SE"
#: or "...Total S.A.Polyvinyl Chloride": a full stop after a letter, then a capitalised
#: word, with no space between.
GLUED_SENTENCE = re.compile(r"(?<=\p{L}\.)(?=\p{Lu}\p{Ll}+)")

#: A list of names as the subject of a share: "Chemours, Daikin, 3M and Solvay jointly
#: accounted for over 70% of the market share".
KEY_PLAYER_SHARE = re.compile(
    r"""^(?P<list>(?:[\p{Lu}\d][\w&.-]*+(?:\s+\p{Lu}[\w&.-]*+){0,3}+,\s+){1,}  # "A, B,"
    [\p{Lu}\d][\w&.-]*+(?:\s+\p{Lu}[\w&.-]*+){0,3}+       # (a name's words whole: "+")
    (?:,?\s+and\s+[\p{Lu}\d][\w&.-]*+(?:\s+\p{Lu}[\w&.-]*+){0,3}+)?)     # "... and C"
    \s+(?:jointly\s+|together\s+|collectively\s+)?
    (?:accounted\s+for|account\s+for|held|hold|captured|controlled|control)\b
    [^.]{0,80}\bshare""",
    re.VERBOSE,
)

#: Stock exchanges, as written in a ticker: "(NASDAQ: VVPR)", "(TSXV:THRM)".
STOCK_EXCHANGES = (
    "NYSE American|NYSE|NASDAQ|Nasdaq|OTCQX|OTCQB|OTC|TSXV|TSX|CSE|ASX|LSE|AIM|HKEX|SGX|NSE|BSE|"
    "Euronext|FSE|Cboe CA|SIX|KRX|TWSE|TYO"
)
#: A company named with its stock ticker: a listed company active in the market.
TICKER_NAME = re.compile(
    rf"""(?P<name>\p{{Lu}}[\w&.'’-]*(?:\s+(?:&\s+)?[\p{{Lu}}\d][\w&.'’-]*){{0,5}}
    (?:,?\s+(?:Inc|Ltd|PLC|plc|Corp|Co|LLC|N\.V|S\.A|AG|SE)\.?)?)   # ", Inc."
    \s*\(\s*(?:{STOCK_EXCHANGES})\s*:\s*[A-Z][A-Z.]{{0,6}}\s*\)""",
    re.VERBOSE,
)
#: Words a title or sentence may open with before a company's name: "How Acme (NASDAQ: X)".
NAME_LEAD_WORDS = re.compile(r"^(?:(?:How|Why|Here's|Here’s|The|For|And|With|As|While)\s+)+")

#: "The competitive landscape is led by A, B and C." / "The market is dominated by ..."
KEY_PLAYER_LED_BY = re.compile(
    r"""(?:(?:competitive\ landscape|market|industry|field|space)\s+(?:is|remains|was)\s+
       (?:led|dominated|shaped|headed)\s+by
    |competitive\ landscape\s+(?:features|includes|comprises))  # "... features A, B and C"
    \s+(?P<list>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A label line that introduces names: "Companies to watch: A, B, C".
KEY_PLAYER_LABEL = re.compile(
    rf"""^[^:]{{0,30}}?\b(?:players?|companies|vendors?|suppliers?|manufacturers?
    |{_alt(_union("key_player_nouns"))})                 # "Principaux acteurs", "Anbieter"
    (?:\s+(?:to\s+watch|profiled|covered|mentioned|in\s+focus))?\s*:\s*(?P<list>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)

#: Regulators and agencies: never key players.
REGULATORS = frozenset(
    {
        "fda",
        "u.s. fda",
        "us fda",
        "food and drug administration",
        "ema",
        "european medicines agency",
        "health canada",
        "who",
        "world health organization",
        "mhra",
        "pmda",
        "nmpa",
        "cdsco",
        "epa",
        "sec",
        "ftc",
        "fcc",
        "faa",
        "nhtsa",
        "iea",
        "imf",
        "world bank",
        "european commission",
        "european union",
        "eu",
    }
)

#: Legal suffixes at the end of a company name, one token each, in written forms.
LEGAL_SUFFIXES: tuple[str, ...] = _union("legal_suffixes")
#: "and" in every language, as a regex alternation: "and|und|et|y|e|ed".
CONJUNCTION = rf"(?:{_alt(_union('conjunctions'))})"
#: A legal suffix as written, anywhere in a text: a quick test before reading names.
LEGAL_SUFFIX = re.compile(rf"(?<![\w.])(?:{_alt(LEGAL_SUFFIXES)})(?![\w])")

#: A firm given as an example of what the market's players do, with its legal form:
#: "Acme Widgets, Inc., for instance, is developing ..." or "For example, Acme GmbH
#: launched ...". The legal form is what makes the subject a firm and not a product.
KEY_PLAYER_EXAMPLE = re.compile(
    rf"""^\W*(?P<lead>(?i:for\s+(?:instance|example)),\s+)?    # "For example, "
    (?P<list>\p{{Lu}}[\w&.'’-]*(?:\s+[\p{{Lu}}\d][\w&.'’-]*){{0,4}}  # the name
    ,?\s+(?:{_alt(LEGAL_SUFFIXES)})\.?)                         # ", Inc."
    (?(lead)|,\s+(?i:for\s+(?:instance|example)),)              # else the marker after it
    """,
    re.VERBOSE,
)

#: Trailers after a list of names: "among others", "etc."
LIST_TRAILER = re.compile(
    r"(?<!\s)\s*+(?:,?\s*+(?:among\s+others|and\s+others|and\s+more|etc\.?|and\s+so\s+on|"
    r"amongst\s+others|among\s+other\s+\w+)\b\.?)\s*$",
    re.IGNORECASE,
)

#: "About", "Über", "À propos de", "Acerca de", followed by a space (or right after "d'").
ABOUT_OPENER = rf"""(?:{_alt(_union("about_openers"))})(?:\s+|(?<=['’]))"""

#: Boilerplate openers: everything from here to the end is not the release.
BOILERPLATE_ZONE = re.compile(
    rf"""^\W{{0,3}}(?:
    {ABOUT_OPENER}                                       # About, Über, À propos de, Acerca de
    (?:us|the\s+company|the\s+publisher|[A-Z][\w&.,'’-]*(?:\s+[\w&.,'’-]+){{0,5}})
    |{_alt(_union("contact_openers"))}|                  # contact us, Pressekontakt, contacto
    for\s+(?:more\s+information|further\s+details|media\s+enquiries|inquiries)|
    disclaimer|related\s+(?:reports?|articles|news|stories|research)|
    browse\s+(?:related|more|other)\b.*|more\s+reports?\b.*|trending\s+reports?|
    read\s+more\s+reports|other\s+reports|source:\s*.+|logo:\s*.+|view\s+original\s+content.*)
    \s*[:\-–—]*\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

#: "About Acme Research: Acme is ..." written as one paragraph.
ABOUT_LEAD = re.compile(
    rf"""^\W{{0,3}}{ABOUT_OPENER}
    (?!(?:the|den|die|das|le|la|les|el|los)\s+(?:report|market|study|survey|bericht|markt|
       studie|rapport|marché|étude|informe|mercado|estudio)\b)   # "About the report": release
    [^:–—\n]{{2,60}}?\s*(?:[:–—]|\s-\s)""",
    re.VERBOSE | re.IGNORECASE,
)

#: An About heading, naming who: "About Acme Research", "Über Hohenfels Marktforschung:".
ABOUT_HEADING = re.compile(
    rf"""^\W{{0,3}}{ABOUT_OPENER}(?P<who>[^:–—\n]+?)\s*(?:[:–—]|\s-\s|$)""",
    re.VERBOSE | re.IGNORECASE,
)

#: A block that is only a call to action: "Click here for the full report".
CALL_TO_ACTION = re.compile(
    r"""\b(?:(?:click\ here|request\ (?:a\ |for\ )?(?:free\ )?sample|download\ (?:a\ |the\ |free\ )?
    (?:sample|brochure|pdf|report)|buy\ (?:now|the\ report|this\ report)|get\ (?:a\ |the\ |your\ )?
    (?:free\ )?sample|access\ (?:the\ )?full\ (?:market\ )?report|speak\ to\ (?:an?\ |our\ )?
    analyst|inquire\ before\ buying|enquire\ before|ask\ for\ customi[sz]ation|read\ more|
    view\ (?:the\ )?full\ report|browse\ (?:the\ )?full\ report|purchase\ (?:the\ )?report|
    request\ customi[sz]ation|talk\ to\ our\ analyst|subscribe|for\ more\ information)
    \b                            # whole words: "Subscribers grew" calls for nothing
    |visit\ (?:https?://|www\.))  # "Visit www.", the address runs on""",
    re.VERBOSE | re.IGNORECASE,
)

#: CALL_TO_ACTION's phrases without their word boundaries, for Python's own `re`
#: over a case-folded text: a quick test that a text may hold a call to action at all. It
#: says yes wherever the full pattern matches (and a little more), and the full pattern
#: then runs; most blocks never get that far.
_MAY_CALL_TO_ACTION = std_re.compile(CALL_TO_ACTION.pattern.replace(r"\b", ""), std_re.VERBOSE)


def call_to_action(text: str) -> re.Match[str] | None:
    """The first call to action in `text` ("Request a free sample"), or None."""
    if _MAY_CALL_TO_ACTION.search(text.casefold()) is None:
        return None
    return CALL_TO_ACTION.search(text)


#: A study and its author's preposition: "report by", "Studie von", "étude publiée par".
STUDY_BY = rf"""(?i:{_alt(_union("study_nouns"))})\s+(?i:{_alt(_union("study_by"))})\s+"""

#: Publisher named in the body: "according to a new report by Acme Insights" (not a
#: segmentation's dimension: "Report By Technology (Electrochromic, SPD)").
PUBLISHER_PROSE = re.compile(
    rf"""{STUDY_BY}
    (?P<name>\p{{Lu}}[\w&.'’-]*(?:\s+(?:[\p{{Lu}}&][\w&.'’-]*|of|and)){{0,5}})
    (?![\w&.'’-])(?!\s*\([^()]*,)""",
    re.VERBOSE,
)
#: "Acme Research is a market research firm ..." in an About block.
PUBLISHER_ABOUT = re.compile(
    r"""^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5}),?\s+(?:\([^)]*\)\s+)?
    (?:is|are|has\ been|was|,\s+a|is\ a)\b""",
    re.VERBOSE,
)
#: Words research firms end their names with: "Acme Insights", "Nordlicht Marktforschung".
FIRM_WORDS: tuple[str, ...] = (
    "Research",
    "Reports",
    "Insights",
    "Insight",
    "Analytics",
    "Metrics",
    "Partners",
    "Consulting",
    "Consultants",
    "Consultancy",
    "Intelligence",
    "Advisory",
    "Group",
    "Data Works",
    "Marktforschung",
    "Associates",
    "Études",
    "Estudios",
)
FIRM_WORD = _alt(FIRM_WORDS)
#: A research firm's name: capitalised words ending in a firm word.
FIRM_NAME = re.compile(
    rf"""(?P<name>\p{{Lu}}[\w&'’-]*
    (?:\s+(?:(?:&|and)\s+)?\p{{Lu}}[\w&'’-]*){{0,4}}?\s+   # "Facts and Factors Market"
    (?:{FIRM_WORD})                                       # "... Research", "... Insights"
    (?:\s+(?:&|and)\s+(?:{FIRM_WORD})                     # "Research and Consulting"
      |\s+(?:Group|Partners|Advisory|Services|Solutions|Inc\.?|LLC|LLP|Ltd\.?))?)(?![\w&])""",
    re.VERBOSE,
)

#: Institutions quoted in releases that never issue a market study: hospitals, clinics,
#: universities, schools, government departments ("Mercy General Hospital", "Northfield
#: University", "the U.S. Department of Commerce").
INSTITUTION = re.compile(
    r"""\b(?:Hospitals?|Clinics?|Medical\s+(?:Center|Centre|School)|Health\s+System
    |Universit(?:y|ies|ät|é|à|ad)|College|School|Department|Ministry|Government)\b""",
    re.VERBOSE,
)

#: The last word of a body that speaks for an industry or a state, not a research firm:
#: "Global Cold Chain Alliance", "Widget Makers Association", "Energy Agency".
NOT_RESEARCH_BODY = re.compile(
    r"""\b(?:Alliance|Association|Council|Federation|Society|Chamber|Union|Agency|Ministry
    |Department|Commission|Bureau|Authority|Coalition|Consortium)$""",
    re.VERBOSE,
)

#: An attribution that opens a sentence, before a firm's name: "Selon Quillon Research",
#: "Según ...", "Secondo ...", "According to ...".
ATTRIBUTION_LEAD = re.compile(
    rf"""^(?i:{_alt(_union("attributions"))})\s+(?:(?i:the|la|le|el|a|o)\s+)?""",
    re.VERBOSE,
)

#: A firm-kind word before a firm's name: "the consultancy Roland Berger".
FIRM_KIND_LEAD = re.compile(
    rf"""^(?:(?i:the|die|der|le|la|el)\s+)?(?i:{_alt(_union("firm_kinds"))})\s+""",
    re.VERBOSE,
)

#: Phrases that end in a firm word but name a technology, not a firm.
NOT_FIRM_PHRASES: tuple[str, ...] = (
    "artificial intelligence",
    "business intelligence",
    "source intelligence",
    "threat intelligence",
    "competitive intelligence",
    "ambient intelligence",
    "edge intelligence",
    "swarm intelligence",
)
#: Words that make a candidate a description of the market, not a firm's name:
#: "Industry Size", "Market Share", "Growth Analysis".
NOT_FIRM_WORDS = re.compile(
    r"""\b(?:Size|Share|Demand|Revenue|Trends?|Forecasts?|Analysis|Outlook|Industry
    |Opportunit(?:y|ies)|Players?|Companies|Segments?|Sector|CAGR|Key|Introduction
    |Guide|Tracker|Index|Survey)\b                       # "... IT Spending Guide"
    """,
    re.VERBOSE,
)
#: A candidate made only of generic words names no firm: "Market", "Global Research".
GENERIC_NAME = re.compile(
    r"(?:(?:The|Global|Worldwide|Market|Markets|Reports?|Study|Research|New|Latest)\s*)+",
    re.VERBOSE,
)
#: After a candidate firm name, words that show it was a market's name: "Artificial
#: Intelligence (AI) Market", "Open Source Intelligence in Defense".
MARKET_AFTER_NAME = re.compile(
    r"\s*(?:\([^)]{1,12}\)\s*)?(?i:market|industry|sector|report|in\s)", re.VERBOSE
)
#: The shape of a wire's or an investor-news brand's name: "BioMedWire", "GreenEnergyStocks".
DISTRIBUTOR_SHAPE = re.compile(r"(?:Wire|Newswire|NewsWire|Stocks|Presswire)$")

#: Credit verbs in a title: "STL Partners Forecasts ...", "..., MarketsandMarkets Reports".
CREDIT_VERBS = (
    "Publishes|Releases|Unveils|Forecasts|Launches|Announces|Predicts|Says|Reports|Finds|"
    "Expects|Estimates|Projects|Study|Report|Survey|Research"
)
#: A title credited at its end: "... by 2025 | CAGR: 75.8%: Grand View Research, Inc.",
#: "... | Technavio", "... - ResearchAndMarkets.com", "..., MarketsandMarkets Reports".
_TITLE_NAME = r"""\p{Lu}[\w&.'’-]*(?:\s+(?:(?:&|and|of)\s+)?\p{Lu}[\w&.'’-]*){0,5}"""
TITLE_CREDIT_TAIL = re.compile(
    rf"""(?:(?:\s[|–—-]\s|:\s)(?P<name>{_TITLE_NAME}(?:,\s*Inc\.?)?)  # ": Acme Research"
         (?:\s+(?:{CREDIT_VERBS}))?
      |,\s(?P<named>{_TITLE_NAME})\s+(?:{CREDIT_VERBS}))   # ", Acme Reports"
    \s*$""",
    re.VERBOSE,
)
#: A title credited at its start: "Transparency Market Research: ...", "ROSHI Report: ...",
#: "STL Partners Forecasts ...", "HG Insights Unveils ...".
TITLE_CREDIT_LEAD = re.compile(
    rf"""^(?P<name>\p{{Lu}}[\w&.'’-]*(?:\s+(?:&\s+)?\p{{Lu}}[\w&.'’-]*){{0,4}}?)
    (?:(?P<colon>:\s)                                   # "Acme Research: ..." (a firm name)
      |\s+(?:Report|Study|Survey):\s                     # "ROSHI Report: ..."
      |\s+(?:{CREDIT_VERBS})\s)                          # "STL Partners Forecasts ..."
    """,
    re.VERBOSE,
)
#: The publisher describing itself: "Acme Research is an independent research house ...",
#: "Hohenfels Marktforschung ist ein unabhängiges Analysehaus ...".
PUBLISHER_SELF = re.compile(
    rf"""^\W{{0,3}}(?P<name>\p{{Lu}}[\w&.'’-]*(?:\s+(?:&\s+)?\p{{Lu}}[\w&.'’-]*){{0,5}})
    \s+(?:\([^)]*\)\s+)?                                  # "(ARI)"
    (?i:{_alt(_union("self_descriptions"))})\b             # is a, ist ein, est un, es una
    [^.]{{0,120}}?
    (?i:{_alt(_union("research_words"))})                  # research, Analysehaus, études""",
    re.VERBOSE,
)
#: PUBLISHER_SELF's research words case-folded, for Python's own `re` over a case-folded
#: text: a block without one is no firm describing itself, and the pattern, which tries
#: names of up to six words, is not run over it.
_MAY_PUBLISHER_SELF = std_re.compile(_alt(w.casefold() for w in _union("research_words")))


def publisher_self(text: str) -> re.Match[str] | None:
    """A research firm describing itself at the start of `text` ("Acme Research is a
    market research firm ..."), or None."""
    return PUBLISHER_SELF.match(text) if _MAY_PUBLISHER_SELF.search(text.casefold()) else None


#: "Published by Acme Research", "Source: Acme Research".
PUBLISHED_BY = re.compile(
    r"\b(?:published|issued|released|compiled)\s+by\s*:?\s+",
    re.IGNORECASE,  # "Published by:"
)
#: Any proper name after "published by": "published by MarketsandMarkets".
PROPER_NAME = re.compile(r"""\p{Lu}[\w&.'’-]*(?:\s+(?:(?:&|and|of)\s+)?\p{Lu}[\w&.'’-]*){0,4}""")
#: A firm introduced by an appositive: "Forrester, a global research and advisory firm,".
FIRM_APPOSITIVE = re.compile(
    rf"""(?P<name>\p{{Lu}}[\w&.'’-]*(?:\s+(?:&\s+)?\p{{Lu}}[\w&.'’-]*){{0,4}})
    ,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,6}}?
    (?i:{_alt(_union("research_words"))})\b""",
    re.VERBOSE,
)


#: A list item that looks cut short: one letter ("S."), or a dangling connector.
SUSPECT_ITEM = re.compile(r"^\W*[A-Za-z]\.?$|(?:\s(?:and|or|of|with|the|for)|&|,)\s*$")

# --------------------------------------------------------------------------
# Scope, roles and names: the words the link and extract stages read
# --------------------------------------------------------------------------

#: A sub-market named as such: "the hardware segment", "the cloud sub-segment".
SEGMENT_SCOPE = re.compile(
    r"""(?<![\w'’-])(?:the\s+)?
    (?P<name>[\w'’-]++(?:\s+[\w-]++){0,2})  # up to three words of name, each whole
    \s+(?:segment|sub-?segment|category)\b
    (?:\s*:\s*(?P<named>[\w-]+(?:\s+[\w-]+){0,2}))?  # "Fastest-growing segment: automotive"
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: Every language's articles, in lower case: "Le" before "segment" names nothing.
ARTICLES = frozenset(a.lower() for a in _union("articles"))
#: The same where the name follows the noun: "le segment résidentiel", "el segmento de
#: servicios", "il segmento delle pompe di calore ad alta temperatura ha generato": the
#: name runs to the first word that ends a market's name (`MARKET_NAME_STOPS`).
SEGMENT_SCOPE_AFTER = re.compile(
    rf"""(?<![\w'’-])(?:{_alt(_union("articles"))})\s+     # le, il, el, das
    (?:segment|segmento|sous-segment)\s+                 # the noun, as these languages write it
    (?:(?:{_alt(_union("market_name_links"))})(?:\s+|(?<=['’])))?  # des, delle, de
    (?P<name>[\w'’-]+(?:\s+[\w'’-]+){{0,6}})""",
    re.VERBOSE | re.IGNORECASE,
)
#: A short label right before an amount in a list item or line: "Hardware: $757.1 billion",
#: "- AMER – $2.05 trillion".
LABEL_BEFORE_MONEY = re.compile(
    r"""^\W{0,3}(?P<label>\p{L}[\w&/'’ .-]{1,60}?)\s*[:–—]\s*$""", re.VERBOSE
)
#: Right after an amount, the part of the market it is for: "$1.5 trillion in Global
#: Software spend", "$757 billion is projected in the IT Hardware market".
SCOPE_AFTER_MONEY = re.compile(
    r"""\s+(?:(?:is|are)\s+(?:projected|expected|forecast|estimated)\s+)?in\s+(?:the\s+)?
    (?P<name>[\w&/' -]{2,40}?)\s+(?:spend|spending|market|segment|sector)\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: Right after an amount, a projection: "$1.5 trillion in software spend is projected ...".
FORECAST_AFTER_MONEY = re.compile(
    r"""(?:\s+in\s+[^.;,]{2,40}?)?\s+(?:is|are)\s+(?:projected|expected|forecast|forecasted
    |estimated\s+to|set\s+to|poised\s+to)\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: Labels (a line's "Label:", a table row's first cell) that name the whole market or a
#: plain measure, not a part of it: "Market size in 2024", "Revenue", "Total", "2025".
WHOLE_LABEL = re.compile(
    r"\b(?:market|size|value|total|overall|revenue|forecast|cagr|growth\s+rate|\d{4})\b",
    re.IGNORECASE,
)


#: Right after an amount, a price's unit: "$80,000 per ton", "$10 each", "$1 per CCTS
#: share", "20 € pro Stück". A price, never a market's size.
PRICE_AFTER = re.compile(
    rf"""\s*(?:{_PRICE_WORDS})(?![\p{{L}}\d])         # per, each, pro, "a share", "la tonne"
    (?!\s+(?:{_alt(_union("time_units"))})(?!\p{{L}})) # but "per year", "pro Jahr": a yearly size
    (?!\s+(?-i:\p{{Lu}}\p{{Ll}}))                       # and "per Acme Research": by a name""",
    re.VERBOSE | re.IGNORECASE,
)

#: What the money of a clause is spent on, when it is not the release's market: "The
#: firm predicts that by 2023, investments in generative AI software will amount to
#: around $227 billion". Group "what" is the thing. English.
SPENT_ON = re.compile(
    r"""\b(?:investments?|spending|spend|outlays?|revenues?|sales)\s+(?:in|on|for)\s+
    (?-i:(?!(?:it|them|this|these|those|that|such|each)\b))  # not "on them" ("on IT" is)
    (?P<what>(?:[\w-]+\s+){0,4}?[\w-]+)\s+                    # "generative AI software"
    (?:will|is|are|was|were|would|could|should|amounts?|amounted|reached|totall?ed)\b
    [^.;]{0,40}$                                                # then to the amount""",
    re.VERBOSE | re.IGNORECASE,
)

#: A firm's own reported revenue, with words between: "Acme reported technology revenue
#: of about NOK 1.9 billion for 2024". English.
REPORTED_REVENUE = re.compile(
    r"\b(?:reported|posted|booked)\s+(?:[\w-]+\s+){0,2}?(?:revenues?|sales|turnover)\b",
    re.IGNORECASE,
)

#: A rate of a market's volume, not its value: "In volume terms, shipments will rise from
#: 120 million units to 260 million units, a CAGR of 10.1%". English.
VOLUME_TERMS = re.compile(
    r"""\b(?:in\s+volume\s+terms|by\s+volume|(?:unit|volume)\s+(?:sales|shipments)
    |units|shipments|tonnes|tons|kilotons|metric\s+tons)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: A firm's own money named by its owner: "Zentra's annual recurring revenue tripled in
#: 2024 to $12 million", "Quibb's valuation reached $800 million". A region's ("China's
#: widget sales") is refused by the caller. English.
OWNER_MONEY = re.compile(
    r"""(?P<owner>\p{Lu}[\w&.-]*(?:\s+\p{Lu}[\w&.-]*){0,3})['’]s\s+
    (?:[\w-]+\s+){0,3}?
    (?:revenues?|sales|turnover|ARR|earnings|valuation|profits?|income|bookings)\b""",
    re.VERBOSE,
)
#: A firm's revenue for a fiscal period: "full-year revenue of $1.1 billion",
#: "fourth-quarter sales of". Markets are not reported by quarter. English.
PERIOD_REVENUE = re.compile(
    r"""\b(?:full-year|full\s+year|fiscal(?:-year|\s+year)?|quarterly|half-year
    |(?:first|second|third|fourth)[-\s]quarter|Q[1-4]|FY\s?\d{2,4})\s+
    (?:net\s+|total\s+)?(?:revenues?|sales|earnings|income|bookings)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: Right after an amount, money that is a deal: "$42 million Series B round".
DEAL_AFTER = re.compile(
    r"""\s+(?:(?:Series\s+[A-F]|seed|venture|equity|growth|funding|research)\s+)?  # kind
    (?:round|funding|financing|investment|acquisition|deal|grant|loan
      |programme|program|fund|scheme|subsidy)\b      # "€12 million research programme" """,
    re.VERBOSE | re.IGNORECASE,
)

#: A report's title that says its scope after a dash: "Widget Market - Global Industry
#: Analysis ...", "..., and Region - Global Forecast to 2024".
TITLE_SCOPE = re.compile(
    r"[-–—:]\s*(?P<region>Global|Worldwide)\s+(?:Industry|Forecast|Market|Opportunity|Analysis|Outlook)\b"
)

#: A leading "Global" or "Worldwide" in a market's name is its region, said by `region`:
#: "Global Sound Recognition" names the market "Sound Recognition".
WORLD_LEAD = re.compile(r"^(?:global|worldwide)\s+(?=\S)", re.IGNORECASE)

#: After "global": a market ("global widget market"), not "global revenue".
GLOBAL_MARKET_AFTER = re.compile(r"\s+(?:[\w&-]+\s+){0,6}?(?:market|industry)\b", re.IGNORECASE)

#: The whole market named in a clause: "the overall widget market".
WHOLE_MARKET = re.compile(
    r"\b(?:the|this|overall|whole|entire)\s+(?:[\w-]+\s+){0,6}market\b", re.IGNORECASE
)

#: After "Market", words that make it part of a firm's or a report's name: "Oakhurst
#: Market Analytics", "Market Research Future", "Market Us".
FIRM_AFTER_MARKET = re.compile(
    rf"(?<!\s)\s+(?:{FIRM_WORD}|Reports?|Watch|Data|Study|Studies|Future|Us)\b"
)
#: The same in a title, where "Widget Market Report" names the market's report: only a
#: firm word makes "Market" part of a firm's name ("...: Allied Market Research").
FIRM_AFTER_MARKET_IN_TITLE = re.compile(rf"(?<!\s)\s+(?:{FIRM_WORD})\b")

#: Where a list of names in prose ends and the sentence goes on: "... and C are widening".
NAMES_END = re.compile(
    r"""(?<!\s)\s+(?:are|is|have|has|were|was|will|continue[sd]?|dominate[sd]?|lead|hold|account|
    remain|compete|focus|invest|offer|together|collectively|which|who)\b""",
    re.VERBOSE,
)

#: List items that are not names: "others", "etc.", table headers, numbers.
NOT_A_NAME = re.compile(
    r"""^(?:others?|other\s+(?:key\s+|major\s+|prominent\s+)?(?:players|companies|vendors)
    |and\s+others|etc\.?|among\s+others
    |\d[\d.,%\s]*|n/?a                                   # numbers, "n/a"
    |company|companies|name|player|players|headquarters?|hq|revenue|country|region
    |description)$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A verb inside a candidate name means it is a sentence: "Acme launched a new line".
VERB_IN_NAME = re.compile(
    r"""\b(?:is|are|was|were|has|have|will|offers?|provides?|focus(?:es)?|launched|acquired|
    announced|expanded|include[sd]?|operat(?:e|es|ing))\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: The header of a table's name column: "Company", "Key players", "Vendor name".
NAME_COLUMN = re.compile(r"compan|player|name|vendor|manufacturer|firm", re.IGNORECASE)

# --------------------------------------------------------------------------
# Attribution: whose number is it?
# --------------------------------------------------------------------------

#: A firm's name: capitalised words, "&" allowed, an optional legal suffix.
#: A month before a lower-case word or a number names no firm: "according to a June filing".
_MONTH_NOT_FIRM = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+[a-z\d])"
)
_FIRM = rf"""{_MONTH_NOT_FIRM}
    (?P<firm>\p{{Lu}}[\w&.'’-]*(?:\s+(?:&\s+|and\s+|of\s+)?\p{{Lu}}[\w&.'’-]*){{0,5}}
    (?:,?\s+(?:Inc\.?|LLC|Ltd\.?))?)"""

#: Sentences that attribute their numbers to a firm, strongest first.
ATTRIBUTION: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"""(?<!\w)(?i:{_alt(_union("attributions"))})\s+   # according to, laut, selon
        (?i:(?:a|an|the)\s+)?(?i:(?:new|latest|recent|recently\ published)\s+)?
        (?:{STUDY_BY})?                                       # "a new report by"
        {_FIRM}                                               # the firm, capitalised""",
        re.VERBOSE,
    ),
    # "report by Acme"; not "Report By Technology (Electrochromic, SPD)", a dimension
    re.compile(rf"""(?<!\w){STUDY_BY}{_FIRM}(?![\w&.'’-])(?!\s*\([^()]*,)""", re.VERBOSE),
    re.compile(
        rf"""(?P<firm>\p{{Lu}}[\w&'’-]*(?:\s+(?:&\s+)?\p{{Lu}}[\w&'’-]*){{0,4}}?\s+
        (?:{FIRM_WORD})(?:,?\s+Inc\.?)?)                   # "Acme Research"
        (?:,\s+[^,.;]{{1,40}},)?\s+                          # ", another firm,"
        (?:estimates|estimated|forecasts|projects|predicts|expects|says|said|reports|found
        |finds|notes|puts|pegs|values|sees)\b""",
        re.VERBOSE,
    ),
    re.compile(  # "according to the new Widget Spending Guide: Vertical from Acme Data
        # Corporation (ADC)": a publication named at length, then the firm with its initials
        r"""(?<!\w)(?i:according\s+to)\s[^.;!?]{0,120}?\bfrom\s+(?:the\s+)?
        (?P<firm>\p{Lu}[\w&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\w&'’-]*){1,4}?)
        \s*\([A-Z]{2,6}\)""",
        re.VERBOSE,
    ),
    re.compile(  # "..., says Acme Insights.": the verb first, a firm's name after it
        rf"""(?<!\w)(?:says|said|reports|notes|estimates|finds)\s+
        (?P<firm>\p{{Lu}}[\w&'’-]*(?:\s+(?:&\s+)?\p{{Lu}}[\w&'’-]*){{0,4}}?\s+
        (?:{FIRM_WORD})(?:,?\s+Inc\.?)?)(?![\w&'’-])""",
        re.VERBOSE,
    ),
)

#: The last word of a publication's name, which an attribution may name instead of its
#: firm: "according to the new Worldwide Semiannual IT Spending Guide".
PUBLICATION_END = re.compile(
    r"(?<![\w-])(?:Guide|Report|Study|Survey|Index|Tracker|Forecasts?|Outlook|Barometer)$"
)

#: Words that qualify "market" without naming one: "the new market", "the total
#: addressable market", "the estimated market". A name made only of these (and region
#: words) is no name.
NOT_MARKET_WORDS = frozenset(
    [
        "new",
        "recent",
        "emerging",
        "latest",
        "estimated",
        "addressable",
        "anticipated",
        "current",
        "overall",
        "total",
        "entire",
        "domestic",
        "highly",
        "second",
        "third",
        "largest",
        "biggest",
        "fastest",
        "comprehensive",
        "competitive",
        "fragmented",
        "consolidated",
        "mature",
        "saturated",
        "niche",
        "volatile",
        "dynamic",
        "regional",
        "local",
        "international",
        "expected",
        "projected",
        "booming",
        "growing",
        "lucrative",
        "burgeoning",
        "fast-growing",
        "fastest-growing",
        "rapidly-growing",
        "serviceable",
        "obtainable",
        "target",
        "targeted",
        "broader",
        "wider",
        "larger",
        "smaller",
        "whole",
        "same",
        "such",
        "said",
        "respective",
        "key",
        "major",
        "primary",
        "core",
    ]
)
#: The field a market is named in, after the noun: "the AI market in healthcare sector",
#: "the robotics market in the logistics industry". It belongs to the name.
MARKET_IN_SECTOR = re.compile(
    r"""\s+(?P<field>in\s+(?:the\s+)?(?:[\w&/-]+\s+){1,3}?
    (?:sector|industry|vertical|space))\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: Words that rank, place or time a market without naming another one: "the largest
#: national market", "the single biggest country market", "the projected annual market".
RANKING_WORDS = frozenset(
    [
        "single",
        "national",
        "country",
        "regional",
        "domestic",
        "home",
        "leading",
        "top",
        "local",
        "annual",
        "yearly",
    ]
)
#: Words that end a market's name read back from "market" in a figure's clause (every
#: language's stops: articles, prepositions, verbs of the sentence).
MARKET_NAME_STOPS = frozenset(_union("name_stops"))
#: The last "market" of a clause, with the words before it that may name it.
CLAUSE_MARKET = re.compile(
    r"""(?P<words>(?:[\w()&'’-]+\s+){1,8})markets?\b
    (?!\s+(?:outlook|report|study|research|analysis|forecast|intelligence|insights|update|data))
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: A market named after "market for": "The market for smart widgets is expected to grow".
#: Group "name" runs to the verb. English.
MARKET_FOR_NAME = re.compile(
    r"""markets?\s+for\s+(?:the\s+)?(?P<name>(?:[\w()&'’-]+\s+){0,5}?[\w()&'’-]+)\s+
    (?:is|are|was|were|will|would|could|should|has|have|to|grew|rose|reached)\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: The word of `CLAUSE_MARKET`: only a match on the clause's last one counts.
MARKETS_WORD = re.compile(r"\bmarkets?\b", re.IGNORECASE)
#: A report's title named in a sentence: "a report titled", "entitled", "named".
TITLED_BEFORE = re.compile(r"\b(?:titled|entitled|named|called)\s*[\"“'‘]?\s*$", re.IGNORECASE)
#: The word "market" (or "industry") in any language: a figure whose sentence says it
#: before the amount is said of a market, not of a part or a firm.
MARKET_NOUN = re.compile(rf"(?<!\w)(?i:{_alt(_union('market_nouns'))}|industry)(?!\w)")
#: The release's own market said without its name, as the subject that opens a clause:
#: "the market was valued at", "In 2024, this industry stood at", "It is expected to
#: reach" ("across the industry, spending by the top firms reached" is not the market).
THE_MARKET = re.compile(
    r"""^\W*(?:(?:and|while|with)\s+)?(?:(?:in|by)\s+(?:FY\s?)?\d{4},?\s+)?
    (?:(?:the|this)\s+(?:market|industry)\b(?!\s+(?:for|of)\b)|it\s)""",
    re.VERBOSE | re.IGNORECASE,
)
#: A sentence that speaks of the release's market without its name: "the market", "this
#: industry", "it will reach", "a projected market volume of". English.
SPEAKS_OF_THE_MARKET = re.compile(
    r"""\b(?:the|this|its)\s+(?:market|industry)\b(?!\s+(?:for|of)\b|['’]s)  # not "the
    #                                                   market's installed base"
    |\bit\s+(?:is|was|will|would|could|should|has|had|grew|rose|reached|stood|registered)\b
    |\bmarket\s+(?:size|volume|value|revenues?)\b""",
    re.VERBOSE | re.IGNORECASE,
)
#: A sentence about something the market has, not its size: "The market's installed base
#: is expected to grow at 11%" (but "The market's revenue" is the market's). English.
MARKETS_PART = re.compile(
    r"""^\W*(?:the|this)\s+(?:market|industry)['’]s\s+
    (?!(?:total\s+|overall\s+|annual\s+)?(?:revenues?|value|size|sales|valuation|worth
      |turnover)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
#: A rate of a part, not of the whole market ("valves are expected to grow at the fastest
#: CAGR", "the fastest-growing segment", "By product, ...", "Among applications, ..."), or
#: of another measure than the stated values ("in real terms", "by volume"). English.
PART_RATE = re.compile(
    r"""\b(?:fastest|highest|slowest|lowest|quickest|strongest)[\s-]+(?:[\w-]+\s+)?
       (?:CAGR|growth|rate|growing)\b
    |\b(?:in\s+real\s+terms|inflation[-\s]adjusted|at\s+constant\s+(?:prices|currency
       |exchange\s+rates)|in\s+constant\s+\w+|in\s+volume\s+terms|by\s+volume
       |in\s+terms\s+of\s+volume)\b                  # another measure than the values
    |^\W*(?:by|among|across|based\ on|in\ terms\ of|on\ the\ basis\ of)\s+(?:the\s+)?
       (?:[\w-]+\s+){0,2}?(?:products?|applications?|types?|end[\s-]users?|end[\s-]uses?
       |regions?|segments?|components?|technolog(?:y|ies)|channels?|verticals?|geograph(?:y|ies))\b,""",
    re.VERBOSE | re.IGNORECASE,
)
#: Inside a report's title quoted in the text, before a period it ends with: 'a report,
#: titled, "Semiconductor Market, 2021-2028."' The title's period is the forecast period.
REPORT_TITLE_LEAD = re.compile(
    r"""\b(?:titled|entitled)\b[,:]?\s*[\"“'‘]?[^\"”.]{0,80}?
    \b(?:market|industry|markt|marché|mercado|mercato)\b[^\"”.]{0,40}$""",
    re.VERBOSE | re.IGNORECASE,
)
#: Markets of money and work, not of a product: a name read back from "stock market" or
#: "labor market" is a clause about finance ("... challenge producers and stock market").
NOT_PRODUCT_MARKET_HEADS = frozenset(
    ["stock", "stocks", "labor", "labour", "job", "jobs", "capital", "equity", "bond", "bonds"]
)
#: "Industry" names a market where "market" never does: "the Global Semiconductor
#: Machinery Industry Report". The match is empty, before the noun, so the name read
#: back from it leaves "industry" out.
INDUSTRY_NOUN = re.compile(r"(?<![\w-])(?=(?i:industry)(?![\w-]))")
#: What is spent on a market, naming it where "market" is never said: "IT spending".
#: Not in a publication's title: "the Worldwide Semiannual IT Spending Guide".
SPENDING_NOUN = re.compile(
    r"(?<![\w-])(?i:spending|spend)(?![\w-])(?!\s+(?:Guide|Report|Survey|Tracker|Index)\b)"
)
#: What a market's money is "revenues for" or "spending on", its name after it, in a
#: lead that never says "market": "Worldwide revenues for information technology (IT)
#: products and services are forecast to reach ...". English.
MONEY_FOR_NAME = re.compile(
    r"""(?<![\w-])(?P<noun>(?i:revenues?|spending|sales))\s+(?i:for|on)\s+(?:the\s+)?
    (?P<name>[\w'’-]+(?:\s+[\w'’()-]+){0,6})""",
    re.VERBOSE,
)

#: A candidate market name that is really a number, a table row or a cut clause.
NOT_A_MARKET_NAME = re.compile(
    r"""[|$€£¥₹]                     # money or a table row
    |\b(?:19|20)\d\d\b               # a year
    |\s(?:and|or|&)$                  # a clause cut after a conjunction""",
    re.VERBOSE,
)

#: A firm named before its study: "a recent Allied Market Research report projects ...".
ATTRIBUTION_STUDY = re.compile(
    rf"""(?P<firm>{FIRM_NAME.pattern})\s+(?i:{_alt(_union("study_nouns"))})\b""",
    re.VERBOSE,
)

#: A firm named before a reporting verb, in a sentence with numbers: "Gartner said",
#: "International Data Corporation (IDC) estimates that ...". Sentence-initial words
#: that are not names ("The", "This", "It") are refused by the caller's filters.
ATTRIBUTION_VERB = re.compile(
    r"""(?P<firm>\p{Lu}[\w&.'’-]*(?:\s+\p{Lu}[\w&.'’-]*){0,3})(?:\s+\([A-Z]{2,6}\))?
    \s+(?:also\s+)?(?:estimates|forecasts|predicts|projects|expects|says|said|reports|found
    |finds|notes|believes|anticipates)\b
    (?!\s+(?:had|have|has|were|are|was|is|show|showed|suggest|suggested|put|of|for|from)\b)
    #                                       a noun, not a verb: "Earlier estimates had put"
    """,
    re.VERBOSE,
)

#: A market's name after the market noun: "Markt für industrielle Wärmerückgewinnung",
#: "marché français des protéines végétales", "mercado español de autoconsumo solar".
MARKET_NAME_AFTER = re.compile(
    rf"""(?<!\w)(?P<noun>(?i:{_alt(_union("market_nouns"))}))
    (?:\s+(?P<adjective>\w+))?                            # "français", "español"
    \s+(?i:{_alt(_union("market_name_links"))})(?:\s+|(?<=['’]))   # für, des, de, for
    (?P<name>[\w'’-]+(?:\s+[\w'’()-]+){{0,6}})""",
    re.VERBOSE,
)

#: A region said right after an amount, which the amount is of: "with USD 1.3 billion coming
#: from North America and USD 1.1 billion from Europe". English.
REGION_AFTER_MONEY = re.compile(
    rf"""\s*(?:(?:coming|came|generated|derived|earned)\s+)?(?:from|in)\s+(?:the\s+)?
    (?P<region>{REGION.pattern})""",
    re.VERBOSE,
)

#: A region said right after a market's name that follows its noun: "Markt für
#: Wärmepumpen in Europa", "mercado de baterías en España".
REGION_AFTER_NAME = re.compile(
    rf"""\s+(?:{_alt(_union("location_prepositions"))})(?:\s+|(?<=['’]))  # in, en, nel
    (?P<region>{REGION.pattern})""",
    re.VERBOSE,
)

#: Wires and aggregators that carry releases: distributors, never publishers.
#: Matched case-insensitively with any spacing ("Globe Newswire", "GLOBE NEWSWIRE").
DISTRIBUTORS: tuple[str, ...] = (
    "PR Newswire",
    "GlobeNewswire",
    "Business Wire",
    "EIN Presswire",
    "PRWeb",
    "ACCESSWIRE",
    "Newsfile",
    "openPR",
    "MENAFN",
    "Benzinga",
    "TMCnet",
    "News Direct",
    "IssueWire",
    "PR.com",
    "Newswire.com",
    "MarketWatch",
    "Yahoo Finance",
    "Marketwired",
    "NewMediaWire",
    "24-7PressRelease",
    "Newsworthy.ai",
)

#: News agencies: they carry a story as a wire carries a release ("By Reuters", "(dpa)").
NEWS_AGENCIES: tuple[str, ...] = ("Reuters", "AFP", "dpa", "AP", "PTI", "ANI", "IANS", "Xinhua")
#: An agency's byline or credit: "29 August 2022 - 08:37 By Reuters", "... (dpa/jW)" at the
#: end of a story, "(Reuters) -" after a dateline.
AGENCY_CREDIT = re.compile(
    rf"""(?:\bBy\s+|\()(?P<wire>{"|".join(NEWS_AGENCIES)})(?:/[\w.]+)?(?:\)|\s*$|\s*\n)""",
    re.VERBOSE | re.MULTILINE,
)
#: A dateline credit: the wire in brackets or slashes after the date and right before the
#: dash that opens the text: "NEW YORK, Jan. 20, 2020 (GLOBE NEWSWIRE) --",
#: "PUNE, India, March 3, 2025 /PRNewswire/ --". The year keeps "(AI) - " from counting.
DATELINE_WIRE = re.compile(
    r"""\b(?:19|20)\d\d\s*                               # the dateline's year
    (?:\(|/)\s*(?P<wire>[A-Z\d][\w.&-]*(?:\s[\w.&-]+){0,2}?)\s*(?:\)|/)
    \s*(?:--|—|–|-)\s+
    |^[A-Z][\w .'-]{1,40},\s[A-Z][\w .'-]{1,30}\s           # "Boca Raton, Florida"
    \((?P<wire_first>[A-Z\d][\w.&-]*(?:\s[\w.&-]+){0,2}?)\)\s # "(Newsworthy.ai)"
    (?:[A-Z][a-z]+,?\s)?[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s(?:19|20)\d\d  # "Tuesday Nov 11, 2025"
    """,
    re.VERBOSE | re.MULTILINE,
)
#: What every dateline credit holds, for Python's own `re`: a year before a bracket or
#: slash, or a line that opens "City, State (". Looser than `DATELINE_WIRE` (any
#: characters in the place names), so it says yes wherever that pattern would; five
#: releases in six hold neither, and the full pattern is not run over them.
_MAY_DATELINE = std_re.compile(
    r"(?:19|20)\d\d\s*[(/]|^[A-Z][^\n]{1,40},\s[A-Z][^\n]{1,30}\s\(", std_re.MULTILINE
)


def dateline_wire(text: str) -> re.Match[str] | None:
    """The first dateline credit in `text` ("2025 /PRNewswire/ --"), or None."""
    return DATELINE_WIRE.search(text) if _MAY_DATELINE.search(text) else None


#: A credit line naming where the text was first published: "View source version on
#: newsdirect.com", "... appeared first on citybiz.", "View the original release on
#: www.newmediawire.com".
SOURCE_CREDIT = re.compile(
    r"""(?i:appeared\s+first\s+on|view\s+(?:the\s+)?(?:source\s+version|original\s+release)
    \s+on|originally\s+published\s+(?:on|at|by))\s+
    (?:https?://)?(?:www\.)?(?P<wire>[\w-]+(?:\.[\w-]+)?)""",
    re.VERBOSE,
)


def _spaced(name: str) -> str:
    """A name's pattern that also takes it run together or split at its capitals:
    "GlobeNewswire", "Globe Newswire", "GLOBE NEWSWIRE"; "PR Newswire", "PRNewswire"."""
    parts = re.split(r"\s+|(?<=[a-z])(?=[A-Z])", name)
    return r"[\s-]?".join(re.escape(part) for part in parts)


#: A distributor named in the text: a dateline "/PRNewswire/", "via GlobeNewswire",
#: "Source: EIN Presswire", or the name alone.
DISTRIBUTOR = re.compile(
    r"(?<![\w])(?:" + "|".join(_spaced(d) for d in DISTRIBUTORS) + r")(?![\w])", re.IGNORECASE
)
