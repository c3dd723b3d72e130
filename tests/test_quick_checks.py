"""The cheap pre-checks before costly patterns: each must let through every text the pattern matches."""

from __future__ import annotations

import re

import pytest

from timeline import surnames
from timeline.temporal import quick


def _alternatives(pattern: str) -> list[str]:
    """Split a regex source at its top-level "|" (not inside a group or a character class)."""
    parts, depth, current, escaped, in_class = [], 0, "", False, False
    for char in pattern:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            current, escaped = current + char, True
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


ROLE_WORDS = _alternatives(surnames._ROLE_WORDS) + _alternatives(surnames._LOWER_ROLES)


@pytest.mark.parametrize("alternative", ROLE_WORDS, ids=lambda a: a[:30])
def test_every_role_word_holds_a_hint(alternative):
    # a role word added to the pattern without a hint would be skipped by the pre-check
    assert any(hint in alternative for hint in surnames.ROLE_HINTS)


# (text, words, lacks): True only when no word can be there in any letter case.
LACKS_CASES = [
    ("Monday, Monday, ", ("said",), True),
    ("He SAID Monday", ("said",), False),
    ("He Said Monday", ("said", "told"), False),
    ("He ſaid Monday", ("said",), False),  # "ſ" matches "s" under re.IGNORECASE: the pattern decides
    ("It rained on Monday", ("since", "from"), True),
]


@pytest.mark.parametrize(("text", "words", "expected"), LACKS_CASES, ids=[c[0] for c in LACKS_CASES])
def test_lacks(text, words, expected):
    assert quick.lacks(text, 0, len(text), words) is expected
    if expected:  # the pattern it guards finds nothing either
        assert re.search("|".join(words), text, re.IGNORECASE) is None


# Titles with and without a role: the pre-check changes nothing.
SURNAME_CASES = [
    ("Japanese Foreign Minister Taro Aso is scheduled to meet US Secretary of State Condoleezza Rice", "Aso"),
    ("The committee heard from several witnesses about the proposed bridge over the river", "The committee"),
    ("England captain Marcus Ode scored twice as the home side won the final in extra time", "Ode"),
]


@pytest.mark.parametrize(("title", "start"), SURNAME_CASES, ids=[c[1] for c in SURNAME_CASES])
def test_surnames_after_the_precheck(title, start):
    assert surnames.surnames(title).startswith(start)
