"""A note's dated heading is no event; a question under a dated heading is none (invented notes)."""

import pytest

from tests.test_events import run
from timeline.note_headings import LABEL_MARKS, tells_nothing

# (id, text, expressions as (phrase, type, value), expected events as (value, title)).
CASES = [
    (
        "a comma sets the note's date off: the heading dates the lines, it is no event",
        "Notes from council meeting, 14 Nov 2024\n\nThe council voted to close the Elm Street library.\n"
        "The mayor resigned after the vote.",
        [("14 Nov 2024", "DATE", "2024-11-14")],
        [("2024-11-14", "The council voted to close the Elm Street library"),
         ("2024-11-14", "The mayor resigned after the vote")],
    ),
    (
        "bold Markdown around the label",
        "**Site visit with the inspectors, March 3, 2025**\n\nThe crew poured the foundation for the north "
        "wing.",
        [("March 3, 2025", "DATE", "2025-03-03")],
        [("2025-03-03", "The crew poured the foundation for the north wing")],
    ),
    (
        "a dash, and a line below with a date of its own keeps it",
        "Weekly log of the harbour board — 2 June 2023\nThe board hired a new treasurer on Tuesday.",
        [("2 June 2023", "DATE", "2023-06-02"), ("on Tuesday", "DATE", "2023-05-30")],
        [("2023-05-30", "The board hired a new treasurer")],
    ),
    (
        "a label of a month is no event, and too coarse to date the lines",
        "Minutes of the water board, June 2025\nThe board raised the rates.",
        [("June 2025", "DATE", "2025-06")],
        [],
    ),
    (
        "a headline runs its date into its clause: it stays an event",
        "Council approves library budget on June 4\nThe vote was close.",
        [("on June 4", "DATE", "2025-06-04")],
        [("2025-06-04", "Council approves library budget")],
    ),
    (
        "a question under a dated heading is no event; the answer with its own date is",
        "Interview, 14 Nov 2024\n\nWhen did the leak start?\nIt started in early October, said the engineer.",
        [("14 Nov 2024", "DATE", "2024-11-14"), ("early October", "DATE", "2024-10", {"mod": "START"})],
        [("2024-10", "It started")],
    ),
    (
        "questions of other shapes under a label",
        "Q&A with the coach, 1 Feb 2025\nWho decided to cancel the match?\nWhy was the pitch closed?\n"
        "The league cancelled the match.",
        [("1 Feb 2025", "DATE", "2025-02-01")],
        [("2025-02-01", "The league cancelled the match")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_note_headings(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected


@pytest.mark.parametrize("mark, example", LABEL_MARKS)
def test_every_label_mark_makes_its_example_no_event(mark, example):
    at = example.rindex(mark) + 1
    date = example[at:].strip(" )")
    text = f"{example}\nThe crew poured the foundation."
    events = run(text, [(date, "DATE", "2025-03-03")])
    assert [e.title for e in events] == ["The crew poured the foundation"]


@pytest.mark.parametrize("title, nothing", [
    ("When did the leak start?", True),
    ("Who decided to cancel the match?", True),
    ("The league decided to cancel the match", False),
])
def test_tells_nothing(title, nothing):
    assert tells_nothing(title) is nothing
