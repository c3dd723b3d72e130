"""How sure an extracted event is (`confidence_of`), and the events sure enough to keep: `--min-confidence`
of extract, build, list and export.

An extracted event's `confidence` is a score by rule of how likely its date is right (confidence_of). The
user's own events are never left out by it: one added by hand has no score to speak of, and one edited
by hand (pinned) was checked by the person who edited it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from timeline.counts import counted
from timeline.models import Event, Timeline
from timeline.twins import is_hand_work

if TYPE_CHECKING:  # an annotation only: `timeline list --min-confidence` loads no event layer
    from timeline.dating import Dated

# Confidences are rounded to 2 places by the rules that give them: an event of 0.7 is at least 0.7.
ROUNDING = 1e-9


def sure_enough(event: Event, minimum: float) -> bool:
    """Tell whether an event is kept at `minimum`: hand work always, an extracted event from its score."""
    return is_hand_work(event) or event.confidence >= minimum - ROUNDING


def confident(events: Iterable[Event], minimum: float | None) -> list[Event]:
    """Return the events `sure_enough` keeps at `minimum`, in their order (all of them when it is None)."""
    if minimum is None:
        return list(events)
    return [event for event in events if sure_enough(event, minimum)]


def confident_timeline(timeline: Timeline, minimum: float | None) -> Timeline:
    """Return a copy of the timeline with only the events `confident` keeps; documents stay as they are."""
    return timeline.model_copy(update={"events": confident(timeline.events, minimum)})


def leave_out_weak(result: Timeline, minimum: float | None) -> tuple[Timeline, str | None]:
    """Drop the extracted events under `minimum` (--min-confidence of extract and build); return the rest
    and a line saying how many went (None when none did)."""
    kept = confident_timeline(result, minimum)
    dropped = len(result.events) - len(kept.events)
    if not dropped:
        return kept, None
    events = counted(dropped, "extracted event")
    return kept, f"left out {events} with a confidence under {minimum:g} (hand-added or edited events stay)"


def ids_left_out(result: Timeline, kept: Timeline) -> frozenset[str]:
    """Return the ids of the events of `result` that `leave_out_weak` left out of `kept`."""
    return frozenset(e.id for e in result.events) - {e.id for e in kept.events}


# How sure a date is, by how it is placed (its TIMEX3 anchor) and by how wide a stretch its value names; each
# row measured on TimeBank (fit) and held on AQUAINT (check) with `evaluate --events --by-confidence`, as
# (share of such dates right on TimeBank, on AQUAINT). A row goes when it does not hold on both.
PLACED: dict[str | None, float] = {
    None: 0.95,  # absolute: "on 3 March 2021", "in 1998" (.95, .78: AQUAINT writes "1948-XX" for a year)
    "dct": 0.85,  # counted from the publication date: "on Monday", "last month" (.89, .82)
}
CHAINED = 0.55  # chained from an earlier date: "a day later", "that quarter" (.67, .36)
# Steps down for the value's width (a row: the stretch, an example, shares right on TimeBank and AQUAINT):
WEEK = 0.4  # a week: "last week", "this week", "the weekend" (.49, .19): the calendar week or the last seven
# days? the gold itself mostly leaves it open (1989-WXX); chained or not
YEAR = 0.1  # a year or wider, not chained: "next year", "a decade ago", "the 1990s" (.90, .71, against .95
# and .94 for a day); a chained year stays as chained ("a year earlier" is right as often as other chains)
# What does NOT lower it, measured and dropped (shares right on TimeBank, on AQUAINT, against .89 and .81 for
# the rest): a state (.90, .65), speculation or a negation (.85, .93), a date that only modifies a noun (13
# of 13, 3 of 3), no verb (10 of 11, 1 of 2), an approximate or open date (5 of 8, 2 of 2); a figure (.79 on
# TimeBank) has none on AQUAINT to check it. So the score reads the date alone: eventness does not lower it.


def confidence_of(dated: Dated) -> float:
    """Score how likely an event's date is right, by rule: absolute > deictic > chained; a week, a year lower.

    The score is about the date, not the kind of event: see PLACED, WEEK and YEAR for the measured rows.
    """
    anchor = dated.timex.anchor
    value = dated.when.value
    score = PLACED.get(anchor, CHAINED)
    if "-W" in value:
        score -= WEEK
    elif anchor in PLACED and value.isdigit():
        score -= YEAR
    return round(min(1.0, max(0.05, score)), 2)
