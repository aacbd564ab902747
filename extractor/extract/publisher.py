"""Who issued the release (the publisher) and who carried it (the distributor).

The publisher is read from the strongest evidence first: an About block, the
firm describing itself, a credit in the title ("...: Grand View Research,
Inc.", "STL Partners Forecasts ..."), the lead after a wire's dateline, a
"published by" credit or a firm's name in the first blocks, "a report by X"
in the body, the firm the figures are attributed to ("according to Mordor
Intelligence"), and last a byline or the page title outside the article.
Every candidate must look like a firm: not a wire or an investor-news brand,
not a technology ("Artificial Intelligence"), not the market's own name, not a
description of the market ("Industry Size").
"""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from .. import rules
from ..layout import Block
from ..nlp import Annotated

#: A firm's name ("Acme Market Research & Consulting Group") is at most this many words.
MAX_FIRM_WORDS = 6
#: A dateline, byline or "published by" credit sits in the first few blocks ...
PUBLISHER_LEAD_BLOCKS = 8
#: ... and in the first characters of its block.
LEAD_CHARS = 120
#: Datelines and credits naming the distributor sit in the first or last few blocks.
DISTRIBUTOR_LEAD_BLOCKS = 3

#: What follows "Reports" used as a verb in a headline: "Acme Reports Record Q4", "Acme
#: Reports 20% Growth".
_REPORTS_VERB = re.compile(r"\s+(?:\p{Lu}|\d)")
#: After a wire's dateline, the issuer and its verb: "/PRNewswire/ -- Acme Insights today".
_WIRE_LEAD = re.compile(
    rf"""(?P<name>{rules.PROPER_NAME.pattern})
    \s*(?:,|\s+(?:today|has|announced|released|published|reports?|says))""",
    re.VERBOSE,
)
#: Words that start sentences or stand for a firm without naming it.
_NOT_WHO = frozenset(
    {
        "us",
        "our",
        "we",
        "it",
        "this",
        "that",
        "they",
        "he",
        "she",
        "company",
        "analysts",
        "researchers",
        "experts",
        # sentence-initial adverbs before a plural noun that reads as a verb: "Earlier
        # estimates had put the market at ..."
        "earlier",
        "later",
        "previously",
        "recently",
        "currently",
        "meanwhile",
        "overall",
        "separately",
        "globally",
        "industry",
        "the company",
        "the publisher",
        "the report",
        "the study",
    }
)
#: A firm's own legal suffix is not part of how it is named: "Grand View Research, Inc.".
_LEGAL_TAIL = re.compile(r"(?<![\s,]),?\s+(?:Inc|LLC|Ltd|L\.L\.C|Co)\.?$")
#: A title credit may end in the kind of publication: "TMR Study".
_PUBLICATION_TAIL = re.compile(r"(?<!\s)\s+(?:Study|Survey|Report)$")


_SENTENCE_END = re.compile(r"(?<!\b[A-Z]\.[A-Z])\.\s|[!?]\s")  # not after "U.S."
#: Punctuation and a possessive after a name: "Acme Research's", "Acme --".
_NAME_TAIL = re.compile(r"(?:['’]s)?[\s,:;–—*_.-]+$")
_NAME_LEAD = re.compile(r"^(?:The|the|By|About)\s+")


def _clean_name(name: str) -> str | None:
    """A candidate name trimmed to the firm's name as written, or None."""
    name = _SENTENCE_END.split(name.strip())[0]
    name = _NAME_TAIL.sub("", name.strip())
    name = _NAME_LEAD.sub("", name)
    name = rules.ATTRIBUTION_LEAD.sub("", name)  # "Selon Quillon Research" at a sentence's start
    name = rules.FIRM_KIND_LEAD.sub("", name)
    name = _LEGAL_TAIL.sub("", name)
    words = name.split()
    if not 1 <= len(words) <= MAX_FIRM_WORDS or not name[0].isupper():
        return None
    if name.lower() in _NOT_WHO:
        return None
    return name


