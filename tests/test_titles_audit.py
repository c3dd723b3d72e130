"""Titles after the audit of unseen news wire text: long subjects and long reports keep their verb."""

import pytest

from tests.test_events import run

# (id, text, its dates as the tagger gives them, expected title of each event by value). Invented text.
CASES = [
    (
        "a report cut before its own verb drops 'that'",
        "Regional health director Maria Lopes Santos added on Monday that the waiting lists at the two city "
        "hospitals had shrunk by half.",
        [("Monday", "DATE", "2026-04-27")],
        {"2026-04-27": "Maria Lopes Santos added the waiting lists at the two city hospitals had shrunk"},
    ),
    (
        "a speaker's role goes before the name so what was said keeps its verb",
        "Senate Speaker Mira Svensson said on Monday that the mood at the first round of wage talks had been "
        "calm.",
        [("Monday", "DATE", "2026-04-27")],
        {"2026-04-27": "Mira Svensson said that the mood at the first round of wage talks had been calm"},
    ),
    (
        "a report whose verb fits keeps 'that' and the whole speaker",
        "The mayor stated on Monday that the bridge would reopen.",
        [("Monday", "DATE", "2026-04-27")],
        {"2026-04-27": "The mayor stated that the bridge would reopen"},
    ),
    (
        "a modal and a verb that needs no object end a title",
        "Visiting Chilean Foreign Minister Rosa Vidal stated on Tuesday that the close trade relations "
        "between the two ports will continue through the next decade.",
        [("Tuesday", "DATE", "2026-04-28")],
        {"2026-04-28": "Rosa Vidal stated the close trade relations between the two ports will continue"},
    ),
    (
        "a counted subject keeps what it counts and its verb",
        "A total of 2,150 travellers with tickets for the evening ferry to the southern islands have been "
        "offered refunds on Friday.",
        [("Friday", "DATE", "2026-05-01")],
        {"2026-05-01": "A total of 2,150 travellers have been offered refunds"},
    ),
    (
        "'a number of' keeps its noun when the place after it goes",
        "A number of small bakeries in the old quarter of the northern port city have closed their doors "
        "in March.",
        [("March", "DATE", "2026-03")],
        {"2026-03": "A number of small bakeries have closed their doors"},
    ),
    (
        "a short counted subject is left alone",
        "A total of 40 ships docked at the new pier on Friday.",
        [("Friday", "DATE", "2026-05-01")],
        {"2026-05-01": "A total of 40 ships docked at the new pier"},
    ),
    (
        "a long subject after ', and' is not cut into another clause",
        "The airline's debts come to nearly 400 million dollars so far this year, and the carrier is on "
        "track to pass last year's heavy shortfall.",
        [("this year", "DATE", "2026")],
        {"2026": "The airline's debts come to nearly 400 million dollars so far"},
    ),
    (
        "a front phrase with no comma after it is not cut as a subject ('With talk could do')",
        "With talk of a boardroom split troubling them Swiss club FC Aarwil could do without fresh worries, "
        "but they got some on Friday.",
        [("Friday", "DATE", "2026-05-01")],
        {"2026-05-01": "With talk of a boardroom split troubling them Swiss club"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_audit_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected
