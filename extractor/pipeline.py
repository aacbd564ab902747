"""The data flow, end to end: bytes -> decode -> repair -> layout -> nlp -> extract
-> link -> check -> record. Each stage is a plain function of the previous value.

`extract` never raises for a bad document: it returns a record with
`status: "error"` and the reason, so a batch always yields one record per input.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from . import check, contradictions, decode, layout, link, merge, nlp, record, repair
from .extract import extract as extract_facts
from .models import ErrorInfo, MarketReport, Source
from .settings import DEFAULT_SETTINGS, Settings

Input = str | bytes | os.PathLike[str]


def _source(
    data: bytes,
    path: str | None,
    encoding: str | None = None,
    repairs: tuple[str, ...] = (),
    url: str | None = None,
) -> Source:
    return Source(
        path=path,
        url=url,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=encoding,
        repairs=list(repairs),
    )


def _run(data: bytes, path: str | None, settings: Settings) -> MarketReport:
    decoded = decode.decode(data)
    repaired = repair.repair(decoded.text)
    laid_out = layout.layout(repaired.text)
    annotated = nlp.annotate(laid_out, settings.language)
    facts = merge.merge(link.link(annotated, extract_facts(annotated)))
    checks = check.check_growth(facts)
    found = [
        *check.findings(facts, checks, repaired.repairs, decoded.invalid_bytes),
        *contradictions.contradiction_findings(facts, checks),
    ]
    derived = contradictions.derive_figures(facts.growth, facts.figures)
    source = _source(data, path, decoded.encoding, repaired.repairs, laid_out.url)
    return record.build(source, laid_out.text, facts, checks, found, derived)


def error_record(data: bytes, path: str | None, error: BaseException) -> MarketReport:
    return MarketReport(
        source=_source(data, path),
        status="error",
        error=ErrorInfo(type=type(error).__name__, message=str(error) or repr(error)),
    )


def extract(
    document: str | bytes, source: str | None = None, settings: Settings = DEFAULT_SETTINGS
) -> MarketReport:
    """Extract one release. `document` is its text or its raw bytes; `source` names it."""
    data = document.encode("utf-8") if isinstance(document, str) else bytes(document)
    try:
        return _run(data, source, settings)
    except Exception as error:  # one bad document must not stop a batch
        return error_record(data, source, error)


def extract_path(
    path: str | os.PathLike[str], settings: Settings = DEFAULT_SETTINGS
) -> MarketReport:
    """Extract one file; an unreadable file becomes an error record."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except OSError as error:
        return error_record(b"", name, error)
    return extract(data, source=name, settings=settings)


def _one(item: Input | tuple[str, bytes], settings: Settings) -> MarketReport:
    if isinstance(item, tuple):
        name, data = item
        return extract(data, source=name, settings=settings)
    if isinstance(item, (str, os.PathLike)) and not isinstance(item, bytes):
        return extract_path(item, settings)
    return extract(item, settings=settings)


def extract_many(
    items: Iterable[Input | tuple[str, bytes]],
    jobs: int = 1,
    chunksize: int = 8,
    settings: Settings = DEFAULT_SETTINGS,
) -> Iterator[MarketReport]:
    """Records for many inputs, streamed in input order.

    Items are paths, raw bytes, or `(name, bytes)` pairs. With `jobs > 1` the
    work is spread over processes; order is kept either way, and only a few
    chunks per worker are in flight, so a batch of any size (or an endless
    stream) is read lazily and memory stays flat.
    """
    if jobs <= 1:
        for item in items:
            yield _one(item, settings)
        return
    pending: deque[Future[list[MarketReport]]] = deque()
    window = 4 * jobs
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for chunk in _chunks(items, chunksize):
            pending.append(pool.submit(_many, chunk, settings))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _many(chunk: list[Input | tuple[str, bytes]], settings: Settings) -> list[MarketReport]:
    return [_one(item, settings) for item in chunk]


def _chunks(
    items: Iterable[Input | tuple[str, bytes]], size: int
) -> Iterator[list[Input | tuple[str, bytes]]]:
    chunk: list[Input | tuple[str, bytes]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
