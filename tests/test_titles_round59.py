"""Round 59: a deed a teller says it had done by the telling's date is the news the telling brings, told
as the statement's own title with the teller for its pronoun ("Police said on Sunday they had arrested two
men" -> "Police had arrested two men"), as a statement with a subject of its own already is; a plan
("would"), a pronoun that may stand for someone else ("Sources close to the agencies said they") or a
teller of another sex keep the telling. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

# (id, text, the date phrase of the event, its title)
CASES = [
    ("a plural teller's deed", "Police said on Sunday they had arrested two men.", "Sunday",
     "Police had arrested two men"),
    ("a date right after the telling", "Officials said Monday they had found the bodies of three climbers.",
     "Monday", "Officials had found the bodies of three climbers"),
    ("a person's deed", "The minister said on Monday he had signed the decree.", "Monday",
     "The minister had signed the decree"),
    ("a plan keeps its telling", "Officials said on Monday they would reopen the bridge.", "Monday",
     "Officials said they would reopen the bridge"),
    ("another's pronoun keeps the telling", "Sources close to the regional agencies said on Monday they had "
     "arrested a courier.", "Monday",
     "Sources close to the regional agencies said they had arrested a courier"),
    ("a pronoun of the other sex keeps the telling", "Maria Lopez said on Monday he had signed the decree.",
     "Monday", "Maria Lopez said he had signed the decree"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round59_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]
