"""Titles with a "he" or "she" that stands for the one person the sentence before names, and the shapes of
round 30's probes (round 30).

A newsroom editor writes the surname of the person the sentence before is about, its subject or the only
person it names, when nothing tells the other sex and nobody else is named; the pronoun stays when two
people are candidates or a quotation stands between. Invented sentences only.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.given_names import FEMALE, MALE, sex_of
from timeline.models import Document
from timeline.named_people import named_person
from timeline.temporal import tag

DCT = date(2026, 11, 19)

# (id, text, {date value: title}); every event of the text is checked
CASES = [
    ("'he' opening a sentence is the named subject of the sentence before",
     "Daniel Vos resigned in March. He is scheduled to appear in court on Feb. 9.",
     {"2026-03": "Daniel Vos resigned", "2027-02-09": "Vos is scheduled to appear in court"}),
    ("'she' after a passive with a named subject",
     "Irene Castell was appointed in May. She is expected to take office on Monday.",
     {"2026-05": "Irene Castell was appointed", "2026-11-23": "Castell is expected to take office"}),
    # round 34: only the subject of the sentence before is a safe referent; an object is not
    ("'she' after a person named only as the object of the sentence before stays",
     "The assembly elected Teodora Brandt on Tuesday. She is due to be sworn in on Friday.",
     {"2026-11-17": "The assembly elected Teodora Brandt", "2026-11-20": "She is due to be sworn in"}),
    ("a given name that tells the other sex: the pronoun stays",
     "Maria Kessel was nominated in June. He will testify on Monday.",
     {"2026-06": "Maria Kessel was nominated", "2026-11-23": "He will testify"}),
    ("a courtesy title that tells the other sex: the pronoun stays",
     "Mrs. Albers retired in April. He took over on Monday.",
     {"2026-04": "Mrs. Albers retired", "2026-11-16": "He took over"}),
    ("a role that tells the other sex: the pronoun stays",
     "Spokeswoman Lena Hart left in May. He joined on Monday.",
     {"2026-05": "Spokeswoman Lena Hart left", "2026-11-16": "He joined"}),
    ("two people named in the sentence before: the pronoun stays",
     "Daniel Vos met Pieter Smit in March. He flew home on Monday.",
     {"2026-03": "Daniel Vos met Pieter Smit", "2026-11-16": "He flew home"}),
    ("a person named with 'the' after the name: the pronoun stays",
     "Daniel Vos called the judge in March. He flew home on Monday.",
     {"2026-03": "Daniel Vos called the judge", "2026-11-16": "He flew home"}),
    ("a place after 'in' is no person; the one person named stands for 'he'",
     "Daniel Vos was arrested in New Haven in March. He was released on Monday.",
     {"2026-03": "Daniel Vos was arrested in New Haven", "2026-11-16": "Vos was released"}),
    ("a holiday is no person, a single name as a subject is one: the pronoun stays",
     "Pieter spoke at the Christmas Day service in December. He left on Monday.",
     {"2025-12": "Pieter spoke at the Christmas Day service", "2026-11-16": "He left"}),
    ("a name whose given name has a small letter after its hyphen keeps both words",
     "Analyst Park Min-jun resigned in March. He joined a rival bank on Monday.",
     {"2026-03": "Analyst Park Min-jun resigned", "2026-11-16": "Park Min-jun joined a rival bank"}),
    ("'and that' opens a second reported clause: the first ends before it",
     "The ministry said the storm began last spring and that three villages were evacuated in June.",
     {"2026-SP": "The storm began", "2026-06": "Three villages were evacuated"}),
    ("'and that' before a bare plural after 'said that': the second statement stands alone",
     "The firm said that sales rose in May and that profits fell in June.",
     {"2026-05": "Sales rose", "2026-06": "Profits fell"}),
    ("a demonstrative 'and that' without a comma is a clause of its own",
     "Prices rose in May and that hurt sales in June.",
     {"2026-05": "Prices rose", "2026-06": "That hurt sales"}),
    ("a demonstrative 'and that' opens no reported clause",
     "Prices rose in May, and that hurt sales in June.",
     {"2026-05": "Prices rose", "2026-06": "That hurt sales"}),
    ("a firm's plan in a predicate after a relative aside on the firm: the firm will do it",
     "Brightline, which is based in Leeds, had recalled the kettles on Sept. 8 and said it would refund "
     "buyers starting next month.",
     {"2026-09-08": "Brightline had recalled the kettles", "2026-12": "Brightline will refund buyers"}),
    ("a second predicate after a relative aside and a date takes the subject before the aside",
     "Port director Ana Lind, who is also the city's deputy mayor, last Friday visited the docks and then "
     "met the unions in Hull in March.",
     {"2026-11-13": "Port director Ana Lind visited the docks",
      "2026-03": "Port director Ana Lind met the unions in Hull"}),
    ("a person's plan in such a predicate keeps the telling",
     "Ruth Okafor, who chairs the panel, met the families on Sept. 8 and said it would report in March.",
     {"2026-09-08": "Ruth Okafor met the families", "2027-03": "Ruth Okafor said it would report"}),
    ("a record's 'since YEAR, when CLAUSE': the clause is what happened that year",
     "The strike is the longest at the port since 2011, when dockers walked out for 40,000 members.",
     {"2011": "Dockers walked out for 40,000 members"}),
    ("a record's 'since DATE, when CLAUSE' after the news of another date leaves that news alone",
     "The index rose 3 percent on Tuesday, its biggest gain since 2019, when markets rallied after the vote.",
     {"2026-11-17": "The index rose 3 percent", "2019": "Markets rallied after the vote"}),
    ("a record's 'since YEAR' without a 'when' clause dates nothing",
     "The strike is the longest at the port since 2011.",
     {}),
    ("a range after a topic phrase of someone's own dates no event",
     "Senators raised doubts on Tuesday about his time at the agency between 2012 and 2016.",
     {"2026-11-17": "Senators raised doubts about his time at the agency between 2012 and 2016"}),
    ("a range after a topic phrase with a verb of its own dates that verb",
     "Talks about their merger ran between May and June.",
     {"2026-05": "Talks about their merger ran"}),
    ("a negated verb keeps the stretch of time it needs",
     "Fishermen went back on Monday to a harbour they had not used for 20 years.",
     {"2026-11-16": "Fishermen went back to a harbour they had not used for 20 years"}),
    ("a title too long for the stretch of time ends before the negated clause",
     "Dozens of former villagers returned last weekend to walk the streets they had not seen for three "
     "decades.",
     {"2026-W46-WE": "Dozens of former villagers returned to walk the streets"}),
    ("'she' opening a clause of time is the one person the sentence names before it",
     "Newly elected Ana Lind vowed on Sunday to work hard after she was chosen unanimously on Saturday.",
     {"2026-11-15": "Newly elected Ana Lind vowed to work hard after she was chosen unanimously",
      "2026-11-14": "Lind was chosen unanimously"}),
    ("'she' after two people named in the sentence: the pronoun stays",
     "Daniel Vos met Ana Lind on Monday after she arrived on Sunday.",
     {"2026-11-16": "Daniel Vos met Ana Lind after she arrived", "2026-11-15": "She arrived"}),
    ("a surname alone as the subject before 'he', named in full earlier, stands for it",
     "The club waived forward Luca Brandt on Friday.\n\nBrandt flew back to Denver last week to have his "
     "knee scanned. He sat out the last 17 games in 2024.",
     {"2026-11-13": "The club waived forward Luca Brandt",
      "2026-W46": "Brandt flew back to Denver to have his knee scanned",
      "2024": "Brandt sat out the last 17 games"}),
    ("a surname alone whose full name tells the other sex: the pronoun stays",
     "Maria Penney won on Monday. Penney went home on Tuesday. He left in 2019.",
     {"2026-11-16": "Maria Penney won", "2026-11-17": "Penney went home", "2019": "He left"}),
    ("a role before the name is no part of it",
     "Finance Minister Tomas Lindqvist resigned in March. He was replaced on Monday.",
     {"2026-03": "Finance Minister Tomas Lindqvist resigned", "2026-11-16": "Lindqvist was replaced"}),
]


def _titles(text: str) -> dict[str, str]:
    document = Document(id="d", text=text, date=DCT)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=DCT))}


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round30_titles(text: str, expected: dict[str, str]) -> None:
    assert _titles(text) == expected


NAMES = [("a woman's given name", "Maria", True), ("a man's given name", "Thomas", False),
         ("a name given to both tells nothing", "Kim", None), ("a surname tells nothing", "Okafor", None)]


@pytest.mark.parametrize(("name", "sex"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_given_names_tell_the_sex(name: str, sex: bool | None) -> None:
    assert sex_of(name) is sex


# (id, sentence before, pronoun, name or None): the one person a sentence names, asked directly
NAMED = [
    ("the subject", "Daniel Vos resigned in March.", "he", "Vos"),
    ("a quotation in the sentence is a boundary", "\"We will appeal,\" Daniel Vos said in March.", "he",
     None),
    ("a pronoun of the other sex in the sentence", "Daniel Vos thanked her staff in March.", "she", None),
    ("a role after the name set off by commas is the same person",
     "Daniel Vos, the former minister, resigned in March.", "he", "Vos"),
    ("a regnal number stays with the name", "King Harald V arrived.", "he", "Harald V"),
    ("a possessive country before a surname-first name", "Korea's Foreign Minister Cho Tae-yul left.", "he",
     "Cho Tae-yul"),
    ("a role without a name is no person", "The Chief Executive resigned in March.", "he", None),
    # lead, session 9: a person noun acting before the name is a second "he"
    ("a person noun as the subject, the name as the object", "The new envoy met Daniel Vos in Paris.", "he",
     None),
    ("a role right before the name is the same person", "The former minister Daniel Vos resigned.", "he",
     "Vos"),
    ("a person noun before a name in a phrase of its own", "The bishop was ordained without the approval of"
     " Pope Leo XIV.", "he", None),
]


@pytest.mark.parametrize(("before", "pronoun", "name"), [c[1:] for c in NAMED], ids=[c[0] for c in NAMED])
def test_named_person(before: str, pronoun: str, name: str | None) -> None:
    assert named_person(before, pronoun) == name


def test_given_name_lists_do_not_overlap() -> None:
    assert not FEMALE & MALE
