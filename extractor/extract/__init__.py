"""Stage 5: read the facts from the annotated layout.

One module per kind of fact; this function only calls them in an order that
lets later readers use earlier results (segment values and the publisher are
not key players).
"""

from __future__ import annotations

from ..facts import Extracted
from ..nlp import Annotated
from .amounts import find_figures, find_growth
from .companies import find_companies
from .market import (
    find_backward_periods,
    find_forecast_period,
    find_market,
    region_without_name,
)
from .publisher import find_distributor, find_publisher
from .sections import find_sections
from .segments import find_segments, suspect_items
from .shares import find_shares


def extract(a: Annotated) -> Extracted:
    title = a.document.title
    segments = find_segments(a)
    market = find_market(a, title)
    publisher = find_publisher(a, market.name if market else None)
    excluded = {v for s in segments for v in s.values} | ({publisher} if publisher else set())
    return Extracted(
        title=title.text if title else None,
        language=a.language,
        market=market,
        region=market.region if market else region_without_name(a),
        publisher=publisher,
        distributor=find_distributor(a, publisher),
        forecast_period=find_forecast_period(a, title, market.name if market else None),
        figures=find_figures(a),
        growth=find_growth(a),
        companies=find_companies(a, excluded),
        segments=segments,
        sections=find_sections(a),
        suspect_items=suspect_items(a),
        shares=find_shares(a),
        backward_periods=find_backward_periods(a),
    )
