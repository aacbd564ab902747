"""Market-research press releases in, one validated JSON record per document out."""

from .models import MarketReport
from .pipeline import extract, extract_many
from .settings import Settings

__all__ = ["MarketReport", "Settings", "extract", "extract_many"]
__version__ = "0.1.0"
