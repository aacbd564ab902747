"""Stage 2: repair mojibake, only where the text is actually damaged.

ftfy's badness test is cheap and rarely fires on clean text, so clean
documents pay almost nothing. Only encoding fixes are enabled: quotes,
ligatures, widths and HTML entities are left alone, because they are not
damage and evidence offsets must point at text the user recognises.
"""

from __future__ import annotations

from dataclasses import dataclass

import ftfy
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


@dataclass(frozen=True)
class Repaired:
    text: str
    repairs: tuple[str, ...] = ()


def repair(text: str) -> Repaired:
    """Fix mis-decoded text (`2025â€“2032` -> `2025–2032`) and say what was done."""
    if not is_bad(text):
        return Repaired(text)
    fixed, steps = ftfy.fix_and_explain(text, config=_CONFIG)
    if fixed == text or not steps:
        return Repaired(text)
    described = ", ".join(f"{action} {name}" for action, name in steps)
    return Repaired(fixed, (f"mojibake repaired ({described})",))
