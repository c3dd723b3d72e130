"""Drive the timeline page as a keyboard and screen-reader user (session 22): Tab reaches the chart's range
buttons, range slider and legend entries (Enter and Space press the buttons and entries) with a visible ring;
a click opens the event under the mouse, never the one hovered before, and a drag opens nothing; the event's
card is a dialog that takes the focus and gives it back; the list is there without the chart; muted text
stays readable on a chosen row.

One page of the sample timeline is opened for the module (each test leaves it as it found it); the browser and
that page come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import pytest

from docs.screenshot import FIND_MARK
from tests import test_browser, timelines
from timeline.render import render_html

browser, sample_page = test_browser.browser, test_browser.sample_page  # the fixtures, shared

pytestmark = pytest.mark.browser

FOCUSED = "() => document.activeElement.getAttribute('aria-label') || document.activeElement.id"
DETAILS = "() => document.getElementById('tl-details').hidden ? null : document.querySelector('#tl-details h3').textContent"  # noqa: E501
TITLES = "() => document.getElementById('timeline').layout.meta.events.map(e => e.title)"
# The stroke around the shape of the control that has the focus (the slider's window is a shape): its ring.
RING = "() => { const n = document.activeElement; return getComputedStyle(n.matches('rect') ? n : n.querySelector('.selector-rect, .legendtoggle, rect')).strokeWidth; }"  # noqa: E501
STATUS = "() => document.getElementById('tl-status').textContent"
WHOLE_VIEW = """() => { const gd = document.getElementById('timeline');
  return Plotly.relayout(gd, {'xaxis.range': gd.layout.xaxis.rangeslider.range.slice()}); }"""
# The chart's controls a keyboard reaches: those made so (tabindex) and the toolbar's buttons.
CONTROLS = "[...document.querySelectorAll('#timeline [tabindex=\"0\"], #timeline button')]"
RANGE_BUTTONS = ["Show 1 month", "Show 6 months", "Show 1 year", "Show 5 years", "Show all dates"]
SLIDER = ["Shown dates", "Start of the shown dates", "End of the shown dates"]
LEGEND = ["Range", "Year", "Season, quarter or half", "Month", "Week", "Day"]


@pytest.fixture
def page(sample_page):
    """Return the module's page as a test finds it: no details, every date in view, the mouse away."""
    page = sample_page.page
    yield page
    page.mouse.move(1, 1)
    if page.evaluate(DETAILS):
        page.click(".tl-close")
    page.evaluate(WHOLE_VIEW)
    page.wait_for_function("() => document.getElementById('tl-status').textContent === '10 events'")
    page.wait_for_timeout(300)  # the relabelling after a relayout (page.js) is over
    assert sample_page.errors == [] and sample_page.requests == []


def _tab_to(page, label: str) -> None:
    page.focus("#tl-search")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED) == label:
            return
    raise AssertionError(f"Tab never reached {label!r}")


def test_tab_reaches_every_range_button_the_slider_then_every_legend_entry_with_a_ring(page):
    page.focus("#tl-search")
    legend = [f"{name} marks on the chart" for name in LEGEND]
    reached, rings = [], {}
    for _ in range(25):
        page.keyboard.press("Tab")
        label = page.evaluate(FOCUSED)
        reached.append(label)
        if label in RANGE_BUTTONS + SLIDER + legend:
            rings[label] = page.evaluate(RING)
    chart = [label for label in reached if label in RANGE_BUTTONS + SLIDER + legend]
    assert chart == RANGE_BUTTONS + SLIDER + legend, reached  # as seen: buttons, the slider below, the legend
    assert set(rings.values()) == {"2px"}, rings
    roles = page.evaluate("() => [...document.querySelectorAll('#timeline [tabindex=\"0\"]')].map(n => n.getAttribute('role'))")  # noqa: E501
    assert set(roles) == {"button", "checkbox", "slider"}


# (id, the button, the key that presses it)
PRESSES = [
    ("one-year-by-enter", "Show 1 year", "Enter"),
    ("one-year-by-space", "Show 1 year", " "),
    ("six-months-by-enter", "Show 6 months", "Enter"),
]


