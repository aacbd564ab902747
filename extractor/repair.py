"""Stage 2: repair mojibake, only where the text is actually damaged.

Mojibake is made of non-ASCII characters, so ftfy's badness test runs only
over the runs of them, each with a few characters of context: a clean
page pays one scan of its characters, not a pass of ftfy's large pattern
over all its text. Only encoding fixes are enabled: quotes,
ligatures, widths and HTML entities are left alone, because they are not
damage and evidence offsets must point at text the user recognises.
"""

from __future__ import annotations

from dataclasses import dataclass

import ftfy
import regex as re
from ftfy.badness import is_bad

_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)


#: Characters kept on each side of a non-ASCII run: ftfy's badness patterns look at a
#: character or two around the damage ("Ã©t", "â€™s"), never further.
SUSPECT_CONTEXT = 3
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: Typography that clean text is full of: curly quotes, dashes, bullets, signs, spaces.
CLEAN_TYPOGRAPHY = "‘’“”–—…•·™®©°€£¥\u00a0\u2009\u202f"
#: Characters that no mis-decoding of UTF-8 produces (the code pages ftfy undoes map
#: bytes to Latin, Greek, Cyrillic, Hebrew, Arabic, box drawing and math signs): currency
#: signs, arrows, pictographs and dingbats, emoji and their joiners, CJK and Hangul.
NEVER_MOJIBAKE = (
    "\u20a0-\u20cf\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\u200d\ufe0f"
    "\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af\U0001f000-\U0001faff"
)
#: A run of accented Latin letters, clean typography and such signs is no damage...
_PLAIN_RUN = re.compile(
    rf"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f{CLEAN_TYPOGRAPHY}{NEVER_MOJIBAKE}]+"
)
#: ...unless a byte that opens a UTF-8 sequence, read as Latin-1 or cp1252 (Â-ô), is
#: followed by one that continues it (U+0080-U+00BF, or cp1252's signs in 0x80-0x9F):
#: "Ã©", "â€™", "Â\u00a0" are how UTF-8 looks when read in the wrong code page.
_MOJIBAKE_PAIR = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _suspect(run: str) -> bool:
    return not _PLAIN_RUN.fullmatch(run) or bool(_MOJIBAKE_PAIR.search(run))


def suspects(text: str) -> str:
    """The non-ASCII runs of `text` that could be damage, with their context, one per
    line. Curly quotes, dashes and accented letters ("déjà", "Nestlé") are not; any other
    script, and any Latin-1 pair that UTF-8 read wrongly makes, is."""
    pieces = (
        text[max(0, m.start() - SUSPECT_CONTEXT) : m.end() + SUSPECT_CONTEXT]
        for m in _NON_ASCII.finditer(text)
        if _suspect(m.group())
    )
    return "\n".join(pieces)


@dataclass(frozen=True)
class Repaired:
    text: str
    repairs: tuple[str, ...] = ()


def repair(text: str) -> Repaired:
    """Fix mis-decoded text (`2025â€“2032` -> `2025–2032`) and say what was done.

    Once the suspects say the text is damaged, ftfy is run over the lines that are not
    plain ASCII, joined as one text, and the fixed lines are put back in their places.
    ASCII reads the same in every code page ftfy tries, so the lines left out change
    nothing it decides; a news page's thousand lines of markup and menus are simply not
    read again. The damaged lines stay together because the evidence of one ("â€“")
    is what lets ftfy fix a rarer sequence in another ("â‚©")."""
    if text.isascii():
        return Repaired(text)
    suspect = suspects(text)
    if not suspect or not is_bad(suspect):
        return Repaired(text)
    lines = text.split("\n")
    where = [i for i, line in enumerate(lines) if not line.isascii()]
    damaged = "\n".join(lines[i] for i in where)
    fixed, steps = ftfy.fix_and_explain(damaged, config=_CONFIG)
    if fixed == damaged or not steps:
        return Repaired(text)
    fixed_lines = fixed.split("\n")
    if len(fixed_lines) != len(where):  # a fix that moved a line break: take it whole
        fixed, steps = ftfy.fix_and_explain(text, config=_CONFIG)
        if fixed == text or not steps:
            return Repaired(text)
    else:
        for i, line in zip(where, fixed_lines, strict=True):
            lines[i] = line
        fixed = "\n".join(lines)
    described = ", ".join(f"{action} {name}" for action, name in steps)
    return Repaired(fixed, (f"mojibake repaired ({described})",))
