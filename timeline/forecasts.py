"""Tell an event told as a plan or an expectation from one told as done, for merge.dedupe's choice of words.

Two copies of one happening on one date merge (twins.overlap): "Construction is expected to begin in May"
(an article of March) and "Construction began in May 2024" (an article of June). A reader of a timeline
wants what happened: the copy that reports it titles the merged event and its evidence comes first; the
forecast stays as evidence that it was expected. They are not kept apart: on one date they are one
happening, and two dots for it would read as two. Which copy forecasts is told by its title's verb group,
against the table below; a title holds it ("The museum is scheduled to reopen").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.models import Event, Evidence

__all__ = ["FORECASTS", "evidence_order", "forecast_pair", "forecasts"]

# Verb groups that tell a plan or an expectation, not a happening, each with an example.
FORECASTS = [
    (r"(?:is|are|was|were|been)\s+(?:expected|scheduled|set|due|slated|planned|poised|likely|hoped)\s+to",
     "Construction is expected to begin in May"),
    (r"(?:is|are|was|were)\s+to\s+(?!be\s+(?:seen|found)\b)[a-z]", "The bridge is to open in May"),
    (r"(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped|expects?|expected|vows?|vowed|promises?"
     r"|promised|pledges?|pledged|threatens?|threatened|proposes?|proposed)\s+to\s+[a-z]",
     "Dock workers plan to strike on October 3"),
    (r"(?:will|would|shall|wo\s*n['’]t|going\s+to)\s+(?!have\s+been\b)[a-z]",
     "The museum will reopen on Sept. 12"),
]
_FORECAST = re.compile(r"\b(?:" + "|".join(pattern for pattern, _ in FORECASTS) + r")", re.I)


def forecasts(title: str) -> bool:
    """Tell whether a title tells a plan or an expectation: "Construction is expected to begin" is one,
    "Construction began" is not."""
    return _FORECAST.search(title) is not None


def forecast_pair(kept: Event, event: Event) -> tuple[bool, bool]:
    """Return whether each of two twins about to merge forecasts, as `forecasts` tells, except that twins
    sharing a document are read alike (False, False): one story's sentences are no forecast and later report
    of it, and a cut title that lost its "will" ("To celebrate, all six networks ...") must not replace a
    whole one ("Milestones will feature on all six networks today")."""
    planned, plans = forecasts(kept.title), forecasts(event.title)
    documents = {evidence.document for evidence in kept.evidence}
    if planned != plans and not documents.isdisjoint(evidence.document for evidence in event.evidence):
        return False, False
    return planned, plans


def evidence_order(evidence: list[Evidence]) -> Callable[[Evidence], tuple[bool, str, int, int]]:
    """Return the sort key of a merged event's evidence (sorted by document and place): the documents whose
    first entry reports the happening before those whose first entry forecast it; a document's entries stay
    together and in their order (its sentences that go on with the first)."""
    first: dict[str, bool] = {}
    for entry in evidence:
        if entry.document not in first:
            first[entry.document] = forecasts(entry.text)
    return lambda entry: (first[entry.document], entry.document, entry.start, entry.end)
