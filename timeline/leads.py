"""Compile a pattern behind a lookahead on the characters its matches start with, for faster scans.

A search tries a pattern at every position of a text. When the pattern opens on a word boundary, a group, a
lookbehind or a repeat, the regex engine walks all of it at each position before it fails; a one-character
class in front fails at once where no match can start. `led("[,;\\s]", r"(?:,|;|\\s--)\\s*and\\s+")` is
the same pattern, its matches the same (the class admits every first character of a match: a pattern that
may match the empty string gets no lead), twice as fast on plain text. tests/test_leads.py checks every led
pattern's class against the first characters the pattern may start with, and their matches against the plain
pattern's.

| lead                      | pattern (its matches start with one of the lead's characters)      |
|---------------------------|--------------------------------------------------------------------|
| `[,;\\s]`                  | `(?:,|;|\\s--|\\s[—–])\\s*(?:and|but)\\s+`  (", and", "; but", " -- and")  |
| `[!.?…]`                  | `(?P<stop>[.!?]+|…)...`  (a sentence's stop)                        |
| `(?i:[aisw])`             | `(?<![\\w'’-])(?:will|is|are|am|says|shall|won't)`  ("will", "Is")   |
"""

from __future__ import annotations

import re

# Each led pattern's lead and plain pattern, for tests/test_leads.py.
PLAIN: dict[re.Pattern[str], tuple[str, str]] = {}


def led(lead: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile `pattern` (with `flags`) behind the lookahead `(?=lead)`: `lead` is a character class that
    admits every character a match of `pattern` may start with, so the matches are the same."""
    compiled = re.compile(f"(?={lead})(?:{pattern})", flags)
    PLAIN[compiled] = (lead, pattern)
    return compiled
