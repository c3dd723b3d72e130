"""Titles lose a live page's clock stamp and a wire's kicker ("08:55", "Breaking:", "UPDATE 2-")."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.finishing import finish
from timeline.models import Document
from timeline.temporal import tag

# (id, clause as cut from its sentence, title)
FINISHED = [
    ("clock-stamp", "08:55 Divers are searching the river near the old mill",
     "Divers are searching the river near the old mill"),
    ("stamp-then-kicker", "14:45 Breaking: the council has approved the budget",
     "the council has approved the budget"),
    ("stamp-with-dash", "16.20 - Firefighters reached the warehouse", "Firefighters reached the warehouse"),
    ("stamp-with-zone-and-colon", "10:30 GMT: Police arrive at the stadium", "Police arrive at the stadium"),
    ("stamp-am", "9:05 a.m. Voting resumes in the north", "Voting resumes in the north"),
    ("markdown-bold-stamp", "**11:40** The bridge reopened to traffic", "The bridge reopened to traffic"),
    ("wire-update-kicker", "UPDATE 2-Drought forces water limits in three towns",
     "Drought forces water limits in three towns"),
    ("a-time-in-the-sentence-stays", "9:30 flight was cancelled after the storm",
     "9:30 flight was cancelled after the storm"),
    ("a-figure-is-no-stamp", "3.5 Million people voted in the referendum",
     "3.5 Million people voted in the referendum"),
]  # fmt: skip


@pytest.mark.parametrize(("clause", "title"), [c[1:] for c in FINISHED], ids=[c[0] for c in FINISHED])
def test_a_leading_clock_stamp_and_kicker_leave_the_title(clause: str, title: str) -> None:
    assert finish(clause, clause + ".", (0, len(clause))) == title


LIVE_PAGE = (
    "# Live: flood response, Tuesday\n\n"
    "**07:50** Rescue crews are moving into the lower town. The mayor said she was worried.\n\n"
    "**13:05** Breaking: the river has burst its banks at Millford, officials say.\n"
)


def test_a_live_page_written_in_markdown_titles_its_entries_without_stamps() -> None:
    document = Document(id="live", text=LIVE_PAGE, date=date(2026, 3, 3))
    titles = [event.title for event in extract(document, tag(document.text, dct=document.date))]
    assert titles, "the page gives events"
    assert not [t for t in titles if t[:1].isdigit() or "Breaking" in t or "*" in t], titles
    assert any(t.startswith("Rescue crews are moving") for t in titles), titles
