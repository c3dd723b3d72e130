"""Dates that belong to a part of the clause other than its main verb (invented sentences).

A reduced relative clause on the main verb's object: "(Police questioned) the two men arrested last week"
dates the arrest, and its title says so ("The two men were arrested"), when the date follows the participle;
the title ends at the date ("the coach sacked on Sunday | with his assistant": the rest is the main verb's);
a date after the participle's own phrase ("hit by the storm on Tuesday") may be the main verb's, and stays
with it.

A date that is the complement of a verb that moves or sets a happening ("The court moved the hearing to June
3", "Elections were pushed back to 2026", "The board set March 5 as the date of the vote") is the date of the
happening, and the title says so ("The hearing is now scheduled"), not "The court moved the hearing" on
June 3; a noun that names no happening ("its target") keeps the clause's title.

Each row is a text and the (value, title) pairs of its events.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.models import Document
from timeline.pipeline import events_of

D = date(2024, 5, 8)  # a Wednesday

# (id, text, the (value, title) pairs of its events)
REDUCED_OBJECTS = [
    ("a participle and 'overnight'", "Officials inspected the sites struck overnight.",
     [("2024-05-07TNI", "The sites were struck")]),
    ("a participle and 'last week'", "Police questioned the two men arrested last week.",
     [("2024-W18", "The two men were arrested")]),
    ("a participle and a month", "The council reopened the bridge closed in March.",
     [("2024-03", "The bridge was closed")]),
    ("a participle and a year", "The company sold the unit acquired in 2019.",
     [("2019", "The unit was acquired")]),
    ("a present main verb in -ing", "Police are questioning the two men arrested yesterday.",
     [("2024-05-07", "The two men were arrested")]),
    ("the subject's participle, as before", "The houses damaged on Monday were rebuilt in a week.",
     [("2024-05-06", "The houses were damaged")]),
    # the date may be the main verb's: it stays with it
    ("an agent between participle and date", "Voters elected the candidate backed by the mayor on Tuesday.",
     [("2024-05-07", "Voters elected the candidate backed by the mayor")]),
    ("the main verb's phrase after the date is no part of the title",
     "The team replaced the coach sacked on Sunday with his assistant.",
     [("2024-05-05", "The coach was sacked")]),
    ("a long main clause before the object",
     "The officer said the navy had firm evidence tying the depots shelled overnight to the attacks.",
     [("2024-05-07TNI", "The depots were shelled")]),
    ("a wish, no clause on the object", "They wanted the law passed by Friday.",
     [("2024-05-03", "They wanted the law passed")]),
    ("a state found, no clause on the object", "Police found the man injured on Monday.",
     [("2024-05-06", "Police found the man injured")]),
]


def _events(text: str) -> list[tuple[str, str]]:
    return sorted((e.when.value, e.title) for e in events_of(Document(id="x", text=text, date=D)))


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in REDUCED_OBJECTS])
def test_reduced_clause_on_an_object(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)


MOVED = [
    ("moved to", "The court moved the hearing to June 3.", [("2024-06-03", "The hearing is now scheduled")]),
    ("pushed back, passive", "Elections were pushed back to 2026.",
     [("2026", "Elections are now scheduled")]),
    ("postponed until", "The union delayed the strike until Monday.",
     [("2024-05-13", "The strike is now scheduled")]),
    ("brought forward", "Organisers brought the race forward to Saturday.",
     [("2024-05-04", "The race is now scheduled")]),
    ("a possessive's owner", "The minister put off his visit until March.",
     [("2025-03", "The minister's visit is now scheduled")]),
    ("set for", "The court set the hearing for June 3.", [("2024-06-03", "The hearing is scheduled")]),
    ("the date set as", "The board set March 5 as the date of the vote.",
     [("2024-03-05", "The vote is scheduled")]),
    ("the date set as a possessive's", "The board set March 5 as the vote's date.",
     [("2024-03-05", "The vote is scheduled")]),
    ("rescheduled, passive", "The summit was rescheduled for October 12.",
     [("2024-10-12", "The summit is now scheduled")]),
    # the first date of a moved happening is no event; another date keeps its clause
    ("a plan's first date in an aside", "Elections, originally due in May, were pushed back to 2026.",
     [("2026", "Elections are now scheduled")]),
    ("a relative clause's first date",
     "The trial, which had been set for April, was delayed until September.",
     [("2024-09", "The trial is now scheduled")]),
    ("a possessive first date", "The league postponed Saturday's final to July 20.",
     [("2024-07-20", "The final is now scheduled")]),
    ("the day of the moving and the new date", "The magistrate adjourned the trial on Monday until June 3.",
     [("2024-05-06", "The magistrate adjourned the trial"), ("2024-06-03", "The trial is now scheduled")]),
    ("a telling keeps the date it sets",
     "The board said on Tuesday it had set March 5 as the date of the vote.",
     [("2024-05-07", "The board said it had set March 5 as the date of the vote"),
      ("2024-03-05", "The vote is scheduled")]),
    # no happening, or only a wish: the clause's own title
    ("a target is no happening", "The company pushed back its target to 2030.",
     [("2030", "The company pushed back its target")]),
    ("a move that may come", "The board may move the vote to March 5.",
     [("2024-03-05", "The board may move the vote")]),
    ("a date of an aside before the verb",
     "Chile, which chairs the panel for this month, called the session after a week of "
     "protests.",
     [("2024-05", "Chile called the session after a week of protests")]),
    ("people moved to a place", "The firm moved its headquarters to Dublin in 2019.",
     [("2019", "The firm moved its headquarters to Dublin")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in MOVED])
def test_a_date_that_a_verb_moves_a_happening_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)


# Event-date rules from the misses of the event layer on news wire (invented sentences of the same shapes).
OWN_DATES = [
    # a date in an aside's clause whose verb an auxiliary helps is the aside's, not the main clause's
    ("a progressive in an aside",
     "Ann Lee, an adviser who is not advising any party in this year's race, said the idea was "
     "\"over.\"",
     [("2024", "An adviser is not advising any party in the race")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in OWN_DATES])
def test_own_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)
