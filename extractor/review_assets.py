"""The review page's inline style sheet and script (`extractor review`), kept apart from
the Python that writes the page. Both are inlined: the page loads nothing from anywhere."""

from __future__ import annotations

#: The page's style sheet; the colours of each kind of highlight come from
#: `review.KINDS` as the CSS variables `--bg` and `--line` of the class `hl-KIND`.
CSS = """
:root {
  --ink: #1d2530; --muted: #5b6672; --rule: #dde2e8; --paper: #ffffff; --page: #f4f6f9;
  --accent: #2f5d8a; --head-h: 58px;
  --ui: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --read: Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
}
* { box-sizing: border-box; }
html { scroll-behavior: auto; }
body { margin: 0; background: var(--page); color: var(--ink); font: 14px/1.45 var(--ui); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code { font-family: var(--mono); font-size: 12.5px; }
.top {
  position: sticky; top: 0; z-index: 10; height: var(--head-h);
  display: flex; align-items: center; gap: 24px; padding: 0 24px;
  background: #1f2d3d; color: #f3f6fa; box-shadow: 0 1px 4px rgba(0, 0, 0, .25);
}
.top h1 { font-size: 17px; font-weight: 600; margin: 0; white-space: nowrap; }
.top .summary { color: #b9c6d4; font-size: 13px; white-space: nowrap; }
.legend { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 0 auto; padding: 0;
  list-style: none; }
.legend li { font-size: 12px; }
.legend .swatch.hl-finding { outline: 2px solid var(--line); outline-offset: -2px; }
.legend .swatch.sev-info { outline-style: dashed; }
.swatch { display: inline-block; padding: 1px 7px; border-radius: 3px; color: var(--ink);
  background: var(--bg); border-bottom: 2px solid var(--line); }
main { max-width: 1500px; margin: 0 auto; padding: 18px 24px 60px; }
.panel { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px;
  box-shadow: 0 1px 2px rgba(20, 30, 40, .05); }
.list { margin-bottom: 28px; scroll-margin-top: calc(var(--head-h) + 12px); }
.list-tools { display: flex; align-items: center; gap: 18px; padding: 10px 14px;
  border-bottom: 1px solid var(--rule); }
.list-tools h2 { font-size: 15px; margin: 0; }
.list-tools label { cursor: pointer; user-select: none; }
.list-tools .count { color: var(--muted); margin-left: auto; }
.table-wrap { max-height: 46vh; overflow: auto; border-radius: 0 0 8px 8px; }
table.releases { border-collapse: separate; border-spacing: 0; width: 100%; font-size: 13px; }
table.releases th, table.releases td { padding: 5px 9px; text-align: left;
  border-bottom: 1px solid #edf0f3; white-space: nowrap; }
table.releases td.wrap { white-space: normal; min-width: 170px; }
table.releases td.source { max-width: 210px; overflow: hidden; text-overflow: ellipsis;
  color: var(--muted); }
table.releases thead th {
  position: sticky; top: 0; z-index: 2; background: #e9eef4; color: #33404d;
  font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
  cursor: pointer; user-select: none; border-bottom: 1px solid #cfd7e0;
}
table.releases thead th:hover { background: #dde5ee; }
table.releases thead th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: 9px; }
table.releases thead th[aria-sort="descending"]::after { content: " \\25BC"; font-size: 9px; }
table.releases th.num, table.releases td.num { text-align: right;
  font-variant-numeric: tabular-nums; }
table.releases tbody tr:hover td { background: #f5f8fc; }
table.releases tr[hidden] { display: none; }
td.zero { color: #b3bcc6; }
td.sev-error:not(.zero) { color: #b42318; font-weight: 600; }
td.sev-warning:not(.zero) { color: #a15c00; font-weight: 600; }
td.sev-info:not(.zero) { color: #31608f; }
.release { margin: 0 0 26px; scroll-margin-top: calc(var(--head-h) + 12px); }
.release-head { display: flex; align-items: baseline; gap: 14px; padding: 12px 16px;
  border-bottom: 1px solid var(--rule); }
.release-head h2 { font-size: 17px; margin: 0; }
.release-head .idx { color: var(--muted); font-weight: 500; margin-right: 4px; }
.release-head .meta { color: var(--muted); margin: 0; }
.release-head .back { margin-left: auto; white-space: nowrap; font-size: 13px; }
.release-body { display: grid; grid-template-columns: minmax(0, 1fr) 470px; }
.text-col { padding: 14px 20px 18px; border-right: 1px solid var(--rule); min-width: 0; }
.origin { color: var(--muted); font-size: 12px; margin: 0 0 10px; }
.origin.warn { color: #a15c00; font-weight: 600; }
.text { font: 15.5px/1.62 var(--read); white-space: pre-wrap; overflow-wrap: anywhere;
  max-width: 88ch; }
mark.hl { color: inherit; background: var(--bg); border-bottom: 2px solid var(--line);
  border-radius: 2px; padding: 0 1px; }
mark.hl-section { border-bottom-style: dotted; }
mark.hl-finding { outline: 2px solid var(--line); outline-offset: 0; font-weight: 600; }
.hl-finding.sev-warning { --bg: #fff0c7; --line: #c98a00; }
.hl-finding.sev-info { --bg: #e2ecf7; --line: #5b86b8; outline-style: dashed;
  font-weight: inherit; }
mark.hl:hover { filter: brightness(.94); }
.side { padding: 14px 16px 18px; background: #fafbfc; border-radius: 0 0 8px 0; }
.side-inner { position: sticky; top: calc(var(--head-h) + 12px); }
.side h3, .text-col h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em;
  color: var(--muted); margin: 0 0 8px; }
.side section + section { margin-top: 18px; }
.check { background: var(--paper); border: 1px solid var(--rule); border-left: 4px solid;
  border-radius: 6px; padding: 8px 10px; margin-bottom: 10px; }
.check.outcome-exact { border-left-color: #1f9d55; }
.check.outcome-minor { border-left-color: #d08700; }
.check.outcome-mismatch { border-left-color: #d62828; }
.check .scope { color: var(--muted); font-size: 12px; margin-left: 6px; }
table.kv { border-collapse: collapse; width: 100%; margin-top: 6px; font-size: 13px; }
table.kv th { text-align: left; font-weight: 500; color: var(--muted); padding: 2px 8px 2px 0;
  width: 96px; vertical-align: top; white-space: nowrap; }
table.kv td { padding: 2px 0; font-variant-numeric: tabular-nums; }
.amount { color: var(--muted); font-size: 12px; }
.working { font-family: var(--mono); font-size: 11.5px; color: #44505c; background: #f1f4f7;
  border-radius: 4px; padding: 4px 6px; margin-top: 6px; overflow-wrap: anywhere; }
.badge { display: inline-block; min-width: 52px; text-align: center; border-radius: 10px;
  padding: 0 8px; font-size: 11px; font-weight: 700; text-transform: uppercase;
  letter-spacing: .04em; line-height: 18px; }
.sev-error.badge, .outcome-mismatch.badge { background: #fde2e2; color: #b42318; }
.sev-warning.badge, .outcome-minor.badge { background: #fff0c7; color: #8a5300; }
.sev-info.badge { background: #e2ecf7; color: #31608f; }
.outcome-exact.badge { background: #d9f5e3; color: #17663a; }
.status-error.badge { background: #d62828; color: #fff; }
ul.findings, ul.dropped, ul.facts { list-style: none; margin: 0; padding: 0; }
ul.findings li { padding: 6px 0; border-bottom: 1px solid #edf0f3; }
ul.findings li:last-child { border-bottom: 0; }
ul.findings .message { display: block; margin-top: 3px; }
q.quote { display: block; color: var(--muted); font-size: 12px; margin-top: 2px; quotes: none;
  overflow-wrap: anywhere; }
q.quote::before { content: "\\201C"; } q.quote::after { content: "\\201D"; }
.none { color: var(--muted); font-style: italic; margin: 0; }
.dropped-box { margin-top: 16px; padding: 10px 12px; border: 1px dashed #cbd3dc;
  border-radius: 6px; background: #fbfcfd; }
ul.dropped li, ul.facts li { padding: 3px 0; font-size: 13px; }
ul.dropped .reason { color: var(--muted); }
.error-box { margin: 14px 20px; padding: 12px 14px; border-radius: 6px; background: #fff4f4;
  border: 1px solid #f3c2c2; }
.error-box code { font-weight: 700; color: #b42318; margin-right: 8px; }
@media (max-width: 1000px) {
  .release-body { grid-template-columns: 1fr; }
  .text-col { border-right: 0; border-bottom: 1px solid var(--rule); }
  .legend { display: none; }
}
"""

