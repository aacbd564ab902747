"""What looks like a heading: one set of named thresholds for every input form.

A heading is found from markup when there is markup (<h2>, "## ", a bold-only
paragraph) and from its shape when there is none: a short line with no
sentence ending that introduces what follows. The word counts below are the
only numbers that decide it, for HTML and plain text alike.
"""

from __future__ import annotations

import regex as re

from .. import rules

#: A heading is a line, not a sentence: past this many words it is prose. Real
#: headings run to 8-10 words ("Key Players in the North America Biopharmaceutical
#: Contract Manufacturing Market"); 12 leaves room without taking short sentences.
MAX_HEADING_WORDS = 12
#: A line ending in a colon introduces a list or a label ("Based on Source:",
#: "Companies profiled in the report:"); longer ones are sentences that end in a colon.
MAX_LABEL_WORDS = 10
#: A title-case or capitalised line with no colon is a heading only when short:
#: "Market Drivers", "Competitive Landscape", "Regional Insights".
MAX_BARE_HEADING_WORDS = 8
#: A paragraph that is bold throughout is a heading up to this length; a longer bold
#: run is an emphasised sentence ("**The market will double by 2030 ...**").
MAX_BOLD_HEADING_WORDS = 15
#: A known part's name ("Competitive landscape", "Market drivers") stands alone as a
#: heading even in lower case, but only when this short.
MAX_KNOWN_HEADING_WORDS = 4
#: The first line of a plain-text release is its title when it is no longer than this
#: and does not end a sentence; longer first lines are the lead paragraph.
MAX_TITLE_WORDS = 30
#: A line "Label: text" with this many words after the colon is a labelled paragraph;
#: "Forecast period: 2025-2032" or "Scope: Global" stay headings or labels.
MIN_TEXT_AFTER_LABEL = 4
#: Two or more commas make a line a list of names or values, not a title.
LIST_COMMAS = 2

SENTENCE_END = (".", "!", "?")

#: A line list: values written one per line with no bullets ("Automotive" / "Consumer
#: Electronics" / "Healthcare"). Each line is a short name that starts with a capital or a
#: digit and ends without punctuation; hard-wrapped prose has long lines that run on.
MAX_LINE_ITEM_WORDS = 6
#: Two such lines could be a wrapped title; from three on they are a list.
MIN_LINE_ITEMS = 3
_LINE_ITEM = re.compile(r"^[\p{Lu}\d][^.!?;:,]*$")


def is_line_item(line: str) -> bool:
    """Can this line be one value of a list written one per line?"""
    return len(line.split()) <= MAX_LINE_ITEM_WORDS and bool(_LINE_ITEM.match(line.strip()))


#: A short line over values written one per line is their heading, not one of them, when
#: it names a part ("Key Players"), a dimension ("By Region") or a market.
_LIST_LEAD = re.compile(r"^(?:by|based\s+on)\b|\b(?:market|segment\w*)\b", re.IGNORECASE)


def leads_line_list(line: str) -> bool:
    """Is this first line of a run of short lines the heading of the values under it?"""
    return is_known_heading(line) or bool(_LIST_LEAD.search(line))


def is_heading_line(line: str, next_line: str | None) -> bool:
    """A short line with no sentence ending that introduces what follows."""
    words = line.split()
    if not words or len(words) > MAX_HEADING_WORDS or line.endswith((*SENTENCE_END, ",", ";")):
        return False
    if line.count(",") >= LIST_COMMAS:
        return False
    _, colon, rest = line.partition(": ")
    if colon and len(rest.split()) >= MIN_TEXT_AFTER_LABEL:
        return False  # "Consumer electronics: Semiconductors are used in ..." is a paragraph
    if line.endswith(":"):
        return len(words) <= MAX_LABEL_WORDS
    return next_line is None or (
        len(words) <= MAX_BARE_HEADING_WORDS
        and (line.istitle() or line.isupper() or words[0][0].isupper())
    )


def is_known_heading(line: str) -> bool:
    """A short line naming a part of a release: "Competitive landscape", "Market drivers"."""
    text = line.strip().rstrip(":").strip()
    if (
        not text
        or len(text.split()) > MAX_KNOWN_HEADING_WORDS
        or text.endswith((*SENTENCE_END, ","))
    ):
        return False
    return bool(
        any(p.match(text) for p in rules.SECTION_HEADINGS.values())
        or rules.KEY_PLAYER_HEADING.search(text)
        or rules.SEGMENTATION_HEADING.match(text)
    )


#: An opener of the publisher's boilerplate is a short line: "About Acme Research",
#: "Acerca de Ribera Norte Research", "Media contact".
MAX_OPENER_WORDS = 9


def opens_boilerplate(line: str) -> bool:
    """A short line that opens the About / Contact part, in any language."""
    return len(line.split()) <= MAX_OPENER_WORDS and bool(rules.BOILERPLATE_ZONE.match(line))


def is_bold_heading(text: str) -> bool:
    """A paragraph that is bold throughout and short enough to name a part."""
    return len(text.split()) <= MAX_BOLD_HEADING_WORDS and not text.endswith(SENTENCE_END)


def is_label_heading(text: str) -> bool:
    """A short line ending in a colon: "Key Players:", "Contact Us:"."""
    return text.endswith(":") and "\n" not in text and len(text.split()) <= MAX_LABEL_WORDS


def is_title_line(text: str) -> bool:
    """The first line of a plain-text release, when it reads as a title."""
    return (
        len(text.split()) <= MAX_TITLE_WORDS
        and not text.endswith(SENTENCE_END)
        and not is_date_stamp(text)
    )


#: A word of letters: what a title has at least two of.
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
#: A date written with digits: "2022-08-29", "29.08.2022", "08/29/2022".
_DIGIT_DATE = re.compile(r"\b\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\b")


def is_date_stamp(text: str) -> bool:
    """A crawl's date stamp before a release, not its title: "date 2022-08-29 ×"."""
    return bool(_DIGIT_DATE.search(text)) and len(_LETTER_WORD.findall(text)) < 2


#: Whitespace inside a line, and characters that take no room on the page.
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")


#: White space other than a single plain space, in an ASCII line: what `clean_line`
#: changes besides the ends. A line with none of it (most lines) is only trimmed.
_ODD_ASCII_SPACE = ("  ", "\t", "\r", "\x0b", "\x0c")


def clean_line(line: str) -> str:
    """One line with no-break spaces made plain, runs of spaces squeezed, ends trimmed."""
    if line.isascii() and not any(odd in line for odd in _ODD_ASCII_SPACE):
        return line.strip()  # nothing to squeeze or drop: the regexes would return it
    return _SPACES.sub(" ", _INVISIBLE.sub("", line.replace("\xa0", " "))).strip()


def clean_inline(text: str) -> str:
    """Every line cleaned; empty lines dropped."""
    if "\n" not in text:
        return clean_line(text)  # one line, as most runs of text are
    lines = (clean_line(line) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
