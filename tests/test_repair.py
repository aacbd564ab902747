"""Stage 2, repair: mojibake fixed (and said so); clean text left exactly as it was."""

import pytest
from ftfy.badness import is_bad

from extractor.repair import repair, suspects

DAMAGED = [
    pytest.param("Forecast 2025â€“2032", "Forecast 2025–2032", id="en-dash"),
    pytest.param("Ã©", "é", id="e-acute"),
    pytest.param("ðŸ“Œ Key takeaways", "📌 Key takeaways", id="emoji"),
    pytest.param("The marketâ€™s growth", "The market’s growth", id="apostrophe"),
    pytest.param("NestlÃ© and DanoneÂ\xa0SA", "Nestlé and Danone\xa0SA", id="accent-and-nbsp"),
]


@pytest.mark.parametrize(("text", "expected"), DAMAGED)
def test_mojibake_is_repaired(text, expected):
    repaired = repair(text)
    assert repaired.text == expected
    assert len(repaired.repairs) >= 1
    assert all(isinstance(r, str) and r for r in repaired.repairs)


CLEAN = [
    pytest.param("The market grew 7.2% in 2024.", id="ascii"),
    pytest.param("“Curly quotes” and ‘single’ ones", id="curly-quotes"),
    pytest.param("valued at €2.3bn in 2024", id="euro"),
    pytest.param("📌 Key takeaways 🚀", id="emoji"),
    pytest.param("2025–2032 — Nestlé, Société Générale, naïve", id="dashes-accents"),
    pytest.param("ﬁnance &amp; ＵＳＤ", id="ligature-entity-fullwidth-untouched"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_unchanged(text):
    repaired = repair(text)
    assert repaired.text == text
    assert repaired.repairs == ()


# text, what ftfy's badness test is run over
SUSPECTS = [
    pytest.param("plain ASCII only", "", id="ascii-has-none"),
    pytest.param("“Curly” quotes – and dashes…", "", id="clean-typography-alone-is-no-suspect"),
    pytest.param("the market’s â€™s", "’s â€™s", id="typography-run-skipped-mojibake-kept"),
    pytest.param("from 2025â€“2032 on", "025â€“203", id="run-with-context"),
    pytest.param("Ã© at the start", "Ã© at", id="context-cut-at-start"),
    pytest.param("Nestlé and Zoë", "", id="accented-letters-are-no-suspects"),
    pytest.param("Zürich Ã© and Ωmega", "ch Ã© an\nnd Ωmeg", id="one-line-per-suspect-run"),
    pytest.param("déjà â€™", "jà â€™", id="a-utf8-pair-read-as-cp1252-is-suspect"),
    pytest.param("Up 📈 ✅ ₹5 日本語 🚀", "", id="emoji-signs-and-cjk-are-no-suspects"),
    pytest.param("ðŸ“Œ Key", "ðŸ“Œ Ke", id="emoji-read-as-cp1252-is-suspect"),
    pytest.param("РњРѕСЃРєРІР°", "РњРѕСЃРєРІР°", id="cyrillic-may-be-cp1251-mojibake"),
]


@pytest.mark.parametrize(("text", "expected"), SUSPECTS)
def test_suspects_are_the_non_ascii_runs_with_context(text, expected):
    assert suspects(text) == expected


@pytest.mark.parametrize("text", [p.values[0] for p in DAMAGED + CLEAN])
def test_badness_of_the_suspects_is_the_badness_of_the_text(text):
    assert is_bad(suspects(text)) == is_bad(text)
