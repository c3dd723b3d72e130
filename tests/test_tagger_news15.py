"""Table-driven tests of the tagger on errors left over in real news (session 15): adjectives "early" and
"late", lower-case months and modal "May", "fall" as a drop, idioms and titles, seasons and quarters that
name a kind or the current period, weeks of a month, "the past week", accounting years, and the end of one
period with the start of the next as one span.

Every sentence is invented. Each row: (text, document date, expected [(extent, type, value, mod), ...] in
text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows
from timeline import dating
from timeline.temporal import tag

# 1. After a form of "be", "run" or "too", early and late are adjectives: the period has no mod.
ADJECTIVES = [
    ("The report will be late this year, officials warned.", dt.date(2005, 6, 1),
     [("this year", "DATE", "2005", None)]),
    ("The trains were running late this morning after a fault.", dt.date(2012, 3, 7),
     [("this morning", "TIME", "2012-03-07TMO", None)]),
    ("It is too early this season to judge the crop.", dt.date(2016, 4, 2),
     [("this season", "DATE", "2016", None)]),
    # not after a verb of being: the end of the period
    ("Prices fell late this year after the crisis.", dt.date(2020, 11, 6),
     [("late this year", "DATE", "2020", "END")]),
    ("The vote is late in the year.", dt.date(2020, 1, 6), [("late in the year", "DATE", "2020", "END")]),
]

# 2. Lower-case month names after a preposition or with a mod are months; "may" and "march" stay words, and
# "May" before a verb in its base form is the modal, in a headline too.
MONTHS = [
    ("The festival opened in july and ran for a week.", dt.date(2009, 9, 1),
     [("july", "DATE", "2009-07", None), ("a week", "DURATION", "P1W", None)]),
    ("we expect to finish the work by september, she wrote.", dt.date(2014, 2, 3),
     [("september", "DATE", "2014-09", None)]),
    ("Voters will go to the polls in early october.", dt.date(2014, 2, 3),
     [("early october", "DATE", "2014-10", "START")]),
    ("an august body of scholars met", dt.date(2014, 2, 3), []),
    ("we marched in march", dt.date(2020, 1, 6), []),
    ("Peanuts Early May Avoid Allergy, Study Says", dt.date(2017, 1, 5), []),
    ("Children who eat eggs early may avoid the illness.", dt.date(2017, 1, 5), []),
    ("Exercise Late May Help Memory", dt.date(2017, 1, 5), []),
    ("The vote was held in early May, officials said.", dt.date(2020, 1, 6),
     [("early May", "DATE", "2019-05", "START")]),
]

# 3. "fall" and "spring" after "recent" are a drop and a leap; seasons before a noun of their kind (a crop,
# tyres) are no time; "this winter" said in January to March (told in the past) began in December.
SEASONS = [
    ("Shares recovered after a recent fall in oil prices.", dt.date(2015, 2, 2), []),
    ("The recent fall of the currency alarmed traders.", dt.date(2015, 2, 2), []),
    ("The school will reopen in the fall, the mayor said.", dt.date(2020, 5, 2),
     [("the fall", "DATE", "2020-FA", None)]),
    ("The winter wheat crop was in good condition.", dt.date(1987, 3, 2), []),
    ("Snow and winter tyres are compulsory on the pass.", dt.date(2013, 11, 28), []),
    ("Farmers planted winter crops early.", dt.date(1987, 3, 2), []),
    ("Snow fell heavily this winter, raising prices.", dt.date(1987, 3, 2),
     [("this winter", "DATE", "1986-WI", None)]),
    ("Heating bills are high this winter.", dt.date(2021, 1, 20), [("this winter", "DATE", "2020-WI", None)]),
    ("Heating bills will be high this winter.", dt.date(2021, 10, 20),
     [("this winter", "DATE", "2021-WI", None)]),
]

# 4. Idioms of "the day", and a year alone in quotes (a title), are no time.
NOT_TIMES = [
    ("Security was the order of the day at the summit.", dt.date(1990, 5, 2), []),
    ("Inflation is the question of the day for the bank.", dt.date(1990, 5, 2), []),
    ('She starred in "1984", a film that divided critics.', dt.date(2001, 5, 2), []),
    ("The film \u20181917\u2019 won the top prize on Sunday.", dt.date(2020, 1, 6),
     [("Sunday", "DATE", "2020-01-05", None)]),
    ('"In 1984, we won," he said.', dt.date(2001, 5, 2), [("1984", "DATE", "1984", None)]),
]

# 5. "The quarter" is the one just reported, but a forecast in a quarter's second or third month is for the
# current one; in its first month results are still reported for the last.
QUARTERS = [
    ("Profits fell in the quarter, the company reported.", dt.date(1993, 2, 10),
     [("the quarter", "DATE", "1992-Q4", None)]),
    ("Profits in the quarter will rise, the company said.", dt.date(1987, 2, 10),
     [("the quarter", "DATE", "1987-Q1", None)]),
    ("The company will report a loss for the quarter.", dt.date(1987, 1, 12),
     [("the quarter", "DATE", "1986-Q4", None)]),
]

# 6. Weeks: the nth week of a month is the ISO week of its middle day (the 4th, 11th, 18th, 25th);
# "the past week" is the seven days up to now, a duration.
WEEKS = [
    ("Exports rose in the third week of February.", dt.date(1987, 3, 2),
     [("the third week of February", "DATE", "1987-W08", None)]),
    ("Exports rose in the fourth week of February.", dt.date(1987, 3, 2),
     [("the fourth week of February", "DATE", "1987-W09", None)]),
    ("The vote falls in the last week of June.", dt.date(2011, 1, 5),
     [("the last week of June", "DATE", "2011-W26", None)]),
    ("Prices rose 3 percent over the past week.", dt.date(2025, 10, 22),
     [("the past week", "DURATION", "P1W", None)]),
    ("The past week has been hard for the team.", dt.date(2025, 10, 22),
     [("The past week", "DURATION", "P1W", None)]),
    ("Sales slowed last week, traders said.", dt.date(2025, 10, 22),
     [("last week", "DATE", "2025-W42", None)]),
]

# 7. An accounting year named with its year after it is one expression, valued by its first year.
FISCAL = [
    ("Exports reached 2 mln tonnes in the fiscal year 1987/88.", dt.date(1987, 3, 2),
     [("the fiscal year 1987/88", "DATE", "1987", None)]),
    ("The financial year 2019-20 closed with a loss.", dt.date(2021, 3, 2),
     [("The financial year 2019-20", "DATE", "2019", None)]),
    ("In the budget year 1990 spending rose.", dt.date(1991, 3, 2),
     [("the budget year 1990", "DATE", "1990", None)]),
    ("Revenue for fiscal 1988 is expected to rise.", dt.date(1987, 3, 2),
     [("fiscal 1988", "DATE", "1988", None)]),
]

# 9. A month after a mishap ("the tornadoes in April") is behind the writer, whatever the verb.
MISHAPS = [
    ("Insurers are still paying claims from the tornadoes in April.", dt.date(2011, 10, 5),
     [("April", "DATE", "2011-04", None)]),
    ("The town will rebuild after the floods in March.", dt.date(2012, 2, 10),
     [("March", "DATE", "2011-03", None)]),
    ("Survivors of the riots of August will testify.", dt.date(2012, 6, 10),
     [("August", "DATE", "2011-08", None)]),
    ("Engineers will test the storm barrier in April.", dt.date(2012, 2, 10),
     [("April", "DATE", "2012-04", None)]),
]

CASES = ADJECTIVES + MONTHS + SEASONS + NOT_TIMES + QUARTERS + WEEKS + FISCAL + MISHAPS


@pytest.mark.parametrize(("text", "dct", "expected"), CASES, ids=ids(CASES))
def test_news15(text, dct, expected):
    assert rows(text, dct) == expected


def test_fiscal_year_span_ends_a_year_later():
    (found,) = tag("Output in the fiscal year 1987/88 fell.", dct=dt.date(1987, 3, 2))
    assert (found.value, found.end_value) == ("1987", "1988")


# 8. The end of one period and the start of the next, joined by "and", are one span; two periods apart stay
# two.
SPANS = [
    ("For half a century in the late 18th and early 19th centuries, the port bustled.", [("17", "18")]),
    ("The dam was built in late 1960 and early 1961 by a state company.", [("1960", "1961")]),
    ("The talks stalled in late 1990 and early 1995, officials said.", [("1990", None), ("1995", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=ids(SPANS))
def test_end_and_start_span(text, expected):
    found = dating.find(text, tag(text, dct=dt.date(2020, 1, 1)))
    assert [(d.when.value, d.when.end_value) for d in found] == expected


def test_past_week_dates_the_seven_days_to_the_document_date():
    text = "In the past week two banks failed."
    (timex,) = tag(text, dct=dt.date(1997, 4, 18))
    assert (timex.type, timex.value, timex.end_value) == ("DURATION", "P1W", "1997-04-18")
    (dated,) = dating.find(text, [timex])
    assert (dated.when.start, dated.when.end) == (dt.date(1997, 4, 11), dt.date(1997, 4, 18))
