"""Stage 3: text -> the article as blocks over one clean text.

HTML, HTML fragments inside Markdown or plain text, Markdown and plain text
with bullet lines all end up as the same kind of blocks: heading, paragraph,
list item, table cell. Each block knows its list, its nesting, the heading it
sits under and its character span in the clean text, so later stages find
"Key Players" lists and "Based on X:" lists from structure, not by guessing
entities in running text.

For a full web page the article is found first (article element, article-body
class, main) and page chrome (navigation, scripts, sidebars, related-article
lists, footers) is dropped before any text is read. Inside the article,
boilerplate (About Us, Contact, calls to action) stays in the clean text, so
offsets remain honest, but is flagged so no extractor reads it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field, replace
from typing import Literal

import regex as re
from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

from . import rules

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell"]

#: Heading levels: 1-6 from <h1>-<h6> or Markdown; weaker ones are inferred.
BOLD_HEADING = 7  # a paragraph that is entirely bold: <p><strong>Market Drivers</strong></p>
LABEL_HEADING = 8  # a short plain line ending in a colon: "Contact Us:"
#: An element holding this many <br> line breaks is laid out line by line, as plain text.
BR_LINES_AS_TEXT = 6


@dataclass(frozen=True)
class Block:
    """One unit of layout, located in the clean text by `start`/`end`."""

    index: int
    kind: BlockKind
    text: str
    start: int
    end: int
    level: int = 0
    list_id: int | None = None
    depth: int = 0
    parent: int | None = None
    table: tuple[int, int, int] | None = None  # (table id, row, column)
    heading: int | None = None
    boilerplate: bool = False


@dataclass(frozen=True)
class Layout:
    text: str
    blocks: tuple[Block, ...]
    title: Block | None
    is_html: bool
    #: Page text outside the article that may name the publisher: the <title>, bylines.
    #: Not part of the clean text, so no fact with evidence is read from it.
    page_meta: tuple[str, ...] = ()


@dataclass
class _Raw:
    kind: BlockKind
    text: str
    level: int = 0
    list_id: int | None = None
    depth: int = 0
    parent: int | None = None
    table: tuple[int, int, int] | None = None


_HTML_HINT = re.compile(
    r"<(?:p|div|li|ul|ol|h[1-6]|br|table|tr|td|th|strong|b|em|span|a|article|body|html|"
    r"section|main|nav|script|style|head)\b[^>]*>",
    re.IGNORECASE,
)
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "aside",
        "form",
        "iframe",
        "svg",
        "button",
        "select",
        "input",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
        "picture",
        "img",
    }
)
_CONTAINER_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "blockquote",
        "pre",
        "dd",
        "dt",
        "dl",
        "figcaption",
        "caption",
        "header",
        "footer",
        "address",
        "body",
        "html",
        "center",
        "figure",
        "hgroup",
        "details",
        "summary",
    }
)
#: Bold written with a class or a style: <span class="bold">, style="font-weight:700".
_STYLED_BOLD = re.compile(r"\b(?:bold|strong)\b|font-weight\s*:\s*(?:bold|[6-9]00)", re.I)
_HEADING_TAGS = {f"h{n}": n for n in range(1, 7)}
_BOLD_TAGS = frozenset({"strong", "b"})
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|sidebar|side-bar|related|recommended?|"
    r"breadcrumbs?|cookie|cookies|consent|share|sharing|social|newsletter|subscribe|"
    r"advert|advertisement|ads?|promo|banner|comments?|footer|masthead|toolbar|widget|"
    r"popular|trending|more-news|topbar|site-header|skip)(?:$|[\s_-])",
    re.IGNORECASE,
)
_ARTICLE_CLASS = re.compile(
    r"(?:article|post|entry|story|release|news|press)[-_]?(?:body|content|text)|"
    r"press-?release|articleBody",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")

# Plain-text line shapes.
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(
    r"^(?P<indent>\s*)(?:[-*+•●▪◦‣►▸■□✓✔➢➤→–—]|\d{1,2}[.)]|[a-z][.)]|\((?:\d{1,2}|[a-z])\))\s+"
    r"(?P<text>.+)$"
)
_EMOJI_LEAD = re.compile(
    r"^\s*(?P<emoji>[\p{Extended_Pictographic}\p{Emoji_Presentation}]"
    r"[\ufe0f\u200d\p{Extended_Pictographic}]*)\s*(?P<text>.+)$"
)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_SETEXT = re.compile(r"^(?:={3,}|-{3,})$")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: A line that opens with a short label ("By End User: ...", "Companies profiled: ...")
#: starts a paragraph of its own even when the line before it has no full stop.
_LABEL_LINE = re.compile(r"^(?:By|Based on)\s+[A-Z]|^[A-Z][\w&/-]*(?:\s+[\w&/-]+){0,3}:\s+\S")
_MARKDOWN_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}\s|[-*+•]\s|\d{1,2}[.)]\s|\*\*)")


def _clean_inline(text: str) -> str:
    text = _INVISIBLE.sub("", text.replace("\xa0", " "))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _is_heading_line(line: str, next_line: str | None) -> bool:
    """A short line with no sentence ending that introduces what follows."""
    words = line.split()
    if not words or len(words) > 12 or line.endswith((".", "!", "?", ",", ";")):
        return False
    if line.count(",") >= 2:
        return False  # a list, not a title
    if line.endswith(":"):
        return len(words) <= 10
    return next_line is None or (
        len(words) <= 8 and (line.istitle() or line.isupper() or words[0][0].isupper())
    )


def _is_known_heading(line: str) -> bool:
    """A short line naming a part of a release: "Competitive landscape", "Market drivers"."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > 4 or text.endswith((".", "!", "?", ",")):
        return False
    return bool(
        any(p.match(text) for p in rules.SECTION_HEADINGS.values())
        or rules.KEY_PLAYER_HEADING.search(text)
        or rules.SEGMENTATION_HEADING.match(text)
    )


