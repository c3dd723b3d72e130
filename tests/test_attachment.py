"""Tests for attachment.py: the predicate a date phrase belongs to, and the kind of its clause."""

from __future__ import annotations

import pytest

from timeline import attachment

ANCHORS = [
    ("a relative pronoun before the verb", "Ships that sailed in May came.", "May", "relative", "sailed"),
    ("a participle after a preposition", "It spoke of a treaty signed in 1990.", "1990", "reduced", "signed"),
    ("a subordinate clause", "Sales fell after the plant closed in June.", "June", "subordinate", "closed"),
    ("the main clause", "The plant closed in June.", "June", "main", "closed"),
    ("'said that' reports", "The firm said that the plant closed in June.", "June", "reported", "closed"),
]


@pytest.mark.parametrize(("sentence", "date_words", "kind", "verb"), [c[1:] for c in ANCHORS],
                         ids=[c[0] for c in ANCHORS])
def test_anchor_finds_the_nearest_verb_and_its_clause(sentence: str, date_words: str, kind: str, verb: str):
    start = sentence.index(date_words)
    found = attachment.anchor(sentence, (0, len(sentence)), (start, start + len(date_words)))
    assert found is not None and (found.kind, found.verb) == (kind, verb)


def test_anchor_stops_at_a_comma_before_any_verb() -> None:
    sentence = "The plant closed, officials said, in June."
    start = sentence.index("June")
    assert attachment.anchor(sentence, (0, len(sentence)), (start, start + 4)) is None
