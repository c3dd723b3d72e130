"""Round 56: "yet" with no comma parts two clauses as "but" does; a prefix and an irregular past make a past
("retook", "overran", "outdid"); a "she" after a name that puts its family name first is that name as
written ("Wang Lihua"), not its last word; roles of a team or a court ("the winger", "the prosecutor") name
the one person the story gave them; a participle phrase on a noun goes whole or stays whole ("of 9 meters
recorded during ..."); "the country" looks four sentences back. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import stranded, verbs
from timeline.shorten import fit

# (id, text, the date phrase of the event, its title)
CASES = [
    # "yet" as a conjunction, no comma
    ("yet with a determiner subject", "The stock rose 3 percent on Monday yet the index fell.", "Monday",
     "The stock rose 3 percent"),
    ("yet with a bare plural subject", "Sales climbed in May yet profits slipped.", "May", "Sales climbed"),
    ("has yet to stays", "The team has yet to win a match since March.", "March",
     "The team has yet to win a match"),
    ("yet another stays", "The court heard yet another appeal on Friday.", "Friday",
     "The court heard yet another appeal"),
    ("yet again stays", "Prices rose on Monday yet again.", "Monday", "Prices rose yet again"),
    # a prefix before an irregular past
    ("retook after but", "Rebels held the town on Sunday but government troops retook it a day later.",
     "a day later", "Government troops retook it"),
    ("overran after and", "The index slid on Monday, and traders overran the exchange on Tuesday.",
     "Tuesday", "Traders overran the exchange"),
    ("outdid in a relative clause", "The champion, who outdid her rivals in May, retired on Friday.", "May",
     "The champion outdid her rivals"),
    ("two prefixed predicates",
     "Militias overran the border post on Friday and retook the bridge on Saturday.", "Saturday",
     "Militias retook the bridge"),
    # a name with its family name first
    ("she after a Chinese name",
     "Wang Lihua, a farmer from the south, won the award in June. She returned to her village on Friday.",
     "Friday", "Wang Lihua returned to her village"),
    ("she sentences after a Chinese name with an age",
     "Wang Lihua, 45, ran the farm for years. The harvest was poor. Prices fell sharply. She sold the farm "
     "on Friday.", "Friday", "Wang Lihua sold the farm"),
    ("he after a Chinese name called by its family name",
     "Zhang Jianguo took over the mill in March. Zhang hired forty workers. He sold the mill on Friday.",
     "Friday", "Zhang sold the mill"),
    ("he after a Japanese name written family name first",
     "Tanaka Hiroshi visited the plant on Monday. He toured the assembly line on Tuesday.", "Tuesday",
     "Tanaka Hiroshi toured the assembly line"),
    ("he after a Japanese name written given name first",
     "Hiroshi Tanaka visited the plant on Monday. He toured the assembly line on Tuesday.", "Tuesday",
     "Tanaka toured the assembly line"),
    ("he after a Western name keeps the surname",
     "Thomas Reed joined the board in March. He resigned on Friday.", "Friday", "Reed resigned"),
    # roles of a team and a court
    ("the winger", "Winger Marcus Delaney joined the club last year. The winger scored twice on Saturday. "
     "Delaney was happy.", "Saturday", "Delaney scored twice"),
    ("the prosecutor", "Prosecutor Paul Okafor leads the case. The prosecutor filed new charges on Thursday. "
     "Okafor declined to comment.", "Thursday", "Okafor filed new charges"),
    ("a role nobody was given stays", "Marcus Delaney joined the club last year. The winger scored twice on "
     "Saturday.", "Saturday", "The winger scored twice"),
    # a participle phrase on a noun
    ("the participle on a noun goes whole",
     "The river rose to 9.4 meters on Friday, beating the previous high of 9.1 meters recorded during the "
     "great flood.", "Friday", "The river rose to 9.4 meters, beating the previous high of 9.1 meters"),
    ("a verb after a statement's subject stays", "He said the plane from Oslo landed on Monday.", "Monday",
     "The plane from Oslo landed"),
    ("an intransitive verb stays", "The man from the village died in May.", "May",
     "The man from the village died"),
    # the country told four sentences before
    ("the country four sentences back",
     "Aid workers reached Malawi on Monday. The roads were flooded. Trucks waited for days. Food ran short. "
     "The country appealed for help on Friday.", "Friday", "Malawi appealed for help"),
    ("the country too far back stays",
     "Aid workers reached Malawi on Monday. The roads were flooded. Trucks waited for days. Bridges were "
     "down. Food ran short. The country appealed for help on Friday.", "Friday",
     "The country appealed for help"),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round56_titles(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, word, whether it is a verb): prefixes make pasts of irregular ones, not of nouns
VERB_CASES = [
    ("retook", "retook", True),
    ("overran", "overran", True),
    ("outdid", "outdid", True),
    ("rewrote", "rewrote", True),
    ("outsold", "outsold", True),
    ("withheld, as listed", "withheld", True),
    ("outset is a noun", "outset", False),
    ("output is a noun", "output", False),
    ("outlet is a noun", "outlet", False),
    ("resent is a present", "resent", False),
    ("outburst is a noun", "outburst", False),
]


@pytest.mark.parametrize(("word", "expected"), [c[1:] for c in VERB_CASES], ids=[c[0] for c in VERB_CASES])
def test_prefixed_pasts(word: str, expected: bool) -> None:
    assert verbs.has_verb(f"The army {word} the town") is expected
    assert verbs.is_past_form(word) is expected  # the long pattern agrees with the word lookup


# (id, clause over the limit, its fitted title)
FIT_CASES = [
    ("the cut before a participle on a number's noun",
     "The river rose to 9.4 meters, beating the previous high of 9.1 meters recorded during the great flood",
     "The river rose to 9.4 meters, beating the previous high of 9.1 meters"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit_participle(title: str, expected: str) -> None:
    assert fit(title) == expected


# (id, the words before a date that goes, the date, the words after it, the words that stay)
STRANDED_CASES = [
    ("a participle on a noun after a preposition", "Lind flew home from the summit held ", "on Monday", ".",
     "Lind flew home from the summit "),
    ("a statement's verb stays", "He said the plane from Oslo landed ", "on Monday", ".",
     "He said the plane from Oslo landed "),
    ("a verb with no passive stays", "Fans cheered as the coach of the club retired ", "on Monday", ".",
     "Fans cheered as the coach of the club retired "),
    ("the clause goes on after the date", "Lind flew home from the summit held ", "on Monday", " in Oslo.",
     "Lind flew home from the summit held "),
]


@pytest.mark.parametrize(("before", "date", "after", "expected"), [c[1:] for c in STRANDED_CASES],
                         ids=[c[0] for c in STRANDED_CASES])
def test_stranded_participle(before: str, date: str, after: str, expected: str) -> None:
    assert stranded.without_stranded(before, date, after) == expected
