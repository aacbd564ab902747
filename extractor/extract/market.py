"""The release's subject: market name, region and forecast period."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex as re

from .. import lang as languages
from .. import rules
from ..facts import MarketName, PeriodFact, Span
from ..layout import Block
from ..nlp import Annotated, Sentence, near_digits

#: The nouns for "market" of the languages that name a market before the noun, as
#: English does ("the widget market"): English's in its three cases, the others as written.
_NAME_FIRST_NOUNS = "|".join(
    re.escape(noun)
    for lang in languages.LANGUAGES.values()
    if not lang.name_follows_noun and lang is not languages.ENGLISH
    for noun in lang.market_nouns
)
_MARKET_WORD = re.compile(
    rf"(?<![\w-])(?:(?:market|Market|MARKET)s?|{_NAME_FIRST_NOUNS or '(?!)'})(?![\w-])"
)
_NP_TOKEN = re.compile(r"[^\s]+")
#: A market's name, read backwards from "market", is at most this many words.
MAX_NAME_WORDS = 10
#: Words that end a market name read backwards from "market" (English word order).
_NAME_STOPS = languages.ENGLISH.name_stops
#: A short alias in brackets inside a name: "(AI)", "(PMMA)", "(EV)".
_ALIAS = re.compile(r"\([\w&.-]{1,10}\)")
#: Opening quotes and brackets: a name starts right after one.
_OPENERS = '("“‘'
#: Bullets a flattened list leaves inside a paragraph: a name starts after one.
_BULLETS = "•·▪◦‣"
_ACRONYM = re.compile(r"^(?:AI|IoT|ML|VR|AR|5G|[A-Z]{2,5})$")
_TRAILING_NOISE = re.compile(r"^(?:overall|entire|whole)\s+", re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s$")
_FORECAST_WORD = re.compile(r"forecast", re.IGNORECASE)


def _name_before(
    text: str, end: int, stops: frozenset[str] = _NAME_STOPS
) -> tuple[int, str] | None:
    """Read the noun phrase that ends at `end` backwards until an article or a break."""
    # Dashes break a name as spaces do ("2025--the global ..."); same length, same offsets.
    words = list(_NP_TOKEN.finditer(text[:end].replace("--", "  ").replace("—", " ")))
    kept: list[re.Match[str]] = []
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        token = word.group(0)
        if _ALIAS.fullmatch(token):
            kept.append(word)  # "Artificial Intelligence (AI) Market": the alias belongs
            continue
        before = words[i - 1].group(0) if i > 0 else ""
        joins = (
            token == "in"
            and bool(kept)
            and (
                bool(_ACRONYM.match(before) or _ALIAS.fullmatch(before))  # "AI in drug ..."
                or (before[:1].isupper() and kept[-1].group(0)[:1].isupper())
            )  # "Artificial Intelligence in Cybersecurity"
        )
        if not joins and (token.lower().strip("’'") in stops or token[-1] in ',;:()"“”!?'):
            break
        if token[0] in _BULLETS:
            break  # "... of the value • Private mobile networks spend to reach ..."
        if token[0] in _OPENERS and token[1:2].isalnum():
            kept.append(word)  # '“Deep Learning Market': the quote opens the name
            break
        if token[0] in _OPENERS or (token.endswith(".") and token not in ("U.S.", "U.K.")):
            break
        if _POSSESSIVE.search(token) and rules.region_of(token) is None:
            break  # "Forrester’s updated tech market": an owner, not part of the name
        kept.append(word)
        if len(kept) == MAX_NAME_WORDS:
            break
    if not kept:
        return None
    kept.reverse()
    start = kept[0].start()
    start += len(text[start:end]) - len(text[start:end].lstrip(_OPENERS))
    name = text[start:end].strip()
    name = _TRAILING_NOISE.sub("", name)
    if not re.search(r"[^\W\d_]{3}", name):
        return None
    return start + (len(text[start:end].strip()) - len(name)), name


def _name_after(
    match: re.Match[str], stops: frozenset[str], joiners: frozenset[str] = frozenset()
) -> tuple[int, str] | None:
    """The name after "Markt für", "marché des", "market for", up to a word that ends it.
    A joiner ("à") stays when a bare noun follows it: "pompes à chaleur"."""
    kept: list[re.Match[str]] = []
    words = list(_NP_TOKEN.finditer(match.group("name")))
    for i, word in enumerate(words):
        token = word.group(0)
        bare = token.rstrip(',;:.!?"”)')
        if bare.lower() in joiners and kept and i + 1 < len(words):
            after = words[i + 1].group(0).rstrip(',;:.!?"”)')
            if after.isalpha() and after.islower() and after not in stops:
                kept.append(word)
                continue
        if _ALIAS.fullmatch(token):
            kept.append(word)  # "electric vehicle (EV) batteries": the alias is inside
            continue
        if bare.lower() in stops or any(c.isdigit() for c in bare):
            break
        kept.append(word)
        if bare != token:
            break  # punctuation ends the name after this word
    if not kept:
        return None
    name = match.group("name")[: kept[-1].end()].rstrip(',;:.!?"”')
    if not re.search(r"[^\W\d_]{3}", name):
        return None
    return match.start("name"), name


def _plausible(name: str) -> bool:
    """Is a candidate a market's name, not a qualifier ("the new market"), a number or a
    cut clause?"""
    if rules.NOT_A_MARKET_NAME.search(name):
        return False
    if name.split()[-1].lower() in rules.NOT_PRODUCT_MARKET_HEADS:
        return False  # "stock market", "labor market"
    words = [w.lower().strip("()") for w in rules.REGION.sub(" ", name).split()]
    return any(w not in rules.NOT_MARKET_WORDS for w in words)


@dataclass(frozen=True)
class _NameRules:
    """How a market's name is read around a word for "market": the words that end it,
    the words that may join it, and whether it follows the noun."""

    stops: frozenset[str]
    joiners: frozenset[str]
    follows: bool


@lru_cache(maxsize=256)
def _name_rules(noun: str, document: str | None = None) -> _NameRules:
    """The rules of the language whose word for "market" this is: the document's own when
    it has the word; else those of every language that does, together ("mercado" is
    Spanish and Portuguese, and a short release may not say which)."""
    lowered = noun.lower()
    own = languages.LANGUAGES.get(document or "")
    owners = (
        [own]
        if own is not None and lowered in own.market_nouns
        else [lang for lang in languages.LANGUAGES.values() if lowered in lang.market_nouns]
    ) or [languages.ENGLISH]
    return _NameRules(
        stops=frozenset().union(*(lang.name_stops for lang in owners)),
        joiners=frozenset().union(*(lang.name_joiners for lang in owners)),
        follows=any(lang.name_follows_noun for lang in owners),
    )


def _named(
    a: Annotated, text: str, in_title: bool, noun: re.Pattern[str] | None = None
) -> tuple[int, str, str | None] | None:
    """The first market named in `text`: (offset in text, name, region).

    In running text "Market" followed by a firm word is a firm ("Oakhurst Market
    Analytics"); a title says "Widget Market Report" of the market itself.
    """
    backward: tuple[tuple[int, str], re.Match[str]] | None = None
    region_only: tuple[tuple[int, str], re.Match[str]] | None = None  # "the global market"
    firm_after = rules.FIRM_AFTER_MARKET_IN_TITLE if in_title else rules.FIRM_AFTER_MARKET
    for word in (noun or _MARKET_WORD).finditer(text):
        if noun is not None:
            found = _name_before(text, word.end())  # "worldwide IT spending": noun kept
            if found is not None and _plausible(found[1]) and found[1] != word.group(0):
                return found[0], found[1], rules.region_of(found[1])
            continue
        if firm_after.match(text, word.end()):
            continue  # "Oakhurst Market Analytics", "...: Allied Market Research"
        stops = _name_rules(word.group(0), a.language).stops
        found = _name_before(text, word.start(), stops)
        if found is None:
            continue
        if _plausible(found[1]):
            if backward is None:
                backward = found, word
            if not rules.TITLED_BEFORE.search(text[: found[0]]):
                backward = found, word
                break
            # 'a report titled "EV Battery Market" ..., the Electric Vehicle (EV) Battery
            # market is expected to ...': the market the sentence is about comes later.
        if region_only is None and not rules.REGION.sub("", found[1]).strip():
            region_only = found, word
    forward = rules.MARKET_NAME_AFTER.search(text)
    # The noun says the language of the phrase, whatever the document's: "marché des X".
    read = _name_rules(forward.group("noun"), a.language) if forward else None
    after = _name_after(forward, read.stops, read.joiners) if forward and read else None
    if backward is not None:
        (start, name), word = backward
        field = rules.MARKET_IN_SECTOR.match(text, word.end())
        if field is not None:  # "the AI market in healthcare sector"
            name = f"{name} {field.group('field')}"
        return start, name, rules.region_of(name)
    # "the global market for brain tumor treatments": the name follows the noun
    after_region = (
        region_only is not None
        and forward is not None
        and (forward.start() == region_only[1].start())
    )
    if after is None or forward is None or not ((read and read.follows) or after_region):
        return None
    if not _plausible(after[1]):
        return None
    start, name = after
    around = " ".join(
        filter(
            None,
            (forward.group("noun"), forward.group("adjective"), text[: forward.start()][-30:]),
        )
    )  # "Weltmarkt", "marché mondial", "Der globale Markt"
    if region_only is not None:
        around = f"{region_only[0][1]} {around}"
    # "der Markt für Wärmepumpen in Europa": a region said right after the name
    said_after = rules.REGION_AFTER_NAME.match(text, start + len(name))
    located = rules.region_of(said_after.group("region")) if said_after else None
    return start, name, rules.region_of(name) or rules.region_of(around) or located


def _without_world(start: int, name: str) -> tuple[int, str]:
    """Drop a leading "Global"/"Worldwide" from a name, keeping its evidence exact."""
    lead = rules.WORLD_LEAD.match(name)
    if lead is None or not _plausible(name[lead.end() :]):
        return start, name
    return start + lead.end(), name[lead.end() :]


def _region_elsewhere(text: str, name: str) -> str | None:
    """The region of a market whose naming sentence gives none, from another place that
    does: "the global widget market" said later, or a report title's "- Global Forecast".
    A narrower region said later ("the Asia Pacific widget market is expected to grow
    fastest") names a part of the market, not the market."""
    # The name as written, or without its alias: "Artificial Intelligence (AI)" is said
    # again as "the global artificial intelligence market".
    bare = " ".join(_ALIAS.sub(" ", name).split())
    names = "|".join(re.escape(n) for n in dict.fromkeys((name, bare)) if n)
    # A name that ends in what is spent ("technology spending") is said again without
    # "market": "total global technology spending will peak at ...".
    noun = r"(?![\w-])" if rules.SPENDING_NOUN.search(name.split()[-1]) else r"\s+market"
    for said in re.finditer(
        rf"(?P<region>{rules.REGION.pattern})\s+(?:{names}){noun}", text, re.IGNORECASE
    ):
        if rules.region_of(said.group("region")) == rules.GLOBAL:
            return rules.GLOBAL
    scope = rules.TITLE_SCOPE.search(text)
    return rules.region_of(scope.group("region")) if scope else None


def find_market(a: Annotated, title: Block | None) -> MarketName | None:
    """The market as first named beside a figure or rate, else as named in the title.

    A release that never says "market" may still name one by what is spent on it:
    "worldwide IT spending is expected to total $5.1 trillion" names "worldwide IT
    spending"; that reading comes only after every "market" reading has failed.
    """
    with_numbers = {a.sentence_at(m.start).start for m in a.money}
    with_numbers |= {a.sentence_at(p.start).start for p in a.percents}
    # "China s AI in healthcare market is estimated to grow at a CAGR of 52 8": a rate
    # whose number a stripped feed made unreadable still says what grows
    with_numbers |= {a.sentence_at(m.start()).start for m in rules.CAGR_NAMED.finditer(a.text)}
    with_figures = [s for s in a.sentences if s.start in with_numbers]
    without = [s for s in a.sentences if s.start not in with_numbers]
    blocks = a.document.blocks
    with_money = {a.sentence_at(m.start).start for m in a.money}
    lead = next(
        (s for s in a.sentences if s.start in with_money and not blocks[s.block].boilerplate),
        None,
    )
    title_named = _named(a, title.text, in_title=True) if title is not None else None
    titled = title_named is not None
    if title is not None and title_named is not None and a.states_a_figure(title.start, title.end):
        # "Digital Lending Market to Hit $795 Billion by 2029": the title says which market
        # the release is about; a body sentence on a sub-market ("the peer-to-peer lending
        # market is projected to ...") gives way to one that names the title's market.
        own = title_named[1].casefold().split()
        for sentence in with_figures:
            found = _in_body(a, [sentence], title, None)
            if found is not None and all(w in found.name.casefold() for w in own):
                return found
    if lead is not None and not titled and _named(a, a.text[lead.start : lead.end], False) is None:
        # Where no title names a market, the lead's money may name it with no "market" at
        # all ("Worldwide IT spending is projected to total $5.1 trillion"): that beats a
        # "devices market" said later.
        for plain_noun in (rules.INDUSTRY_NOUN, rules.SPENDING_NOUN):
            if (found := _in_body(a, [lead], title, plain_noun)) is not None:
                return found
        if (found := _money_for(a, lead)) is not None:
            return found
    # A sentence with a figure names the market best; then the title; then any other
    # sentence (a teaser's "Acme Market The report focuses ..." is a cut firm name). What
    # a figure is said of ("5.3% growth in technology spending") beats a "market" said
    # in passing where no figure is ("genAI will drive the tech market").
    for nouns in ((None,), (rules.INDUSTRY_NOUN, rules.SPENDING_NOUN)):
        for part in (with_figures, None):
            for noun in nouns:
                found = (
                    _in_title(a, title, noun) if part is None else _in_body(a, part, title, noun)
                )
                if found is not None:
                    return found
    for noun in (None, rules.INDUSTRY_NOUN, rules.SPENDING_NOUN):
        if (found := _in_body(a, without, title, noun)) is not None:
            return found
    return None


def _money_for(a: Annotated, lead: Sentence) -> MarketName | None:
    """The market a lead's money is "revenues for": "Worldwide revenues for information
    technology (IT) products and services are forecast to reach ...", region and all."""
    text = a.text[lead.start : lead.end]
    said = rules.MONEY_FOR_NAME.search(text)
    if said is None:
        return None
    after = _name_after(said, _NAME_STOPS)
    if after is None or not _plausible(after[1]):
        return None
    offset, name = after
    start = lead.start + offset
    region = rules.region_of(text[: said.start()]) or _region_elsewhere(a.text, name)
    return MarketName(name, region, Span(start, start + len(name)))


def region_without_name(a: Annotated) -> str | None:
    """Global, when a release whose market has no readable name says so in the first
    sentence that states its size ("Auch weltweit wird sich das Marktvolumen ... auf 2,2
    Billionen Euro mehr als verdoppeln", "die globalen Umsätze"); else None. A narrower
    region there may be a part of the market, so only the whole world is read."""
    blocks = a.document.blocks
    for money in a.money:
        sentence = a.sentence_at(money.start)
        if blocks[sentence.block].boilerplate:
            continue
        text = a.text[sentence.start : sentence.end]
        if not rules.MARKET_WORDS.search(text):
            continue
        regions = {rules.region_of(m.group(0)) for m in rules.regions_in(text)}
        return rules.GLOBAL if regions == {rules.GLOBAL} else None
    return None


def _in_body(
    a: Annotated, sentences: list[Sentence], title: Block | None, noun: re.Pattern[str] | None
) -> MarketName | None:
    blocks = a.document.blocks
    for sentence in sentences:
        block = blocks[sentence.block]
        if block.boilerplate or block.kind == "heading":
            continue
        text = a.text[sentence.start : sentence.end]
        named = _named(a, text, in_title=False, noun=noun)
        if named is not None:
            offset, name, region = named
            start, name = _without_world(sentence.start + offset, name)
            region = region or (rules.region_of(title.text) if title else None)
            region = region or _region_elsewhere(a.text, name)
            return MarketName(name, region, Span(start, start + len(name)))
    return None


def _in_title(a: Annotated, title: Block | None, noun: re.Pattern[str] | None) -> MarketName | None:
    if title is None:
        return None
    named = _named(a, title.text, in_title=True, noun=noun)
    if named is None:
        return None
    offset, name, region = named
    start, name = _without_world(title.start + offset, name)
    region = region or _region_elsewhere(a.text, name)
    return MarketName(name, region, Span(start, start + len(name)))


#: How far (in characters) a stated period may stand from "the forecast period" that
#: names it: "grow by $165 billion during 2019-2023, progressing at a CAGR of almost 18%
#: during the forecast period" is one clause away.
FORECAST_PHRASE_REACH = 160


#: How far back (in characters) "titled" may stand from the period its report title
#: ends with.
REPORT_TITLE_REACH = 140


def find_forecast_period(
    a: Annotated, title: Block | None, market: str | None = None
) -> PeriodFact | None:
    """The period the release calls its forecast: a body phrase wins over the title."""
    blocks = a.document.blocks
    for sentence in a.sentences:
        block = blocks[sentence.block]
        if block.boilerplate or block.kind == "heading":  # headings come last, below
            continue
        text = a.text[sentence.start : sentence.end]
        for phrase in rules.FORECAST_PHRASE.finditer(text):
            at = sentence.start + phrase.start()
            near = [
                p
                for p in a.periods
                if sentence.start <= p.start < sentence.end
                and abs(p.start - at) <= FORECAST_PHRASE_REACH
            ]
            if near:
                best = min(near, key=lambda p: abs(p.start - at))
                return PeriodFact(best.start_year, best.end_year, Span(best.start, best.end))
    for block in blocks:  # a facts table: "Forecast period | 2025–2031"
        if block.table is None or block.boilerplate or not rules.FORECAST_PHRASE.search(block.text):
            continue
        row = [b for b in blocks if b.table and b.table[:2] == block.table[:2]]
        for cell in row:
            period = next((p for p in a.periods if cell.start <= p.start < cell.end), None)
            if period is not None:
                return PeriodFact(
                    period.start_year, period.end_year, Span(period.start, period.end)
                )
    titled = [p for p in a.periods if rules.FORECAST_TITLE_AFTER.match(a.text, p.end)]
    for period in titled:  # "read Acme's 2022-2026 TAM Forecasts"
        if not blocks[a.sentence_at(period.start).block].boilerplate:
            return PeriodFact(period.start_year, period.end_year, Span(period.start, period.end))
    for period in a.periods:  # 'a report titled "Widget Market, 2021-2028"'
        head = a.text[max(0, period.start - REPORT_TITLE_REACH) : period.start]
        lead = rules.REPORT_TITLE_LEAD.search(head)
        if lead is None or blocks[a.sentence_at(period.start).block].boilerplate:
            continue
        named = lead.group(0).casefold()
        if market is None or all(w in named for w in market.casefold().split()):
            # Only the report on the release's own market gives its period.
            return PeriodFact(period.start_year, period.end_year, Span(period.start, period.end))
    headings = [title] if title is not None else []
    headings += [
        b
        for b in blocks
        if b.kind == "heading" and not b.boilerplate and _FORECAST_WORD.search(b.text)
    ]
    for heading in headings:
        for period in a.periods:
            if heading.start <= period.start < heading.end:
                return PeriodFact(
                    period.start_year, period.end_year, Span(period.start, period.end)
                )
    # Last, a forecast's title in a call to read more: "For more, read Acme's 2022-2026
    # TAM Forecasts."
    return next((PeriodFact(p.start_year, p.end_year, Span(p.start, p.end)) for p in titled), None)


def find_backward_periods(a: Annotated) -> list[Span]:
    """Spans of years written backwards, "from 2030 to 2024" or "2032-2025": never a
    period, but a slip worth a finding. Only with both years in full and a word or dash
    that makes a span: "2024/23" is a fiscal year, not a span."""
    out = []
    for m in near_digits(rules.period_pattern(languages.get(a.language)), a.text):
        first, last = int(m.group("a")), m.group("b")
        if len(last) == 4 and m.group("sep") != "/" and int(last) < first:
            out.append(Span(m.start(), m.end()))
    return out
