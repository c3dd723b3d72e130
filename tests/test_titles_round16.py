"""A date titles the clause it sits in: a relative clause, a "since"/"after"/"while" clause, a second
coordinated clause, a participle phrase; a pronoun subject takes the name it stands for (round 16,
invented)."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected titles).
CASES = [
    (
        "an adverb before the verb of a relative clause on the subject: the clause is the event",
        "The bribery affair, which first surfaced in June, has cost three ministers their jobs.",
        [("in June", "DATE", "2025-06")],
        ["The bribery affair first surfaced"],
    ),
    (
        "a 'since' clause that the date ends dates that clause, before an attribution",
        "Some 3,000 farmers have left the valley since the drought began two years ago, the agency says.",
        [("two years ago", "DATE", "2023")],
        ["The drought began"],
    ),
    (
        "a concession after the attribution goes with it",
        "Some 3,000 farmers have left the valley since the drought began two years ago, the agency says, "
        "although others give far higher numbers.",
        [("two years ago", "DATE", "2023")],
        ["The drought began"],
    ),
    (
        "a 'since' clause with 'she' takes the person an earlier sentence names; a verbless 'and' goes",
        "Mayor Ruth Okafor, 54, faces a vote. Okafor said she would win. It is her weakest showing since she "
        "entered office in 2019 and among the poorest of any mayor in the region.",
        [("in 2019", "DATE", "2019")],
        ["Okafor entered office"],
    ),
    (
        "a 'since' clause with a pronoun no earlier sentence names stays in its sentence",
        "The index hit its weakest point since he entered office in 2019.",
        [("in 2019", "DATE", "2019")],
        ["The index hit its weakest point since he entered office"],
    ),
    (
        "an 'after' clause that the date ends is the event, not the main clause",
        "The rebels pulled back after the army shelled their camp on Friday.",
        [("on Friday", "DATE", "2025-10-17")],
        ["The army shelled their camp"],
    ),
    (
        "a 'while' clause whose date a place phrase follows is the event",
        "Crews cleared the main road, while fires broke out Friday in three other villages despite the rain.",
        [("Friday", "DATE", "2025-10-17")],
        ["Fires broke out in three other villages despite the rain"],
    ),
    (
        "an 'after' phrase with no verb leaves the main clause the event",
        "The mill will close after the end of 2026.",
        [("the end of 2026", "DATE", "2026")],
        ["The mill will close"],
    ),
    (
        "a date that opens a second clause with a subject of its own dates that clause",
        "The river has burst its banks, and last week a letter from the mayor warned the farmers.",
        [("last week", "DATE", "2025-W41")],
        ["A letter from the mayor warned the farmers"],
    ),
    (
        "two coordinated clauses after a dash, each with its date, give two titles",
        "The driver was back in court on Monday -- and judge Ruth Okafor set a date of May 2 for a trial.",
        [("on Monday", "DATE", "2025-10-20"), ("May 2", "DATE", "2026-05-02")],
        ["The driver was back in court", "Judge Ruth Okafor set a date for a trial"],
    ),
    (
        "a second clause without a date leaves the first clause's date to the whole sentence",
        "The bank cut its rates on Friday, and markets rose.",
        [("on Friday", "DATE", "2025-10-17")],
        ["The bank cut its rates, and markets rose"],
    ),
    (
        "a date in the telling after a second clause is no date of that clause",
        "The town grew around a mill, and most of its people worked in the fields, the museum said last "
        "year.",
        [("last year", "DATE", "2024")],
        ["The town grew around a mill, and most of its people worked in the fields"],
    ),
    (
        "a gerund after 'while' is no clause: an earlier 'when' clause is the event",
        "The club lost a player when its captain collapsed while training on the pitch in Leeds on Sunday.",
        [("on Sunday", "DATE", "2025-10-19")],
        ["The club's captain collapsed while training on the pitch in Leeds"],
    ),
    (
        "an adjective in -ing opens a clause's subject, no gerund phrase",
        "The club suffered a blow when acting trainer Ian Hale collapsed while training his squad in Leeds "
        "on Sunday.",
        [("on Sunday", "DATE", "2025-10-19")],
        ["Acting trainer Ian Hale collapsed while training his squad in Leeds"],
    ),
    (
        "'after' inside a relative clause on the subject leaves the main verb after it",
        "The hikers who were cut off after a Monday flood in the gorge were rescued late Tuesday.",
        [("late Tuesday", "TIME", "2025-10-21TEV")],
        ["The hikers who were cut off after a Monday flood in the gorge were rescued"],
    ),
    (
        "a participle aside on the object that ends the sentence holds the only date: it is the event",
        "The council backed the scheme, announced in May by the harbour board.",
        [("in May", "DATE", "2025-05")],
        ["The scheme was announced by the harbour board"],
    ),
    (
        "a weekday right after the participle of an aside at the end: the aside is the event",
        "The council backed the scheme, announced Friday by the harbour board.",
        [("Friday", "DATE", "2025-10-17")],
        ["The scheme was announced by the harbour board"],
    ),
    (
        "a participle after a comma aside on the subject is the main verb, no reduced clause",
        "The old mill, run by two brothers, closed for good in May.",
        [("in May", "DATE", "2025-05")],
        ["The old mill closed for good"],
    ),
    (
        "a front participle phrase that holds the only date is the event",
        "Built in 1931 by a shipping firm, the hall is now a museum of the town's trades.",
        [("in 1931", "DATE", "1931")],
        ["The hall was built by a shipping firm"],
    ),
    (
        "a verb after the date keeps the whole clause",
        "The town was quiet when the curfew ended on Sunday and shops reopened.",
        [("on Sunday", "DATE", "2025-10-19")],
        ["The town was quiet when the curfew ended and shops reopened"],
    ),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_take_the_clause_of_their_date(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, text, expressions, expected titles): what the removal of a date leaves reads as English.
REWRITE_CASES = [
    (
        "a front date of a reported clause leaves no comma after 'that'",
        "The report claims that on May 2, the guard opened the gate to the raiders.",
        [("on May 2", "DATE", "2025-05-02")],
        ["The report claims that the guard opened the gate to the raiders"],
    ),
    (
        "a possessive date after a preposition leaves 'the' before its noun",
        "At last Friday's first hearing the judge sent the jury home.",
        [("last Friday", "DATE", "2025-10-17")],
        ["At the first hearing the judge sent the jury home"],
    ),
    (
        "a possessive date before a name with its own 'The' leaves no second 'the'",
        "The minister was quoted by Tuesday's The Harbour Times as saying the plan would fail.",
        [("Tuesday", "DATE", "2025-10-21")],
        ["The minister was quoted by The Harbour Times as saying the plan would fail"],
    ),
    (
        "a hedge before a time leaves with it",
        "When the pumps stopped at about 3 p.m., workers left the shaft.",
        [("3 p.m.", "TIME", "2025-10-20T15:00")],
        ["The pumps stopped"],  # round 36: the front "when" clause that ends on the date is the event
    ),
    (
        "a statement reported without 'that' that holds the only date drops its speaker",
        "Firefighters said the blaze started in a storeroom on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        ["The blaze started in a storeroom"],
    ),
    (
        "a date on the saying: the statement is the news, the teller goes",
        "Firefighters said on Monday the blaze started in a storeroom.",
        [("on Monday", "DATE", "2025-10-20")],
        ["The blaze started in a storeroom"],
    ),
    (
        "a pronoun subject of the statement stands for its teller, an organisation",
        "The council said it would sell the depot in March.",
        [("in March", "DATE", "2026-03")],
        ["The council will sell the depot"],
    ),
    (
        "a front date of a quotation leaves no comma after the quotation mark",
        'The old sailor replied: "In 1962, we sailed for home."',
        [("In 1962", "DATE", "1962")],
        ['The old sailor replied: "we sailed for home"'],
    ),
]


@pytest.mark.parametrize(
    "text, marks, titles", [c[1:] for c in REWRITE_CASES], ids=[c[0] for c in REWRITE_CASES]
)
def test_rewrites_read_as_english(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles


# (id, text, the expression of the last sentence as (phrase, type, value), its expected title).
PRONOUN_CASES = [
    (
        "'she' takes the surname of the last person named with an age who stood as a subject",
        "Ruth Okafor, 54, took over the port authority last spring. Okafor said the docks needed work. "
        "She resigned on Friday.",
        ("on Friday", "DATE", "2025-10-17"),
        "Okafor resigned",
    ),
    (
        "a role before the name makes a person; the surname used alone later is the subject",
        "The club hired coach Ben Dale in June. Dale, who played for the club, signed two strikers. He was "
        "sacked on Monday.",
        ("on Monday", "DATE", "2025-10-20"),
        "Dale was sacked",
    ),
    (
        "a name used alone that is another word of the full name is the one a title uses",
        "Former premier Tan Wei Ming, 80, fell ill at home. Tan was taken to hospital. He went through "
        "tests on Friday.",
        ("on Friday", "DATE", "2025-10-17"),
        "Tan went through tests",
    ),
    (
        "a courtesy title of the other sex leaves the pronoun",
        "Mrs. Ann Kessel opened the shop in 1990. Kessel said trade was slow. He closed it on Monday.",
        ("on Monday", "DATE", "2025-10-20"),
        "He closed it",
    ),
    (
        # round 30: the one person the sentence before names is who a "he" opening the next one stands for
        # round 34: a person named only as an object is no safe referent ("The Senate confirmed Maria Okafor.
        # She ..." keeps "She"); the pronoun stays
        "a name only ever named as an object leaves 'he' as it is, even as the one person named just before",
        "The party hopes to defeat former mayor Jon Vik, 61, in the vote. He will speak on Monday.",
        ("on Monday", "DATE", "2025-10-20"),
        "He will speak",
    ),
    (
        "a person the title itself names is not the one the pronoun stands for",
        "Mayor Eva Lund, 50, met the unions. Lund said talks went well. She called Lund's rival on Friday.",
        ("on Friday", "DATE", "2025-10-17"),
        "She called Lund's rival",
    ),
    (
        "the person last named as a subject beats the one last quoted",
        '"We will act," said Ian Hale, a spokesman. Governor Tom Ruiz, 60, gave four speeches. Ruiz spoke '
        "again this week. He took office in 2019.",
        ("in 2019", "DATE", "2019"),
        "Ruiz took office",
    ),
    (
        "a club is no person: no name replaces the pronoun",
        "Harbour United beat the champions on Saturday. He scored twice on Sunday.",
        ("on Sunday", "DATE", "2025-10-19"),
        "He scored twice",
    ),
]


@pytest.mark.parametrize(
    "text, mark, title", [c[1:] for c in PRONOUN_CASES], ids=[c[0] for c in PRONOUN_CASES]
)
def test_pronoun_subjects_take_the_name(text, mark, title):
    assert [e.title for e in run(text, [mark])] == [title]
