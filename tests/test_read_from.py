"""read_from.day_note: which day a relative date typed for a command was read from, and dates ahead."""

import datetime as dt

import pytest

from tests.timelines import sample
from timeline.models import Timeline
from timeline.read_from import ahead_note, day_note

OCT20 = dt.date(2025, 10, 20)
FEB1 = dt.date(2026, 2, 1)  # the latest document of sample()
AHEAD = ('; "Dec 28" has no year: read as the nearest, 28 December 2025, which is ahead '
         '(for the one before, give its year: "Dec 28 2024")')

CASES = [  # (--date or --from, --end or --to, reference, --as-of, timeline, the note)
    ("2017", None, OCT20, "2025-10-20", sample(), ""),
    ("2019", "June 2021", OCT20, None, sample(), ""),
    (None, None, OCT20, None, sample(), ""),
    ("yesterday", None, OCT20, "2025-10-20", sample(), '; "yesterday" read from --as-of, 20 October 2025'),
    ("2019", "yesterday", OCT20, "2025-10-20", sample(),
     '; "2019" to "yesterday" read from --as-of, 20 October 2025'),
    ("yesterday", None, OCT20, None, sample(),
     '; "yesterday" read from today, 20 October 2025 (the latest document is dated 1 February 2026: '
     '--as-of 2026-02-01 reads it from there)'),
    ("yesterday", None, FEB1, None, sample(), '; "yesterday" read from today, 1 February 2026'),
    ("yesterday", None, OCT20, None, Timeline(), '; "yesterday" read from today, 20 October 2025'),
    ("Dec 28", None, OCT20, "2025-10-20", sample(), '; "Dec 28" read from --as-of, 20 October 2025' + AHEAD),
]


@pytest.mark.parametrize(("date", "end", "reference", "as_of", "timeline", "note"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[3] and 'as-of'}-{len(c[4].documents)}" for c in CASES])
def test_day_note(date, end, reference, as_of, timeline, note):
    assert day_note(date, end, reference=reference, as_of=as_of, timeline=timeline) == note


AHEAD_CASES = [  # (typed dates, reference, the note)
    (("Dec 28", None), OCT20, AHEAD),
    ((None, "Dec 28"), OCT20, AHEAD),
    (("Dec 28", None), dt.date(2026, 1, 3), ""),  # the one just past
    (("tomorrow", None), OCT20, ""),  # moves with its reference: not a date without a year
    (("Dec 28 2025", None), OCT20, ""),
]


@pytest.mark.parametrize(("typed", "reference", "note"), AHEAD_CASES,
                         ids=[f"{t[0]}-{t[1]}-{r}" for t, r, _ in AHEAD_CASES])
def test_ahead_note(typed, reference, note):
    assert ahead_note(*typed, reference=reference) == note
