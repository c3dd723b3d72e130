"""Round 53: a cut at the limit inside a compound makes room by dropping an adjective (and its article)
before the compound ("will host 40 (traditional) pottery workshops"); a company's name that opens on an
all-caps word keeps it when a long subject is cut to its name ("KD Harbour Holdings"); a "with" aside
neither passes for a clause nor makes the subject before it pass for a front phrase ("Early results, with
most votes counted, showed"); a short quotation after its verb stays whole, the subject's descriptions
going instead ('are "only colleagues"'); the third-person present of a known verb after a noun is a verb ("the
new law ensures"), and one that needs its object leaves a cut title open ("The rise reflects"); a run of
names after a particle is no name head ("Banco do Brasil"); a trade's -ing noun is no participle that opens
a phrase ("weak EU | manufacturing data"). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import compound_room, present_verbs, quoted_complements
from timeline.chunks import predicate
from timeline.complete import complete
from timeline.subject_heads import name_head

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("an adjective before the noun cut at the limit goes",
     "The Northshore Regional Arts and Crafts Festival will host 40 traditional pottery workshops designed "
     "for families across the valley on Thursday.", "Thursday",
     "The Northshore Regional Arts and Crafts Festival will host 40 pottery workshops"),
    ("the adjective of a noun-noun compound goes",
     "A fire in a substation forced the closure of Westmoor's East Bay and West Bay coastal gas power plants "
     "early Friday morning, the operator said.", "early Friday morning",
     "A fire forced the closure of Westmoor's East Bay and West Bay gas power plants"),
    ("a company's all-caps first word stays with its name",
     "Budget airline giant JX Skyway Holdings Inc. said on Wednesday it expects operating profit to grow 12 "
     "percent from a year earlier to 3.1 billion yen.", "Wednesday",
     "JX Skyway Holdings Inc. said it expects operating profit to grow 12 percent"),
    ("a with aside after a dated subject: the subject and its verb stay",
     "The first tallies on Monday, with two thirds of the ballots checked, showed the sitting mayor well "
     "ahead in most of the city's wards.", "Monday", "The first tallies showed the sitting mayor well ahead"),
    ("a with aside with a participle goes", "The club, with two players injured, lost the final on Sunday.",
     "Sunday", "The club lost the final"),
    ("a without aside goes too",
     "Early results on Monday, without the votes of the north counted, gave the ruling party a lead.",
     "Monday", "Early results gave the ruling party a lead"),
    ("a quoted complement stays with its verb",
     "Film director Ada Moreau and the chef Luca Brandt are \"only colleagues\" and have no plans to "
     "marry, the Evening Star magazine reported Wednesday.", "Wednesday",
     "Film director Ada Moreau and the chef Luca Brandt are \"only colleagues\""),
    ("a trade's -ing noun stays inside its compound",
     "The peso had suffered another slide in the morning after Friday's unexpectedly soft US mining output "
     "figures rattled traders.", "the morning",
     "The peso had suffered another slide"),
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


# (id, a long subject, the name it is cut to)
NAME_HEADS = [
    ("company with an all-caps first word", "Property developer KD Harbour Holdings ", "KD Harbour Holdings"),
    ("a person after descriptions", "Oxford-educated former judge Ellen Mora ", "Ellen Mora"),
    ("a role after an all-caps word stays", "Veteran envoy US President Ann Lee ", "US President Ann Lee"),
    ("four names after an all-caps word: the last two", "Keen fan EU Judge Ann Marie Lee ", "Marie Lee"),
]


@pytest.mark.parametrize(("subject", "expected"), [c[1:] for c in NAME_HEADS], ids=[c[0] for c in NAME_HEADS])
def test_name_head_keeps_an_all_caps_first_word(subject: str, expected: str) -> None:
    assert name_head(subject) == expected


# (id, title, the words before the cut, the fit that keeps the quotation, or None)
QUOTED = [
    (
        "cut inside a complement",
        'Veteran pop singer Lena Raymonde and the footballer Tom Bellamy are "only old colleagues" and will',
        'Veteran pop singer Lena Raymonde and the footballer Tom Bellamy are "only',
        'Lena Raymonde and the footballer Tom Bellamy are "only old colleagues"',
    ),
    (
        "a long quotation is a statement, no complement",
        'Veteran pop singer Lena Raymonde said "we have been good friends for many years and will stay so"',
        'Veteran pop singer Lena Raymonde said "we have been',
        None,
    ),
    (
        "no verb before the quotation",
        'Veteran pop singer Lena Raymonde and her "very good friends" from the club went out for dinner',
        'Veteran pop singer Lena Raymonde and her "very',
        None,
    ),
]


def _up_to_quote(title: str) -> str:
    """Cut a title after its last quotation mark: a stand-in for shorten.fit."""
    return title[: title.rfind('"') + 1]


@pytest.mark.parametrize(("title", "before", "expected"), [c[1:] for c in QUOTED], ids=[c[0] for c in QUOTED])
def test_a_quoted_complement_stays_whole(title: str, before: str, expected: str | None) -> None:
    assert quoted_complements.kept_whole(title, len(before), _up_to_quote) == expected


# (id, text, the present verb present_verbs finds, or None)
PRESENT = [
    ("a verb the tables lack", "the new law ensures fair pay", "ensures"),
    ("a verb in -es", "the cabinet approves the plan", "approves"),
    ("a verb in -ies", "the ministry denies the report", "denies"),
    ("a plural noun after its determiner", "the reflects of the lake", None),
    ("a noun-like form stays a noun", "the armed forces of the region", None),
    ("a noun-like verb stays a noun", "government plans for the port", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PRESENT], ids=[c[0] for c in PRESENT])
def test_present_verb(text: str, expected: str | None) -> None:
    found = present_verbs.present_verb(text)
    assert (found["verb"] if found else None) == expected


# (id, title, what complete says)
PRESENT_ENDS = [
    ("a present verb waits for its object", "The mayor said the sharp rise reflects", "object"),
    ("the verb with its object is whole", "The mayor said the sharp rise reflects strong demand", None),
    ("a verb that needs nothing", "The search continues", None),
]


@pytest.mark.parametrize(
    ("title", "expected"), [c[1:] for c in PRESENT_ENDS], ids=[c[0] for c in PRESENT_ENDS]
)
def test_complete_knows_present_verbs(title: str, expected: str | None) -> None:
    assert complete(title) == expected


def test_a_statement_with_a_present_verb_has_a_predicate() -> None:
    assert predicate("the new law ensures fair pay")


def test_a_run_after_a_particle_is_no_name_head() -> None:
    assert name_head("The daily paper Gazeta do Vale Verde ") is None
