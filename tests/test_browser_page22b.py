"""Drive the timeline page's legend, list and chart together (session 22, b): a series hidden in the legend
stays hidden through search, filters, zoom and list rebuilds, and the list leaves its events out; a card
opened from the list on a long page is brought into view; the chart's keys are said; a
large page draws its chart once when it has no label to add.

One page of the sample timeline is opened for the module (each test leaves it as it found it); the browser and
that page come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline.models import Timeline
from timeline.render import render_html

browser, sample_page = test_browser.browser, test_browser.sample_page  # the fixtures, shared

pytestmark = pytest.mark.browser

GD = "document.getElementById('timeline')"
HIDDEN = f"() => [...new Set({GD}.data.filter(t => t.visible === 'legendonly').map(t => t.legendgroup))]"
LISTED = "() => [...document.querySelectorAll('#tl-list li[data-index]')].map(li => Number(li.dataset.index))"
CLASSES = f"() => {GD}.layout.meta.events.map(e => e.class)"
STATUS = "() => document.getElementById('tl-status').textContent"
DETAILS = "() => document.getElementById('tl-details').hidden ? null : document.querySelector('#tl-details h3').textContent"  # noqa: E501
YEAR = '#timeline .legend .traces[aria-label="Year marks on the chart"]'


@pytest.fixture
def page(sample_page):
    """Return the module's page as a test finds it: all series shown, nothing searched or open, all dates."""
    page = sample_page.page
    yield page
    page.set_viewport_size({"width": 1300, "height": 900})
    page.evaluate("() => { document.body.style.paddingBottom = ''; scrollTo(0, 0); }")
    if page.evaluate(DETAILS):
        page.click(".tl-close")
    page.fill("#tl-search", "")
    page.select_option("#tl-group", "")
    page.evaluate(f"() => Plotly.restyle({GD}, {{visible: true}})")
    page.evaluate(f"() => Plotly.relayout({GD}, {{'xaxis.range': {GD}.layout.xaxis.rangeslider.range.slice()}})")  # noqa: E501
    page.wait_for_function(f"() => ({STATUS})() === '10 events'")
    page.wait_for_timeout(300)  # the relabelling after a relayout (page.js) is over
    assert sample_page.errors == [] and sample_page.requests == []


def _hide_year(page, by: str) -> None:
    if by == "mouse":
        page.click(f"{YEAR} .legendtoggle")
    else:
        page.focus(YEAR)
        page.keyboard.press("Enter")
    page.wait_for_function(f"() => ({HIDDEN})().join() === 'year'", timeout=5_000)


def _zoom(page) -> None:
    page.evaluate(f"""() => {{ const x = {GD}._fullLayout.xaxis;
      return Plotly.relayout({GD}, {{'xaxis.range': [x.range[0], x.range[1]]}}); }}""")


def _group(page) -> None:
    page.select_option("#tl-group", index=1)


# (id, how the series is hidden, what then redraws the chart or the list)
REDRAWS = [
    ("search-after-a-click", "mouse", lambda page: page.fill("#tl-search", "the")),
    ("search-after-enter", "keyboard", lambda page: page.fill("#tl-search", "the")),
    ("cleared-search", "mouse", lambda page: (page.fill("#tl-search", "bridge"), page.wait_for_timeout(300),
                                              page.fill("#tl-search", ""))),
    ("group-filter", "keyboard", _group),
    ("zoom-and-relabel", "mouse", _zoom),
]


@pytest.mark.parametrize(("by", "redraw"), [r[1:] for r in REDRAWS], ids=[r[0] for r in REDRAWS])
def test_a_series_hidden_in_the_legend_stays_hidden_and_out_of_the_list(page, by, redraw):
    years = [i for i, cls in enumerate(page.evaluate(CLASSES)) if cls == "Year"]
    _hide_year(page, by)
    redraw(page)
    page.wait_for_timeout(500)  # the search waits 120 ms, the list follows a relayout 80 ms after it
    assert page.evaluate(HIDDEN) == ["year"]
    assert page.get_attribute(YEAR, "aria-checked") == "false"
    listed = page.evaluate(LISTED)
    assert listed and not set(listed) & set(years), listed
    drawn = page.evaluate(f"""() => {GD}._fullData
      .filter(t => t.visible === true && t.meta && t.meta.role === 'events').flatMap(t => t.customdata)""")
    assert sorted(drawn) == sorted(listed), "the list holds what the chart draws in view"


