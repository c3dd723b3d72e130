"""Dates that end an "after", "before" or "prior to" clause with a verb of its own (invented, in the shapes
of an editor's rejects on unseen news): when the title tells the clause before it, the date is not the
title's ("The boat appears to have won the race after its rival, the Blue Star, failed to finish on
Tuesday"). The same words with a title of the later clause, a date before its verb, a report's date after a
comma, a measured "two hours after", a possessive date, or a title that tells the later clause keep it. A
passive gerund ("after being found ...") is titled on the subject before it.

Each row is a text and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.later_clauses import in_later_clause
from timeline.models import Document, TimeExpression
from timeline.temporal import tag

D = date(2024, 3, 8)  # a Friday

# (id, text, {date value: title}); every event of the text is checked
CASES = [
    ("a comma in the later clause",
     "The yacht appears to have clinched line honours after its nearest rival, the Blue Star, failed to "
     "finish on Tuesday.",
     {}),
    ("a name after a comma in the later clause",
     "The yacht appears to have clinched line honours after its nearest rival, Storm Bay failed to finish in "
     "the early hours of this morning.",
     {}),
    ("an aside before the opener, the verb after it the sentence's",
     "Protests over the bill, introduced on Monday after the party won support, continued on Wednesday.",
     {"2024-03-04": "The bill was introduced after the party won support",
      "2024-03-06": "Protests over the bill continued"}),
    ("a gerund with a pronoun",
     "The audit questions the accounts of the firm prior to it being placed into administration on March 1.",
     {}),
    ("a pronoun subject, the title of the clause before",
     "The coach rested his striker after he strained a hamstring in the second half of the match on Tuesday.",
     {}),
    ("a passive gerund takes the subject of the clause before it",
     "The girl was moved to a foster home after being found hiding in a shed near the station "
     "last Christmas.",
     {"2023-12-25": "The girl was found hiding in a shed near the station"}),
    ("a title that tells a passive gerund keeps its date",
     "He is serving a prison sentence after being convicted in May 2021 of fraud.",
     {"2021-05": "He is serving a prison sentence after being convicted of fraud"}),
    ("a title of the later clause keeps its date",
     "Qantas cut fares after the union called a strike on Monday.",
     {"2024-03-04": "The union called a strike"}),
    ("a date before the later clause's verb stays the clause's",
     "Unions and managers will meet again today after talks last night failed to resolve the dispute.",
     {"2024-03-08": "Unions and managers will meet again after talks failed to resolve the dispute",
      "2024-03-07TNI": "Talks failed to resolve the dispute"}),
    ("a report's date after a comma",
     "A sailor has been taken into custody after a woman said he assaulted her, local radio reported Monday.",
     {"2024-03-04": "A sailor has been taken into custody after a woman said he assaulted her"}),
    ("a measure before the opener",
     "Two hours after the plane took off on Monday, it crashed.",
     {"2024-03-04": "Two hours after the plane took off, it crashed"}),
    ("a title that tells the later clause",
     "Sanctions were imposed on the country after it invaded its neighbour in August 2019.",
     {"2019-08": "Sanctions were imposed on the country after it invaded its neighbour"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="t", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_later_clauses(text: str, expected: dict[str, str]) -> None:
    assert _titles(text, D) == expected


# (text, date phrase, whether the date ends a later clause)
SPANS = [
    ("He resigned after he was charged on Monday.", "Monday", True),
    ("Prices rose after the vote on Monday.", "Monday", False),  # a phrase, no verb: phrase_dates.py
    ("After he was charged on Monday, he resigned.", "Monday", False),  # no clause before
    ("He resigned shortly after he was charged on Monday.", "Monday", False),  # measured
    ("The hikers who were stranded after a rockfall were rescued on Monday.", "Monday", False),
    ("The officers who were suspended on Friday after a raid were reinstated in May.", "May", False),
    ("The court sat after the report was read in this morning's hearing.", "this morning", False),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), SPANS, ids=[s[0][:40] for s in SPANS])
def test_in_later_clause(text: str, phrase: str, expected: bool) -> None:
    start = text.index(phrase)
    timex = TimeExpression(text=phrase, start=start, end=start + len(phrase), type="DATE", value="2024-03-04")
    assert in_later_clause(text, (0, len(text)), timex) is expected
