"""Read "X set the trial to begin on June 2": the date is the trial's start, not the setting's, and a headline
writes "The trial is set to begin".

The setting is told on the report's day, which the sentence does not give; the date after the infinitive is
when the thing set happens, so the event is that thing's. Patterns, each with an example.
"""

from __future__ import annotations

import re

# Verbs that fix when a thing happens, and the thing and its infinitive after them: "set the trial to
# begin", "scheduled the vote to take place", "slated the hearing to resume".
_SET_TO = re.compile(
    r"\b(?P<verb>set|sets|scheduled|schedules|slated)\s+"
    r"(?P<np>(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+"
    r"(?P<inf>to\s+(?:begin|start|open|resume|end|close|finish|run|take\s+place|continue|convene|reconvene)\b)"
)
SET_TO_EXAMPLES = [
    "Judge Lee set the trial to begin on June 2.",
    "The board scheduled the vote to take place on Friday.",
]


def thing_set(text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return "The trial is set to begin" when the date `own` follows the infinitive of a thing a clause in
    `text[span]` sets ("set the trial to begin (in Room 4) on June 2"), or None."""
    before = text[span[0] : own[0]]
    if "set" not in before and "schedule" not in before and "slated" not in before:
        return None  # nearly every clause: no such verb
    found = None
    for found in _SET_TO.finditer(text, span[0], own[0]):  # noqa: B007 (the loop keeps the last)
        pass
    if found is None:
        return None
    between = text[found.end() : own[0]]
    if re.search(r"[,;:()\"“”]", between) or len(between.split()) > 5 or not re.fullmatch(
        r"(?:\s+(?:in|at|on)\b.*)?\s*(?:on|in|at|by|from)?\s*", between
    ):
        return None  # "set the trial to begin after the holidays, on June 2": the date is not the start's
    np = found["np"]
    where = re.sub(r"\s*(?:on|in|at|by|from)?\s*\Z", "", between)  # "in Room 4 (on)"
    verb = {"sets": "set", "schedules": "scheduled"}.get(found["verb"], found["verb"])  # "is scheduled to"
    return f"{np[:1].upper()}{np[1:]} is {verb} {' '.join(found['inf'].split())}{where}"
