"""Write scan_tables.py: the scanner's word tables read off the rules once, at build time, not at each start.

scan._tables reads off every rule's parsed pattern the words and numbers it can begin with (firstwords)
and the tokens it can go on with after a frequent opener (nextwords): parsing the 74 rules and walking
them is most of a cold pass's one-time cost (about 0.2 s of CPU). The tables only change when a rule, the
vocabulary of candidate words or a reader changes, so they are written here into a data module that is
committed, and each rule's entry carries a fingerprint of the rule's source: at run time scan reads a
rule whose fingerprint differs (a rule changed and the file was not written again) off its pattern, as
before, so a stale file only costs time, never a match. tests/test_temporal_scan_tables.py fails when
regenerating gives another file. To regenerate (from the repository root):

    PYTHONPATH=. python -m timeline.temporal.scanbuild
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from timeline.temporal import patterns, scan
from timeline.temporal.firstwords import first_numbers, first_words
from timeline.temporal.nextwords import NUMBER, next_words

TARGET = Path(__file__).with_name("scan_tables.py")
COMMAND = "PYTHONPATH=. python -m timeline.temporal.scanbuild"

_HEADER = f'''"""The scanner's word tables, read off patterns.RULES by scanbuild.py: GENERATED, do not edit.

Regenerate after changing a rule, the scanner's candidate words (scan_tokens.CORE, scan_tokens.OPENERS) or a
reader (firstwords, nextwords): {COMMAND}

VOCABULARY is the fingerprint of the candidate words. RULES maps a rule to (the fingerprint of its source
as scan compiles it, the candidate words it can begin with or None for any word, the number keys it can
begin with or None for any (digit rules; () for the others), {{first token: tokens that can follow it, or
None for any}} for the frequent openers and NUMBER). Example row: "yy": ("…", ("the",), ("'00$",), {{}}).
"""

# fmt: off
'''


def _sorted(found: frozenset[str] | None) -> tuple[str, ...] | None:
    return None if found is None else tuple(sorted(found))


def tables() -> tuple[str, dict[str, tuple]]:
    """Return (VOCABULARY, RULES) as scan_tables.py holds them, read off the rules as they are now."""
    parsed = {name: scan._parsed(name) for name, _, _ in patterns.RULES}
    words = {name: first_words(tree) for name, tree in parsed.items()}
    anywhere = sum(opening is None for opening in words.values())
    counts = collections.Counter(word for opening in words.values() for word in opening or ())
    frequent = {word for word, count in counts.items() if count + anywhere > scan._FEW}
    rules = {}
    for name, tree in parsed.items():
        opening = words[name]
        digit = name in patterns.DIGIT_RULES
        following = {
            word: _sorted(next_words(tree, word))
            for word in sorted(frequent)
            if opening is None or word in opening
        }
        if digit:
            following[NUMBER] = _sorted(next_words(tree, NUMBER))
        rules[name] = (
            scan.fingerprint(name),
            None if opening is None else _sorted(opening & scan.CANDIDATE_WORDS),
            _sorted(first_numbers(tree)) if digit else (),
            following,
        )
    return scan.vocabulary_print(), rules


_WIDTH = 110


def _literal(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a Python string literal too


def _strings(items: tuple[str, ...] | None, indent: int) -> str:
    """Return a tuple of strings (or None) written as a literal, its items packed into lines of _WIDTH."""
    if items is None:
        return "None"
    if not items:
        return "()"
    parts = [_literal(item) + "," for item in items]
    one = "(" + " ".join(parts) + ")"
    if indent + len(one) <= _WIDTH:
        return one
    lines, line = [], " " * (indent + 4)
    for part in parts:
        if len(line) + 1 + len(part) > _WIDTH and line.strip():
            lines.append(line)
            line = " " * (indent + 4)
        line += ("" if not line.strip() else " ") + part
    lines.append(line)
    return "(\n" + "\n".join(lines) + "\n" + " " * indent + ")"


def source() -> str:
    """Return the text of scan_tables.py for the rules as they are now."""
    vocabulary, rules = tables()
    out = [_HEADER, f"VOCABULARY = {_literal(vocabulary)}\n", "RULES = {\n"]
    for name, (print_, opening, keys, following) in rules.items():
        out.append(f"    {_literal(name)}: (\n        {_literal(print_)},\n")
        out.append(f"        {_strings(opening, 8)},\n        {_strings(keys, 8)},\n")
        if not following:
            out.append("        {},\n    ),\n")
            continue
        out.append("        {\n")
        for word, tokens in following.items():
            out.append(f"            {_literal(word)}: {_strings(tokens, 12)},\n")
        out.append("        },\n    ),\n")
    out.append("}\n")
    return "".join(out)


def main() -> None:
    """Write scan_tables.py."""
    TARGET.write_text(source(), encoding="utf-8")


if __name__ == "__main__":
    main()
