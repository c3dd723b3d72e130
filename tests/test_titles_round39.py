"""Round 39: a title that is only a happening noun gets the predicate a headline gives it
(timeline.happenings); an aside opened by a preposition and "which" between a subject and its verb.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_events import run
from timeline.complete import complete
from timeline.happenings import predicated
from timeline.subject_asides import main_subject

PREDICATED = [
    ("attacks on a place", "The attacks on Lyon and Nantes", "Lyon and Nantes attacked"),
    ("an adjective before the noun", "The terrorist attacks on the harbour", "The harbour attacked"),
    ("invasion of", "The invasion of the island", "The island invaded"),
    ("a place goes after the verb", "The bombing of two churches in the capital",
     "Two churches bombed in the capital"),
    ("a happening of its own", "The collapse of the bank", "The bank collapsed"),
    ("a second happening after 'and' is none of it", "The attack on a bar and the Leeds assault",
     "A bar attacked"),
]

KEPT = [
    ("no phrase of what it happened to", "The attacks"),
    ("a noun of no happening", "The crackdown on the protest movement"),
    ("an agent", "The attack by rebels on the town"),
    ("a time phrase after it", "The death of a fan during clashes"),
    ("a pronoun owner", "The killing of his wife"),
    ("against with no attack", "The case against the firm"),
    ("a name after 'a': the phrase was cut", "The bombing of a Leeds"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in PREDICATED], ids=[c[0] for c in PREDICATED])
def test_a_happening_gets_its_predicate(title: str, expected: str) -> None:
    assert predicated(title, f"since the 2020 {title[4:]}") == expected


@pytest.mark.parametrize("title", [c[1] for c in KEPT], ids=[c[0] for c in KEPT])
def test_other_noun_phrases_stay(title: str) -> None:
    assert predicated(title, title) is None


def test_a_planned_happening_gets_no_past_headline() -> None:
    assert predicated("The attack on the harbour", "the army planned the attack on the harbour") is None


def test_an_aside_opened_by_in_which_goes_before_the_verb() -> None:
    title = "A televised speech by the mayor, in which she urged calm, was welcomed by the council"
    assert main_subject(title) == "A televised speech by the mayor was welcomed by the council"


def test_an_aside_opened_by_in_which_never_closed_is_a_cut() -> None:
    assert complete("A televised speech by the mayor, in which she said the strikes must end") == "aside"


# (id, text, its dates as the tagger gives them, expected title of each event by value).
EVENTS = [
    ("a happening noun whose date a clause's other verb does not own",
     "The board is investigating the overnight crash of a light plane near Dubbo, which killed the pilot.",
     [("overnight", "TIME", "2025-10-24TNI")],
     {"2025-10-24TNI": "A light plane crashed near Dubbo"}),
    ("a happening noun object of a past verb",
     "The United Nations condemned the December 13 raid on the refugee camp.",
     [("December 13", "DATE", "2024-12-13")],
     {"2024-12-13": "The refugee camp raided"}),
    ("the happening noun phrase is the subject: its verb stays",
     "The overnight attack on the base killed 12 soldiers.",
     [("overnight", "TIME", "2025-10-24TNI")],
     {"2025-10-24TNI": "The attack on the base killed 12 soldiers"}),
    ("a date on a happening in a phrase of time",
     "Trade has recovered since the March 3 attacks on the harbour and the airport.",
     [("March 3", "DATE", "2025-03-03")],
     {"2025-03-03": "The harbour and the airport attacked"}),
    ("a subject whose date sits before an aside opened by 'in which'",
     "A televised speech late yesterday by the mayor, in which she said the strikes must end, was welcomed "
     "by the council.",
     [("late yesterday", "TIME", "2025-10-24TEV")],
     {"2025-10-24TEV": "A televised speech by the mayor was welcomed by the council"}),
]


@pytest.mark.parametrize(("text", "marks", "expected"), [c[1:] for c in EVENTS], ids=[c[0] for c in EVENTS])
def test_event_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks, tellings="all")} == expected


OWNERS = [
    ("a counted plural object before the clause",
     "A team of rangers is escorting three hikers back to the camp after their car sank in mud overnight.",
     "Three hikers' car sank in mud"),
    ("a counted plural with 'the'",
     "The council thanked the 40 volunteers after their work ended on Sunday.",
     "The 40 volunteers' work ended"),
    ("a count coordinated with another: the group is more, the pronoun stays",
     "His brother and 6 others drowned when their raft overturned in the rapids on Sunday.",
     "Their raft overturned in the rapids"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in OWNERS], ids=[c[0] for c in OWNERS])
def test_their_stands_for_the_counted_plural_before_it(text: str, expected: str) -> None:
    date = "overnight" if "overnight" in text else "on Sunday"
    value = "2025-10-24TNI" if date == "overnight" else "2025-10-19"
    assert [e.title for e in run(text, [(date, "DATE", value)], tellings="all")] == [expected]
