"""Stage 1, decode: bytes -> text plus the charset used; never raises on bad bytes."""

import codecs

import pytest

from extractor.decode import decode

TEXT = "Market “size” — café 2025–2032"

CASES = [
    pytest.param(b"The market grew.", "The market grew.", "utf-8", id="ascii-utf8"),
    pytest.param(TEXT.encode("utf-8"), TEXT, "utf-8", id="utf8-multibyte"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, "utf-8-bom", id="utf8-bom"),
    pytest.param(
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, "utf-16-le", id="utf16-le-bom"
    ),
    pytest.param(
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, "utf-16-be", id="utf16-be-bom"
    ),
    pytest.param(
        b"\x93USD 5 billion\x94 \x80 2.3bn, 2025\x962032",
        "“USD 5 billion” € 2.3bn, 2025–2032",
        "cp1252",
        id="cp1252-quotes-euro-dash",
    ),
    pytest.param(b"caf\xe9 na\xefve r\xe9sum\xe9", "café naïve résumé", "cp1252", id="latin1-only"),
    pytest.param(b"", "", "utf-8", id="empty"),
]


@pytest.mark.parametrize(("data", "text", "encoding"), CASES)
def test_decode_text_and_encoding(data, text, encoding):
    decoded = decode(data)
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.invalid_bytes == 0


INVALID = [
    pytest.param("café ".encode() + b"\xff" + b" growth", 1, id="one-stray-byte"),
    pytest.param("€2.3bn ".encode() + b"\xff\xfe" + b" and \xc3", 3, id="three-bad-bytes"),
    pytest.param(b"\xef\xbb\xbf" + "naïve ".encode() + b"\xff", 1, id="bom-then-bad-byte"),
]


@pytest.mark.parametrize(("data", "replaced"), INVALID)
def test_decode_invalid_utf8_is_counted_not_raised(data, replaced):
    decoded = decode(data)
    assert decoded.encoding.startswith("utf-8")
    assert decoded.invalid_bytes == replaced
    assert decoded.text.count("\ufffd") == replaced
    # the good UTF-8 around the damage survives
    assert "é" in decoded.text or "€" in decoded.text or "ï" in decoded.text
