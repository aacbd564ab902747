"""The document mix that batch benchmarks run over, built from the bundled corpus.

Half the mix is the corpus releases as they are (HTML fragments, Markdown, plain text);
the other half is the same releases set inside a news page of about 40 KB, the way a
crawl keeps them: a head with styles and scripts, a navigation bar, a sidebar of related
stories, share buttons and a long footer around an `<article>`. The page chrome is made
up here (no site's markup is copied); it is built to have the bulk and the element
counts of a real news page, which is what the parser and the layout stage pay for.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

from extractor.evaluate import DOCUMENT_SUFFIXES

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

#: The size of a wrapped page, as crawled news pages run (40 KB around a 3 KB release).
PAGE_BYTES = 40_000

_STYLE = "\n".join(
    f".c{i} {{ margin: {i % 7}px; padding: {i % 5}px; color: #{i * 2654435761 % 0xFFFFFF:06x}; }}"
    for i in range(120)
)
_SCRIPT = "\n".join(
    f"window.slot{i} = {{id: {i}, size: [{i % 4 * 100}, 250], price: '$' + {i}.99}};"
    for i in range(80)
)
_NAV = "".join(
    f'<li class="menu-item"><a href="/section/{i}">Section {i}</a></li>' for i in range(40)
)
_RELATED = "".join(
    f'<li><a href="/news/{i}">Story {i}: shares of firm {i} rose {i % 9}.{i % 10}% in '
    f"{2015 + i % 10}</a></li>"
    for i in range(60)
)


def _footer(size: int) -> str:
    rows = itertools.cycle(
        (
            '<p class="legal">All rights reserved. Terms of use, privacy policy and cookie '
            "settings apply to every page of this site.</p>",
            '<ul class="footer-links"><li><a href="/about">About us</a></li>'
            '<li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li></ul>',
        )
    )
    out: list[str] = []
    total = 0
    while total < size:
        row = next(rows)
        out.append(row)
        total += len(row)
    return "".join(out)


def as_html_body(name: str, text: str) -> str:
    """A release's body as HTML: fragments as they are, other text as escaped paragraphs."""
    if name.endswith((".html", ".htm")):
        return text
    paragraphs = (p.strip() for p in text.split("\n\n"))
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs if p)


def news_page(name: str, text: str) -> str:
    """A release inside a news page of about `PAGE_BYTES`."""
    head = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>News | {html.escape(name)}"
        f"</title><style>{_STYLE}</style><script>{_SCRIPT}</script></head><body>"
        f'<header class="site-header"><nav class="navbar"><ul>{_NAV}</ul></nav></header>'
        f'<main><div class="share-bar"><a href="#">Share</a><a href="#">Post</a></div>'
        f'<article class="article-body">{as_html_body(name, text)}</article>'
        f'<aside class="sidebar related"><ul>{_RELATED}</ul></aside></main>'
    )
    tail = "</body></html>"
    footer = _footer(max(0, PAGE_BYTES - len(head) - len(tail) - 30))
    return f'{head}<footer class="site-footer">{footer}</footer>{tail}'


def releases() -> list[tuple[str, str]]:
    """The corpus releases (top level): name and text."""
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in DOCUMENT_SUFFIXES)
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in files]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _unique(text: str, n: int) -> str:
    """The release with every number changed for document `n`: as in a real batch, each
    document brings numbers (tokens, strings) no earlier one had."""
    return _NUMBER.sub(lambda m: f"{m.group()}{n}", text)


def documents(count: int, unique: bool = False) -> Iterator[tuple[str, bytes]]:
    """`count` documents of the mix, made lazily: bare and wrapped releases in turn;
    with `unique`, every document's numbers are its own."""
    base = releases()
    wrapped = [(f"{name}.page.html", news_page(name, text)) for name, text in base]
    pairs = [doc for pair in zip(base, wrapped, strict=True) for doc in pair]
    for n, (name, text) in enumerate(itertools.islice(itertools.cycle(pairs), count)):
        yield f"{name}#{n}", (_unique(text, n) if unique else text).encode("utf-8")
