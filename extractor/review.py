"""`extractor review`: one self-contained HTML page that shows why each release was flagged.

The page lists the releases (sortable, filterable), then shows each release's clean text
with every extracted fact highlighted where its evidence lies, beside its CAGR checks worked
out and its findings. Style and script are inline and a Content-Security-Policy forbids
every load: the page opens from disk and fetches nothing.

The pure functions: `highlights(record, text)` (every fact with a span),
`resolve(text, highlights)` (kept and dropped spans), `render_text(text, highlights)`,
`render_page(records)`. `release_text(record)` finds the text, re-reading the source when
the record carries none.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .jsonl import Problems, read_records
from .models import Check, Evidence, Finding, MarketReport, Scope, Sections
from .pipeline import extract
from .review_assets import CSS, SCRIPT
from .settings import Settings


@dataclass(frozen=True)
class Kind:
    """A kind of highlighted fact: its legend label and colours (background, underline)."""

    label: str
    background: str
    line: str


#: Every kind of highlight, highest priority first: when two spans partially overlap, the
#: one whose kind comes first here is kept and the other is listed beside the text. A
#: finding is what the page is for; figures and rates are what findings are about; a
#: section is only located by searching for its text, so it yields to everything.
KINDS: dict[str, Kind] = {
    "finding": Kind("finding", "#fde2e2", "#d62828"),
    "figure": Kind("figure", "#dbe9ff", "#2f6fdb"),
    "rate": Kind("rate (growth)", "#d9f5e3", "#1f9d55"),
    "period": Kind("forecast period", "#ece4ff", "#7c4ddb"),
    "company": Kind("company", "#fff0c7", "#c98a00"),
    "segment": Kind("segment", "#d5f4f7", "#0f8fa3"),
    "section": Kind("section", "#eef0f3", "#9aa3ae"),
}
PRIORITY: tuple[str, ...] = tuple(KINDS)
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SECTION_NAMES: tuple[str, ...] = tuple(Sections.model_fields)
#: Joins the fields of a fact in its hover title.
FIELD_SEPARATOR = " · "
#: A section's hover title and its entry in a list quote its start only: a section is a
#: paragraph or more, far longer than a tooltip can show.
SECTION_QUOTE_CHARS = 90
DEFAULT_TITLE = "Release review"
#: Forbids every load (scripts, styles, images, fonts, frames, connections) but the inline
#: style and script: the page is self-contained by construction, even against the text.
CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"

#: The columns of the release list: (header, numeric). The order is the order of `_row`.
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("#", True),
    ("market", False),
    ("region", False),
    ("publisher", False),
    ("source", False),
    ("figures", True),
    ("rates", True),
    ("companies", True),
    ("segments", True),
    ("errors", True),
    ("warnings", True),
    ("info", True),
)

#: Where a release's text comes from, or why it is missing.
NOTE_RECORD = "Text from the record (extract --with-text)."
NOTE_REREAD = "Text re-read from {path}; its sha256 matches the record's."
NOTE_CHANGED = "source changed since extraction; text not shown"
NOTE_NO_REREAD = "No text in the record (extract with --with-text), and re-reading is off."
NOTE_NO_PATH = "No text in the record, and it names no source file to re-read."
NOTE_MISSING = "No text in the record, and its source {path} is not on disk."
NOTE_CONTAINER = "No text in the record; its source is document {id} inside {path}, not re-read."
NOTE_NO_TEXT = "Re-reading {path} gave no text."


@dataclass(frozen=True)
class Highlight:
    """One fact's span of the clean text: `text[start:end]` must equal `quote`."""

    kind: str
    start: int
    end: int
    quote: str
    title: str
    #: A finding's severity, which tones its mark; None for every other kind.
    severity: str | None = None

    @property
    def rank(self) -> int:
        """Its kind's place in `PRIORITY`: 0 is the highest."""
        return PRIORITY.index(self.kind)


@dataclass(frozen=True)
class Dropped:
    """A fact that is not highlighted, and why."""

    kind: str
    title: str
    reason: str


@dataclass(frozen=True)
class TextOrigin:
    """A release's clean text (None when it cannot be shown) and where it came from."""

    text: str | None
    note: str
    warn: bool = False


