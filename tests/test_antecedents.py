"""A "he" or "she" at a title's head takes a person, never a firm or a body; an "it" takes a thing or a body,
never a person. When the name found does not fit, the title keeps the sentence's own pronoun."""

import datetime as dt

import pytest

from timeline.antecedents import fits_person, is_body, is_person_name, person_speaker_before
from timeline.models import Document
from timeline.pipeline import events_of

# (id, text, the date of the event asked about, its title)
CASES = [
    ("a firm as a speaker, then she",
     "Acme Corp said on Monday that its chief designer would leave. She joined the company in 2019.",
     "2019", "She joined the company"),
    ("a bank as a speaker, then he",
     "Harbour Bank said on Tuesday it would close ten branches. He joined in 2015 after a career abroad.",
     "2015", "He joined after a career abroad"),
    ("a firm's name of no table word that opens the sentence before",
     "Stellar Networks said on Monday that profits fell. She became chairwoman in 2017.",
     "2017", "She became chairwoman"),
    ("a council as a speaker",
     "Northfield City Council said on Monday that roads would close. He was elected in 2018.",
     "2018", "He was elected"),
    ("a woman named in the clause before an it",
     "Ruth Okafor met investors on Friday; it was founded in 2011.", "2011", "It was founded"),
    ("a woman named before an it after a comma",
     "Ruth Okafor met investors on Friday, and it was founded in 2011.", "2011", "It was founded"),
    ("a person as a speaker still stands for he",
     "Talks failed, Tarek Aziz said on Monday. He arrived in Cairo in 2019.", "2019",
     "Aziz arrived in Cairo"),
    ("a firm still stands for it",
     "Acme Corp posted record sales on Friday; it opened a first factory in 2019.",
     "2019", "Acme Corp opened a first factory"),
]


@pytest.mark.parametrize("text, value, title", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_pronoun_takes_an_antecedent_that_fits_it(text, value, title):
    events = events_of(Document(id="d", text=text, date=dt.date(2024, 5, 6)))
    assert [e.title for e in events if e.when.value == value] == [title]


@pytest.mark.parametrize("name, body, person", [
    ("Acme Corp", True, False), ("Harbour Bank", True, False), ("Stellar Networks", True, False),
    ("Ruth Okafor", False, True), ("Mr. Dale", False, True), ("President Ana Lind", False, True),
    ("Tarek Aziz", False, False),  # the tables do not tell: neither
])
def test_bodies_and_people_by_their_words(name, body, person):
    assert is_body(name) is body
    assert is_person_name(name) is person


@pytest.mark.parametrize("name, pronoun, fits", [
    ("Ruth Okafor", "she", True), ("Ruth Okafor", "he", False), ("Thomas Reed", "he", True),
    ("Acme Corp", "she", False), ("Tarek Aziz", "he", True),
])
def test_fits_person(name, pronoun, fits):
    assert fits_person(name, pronoun) is fits


@pytest.mark.parametrize("text, pronoun, found", [
    ("Sales fell, Ruth Okafor said. She", "she", "Okafor"),
    ("Sales fell, Acme Corp said. She", "she", None),
    ("Sales fell, said Thomas Reed. She", "she", None),  # a man's given name
])
def test_person_speaker_before(text, pronoun, found):
    assert person_speaker_before(text, len(text) - 3, pronoun) == found
