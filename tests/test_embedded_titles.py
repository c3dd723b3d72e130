"""Tests for embedded_titles.py: the title of the embedded clause an event's own date belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.embedded_titles import retitle
from timeline.temporal import tag

DCT = date(2025, 10, 22)

# (id, the title the main clause gave, the sentence, the embedded clause's title or None to keep it)
CASES = [
    ("a relative clause", "The fund paid for the small farms",
     "The fund paid for the small farms which joined the scheme last year.",
     "The small farms joined the scheme"),
    ("a subordinate clause", "Sales fell",
     "Sales fell after the new plant closed in June.", "The new plant closed"),
    ("a participle on a noun phrase", "The mayor spoke",
     "The mayor spoke of a treaty signed in 1990 by both towns.", "A treaty was signed by both towns"),
    ("a telling's date: the news is told then", "They said",
     "They said in a statement issued on Sunday that talks would go on.", None),
    ("a date that names a noun's time", "The fans waited for the March talks",
     "The fans waited for the March talks.", None),
    ("a subordinate clause whose subject is a pronoun", "Sales fell",
     "Sales fell after he arrived in June.", None),
]


@pytest.mark.parametrize(("title", "sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_retitle(title: str, sentence: str, expected: str | None) -> None:
    phrases = [(t.start, t.end) for t in tag(sentence, dct=DCT)]
    assert retitle(title, sentence, (0, len(sentence)), phrases) == expected
