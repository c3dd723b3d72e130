"""Tests for table_rows.py: each row of a dated list or table is an event, titled by its cells and lead."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.deduping import dedupe
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 9, 17)

# (id, text, the (date, title) of each event, deduplicated)
CASES = [
    ("rows under a lead of happenings", "The longest port strikes:\n1. June 2011  Kessel Docks  41 days"
     "  wages\n2. June 2011  Marrow Quay  12 days  wages\n3. May 2014  Ost  9 days  pay",
     [("2011-06", "Kessel Docks: strike (41 days, wages)"),
      ("2011-06", "Marrow Quay: strike (12 days, wages)"), ("2014-05", "Ost: strike (9 days, pay)")]),
    ("a listed lead noun", "Largest bank failures\nRank | Date | Bank | Assets\n"
     "1 | March 2009 | Tarn Bank | 1,200\n2 | March 2009 | Tarn Mutual | 800",
     [("2009-03", "Tarn Bank: failure (1,200)"), ("2009-03", "Tarn Mutual: failure (800)")]),
    ("no happening in the lead", "Our branches\n- April 2019  Dunmore  12 staff\n- May 2020  Pell  4 staff",
     [("2019-04", "Dunmore (12 staff)"), ("2020-05", "Pell (4 staff)")]),
    ("a list of two-word items", "Openings\n- May 2021 Harbour Museum\n- June 2021 Town Library",
     [("2021-05", "Harbour Museum"), ("2021-06", "Town Library")]),
    ("a list of sentences keeps its titles", "Key dates:\n- May 3, 2021: The council approved the budget.\n"
     "- June 9, 2021: Work began on the bridge.",
     [("2021-05-03", "The council approved the budget"), ("2021-06-09", "Work began on the bridge")]),
    ("a dateline is no row", "OSLO, June 3 (Reuters)\nThe ferry sank.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_table_rows(text: str, expected: list[tuple[str, str]]) -> None:
    document = Document(id="d", text=text, date=DCT)
    found = dedupe(events.extract(document, tag(text, dct=DCT)))
    assert sorted((e.when.value, e.title) for e in found) == sorted(expected)
