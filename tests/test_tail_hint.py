"""attribution.tail_hinted answers as TAIL_HINT.search does: one of its words in the span, or none."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import attribution


def _plain(text, start=0, end=None):
    return attribution.TAIL_HINT.search(text, start, len(text) if end is None else end) is not None


_TEXTS = [
    "The county said on Wednesday",
    "Officials told reporters the road would reopen",
    "She told him",  # "told" alone is a word of TAIL_HINT ("said X" and "told X" open a speaker)
    "according to the police",
    "it was reported that",
    "The bank raised its rate",
    "He sai d so; notes were wrote-ups",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_hint_is_the_pattern(text):
    assert attribution.tail_hinted(text) is _plain(text)
    for start in range(0, len(text) + 2, 3):
        for end in range(start - 1, len(text) + 2, 4):
            assert attribution.tail_hinted(text, start, end) is _plain(text, start, end)


def test_hint_words_are_single_words():
    assert attribution._HINT_WORDS[0] == "said"
    assert all(re.fullmatch(r"[a-z]+", word) for word in attribution._HINT_WORDS)  # no space to spell as \s+


@given(st.lists(st.sampled_from(["said", "sai", "told", "reporters", "according", "to", "x", " ", "\n", ","]),
                max_size=12).map("".join), st.integers(0, 30), st.one_of(st.none(), st.integers(0, 40)))
@settings(max_examples=500, deadline=None)
def test_hint_agrees_on_random_text(text, start, end):
    assert attribution.tail_hinted(text, start, end) is _plain(text, start, end)
