"""Tamil: decimal point, "," between thousands (lakh and crore grouping too); English
scale words borrowed ("பில்லியன்", billion) beside the Indian ones ("கோடி", crore).

Tamil is written verb-last: the year comes first with its postposition ("2018 ஆம்
ஆண்டில்", in the year 2018) and the verb after the amount, so a figure's year is read
from the head of its clause, as for "In 2024, the market ...". Tamil joins case endings
to the word ("டாலர்களை", dollars as an object): the inflected forms are listed.
"""

from __future__ import annotations

from . import Language, phrases, words

_THIN, _NBSP, _NNBSP = "\u2009", "\u00a0", "\u202f"

#: "dollars" with the case endings a release gives it: as a subject, an object ("-ை"),
#: "as" ("-ஆக"), "in" ("-இல்").
_DOLLARS = ("டாலர்", "டாலர்கள்", "டாலர்களை", "டாலர்களாக", "டாலர்களில்", "டாலராக", "டாலரை")

TAMIL: Language = Language(
    code="ta",
    name="தமிழ்",
    stop_words=frozenset(
        words(
            "மற்றும் இந்த இது அது என்று என ஒரு மேலும் உள்ளது உள்ள இருந்து வரை போது அல்லது "
            "என்ற மூலம் ஆகும் இல்லை அவர்கள் நிலையில் குறித்த பற்றிய ஆம் ஆண்டில் ஆண்டு "
            "இந்தத் எனவும் படி"
        )
    ),
    decimal_mark=".",
    group_separators=(",", _THIN, _NBSP, _NNBSP),
    indian_grouping=True,
    scales={
        "ஆயிரம்": ("thousand", 10**3),
        "லட்சம்": ("lakh", 10**5),
        "இலட்சம்": ("lakh", 10**5),
        "மில்லியன்": ("million", 10**6),
        "மில்லியனாக": ("million", 10**6),
        "கோடி": ("crore", 10**7),
        "பில்லியன்": ("billion", 10**9),
        "பில்லியனாக": ("billion", 10**9),
        "டிரில்லியன்": ("trillion", 10**12),
        "ட்ரில்லியன்": ("trillion", 10**12),
    },
    currency_words={
        **{f"அமெரிக்க {form}": "USD" for form in _DOLLARS},
        **dict.fromkeys(_DOLLARS, "USD"),
        "ரூபாய்": "INR",
        "ரூபாயாக": "INR",
        "ரூபாயை": "INR",
        "யூரோ": "EUR",
    },
    percent_words=("சதவீதம்", "சதவிகிதம்"),
    hedges={"சுமார்": "near", "ஏறக்குறைய": "near", "கிட்டத்தட்ட": "upper"},
    # "சிஏஜிஆர்" is "CAGR" in Tamil letters; "கூட்டு ஆண்டு வளர்ச்சி விகிதம்" spells it out.
    cagr_before_patterns=(
        r"சிஏஜிஆர்",
        r"கூட்டு\s+ஆண்டு\s+வளர்ச்சி\s+விகிதம்",
    ),
    cagr_abbreviations=("சிஏஜிஆர்",),
    cagr_after_patterns=(
        r"சிஏஜிஆர்",
        r"கூட்டு\s+ஆண்டு\s+வளர்ச்சி",
        r"ஆண்டு\s+வளர்ச்சி",
    ),
    # "2024 முதல் 2030 வரை" (from 2024 to 2030): the lead comes after the first year.
    period_connectors=("முதல்",),
    lead_year_postpositions=phrases("ஆம் ஆண்டில், ஆம் ஆண்டு, ஆண்டில், இல்"),
    forecast_cues=phrases("எட்டும், எட்டக்கூடும், அடையும், எதிர்பார்க்கப்படுகிறது"),
    base_cues=phrases("மதிப்பிடப்பட்ட, மதிப்பிடப்பட்டது, இருந்தது"),
    market_words=words("சந்தை சந்தையின் சந்தையில் சந்தையானது துறை துறையானது"),
    # "அமெரிக்க மருத்துவ சந்தை": the name comes before the noun, as in English.
    market_nouns=words("சந்தை சந்தையின் சந்தையில் சந்தையானது சந்தையை"),
    name_stops=frozenset(
        words(
            """மற்றும் இந்த இது அது என்று என ஒரு மேலும் உள்ளது உள்ள இருந்து வரை போது
            அல்லது என்ற மூலம் ஆகும் குறித்த பற்றிய ஆம் ஆண்டில் ஆண்டு இந்தத் படி
            தெரிவிக்கப்பட்டுள்ளது"""
        )
    ),
    study_nouns=words("ஆய்வு ஆய்வில் அறிக்கை அறிக்கையில்"),
    regions={
        "உலகளாவிய": "Global",
        "உலக": "Global",
        "வட அமெரிக்க": "North America",
        "வட அமெரிக்கா": "North America",
        "அமெரிக்க": "U.S.",
        "அமெரிக்கா": "U.S.",
        "ஐரோப்பிய": "Europe",
        "ஐரோப்பா": "Europe",
        "ஆசிய பசிபிக்": "Asia Pacific",
        "இந்திய": "India",
        "இந்தியா": "India",
        "சீன": "China",
        "சீனா": "China",
        "ஜப்பான்": "Japan",
    },
)
