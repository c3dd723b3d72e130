"""Round 32 (invented): one sentence gives one title at most one date of another verb: a telling's date, a
wait's end ("until Wednesday"), a year naming an occurrence, a date of a relative clause go; consecutive
listed days become one event over the interval, days with a gap stay apart."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected events as (value, end_value, title)).
CASES = [
    (
        "a telling's date after the news date goes",
        "Bond yields declined this week, the central bank reported Wednesday in its weekly survey.",
        [("this week", "DATE", "2025-W43"), ("Wednesday", "DATE", "2025-10-22")],
        [("2025-W43", None, "Bond yields declined")],
    ),
    (
        "the date of a relative clause's verb goes",
        "The mayor was expected to rule on Monday on the permit of the tower, whose demolition is scheduled "
        "for early Tuesday.",
        [("on Monday", "DATE", "2025-10-20"), ("early Tuesday", "DATE", "2025-10-21")],
        [("2025-10-20", None, "The mayor was expected to rule on the permit of the tower")],
    ),
    (
        "a wait's end goes",  # as the adjournment; it dates the hearing's new day (moved_dates, session 19)
        "The hearing was adjourned Monday until Wednesday, a court clerk said.",
        [("Monday", "DATE", "2025-10-20"), ("Wednesday", "DATE", "2025-10-22")],
        [("2025-10-20", None, "The hearing was adjourned"),
         ("2025-10-22", None, "The hearing is now scheduled")],
    ),
    (
        "a year naming an occurrence goes beside the day",
        "The 2030 Winter Games will open on Friday in the capital.",
        [("2030", "DATE", "2030"), ("on Friday", "DATE", "2025-10-24")],
        [("2025-10-24", None, "The Winter Games will open in the capital")],
    ),
    (
        "three consecutive days are one event",
        "Bakers stayed closed on Thursday, Friday and Saturday.",
        [("Thursday", "DATE", "2025-10-23"), ("Friday", "DATE", "2025-10-24"),
         ("Saturday", "DATE", "2025-10-25")],
        [("2025-10-23", "2025-10-25", "Bakers stayed closed")],
    ),
    (
        "two consecutive years are one event",
        "Droughts ruined the wheat harvest in 2011 and 2012.",
        [("2011", "DATE", "2011"), ("2012", "DATE", "2012")],
        [("2011", "2012", "Droughts ruined the wheat harvest")],
    ),
    (
        "days with a gap stay apart",
        "Dockers went on strike on Monday and Thursday.",
        [("Monday", "DATE", "2025-10-20"), ("Thursday", "DATE", "2025-10-23")],
        [("2025-10-20", None, "Dockers went on strike"), ("2025-10-23", None, "Dockers went on strike")],
    ),
    (
        "years with a gap stay apart",
        "She won the cup twice, in 1998 and in 2004.",
        [("1998", "DATE", "1998"), ("2004", "DATE", "2004")],
        [("1998", None, "She won the cup twice"), ("2004", None, "She won the cup twice")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round32_events(text, marks, expected):
    events = run(text, marks)
    assert [(e.when.value, e.when.end_value, e.title) for e in events] == expected


def test_a_joined_list_spans_its_phrases():
    text = "Dockers went on strike on Thursday and Friday."
    (event,) = run(text, [("Thursday", "DATE", "2025-10-23"), ("Friday", "DATE", "2025-10-24")])
    timex = event.evidence[0].timex
    expected = ("Thursday and Friday", "2025-10-24", "2025-10-24")
    assert (timex.text, timex.end_value, str(event.when.end)) == expected
    assert text[timex.start : timex.end] == timex.text
