"""A merged event takes its words from the copy that reports what happened, not from a forecast of it."""

import datetime as dt

import pytest

from timeline.forecasts import FORECASTS, forecast_pair, forecasts
from timeline.models import Document
from timeline.pipeline import events_of, extract_documents

# (id, the forecast and its article's date, the report and its article's date (None: undated), the title).
CASES = [
    ("an expectation, read in an older article",
     ("Construction is expected to begin in May, officials said.", (2024, 3, 5)),
     ("Construction began in May 2024, the city said.", (2024, 6, 10)), "Construction began"),
    ("a schedule, read in a newer article",
     ("The museum is scheduled to reopen on September 12, 2024, its director said.", (2024, 9, 20)),
     ("The museum reopened on September 12, 2024, staff said.", (2024, 9, 13)), "The museum reopened"),
    ("a plan, read in a newer article",
     ("Dock workers plan to strike on October 3, 2024, the union said.", (2024, 10, 5)),
     ("Dock workers went on strike on October 3, 2024.", (2024, 10, 4)), "Dock workers went on strike"),
    ("a 'will', against an undated report",
     ("The new line will open to passengers on 2 April 2025, the operator said.", (2025, 4, 9)),
     ("The new line opened to passengers on 2 April 2025.", None), "The new line opened to passengers"),
]


@pytest.mark.parametrize("forecast, report, title", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
@pytest.mark.parametrize("report_first", [False, True])
def test_the_report_titles_the_merged_event(forecast, report, title, report_first):
    docs = [Document(id="plan", text=forecast[0], date=dt.date(*forecast[1])),
            Document(id="told", text=report[0], date=dt.date(*report[1]) if report[1] else None)]
    (event,) = extract_documents(docs[::-1] if report_first else docs).events
    assert event.title == title
    assert [e.document for e in event.evidence] == ["told", "plan"]  # both kept, the report first


@pytest.mark.parametrize("pattern, example", FORECASTS)
def test_every_forecast_row_matches_its_example(pattern, example):
    assert forecasts(example)


@pytest.mark.parametrize("title", ["Construction began", "The museum reopened as scheduled",
                                   "Dock workers went on strike as planned", "The willow was cut down"])
def test_a_report_is_no_forecast(title):
    assert not forecasts(title)


# (id, the first twin's document and text, the second's, what forecast_pair says of them)
PAIRS = [
    ("a forecast and a report in two documents", ("plan", "The museum will reopen on September 12, 2024."),
     ("told", "The museum reopened on September 12, 2024."), (True, False)),
    ("the same two in one document: read alike", ("story", "The museum will reopen on September 12, 2024."),
     ("story", "The museum reopened on September 12, 2024."), (False, False)),
    ("two reports in two documents", ("one", "The museum reopened on September 12, 2024."),
     ("two", "The museum reopened its doors on September 12, 2024."), (False, False)),
]


@pytest.mark.parametrize("first, second, expected", [c[1:] for c in PAIRS], ids=[c[0] for c in PAIRS])
def test_forecast_pair(first, second, expected):
    kept, event = (events_of(Document(id=name, text=text, date=dt.date(2024, 9, 1)))[0]
                   for name, text in (first, second))
    assert forecast_pair(kept, event) == expected
