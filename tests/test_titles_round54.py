"""Round 54: a title read alone names who or what its subject is: "his"/"her" at its head becomes the
person's name ("Dale's father called"), a role alone the one person the story gave it ("The minister" ->
"Dale"), "the country" the one country told just before ("Portugal faces"); linking adverbs inside a title
("also", "then", "meanwhile", ", however,") go, and a front phrase of time counted from another date ("Over
the past nine months,") goes with its comma. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import country_subjects, linking_words, role_names

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("his becomes the person's name",
     "Mayor Ben Dale spoke to reporters on Friday. Dale was upset. His father called the police on Monday.",
     "Monday",
     "Dale's father called the police"),
    ("a role the story gave one person",
     "Foreign Minister Ben Dale flew to Oslo on Sunday. Dale was tired. The minister met the king on Monday.",
     "Monday",
     "Dale met the king"),
    ("a role given in an apposition",
     "Ana Lind, the prime minister, spoke in the square on Sunday. Lind left early. The prime minister was "
     "attacked on Monday.",
     "Monday", "Lind was attacked"),
    ("the country told just before",
     "Heavy rains flooded the south of Portugal last week. The country faces a shortage of grain, officials "
     "said on Monday.", "Monday", "Portugal faces a shortage of grain"),
    ("a linking also goes", "The council also approved the new budget on Tuesday.", "Tuesday",
     "The council approved the new budget"),
    ("a relative time front phrase goes with its comma",
     "Over the past nine months, timber exports rose 4 percent, the agency said on Friday.", "Friday",
     "Timber exports rose 4 percent"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_54(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, text, the date phrase of the event, its title): the subject stays when the story leaves it unsure
UNSURE = [
    ("two people had the role",
     "President Ana Lind met former president Tom Ruiz on Sunday. The president will visit Oslo on Monday.",
     "Monday", "The president will visit Oslo"),
    ("two countries told before",
     "Norway and Sweden held talks in May. The country will vote on Friday.", "Friday",
     "The country will vote"),
    ("a role no one was given", "The coach resigned on Monday.", "Monday", "The coach resigned"),
    ("a name the story never calls the person by",
     "Mayor Ben Dale spoke to reporters on Friday. His father called the police on Monday.", "Monday",
     "His father called the police"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in UNSURE], ids=[c[0] for c in UNSURE])
def test_unsure_subjects_stay(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, the title without its linking adverbs)
LINKING = [
    ("also between subject and verb", "The council also approved the budget",
     "The council approved the budget"),
    ("then after a modal", "The final vote will then take place", "The final vote will take place"),
    ("and then before a verb", "He was arrested and then released", "He was arrested and released"),
    ("meanwhile after the subject", "Five guards meanwhile went on trial", "Five guards went on trial"),
    ("however between commas", "Prices, however, rose sharply", "Prices rose sharply"),
    ("in turn before a verb", "The agency in turn asked for help", "The agency asked for help"),
    ("the then president stays", "The then president resigned", "The then president resigned"),
    ("since then stays", "It has been quiet since then", "It has been quiet since then"),
    ("also known as stays", "He is also known as the Lion", "He is also known as the Lion"),
    ("but also stays", "Not only the mayor but also her deputy came",
     "Not only the mayor but also her deputy came"),
    ("a quotation stays as said", 'He said "we will also fight"', 'He said "we will also fight"'),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in LINKING], ids=[c[0] for c in LINKING])
def test_without_linking(title: str, expected: str) -> None:
    assert linking_words.without_linking(title) == expected


# (id, title, the title without its front phrase of relative time)
TIME_FRONTS = [
    ("over the past months", "Over the past 12 months, the index climbed 2 percent",
     "The index climbed 2 percent"),
    ("for the first months", "For the first three months, sales were up 5 percent",
     "Sales were up 5 percent"),
    ("compared with the previous month", "Compared with the previous month, orders dropped",
     "Orders dropped"),
    ("shortly after midday", "Shortly after midday, a courier left a parcel", "A courier left a parcel"),
    ("the first time is no date", "For the first time, all judges were women",
     "For the first time, all judges were women"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in TIME_FRONTS], ids=[c[0] for c in TIME_FRONTS])
def test_without_time_front(title: str, expected: str) -> None:
    assert linking_words.without_time_front(title) == expected


# (id, text before the clause, the title, the title with the country named)
COUNTRIES = [
    ("one country", "Storms hit Chile on Sunday. ", "The country faces floods", "Chile faces floods"),
    ("an owner", "Storms hit Chile on Sunday. ", "the country's army was sent", "Chile's army was sent"),
    ("a country with the", "Storms hit the Philippines on Sunday. ", "The country faces floods",
     "the Philippines faces floods"),
    ("a people of another country beside it", "Czech envoys flew to Chile on Sunday. ",
     "The country faces floods", "The country faces floods"),
    ("the country in the rest", "Storms hit Chile on Sunday. ", "The country asked Chile for help",
     "The country asked Chile for help"),
]


@pytest.mark.parametrize(("before", "title", "expected"), [c[1:] for c in COUNTRIES],
                         ids=[c[0] for c in COUNTRIES])
def test_named_country(before: str, title: str, expected: str) -> None:
    text = before + title + " on Monday."
    assert country_subjects.named_country(title, text, (len(before), len(text))) == expected


# (id, word, text, whether the story calls someone by the word alone)
CALLED = [
    ("a surname used again", "Lind", "Prime Minister Ana Lind spoke. Lind left.", True),
    ("a given name never alone", "Ana", "Prime Minister Ana Lind spoke. Lind left.", False),
    ("the second word of a name told surname first", "Wei", "Premier Chen Wei spoke. Chen left.", False),
]


@pytest.mark.parametrize(("word", "text", "expected"), [c[1:] for c in CALLED], ids=[c[0] for c in CALLED])
def test_called_alone(word: str, text: str, expected: bool) -> None:
    assert role_names.called_alone(word, text) is expected


# (id, text, the later event's title by its date value, or None for one happening): two clauses of one
# sentence keep titles of their own
TWINS = [
    ("a clause after but",
     "The index slid 2 percent on Monday but traders pushed the index up 1 percent on Tuesday.",
     {"2024-10-08": "Traders pushed the index up 1 percent"}),
    ("a clause after while",
     "The mayoral vote is set for May 4, while the council poll will be held on June 8.",
     {"2025-06-08": "The council poll will be held"}),
    ("one happening told at two dates keeps its title",
     "The strike ran from Monday to Wednesday.", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TWINS], ids=[c[0] for c in TWINS])
def test_twin_titles_apart(text: str, expected: dict[str, str] | None) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = {e.when.value: e.title for e in found.events}
    if expected is None:
        assert len(set(titles.values())) <= 1
    else:
        assert len(set(titles.values())) == len(titles) > 1
        assert {value: titles.get(value) for value in expected} == expected
