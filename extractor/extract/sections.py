"""Narrative sections: drivers, trends, challenges, opportunities, outlook.

A section is the run of blocks under a heading the vocabulary recognises, up
to the next heading of the same or a stronger level. Its items are its list
items when it has a list, else its sub-headings with their text, else its
paragraphs. Calls to action inside a section are boilerplate and skipped.
"""

from __future__ import annotations

import regex as re

from .. import rules
from ..layout import Block
from ..nlp import Annotated
from .segments import dimension

_LEAD = re.compile(r"^[\W\d_]*(?:\d+[.)]\s*)?")


def section_of(heading: str) -> str | None:
    """The section key a heading names, or None."""
    text = _LEAD.sub("", heading).strip().rstrip(":").strip()
    text = re.sub(r"^(?:market|industry)\s+(?=\w)", "", text, flags=re.IGNORECASE)
    for key, pattern in rules.SECTION_HEADINGS.items():
        if pattern.match(text):
            return key
    return None


def _other_part(heading: Block) -> bool:
    """A sub-heading that opens segments or key players, not more of the section."""
    text = heading.text.strip()
    return bool(
        dimension(heading)
        or rules.SEGMENTATION_HEADING.match(text)
        or (len(text.split()) <= 10 and rules.KEY_PLAYER_HEADING.search(text))
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


def _items(body: list[Block], heading: Block) -> list[str]:
    subheads = [b for b in body if b.kind == "heading"]
    lists = [b for b in body if b.kind == "list_item"]
    if lists:
        first = [b for b in lists if b.list_id == lists[0].list_id]
        top = min(b.depth for b in first)
        return [_flat(b.text) for b in first if b.depth == top]
    if subheads:
        items: list[str] = []
        for block in body:
            if block.kind == "heading":
                items.append(_flat(block.text))
            elif items:
                items[-1] = f"{items[-1]} {_flat(block.text)}"
        return items
    return [_flat(b.text) for b in body if b.kind == "paragraph"]


def find_sections(a: Annotated) -> dict[str, list[str]]:
    blocks = a.document.blocks
    out: dict[str, list[str]] = {}
    for heading in blocks:
        if heading.kind != "heading" or heading.boilerplate or len(heading.text.split()) > 10:
            continue
        key = section_of(heading.text)
        if key is None:
            continue
        body: list[Block] = []
        for block in blocks[heading.index + 1 :]:
            if block.kind == "heading" and (
                block.level <= heading.level or section_of(block.text) or _other_part(block)
            ):
                break
            if block.kind == "paragraph" and _opens_other_part(block.text):
                break  # "Segmentation by Product: ..." after a section's last paragraph
            if not block.boilerplate:
                body.append(block)
        out.setdefault(key, []).extend(_items(body, heading))
    return out
