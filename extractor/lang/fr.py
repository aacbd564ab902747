"""French: decimal comma; a space (often a narrow no-break space) between thousands."""

from __future__ import annotations

from . import Language, phrases, words

_NBSP, _NNBSP = "\u00a0", "\u202f"

FRENCH: Language = Language(
    code="fr",
    name="Français",
    stop_words=frozenset(
        words(
            "le les du et est une dans pour qui sur au aux avec ce cette sont par plus été ses "
            "leur leurs ont être également selon ou mais pas ces sa il elle nous dont très "
            "sera devrait cet qu était ainsi chez vers"
        )
    ),
    decimal_mark=",",
    group_separators=(" ", _NBSP, _NNBSP, "."),
    scales={
        "k": ("thousand", 10**3),
        "millier": ("thousand", 10**3),
        "milliers": ("thousand", 10**3),
        "m": ("million", 10**6),
        "million": ("million", 10**6),
        "millions": ("million", 10**6),
        "md": ("billion", 10**9),
        "mds": ("billion", 10**9),
        "mrd": ("billion", 10**9),
        "mrds": ("billion", 10**9),
        "milliard": ("billion", 10**9),
        "milliards": ("billion", 10**9),
        # A French "billion" is a million million: 10^12, an English trillion.
        "billion": ("trillion", 10**12),
        "billions": ("trillion", 10**12),
    },
    terse_scales=frozenset({"k", "m", "md", "mds", "mrd", "mrds"}),
    range_words=("à",),
    currency_links=("de", "d'"),
    currency_symbols_after=("€", "$", "£"),
    currency_words={
        "euros": "EUR",
        "dollars us": "USD",
        "dollars américains": "USD",
        "dollars canadiens": "CAD",
        "livres sterling": "GBP",
        "francs suisses": "CHF",
        "yens": "JPY",
        "yuans": "CNY",
        "roupies": "INR",
    },
    percent_words=("pour cent",),
    hedges={
        "environ": "near",
        "approximativement": "near",
        "autour de": "near",
        "quelque": "near",
        "plus de": "lower",
        "au moins": "lower",
        "un peu plus de": "lower",
        "près de": "upper",
        "presque": "upper",
        "pratiquement": "upper",
        "moins de": "upper",
        "un peu moins de": "upper",
        "jusqu'à": "upper",
    },
    count_nouns=words(
        "unités tonnes personnes utilisateurs patients véhicules appareils clients ménages "
        "foyers salariés emplois hectares litres"
    ),
    bare_money_cues=phrases("évalué à, évaluée à, estimé à, estimée à, atteindre, atteindra"),
    abbreviations=words("env. M."),
    cagr_before_patterns=(
        r"TCAC",
        r"TCAM",
        r"taux\s+de\s+croissance\s+annuel(?:le)?(?:\s+(?:composée?|moyen(?:ne)?))?",
        r"taux\s+de\s+croissance",
        r"croissance\s+annuelle(?:\s+moyenne)?",
    ),
    cagr_abbreviations=("TCAC", "TCAM"),
    cagr_after_patterns=(
        r"par\s+an\b",
        r"par\s+année",
        r"l['’]an\b",
        r"de\s+croissance\s+annuelle",
    ),
    share_after_patterns=(
        r"(?:de\s+)?parts?\s+de\s+marché",
        r"de\s+(?:la\s+)?part",
        r"du\s+(?:marché|chiffre\s+d['’]affaires|total)",
        r"des\s+(?:revenus|ventes|parts)",
    ),
    period_leads=phrases("de, entre, sur, pendant, pour, au cours de"),
    period_pair_leads=("entre",),
    period_fillers=words("la les période années"),
    period_connectors=words("à au et"),
    period_pair_connectors=("et",),
    forecast_phrase_patterns=(
        r"période\s+de\s+prévisions?",
        r"horizon\s+de\s+prévisions?",
        r"période\s+de\s+projection",
    ),
    year_prepositions=phrases("en, d'ici, pour, jusqu'en, à l'horizon, fin"),
    price_words=phrases("l'unité, la tonne, chacun, chacune, par tonne, par action, par unité"),
    time_units=phrases("an, année, mois, trimestre, semaine, jour"),
    year_fillers=phrases(
        "à, la fin de, fin, l'année, l'an, janvier, février, mars, avril, mai, juin, "
        "juillet, août, septembre, octobre, novembre, décembre"
    ),
    forecast_prepositions=phrases("d'ici, jusqu'en, à l'horizon"),
    by_prepositions=("d'ici",),
    lead_year_prepositions=phrases("en, d'ici, pour"),
    late_year_prepositions=phrases("en, d'ici"),
    rate_end_prepositions=phrases("d'ici, jusqu'en, jusqu'à"),
    forecast_cues=phrases(
        "atteindre, atteindra, atteignant, devrait, devraient, croître, croîtra, progresser, "
        "progressera, dépasser, dépassera, passer à, prévu, prévue, attendu, projeté, sera"
    ),
    base_cues=phrases(
        "évalué, évaluée, estimé à, estimée à, valorisé, était, s'élevait, représentait, "
        "a atteint, a généré, pesait, taille"
    ),
    future_cues=words("devrait devraient sera prévu prévue attendu atteindra projeté"),
    from_words=phrases("passer de, passant de, passera de, passé de"),
    paired_from_words=("de",),
    paired_to_words=("à",),
    to_words=phrases("atteindre, atteignant, atteindra"),
    other_money_cues=phrases(
        "investi, investir, investissement, investissements, financement, levée de fonds, "
        "levé, rachat, subvention, prêt, usine"
    ),
    market_words=phrases("marché, secteur, chiffre d'affaires, ventes, demande, valorisé, évalué"),
    section_heading_patterns={
        "drivers": (
            r"^(?:(?:les\s+)?principaux\s+)?(?:moteurs|facteurs\s+de\s+croissance"
            r"|facteurs\s+moteurs)(?:\s+.*)?$",
        ),
        "trends": (r"^(?:(?:les\s+)?(?:principales|nouvelles)\s+)?tendances(?:\s+.*)?$",),
        "challenges": (
            r"^(?:(?:les\s+)?principa(?:ux|les)\s+)?(?:défis|contraintes|freins|obstacles)"
            r"(?:\s+.*)?$",
        ),
        "opportunities": (r"^(?:(?:les\s+)?principales\s+)?opportunités(?:\s+.*)?$",),
        "outlook": (r"^perspectives(?:\s+.*)?$",),
    },
    segmentation_heading_patterns=(r"^(?:segmentation|segments)\s+du\s+marché\s*:?$",),
    segment_by=phrases("par, selon, en fonction de, segmenté par"),
    articles=phrases("le, la, les, l'"),
    key_player_nouns=phrases(
        "acteurs, entreprises, sociétés, fabricants, fournisseurs, concurrents, "
        "paysage concurrentiel, profils d'entreprises"
    ),
    key_player_prose_patterns=(
        r"(?:les\s+)?(?:principaux|grands|premiers)\s+(?:acteurs|fabricants|fournisseurs"
        r"|concurrents)(?:\s+[\w'’-]+){0,4}?\s+(?:sont|comprennent|incluent)\s*:?\s*",
        r"(?:les\s+)?(?:principales|grandes)\s+(?:entreprises|sociétés)(?:\s+[\w'’-]+){0,4}?"
        r"\s+(?:sont|comprennent|incluent)\s*:?\s*",
        r"parmi\s+les\s+(?:principaux|grands)\s+acteurs(?:\s+[\w'’-]+){0,4}?"
        r"\s+(?:figurent|citons|on\s+trouve)\s*:?\s*",
    ),
    about_openers=phrases("à propos de, a propos de, à propos d'"),
    name_follows_noun=True,
    market_nouns=("marché",),
    market_name_links=phrases("des, du, de la, de l', de l’, de, d', d’"),
    name_stops=frozenset(
        words(
            """en à au aux dans pour par sur avec selon était est sera serait devrait devraient
            a ont atteint atteindra pourrait le la les un une et ou qui que se s'est passera
            passerait croîtra dépassera pèsera représentera"""
        )
    ),
    name_joiners=frozenset({"à"}),
    self_descriptions=phrases("est un, est une, est le, est la, propose"),
    research_words=phrases("études, étude, cabinet, conseil, analyse, recherche"),
    attributions=phrases("selon, d'après, d’après"),
    firm_kinds=phrases("cabinet d'études, cabinet de conseil, cabinet, société d'études"),
    study_nouns=words("étude rapport analyse enquête"),
    study_by=phrases("de, publiée par, publié par, réalisée par, réalisé par, par"),
    contact_openers=phrases(
        "contact presse, contacts presse, contact média, contacts médias, nous contacter"
    ),
    conjunctions=("et",),
    legal_suffixes=words("S.A. SA SAS S.A.S. SARL S.A.R.L. SCA SE"),
    location_prepositions=phrases("en, au, aux, dans l', dans la, dans le"),
    regions={
        "mondial": "Global",
        "mondiale": "Global",
        "amérique du nord": "North America",
        "amérique latine": "Latin America",
        "amérique du sud": "South America",
        "européen": "Europe",
        "européenne": "Europe",
        "asie-pacifique": "Asia Pacific",
        "asie pacifique": "Asia Pacific",
        "asie": "Asia",
        "moyen-orient et afrique": "Middle East and Africa",
        "moyen-orient": "Middle East",
        "afrique": "Africa",
        "allemagne": "Germany",
        "français": "France",
        "française": "France",
        "françaises": "France",
        "espagne": "Spain",
        "italie": "Italy",
        "royaume-uni": "U.K.",
        "états-unis": "U.S.",
        "chine": "China",
        "inde": "India",
        "japon": "Japan",
    },
)
