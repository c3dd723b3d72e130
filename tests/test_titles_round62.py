"""Round 62: a past that is also its base and a noun ("cost", "hurt") is the main verb after a subject that a
relative clause closes ("The strike that began in March cost the firm dearly" dates the start, not "The
strike began cost ..."). An "it" or "The company" that opens a sentence names the one firm the sentence before
has as its subject ("Norvik Foods said ... It plans" -> "Norvik Foods plans"), not when another thing may be
meant. A date that ends an apposition on the subject titles the apposition's relation ("Europe, Africa's
leading partner since 2005, has lost ground" -> "Europe has been Africa's leading partner"). A "she" whose
title names again the role the sentence before gave one person ("signed Ana Ruiz as a striker. She became its
third striker") is that person. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import bare_pasts, date_units

# (id, text, the date phrase of the event, its title)
CASES = [
    ("cost after a start's date", "The dock strike that began in March cost the port dearly.", "March",
     "The dock strike began"),
    ("hurt after an end's date", "The drought that ended in June hurt the wheat harvest.", "June",
     "The drought ended"),
    ("a perfect main verb", "The rail strike that began in March has cost the line dearly.", "March",
     "The rail strike began"),
    ("it is the firm the sentence before had as subject", "Brenna Foods said on Friday it would shut its "
     "bakery in Holt. It plans to hire 80 more drivers by May 2025.", "May 2025",
     "Brenna Foods plans to hire 80 more drivers"),
    ("the company is the one firm named", "Brenna Foods said on Friday it would shut its bakery in Holt. "
     "The company plans to hire 80 more drivers by May 2025.", "May 2025",
     "Brenna Foods plans to hire 80 more drivers"),
    ("another thing is a clause's subject: it stays", "Brenna Foods said on Friday the bakery would shut. "
     "It will reopen in May 2025.", "May 2025", "It will reopen"),
    ("a second name: the company stays", "Brenna Foods bought Tarn Dairy in March. The company plans to "
     "hire 80 more drivers by May 2025.", "May 2025", "The company plans to hire 80 more drivers"),
    ("the noun names another firm: it stays", "Brenna Foods bought a rival firm in March. The firm plans "
     "to hire 80 more drivers by May 2025.", "May 2025", "The firm plans to hire 80 more drivers"),
    ("since ends an apposition", "Marrow Isle, the coast's chief salt supplier since 1998, has lost "
     "ground to imports.", "1998", "Marrow Isle has been the coast's chief salt supplier"),
    ("since opens an apposition", "Marrow Isle, since 1998 the coast's chief salt supplier, has lost "
     "ground to imports.", "1998", "Marrow Isle has been the coast's chief salt supplier"),
    ("in: a past relation", "Dr Ivo Brand, the league's top scorer in 2011, joined the board on Monday.",
     "2011", "Dr Ivo Brand was the league's top scorer"),
    ("a plural subject", "The Dunn sisters, the choir's soloists since 2017, have left the town.", "2017",
     "The Dunn sisters have been the choir's soloists"),
    ("a clause in the apposition is its own", "Marrow Isle, whose salt trade grew since 1998, has lost "
     "ground to imports.", "1998", "Marrow Isle's salt trade grew"),
    ("a front phrase is no subject", "In 2011, the league's best year since 1990, Dr Ivo Brand joined the "
     "board.", "1990", None),
    ("the role given names the object", "The choir took on Greta Olsen as a soloist in March. She became "
     "its fourth soloist in June.", "June", "Olsen became its fourth soloist"),
    ("her as the role is the one named before", "Greta Olsen left Brill in January. The choir hired her as "
     "a soloist in March. She became its fourth soloist in June.", "June", "Olsen became its fourth soloist"),
    ("no role named again: the pronoun stays", "The choir took on Greta Olsen as a soloist in March. She "
     "sang twice in June.", "June", "She sang twice"),
    ("a given name of the other sex: the pronoun stays", "The choir took on Peter Olsen as a soloist in "
     "March. She became its fourth soloist in June.", "June", "She became its fourth soloist"),
    ("a bank is no company", "Harbour Bank said on Friday it would shut two branches. The company plans to "
     "hire 80 more clerks by May 2025.", "May 2025", "The company plans to hire 80 more clerks"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round62_titles(text: str, phrase: str, expected: str | None) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected] if expected else not any(t.endswith("the league's best year") for t in titles)


# (id, words at a bare past, whether it reads as the main verb)
VERB_CASES = [
    ("an object after it", " cost the firm dearly", True),
    ("a number after it", " shed 900 jobs", True),
    ("an adverb after it", " spread quickly to the hills", True),
    ("an of phrase: a noun", " cost of living rose", False),
    ("a verb after it: a noun", " cost was high", False),
]


@pytest.mark.parametrize(("words", "expected"), [c[1:] for c in VERB_CASES], ids=[c[0] for c in VERB_CASES])
def test_bare_past_verb(words: str, expected: bool) -> None:
    assert (bare_pasts.verb_at(words, 0) is not None) == expected


# (id, a title of a noun phrase and its relative clause, the title made a sentence)
PREDICATED_CASES = [
    ("a bare past main verb keeps the clause", "The strike that began cost the firm dearly",
     "The strike that began cost the firm dearly"),
    ("no main verb: the clause is the predicate", "A flood that swept the valley",
     "A flood swept the valley"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in PREDICATED_CASES],
                         ids=[c[0] for c in PREDICATED_CASES])
def test_predicated(title: str, expected: str) -> None:
    assert date_units.predicated(title) == expected
