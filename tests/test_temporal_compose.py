"""Table-driven tests of timeline.temporal.compose: "the day" counted from the date that follows it.

The document date is Wednesday 22 October 2025. Each row: (text, expected [(extent, type, value, anchor)]);
an anchor "next" means the expression right after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.temporal import tag

DCT = dt.date(2025, 10, 22)

CASES = [
    (
        "The day before last Tuesday's hearing, he resigned.",
        [("The day", "DATE", "2025-10-20", "next"), ("last Tuesday", "DATE", "2025-10-21", "dct")],
    ),
    (
        "The week following Easter 2024 was quiet.",
        [("The week", "DATE", "2024-W14", "next"), ("Easter 2024", "DATE", "2024-03-31", None)],
    ),
    (
        "The year after May 3, 2020, the mine reopened.",
        [("The year", "DATE", "2021", "next"), ("May 3, 2020", "DATE", "2020-05-03", None)],
    ),
    (
        "Shops were full the day ahead of Christmas 2024.",
        [("the day", "DATE", "2024-12-24", "next"), ("Christmas 2024", "DATE", "2024-12-25", None)],
    ),
    (
        "The talks ended the day prior to March 3, 2024.",
        [("the day", "DATE", "2024-03-02", "next"), ("March 3, 2024", "DATE", "2024-03-03", None)],
    ),
    (
        # a month known only to its year: some week of it, not a made-up one
        "The week after March 2020 the schools closed.",
        [("The week", "DATE", "2020-WXX", "next"), ("March 2020", "DATE", "2020-03", None)],
    ),
    (
        # TimeML keeps a counted duration a DURATION: "two days" does not become a date
        "She arrived two days before March 3, 2024.",
        [("two days", "DURATION", "P2D", None), ("March 3, 2024", "DATE", "2024-03-03", None)],
    ),
    (
        # no link word between them: the two stay independent
        "The day was cold; on March 3, 2024 it snowed.",
        [("The day", "DATE", "2025-10-22", "dct"), ("March 3, 2024", "DATE", "2024-03-03", None)],
    ),
    (
        # "the day" after a year names some day of that year, not its first day
        "The plant opened in 1990. The day it opened was cold.",
        [("1990", "DATE", "1990", None), ("The day", "DATE", "1990-XX-XX", "t1")],
    ),
]


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    timexes = tag(text, dct=DCT)
    rows = []
    for index, timex in enumerate(timexes):
        following = timexes[index + 1].tid if index + 1 < len(timexes) else None
        anchor = "next" if timex.anchor is not None and timex.anchor == following else timex.anchor
        rows.append((timex.text, timex.type, timex.value, anchor))
    return rows


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[case[0][:40] for case in CASES])
def test_the_unit_counts_from_the_date_after_it(text, expected):
    assert _found(text) == expected
