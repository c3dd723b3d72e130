"""Table-driven tests of set_starts: "X set the trial to begin on June 2" dates the trial's start.

Every sentence is invented. The pattern's examples (set_starts.SET_TO_EXAMPLES) must match it.
"""

from __future__ import annotations

import pytest

from timeline import set_starts


@pytest.mark.parametrize("example", set_starts.SET_TO_EXAMPLES)
def test_examples_match_the_pattern(example: str) -> None:
    assert set_starts._SET_TO.search(example) is not None


# (text, the date phrase, the title expected, or None when the date is not the start of a thing set)
CASES = [
    ("Judge Okafor set the hearing to resume on March 4.", "on March 4", "The hearing is set to resume"),
    ("The council scheduled the vote to take place on Friday.", "on Friday",
     "The vote is scheduled to take place"),
    ("The league slated the final to start in May.", "in May", "The final is slated to start"),
    ("The judge set the trial to begin after the holidays, on June 2.", "on June 2", None),
    ("The board set a budget on Monday.", "on Monday", None),
]


@pytest.mark.parametrize("text, phrase, expected", CASES, ids=[c[0] for c in CASES])
def test_thing_set(text: str, phrase: str, expected: str | None) -> None:
    start = text.index(phrase)
    own = (start, start + len(phrase))
    assert set_starts.thing_set(text, (0, len(text)), own) == expected
