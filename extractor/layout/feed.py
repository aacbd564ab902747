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
    r"\A\ufeff?\s*---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S
)

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


def split_feed(text: str) -> FeedRecord | None:
    """The parts of a feed record, or None when `text` has no front matter."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    try:
        meta = yaml.safe_load(match.group("yaml") or "")
    except yaml.YAMLError:
        return None
    if not isinstance(meta, dict):
        return None
    body = text[match.end() :]
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
