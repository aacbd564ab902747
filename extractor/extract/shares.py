"""Shares of the market: "North America held 38% of the market in 2024".

A percentage is a share when the words after it say so ("38% share", "38% of the
market", "38% of global revenue") or the clause before it holds a share noun
("accounted for a share of 38%"). Its scope and year are linked later, like a
figure's; the checks add shares up per dimension and year.
"""

from __future__ import annotations

from .. import rules
from ..facts import ShareFact
from ..nlp import Annotated

#: How far back (in characters) a share noun may stand before its percentage: "a
#: revenue share of 38%", "the largest share, at 38%".
SHARE_NOUN_REACH = 40


def find_shares(a: Annotated) -> list[ShareFact]:
    blocks = a.document.blocks
    out = []
    for percent in a.percents:
        sentence = a.sentence_at(percent.start)
        if blocks[sentence.block].boilerplate:
            continue
        after = a.text[percent.end : min(percent.end + 40, sentence.end)]
        before = a.text[max(sentence.start, percent.start - SHARE_NOUN_REACH) : percent.start]
        if rules.SHARE_AFTER.match(after) or rules.SHARE_BEFORE.search(before):
            out.append(ShareFact(percent=percent, sentence=sentence))
    return out
