"""Side by side with tools a user might pick instead: quantulum3 and price-parser.

Measured on the same corpus in one run, on two tasks the peers can attempt:

- money: every monetary amount, matched on (absolute amount, ISO currency);
  years and roles are left out because the peers do not read them;
- growth rates: every CAGR, matched on its value; the peers cannot tell a
  CAGR from a market share, so every percentage they find counts as a guess.

The peers get the clean article text (after our decode, repair and layout:
no HTML, no page chrome), which is kinder to them than the raw file; ours
gets the raw bytes and runs the whole pipeline. price-parser reads one price
per string, so it is given one sentence at a time, as a user would.

    pip install -e '.[peers]'
    python benchmarks/peers.py
"""

from __future__ import annotations

import json
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from extractor import decode, layout, nlp, repair
from extractor.evaluate import Tally, gold_pairs
from extractor.pipeline import extract

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "crore": 1e7,
}
#: quantulum3 unit names -> ISO codes, for the currencies the corpus uses.
QUANTULUM_CURRENCIES = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "indian rupee": "INR",
    "rupee": "INR",
    "yuan": "CNY",
}

Money = tuple[float, str | None]


def _gold(gold: dict) -> tuple[list[Money], list[float]]:
    money = [
        (round(float(f["value"]) * SCALES.get(f["unit"] or "", 1), 2), f["currency"])
        for f in gold["figures"]
    ]
    return money, [round(float(g["cagr"]), 4) for g in gold["growth"]]


def _score(expected: list, got: list) -> Tally:
    want, have = Counter(expected), Counter(got)
    common = want & have
    return Tally(sum(common.values()), sum((have - common).values()), sum((want - common).values()))


def _ours(data: bytes) -> tuple[list[Money], list[float]]:
    record = extract(data)
    money = [(round(f.amount, 2), f.currency) for f in record.figures]
    return money, [round(g.cagr, 4) for g in record.growth]


def _quantulum(text: str) -> tuple[list[Money], list[float]]:
    from quantulum3 import parser

    money, percents = [], []
    for q in parser.parse(text):
        name = q.unit.name.lower()
        if name in ("percentage", "percent"):
            percents.append(round(float(q.value), 4))
            continue
        code = getattr(q.unit, "currency_code", None) or next(
            (iso for word, iso in QUANTULUM_CURRENCIES.items() if name.startswith(word)), None
        )
        if q.unit.entity.name == "currency" or code:
            money.append((round(float(q.value), 2), code))
    return money, percents


def _price_parser(text: str, sentences: list[str]) -> tuple[list[Money], list[float]]:
    from price_parser import Price

    money = []
    for sentence in sentences:
        price = Price.fromstring(sentence)
        if price.amount is not None and price.currency:
            code = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}.get(
                price.currency, price.currency
            )
            money.append((round(float(price.amount), 2), code))
    return money, []


def main() -> None:
    warnings.filterwarnings("ignore")
    pairs = gold_pairs(CORPUS)
    docs = []
    for doc, gold_path in pairs:
        data = doc.read_bytes()
        laid = layout.layout(repair.repair(decode.decode(data).text).text)
        annotated = nlp.annotate(laid)
        sentences = [laid.text[s.start : s.end] for s in annotated.sentences]
        docs.append((data, laid.text, sentences, _gold(json.loads(gold_path.read_text("utf-8")))))

    tools: dict[str, Callable[[bytes, str, list[str]], tuple[list[Money], list[float]]]] = {
        "market-release-extractor": lambda data, text, sents: _ours(data),
        "quantulum3": lambda data, text, sents: _quantulum(text),
        "price-parser": lambda data, text, sents: _price_parser(text, sents),
    }
    _quantulum("warm up USD 5 million and 5%")
    print(f"{len(docs)} documents\n")
    print(
        f"{'tool':<26}{'money P':>9}{'R':>7}{'F1':>7}{'growth P':>10}{'R':>7}{'F1':>7}{'docs/s':>9}"
    )
    for name, run in tools.items():
        money, growth = Tally(), Tally()
        started = time.perf_counter()
        results = [run(data, text, sents) for data, text, sents, _ in docs]
        rate = len(docs) / (time.perf_counter() - started)
        for (got_money, got_growth), (*_, (gold_money, gold_growth)) in zip(
            results, docs, strict=True
        ):
            money.add(_score(gold_money, got_money))
            growth.add(_score(gold_growth, got_growth))
        growth_cells = (
            f"{growth.precision:>10.3f}{growth.recall:>7.3f}{growth.f1:>7.3f}"
            if name != "price-parser"
            else f"{'n/a':>10}{'':>7}{'':>7}"
        )
        print(
            f"{name:<26}{money.precision:>9.3f}{money.recall:>7.3f}{money.f1:>7.3f}"
            f"{growth_cells}{rate:>9.1f}"
        )


if __name__ == "__main__":
    main()
