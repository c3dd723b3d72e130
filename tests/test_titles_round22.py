"""Round 22 (invented): a year before a named occurrence ("the 2010 Asian Games") in a clause another date
dates titles the occurrence; a body's name ("Federation") or a noun that goes on ("final venue") does not."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected events as (value, title)).
CASES = [
    (
        "names before the noun of an occurrence: the occurrence is the year's event",
        "Officials met on Tuesday to plan a joint team for the 2010 Asian Games.",
        [("on Tuesday", "DATE", "2025-10-21"), ("2010", "DATE", "2010")],
        ("2010", "The Asian Games"),
    ),
    (
        "a second year joined by 'and' shares the first one's determiner",
        "Officials met on Tuesday to plan joint teams for the 2010 Asian Games and 2012 Olympic Games.",
        [("on Tuesday", "DATE", "2025-10-21"), ("2010", "DATE", "2010"), ("2012", "DATE", "2012")],
        ("2012", "The Olympic Games"),
    ),
    (
        "a hyphenated name before the noun, with its complement",
        "Voters go to the polls on Thursday for the first time since the 2011 UN-backed truce on the island.",
        [("on Thursday", "DATE", "2025-10-23"), ("2011", "DATE", "2011")],
        ("2011", "The UN-backed truce on the island"),
    ),
    (
        "a lowercase noun still works without names",
        "Police reopened the file on Monday on the 1998 shooting of the guard.",
        [("on Monday", "DATE", "2025-10-20"), ("1998", "DATE", "1998")],
        ("1998", "The guard shot"),
    ),
    (
        "a body's name ending like an occurrence is no occurrence",
        "Lena Holm won on Tuesday the first race of the 2005 International Rowing Federation cup.",
        [("on Tuesday", "DATE", "2025-10-21"), ("2005", "DATE", "2005")],
        ("2005", None),
    ),
    (
        "a noun that goes on names a thing: the clause stays",
        "The club said on Friday it would return to the 1998 Champions League final venue.",
        [("on Friday", "DATE", "2025-10-24"), ("1998", "DATE", "1998")],
        ("1998", None),
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round22_named_occurrences(text, marks, expected):
    value, title = expected
    titles = [e.title for e in run(text, marks) if e.when.value == value]
    if title is None:  # not the occurrence: whatever the clause gives, not a bare name's noun
        assert not any(t.startswith("The ") and len(t.split()) <= 5 for t in titles), titles
    else:
        assert titles == [title]


# (id, text, expressions, expected events as (value, title)): the date of a routine telling goes when a
# participle phrase after the main clause dates the statement.
TELLING_CASES = [
    (
        "a date in a participle phrase after the main clause dates the statement: the telling goes",
        "Fog had caused the ferry to run aground, stranding 90 passengers on Aug. 16, local media said on "
        "Sunday.",
        [("on Aug. 16", "DATE", "2025-08-16"), ("on Sunday", "DATE", "2025-10-26")],
        [("2025-08-16", "Fog had caused the ferry to run aground, stranding 90 passengers")],
    ),
    (
        "a date in a clause inside the participle phrase dates that clause: the telling stays",
        "The board decided to sell the mill, citing costs that rose in March, the spokesman said Sunday.",
        [("in March", "DATE", "2025-03"), ("Sunday", "DATE", "2025-10-26")],
        [("2025-03", "Costs rose"),
         # round 52: the bare relative "that rose" goes whole
         ("2025-10-26", "The spokesman said the board decided to sell the mill, citing costs")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in TELLING_CASES],
                         ids=[c[0] for c in TELLING_CASES])
def test_round22_routine_tellings(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected


# (id, text, expressions, expected events as (value, title)): a pronoun that opens a sentence stands for the
# subject of the sentence before, when they agree.
PRONOUN_CASES = [
    (
        "'it' opening a sentence: the singular thing the sentence before is about",
        "The new bridge was closed in May for repairs. It reopened on Friday.",
        [("in May", "DATE", "2025-05"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-05", "The new bridge was closed for repairs"), ("2025-10-24", "The new bridge reopened")],
    ),
    (
        "'it' on the next line, with no blank line between",
        "The ferry ran aground in June.\nIt was refloated on Friday.",
        [("in June", "DATE", "2025-06"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-06", "The ferry ran aground"), ("2025-10-24", "The ferry was refloated")],
    ),
    (
        "'its' opening a sentence: the owner is the subject before",
        "The central bank cut its main rate in March. Its shares rose on Friday.",
        [("in March", "DATE", "2025-03"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-03", "The central bank cut its main rate"), ("2025-10-24", "The central bank's shares rose")],
    ),
    (
        "'they' opening a sentence: a plural subject before",
        "The two leaders met in June. They will meet again next month.",
        [("in June", "DATE", "2025-06"), ("next month", "DATE", "2025-11")],
        [("2025-06", "The two leaders met"), ("2025-11", "The two leaders will meet again")],
    ),
    (
        "an 'it' that stands for nothing stays",
        "The council met in June. It is hoped that the plan will pass next month.",
        [("in June", "DATE", "2025-06"), ("next month", "DATE", "2025-11")],
        [("2025-06", "The council met"), ("2025-11", "The plan will pass")],
    ),
    (
        "'it' after a person stays: 'it' stands for no person",
        "The minister resigned in June. It was a shock to the party, which lost the vote on Friday.",
        [("in June", "DATE", "2025-06"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-06", "The minister resigned"), ("2025-10-24", "The party lost the vote")],
    ),
    (
        "'they' after a singular subject stays",
        "The coach quit in June. They lost on Friday.",
        [("in June", "DATE", "2025-06"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-06", "The coach quit"), ("2025-10-24", "They lost")],
    ),
    (
        "a subject across one blank line: news puts a sentence or two in a paragraph (round 29)",
        "The ferry ran aground in June.\n\nIt was refloated on Friday.",
        [("in June", "DATE", "2025-06"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-06", "The ferry ran aground"), ("2025-10-24", "The ferry was refloated")],
    ),
    (
        "no subject across two blank lines: another part of the page",
        "The ferry ran aground in June.\n\n\nIt was refloated on Friday.",
        [("in June", "DATE", "2025-06"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-06", "The ferry ran aground"), ("2025-10-24", "It was refloated")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in PRONOUN_CASES],
                         ids=[c[0] for c in PRONOUN_CASES])
def test_round22_pronouns_of_the_sentence_before(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected


# (id, text, expressions, expected events as (value, title)): a date after a record says when it was set.
RECORD_CASES = [
    (
        "a previous best with its year: the record is the year's event",
        "The bowler took 80 wickets this season, beating his previous best of 72 wickets in 2019.",
        [("this season", "DATE", "2025"), ("2019", "DATE", "2019")],
        [("2025", "The bowler took 80 wickets, beating his previous best of 72 wickets"),
         ("2019", "His previous best of 72 wickets")],
    ),
    (
        "an old record 'set in' a year, its figure with a decimal point",
        "She ran 10.4 seconds on Friday, short of the old record of 10.2 seconds set in 1988.",
        [("on Friday", "DATE", "2025-10-24"), ("1988", "DATE", "1988")],
        [("2025-10-24", "She ran 10.4 seconds, short of the old record of 10.2 seconds"),
         ("1988", "The old record of 10.2 seconds was set")],
    ),
    (
        "a previous high with a thousands comma and a day",
        "The index closed at 1,300 on Friday, above its previous high of 1,250 points on May 3.",
        [("on Friday", "DATE", "2025-10-24"), ("May 3", "DATE", "2025-05-03")],
        [("2025-10-24", "The index closed at 1,300, above its previous high of 1,250 points"),
         ("2025-05-03", "Its previous high of 1,250 points")],
    ),
    (
        "a record reached by the clause's own verb keeps the clause",
        "The index hit a record of 1,250 points on May 3.",
        [("May 3", "DATE", "2025-05-03")],
        [("2025-05-03", "The index hit a record of 1,250 points")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in RECORD_CASES],
                         ids=[c[0] for c in RECORD_CASES])
def test_round22_records(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected


# (id, text, expressions, expected events as (value, title)): a date inside a "with" phrase whose participle
# has a subject of its own dates that phrase, told in the past after a past main clause.
WITH_CASES = [
    (
        "the date is in the 'with' phrase after a past main clause",
        "The match was called off at half-time, with both captains agreeing to replay it next month.",
        [("next month", "DATE", "2025-11")],
        [("2025-11", "Both captains agreed to replay it")],
    ),
    (
        "a name as the participle's subject",
        "The storm hit the coast, with the Red Cross sending 40 trucks on Friday.",
        [("on Friday", "DATE", "2025-10-24")],
        [("2025-10-24", "The Red Cross sent 40 trucks")],
    ),
    (
        "the noun phrase goes on past 'the': the participle is the later one",
        "The city spread the works over four years, with most of the digging taking place in 2024.",
        [("in 2024", "DATE", "2024")],
        [("2024", "Most of the digging took place")],
    ),
    (
        "a main clause in the present keeps the clause: the past would misstate the time",
        "The city plans to spread the works over four years, with most of the digging taking place in 2027.",
        [("in 2027", "DATE", "2027")],
        [("2027", "The city plans to spread the works over four years")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in WITH_CASES], ids=[c[0] for c in WITH_CASES])
def test_round22_with_phrases(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected
