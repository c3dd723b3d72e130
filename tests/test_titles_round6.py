"""Titles on clauses: semicolons, relative clauses, dangling hedges, attribution (round 6, invented text)."""

import pytest

from tests.test_events import run
from timeline import shorten

# (id, text, its dates as the tagger gives them, expected title of each event by value).
CASES = [
    (
        "a predicate after 'and' takes the subject of its own semicolon clause",
        "The old mill burned down in 1931; rebuilding began the next spring and was finished in 1934.",
        [("in 1931", "DATE", "1931"), ("the next spring", "DATE", "1932-SP"), ("in 1934", "DATE", "1934")],
        {"1931": "The old mill burned down", "1932-SP": "Rebuilding began",
         "1934": "Rebuilding was finished"},
    ),
    (
        "the semicolon clause that holds the only date is the event",
        "The drought is the worst in living memory; the previous one was recorded in 1976.",
        [("in 1976", "DATE", "1976")],
        {"1976": "The previous one was recorded"},
    ),
    (
        "a semicolon clause that leans on the one before keeps the sentence",
        "The vote was postponed twice; it finally took place on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The vote was postponed twice; it finally took place"},
    ),
    (
        "a statement dated by 'data showed' loses the attribution, which is the second event",
        "Unemployment rose to 5.2% in August, the most since 2021, figures showed on Tuesday.",
        [("in August", "DATE", "2025-08"), ("on Tuesday", "DATE", "2025-10-21")],
        {"2025-08": "Unemployment rose to 5.2%, the most since 2021",
         "2025-10-21": "Figures showed unemployment rose to 5.2%, the most since 2021"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected


# (id, text, its dates as the tagger gives them, expected title of each event by value), continued.
CLAUSE_CASES = [
    (
        "a date inside a relative clause on a mass noun titles that clause",
        "The council raised fares twice in 2023 to offset fuel that rose 40% in June 2022.",
        [("in 2023", "DATE", "2023"), ("June 2022", "DATE", "2022-06")],
        {"2023": "The council raised fares twice to offset fuel",
         "2022-06": "Fuel rose 40%"},
    ),
    (
        "a hedge left by the date's removal goes",
        "Traders expect a rate rise later this year, perhaps as early as July.",
        [("later this year", "DATE", "2025"), ("July", "DATE", "2026-07")],
        {"2025": "Traders expect a rate rise", "2026-07": "Traders expect a rate rise"},
    ),
    (
        "'as soon as' left by the date's removal goes",
        "The ferry could resume service as soon as Friday.",
        [("Friday", "DATE", "2025-10-24")],
        {"2025-10-24": "The ferry could resume service"},
    ),
    (
        "the period of a report is no event; the participle that joins its last day goes with the date",
        "Contoso Ltd. today reported results for its fiscal 2025 third quarter ended June 28, 2025.",
        [("today", "DATE", "2025-10-25"), ("third quarter", "DATE", "2025-Q3"),
         ("June 28, 2025", "DATE", "2025-06-28")],
        {"2025-10-25": "Contoso Ltd. reported results for its fiscal 2025 third quarter",
         "2025-06-28": "Contoso Ltd. reported results for its fiscal 2025 third quarter"},
    ),
    (
        "an -ing form that joins a time to its noun goes with the time",
        "Members may join a webinar beginning at 10 a.m. on Friday.",
        [("10 a.m. on Friday", "TIME", "2025-10-24T10:00")],
        {"2025-10-24T10:00": "Members may join a webinar"},
    ),
    (
        "an -ing form after an auxiliary is the verb and stays",
        "Talks are starting on Friday.",
        [("on Friday", "DATE", "2025-10-24")],
        {"2025-10-24": "Talks are starting"},
    ),
    (
        "a count of times since a date marks no event",
        "The club won the cup on Saturday for the third time since 1998.",
        [("on Saturday", "DATE", "2025-10-25"), ("1998", "DATE", "1998")],
        {"2025-10-25": "The club won the cup for the third time since 1998"},
    ),
]


@pytest.mark.parametrize(
    "text, marks, expected", [c[1:] for c in CLAUSE_CASES], ids=[c[0] for c in CLAUSE_CASES]
)
def test_clause_titles(text, marks, expected):
    assert {e.when.value: e.title for e in run(text, marks)} == expected


# (id, a title cut before its date phrase, what is left once the words waiting for it go).
TRIM_CASES = [
    ("a hedge after a comma", "Markets expect a cut, possibly", "Markets expect a cut"),
    ("a degree phrase", "The House is expected to vote as early", "The House is expected to vote"),
    ("a deadline phrase", "Bids must arrive no later", "Bids must arrive"),
    ("an adjective that looks like a hedge stays", "A deal is likely", "A deal is likely"),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in TRIM_CASES], ids=[c[0] for c in TRIM_CASES])
def test_trim_end(title, expected):
    assert shorten.trim_end(title) == expected


# (id, a cut title, whether it waits for more).
DANGLES_CASES = [
    ("an -ing noun after a determiner ends a title", "The question was raised during a meeting", False),
    ("an -ing noun after an adjective ends a title", "Apple will provide live streaming", False),
    ("an -ing form after a preposition waits", "The plan is aimed at cutting", True),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in DANGLES_CASES], ids=[c[0] for c in DANGLES_CASES])
def test_dangles(title, expected):
    assert shorten.dangles(title) is expected