# --- facts and their spans ---------------------------------------------------------------


def _num(value: float) -> str:
    """A number as plainly as it can be written: 5483810000, 15.4153."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _grouped(value: float) -> str:
    """An amount with thousands separators: 5,483,810,000."""
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def _scope(scope: Scope, region: str | None) -> str:
    """The region and segment a fact is about; the release's region for the main market."""
    parts = [scope.region or region or "main market", scope.segment]
    return " / ".join(part for part in parts if part)


def _title(kind: str, head: str, fields: Iterable[str | None]) -> str:
    return FIELD_SEPARATOR.join([f"{kind}: {head}", *(field for field in fields if field)])


def _spans(
    kind: str, title: str, evidence: Evidence, mentions: Sequence[Evidence]
) -> list[Highlight]:
    """A fact's first place and each place it is said again (titled as such)."""
    again = title.replace(f"{kind}:", f"{kind} (said again):", 1)
    return [
        Highlight(kind, evidence.start, evidence.end, evidence.text, title),
        *(Highlight(kind, m.start, m.end, m.text, again) for m in mentions),
    ]


def _offsets(evidence: Evidence) -> tuple[int, int, str]:
    return evidence.start, evidence.end, evidence.text


def _quote(text: str) -> str:
    """The start of a long string, for a tooltip or a list entry."""
    if len(text) <= SECTION_QUOTE_CHARS:
        return text
    return text[:SECTION_QUOTE_CHARS].rstrip() + "…"


def finding_title(finding: Finding) -> str:
    """A finding as its hover title says it."""
    return _title("finding", f"{finding.severity} {finding.code}", [finding.message])


def _evidence_highlights(record: MarketReport) -> list[Highlight]:
    """Every fact that carries its evidence offsets."""
    out: list[Highlight] = []
    for figure in record.figures:
        title = _title(
            "figure",
            figure.evidence.text,
            [
                f"amount {_num(figure.amount)}",
                f"year {figure.year}" if figure.year is not None else "no year",
                f"role {figure.role}",
                f"scope {_scope(figure.scope, record.region)}",
                f"source {figure.source}" if figure.source else None,
                f"qualifier {figure.qualifier}" if figure.qualifier else None,
                f"range {_num(figure.low)}–{_num(figure.high)}"
                if figure.low is not None and figure.high is not None
                else None,
            ],
        )
        out += _spans("figure", title, figure.evidence, figure.mentions)
    for growth in record.growth:
        window = (
            f"window {growth.start_year}–{growth.end_year} ({growth.window_source})"
            if growth.start_year is not None and growth.end_year is not None
            else "no window"
        )
        title = _title(
            "rate",
            f"CAGR {_num(growth.cagr)}%",
            [
                window,
                f"scope {_scope(growth.scope, record.region)}",
                f"source {growth.source}" if growth.source else None,
                f"qualifier {growth.qualifier}" if growth.qualifier else None,
            ],
        )
        out += _spans("rate", title, growth.evidence, growth.mentions)
    period = record.forecast_period
    if period is not None and period.evidence is not None:
        title = _title("period", f"forecast {period.start_year}–{period.end_year}", [])
        out += _spans("period", title, period.evidence, [])
    for company in record.companies:
        title = _title("company", company.name, [f"normalized {company.normalized}"])
        out += _spans("company", title, company.evidence, [])
    for segment in record.segments:
        title = _title("segment", segment.dimension, [", ".join(segment.values)])
        out += _spans("segment", title, segment.evidence, [])
    for finding in record.findings:
        if finding.evidence is not None:
            title = finding_title(finding)
            out.append(Highlight("finding", *_offsets(finding.evidence), title, finding.severity))
    return out


def section_strings(record: MarketReport) -> list[tuple[str, str]]:
    """Each section string with the name of its section (drivers, trends ...)."""
    sections = record.sections.model_dump()
    return [(name, value) for name in SECTION_NAMES for value in sections[name]]


def _section_title(name: str, value: str) -> str:
    return _title("section", name, [_quote(value)])


