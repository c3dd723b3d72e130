"""Shortcuts that spare a regex compiled per name or word agree with the plain pattern they replace."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.compress import with_acronyms
from timeline.whole_words import word_spans


def _plain_spans(text: str, word: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]


# (text, word, spans): the word alone, inside a longer word, beside digits, "_" and letters beyond ASCII
WORD_SPANS = [
    ("Reed met Reeds", "Reed", [(0, 4)]),
    ("Reed, Reed's and (Reed)", "Reed", [(0, 4), (6, 10), (18, 22)]),
    ("McReed and Reed_2 and Reed2", "Reed", []),
    ("éReed and Reedé and Reed²", "Reed", []),
    ("ReedReed Reed", "Reed", [(9, 13)]),
    ("", "Reed", []),
    ("a-a-a and set-up", "a-a", [(0, 3)]),  # after a match, the search goes on after it
    ("set-up, set-ups", "set-up", [(0, 6)]),
]


@pytest.mark.parametrize(("text", "word", "spans"), WORD_SPANS)
def test_word_spans(text: str, word: str, spans: list[tuple[int, int]]) -> None:
    assert word_spans(text, word) == spans == _plain_spans(text, word)


# words of letters, with a hyphen or a space inside, and some that start or end with no word character
_WORDS = ["A", "Ab", "AbA", "bA", "A-A", "A A", "-A", "A-", "'"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Ab _-'.1²éٳ\u00a0", max_size=30), st.sampled_from(_WORDS))
def test_word_spans_as_pattern(text: str, word: str) -> None:
    assert word_spans(text, word) == _plain_spans(text, word)


def _plain_acronyms(form: str, names: tuple[tuple[str, str], ...]) -> str | None:
    shorter = form
    for name, acronym in names:
        shorter = re.sub(rf"\A[Tt]he\s+{re.escape(name)}\b", acronym, shorter)
        shorter = shorter.replace(name, acronym)
    return shorter if shorter != form else None


# (form, names): the name after "The" at the head, inside the form, absent, and a second name
ACRONYMS = [
    ("The Asian Development Bank cut its forecast", (("Asian Development Bank", "ADB"),)),
    ("the Asian Development Bank cut its forecast", (("Asian Development Bank", "ADB"),)),
    ("Officials of the Asian Development Bank met", (("Asian Development Bank", "ADB"),)),
    ("The ministry cut its forecast", (("Asian Development Bank", "ADB"),)),
    ("The World Health Organization and the Asian Development Bank met",
     (("World Health Organization", "WHO"), ("Asian Development Bank", "ADB"))),
    ("The Asian Development Banker spoke", (("Asian Development Bank", "ADB"),)),
    ("The  Asian Development Bank met", (("Asian Development Bank", "ADB"),)),
    ("Theory of the Asian Development Bank", (("Asian Development Bank", "ADB"),)),
]


@pytest.mark.parametrize(("form", "names"), ACRONYMS)
def test_with_acronyms_as_plain(form: str, names: tuple[tuple[str, str], ...]) -> None:
    assert with_acronyms(form, names) == _plain_acronyms(form, names)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Theb A_\u00a0\t", max_size=14), st.sampled_from(["A", "Ab", " A", "A b", "he"]))
def test_with_acronyms_as_pattern(form: str, name: str) -> None:
    assert with_acronyms(form, ((name, "X"),)) == _plain_acronyms(form, ((name, "X"),))
