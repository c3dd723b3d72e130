"""Choose the span a timeline's page opens on: where most events are, when a few far-off ones would squash
them at the full view.

One event in 1945 among thirty in 2025 puts the rest in a sliver: the page opens on the tightest stretch that
holds nearly all of them (`core_view`), padded (`first_view`). render.py packs the labels for that view and
the page says how many events are out of it; the range slider and "Show all dates" still reach every event.
"""

from __future__ import annotations

import datetime as dt
import math

from timeline.placement import Placed, shift

CORE_SHARE = 0.04  # a timeline opens on its events less one and at most this share more of outliers
CORE_MIN = 5  # fewer events than this are all shown at first, however far apart
# Failing that, a timeline spanning more than REASONABLE_YEARS opens on the tightest stretch that holds
# this share of its events, the first share whose stretch is under a third of the whole span:
CORE_MOST = [
    (0.9, "90 events in 2015-2024, 10 from 1900 to 1990: opens on 2015-2024"),
    (0.75, "48 events in 2024-2026, 14 of a history from 1890 to 2027: opens on 2024-2026"),
]
REASONABLE_YEARS = 10  # a timeline within this span keeps the rule above (events less one and 4%)
# Whatever its span, a timeline opens on the stretch of the first CORE_MOST share (90%) when that stretch
# is at least this many times shorter than the one the rules above chose (or than the whole span): a
# three-week story with background dates from 2011 to 2030 opens on its three weeks, not on 2025-2028.
DENSER = 10
# And whatever its span, a timeline opens on the tightest stretch of the middles of DENSEST_SHARE of its
# events when that stretch is at least DENSEST times shorter than the view chosen above: a month of news
# with background years and forecasts (110 of 177 events in December 2001, the rest from 1893 to 2020)
# opens on that month and its neighbours, not on 1985-2003. Events longer than the stretch ("2001") do not
# widen it; the page counts them in view when their middle is.
DENSEST_SHARE = 2 / 3
DENSEST = 25


def first_view(
    placed: list[Placed], core: tuple[dt.datetime, dt.datetime] | None
) -> tuple[dt.datetime, dt.datetime]:
    """Return the span the page opens on: the core of the events (`core_view`), else all of them, padded."""
    first, last = min(p.start for p in placed), max(p.stop for p in placed)
    pad = max((last - first) * 0.04, dt.timedelta(days=20))
    whole = shift(first, -pad), shift(last, pad)
    if not core:
        return whole
    core_pad = max((core[1] - core[0]) * 0.04, dt.timedelta(days=20))
    return max(shift(core[0], -core_pad), whole[0]), min(shift(core[1], core_pad), whole[1])


def core_view(placed: list[Placed]) -> tuple[dt.datetime, dt.datetime] | None:
    """Return where most events are, when a few far-off ones would squash them at the full view.

    One event in 1945 among thirty in 2025 (or one in 1300 among hundreds from 1997 to 2006) puts
    the rest in a sliver: the chart opens on the tightest stretch that holds all events but one and
    CORE_SHARE of them, when it is under a third of the whole span. A timeline over more than
    REASONABLE_YEARS whose story has a history section (a dam built in 1911, closed in 1968) opens
    on the stretch that holds most events (CORE_MOST), under the same condition. Whatever the span,
    a stretch ten times shorter (DENSER) that holds 90% of the events wins over both: a story followed
    for three weeks, with background dates from 2011 to 2030, opens on its three weeks; and a stretch
    DENSEST times shorter holding two thirds of them (DENSEST_SHARE) wins over all: a month of news with
    background years and forecasts opens on its month. The range slider,
    "all" and the page's "Show all dates" still reach every event, and the page says how many are
    out of view.
    """
    if len(placed) < CORE_MIN:
        return None
    first, last = min(p.start for p in placed), max(p.stop for p in placed)
    middles = sorted(p.middle for p in placed)

    def tightest(keep: int) -> tuple[dt.datetime, dt.datetime]:
        low = min(range(len(middles) - keep + 1), key=lambda i: (middles[i + keep - 1] - middles[i], i))
        inside = [p for p in placed if middles[low] <= p.middle <= middles[low + keep - 1]]
        return min(p.start for p in inside), max(p.stop for p in inside)

    most = [math.ceil(len(middles) * share) for share, _example in CORE_MOST]
    keeps = [len(middles) - 1 - int(len(middles) * CORE_SHARE)]
    if last - first > dt.timedelta(days=365.25 * REASONABLE_YEARS):
        keeps += most
    chosen = None
    for keep in keeps:
        start, stop = tightest(keep)
        if (stop - start) * 3 <= last - first:
            chosen = start, stop
            break
    for keep in most[:1]:  # nearly all events in a far shorter stretch: the story, not its background
        start, stop = tightest(keep)
        shown = chosen[1] - chosen[0] if chosen else last - first
        if (stop - start) * DENSER <= shown:
            chosen = start, stop
    keep = math.ceil(len(middles) * DENSEST_SHARE)
    low = min(range(len(middles) - keep + 1), key=lambda i: (middles[i + keep - 1] - middles[i], i))
    start, stop = middles[low], middles[low + keep - 1]
    shown = chosen[1] - chosen[0] if chosen else last - first
    if (stop - start) * DENSEST <= shown:
        short = [p for p in placed if start <= p.middle <= stop and p.stop - p.start <= stop - start]
        chosen = min([start] + [p.start for p in short]), max([stop] + [p.stop for p in short])
    return chosen
