"""Load a TimelineJS export into Knight Lab's TimelineJS in Chromium and read back what it shows.

Needs TIMELINEJS_DIST, the dist/ folder of the npm package @knight-lab/timelinejs (3.9.11 checked; `.ci/run`
installs it), and Debian's chromium: a test calling `shown` skips without them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")

# What a test reads from the page: errors caught, TimelineJS's own messages, events, markers, dates, texts.
SEEN = """() => ({
  errors: window.errors, messages: window.tl.config.messages, events: window.tl.config.events.length,
  markers: document.querySelectorAll('.tl-timemarker').length,
  dates: Array.from(document.querySelectorAll('.tl-slide .tl-headline-date')).map(e => e.textContent),
  texts: Array.from(document.querySelectorAll('.tl-slide .tl-text-content')).map(e => e.innerHTML),
})"""


def shown(data: str, tmp_path: Path) -> dict:
    """Return what TimelineJS shows of an export (`data`, its JSON): see SEEN."""
    dist = Path(os.environ.get("TIMELINEJS_DIST", "/nonexistent"))
    if not (dist / "js" / "timeline.js").is_file() or not CHROMIUM.exists():
        pytest.skip("set TIMELINEJS_DIST to @knight-lab/timelinejs/dist (npm) and install Debian's chromium")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    page_file = tmp_path / "page.html"
    page_file.write_text(
        f"<!doctype html><html><head><meta charset=utf-8><style>{(dist / 'css/timeline.css').read_text()}"
        f"</style><script>{(dist / 'js/timeline.js').read_text()}</script></head><body>"
        '<div id="tl" style="width:1000px;height:600px"></div><script>window.errors = [];'
        "window.onerror = (m) => window.errors.push(String(m));"
        f"window.tl = new TL.Timeline('tl', {data});</script></body></html>",
        encoding="utf-8",
    )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.goto(page_file.as_uri())
        page.wait_for_function("() => document.querySelectorAll('.tl-timemarker').length > 0", timeout=10000)
        seen = page.evaluate(SEEN)
        browser.close()
    return seen
