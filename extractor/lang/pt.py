"""Portuguese: decimal comma, "." between thousands. Brazil writes "bilhão" for 10^9 and
"bi" for short; Portugal writes "mil milhões" for 10^9 and "bilião" for 10^12. The two
spellings differ, so both are read as written."""

from __future__ import annotations

from . import Language, phrases, words

_THIN, _NBSP, _NNBSP = "\u2009", "\u00a0", "\u202f"

PORTUGUESE: Language = Language(
    code="pt",
    name="Português",
    stop_words=frozenset(
        words(
            "não uma são também pelo pela pelos pelas dos ao aos com foi até seu sua seus "
            "suas isso esse essa deve deverá ainda já onde num numa muito além então estão"
        )
    ),
    decimal_mark=",",
    group_separators=(".", _THIN, _NBSP, _NNBSP),
    scales={
        "mil": ("thousand", 10**3),
        "milhão": ("million", 10**6),
        "milhões": ("million", 10**6),
        "mi": ("million", 10**6),
        "mil milhões": ("billion", 10**9),
        "bilhão": ("billion", 10**9),
        "bilhões": ("billion", 10**9),
        "bi": ("billion", 10**9),
        "trilhão": ("trillion", 10**12),
        "trilhões": ("trillion", 10**12),
        # A European Portuguese "bilião" is a million million, as the German Billion.
        "bilião": ("trillion", 10**12),
        "biliões": ("trillion", 10**12),
    },
    terse_scales=frozenset({"mil", "mi", "bi"}),
    range_words=("a", "até"),
    currency_links=("de",),
    currency_symbols_after=("€",),
    currency_words={
        "dólares": "USD",
        "dólares americanos": "USD",
        "dólares norte-americanos": "USD",
        "reais": "BRL",
        "euros": "EUR",
        "libras": "GBP",
        "ienes": "JPY",
        "iuanes": "CNY",
    },
    percent_words=("por cento",),
    hedges={
        "cerca de": "near",
        "aproximadamente": "near",
        "em torno de": "near",
        "mais de": "lower",
        "pelo menos": "lower",
        "quase": "upper",
        "menos de": "upper",
    },
    count_nouns=words(
        "pessoas unidades toneladas usuários utilizadores pacientes veículos clientes "
        "dispositivos hectares litros"
    ),
    bare_money_cues=phrases("avaliado em, avaliada em, atingir, atingirá, alcançar, chegar a"),
    abbreviations=words("aprox. Sr. Sra. Ltda."),
    cagr_before_patterns=(
        r"TCAC",
        r"taxa\s+(?:composta\s+)?de\s+crescimento\s+anual(?:\s+composta)?",
        r"taxa\s+(?:média\s+)?de\s+crescimento(?:\s+anual)?",
        r"crescimento\s+(?:médio\s+)?anual(?:\s+composto)?",
    ),
    cagr_abbreviations=("TCAC",),
    cagr_after_patterns=(r"ao\s+ano\b", r"por\s+ano\b", r"anualmente\b"),
    share_after_patterns=(
        r"(?:de\s+)?participação(?:\s+de\s+mercado)?",
        r"d[oa]\s+(?:mercado|total)",
    ),
    period_leads=phrases("de, entre, durante, no período de, no período, para o período de"),
    period_pair_leads=("entre",),
    period_fillers=words("o período anos"),
    period_connectors=words("a até e"),
    period_pair_connectors=("e",),
    forecast_phrase_patterns=(
        r"per[ií]odo\s+(?:de\s+)?(?:previs[ãa]o|proje[çc][ãa]o)",
        r"per[ií]odo\s+projetado",
    ),
    year_prepositions=phrases("em, até, para, no final de, durante"),
    price_words=phrases("por tonelada, por ação, por unidade, cada um, cada uma"),
    time_units=phrases("ano, mês, trimestre, semana, dia"),
    year_fillers=phrases("o ano de, o ano, o final de, o fim de, o"),
    forecast_prepositions=("até",),
    by_prepositions=("até",),
    lead_year_prepositions=phrases("em, até, no ano de"),
    late_year_prepositions=phrases("em, até"),
    rate_end_prepositions=phrases("até"),
    forecast_cues=phrases(
        "atingir, atingirá, alcançar, alcançará, chegar a, chegará a, crescer, crescerá, "
        "superar, superará, deve, deverá, projeta, prevê, espera-se, previsto, prevista"
    ),
    base_cues=phrases(
        "avaliado em, avaliada em, estimado em, estimada em, foi, era, atingiu, registrou, "
        "registou, movimentou, tamanho"
    ),
    future_cues=phrases("deve, deverá, atingirá, alcançará, crescerá, espera-se, será"),
    from_words=phrases("passar de, passará de, passando de, saltar de"),
    paired_from_words=("de",),
    paired_to_words=("para",),
    to_words=phrases("atingir, atingindo, alcançar, alcançando, chegar a, chegando a"),
    other_money_cues=words(
        "investimento investimentos investido financiamento aquisição empréstimo fábrica rodada"
    ),
    market_words=words("mercado setor indústria vendas receita receitas demanda procura"),
    section_heading_patterns={
        "drivers": (
            r"^(?:(?:os\s+)?principais\s+)?(?:impulsionadores|motores|fatores\s+de\s+crescimento)"
            r"(?:\s+.*)?$",
        ),
        "trends": (r"^(?:(?:as\s+)?(?:principais|novas)\s+)?tendências(?:\s+.*)?$",),
        "challenges": (r"^(?:(?:os\s+)?principais\s+)?(?:desafios|restrições)(?:\s+.*)?$",),
        "opportunities": (r"^(?:(?:as\s+)?principais\s+)?oportunidades(?:\s+.*)?$",),
        "outlook": (r"^perspectivas?(?:\s+.*)?$",),
    },
    segmentation_heading_patterns=(r"^segmentação(?:\s+do\s+mercado)?\s*:?$",),
    segment_by=phrases("por, segundo, com base em, segmentado por"),
    articles=words("o a os as"),
    key_player_nouns=phrases(
        "empresas, players, fabricantes, fornecedores, companhias, concorrentes, participantes"
    ),
    key_player_prose_patterns=(
        r"(?:as\s+|os\s+)?(?:principais|maiores)\s+(?:empresas|players|fabricantes"
        r"|fornecedores|companhias)(?:\s+[\w-]+){0,4}?\s+(?:são|incluem)\s*:?\s*",
    ),
    about_openers=phrases("sobre a, sobre o"),
    name_follows_noun=True,
    market_nouns=("mercado",),
    market_name_links=phrases("dos, das, do, da, de"),
    name_stops=frozenset(
        words(
            """em para até com sem por segundo foi é era será deve deverá atingiu atingirá
            cresceu crescerá o a os as um uma e ou que se no na nos nas movimentou registrou
            alcançou alcançará"""
        )
    ),
    self_descriptions=phrases("é uma, é um, oferece"),
    research_words=phrases("pesquisa, pesquisas, consultoria, análise, research"),
    attributions=phrases("segundo, de acordo com, conforme"),
    firm_kinds=phrases("consultoria, empresa de pesquisa, empresa de pesquisa de mercado"),
    study_nouns=words("relatório estudo pesquisa levantamento"),
    study_by=phrases("da, do, de, publicado por, elaborado por, feito por"),
    contact_openers=phrases("contato, contatos, contacto, contato para imprensa"),
    conjunctions=("e",),
    legal_suffixes=words("S.A. SA Ltda. Ltda S/A"),
    location_prepositions=phrases("em, no, na"),
    regions={
        "mundial": "Global",
        "global": "Global",
        "américa do norte": "North America",
        "américa latina": "Latin America",
        "américa do sul": "South America",
        "europa": "Europe",
        "ásia-pacífico": "Asia Pacific",
        "ásia pacífico": "Asia Pacific",
        "oriente médio e áfrica": "Middle East and Africa",
        "oriente médio": "Middle East",
        "áfrica": "Africa",
        "brasil": "Brazil",
        "brasileiro": "Brazil",
        "brasileira": "Brazil",
        "portugal": "Portugal",
        "português": "Portugal",
        "portuguesa": "Portugal",
        "estados unidos": "U.S.",
        "alemanha": "Germany",
        "frança": "France",
        "espanha": "Spain",
        "itália": "Italy",
        "japão": "Japan",
        "índia": "India",
        "méxico": "Mexico",
    },
)
