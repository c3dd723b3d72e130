"""Table-driven tests of tagger round 29: adjective spans that leave "the" to their noun, a bare present of
schedule, an obligation ("must") that looks ahead, compound adjectives in -ed that are no past verb, days
in words.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, document date, expected
[(extent, type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

NOV_17 = dt.date(2026, 11, 17)  # a Tuesday
NOV_19 = dt.date(2026, 11, 19)  # a Thursday
OCT_19 = dt.date(2026, 10, 19)  # a Monday
JAN_10 = dt.date(2026, 1, 10)
MAR_02 = dt.date(2026, 3, 2)
MAR_05_98 = dt.date(1998, 3, 5)  # a Thursday
JUN_10 = dt.date(2026, 6, 10)

# A prefix ("post-", "pre-") or a hyphened century before a noun makes an adjective: "the" belongs to the
# noun, the expression starts at the prefix or the ordinal. A noun use keeps its "the".
ADJECTIVES = [
    ("The post-1990s boom ended.", OCT_19, [("post-1990s", "DATE", "199", "AFTER")]),
    ("They sold the pre-2000s stock.", OCT_19, [("pre-2000s", "DATE", "200", "BEFORE")]),
    ("The late 1980s were hard.", OCT_19, [("The late 1980s", "DATE", "198", "END")]),
    ("The bridge is named after the 15th-century navigator.", OCT_19, [("15th-century", "DATE", "14", None)]),
    ("Monks lived here in the 15th century.", OCT_19, [("the 15th century", "DATE", "14", None)]),
    ("Monks lived here in the 15th-century.", OCT_19, [("the 15th-century", "DATE", "14", None)]),
]

# A present verb of schedule with no marker of tense speaks of what is coming: "continue", "kick off", and
# "take" after a day opening its sentence ("And on Thursday, the hosts take on ..."). A past form still
# looks back.
SCHEDULE = [
    ("The talks continue on Wednesday.", NOV_17, [("Wednesday", "DATE", "2026-11-18", None)]),
    ("The cup matches kick off on Wednesday.", NOV_17, [("Wednesday", "DATE", "2026-11-18", None)]),
    ("And on Thursday, the champions take on the hosts.", NOV_17, [("Thursday", "DATE", "2026-11-19", None)]),
    ("On Thursday, the champions take on the hosts.", NOV_17, [("Thursday", "DATE", "2026-11-19", None)]),
    ("Fighting continued on Wednesday.", NOV_17, [("Wednesday", "DATE", "2026-11-11", None)]),
    ("And on Monday, rebels took the town.", NOV_17, [("Monday", "DATE", "2026-11-16", None)]),
]

# "must" puts an obligation ahead, whatever past verb of a relative clause follows; "must have" looks back.
MUST = [
    (
        "By Friday morning, detectives must free or charge the woman they had detained on Sunday.",
        NOV_19,
        [("Friday morning", "DATE", "2026-11-20TMO", None), ("Sunday", "DATE", "2026-11-15", None)],
    ),
    ("The firm must repay the loan in March.", NOV_19, [("March", "DATE", "2027-03", None)]),
    ("He must have left on Monday.", NOV_19, [("Monday", "DATE", "2026-11-16", None)]),
    ("On Monday he must have left.", NOV_19, [("Monday", "DATE", "2026-11-16", None)]),
]

# A word in -ed hyphened to the word before it and followed by its noun is an adjective, no past verb:
# "third-placed", "Saudi-led". Followed by a preposition or an article it is a verb ("nose-dived in",
# "test-fired a"); after a prefix too ("co-founded").
COMPOUNDS = [
    (
        "And on Thursday, third-placed Verona take on the champions.",
        NOV_17,
        [("Thursday", "DATE", "2026-11-19", None)],
    ),
    ("In March, Saudi-led forces will attack.", NOV_17, [("March", "DATE", "2027-03", None)]),
    ("Ties nose-dived in late September.", NOV_17, [("late September", "DATE", "2026-09", "END")]),
    ("In March the army test-fired a missile.", NOV_17, [("March", "DATE", "2026-03", None)]),
    ("He co-founded the firm in March.", NOV_17, [("March", "DATE", "2026-03", None)]),
]

# A day in words: "March eighth", "May the eighth, 2027", "the twenty-third of May" (ordinals up to the
# thirty-first); a capitalized month only, and the ordinal must end the phrase ("second-quarter" does not).
WORD_DAYS = [
    ("The vote is set for March eighth.", JAN_10, [("March eighth", "DATE", "2026-03-08", None)]),
    ("It ended the twenty-third of May.", JUN_10, [("the twenty-third of May", "DATE", "2026-05-23", None)]),
    ("The vote is on May the eighth, 2027.", JUN_10, [("May the eighth, 2027", "DATE", "2027-05-08", None)]),
    (
        "On March thirty-first at noon the polls close.",
        JAN_10,
        [("March thirty-first", "DATE", "2026-03-31", None), ("noon", "TIME", "2026-03-31T12:00", None)],
    ),
    (
        "The March second-quarter figures were weak.",
        JUN_10,
        [("March", "DATE", "2026-03", None), ("second-quarter", "DATE", "2026-Q2", None)],
    ),
    ("He will march first to the palace.", JUN_10, []),
    (
        "The fair opens this coming Saturday, March seventh.",
        dt.date(1998, 3, 5),
        [("this coming Saturday, March seventh", "DATE", "1998-03-07", None)],
    ),
    ("In May first-time buyers rushed.", JUN_10, [("May", "DATE", "2026-05", None)]),
]

# "since year-end" is the year-end just gone, the last day of the books (TimeBank writes YYYY-12-31);
# "by year-end" stays the coming one.
YEAR_END = [
    ("Shares have fallen 10% since year-end.", MAR_02, [("year-end", "DATE", "2025-12-31", None)]),
    ("Since the year's end the index has risen.", MAR_02, [("the year's end", "DATE", "2025-12-31", None)]),
    ("Profits will rise by year-end.", MAR_02, [("year-end", "DATE", "2026", "END")]),
]

# "all night" is the night's length, a DURATION (a night counts as a day, as in "three nights" and "all
# night long"), not the document date's night; a bare "all day" stays untagged as TimeBank leaves it.
ALL_NIGHT = [
    ("Rescuers worked all night to free them.", MAR_02, [("all night", "DURATION", "P1D", None)]),
    ("It rained all night long.", MAR_02, [("all night long", "DURATION", "P1D", None)]),
    ("They held an all-night vigil.", MAR_02, []),
]

# A count of years (or finer) "later" with nothing to count from is of an unknown year (TIMEX3 X): after a
# decade with no year told inside it ("In the 1980s ... Three years later") its first year is no better
# than its last; with no date told before, a past event "three years later" cannot be after the document
# date. A year inside the decade, a future clause counting from today, and days or weeks (round 12) still
# count.
UNANCHORED = [
    (
        "After a decade of talks, the treaty was signed three years later.",
        OCT_19,
        [("a decade", "DURATION", "P10Y", None), ("three years later", "DATE", "XXXX", None)],
    ),
    (
        "In the 1980s the talks stalled. Three years later the treaty was signed.",
        OCT_19,
        [("the 1980s", "DATE", "198", None), ("Three years later", "DATE", "XXXX", None)],
    ),
    (
        "The plant opened in 1984 and grew through the 1980s. Two years later it closed.",
        OCT_19,
        [
            ("1984", "DATE", "1984", None),
            ("the 1980s", "DATE", "198", None),
            ("Two years later", "DATE", "1986", None),
        ],
    ),
    ("Three years later the plant will close.", OCT_19, [("Three years later", "DATE", "2029", None)]),
    ("The firm fell two days later.", OCT_19, [("two days later", "DATE", "2026-10-21", None)]),
    ("Two hours later it collapsed.", OCT_19, [("Two hours later", "DURATION", "PT2H", None)]),
]

# A month alone after a history paragraph, measured against the year records began ("the lowest since
# records began in 1974"), is the writer's recent month; a war history's "worst defeat since 1974" is no
# such measure and keeps the story's year, as does a paragraph with no other date.
_HISTORY = (
    "The village was flooded when the reservoir was filled in 1992. Residents were moved out in the late "
    "1980s. The dam was completed in 1990.\n\n"
)
_HISTORY_ROWS = [
    ("1992", "DATE", "1992", None),
    ("the late 1980s", "DATE", "198", "END"),
    ("1990", "DATE", "1990", None),
]
RECORDS = [
    (
        _HISTORY + "Water fell below 15% of capacity in September, the lowest since records began in 1974.",
        OCT_19,
        [*_HISTORY_ROWS, ("September", "DATE", "2026-09", None), ("1974", "DATE", "1974", None)],
    ),
    (
        _HISTORY + "In September the river rose to its highest since record-keeping began in 1880.",
        OCT_19,
        [*_HISTORY_ROWS, ("September", "DATE", "2026-09", None), ("1880", "DATE", "1880", None)],
    ),
    (
        _HISTORY + "In September, the dam suffered its worst flood since 1974.",
        OCT_19,
        [*_HISTORY_ROWS, ("September", "DATE", "1990-09", None), ("1974", "DATE", "1974", None)],
    ),
    (_HISTORY + "Water fell in September.", OCT_19, [*_HISTORY_ROWS, ("September", "DATE", "1990-09", None)]),
]

# "next" or "last" before a weekday and its date is the weekday's: "Next Sunday, March 8" (Thu 1998-03-05) is
# three days on, not March of the next year; "next March 8" alone keeps its reading.
WEEKDAY_DATES = [
    ("Next Sunday, March 8, we vote.", MAR_05_98, [("Next Sunday, March 8", "DATE", "1998-03-08", None)]),
    ("Last Sunday, March 1, we voted.", MAR_05_98, [("Last Sunday, March 1", "DATE", "1998-03-01", None)]),
    ("We voted last Oct. 23.", MAR_05_98, [("last Oct. 23", "DATE", "1997-10-23", None)]),
]

CASES = (
    ADJECTIVES
    + SCHEDULE
    + MUST
    + COMPOUNDS
    + WORD_DAYS
    + YEAR_END
    + ALL_NIGHT
    + UNANCHORED
    + RECORDS
    + WEEKDAY_DATES
)


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_round29(text, dct, expected):
    assert rows(text, dct) == expected
