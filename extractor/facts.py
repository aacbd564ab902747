"""Internal facts passed between the extract, link and check stages.

These carry what the record does not need but the later stages do: the
sentence a fact sits in and the number's written precision (for the
rounding-aware CAGR check). `record.py` turns them into the public models.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .models import Role, WindowSource
from .nlp import Money, Percent, Sentence


def half_unit(value: Decimal) -> Decimal:
    """Half a unit in the last digit as written: 15.42 -> 0.005, 8 -> 0.5."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(exponent - 1)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Scope:
    """What part of the market a number is about; both null for the main market.

    `region` is canonical and set only when it differs from the main market's
    region; `segment` is a sub-market as written ("hardware").
    """

    region: str | None = None
    segment: str | None = None

    @property
    def is_main(self) -> bool:
        return self.region is None and self.segment is None


MAIN = Scope()


@dataclass(frozen=True)
class FigureFact:
    money: Money
    sentence: Sentence
    block: int
    year: int | None = None
    year_prep: str | None = None
    role: Role = "base"
    #: Whether the role was said ("valued at", "to reach") or only assumed.
    role_cued: bool = False
    scope: Scope = MAIN
    #: The firm the figure is attributed to; None for the publisher's own.
    source: str | None = None
    #: Later places where the same figure is said again (title, lead, table).
    mentions: tuple[Span, ...] = ()
    #: The role the words gave before roles were made to agree with years (None when no
    #: word gave one): "valued at ... in 2030" is a base however its year reads.
    said_role: Role | None = None
    #: A sum over several years ("a cumulative USD 50 billion over 2024-2030"): no
    #: year's size, so never a check's endpoint or a party to a contradiction.
    cumulative: bool = False
    #: Whether the clause names the release's market before the amount ("the widget
    #: market was valued at ..."): only such figures may contradict each other.
    said_of_market: bool = False

    @property
    def amount(self) -> Decimal:
        return self.money.value * self.money.multiplier

    @property
    def half_ulp(self) -> Decimal:
        """Half a unit in the last written digit, as an absolute amount."""
        return half_unit(self.money.value) * self.money.multiplier

    @property
    def written_band(self) -> tuple[float, float]:
        """Every amount the figure may stand for as written: rounded ("USD 5.2 billion" for
        5.15 to 5.25) or cut short ("$5.26 trillion" for a table's 5,267,163 million:
        writers drop digits as often as they round them)."""
        amount, half = float(self.amount), float(self.half_ulp)
        return amount - half, amount + 2 * half


@dataclass(frozen=True)
class GrowthFact:
    percent: Percent
    sentence: Sentence
    start_year: int | None = None
    end_year: int | None = None
    window_source: WindowSource | None = None
    stated_window: tuple[int, int] | None = None
    #: For a one-year change ("up 7.5% from 2023"), the year it ends in.
    one_year: int | None = None
    scope: Scope = MAIN
    source: str | None = None
    mentions: tuple[Span, ...] = ()
    #: Whether the sentence names the release's market before the rate.
    said_of_market: bool = False
    #: Whether the rate's sentence speaks of the market as a whole ("the market", "it will",
    #: its name before a market word, the title): a rate whose sentence speaks of a part or
    #: another measure ("Europe held a 30% share and is projected to grow at 6.5%", "in
    #: real terms") is not judged against other sentences' values.
    sentence_of_market: bool = True


@dataclass(frozen=True)
class MarketName:
    name: str
    region: str | None
    span: Span


@dataclass(frozen=True)
class ShareFact:
    """A share of the market: "North America held 38% of the market in 2024"."""

    percent: Percent
    sentence: Sentence
    year: int | None = None
    scope: Scope = MAIN
    source: str | None = None
    #: Said of the future with no year ("Asia-Pacific will capture 35% of the market"):
    #: not to be added to the shares held today.
    projected: bool = False


@dataclass(frozen=True)
class DerivedFact:
    """A value implied by one stated endpoint and a stated CAGR, never stated itself:
    `amount = from_amount * (1 + cagr / 100) ** (year - from_year)`."""

    amount: float
    currency: str | None
    year: int
    role: Role
    scope: Scope
    source: str | None
    from_figure: FigureFact
    from_year: int
    growth: GrowthFact


@dataclass(frozen=True)
class PeriodFact:
    start_year: int
    end_year: int
    span: Span


@dataclass(frozen=True)
class CompanyFact:
    name: str
    normalized: str
    span: Span
    group: int


@dataclass(frozen=True)
class SegmentFact:
    dimension: str
    values: tuple[str, ...]
    span: Span


@dataclass
class Extracted:
    """Everything the extract stage read, before linking."""

    title: str | None = None
    language: str | None = None
    market: MarketName | None = None
    #: The market's region when its name could not be read: "weltweit wird sich das
    #: Marktvolumen ... verdoppeln" is a global market.
    region: str | None = None
    publisher: str | None = None
    distributor: str | None = None
    forecast_period: PeriodFact | None = None
    figures: list[FigureFact] = field(default_factory=list)
    growth: list[GrowthFact] = field(default_factory=list)
    companies: list[CompanyFact] = field(default_factory=list)
    segments: list[SegmentFact] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)
    suspect_items: list[Span] = field(default_factory=list)
    shares: list[ShareFact] = field(default_factory=list)
    #: Spans of years written backwards ("from 2030 to 2024"): not periods, but worth a word.
    backward_periods: list[Span] = field(default_factory=list)
