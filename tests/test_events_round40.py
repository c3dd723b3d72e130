"""Round 40 (a regression of round 38, invented): "since" a date after a denial in a perfect tense keeps the
date, titled with its "not" (the last time it happened, as TimeML and SemEval gold date it); a count ("has
arrested 100 since Sunday") still dates nothing; a figure or a "since" date of a first predicate makes no
count of a second one ("has fought X since 2021 and has been on leave since January": two state starts); an
"as" clause before a determiner and a lowercase word holds its date ("little effect as the firm had not drawn
loans since 2021").

Each row is a text, its document date, and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 3, 8)  # a Friday

# (id, document date, text, {date value: title}); every event of the text is checked
CASES = [
    ("a denial in a past perfect keeps the 'since' date",
     D, "The old tablet had not been seriously revised since 2019.",
     {"2019": "The old tablet had not been seriously revised"}),
    ("a 'no one' denial keeps the 'since' date",
     D, "No one has been admitted since Monday.",
     {"2024-03-04": "No one has been admitted"}),
    ("a 'never' denial keeps the 'since' date",
     D, "The ferry has never sailed since January.",
     {"2024-01": "The ferry last sailed"}),  # titled as the last time it happened (not_since, session 20)
    ("two perfect states, each from its own date",
     D, "Lena Ortiz has been battling a knee injury since 2021 and has been on sick leave since January of"
        " this year.",
     {"2021": "Lena Ortiz has been battling a knee injury", "2024-01": "Lena Ortiz has been on sick leave"}),
    ("a count of people still dates nothing",
     D, "Police have arrested hundreds of protesters since Sunday.",
     {}),
    ("a figure counted since a date still dates nothing",
     D, "The charity has raised $40,000 since June.",
     {}),
    # an "as" clause before a determiner holds its date
    ("an 'as' clause of cause holds the denial's date",
     D, "A spokesman said the ruling would have little effect as the firm had not drawn state loans since"
        " early 2021.",
     {"2021": "The firm last drew state loans"}),
    ("an 'as' clause of time holds its date",
     D, "Prices rose as the harvest failed in June.",
     {"2023-06": "The harvest failed"}),
    ("'as' a role is no clause",
     D, "He joined the board as a director in 2019.",
     {"2019": "He joined the board as a director"}),
    ("'as' before a name is no clause",
     D, "The results on whether to list the lake as a World Heritage Site will be known after a meeting in"
        " June.",
     {"2024-06": "The results on whether to list the lake as a World Heritage Site will be known"}),
    ("a figure in a first clause makes no count of the second",
     D, "The team lost 3-1 in the final, and the coach has been under pressure since Sunday.",
     {"2024-03-03": "The coach has been under pressure"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round40_dates(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected
