"""Stage 2, repair: mojibake fixed (and said so); clean text left exactly as it was."""

import ftfy
import pytest
from ftfy.badness import is_bad

from extractor.repair import _CONFIG, repair, suspects

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


# A page's damaged lines are fixed together, its ASCII lines are never read again, and
# the result is what ftfy makes of the whole text.
MIXED_PAGES = [
    pytest.param(
        "Spend rose â€“ fast.\n<div>menu</div>\nFirms committed â‚©2.1 trillion.",
        "Spend rose – fast.\n<div>menu</div>\nFirms committed ₩2.1 trillion.",
        id="rare-sequence-fixed-on-the-evidence-of-another-line",
    ),
    pytest.param(
        "<nav>Home | News</nav>\nThe widget marketâ€™s size\n\n<footer>(c)</footer>\n",
        "<nav>Home | News</nav>\nThe widget market’s size\n\n<footer>(c)</footer>\n",
        id="ascii-lines-and-blank-lines-kept-in-place",
    ),
    pytest.param(
        "Zürich office\nNestlÃ© and DanoneÂ\xa0SA",
        "Zürich office\nNestlé and Danone\xa0SA",
        id="clean-accented-line-beside-a-damaged-one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MIXED_PAGES)
def test_damaged_lines_are_fixed_together_in_place(text, expected):
    assert repair(text).text == expected
    assert repair(text).text == ftfy.fix_and_explain(text, config=_CONFIG)[0]


def test_a_fix_that_moves_a_line_break_is_redone_over_the_whole_text(monkeypatch):
    whole_text_calls = []
    real = ftfy.fix_and_explain

    def splits_a_line(text, config):
        if "menu" in text:  # the whole text, with its ASCII line
            whole_text_calls.append(text)
            return real(text, config=config)
        fixed, steps = real(text, config=config)
        return fixed.replace("–", "–\n"), steps

    monkeypatch.setattr(ftfy, "fix_and_explain", splits_a_line)
    text = "Spend rose â€“ fast.\nmenu"
    assert repair(text).text == "Spend rose – fast.\nmenu"
    assert whole_text_calls == [text]
