"""Tell a tally or a score written with "to" ("voted nine to one", "won 3 to 1") from an infinitive.

A cut title may end on a tally ("The board voted nine to one"): its "to" is no infinitive's, so the count
after it neither dangles nor waits for an object; a cut between its two counts ("voted nine | to one")
splits it (`goes_on_tally`, asked by timeline.title_ends.waits_for_noun). No parser: a count, "to", a count.
"""

from __future__ import annotations

import re

# The counts of a tally, in figures or words: "9", "nine", "fifty-one", "twenty one".
_UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen" \
    "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|nil|zero|none"
_COUNT = rf"(?:\d+|(?i:{_UNITS})(?:[-\s](?i:{_UNITS}))?)"

# | title end                               | a tally? |
# | "The board voted nine to one"           | yes      |
# | "The Senate voted fifty-one to forty-nine" | yes   |
# | "The jury voted 11 to 1"                | yes      |
# | "The club hoped to win"                 | no       |
# | "Sales rose to 5"                       | no (one count) |
_TALLY_END = re.compile(rf"(?<![\w.,-]){_COUNT}\s+to\s+{_COUNT}\Z")


def ends_on_tally(short: str) -> bool:
    """Tell whether `short` ends on a tally written with "to": "voted nine to one", "won 3 to 1"."""
    return " to " in short[-40:] and _TALLY_END.search(short, max(0, len(short) - 40)) is not None


# A tally or range going on after a count: "voted 9 (to 1)", "won 3 (-1)", "rose 5 (to 7 percent)".
_TALLY_AFTER = re.compile(r"\s*(?:to|-|–)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)")


def goes_on_tally(title: str, cut: int) -> bool:
    """Tell whether the rest of a tally or range follows a cut after its first count: "voted 9 | to 1"."""
    return _TALLY_AFTER.match(title, cut) is not None
