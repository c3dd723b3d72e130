"""Same-day copies from two outlets: is one named place plus one verb of SAME_WORDS enough to make one event?

No: within one story every sentence names the story's place, so "the same date + the same named entity + a
SAME_WORDS verb pair" would join different happenings of one day (a board's vote and a judge's ruling). The
rule is not added; these cases pin what merges and what must stay apart, and the strict xfails record
merges of that kind the two words of a place name already make (twins.content_words counts "Kestrel Bay" as
two shared words). Counting such a name as one word was tried on the analyst's three weeks (92 merged
events): it split a true pair ("The Kestrel Bay Port Authority signed a four-year contract" / "... the
Kestrel Bay port authority signed a new contract") and moved two sentences between events: not done either.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import pipeline
from timeline.models import Document


def _events(first: str, second: str) -> list[str]:
    documents = [Document(id=id, title=id, date=dt.date(2026, 11, 19), text=text)
                 for id, text in (("courier", first), ("times", second))]
    return [e.title for e in pipeline.extract_documents(documents).events]


# (id, one outlet's sentence, another's on the same day, one event?, merged today though two events?)
CASES = [
    ("one vote, two outlets' words", "Kestrel Bay dockworkers ratified the deal on Sunday.",
     "On Sunday, Kestrel Bay dockworkers approved the agreement.", True, False),
    ("a board and a judge reject on one day", "The Kestrel Bay port board rejected the deal on Tuesday.",
     "A Kestrel Bay judge rejected the union's appeal on Tuesday.", False, False),
    ("the place and the verb alone", "The board of the Kestrel Bay port rejected the deal on Tuesday.",
     "On Tuesday a judge in Kestrel Bay rejected the appeal.", False, False),
    # one vote, but "contract" is no SAME_WORDS form of "deal", and "members" not one of "dockworkers": the
    # place and the verb would join them, and would join the two rows above as well
    ("one vote, only the place and the verb shared",
     "Members of the Kestrel Bay union ratified the deal on Sunday.",
     "Dockworkers at Kestrel Bay approved the contract on Sunday.", False, False),
    ("talks and picketing begin", "Talks began in Kestrel Bay on Friday.",
     "Picketing began in Kestrel Bay on Friday.", False, True),
    # apart since subject_twins: two named doers ("Mediation talks", "The blockade of Kestrel Bay")
    ("talks begin, a blockade starts", "Mediation talks began at Kestrel Bay on Friday.",
     "The blockade of Kestrel Bay started on Friday.", False, False),
]
KNOWN = pytest.mark.xfail(strict=True, reason="a two-word place and a verb merge (twins.content_words)")


@pytest.mark.parametrize(("first", "second", "one"), [
    pytest.param(*c[1:4], id=c[0], marks=[KNOWN] if c[4] else []) for c in CASES
])
def test_same_day_copies(first, second, one):
    assert len(_events(first, second)) == (1 if one else 2)
