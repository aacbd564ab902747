"""Stage 0: bytes -> the bytes of a text document, or a clear error.

Crawls save anything under any name: images and PDFs as `.html`, bodies still
gzip- or brotli-compressed, archives, programs. Facts read from such bytes are
noise ("$2", "$4" out of a PNG), so they never reach the text stages:

- a compressed body (gzip, zlib/deflate, bzip2, xz, brotli) is decompressed, no
  further than the size budget (a decompression bomb is `budget_exceeded`), and
  what comes out is sniffed again;
- a known binary signature (the table below) is `not_a_text_document` naming
  the type;
- bytes without a signature are binary when control characters, which text
  does not hold, make up more than `MAX_CONTROL_SHARE` of them.
"""

from __future__ import annotations

import bz2
import lzma
import zlib
from collections.abc import Callable

from .errors import BudgetExceeded, EmptyDocument, NotATextDocument

#: (offset, magic bytes, what the document is). Checked in order, first match wins.
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "PDF document"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (8, b"WEBP", "WebP image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x00\x00\x01\x00", "icon"),
    (4, b"ftyp", "MP4/QuickTime video"),
    (0, b"ID3", "MP3 audio"),
    (0, b"OggS", "Ogg audio/video"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (0, b"PK\x05\x06", "ZIP archive (empty)"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (257, b"ustar", "tar archive"),
    (0, b"\x28\xb5\x2f\xfd", "Zstandard-compressed data"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE document (DOC/XLS/PPT)"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (0, b"\xfe\xed\xfa\xcf", "Mach-O executable"),
    (0, b"\xca\xfe\xba\xbe", "Mach-O universal binary or Java class"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
)
#: "MZ" opens Windows programs, and also words ("MZ Research"): a program only when the
#: bytes are binary as well.
WEAK_SIGNATURES: tuple[tuple[bytes, str], ...] = ((b"MZ", "Windows executable"),)

#: Bytes looked at to judge text from binary: enough for any file's character.
SAMPLE_BYTES = 8192
#: Control characters (other than tab, line feed, form feed, carriage return and
#: escape) in text are rare: a stray one in a crawl, a run of NULs as padding. Random
#: or compressed bytes hold about 11% of them (28 of 256 values).
MAX_CONTROL_SHARE = 0.05
#: Compressed bodies inside compressed bodies are unwrapped this many times at most.
MAX_LAYERS = 3

_CONTROL = bytes(b for b in range(32) if b not in (0, 9, 10, 12, 13, 27))


def _decompress_bounded(make: Callable[[], object], data: bytes, limit: int) -> bytes:
    """Inflate `data` with a decompressor from `make`, to `limit` bytes at most."""
    decompressor = make()
    out = decompressor.decompress(data, limit + 1)  # type: ignore[attr-defined]
    if len(out) > limit:
        raise BudgetExceeded(f"the compressed body inflates beyond {limit} bytes")
    return bytes(out)


def _zlib_family(wbits: int, name: str) -> Callable[[int], Callable[[bytes], bytes]]:
    """An inflater for zlib's formats: gzip (`wbits` 16 + 15) or a zlib stream (15)."""

    def bounded(limit: int) -> Callable[[bytes], bytes]:
        def inflate(data: bytes) -> bytes:
            decompressor = zlib.decompressobj(wbits)
            out = decompressor.decompress(data, limit + 1)
            if len(out) > limit:
                raise BudgetExceeded(f"the {name} body inflates beyond {limit} bytes")
            if not out and not decompressor.eof:
                raise ValueError("the stream ends before any of its content")
            return out

        return inflate

    return bounded


_gzip = _zlib_family(16 + zlib.MAX_WBITS, "gzip")
_zlib = _zlib_family(zlib.MAX_WBITS, "deflate")


def _bz2(limit: int) -> Callable[[bytes], bytes]:
    return lambda data: _decompress_bounded(bz2.BZ2Decompressor, data, limit)


def _xz(limit: int) -> Callable[[bytes], bytes]:
    return lambda data: _decompress_bounded(lzma.LZMADecompressor, data, limit)


def _is_zlib(data: bytes) -> bool:
    """A zlib header: deflate method, a window size, and the check bits."""
    return len(data) > 2 and data[0] == 0x78 and (data[0] * 256 + data[1]) % 31 == 0


#: Compressed bodies: a test on the bytes, what they are, how to inflate them.
COMPRESSED: tuple[
    tuple[Callable[[bytes], bool], str, Callable[[int], Callable[[bytes], bytes]]], ...
] = (
    (lambda d: d.startswith(b"\x1f\x8b"), "gzip", _gzip),
    (lambda d: d.startswith(b"BZh") and d[3:4].isdigit(), "bzip2", _bz2),
    (lambda d: d.startswith(b"\xfd7zXZ\x00"), "xz", _xz),
    (_is_zlib, "deflate", _zlib),
)


def _brotli(data: bytes, limit: int) -> bytes | None:
    """Brotli has no signature: binary bytes that brotli inflates into text were it."""
    try:
        import brotli
    except ImportError:  # pragma: no cover - brotli is a dependency
        return None
    try:
        decompressor = brotli.Decompressor()
        out = decompressor.process(data, output_buffer_limit=limit + 1)
    except brotli.error:
        return None
    if len(out) > limit:
        raise BudgetExceeded(f"the brotli body inflates beyond {limit} bytes")
    return bytes(out) if out else None


def control_share(sample: bytes) -> tuple[float, float]:
    """The share of control characters (other than NUL) and of NULs in `sample`."""
    if not sample:
        return 0.0, 0.0
    nuls = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls / len(sample), nuls / len(sample)


def looks_binary(data: bytes) -> bool:
    """Control characters over `MAX_CONTROL_SHARE` of the bytes that are not NUL. NULs
    are left out: text padded with NULs is still text (UTF-16 is told apart before)."""
    sample = data[:SAMPLE_BYTES].replace(b"\x00", b"")
    return control_share(sample)[0] > MAX_CONTROL_SHARE


def kind_of(data: bytes) -> str | None:
    """What binary type the bytes' signature names, or None."""
    for offset, magic, kind in SIGNATURES:
        if data[offset : offset + len(magic)] == magic:
            return kind
    return None


def _is_utf16(data: bytes) -> bool:
    """UTF-16 text (with or without its mark) is half NULs and is still text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:SAMPLE_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return len(sample) >= 8 and max(even, odd) > 0.4 * len(sample) / 2 > 3 * min(even, odd)


def sniff(data: bytes, max_bytes: int) -> tuple[bytes, tuple[str, ...]]:
    """The document's text bytes, and what was undone to get them ("gzip", ...).

    Raises `NotATextDocument`, `EmptyDocument` or `BudgetExceeded`.
    """
    if len(data) > max_bytes:
        raise BudgetExceeded(f"{len(data)} bytes, over the size budget of {max_bytes}")
    undone: list[str] = []
    for _ in range(MAX_LAYERS):
        layer = next((c for c in COMPRESSED if c[0](data)), None)
        if layer is None:
            break
        _, name, inflater = layer
        try:
            data = inflater(max_bytes)(data)
        except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError) as error:
            if name == "deflate":
                break  # "x^" opening a text is not always zlib: read it as text
            raise NotATextDocument(f"damaged {name} data: {error}") from error
        undone.append(name)
    if not data.replace(b"\x00", b"").strip():
        raise EmptyDocument("the document is empty" if not data else "only white space")
    kind = kind_of(data)
    if kind is not None:
        raise NotATextDocument(f"{kind} (from its signature), not a text document")
    if _is_utf16(data):
        return data, tuple(undone)
    if looks_binary(data):
        inflated = _brotli(data, max_bytes)
        if inflated is not None and not looks_binary(inflated):
            return sniff(inflated, max_bytes)[0], (*undone, "brotli")
        weak = next((k for m, k in WEAK_SIGNATURES if data.startswith(m)), None)
        controls, nuls = control_share(data[:SAMPLE_BYTES])
        raise NotATextDocument(
            f"{weak or 'binary data'}: {controls:.0%} control characters and {nuls:.0%} "
            "NUL bytes, not a text document"
        )
    return data, tuple(undone)
