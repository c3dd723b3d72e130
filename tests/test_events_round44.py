"""Round 44 (dates on unseen news of many outlets, invented): a month that names a traded position ("June/July
going at 1,850 dlrs", "sales booked for March shipment", "2.28 times New York September"), a greeting's
holiday ("Happy Easter"), a page stamp glued to a line, a superlative's frame ("their lowest level this
year"), a kind of thing ("a winter storm"), a price's two-digit decade ("into the mid-40s"), a person's first
day, a postponed meeting's date and the last day of a period whose figures are still to come date nothing; a
participle with an agent after "with" or a verb in -ing, or after "above", titles its own clause ("A quota was
agreed in Vienna").

Each row is a text and the date values of all its events, or their (value, title) pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(1987, 3, 4)  # a Wednesday

# (id, text, the date values of its events)
CASES = [
    ("months joined by a slash are a traded position",
     "Cotton sales were light, with June/July going at 640 dlrs and Aug/Sept at 655 dlrs per tonne.",
     []),
    ("a month quoted against an exchange's contract",
     "Wool went at 2.28 times New York September.",
     []),
    ("a price for a month, and a month's shipment",
     "Sales were booked for April shipment at 900 dlrs, with 880 dlrs for May.",
     []),
    ("a greeting names a holiday",
     "Happy Easter to all our readers!",
     []),
    ("a superlative's frame",
     "Copper prices on Monday fell to their lowest level this year.",
     ["1987-03-02"]),
    ("a season after 'a' says what kind of storm",
     "A winter storm closed the highway on Tuesday.",
     ["1987-03-03"]),
    ("a two-digit decade after a price is a price",
     "Strong sales had pushed the company's share price into the mid-40s in 1984.",
     ["1984"]),
    ("a person's first day is no day of the calendar, nor the day after it",
     "She joined the firm at 19. On her first day at the office she met the founder, who sent her home the "
     "next day.",
     []),
    ("a planned meeting that is postponed does not take place on its date",
     "The minister said the planned meeting March 9 of the pricing committee has been postponed until the "
     "start of May.",
     ["1987-05"]),
    ("figures still to be published are not published on their period's last day",
     "Final figures for the period to March 31 are expected to be published by the board.",
     []),
    ("the figures of a past week keep its date",
     "Arrivals for the week ended March 1 were 155,000 bags.",
     ["1987-W09"]),
    ("a thing's opening weekend is no weekend of the calendar",
     "The film took 20 mln dlrs on its opening weekend.",
     []),
    ("'up from about' a figure is a baseline",
     "The unit contributed 316 mln dlrs in operating earnings, up from about 200 mln dlrs in 1984.",
     []),
]

# (id, text, the (value, title) pairs of its events)
TITLES = [
    ("a participle after 'above' titles its own clause",
     "Traders say the group is pumping well above a quota agreed in Vienna last December.",
     [("1986-12", "A quota was agreed in Vienna")]),
    ("a participle with an agent on a verb's object in -ing",
     "Refiners were resisting the prices set by the cartel last month.",
     [("1987-02", "The prices were set by the cartel")]),
    ("a participle with an agent after 'with'",
     "The historian warned against tinkering with a court established by the assembly in 1789.",
     [("1789", "A court was established by the assembly")]),
    ("a figure after 'by' is no agent",
     "Officials reported exports increased by a third last year.",
     [("1986", "Officials reported exports increased by a third")]),
]


def _events(text: str) -> list[tuple[str, str]]:
    document = Document(id="d", text=text, date=D)
    return sorted((event.when.value, event.title) for event in extract(document, tag(text, dct=D)))


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round44_dates(text: str, expected: list[str]) -> None:
    assert [value for value, _ in _events(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_round44_participles(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == sorted(expected)


def test_a_pair_with_a_year_is_a_span_of_time() -> None:
    # the tagger reads "June" alone without the pair's year: the year is its to give, not this rule's
    values = [value for value, _ in _events("The festival ran over June/July 1985 in the old town.")]
    assert "1985-07" in values


def test_glued_page_stamp_dates_nothing() -> None:
    text = ("Goats ruled the island for a century\n\nHow did it recover?Monday, 2 March 1987\n\n"
            "The island was cleared in 1985.")
    assert _events(text) == [("1985", "The island was cleared")]