@pytest.mark.parametrize(("button", "key"), [p[1:] for p in PRESSES], ids=[p[0] for p in PRESSES])
def test_enter_or_space_presses_a_range_button(page, button, key):
    _tab_to(page, button)
    page.keyboard.press(key)
    page.wait_for_function(f"() => ({STATUS})().startsWith('Showing')", timeout=5_000)
    assert page.evaluate(FOCUSED) == button, "the focus stays on the button"
    _tab_to(page, "Show all dates")
    page.keyboard.press(key)
    page.wait_for_function(f"() => ({STATUS})() === '10 events'", timeout=5_000)


def test_enter_hides_and_shows_a_kind_of_mark_from_the_legend(page):
    label = "Year marks on the chart"
    _tab_to(page, label)
    checked = "() => document.activeElement.getAttribute('aria-checked')"
    assert page.evaluate(checked) == "true"
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => ({checked})() === 'false'", timeout=5_000)
    hidden = page.evaluate("() => document.getElementById('timeline').data"
                           ".filter(t => t.visible === 'legendonly').map(t => t.legendgroup)")
    assert hidden and set(hidden) == {"year"}
    assert page.evaluate(FOCUSED) == label
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => ({checked})() === 'true'", timeout=5_000)


# (id, the event hovered first, the event then clicked at once)
QUICK_CLICKS = [
    ("early-2019-then-summer-2023", 1, 3),
    ("2017-then-2019-to-2021", 0, 2),
    ("week-then-hand-added", 4, 6),
]


@pytest.mark.parametrize(("before", "clicked"), [c[1:] for c in QUICK_CLICKS],
                         ids=[c[0] for c in QUICK_CLICKS])
def test_a_quick_click_opens_the_mark_under_the_mouse_not_the_one_hovered_before(page, before, clicked):
    titles = page.evaluate(TITLES)
    first, second = page.evaluate(FIND_MARK, before), page.evaluate(FIND_MARK, clicked)
    page.mouse.move(first["x"], first["y"])
    page.wait_for_selector("#timeline .hoverlayer .hovertext", timeout=5_000)
    page.wait_for_timeout(100)
    # Two moves in a row: plotly hovers at most every 50 ms, and its click named the point it hovered last.
    page.mouse.move(first["x"] + 1, first["y"])
    page.mouse.move(second["x"], second["y"])
    page.mouse.down()
    page.mouse.up()
    page.wait_for_function(DETAILS, timeout=5_000)
    assert page.evaluate(DETAILS) == titles[clicked]


# (id, how far the mouse moves between press and release, in px across and down)
DRAGS = [
    ("six-across", 6, 0),
    ("five-down", 0, 5),
    ("seven-each-way", 7, 7),
]


@pytest.mark.parametrize(("across", "down"), [d[1:] for d in DRAGS], ids=[d[0] for d in DRAGS])
def test_a_drag_that_starts_on_a_mark_is_not_a_click(page, across, down):
    mark = page.evaluate(FIND_MARK, 2)
    page.mouse.move(mark["x"], mark["y"])
    page.mouse.down()
    page.mouse.move(mark["x"] + across, mark["y"] + down, steps=4)
    page.mouse.up()
    page.wait_for_timeout(400)  # plotly's click came at once, after a double click's wait (300 ms) at most
    assert page.evaluate(DETAILS) is None


def test_the_details_are_a_dialog_that_takes_the_focus_and_gives_it_back(page):
    page.focus('#tl-list li[data-index="3"]')
    page.keyboard.press("Enter")
    page.wait_for_function(DETAILS, timeout=5_000)
    dialog = page.evaluate("""() => { const d = document.activeElement;
      const name = document.getElementById(d.getAttribute('aria-labelledby')).textContent;
      return [d.id, d.getAttribute('role'), name, getComputedStyle(d).outlineStyle]; }""")
    assert dialog == ["tl-details", "dialog", page.evaluate(TITLES)[3], "solid"]
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "Close details"
    current = "() => document.querySelector('#tl-list [aria-current=\"true\"]').dataset.index"
    assert page.evaluate(current) == "3"
    page.keyboard.press("Escape")
    page.wait_for_function("() => document.getElementById('tl-details').hidden", timeout=5_000)
    assert page.evaluate("() => document.activeElement.dataset.index") == "3"
    assert page.evaluate("() => document.querySelector('#tl-list [aria-current]')") is None


