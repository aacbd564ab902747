"""Market-research press releases in, one validated JSON record per document out."""

from .models import MarketReport
from .pipeline import extract, extract_many
from .settings import Settings
from .tables import to_frames

__all__ = ["MarketReport", "Settings", "extract", "extract_many", "to_frames"]
__version__ = "0.1.0"
