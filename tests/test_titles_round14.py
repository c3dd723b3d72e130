"""An aside between subject and verb is not the main clause; a name replaces its role (round 14, invented)."""

import pytest

from tests.test_events import run
from timeline.shorten import fit

# (id, text, expressions as (phrase, type, value), expected titles).
CASES = [
    (
        "a participle aside too long for the title goes, the main verb stays",
        "The regional airline Skyhop, founded by two young pilots from the small fishing towns in the far "
        "north of the country and the islands, landed in Port Ellis on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        ["The regional airline Skyhop landed in Port Ellis"],
    ),
    (
        "a date that ends a relative clause leaves its closing comma: the main clause has the other date",
        "The abbot, who led an outdoor prayer in the town's rugby ground early Sunday, was to fly back to "
        "Lyon in the evening.",
        [("early Sunday", "TIME", "2025-10-19TMO"), ("the evening", "TIME", "2025-10-19TEV")],
        [
            "The abbot led an outdoor prayer in the town's rugby ground",
            "The abbot was to fly back to Lyon",
        ],
    ),
    (
        "a date inside a relative clause on the subject dates that clause",
        "Local officials, who have fought the gangs in the harbour district since May 2023, have warned that "
        "they will not give up.",
        [("May 2023", "DATE", "2023-05")],
        ["Local officials have fought the gangs in the harbour district"],
    ),
    (
        # held before this round too: a relative clause at the end, not between subject and verb
        "a relative clause on an object is no aside of the subject",
        # round 38: "have not met since March 2019" is a denial's baseline, no event: a state that began then
        "The envoys hope to reconcile the two chiefs, who have feuded since March 2019, by the summer.",
        [("March 2019", "DATE", "2019-03"), ("the summer", "DATE", "2026-SU")],
        ["The two chiefs have feuded", "The envoys hope to reconcile the two chiefs"],
    ),
    (
        "a name in apposition replaces a long role as the subject",
        "The head of the national aviation agency of the small island state, Anna Berg, resigned on Monday "
        "after a long row with the minister.",
        [("on Monday", "DATE", "2025-10-20")],
        ["Anna Berg resigned after a long row with the minister"],
    ),
    (
        "a teller with a name in apposition goes before a statement that is the news",
        "The head of the national aviation agency, Anna Berg, told reporters on Monday that fares on the "
        "northern routes would rise sharply.",
        [("on Monday", "DATE", "2025-10-20")],
        ["Fares on the northern routes will rise sharply"],
    ),
    (
        "the name keeps room for the verb's object",
        "The new chief executive of the regional airline, Anna Berg, announced on Monday a plan to add forty "
        "routes in the far north.",
        [("on Monday", "DATE", "2025-10-20")],
        ["Anna Berg announced a plan to add forty routes in the far north"],
    ),
    (
        # held before this round too: a title that fits keeps role and name
        "a title that fits keeps its role",
        "The head of the agency, Anna Berg, resigned on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        ["The head of the agency, Anna Berg, resigned"],
    ),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_keep_the_main_clause(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, long title, its cut).
FIT_CASES = [
    (
        "a relative clause between subject and verb is cut, not the main verb",
        "The regional airline Skyhop, which flies to twelve towns in the far north of the country, landed in "
        "Port Ellis",
        "The regional airline Skyhop landed in Port Ellis",
    ),
    (
        "an -ing aside goes",
        "The regional airline Skyhop, flying to twelve towns in the far north of the country, landed in Port "
        "Ellis",
        "The regional airline Skyhop landed in Port Ellis",
    ),
    (
        "an adverb before the main verb stays",
        "The regional airline Skyhop, which flies to twelve towns in the far north of the country, finally "
        "landed in Port Ellis",
        "The regional airline Skyhop finally landed in Port Ellis",
    ),
    (
        "a name in apposition becomes the subject before a cut",
        "The head of the agency, Anna Berg, said that the airport would close for repairs in the spring",
        "Anna Berg said that the airport would close for repairs in the spring",
    ),
    (
        "a front phrase is no subject: its relative clause stays for the other rules",
        "After the storm, which flooded twelve towns in the far north of the country for a week, the airline "
        "landed",
        "After the storm, which flooded twelve towns in the far north of the country",
    ),
    (
        "an aside not followed by a verb stays",
        "The regional airline Skyhop, which flies to twelve towns in the far north, and its rival Bluewing "
        "landed",
        "The regional airline Skyhop, which flies to twelve towns in the far north",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit_drops_the_aside_before_the_main_verb(title, expected):
    assert fit(title) == expected
