"""Round 43: a title cut to 80 characters keeps a statement's subject with its verb, an -ing word with the
noun phrase it belongs to, and a name with its particles; a verb that needs its object ("hosted", "got",
"appointed") does not end a title, and an adverb after a noun ("here", "however") is no compound noun. A
comma that an aside or a date left between the subject and its verb goes (timeline.stray_commas), and a
front phrase ("With the truce holding,", "So far,") gives way to the verb (timeline.front_cuts). Invented
sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import cut_places, front_cuts, ing_cuts, stray_commas, structural
from timeline.complete import complete

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    # a statement's subject cut from its verb ("said five state mine | safety inspectors closed")
    (
        "statement-subject-four-words",
        "The Miners Rights Foundation said in a statement sent here that five state mine safety inspectors "
        "closed the pit of the Karlsbad company on May 3 for four days and sealed its main shaft.",
        "May 3",
        "Five state mine safety inspectors closed the pit of the Karlsbad company",
    ),
    (
        "statement-subject-housing",
        "The Riverside Tenants Union said in a letter faxed to reporters that nine city housing inspectors "
        "visited the flats of Elena Marquez Ortiz on Monday for six hours and took photographs of the walls.",
        "Monday",
        "The Riverside Tenants Union said nine city housing inspectors visited the flats",
    ),
    (
        "statement-subject-kept-whole",
        "The Coastal Fishers League said in a statement issued here that six navy patrol boats stopped the "
        "trawler Helga Brandt on April 9 for five hours and seized nets, fuel and ice boxes.",
        "April 9",
        "The Coastal Fishers League said six navy patrol boats stopped the trawler",
    ),
    # an -ing noun with its "of" is no participle phrase: no cut leaves "a probe into price (rigging)"
    (
        "ing-noun-of-hoarding",
        "Rice prices climbed on Tuesday amid a row over a probe into grain hoarding of state warehouse "
        "stocks by three big traders but they dropped 1.5 percent on Thursday as imports arrived, traders "
        "said.",
        "Tuesday",
        "Rice prices climbed amid a row over a probe",
    ),
    (
        "ing-noun-of-grabbing",
        "The regional council met on Thursday amid criticism of a plan for land grabbing of farm plots along "
        "the coast but it adjourned after four hours as protesters filled the hall, officials said.",
        "Thursday",
        "The regional council met amid criticism",
    ),
    (
        "ing-noun-of-rigging",
        "Bond prices edged up on Monday amid reports of a probe into rate rigging of several lending "
        "benchmarks but they fell back 0.4 percent on Tuesday as traders took profits, analysts said.",
        "Monday",
        "Bond prices edged up",
    ),
    # an -ing adjective opens the verb's object, and a name goes on past its particles
    (
        "ing-adjective-and-particles",
        "Also on Monday, President Miguel Arroyo de Santana appointed outgoing premier Laura de la Vega "
        "Torres as head of the country's new cabinet.",
        "Monday",
        "President Miguel Arroyo de Santana appointed outgoing premier",
    ),
    (
        "ing-adjective-name-fits",
        "On Thursday, Governor Paulo Mendes da Costa appointed outgoing mayor Rui Dias dos Reis as head of "
        "the new regional water board.",
        "Thursday",
        "Governor Paulo Mendes da Costa appointed outgoing mayor Rui Dias dos Reis",
    ),
    # a verb that needs its object does not end a title: the front phrase goes instead
    (
        "hosted-needs-object",
        "Hoping to end the quarrel over fishing rights in the bay, Iceland hosted four rounds of talks "
        "between the two fleets in 2018, the last one held in Akureyri.",
        "2018",
        "Iceland hosted four rounds of talks",
    ),
    # whole titles the rules leave as they were
    (
        "ing-adjective-after-noun",
        "The Northern Chess League was founded in 1921 as a regional ruling body for clubs.",
        "1921",
        "The Northern Chess League was founded as a regional ruling body for clubs",
    ),
    (
        "statement-verb-far",
        "The former Czech foreign minister opened on Monday an international meeting of judges from 17 "
        "countries seeking common rules for extradition.",
        "Monday",
        "The former Czech foreign minister opened an international meeting of judges",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_43(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the words before the cut, whether the -ing word after it belongs to a noun phrase)
ING_CASES = [
    ("noun-with-of", "a probe into grain hoarding of stocks", "a probe into grain", True),
    ("adjective-before-noun", "The mayor appointed outgoing judge Ruiz", "The mayor appointed", True),
    ("noun-before-noun", "The union said nine city housing inspectors left", "The union said nine city",
     True),
    ("participle-with-object", "The assembly passed a motion condemning the raid", "The assembly passed a "
     "motion", False),
    ("participle-warning-of", "The office issued an alert warning of floods", "The office issued an alert",
     False),
    ("after-article", "The leader met the visiting envoy", "The leader met the", False),
    ("adjective-before-verb", "The ruling said the law stands", "The", False),
]


@pytest.mark.parametrize(
    ("title", "before", "expected"), [c[1:] for c in ING_CASES], ids=[c[0] for c in ING_CASES]
)
def test_ing_word_splits_noun_phrase(title: str, before: str, expected: bool) -> None:
    assert ing_cuts.splits_noun_phrase(title, len(before)) is expected


# (id, title, the words before the cut, weight of a cut there): a name goes on past its particles
NAME_CASES = [
    ("before-particle", "Ruiz appointed Marta de Souza as premier", "Ruiz appointed Marta", -2.5),
    ("after-particles", "Ruiz appointed Laura de la Vega as premier", "Ruiz appointed Laura de la", -2.5),
    ("particle-then-lowercase", "The road from Porto de la plaza", "The road from Porto", 0.0),
    ("compound", "Acme held its results conference call on Monday", "Acme held its results conference", -0.5),
]


@pytest.mark.parametrize(
    ("title", "before", "weight"), [c[1:] for c in NAME_CASES], ids=[c[0] for c in NAME_CASES]
)
def test_cut_inside_name_weighs_less(title: str, before: str, weight: float) -> None:
    assert cut_places.phrase_inside(title, len(before)) == weight


# (id, title, the words before the cut, whether the cut falls inside a compound noun)
COMPOUND_CASES = [
    ("here-after-noun", "The ministers ended their meeting here on Sunday", "The ministers ended their "
     "meeting", False),
    ("however-after-noun", "The army would not accept the shelling however", "The army would not accept the "
     "shelling", False),
    ("than-after-adjective", "Prices were slightly higher than a year ago", "Prices were slightly higher",
     False),
    ("noun-noun", "The agency sent housing inspectors to the flats", "The agency sent housing", True),
]


@pytest.mark.parametrize(
    ("title", "before", "expected"), [c[1:] for c in COMPOUND_CASES], ids=[c[0] for c in COMPOUND_CASES]
)
def test_adverb_is_no_compound_noun(title: str, before: str, expected: bool) -> None:
    assert cut_places.in_compound.__wrapped__(title, len(before)) is expected


# (id, title, why it stops mid-phrase): verbs that need their object
OBJECT_CASES = [
    ("hosted", "Seeking to settle the feud over the river, Norway hosted", "object"),
    ("got", "The mayor's appeal for calm in the old town got", "object"),
    ("appointed", "President Miguel Arroyo de Santana appointed", "object"),
    ("passive-appointed", "The new premier was appointed", None),
]


@pytest.mark.parametrize(("title", "reason"), [c[1:] for c in OBJECT_CASES], ids=[c[0] for c in OBJECT_CASES])
def test_verb_needs_its_object(title: str, reason: str | None) -> None:
    assert complete(title) == reason


# (id, text, the date phrase of the event, its title): the comma an aside or a date closed goes
COMMAS = [
    (
        "date-between-subject-and-verb",
        "The collapse of the old rail bridge near the harbour in 2011, killed 14 people.",
        "2011",
        "The collapse of the old rail bridge near the harbour killed 14 people",
    ),
    (
        "relative-clause-left-of-an-aside",
        "The four climbers, all students from Lyon, whose guide had fallen ill, were rescued from the ridge "
        "on Monday.",
        "Monday",
        "The four climbers were rescued from the ridge",
    ),
    (
        "apposition-inside-the-subject",
        "Freight on the new canal from Ghent, a port city in Flanders, to Lille, will reach 2 million tons "
        "in 2025.",
        "2025",
        "Freight on the new canal from Ghent to Lille will reach 2 million tons",
    ),
    (
        "participle-phrase-left",
        "Two fires, including one at the old grain depot, in the river town of Maldon, broke out on Sunday, "
        "firefighters said.",
        "Sunday",
        "Two fires in the river town of Maldon broke out",
    ),
    (
        "whole-aside-stays",
        "The summit, co-hosted by the two foreign ministries, opened on Monday in Riga.",
        "Monday",
        "The summit, co-hosted by the two foreign ministries, opened in Riga",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in COMMAS], ids=[c[0] for c in COMMAS])
def test_stray_comma_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the title without its stray comma)
JOINED = [
    ("subject-verb", "The collapse of the bridge, killed 14 people", "The collapse of the bridge killed 14 "
     "people"),
    ("relative-goes", "The bond which matured, rose 12 cents", "The bond rose 12 cents"),
    ("front-phrase", "In Denver, officials met", "In Denver, officials met"),
    ("teller-after", "Good news for the club, said the coach", "Good news for the club, said the coach"),
    ("participle-alone", "The index, launched", "The index, launched"),
    ("agent-phrase", "The meeting, hosted by the agency", "The meeting, hosted by the agency"),
    ("two-clauses", "Lee became the chief judge, overturned the ruling", "Lee became the chief judge, "
     "overturned the ruling"),
    ("place-apposition", "Ruiz was born in Porto, Portugal", "Ruiz was born in Porto, Portugal"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in JOINED], ids=[c[0] for c in JOINED])
def test_joined(title: str, expected: str) -> None:
    assert stray_commas.joined(title) == expected


# (id, text, the date phrase of the event, its title): the front phrase goes before the verb does
FRONTS = [
    (
        "so-far-in-a-quotation",
        '"So far this season, the regional Alpine Avalanche Warning Service of Tyrol has issued public '
        'alerts for skiers in the eastern valleys 14 times," said Eva Gruber, a spokeswoman for the '
        "province, at a press briefing.",
        "this season",
        "The regional Alpine Avalanche Warning Service of Tyrol has issued public alerts",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in FRONTS], ids=[c[0] for c in FRONTS])
def test_front_phrase_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


_COUNCIL = (
    "So far, the regional Alpine Avalanche Warning Service of West Tyrol has issued public alerts for skiers "
    "in the eastern valleys 14 times"
)
# (id, the clause, its cut title, the title with a verb or None)
WITH_VERB = [
    ("front-and-subject", _COUNCIL, "So far, the regional Alpine Avalanche Warning Service of West Tyrol",
     "The regional Alpine Avalanche Warning Service of West Tyrol has issued"),
    ("front-and-verb", _COUNCIL, "So far has issued public alerts for skiers in the eastern valleys 14 times",
     "The regional Alpine Avalanche Warning Service of West Tyrol has issued"),
    ("cut-has-a-verb", _COUNCIL, "The avalanche service has issued public alerts", None),
]


@pytest.mark.parametrize(
    ("whole", "title", "expected"), [c[1:] for c in WITH_VERB], ids=[c[0] for c in WITH_VERB]
)
def test_with_verb(whole: str, title: str, expected: str | None) -> None:
    assert front_cuts.with_verb(whole, title) == expected


# (id, clause, the clause without its front phrase or None)
FRONT_PHRASES = [
    ("with-absolute", "With the truce holding, the talks resumed in Oslo", "The talks resumed in Oslo"),
    ("so-far", "So far, three banks have cut their rates", "Three banks have cut their rates"),
    ("until-now", "Until now, the ferry has sailed twice a week", "The ferry has sailed twice a week"),
    ("no-verb-after", "With the truce holding, a new round of talks", None),
]


@pytest.mark.parametrize(
    ("form", "expected"), [c[1:] for c in FRONT_PHRASES], ids=[c[0] for c in FRONT_PHRASES]
)
def test_without_front(form: str, expected: str | None) -> None:
    assert structural.without_front(form) == expected
