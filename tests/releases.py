"""The releases that whole-corpus tests read: the bundled corpus, and the real set
where ../shared/real lies beside the project (it is read in place, never copied)."""

from pathlib import Path

from extractor.inputs import DOCUMENT_SUFFIXES

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REAL = ROOT.parent / "shared" / "real"


def release_paths(real: bool = False) -> list[Path]:
    """Every release of the corpus (its held-out sets too), in order; with `real`, also
    every real release, when the real set is here."""
    folders = [CORPUS, *([REAL] if real and REAL.is_dir() else [])]
    return sorted(p for f in folders for p in f.rglob("*") if p.suffix in DOCUMENT_SUFFIXES)