def test_a_row_keeps_the_focus_when_the_chart_moves_and_the_list_is_made_anew(page):
    page.focus('#tl-list li[data-index="4"]')
    page.keyboard.press("ArrowDown")
    page.evaluate("() => { const gd = document.getElementById('timeline'); const x = gd.layout.xaxis.range;"
                  " return Plotly.relayout(gd, {'xaxis.range': [x[0], x[1]]}); }")
    page.wait_for_timeout(300)  # the list follows the view 80 ms after it changes (page.js)
    assert page.evaluate("() => document.activeElement.dataset.index") == "5"


def test_closing_details_opened_from_the_chart_does_not_scroll_the_page_away_from_it(page):
    page.set_viewport_size({"width": 1300, "height": 560})  # the list below the fold
    try:
        page.evaluate("() => scrollTo(0, 0)")
        mark = page.evaluate(FIND_MARK, 3)
        page.mouse.click(mark["x"], mark["y"])
        page.wait_for_function(DETAILS, timeout=5_000)
        page.keyboard.press("Escape")
        page.wait_for_function("() => document.getElementById('tl-details').hidden", timeout=5_000)
        page.wait_for_timeout(200)
        assert page.evaluate("() => scrollY") == 0
        assert page.evaluate("() => document.activeElement.dataset.index") == "3", "the focus is on its row"
    finally:
        page.set_viewport_size({"width": 1300, "height": 900})


def test_the_charts_controls_are_not_hidden_inside_an_image(page):
    # Children of role="img" are presentational: a screen reader would meet neither buttons nor legend.
    assert page.evaluate(f"() => {CONTROLS}.filter(n => n.closest('[role=img]')).length") == 0
    assert page.evaluate(f"() => {CONTROLS}.filter(n => !n.getAttribute('aria-label')).length") == 0
    pressed = "() => document.querySelector('[aria-label=\"Pan\"]').getAttribute('aria-pressed')"
    assert page.evaluate(pressed) == "true"


def test_the_first_tab_offers_to_skip_to_the_list(page):
    page.focus("#tl-search")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.textContent") == "Skip to the list of events"
    assert page.evaluate("() => document.activeElement.getBoundingClientRect().top") >= 0, "shown, focused"
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.closest('#tl-list li[data-index]') !== null")
    assert page.evaluate("() => location.hash") == ""


# Text over the chosen row's background (the hovered row's too), and the details' own texts.
READABLE = ["#tl-list .tl-current .tl-lane", "#tl-list .tl-current time", "#tl-details .tl-source",
            "#tl-details .tl-when", ".tl-close"]
# The search box's placeholder (it names the / key) against the box.
PLACEHOLDER = test_browser.CONTRAST.replace("getComputedStyle(node).color",
                                            "getComputedStyle(node, '::placeholder').color")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_muted_text_is_readable_on_the_chosen_row_in_the_details_and_the_search_box(page, scheme):
    page.emulate_media(color_scheme=scheme)
    try:
        page.focus('#tl-list li[data-index="1"]')
        page.keyboard.press("Enter")
        page.wait_for_function(DETAILS, timeout=5_000)
        ratios = {selector: round(page.evaluate(test_browser.CONTRAST, selector), 2) for selector in READABLE}
        ratios["placeholder"] = round(page.evaluate(PLACEHOLDER, "#tl-search"), 2)
        assert min(ratios.values()) >= 4.5, ratios
    finally:
        page.emulate_media(color_scheme="light")


def test_the_list_is_there_when_the_chart_cannot_be_drawn(browser, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(render_html(timelines.sample()), encoding="utf-8")
    page = browser.new_page()
    # A chart that never draws (a large one where WebGL is off): plotly's drawing never finishes.
    page.add_init_script("""Object.defineProperty(window, 'Plotly', {configurable: true,
      set(value) { value.newPlot = () => new Promise(() => {});
                   Object.defineProperty(window, 'Plotly', {value, writable: true}); }});""")
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("#tl-list li[data-index]", state="attached", timeout=10_000)
        assert page.locator("#tl-list li[data-index]").count() == 10
    finally:
        page.close()
