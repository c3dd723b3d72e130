"""Regular expressions for temporal expressions, built from the vocabulary tables.

RULES is an ordered table (name, pattern, example): at a given position the first rule that matches
wins, so longer, more specific phrasings come before the shorter ones they contain. All rules are
joined into one compiled alternation (`SCANNER`); each rule's named groups are prefixed with the rule
name so that `groups(match)` can hand the normalizer a plain {group: text} dictionary.
"""

from __future__ import annotations

import re

from timeline.temporal.patterns_calendar import CALENDAR_RULES
from timeline.temporal.patterns_relative import RELATIVE_RULES

# Calendar forms first: at one position the first rule that matches wins.
RULES: list[tuple[str, str, str]] = CALENDAR_RULES + RELATIVE_RULES


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}__{m.group(1)}>", pattern)


def _scanner(names: set[str] | None = None) -> re.Pattern[str]:
    """Compile the rules (or those in `names`, keeping their order) into one alternation."""
    return re.compile(
        r"(?<![\w'])(?:"
        + "|".join(
            f"(?P<{name}>{_prefixed(name, pattern)})"
            for name, pattern, _ in RULES
            if names is None or name in names
        )
        + r")(?![\w])",
        re.IGNORECASE,
    )


SCANNER = _scanner()
# The rules that can begin with a digit or an apostrophe; at such a position the others cannot match.
DIGIT_RULES = {
    "yseason",
    "yy",
    "yearperiod",
    "iso",
    "slash",
    "dotted",
    "compact",
    "clock",
    "clockfirst",
    "clock24",
    "noon",
    "era",
    "dmy",
    "dayfirst",
    "quarter_y",
    "quarter",
    "qcode",
    "century",
    "decade",
    "year",
    "ago",
    "duration",
    "times",
    "fiscal",
    "mdy",
    "freq",
    "deictic",
    "dayafter",
}
DIGIT_SCANNER = _scanner(DIGIT_RULES)
_GROUPS: dict[str, list[tuple[str, str]]] = {
    name: [(group, group.split("__", 1)[1]) for group in SCANNER.groupindex if group.startswith(name + "__")]
    for name, _pattern, _ in RULES
}


def groups(match: re.Match[str]) -> tuple[str, dict[str, str]]:
    """Return the rule name of a SCANNER match and its named groups that took part, unprefixed."""
    rule = match.lastgroup or ""
    found: dict[str, str] = {}
    for full, short in _GROUPS.get(rule, ()):
        text = match.group(full)
        if text is not None and short not in found:
            found[short] = text
    return rule, found
