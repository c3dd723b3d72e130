"""Round 53: a cut at the limit inside a compound makes room by dropping an adjective (and its article)
before the compound ("will feature 13 (promotional) activities"). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import compound_room

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("an adjective before the noun cut at the limit goes",
     "The Ruritanian-Borduvian Investment Promotion Week will feature 13 promotional activities aimed at "
     "boosting bilateral trade, as part of the Year of Friendship on Thursday.", "Thursday",
     "The Ruritanian-Borduvian Investment Promotion Week will feature 13 activities"),
    ("the adjective of a noun-noun compound goes",
     "A fire in a transformer forced the closure of Ruritania's Alpha I and Alpha II nuclear power stations "
     "early Friday morning, the state company said.", "early Friday morning",
     "A fire forced the closure of Ruritania's Alpha I and Alpha II power stations"),
    ("the adjective goes with its article when one is not enough",
     "Opposition leader Mara Lind on Tuesday urged the international community to denounce the escalating "
     "human rights violations in the north and restore the democracy.", "Tuesday",
     "Mara Lind urged the international community to denounce human rights violations"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_53(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the words before the cut, the wordings that make room)
ROOM_CASES = [
    ("an adjective alone", "The fair will open 12 regional offices", "The fair will open 12 regional",
     ["The fair will open 12 offices"]),
    ("adjective, then with its article", "They denounced the worsening water shortages",
     "They denounced the worsening water",
     ["They denounced the water shortages", "They denounced water shortages"]),
    ("a noun of the compound stays", "They installed new sea water pumps", "They installed new sea water",
     []),
    ("no adjective in a compound of nouns", "They installed sea water pumps", "They installed sea water", []),
]


@pytest.mark.parametrize(("title", "before", "expected"), [c[1:] for c in ROOM_CASES],
                         ids=[c[0] for c in ROOM_CASES])
def test_roomier(title: str, before: str, expected: list[str]) -> None:
    assert list(compound_room.roomier(title, len(before))) == expected


def test_a_cut_the_limit_did_not_make_keeps_its_adjective() -> None:
    title = "Tempers were raised to boiling point after the long strike by the dock workers of the port"
    cut = len("Tempers were raised to boiling point")
    assert compound_room.kept_whole(title, cut, str, lambda whole, short: True) is None