#: Two generic words ("Market Intelligence") are a phrase; firms named only by generic
#: words use three or more ("Global Market Insights", "Market Research Future").
MAX_GENERIC_PHRASE_WORDS = 2


#: An acronym this long at least names an organisation ("MIR"); one or two letters may
#: be anything in brackets ("(AI)", "(US)").
MIN_ACRONYM_LETTERS = 3


def _with_its_acronym(name: str, text: str) -> bool:
    """Is the name followed somewhere by its own initials in brackets, as organisations
    introduce themselves: "Market Industry Reports (MIR)"? A report title never is."""
    initials = rules.initials(name)
    if len(initials) < MIN_ACRONYM_LETTERS:
        return False
    return re.search(rf"{re.escape(name)}\s*\({initials}\)", text) is not None


def _is_firm(name: str, market: str | None, acronym: bool = False) -> bool:
    """Does a cleaned candidate look like a research firm's name? `acronym`: the text
    introduces it with its initials, which only a name does, however generic its words."""
    lowered = name.casefold()
    if rules.DISTRIBUTOR.fullmatch(name) or rules.DISTRIBUTOR_SHAPE.search(name):
        return False  # a wire or an investor-news brand carries releases, never issues them
    if rules.INSTITUTION.search(name):
        return False  # a hospital or a university quoted in the text
    if any(lowered.endswith(phrase) for phrase in rules.NOT_FIRM_PHRASES):
        return False
    generic_words = rules.NOT_FIRM_WORDS.search(name) or rules.GENERIC_NAME.fullmatch(name)
    if generic_words and not acronym:
        return False
    words = name.split()
    if (
        not acronym
        and len(words) <= MAX_GENERIC_PHRASE_WORDS
        and all(rules.GENERIC_NAME.fullmatch(w) or w in rules.FIRM_WORDS for w in words)
    ):
        return False  # "Market Intelligence", "Global Insights": a phrase, not a name
    if re.search(r"\s(?i:market)$", name):
        return False  # "Europe Widget Market" names a market ("Fior Markets" is a firm)
    own_market = market is not None and (
        lowered in market.casefold() or market.casefold() in lowered
    )
    # "Chip Market Intelligence (Report)" after "Artificial Intelligence Chip": the market's
    # own word before "Market" and a firm word: a report's title, not a firm.
    head = re.match(r"(?P<lead>.+?)\s+(?i:market)\s", name)
    titled = (
        head is not None
        and market is not None
        and head.group("lead").casefold().split()[-1] in market.casefold().split()
    )
    return not own_market and not titled


def _about(block: Block) -> str | None:
    """ "About Acme Research", "About Acme Research: Acme is ..." -> "Acme Research"."""
    match = rules.ABOUT_HEADING.match(block.text.split("\n")[0])
    if not match or len(match.group("who").split()) > MAX_FIRM_WORDS:
        return None
    return _clean_name(match.group("who"))


def _from_about(a: Annotated) -> Iterator[str | None]:
    blocks = a.document.blocks
    for i, block in enumerate(blocks):
        if not block.boilerplate:
            continue
        yield _about(block)
        if re.match(r"^\W{0,3}about\s+us\b", block.text, re.IGNORECASE):
            for follower in blocks[i + 1 : i + 3]:
                about = rules.PUBLISHER_ABOUT.match(follower.text)
                yield _clean_name(about.group("name")) if about else None
    for block in reversed(blocks):
        own = rules.publisher_self(block.text)
        yield _clean_name(own.group("name")) if own else None


def _from_title(a: Annotated) -> Iterator[str | None]:
    """A credit in the title; a name with a firm word beats one without."""
    title = a.document.title
    if title is None:
        return
    found = []
    if tail := rules.TITLE_CREDIT_TAIL.search(title.text):
        found.append(_PUBLICATION_TAIL.sub("", tail.group("name") or tail.group("named")))
    lead = rules.TITLE_CREDIT_LEAD.match(title.text)
    # "Every Drop Counted: ..." is no credit; nor is a company's "Halloway Reports Record
    # Q4": a name without a firm word credits a title only when the title states a figure
    # ("STL Partners Forecasts 62% Annual Growth ...").
    figured = a.states_a_figure(title.start, title.end)
    if lead and (
        rules.FIRM_NAME.fullmatch(lead.group("name")) or (not lead.group("colon") and figured)
    ):
        found.append(lead.group("name"))
    found.sort(key=lambda name: not rules.FIRM_NAME.fullmatch(name.strip()))
    yield from (_clean_name(name) for name in found)


