"""Keep the events sure enough: `--min-confidence` of extract, build, list and export.

An extracted event's `confidence` is a score by rule (events.confidence_of, eventness.PENALTY). The
user's own events are never left out by it: one added by hand has no score to speak of, and one edited
by hand (pinned) was checked by the person who edited it.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.models import Event, Timeline
from timeline.twins import is_hand_work

# Confidences are rounded to 2 places by the rules that give them: an event of 0.7 is at least 0.7.
_ROUNDING = 1e-9


def sure_enough(event: Event, minimum: float) -> bool:
    """Tell whether an event is kept at `minimum`: hand work always, an extracted event from its score."""
    return is_hand_work(event) or event.confidence >= minimum - _ROUNDING


def confident(events: Iterable[Event], minimum: float | None) -> list[Event]:
    """Return the events `sure_enough` keeps at `minimum`, in their order (all of them when it is None)."""
    if minimum is None:
        return list(events)
    return [event for event in events if sure_enough(event, minimum)]


def confident_timeline(timeline: Timeline, minimum: float | None) -> Timeline:
    """Return a copy of the timeline with only the events `confident` keeps; documents stay as they are."""
    return timeline.model_copy(update={"events": confident(timeline.events, minimum)})
