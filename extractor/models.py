"""The record contract: one `MarketReport` per input document.

Field names are fixed by DESIGN.md; other tools rely on them. Fields may be
added, never renamed. `schemas/market_report.schema.json` is generated from
these models (`extractor schema`) and a test keeps the two identical.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2.5"

Unit = Literal["thousand", "million", "billion", "trillion", "lakh", "crore"]
Role = Literal["base", "forecast", "historical", "other"]
Severity = Literal["error", "warning", "info"]
Outcome = Literal["exact", "minor", "mismatch"]
WindowSource = Literal["stated", "figures", "forecast_period", "counted"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a fact was read: `clean_text[start:end] == text`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Scope(_Model):
    """What part of the market a number is about; both null for the main market."""

    region: str | None = Field(
        None, description="Canonical region, when not the main market's region."
    )
    segment: str | None = Field(None, description="Sub-market or segment as written.")


class Source(_Model):
    path: str | None = None
    id: str | None = Field(
        None, description="The document's id in its container (a JSON Lines id, a WARC record)."
    )
    url: str | None = Field(None, description="Where the release came from, when the input says.")
    sha256: str
    bytes: int = Field(ge=0)
    encoding: str | None = Field(None, description="Charset the bytes were decoded with.")
    repairs: list[str] = Field(
        default_factory=list, description="Repairs applied to the text, in order."
    )


class ErrorInfo(_Model):
    type: str
    message: str


class Figure(_Model):
    """One monetary amount: the number as written and what it means."""

    value: float = Field(description="The number as written (5,483.81 -> 5483.81).")
    unit: Unit | None = Field(description="Scale word; null for a plain amount.")
    currency: str | None = Field(description="ISO 4217 code; null when none is stated.")
    amount: float = Field(description="Absolute amount: value times the unit.")
    year: int | None
    role: Role
    scope: Scope = Field(default_factory=Scope)
    source: str | None = Field(
        None, description="The firm the figure is attributed to; the publisher for its own."
    )
    qualifier: str | None = Field(None, description="Hedge as written: 'more than', 'about'.")
    low: float | None = Field(None, description="Low end of a range, as written.")
    high: float | None = Field(None, description="High end of a range, as written.")
    evidence: Evidence = Field(description="The first place the figure is stated.")
    mentions: list[Evidence] = Field(
        default_factory=list, description="Later places the same figure is stated again."
    )


class Growth(_Model):
    """A compound annual growth rate and the window it applies to."""

    cagr: float = Field(description="Percent: 15.42 for 15.42%; the low end of a range.")
    low: float | None = Field(None, description='Low end of a range ("5-7%"), as written.')
    high: float | None = Field(None, description="High end of a range, as written.")
    start_year: int | None
    end_year: int | None
    window_source: WindowSource | None = Field(
        None,
        description="How the window was found: stated with the rate, the years of the "
        "figures in the same sentence, the release's forecast period, or counted from the "
        'current year ("through the next five years").',
    )
    scope: Scope = Field(default_factory=Scope)
    source: str | None = None
    qualifier: str | None = None
    evidence: Evidence
    mentions: list[Evidence] = Field(default_factory=list)


class ForecastPeriod(_Model):
    start_year: int
    end_year: int
    evidence: Evidence | None = None


class Company(_Model):
    name: str = Field(description="As written.")
    normalized: str = Field(description="Legal suffixes removed.")
    evidence: Evidence


class Segment(_Model):
    dimension: str
    values: list[str]
    evidence: Evidence


class Sections(_Model):
    drivers: list[str] = Field(default_factory=list)
    trends: list[str] = Field(default_factory=list)
    challenges: list[str] = Field(default_factory=list)
    opportunities: list[str] = Field(default_factory=list)
    outlook: list[str] = Field(default_factory=list)


class Check(_Model):
    """A stated CAGR against the rate implied by its start and end values."""

    stated_cagr: float
    implied_cagr: float = Field(description="Percent, over start_year..end_year.")
    start_value: float = Field(description="Absolute amount of the start figure.")
    end_value: float = Field(description="Absolute amount of the end figure.")
    start_year: int
    end_year: int
    deviation_pp: float = Field(description="Stated minus implied, in percentage points.")
    outcome: Outcome
    consistent: bool
    diagnosis: str | None = None
    scope: Scope = Field(default_factory=Scope)
    evidence: Evidence | None = Field(None, description="Where the stated rate is said.")
    start_evidence: Evidence | None = Field(None, description="Where the start figure is said.")
    end_evidence: Evidence | None = Field(None, description="Where the end figure is said.")


class Finding(_Model):
    code: str = Field(description="Stable snake_case identifier.")
    severity: Severity
    message: str
    evidence: Evidence | None = None
    related: list[Evidence] = Field(
        default_factory=list,
        description="Every other figure or rate the finding uses, where it is stated.",
    )


class DerivedInputs(_Model):
    """What an implied figure is computed from: amount = from_amount * (1 + cagr/100) **
    (year - from_year)."""

    from_amount: float = Field(description="Absolute amount of the stated figure.")
    from_year: int
    cagr: float = Field(description="The stated rate, in percent.")
    from_evidence: Evidence
    cagr_evidence: Evidence


class DerivedFigure(_Model):
    """A figure the release does not state, implied by one it does and its CAGR. Kept
    apart from `figures`: never scored, never mixed with what the release says."""

    derived: Literal[True] = True
    amount: float = Field(
        description="Absolute amount, to two decimals; not rounded as a release would."
    )
    currency: str | None
    year: int
    role: Role
    scope: Scope = Field(default_factory=Scope)
    source: str | None = None
    inputs: DerivedInputs


class MarketReport(_Model):
    """Everything read from one press release."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    status: Literal["ok", "error"] = "ok"
    error: ErrorInfo | None = None
    title: str | None = None
    market: str | None = None
    region: str | None = None
    publisher: str | None = None
    distributor: str | None = Field(
        None, description="The wire or aggregator that carried the release; never the publisher."
    )
    language: str | None = Field(None, description="ISO 639-1 code of the release's language.")
    figures: list[Figure] = Field(default_factory=list)
    growth: list[Growth] = Field(default_factory=list)
    forecast_period: ForecastPeriod | None = None
    companies: list[Company] = Field(default_factory=list)
    segments: list[Segment] = Field(default_factory=list)
    sections: Sections = Field(default_factory=Sections)
    derived_figures: list[DerivedFigure] = Field(
        default_factory=list,
        description="Endpoints the release leaves out, implied by a stated one and a CAGR.",
    )
    checks: list[Check] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    text: str | None = Field(
        None,
        description="The clean text every evidence offset points into; only when asked for "
        "(`extract --with-text`).",
    )


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a record, as committed in `schemas/`."""
    return MarketReport.model_json_schema()