def highlights(record: MarketReport, text: str | None = None) -> list[Highlight]:
    """Every fact of a record with a span of `text` (default: the record's own text).

    Facts with evidence use its offsets; a section, which has none, is found in the text
    with `str.find` and only an exact find counts (without a text, sections are left out).
    """
    text = record.text if text is None else text
    out = _evidence_highlights(record)
    if text is not None:
        for name, value in section_strings(record):
            start = text.find(value) if value else -1
            if start >= 0:
                out.append(
                    Highlight(
                        "section", start, start + len(value), value, _section_title(name, value)
                    )
                )
    return out


def unlocated_sections(record: MarketReport, text: str) -> list[Dropped]:
    """The section strings that are not found as written in the text."""
    return [
        Dropped("section", _section_title(name, value), "not found as written in the text")
        for name, value in section_strings(record)
        if not value or text.find(value) < 0
    ]


def _crosses(a: Highlight, b: Highlight) -> bool:
    """Do two spans overlap without one containing the other?"""
    overlap = a.start < b.end and b.start < a.end
    nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return overlap and not nested


def resolve(text: str, candidates: Iterable[Highlight]) -> tuple[list[Highlight], list[Dropped]]:
    """The spans that can be marked, and the others with the reason.

    A span whose text is not its quote (offsets out of range, empty, or pointing at other
    text) is dropped; of two spans that partially overlap, the lower priority one is.
    Nested and identical spans are all kept.
    """
    kept: list[Highlight] = []
    dropped: list[Dropped] = []
    for span in sorted(dict.fromkeys(candidates), key=lambda h: (h.rank, h.start, h.end)):
        if (
            not (0 <= span.start < span.end <= len(text))
            or text[span.start : span.end] != span.quote
        ):
            dropped.append(Dropped(span.kind, span.title, "its evidence is not at its offsets"))
            continue
        clash = next((other for other in kept if _crosses(span, other)), None)
        if clash is not None:
            reason = f"overlaps the {clash.kind} “{_quote(clash.quote)}”, which is kept"
            dropped.append(Dropped(span.kind, span.title, reason))
            continue
        kept.append(span)
    return kept, dropped


# --- HTML ------------------------------------------------------------------------------


