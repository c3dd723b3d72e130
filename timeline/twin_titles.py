"""Title apart two events of one sentence that got one title though each date has a clause of its own.

"The index fell 2 percent on Monday but investors pushed it up 1 percent the next day" gave two events
titled "The index fell 2 percent": the second date is the second clause's, after "but". The later event
then takes the title of its own clause ("Investors pushed it up 1 percent"), when that clause has a subject
and a verb of its own. A date of the same happening told twice ("from Monday to Friday") has no such
clause between and keeps its title.
"""

from __future__ import annotations

import re

from timeline.models import Event
from timeline.titles import title_of
from timeline.verbs import first_verb

# A conjunction that opens a second clause with its own subject: "(fell on Monday) but investors (pushed)",
# "(, while) the bank (cut)", "(, and) the league (fined)".
_JOIN = re.compile(r"(?:,\s+|\s+)(?:but|while|whereas)\s+|,\s+and\s+(?=(?:the|a|an|its|their)\s)", re.I)


def _own(event: Event) -> tuple[int, int]:
    """Return the span of an event's date phrase."""
    timex = event.evidence[0].timex
    assert timex is not None  # extract gives every clause event its date phrase
    return timex.start, timex.end


def titled_apart(text: str, events: list[Event]) -> list[Event]:
    """Return a sentence's events with a later twin of a title retitled on the clause its date is in: "The
    index fell 2 percent on Monday but investors pushed it up the next day" -> "Investors pushed it up"."""
    seen: dict[str, Event] = {}
    result = []
    dates = [_own(e) for e in events]
    for event in events:
        first = seen.setdefault(event.title, event)
        if first is not event and (title := _own_clause(text, first, event, dates)):
            event = event.model_copy(update={"title": title})
        result.append(event)
    return result


def _own_clause(text: str, first: Event, later: Event, dates: list[tuple[int, int]]) -> str | None:
    """Return the title of the clause that `later`'s date is in, when a conjunction with a clause of its own
    comes between `first`'s date and it, without the sentence's other `dates`; else None."""
    (_, first_end), own = _own(first), _own(later)
    evidence = later.evidence[0]
    if own[0] <= first_end or not evidence.start <= first_end <= evidence.end:
        return None
    joins = list(_JOIN.finditer(text, first_end, own[0]))
    if not joins:
        return None
    start = joins[-1].end()
    verb = first_verb(text, start, own[0])
    if verb is None or verb.start() == start or "," in text[start : verb.start()]:
        return None  # "but (said)": no subject of its own
    phrases = [own] + [d for d in dates if d != own and d[0] >= start]
    title = title_of(text, (start, evidence.end), phrases)
    return title if title and title != later.title else None
