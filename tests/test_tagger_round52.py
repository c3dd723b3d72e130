"""Table-driven tests of tagger round 52, left from the round 51 audit.

An -ed word after a relative "that" is a past verb; "early"/"late" before "last night", "this morning",
"yesterday afternoon" or "tonight" is their mod; a later day of an episode told in the past with no day told
is unplaced; a holiday's name that a person bears is no holiday before a surname or "said"; "Mar" without
its full stop is March beside a day.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

WED = dt.date(2026, 3, 4)  # a Wednesday

# 1. After a noun, "that" opens a relative clause: the -ed word after it is its past verb ("that proposed
# plan" before its noun stays an adjective).
RELATIVE_THAT = [
    (
        "Crowds will line the route of a rally that started on Friday.",
        WED,
        [("Friday", "DATE", "2026-02-27", None)],
    ),
    ("Doctors expect the outbreak that began Friday to fade.", WED, [("Friday", "DATE", "2026-02-27", None)]),
    # controls: "that" as a determiner or after "said", the adjective before its noun leaves the future
    ("Crowds will greet that delayed convoy on Friday.", WED, [("Friday", "DATE", "2026-03-06", None)]),
    ("Aides said that closed clinics would reopen on Friday.", WED, [("Friday", "DATE", "2026-03-06", None)]),
]

# 2. "early"/"late" before a deictic part of the day is its mod, as before a weekday ("late Tuesday night").
EDGE_PARTS = [
    ("Gunfire rang out late last night.", WED, [("late last night", "TIME", "2026-03-03TNI", "END")]),
    ("The ferry docked early this morning.", WED, [("early this morning", "TIME", "2026-03-04TMO", "START")]),
    (
        "The lights failed late yesterday afternoon.",
        WED,
        [("late yesterday afternoon", "TIME", "2026-03-03TAF", "END")],
    ),
    ("The count will end late tonight.", WED, [("late tonight", "TIME", "2026-03-04TNI", "END")]),
    # controls: no modifier; "late" after "was" is an adjective
    ("Gunfire rang out last night.", WED, [("last night", "TIME", "2026-03-03TNI", None)]),
    ("The bus was late last night.", WED, [("last night", "TIME", "2026-03-03TNI", None)]),
]

# 3. A later day of an episode told in the past, with no day told before or after it in its sentence: its
# first day is unknown, so it is no day of the writer's.
UNPLACED_DAYS = [
    ("The pitch cracked on the third day of the game.", WED, [("the third day", "DATE", "XXXX-XX-XX", None)]),
    ("The fifth day of the siege brought heavy rain.", WED, [("The fifth day", "DATE", "XXXX-XX-XX", None)]),
    # controls: told as today, ahead, a first day, a day the sentence names, a day told before
    ("It's the fourth day of the walkout.", WED, [("the fourth day", "DATE", "2026-03-04", None)]),
    ("It is the fourth day of the walkout.", WED, [("the fourth day", "DATE", "2026-03-04", None)]),
    ("Play will resume on the third day.", WED, [("the third day", "DATE", "2026-03-04", None)]),
    ("He spoke on his first day in office.", WED, [("first day", "DATE", "2026-03-04", None)]),
    (
        "She crashed on the fifth day of the tour, near Lyon, on Tuesday.",
        WED,
        [("the fifth day", "DATE", "2026-03-04", None), ("Tuesday", "DATE", "2026-03-03", None)],
    ),
    (
        "The fair opened on Monday. The second day drew crowds.",
        WED,
        [("Monday", "DATE", "2026-03-02", None), ("The second day", "DATE", "2026-03-02", None)],
    ),
]

# 4. A holiday's name that people bear, before a surname-like capital or a verb of saying, is a person.
HOLIDAY_PEOPLE = [
    ("Holi Gurung said the track was washed away.", WED, []),
    ("Holi Gurung, a porter, lost two mules.", WED, []),
    ("The guide Diwali Naidu lost two mules.", WED, []),
    ("Christmas Obi said the choir would sing.", WED, []),
    ("Pesach Levin says the shop is shut.", WED, []),
    ("Holi said the track was washed away.", WED, []),
    # controls: the holidays themselves, a plural noun after one, a title-case headline
    ("The village celebrated Holi with dye.", WED, [("Holi", "DATE", "2026-03-04", None)]),
    ("During Diwali Hindus light lamps.", WED, [("Diwali", "DATE", "2025-10-20", None)]),
    ("Christmas Shoppers crowded the malls.", WED, [("Christmas", "DATE", "2025-12-25", None)]),
    ("Crowds Celebrate Holi In Kathmandu", WED, [("Holi", "DATE", "2026-03-04", None)]),
    ("Ramadan Kareem to all our readers.", WED, [("Ramadan", "DATE", "2026-02-18", None)]),
]

# 5. "Mar" without its full stop beside a day is March, as "Jun 30" is June.
SHORT_MARCH = [
    ("The vote on 30 Mar was close.", WED, [("30 Mar", "DATE", "2026-03-30", None)]),
    ("Polls close Mar 30, officials said.", WED, [("Mar 30", "DATE", "2026-03-30", None)]),
    # controls: the verb, and a capital before a name
    ("The fans did not mar the day.", WED, [("the day", "DATE", "2026-03-04", None)]),
    ("He met Mar Velasco in Cebu.", WED, []),
]

CASES = RELATIVE_THAT + EDGE_PARTS + UNPLACED_DAYS + HOLIDAY_PEOPLE + SHORT_MARCH


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round52(text: str, dct: dt.date, expected: list) -> None:
    assert rows(text, dct) == expected
