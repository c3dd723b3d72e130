"""Drive the range slider under the chart from the keyboard (session 23, page_slider.js): its window and its
two ends are sliders whose arrow keys move them by a calendar unit fitting the view, Page Up and Page Down by
a larger one, Home and End to the first or last date they may take; an end never passes the other, the
chart's view and the slider's readable value follow, and the focus stays on the part through a redraw.

One page of the sample timeline (15 August 2016 to 16 November 2026) is opened for the module (each test
leaves it as it found it); the browser and that page come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import pytest

from tests import test_browser

browser, sample_page = test_browser.browser, test_browser.sample_page  # the fixtures, shared

pytestmark = pytest.mark.browser

GD = "document.getElementById('timeline')"
RANGE = f"() => {GD}.layout.xaxis.range"
STATUS = "() => document.getElementById('tl-status').textContent"
FOCUSED = "() => document.activeElement.getAttribute('aria-label')"
TEXT = "(label) => document.querySelector(`#timeline [aria-label='${label}']`).getAttribute('aria-valuetext')"
WINDOW, START, END = "Shown dates", "Start of the shown dates", "End of the shown dates"
FIRST, LAST = "2016-08-15 06:43", "2026-11-16 17:16"  # the slider's span: the sample's dates, padded


@pytest.fixture
def page(sample_page):
    """Return the module's page as a test finds it: every date in view, the slider drawn."""
    page = sample_page.page
    yield page
    page.evaluate(f"() => Plotly.relayout({GD}, {{'xaxis.rangeslider.visible': true, "
                  f"'xaxis.range': {GD}.layout.xaxis.rangeslider.range.slice()}})")
    page.wait_for_function(f"() => ({STATUS})() === '10 events'")
    page.wait_for_timeout(300)  # the relabelling after a relayout (page.js) is over
    assert sample_page.errors == [] and sample_page.requests == []


def _press(page, label: str, key: str) -> None:
    page.focus(f'#timeline [aria-label="{label}"]')
    page.keyboard.press(key)
    page.wait_for_timeout(150)  # plotly's relayout, then the slider's new values (page_slider.js)


def _said(page, label: str) -> str:
    return page.evaluate(TEXT, label)


# (id, the keys pressed on the slider's parts, the view then, the part said and what it says)
MOVES = [
    ("start-right-to-the-next-year", [(START, "ArrowRight")], ["2017-01-01", LAST], START, "1 January 2017"),
    ("start-up-twice", [(START, "ArrowUp")] * 2, ["2018-01-01", LAST], START, "1 January 2018"),
    ("start-back-left-stops-at-the-first-date", [(START, "ArrowRight"), (START, "ArrowLeft")], [FIRST, LAST],
     START, "15 August 2016"),
    ("end-left-to-the-years-start", [(END, "ArrowLeft")], [FIRST, "2026-01-01"], END, "31 December 2025"),
    ("end-page-down-by-a-decade", [(END, "PageDown")], [FIRST, "2017-01-01"], END, "31 December 2016"),
    # Months in view: a step is a week, from Monday to Monday.
    ("end-left-by-a-week-in-a-shorter-view", [(END, "PageDown"), (END, "ArrowLeft")], [FIRST, "2016-12-26"],
     END, "25 December 2016"),
    ("window-right-by-a-week-keeping-its-width", [(END, "PageDown"), (WINDOW, "ArrowRight")],
     ["2016-08-22", "2017-01-07 17:17"], WINDOW, "22 August 2016 to 7 January 2017"),
    ("window-end-to-the-last-dates", [(END, "PageDown"), (WINDOW, "End")], ["2026-06-30 23:59", LAST], WINDOW,
     "30 June 2026 to 16 November 2026"),
]


@pytest.mark.parametrize(("presses", "view", "label", "text"), [m[1:] for m in MOVES],
                         ids=[m[0] for m in MOVES])
def test_a_key_moves_the_view_and_the_slider_says_where_it_is(page, presses, view, label, text):
    for part, key in presses:
        _press(page, part, key)
    page.wait_for_function(f"(text) => ({TEXT})({label!r}) === text", arg=text, timeout=5_000)
    assert page.evaluate(RANGE) == view
    assert page.evaluate(FOCUSED) == presses[-1][0], "the part keeps the focus"


# Each end taken to its extremes, the other end in turn: (the part, its key, the view then).
EXTREMES = [
    (START, "End", ["2026-11-15 17:16", LAST]),  # a day short of the end
    (START, "ArrowRight", ["2026-11-15 17:16", LAST]),
    (END, "Home", ["2026-11-15 17:16", LAST]),
    (START, "Home", [FIRST, LAST]),
    (END, "Home", [FIRST, "2016-08-16 06:43"]),  # a day past the start
    (END, "ArrowLeft", [FIRST, "2016-08-16 06:43"]),
    (START, "PageUp", [FIRST, "2016-08-16 06:43"]),
    (END, "End", [FIRST, LAST]),
]


def test_home_and_end_take_an_end_to_its_extreme_and_never_past_the_other(page):
    for part, key, view in EXTREMES:
        _press(page, part, key)
        assert page.evaluate(RANGE) == view, (part, key)
        limits = page.evaluate("""() => [...document.querySelectorAll('#timeline [role=slider]')].map(n =>
          [n.getAttribute('aria-label'), ['valuemin', 'valuenow', 'valuemax'].map(a => Number(n.getAttribute('aria-' + a)))])""")  # noqa: E501
        for name, (low, now, high) in limits:
            assert low <= now <= high, name
        start, end = dict(limits)[START], dict(limits)[END]
        assert start[2] < end[1] and end[0] > start[1], "an end stops before the other"


def test_the_focus_stays_on_the_slider_when_plotly_draws_it_anew(page):
    _press(page, END, "ArrowLeft")
    page.evaluate(f"() => Plotly.relayout({GD}, {{'xaxis.rangeslider.visible': false}})")
    page.evaluate(f"() => Plotly.relayout({GD}, {{'xaxis.rangeslider.visible': true}})")
    page.wait_for_function(f"() => ({FOCUSED})() === {END!r}", timeout=5_000)
    page.keyboard.press("ArrowLeft")
    page.wait_for_function(f"() => ({TEXT})({END!r}) === '31 December 2024'", timeout=5_000)
    assert page.evaluate(RANGE) == [FIRST, "2025-01-01"]
    page.wait_for_function(f"() => ({STATUS})().startsWith('Showing')", timeout=5_000)  # the list follows
