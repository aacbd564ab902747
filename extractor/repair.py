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
#: Typography that clean text is full of and that no mis-decoding produces on its own:
#: every byte that opens a UTF-8 sequence reads as a letter (Â-ô) in Latin-1 and cp1252,
#: so a run of these characters alone is never damage.
CLEAN_TYPOGRAPHY = frozenset("‘’“”–—…•·™®©°€£¥\u00a0\u2009\u202f")


def suspects(text: str) -> str:
    """The non-ASCII runs of `text` with their context, one per line: where damage can be
    (a run of clean typography alone, such as a curly quote or a dash, cannot be)."""
    pieces = (
        text[max(0, m.start() - SUSPECT_CONTEXT) : m.end() + SUSPECT_CONTEXT]
        for m in _NON_ASCII.finditer(text)
        if not CLEAN_TYPOGRAPHY.issuperset(m.group())
    )
    return "\n".join(pieces)


@dataclass(frozen=True)
class Repaired:
    text: str
    repairs: tuple[str, ...] = ()


def repair(text: str) -> Repaired:
    """Fix mis-decoded text (`2025â€“2032` -> `2025–2032`) and say what was done."""
    if text.isascii():
        return Repaired(text)
    suspect = suspects(text)
    if not suspect or not is_bad(suspect):
        return Repaired(text)
    fixed, steps = ftfy.fix_and_explain(text, config=_CONFIG)
    if fixed == text or not steps:
        return Repaired(text)
    described = ", ".join(f"{action} {name}" for action, name in steps)
    return Repaired(fixed, (f"mojibake repaired ({described})",))
