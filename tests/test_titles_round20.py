"""A title over 80 characters is not cut mid-phrase: it never ends on a noun that waits for its complement
("their commitment | to"), a participle after a noun ("a campaign launched | in"), an adjective after its noun
("a motion critical | of"), the first words of a name, or a head whose relative clause the cut left out; it
drops a noun's modifier whole instead (round 20, invented sentences)."""

import pytest

from timeline.cut_words import modifier_after, waits
from timeline.shorten import MAX_TITLE, fit

# (id, title over 80 characters, expected title).
FIT_CASES = [
    (
        "a noun that wants its complement is no end: the subject goes to its head instead",
        "The Nordic and Baltic transport and energy ministers renewed their commitment to building the new "
        "rail link across the region",
        "The ministers renewed their commitment to building the new rail link",
    ),
    (
        "a participle after a noun in a phrase goes with what follows it",
        "The sharp fall in burglaries is largely credited to a neighbourhood watch scheme started in the "
        "town centre",
        "The sharp fall in burglaries is largely credited to a neighbourhood watch scheme",
    ),
    (
        "an adjective after its noun goes with its phrase",
        "Norway said it would table a resolution critical of the whaling quotas set by the commission after "
        "the talks failed",
        "Norway said it would table a resolution",
    ),
    (
        "an '-ing' phrase after a comma goes rather than stop on a noun that wants more",
        "Bicycle sales in Portugal climbed steeply, strengthening expectations for another record year",
        "Bicycle sales in Portugal climbed steeply",
    ),
    (
        "a noun's failure keeps its complement or goes",
        "The league suspended the club's licence over its failure to pay the wages of its players and staff",
        "The league suspended the club's licence",
    ),
    (
        "a passive infinitive of purpose goes whole",
        "She was moved from the hospital in the northern port of Harwick to be examined by a team of doctors",
        "She was moved from the hospital in the northern port of Harwick",
    ),
    (
        "a role in lowercase goes with the first name: 'chief'",
        "Ruritania's nuclear chief Tomas Verhoeven said that the company would not sell the copper mine to "
        "foreign buyers",
        "Verhoeven said that the company would not sell the copper mine to foreign buyers",
    ),
    (
        "'hero' is a role too",
        "Olympic hero Martin Delacroix has been named as the new head coach of the national team for the "
        "coming season",
        "Delacroix has been named as the new head coach of the national team",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit(title, expected):
    assert len(title) > MAX_TITLE
    assert fit(title) == expected


# (id, title, the words the cut keeps, the rule that says it waits, or None).
WAIT_CASES = [
    ("a commitment waits for 'to'", "They renewed their commitment to free trade", "their commitment",
     "complement"),
    ("a commitment before 'in' does not", "They renewed their commitment in May", "their commitment", None),
    ("a role waits for 'in'", "It looked at Lee's role in the deal", "Lee's role", "complement"),
    ("an adjective after its noun waits", "They tabled a motion critical of the plan", "motion critical",
     "adjective"),
    ("a participle after a noun in a phrase waits", "It is owed to a scheme started in May", "scheme started",
     "participle"),
    ("a past verb after a subject is the clause's verb", "The firm started in May", "firm started", None),
    ("a participle after a pronoun is a verb", "He said this emerged from the talks", "this emerged", None),
    ("a participle after 'being' is the verb", "with ten bills being passed in May", "being passed", None),
    ("the first word of a name waits", "It is run by the Geneva Convention for the Protection of Birds",
     "Geneva Convention", "name"),
    ("an empty head waits for its relative clause", "He is remembered as the man who scored", "the man",
     "relative"),
    ("the first of a list of adjectives waits", "It signed the pact on economic, social and cultural rights",
     "on economic", "list"),
    ("the first of two joined modifiers waits", "It backed the goals of free and open trade", "of free",
     "list"),
    ("'set to be unveiled' is whole", "It drew a plan set to be unveiled by the board", "be unveiled", None),
    ("'to be moved' waits for its phrase", "She was taken from the camp to be moved by bus", "be moved",
     "purpose"),
    ("'not to be fooled' is whole", "He was said to urge them not to be fooled by it", "be fooled", None),
    ("an adjective waits for its noun", "It made a universal intermediate chip", "intermediate", "adjective"),
    ("an adjective before 'yesterday' ends its phrase", "The state was critical yesterday", "critical", None),
]


@pytest.mark.parametrize("title, kept, expected", [c[1:] for c in WAIT_CASES], ids=[c[0] for c in WAIT_CASES])
def test_waits(title, kept, expected):
    assert waits(title, title.index(kept) + len(kept)) == expected


# (id, title, the words before the cut, whether what follows modifies the noun and may go).
MODIFIER_CASES = [
    ("an adjective with its preposition", "They tabled a motion critical of the plan", "a motion", True),
    ("a participle with its phrase after a noun in a phrase", "It is owed to a scheme started in May",
     "a scheme", True),
    ("a past verb after a subject is no modifier", "The scheme started in May", "The scheme", False),
    ("an adjective before its noun", "They tabled a critical motion", "a", False),
]


@pytest.mark.parametrize("title, before, expected", [c[1:] for c in MODIFIER_CASES],
                         ids=[c[0] for c in MODIFIER_CASES])
def test_modifier_after(title, before, expected):
    assert modifier_after(title, title.index(before) + len(before)) is expected
