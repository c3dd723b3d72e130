"""Titles of sentences whose dates belong to different parts: relative, participle and subordinate clauses."""

from __future__ import annotations

import pytest

from tests.test_events import run
from timeline.focus import past_of

# (id, sentence, its dates, expected title of each event by value), invented by the team.
PART_CASES = [
    (
        "a relative clause dates its noun phrase; the main clause loses it",
        "Dock workers returned to work on Thursday after a nine-day strike that began on 4 March, "
        "the union said.",
        [("on Thursday", "DATE", "2024-03-14"), ("4 March", "DATE", "2024-03-04")],
        {
            "2024-03-14": "Dock workers returned to work after a nine-day strike",
            "2024-03-04": "A nine-day strike began",
        },
    ),
    (
        "a participle after a conjunction takes the subject and a past verb",
        "Orders rose in May, after growing 4 percent in April.",
        [("May", "DATE", "2024-05"), ("April", "DATE", "2024-04")],
        {"2024-05": "Orders rose", "2024-04": "Orders grew 4 percent"},
    ),
    (
        "a subordinate clause dates its own predicate; a stated plan is the plan",
        "The dispute started in January when the port authority announced plans to automate two "
        "terminals by 2027.",
        [("in January", "DATE", "2024-01"), ("2027", "DATE", "2027")],
        {
            # a number word no longer ends a cut ("automate two"); a cut after "announced" left its object
            # out: the shortest whole headline stays (timeline.structural)
            "2024-01": "The dispute started",
            "2027": "The port authority plans to automate two terminals",
        },
    ),
    (
        "a relative clause in the middle ends where the main verb follows its date",
        "The bridge that collapsed in 2018 was rebuilt in 2022.",
        [("in 2018", "DATE", "2018"), ("in 2022", "DATE", "2022")],
        {"2018": "The bridge collapsed", "2022": "The bridge was rebuilt"},
    ),
    (
        "a passive relative clause keeps its auxiliary",
        "The treaty that was signed in 1998 expired on Sunday.",
        [("in 1998", "DATE", "1998"), ("on Sunday", "DATE", "2024-03-17")],
        # the main clause's subject keeps its short relative clause (round 51, tests/test_titles_round51.py)
        {"1998": "The treaty was signed", "2024-03-17": "The treaty that was signed expired"},
    ),
    (
        "an aside relative clause after a comma ends at the next comma",
        "The court ruled on Monday that the law, which took effect on Jan. 1, was unconstitutional.",
        [("on Monday", "DATE", "2024-03-18"), ("Jan. 1", "DATE", "2024-01-01")],
        {
            "2024-03-18": "The court ruled that the law was unconstitutional",
            "2024-01-01": "The law took effect",
        },
    ),
    (
        "who after a name dates the name's own clause",
        "Mr. Smith, who joined the company in 2011, became chief executive in 2019.",
        [("in 2011", "DATE", "2011"), ("in 2019", "DATE", "2019")],
        {"2011": "Mr. Smith joined the company", "2019": "Mr. Smith became chief executive"},
    ),
    (
        "who after a plural noun without article",
        "Voters approved the measure in November, months after lawmakers who opposed it in March "
        "lost their seats.",
        [("in November", "DATE", "2023-11"), ("in March", "DATE", "2024-03")],
        {"2023-11": "Voters approved the measure", "2024-03": "Lawmakers opposed it"},
    ),
    (
        "a participle with an irregular past",
        "Prices fell in October before rising again in November, the statistics office said.",
        [("in October", "DATE", "2023-10"), ("in November", "DATE", "2023-11")],
        {"2023-10": "Prices fell", "2023-11": "Prices rose again"},
    ),
    (
        "because: the cause is the dated event",
        "The airline cancelled 300 flights on Monday because pilots went on strike on Sunday.",
        [("on Monday", "DATE", "2024-03-18"), ("on Sunday", "DATE", "2024-03-17")],
        {
            "2024-03-18": "The airline cancelled 300 flights because pilots went on strike",
            "2024-03-17": "Pilots went on strike",
        },
    ),
    (
        "the antecedent starts at the nearest article, not at the sentence's subject",
        "A spokesman said the fire, which broke out on Tuesday, was the worst since a blaze in 2019.",
        [("on Tuesday", "DATE", "2024-03-19"), ("in 2019", "DATE", "2019")],
        {"2024-03-19": "The fire broke out", "2019": "A spokesman said the fire was the worst since a blaze"},
    ),
    (
        "a subordinate clause inside a relative clause is the nearer part",
        "The feud, which had divided the party since the leader sacked his deputy a week ago, ended on "
        "Friday.",
        [("a week ago", "DATE", "2024-03-13"), ("on Friday", "DATE", "2024-03-15")],
        {"2024-03-13": "The leader sacked his deputy", "2024-03-15": "The feud ended"},
    ),
    (
        "as in 'as a result of' starts no clause",
        "Inflation rose to 9 percent in March as a result of shortages caused by drought earlier this year.",
        [("in March", "DATE", "2024-03"), ("earlier this year", "DATE", "2024")],
        {
            # round 37: the participle's clause holds a date of its own and leaves the title, as after "the
            # shortages"
            "2024-03": "Inflation rose to 9 percent as a result of shortages",
            # round 25: "earlier this year" belongs to "caused", the participle on "shortages"
            "2024": "Shortages were caused by drought",
        },
    ),
    (
        "a when clause right after a date describes that date, not the later one",
        "Bookings sank to a ten-year low in March, when they slid 6 percent from the total for February.",
        [("in March", "DATE", "2024-03"), ("February", "DATE", "2024-02")],
        {
            # the baseline's "from the total" goes with its date (titles round 64, base_remnants)
            "2024-03": "Bookings sank to a ten-year low, when they slid 6 percent",
            # February is the total's baseline ("6 percent from the total for February"): no event since
            # round 35
        },
    ),
    (
        "a long restrictive relative clause on the subject: the main verb is the one after it (round 48)",
        "The two officers who were suspended on Monday after a raid on a flat near the city centre were "
        "reinstated in May.",
        [("on Monday", "DATE", "2024-03-18"), ("in May", "DATE", "2024-05")],
        {
            "2024-03-18": "The two officers were suspended after a raid",
            "2024-05": "The two officers were reinstated",
        },
    ),
    (
        "a long title cut before a participle leaves no dangling conjunction",
        "Officials said on Thursday that nine more fans were detained on Wednesday in the city centre after "
        "demanding the return of their confiscated banners.",
        [("on Thursday", "DATE", "2024-03-14"), ("on Wednesday", "DATE", "2024-03-13")],
        {
            "2024-03-14": "Officials said that nine more fans were detained in the city centre",
            "2024-03-13": "Nine more fans were detained in the city centre",
        },
    ),
    (
        "a participle's subject comes after an opening date phrase",
        "In 1990, the singer moved to Berlin, then toured Asia in 1994 before settling in Lisbon in 1999.",
        [("In 1990", "DATE", "1990"), ("in 1994", "DATE", "1994"), ("in 1999", "DATE", "1999")],
        {
            "1990": "The singer moved to Berlin",
            "1994": "The singer toured Asia",
            "1999": "The singer settled in Lisbon",
        },
    ),
    (
        "a bare plural noun before that is an antecedent",
        "The company was fined $2 million in 2021 for breaches that occurred in 2016, the regulator said.",
        [("in 2021", "DATE", "2021"), ("in 2016", "DATE", "2016")],
        {"2021": "The company was fined $2 million for breaches", "2016": "Breaches occurred"},
    ),
    (
        "a complement clause's pronoun subject is resolved from the sentence",
        "The Treasury said on Tuesday that it would sell $40 billion in bonds next week.",
        [("on Tuesday", "DATE", "2024-03-19"), ("next week", "DATE", "2024-W13")],
        {
            "2024-03-19": "The Treasury said that it would sell $40 billion in bonds",
            "2024-W13": "The Treasury will sell $40 billion in bonds",
        },
    ),
    (
        "a complement clause whose pronoun subject stands for the teller takes the teller's noun phrase",
        "Officials said on Tuesday that they would sell $40 billion in bonds next week.",
        [("on Tuesday", "DATE", "2024-03-19"), ("next week", "DATE", "2024-W13")],
        {
            "2024-03-19": "Officials said that they would sell $40 billion in bonds",
            "2024-W13": "Officials would sell $40 billion in bonds",
        },
    ),
    (
        "an aside relative clause holds a time of its own",
        "The storm, which made landfall on Sunday night, is expected to weaken by Wednesday, forecasters "
        "said.",
        [("on Sunday night", "TIME", "2024-03-17TNI"), ("Wednesday", "DATE", "2024-03-20")],
        {"2024-03-17TNI": "The storm made landfall", "2024-03-20": "The storm is expected to weaken"},
    ),
    (
        "after a speech verb, that starts a complement even when a participle follows it",
        "The minister warned on Friday that embattled regional governor Tom Reed would be removed from "
        "office if he does not resign by May 6.",
        [("on Friday", "DATE", "2024-03-15"), ("May 6", "DATE", "2024-05-06")],
        {
            "2024-03-15": "The minister warned that embattled regional governor Tom Reed would be removed",
            "2024-05-06": "Embattled regional governor Tom Reed would be removed from office",
        },
    ),
    (
        # round 25: the date belongs to the relative clause's verb, so the title is that clause's
        "one date only, in a relative clause: the title is the relative clause's",
        "The minister resigned over a scandal that erupted in August.",
        [("in August", "DATE", "2023-08")],
        {"2023-08": "A scandal erupted"},
    ),
    (
        "a complement clause after that is no relative clause, and holds its own date",
        "The company told investors on Monday that sales fell in May.",
        [("on Monday", "DATE", "2024-03-18"), ("in May", "DATE", "2023-05")],
        {"2024-03-18": "The company told investors that sales fell", "2023-05": "Sales fell"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in PART_CASES], ids=[c[0] for c in PART_CASES])
def test_titles_of_dated_parts(text, marks, expected):
    # the titles of routine tellings too ("A spokesman said ..."): extract drops them by default
    assert {e.when.value: e.title for e in run(text, marks, tellings="all")} == expected


# (participle, past form): regular spelling rules and irregular verbs.
PAST_CASES = [
    ("growing", "grew"),
    ("closing", "closed"),
    ("stopping", "stopped"),
    ("opening", "opened"),
    ("trying", "tried"),
    ("playing", "played"),
    ("agreeing", "agreed"),
    ("rising", "rose"),
    ("hitting", "hit"),
    ("raising", "raised"),
]


@pytest.mark.parametrize("participle, past", PAST_CASES, ids=[c[0] for c in PAST_CASES])
def test_past_of(participle, past):
    assert past_of(participle) == past
