"""Round 61: a name's apposition goes before the predicate's complement is cut ("Ida Marsh, Tolvia's envoy to
the fishing talks, signed the quota deal with ..." -> "Ida Marsh signed the quota deal with ..."); a subject
cut to its head gets its "of" phrase back when the title still fits whole ("A former member resigned" ->
"A former member of the senate resigned"); a relative clause on the subject whose verb starts or ends the
thing ("The siege that ended in 1453 ...") dates that start or end, not the main clause; a front time phrase
goes with the subject it stood before, never alone ("Ten days later arrested ..."). A "she" after "..., where
Ruth Abney trained her." is not Abney: the "her" she trained is the other woman named. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import of_complements, shorten

# (id, text, the date phrase of the event, its title)
CASES = [
    ("an apposition goes before the object's phrase", "Ida Marsh, Tolvia's envoy to the long fishing "
     "talks, signed the quota deal with the trawler owners of Pell on Tuesday.", "Tuesday",
     "Ida Marsh signed the quota deal with the trawler owners of Pell"),
    ("an apposition opened by an article", "Omar Vance, a retired judge from the coastal province of "
     "Sarn, won the vote for the chair of the harbour trust on Sunday.", "Sunday",
     "Omar Vance won the vote for the chair of the harbour trust"),
    ("an of phrase given back to a role", "A former member of the senate for the western hill district "
     "of Corran Vale quit the ruling party on Friday.", "Friday",
     "A former member of the senate quit the ruling party"),
    ("an of phrase given back after a front date", "Last month, the board of the dairy cooperative in "
     "the upper valley of the river Tamm approved the sale of its cheese plant.", "Last month",
     "The board of the dairy cooperative approved the sale of its cheese plant"),
    ("a relative clause that ends the thing", "The siege of Harrow that ended in 1647 left the old "
     "town in ruins.", "1647", "The siege of Harrow ended"),
    ("a relative clause that starts the thing", "The rail strike that began in March kept thousands of "
     "commuters at home.", "March", "The rail strike began"),
    ("a passive start", "The mill that was founded in 1820 made cloth for the navy.", "1820",
     "The mill was founded"),
    ("she is the one the clause's subject acted on", "The choir hired Mia Lorne last spring from Pell, where "
     "Ruth Abney trained her. She became its lead soprano in May.", "May", "Lorne became its lead soprano"),
    ("he is the one the clause's subject acted on", "Tom Breck, 50, ran the mill in Pell for years. The "
     "firm hired Sam Ode in 2019 from Pell, where Tom Breck taught him. He became its chief engineer in May.",
     "May", "Ode became its chief engineer"),
    ("a third person leaves the pronoun", "The choir hired Mia Lorne and Ida Wren last spring from Pell, "
     "where Ruth Abney trained her. She became its lead soprano in May.", "May",
     "She became its lead soprano"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round61_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, the clause, its title cut to the subject's head, the title given back, or None)
OF_CASES = [
    ("a bare noun", "A former member of parliament for the hill district resigned from the party",
     "A former member resigned from the party", "A former member of parliament resigned from the party"),
    ("a phrase that waits for its noun after and", "The sale of frozen and dried fish from the ports rose "
     "sharply", "The sale rose sharply", None),
    ("a name before and", "The state of Kerra and two of its neighbours halted the vaccination drive",
     "The state halted the vaccination drive", "The state of Kerra halted the vaccination drive"),
    ("a front phrase, no subject", "Besides the claims of fraud in the north, the board has filed suits",
     "Besides the claims has filed suits", None),
    ("too long to fit", "The chairman of the national federation of independent grain farmers and millers "
     "announced his resignation from the board of the federation", "The chairman announced his resignation "
     "from the board of the federation", None),
]


@pytest.mark.parametrize(("whole", "cut", "expected"), [c[1:] for c in OF_CASES],
                         ids=[c[0] for c in OF_CASES])
def test_of_phrase_given_back(whole: str, cut: str, expected: str | None) -> None:
    assert of_complements.given_back(whole, cut) == expected


# (id, a long title with a front time phrase, its cut by shorten.fit)
FRONT_CASES = [
    ("a span of days later", "Ten days later, police in the remote hill village of Brannock near the old "
     "frontier with Tamm seized three men", "Police in the remote hill village of Brannock seized three men"),
    ("last month", "Last month, the board of the dairy cooperative in the upper valley of the river Tamm "
     "approved the sale", "The board approved the sale"),
    ("a possessive is no time phrase", "Last year's winner of the autumn regatta on the lower lake of Tamm, "
     "the skipper Ana Lind, sailed home", "Last year's winner sailed home"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in FRONT_CASES], ids=[c[0] for c in FRONT_CASES])
def test_front_time_phrase_goes_with_subject(title: str, expected: str) -> None:
    assert shorten.fit(title) == expected
