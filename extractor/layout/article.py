"""Web pages: find the element holding the release and drop the page's chrome.

The most specific container wins (<article>, itemprop=articleBody, a class
such as "article-body" or "press-release"), then <main>; chrome inside it
(menus, share bars, related-article lists, cookie banners, footers), marked by
element or by class, id and role, is removed before any text is read. The
page's <title> and bylines outside the article are kept apart as page
metadata: they may name the publisher, but no fact with evidence is read
from them.

This is done on lxml's own tree, in C, before BeautifulSoup sees anything: a
news page is ten times the size of its release, and building BeautifulSoup's
tree for all of it cost more than the rest of the extraction. BeautifulSoup
then reads the article alone (`Page.article_html`).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re
from lxml import etree
from lxml.etree import _Element as Element

#: A candidate article must hold this much text: a teaser box or a byline with an
#: "article" class is not the article.
MIN_ARTICLE_CHARS = 200
#: A chrome-marked element is dropped only when it holds less than this share of the
#: article's text: a wrapper that happens to carry a "share" class is not chrome.
MAX_CHROME_SHARE = 0.5

#: Elements whose content is never text of the page: dropped with everything inside.
SCRIPT_TAGS = ("script", "style", "noscript", "template")

_CHROME = re.compile(
    r"""(?:^|[\s_-])
    (?:nav|navbar|navigation|menu|sidebar|side-bar|related|recommended?|
       breadcrumbs?|cookie|cookies|consent|share|sharing|social|newsletter|subscribe|
       advert|advertisement|ads?|promo|banner|comments?|footer|masthead|toolbar|widget|
       popular|trending|more-news|topbar|site-header|skip)
    (?:$|[\s_-])""",
    re.VERBOSE | re.IGNORECASE,
)
_ARTICLE_CLASS = re.compile(
    r"""(?:article|post|entry|story|release|news|press)[-_]?(?:body|content|text)  # article-body
    |press-?release
    |articleBody""",
    re.VERBOSE | re.IGNORECASE,
)
#: Class or id words of the elements that credit a page's author or source.
BYLINE_WORDS = ("byline", "author", "entry-meta", "post-meta", "dateline", "credit")
_BYLINE = re.compile("|".join(BYLINE_WORDS), re.IGNORECASE)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})

#: One parser per process: comments and processing instructions never reach the tree.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)
_UTF8 = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
_EMPTY = "<html><body></body></html>"


@dataclass(frozen=True)
class Page:
    """What the page gives the layout: the article's markup and the page's metadata."""

    article_html: str
    #: The page's <title>, when it has one.
    title: str | None
    #: The <title> and bylines outside the article (for the publisher alone).
    meta: tuple[str, ...]
    #: The page's <h1> when the article element does not hold it.
    title_outside: str | None


def _tag(el: Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _marks(el: Element, *attributes: str) -> str:
    """Class, id and role of an element as one string, for the patterns above."""
    return " ".join([el.get("class") or "", *(el.get(name) or "" for name in attributes)])


def text_of(el: Element) -> str:
    """The element's text, its pieces stripped and joined by spaces."""
    return " ".join(piece for t in el.itertext() if (piece := str(t).strip()))


def _size(el: Element) -> int:
    return len(text_of(el))


#: libxml2 gives up on elements nested deeper than 256 and drops their text. No page
#: nests that deep on purpose: when the parser says a page did, every run of more
#: opening (or closing) tags than this, with nothing between them, is collapsed to one
#: and the page parsed again, so the text inside is kept.
MAX_TAG_RUN = 100
_OPENING_RUN = re.compile(rf"(?:<[A-Za-z][^<>]{{0,200}}+>\s*+){{{MAX_TAG_RUN},}}+")
_CLOSING_RUN = re.compile(rf"(?:</[A-Za-z][^<>]{{0,30}}+>\s*+){{{MAX_TAG_RUN},}}+")


def collapse_tag_runs(text: str) -> str:
    """`text` with every run of `MAX_TAG_RUN` or more bare opening or closing tags made one
    `<div>` or `</div>`: "<div><div>...<div>text</div>...</div>" keeps its text."""
    return _CLOSING_RUN.sub("</div>", _OPENING_RUN.sub("<div>", text))


def _tree(text: str) -> tuple[Element | None, bool]:
    """lxml's tree of `text` (None when there is nothing to root one on), and whether the
    parser hit its nesting limit and dropped what lay deeper."""
    parser = _PARSER
    try:
        try:
            root = etree.fromstring(text, parser=parser)
        except ValueError:  # a str that declares its encoding (<?xml ... encoding=...?>)
            parser = _UTF8
            root = etree.fromstring(text.encode("utf-8", "replace"), parser=parser)
    except etree.LxmlError:
        return None, False
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, too_deep


