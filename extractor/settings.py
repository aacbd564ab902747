"""Settings for one run of the pipeline, passed down from the caller or the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from .lang import LANGUAGES


@dataclass(frozen=True)
class Settings:
    """How to read the documents of a run.

    `language`: a code of `extractor.lang.LANGUAGES` ("en", "de", "ta", ...) reads every
    document with that language's rules (number format, scale words); None detects the
    language per document. The budgets bound what one document may cost.
    """

    language: str | None = None
    #: A document larger than this, as given or once decompressed, gets an error record
    #: `budget_exceeded` instead of being read. Far above any release (a few KB) or news
    #: page (a few hundred KB): only a crawl's mistakes and decompression bombs reach it.
    max_document_bytes: int = 64 * 1024 * 1024
    #: The article's clean text, once laid out, may hold this many characters: a
    #: thousand releases' worth. The tokens of a longer text would take gigabytes.
    max_text_chars: int = 5_000_000
    #: Seconds one document may take before it gets an error record `budget_exceeded`
    #: and the batch goes on. A release takes about a hundredth of a second and a 1 MB
    #: text about two and a half; None turns the budget off.
    time_budget_seconds: float | None = 15.0
    #: Put the clean text in each record (`text`), for a reader of the evidence offsets
    #: such as `extractor review`; off by default, as it doubles a record's size.
    with_text: bool = False

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in LANGUAGES:
            known = ", ".join(sorted(LANGUAGES))
            raise ValueError(f"unknown language {self.language!r}; known: {known}")
        if self.max_document_bytes < 1 or self.max_text_chars < 1:
            raise ValueError("max_document_bytes and max_text_chars must be positive")
        if self.time_budget_seconds is not None and self.time_budget_seconds <= 0:
            raise ValueError("time_budget_seconds must be positive (or None for no budget)")


#: The settings of a run that sets nothing: every document's language is detected.
DEFAULT_SETTINGS = Settings()
