"""Rule out a case-insensitive pattern cheaply before running it: a pre-check that never changes a result.

A pattern such as r"\\b(?:said|told)\\b" compiled with re.IGNORECASE has no literal prefix for the regex
engine to jump to, so it tries every position of the window; on a long list of dates ("Monday, Monday,
...") that is most of the tagger's time. When none of the words the pattern needs appears in the
lower-cased window, the pattern cannot match there. The test is exact only for ASCII text: under
re.IGNORECASE "ſ" matches "s" and "K" (the Kelvin sign) matches "k", which str.lower() does not map, so
other text always goes on to the pattern itself.
"""

from __future__ import annotations


def lacks(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Tell whether text[start:end] surely holds none of `words` (lower-case) in any letter case.

    `words` must be literals that every match of the guarded pattern contains: then True means the
    pattern cannot match in that window; False means it may ("since" in "Since" or in non-ASCII text).
    """
    window = text[start:end]
    if not window.isascii():
        return False
    lowered = window.lower()
    return not any(word in lowered for word in words)
