"""Round 35 (invented): a date measured against (a record's "since", a figure's baseline) dates no event, nor
does a date of a noun of another time ("ahead of the vote Thursday"); two times next to each other joined by
"or" are one uncertain time; "until" ends what lasts up to a date; a change a noun names keeps its date off
the title's verb."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value[, fields]), expected events as (value, end_value, mod,
# title)).
CASES = [
    (
        "a record's since-clause about a figure dates nothing",
        "The index rose 1.2 percent to 9,870.20, its highest close since 9,912.55 was reached on "
        "June 3, 2019.",
        [("June 3, 2019", "DATE", "2019-06-03")],
        [],
    ),
    (
        "a record's since-clause that tells what happened then keeps its date",
        "The peso hit 17.1 to the dollar on Monday, its strongest level since March 4, 2016, when the bank "
        "cut rates.",
        [("Monday", "DATE", "2025-10-20"), ("March 4, 2016", "DATE", "2016-03-04")],
        [("2025-10-20", None, None, "The peso hit 17.1 to the dollar, its strongest level"),
         ("2016-03-04", None, None, "The bank cut rates")],
    ),
    (
        "a count's since after a phrase with of dates nothing",
        "It is the third visit of a Danish premier to Chile since 2011.",
        [("2011", "DATE", "2011")],
        [],
    ),
    (
        "a superlative with of before since keeps its date",
        "The cooperative has been the sole buyer of organic cocoa in the valley since 2014.",
        [("2014", "DATE", "2014")],
        [("2014", None, "ON_OR_AFTER",
          "The cooperative has been the sole buyer of organic cocoa in the valley")],
    ),
    (
        "a superlative's scope after a copula dates nothing",
        "The landslide was the deadliest disaster in the province this year.",
        [("this year", "DATE", "2025")],
        [],
    ),
    (
        "a possessive date after a figure's from dates nothing",
        "The krona ended at 10.92 per euro, up 0.04 from Friday's close.",
        [("Friday", "DATE", "2025-10-17")],
        [],
    ),
    (
        "a change from a period beside the news date goes",
        "The agency said on Tuesday that exports will grow by 1.4 percent from the second quarter.",
        [("on Tuesday", "DATE", "2025-10-21"), ("the second quarter", "DATE", "2025-Q2")],
        [("2025-10-21", None, None, "The agency said that exports will grow by 1.4 percent")],
    ),
    (
        "a figure's baseline with its conversion in brackets goes",
        "Wine sales reached 3.1 billion crowns (140 million euros) in 2024 from 2.2 billion crowns "
        "(99 million euros) three years earlier.",
        [("2024", "DATE", "2024"), ("three years earlier", "DATE", "2021")],
        [("2024", None, None, "Wine sales reached 3.1 billion crowns from 2.2 billion crowns")],
    ),
    (
        "a noun's date after ahead of dates nothing",
        "The envoy spoke ahead of the referendum Sunday on the new charter.",
        [("Sunday", "DATE", "2025-10-26")],
        [],
    ),
    (
        "a possessive date after the run-up to dates nothing",
        "Unlike the run-up to March's ballot, the campaign has been calm.",
        [("March", "DATE", "2026-03")],
        [],
    ),
    (
        "ahead of schedule keeps the clause's date",
        "The bridge was finished ahead of schedule on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", None, None, "The bridge was finished ahead of schedule")],
    ),
    (
        "two neighbouring months joined by or are one time",
        "The new line will open in late June or early July.",
        [("late June", "DATE", "2026-06", {"mod": "END"}),
         ("early July", "DATE", "2026-07", {"mod": "START"})],
        [("2026-06", "2026-07", "END", "The new line will open")],
    ),
    (
        "two distant days joined by or stay apart",
        "The verdict may come on Monday or Thursday.",
        [("Monday", "DATE", "2025-10-27"), ("Thursday", "DATE", "2025-10-30")],
        [("2025-10-27", None, None, "The verdict may come"),
         ("2025-10-30", None, None, "The verdict may come")],
    ),
    (
        "until ends what lasts up to a date",
        "The striker is under contract with the club until 2028.",
        [("2028", "DATE", "2028")],
        [("2028", None, "ON_OR_BEFORE", "The striker is under contract with the club")],
    ),
    (
        "not until keeps the date of the happening",
        "The results will not be known until Friday.",
        [("Friday", "DATE", "2025-10-24")],
        # the bound stays: without it the title would say the opposite (titles round 63, date_holes)
        [("2025-10-24", None, None, "The results will not be known until Friday")],
    ),
    (
        "a denial after until keeps the date of the happening",
        "Until Tuesday the name of the donor had never been made public.",
        [("Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", None, None, "The name of the donor had never been made public")],
    ),
    (
        "a change a noun names after the title's verb loses its date",
        "The ministry in mid-October predicted growth in 2026 of 1.8 percent.",
        [("mid-October", "DATE", "2025-10", {"mod": "MID"}), ("2026", "DATE", "2026")],
        [("2025-10", None, "MID", "The ministry predicted growth of 1.8 percent")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round35_events(text, marks, expected):
    events = run(text, marks)
    assert [(e.when.value, e.when.end_value, e.when.mod, e.title) for e in events] == expected


def test_a_change_noun_as_the_subject_keeps_its_date():
    text = "Just as in May, the big drop in June was led by fuel prices."
    events = run(text, [("May", "DATE", "2025-05"), ("June", "DATE", "2025-06")])
    assert "2025-06" in [e.when.value for e in events]
