"""Place events on a timeline: lanes (one per document or tag), rows in a lane, labels that fit.

At the first, full view of the chart, neither bars nor labels in a lane overlap: each event takes the
first row free at its start, its label goes right of it (or left, in the last third of the axis), and
labels then grow into the room their row leaves. The page (page.js) shows labels again once zoomed.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from timeline import describe
from timeline.models import Event

GroupBy = Literal["document", "tag", "none"]

# granularity -> precision class drawn (render.CLASSES): a year is a bar, a day a point.
GRANULARITY_CLASS = {
    "millennium": "long", "century": "long", "decade": "long", "year": "year", "half": "part",
    "quarter": "part", "season": "part", "month": "month", "week": "week", "day": "day", "time": "day",
}

SHORT = {"day", "week", "month"}  # classes packed first in an unlabelled lane
LABEL_LIMIT = 120  # above this many events, labels would be noise: hover, search and list instead
MAX_LANES = 24  # more groups than this: the smallest go to one "Other" lane
MAX_ROWS = 8  # rows per lane; events that fit nowhere share the emptiest row, unlabeled
MAX_ROWS_UNLABELED = 4  # without labels, rows only keep marks apart; crowded lanes get more:
EVENTS_PER_ROW = 50  # one row per this many events in a lane, up to
MAX_ROWS_CROWDED = 24
PLOT_PX = 1000  # width assumed when packing labels; the page is wider on most screens
CHAR_PX = 6.8  # mean width of a 12px label character
GAP_PX = 36  # room between one event's label and the next event in the same row
LABEL_CHARS = 34  # a label gets at least this many characters of its title ("Talks ran from 2019…")
LABEL_CHARS_MAX = 72  # and up to this many where its row leaves room before the next event
LABEL_CHARS_MIN = 8  # a label cut shorter than this ("Strike…") says too little: the mark goes unlabelled
OTHER, HAND, UNTAGGED, ALL = "Other", "Added by hand", "Untagged", "All events"


@dataclass
class Placed:
    """An event with where it is drawn: its index in draw order, lane, row, class and x positions."""

    index: int
    event: Event
    lane: str
    cls: str
    start: dt.datetime
    stop: dt.datetime
    y: int = 0
    labeled: bool = False
    left: bool = False
    text: str = ""

    @property
    def middle(self) -> dt.datetime:
        return self.start + (self.stop - self.start) / 2

    @property
    def is_point(self) -> bool:
        return self.cls == "day"


def shift(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """Return moment + delta, held at the calendar's ends: an event in the year 6 has room to its left."""
    try:
        return moment + delta
    except OverflowError:
        return dt.datetime.min if delta < dt.timedelta(0) else dt.datetime.max


def class_of(event: Event) -> str:
    if event.when.end_value:
        return "range"
    return GRANULARITY_CLASS.get(event.when.granularity, "day")


def extent(event: Event, cls: str) -> tuple[dt.datetime, dt.datetime]:
    """Return the instants an event covers: a whole day is midnight to midnight, a point is noon."""
    when = event.when
    if cls == "day":
        hour, minute = 12, 0
        if when.time and when.time[:2].isdigit() and when.time[3:5].isdigit():
            hour, minute = min(int(when.time[:2]), 23), min(int(when.time[3:5]), 59)
        point = dt.datetime.combine(when.start, dt.time(hour, minute))
        return point, point
    first = dt.datetime.combine(when.start, dt.time())
    return first, dt.datetime.combine(when.end, dt.time()) + dt.timedelta(days=1)


