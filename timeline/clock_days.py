"""Date a clause that names a day and a clock time of that day by the time: "The board will meet next
Tuesday at 10 a.m.".

The clause's two phrases give two events of one title, one dated by the day and one by the time, which the
merge later joins under the first, the day: the hour was lost. A clause says one happening: its event is the
one of the clock time (or clock range, "Thursday from 7 a.m. to 8 p.m."), whose When keeps the day as its
interval and whose own date phrase is the clock time (the one its value is read from, as the event-date
scoring reads it). Its confidence is the better of the two. A time of another clause ("resigned on Monday,
and the council met at 3 p.m.") or another title, or a day of a range or with a mod ("before Monday"),
stays apart.
"""

from __future__ import annotations

from timeline.models import Event


def _plain_day(event: Event) -> bool:
    """Tell whether an event is dated by one whole day, with no mod and no range end."""
    when = event.when
    return when.granularity == "day" and when.start == when.end and when.mod is None and not when.end_value


def _clock_of_day(event: Event) -> bool:
    """Tell whether an event is dated by a clock time (or clock range) inside one day."""
    when = event.when
    return when.time is not None and when.start == when.end


def finer(events: list[Event]) -> list[Event]:
    """Return a sentence's events with each day event dropped whose clause and title a clock time of its day
    dates too, that event taking the better confidence; the others as given, in their order."""
    clocks = {(e.evidence[0].start, e.evidence[0].end, e.title, e.when.start): i
              for i, e in reversed(list(enumerate(events))) if e.evidence and _clock_of_day(e)}
    if not clocks:
        return events
    best: dict[int, float] = {}
    dropped: set[int] = set()
    for index, event in enumerate(events):
        if not event.evidence or not _plain_day(event):
            continue
        clock = clocks.get((event.evidence[0].start, event.evidence[0].end, event.title, event.when.start))
        if clock is not None:
            dropped.add(index)
            best[clock] = max(best.get(clock, events[clock].confidence), event.confidence)
    if not dropped:
        return events
    return [event.model_copy(update={"confidence": best[i]}) if i in best else event
            for i, event in enumerate(events) if i not in dropped]
