"""The event layer never raises on odd text, and every evidence span slices to its own text."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import events, sources, temporal

# Pieces of news text that stress segmentation, clauses, datelines, ranges and titles.
PIECES = [
    "on Monday", "in 2019", "the following year", "last week", "3-5 March", "from 2019 to 2021", "between",
    "and", ",", ".", ";", '"', "'", "(", ")", "—", "-", "said", "he", "which", "that", "who", "after", "when",
    "U.S.", "Mr.", "Jan. 25", "25 October 2025", "mid-2023", "WASHINGTON (AP) —", "every day", "annually",
    "12:30 p.m.", "tonight", "\n\n", "The council", "approved the plan", "will vote",
    "by the end of the year",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.text(max_size=40))
def test_extraction_never_raises_and_evidence_slices(pieces, noise):
    document = sources.from_text(" ".join(pieces) + noise, dct=dt.date(2025, 10, 22))
    for event in events.extract(document, temporal.tag(document.text, dct=document.date)):
        assert event.title and len(event.title) <= 80
        assert event.when.start <= event.when.end
        for evidence in event.evidence:
            assert document.text[evidence.start : evidence.end] == evidence.text
            if evidence.timex is not None:
                timex = evidence.timex
                assert document.text[timex.start : timex.end] == timex.text
