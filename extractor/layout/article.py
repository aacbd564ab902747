"""Web pages: find the element holding the release and drop the page's chrome.

The most specific container wins (<article>, itemprop=articleBody, a class
such as "article-body" or "press-release"), then <main>; chrome inside it
(menus, share bars, related-article lists, cookie banners, footers), marked by
element or by class, id and role, is removed before any text is read. The
page's <title> and bylines outside the article are kept apart as page
metadata: they may name the publisher, but no fact with evidence is read
from them.
"""

from __future__ import annotations

import regex as re
from bs4 import BeautifulSoup, Tag

#: A candidate article must hold this much text: a teaser box or a byline with an
#: "article" class is not the article.
MIN_ARTICLE_CHARS = 200
#: A chrome-marked element is dropped only when it holds less than this share of the
#: article's text: a wrapper that happens to carry a "share" class is not chrome.
MAX_CHROME_SHARE = 0.5

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
_BYLINE = re.compile(r"byline|author|entry-meta|post-meta|dateline|credit", re.IGNORECASE)
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})


def _marks(tag: Tag, *attributes: str) -> str:
    """Class, id and role of an element as one string, for the patterns above."""
    parts = [" ".join(tag.get_attribute_list("class"))]
    parts += [str(tag.get(name) or "") for name in attributes]
    return " ".join(parts)


def _size(tag: Tag) -> int:
    return len(tag.get_text(" ", strip=True))


def find_article(soup: BeautifulSoup) -> Tag:
    """The element holding the release: the most specific, then the largest."""
    specific = [*soup.find_all("article"), *soup.find_all(True, attrs={"itemprop": "articleBody"})]
    specific += [
        t for t in soup.find_all(["div", "section"]) if _ARTICLE_CLASS.search(_marks(t, "id"))
    ]
    mains = [*soup.find_all("main"), *soup.find_all(True, attrs={"role": "main"})]
    for candidates in (specific, mains):
        sized = [c for c in candidates if isinstance(c, Tag) and _size(c) > MIN_ARTICLE_CHARS]
        if sized:
            return max(sized, key=_size)
    return soup.body or soup


def drop_chrome(root: Tag) -> None:
    """Remove menus, share bars, related lists and footers inside the article."""
    total = max(_size(root), 1)
    for tag in list(root.find_all(True)):
        if tag.decomposed or tag is root:
            continue
        name = (tag.name or "").lower()
        marks = _marks(tag, "id", "role")
        if (
            name == "footer"
            or (name == "header" and tag.find("nav") is not None)
            or (marks.strip() and _CHROME.search(marks) and _size(tag) < MAX_CHROME_SHARE * total)
            or tag.get("role") in _CHROME_ROLES
        ):
            tag.decompose()


def page_meta(soup: BeautifulSoup, root: Tag) -> tuple[str, ...]:
    """The <title> and bylines outside the article, kept for the publisher alone."""
    found = [soup.title.get_text(" ", strip=True)] if soup.title else []
    around_root = {id(root), *(id(p) for p in root.parents)}
    for tag in soup.find_all(True):
        if not _BYLINE.search(_marks(tag, "id")) or id(tag) in around_root:
            continue
        if not any(p is root for p in tag.parents):  # outside the article
            found.append(tag.get_text(" ", strip=True))
    return tuple(t for t in found if t)
