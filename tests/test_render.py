"""Tests of the timeline page: the figure's data (honest precision, lanes, labels), the HTML, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import random
import re

import pytest
from click.testing import CliRunner

import cli
from tests import timelines
from timeline import describe, placement, render, store
from timeline.events import when_of
from timeline.models import Event, TimeExpression, Timeline
from timeline.render import build_figure, render_html


def _when(value: str, mod: str | None = None, end_value: str | None = None):
    when = when_of(TimeExpression(start=0, end=1, text="x", type="DATE", value=value, mod=mod))
    return when.model_copy(update={"end_value": end_value}) if end_value else when


def _traces(figure, role: str) -> list:
    return [t for t in figure.data if (t.meta or {}).get("role") == role]


def _event_trace(figure, index: int):
    return next(t for t in _traces(figure, "events") if index in t.customdata)


def _index(timeline: Timeline, figure, value: str) -> int:
    """Return the draw index of the event whose TIMEX3 value is `value`."""
    titles = [e["date"] for e in figure.layout.meta["events"]]
    event = next(e for e in timeline.events if e.when.value == value and not e.when.end_value)
    return titles.index(describe.say_when(event.when))


SAID = [
    ("2017", None, None, "2017"),
    ("2025-10", None, None, "October 2025"),
    ("2025-W43", None, None, "week of 20 October 2025"),
    ("2025-W43-WE", None, None, "weekend of 25 October 2025"),
    ("2025-10-25", None, None, "25 October 2025"),
    ("2013-03-22T14:30", None, None, "22 March 2013, 14:30"),
    ("2013-SU", None, None, "summer 2013"),
    ("2013-Q1", None, None, "first quarter of 2013"),
    ("2013-H2", None, None, "second half of 2013"),
    ("199", None, None, "the 1990s"),
    ("19", None, None, "the 20th century"),
    ("2019", "START", None, "early 2019"),
    ("2025-10", "APPROX", None, "about October 2025"),
    ("2025-W43", "END", None, "late in the week of 20 October 2025"),
    ("2019", None, "2021", "2019 \u2013 2021"),
    ("199", "END", None, "the late 1990s"),
    ("19", "START", None, "the early 20th century"),
    ("199", "APPROX", None, "about the 1990s"),
    ("199", "BEFORE", None, "before the 1990s"),
    ("2026-05-04T09:00", None, "2026-05-04T17:00", "4 May 2026, 09:00 \u2013 17:00"),  # the day said once
    ("2026-05-04T22:00", None, "2026-05-05T02:00", "4 May 2026, 22:00 \u2013 5 May 2026, 02:00"),
]


@pytest.mark.parametrize(("value", "mod", "end_value", "said"), SAID, ids=[row[3] for row in SAID])
def test_dates_are_said_at_their_precision(value, mod, end_value, said):
    assert describe.say_when(_when(value, mod, end_value)) == said


WRAPS = [
    (("Signed on ", "25 October 2025", "."), "Signed on <b>25 October 2025</b>."),
    (("a <b> & 'x'", "", ""), "a &lt;b&gt; &amp; &#39;x&#39;"),
    (("Talks  ran\n", "from 2019", "  to 2021"), "Talks ran <b>from 2019</b> to 2021"),
    (("w " * 33, "the week of 20 October 2025", " then"),
     "w " * 33 + "<b>the</b><br><b>week of 20 October 2025</b> then"),
]


@pytest.mark.parametrize(("parts", "shown"), WRAPS, ids=["plain", "markup", "spaces", "bold-across-lines"])
def test_wrap_emphasizes_the_phrase_on_every_line(parts, shown):
    assert describe.wrap(*parts) == shown


SPANS_SAID = [
    ("2017-01-01", "2026-03-12", "2017 \u2013 2026"),
    ("2025-10-01", "2026-03-12", "October 2025 \u2013 March 2026"),
    ("2025-10-20", "2025-10-25", "October 2025"),
    ("0001-01-01", "2099-12-31", "AD 1 \u2013 2099"),  # a lone "1 – 2099" reads as a glitch
    ("0476-09-04", "1453-05-29", "AD 476 \u2013 1453"),
]


@pytest.mark.parametrize(("first", "last", "said"), SPANS_SAID, ids=[row[2] for row in SPANS_SAID])
def test_the_span_covered_is_said_at_a_useful_scale(first, last, said):
    assert describe.say_span(dt.date.fromisoformat(first), dt.date.fromisoformat(last)) == said


SPANS = [
    # (value, first day drawn, day after the last, class)
    ("2017", "2017-01-01", "2018-01-01", "year"),
    ("2025-10", "2025-10-01", "2025-11-01", "month"),
    ("2025-W43", "2025-10-20", "2025-10-27", "week"),
    ("2023-SU", "2023-06-01", "2023-09-01", "part"),
]


@pytest.mark.parametrize(("value", "first", "after", "cls"), SPANS, ids=[row[0] for row in SPANS])
def test_a_coarse_date_is_a_bar_over_the_days_it_covers(value, first, after, cls):
    sample = timelines.sample()
    figure = build_figure(sample)
    index = _index(sample, figure, value)
    bars = [t for t in _traces(figure, "spans") if index in t.customdata]
    assert len(bars) == 1 and bars[0].meta["class"] == cls
    at = list(bars[0].customdata).index(index)
    assert list(bars[0].x[at:at + 2]) == [first, after]
    mark = _event_trace(figure, index)
    assert mark.meta["class"] == cls and mark.x[list(mark.customdata).index(index)] != first


def test_year_month_week_and_day_are_drawn_distinguishably():
    sample = timelines.sample()
    figure = build_figure(sample)
    looks = {}
    for value in ("2017", "2025-10", "2025-W43", "2025-10-25"):
        index = _index(sample, figure, value)
        mark = _event_trace(figure, index)
        at = list(mark.customdata).index(index)
        bars = [t for t in _traces(figure, "spans") if index in t.customdata]
        looks[value] = (mark.name, mark.marker.color, mark.marker.symbol[at], len(bars))
    assert len(set(looks.values())) == 4
    assert looks["2025-10-25"][2] == "circle" and looks["2025-10-25"][3] == 0, "a day is a point, no bar"
    assert all(look[3] == 1 for value, look in looks.items() if value != "2025-10-25")


def test_vague_dates_and_hand_added_events_look_different():
    sample = timelines.sample()
    figure = build_figure(sample)
    early = _index(sample, figure, "2019")
    vague_bars = [t for t in _traces(figure, "spans") if early in t.customdata]
    assert vague_bars[0].line.dash == "dash"
    years = [t for t in _traces(figure, "spans") if t.meta["class"] == "year"]
    assert [t.line.dash for t in years if early not in t.customdata] == ["solid"]
    mark = _event_trace(figure, early)
    assert "early 2019" in mark.hovertext[list(mark.customdata).index(early)]
    events = figure.layout.meta["events"]
    hand = next(i for i, e in enumerate(events) if e["manual"])
    mark = _event_trace(figure, hand)
    assert mark.marker.symbol[list(mark.customdata).index(hand)] == "star"


def test_every_event_is_drawn_once_with_its_hover_card():
    sample = timelines.sample()
    figure = build_figure(sample)
    drawn = [i for t in _traces(figure, "events") for i in t.customdata]
    assert sorted(drawn) == list(range(len(sample.events)))
    cards = {i: h for t in _traces(figure, "events") for i, h in zip(t.customdata, t.hovertext, strict=True)}
    index = _index(sample, figure, "2025-10-25")
    assert cards[index].startswith("<b>25 October 2025</b>")
    assert "on <b>25 October 2025</b>." in cards[index], "the date phrase is emphasized in the sentence"
    assert "Cybercrime treaty signed in Hanoi \u00b7 news.example.org" in cards[index]


def test_title_gives_counts_and_span():
    figure = build_figure(timelines.sample(), title="The treaty")
    assert figure.layout.title.text == "<b>The treaty</b>"
    subtitle = "10 events (1 added by hand) from 2 documents \u00b7 2017 \u2013 2026"
    assert figure.layout.title.subtitle.text == subtitle
    assert [b.label for b in figure.layout.xaxis.rangeselector.buttons][-1] == "all"
    assert figure.layout.xaxis.rangeslider.visible


GROUPS = [
    ("document", ["Cybercrime treaty signed in Hanoi", "River bridge reopens", "Added by hand"]),
    ("tag", ["treaty", "Untagged"]),
    ("none", ["All events"]),
]


@pytest.mark.parametrize(("group_by", "lanes"), GROUPS, ids=[row[0] for row in GROUPS])
def test_lanes_follow_the_grouping(group_by, lanes):
    figure = build_figure(timelines.sample(), group_by=group_by)
    assert figure.layout.meta["lanes"] == lanes
    shown = [describe.escape(describe.shorten(name, render.LANE_CHARS)) for name in lanes]
    assert list(figure.layout.yaxis.ticktext) == shown


def test_many_groups_fold_into_other():
    events = [timelines.manual(f"event {i}", f"2020-01-{i % 28 + 1:02d}", tags=[f"tag{i:02d}"])
              for i in range(40)]
    figure = build_figure(Timeline(events=events), group_by="tag")
    assert len(figure.layout.meta["lanes"]) == placement.MAX_LANES
    assert figure.layout.meta["lanes"][-1] == placement.OTHER


def test_labels_do_not_overlap_at_the_full_view():
    """Labels in one row, estimated at the packing width, never run into each other."""
    rng = random.Random(3)
    dates = [f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(60)]
    events = [timelines.manual(f"Something happened number {i}", day) for i, day in enumerate(dates)]
    figure = build_figure(Timeline(events=events))
    days = [e.when.start for e in events]
    per_px = (max(days) - min(days)) / placement.PLOT_PX  # day events are points: the packing's span
    rows: dict[float, list] = {}
    for note in figure.layout.annotations:
        x, width = dt.datetime.fromisoformat(note.x), per_px * len(note.text) * placement.CHAR_PX
        rows.setdefault(note.y, []).append((x - width, x) if note.xanchor == "right" else (x, x + width))
    assert sum(len(r) for r in rows.values()) > 20, "labels are drawn where they fit"
    for spans in rows.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans


def test_large_timelines_use_webgl_and_no_labels():
    events = [timelines.manual(f"e{i}", f"20{10 + i % 15}-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              for i in range(render.GL_THRESHOLD + 1)]
    figure = build_figure(Timeline(events=events))
    assert {t.type for t in figure.data} == {"scattergl"}
    assert not figure.layout.annotations
    # A range slider draws no WebGL trace: it would be an empty grey band. "all" reaches every date.
    assert figure.layout.xaxis.rangeslider.visible is False
    assert figure.layout.xaxis.rangeselector.buttons[-1].step == "all"
    assert build_figure(Timeline(events=events[:200])).layout.xaxis.rangeslider.visible is True


def test_no_events_gives_a_page_that_says_so():
    figure = build_figure(Timeline())
    assert not figure.data
    assert "no dated events" in figure.layout.annotations[0].text
    page = render_html(Timeline())
    assert "no dated events" in page and "<title>Timeline</title>" in page


def test_one_event_sits_inside_the_axis():
    event = timelines.sample().events[0]
    figure = build_figure(Timeline(events=[event]))
    first, last = figure.layout.xaxis.range
    assert first < event.when.start.isoformat() and last > event.when.end.isoformat()
    assert [len(t.x) for t in _traces(figure, "events")] == [1]


def test_render_is_byte_identical_whatever_the_order_of_the_file():
    sample = timelines.sample()
    shuffled = sample.model_copy(update={"events": list(reversed(sample.events)),
                                         "documents": list(reversed(sample.documents))})
    assert render_html(sample) == render_html(sample) == render_html(shuffled)


def test_the_page_embeds_plotly_and_needs_no_network():
    inline = render_html(timelines.sample())
    assert len(inline) > 3_000_000  # plotly.js is in the file
    assert "<script src=" not in inline and "<link" not in inline
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', inline).group(1)
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy and "https:" not in policy


def _markup_counts(page: str) -> tuple[int, ...]:
    lowered = page.lower()
    return tuple(lowered.count(s) for s in ("<script", "</script", "<!--", "<img", "<svg", "<a "))


def test_hostile_text_is_escaped_in_the_figure_and_the_page():
    figure = build_figure(timelines.hostile())
    shown = json.dumps([list(t.hovertext) for t in _traces(figure, "events")]) + figure.layout.title.text
    shown += json.dumps(list(figure.layout.yaxis.ticktext))
    shown += json.dumps([a.text for a in figure.layout.annotations])
    assert "<script" not in shown and "<img" not in shown and "<svg" not in shown and "<a " not in shown
    assert "&lt;script&gt;" in shown and "&#34;&#39;&gt;&lt;svg onload=alert(3)&gt;" in shown
    hostile, benign = render_html(timelines.hostile()), render_html(timelines.sample())
    assert _markup_counts(hostile) == _markup_counts(benign), "no markup from documents reaches the page"
    title = "&lt;script&gt;window.__pwned = 1; alert(&#x27;script&#x27;)&lt;/script&gt;"
    assert f"<title>{title}</title>" in hostile


def test_cli_render_writes_the_page(tmp_path):
    path = tmp_path / "t.json"
    store.save(timelines.sample(), path)
    result = CliRunner().invoke(cli.main, ["render", str(path), "--group-by", "tag"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert '"group_by":"tag"' in page and "<script src=" not in page
    arguments = ["render", str(path), "-o", "-", "--title", "T"]
    result = CliRunner().invoke(cli.main, arguments)
    assert result.exit_code == 0 and result.stdout.startswith("<!DOCTYPE html>")
    assert "<title>T</title>" in result.stdout


def test_cli_render_explains_a_missing_file(tmp_path):
    result = CliRunner().invoke(cli.main, ["render", str(tmp_path / "missing.json")])
    assert result.exit_code == 1 and "no such timeline file" in result.output


def test_a_title_is_left_out_of_the_card_only_when_the_quote_shows_it():
    document = timelines.ARTICLES[0]
    short = timelines.stated(document, "25 October 2025", "2025-10-25")
    long_text = "Word " * 80 + "then it was signed on 25 October 2025."
    long = timelines.stated(document.model_copy(update={"text": long_text}), "25 October 2025", "2025-10-25")
    documents = {document.id: document}
    assert describe.card(short, documents).count("Some 60 countries signed") == 1
    assert long.title.startswith("Word Word") and "\u201c\u2026" in describe.card(long, documents)
    assert "<br>Word Word" in describe.card(long, documents), "the quote is cut: the title is shown"


def test_event_without_evidence_or_title_still_has_a_card():
    event = Event(id="x", title="", when=_when("2020"), origin="manual", url="https://example.org/a")
    figure = build_figure(Timeline(events=[event]))
    assert "(untitled)" in figure.data[-1].hovertext[0] and "example.org" in figure.data[-1].hovertext[0]


def test_labels_use_the_room_their_row_leaves():
    """A label beside an empty stretch shows its whole title, not the first 34 characters."""
    title = "Delegates from forty countries met to settle the last articles of the text"
    events = [timelines.manual(title, "2017-03-01"), timelines.manual("Signed", "2025-10-25")]
    figure = build_figure(Timeline(events=events))
    texts = sorted(a.text for a in figure.layout.annotations)
    assert texts == [describe.shorten(title, placement.LABEL_CHARS_MAX), "Signed"]
    assert len(texts[0]) > placement.LABEL_CHARS


def test_crowded_labels_stay_short_and_never_overlap_after_widening():
    """Widened labels keep clear of the marks in their row (estimated at the packing width)."""
    rng = random.Random(5)
    events = [timelines.manual(f"A long title about the council vote and the budget {i} " * 2,
                               f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for i in range(40)]
    figure = build_figure(Timeline(events=events))
    days = [e.when.start for e in events]
    per_px = (max(days) - min(days)) / placement.PLOT_PX
    marks = {}
    for trace in _traces(figure, "events"):
        for x, y in zip(trace.x, trace.y, strict=True):
            marks.setdefault(y, []).append(dt.datetime.fromisoformat(x))
    lengths = [len(a.text) for a in figure.layout.annotations]
    assert min(lengths) <= placement.LABEL_CHARS < max(lengths) <= placement.LABEL_CHARS_MAX
    # Where every row is full a mark may sit under a short label; a widened label never covers one.
    for note in (a for a in figure.layout.annotations if len(a.text) > placement.LABEL_CHARS):
        x, width = dt.datetime.fromisoformat(note.x), per_px * (len(note.text) * placement.CHAR_PX + 7)
        low, high = (x - width, x) if note.xanchor == "right" else (x, x + width)
        others = [m for m in marks[note.y] if abs(m - x) > dt.timedelta(hours=1)]
        assert not any(low < m < high for m in others), note.text


def test_a_large_timeline_opens_on_its_events_not_on_a_far_outlier():
    events = [timelines.manual(f"e{i}", f"20{10 + i % 10}-{i % 12 + 1:02d}-{i % 28 + 1:02d}")
              for i in range(render.LABEL_LIMIT + 80)]
    events.append(timelines.manual("A siege long ago", "1300"))
    figure = build_figure(Timeline(events=events))
    low, high = figure.layout.xaxis.range
    assert "2009" < low < "2010-01-01" and "2019-12-28" < high < "2021"
    assert figure.layout.xaxis.rangeslider.range[0] < "1300", "the slider still shows every event"
    small = build_figure(Timeline(events=events[:30] + events[-1:]))
    assert "2009" < small.layout.xaxis.range[0], "a labelled timeline too (test_render_view.py)"


def test_the_page_data_names_each_event_by_its_id_for_permalinks():
    sample = timelines.sample()
    figure = build_figure(sample)
    ordered = sorted(sample.events, key=lambda e: (e.when.start, e.when.end, e.title, e.id))
    assert [e["id"] for e in figure.layout.meta["events"]] == [e.id for e in ordered]


# (document fields changed, the source line of the card: its outlet, the domain only without one)
SOURCE_LINE_CASES = [
    pytest.param({"outlet": "Harbour Herald"}, "Cybercrime treaty signed in Hanoi \u00b7 Harbour Herald",
                 id="outlet-named-not-domain"),
    pytest.param({}, "Cybercrime treaty signed in Hanoi \u00b7 news.example.org", id="domain-without-outlet"),
    pytest.param({"outlet": "Harbour Herald", "title": "Treaty signed | Harbour Herald"},
                 "Treaty signed | Harbour Herald", id="outlet-in-title-not-repeated"),
    pytest.param({"url": None, "text": "HANOI (Harbour Wire) \u2014 Some 60 countries signed the convention "
                  "on 25 October 2025."}, "Cybercrime treaty signed in Hanoi \u00b7 Harbour Wire",
                 id="dateline-outlet-as-the-filter-reads-it"),
]


@pytest.mark.parametrize(("changes", "said"), SOURCE_LINE_CASES)
def test_the_card_names_the_outlet_and_the_domain_only_without_one(changes, said):
    document = timelines.ARTICLES[0].model_copy(update=changes)
    event = timelines.stated(document, "25 October 2025", "2025-10-25")
    card = build_figure(Timeline(documents=[document], events=[event])).data[-1].hovertext[0]
    assert card.rsplit("<br>", 1)[-1] == f"<i>{describe.escape(said)}</i>"


def _tagged(tags: list[str]) -> Timeline:
    sample = timelines.sample()
    return sample.model_copy(update={"events": [e.model_copy(update={"tags": tags}) for e in sample.events]})


UNTAGGED = [  # (timeline, --group-by, is there a note)
    (_tagged([]), "tag", True),
    (timelines.sample(), "tag", False),  # its hand event has a tag
    (_tagged([]), "document", False),
    (_tagged([]), "none", False),
    (Timeline(), "tag", False),  # nothing to draw: no lane to speak of
]


@pytest.mark.parametrize(("timeline", "group_by", "noted"), UNTAGGED,
                         ids=[f"{len(t.events)}-{g}-{n}" for t, g, n in UNTAGGED])
def test_untagged_note(timeline, group_by, noted):
    note = render.untagged_note(timeline, group_by)
    assert (note is not None) is noted
    if noted:
        assert note.startswith("note: no event has a tag, so --group-by tag draws one lane")
