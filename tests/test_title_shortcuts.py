"""The title stage's speed shortcuts (session 13) agree with the plain code they skip.

titles asks date_complements.date_was_object of a title only when date_complements.may_lose_date_object says
the title has a verb a date may have been the object of: without one, date_was_object is False whatever the
dated title, so the dated title need not be finished.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.date_complements import date_was_object, may_lose_date_object

# invented titles, each with the title that keeps its date
GAP_ROWS = [
    ("The judge set for the next session", "The judge set May 14 for the next session"),
    ("The cabinet declared as a day of mourning", "The cabinet declared Monday as a day of mourning"),
    ("The hearing was set for the next day", "The hearing was set for the next day on Monday"),
    ("The board named as its new chair", "The board named Ana Lee as its new chair"),
    ("The court set bail for the suspect", "The court set bail for the suspect on May 2"),
    ("Talks resumed for the first time", "Talks resumed on Monday for the first time"),
    ("The club picked as captain", "The club picked Ruiz as captain"),
    ("The vote was held as planned", "The vote was held on Sunday as planned"),
]


@pytest.mark.parametrize(("title", "dated"), GAP_ROWS, ids=[r[0] for r in GAP_ROWS])
def test_no_gap_no_object(title: str, dated: str) -> None:
    if not may_lose_date_object(title):
        assert date_was_object(title, dated) is False
    assert may_lose_date_object(title) or not date_was_object(title, dated)


def test_gap_rows_cover_both_answers() -> None:
    answers = {may_lose_date_object(title) for title, _ in GAP_ROWS}
    assert answers == {True, False}
    assert date_was_object(*GAP_ROWS[0]) is True


_WORDS = st.sampled_from(
    "the court set fixed named declared for as was on May 2 April a hearing board chair bail is been".split()
)


@given(st.lists(_WORDS, min_size=1, max_size=8), st.lists(_WORDS, max_size=4))
def test_gate_agrees(title_words: list[str], inserted: list[str]) -> None:
    title = " ".join(title_words)
    cut = len(title_words) // 2
    dated = " ".join([*title_words[:cut], *inserted, *title_words[cut:]])
    if not may_lose_date_object(title):
        assert date_was_object(title, dated) is False
