import datetime as dt

import pytest

from timeline.temporal.intervals import interval

D = dt.date

CASES = [
    ("2017", None, (D(2017, 1, 1), D(2017, 12, 31), "year")),
    ("2017-10", None, (D(2017, 10, 1), D(2017, 10, 31), "month")),
    ("2024-02", None, (D(2024, 2, 1), D(2024, 2, 29), "month")),
    ("2025-10-25", None, (D(2025, 10, 25), D(2025, 10, 25), "day")),
    ("2025-W43", None, (D(2025, 10, 20), D(2025, 10, 26), "week")),
    ("2025-W43-WE", None, (D(2025, 10, 25), D(2025, 10, 26), "week")),  # the weekend: Saturday and Sunday
    ("2026-W01-WE", None, (D(2026, 1, 3), D(2026, 1, 4), "week")),
    ("2013-Q1", None, (D(2013, 1, 1), D(2013, 3, 31), "quarter")),
    ("2013-H2", None, (D(2013, 7, 1), D(2013, 12, 31), "half")),
    ("2013-SU", None, (D(2013, 6, 1), D(2013, 8, 31), "season")),
    ("2013-WI", None, (D(2013, 12, 1), D(2014, 2, 28), "season")),
    ("199", None, (D(1990, 1, 1), D(1999, 12, 31), "decade")),
    ("19", None, (D(1900, 1, 1), D(1999, 12, 31), "century")),
    ("2013-03-22T14:00", None, (D(2013, 3, 22), D(2013, 3, 22), "time")),
    ("2013-03-22TEV", None, (D(2013, 3, 22), D(2013, 3, 22), "time")),
    ("2019", "START", (D(2019, 1, 1), D(2019, 4, 30), "year")),
    ("2019", "MID", (D(2019, 5, 1), D(2019, 8, 31), "year")),
    ("2025-10", "START", (D(2025, 10, 1), D(2025, 10, 10), "month")),
    ("2013-WI", "END", (D(2014, 2, 1), D(2014, 2, 28), "season")),
    ("2019", "END", (D(2019, 9, 1), D(2019, 12, 31), "year")),
    ("2019", "APPROX", (D(2019, 1, 1), D(2019, 12, 31), "year")),
    ("XXXX-10", None, None),
    ("PRESENT_REF", None, None),
    ("P3Y", None, None),
    ("2019-02-30", None, None),
]


@pytest.mark.parametrize(("value", "mod", "expected"), CASES, ids=[f"{v}-{m}" for v, m, _ in CASES])
def test_interval(value, mod, expected):
    assert interval(value, mod) == expected
