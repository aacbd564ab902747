"""The data flow, end to end: bytes -> sniff -> decode -> repair -> layout -> nlp ->
extract -> link -> check -> record. Each stage is a plain function of the previous value.

`extract` never raises for a bad document: it returns a record with
`status: "error"` and the reason, so a batch always yields one record per input.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from . import check, contradictions, decode, layout, link, merge, nlp, record, repair, sniff
from .budget import deadline
from .errors import BudgetExceeded, EmptyDocument, InputError, WorkerCrashed, error_code
from .extract import extract as extract_facts
from .inputs import Item
from .models import ErrorInfo, MarketReport, Source
from .settings import DEFAULT_SETTINGS, Settings

Input = str | bytes | os.PathLike[str]
#: What a batch holds: paths, raw bytes, `(name, bytes)` pairs or input items.
Document = Input | Item | tuple[str, bytes]


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
    body, undone = sniff.sniff(data, settings.max_document_bytes)
    decoded = decode.decode(body)
    repaired = repair.repair(decoded.text)
    if not repaired.text.strip():
        raise EmptyDocument("no text once decoded")
    laid_out = layout.layout(repaired.text)
    if len(laid_out.text) > settings.max_text_chars:
        raise BudgetExceeded(
            f"{len(laid_out.text)} characters of text, over the budget of {settings.max_text_chars}"
        )
    annotated = nlp.annotate(laid_out, settings.language)
    facts = merge.merge(link.link(annotated, extract_facts(annotated)))
    checks = check.check_growth(facts)
    found = [
        *check.findings(facts, checks, repaired.repairs, decoded.invalid_bytes),
        *contradictions.contradiction_findings(facts, checks),
    ]
    derived = contradictions.derive_figures(facts.growth, facts.figures)
    repairs = (*(f"{name} body decompressed" for name in undone), *repaired.repairs)
    source = _source(data, path, decoded.encoding, repairs, laid_out.url)
    return record.build(source, laid_out.text, facts, checks, found, derived, settings.with_text)


def error_record(data: bytes, path: str | None, error: BaseException) -> MarketReport:
    return MarketReport(
        source=_source(data, path),
        status="error",
        error=ErrorInfo(type=error_code(error), message=str(error) or repr(error)),
    )


def extract(
    document: str | bytes, source: str | None = None, settings: Settings = DEFAULT_SETTINGS
) -> MarketReport:
    """Extract one release. `document` is its text or its raw bytes; `source` names it."""
    data = document.encode("utf-8") if isinstance(document, str) else bytes(document)
    try:
        with deadline(settings.time_budget_seconds):
            return _run(data, source, settings)
    except Exception as error:  # one bad document must not stop a batch
        return error_record(data, source, error)


def extract_path(
    path: str | os.PathLike[str], settings: Settings = DEFAULT_SETTINGS
) -> MarketReport:
    """Extract one file; an unreadable file becomes an error record, and so does a file
    over the size budget (it is not read into memory at all)."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as stream:
            data = stream.read(settings.max_document_bytes + 1)
    except OSError as error:
        return error_record(b"", name, error)
    if len(data) > settings.max_document_bytes:
        size = os.path.getsize(name)
        over = BudgetExceeded(
            f"{size} bytes, over the size budget of {settings.max_document_bytes}"
        )
        return error_record(b"", name, over)
    return extract(data, source=name, settings=settings)


def extract_item(item: Item, settings: Settings = DEFAULT_SETTINGS) -> MarketReport:
    """Extract one input item (see `extractor.inputs`): its id and URL go in its source."""
    if item.error is not None:
        report = error_record(item.data or b"", item.path or item.name, InputError(item.error))
    elif item.data is None:
        report = extract_path(item.path or item.name, settings)
    else:
        report = extract(item.data, source=item.path or item.name, settings=settings)
    if item.id is None and item.url is None:
        return report
    source = report.source.model_copy(update={"id": item.id, "url": item.url or report.source.url})
    return report.model_copy(update={"source": source})


def _one(item: Document, settings: Settings) -> MarketReport:
    if isinstance(item, Item):
        return extract_item(item, settings)
    if isinstance(item, tuple):
        name, data = item
        return extract(data, source=name, settings=settings)
    if isinstance(item, (str, os.PathLike)) and not isinstance(item, bytes):
        return extract_path(item, settings)
    return extract(item, settings=settings)


def extract_many(
    items: Iterable[Document],
    jobs: int = 1,
    chunksize: int = 8,
    settings: Settings = DEFAULT_SETTINGS,
) -> Iterator[MarketReport]:
    """Records for many inputs, streamed in input order.

    Items are paths, raw bytes, `(name, bytes)` pairs or `inputs.Item`s. With
    `jobs > 1` the work is spread over processes; order is kept either way, and
    only a few chunks per worker are in flight, so a batch of any size (or an
    endless stream) is read lazily and memory stays flat. A worker that dies
    (a crash in a C library, the kernel's OOM killer) costs only its document:
    the chunk it held is run again one document at a time, and the document
    that kills a worker again gets an error record.
    """
    if jobs <= 1:
        for item in items:
            yield _one(item, settings)
        return
    pool = _Pool(jobs)
    pending: deque[tuple[list[Document], Future[list[MarketReport]]]] = deque()
    window = IN_FLIGHT_PER_WORKER * jobs
    try:
        for chunk in _chunks(items, chunksize):
            pending.append((chunk, pool.submit(chunk, settings)))
            while len(pending) >= window:
                yield from _collect(pool, pending, settings)
        while pending:
            yield from _collect(pool, pending, settings)
    finally:
        pool.shutdown()


#: Chunks in flight per worker: enough to keep every worker busy while the
#: main process writes, few enough that memory does not grow with the batch.
IN_FLIGHT_PER_WORKER = 4


class _Pool:
    """A process pool that can be started again after a worker died."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.executor = ProcessPoolExecutor(max_workers=jobs)

    def submit(self, chunk: list[Document], settings: Settings) -> Future[list[MarketReport]]:
        return self.executor.submit(_many, chunk, settings)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = ProcessPoolExecutor(max_workers=self.jobs)

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _collect(
    pool: _Pool,
    pending: deque[tuple[list[Document], Future[list[MarketReport]]]],
    settings: Settings,
) -> Iterator[MarketReport]:
    """The records of the oldest chunk; after a worker died, every chunk in flight is
    run again, the oldest one document at a time."""
    chunk, future = pending.popleft()
    try:
        yield from future.result()
        return
    except BrokenProcessPool:
        pass
    pool.restart()
    waiting = [c for c, _ in pending]
    pending.clear()
    for item in chunk:  # alone, so that a document that kills a worker is found
        try:
            yield from pool.submit([item], settings).result()
        except BrokenProcessPool:
            pool.restart()
            yield _crashed(item)
    for c in waiting:
        pending.append((c, pool.submit(c, settings)))


def _crashed(item: Document) -> MarketReport:
    name = _name_of(item)
    error = WorkerCrashed("the worker process died while reading this document")
    return error_record(b"", name, error)


def _name_of(item: Document) -> str | None:
    if isinstance(item, Item):
        return item.path or item.name
    if isinstance(item, tuple):
        return item[0]
    if isinstance(item, (str, os.PathLike)) and not isinstance(item, bytes):
        return os.fspath(item)
    return None


def _many(chunk: list[Document], settings: Settings) -> list[MarketReport]:
    return [_one(item, settings) for item in chunk]


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
