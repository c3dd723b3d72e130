"""Speed round 24's shortcuts agree with the plain versions they replace: the same answer on invented lines
and sentences, and on random ones built from the characters and words the rules turn on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import table_rows, verbs

_PLAIN_PRESENT_HEAD = re.compile(r"(?<![\w'’-])(?:will|is|are|am|says|shall|won't)(?![\w'’-])", re.I)


def _plain_shaped(line: str) -> bool:
    marked = table_rows._MARKER.match(line) is not None
    return bool(line.strip()) and (marked or len(table_rows._cells(line)) >= 3)


def _plain_is_past(text: str) -> bool:
    head = " ".join(verbs._WORD.findall(text, 0, 120)[:8])
    return _PLAIN_PRESENT_HEAD.search(head) is None and any(map(verbs._is_past_run, verbs._RUN.findall(text)))


def _table(cases: list[tuple]) -> list:
    """Return a CASES list as parameters: a row's last item is its id, the one before it the argument."""
    return [pytest.param(*row[:-1], id=row[-1]) for row in cases]


LINE_CASES = [
    ("June 2011  Kessel Docks  41 days", "two-spaces"),
    ("June 2011\tKessel Docks\t41 days", "tabs"),
    ("4 | March 2009 | Tarn Bank | 1,200", "bars"),
    ("June 2011\u00a0 Kessel Docks \u2009 41 days", "other-spaces"),
    ("2. June 2011 Marrow Quay", "marker"),
    ("The strike at Kessel Docks lasted 41 days in June 2011.", "prose"),
    ("Kessel Docks  41 days", "two-cells"),
    ("   ", "blank"),
]


@pytest.mark.parametrize("line", _table(LINE_CASES))
def test_shaped_is_the_plain_split(line):
    assert table_rows._shaped(line) == _plain_shaped(line)


_PIECES = ["June", "2011", "Docks", "41", "days", " ", "  ", "\t", "|", " | ", "\u00a0", "\u2009", "-", "1.",
           "*"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_shaped_is_the_plain_split_on_random_lines(line):
    assert table_rows._shaped(line) == _plain_shaped(line)


PAST_CASES = [
    ("The dam burst its banks on Friday", "past"),
    ("Officials say the dam is cracked", "present-head"),
    ("The firm will be sold after it failed", "future-head"),
    ("WILL the board act? It voted no", "capital-head"),
    ("The mayor won't say why the bridge closed", "contraction"),
    ("The mayor won’t say why the bridge closed", "curly-contraction"),
    ("A well-is-known fact emerged", "hyphenated"),
    ("One two three four five six seven eight is when it closed", "ninth-word"),
    ("Rain fell", "short"),
]


@pytest.mark.parametrize("text", _table(PAST_CASES))
def test_is_past_is_the_plain_head_search(text):
    assert verbs.is_past(text) == _plain_is_past(text)


_WORDS = ["The", "dam", "is", "IS", "Is", "will", "won't", "won’t", "says", "shall", "am", "are", "closed",
          "fell", "said", "it", "-", "is-", "’is", "2011", "Ǐs", "ı", ",", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=16).map(" ".join))
def test_is_past_is_the_plain_head_search_on_random_sentences(text):
    assert verbs.is_past(text) == _plain_is_past(text)
