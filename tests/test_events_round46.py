"""Round 46 (session 22, a blind audit's dates given to the wrong clause, invented): a date inside what
another predicate answers, follows, awaits or comes beside dates that thing, not the predicate: "declined
to comment on weekend reports that ..." dates the reports, "The talks follow last week's vote" the vote,
"The aid comes as elections are due at year-end" the elections; the main clause gets no date from it. The
event is titled by the thing when its words tell enough ("The Senate vote on the budget"), else none is
made. A lead "was moved from prison to hospital on Tuesday" is Tuesday's, past: "to" a place and "on" a day
is no deferral (the tagger read it as one, and dated the lead a week ahead); "after the visitors set them a
target to win on the last day ... Sunday" is the setting's Sunday ("win" after "to" is no noun whose time
the date names).

Each row is a text and the (value, title) pairs of all its events.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 3, 13)  # a Wednesday

# (id, text, the (value, title) pairs of its events)
CASES = [
    ("a date on reports a refusal answers dates the reports",
     "Mayor Ortiz refused to comment on Monday's reports that the plant would shut.",
     [("2024-03-11", "The reports that the plant would shut")]),
    ("a denial of a day's claims is not of that day",
     "The club denied Sunday's claims of a rift with its coach.",
     [("2024-03-10", "The claims of a rift with its coach")]),
    ("a refusal dated on its own: the reports' weekend after them is theirs",
     "Mayor Ortiz declined on Tuesday to comment on reports at the weekend that the plant would close.",
     [("2024-03-12", "Mayor Ortiz declined to comment on reports that the plant would close"),
      ("2024-W10-WE", "Reports that the plant would close")]),
    ("a denial on a day of its own keeps that day",
     "The club denied the claims on Monday.",
     [("2024-03-11", "The club denied the claims")]),
    ("what follows a possessive date's vote is not of that week",
     "The talks follow last week's Senate vote on the budget.",
     [("2024-W10", "The Senate vote on the budget")]),
    ("a date after the object of 'followed' is the object's",
     "The strike followed a sit-in on Saturday by 400 nurses at the hospital.",
     [("2024-03-09", "A sit-in by 400 nurses at the hospital")]),
    ("a thing followed that a relative tells ends before the main verb",
     "The flood that followed heavy rain on Saturday swept away a bridge.",
     [("2024-03-09", "Heavy rain")]),
    ("'comes as' and a clause: the clause's date",
     "The new funding comes as elections are due in November.",
     [("2024-11", "Elections are due")]),
    ("'comes days after' a meeting on a day: the meeting's day",
     "The visit comes days after a summit in Lisbon last Friday.",
     [("2024-03-08", "A summit in Lisbon")]),
    ("'comes after' a clause: the clause's date, as before",
     "The visit comes days after the court ruled on Monday.",
     [("2024-03-11", "The court ruled")]),
    ("awaiting a day's report is not on that day",
     "Stocks fell on Friday as investors awaited Monday's jobs report.",
     [("2024-03-08", "Stocks fell as investors awaited the jobs report"),
      ("2024-03-11", "The jobs report")]),
    ("a thing too thin to title makes no event",
     "The team awaits its fate on Monday.",
     []),
    ("a date before the noun deep in the object is the noun's, too thin alone",
     "The appeal came amid canvassing in Eastvale for March 28 elections, where rents matter most.",
     []),
    ("an intransitive 'followed' keeps its own date",
     "Her cousin followed in 1990.",
     [("1990", "Her cousin followed")]),
    ("a pronoun object: the date is the predicate's",
     "Norland await them in Friday's final.",
     [("2024-03-15", "Norland await them in the final")]),
    ("'followed up' is no following of a thing",
     "The company followed up on Monday with a statement.",
     [("2024-03-11", "The company followed up with a statement")]),
    ("'came after the (date) raids' stays the raids' title",
     "The talks came after the March 4 raids on Vell.",
     [("2024-03-04", "Vell raided")]),
    ("'comes as a' noun is no clause: the date is the clause's",
     "The aid came as a relief on Friday.",
     [("2024-03-08", "The aid came as a relief")]),
]

# The lead of a story whose verb of moving goes "to" a place, then "on" a day: the moving's day, past, not a
# deferral to a day ahead ("The vote was moved to Tuesday" stays ahead); a lead whose date ends an "after"
# clause after "to" and a verb: the clause's event (the verb was read as a noun the date named, and the
# lead had no event at all).
# (id, document date, text, the (value, title) pairs of its events)
LEAD_CASES = [
    ("moved to a place on a day: that day, past", D,
     "The jailed founder was moved from prison to hospital on Tuesday, officials said. He was sentenced in "
     "January.",
     [("2024-01", "He was sentenced"),
      ("2024-03-12", "The jailed founder was moved from prison to hospital")]),
    ("a verb after 'to' before the date is no noun the date names", date(2024, 3, 17),
     "The home side dropped three catches after the guests set them 190 runs to win on the last day of the "
     "series opener at Hobart Sunday.",
     [("2024-03-17", "The guests set them 190 runs to win at Hobart")]),
    ("moved to a day: a deferral, ahead", D,
     "The vote was moved to Tuesday.",
     [("2024-03-19", "The vote is now scheduled")]),
]


def _events(text: str, dct: date = D) -> list[tuple[str, str]]:
    document = Document(id="round46", text=text, date=dct)
    return sorted((event.when.value, event.title) for event in extract(document, tag(text, dct=dct)))


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round46_events(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)


@pytest.mark.parametrize(
    ("dct", "text", "expected"), [c[1:] for c in LEAD_CASES], ids=[c[0] for c in LEAD_CASES]
)
def test_round46_lead(dct: date, text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, dct) == sorted(expected)
