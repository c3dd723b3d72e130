"""A name right after a bracket or a quote, in the sentence before a 'He' or 'She', is read, not a crash
(the whole document's events were lost: "document ... failed: TypeError")."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import events, temporal
from timeline.models import Document
from timeline.named_people import named_person

# (id, the sentence naming someone, the next sentence, a date phrase of the text)
CASES = [
    ("wire-dateline-bracket",
     "MARLOW POINT, Jan. 22 (Reuters) - Norland chief executive Maria Okafor resigned on Tuesday.",
     "She had led the company since 2017.", "Tuesday"),
    ("name-in-brackets", "The board thanked its chair (Thomas Reed) on Monday.",
     "He had chaired it since 2019.", "Monday"),
    ("name-after-a-quote", 'The paper named "Thomas Reed" as its editor on Monday.',
     "He starts in March.", "Monday"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_name_after_a_bracket_or_a_quote_is_read(first: str, second: str, phrase: str) -> None:
    text = f"{first}\n{second}\n"
    document = Document(id="d", text=text, date=dt.date(2025, 1, 22))
    found = events.extract(document, temporal.tag(text, dct=document.date))
    assert phrase in [e.evidence[0].timex.text for e in found], [e.title for e in found]
    named_person(first, second.split()[0])  # whom it stands for is the title rules' business: read, no error
