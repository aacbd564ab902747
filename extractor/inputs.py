"""Inputs as crawls store them -> a lazy stream of documents, in a stable order.

| argument | documents |
|---|---|
| a file (`.html`, `.htm`, `.md`, `.txt`, or any other name) | one |
| a directory | its document files and containers, walked in sorted order |
| a glob pattern (`crawl/**/*.html`) | the matching paths, sorted |
| `-` | the bytes on stdin, one document |
| `--from-list FILE` | the paths in FILE, one a line (`-` reads the list from stdin) |
| `NAME.jsonl`, `.ndjson` | one a line: `{"id", "html"|"text"|"markdown", "url"}` |
| `NAME.warc` / `.warc.gz` | one per HTML or text response (`warcio`) |
| `NAME.gz` | what NAME would be: a document (inflated by `sniff`), JSON Lines, a WARC |

Nothing is read before it is needed: a directory of 100,000 files or a JSON Lines
file of millions of records costs one item at a time. A line or a member that cannot
be read is an `Item` with an `error`, so it still gets its record.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

#: File names read as one document each when a directory is walked.
DOCUMENT_SUFFIXES = (".html", ".htm", ".md", ".txt")
#: File names that hold many documents.
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
#: The fields of a JSON Lines record that may hold the document, in the order looked at.
JSONL_BODY_FIELDS = ("html", "text", "markdown")
#: The content types of WARC responses that are documents (images, scripts and styles
#: in an archive are not releases, and are not records of ours).
WARC_DOCUMENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
#: A compressed file may not inflate beyond this: a decompression bomb becomes an error
#: record instead of filling memory (a real release is well under a megabyte).
MAX_INFLATED_BYTES = 256 * 1024 * 1024
#: Gold files of a corpus lie beside its releases; a walk skips them.
GOLD_SUFFIX = ".expected.json"


@dataclass(frozen=True)
class Item:
    """One document to extract. `data` is None for a file read later (in the worker)."""

    name: str
    data: bytes | None = None
    path: str | None = None
    id: str | None = None
    url: str | None = None
    #: Why the document could not be read; it gets an error record with this message.
    error: str | None = None

    @property
    def key(self) -> str:
        """What identifies the document in the records: its id, else its path or name."""
        return self.id or self.path or self.name


def _is_container(name: str) -> bool:
    lowered = name.lower()
    inner = lowered[:-3] if lowered.endswith(".gz") else lowered
    return inner.endswith((*JSONL_SUFFIXES, ".warc"))


def _walkable(name: str) -> bool:
    lowered = name.lower()
    if lowered.endswith(GOLD_SUFFIX):
        return False
    inner = lowered[:-3] if lowered.endswith(".gz") else lowered
    return inner.endswith(DOCUMENT_SUFFIXES) or _is_container(name)


def walk(folder: str) -> Iterator[str]:
    """Document files under `folder`, sorted, one directory at a time; symlink loops and
    unreadable directories are skipped (each directory is entered once)."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = os.stat(current)
            if (info.st_dev, info.st_ino) in seen:
                continue  # a symlink back to a folder already walked
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(current) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError:
            continue
        folders = []
        for entry in listed:
            try:
                if entry.is_dir():
                    folders.append(entry.path)
                elif _walkable(entry.name):
                    yield entry.path
            except OSError:
                continue
        stack.extend(reversed(folders))


def _jsonl(stream: Iterable[bytes], origin: str) -> Iterator[Item]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        name = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Item(name, error=f"line {number} of {origin} is not JSON: {error}")
            continue
        if not isinstance(record, dict):
            yield Item(name, error=f"line {number} of {origin} is not a JSON object")
            continue
        body = next((record[f] for f in JSONL_BODY_FIELDS if isinstance(record.get(f), str)), None)
        doc_id = record.get("id")
        url = record.get("url")
        item_id = str(doc_id) if doc_id is not None else None
        item_url = url if isinstance(url, str) else None
        if body is None:
            fields = ", ".join(JSONL_BODY_FIELDS)
            yield Item(name, id=item_id, url=item_url, error=f"no {fields} field in {name}")
            continue
        yield Item(name, data=body.encode("utf-8"), id=item_id, url=item_url)


def _warc(stream: IO[bytes], origin: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator  # only for archives

    for record in ArchiveIterator(stream):
        if record.rec_type not in ("response", "resource"):
            continue
        http = record.http_headers
        kind = (http.get_header("Content-Type") if http else None) or (
            record.rec_headers.get_header("Content-Type") or ""
        )
        if not kind.lower().startswith(WARC_DOCUMENT_TYPES):
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        name = f"{origin}#{url or record_id}"
        try:
            data = record.content_stream().read(MAX_INFLATED_BYTES + 1)
        except Exception as error:  # a damaged member: its own record, the rest goes on
            yield Item(name, id=record_id, url=url, error=f"unreadable WARC record: {error}")
            continue
        if len(data) > MAX_INFLATED_BYTES:
            yield Item(name, id=record_id, url=url, error="WARC record over the size limit")
            continue
        yield Item(name, data=data, id=record_id, url=url)


def _container(path: str) -> Iterator[Item]:
    lowered = path.lower()
    try:
        if lowered.endswith(WARC_SUFFIXES):
            with open(path, "rb") as raw:  # warcio reads gzip members itself
                yield from _warc(raw, path)
        elif lowered.endswith(".gz"):
            with gzip.open(path, "rb") as stream:
                yield from _jsonl(stream, path)
        else:
            with open(path, "rb") as stream:
                yield from _jsonl(stream, path)
    except (OSError, EOFError, ValueError) as error:
        yield Item(path, path=path, error=f"cannot read {path}: {error}")


def _file(path: str) -> Iterator[Item]:
    if _is_container(path):
        yield from _container(path)
    else:  # read in the worker, when its turn comes (`sniff` inflates a .gz, bounded)
        yield Item(path, path=path)


def _has_magic(argument: str) -> bool:
    return glob.has_magic(argument) and not os.path.exists(argument)


def _paths(argument: str) -> Iterator[str]:
    if os.path.isdir(argument):
        yield from walk(argument)
    elif _has_magic(argument):
        for match in sorted(glob.iglob(argument, recursive=True)):
            if os.path.isdir(match):
                yield from walk(match)
            else:
                yield match
    else:
        yield argument  # a missing file still gets its (error) record


def _listed(list_file: str, stdin: IO[bytes]) -> Iterator[str]:
    with (
        io.TextIOWrapper(stdin, encoding="utf-8", errors="replace")
        if list_file == "-"
        else Path(list_file).open(encoding="utf-8", errors="replace")
    ) as lines:
        for line in lines:
            if line.strip():
                yield line.strip()


def items(
    arguments: Iterable[str], from_list: str | None = None, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """The documents the arguments name, in order: each argument in turn, then the list."""
    stdin = stdin if stdin is not None else sys.stdin.buffer
    for argument in arguments:
        if argument == "-":
            yield Item("<stdin>", data=stdin.read())
            continue
        for path in _paths(argument):
            yield from _file(path)
    if from_list is not None:
        for path in _listed(from_list, stdin):
            yield from _file(path)
