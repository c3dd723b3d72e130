"""A date's lead words go with it from a title, whole words only ("the weekend of" is no "end of"), and
only when they are the date's ("sworn in | next week")."""

import pytest

from timeline.dateless import without_dates

# (sentence, the date phrase in it, the sentence without the date)
CASES = [
    ("The town held a fair the weekend of June 4.", "June 4", "The town held a fair the weekend."),
    ("The club plans a dance on the weekend of July 9.", "July 9", "The club plans a dance on the weekend."),
    ("The legend of 1066 lives on.", "1066", "The legend lives on."),
    ("The plant will close by the end of March.", "March", "The plant will close."),
    ("Sales rose at the start of 2024.", "2024", "Sales rose."),
    # a bare "next week" takes no "in": the "in" before it is the verb's particle
    ("The cabinet will be sworn in next week.", "next week", "The cabinet will be sworn in."),
    ("The mill will close in May.", "May", "The mill will close."),
]


@pytest.mark.parametrize(("text", "date", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_a_lead_is_cut_only_on_whole_words(text, date, expected):
    start = text.index(date)
    assert without_dates(text, (0, len(text)), [(start, start + len(date))]) == expected
