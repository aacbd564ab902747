"""Market-research press releases in, one validated JSON record per document out."""

from .models import MarketReport
from .pipeline import extract, extract_many

__all__ = ["MarketReport", "extract", "extract_many"]
__version__ = "0.1.0"