def test_hiding_a_series_takes_its_events_out_of_the_list_and_says_so(page):
    years = [i for i, cls in enumerate(page.evaluate(CLASSES)) if cls == "Year"]
    _hide_year(page, "mouse")
    page.wait_for_function(f"() => ({STATUS})().includes('hidden in the legend')", timeout=5_000)
    said = f"Showing {10 - len(years)} of 10 events \u00b7 {len(years)} hidden in the legend"
    assert page.evaluate(STATUS) == said
    assert sorted(page.evaluate(LISTED)) == [i for i in range(10) if i not in years]
    labels = page.evaluate(f"() => ({GD}.layout.annotations || []).map(a => a.name).filter(Boolean)")
    assert not {str(i) for i in years} & set(labels), "no label is left beside a hidden mark"
    page.set_viewport_size({"width": 480, "height": 900})  # a phone: no legend to show the series again with
    page.wait_for_function(f"() => ({STATUS})() === '10 events'", timeout=10_000)
    assert page.evaluate(HIDDEN) == []


def test_a_card_opened_from_the_list_is_brought_into_view_without_moving_a_page_in_view(page):
    page.set_viewport_size({"width": 1300, "height": 2000})  # the whole page in view: nothing to scroll
    page.evaluate("() => scrollTo(0, 0)")
    page.click('#tl-list li[data-index="8"]')
    page.wait_for_function(DETAILS, timeout=5_000)
    page.wait_for_timeout(300)
    assert page.evaluate("() => scrollY") == 0, "the chart stays where it was"
    page.click(".tl-close")
    page.set_viewport_size({"width": 1300, "height": 600})
    # A long page (room below the list), scrolled down to the list: the card's place, above it, is unseen.
    page.evaluate("() => { document.body.style.paddingBottom = '1500px';"
                  " document.getElementById('tl-list').scrollIntoView({block: 'start'}); }")
    page.click('#tl-list li[data-index="8"]')
    page.wait_for_function(DETAILS, timeout=5_000)
    page.wait_for_timeout(300)
    top = page.evaluate("() => document.getElementById('tl-details').getBoundingClientRect().top")
    assert 0 <= top < 600 - 60, f"the card's top is at {top} px"


def test_the_charts_keys_are_said_with_the_chart_and_its_range_buttons(page):
    described = "(node) => (node.getAttribute('aria-describedby') || '').split(' ').map(id => document.getElementById(id)).filter(Boolean).map(n => n.textContent).join(' ')"  # noqa: E501
    said = page.eval_on_selector("#timeline", described)
    assert "slider" in said and "range buttons" in said and "Tab" in said, said
    buttons = page.eval_on_selector_all("#timeline .rangeselector .button", f"ns => ns.map({described})")
    assert buttons and all("slider" in text for text in buttons)


LOG_PLOTLY = """Object.defineProperty(window, 'Plotly', {configurable: true, set(value) {
  window.__calls = [];
  for (const name of ['newPlot', 'react', 'relayout']) {
    const own = value[name];
    value[name] = function () { window.__calls.push(name); return own.apply(this, arguments); };
  }
  Object.defineProperty(window, 'Plotly', {value, writable: true}); }});"""


def test_a_page_with_no_label_to_show_draws_its_chart_once(browser, tmp_path):
    first = dt.date(2020, 1, 1)
    events = [timelines.manual(f"Council meeting number {i}", (first + dt.timedelta(days=3 * i)).isoformat())
              for i in range(200)]  # more than render.LABEL_LIMIT, more than 40 in view: no label
    path = tmp_path / "page.html"
    path.write_text(render_html(Timeline(events=events)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.add_init_script(LOG_PLOTLY)
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("#timeline[data-ready=true]", state="attached", timeout=30_000)
        page.wait_for_timeout(300)
        assert page.evaluate("() => window.__calls") == ["newPlot"]
    finally:
        page.close()
