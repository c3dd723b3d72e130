"""Round 60: a subject whose phrase holds a list of names is cut to its head before the list, so that the
verb and its object fit ("Police in the towns of A, B, C and D arrested ..." -> "Police arrested ..."); a
cut that ends on the list's first item is no whole title. An apposition opened by a possessive name goes
("The Museum of Clocks, Arden's oldest collection of ..., opens" -> "The Museum of Clocks opens"). A body's
deed told as done ("The Water Board said it had agreed to spend ...") is titled as round 59 titles a person's,
and a headline drops its "had" when that makes room for the infinitive the verb needs ("agreed to spend X").
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline

# (id, text, the date phrase of the event, its title)
CASES = [
    ("a one-word head before a list of places", "Police in the coastal districts of Marrow, Penhallow, "
     "Tresco, Wendle, Ashby and Corran detained Lewis Grant and four other poachers on Thursday.", "Thursday",
     "Police detained Lewis Grant and four other poachers"),
    ("a front phrase before it", "A week later, officers in the river towns of Marrow, Penhallow, Tresco, "
     "Wendle, Ashby and Corran charged Lewis Grant and four other poachers.", "A week later",
     "Officers charged Lewis Grant and four other poachers"),
    ("a possessive apposition after a name with of", "The Museum of Clocks, Arden's oldest private "
     "collection of ship timepieces, opens a new wing in Solby on Sunday.", "Sunday",
     "The Museum of Clocks opens a new wing in Solby"),
    ("a possessive apposition after a person", "Lena Holt, Brava's chief negotiator at the grain talks, "
     "toured the flooded farms of the lower valley with two union leaders on Monday.", "Monday",
     "Lena Holt toured the flooded farms of the lower valley with two union leaders"),
    ("a body's deed after a dated front", "Last week, the Regional Water Board of Upper Fenwick said it had "
     "agreed to spend 30 million dollars to repair the quays damaged by the storm.",
     "Last week", "The Regional Water Board of Upper Fenwick had agreed to spend 30 million dollars"),
    ("a headline drops had for the infinitive", "Last week, the Regional Water Board of Upper Fenwickham "
     "said it had agreed to spend 30 million dollars to repair the quays damaged by the storm.",
     "Last week", "The Regional Water Board of Upper Fenwickham agreed to spend 30 million dollars"),
    ("a body's deed after the telling's date", "The central bank said on Monday it had sold 20 tonnes of "
     "gold.",
     "Monday", "The central bank had sold 20 tonnes of gold"),
    ("a person is no it", "The mayor said on Monday it had rained for a week.", "Monday",
     "The mayor said it had rained for a week"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round60_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]
