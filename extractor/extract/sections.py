"""Narrative sections: drivers, trends, challenges, opportunities, outlook.

A section is the run of blocks under a heading the vocabulary recognises, up
to the next heading of the same or a stronger level. Its items are its list
items when it has a list, else its sub-headings with their text, else its
paragraphs. Calls to action inside a section are boilerplate and skipped.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from .. import rules
from ..layout import Block, Section, shapes
from ..nlp import Annotated
from .segments import dimension

_LEAD = re.compile(r"^[\W\d_]*(?:\d+[.)]\s*)?")
#: A section heading names the part in a few words ("Key Market Drivers and
#: Opportunities"); a longer line that starts "Trends in ..." is a sentence.
MAX_SECTION_HEADING_WORDS = 10


#: "Market Drivers", "Industry Trends": the word before the part's name.
_MARKET_LEAD = re.compile(r"^(?:market|industry)\s+(?=\w)", re.IGNORECASE)


#: Headings remembered by `section_of`: a release asks about each of its headings from
#: several readers, and the releases of a batch share most of theirs ("Market Drivers").
SECTION_CACHE_SIZE = 4096


@lru_cache(maxsize=SECTION_CACHE_SIZE)
def section_of(heading: str) -> str | None:
    """The section key a heading names, or None."""
    text = _LEAD.sub("", heading).strip().rstrip(":").strip()
    text = _MARKET_LEAD.sub("", text)
    # "Major Trends/Growth Factors": each half of a slash-joined heading may name the part.
    for part in (text, *text.split("/")):
        for key, pattern in rules.SECTION_HEADINGS.items():
            if pattern.match(part.strip()):
                return key
    return None


def _other_part(heading: Block) -> bool:
    """A sub-heading that opens segments or key players, not more of the section."""
    text = heading.text.strip()
    return bool(
        dimension(heading)
        or rules.SEGMENTATION_HEADING.match(text)
        or (heading.words <= shapes.MAX_LABEL_WORDS and rules.KEY_PLAYER_HEADING.search(text))
    )


def _opens_other_part(text: str) -> bool:
    return bool(
        rules.SEGMENT_COLON.match(text)
        or rules.KEY_PLAYER_LABEL.match(text)
        or rules.KEY_PLAYER_PROSE.match(text)
        or rules.KEY_PLAYER_OPENING.match(text)
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def _items(a: Annotated, body: list[Block]) -> list[str]:
    subheads = [b for b in body if b.kind == "heading"]
    first_list = a.document.first_list(body)
    if first_list:
        return [_flat(b.text) for b in first_list]
    if subheads:
        items: list[str] = []
        for block in body:
            if block.kind == "heading":
                items.append(_flat(block.text))
            elif items:
                items[-1] = f"{items[-1]} {_flat(block.text)}"
        return items
    return [_flat(b.text) for b in body if b.kind == "paragraph"]


def _own_part(section: Section) -> list[Block]:
    """The section's blocks up to a sub-heading or paragraph that opens another part."""
    body: list[Block] = []
    for block in section.blocks:
        if block.kind == "heading" and (section_of(block.text) or _other_part(block)):
            break
        if block.kind == "paragraph" and _opens_other_part(block.text):
            break  # "Segmentation by Product: ..." after a section's last paragraph
        if not block.boilerplate:
            body.append(block)
    return body


def find_sections(a: Annotated) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for section in a.document.sections():
        heading = section.heading
        if heading is None or heading.boilerplate or heading.words > MAX_SECTION_HEADING_WORDS:
            continue
        key = section_of(heading.text)
        if key is not None:
            out.setdefault(key, []).extend(_items(a, _own_part(section)))
    return out
