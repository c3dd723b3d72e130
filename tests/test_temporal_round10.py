"""Table-driven tests of round 10: the writer's future inside a story, quarters whose results are reported,
live-blog clock times, "another winter", present-tense "as of", holiday periods, fixtures.

Every sentence is invented. Values follow the TIMEX3 guidelines. Each row: (text, expected [(extent,
type, value, mod), ...] in text order); the whole list must match.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import rows

# A life told from 1940 on, then what is still to come: a date under "will" lies ahead of the writer,
# not in the story's last year. The document date is Saturday 9 August 2025.
_LIFE = "Born in Lyon on 3 March 1940, he ran a bakery from 1961. He sold it on 4 April 1990. "
OBITUARY = [
    (
        _LIFE + "A funeral will be held on August 21.",
        [("August 21", "DATE", "2025-08-21", None)],
    ),
    (
        _LIFE + "His ashes will be scattered in October.",
        [("October", "DATE", "2025-10", None)],
    ),
    (
        _LIFE + "A wake will take place on Tuesday.",
        [("Tuesday", "DATE", "2025-08-12", None)],
    ),
    (
        _LIFE + "Friends say they'll gather again in June.",
        [("June", "DATE", "2026-06", None)],
    ),
    # the story's own plans keep the story's year
    (
        _LIFE + "He had planned to retire in June.",
        [("June", "DATE", "1990-06", None)],
    ),
    (
        _LIFE + "A buyer took over the ovens on May 2.",
        [("May 2", "DATE", "1990-05-02", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBITUARY, ids=[text[len(_LIFE) :] for text, _ in OBITUARY])
def test_future_in_a_story(text, expected):
    story = [
        ("3 March 1940", "DATE", "1940-03-03", None),
        ("1961", "DATE", "1961", None),
        ("4 April 1990", "DATE", "1990-04-04", None),
    ]
    assert rows(text, dt.date(2025, 8, 9)) == story + expected
