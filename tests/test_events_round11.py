"""A routine telling dates no event of its own when its statement has a date (round 11, invented text)."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected dates of the events, in text order).
# The document date is Saturday 2025-10-25.
CASES = [
    (
        "a trailing 'police said' with its own date repeats the news: only the crash",
        "Two buses collided on the coast road on Wednesday, police said Thursday.",
        [("Wednesday", "DATE", "2025-10-22"), ("Thursday", "DATE", "2025-10-23")],
        ["2025-10-22"],
    ),
    (
        "'said Monday that' before a dated statement: only the statement",
        "The statistics office said Monday that exports rose 4 percent in September.",
        [("Monday", "DATE", "2025-10-20"), ("September", "DATE", "2025-09")],
        ["2025-09"],
    ),
    (
        "a date between the subject and the verb still dates the statement",
        "A landslide on Tuesday blocked the mountain pass, the regional council reported Wednesday.",
        [("Tuesday", "DATE", "2025-10-21"), ("Wednesday", "DATE", "2025-10-22")],
        ["2025-10-21"],
    ),
    (
        "a date that opens the sentence before 'X said that' is the telling's",
        "Later that morning, the coastguard said that a trawler sank off the cape on Friday.",
        [("that morning", "TIME", "2025-10-25TMO"), ("on Friday", "DATE", "2025-10-24")],
        ["2025-10-24"],
    ),
    (
        "an opening date before 'X said that' with an undated statement stays",
        "On Thursday, the minister said that the plan was sound.",
        [("Thursday", "DATE", "2025-10-23")],
        ["2025-10-23"],
    ),
    (
        "'is expected to' makes the infinitive the statement's own: the telling is routine",
        "Wheat output is expected to fall by a tenth this year, the farm bureau reported on Monday.",
        [("this year", "DATE", "2025"), ("on Monday", "DATE", "2025-10-20")],
        ["2025"],
    ),
    (
        "the telling is the only date: it stays",
        "Sales of electric bicycles rose sharply, the trade association said Monday.",
        [("Monday", "DATE", "2025-10-20")],
        ["2025-10-20"],
    ),
    (
        "an announcement is news: it keeps its date",
        "The mayor announced on Tuesday that the bridge would reopen in March.",
        [("Tuesday", "DATE", "2025-10-21"), ("March", "DATE", "2026-03")],
        ["2025-10-21", "2026-03"],
    ),
    (
        "the other date sits in a relative clause: the telling keeps its date",
        "The council said Friday that the scheme, which began in 2019, had failed.",
        [("Friday", "DATE", "2025-10-24"), ("2019", "DATE", "2019")],
        ["2025-10-24", "2019"],
    ),
    (
        "the other date names the subject's time, not the statement's: the telling keeps its date",
        "The minister said Thursday that her remarks last week were misread.",
        [("Thursday", "DATE", "2025-10-23"), ("last week", "DATE", "2025-W42")],
        ["2025-10-23", "2025-W42"],
    ),
    (
        # round 38: a possessive date on the noun of a preposition ("into last Friday's fire") dates nothing
        "the other date is a possessive: the telling keeps its date",
        "The agency said Tuesday that it was pleased with the inquiry into last Friday's fire.",
        [("Tuesday", "DATE", "2025-10-21"), ("last Friday", "DATE", "2025-10-17")],
        ["2025-10-21"],
    ),
    (
        "the other date follows 'to' and a verb: the statement's main clause is undated",
        "The ministry said Wednesday that it had decided to close the mine in December.",
        [("Wednesday", "DATE", "2025-10-22"), ("December", "DATE", "2025-12")],
        ["2025-10-22", "2025-12"],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_routine_telling(text, marks, expected):
    assert [e.when.value for e in run(text, marks)] == expected
