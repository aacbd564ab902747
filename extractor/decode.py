"""Stage 1: bytes -> str. Never raises on bad bytes.

Order of evidence, most to least trustworthy: a byte-order mark, the bytes
being valid UTF-8, a charset the document declares, then cp1252 (the encoding
most non-UTF-8 press releases are really in). Bytes no plausible encoding can
explain are replaced and counted, so the record can say so.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)

# A well-formed UTF-8 multi-byte sequence: seeing a few of these means the
# file is UTF-8 with damage, not a single-byte encoding.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    invalid_bytes: int = 0


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; latin-1 maps them to C1 controls,
    # which is what browsers do too.
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("extractor-latin1", _latin1_fallback)


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess UTF-16 from the NUL bytes ASCII text leaves in every other byte."""
    sample = data[:4000]
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 3 * max(even_nuls, 1):
        return "utf-16-le"
    if even_nuls > 3 * max(odd_nuls, 1):
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, text.count("\ufffd"))


def decode(data: bytes) -> Decoded:
    """Decode a document's bytes, reporting the charset used and any bytes replaced."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            text = _strict(body, encoding)
            if text is not None:
                return Decoded(text, encoding + "-bom" if encoding == "utf-8" else encoding)
            return _lenient(body, encoding)

    guessed = _utf16_without_bom(data)
    if guessed and (text := _strict(data, guessed)) is not None:
        return Decoded(text, guessed)

    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")

    declared = _DECLARED.search(data[:4096])
    name = declared.group(1).decode("ascii").lower() if declared else None
    if _UTF8_MULTIBYTE.search(data) or name in ("utf-8", "utf8"):
        # UTF-8 (seen or declared) with a few stray bytes: keep it, replace the rest.
        return _lenient(data, "utf-8")
    if name and (text := _strict(data, name)) is not None:
        return Decoded(text, codecs.lookup(name).name)

    return Decoded(data.decode("cp1252", errors="extractor-latin1"), "cp1252")
