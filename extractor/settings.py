"""Settings for one run of the pipeline, passed down from the caller or the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from .lang import LANGUAGES


@dataclass(frozen=True)
class Settings:
    """How to read the documents of a run.

    `language`: "en", "de", "fr", "es" or "it" reads every document with that language's
    rules (number format, scale words); None detects the language per document.
    """

    language: str | None = None

    def __post_init__(self) -> None:
        if self.language is not None and self.language not in LANGUAGES:
            known = ", ".join(sorted(LANGUAGES))
            raise ValueError(f"unknown language {self.language!r}; known: {known}")


#: The settings of a run that sets nothing: every document's language is detected.
DEFAULT_SETTINGS = Settings()