def _esc(value: object) -> str:
    """Text for an element or an attribute; a carriage return kept as a character
    reference, since the HTML parser would otherwise turn it into a line feed."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _open_mark(span: Highlight) -> str:
    tone = f" sev-{span.severity}" if span.severity else ""
    return (
        f'<mark class="hl hl-{span.kind}{tone}" data-field="{span.kind}" '
        f'data-start="{span.start}" data-end="{span.end}" title="{_esc(span.title)}">'
    )


def render_text(text: str, candidates: Iterable[Highlight]) -> str:
    """The text, escaped, with a `<mark>` around each kept span; nested spans nest (for
    identical spans, the higher priority one inside, so its colour and title show)."""
    kept, _ = resolve(text, candidates)
    ordered = sorted(kept, key=lambda h: (h.start, -h.end, -h.rank))
    out: list[str] = []
    stack: list[Highlight] = []
    position = 0

    def close() -> None:
        nonlocal position
        top = stack.pop()
        out.append(_esc(text[position : top.end]) + "</mark>")
        position = top.end

    for span in ordered:
        while stack and stack[-1].end <= span.start:
            close()
        out.append(_esc(text[position : span.start]) + _open_mark(span))
        position = span.start
        stack.append(span)
    while stack:
        close()
    out.append(_esc(text[position:]))
    return "".join(out)


def _badge(kind: str, label: str) -> str:
    return f'<span class="badge {kind}">{_esc(label)}</span>'


def _value_cell(evidence: Evidence | None, amount: float, year: int) -> str:
    said = f"{_esc(evidence.text)} in {year}" if evidence is not None else f"in {year}"
    return f'{said}<br><span class="amount">{_grouped(amount)}</span>'


def render_check(check: Check, region: str | None) -> str:
    """A CAGR check worked out: both values with their years, the implied rate and how it
    follows, the stated rate, the deviation, the outcome and the diagnosis."""
    years = check.end_year - check.start_year
    working = (
        f'<div class="working">({_grouped(check.end_value)} / {_grouped(check.start_value)})'
        f"^(1/{years}) − 1 = {_num(check.implied_cagr)}%</div>"
        if years > 0
        else ""
    )
    rows = [
        ("start", _value_cell(check.start_evidence, check.start_value, check.start_year)),
        ("end", _value_cell(check.end_evidence, check.end_value, check.end_year)),
        ("implied rate", f"{_num(check.implied_cagr)}% over {years} years"),
        ("stated rate", f"{_num(check.stated_cagr)}%"),
        ("deviation", f"{check.deviation_pp:+.4f} pp".replace("-", "−")),
        ("diagnosis", _esc(check.diagnosis) if check.diagnosis else "—"),
    ]
    table = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    return (
        f'<div class="check outcome-{check.outcome}">'
        f"{_badge(f'outcome-{check.outcome}', check.outcome)}"
        f'<span class="scope">{_esc(_scope(check.scope, region))}</span>'
        f'<table class="kv">{table}</table>{working}</div>'
    )


def render_finding(finding: Finding) -> str:
    """A finding with its severity badge, code, message and where it is said."""
    quote = (
        f'<q class="quote">{_esc(finding.evidence.text)}</q>'
        if finding.evidence is not None
        else ""
    )
    return (
        f"<li>{_badge(f'sev-{finding.severity}', finding.severity)} "
        f"<code>{_esc(finding.code)}</code>"
        f'<span class="message">{_esc(finding.message)}</span>{quote}</li>'
    )


def _severity_counts(record: MarketReport) -> dict[str, int]:
    return {s: sum(1 for f in record.findings if f.severity == s) for s in SEVERITIES}


def _source_name(record: MarketReport) -> str:
    source = record.source
    name = Path(source.path).name if source.path else "stdin"
    return f"{name} #{source.id}" if source.id else name


def _row(index: int, record: MarketReport) -> str:
    """One release in the list; its cells in the order of `COLUMNS`."""
    counts = _severity_counts(record)
    market = record.market or _source_name(record)
    status = f" {_badge('status-error', 'error')}" if record.status == "error" else ""
    text_cells = [
        f'<td class="wrap" data-value="{_esc(record.market or "")}">'
        f'<a href="#release-{index}">{_esc(market)}</a>{status}</td>',
        f"<td>{_esc(record.region or '')}</td>",
        f'<td class="wrap">{_esc(record.publisher or "")}</td>',
        f'<td class="source" title="{_esc(record.source.path or "")}">'
        f"{_esc(_source_name(record))}</td>",
    ]
    numbers = [
        (len(record.figures), ""),
        (len(record.growth), ""),
        (len(record.companies), ""),
        (len(record.segments), ""),
        *((counts[s], f" sev-{s}") for s in SEVERITIES),
    ]
    number_cells = [
        f'<td class="num{kind}{" zero" if n == 0 else ""}">{n}</td>' for n, kind in numbers
    ]
    cells = [f'<td class="num">{index}</td>', *text_cells, *number_cells]
    # Flagged: a finding to look at, or a release that could not be read at all.
    flagged = int(bool(record.findings) or record.status == "error")
    return (
        f'<tr id="row-{index}" data-findings="{len(record.findings)}" data-flagged="{flagged}">'
        f"{''.join(cells)}</tr>"
    )


def render_table(records: Sequence[MarketReport]) -> str:
    """The release list: a sortable table and the findings filter."""
    head = "".join(
        f'<th data-type="{"num" if numeric else "text"}"{" class=num" if numeric else ""}'
        f' title="sort by {name}">{_esc(name)}</th>'
        for name, numeric in COLUMNS
    )
    rows = "".join(_row(i, r) for i, r in enumerate(records, start=1))
    return (
        '<section id="releases" class="list panel"><div class="list-tools">'
        "<h2>Releases</h2>"
        '<label><input type="checkbox" id="only-findings"> only releases with findings '
        "or errors</label>"
        '<span class="count" id="shown-count"></span></div>'
        f'<div class="table-wrap"><table class="releases" id="release-table">'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></section>"
    )


def _fields(title: str) -> str:
    """A hover title without its leading kind, for a list that shows the kind already."""
    return title.split(": ", 1)[-1]


def _dropped_box(dropped: Sequence[Dropped]) -> str:
    if not dropped:
        return ""
    items = "".join(
        f'<li><span class="swatch hl-{d.kind}">{_esc(d.kind)}</span> {_esc(_fields(d.title))} '
        f'<span class="reason">— {_esc(d.reason)}</span></li>'
        for d in dropped
    )
    return (
        f'<div class="dropped-box"><h3>Not highlighted</h3><ul class="dropped">{items}</ul></div>'
    )


def _fact_list(record: MarketReport) -> str:
    """Every fact as a list, for a release whose text cannot be shown."""
    entries = [(h.kind, h.title) for h in _evidence_highlights(record)]
    entries += [("section", _section_title(n, v)) for n, v in section_strings(record)]
    if not entries:
        return '<p class="none">No facts.</p>'
    items = "".join(
        f'<li><span class="swatch hl-{kind}">{_esc(kind)}</span> {_esc(_fields(title))}</li>'
        for kind, title in entries
    )
    return f'<h3>Facts</h3><ul class="facts">{items}</ul>'


def _text_column(record: MarketReport, origin: TextOrigin) -> str:
    if record.status == "error" and record.error is not None:
        return (
            f'<div class="error-box"><code>{_esc(record.error.type)}</code>'
            f"{_esc(record.error.message)}</div>"
        )
    note = f'<p class="origin{" warn" if origin.warn else ""}">{_esc(origin.note)}</p>'
    if origin.text is None:
        return f'<div class="text-col">{note}{_fact_list(record)}</div>'
    spans = highlights(record, origin.text)
    _, dropped = resolve(origin.text, spans)
    dropped += unlocated_sections(record, origin.text)
    return (
        f'<div class="text-col">{note}<div class="text">{render_text(origin.text, spans)}</div>'
        f"{_dropped_box(dropped)}</div>"
    )


def _side(record: MarketReport) -> str:
    checks = "".join(render_check(c, record.region) for c in record.checks) or (
        '<p class="none">No CAGR could be checked.</p>'
    )
    findings = (
        f'<ul class="findings">{"".join(render_finding(f) for f in record.findings)}</ul>'
        if record.findings
        else '<p class="none">No findings.</p>'
    )
    return (
        f'<aside class="side"><div class="side-inner"><section><h3>Checks</h3>{checks}</section>'
        f"<section><h3>Findings</h3>{findings}</section></div></aside>"
    )


def render_release(index: int, record: MarketReport, origin: TextOrigin) -> str:
    """One release: heading, its text with highlights, its checks and findings."""
    meta = FIELD_SEPARATOR.join(
        part
        for part in (
            record.region,
            record.publisher,
            record.source.path or "stdin",
            record.language,
        )
        if part
    )
    heading = record.market or record.title or _source_name(record)
    status = f" {_badge('status-error', 'error')}" if record.status == "error" else ""
    return (
        f'<section class="release panel" id="release-{index}"><header class="release-head">'
        f'<h2><span class="idx">#{index}</span>{_esc(heading)}{status}</h2>'
        f'<p class="meta">{_esc(meta)}</p><a class="back" href="#releases">↑ list</a></header>'
        f'<div class="release-body">{_text_column(record, origin)}{_side(record)}</div></section>'
    )


def _legend() -> str:
    """A swatch per kind; findings one per severity, as their marks are toned by it."""
    swatches = [
        f'<span class="swatch hl-finding sev-{severity}">{severity} finding</span>'
        for severity in SEVERITIES
    ]
    swatches += [
        f'<span class="swatch hl-{name}">{_esc(kind.label)}</span>'
        for name, kind in KINDS.items()
        if name != "finding"
    ]
    items = "".join(f"<li>{swatch}</li>" for swatch in swatches)
    return f'<ul class="legend" aria-label="highlight colours">{items}</ul>'


def _kind_css() -> str:
    return "\n".join(
        f".hl-{name} {{ --bg: {kind.background}; --line: {kind.line}; }}"
        for name, kind in KINDS.items()
    )


def _summary(records: Sequence[MarketReport]) -> str:
    flagged = sum(1 for r in records if r.findings)
    errors = sum(1 for r in records if r.status == "error")
    parts = [f"{len(records)} releases", f"{flagged} with findings"]
    if errors:
        parts.append(f"{errors} not read")
    return FIELD_SEPARATOR.join(parts)


def render_page(
    records: Sequence[MarketReport],
    title: str = DEFAULT_TITLE,
    origins: Sequence[TextOrigin] | None = None,
) -> str:
    """The whole page. `origins` gives each record's text (default: the record's own
    `text`, nothing re-read, so the function stays pure)."""
    if origins is None:
        origins = [release_text(r, reread=False) for r in records]
    releases = "".join(
        render_release(i, r, o)
        for i, (r, o) in enumerate(zip(records, origins, strict=True), start=1)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">'
        f"<title>{_esc(title)}</title><style>{CSS}{_kind_css()}</style></head><body>"
        f'<header class="top"><h1>{_esc(title)}</h1>'
        f'<span class="summary">{_esc(_summary(records))}</span>{_legend()}</header>'
        f"<main>{render_table(records)}{releases}</main>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )


# --- the text of a release ---------------------------------------------------------------


def release_text(record: MarketReport, reread: bool = True) -> TextOrigin:
    """The clean text of a record: its own `text`, else (when `reread`) the source file
    extracted again, used only when its sha256 is the record's."""
    if record.text is not None:
        return TextOrigin(record.text, NOTE_RECORD)
    if record.status == "error":
        return TextOrigin(None, "")
    if not reread:
        return TextOrigin(None, NOTE_NO_REREAD)
    source = record.source
    if source.path is None:
        return TextOrigin(None, NOTE_NO_PATH)
    if source.id is not None:
        return TextOrigin(None, NOTE_CONTAINER.format(id=source.id, path=source.path))
    try:
        data = Path(source.path).read_bytes()
    except OSError:
        return TextOrigin(None, NOTE_MISSING.format(path=source.path), warn=True)
    if hashlib.sha256(data).hexdigest() != source.sha256:  # spares extracting a changed file
        return TextOrigin(None, NOTE_CHANGED, warn=True)
    fresh = extract(data, source=source.path, settings=Settings(with_text=True))
    if fresh.source.sha256 != source.sha256:
        return TextOrigin(None, NOTE_CHANGED, warn=True)
    if fresh.text is None:
        return TextOrigin(None, NOTE_NO_TEXT.format(path=source.path), warn=True)
    return TextOrigin(fresh.text, NOTE_REREAD.format(path=source.path))