def _parse_text(text: str, lists: _Counter, first_is_title: bool = False) -> list[_Raw]:
    """Markdown / plain text -> raw blocks. Blank lines end paragraphs; bullets make lists."""
    out: list[_Raw] = []
    paragraph: list[str] = []
    list_id: int | None = None
    indents: list[int] = []

    def end_paragraph() -> None:
        if paragraph:
            out.append(_Raw("paragraph", " ".join(paragraph)))
            paragraph.clear()

    raw_lines = text.split("\n")
    lines = [_MD_LINK.sub(r"\1", line.replace("\t", "    ")) for line in raw_lines]
    seen_content = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or _MD_TABLE_RULE.match(stripped) or _SETEXT.match(stripped):
            end_paragraph()
            if not stripped and list_id is not None and _next_nonblank_is_bullet(lines, i):
                continue
            list_id = None if not stripped else list_id
            continue
        following = next((x.strip() for x in lines[i + 1 :] if x.strip()), None)
        blank_after = i + 1 < len(lines) and not lines[i + 1].strip()
        underline = _SETEXT.match(lines[i + 1].strip()) if i + 1 < len(lines) else None
        if underline and not paragraph and len(stripped.split()) <= 20:
            # Markdown setext heading: "Market Drivers" over "-------" or "=======".
            list_id = None
            level = 1 if underline.group(0)[0] == "=" else 2
            out.append(_Raw("heading", _strip_emphasis(stripped), level=level))
            seen_content = True
            continue
        if m := _MD_HEADING.match(stripped):
            end_paragraph()
            list_id = None
            out.append(_Raw("heading", _strip_emphasis(m.group(2)), level=len(m.group(1))))
            seen_content = True
            continue
        if stripped.startswith("|") and stripped.endswith("|"):
            end_paragraph()
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            row = len({b.table[1] for b in out if b.table and b.table[0] == lists.tables})
            for col, cell in enumerate(cells):
                if cell:
                    out.append(
                        _Raw("table_cell", _strip_emphasis(cell), table=(lists.tables, row, col))
                    )
            if following is None or not following.startswith("|"):
                lists.tables += 1
            continue
        bullet = _BULLET.match(line)
        emoji = None if bullet else _EMOJI_LEAD.match(line)
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        next_is_item = bool(_BULLET.match(next_line) or _EMOJI_LEAD.match(next_line))
        next_emoji = _EMOJI_LEAD.match(next_line)
        differs = not next_emoji or next_emoji.group("emoji") != (emoji and emoji.group("emoji"))
        if (
            emoji
            and _is_heading_line(emoji.group("text").strip(), following)
            and next_is_item
            and differs
        ):
            emoji = None  # "🔑 Key drivers" over a run of bullets is a heading
            stripped = _EMOJI_LEAD.match(line).group("text").strip()  # type: ignore[union-attr]
        elif emoji and emoji.group("text").rstrip().endswith(":"):
            stripped, emoji = emoji.group("text").strip(), None
        if bullet or emoji:
            end_paragraph()
            indent = len(bullet.group("indent")) if bullet else 0
            item = (bullet or emoji).group("text").strip()  # type: ignore[union-attr]
            if list_id is None:
                lists.lists += 1
                list_id = lists.lists
                indents = [indent]
            while indents and indent < indents[-1]:
                indents.pop()
            if not indents or indent > indents[-1]:
                indents.append(indent)
            depth = len(indents) - 1
            parent = None
            if depth:
                parent = next(
                    (
                        len(out) - 1 - k
                        for k, b in enumerate(reversed(out))
                        if b.kind == "list_item" and b.depth == depth - 1
                    ),
                    None,
                )
            out.append(
                _Raw(
                    "list_item", _strip_emphasis(item), list_id=list_id, depth=depth, parent=parent
                )
            )
            seen_content = True
            continue
        list_id = None
        whole_bold = re.fullmatch(r"(\*\*|__)(.+?)\1:?", stripped)
        plain = _strip_emphasis(stripped)
        if (
            not paragraph
            and first_is_title
            and not seen_content
            and len(plain.split()) <= 30
            and not plain.endswith((".", "!", "?"))
        ):
            out.append(_Raw("heading", plain, level=1))
            seen_content = True
            continue
        stands_alone = _is_known_heading(plain) or (
            blank_after
            or following is None
            or next_is_item
            or ((following[:1].isupper() and plain.istitle()) or plain.isupper())
        )
        if not paragraph and (
            whole_bold
            or (stands_alone and _is_heading_line(plain, following))
            or (plain.endswith(":") and len(plain.split()) <= 10)
        ):
            level = BOLD_HEADING if whole_bold else LABEL_HEADING
            out.append(_Raw("heading", plain, level=level))
            seen_content = True
            continue
        # A hard-wrapped line continues the paragraph; a finished sentence followed by a
        # capitalised line starts a new one ("By Product (A, B)" / "By End User: C, D").
        if paragraph and (
            (paragraph[-1].endswith((".", "!", "?", ":", ")", '"', "”")) and plain[:1].isupper())
            or _LABEL_LINE.match(plain)
        ):
            end_paragraph()
        paragraph.append(plain)
        seen_content = True
    end_paragraph()
    return out


