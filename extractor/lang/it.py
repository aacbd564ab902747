"""Italian: decimal comma, "." between thousands; "miliardi" is 10^9, "mila" 10^3."""

from __future__ import annotations

from . import Language, phrases, words

_THIN, _NBSP, _NNBSP = "\u2009", "\u00a0", "\u202f"

ITALIAN: Language = Language(
    code="it",
    name="Italiano",
    stop_words=frozenset(
        words(
            "gli della delle degli dei nel nella nei negli alla alle ai per che sono è "
            "anche più secondo dal dalla dagli questo questa sarà hanno mentre tra fra "
            "nell sull dell di stato stata dovrebbe ancora grazie già cui quale essere ogni "
            "loro suoi sue nelle sulle agli dai uno rispetto"
        )
    ),
    decimal_mark=",",
    group_separators=(".", _THIN, _NBSP, _NNBSP),
    scales={
        "mila": ("thousand", 10**3),
        "milione": ("million", 10**6),
        "milioni": ("million", 10**6),
        "mln": ("million", 10**6),
        "mln.": ("million", 10**6),
        "miliardo": ("billion", 10**9),
        "miliardi": ("billion", 10**9),
        "mld": ("billion", 10**9),
        "mld.": ("billion", 10**9),
        "mrd": ("billion", 10**9),
        # An Italian "bilione" is, like the German Billion, a million million.
        "bilione": ("trillion", 10**12),
        "bilioni": ("trillion", 10**12),
    },
    terse_scales=frozenset({"mila", "mln", "mln.", "mld", "mld.", "mrd"}),
    range_words=("a",),
    currency_links=("di",),
    currency_symbols_after=("€",),
    currency_words={
        "euro": "EUR",
        "dollari": "USD",
        "dollari statunitensi": "USD",
        "dollari usa": "USD",
        "sterline": "GBP",
        "yen": "JPY",
        "yuan": "CNY",
        "franchi svizzeri": "CHF",
    },
    percent_words=("per cento",),
    hedges={
        "circa": "near",
        "intorno a": "near",
        "quasi": "upper",
        "meno di": "upper",
        "oltre": "lower",
        "più di": "lower",
        "almeno": "lower",
    },
    count_nouns=words(
        "persone unità tonnellate utenti pazienti veicoli famiglie clienti dipendenti "
        "dispositivi ettari litri"
    ),
    bare_money_cues=phrases("valutato, valutata, valore di, raggiungere, raggiungerà"),
    abbreviations=words("ca. mln. mld. Sig. Sig.ra"),
    cagr_before_patterns=(
        r"CAGR",
        r"TCAC",
        r"tasso\s+(?:di\s+crescita\s+)?(?:annuo|annuale)\s+composto(?:\s+di\s+crescita)?",
        r"tasso\s+di\s+crescita\s+(?:medio\s+)?(?:annuo|annuale)(?:\s+composto)?",
        r"crescita\s+(?:media\s+)?(?:annua|annuale)(?:\s+composta)?",
    ),
    cagr_abbreviations=("TCAC",),
    cagr_after_patterns=(
        r"(?:all'|l')anno\b",
        r"annu[oi]\b",
        r"ogni\s+anno",
    ),
    share_after_patterns=(
        r"(?:della\s+)?quota(?:\s+di\s+mercato)?",
        r"del\s+(?:mercato|totale)",
    ),
    period_leads=phrases("dal, da, tra il, fra il, tra, fra, nel periodo, durante il, per il"),
    period_pair_leads=("tra il", "fra il", "tra", "fra"),
    period_fillers=words("il periodo anni"),
    period_connectors=words("al a e"),
    period_pair_connectors=("e",),
    forecast_phrase_patterns=(
        r"periodo\s+(?:di\s+)?(?:previsione|proiezione)",
        r"periodo\s+previsionale",
    ),
    year_prepositions=phrases("nel, entro il, entro, per il, alla fine del, durante il"),
    price_words=phrases("cadauno, ciascuno, al pezzo, alla tonnellata, per azione, a tonnellata"),
    time_units=phrases("anno, mese, trimestre, settimana, giorno"),
    year_fillers=phrases(
        "l'anno, la fine del, il, gennaio, febbraio, marzo, aprile, maggio, giugno, "
        "luglio, agosto, settembre, ottobre, novembre, dicembre"
    ),
    forecast_prepositions=phrases("entro il, entro"),
    by_prepositions=phrases("entro il, entro"),
    lead_year_prepositions=phrases("nel, nell'anno, entro il"),
    late_year_prepositions=phrases("nel, entro il, entro"),
    rate_end_prepositions=phrases("entro il, fino al, al"),
    forecast_cues=phrases(
        "raggiungere, raggiungerà, raggiungendo, arrivare a, arriverà a, crescere, crescerà, "
        "superare, supererà, si prevede, si stima che, previsto, prevista, dovrebbe"
    ),
    base_cues=phrases(
        "valutato, valutata, valore, stimato in, era, è stato, ha raggiunto, si è attestato, "
        "dimensione"
    ),
    future_cues=phrases("si prevede, sarà, raggiungerà, previsto, prevista, crescerà, dovrebbe"),
    from_words=phrases("da, dai, dagli, passando da, passerà da"),
    paired_from_words=("da",),
    paired_to_words=("a",),
    to_words=phrases("raggiungere, raggiungerà, raggiungendo, arrivare a"),
    other_money_cues=words(
        "investimento investimenti investito finanziamento acquisizione sovvenzione prestito "
        "stabilimento round"
    ),
    market_words=words("mercato settore industria vendite ricavi fatturato domanda valutato"),
    section_heading_patterns={
        "drivers": (
            r"^(?:(?:i\s+)?principali\s+)?(?:driver|fattori\s+(?:di\s+crescita|trainanti))"
            r"(?:\s+.*)?$",
        ),
        "trends": (r"^(?:(?:le\s+)?(?:principali|nuove)\s+)?tendenze(?:\s+.*)?$",),
        "challenges": (r"^(?:(?:le\s+)?principali\s+)?(?:sfide|criticità|vincoli)(?:\s+.*)?$",),
        "opportunities": (r"^(?:(?:le\s+)?principali\s+)?opportunità(?:\s+.*)?$",),
        "outlook": (r"^prospettive(?:\s+.*)?$",),
    },
    segmentation_heading_patterns=(r"^segmentazione(?:\s+del\s+mercato)?\s*:?$",),
    segment_by=phrases("per, in base a, suddiviso per, segmentato per"),
    articles=words("il lo la i gli le l'"),
    key_player_nouns=phrases(
        "aziende, attori, produttori, fornitori, società, concorrenti, operatori, "
        "panorama competitivo, profili aziendali"
    ),
    key_player_prose_patterns=(
        r"(?:le\s+|i\s+|gli\s+)?(?:principali|maggiori)\s+(?:aziende|attori|produttori"
        r"|fornitori|società|operatori)(?:\s+[\w-]+){0,4}?\s+(?:sono|includono|comprendono)"
        r"\s*:?\s*",
        r"tra\s+(?:i|le|gli)\s+principali\s+(?:aziende|attori|produttori|operatori)"
        r"(?:\s+[\w-]+){0,4}?\s+(?:figurano|ci\s+sono|si\s+trovano)\s*:?\s*",
    ),
    about_openers=phrases("informazioni su, chi è, a proposito di"),
    name_follows_noun=True,
    market_nouns=("mercato",),
    market_name_links=phrases("dei, degli, delle, della, del, di"),
    name_stops=frozenset(
        words(
            """nel nella in a al per con senza su secondo era è fu sarà sarebbe ha hanno
            raggiunto raggiungerà potrebbe dovrebbe si il lo la i gli le un una e o che
            entro dal passerà crescerà supererà varrà valeva vale valgono valevano valse"""
        )
    ),
    self_descriptions=phrases("è una, è un, è la, è il, offre"),
    research_words=phrases("ricerche, consulenza, ricerca, analisi, research"),
    attributions=phrases("secondo, stando a, in base a"),
    firm_kinds=phrases(
        "società di consulenza, istituto di ricerca, società di ricerche di mercato"
    ),
    study_nouns=words("rapporto studio analisi ricerca report"),
    study_by=phrases("di, pubblicato da, realizzato da, da"),
    contact_openers=phrases("contatti, contatto, contatti stampa, ufficio stampa"),
    conjunctions=("e", "ed"),
    legal_suffixes=words("S.p.A. SpA S.r.l. Srl S.a.s. S.n.c."),
    location_prepositions=phrases("in, nel, nella"),
    regions={
        "mondiale": "Global",
        "globale": "Global",
        "nord america": "North America",
        "nordamerica": "North America",
        "america latina": "Latin America",
        "sud america": "South America",
        "sudamerica": "South America",
        "europa": "Europe",
        "europeo": "Europe",
        "europea": "Europe",
        "asia-pacifico": "Asia Pacific",
        "asia pacifico": "Asia Pacific",
        "medio oriente e africa": "Middle East and Africa",
        "medio oriente": "Middle East",
        "africa": "Africa",
        "germania": "Germany",
        "francia": "France",
        "spagna": "Spain",
        "italia": "Italy",
        "italiano": "Italy",
        "italiana": "Italy",
        "regno unito": "U.K.",
        "stati uniti": "U.S.",
        "messico": "Mexico",
        "brasile": "Brazil",
        "giappone": "Japan",
        "cina": "China",
        "india": "India",
    },
)
