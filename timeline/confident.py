"""How sure an extracted event is (`confidence_of`), and the events sure enough to keep: `--min-confidence`
of extract, build, list and export.

An extracted event's `confidence` is a score by rule (confidence_of, then eventness.PENALTY). The
user's own events are never left out by it: one added by hand has no score to speak of, and one edited
by hand (pinned) was checked by the person who edited it.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.dating import Dated
from timeline.models import Event, Timeline
from timeline.twins import is_hand_work
from timeline.verbs import has_verb

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


def confidence_of(dated: Dated, clause: str, *, modifier: bool = False) -> float:
    """Score how sure an event is, by rule: absolute > deictic > anaphoric date; a verb > nominal only."""
    anchor = dated.timex.anchor
    # a date chained from an earlier one ("a day later", "that quarter") is right much less often than one
    # counted from the publication date: 64% against 89% on TimeBank, 33% against 82% on AQUAINT
    score = 0.9 if anchor is None else 0.8 if anchor == "dct" else 0.5
    score += 0.05 if has_verb(clause) else -0.25
    if dated.timex.mod in ("APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"):
        score -= 0.1
    if modifier:
        score -= 0.2
    return round(min(1.0, max(0.05, score)), 2)
