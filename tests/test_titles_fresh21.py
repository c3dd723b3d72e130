"""Titles of 2020s news: "a"/"an" agree with the word left after a date is cut, and a scheduled act reads
well ("is set to vote", "is scheduled to testify") without its date.

Every sentence is invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.articles import agree, wants_an
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

MAR_12 = dt.date(2025, 3, 12)  # a Wednesday

# (word, takes "an")
SOUNDS = [
    ("order", True),
    ("statement", False),
    ("hourlong", True),
    ("honest", True),
    ("hearing", False),
    ("university", False),
    ("one-day", False),
    ("European", False),
    ("update", True),
    ("FBI", True),
    ("UN", False),
    ("NASA", False),
    ("8", True),
    ("11", True),
    ("18-hole", True),
    ("1865", True),
    ("800-page", True),
    ("100-day", False),
    ("110", False),
    ("18,000-seat", True),
]


@pytest.mark.parametrize(("word", "an"), SOUNDS, ids=[s[0] for s in SOUNDS])
def test_the_article_follows_the_sound_of_the_word(word: str, an: bool) -> None:
    assert wants_an(word) is an


# (before the cut, after the cut, before as it should read)
AGREE = [
    ("The firm issued an ", "statement admitting", "The firm issued a "),
    ("The city issued a ", "order closing", "The city issued an "),
    ("An ", "report found", "A "),
    ("She held an ", "hourlong meeting", "She held an "),
    ("The band played a ", "one-hour set", "The band played a "),
    ("He met the ", "officials", "He met the "),
    ("a ", '"emergency" session', "an "),
]


@pytest.mark.parametrize(("before", "after", "expected"), AGREE, ids=[a[1] for a in AGREE])
def test_an_article_left_before_a_cut_agrees(before: str, after: str, expected: str) -> None:
    assert agree(before, after) == expected


# (sentence, date value, title)
TITLES = [
    ("The firm issued an 8 a.m. statement admitting the breach.", "2025-03-12T08:00",
     "The firm issued a statement admitting the breach"),
    ("The union called an Oct. 5 strike at the plant.", "2024-10-05",
     "The union called a strike at the plant"),
    ("Officials held an Oct. 5 briefing with the press.", "2024-10-05",
     "Officials held a briefing with the press"),
    ("The court heard an August 2024 appeal on Tuesday.", "2025-03-11",
     "The court heard an August 2024 appeal"),
    ("The minister is set to unveil the budget on Thursday.", "2025-03-13",
     "The minister is set to unveil the budget"),
    ("The senator is scheduled to testify Tuesday before the committee.", "2025-03-18",
     "The senator is scheduled to testify before the committee"),
    ("The senators are set to vote Thursday on the bill.", "2025-03-13",
     "The senators are set to vote on the bill"),
    ("The team plans to announce its new coach Friday.", "2025-03-14",
     "The team plans to announce its new coach"),
    ("Heavy snow is forecast for Thursday night.", "2025-03-13TNI", "Heavy snow is forecast"),
    ("The coach takes charge on Jan. 1, a Thursday.", "2026-01-01", "The coach takes charge"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "title"), TITLES, ids=[t[0][:48] for t in TITLES])
def test_news_titles(text: str, value: str, title: str) -> None:
    document = Document(id="d", text=text, date=MAR_12)
    events = extract(document, tag(text, dct=MAR_12))
    assert [(e.when.value, e.title) for e in events] == [(value, title)]
