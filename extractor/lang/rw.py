"""Kinyarwanda: decimal point, "," between thousands; the scale word comes before the
number ("miliyari 88" is 88 billion) and the currency after it ("z'amadolari").

Releases in Kinyarwanda reach us as translations of English releases, so their shape
is the English one: a size, its year after "mu"/"muri", a rate said with "CAGR".
"""

from __future__ import annotations

from . import Language, phrases, words

_THIN, _NBSP, _NNBSP = "\u2009", "\u00a0", "\u202f"

KINYARWANDA: Language = Language(
    code="rw",
    name="Ikinyarwanda",
    stop_words=frozenset(
        words(
            "ko mu muri kandi ku kuri rya ry cy bya kwa ni iyo aho uko cyane kubera bitewe "
            "nk ibi iki ubu kugeza kuva hagati biteganijwe biteganyijwe mwaka ndetse ariko "
            "cyangwa bityo nka ibyo uyu iyi izi"
        )
    ),
    decimal_mark=".",
    group_separators=(",", _THIN, _NBSP, _NNBSP),
    scales={
        "miliyoni": ("million", 10**6),
        "miliyari": ("billion", 10**9),
        "tiriyari": ("trillion", 10**12),
        "tiriyoni": ("trillion", 10**12),
    },
    scale_before_number=True,
    currency_links=phrases("z', y', ya, za"),
    currency_words={
        "amadolari ya amerika": "USD",
        "amadolari y'amerika": "USD",
        "amadolari": "USD",
        "amadorari ya amerika": "USD",
        "amadorari": "USD",
        "amayero": "EUR",
        "amafaranga y'u rwanda": "RWF",
    },
    percent_words=("ku ijana",),
    hedges={
        "irenga": "lower",
        "hejuru ya": "lower",
        "hafi ya": "near",
        "hafi": "near",
        "munsi ya": "upper",
    },
    # "izamuka ry'umwaka" and "ubwiyongere bw'umwaka": the yearly growth (rate).
    cagr_before_patterns=(
        r"izamuka\s+ry['’]umwaka",
        r"ubwiyongere\s+bw['’]umwaka",
        r"igipimo\s+cy['’]ubwiyongere",
    ),
    cagr_after_patterns=(r"buri\s+mwaka\b", r"ku\s+mwaka\b"),
    period_leads=phrases("kuva, hagati ya, kuva mu, mu gihe cya"),
    period_pair_leads=("hagati ya",),
    period_connectors=phrases("kugeza, kugeza mu, kugera, na"),
    period_pair_connectors=("na",),
    year_prepositions=phrases("mu, muri, mu mwaka wa, bitarenze"),
    forecast_prepositions=("bitarenze",),
    by_prepositions=("bitarenze",),
    lead_year_prepositions=phrases("mu, muri, mu mwaka wa"),
    late_year_prepositions=phrases("mu, muri"),
    rate_end_prepositions=phrases("kugeza, kugeza mu"),
    forecast_cues=phrases(
        "biteganijwe, biteganyijwe, rizagera, izagera, akazagera, bizagera, azaba, izaba, "
        "rizaba, izarenga, rizarenga"
    ),
    base_cues=phrases("yari, ryari, ifite agaciro ka, rifite agaciro ka, bingana na"),
    future_cues=phrases("rizagera, izagera, akazagera, bizagera, izarenga, rizarenga, rizaba"),
    from_words=("kuva",),
    to_words=phrases("rizagera kuri, izagera kuri, akazagera kuri, kugera kuri"),
    market_words=words("isoko inganda urwego"),
    market_nouns=("isoko",),
    # "isoko ry'amacupa": the name follows the noun, joined by "ry'" (and its forms).
    market_name_links=phrases("ry', rya, rw'"),
    name_follows_noun=True,
    name_stops=frozenset(
        words(
            """biteganijwe biteganyijwe rizagera izagera riziyongera rizaba rizarenga
            ryiyongera ryari rifite mu muri ku kuri ni kandi na ko bitewe kubera aho
            hagati kuva kugeza"""
        )
    ),
    study_nouns=words("raporo ubushakashatsi"),
    study_by=phrases("yashyizwe ahagaragara na, yakozwe na, na"),
    attributions=phrases("nk'uko, ukurikije, nk'uko bivugwa na"),
    regions={
        "isi yose": "Global",
        "aziya-pasifika": "Asia Pacific",
        "aziya pasifika": "Asia Pacific",
        "amerika y'amajyaruguru": "North America",
        "uburayi": "Europe",
        "afurika": "Africa",
        "aziya": "Asia",
    },
)
