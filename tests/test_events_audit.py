"""Event-layer defects found by the QA audit of main, one table row each (all sentences invented)."""

import datetime as dt

import pytest

from tests.test_events import timex
from timeline import merge
from timeline.events import extract
from timeline.models import Document

DCT = dt.date(2025, 3, 14)


def run(text: str, marks: list[tuple]) -> list:
    """Extract and deduplicate the events of `text`, expressions as (phrase, type, value[, fields]).

    Routine tellings are kept: rows here check how a telling is titled ("A manager said ...").
    """
    found = [timex(text, m[0], m[1], m[2], **(m[3] if len(m) > 3 else {})) for m in marks]
    return merge.dedupe(extract(Document(id="doc", text=text, date=DCT), found, tellings="all"))


# (id, text, expressions as the tagger gives them, expected (start, end, title) of each event).
CASES = [
    (
        "a publication line is page metadata, no event",
        "Published March 3, 2025 at 10:15 a.m.\nThe river fell below flood level on Tuesday.",
        [("March 3, 2025", "DATE", "2025-03-03"), ("10:15 a.m.", "TIME", "2025-03-14T10:15"),
         ("Tuesday", "DATE", "2025-03-11")],
        [("2025-03-11", "2025-03-11", "The river fell below flood level")],
    ),
    (
        "an update line is page metadata",
        "Updated: March 4, 2025\nThe council approved the budget on Monday.",
        [("March 4, 2025", "DATE", "2025-03-04"), ("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "The council approved the budget")],
    ),
    (
        "a byline with a date is page metadata",
        "By MARIA LOPEZ | March 3, 2025\nThe council approved the budget on Monday.",
        [("March 3, 2025", "DATE", "2025-03-03"), ("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "The council approved the budget")],
    ),
    (
        "a photo credit and a read-more link are page metadata",
        "Photo: Jane Doe / Reuters, March 2, 2025\nRead more: How the 2024 floods changed the city\n"
        "The council approved the budget on Monday.",
        [("March 2, 2025", "DATE", "2025-03-02"), ("2024", "DATE", "2024"), ("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "The council approved the budget")],
    ),
    (
        "by a date opens a sentence, not a byline",
        "By Monday, the river had fallen below flood level.",
        [("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "The river had fallen below flood level")],
    ),
    (
        "a label word before a lowercase word is no metadata",
        "Posted guards stood at the gate on Monday.",
        [("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "Posted guards stood at the gate")],
    ),
    (
        "dateline with a full date is no event",
        "LIMA, Feb. 7, 2024 (AP) — A quake shook Peru on Tuesday.",
        [("Feb. 7, 2024", "DATE", "2024-02-07"), ("Tuesday", "DATE", "2024-02-06")],
        [("2024-02-06", "2024-02-06", "A quake shook Peru")],
    ),
    (
        "dateline with a day and month is no event, and leaves the title",
        "ROTTERDAM, March 14 (Reuters) - Dock workers walked out on Monday.",
        [("March 14", "DATE", "2025-03-14"), ("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "Dock workers walked out")],
    ),
    (
        "dateline before an undated sentence gives nothing",
        "LIMA, Feb. 7, 2024 (AP) — Rescue teams searched the rubble.",
        [("Feb. 7, 2024", "DATE", "2024-02-07")],
        [],
    ),
    (
        "said, a name with a particle and an apposition go",
        "We warned them on Monday, said Jan de Vries, a spokesman.",
        [("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "We warned them")],
    ),
    (
        "said, a titled name and an apposition go",
        "The plant will close in December, said Dr. Alan Reyes, the company's chief executive.",
        [("December", "DATE", "2025-12")],
        [("2025-12-01", "2025-12-31", "The plant will close")],
    ),
    (
        "a quotation dated by its attribution: the speaker said it",
        '"The plant will close in December," said Dr. Alan Reyes, the firm\'s chief executive, on Tuesday.',
        [("December", "DATE", "2025-12"), ("Tuesday", "DATE", "2025-03-11")],
        [
            ("2025-03-11", "2025-03-11", "Dr. Alan Reyes said the plant will close"),
            ("2025-12-01", "2025-12-31", "The plant will close"),
        ],
    ),
    (
        "a plural speaker without a determiner goes",
        "Talks with employers will resume on Monday, union leaders said.",
        [("Monday", "DATE", "2025-03-17")],
        [("2025-03-17", "2025-03-17", "Talks with employers will resume")],
    ),
    (
        "a common word capitalized after said is lowercased",
        "The central bank stated on Tuesday Inflation has eased.",
        [("Tuesday", "DATE", "2025-03-11")],
        [("2025-03-11", "2025-03-11", "The central bank stated inflation has eased")],
    ),
    (
        "a name after said keeps its capital",
        "The minister stated on Tuesday Britain has left.",
        [("Tuesday", "DATE", "2025-03-11")],
        [("2025-03-11", "2025-03-11", "The minister stated Britain has left")],
    ),
    (
        "a dated subordinate clause is its own event, and leaves the main title",
        "The new flood barrier opened on Monday, ten years after construction began in 2015.",
        [("Monday", "DATE", "2025-03-10"), ("2015", "DATE", "2015")],
        [
            ("2015-01-01", "2015-12-31", "Construction began"),
            ("2025-03-10", "2025-03-10", "The new flood barrier opened"),
        ],
    ),
    (
        "when right after a date describes that date",
        "Unlike Thursday, when police arrested 40 people, the crowd was calm on Friday.",
        [("Thursday", "DATE", "2025-03-13"), ("Friday", "DATE", "2025-03-14")],
        [
            ("2025-03-13", "2025-03-13", "Police arrested 40 people"),
            ("2025-03-14", "2025-03-14", "The crowd was calm"),
        ],
    ),
    (
        "a front subordinate phrase still moves after the predicate",
        "After the vote on Monday, he resigned.",
        [("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "He resigned after the vote")],
    ),
    (
        "two predicates of one subject give two titles, without the age",
        "The plan failed. Mr. Smith, 54, joined the board in 2011 and became chairman in 2018.",
        [("2011", "DATE", "2011"), ("2018", "DATE", "2018")],
        [
            ("2011-01-01", "2011-12-31", "Mr. Smith joined the board"),
            ("2018-01-01", "2018-12-31", "Mr. Smith became chairman"),
        ],
    ),
    (
        "a day range read as its first day: day-day month",
        "Ships waited offshore from 3-5 March.",
        [("3", "DATE", "2025-03-03")],
        [("2025-03-03", "2025-03-05", "Ships waited offshore")],
    ),
    (
        "a day range read as its first day: month day-day",
        "The festival ran March 3-5.",
        [("March 3", "DATE", "2025-03-03")],
        [("2025-03-03", "2025-03-05", "The festival ran")],
    ),
    (
        "an age before a relative clause leaves its comma",
        "Mr. Lee, 61, who led the union, retired in 2019.",
        [("2019", "DATE", "2019")],
        [("2019-01-01", "2019-12-31", "Mr. Lee retired")],
    ),
    (
        "the shared subject loses its aside",
        "Input costs, or the price of raw materials, rose in 2019 and fell by 2 percent in 2020.",
        [("2019", "DATE", "2019"), ("2020", "DATE", "2020")],
        [
            ("2019-01-01", "2019-12-31", "Input costs rose"),
            ("2020-01-01", "2020-12-31", "Input costs fell by 2 percent"),
        ],
    ),
    (
        "a participle phrase is no clause of its own, but its date titles the participle",
        "Orders rose in May, after growing 4 percent in April.",
        [("May", "DATE", "2024-05"), ("April", "DATE", "2024-04")],
        [
            ("2024-04-01", "2024-04-30", "Orders grew 4 percent"),
            ("2024-05-01", "2024-05-31", "Orders rose"),
        ],
    ),
    (
        "a date phrase after before is no subordinate clause",
        "A poll published on Monday, eight days before the election, surprised the parties.",
        [("Monday", "DATE", "2025-03-10")],
        [("2025-03-10", "2025-03-10", "A poll published surprised the parties")],
    ),
    (
        "a sentence that opens on after keeps it",
        "After ten years of talks the two firms merged in 2019.",
        [("2019", "DATE", "2019")],
        [("2019-01-01", "2019-12-31", "After ten years of talks the two firms merged")],
    ),
    (
        "a capitalized word after the speaker is lowercased when common",
        '"About 800 workers walked out in May," a manager said on Monday.',
        [("May", "DATE", "2024-05"), ("Monday", "DATE", "2025-03-10")],
        [
            ("2024-05-01", "2024-05-31", "About 800 workers walked out"),
            ("2025-03-10", "2025-03-10", "A manager said about 800 workers walked out"),
        ],
    ),
    (
        "a participle left after a comma does not end a title",
        "Shares fell 2 percent on the exchange on Tuesday, hit by reports of losses at the group's "
        "largest subsidiaries and by fears of further defaults, dealers said.",
        [("Tuesday", "DATE", "2025-03-11")],
        [
            ("2025-03-11", "2025-03-11", "Shares fell 2 percent on the exchange, hit by reports of losses"),
        ],
    ),
    (
        "a capitalized This Week inside a sentence is a programme's name",
        'The minister spoke on the "This Week" programme.',
        [("This Week", "DATE", "2025-W11")],
        [],
    ),
    (
        "Today at the head of a quotation is a date",
        '"Today we reopened the port," the mayor said.',
        [("Today", "DATE", "2025-03-14")],
        [("2025-03-14", "2025-03-14", 'The mayor: "We reopened the port"')],
    ),
    (
        "a heading capitalizes its date",
        "Storm Hits Coast Today\nCrews worked all night.",
        [("Today", "DATE", "2025-03-14")],
        [("2025-03-14", "2025-03-14", "Storm Hits Coast")],
    ),
    (
        "a range and a day inside it are different events",
        "The strike was called on 5 March. Ships waited offshore from 3-5 March.",
        [("5 March", "DATE", "2025-03-05"), ("3", "DATE", "2025-03-03")],
        [
            ("2025-03-03", "2025-03-05", "Ships waited offshore"),
            ("2025-03-05", "2025-03-05", "The strike was called"),
        ],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_audit_cases(text, marks, expected):
    events = run(text, marks)
    assert [(e.when.start.isoformat(), e.when.end.isoformat(), e.title) for e in events] == expected
