"""Rules as data: vocabularies and patterns, kept apart from the code that applies them.

Every pattern here is compiled once at import. Patterns use `re.VERBOSE` with a
comment per line where they are not obvious. Change behaviour here first; the
stage modules should rarely need to change for a new phrasing.
"""

from __future__ import annotations

import regex as re

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

#: Currency words written after the amount ("2.3 billion euros").
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "won": "KRW",
}

#: Scale words -> (unit name in the record, multiplier).
SCALES: dict[str, tuple[str, int]] = {
    "thousand": ("thousand", 10**3),
    "k": ("thousand", 10**3),
    "million": ("million", 10**6),
    "millions": ("million", 10**6),
    "mn": ("million", 10**6),
    "mln": ("million", 10**6),
    "mm": ("million", 10**6),
    "m": ("million", 10**6),
    "billion": ("billion", 10**9),
    "billions": ("billion", 10**9),
    "bn": ("billion", 10**9),
    "bln": ("billion", 10**9),
    "b": ("billion", 10**9),
    "trillion": ("trillion", 10**12),
    "tn": ("trillion", 10**12),
    "t": ("trillion", 10**12),
    "lakh": ("lakh", 10**5),
    "lakhs": ("lakh", 10**5),
    "lac": ("lakh", 10**5),
    "crore": ("crore", 10**7),
    "crores": ("crore", 10**7),
    "cr": ("crore", 10**7),
}

#: Scale words that need a currency mark beside them to mean money ("5 m" is metres).
TERSE_SCALES = frozenset({"k", "m", "mm", "b", "t", "cr"})

#: Hedges that qualify a number, longest first so "just over" beats "over".
QUALIFIERS: tuple[str, ...] = (
    "an estimated",
    "just over",
    "just under",
    "slightly more than",
    "slightly over",
    "slightly above",
    "well over",
    "more than",
    "less than",
    "close to",
    "at least",
    "at most",
    "up to",
    "in excess of",
    "upwards of",
    "approximately",
    "approx.",
    "roughly",
    "around",
    "about",
    "nearly",
    "almost",
    "over",
    "above",
    "under",
    "below",
    "some",
    "~",
)

#: How a hedge bounds the true value, for the CAGR check.
LOWER_BOUND_HEDGES = frozenset(
    {
        "more than",
        "over",
        "above",
        "at least",
        "just over",
        "slightly more than",
        "slightly over",
        "slightly above",
        "well over",
        "in excess of",
        "upwards of",
    }
)
UPPER_BOUND_HEDGES = frozenset(
    {"less than", "under", "below", "up to", "at most", "nearly", "almost", "just under"}
)

_QUALIFIER_ALT = "|".join(re.escape(q) for q in QUALIFIERS)
_CURRENCY_PREFIX_ALT = "|".join(
    re.escape(c) for c in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
)
_SCALE_ALT = "|".join(re.escape(s) for s in sorted(SCALES, key=len, reverse=True))
_CURRENCY_WORD_ALT = "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=len, reverse=True))
_ISO_ALT = "|".join(sorted({c for c in CURRENCY_SYMBOLS if c.isalpha() and c.isupper()}))
#: A number as written: Western grouping (19,927.57), Indian grouping (1,86,400), or plain.
NUMBER = r"(?:\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

#: A hedge right before a number. Matched backwards from the number, not as part of
#: MONEY / PERCENT: trying every hedge at every character made those scans 2-25x slower.
QUALIFIER_BEFORE = re.compile(rf"(?<![\w])(?P<qual>{_QUALIFIER_ALT})\s+$", re.IGNORECASE)