def parse(text: str) -> Element:
    """The page's tree, scripts and styles gone (their text is never the page's)."""
    root, too_deep = _tree(text)
    if too_deep:  # the two scans over the page are paid only by pages that need them
        root, _ = _tree(collapse_tag_runs(text))
    if root is None:  # "Document is empty"
        root = etree.fromstring(_EMPTY, parser=_PARSER)
    etree.strip_elements(root, *SCRIPT_TAGS, with_tail=False)
    return root


#: Marked article and main elements, as ElementPath paths: lxml walks these about half
#: again as fast as the XPath "//*[@itemprop='articleBody']" (the root <html> itself is
#: never the article).
_ARTICLE_BODY = ".//*[@itemprop='articleBody']"
_ROLE_MAIN = ".//*[@role='main']"


def _elements(found: object) -> list[Element]:
    """The elements of an XPath result (typed: lxml's results are of any kind)."""
    return [el for el in found if isinstance(el, Element)] if isinstance(found, list) else []


def find_article(root: Element) -> Element:
    """The element holding the release: the most specific, then the largest."""
    specific = [*root.iter("article"), *_elements(list(root.iterfind(_ARTICLE_BODY)))]
    specific += [t for t in root.iter("div", "section") if _ARTICLE_CLASS.search(_marks(t, "id"))]
    mains = [*root.iter("main"), *_elements(list(root.iterfind(_ROLE_MAIN)))]
    for candidates in (specific, mains):
        sizes = {id(c): _size(c) for c in candidates}  # each text measured once
        sized = [c for c in candidates if sizes[id(c)] > MIN_ARTICLE_CHARS]
        if sized:
            return max(sized, key=lambda c: sizes[id(c)])
    body = root.find("body")
    return body if body is not None else root


def _is_chrome(el: Element, total: int) -> bool:
    name = _tag(el)
    marks = _marks(el, "id", "role")
    return (
        name == "footer"
        or (name == "header" and el.find(".//nav") is not None)
        or bool(marks.strip() and _CHROME.search(marks) and _size(el) < MAX_CHROME_SHARE * total)
        or el.get("role") in _CHROME_ROLES
    )


#: The only elements that can be chrome or a byline: footers, headers, and elements
#: marked by class, id or role (most of a page's elements carry none of these).
_MARKED = etree.XPath(".//footer | .//header | .//*[@class or @id or @role]")


def _marked(root: Element) -> list[Element]:
    return _elements(_MARKED(root))


def drop_chrome(root: Element) -> None:
    """Remove menus, share bars, related lists and footers inside the article."""
    total = max(_size(root), 1)
    dropped: set[int] = set()
    for el in _marked(root):  # document order
        if dropped and any(id(p) in dropped for p in el.iterancestors()):
            continue  # inside chrome already gone
        if _is_chrome(el, total):
            dropped.add(id(el))
            _drop(el)


def _drop(el: Element) -> None:
    """Remove an element and what it holds, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _within(el: Element, ancestor: Element) -> bool:
    return any(p is ancestor for p in el.iterancestors())


def page_meta(root: Element, article: Element, bylines: bool = True) -> tuple[str, ...]:
    """The <title> and bylines outside the article, kept for the publisher alone.
    `bylines`: whether the page may hold one (False when its markup never says a byline
    word: most pages, and the walk over every marked element is then saved)."""
    title = root.find(".//title")
    found = [text_of(title)] if title is not None else []
    if not bylines:
        return tuple(t for t in found if t)
    chain = [article, *article.iterancestors()]  # kept alive: lxml reuses live proxies
    around = {id(p) for p in chain}
    for el in _marked(root):
        if id(el) in around or not _BYLINE.search(_marks(el, "id")):
            continue
        if not _within(el, article):  # outside the article
            found.append(text_of(el))
    return tuple(t for t in found if t)


def _title_outside(root: Element, article: Element) -> str | None:
    """The page's <h1> when the article element does not hold it."""
    h1 = next(root.iter("h1"), None)
    if h1 is None or article is root or _tag(article) == "body" or _within(h1, article):
        return None
    return text_of(h1) or None


def read_page(text: str) -> Page:
    """A page's article (as markup), its title and metadata."""
    root = parse(text)
    article = find_article(root)
    title = root.find(".//title")
    lowered = text.lower()  # a case-blind scan of a whole page is slower than this
    meta = page_meta(root, article, bylines=any(word in lowered for word in BYLINE_WORDS))
    outside = _title_outside(root, article)
    drop_chrome(article)
    markup = etree.tostring(article, method="html", encoding="unicode", with_tail=False)
    return Page(
        article_html=markup,
        title=text_of(title) if title is not None else None,
        meta=meta,
        title_outside=outside,
    )
