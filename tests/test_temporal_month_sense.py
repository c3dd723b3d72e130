"""A month name or the same word in another sense: the verb "march", the modal "may", a month as subject."""

import datetime as dt

import pytest

from timeline.temporal import tag

DCT = dt.date(2024, 6, 15)

# (sentence, the month phrase tagged, or None when the word is not a month)
CASES = [
    ("The strike began in March.", "March"),
    ("Protesters will march to the square.", None),
    ("It may rain on the coast.", None),
    ("March was the wettest month on record.", "March"),
    ("The vote was postponed to May.", "May"),
    ("Polls closed in the March election.", "March"),
    ("A March-June survey found little change.", "March"),
    ("Troops did march through the town.", None),
]


@pytest.mark.parametrize(("sentence", "month"), CASES, ids=[c[0] for c in CASES])
def test_month_or_other_sense(sentence, month):
    texts = [t.text for t in tag(sentence, dct=DCT)]
    if month is None:
        assert not any(word in text.lower() for text in texts for word in ("march", "may")), texts
    else:
        assert any(text.startswith(month) for text in texts), texts
