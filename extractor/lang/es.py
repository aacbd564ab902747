"""Spanish: decimal comma, "." between thousands; "mil millones" is 10^9, "billón" 10^12."""

from __future__ import annotations

from . import Language, phrases, words

_THIN, _NBSP, _NNBSP = "\u2009", "\u00a0", "\u202f"

SPANISH: Language = Language(
    code="es",
    name="Español",
    stop_words=frozenset(
        words(
            "el los las del una por con para está están sus como más también según al lo "
            "fue ha han sobre este esta estos pero muy desde hasta cuando ser será hay "
            "mientras"
        )
    ),
    decimal_mark=",",
    group_separators=(".", _THIN, _NBSP, _NNBSP),
    scales={
        "mil": ("thousand", 10**3),
        "millón": ("million", 10**6),
        "millones": ("million", 10**6),
        # "mil millones" is a thousand million: an English billion.
        "mil millones": ("billion", 10**9),
        "miles de millones": ("billion", 10**9),
        "millardo": ("billion", 10**9),
        "millardos": ("billion", 10**9),
        # A Spanish "billón" is a million million: an English trillion.
        "billón": ("trillion", 10**12),
        "billones": ("trillion", 10**12),
    },
    terse_scales=frozenset({"mil"}),
    # "M" is millions in Spain and thousands in Latin American accounts; "MM" is millions
    # there and thousand millions here: which one a release means is house style.
    ambiguous_scales=("MMM", "MM", "M"),
    range_words=("a", "hasta"),
    currency_links=("de",),
    currency_symbols_after=("€",),
    # "$" is the peso sign across Latin America: without "US$" or "dólares" it is no currency.
    currency_symbol_overrides={"$": None},
    currency_words={
        "euros": "EUR",
        "dólares": "USD",
        "dólares estadounidenses": "USD",
        "dólares americanos": "USD",
        "libras esterlinas": "GBP",
        "libras": "GBP",
        "yenes": "JPY",
        "yuanes": "CNY",
        "rupias": "INR",
        "francos suizos": "CHF",
        "reales": "BRL",
        "pesos mexicanos": "MXN",
    },
    percent_words=("por ciento",),
    hedges={
        "alrededor de": "near",
        "aproximadamente": "near",
        "aprox.": "near",
        "en torno a": "near",
        "cerca de": "near",
        "unos": "near",
        "unas": "near",
        "más de": "lower",
        "al menos": "lower",
        "poco más de": "lower",
        "como mínimo": "lower",
        "casi": "upper",
        "menos de": "upper",
        "poco menos de": "upper",
    },
    count_nouns=words(
        "personas unidades toneladas usuarios pacientes vehículos hogares clientes empleados "
        "dispositivos hectáreas litros"
    ),
    bare_money_cues=phrases(
        "valorado en, valorada en, valuado en, alcanzar, alcanzará, alcance, llegar a, llegará a"
    ),
    abbreviations=words("aprox. Sr. Sra. EE.UU."),
    cagr_before_patterns=(
        r"TACC",
        r"TCAC",
        r"tasa\s+de\s+crecimiento\s+anual\s+compuest[ao]",
        r"tasa\s+(?:anual\s+)?(?:compuesta\s+)?de\s+crecimiento(?:\s+anual)?(?:\s+compuest[ao])?",
        r"crecimiento\s+anual(?:\s+compuesto)?",
    ),
    cagr_abbreviations=("TACC", "TCAC"),
    cagr_after_patterns=(
        r"anual(?:mente)?\b(?!\s+de\s+(?:ventas|ingresos))",
        r"al\s+año",
        r"por\s+año",
    ),
    share_after_patterns=(
        r"(?:de\s+(?:la\s+)?)?cuota(?:\s+de\s+mercado)?",
        r"(?:de\s+(?:la\s+)?)?participación",
        r"del\s+(?:mercado|total)",
    ),
    period_leads=phrases("de, desde, entre, durante, para, en el periodo, en el período"),
    period_pair_leads=("entre",),
    period_fillers=words("el los periodo período años"),
    period_connectors=words("a al hasta y"),
    period_pair_connectors=("y",),
    forecast_phrase_patterns=(
        r"per[ií]odo\s+(?:de\s+)?(?:pron[óo]stico|previsi[óo]n|proyecci[óo]n)",
        r"per[ií]odo\s+proyectado",
    ),
    year_prepositions=phrases("en, para, hasta, a finales de, durante"),
    price_words=phrases("por tonelada, por acción, por unidad, cada uno, cada una, la unidad"),
    time_units=phrases("año, mes, trimestre, semana, día"),
    year_fillers=phrases(
        "el año, finales de, fines de, el, enero de, febrero de, marzo de, abril de, "
        "mayo de, junio de, julio de, agosto de, septiembre de, octubre de, noviembre de, "
        "diciembre de"
    ),
    forecast_prepositions=phrases("para, hasta"),
    by_prepositions=("para",),
    lead_year_prepositions=phrases("en el año, en, para"),
    late_year_prepositions=phrases("en, para"),
    rate_end_prepositions=phrases("hasta, para"),
    forecast_cues=phrases(
        "alcanzar, alcanzará, alcance, llegar, llegará, crecer, crecerá, superar, superará, "
        "se espera, se prevé, se proyecta, proyecta, previsto, prevé, aumentará"
    ),
    base_cues=phrases(
        "valorado, valorada, valuado, estimado en, fue, era, alcanzó, registró, se situó, "
        "ascendió, generó, tamaño"
    ),
    future_cues=phrases(
        "se espera, se prevé, será, alcanzará, previsto, proyecta, crecerá, llegará"
    ),
    from_words=phrases("desde, pasar de, pasará de, pasando de"),
    paired_from_words=("de",),
    paired_to_words=("a",),
    to_words=phrases("alcanzar, alcanzando, alcance, alcanzará, llegar a, llegará a"),
    other_money_cues=words(
        "inversión inversiones invertido invertir financiación financiamiento adquisición "
        "subvención préstamo planta ronda"
    ),
    market_words=words("mercado sector industria ventas ingresos demanda valorado"),
    section_heading_patterns={
        "drivers": (
            r"^(?:(?:los\s+)?principales\s+)?(?:impulsores|motores|factores\s+de\s+crecimiento)"
            r"(?:\s+.*)?$",
        ),
        "trends": (r"^(?:(?:las\s+)?(?:principales|nuevas)\s+)?tendencias(?:\s+.*)?$",),
        "challenges": (
            r"^(?:(?:los\s+)?principales\s+)?(?:desafíos|retos|restricciones)(?:\s+.*)?$",
        ),
        "opportunities": (r"^(?:(?:las\s+)?principales\s+)?oportunidades(?:\s+.*)?$",),
        "outlook": (r"^perspectivas(?:\s+.*)?$",),
    },
    segmentation_heading_patterns=(r"^segmentación(?:\s+del\s+mercado)?\s*:?$",),
    segment_by=phrases("por, según, en función de, segmentado por"),
    articles=words("el la los las"),
    key_player_nouns=phrases(
        "empresas, actores, fabricantes, proveedores, compañías, competidores, "
        "panorama competitivo, perfiles de empresas"
    ),
    key_player_prose_patterns=(
        r"(?:las\s+|los\s+)?(?:principales|grandes)\s+(?:empresas|actores|fabricantes"
        r"|proveedores|compañías)(?:\s+[\w-]+){0,4}?\s+(?:son|incluyen|figuran)\s*:?\s*",
        r"entre\s+(?:los|las)\s+principales\s+(?:empresas|actores|fabricantes)"
        r"(?:\s+[\w-]+){0,4}?\s+(?:se\s+encuentran|figuran|destacan|están)\s*:?\s*",
    ),
    about_openers=phrases("acerca de, sobre"),
    name_follows_noun=True,
    market_nouns=("mercado",),
    market_name_links=phrases("de los, de las, de la, del, de"),
    name_stops=frozenset(
        words(
            """en a al para por con sin sobre según era es fue será sería ha han alcanzó
            alcanzará alcanzaría podría debería se el la los las un una y o que pasará pasaría
            pasó crecerá creció superará valdrá"""
        )
    ),
    self_descriptions=phrases("es una, es un, es la, es el, ofrece"),
    research_words=phrases("estudios, consultora, investigación, análisis, research"),
    attributions=phrases("según, de acuerdo con"),
    firm_kinds=phrases("consultora, firma de investigación, empresa de estudios de mercado"),
    study_nouns=words("informe estudio análisis"),
    study_by=phrases("de, publicado por, elaborado por, por"),
    contact_openers=phrases(
        "contacto, contactos, contacto de prensa, contacto para medios, contactos de prensa"
    ),
    conjunctions=("y", "e"),
    legal_suffixes=words("S.A. SA S.L. SL S.L.U. S.A.U."),
    location_prepositions=phrases("en, en el, en la"),
    regions={
        "mundial": "Global",
        "américa del norte": "North America",
        "norteamérica": "North America",
        "américa latina": "Latin America",
        "latinoamérica": "Latin America",
        "américa del sur": "South America",
        "sudamérica": "South America",
        "europa": "Europe",
        "asia-pacífico": "Asia Pacific",
        "asia pacífico": "Asia Pacific",
        "oriente medio y áfrica": "Middle East and Africa",
        "oriente medio": "Middle East",
        "áfrica": "Africa",
        "alemania": "Germany",
        "francia": "France",
        "españa": "Spain",
        "español": "Spain",
        "española": "Spain",
        "españoles": "Spain",
        "italia": "Italy",
        "reino unido": "U.K.",
        "estados unidos": "U.S.",
        "méxico": "Mexico",
        "brasil": "Brazil",
        "japón": "Japan",
    },
)
