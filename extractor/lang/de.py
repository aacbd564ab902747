"""German: decimal comma, "." or a thin space between thousands; "Billion" is 10^12."""

from __future__ import annotations

from . import Language, phrases, words

_THIN, _NBSP, _NNBSP = "\u2009", "\u00a0", "\u202f"

GERMAN: Language = Language(
    code="de",
    name="Deutsch",
    stop_words=frozenset(
        words(
            "der die das und ist mit für von den dem im auf zu wird werden sich nicht auch "
            "nach bis durch sind eine einer eines ein einem zum zur wurde bei aus oder als wie "
            "dieser diese dieses wir ihre seine sowie laut"
        )
    ),
    decimal_mark=",",
    group_separators=(".", _THIN, _NBSP, _NNBSP),
    scales={
        "tsd.": ("thousand", 10**3),
        "tsd": ("thousand", 10**3),
        "tausend": ("thousand", 10**3),
        "mio.": ("million", 10**6),
        "mio": ("million", 10**6),
        "million": ("million", 10**6),
        "millionen": ("million", 10**6),
        "mrd.": ("billion", 10**9),
        "mrd": ("billion", 10**9),
        "milliarde": ("billion", 10**9),
        "milliarden": ("billion", 10**9),
        # A German "Billion" is a million million: 10^12, an English trillion.
        "bio.": ("trillion", 10**12),
        "billion": ("trillion", 10**12),
        "billionen": ("trillion", 10**12),
    },
    terse_scales=frozenset({"tsd.", "tsd", "bio."}),
    range_words=("bis",),
    currency_symbols_after=("€", "$", "£"),
    number_words={
        "eine": 1,
        "einer": 1,  # "von einer Billion Euro": the article inflects
        "einem": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "fünfzehn": 15,
        "zwanzig": 20,
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "hundert": 100,
    },
    currency_words={
        "euro": "EUR",
        "us-dollar": "USD",
        "us-dollars": "USD",
        "dollar": "USD",
        "pfund": "GBP",
        "pfund sterling": "GBP",
        "schweizer franken": "CHF",
        "franken": "CHF",
    },
    percent_words=("prozent",),
    hedges={
        "rund": "near",
        "etwa": "near",
        "ca.": "near",
        "circa": "near",
        "ungefähr": "near",
        "geschätzt": "near",
        "schätzungsweise": "near",
        "über": "lower",
        "mehr als": "lower",
        "mindestens": "lower",
        "gut": "lower",
        "knapp über": "lower",
        "fast": "upper",
        "knapp": "upper",
        "nahezu": "upper",
        "beinahe": "upper",
        "weniger als": "upper",
        "bis zu": "upper",
        "höchstens": "upper",
    },
    count_nouns=words(
        "Einheiten Stück Tonnen Menschen Personen Nutzer Patienten Fahrzeuge Geräte Kunden "
        "Haushalte Beschäftigte Mitarbeiter Quadratmeter Hektar Liter Kilometer"
    ),
    bare_money_cues=phrases("bewertet mit, Volumen von, Wert von, Umsatz von, ausgehend von"),
    abbreviations=words("Mio. Mrd. Tsd. Bio. ca. bzw. inkl. Nr. rd."),
    cagr_before_patterns=(
        r"(?:durchschnittlichen?\s+)?jährlichen?\s+Wachstumsrate",
        r"Wachstumsrate",
        r"(?:durchschnittliche[ns]?\s+)?jährliche[ns]?\s+Wachstum",
    ),
    cagr_after_patterns=(
        r"pro\s+Jahr",
        r"jährlich\b",
        r"im\s+Jahresdurchschnitt",
    ),
    share_after_patterns=(
        r"Marktanteil",
        r"Anteil",
        r"(?:des|am)\s+(?:gesamten\s+)?(?:Marktes|Umsatzes|Gesamtmarktes|Gesamtumsatzes)",
    ),
    period_leads=phrases("von, zwischen, im Zeitraum, während, für"),
    period_pair_leads=("zwischen",),
    period_fillers=words("den dem Jahren Jahr Zeitraum"),
    period_connectors=words("bis und"),
    period_pair_connectors=("und",),
    title_horizon_patterns=(r"prognose\s+bis\s+(?P<year>(?:19|20)\d\d)\b",),
    forecast_phrase_patterns=(
        r"Prognosezeitraum(?:s|es)?",
        r"Vorhersagezeitraum(?:s|es)?",
        r"Prognosehorizont(?:s|es)?",
    ),
    year_prepositions=phrases("im Jahr, im Jahre, in, bis, für, Ende"),
    price_words=phrases(
        "pro Stück, pro Tonne, pro Kopf, pro Einheit, pro Aktie, je Stück, je Tonne, "
        "je Aktie, das Stück, die Tonne"
    ),
    time_units=phrases("Jahr, Monat, Quartal, Woche, Tag"),
    year_fillers=phrases(
        "zum Jahr, zum, Ende, des Jahres, Jahr, Januar, Februar, März, April, Mai, Juni, "
        "Juli, August, September, Oktober, November, Dezember"
    ),
    forecast_prepositions=phrases("bis"),
    by_prepositions=("bis",),
    lead_year_prepositions=phrases("im Jahr, im Jahre, im, in, bis"),
    late_year_prepositions=phrases("im Jahr, im, in, bis"),
    rate_end_prepositions=phrases("bis, bis zum Jahr, bis Ende"),
    forecast_cues=phrases(
        "erreichen, steigen auf, wachsen auf, ansteigen auf, anwachsen auf, übersteigen, "
        "prognostiziert, voraussichtlich, erwartet, dürfte, soll, sollen, wird, werden"
    ),
    base_cues=phrases(
        "bewertet, Marktvolumen, Volumen, belief, betrug, lag, war, wurde, erzielte, Wert"
    ),
    future_cues=words("wird werden soll sollen voraussichtlich prognostiziert erwartet dürfte"),
    from_words=phrases("ausgehend von"),
    paired_from_words=("von",),
    paired_to_words=("auf",),
    to_words=phrases("steigen auf, wachsen auf, ansteigen auf, anwachsen auf"),
    other_money_cues=words(
        "investiert investieren Investition Investitionen Finanzierung Finanzierungsrunde "
        "Übernahme Förderung Fördermittel Kredit Darlehen"
    ),
    market_words=words("Markt Marktes Marktvolumen Branche Umsatz Umsätze Nachfrage bewertet"),
    section_heading_patterns={
        "drivers": (
            r"^(?:(?:wichtigste|wichtige|zentrale)\s+)*(?:wachstumstreiber|markttreiber|treiber"
            r"|wachstumsfaktoren|triebkräfte)(?:\s+.*)?$",
        ),
        "trends": (
            r"^(?:(?:wichtigste|wichtige|aktuelle|zentrale)\s+)*(?:markt)?trends(?:\s+.*)?$",
        ),
        "challenges": (
            r"^(?:(?:wichtigste|wichtige|zentrale)\s+)*(?:herausforderungen|hemmnisse"
            r"|markthemmnisse|risiken)(?:\s+.*)?$",
        ),
        "opportunities": (
            r"^(?:(?:wichtigste|wichtige)\s+)*(?:markt|wachstums)?chancen(?:\s+.*)?$",
        ),
        "outlook": (r"^(?:markt|zukunfts)?(?:ausblick|aussichten|perspektiven)(?:\s+.*)?$",),
    },
    segmentation_heading_patterns=(
        r"^(?:markt)?segmentierung(?:\s+des\s+marktes)?\s*:?$",
        r"^marktsegmente\s*:?$",
    ),
    segment_by=phrases("nach, basierend auf, auf Basis von, segmentiert nach"),
    articles=words("dem der den"),
    key_player_nouns=words(
        "Marktteilnehmer Marktakteure Akteure Unternehmen Hersteller Anbieter Wettbewerber "
        "Wettbewerbslandschaft Wettbewerbsumfeld Unternehmensprofile"
    ),
    key_player_prose_patterns=(
        r"(?:zu\s+den\s+)?(?:wichtigsten|führenden|bedeutendsten|großen)\s+"
        r"(?:Marktteilnehmern?|Akteuren?|Unternehmen|Herstellern?|Anbietern?)"
        r"(?:\s+[\w-]+){0,4}?\s+(?:gehören|zählen|sind)\s*:?\s*",
    ),
    about_openers=("über",),
    name_follows_noun=True,
    market_nouns=("markt", "weltmarkt"),
    market_name_links=phrases("für, für den, für die, für das"),
    name_stops=frozenset(
        words(
            """in im am an auf aus bis bei mit nach von vom zu zum zur um über unter wurde wird
            werden soll sollen hat haben ist sind war waren dürfte könnte der die das den dem
            des ein eine einen einem einer und oder sowie laut wächst wuchs steigt stieg erreicht
            erreichte hatte hatten betrug betrugen lag lagen verzeichnete umfasste"""
        )
    ),
    self_descriptions=phrases("ist ein, ist eine, ist das, ist der, bietet"),
    research_words=phrases("marktforschung, analysehaus, beratung, analysen, studien, research"),
    attributions=phrases("laut, nach angaben von, zufolge, gemäß"),
    firm_kinds=words(
        """Unternehmensberatung Consultingfirma Beratungsfirma Beratungsgesellschaft
        Marktforschungsinstitut Marktforschungsunternehmen Marktforscher Analysehaus"""
    ),
    study_nouns=words("Studie Bericht Analyse Untersuchung Prognose"),
    study_by=phrases("von, der, veröffentlicht von"),
    contact_openers=words("Kontakt Pressekontakt Medienkontakt Ansprechpartner"),
    conjunctions=("und",),
    legal_suffixes=(
        "GmbH",
        "mbH",
        "AG",
        "SE",
        "KG",
        "KGaA",
        "GmbH & Co. KG",
        "UG",
        "e.V.",
    ),
    location_prepositions=phrases("in, im, in der"),
    regions={
        "weltweit": "Global",
        "weltweite": "Global",
        "weltweiten": "Global",
        "weltweites": "Global",
        "globale": "Global",
        "globalen": "Global",
        "globales": "Global",
        "globaler": "Global",
        "weltmarkt": "Global",
        "nordamerika": "North America",
        "lateinamerika": "Latin America",
        "südamerika": "South America",
        "europa": "Europe",
        "europäische": "Europe",
        "europäischen": "Europe",
        "westeuropa": "Western Europe",
        "osteuropa": "Eastern Europe",
        "asien-pazifik": "Asia Pacific",
        "asien": "Asia",
        "naher osten und afrika": "Middle East and Africa",
        "afrika": "Africa",
        "deutschland": "Germany",
        "deutsche": "Germany",
        "deutschen": "Germany",
        "frankreich": "France",
        "spanien": "Spain",
        "italien": "Italy",
        "vereinigte staaten": "U.S.",
        "vereinigtes königreich": "U.K.",
        "großbritannien": "U.K.",
    },
)
