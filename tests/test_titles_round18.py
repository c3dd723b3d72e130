"""A date alone in its clause that modifies the noun of an occurrence after a preposition or "that" dates
that occurrence, and the occurrence is the title; a thing's noun, "in"/"at", or a verb's object keep the
clause (round 18, invented)."""

import pytest

from tests.test_events import run

# (id, text, expression as (phrase, type, value), expected title).
CASES = [
    (
        "a date before an occurrence after 'since' titles the occurrence with its complement, as a headline",
        "The two countries have kept their border closed since the 1994 invasion of the island.",
        ("1994", "DATE", "1994"),
        "The island invaded",
    ),
    (
        "a word before the occurrence's noun stays with it",
        "Unrest in the suburbs is the worst seen since a 1971 student revolt.",
        ("1971", "DATE", "1971"),
        "A student revolt",
    ),
    (
        "a full date before a plural occurrence after 'to'",
        "Police have linked a shopkeeper to the Oct. 3 bombings in the old city.",
        ("Oct. 3", "DATE", "2025-10-03"),
        "The bombings in the old city",
    ),
    (
        "a possessive owner stays and a quoted name follows the noun",
        'The town chose a new motto, a nod to Ray Lamb\'s 1962 hit "Sunny Days."',
        ("1962", "DATE", "1962"),
        'Ray Lamb\'s hit "Sunny Days"',
    ),
    (
        "'that' before the occurrence: a telling's subject clause names it",
        "The group said in a statement that the May 9 attacks on two hotels were meant as a warning.",
        ("May 9", "DATE", "2025-05-09"),
        "Two hotels attacked",
    ),
    (
        "'its' goes and the noun takes a capital",
        "The country has lived under sanctions since its 1990 invasion of a neighbour.",
        ("1990", "DATE", "1990"),
        "A neighbour invaded",
    ),
    (
        "'a' before a vowel becomes 'an'",
        "She was one of the authors of a 1995 accord between the two parties.",
        ("1995", "DATE", "1995"),
        "An accord between the two parties",
    ),
    (
        "'in' before the occurrence: the clause happened in it and stays the event",
        "He regained his seat in a 1987 referendum.",
        ("1987", "DATE", "1987"),
        "He regained his seat in a referendum",
    ),
    (
        "the object of the clause's verb keeps the verb",
        "The dictatorship ended when the general lost a 1988 referendum.",
        ("1988", "DATE", "1988"),
        "The dictatorship ended when the general lost a referendum",
    ),
    (
        "a thing's noun is no occurrence: the clause stays",
        "The ministry has kept its powers under the 1947 constitution.",
        ("1947", "DATE", "1947"),
        "The ministry has kept its powers under the constitution",
    ),
    (
        "a verb after a thing's noun is not read as the occurrence",
        "The deal on the 2027 budget followed two days of talks.",  # "over the 2027 budget" tells which
        ("2027", "DATE", "2027"),  # budget, no date of the deal: host_dates.sets_time drops it
        "The deal on the budget followed two days of talks",
    ),
    (
        "a noun before another noun is no head: the clause stays",
        "Spending fell ahead of the April 1 sales tax rise.",
        ("April 1", "DATE", "2025-04-01"),
        "Spending fell ahead of the sales tax rise",
    ),
    (
        "a bare noun after 'its' is too thin a title: the clause stays",
        "The shares fell 3% after its third-quarter results.",
        ("third-quarter", "DATE", "2025-Q3"),
        "The shares fell 3% after its results",
    ),
]


@pytest.mark.parametrize("text, mark, title", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_modifier_date_titles_its_occurrence(text, mark, title):
    assert [e.title for e in run(text, [mark])] == [title]


# (id, text, expressions, expected (value, title) pairs): a baseline dates nothing; a participle on an object
# and what a clause makes possible are the date's own parts.
PART_CASES = [
    (
        "'compared with' a figure in a month: the month is a baseline, no event",
        "Only 31 percent of voters backed the mayor, compared with 40 percent in a poll in May.",
        [("in May", "DATE", "2025-05")],
        [],
    ),
    (
        "'compared with the previous year' is a baseline; the clause's own year stays",
        "Enrollment was 4 percent down in 2024 compared with the previous year.",
        [("in 2024", "DATE", "2024"), ("the previous year", "DATE", "2023")],
        [("2024", "Enrollment was 4 percent down compared with the previous year")],
    ),
    (
        "'compared with June, when' opens a clause of its own: not a baseline",
        "Sales have fallen sharply compared with June, when the plant closed for a week.",
        [("June", "DATE", "2025-06")],
        [("2025-06", None)],  # None: the title is not this test's matter
    ),
    (
        "a verbless change after a comma: its year is a baseline",
        "The port exported $630 million of toys in 2024, down by 20 percent from 2023.",
        [("in 2024", "DATE", "2024"), ("2023", "DATE", "2023")],
        [("2024", "The port exported $630 million of toys, down by 20 percent from 2023")],
    ),
    (
        "a participle on an object with 'against' and a date: the participle's event",
        "The striker, who is expected to return in March, is stepping up his recovery from a hamstring "
        "injury suffered against Leeds on October 4, and has trained again.",
        [("in March", "DATE", "2026-03"), ("on October 4", "DATE", "2025-10-04")],
        [("2026-03", "The striker is expected to return"),
         ("2025-10-04", "A hamstring injury was suffered against Leeds")],
    ),
    (
        "a month before an occurrence after 'by', in a clause another date dates: the occurrence",
        "The region has changed since Monday, marked by the October floods in the south.",
        [("since Monday", "DATE", "2025-10-20"), ("October", "DATE", "2025-10")],
        [("2025-10-20", None), ("2025-10", "The floods in the south")],
    ),
    (
        "'paving the way for' the talks: the talks are the date's event",
        "The mediator on Tuesday set out a road map for the region, paving the way for the negotiations to "
        "be launched by the year's end.",
        [("on Tuesday", "DATE", "2025-10-21"), ("the year's end", "DATE", "2025")],
        [("2025-10-21", "The mediator set out a road map for the region"),
         ("2025", "The negotiations to be launched")],
    ),
    (
        "'cleared the way for' a person to act",
        "The court cleared the way for the mayor to stand trial in March.",
        [("in March", "DATE", "2026-03")],
        [("2026-03", "The mayor to stand trial")],
    ),
    (
        "'the way for' before no verb keeps the clause",
        "The ruling opened the way for exports to the region in May.",
        [("in May", "DATE", "2026-05")],
        [("2026-05", "The ruling opened the way for exports to the region")],
    ),
]


@pytest.mark.parametrize(
    "text, marks, expected", [c[1:] for c in PART_CASES], ids=[c[0] for c in PART_CASES]
)
def test_baselines_participles_and_what_a_clause_makes_possible(text, marks, expected):
    found = run(text, marks)
    titles = [e.title if want is not None else None for e, (_, want) in zip(found, expected, strict=False)]
    assert list(zip([e.when.value for e in found], titles, strict=False)) == expected
    assert len(found) == len(expected)
