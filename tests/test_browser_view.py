"""Drive the timeline page as a demanding reader: the list follows the chart's view, lane names read whole.

The browser, the offline page opener and its helpers come from test_browser.py (skipped without chromium).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_browser, timelines
from timeline import edit, render
from timeline.models import Document, Timeline

browser, open_page = test_browser.browser, test_browser.open_page  # the fixtures, shared

pytestmark = pytest.mark.browser

# The indexes of the events in the chart's current x range, as the list should hold them: those whose
# extent meets it, but a bar longer than the view only when its middle is in view.
IN_VIEW = """() => {
  const gd = document.getElementById('timeline'), x = gd._fullLayout.xaxis;
  const [low, high] = gd.layout.xaxis.range.map(v => x.r2l(v));
  const middle = (a, b) => low <= (a + b) / 2 && (a + b) / 2 <= high;
  const shown = ([a, b]) => b >= low && a <= high && (b - a <= high - low || middle(a, b));
  return gd.layout.meta.events.map((e, i) => [e.at.map(v => x.r2l(v)), i]).filter(([at]) => shown(at))
    .map(([, i]) => i);
}"""
ROWS = "() => Array.from(document.querySelectorAll('#tl-list li[data-index]'), li => +li.dataset.index)"


def test_zooming_the_chart_lists_the_events_in_view_and_says_so(open_page):
    opened = open_page(timelines.sample())
    page = opened.page
    assert page.locator("#tl-reset").is_hidden() and opened.status() == "10 events"
    page.click("#timeline .rangeselector .button >> text=1y")
    opened.wait_status("Showing ")
    rows = page.evaluate(ROWS)
    assert 0 < len(rows) < 10 and rows == page.evaluate(IN_VIEW)
    said, _, view = opened.status().partition(" \u00b7 in view: ")
    assert said == f"Showing {len(rows)} of 10 events" and "2025" in view, opened.status()
    assert page.locator("#tl-reset").is_visible()

    page.fill("#tl-search", "bridge")
    page.wait_for_function("document.getElementById('tl-status').textContent.indexOf(' of 10 events') > 0 && "
                           f"document.querySelectorAll('#tl-list li[data-index]').length < {len(rows)}")
    both = page.evaluate(ROWS)
    assert set(both) < set(rows), "search and view both narrow the list"

    page.fill("#tl-search", "")
    page.evaluate("Plotly.relayout('timeline', {'xaxis.range': ['2019-03-01', '2019-09-01']})")
    opened.wait_status("Showing 1 of 10 events \u00b7 in view: March \u2013 September 2019")
    dates = page.eval_on_selector_all("#tl-list li time", "nodes => nodes.map(n => n.textContent)")
    assert dates == ["early 2019"], "'2019 \u2013 2021' covers the view, but its middle is out of it"
    page.click("#tl-reset")
    opened.wait_status("10 events")
    assert page.evaluate(ROWS) == list(range(10)) and page.locator("#tl-reset").is_hidden()
    assert opened.errors == []


def test_a_view_with_no_event_says_how_to_get_them_back(open_page):
    opened = open_page(timelines.sample())
    opened.page.evaluate("Plotly.relayout('timeline', {'xaxis.range': ['2014-01-01', '2015-06-01']})")
    opened.wait_status("Showing 0 of 10 events \u00b7 in view: January 2014 \u2013 June 2015")
    assert "show all dates" in opened.page.inner_text("#tl-list .tl-more")
    assert opened.errors == []


LONG_TITLES = [
    "Regional council publishes its full report on the flooding of the lower valley",
    "Inquiry into the river works hears the engineers who signed off the dam repairs",
]


def _long_lanes(per_document: int) -> Timeline:
    documents, events = [], []
    for i, title in enumerate(LONG_TITLES):
        days = [dt.date(2020, 1, 1) + dt.timedelta(days=9 * k + i) for k in range(per_document)]
        text = " ".join(f"The works went on on {day:%d %B %Y}." for day in days)
        document = Document(id=f"doc{i}", title=title, text=text, date=dt.date(2024, 4, 1))
        documents.append(document)
        events += [timelines.stated(document, f"{day:%d %B %Y}", day.isoformat()) for day in days]
    return Timeline(documents=documents, events=events)


# The screen centre of each lane name (y axis tick label) and the text drawn.
TICKS = """() => Array.from(document.querySelectorAll('#timeline .ytick text')).map(node => {
  const r = node.getBoundingClientRect();
  return {text: node.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2};
})"""


# (id, window width, events per document, shortest and longest lane name drawn, in characters, cut at
# a word): labelled timelines keep the plot the 1000 px their labels were packed for and give names the
# rest (at least 34 characters, as before); unlabelled ones give the names 30 % of the width.
ROOM = [
    ("labelled, wide", 1400, 1, 36, 44),
    ("labelled, laptop", 1100, 1, 25, 34),
    ("unlabelled, laptop", 1000, 70, 36, 44),
]
PLOT = "document.querySelector('#timeline .nsewdrag').getBoundingClientRect().width"


@pytest.mark.parametrize("width,count,shortest,longest", [r[1:] for r in ROOM], ids=[r[0] for r in ROOM])
def test_lane_names_use_the_room_there_is_and_read_whole_on_hover(open_page, width, count, shortest, longest):
    opened = open_page(_long_lanes(count), viewport=(width, 900))
    ticks = opened.page.evaluate(TICKS)
    assert len(ticks) == 2
    assert all(shortest <= len(t["text"]) <= longest and t["text"].endswith("\u2026") for t in ticks), ticks
    assert opened.page.evaluate(PLOT) > width * 0.6, "the names leave the chart most of the width"
    if count == 1 and width >= 1400:
        assert opened.page.evaluate(PLOT) >= 1000, "the labels keep the width they were packed for"
    tip = opened.page.locator("#tl-lane-tip")
    for tick in ticks:
        opened.page.mouse.move(tick["x"], tick["y"])
        tip.wait_for(state="visible", timeout=5_000)
        counted = "1 event" if count == 1 else f"{count} events"
        assert tip.inner_text() in {f"{title} \u00b7 {counted}" for title in LONG_TITLES}
        assert tip.inner_text().startswith(tick["text"].rstrip("\u2026"))
    opened.page.mouse.move(width / 2, 5)
    tip.wait_for(state="hidden", timeout=5_000)
    assert opened.errors == []


def _overlaps(labels: list[dict]) -> list:
    """Return the pairs of labels drawn in one row that overlap on screen."""
    out = []
    for row in {note["y"] for note in labels}:
        boxes = sorted((n["left"], n["right"]) for n in labels if n["y"] == row)
        out += [(a, b) for a, b in zip(boxes, boxes[1:], strict=False) if a[1] > b[0] + 1]
    return out


def test_one_far_event_neither_squashes_a_small_timeline_nor_hides(open_page):
    events = [timelines.manual(f"Council vote number {i}", f"2025-{i % 12 + 1:02d}-{i % 27 + 1:02d}")
              for i in range(30)] + [timelines.manual("War ends in Europe", "1945-05-08")]
    events = [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events)]
    opened = open_page(Timeline(events=events), viewport=(1400, 900))
    page = opened.page
    said = "Showing 30 of 31 events \u00b7 in view: December 2024 \u2013 January 2026"
    assert opened.status() == said, "a view of 13 months is said in months"
    labels = page.evaluate(test_browser.LABELS)
    assert len(labels) >= 25 and _overlaps(labels) == [], "the events in view are labelled, apart"
    page.click("#tl-reset")
    opened.wait_status("31 events")
    page.wait_for_timeout(400)
    labels = page.evaluate(test_browser.LABELS)
    assert _overlaps(labels) == [], "zoomed out, labels come from the view again"
    assert any(note["index"] == 0 for note in labels), "the far event is labelled"
    assert opened.errors == []


def test_a_month_of_news_with_background_years_opens_on_its_month(open_page):
    values = ([f"2025-12-{i % 28 + 1:02d}" for i in range(60)] + [f"2026-01-{i + 2:02d}" for i in range(12)]
              + [str(1990 + i) for i in range(22)] + ["2027", "2028", "2029", "2030", "2035", "2040"])
    events = [timelines.manual(f"Harbour board meeting {i}", value).model_copy(update={"id": f"e{i}"})
              for i, value in enumerate(values)]
    opened = open_page(Timeline(events=events), viewport=(1400, 900))
    page = opened.page
    said, _, view = opened.status().partition(" \u00b7 in view: ")
    assert said == "Showing 72 of 100 events" and view.startswith("November 2025"), opened.status()
    assert page.evaluate(ROWS) == page.evaluate(IN_VIEW)
    page.click("#tl-reset")  # the rest is one click away
    opened.wait_status("100 events")
    assert opened.errors == []


def _many_documents(count: int) -> Timeline:
    """Return `count` documents of two dated sentences each, titled so that their order is not by id."""
    documents, events = [], []
    for i in range(count):
        text = f"The board met on {i % 28 + 1} May 2024. It voted again on {i % 28 + 1} June 2024."
        document = Document(id=f"doc{i:03d}", title=f"Board meeting report {count - i:03d}", text=text,
                            date=dt.date(2024, 7, 1))
        documents.append(document)
        events += [timelines.stated(document, f"{i % 28 + 1} May 2024", f"2024-05-{i % 28 + 1:02d}"),
                   timelines.stated(document, f"{i % 28 + 1} June 2024", f"2024-06-{i % 28 + 1:02d}")]
    return Timeline(documents=documents, events=events)


def test_with_hundreds_of_documents_the_filter_finds_any_one_of_them(open_page):
    opened = open_page(_many_documents(300))
    page = opened.page
    assert page.evaluate("document.getElementById('timeline').layout.meta.lanes") == ["All events"]
    options = page.eval_on_selector_all("#tl-group option", "nodes => nodes.map(n => n.textContent)")
    assert options[0] == "All documents" and len(options) == 301
    assert options[1:3] == ["Board meeting report 001 (2)", "Board meeting report 002 (2)"], "by title"
    page.select_option("#tl-group", label="Board meeting report 123 (2)")
    opened.wait_status("Showing 2 of 600 events")
    assert opened.marks() == 2
    sources = page.eval_on_selector_all("#tl-list .tl-lane", "nodes => nodes.map(n => n.textContent)")
    assert sources == ["Board meeting report 123"] * 2, "the list names each event's document"
    assert opened.errors == []


# Each label drawn, with the screen extent of its own event's bar or point.
LABEL_AND_BAR = """() => {
  const gd = document.getElementById('timeline'), x = gd._fullLayout.xaxis, box = gd.getBoundingClientRect();
  const px = (value) => box.left + x._offset + x.d2p(value);
  return Array.from(document.querySelectorAll('#timeline .annotation')).map((node, i) => {
    const note = gd._fullLayout.annotations[i], e = gd.layout.meta.events[Number(note.name)];
    const r = node.getBoundingClientRect();
    return {left: r.left, right: r.right, start: px(e.at[0]), stop: px(e.at[1]), title: e.title};
  });
}"""


def test_on_a_phone_labels_sit_beside_their_bars_not_on_them(open_page):
    opened = open_page(timelines.sample(), viewport=(390, 844))
    drawn = opened.page.evaluate(LABEL_AND_BAR)
    assert len(drawn) >= 5
    bars = [d for d in drawn if d["stop"] - d["start"] > 8]
    assert bars, "some labelled events are bars"
    for d in bars:
        assert d["right"] <= d["start"] + 2 or d["left"] >= d["stop"] - 2, d
    assert opened.errors == []


# The list as drawn: ["year", "2012"] for a heading, ["row", index] for an event.
LIST_ITEMS = """() => Array.from(document.querySelectorAll('#tl-list li')).map(li =>
  li.classList.contains('tl-year') ? ['year', li.textContent]
    : li.dataset.index ? ['row', +li.dataset.index] : ['more', ''])"""


@pytest.mark.parametrize("count,headed", [(20, False), (230, True)], ids=["short list", "long list"])
def test_a_long_list_has_year_headings_that_arrows_step_over(open_page, count, headed):
    events = [timelines.manual(f"Sitting {i}", f"20{10 + i % 12}-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              .model_copy(update={"id": f"e{i}"}) for i in range(count)]
    opened = open_page(Timeline(events=events))
    items = opened.page.evaluate(LIST_ITEMS)
    years = [value for kind, value in items if kind == "year"]
    if not headed:
        assert years == []
        return
    at = opened.page.evaluate("document.getElementById('timeline').layout.meta.events.map(e => e.at[0])")
    assert years == sorted(set(years)) and years[0] == "2010", years
    heading = None
    for kind, value in items:
        if kind == "year":
            heading = value
        elif kind == "row":
            assert at[value].startswith(heading), (value, heading)
    # From the last row of the first year, ArrowDown goes to the first row of the next.
    first = items.index(["year", years[1]])
    before, after = items[first - 1][1], items[first + 1][1]
    opened.page.focus(f'#tl-list li[data-index="{before}"]')
    opened.page.keyboard.press("ArrowDown")
    assert opened.page.evaluate("document.activeElement.dataset.index") == str(after)
    opened.page.keyboard.press("ArrowUp")
    assert opened.page.evaluate("document.activeElement.dataset.index") == str(before)
    assert opened.errors == []


STEPS_BACK = [
    # (search, button, what the view then shows)
    ("", "5y", ["2031"]),
    ("", "20y", ["2020", "2031"]),
    ("bridge", "5y", ["2020"]),  # counted back from the latest event the search keeps
]


@pytest.mark.parametrize(("query", "button", "shown"), STEPS_BACK,
                         ids=[f"{q or 'all'}-{b}" for q, b, _ in STEPS_BACK])
def test_the_range_buttons_count_back_from_the_latest_event_not_from_empty_padding(open_page, query, button,
                                                                                    shown):
    years = [1881, *range(1900, 2021, 20), 2031]
    events = [timelines.manual(f"{'Bridge' if year < 2030 else 'Tunnel'} work of {year}", str(year))
              for year in years]
    opened = open_page(Timeline(events=[e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events)]))
    page = opened.page
    if query:
        page.fill("#tl-search", query)
        opened.wait_status(f"Showing {len(years) - 1} of {len(years)} events")
    page.click(f"#timeline .rangeselector .button >> text={button}")
    page.wait_for_function("document.getElementById('tl-status').textContent.indexOf('in view') > 0")
    dates = page.eval_on_selector_all("#tl-list li time", "nodes => nodes.map(n => n.textContent)")
    assert dates == shown, opened.status()
    assert opened.errors == []


RANGES_SAID = [
    (["1997-03-01", "2006-05-01"], "1997 \u2013 2006"),
    (["0001-01-01", "2099-12-31 12:00"], "AD 1 \u2013 2099"),  # as the subtitle says it (describe.say_span)
    (["2024-12-01", "2026-01-15"], "December 2024 \u2013 January 2026"),
    (["1998-03-03", "1998-03-17"], "3 \u2013 17 March 1998"),
]


def test_the_view_is_said_as_the_subtitle_says_a_span(open_page):
    page = open_page(timelines.sample()).page
    said = page.evaluate("(ranges) => ranges.map(r => window.TimelineWords.sayRange(r))",
                         [r for r, _ in RANGES_SAID])
    assert said == [s for _, s in RANGES_SAID]


PLOT_BOX = """() => {
  const gd = document.getElementById('timeline'), x = gd._fullLayout.xaxis;
  const left = gd.getBoundingClientRect().left + x._offset;
  return [left, left + x._length];
}"""


@pytest.mark.parametrize("count_recent", [6, 60],
                         ids=["few-in-view-relabelled", "many-in-view-packed-that-fit"])
def test_zoomed_in_labels_stay_on_the_plot_off_the_lane_names(open_page, count_recent):
    events = [timelines.manual(f"The long-running harbour story, chapter of {year}", str(year))
              for year in range(1881, 2022, 10)]
    events += [timelines.manual(f"Harbour council meeting number {i} on the pier repairs",
                                f"{2018 + i % 10}-{i % 12 + 1:02d}-{i % 27 + 1:02d}")
               for i in range(count_recent)]
    opened = open_page(Timeline(events=[e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events)]))
    page = opened.page
    page.evaluate("Plotly.relayout('timeline', {'xaxis.range': ['2016-06-01', '2028-06-01']})")
    opened.wait_status("Showing ")
    page.wait_for_timeout(300)
    left, right = page.evaluate(PLOT_BOX)
    # plotly keeps the labels of marks out of view as empty boxes
    labels = [n for n in page.evaluate(test_browser.LABELS) if n["right"] > n["left"]]
    assert labels, "the view is labelled"
    assert [n for n in labels if n["left"] < left - 1 or n["right"] > right + 1] == []
    assert _overlaps(labels) == [] and opened.errors == []


# The dates of the axis below and above the lanes, as drawn: [text, top on screen] of each.
AXIS_DATES = """(name) => Array.from(document.querySelectorAll('#timeline .' + name + 'tick text'),
  t => [t.textContent, t.getBoundingClientRect().top])"""


# The boxes of the subtitle, the range buttons and the dates above the lanes, top to bottom.
HEAD = """() => ['.gtitle-subtitle', '.rangeselector', '.x2tick'].map(name => {
  const nodes = Array.from(document.querySelectorAll('#timeline ' + name), n => n.getBoundingClientRect());
  return [Math.min(...nodes.map(r => r.top)), Math.max(...nodes.map(r => r.bottom))];
})"""


@pytest.mark.parametrize("viewport", [(1300, 800), (390, 800)], ids=["wide", "phone"])
def test_a_tall_chart_shows_its_dates_on_the_first_screen(open_page, viewport):
    events = [timelines.manual(f"Harbour works, stage {i}", f"{2000 + i}-05-01", tags=[f"t{i:02d}"])
              for i in range(24)]
    tall = Timeline(events=[e.model_copy(update={"id": f"e{i:03d}"}) for i, e in enumerate(events)])
    opened = open_page(tall, group_by="tag", viewport=viewport)
    page = opened.page
    below, top = page.evaluate(AXIS_DATES, "x"), page.evaluate(AXIS_DATES, "x2")
    assert below and all(y > viewport[1] for _, y in below), "the axis below is off the first screen"
    (_, subtitle), (buttons_top, buttons), (dates, _) = page.evaluate(HEAD)
    assert subtitle <= buttons_top and buttons <= dates, "subtitle, buttons and dates do not overlap"
    assert [t for t, _ in top] == [t for t, _ in below] and all(0 < y < 250 for _, y in top)
    page.evaluate("Plotly.relayout('timeline', {'xaxis.range': ['2010-01-01', '2013-01-01']})")
    opened.wait_status("Showing ")
    zoomed = [t for t, _ in page.evaluate(AXIS_DATES, "x2")]
    assert zoomed == [t for t, _ in page.evaluate(AXIS_DATES, "x")] != [t for t, _ in top], "follows the zoom"
    assert opened.errors == []


def test_a_zoom_with_no_label_to_draw_redraws_the_chart_once(open_page):
    events = [timelines.manual(f"Event number {i} of the long story", f"20{16 + i % 10}-{i % 12 + 1:02d}-"
                               f"{i % 27 + 1:02d}") for i in range(render.LABEL_LIMIT + 80)]
    page = open_page(Timeline(events=events)).page
    page.evaluate("""() => { window.drawn = 0;
      document.getElementById('timeline').on('plotly_afterplot', () => { window.drawn += 1; }); }""")
    zooms = [(["2017-01-01", "2024-01-01"], 1, False), (["2021-03-01", "2021-06-01"], 2, True)]
    for view, drawn, labelled in zooms:
        page.evaluate("(view) => { window.drawn = 0; Plotly.relayout('timeline', {'xaxis.range': view}); }",
                      view)
        page.wait_for_function("document.getElementById('tl-status').textContent.indexOf('in view') > 0")
        page.wait_for_timeout(400)
        assert page.evaluate("window.drawn") == drawn, "relabelling no labels as none redraws every mark"
        assert bool(page.evaluate(test_browser.LABELS)) is labelled


def test_the_details_say_which_events_are_hand_work(open_page):
    sample = timelines.sample()
    edited = next(e for e in sample.events if e.origin == "extracted")
    untouched = next(e for e in sample.events if e.origin == "extracted" and e.id != edited.id)
    added = next(e for e in sample.events if e.origin == "manual")
    edit.edit(sample, edited.id, title="A title of my own")
    page = open_page(sample).page
    for event, said in ((edited, "edited by hand"), (added, "added by hand"), (untouched, None)):
        page.locator("#tl-list li[data-index]", has_text=event.title if event is not edited
                     else "A title of my own").first.click()
        when = page.locator("#tl-details .tl-when").inner_text()
        assert (when.endswith(f"\u00b7 {said}") if said else "by hand" not in when), when


EMPTY_LISTS = [
    # (id, search, view, what the empty list says)
    ("view", "", ["2014-01-01", "2015-06-01"], "No event in this view: zoom out, or show all dates."),
    ("search", "no such words at all", None, "No event matches: clear the search or the filters."),
]


@pytest.mark.parametrize(("query", "view", "said"), [c[1:] for c in EMPTY_LISTS],
                         ids=[c[0] for c in EMPTY_LISTS])
def test_an_empty_list_says_whether_the_view_or_the_search_empties_it(open_page, query, view, said):
    opened = open_page(timelines.sample())
    page = opened.page
    if view:
        page.evaluate("(view) => Plotly.relayout('timeline', {'xaxis.range': view})", view)
    if query:
        page.fill("#tl-search", query)
    opened.wait_status("Showing 0 of 10 events")
    page.wait_for_function("(said) => document.querySelector('#tl-list .tl-more')?.textContent === said",
                           arg=said, timeout=5_000)
    assert opened.errors == []


# The lane names on the y axis and the rows of the event marks, as drawn now.
ROWS_DRAWN = """() => { const gd = document.getElementById('timeline');
  const marks = gd.data.filter(t => t.meta && t.meta.role === 'events');
  return {names: gd.layout.yaxis.ticktext, rows: marks.flatMap(t => t.y).sort((a, b) => a - b)}; }"""


def test_a_search_moves_the_lanes_it_keeps_to_the_top_and_back(open_page):
    opened = open_page(timelines.sample())
    page = opened.page
    whole = page.evaluate(ROWS_DRAWN)
    assert len(whole["names"]) >= 3 and whole["names"][-1] == "Added by hand"
    page.fill("#tl-search", "enters into force")
    opened.wait_status("Showing 1 of 10 events")
    assert page.evaluate(ROWS_DRAWN) == {"names": ["Added by hand"], "rows": [0]}, "the kept lane is on top"
    tip = page.locator("#tl-lane-tip")
    box = page.locator("#timeline .ytick text").first.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tip.wait_for(state="visible", timeout=5_000)
    assert tip.inner_text().startswith("Added by hand"), "hovering a moved lane names that lane"
    page.fill("#tl-search", "")
    opened.wait_status("10 events")
    assert page.evaluate(ROWS_DRAWN) == whole
    assert opened.errors == []


# The chart's height, as laid out and as the element is, its row size in pixels, the rows drawn, the range
# slider's height in pixels, and how many times plotly drew the plot since the count began.
HEIGHT = """() => { const gd = document.getElementById('timeline'), y = gd._fullLayout.yaxis;
  const slider = document.querySelector('#timeline .rangeslider-bg').getBoundingClientRect().height;
  return {layout: gd.layout.height, element: gd.clientHeight,
    row: y._length / Math.abs(y.range[0] - y.range[1]), rows: gd.layout.yaxis.range,
    slider: Math.round(slider), draws: window.__draws || 0}; }"""


@pytest.mark.parametrize("viewport", [(1300, 800), (390, 800)], ids=["wide", "phone"])
def test_a_search_that_hides_lanes_shrinks_the_chart_and_clearing_it_grows_it_back(open_page, viewport):
    pier = (2, 20, 21, 22, 23)  # the lanes a search for "pier" keeps: 5 of 24
    events = [timelines.manual(f"Harbour works, stage {i}{' at the pier' if i in pier else ''}",
                               f"{2000 + i}-05-01", tags=[f"t{i:02d}"]) for i in range(24)]
    events += [timelines.manual(f"Harbour works at the pier, stage {i} again", f"{2000 + i}-05-03",
                                tags=[f"t{i:02d}"]) for i in (2, 20)]  # two rows in two of the lanes kept
    tall = Timeline(events=[e.model_copy(update={"id": f"e{i:03d}"}) for i, e in enumerate(events)])
    opened = open_page(tall, group_by="tag", viewport=viewport)
    page = opened.page
    whole = page.evaluate(HEIGHT)
    page.evaluate("document.getElementById('timeline').on('plotly_afterplot', () => {"
                  " window.__draws = (window.__draws || 0) + 1; })")
    page.fill("#tl-search", "pier")  # 5 of 24 lanes, 7 rows
    opened.wait_status("Showing 7 of 26 events")
    page.wait_for_timeout(300)
    found = page.evaluate(HEIGHT)
    assert found["rows"] == [6.5, -0.5], "the rows shown, no empty ones below"
    assert found["layout"] < whole["layout"] - 400, (found, whole)
    assert found["layout"] - found["element"] == whole["layout"] - whole["element"], "the element follows"
    assert abs(found["row"] - whole["row"]) < 1, "rows keep their size"
    # render.py caps a short chart's slider at 0.15 of the plot: 42 px of 50 here; kept at its fraction it
    # would be 18 px
    assert found["slider"] >= 0.8 * whole["slider"], "the range slider keeps about its height"
    assert found["draws"] == 1, "one redraw for the search"
    boxes = page.evaluate(HEAD)
    assert boxes[0][1] <= boxes[1][0] + 1 and boxes[1][1] <= boxes[2][0] + 1, "title, buttons, dates in order"
    page.fill("#tl-search", "")
    opened.wait_status("26 events")
    page.wait_for_timeout(300)
    back = page.evaluate(HEIGHT)
    assert {k: back[k] for k in ("layout", "element", "rows", "slider")} == {
        k: whole[k] for k in ("layout", "element", "rows", "slider")}
    assert opened.errors == []


def test_a_story_with_a_history_opens_on_its_recent_events_and_all_is_one_click_away(open_page):
    from tests.test_render_view import HISTORY, _spread

    values = _spread(48, 2024, 3) + HISTORY
    events = [timelines.manual(f"Dam vote number {i}", value).model_copy(update={"id": f"e{i}"})
              for i, value in enumerate(values)]
    opened = open_page(Timeline(events=events))
    page = opened.page
    said, _, view = opened.status().partition(" \u00b7 in view: ")
    assert said == "Showing 48 of 62 events" and view.startswith("2023"), opened.status()
    assert page.locator("#tl-reset").is_visible()
    assert page.evaluate(ROWS) == page.evaluate(IN_VIEW)
    page.click("#timeline .rangeselector .button >> text=all")
    opened.wait_status("62 events")
    assert page.locator("#tl-reset").is_hidden() and len(page.evaluate(ROWS)) == 62
    assert opened.errors == []


# (id, the screen's device pixel ratio, the WebGL canvases' pixels per CSS pixel)
GL_RATIOS = [
    ("a-1x-screen-draws-at-1x", 1, 1),  # plotly's default of 2 drew four times the pixels on every zoom
    ("a-2x-screen-keeps-2x", 2, 2),
    ("a-3x-screen-stops-at-2x", 3, 2),
]


@pytest.mark.parametrize(("scale", "ratio"), [c[1:] for c in GL_RATIOS], ids=[c[0] for c in GL_RATIOS])
def test_webgl_marks_are_drawn_at_the_screens_pixel_ratio(browser, tmp_path, scale, ratio):
    events = [timelines.manual(f"Event {i}", f"20{16 + i % 10}-{i % 12 + 1:02d}-{i % 27 + 1:02d}")
              for i in range(render.GL_THRESHOLD + 20)]
    path = tmp_path / "large.html"
    path.write_text(render.render_html(Timeline(events=events)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 700}, device_scale_factor=scale)
    try:
        page.goto(path.as_uri())
        page.wait_for_selector("#timeline[data-ready=true]", state="attached", timeout=30_000)
        sizes = page.evaluate("""() => { const full = document.getElementById('timeline')._fullLayout;
          return [...document.querySelectorAll('#timeline canvas.gl-canvas')].map(
            c => [c.width / full.width, c.height / full.height]); }""")
    finally:
        page.close()
    assert sizes and all(size == [ratio, ratio] for size in sizes), sizes


MARKS = """() => { const gd = document.getElementById('timeline'), x = gd._fullLayout.xaxis;
  const left = gd.getBoundingClientRect().left + gd._fullLayout._size.l;
  return gd.layout.meta.events.map(e =>
    ({y: e.y, px: left + x.l2p((x.r2l(e.at[0]) + x.r2l(e.at[1])) / 2)})); }"""


def test_a_zoomed_in_label_stops_before_the_next_mark_of_its_row(open_page):
    # A large timeline: rows packed for marks alone, a day apart, closer than a label is long once zoomed in.
    days = [dt.date(2026, 11, 1) + dt.timedelta(days=i) for i in range(35)]
    background = [dt.date(2015 + i // 12, i % 12 + 1, 15) for i in range(render.LABEL_LIMIT - 20)]
    events = [timelines.manual(f"Dockworkers met the port board, meeting {i}", day.isoformat()).model_copy(
        update={"id": f"e{i}"}) for i, day in enumerate(days + background)]
    opened = open_page(Timeline(events=events), viewport=(1400, 900))
    opened.page.evaluate("Plotly.relayout('timeline', {'xaxis.range': ['2026-11-01', '2026-11-21']})")
    opened.page.wait_for_function("document.querySelectorAll('#timeline .annotation').length > 0")
    labels, marks = opened.page.evaluate(test_browser.LABELS), opened.page.evaluate(MARKS)
    assert len(labels) >= 3
    covered = [(note["index"], other) for note in labels for other, mark in enumerate(marks)
               if other != note["index"] and mark["y"] == marks[note["index"]]["y"]
               and note["left"] + 2 < mark["px"] < note["right"] - 2]
    assert covered == [], "a label is drawn over the mark of another event of its row"
    assert opened.errors == []
