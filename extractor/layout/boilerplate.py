"""Boilerplate inside the article: About and Contact zones, calls to action, bare links.

Boilerplate stays in the clean text, so offsets remain honest, but its blocks
are flagged and no extractor reads facts from them (the publisher reader
excepted: an About block is where a firm names itself).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex as re

from .. import rules
from . import shapes

if TYPE_CHECKING:
    from .document import Block

#: A call to action is a short block; a long paragraph that happens to say "read
#: more" is still the release.
MAX_CALL_TO_ACTION_CHARS = 400
#: A sentence this long before a call to action is the release speaking, not the call.
MIN_SENTENCE_WORDS = 8
#: A zone runs until a heading of at least this strength (h1-h3) starts the release again.
ZONE_END_LEVEL = 3

_BARE_LINK = re.compile(r"\W*+(?:https?://\S+|www\.\S+|[^\s@]+@\S+\.\w+)\W*")


def _opens_zone(block: Block) -> bool:
    if block.kind == "table_cell":
        return False
    text = block.text.strip()
    first = text.split("\n")[0]
    return (
        shapes.opens_boilerplate(first)
        or bool(rules.ABOUT_LEAD.match(text))
        or bool(rules.publisher_self(text))
    )


def _call_to_action(block: Block) -> bool:
    text = block.text.strip()
    if block.kind in ("paragraph", "list_item", "heading") and len(text) < MAX_CALL_TO_ACTION_CHARS:
        cta = rules.call_to_action(text)
        if cta is not None and not _says_something_first(text[: cta.start()]):
            return True
    return bool(_BARE_LINK.fullmatch(text))


def _says_something_first(before: str) -> bool:
    """Does a full sentence of the release come before the call to action? A teaser's
    "The X market is poised to grow by USD 6.95 billion ... Request a free sample" is
    the release with a call to action after it."""
    before = before.rstrip()
    return before.endswith((".", "!", "?")) and len(before.split()) >= MIN_SENTENCE_WORDS


def mark(blocks: list[Block]) -> list[Block]:
    """The blocks with `boilerplate` set where they are not the release."""
    out: list[Block] = []
    in_zone = False
    for block in blocks:
        if _opens_zone(block):
            in_zone = True
        elif in_zone and block.kind == "heading" and block.level <= ZONE_END_LEVEL:
            in_zone = False
        flag = in_zone or _call_to_action(block)
        out.append(block if flag == block.boilerplate else replace(block, boilerplate=flag))
    return out