#: Sorting by a column header (numbers numerically, text by locale, again to reverse) and
#: the "only releases with findings or errors" filter.
SCRIPT = """
(function () {
  "use strict";
  var table = document.getElementById("release-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filter = document.getElementById("only-findings");
  var count = document.getElementById("shown-count");

  function key(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-value");
    if (raw === null) { raw = cell.textContent; }
    if (!numeric) { return raw.trim().toLowerCase(); }
    var number = parseFloat(raw);
    return isNaN(number) ? -Infinity : number;
  }

  function compare(x, y, numeric) {
    if (numeric) { return x < y ? -1 : (x > y ? 1 : 0); }
    return x.localeCompare(y);
  }

  function sortBy(th) {
    var index = th.cellIndex;
    var numeric = th.getAttribute("data-type") === "num";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var order = compare(key(a, index, numeric), key(b, index, numeric), numeric);
      return ascending ? order : -order;
    });
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function applyFilter() {
    var only = filter.checked;
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      row.hidden = only && row.getAttribute("data-flagged") === "0";
      if (!row.hidden) { shown += 1; }
    });
    count.textContent = shown + " of " + body.rows.length + " shown";
  }

  headers.forEach(function (th) {
    th.addEventListener("click", function () { sortBy(th); });
  });
  filter.addEventListener("change", applyFilter);
  applyFilter();
})();
"""