# --- command line ------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    """`extractor review`: 0; 1 when some input was skipped (named on stderr; the page is
    still written from the records that could be read); 2 when the page cannot be written."""
    problems = Problems()
    records = list(read_records(args.records, problems))
    origins = [release_text(r, reread=not args.no_reread) for r in records]
    page = render_page(records, title=args.title, origins=origins)
    try:
        Path(args.output).write_text(page, encoding="utf-8")
    except OSError as error:
        problems.report()
        print(f"extractor: cannot write {args.output}: {error}", file=sys.stderr)
        return 2
    return problems.report()


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `extractor review RECORDS... -o PAGE.html`."""
    p = sub.add_parser(
        "review",
        help="write one self-contained HTML page showing why each release was flagged",
        description="One HTML page (no network, opens from disk): the releases in a "
        "sortable table, then each release's text with every fact highlighted where its "
        "evidence lies, beside its CAGR checks worked out and its findings.",
    )
    p.add_argument(
        "records",
        nargs="+",
        metavar="RECORDS",
        help="JSON Lines of records (extract's output); - for stdin",
    )
    p.add_argument("-o", "--output", required=True, help="the HTML file to write")
    p.add_argument(
        "--no-reread",
        action="store_true",
        help="for records without `text`, do not re-read the source file "
        "(by default it is extracted again and used when its sha256 is the record's)",
    )
    p.add_argument("--title", default=DEFAULT_TITLE, help="the page's title")
    p.set_defaults(run=run)
