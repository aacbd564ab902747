"""No pattern backtracks catastrophically: every regular expression in the package, run
over adversarial strings the way the package runs it, takes time in proportion to the
string's length.

How the package runs a pattern is read from its source: a pattern only ever used with
`.match` or `.fullmatch` (at a position the code chose: after an amount, on a short
name) is timed that way; one used with `.search`, `.finditer`, `.sub`, `.split` or
`.findall`, or handed around as a value, is timed scanning the whole string, which is
where backtracking turns quadratic.

Each pattern is timed over a string of `SHORT` and of `LONG` characters (ten times as
long) in the same run; a linear scan takes about ten times as long, a quadratic one a
hundred. The bound is generous (`MAX_GROWTH`), and only ratios within one run are
compared, never absolute times. The regex module's own timeout stops a pattern that
would run for minutes, so the suite never hangs on one.
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import time
from pathlib import Path

import pytest
import regex

import extractor
from extractor import rules
from extractor.lang import LANGUAGES

SHORT = 10_000
LONG = 100_000
#: Linear growth is 10x from SHORT to LONG; quadratic is 100x. Anything under this is
#: linear with room for a noisy machine (CI's has shown 41x for a linear pattern).
MAX_GROWTH = 50
#: Below this many seconds for the long string, a pattern is fast whatever its growth
#: (timer noise dominates ratios of microseconds).
FAST_ENOUGH = 0.05
#: A pattern still running after this many seconds on LONG is certainly not linear.
TIMEOUT = 20.0


def _adversarial(n: int) -> dict[str, str]:
    """Strings that make careless patterns backtrack, each `n` characters long."""
    rng = random.Random(7)
    noise = "".join(rng.choice("0123456789.,;:-–()[]{}$€%USDusd \n*_#|/@'\"") for _ in range(n))
    units = {
        "digits": "1",
        "digit-commas": "1,",
        "digit-dots": "1.",
        "usd": "USD ",
        "usd-numbers": "USD 1 ",
        "brackets": "([",
        "closing": ")]",
        "letters": "a",
        "capitals": "Ab ",
        "dashes": "-",
        "spaces": " ",
        "stops": ". ",
        "stars": "**",
        "underscores": "_",
        "pipes": "| ",
        "at-signs": "a@",
        "years": "2024-",
        "percents": "5% ",
        "by-words": "By ",
        "market-words": "market ",
        "capital-names": "Acme Inc, ",
        "quotes": '"',
        "hashes": "# ",
    }
    out = {name: (unit * (n // len(unit) + 1))[:n] for name, unit in units.items()}
    out["noise"] = noise
    return out


SCANS = ("search", "finditer", "sub", "subn", "split", "findall")
ANCHORED = ("match", "fullmatch")
SOURCES = "\n".join(
    path.read_text(encoding="utf-8") for path in Path(extractor.__file__).parent.rglob("*.py")
)


def _ways(name: str) -> set[str]:
    """How the package calls the pattern named `name` (its last dotted part)."""
    attribute = name.rsplit(".", 1)[-1]
    if "(" in attribute:  # a language's pattern from a factory: scanned
        return {"finditer"}
    used = set(regex.findall(rf"\b{regex.escape(attribute)}\.(\w+)\(", SOURCES))
    known = used & {*SCANS, *ANCHORED}
    passed_around = bool(
        regex.search(rf"\b{regex.escape(attribute)}\b(?!\.\w+\(|\s*=\s*re\.compile)", SOURCES)
    )
    if not known or passed_around or known - set(ANCHORED):
        return {"finditer", *(known & set(ANCHORED))}
    return known


def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """Every compiled pattern at module level in the package, and each language's own."""
    found: dict[int, tuple[str, regex.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(extractor.__path__, "extractor."):
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found.setdefault(id(value), (f"{info.name}.{attribute}", value))
    for code, lang in LANGUAGES.items():
        factories = (
            rules.money_pattern,
            rules.spelled_money_pattern,
            rules.percent_pattern,
            rules.period_pattern,
        )
        for factory in factories:
            pattern = factory(lang)
            found.setdefault(id(pattern), (f"rules.{factory.__name__}({code})", pattern))
        pattern = rules.key_player_prose(code)
        found.setdefault(id(pattern), (f"rules.key_player_prose({code})", pattern))
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()
STRINGS = {n: _adversarial(n) for n in (SHORT, LONG)}


def _cost(pattern: regex.Pattern[str], text: str, ways: set[str]) -> float:
    """Seconds for the ways the package runs a pattern over `text`."""
    started = time.perf_counter()
    if "finditer" in ways:
        for _ in pattern.finditer(text, timeout=TIMEOUT):
            pass
    if "match" in ways:
        pattern.match(text, timeout=TIMEOUT)
    if "fullmatch" in ways:
        pattern.fullmatch(text, timeout=TIMEOUT)
    return time.perf_counter() - started


def test_how_patterns_are_run_is_read_from_the_source():
    assert _ways("extractor.layout.boilerplate._BARE_LINK") == {"fullmatch"}
    assert "finditer" in _ways("extractor.rules.YEAR")
    assert _ways("extractor.nowhere.UNUSED") == {"finditer"}  # unknown use: scanned


def test_the_package_has_its_patterns_found():
    names = {name for name, _ in PATTERNS}
    assert len(PATTERNS) > 100
    assert "extractor.rules.YEAR" in names
    assert "rules.money_pattern(de)" in names


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_runs_in_linear_time(name, pattern):
    ways = _ways(name)
    slow = []
    for kind, long_text in STRINGS[LONG].items():
        try:
            long_cost = _cost(pattern, long_text, ways)
        except TimeoutError:
            slow.append(f"{kind}: over {TIMEOUT:g} s on {LONG} characters")
            continue
        if long_cost < FAST_ENOUGH:
            continue
        # Best of a few runs each: a busy machine only ever slows a run down.
        long_cost = min(long_cost, _cost(pattern, long_text, ways))
        short_cost = max(min(_cost(pattern, STRINGS[SHORT][kind], ways) for _ in range(3)), 1e-6)
        if long_cost / short_cost > MAX_GROWTH:
            slow.append(f"{kind}: {long_cost / short_cost:.0f}x for 10x the length")
    assert not slow, f"{name} ({', '.join(sorted(ways))}) backtracks: " + "; ".join(slow)
