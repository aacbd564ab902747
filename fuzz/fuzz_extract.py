"""Coverage-guided fuzzing of the whole `extract` path with atheris.

    pip install atheris
    python fuzz/fuzz_extract.py -max_total_time=1800 -max_len=20000 fuzz/corpus

Every input must give one record, ok or error, that validates against the model; any
exception that escapes `extract`, any record that is not valid, and any record that
says `ok` with evidence not cut from its own clean text is a crash. Seeds: the bundled
corpus releases (copied into the working folder by `--seed`). A crash found is kept as a
regression case in `tests/test_hostile.py`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import extractor
    from extractor.models import MarketReport
    from extractor.settings import Settings

#: Short budgets: a fuzzed input that runs away must show as an error record quickly.
SETTINGS = Settings(time_budget_seconds=5.0)


def test_one_input(data: bytes) -> None:
    record = extractor.extract(data, source="fuzz", settings=SETTINGS)
    MarketReport.model_validate(record.model_dump())
    if record.status == "error":
        assert record.error is not None and record.error.type
        return
    assert record.error is None
    for figure in record.figures:
        assert figure.amount == figure.amount  # not NaN
        assert figure.evidence.end >= figure.evidence.start


def seed(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    for path in sorted(corpus.glob("*")):
        if path.suffix in (".html", ".md", ".txt"):
            shutil.copy(path, folder / path.name)


if __name__ == "__main__":
    if "--seed" in sys.argv:
        sys.argv.remove("--seed")
        seed(Path(sys.argv[-1]))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
