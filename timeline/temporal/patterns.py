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
from timeline.temporal.rewrite import faster

# Calendar forms first: at one position the first rule that matches wins.
RULES: list[tuple[str, str, str]] = CALENDAR_RULES + RELATIVE_RULES
PATTERNS: dict[str, str] = {name: pattern for name, pattern, _ in RULES}


def _prefixed(name: str, pattern: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{name}__{m.group(1)}>", pattern)


_NAMED = re.compile(r"\(\?P<\w+>")


def _marked(name: str, pattern: str) -> str:
    # No group inside, one empty group at the end: see _scanner's probe.
    return f"(?:(?:{_NAMED.sub('(?:', pattern)})(?P<{name}>))"


def _scanner(names: set[str] | None = None, *, probe: bool = False) -> re.Pattern[str]:
    """Compile the rules (or those in `names`, keeping their order) into one alternation.

    A probe finds the same matches but records only which rule matched (`lastgroup`), in an empty
    group at the end of each rule: the engine saves and restores the groups it has set each time
    it backtracks, so the 300 groups of the full scanner make each attempt about three times slower.
    (The rules use no back-references, so a group's name changes nothing but what is recorded.)
    Each rule is compiled as rewrite.faster writes it: the same matches in fewer steps of the engine.
    """
    return re.compile(_source(names, probe=probe), re.IGNORECASE)


def _source(names: set[str] | None = None, *, probe: bool = False) -> str:
    """Return the alternation _scanner compiles (with re.IGNORECASE)."""
    return (
        # not inside a word ("o'clock", "don't"), nor a number after its apostrophe ("'90s" is matched whole);
        # a word after an opening single quotation mark may start ("said: 'Today we start'")
        r"(?<!\w)(?<!\w')(?!(?<=')\d)(?:"
        + "|".join(
            _marked(name, faster(pattern)) if probe else f"(?P<{name}>{_prefixed(name, faster(pattern))})"
            for name, pattern, _ in RULES
            if names is None or name in names
        )
        + r")(?![\w])"
    )


def __getattr__(name: str) -> re.Pattern[str]:
    # SCANNER (all the rules, with their groups) is compiled on first use only: the tagger never runs it
    # (scan.matches finds the same matches faster); tests compare the two.
    if name == "SCANNER":
        globals()["SCANNER"] = _scanner()
        return globals()["SCANNER"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The rules that can begin with a digit or an apostrophe; at such a position the others cannot match.
DIGIT_RULES = {
    "age",
    "fyear",
    "yspan",
    "yseason",
    "yy",
    "yearperiod",
    "iso",
    "slash",
    "dotted",
    "compact",
    "clockpart",
    "clockwords",
    "clock",
    "clockfirst",
    "clockh",
    "clock24",
    "noon",
    "era",
    "dmy",
    "dayfirst",
    "quarter_y",
    "quarter",
    "qcode",
    "century",
    "centuryand",
    "centuries",
    "decade",
    "year",
    "ago",
    "duration",
    "fraction",
    "times",
    "fiscal",
    "mdy",
    "freq",
    "deictic",
    "dayafter",
}
# Each rule's groups as SCANNER names them ("mdy__day") and as handlers read them ("day"), in the order they
# open in the pattern (the order of SCANNER.groupindex), read off the pattern without compiling it.
_GROUPS: dict[str, list[tuple[str, str]]] = {
    name: [(f"{name}__{group}", group) for group in re.findall(r"\(\?P<(\w+)>", pattern)]
    for name, pattern, _ in RULES
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
