"""Table-driven tests of round 13, mined from disagreements with machine annotation of unseen news:
a paper called a "daily", a range of counts in a set ("every 2-3 years"), and the misses found there.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match. The document date is Thursday
6 November 2025 (ISO week 45).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

DCT = dt.date(2025, 11, 6)


# "daily" as a noun is a newspaper: after a kind of paper ("the business daily", "a leading daily") or a
# paper's name ("the Le Monde daily", "the People's Daily"), before a reporting verb, a place or the end of
# the phrase. As an adverb or before its noun it stays a set.
PAPERS = [
    ("The plan was reported by the business daily on Monday.", [("Monday", "DATE", "2025-11-03", None)]),
    ('"We are not worried," the official told the financial daily.', []),
    ("The survey, published by the Le Monde daily, found wide support.", []),
    ("The minister was cited by the Gulf Daily as having agreed.", []),
    ("A leading daily in Madrid carried the story.", []),
    ("The ministry briefs its partners on the talks daily, he said.", [("daily", "SET", "P1D", None)]),
    ("Trains leave Paris daily in June.", [("daily", "SET", "P1D", None), ("June", "DATE", "2025-06", None)]),
    ("Rebel daily raids continue in the north.", [("daily", "SET", "P1D", None)]),
]


# A range of counts written with a dash inside a set is one set of unknown period, like "every five to
# eight years"; outside a set the two ends of "10-12 hours" are annotated apart, as before.
DASHED_RANGE_SETS = [
    ("The fair is held every 2-3 years.", [("every 2-3 years", "SET", "PXY", None)]),
    ("Nurses check the ward every 10–15 minutes.", [("every 10–15 minutes", "SET", "PTXM", None)]),
    ("Delivery takes 2-3 weeks.", [("3 weeks", "DURATION", "P3W", None)]),
]


# "the final days of the year" is the year's end (mod END), "the first weeks of March" its start: the few
# days name a part of the period, not a span of their own. "the early hours of" stays with the part of the
# day it names.
PERIOD_EDGES = [
    ("Sales jump in the final days of the year.", [("the final days of the year", "DATE", "2025", "END")]),
    ("Troops left in the last few weeks of 2004.", [("the last few weeks of 2004", "DATE", "2004", "END")]),
    ("Snow fell in the first days of March.", [("the first days of March", "DATE", "2025-03", "START")]),
    (
        "The deal closed in the final hours of Friday.",
        [("the final hours of Friday", "DATE", "2025-10-31", "END")],
    ),
]


# "all year long": one whole unit (a bare "all day" stays untagged, as TimeBank leaves it); "the following
# days", "all these years", "the months to come": an unknown count of the unit; "a while ago" is the past.
SPANS = [
    ("The museum drew crowds all year long.", [("all year long", "DURATION", "P1Y", None)]),
    ("It rained all night long.", [("all night long", "DURATION", "P1D", None)]),
    ("Protests went on in the following days.", [("the following days", "DURATION", "PXD", None)]),
    ("After all these years, the song still sells.", [("all these years", "DURATION", "PXY", None)]),
    ("They will pass the months to come in exile.", [("the months to come", "DURATION", "PXM", None)]),
    ("These days few people write letters.", [("These days", "DATE", "PRESENT_REF", None)]),
    ("The two firms agreed a while ago.", [("a while ago", "DATE", "PAST_REF", None)]),
]


# "pre-dawn" and "predawn" name the small hours, like "the early hours": the start of that day's morning
# (TIME, TMO, mod START) when a day is named or the pre-dawn hours are spoken of; as an adjective with no
# day ("a pre-dawn raid") they name no time, as TimeBank leaves them.
PRE_DAWN = [
    ("Troops moved in pre-dawn Monday.", [("pre-dawn Monday", "TIME", "2025-11-03TMO", "START")]),
    (
        "Fire broke out in the predawn hours of Sunday.",
        [("the predawn hours of Sunday", "TIME", "2025-11-02TMO", "START")],
    ),
    ("Police made a pre-dawn raid on Tuesday.", [("Tuesday", "DATE", "2025-11-04", None)]),
    ("A predawn blaze gutted the mill.", []),
    (
        "Water was cut at wee hours on Wednesday.",
        [("wee hours on Wednesday", "TIME", "2025-11-05TMO", "START")],
    ),
    ("A small hours-long delay followed.", [("hours-long", "DURATION", "PTXH", None)]),
]


# "every afternoon", "each night": that part of every day (SET XXXX-XX-XXTAF), not a time of today nor a
# whole day; a count of nights stays a span of days.
PARTS_EVERY_DAY = [
    ("She trains every afternoon.", [("every afternoon", "SET", "XXXX-XX-XXTAF", None)]),
    ("Guards patrol the gate each morning.", [("each morning", "SET", "XXXX-XX-XXTMO", None)]),
    ("He calls home every night.", [("every night", "SET", "XXXX-XX-XXTNI", None)]),
    ("The nurse comes every other night.", [("every other night", "SET", "P2D", None)]),
]


# Misses mined from unseen news: a hyphenated half ("three-and-a-half years"), "in future" (from now on,
# like "in the future"), an accounting year by another name ("the last financial year", "the previous
# budget year" are dates like "the last fiscal year"), the holiday and festive seasons (a season of the
# year, like "the shopping season").
MINED_MISSES = [
    ("The mine was shut three-and-a-half years.", [("three-and-a-half years", "DURATION", "P3Y6M", None)]),
    ("The talks lasted two-and-a-half hours.", [("two-and-a-half hours", "DURATION", "PT2H30M", None)]),
    ("Checks will be tighter in future, she said.", [("future", "DATE", "FUTURE_REF", None)]),
    ("Prices were flat during the last financial year.", [("the last financial year", "DATE", "2024", None)]),
    ("Growth in the previous budget year was weak.", [("the previous budget year", "DATE", "2024", None)]),
    ("Profit rose over the past fiscal year.", [("the past fiscal year", "DATE", "2024", None)]),
    ("Profit rose over the past year.", [("the past year", "DURATION", "P1Y", None)]),
    ("Stores hired extra staff for the festive season.", [("the festive season", "DATE", "2025", None)]),
    ("Retailers expect a weak holiday season.", [("holiday season", "DATE", "2025", None)]),
    ("Players keep fit over the festive period.", [("the festive period", "DATE", "2025", None)]),
    ("The trial period ended early.", []),
    ("Pay is fixed for the rest of the financial year.", [("the financial year", "DATE", "2025", None)]),
]


# "a quarter century" is a quarter of one, the "of a" left out; a bound before a fraction belongs to it,
# as before a count ("more than four hours").
FRACTIONS = [
    (
        "The lighthouse stood empty for more than a quarter century.",
        [("more than a quarter century", "DURATION", "P25Y", "MORE_THAN")],
    ),
    ("The feud lasted a quarter-century.", [("a quarter-century", "DURATION", "P25Y", None)]),
    ("It lasted nearly half a century.", [("nearly half a century", "DURATION", "P50Y", "APPROX")]),
    ("Profit rose in the quarter.", [("the quarter", "DATE", "2025-Q3", None)]),
]


# In news, "the day" after a date coarser than a day is the day of the report ("a party elected in 2005
# ... earlier in the day"), not some day of that year; after a named day it is that day. Before a weekday
# ("during the day Friday") the weekday alone names the day, as TimeBank tags it.
NEWS_DAY = [
    (
        "MPs met on Thursday. The party, in power since 2005, lost a vote. Earlier in the day, it met.",
        [
            ("Thursday", "DATE", "2025-11-06", None),
            ("2005", "DATE", "2005", None),
            ("the day", "DATE", "2025-11-06", None),
        ],
    ),
    (
        "Rebels took the town on Monday. Later in the day, troops arrived.",
        [("Monday", "DATE", "2025-11-03", None), ("the day", "DATE", "2025-11-03", None)],
    ),
    ("During the day Friday, the boy played outside.", [("Friday", "DATE", "2025-10-31", None)]),
    ("The senator spent the day at home with her grandchildren.", [("the day", "DATE", "2025-11-06", None)]),
]


# Spurious tags found among our own: a holiday's name before a thing made or sold for it ("Christmas
# trees", "Easter eggs") is no day; in a title ("Christmas Gift Guide") it is kept. A weekday between
# "said" and the speaker's name ("said Monday John Smith") is a day, not part of a name. A batsman's
# "century" or "half-century" after a verb of batting is runs, not a hundred years. A half with no article
# among words of a match ("a dour first half", "first half goals") is a half of the match, as a bare
# quarter already was.
SPOT_CHECKS = [
    ("Exports of Christmas trees rose sharply.", []),
    ("Sales of Easter eggs fell before Easter.", [("Easter", "DATE", "2025-04-20", None)]),
    ("The Christmas Gift Guide is out.", [("Christmas", "DATE", "2025-12-25", None)]),
    ("Shops will close on Christmas.", [("Christmas", "DATE", "2025-12-25", None)]),
    ("The case is closed, said Monday John Smith, the director.", [("Monday", "DATE", "2025-11-03", None)]),
    ("He told the Sunday Times the case was closed.", []),
    ("The opener hit a half-century before lunch.", []),
    ("The captain made a century in the second innings.", []),
    ("The firm made a century of progress.", [("a century", "DURATION", "P100Y", None)]),
    ("He became the first rookie in a century to score twice.", [("a century", "DURATION", "P100Y", None)]),
    ("First half goals from the striker sealed the win.", []),
    ("A scrappy first half saw few shots on goal.", []),
    ("First half profits rose 8 percent.", [("First half", "DATE", "2025-H1", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PAPERS, ids=ids(PAPERS))
def test_papers_called_daily(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), DASHED_RANGE_SETS, ids=ids(DASHED_RANGE_SETS))
def test_dashed_range_sets(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), PERIOD_EDGES, ids=ids(PERIOD_EDGES))
def test_period_edges(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=ids(SPANS))
def test_spans(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), PRE_DAWN, ids=ids(PRE_DAWN))
def test_pre_dawn(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), PARTS_EVERY_DAY, ids=ids(PARTS_EVERY_DAY))
def test_parts_of_every_day(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), MINED_MISSES, ids=ids(MINED_MISSES))
def test_mined_misses(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), NEWS_DAY, ids=ids(NEWS_DAY))
def test_the_day_in_news(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), FRACTIONS, ids=ids(FRACTIONS))
def test_fractions(text, expected):
    assert rows(text, DCT) == expected


@pytest.mark.parametrize(("text", "expected"), SPOT_CHECKS, ids=ids(SPOT_CHECKS))
def test_spot_checks(text, expected):
    assert rows(text, DCT) == expected
