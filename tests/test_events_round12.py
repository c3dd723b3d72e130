"""Round 12 (invented text): datelines of any outlet, and dates that belong to another clause or phrase."""

import datetime as dt

import pytest

from timeline import datelines, events, segment, temporal
from timeline.models import Document

DCT = dt.date(2024, 10, 3)

# (id, article, its dateline as segment.sentences cuts it off, the titles of its events).
DATELINE_CASES = [
    (
        "a local paper's dateline with a year",
        "FENWICK, Oct. 3, 2024 (Valley Post) -- Crews began clearing the coast road on Tuesday.",
        "FENWICK, Oct. 3, 2024 (Valley Post) --",
        ["Crews began clearing the coast road"],
    ),
    (
        "a place in title case, a region, an em dash",
        "Port Ellis, Maine, Oct. 3 (Harbor Gazette) — The ferry resumed service on Tuesday.",
        "Port Ellis, Maine, Oct. 3 (Harbor Gazette) —",
        ["The ferry resumed service"],
    ),
    (
        "a day before the month, no outlet, a hyphen",
        "Fenwick, 3 October 2024 - The library reopened on Tuesday after repairs.",
        "Fenwick, 3 October 2024 -",
        ["The library reopened after repairs"],
    ),
    (
        "the outlet before the date",
        "FENWICK (Valley Post), Oct. 3, 2024 -- The town council approved the budget on Tuesday.",
        "FENWICK (Valley Post), Oct. 3, 2024 --",
        ["The town council approved the budget"],
    ),
    (
        "no space before the outlet",
        "FENWICK, Oct. 3(Valley Post)-- The town council approved the budget on Tuesday.",
        "FENWICK, Oct. 3(Valley Post)--",
        ["The town council approved the budget"],
    ),
    (
        "a dateline after a headline line",
        "Council approves budget\nFENWICK, Oct. 3, 2024 (Valley Post)—The town council approved the budget "
        "on Tuesday.",
        "FENWICK, Oct. 3, 2024 (Valley Post)—",
        ["The town council approved the budget"],
    ),
]


@pytest.mark.parametrize(
    "text, line, titles", [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES]
)
def test_dateline_of_any_outlet(text, line, titles):
    document = Document(id="doc", text=text, date=DCT)
    found = events.extract(document, temporal.tag(text, dct=DCT))
    assert line in [text[s:e] for s, e in segment.sentences(text)]
    assert [e.title for e in found] == titles
    assert [e.when.value for e in found] == ["2024-10-01"]  # Tuesday, not the dateline's day


# (id, text that opens with no dateline).
NO_DATELINE_CASES = [
    ("a weekday opens a live entry, no dateline", "Tuesday, Oct. 1 - The council voted to close the pool."),
    ("a day range is no dash", "The pool was shut Oct. 1-3 for repairs."),
    ("a dash inside a sentence", "Sales rose sharply, the shop said - a record for October."),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_DATELINE_CASES], ids=[c[0] for c in NO_DATELINE_CASES])
def test_no_dateline(text):
    assert datelines.dateline(text, 0, len(text)) is None


def tagged(text: str, dct: dt.date | None) -> list[tuple[str, str]]:
    """Return (value, title) of the events of `text`, tagged by the real tagger."""
    document = Document(id="doc", text=text, date=dct)
    return [(e.when.value, e.title) for e in events.extract(document, temporal.tag(text, dct=dct))]


# (id, text, document date, expected (value, title) of its events).
DATE_CASES = [
    (
        "'last year' in an undated document is not chained from a year in the text, nor its month",
        "She bought the house in 1994. Last year the water turned green in August.",
        None,
        [("1994", "She bought the house")],
    ),
    (
        "'this year' and 'two years ago' in an undated document date nothing",
        "The mill closed in 1987. This year the roof fell in. Two years ago the river flooded it.",
        None,
        [("1987", "The mill closed")],
    ),
    (
        "an anaphoric date still chains in an undated document",
        "The mill closed in 1987. A year later the roof collapsed.",
        None,
        [("1987", "The mill closed"), ("1988", "The roof collapsed")],
    ),
    (
        "with a document date, 'last year' counts from it",
        "She bought the house in 1994. Last year the water turned green.",
        dt.date(2024, 6, 20),
        [("1994", "She bought the house"), ("2023", "The water turned green")],
    ),
    (
        "'this year' beside a narrower date of the same clause makes no event of its own",
        "On Saturday the club held its first open day this year.",
        dt.date(2024, 6, 20),
        [("2024-06-15", "The club held its first open day")],
    ),
    (
        "a year that a month was read from makes no event of its own",
        "In 2019 the plant opened in March.",
        dt.date(2024, 6, 20),
        [("2019-03", "The plant opened")],
    ),
    (
        "a front 'last year,' restated by the month of its clause makes no event of its own",
        "Last year, the water of the lake turned green in August.",
        dt.date(2024, 6, 20),
        [("2023-08", "The water of the lake turned green")],
    ),
    (
        "'last year' and a month of another occurrence in the clause both stay",
        "Sales fell last year after a strike in August.",
        dt.date(2024, 6, 20),
        [("2023", "Sales fell after a strike"), ("2023-08", "Sales fell after a strike")],
    ),
    (
        "two dates joined by 'and' date two occurrences",
        "The mayor met the ferry owners ten days ago and the union last week.",
        dt.date(2024, 6, 20),
        [
            ("2024-06-10", "The mayor met the ferry owners"),  # each its own words (round 47)
            ("2024-W24", "The mayor met the union"),
        ],
    ),
    (
        "'this year' in another clause keeps its event",
        "Prices rose this year, and on Saturday the bank raised rates.",
        dt.date(2024, 6, 20),
        [("2024", "Prices rose"), ("2024-06-15", "The bank raised rates")],
    ),
    (
        "'this year through August' is a stretch of the year, not restated by August",
        "Sales of the shop barely changed this year through August.",
        dt.date(2024, 10, 3),
        [("2024", "Sales of the shop barely changed"), ("2024-08", "Sales of the shop barely changed")],
    ),
    (
        "a date after 'from' on a plural noun says which maps: no 1890 event",
        "Engineers compared maps from 1890.",
        dt.date(2024, 6, 20),
        [],
    ),
    (
        "a date after 'of' on a noun keeps the noun in the title and dates nothing",
        "The council published a report of 2019 on Monday.",
        dt.date(2024, 6, 20),
        [("2024-06-17", "The council published a report of 2019")],
    ),
    (
        "an occurrence noun before 'of' keeps its date",
        "The floods of 1953 killed hundreds.",
        dt.date(2024, 6, 20),
        [("1953", "The floods killed hundreds")],
    ),
    (
        "'that of 2019' names a figure by its period: no 2019 event",
        "Exports of raw wool from the northern ports reached 9 million dollars last year, more than "
        "doubling that of 2019.",
        dt.date(2024, 6, 20),
        [("2023", "Exports of raw wool from the northern ports reached 9 million dollars")],
    ),
    (
        "a singular noun without a determiner is no origin: 'in office from 1990'",
        "He served in office from 1990.",
        dt.date(2024, 6, 20),
        [("1990", "He served in office")],
    ),
]


@pytest.mark.parametrize("text, dct, expected", [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES])
def test_dates_of_clauses(text, dct, expected):
    assert tagged(text, dct) == expected
