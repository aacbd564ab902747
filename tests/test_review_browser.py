"""The review page in a real browser: headless Debian Chromium driven by Selenium.

One browser for the module. Selenium Manager is never asked for anything: the browser and
its driver are given by path, so nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import extractor
from extractor.models import MarketReport
from extractor.review import render_page

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARGUMENTS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--window-size=1400,900",
)

if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        "Debian chromium and chromium-driver are needed: make browser installs them",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402 - only once the browser is known to be there
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

# Small releases written for this test: one consistent, one whose CAGR does not follow from
# its endpoints (and that names eleven companies, so sorting by text would misplace it).
CONSISTENT = """Widget Market Forecast 2025-2030

London, 3 March 2025 - The global widget market was valued at USD 5.0 billion in 2024 and \
is expected to reach USD 9.0 billion by 2030, growing at a CAGR of 10.3% from 2024 to 2030, \
according to a new report by Sample Insights.

Key Players

The leading companies are Acme Corp, Globex Inc. and Initech Ltd.
"""
PLAYERS = "\n".join(
    f"- {name}"
    for name in (
        "Alpha Gadgets",
        "Beta Devices",
        "Gamma Tools",
        "Delta Works",
        "Epsilon Labs",
        "Zeta Systems",
        "Eta Instruments",
        "Theta Makers",
        "Iota Parts",
        "Kappa Supply",
        "Lambda Gear",
    )
)
MISMATCH = f"""Gadget Market Outlook 2025-2031

Berlin, 9 April 2025 - The global gadget market was valued at USD 2.0 billion in 2024 and is \
projected to reach USD 3.0 billion by 2031, growing at a CAGR of 9.0% from 2024 to 2031, \
according to a new report by Placeholder Research.

Key Players

{PLAYERS}
"""


def _records() -> list[MarketReport]:
    settings = extractor.Settings(with_text=True)
    return [
        extractor.extract(CONSISTENT, source="consistent.txt", settings=settings),
        extractor.extract(MISMATCH, source="mismatch.txt", settings=settings),
        extractor.extract(b"", source="empty.txt"),  # an error record
    ]


@pytest.fixture(scope="module")
def records() -> list[MarketReport]:
    made = _records()
    assert [r.status for r in made] == ["ok", "ok", "error"]
    assert [len(r.findings) > 0 for r in made] == [False, True, False]
    return made


@pytest.fixture(scope="module")
def browser(records: list[MarketReport], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("review-browser")
    page = folder / "review.html"
    page.write_text(render_page(records), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (*ARGUMENTS, f"--user-data-dir={folder / 'profile'}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        driver.get(page.as_uri())
        yield driver
    finally:
        driver.quit()


def test_no_console_errors(browser):
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []


def _displayed_rows(browser) -> list[str]:
    rows = browser.find_elements(By.CSS_SELECTOR, "#release-table tbody tr")
    return sorted(row.get_attribute("id") for row in rows if row.is_displayed())


def test_filter_hides_exactly_the_rows_without_findings_or_errors(browser, records):
    every = sorted(f"row-{i}" for i in range(1, len(records) + 1))
    flagged = sorted(
        f"row-{i}" for i, r in enumerate(records, start=1) if r.findings or r.status == "error"
    )
    assert len(every) > len(flagged) > 1  # the filter has something to keep and to hide
    checkbox = browser.find_element(By.ID, "only-findings")
    assert not checkbox.is_selected()
    assert _displayed_rows(browser) == every
    checkbox.click()
    try:
        assert _displayed_rows(browser) == flagged
        count = browser.find_element(By.ID, "shown-count").text
        assert count == f"{len(flagged)} of {len(records)} shown"
    finally:
        checkbox.click()
    assert _displayed_rows(browser) == every


def _column(browser, header: str) -> list[str]:
    headers = [
        th.get_attribute("textContent") for th in browser.find_elements(By.CSS_SELECTOR, "thead th")
    ]
    index = headers.index(header) + 1
    cells = browser.find_elements(By.CSS_SELECTOR, f"#release-table tbody td:nth-child({index})")
    return [cell.text for cell in cells]


@pytest.mark.parametrize(
    ("header", "direction", "expected"),
    [
        pytest.param("companies", "ascending", ["0", "3", "11"], id="numeric-ascending"),
        pytest.param("companies", "descending", ["11", "3", "0"], id="numeric-descending"),
        pytest.param("#", "ascending", ["1", "2", "3"], id="back-to-input-order"),
    ],
)
def test_sorting_a_numeric_column(browser, header, direction, expected):
    th = browser.find_element(By.XPATH, f"//thead//th[normalize-space()='{header}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", th)
    th.click()  # the first click sorts ascending, the next reverses
    if th.get_attribute("aria-sort") != direction:
        th.click()
    assert th.get_attribute("aria-sort") == direction
    assert _column(browser, header) == expected


def test_every_mark_shows_its_evidence(browser, records):
    marks = browser.execute_script(
        """return Array.from(document.querySelectorAll('mark')).map(function (m) {
          return [m.closest('section.release').id, m.dataset.field,
                  Number(m.dataset.start), Number(m.dataset.end), m.textContent];
        });"""
    )
    assert {field for _, field, *_ in marks} >= {"figure", "rate", "period", "company", "finding"}
    for release, _, start, end, shown in marks:
        text = records[int(release.removeprefix("release-")) - 1].text
        assert shown == text[start:end]


def test_the_mismatch_is_visible_beside_its_text(browser):
    finding = browser.find_element(By.CSS_SELECTOR, "#release-2 mark[data-field=finding]")
    assert finding.text == "9.0%"
    assert "cagr_mismatch" in finding.get_attribute("title")
    check = browser.find_element(By.CSS_SELECTOR, "#release-2 .check")
    assert "mismatch" in check.text.lower() and "9%" in check.text
