"""Rewrite a rule's pattern into one that finds the same matches in fewer steps of the regex engine.

Most attempts of a rule fail, and a failing attempt walks every optional group and every alternative. Two
rewrites keep each match, its groups and the order in which the engine tries things:

    pattern                  rewritten                  why
    (?:the\\s+)?              (?:the\\s+|)               an optional group is a repeat (set up, torn down);
                                                        "X or nothing" is a branch
    (?:one|two|three|ten)    (?:one|t(?:wo|hree|en))    words that begin alike share their letters: "t" is
                                                        read once, not three times

Words are factored only where the alternatives are all plain lower-case words (letters, spaces, "-", "'"):
two alternatives that begin with different characters cannot both match at one place, so grouping those
with the same first character keeps the order of the ones that can ("jan|january" stays "jan(?:|uary)").
An empty alternative keeps its place between the groups.
"""

from __future__ import annotations

import functools
import re

_PLAIN = re.compile(r"[a-z][a-z '-]*")


def _factored(words: list[str]) -> list[str]:
    """Return the alternatives of `words` (plain, in order) with common first characters read once."""
    out: list[str] = []
    groups: dict[str, list[str]] = {}  # first character -> the words, in order, since the last empty one

    def flush() -> None:
        for first, group in groups.items():
            if len(group) == 1:
                out.append(group[0])
                continue
            rest = _factored([word[1:] for word in group])
            out.append(first + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
        groups.clear()

    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word)
        else:
            flush()  # "" matches wherever it is tried: the groups around it keep their sides
            out.append("")
    flush()
    return out


def _group(text: str) -> str:
    """Return a group ("(?:a|b)", "(?P<n>a|b)", "(a|b)") with its plain words factored, else as it is."""
    if text.startswith("(?:"):
        head = "(?:"
    elif text.startswith("(?P<"):
        head = text[: text.index(">") + 1]
    elif text.startswith("(?"):
        return text  # a lookaround or flags: left alone
    else:
        head = "("
    words = text[len(head) : -1].split("|")
    if len(words) < 3 or not all(_PLAIN.fullmatch(word) for word in words):
        return text
    return head + "|".join(_factored(words)) + ")"


# What faster copies as it is, read in one match: plain characters, escapes and classes (whose brackets and
# bars are no groups), up to the next bracket of a group. The text is only joined, so copying a run at once
# gives what copying it piece by piece gives (tests/test_temporal_rewrite.py checks the two on every rule).
_COPIED = re.compile(r"(?:\\[\s\S]?|\[\^?\]?(?:\\[\s\S]?|[^\]\\])*\]?|[^\\\[()])+")


@functools.cache
def faster(pattern: str) -> str:
    """Return `pattern` with its optional groups written as branches and its word alternatives factored."""
    out: list[str] = []
    opened: list[int] = []  # where each open group begins in `out`
    index, size = 0, len(pattern)
    while index < size:
        char = pattern[index]
        if char == "(":
            opened.append(len(out))
            out.append(char)
            index += 1
            continue
        if char == ")":
            start = opened.pop()
            group = _group("".join(out[start:]) + ")")
            del out[start:]
            after = pattern[index + 1 : index + 3]
            # a greedy "?": the group, else nothing (not "??", lazy, nor "?+", possessive)
            if after[:1] == "?" and after[1:] not in ("?", "+"):
                group = group[:-1] + "|)" if group.startswith("(?:") else f"(?:{group}|)"
                index += 1
            out.append(group)
            index += 1
            continue
        run = _COPIED.match(pattern, index)  # the characters up to the next bracket of a group
        out.append(run.group())
        index = run.end()
    return "".join(out)