def _next_nonblank_is_bullet(lines: list[str], i: int) -> bool:
    nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
    return bool(_BULLET.match(nxt))


def _strip_emphasis(text: str) -> str:
    return _MD_EMPHASIS.sub(r"\2", text).strip()


@dataclass
class _Counter:
    lists: int = 0
    tables: int = 0


@dataclass
class _HtmlWalker:
    """Walks the article's elements in order, emitting raw blocks."""

    counter: _Counter = field(default_factory=_Counter)
    out: list[_Raw] = field(default_factory=list)
    buf: list[tuple[str, bool, bool]] = field(default_factory=list)  # (text, bold, raw)
    bold: int = 0
    list_stack: list[int] = field(default_factory=list)
    item_stack: list[int | None] = field(default_factory=list)

    def flush(self, kind: BlockKind = "paragraph") -> None:
        if not self.buf:
            return
        pieces, self.buf = self.buf, []
        if any(raw for _, _, raw in pieces):
            text = "".join(t for t, _, _ in pieces)
            self.out.extend(_parse_text(html.unescape(text), self.counter))
            return
        joined = "".join(t for t, _, _ in pieces)
        if kind != "list_item" and joined.count("\n") >= BR_LINES_AS_TEXT:
            # A whole release typed into one element with <br> line breaks: read its
            # lines as plain text (blank lines kept), so headings and bullets come out
            # as they would there.
            lines = (
                _SPACES.sub(" ", _INVISIBLE.sub("", line.replace("\xa0", " "))).strip()
                for line in joined.split("\n")
            )
            self.out.extend(_parse_text("\n".join(lines), self.counter))
            return
        text = _clean_inline(joined)
        if not text:
            return
        if kind == "list_item":
            depth = len(self.list_stack) - 1
            parent = self.item_stack[-2] if len(self.item_stack) > 1 else None
            self.out.append(
                _Raw(
                    "list_item",
                    text,
                    list_id=self.list_stack[-1] if self.list_stack else None,
                    depth=max(depth, 0),
                    parent=parent,
                )
            )
            if self.item_stack:
                self.item_stack[-1] = len(self.out) - 1
            return
        visible = [t for t, _, _ in pieces if t.strip()]
        all_bold = visible and all(b for t, b, _ in pieces if t.strip())
        words = len(text.split())
        if all_bold and words <= 15 and not text.endswith((".", "!", "?")):
            self.out.append(_Raw("heading", text, level=BOLD_HEADING))
        elif words <= 8 and text.endswith(":") and "\n" not in text:
            self.out.append(_Raw("heading", text, level=LABEL_HEADING))
        else:
            self.out.append(_Raw("paragraph", text))

    def visit(self, node: Tag) -> None:
        for child in node.children:
            if isinstance(child, (Comment, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                text = str(child)
                raw = "\n" in text and bool(_MARKDOWN_LINE.search(text))
                if not raw:
                    text = text.replace("\n", " ")  # a wrapped source line; <br> is a break
                self.buf.append((text, self.bold > 0, raw))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower() if child.name else ""
            if name in _DROP_TAGS:
                continue
            if name == "br":
                self.buf.append(("\n", self.bold > 0, False))
            elif name in _HEADING_TAGS:
                self.flush()
                text = _clean_inline(child.get_text(" ")).replace("\n", " ")
                if text:
                    self.out.append(_Raw("heading", text, level=_HEADING_TAGS[name]))
            elif name in ("ul", "ol"):
                self.flush("list_item" if self.item_stack else "paragraph")
                self.counter.lists += 1
                self.list_stack.append(self.counter.lists)
                self.visit(child)
                self.flush("list_item")
                self.list_stack.pop()
            elif name == "li":
                self.flush("list_item" if self.item_stack else "paragraph")
                if not self.list_stack:
                    self.counter.lists += 1
                    self.list_stack.append(self.counter.lists)
                self.item_stack.append(None)
                self.visit(child)
                self.flush("list_item")
                self.item_stack.pop()
            elif name == "table":
                self.flush()
                self.table(child)
            elif name in _BOLD_TAGS or _STYLED_BOLD.search(
                " ".join(child.get("class", [])) + " " + (child.get("style") or "")
            ):
                self.bold += 1
                self.visit(child)
                self.bold -= 1
            elif name in _CONTAINER_TAGS or name in ("tr", "td", "th"):
                self.flush("list_item" if self.item_stack else "paragraph")
                self.visit(child)
                self.flush("list_item" if self.item_stack else "paragraph")
            else:
                self.visit(child)

    def table(self, table: Tag) -> None:
        table_id = self.counter.tables
        self.counter.tables += 1
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        for r, tr in enumerate(rows):
            for c, cell in enumerate(tr.find_all(["td", "th"], recursive=False)):
                text = _clean_inline(cell.get_text(" ")).replace("\n", " ")
                if text:
                    self.out.append(_Raw("table_cell", text, table=(table_id, r, c)))


def _find_article(soup: BeautifulSoup) -> Tag:
    """The element holding the release: the most specific, then the largest."""

    def size(tag: Tag) -> int:
        return len(tag.get_text(" ", strip=True))

    specific = soup.find_all("article") + soup.find_all(attrs={"itemprop": "articleBody"})
    specific += [
        t
        for t in soup.find_all(["div", "section"])
        if _ARTICLE_CLASS.search(" ".join(t.get("class", [])) + " " + (t.get("id") or ""))
    ]
    for candidates in (specific, soup.find_all(["main"]) + soup.find_all(attrs={"role": "main"})):
        candidates = [c for c in candidates if size(c) > 200]
        if candidates:
            return max(candidates, key=size)
    return soup.body or soup


def _drop_chrome(root: Tag) -> None:
    total = max(len(root.get_text(" ", strip=True)), 1)
    for tag in list(root.find_all(True)):
        if tag.decomposed or tag is root:
            continue
        name = tag.name.lower()
        marks = (
            " ".join(tag.get("class", []))
            + " "
            + (tag.get("id") or "")
            + " "
            + (tag.get("role") or "")
        )
        if (
            name == "footer"
            or (name == "header" and tag.find("nav"))
            or (
                marks.strip()
                and _CHROME.search(marks)
                and len(tag.get_text(" ", strip=True)) < 0.5 * total
            )
            or tag.get("role") in ("navigation", "banner", "contentinfo", "complementary")
        ):
            tag.decompose()


_BYLINE = re.compile(r"byline|author|entry-meta|post-meta|dateline|credit", re.IGNORECASE)


def _page_meta(soup: BeautifulSoup, root: Tag) -> tuple[str, ...]:
    """The <title> and bylines outside the article, kept for the publisher alone."""
    found = [soup.title.get_text(" ", strip=True)] if soup.title else []
    around_root = {id(root), *(id(p) for p in root.parents)}
    for tag in soup.find_all(True):
        marks = " ".join(tag.get("class", [])) + " " + (tag.get("id") or "")
        if not _BYLINE.search(marks) or id(tag) in around_root:
            continue
        if not any(id(p) == id(root) for p in tag.parents):  # outside the article
            found.append(tag.get_text(" ", strip=True))
    return tuple(t for t in found if t)


def _html_blocks(text: str) -> tuple[list[_Raw], tuple[str, ...]]:
    soup = BeautifulSoup(text, "lxml")
    for tag in soup.find_all(["script", "style", "noscript", "template"]):
        tag.decompose()
    root = _find_article(soup)
    page_title = soup.title.get_text(" ", strip=True) if soup.title else None
    meta = _page_meta(soup, root)
    h1 = soup.find("h1")
    title_outside = None
    if h1 is not None and root is not soup and root is not soup.body and h1 not in root.descendants:
        title_outside = _clean_inline(h1.get_text(" ")).replace("\n", " ")
    _drop_chrome(root)
    walker = _HtmlWalker()
    walker.visit(root)
    walker.flush()
    blocks = walker.out
    if title_outside:
        blocks.insert(0, _Raw("heading", title_outside, level=1))
    elif page_title and not any(b.kind == "heading" and b.level <= 2 for b in blocks[:3]):
        name = max(
            re.split(r"\s+[|»]\s+|\s+[-–—]\s+(?=[A-Z][\w.]*(?:\s\w+)?$)", page_title), key=len
        )
        blocks.insert(0, _Raw("heading", name, level=1))
    return blocks, meta


#: "About Acme Research: Acme is ..." written as one paragraph.
_ABOUT_LEAD = re.compile(
    r"^\W{0,3}about\s+(?!the\s+(?:report|market|study|survey)\b)[^:–—\n]{2,60}?\s*(?:[:–—]|\s-\s)",
    re.IGNORECASE,
)


def _mark_boilerplate(blocks: list[Block]) -> list[Block]:
    """Flag About/Contact zones and calls to action; they stay in the text, out of the facts."""
    out: list[Block] = []
    in_zone = False
    for block in blocks:
        text = block.text.strip()
        first = text.split("\n")[0]
        short = len(first.split()) <= 9
        opener = block.kind != "table_cell" and (
            (short and bool(rules.BOILERPLATE_ZONE.match(first)))
            or bool(_ABOUT_LEAD.match(text))
            or bool(rules.PUBLISHER_SELF.match(text))
        )
        if opener:
            in_zone = True
        elif in_zone and block.kind == "heading" and block.level <= 3:
            in_zone = False
        flagged = (
            in_zone
            or (
                block.kind in ("paragraph", "list_item", "heading")
                and len(text) < 400
                and bool(rules.CALL_TO_ACTION.search(text))
            )
            or bool(re.fullmatch(r"\W*(?:https?://\S+|www\.\S+|\S+@\S+\.\w+)\W*", text))
        )
        out.append(replace(block, boilerplate=flagged))
    return out


def layout(text: str) -> Layout:
    """Find the article in `text` and lay it out as blocks over one clean text."""
    is_html = bool(_HTML_HINT.search(text))
    counter = _Counter()
    if is_html:
        raws, meta = _html_blocks(text)
    else:
        meta = ()
        raws = _parse_text(html.unescape(text), counter, first_is_title=True)

    pieces: list[str] = []
    blocks: list[Block] = []
    position = 0
    heading: int | None = None
    index_of_raw: dict[int, int] = {}
    for i, raw in enumerate(raws):
        body = _clean_inline(raw.text)
        if not body:
            continue
        if pieces:
            pieces.append("\n\n")
            position += 2
        index = len(blocks)
        index_of_raw[i] = index
        parent = index_of_raw.get(raw.parent) if raw.parent is not None else None
        blocks.append(
            Block(
                index=index,
                kind=raw.kind,
                text=body,
                start=position,
                end=position + len(body),
                level=raw.level,
                list_id=raw.list_id,
                depth=raw.depth,
                parent=parent,
                table=raw.table,
                heading=heading,
            )
        )
        if raw.kind == "heading":
            heading = index
        pieces.append(body)
        position += len(body)
    blocks = _mark_boilerplate(blocks)
    title = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
    if title is None:
        title = next((b for b in blocks[:5] if b.kind == "heading" and b.level <= 3), None)
    return Layout(
        text="".join(pieces), blocks=tuple(blocks), title=title, is_html=is_html, page_meta=meta
    )