def fold_lanes(placed: list[Placed]) -> list[str]:
    """Order lanes by their first event and fold the smallest into "Other" past MAX_LANES.

    When "Other" would then hold most events, every event goes to one lane instead.
    """
    members: dict[str, list[Placed]] = defaultdict(list)
    for item in placed:
        members[item.lane].append(item)
    if len(members) > MAX_LANES:
        keep = sorted(members, key=lambda name: (-len(members[name]), name))[: MAX_LANES - 1]
        for item in placed:
            if item.lane not in keep:
                item.lane = OTHER
        members = defaultdict(list)
        for item in placed:
            members[item.lane].append(item)
        if len(members[OTHER]) * 2 > len(placed):
            # Hundreds of documents: "Other" would hold most events, squeezed under a few named
            # lanes that say little. One lane of every event reads better (the page filters by document).
            for item in placed:
                item.lane = ALL
            return [ALL]
    last = {HAND: 1, UNTAGGED: 1, OTHER: 2}
    return sorted(members, key=lambda name: (last.get(name, 0), min(p.start for p in members[name]), name))


def pack(placed: list[Placed], lanes: list[str], first: dt.datetime, last: dt.datetime) -> int:
    """Give each event a row so that, at the full view, bars and labels in a lane do not overlap.

    A label goes right of its event, or left of it in the last third of the axis, where a label
    on the right would run off the plot.
    """
    per_px = max((last - first) / PLOT_PX, dt.timedelta(minutes=1))
    labels = len(placed) <= LABEL_LIMIT
    turn = first + (last - first) * 0.62
    offset = 0
    for lane in lanes:
        ends: list[dt.datetime] = []
        in_row: list[list[Placed]] = []
        stops: list[dt.datetime] = []  # each row's last mark: where it ends once its labels give way
        # Without labels: how many marks of the current kind (short, then long: each kind comes in order of
        # its start) each row still draws at the current start, and the ends of those marks, with their row.
        running: list[int] = []
        ending: list[tuple[dt.datetime, int]] = []
        kind = None
        # Without labels, short events (days to months) take rows first: hundreds of them in a few
        # weeks need the rows to be read once zoomed in, where year and decade bars would fill them all.
        members = sorted((p for p in placed if p.lane == lane),
                         key=lambda p: (not labels and p.cls not in SHORT, p.start, p.index))
        crowded = min(MAX_ROWS_CROWDED, max(MAX_ROWS_UNLABELED, len(members) // EVENTS_PER_ROW))
        most = MAX_ROWS if labels else crowded
        for item in members:
            item.text = describe.label(item.event, chars=LABEL_CHARS) if labels else ""
            width = per_px * (len(item.text) * CHAR_PX + 20 if labels else 12)
            item.left = labels and item.middle > turn
            if not labels and kind != (item.cls in SHORT):
                kind, running, ending = item.cls in SHORT, [0] * len(ends), []
            gap = per_px * (GAP_PX if labels else 4)
            begin = shift(item.start, -gap - (width if item.left else dt.timedelta(0)))
            reach = shift(item.stop, dt.timedelta(0) if item.left else width)
            row = next((r for r, end in enumerate(ends) if end <= begin), None)
            if row is None and len(ends) < most:
                row = len(ends)
                ends.append(reach)
                in_row.append([])
                stops.append(item.stop)
                running.append(0)
            item.labeled = labels and row is not None
            if row is None:
                # No room: the event is drawn without a label, in a row whose labels end before its
                # mark (else the row that frees first). Its mark alone pushes the row's end, so later
                # events still get their labels and no label is drawn across it.
                clear = [r for r, end in enumerate(ends) if end <= item.start]
                if clear:
                    row = clear[0]
                elif not labels:  # marks alone: the row where the fewest marks of its kind still run, then
                    # the one that frees first, which ends at its last mark (what _clear_for gives a row
                    # without labels, without reading all its events again: thousands of events in a few
                    # rows made this quadratic, 26 s for 7,000 events). By its end alone, hundreds of year
                    # and decade bars of a crowded lane were all drawn over each other in one row.
                    while ending and ending[0][0] <= item.start:
                        running[heapq.heappop(ending)[1]] -= 1
                    row = min(zip(running, ends, range(len(ends)), strict=True))[2]
                    ends[row] = stops[row]
                else:  # a label there reaches past its mark: cut it short of the mark (or drop it), where
                    # the fewest labels are lost
                    edge = shift(item.start, -gap)
                    row = min(range(len(ends)), key=lambda r: (_dropped(in_row[r], edge, per_px), ends[r], r))
                    ends[row] = _clear_for(in_row[row], edge, per_px)
                ends[row] = max(ends[row], item.stop)
            else:
                ends[row] = max(ends[row], reach)
            in_row[row].append(item)
            stops[row] = max(stops[row], item.stop)
            if not labels:
                running[row] += 1
                heapq.heappush(ending, (item.stop, row))
            item.y = offset + row
        offset += max(len(ends), 1)
    if labels:
        _widen(placed, per_px, first, last)
    return offset


def _room(item: Placed, edge: dt.datetime, per_px: dt.timedelta) -> int:
    """Return how many characters of label fit between an event's mark and `edge`."""
    room = edge - item.stop
    return int((room / per_px - 20) / CHAR_PX) if room > dt.timedelta(0) else 0


def _dropped(row: list[Placed], edge: dt.datetime, per_px: dt.timedelta) -> int:
    """Return how many of a row's labels `_clear_for` would drop to end before `edge`."""
    cut = [item for item in row if item.labeled and not item.left]
    return sum(_room(item, edge, per_px) < min(len(item.text), LABEL_CHARS_MIN) for item in cut)


def _clear_for(row: list[Placed], edge: dt.datetime, per_px: dt.timedelta) -> dt.datetime:
    """Cut a row's right labels that reach past `edge` to end before it; return where the row now ends.

    A label left with fewer than LABEL_CHARS_MIN characters is dropped: its mark goes unlabelled.
    """
    end = dt.datetime.min
    for item in row:
        if item.labeled and not item.left:
            chars = _room(item, edge, per_px)
            if chars < len(item.text):
                item.text = describe.label(item.event, chars=chars) if chars >= LABEL_CHARS_MIN else ""
                item.labeled = bool(item.text)
        width = per_px * (len(item.text) * CHAR_PX + 20)
        end = max(end, shift(item.stop, width if item.labeled and not item.left else dt.timedelta(0)))
    return end


def _widen(placed: list[Placed], per_px: dt.timedelta, first: dt.datetime, last: dt.datetime) -> None:
    """Lengthen each label into the room its row leaves, up to LABEL_CHARS_MAX characters.

    Packing reserved LABEL_CHARS for every label; most rows have far more room ("Russian diplomats
    made the…" beside an empty stretch of years). Right labels grow up to the next mark or left label
    in their row, then left labels grow back to the end of what precedes them: nothing overlaps.
    """
    gap = per_px * GAP_PX
    rows: dict[int, list[Placed]] = defaultdict(list)
    for item in placed:
        rows[item.y].append(item)

    def width(item: Placed) -> dt.timedelta:
        return per_px * (len(item.text) * CHAR_PX + 20) if item.labeled else dt.timedelta(0)

    def fit(room: dt.timedelta, item: Placed) -> None:
        chars = int((room / per_px - 20) / CHAR_PX)
        if chars > len(item.text):
            item.text = describe.label(item.event, chars=min(chars, LABEL_CHARS_MAX))

    for row in rows.values():
        row.sort(key=lambda p: (p.start, p.index))
        for k, item in enumerate(row):
            if item.labeled and not item.left:
                limit = min([shift(p.start, -(width(p) if p.left else dt.timedelta(0)) - gap)
                             for p in row[k + 1:]] + [last])
                fit(limit - item.stop, item)
        for k, item in enumerate(row):
            if item.labeled and item.left:
                limit = max([shift(p.stop, (dt.timedelta(0) if p.left else width(p)) + gap) for p in row[:k]]
                            + [first])
                fit(item.start - limit, item)