def _from_lead(a: Annotated) -> Iterator[str | None]:
    """A wire's dateline lead, a "published by" credit or a firm's name in the first blocks."""
    for block in a.document.blocks[:PUBLISHER_LEAD_BLOCKS]:
        wire = rules.dateline_wire(block.text)
        if wire:
            lead = _WIRE_LEAD.match(block.text, wire.end())
            # The issuer after a dateline; only a research firm's name is the publisher
            # (a company's own release names the firm it quotes further on).
            if lead and rules.FIRM_NAME.fullmatch(lead.group("name")):
                yield _clean_name(lead.group("name"))
        by = rules.PUBLISHED_BY.search(block.text)
        if by and (firm := rules.PROPER_NAME.match(block.text, by.end())):
            yield _clean_name(firm.group(0))
        if block.kind != "heading" or block.index == 0:
            head = block.text.split("\n")[0][:LEAD_CHARS]
            for firm in rules.FIRM_NAME.finditer(head):
                if rules.MARKET_AFTER_NAME.match(head, firm.end()):
                    continue
                if _REPORTS_VERB.match(head, firm.end()) and firm.group("name").endswith("Reports"):
                    continue  # "Halloway Reports Record Q4": the verb, not a firm's name
                yield _clean_name(firm.group("name"))


def _from_body(a: Annotated) -> Iterator[str | None]:
    """ "a report by X" in the body, then the firm the numbers are attributed to."""
    blocks = a.document.blocks
    for block in blocks:
        if not block.boilerplate and (prose := rules.PUBLISHER_PROSE.search(block.text)):
            yield _clean_name(prose.group("name"))
    for block in blocks:
        if not block.boilerplate and (described := rules.FIRM_APPOSITIVE.search(block.text)):
            yield _clean_name(described.group("name"))
    numbered = {a.sentence_at(m.start) for m in a.money} | {
        a.sentence_at(p.start) for p in a.percents
    }
    others = [s for s in a.sentences if s not in numbered]
    for sentence in [*sorted(numbered, key=lambda s: s.start), *others]:
        if blocks[sentence.block].boilerplate:
            continue
        text = a.text[sentence.start : sentence.end]
        for pattern in (*rules.ATTRIBUTION, rules.ATTRIBUTION_STUDY, rules.ATTRIBUTION_VERB):
            if found := pattern.search(text):
                firm = _clean_name(found.group("firm"))
                # Where no money or rate is said, a body that is no research firm cites no
                # study: "According to the Global Cold Chain Alliance, the US hosts 1,200 ..."
                if sentence in numbered or not (firm and rules.NOT_RESEARCH_BODY.search(firm)):
                    yield firm


def _from_page(a: Annotated) -> Iterator[str | None]:
    """A byline, then the page <title>, outside the article."""
    for text in (*reversed(a.document.page_meta[1:]), *a.document.page_meta[:1]):
        firm = rules.FIRM_NAME.search(text)
        yield _clean_name(firm.group("name")) if firm else None


#: A release that calls a firm by its acronym at least this many times as often as by its
#: name knows it by the acronym ("International Data Corporation (IDC)", then "IDC" and
#: "IDC's"); once each is only an introduction ("Market Industry Reports (MIR)").
ACRONYM_PREFERRED_RATIO = 2


def _as_called(name: str, text: str) -> str:
    """The firm as the release calls it: its acronym when it introduces itself with one
    and the acronym is said far more often than the name, else the name."""
    initials = rules.initials(name)
    if len(initials) < MIN_ACRONYM_LETTERS or not _with_its_acronym(name, text):
        return name
    by_acronym = len(re.findall(rf"(?<![\w-]){initials}(?![\w-])", text))
    by_name = text.count(name)
    return initials if by_acronym >= ACRONYM_PREFERRED_RATIO * by_name else name


