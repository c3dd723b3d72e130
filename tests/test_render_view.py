"""Tests of the figure at the edges a demanding reader meets: ancient dates, outliers, long lane names."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import timelines
from timeline import placement, render
from timeline.models import Timeline
from timeline.render import build_figure

# (id, TIMEX3 values of the events): dates near the calendar's start, where padding once overflowed.
ANCIENT = [
    ("year 6", ["0006", "1998-05-04", "2001"]),
    ("7th century", ["06", "1990"]),
    ("first day of the calendar", ["0001-01-01", "2020-02-02"]),
]


@pytest.mark.parametrize("values", [values for _, values in ANCIENT], ids=[name for name, _ in ANCIENT])
@pytest.mark.parametrize("count", [1, 200], ids=["labelled", "unlabelled"])
def test_ancient_dates_are_drawn_with_four_digit_years(values, count):
    events = [timelines.manual(f"Event {i} {value}", value) for value in values for i in range(count)]
    events = [e.model_copy(update={"id": f"e{n}"}) for n, e in enumerate(events)]
    figure = build_figure(Timeline(events=events))
    xs = [x for trace in figure.data for x in trace.x if x is not None]
    assert all(len(x.split("-")[0]) == 4 for x in xs), xs
    assert min(xs) < "1000" and figure.layout.xaxis.rangeslider.range[0] <= min(xs)


def _spread(count: int, first: int, years: int) -> list[str]:
    """Return `count` day values spread evenly over `years` years from `first` (deterministic)."""
    return [f"{first + i * years // count}-{i % 12 + 1:02d}-{i % 27 + 1:02d}" for i in range(count)]


def _weeks(count: int, month: str) -> list[str]:
    """Return `count` day values over the first three weeks of a month ("2026-11")."""
    return [f"{month}-{i % 21 + 1:02d}" for i in range(count)]


BACKGROUND = ["2011-03-01", "2020-10-15", "2025-01-15", "2025-06-15", "2025-10-28", "2028-06-01",
              "2030-06-01"]
HISTORY = ["1890-05-01", "1905-06-01", "1911-07-01", "1923-03-01", "1957-04-01", "1968-01-01", "1968-09-01",
           "1972-02-01", "1980-08-01", "1993-03-01", "1993-10-01", "1994-05-01", "2019-06-01", "2027-12-01"]
# (id, day values, the first view's expected years or None for the whole span). A few far-off events
# must not squash the rest into a sliver, whatever the size; real spreads keep their whole span.
OUTLIERS = [
    ("30 in 2025 and one in 1945", _spread(30, 2025, 1) + ["1945-05-08"], ("2024", "2026")),
    ("30 in 2025, one in 1945, one in 2090", _spread(30, 2025, 1) + ["1945-05-08", "2090-01-01"],
     ("2024", "2026")),
    ("80 over 2015-2024 and one in 1900", _spread(80, 2015, 10) + ["1900-01-01"], ("2014", "2025")),
    ("40 spread over 2000-2024", _spread(40, 2000, 25), None),
    ("two clusters, 1990 and 2020", _spread(15, 1990, 1) + _spread(16, 2020, 1), None),
    ("four events far apart", ["1900-01-01", "1950-01-01", "2000-01-01", "2001-01-01"], None),
    # a story with a history section: most events in a few years, a tenth to a quarter spread over a century
    ("48 in 2024-2026 and 14 from 1890 to 2027", _spread(48, 2024, 3) + HISTORY, ("2023", "2027")),
    ("90 in 2015-2024 and 10 from 1900 to 1990", _spread(90, 2015, 10) + _spread(10, 1900, 90),
     ("2014", "2025")),
    ("within a reasonable span: 30 in January 2025 and 10 in December",
     [f"2025-01-{i + 1:02d}" for i in range(30)] + [f"2025-12-{i + 1:02d}" for i in range(10)], None),
    # a story followed for three weeks, with a few background dates: it opens on the three weeks
    ("66 in three weeks of 2026 and 7 from 2011 to 2030", _weeks(66, "2026-11") + BACKGROUND,
     ("2026", "2026")),
    ("40 in three weeks of 2026 and 3 from 2024 to 2028",
     _weeks(40, "2026-11") + ["2024-01-10", "2025-06-01", "2028-01-01"], ("2026", "2026")),
    # a month of news with background years ("2001" is a year-long bar) and forecasts: 90% of the events span
    # decades, two thirds lie in about a month: it opens on that month, not on the decades
    ("60 in December 2025, 12 in January 2026, 22 years from 1990 and 6 forecasts",
     [f"2025-12-{i % 28 + 1:02d}" for i in range(60)] + [f"2026-01-{i + 2:02d}" for i in range(12)]
     + [str(1990 + i) for i in range(22)] + ["2027", "2028", "2029", "2030", "2035", "2040"],
     ("2025", "2026")),
    # a year of news with two thirds of it in one month: the whole year is its story, it stays in view
    ("40 in March 2025 and 20 over the rest of 2025",
     [f"2025-03-{i % 28 + 1:02d}" for i in range(40)] + [f"2025-{m:02d}-15" for m in range(1, 13) if m != 3]
     + [f"2025-{m:02d}-05" for m in range(4, 13) if m != 3], None),
    ("three even clusters over a century", _spread(10, 1920, 1) + _spread(10, 1970, 1) + _spread(10, 2020, 1),
     None),
]


@pytest.mark.parametrize("values,years", [case[1:] for case in OUTLIERS], ids=[case[0] for case in OUTLIERS])
def test_the_first_view_shows_where_the_events_are_and_the_outliers_stay_reachable(values, years):
    events = [timelines.manual(f"Council vote number {i}", value).model_copy(update={"id": f"e{i}"})
              for i, value in enumerate(values)]
    figure = build_figure(Timeline(events=events))
    low, high = figure.layout.xaxis.range
    slider = figure.layout.xaxis.rangeslider.range
    assert slider[0] < min(values) and max(values) < slider[1], "the slider reaches every event"
    if years is None:
        assert (low, high) == tuple(slider) and figure.layout.meta["packed"] is None
        return
    assert years[0] <= low < high <= years[1] + "-12-31", (low, high)
    packed = figure.layout.meta["packed"]
    assert low <= packed[0] < packed[1] <= high, "labels were packed for this first view"
    # At that view, labels in a row do not run into each other (estimated at the packing width).
    start, stop = (dt.datetime.fromisoformat(v) for v in packed)
    per_px = (stop - start) / placement.PLOT_PX
    rows: dict[float, list] = {}
    for note in figure.layout.annotations:
        x, width = dt.datetime.fromisoformat(note.x), per_px * len(note.text) * placement.CHAR_PX
        rows.setdefault(note.y, []).append((x - width, x) if note.xanchor == "right" else (x, x + width))
    # Packed for the core alone, 38 of the 66 were labelled here, drawn over one another on the wider view
    # the page opened on; packed for that view, 21 are, none over another or over a mark.
    assert sum(len(r) for r in rows.values()) >= min(len(values) // 3, 20), "the events in view are labelled"
    for spans in rows.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans


def _tagged(count: int, tags: int) -> Timeline:
    """Return `count` hand-added events over two years, tagged round-robin with `tags` tags."""
    return Timeline(events=[
        timelines.manual(f"Sitting {i}", f"20{20 + i % 2}-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                         tags=[f"tag{i % tags:03d}"]).model_copy(update={"id": f"e{i}"})
        for i in range(count)])


# (id, events, groups, expected lanes): folding keeps the biggest groups, unless "Other" would then
# hold most events (500 documents of a few events each): then one lane holds every event.
FOLDS = [
    ("40 groups, Other holds a minority", 40, 40, placement.MAX_LANES),
    ("150 groups, Other would hold most", 300, 150, 1),
    ("20 groups, no folding", 200, 20, 20),
]


@pytest.mark.parametrize("count,groups,lanes", [c[1:] for c in FOLDS], ids=[c[0] for c in FOLDS])
def test_many_groups_fold_into_other_or_into_one_lane(count, groups, lanes):
    figure = build_figure(_tagged(count, groups), group_by="tag")
    names = figure.layout.meta["lanes"]
    assert len(names) == lanes
    if lanes == 1:
        assert names == [placement.ALL]
    elif groups > placement.MAX_LANES:
        assert names[-1] == placement.OTHER


@pytest.mark.parametrize("count", [150, 1200, 3000])
def test_a_crowded_lane_gets_rows_for_its_marks(count):
    figure = build_figure(_tagged(count, 1), group_by="none")
    rows = max(e["y"] for e in figure.layout.meta["events"]) + 1
    per_row = count // placement.EVENTS_PER_ROW
    wanted = min(placement.MAX_ROWS_CROWDED, max(placement.MAX_ROWS_UNLABELED, per_row))
    assert rows == wanted, "hundreds of events on few days fill the rows they are allowed"


def test_in_a_crowded_lane_days_get_the_rows_and_year_bars_share():
    """Zoomed into a busy month, its day events must stand apart: year bars must not take every row."""
    days = [timelines.manual(f"Day {i}", f"2020-05-{i % 20 + 1:02d}") for i in range(200)]
    years = [timelines.manual(f"Year {i}", str(2015 + i % 8)) for i in range(200)]
    events = [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(days + years)]
    figure = build_figure(Timeline(events=events), group_by="none")
    rows = len(events) // placement.EVENTS_PER_ROW
    day_rows = {e["y"] for e in figure.layout.meta["events"] if e["class"] == "Day"}
    assert day_rows == set(range(rows))


def _lanes_of_tags(count: int) -> Timeline:
    """Return `count` events a year apart, each with its own tag: by tag, as many lanes."""
    events = [timelines.manual(f"Harbour works, stage {i}", f"{2000 + i}-05-01", tags=[f"t{i:02d}"])
              for i in range(count)]
    return Timeline(events=[e.model_copy(update={"id": f"e{i:03d}"}) for i, e in enumerate(events)])


TOP_AXIS = [
    # (events, are the dates repeated above the lanes)
    (5, False),
    (24, True),
]


@pytest.mark.parametrize(("count", "above"), TOP_AXIS, ids=["short-chart", "tall-chart"])
def test_a_tall_chart_repeats_its_dates_above_the_lanes(count: int, above: bool) -> None:
    figure = render.figure_dict(_lanes_of_tags(count), group_by="tag")
    layout, top = figure["layout"], figure["layout"].get("xaxis2")
    assert (top is not None) is above
    if above:
        assert top["matches"] == "x" and top["side"] == "top" and layout["height"] > render.TOP_AXIS_PX
        assert top["tickmode"] == "auto", "synced ticks would say 1899 for 1900"
        on_top = [t["xaxis"] for t in figure["data"] if t.get("xaxis")]
        assert on_top == ["x2"], "plotly draws an axis only for a trace on it"
        assert layout["margin"]["t"] == 130 + render.TICKS_PX
    build_figure(_lanes_of_tags(count), group_by="tag")  # plotly accepts it


@pytest.mark.parametrize("count", [3, 24, 60], ids=["short", "tall", "taller"])
def test_the_title_sits_as_far_below_the_top_at_any_height(count: int) -> None:
    layout = render.figure_dict(_lanes_of_tags(count), group_by="tag")["layout"]
    assert round((1 - layout["title"]["y"]) * layout["height"], 6) == render.TITLE_PX


def _thin_lanes(crowded: int) -> Timeline:
    """Return `crowded` lanes (by tag) of 8 rows of bars over 2024, then two lanes of one event each."""
    events = [timelines.manual(f"Stage {i} of works {lane}", "2024", tags=[f"a{lane}"])
              for lane in range(crowded) for i in range(8)]
    events += [timelines.manual("Council vote", "2024-05-02", tags=["x-council"]),
               timelines.manual("Court ruling", "2024-05-03", tags=["y-court"])]
    return Timeline(events=[e.model_copy(update={"id": f"e{i:03d}"}) for i, e in enumerate(events)])


@pytest.mark.parametrize(("crowded", "named"), [(2, ["x-council", "y-court"]), (9, ["x-council", ""])],
                         ids=["roomy", "thin"])
def test_thin_lanes_in_a_row_do_not_print_their_names_over_each_other(crowded: int, named: list[str]) -> None:
    layout = render.figure_dict(_thin_lanes(crowded), group_by="tag")["layout"]
    yaxis = layout["yaxis"]
    lanes_px = layout["height"] - 230 - (layout["margin"]["t"] - 130)
    row_px = lanes_px / (yaxis["range"][0] - yaxis["range"][1])
    assert yaxis["ticktext"][-2:] == named, "the second of two thin lanes is named on hover only"
    shown = [c for c, name in zip(yaxis["tickvals"], yaxis["ticktext"], strict=True) if name]
    assert all((b - a) * row_px >= render.LANE_NAME_PX for a, b in zip(shown, shown[1:], strict=False))


# (id, the documents' (id, title[, date, outlet]), the names the page's document filter offers, in that order)
FILTER_NAMES = [
    ("a-daily-column-goes-by-its-days",
     [("courier-11-04", "The latest", "2026-11-04"), ("courier-11-10", "The latest", "2026-11-10")],
     ["The latest \u00b7 2026-11-04", "The latest \u00b7 2026-11-10"]),
    ("two-updates-of-one-day-go-by-their-id",
     [("c-am", "The latest", "2026-11-04"), ("c-pm", "The latest", "2026-11-04"),
      ("c2", "The latest", "2026-11-05")],
     ["The latest \u00b7 c-am", "The latest \u00b7 c-pm", "The latest \u00b7 2026-11-05"]),
    ("one-headline-from-two-outlets-names-them",
     [("c", "Live updates", "2026-11-04", "Bay Courier"),
      ("h", "Live updates", "2026-11-04", "Harbour Times"),
      ("h2", "Live updates", "2026-11-05", "Harbour Times")],
     ["Live updates \u00b7 Bay Courier", "Live updates \u00b7 Harbour Times \u00b7 2026-11-04",
      "Live updates \u00b7 Harbour Times \u00b7 2026-11-05"]),
    ("distinct-titles", [("a", "Strike begins"), ("b", "Court rules")], ["Strike begins", "Court rules"]),
    ("a-daily-column-under-one-headline",
     [("courier-11-04", "The latest"), ("courier-11-05", "The latest"), ("c", "Court rules")],
     ["The latest \u00b7 courier-11-04", "The latest \u00b7 courier-11-05", "Court rules"]),
    # untitled (a JSON Lines story): its first words ("Text" here), then its id
    ("untitled-documents-go-by-their-first-words-and-id", [("wire-1", None), ("wire-2", None)],
     ["Text \u00b7 wire-1", "Text \u00b7 wire-2"]),
]


@pytest.mark.parametrize("documents,names", [c[1:] for c in FILTER_NAMES], ids=[c[0] for c in FILTER_NAMES])
def test_the_document_filter_tells_documents_of_one_headline_apart(documents, names):
    from timeline.models import Document, Evidence

    events = [timelines.manual(f"Event {i}", "2026-11-02").model_copy(update={
        "id": f"e{i}", "evidence": [Evidence(document=doc[0], start=0, end=4, text="Text")]})
        for i, doc in enumerate(documents)]
    read = [Document(id=d[0], title=d[1], text="Text", date=d[2] if len(d) > 2 else None,
                     outlet=d[3] if len(d) > 3 else None) for d in documents]  # fmt: skip
    docs = build_figure(Timeline(documents=read, events=events)).layout.meta["documents"]
    assert {d["id"]: d["name"] for d in docs} == dict(zip([d[0] for d in documents], names, strict=True))


def _crowded(days: list[int]) -> list[placement.Placed]:
    """Return one lane of events on these days of November 2026, titled long enough to need rows."""
    placed = []
    for index, day in enumerate(days):
        event = timelines.manual(f"Dockworkers met the port board again, day {index}", f"2026-11-{day:02d}")
        event = event.model_copy(update={"id": f"e{index}"})
        start, stop = placement.extent(event, "day")
        placed.append(placement.Placed(index, event, "lane", "day", start, stop))
    return placed


# (id, the days of the events in one lane): more events than rows, so some go unlabelled in a row of others
CROWDS = [
    ("three weeks of daily updates",
     [1, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10, 11, 12, 13, 15, 17, 19, 24]),
    ("one busy day among quiet ones", [1, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 9, 20]),
]


@pytest.mark.parametrize("days", [c[1] for c in CROWDS], ids=[c[0] for c in CROWDS])
def test_no_label_runs_over_a_mark_of_its_row(days):
    placed = _crowded(days)
    first, last = dt.datetime(2026, 10, 12), dt.datetime(2026, 12, 14)
    placement.pack(placed, ["lane"], first, last)
    per_px = (last - first) / placement.PLOT_PX
    assert any(not p.labeled for p in placed), "the case must crowd the lane"
    for item in placed:
        if not item.labeled or item.left:
            continue
        reach = item.stop + per_px * (len(item.text) * placement.CHAR_PX + 20)
        row = [p for p in placed if p.y == item.y and p is not item]
        covered = [p.index for p in row if item.stop <= p.start < reach]
        assert covered == [], f"{item.text!r} runs over the marks of {covered}"


def test_labels_are_packed_for_the_view_the_page_opens_on():
    events = [timelines.manual(f"Update {day}", f"2026-11-{day:02d}").model_copy(update={"id": f"e{day}"})
              for day in range(1, 25)]
    events += [timelines.manual("The last strike", "2011-03"), timelines.manual("Automation", "2030")]
    layout = render.figure_dict(Timeline(events=events))["layout"]
    assert layout["meta"]["packed"] == layout["xaxis"]["range"]
