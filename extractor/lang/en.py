"""English: the house language of the corpus, and the default."""

from __future__ import annotations

from . import Language, phrases, words

ENGLISH: Language = Language(
    code="en",
    name="English",
    stop_words=frozenset(
        words(
            "the and of to is with for by from that this are was will be its which as at has "
            "have been their it or into than also such these while were would can our other "
            "more through across during over"
        )
    ),
    decimal_mark=".",
    group_separators=(",",),
    indian_grouping=True,
    short_decimal_comma=True,
    scales={
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
    },
    terse_scales=frozenset({"k", "m", "mm", "b", "t", "cr"}),
    range_words=("to",),
    number_words={
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "a hundred": 100,
    },
    currency_words={
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
    },
    percent_words=("percent", "per cent", "pct"),
    hedges={
        "an estimated": "near",
        "just over": "lower",
        "just under": "upper",
        "slightly more than": "lower",
        "slightly over": "lower",
        "slightly above": "lower",
        "well over": "lower",
        "more than": "lower",
        "less than": "upper",
        "close to": "near",
        "at least": "lower",
        "at most": "upper",
        "up to": "upper",
        "in excess of": "lower",
        "upwards of": "lower",
        "approximately": "near",
        "approx.": "near",
        "roughly": "near",
        "around": "near",
        "about": "near",
        "nearly": "upper",
        "almost": "upper",
        "over": "lower",
        "above": "lower",
        "under": "upper",
        "below": "upper",
        "some": "near",
        "~": "near",
    },
    count_nouns=words(
        "unit units ton tons tonne tonnes people patients users subscribers devices "
        "vehicles doses barrels households homes customers clients employees jobs cases "
        "procedures square sq hectares acres kilometers km miles liters litres gallons kg "
        "mt mw gw kw tests shipments visitors downloads members beds students cars trips"
    ),
    bare_money_cues=phrases(
        "valued at, worth, reach, reached, reaches, reaching, size of, stood at, "
        "estimated at, accounted for, revenue of, revenues of, from, to, generated"
    ),
    cagr_before_patterns=(
        r"CAGR",
        r"C\.A\.G\.R\.?",
        r"compound(?:ed)? annual growth rate",
        r"annual(?:ized)? (?:growth )?rate",
        r"annual growth",
        r"growth rate",
        # "is due to grow at a rate of 13.9% between 2015 and 2020" (not "grew": a year's)
        r"grow(?:s|ing)? at an? (?:[\w-]+ )?rate",
    ),
    cagr_abbreviations=("CAGR",),
    cagr_after_patterns=(
        r"CAGR",
        r"compound(?:ed)? annual",
        r"annual(?:ly|ized)?\b(?!\s+(?:revenue|sales))",
        r"per annum",
        r"p\.\s?a\.",
        r"a year",
        r"per year",
        r"each year",
        r"year[- ]on[- ]year compounded",
    ),
    share_after_patterns=(
        r"share",
        r"of (?:the|total|global|overall|all|its|market)",
        r"revenue share",
        r"market share",
    ),
    period_leads=words("from between during over for"),
    period_pair_leads=("between",),
    period_fillers=words("the year years"),
    period_connectors=words("to through thru until till and"),
    period_pair_connectors=("and",),
    title_horizon_patterns=(
        r"(?:forecast|outlook|projections?)\s+(?:to|till|until|through|by)\s+(?P<year>(?:19|20)\d\d)\b",
    ),
    forecast_phrase_patterns=(
        r"forecast(?:ed)?\s+(?:period|timeline|horizon|window|years?)",
        r"forecasts?,?\s+\(?(?=(?:19|20)\d\d)",
        r"assessment\s+period",
        r"projection\s+period",
    ),
    # Order matters: the first that leads to a year wins and the fillers take the rest,
    # so "by the end of 2030" is recorded as "by" (as it always was).
    year_prepositions=phrases(
        "in, by, for, during, as of, at the end of, by the end of, by end of, till, until, "
        "through, in the year, in fiscal, in fiscal year, in the fiscal year, "
        "at the close of, over"
    ),
    # "in November 2022": a month between the preposition and the year.
    price_words=phrases("per, each, apiece, a share, a unit, a piece, a ton, a tonne"),
    time_units=phrases("year, years, annum, month, quarter, week, day, decade"),
    year_fillers=phrases(
        "the, end of, year, January, February, March, April, May, June, July, August, "
        "September, October, November, December"
    ),
    forecast_prepositions=("by", "by the end of", "by end of", "till", "until", "through"),
    by_prepositions=("by",),
    lead_year_prepositions=("in", "by", "as of", "for", "during"),
    late_year_prepositions=("in", "by", "for", "during", "of"),
    rate_end_prepositions=("through", "until", "till", "to", "by", "up to"),
    forecast_cues=phrases(
        "reach, hit, touch, cross, surpass, exceed, attain, climb, rise, grow, increase, "
        "surge, expand, soar, jump, projected, expected, forecast, anticipated, predicted, "
        "poised, set, will, likely, estimated to, to"
    ),
    base_cues=phrases(
        "valued, valuation, worth, stood, was, were, is, accounted, estimated at, size, "
        "generated, recorded, from, at, reached, totaled, totalled, amounted to, hit"
    ),
    future_cues=("will", "expected", "projected", "forecast", "anticipated", "poised", "set"),
    from_words=("from",),
    to_words=("to", "reach", "reaching", "hit", "touch", "surpass", "exceed", "cross"),
    other_money_cues=phrases(
        "invest, invested, invests, investing, investment, fund, funding, funded, funds, "
        "raise, raises, raised, raising, agreement, agreements, licensing, license, "
        "acquire, acquired, acquires, acquiring, acquisition, deal, contract, "
        "grant, capex, capital expenditure, plant, facility, committed, pledged, earmarked, "
        "allocated, partnership, merger, bought, spent, spending plan, loan, financing, "
        "round, allocation, outlay, scheme, subsidy, subsidies, premium, price, prices, "
        "cost, costs, paid, pays, buy, buys, buyout, programme, program, payments, loans, "
        "sanctioned, reported, milestone, support, framework contract, agreed to buy, "
        "purchase, purchases, purchase order, order, orders, reimbursement, reimbursements, "
        "inventory"
    ),
    company_money_cues=phrases(
        "market cap, market capitalization, market capitalisation, pre-money valuation, "
        "equity valuation, "
        "post-money valuation, per share, share valuation, share price, stock price, "
        "price target, price to, shares are, shares rose, shares fell, shares traded, "
        "all-time high, gross proceeds, net proceeds, net loss, lost, in a transaction, "
        "transaction worth, transaction valued, the company generated, the company reported, "
        "the company posted, its revenue, its revenues, ipo, spac, pipe, reported revenue, "
        "reported revenues, reported sales, posted revenue, posted revenues, posted sales"
    ),
    market_words=words(
        "market industry sector segment revenue sales size valued valuation demand spending"
    ),
    section_heading_patterns={
        "drivers": (
            r"^(?:(?:key|major|market|growth|primary|demand)\s+)*(?:growth\s+)?"
            r"(?:drivers?|driving\s+factors|factors\s+driving|growth\s+factors)(?:\s+.*)?$",
            r"^what(?:'s|\s+is)\s+driving",
            # "Reasons for Growth", "Key Reasons Behind the Market's Growth", "Growth Catalysts"
            r"^(?:(?:key|main|major)\s+)?reasons?\s+(?:for|behind)\s+(?:the\s+)?"
            r"(?:market(?:'s|’s)?\s+)?growth$",
            r"^(?:key\s+)?growth\s+catalysts?$",
        ),
        "trends": (
            r"^(?:(?:key|major|market|emerging|latest|industry|recent)\s+)*trends?(?:\s+.*)?$",
        ),
        "challenges": (
            r"^(?:(?:key|major|market)\s+)*(?:challenges?|restraints?|restraints?\s+(?:and|&)\s+"
            r"challenges?|challenges?\s+(?:and|&)\s+restraints?|barriers?|headwinds|risks?"
            r"|limitations?|constraints?|pitfalls)(?:\s+.*)?$",
        ),
        "opportunities": (
            r"^(?:(?:key|major|market|growth|emerging|future)\s+)*opportunit(?:y|ies)(?:\s+.*)?$",
        ),
        "outlook": (
            r"^(?:(?:future|market|industry|long[- ]term|growth)\s+)*(?:outlook|prospects)"
            r"(?:\s+.*)?$",
            r"^looking\s+ahead",
            r"^what(?:'s|\s+is)\s+next",
        ),
    },
    segmentation_heading_patterns=(
        r"^(?:market\s+|key\s+)?segment(?:s|ation)?(?:\s+analysis|\s+overview)?\s*:?$",
        r"^(?:report\s+)?scope",
    ),
    segment_by=phrases("based on, by, segmented by, segmentation by, segment by, on the basis of"),
    segment_heading_by=("in terms of",),
    articles=("the",),
    key_player_nouns=phrases(
        "player, players, companies, vendor, vendors, manufacturer, manufacturers, "
        "participant, participants, competitor, competitors, supplier, suppliers, provider, "
        "providers, operators, makers, incumbents, competitive landscape, company profile, "
        "company profiles"
    ),
    about_openers=("about",),
    market_nouns=("market",),
    market_name_links=("for", "for the"),
    name_stops=frozenset(
        words(
            """the a an of in for on with by from to at as that which this these its their
            our his her is are was were be been will would can could may might has have had
            and/or overall entire whole total said such into across within while where when
            than about says per according between among during but yet so whereas also
            even titled expected projected estimated anticipated valued poised predicted
            forecasted updated revised latest spotlighting highlighting featuring showcasing
            exploring analyzing analysing examining revealing outlining
            detailing unveiling releases launches publishes announces unveils introduces
            presents provide provides providing offer offers offering deliver delivers
            delivering"""
        )
    ),
    self_descriptions=phrases(
        "is a, is an, is the, is one of, are a, are an, provides, publishes, offers, delivers"
    ),
    research_words=phrases(
        "research, consulting, consultancy, analytics, intelligence, advisory, market study, "
        "market sizing"
    ),
    attributions=phrases("according to, as per, cited by, per data from"),
    firm_kinds=phrases(
        "market research firm, research firm, consulting firm, consultancy, analyst firm, "
        "research company, advisory firm, market intelligence firm"
    ),
    study_nouns=words("report study analysis research data survey forecast estimates"),
    study_by=phrases("by, from, published by, released by, compiled by"),
    contact_openers=phrases(
        "contact, contact us, contact details, contact information, media contact, "
        "media contacts, press contact, press contacts"
    ),
    # International forms seen in English releases stay here; each language adds its own.
    conjunctions=("and",),
    legal_suffixes=words(
        "Inc. Inc Incorporated Corp. Corp Corporation Co. Co Company Ltd. Ltd Limited LLC "
        "L.L.C. LLP LP L.P. plc PLC Plc N.V. NV B.V. BV S.p.A. SpA K.K. KK A/S AS ASA AB Oy "
        "Oyj Pty Pvt. Pvt Private Holding Holdings S.R.L. Srl S.r.l. Tbk Bhd Berhad Sdn"
    ),
    location_prepositions=phrases("in"),
    agent_participles=phrases(
        "led, driven, dominated, followed, fuelled, fueled, boosted, spurred, propelled, "
        "supported, powered, backed, owned, held, offset, hampered, caused, used, made"
    ),
    regions={
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
        "emea": "EMEA",
        "americas": "Americas",
        "amer": "Americas",
        "apj": "Asia Pacific",
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
    },
)
