"""Round 49: a verb of object control and its object wait for their infinitive ("urged lawmakers | to pass
the bill"), and the verb waits for both ("has instructed | universities to"); a statement's subject waits
for its verb ("said his country | wanted OPEC"); a long title cut open may lose a hyphenated adjective
("his (debt-burdened) country"); a plain present verb after a plural is the verb when an object follows it
("Police fire tear gas"), and a participle after a noun in a phrase is no end of a cut ("protesters
gathered | outside the parliament"). Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import control_verbs, quote_speakers, rewordings, shorten
from timeline.chunks import open_phrase
from timeline.participles import noun_participle_cut
from timeline.title_ends import dangles

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("object control: the infinitive after the object stays",
     "The housing agency of the province had told mortgage lenders to keep 20 percent of new deposits in "
     "reserve, effective Tuesday.", "Tuesday",
     "The housing agency of the province had told mortgage lenders to keep 20 percent"),
    ("a hyphenated adjective goes so that the infinitive fits",
     "Deputy energy minister Lara Ines Okafor said last Wednesday her debt-burdened country wanted OPEC to "
     "assign a lower official price for its crude", "last Wednesday",
     "Lara Ines Okafor said her country wanted OPEC to assign a lower official price"),
    ("a passive control verb keeps its infinitive",
     "Runners and spectators at the city marathon were warned by police on Saturday to be vigilant after "
     "two suspicious packages were found near the finish line.", "Saturday",
     "Runners and spectators at the city marathon were warned by police to be vigilant"),
    ("a short controller's clause stays whole",
     "The union urged lawmakers on Wednesday to pass the bill.", "Wednesday",
     "The union urged lawmakers to pass the bill"),
    ("a plain present verb after a plural with an object: the participle later is no verb",
     "Farmers block roads into the capital on Monday to protest against cuts in subsidies promised by the "
     "former government.", "Monday",
     "Farmers block roads into the capital to protest against cuts in subsidies"),
    ("a present headline verb: the participle after the noun in its phrase goes with its phrase",
     "Police fire tear gas and rubber bullets at thousands of protesters gathered outside the parliament "
     "building on Friday, witnesses said.", "Friday",
     "Police fire tear gas and rubber bullets at thousands of protesters"),
    ("two years before one noun: only the years go", "The fishing row was resolved in the 1961 and 1967 "
     "treaties, the ministry said.", "1967", "The fishing row was resolved in the treaties"),
    ("a date opening on 'the' before its noun: the noun keeps 'the'",
     "Five plots had been foiled since the 7 July bombings in the capital.", "the 7 July",
     "Five plots had been foiled since the bombings in the capital"),
    ("a named season before its noun", "Avalanches hit the valley following the Spring thaw this weekend.",
     "this weekend", "Avalanches hit the valley following the thaw"),
    ("a headline verb and a rejected offer",
     "Workers stage a walkout at the car plant on Tuesday over a pay offer rejected by the union leadership "
     "last month.", "Tuesday", "Workers stage a walkout at the car plant over a pay offer"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_49(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the words before the cut, whether the cut leaves a phrase open)
CUTS = [
    ("controller's object before its infinitive", "The union urged lawmakers to pass the bill",
     "The union urged lawmakers", "object"),
    ("a name as object", "Lee said his country wanted OPEC to act now", "Lee said his country wanted OPEC",
     "object"),
    ("the control verb before object and infinitive", "A circular has instructed universities to check books",
     "A circular has instructed", "object"),
    ("a noun, no control verb", "Acme has secured a 9 billion yen contract from a utility to build a dam",
     "Acme has secured a 9 billion yen contract from a utility", None),
    ("a plain object: no infinitive", "The union urged lawmakers in the capital", "The union urged lawmakers",
     None),
    ("a statement's subject before its verb", "Lee said his country wanted OPEC to act now",
     "Lee said his country", "subject"),
    ("a participle after a noun in a phrase",
     "Police fire tear gas at protesters gathered outside the parliament",
     "Police fire tear gas at protesters gathered", "participle"),
    ("a verb before the participle: no noun", "Ties between the two towns remain strained by the feud",
     "Ties between the two towns remain strained", None),
    ("a verb of placing before where its object goes", "Moscow will start loading fuel into the reactor",
     "Moscow will start loading fuel", "object"),
    ("a verb of placing and another preposition", "Moscow will start loading fuel at dawn",
     "Moscow will start loading fuel", None),
    ("a count of tens before its noun", "Cases were found among tens of thousands of refugees in the camps",
     "Cases were found among tens of thousands", "preposition"),
    ("an aspect verb before its -ing complement", "The crew will start loading fuel at the plant",
     "The crew will start", "object"),
    ("a modifier joined to a second before their noun", "Fuel went into Iran's first and only nuclear plant",
     "Fuel went into Iran's first", "noun phrase"),
    ("a comparative before its 'than'", "Travellers joined the more than 40 million people on the roads",
     "Travellers joined the more", "preposition"),
    ("a short -ing phrase after a comma",
     "Fuel was loaded into the reactor, beginning a process that will last",
     "Fuel was loaded into the reactor, beginning a process", "participle"),
    ("a short -ing phrase that counts is news",
     "The storm hit the coast, killing 12 people in three villages",
     "The storm hit the coast, killing 12 people", None),
    ("an adjective after an infinitive's verb", "The union asked the states to submit detailed proposals",
     "The union asked the states to submit detailed", "noun phrase"),
]


@pytest.mark.parametrize(("title", "short", "expected"), [c[1:] for c in CUTS], ids=[c[0] for c in CUTS])
def test_open_phrase_of_round_49(title: str, short: str, expected: str | None) -> None:
    assert title.startswith(short)
    assert open_phrase(title, len(short)) == expected


# (short, after, whether the verb and its object wait for the infinitive)
INFINITIVES = [
    ("The court asked the ministry", " to delay the hearing", True),
    ("Analysts expected the bank", " to cut rates", True),
    ("Most analysts expected the bank", " in March", False),
    ("The firm won a new order from a client", " to build ships", False),
    ("The firm won the first orders", " to build ships", False),
    ("The bank raised rates", " to 5 percent", False),
]


@pytest.mark.parametrize(("short", "after", "expected"), INFINITIVES, ids=[s for s, _, _ in INFINITIVES])
def test_waits_for_infinitive(short: str, after: str, expected: bool) -> None:
    assert control_verbs.waits_for_infinitive(short, after) is expected


# (title, without its hyphenated adjectives)
ADJECTIVES = [
    ("Lee said his debt-burdened country wanted OPEC to act", "Lee said his country wanted OPEC to act"),
    ("The cash-strapped council closed the war-torn town's library", "The council closed the town's library"),
    ("loading fuel into Iran's first and only nuclear plant", "loading fuel into Iran's nuclear plant"),
    ("The first and only plant", "The plant"),
    ("the police and army chiefs met", None),
    ("A 10-year-old boy was found", None),
    ("The Iran-backed militia attacked", None),
    ("Prices rose", None),
]


@pytest.mark.parametrize(("title", "expected"), ADJECTIVES, ids=[t[:40] for t, _ in ADJECTIVES])
def test_without_compound_adjective(title: str, expected: str | None) -> None:
    assert rewordings.without_compound_adjective(title) == expected


# (words, following word, whether the cut ends on a participle cut from its phrase)
PARTICIPLES = [
    (["protesters", "gathered"], "outside", True),
    (["offer", "rejected"], "by", True),
    (["were", "rejected"], "by", False),
    (["remain", "strained"], "by", False),
    (["offer", "rejected"], "the", False),
]


@pytest.mark.parametrize(
    ("words", "following", "expected"), PARTICIPLES, ids=[" ".join(w) for w, _, _ in PARTICIPLES]
)
def test_noun_participle_cut(words: list[str], following: str, expected: bool) -> None:
    assert noun_participle_cut(words, following) is expected


# (title, its cut to 80 characters)
FITS = [
    ("Moscow announced it will start loading fuel into Iran's first and only nuclear power plant",
     "Moscow announced it will start loading fuel into Iran's nuclear power plant"),
    ("Heavy snow over the weekend forced the mountain rescue team to halt its helicopter flights and pull "
     "back",
     "Heavy snow forced the mountain rescue team to halt its helicopter flights"),
    ("A draft report from former harbour inspector Ann Roe showed the port authority has long ignored cracks "
     "in the pier", "A draft report showed the port authority has long ignored cracks in the pier"),
]


@pytest.mark.parametrize(("title", "expected"), FITS, ids=[t[:40] for t, _ in FITS])
def test_fit_of_round_49(title: str, expected: str) -> None:
    assert shorten.fit(title) == expected


# (title end, whether it dangles)
DANGLES = [
    ("The mayor paid a first official visit to Riga", False),
    ("The premier was due to", True),
    ("The talks moved to Geneva", False),
    ("The premier hopes to", True),
]


@pytest.mark.parametrize(("title", "expected"), DANGLES, ids=[t for t, _ in DANGLES])
def test_dangles_of_round_49(title: str, expected: bool) -> None:
    assert dangles(title) is expected


def test_a_quoted_first_person_title_keeps_its_speaker_by_its_first_clause() -> None:
    text = ("Travellers crowded the airports on Wednesday.\n\nLina Abara boarded a flight to the coast.\n\n"
            "Abara said Wednesday that she arrived two hours early at the airport to catch a flight to New "
            "York.\n\n\"I thought the lines would be long,\" she said in an e-mail. \"I was second in "
            "line checking my bag with the airline and security was a breeze.\"")
    at = text.index("I was second")
    assert quote_speakers.with_speaker(
        "I was second in line checking my bag with the airline and security was a breeze", text, (at, at + 80)
    ) == 'Abara: "I was second in line checking my bag with the airline"'


def test_a_front_ing_phrase_goes_when_the_verb_lies_past_the_limit() -> None:
    title = ("Describing the annual street carnival as a huge success for the city, the organizing committee "
             "chairman hoped it would grow")
    assert shorten.fit(title).startswith("The organizing committee chairman hoped")


def test_a_long_title_keeps_the_controllers_infinitive() -> None:
    title = "The airline asked the court of the northern province to delay the hearing on its bankruptcy plan"
    assert shorten.fit(title) == "The airline asked the court of the northern province to delay the hearing"
