"""Titles with a "he" or "she" that stands only for the subject of the sentence before, and a sentence whose
predicate is only "was" and its date (round 34).

A person named inside an object, a prepositional phrase or a clause of time is no safe referent for the
pronoun that opens the next sentence: the pronoun stays, and no person named earlier is taken either when
that sentence is about someone else. The subject may stand after a fronted phrase,
before an aside, or in apposition; a passive's agent ("by the president") is no rival. Invented sentences
only.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.named_people import named_person
from timeline.temporal import tag

DCT = date(2026, 11, 20)

# (id, text, {date value: title})
CASES = [
    ("an object of the sentence before: 'she' stays",
     "The Senate confirmed Maria Okafor on Thursday. She will be sworn in on Monday.",
     {"2026-11-19": "The Senate confirmed Maria Okafor", "2026-11-23": "She will be sworn in"}),
    ("a name in a prepositional phrase: 'he' stays",
     "The bishop was ordained on Sunday without the approval of Pope Leo. He will lead the diocese from next"
     " year.",
     {"2026-11-15": "The bishop was ordained without the approval of Pope Leo",
      "2027": "He will lead the diocese"}),
    ("an object after a fronted date: 'he' stays",
     "On Monday, police arrested Thomas Reed in Paris. He will appear in court on Friday.",
     {"2026-11-16": "Police arrested Thomas Reed in Paris", "2026-11-20": "He will appear in court"}),
    ("a name after 'of' in the subject: 'he' stays",
     "Critics of Thomas Reed protested on Monday. He will answer them on Friday.",
     {"2026-11-16": "Critics of Thomas Reed protested", "2026-11-20": "He will answer them"}),
    ("the subject with its role before it",
     "Former minister Thomas Reed resigned on Monday. He will be replaced in March.",
     {"2026-11-16": "Former minister Thomas Reed resigned", "2027-03": "Reed will be replaced"}),
    ("the subject named again alone, an aside and a passive's agent between: the agent is no rival",
     "The Senate voted 51-49 on Thursday to confirm Maria Okafor as a federal judge. Okafor, a former federal"
     " prosecutor in Chicago, was nominated by the president in August. She is expected to be sworn in next"
     " week.",
     {"2026-11-19": "The Senate voted 51-49 to confirm Maria Okafor as a federal judge",
      "2026-08": "Okafor was nominated by the president", "2026-W48": "Okafor is expected to be sworn in"}),
    ("a person of another kind as the subject before stops the search for one named earlier",
     "Pope Leo visited Lebanon in May. The bishop was ordained on Sunday without the approval of Pope Leo. He"
     " will lead the diocese from next year.",
     {"2026-05": "Pope Leo visited Lebanon",
      "2026-11-15": "The bishop was ordained without the approval of Pope Leo",
      "2027": "He will lead the diocese"}),
    ("another person named in the sentence before stops the search for one named earlier",
     "Thomas Reed, 61, won the seat in 2019. Reed said he would serve. On Monday, police arrested Ana Lind's"
     " driver. He will appear in court on Friday.",
     {"2019": "Thomas Reed won the seat", "2026-11-16": "Police arrested Ana Lind's driver",
      "2026-11-20": "He will appear in court"}),
    ("the person named earlier, the only one named in the sentence before, is still the one",
     "Maria Okafor, 52, was nominated in August. Okafor said she was honoured. The Senate confirmed Maria"
     " Okafor on Thursday. She will be sworn in on Monday.",
     {"2026-08": "Maria Okafor was nominated", "2026-11-19": "The Senate confirmed Maria Okafor",
      "2026-11-23": "Okafor will be sworn in"}),
    ("a predicate that is only 'was' and a year: the subject's participle tells the event",
     "The last nominee confirmed by such a narrow margin was in 1987.",
     {"1987": "The last nominee was confirmed by such a narrow margin"}),
    ("'were' and a year, a participle with its agent",
     "The last two bridges built by the firm were in 1987.",
     {"1987": "The last two bridges were built by the firm"}),
    ("no participle after the subject's noun: the date stays in the title",
     "Election day was on Nov. 5.",
     {"2026-11-05": "Election day was on Nov. 5"}),
]


def _titles(text: str) -> dict[str, str]:
    document = Document(id="d", text=text, date=DCT)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=DCT))}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round34_titles(text: str, expected: dict[str, str]) -> None:
    assert _titles(text) == expected


# (id, the sentence before, the pronoun, the name it stands for or None)
REFERENTS = [
    ("the subject", "Thomas Reed resigned in July.", "he", "Reed"),
    ("the subject after a fronted phrase", "After the vote, Thomas Reed resigned.", "he", "Reed"),
    ("the subject with an aside", "Thomas Reed, a former miner, won the seat.", "he", "Reed"),
    ("the subject with a date before its verb", "Prime Minister Ana Lind on Sunday visited Oslo.", "she",
     "Lind"),
    ("the subject before a modal", "Thomas Reed could not be reached on Monday.", "he", "Reed"),
    ("the subject in apposition", "The envoy to Oslo, Thomas Reed, began talks.", "he", "Reed"),
    ("the subject of a statement", "An official has said that Ana Lind was expected in Oslo.", "she", "Lind"),
    ("a surname with 'Mc' or 'Mac' is one word", "Ian MacLeod resigned in July.", "he", "MacLeod"),
    ("an object", "The Senate confirmed Maria Okafor.", "she", None),
    ("the subject of a clause of time", "The party split after Thomas Reed resigned.", "he", None),
    ("an object of a preposition", "The plan was drawn up with Thomas Reed.", "he", None),
    ("an owner of a person is no referent", "Thomas Reed's lawyer resigned.", "he", None),
    ("a name that opens its sentence, a long aside after it", "Thomas Reed, 54, a miner at the pit in Leeds"
     " was rearrested.", "he", "Reed"),
]


@pytest.mark.parametrize(
    ("before", "pronoun", "name"), [c[1:] for c in REFERENTS], ids=[c[0] for c in REFERENTS]
)
def test_only_the_subject_of_the_sentence_before_is_named(
    before: str, pronoun: str, name: str | None
) -> None:
    assert named_person(before, pronoun) == name


def test_a_clause_of_time_in_the_same_sentence_may_still_name_its_object() -> None:
    text = "The assembly confirmed Ana Lind on Monday after she was nominated on Friday."
    assert "Lind was nominated" in _titles(text).values()