MONEY = re.compile(
    rf"""
    (?P<pre>(?<![A-Za-z])(?:{_CURRENCY_PREFIX_ALT}))?  # currency before: USD, US$, €
    \s?
    (?<![\d.,])(?P<num>{NUMBER})                       # the number as written
    (?:                                                # a range: 1.2–1.5 (one figure)
        \s?(?:-|–|—|to)\s?
        (?(pre)(?:{_CURRENCY_PREFIX_ALT})?)\s?          # the range repeats the currency
        (?P<num2>{NUMBER})
    )?
    (?:\s?(?P<scale>(?:{_SCALE_ALT}))(?![A-Za-z]))?     # million, Bn, M, crore
    (?:\s(?P<post>{_CURRENCY_WORD_ALT}|(?-i:{_ISO_ALT}))(?![A-Za-z]))?  # "euros", "USD"
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: The money a table header declares for its bare-number cells: "(EUR million)".
TABLE_UNIT = re.compile(
    rf"(?P<cur>{_CURRENCY_PREFIX_ALT})\s*(?P<scale>thousand|million|billion|trillion|mn|bn|crore)?"
)

#: Words that, right after "N million", say the amount is a count, not money.
COUNT_NOUNS = re.compile(
    r"""\s*(?:units?|tons?|tonnes?|people|patients|users|subscribers|devices|vehicles|
    doses|barrels|households|homes|customers|clients|employees|jobs|cases|procedures|
    square|sq|hectares|acres|kilometers|km|miles|liters|litres|gallons|kg|mt|mw|gw|kw|
    tests|shipments|visitors|downloads|members|beds|students|cars|trips)\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: A bare "N billion" (no currency) counts as money only right after one of these.
BARE_MONEY_CUE = re.compile(
    r"""(?:valued\ at|worth|reach(?:ed|es|ing)?|size\ of|stood\ at|estimated\ at|
    accounted\ for|revenue\ of|revenues\ of|from|to|generated)\s+(?:about\s+|around\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Percentages, years, periods
# --------------------------------------------------------------------------

PERCENT = re.compile(
    r"""
    (?<![\d.,])(?P<num>\d+(?:\.\d+)?)
    \s?(?:%|percent\b|per\ cent\b|pct\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)

YEAR = re.compile(
    r"""
    (?<![\w$€£¥₹.,-])
    (?:FY\s?'?(?P<fy>\d{4}|\d{2})             # fiscal year: FY2024, FY24
      |(?P<year>(?:19[5-9]|20[0-9])\d))       # a calendar year 1950-2099
    (?![\w%]|,\d|\.\d)
    """,
    re.VERBOSE,
)

PERIOD = re.compile(
    r"""
    (?:(?P<lead>from|between|during|over|for)\s+(?:the\s+)?(?:years?\s+)?)?
    (?:FY\s?)?(?P<a>(?:19|20)\d{2})
    \s?(?P<sep>-|–|—|/|to|through|thru|until|till|and)\s?
    (?:FY\s?)?(?P<b>(?:19|20)\d{2}|\d{2})
    (?![\w%]|,\d|\.\d)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Growth rates
# --------------------------------------------------------------------------

#: Said before the percentage: "a CAGR of", "compound annual growth rate (CAGR) of".
CAGR_BEFORE = re.compile(
    r"""
    (?:CAGR|C\.A\.G\.R\.?|compound(?:ed)?\ annual\ growth\ rate|
       annual(?:ized)?\ (?:growth\ )?rate|annual\ growth|growth\ rate)
    (?:\s*\((?:CAGR)\))?                      # "(CAGR)"
    [^%.;]{0,40}$                             # "of around", "of nearly", " at"
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: Said after the percentage: "7.2% CAGR", "8% annually", "6% per annum".
CAGR_AFTER = re.compile(
    r"""^\s*(?:\)\s*)?(?:CAGR|compound(?:ed)?\ annual|annual(?:ly|ized)?\b(?!\s+(?:revenue|sales))|
    per\ annum|p\.\s?a\.|a\ year|per\ year|each\ year|year[- ]on[- ]year\ compounded)""",
    re.VERBOSE | re.IGNORECASE,
)

#: A percentage followed by one of these is a share, not a rate.
SHARE_AFTER = re.compile(
    r"^\s*(?:share|of\ (?:the|total|global|overall|all|its|market)|revenue\ share|market\ share)",
    re.VERBOSE | re.IGNORECASE,
)

#: The release speaks of "the forecast period" without naming it.
FORECAST_PHRASE = re.compile(
    r"forecast(?:ed)?\s+(?:period|timeline|horizon|window|years?)|forecasts?,?\s+\(?(?=(?:19|20)\d\d)|assessment\s+period|projection\s+period",
    re.IGNORECASE,
)

#: A year said with a preposition right after an amount: "in 2023", "by the end of 2030".
YEAR_AFTER_MONEY = re.compile(
    r"""^\s*[,(]?\s*
    (?P<prep>in|by|for|during|as\ of|at\ the\ end\ of|by\ the\ end\ of|by\ end\ of|
       till|until|through|in\ the\ year|in\ fiscal(?:\ year)?|in\ the\ fiscal\ year|
       at\ the\ close\ of|over)?
    \s*(?:the\s+)?(?:end\s+of\s+)?(?:year\s+)?
    (?=(?:FY\s?'?)?\d{2,4}\b)""",
    re.VERBOSE | re.IGNORECASE,
)

#: Left context that makes an amount a projection.
FORECAST_CUE = re.compile(
    r"""(?:reach|hit|touch|cross|surpass|exceed|attain|climb|rise|grow|increase|surge|
    expand|soar|jump|projected|expected|forecast|anticipated|predicted|poised|set|will|
    likely|estimated\ to|to)\b[^.;]{0,60}$""",
    re.VERBOSE | re.IGNORECASE,
)

#: Left context that makes an amount the current size.
BASE_CUE = re.compile(
    r"""(?:valued|valuation|worth|stood|was|were|is|accounted|estimated\ at|
    size|generated|recorded|from|at)\b[^.;]{0,40}$""",
    re.VERBOSE | re.IGNORECASE,
)

#: Money that is not a market size: deals, investments, funding.
OTHER_MONEY_CUE = re.compile(
    r"""\b(?:invest(?:ed|s|ing|ment)?|fund(?:ing|ed|s)?|raised?|acquir(?:e|ed|es|ing)|
    acquisition|deal|contract|grant|capex|capital\ expenditure|plant|facility|committed|
    pledged|earmarked|allocated|
    partnership|merger|bought|spent|spending\ plan|loan|financing|round)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# --------------------------------------------------------------------------
# Geography
# --------------------------------------------------------------------------

#: Region names as written -> the record's canonical name. Longest first when matched.
REGIONS: dict[str, str] = {
    "global": "Global",
    "worldwide": "Global",
    "world": "Global",
    "north america": "North America",
    "north american": "North America",
    "latin america": "Latin America",
    "latin american": "Latin America",
    "south america": "South America",
    "central america": "Central America",
    "europe": "Europe",
    "european": "Europe",
    "western europe": "Western Europe",
    "eastern europe": "Eastern Europe",
    "asia pacific": "Asia Pacific",
    "asia-pacific": "Asia Pacific",
    "apac": "Asia Pacific",
    "asia": "Asia",
    "middle east and africa": "Middle East and Africa",
    "middle east & africa": "Middle East and Africa",
    "mea": "Middle East and Africa",
    "middle east": "Middle East",
    "africa": "Africa",
    "gcc": "GCC",
    "u.s.": "U.S.",
    "us": "U.S.",
    "usa": "U.S.",
    "u.s.a.": "U.S.",
    "united states": "U.S.",
    "american": "U.S.",
    "canada": "Canada",
    "canadian": "Canada",
    "mexico": "Mexico",
    "brazil": "Brazil",
    "china": "China",
    "chinese": "China",
    "india": "India",
    "indian": "India",
    "japan": "Japan",
    "japanese": "Japan",
    "south korea": "South Korea",
    "korea": "South Korea",
    "australia": "Australia",
    "germany": "Germany",
    "german": "Germany",
    "france": "France",
    "french": "France",
    "uk": "U.K.",
    "u.k.": "U.K.",
    "united kingdom": "U.K.",
    "britain": "U.K.",
    "british": "U.K.",
    "italy": "Italy",
    "spain": "Spain",
    "southeast asia": "Southeast Asia",
    "saudi arabia": "Saudi Arabia",
    "uae": "UAE",
    "indonesia": "Indonesia",
    "vietnam": "Vietnam",
    "singapore": "Singapore",
    "nordic": "Nordics",
    "nordics": "Nordics",
}

#: Short names that are regions only in capitals ("US", not the pronoun "us").
_UPPERCASE_ONLY = frozenset({"us", "uk", "mea", "apac", "gcc", "uae"})
_REGION_ALT = "|".join(
    re.escape(r) for r in sorted(REGIONS, key=len, reverse=True) if r not in _UPPERCASE_ONLY
)
_REGION_UPPER_ALT = "|".join(re.escape(r.upper()) for r in sorted(_UPPERCASE_ONLY))
#: A region name in running text.
REGION = re.compile(rf"(?<![\w.])(?:(?i:{_REGION_ALT})|{_REGION_UPPER_ALT})(?![\w])")

# --------------------------------------------------------------------------
# Layout: headings, sections, segments, key players, boilerplate
# --------------------------------------------------------------------------

#: Section headings -> section key. Matched against the whole heading text.
SECTION_HEADINGS: dict[str, re.Pattern[str]] = {
    "drivers": re.compile(
        r"^(?:(?:key|major|market|growth|primary|demand)\s+)*(?:growth\s+)?"
        r"(?:drivers?|driving\s+factors|factors\s+driving|growth\s+factors)"
        r"(?:\s+.*)?$|^what(?:'s|\s+is)\s+driving",
        re.IGNORECASE,
    ),
    "trends": re.compile(
        r"^(?:(?:key|major|market|emerging|latest|industry|recent)\s+)*trends?(?:\s+.*)?$",
        re.IGNORECASE,
    ),
    "challenges": re.compile(
        r"^(?:(?:key|major|market)\s+)*(?:challenges?|restraints?|restraints?\s+(?:and|&)\s+"
        r"challenges?|challenges?\s+(?:and|&)\s+restraints?|barriers?|headwinds|risks?"
        r"|limitations?|constraints?|pitfalls)(?:\s+.*)?$",
        re.IGNORECASE,
    ),
    "opportunities": re.compile(
        r"^(?:(?:key|major|market|growth|emerging|future)\s+)*opportunit(?:y|ies)(?:\s+.*)?$",
        re.IGNORECASE,
    ),
    "outlook": re.compile(
        r"^(?:(?:future|market|industry|long[- ]term|growth)\s+)*(?:outlook|prospects)"
        r"(?:\s+.*)?$|^looking\s+ahead|^what(?:'s|\s+is)\s+next",
        re.IGNORECASE,
    ),
}

#: A segmentation dimension heading: "Based on Source:", "By Product Type", "Regional Outlook".
SEGMENT_HEADING = re.compile(
    r"""^(?:(?:segment(?:ation|ed)?|market\ segmentation|classification)\s+)?
    (?:based\ on|by|segment(?:ation|ed)?\ by|on\ the\ basis\ of|in\ terms\ of)\s+
    (?:the\s+)?(?P<dim>[^:()]{2,50}?)\s*[:\-–]?\s*$""",
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
    r"""(?<![\w])(?:based\ on|by|segment(?:ed|ation)?\ by|on\ the\ basis\ of)\s+(?:the\s+)?
    (?P<dim>[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3}?)\s*\((?P<values>[^()]*,[^()]*)\)""",
    re.VERBOSE | re.IGNORECASE,
)
#: Inline dimension with a colon, at the start of a block (after an optional label):
#: "By End User: Hospitals, Clinics, Home Care".
SEGMENT_COLON = re.compile(
    r"""^(?:[^:]{0,40}:\s*)?(?:based\ on|by|segment(?:ed|ation)?\ by)\s+(?:the\s+)?
    (?P<dim>[^:()]{2,40}?)\s*:\s*(?P<values>[^:]+?)\s*\.?$""",
    re.VERBOSE | re.IGNORECASE,
)
#: A heading that opens the whole segmentation part.
SEGMENTATION_HEADING = re.compile(
    r"^(?:market\s+|key\s+)?segment(?:s|ation)?(?:\s+analysis|\s+overview)?\s*:?$|"
    r"^(?:report\s+)?scope",
    re.IGNORECASE,
)

#: Key-player headings in their many house styles ("Key Player Analysis", "5. Major
#: companies surveyed", "Key Players in the X Market", "Competitive Landscape").
KEY_PLAYER_HEADING = re.compile(
    r"""\b(?:players?|companies|vendors?|manufacturers?|participants?|competitors?|
    suppliers?|providers?|operators|makers|incumbents)\b|\bcompetitive\s+landscape\b|
    \bcompany\s+profiles?\b""",
    re.VERBOSE | re.IGNORECASE,
)

#: Key players named in running prose; group "list" runs to the end of the sentence.
KEY_PLAYER_PROSE = re.compile(
    r"""(?:key|major|leading|prominent|top|main|notable|dominant|established|prime|big)\s+
    (?:market\s+|industry\s+)?
    (?:players?|companies|vendors?|manufacturers?|participants?|competitors?|suppliers?|
       providers?|firms|names)
    (?:
        (?:\s+[\w-]+){0,5}?\s+(?:include|includes|including|comprise|such\ as|are)  # "we track"
      | \s*(?:are|like|:)
    )\s*:?\s*
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

#: "The competitive landscape is led by A, B and C." / "The market is dominated by ..."
KEY_PLAYER_LED_BY = re.compile(
    r"""(?:competitive\ landscape|market|industry|field|space)\s+(?:is|remains|was)\s+
    (?:led|dominated|shaped|headed)\s+by\s+(?P<list>.+)$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A label line that introduces names: "Companies to watch: A, B, C".
KEY_PLAYER_LABEL = re.compile(
    r"""^[^:]{0,30}?\b(?:players?|companies|vendors?|suppliers?|manufacturers?)
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
LEGAL_SUFFIXES: tuple[str, ...] = (
    "Inc.",
    "Inc",
    "Incorporated",
    "Corp.",
    "Corp",
    "Corporation",
    "Co.",
    "Co",
    "Company",
    "Ltd.",
    "Ltd",
    "Limited",
    "LLC",
    "L.L.C.",
    "LLP",
    "LP",
    "L.P.",
    "plc",
    "PLC",
    "Plc",
    "GmbH",
    "AG",
    "SE",
    "S.A.",
    "SA",
    "S.A.S.",
    "SAS",
    "N.V.",
    "NV",
    "B.V.",
    "BV",
    "S.p.A.",
    "SpA",
    "K.K.",
    "KK",
    "A/S",
    "AS",
    "ASA",
    "AB",
    "Oy",
    "Oyj",
    "Pty",
    "Pvt.",
    "Pvt",
    "Private",
    "Holding",
    "Holdings",
    "S.L.",
    "SL",
    "S.R.L.",
    "Srl",
    "S.r.l.",
    "GmbH & Co. KG",
    "KG",
    "KGaA",
    "Tbk",
    "Bhd",
    "Berhad",
    "Sdn",
)

#: Trailers after a list of names: "among others", "etc."
LIST_TRAILER = re.compile(
    r"\s*(?:,?\s*(?:among\s+others|and\s+others|and\s+more|etc\.?|and\s+so\s+on|"
    r"amongst\s+others|among\s+other\s+\w+)\b\.?)\s*$",
    re.IGNORECASE,
)

#: Boilerplate openers: everything from here to the end is not the release.
BOILERPLATE_ZONE = re.compile(
    r"""^\W{0,3}(?:about\s+(?:us|the\s+company|the\s+publisher|[A-Z][\w&.,'’-]*(?:\s+[\w&.,'’-]+){0,5})
    |contact(?:\s+us|\s+details|\s+information)?|media\s+contacts?|press\s+contacts?|
    for\s+(?:more\s+information|further\s+details|media\s+enquiries|inquiries)|
    disclaimer|related\s+(?:reports?|articles|news|stories|research)|
    browse\s+(?:related|more|other)\b.*|more\s+reports?\b.*|trending\s+reports?|
    read\s+more\s+reports|other\s+reports|source:\s*.+|logo:\s*.+|view\s+original\s+content.*)
    \s*[:\-–—]*\s*$""",
    re.VERBOSE | re.IGNORECASE,
)

#: A block that is only a call to action: "Click here for the full report".
CALL_TO_ACTION = re.compile(
    r"""\b(?:click\ here|request\ (?:a\ |for\ )?(?:free\ )?sample|download\ (?:a\ |the\ |free\ )?
    (?:sample|brochure|pdf|report)|buy\ (?:now|the\ report|this\ report)|get\ (?:a\ |the\ |your\ )?
    (?:free\ )?sample|access\ (?:the\ )?full\ (?:market\ )?report|speak\ to\ (?:an?\ |our\ )?
    analyst|inquire\ before\ buying|enquire\ before|ask\ for\ customi[sz]ation|read\ more|
    view\ (?:the\ )?full\ report|browse\ (?:the\ )?full\ report|purchase\ (?:the\ )?report|
    request\ customi[sz]ation|talk\ to\ our\ analyst|subscribe|for\ more\ information|
    visit\ (?:https?://|www\.))""",
    re.VERBOSE | re.IGNORECASE,
)

#: Publisher named in the body: "according to a new report by Acme Insights".
PUBLISHER_PROSE = re.compile(
    r"""(?:report|study|analysis|research|survey)\s+(?:published\s+|released\s+)?(?:by|from)\s+
    (?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*|of|and)){0,5})""",
    re.VERBOSE,
)
#: "Acme Research is a market research firm ..." in an About block.
PUBLISHER_ABOUT = re.compile(
    r"""^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5}),?\s+(?:\([^)]*\)\s+)?
    (?:is|are|has\ been|was|,\s+a|is\ a)\b""",
    re.VERBOSE,
)
#: Words research firms end their names with: "Acme Insights", "Nordlicht Marktforschung".
FIRM_NAME = re.compile(
    r"""(?P<name>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,4}?\s+
    (?:Research|Insights?|Analytics|Metrics|Partners|Consulting|Consultants|Intelligence|
       Advisory|Group|Data\ Works|Marktforschung|Associates)
    (?:\s+(?:&\s+)?(?:Advisory|Group|Partners|Inc\.?|LLC|Ltd\.?))?)(?![\w&])""",
    re.VERBOSE,
)
#: The publisher describing itself: "Acme Research is an independent research house ..."
PUBLISHER_SELF = re.compile(
    r"""^\W{0,3}(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,5})\s+(?:\([^)]*\)\s+)?
    (?:(?:is|are)\s+(?:a|an|the|one\ of)\b|provides|publishes|offers|delivers)
    [^.]{0,120}?\b(?:research|consult\w*|analytics|intelligence|advisory|market\ study|
    market\ sizing)\b""",
    re.VERBOSE,
)
#: "Published by Acme Research", "Source: Acme Research".
PUBLISHED_BY = re.compile(r"\b(?:published|issued|released|compiled)\s+by\s+", re.IGNORECASE)

#: Newswire dateline: "PUNE, India, March 3, 2025 /PRNewswire/ -- Acme Insights ..."
NEWSWIRE = re.compile(
    r"/\s*(?:PRNewswire|PR\s?Newswire|GLOBE\s?NEWSWIRE|Business\s?Wire|EIN\s?Presswire|"
    r"PRWeb|ACCESSWIRE|Newsfile)[^/]*/\s*(?:--|—|–|-)\s*",
    re.IGNORECASE,
)

#: A list item that looks cut short: one letter ("S."), or a dangling connector.
SUSPECT_ITEM = re.compile(r"^\W*[A-Za-z]\.?$|(?:\s(?:and|or|of|with|the|for)|&|,)\s*$")

# --------------------------------------------------------------------------
# Attribution: whose number is it?
# --------------------------------------------------------------------------

#: A firm's name: capitalised words, "&" allowed, an optional legal suffix.
_FIRM = r"""(?P<firm>[A-Z][\w&.'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&.'’-]*){0,5}
    (?:,?\s+(?:Inc\.?|LLC|Ltd\.?))?)"""

#: Sentences that attribute their numbers to a firm, strongest first.
ATTRIBUTION: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"""\b(?i:according\ to|as\ per|cited\ by|per\ data\ from)\s+   # any case
        (?i:(?:a|an|the)\s+)?(?i:(?:new|latest|recent|recently\ published)\s+)?
        (?i:(?:report|study|analysis|research|data|survey|forecast|estimates?)\s+
           (?:published\s+|released\s+)?(?:by|from|of)\s+)?   # "a new report by"
        {_FIRM}                                                 # the firm, capitalised""",
        re.VERBOSE,
    ),
    re.compile(
        rf"""\b(?i:report|study|analysis|data|research|survey|forecast)\s+
        (?i:published\s+|released\s+|compiled\s+)?(?i:by|from)\s+   # "report by"
        {_FIRM}""",
        re.VERBOSE,
    ),
    re.compile(
        r"""(?P<firm>[A-Z][\w&'’-]*(?:\s+(?:&\s+)?[A-Z][\w&'’-]*){0,4}?\s+
        (?:Research|Insights?|Analytics|Intelligence|Consulting|Advisory|Group)
        (?:,?\s+Inc\.?)?)\s+
        (?:estimates|forecasts|projects|predicts|expects|says|said|reports|found|finds|notes)\b""",
        re.VERBOSE,
    ),
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
    "24-7 Press Release",
    "MarketWatch",
    "Yahoo Finance",
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
