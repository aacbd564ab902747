"""Feed records: a release stored as YAML front matter over a Markdown or HTML body.

News aggregators and crawls keep releases this way: `title`, `excerpt`, a
source URL and the provider in the front matter, the body (often empty, the
excerpt being all there is) after it. The title and the excerpt are part of
the release; the other keys are metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex as re
import yaml

#: "---" on the first line, the YAML, then "---" or "..." on a line of its own.
_FRONT_MATTER = re.compile(
    r"""\A\ufeff?\s*---[ \t]*\n         # the opening fence
    (?P<yaml>.*?\n)?                  # the YAML
    (?:---|\.\.\.)[ \t]*(?:\n|\Z)      # the closing fence""",
    re.VERBOSE | re.DOTALL,
)
#: Crawls cut records short: an opening fence with no closing one is front matter
#: all the way down, when what follows parses as YAML.
_OPEN_FENCE = re.compile(r"\A\ufeff?\s*---[ \t]*\n")
#: A bare YAML record (no fences), as feeds and crawl dumps store them: its first
#: line is a key, or the first item of a list of records ("  - title: ...").
_YAML_START = re.compile(r"\A\ufeff?\s*(?:-\s+)?[A-Za-z_][\w-]*:[ \t]")
#: A record cut inside a value does not parse; dropping up to this many lines from
#: its end finds the last whole key. More would be guessing at a mangled text.
MAX_TRIMMED_LINES = 20
#: libyaml's loader where PyYAML was built with it (about ten times as fast as the pure
#: Python one, and the same safe subset of YAML).
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)  # a safe loader either way


#: Keys that hold each part, in the spellings feeds use.
TITLE_KEYS = ("title", "headline", "name")
EXCERPT_KEYS = ("excerpt", "summary", "description", "lead", "abstract")
URL_KEYS = ("sourceUrl", "source_url", "sourceURL", "url", "link", "canonical_url", "permalink")
PROVIDER_KEYS = ("provider", "source", "distributor", "wire")
BODY_KEYS = ("content", "body", "text")


@dataclass(frozen=True)
class FeedRecord:
    title: str | None
    excerpt: str | None
    url: str | None
    provider: str | None
    body: str


def _text(value: Any) -> str | None:
    """A front-matter value as text; a mapping gives its name (provider: {name: ...})."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    return next((t for k in keys if (t := _text(meta.get(k))) is not None), None)


def _load(lines: list[str]) -> dict[str, Any] | None:
    """The longest head of `lines` that parses as a YAML mapping (the first record of
    a list of records)."""
    for cut in range(len(lines), max(len(lines) - MAX_TRIMMED_LINES, 0), -1):
        try:
            meta = _yaml("\n".join(lines[:cut]))
        except yaml.YAMLError:
            continue
        if isinstance(meta, list) and meta:
            meta = meta[0]
        return meta if isinstance(meta, dict) else None
    return None


def _front_matter(text: str) -> tuple[dict[str, Any], str] | None:
    """The front matter as a mapping, and the body after it."""
    match = _FRONT_MATTER.match(text)
    if match is not None:
        try:
            meta = _yaml(match.group("yaml") or "")
        except yaml.YAMLError:
            return None
        return (meta, text[match.end() :]) if isinstance(meta, dict) else None
    opening = _OPEN_FENCE.match(text) or _YAML_START.match(text)
    if opening is None:
        return None
    start = opening.end() if opening.re is _OPEN_FENCE else 0
    meta = _load(text[start:].split("\n"))
    if meta is None or not any(k in meta for k in (*TITLE_KEYS, *EXCERPT_KEYS)):
        return None  # a Markdown rule or a "Label: text" line, not a record
    return meta, ""


def split_feed(text: str) -> FeedRecord | None:
    """The parts of a feed record, or None when `text` has no front matter."""
    found = _front_matter(text)
    if found is None:
        return None
    meta, body = found
    if not body.strip():
        body = _first(meta, BODY_KEYS) or ""
    return FeedRecord(
        title=_first(meta, TITLE_KEYS),
        excerpt=_first(meta, EXCERPT_KEYS),
        url=_first(meta, URL_KEYS),
        provider=_first(meta, PROVIDER_KEYS),
        body=body,
    )


def _squeezed(text: str) -> str:
    return " ".join(text.split()).casefold()


def excerpt_is_new(record: FeedRecord) -> bool:
    """The excerpt adds text only when the body does not already hold it."""
    if not record.excerpt:
        return False
    head = _squeezed(record.excerpt).rstrip(". …")
    return head[:80] not in _squeezed(record.body)