def find_publisher(a: Annotated, market: str | None = None) -> str | None:
    """The research firm issuing the release, or None when no candidate looks like one;
    named as the release calls it (`_as_called`)."""
    readers = (
        _from_about(a),
        _from_title(a),
        _from_lead(a),
        _from_body(a),
        _from_page(a),
    )
    for reader in readers:
        for name in reader:
            for candidate in _trimmed(name):
                if _is_firm(candidate, market) or (
                    _with_its_acronym(candidate, a.text)
                    and _is_firm(candidate, market, acronym=True)
                ):
                    return _as_called(candidate, a.text)
    return None


def _trimmed(name: str | None) -> Iterator[str]:
    """A candidate, then the firm names at its end when words ran into it from before:
    "Market Introduction Transparency Market Research" -> "Transparency Market Research"."""
    if name is None:
        return
    yield name
    words = name.split()
    for i in range(1, len(words) - 1):
        tail = " ".join(words[i:])
        if rules.FIRM_NAME.fullmatch(tail):
            yield tail


def _canonical_distributor(text: str) -> str | None:
    """The distributor's name as the vocabulary spells it, from any spelling in `text`."""
    found = rules.DISTRIBUTOR.search(text)
    written = found.group(0) if found is not None else text.strip()
    squeezed = written.replace(" ", "").casefold()  # "Mena FN" is "MENAFN"
    known = next((d for d in rules.DISTRIBUTORS if d.replace(" ", "").casefold() == squeezed), None)
    return known or (found.group(0) if found is not None else None)


def _wire_name(written: str) -> str:
    """A wire as the vocabulary spells it, else as written (a domain loses its ".com")."""
    known = _canonical_distributor(written)
    if known is not None:
        return known
    return re.sub(r"\.(?:com|net|org|co)$", "", written)


def find_distributor(a: Annotated, publisher: str | None = None) -> str | None:
    """The wire or aggregator that carried the release: a dateline credit ("(GLOBE
    NEWSWIRE) --"), a "view source version on" credit, a known wire named in the first
    or last blocks, an About block of a wire, else the feed record's provider.

    A firm that puts its own name in the dateline ("PUNE, India, March 4, 2025 /Corvane
    Analytics/ --") issued the release; it did not carry it: never the distributor."""
    blocks = a.document.blocks
    if dateline := rules.dateline_wire(a.text):
        wire = _wire_name(dateline.group("wire") or dateline.group("wire_first"))
        issuer = rules.FIRM_NAME.fullmatch(wire) or (
            publisher is not None and wire.casefold() == publisher.casefold()
        )
        if not issuer or _canonical_distributor(wire) is not None:
            return wire
    if credit := rules.SOURCE_CREDIT.search(a.text):
        return _wire_name(credit.group("wire"))
    for block in (*blocks[:DISTRIBUTOR_LEAD_BLOCKS], *blocks[-DISTRIBUTOR_LEAD_BLOCKS:]):
        if agency := rules.AGENCY_CREDIT.search(block.text):
            return agency.group("wire")  # "By Reuters", "(dpa/jW)"
    for block in (*blocks[:DISTRIBUTOR_LEAD_BLOCKS], *blocks[-DISTRIBUTOR_LEAD_BLOCKS:]):
        credit_like = block.boilerplate or block.kind == "heading"  # a credit line, a title
        if credit_like or rules.call_to_action(block.text):  # "View the full release"
            name = _canonical_distributor(block.text)
            if name is not None:
                return name
    for block in blocks:
        if block.boilerplate and (about := _about(block)) and rules.DISTRIBUTOR_SHAPE.search(about):
            return about  # "About BioMedWire": the wire's own boilerplate
    if a.document.provider:
        return _canonical_distributor(a.document.provider) or a.document.provider
    return None
