"""Drop Markdown emphasis from titles: a .md list item "call back **Ruth Okafor** on *Friday*" is titled
"Call back Ruth Okafor", never "Call back **Ruth Okafor** on **". And a mark left open at the end when the
date after it went: "80,000 tons in the fiscal year 2031/32" is no "80,000 tons /".
"""

from __future__ import annotations

import re

from timeline.leads import led

# Markdown emphasis around words: "**Ruth Okafor**", "*finally*", "__new__", "_very_"; a marker inside a
# word ("snake_case", "5*3") is no emphasis.
_EMPHASIS = re.compile(
    r"(?<![\w*_])(?P<mark>\*{1,3}|_{1,3})(?=[^\s*_])(?P<words>.+?)(?<=[^\s*_])(?P=mark)(?![\w*_])"
)
# A marker left alone by a cut or a date taken out: "on **", "** Update", "call back **Ruth" cut before its
# pair; not one inside a word.
_LONE_MARK = re.compile(
    r"(?<![\w*_])[*_]{1,3}(?![\w*_])"  # on **
    r"|(?<![\w*_])[*_]{1,3}(?=\w)"  # **Ruth
    r"|(?<=\w)[*_]{1,3}(?![\w*_])"  # Okafor**
)


# A mark left at the end when the date after it went: "tons in the fiscal year 2031/32" -> "tons /".
_OPEN_END = led(r"\s", r"(?:\s+[/&+(\-–—])+\Z")
_OPEN_MARKS = ("/", "&", "+", "(", "-", "–", "—")  # the marks of _OPEN_END's class, one of which it ends on


def drop(title: str) -> str:
    """Drop Markdown emphasis markers from a title: "Call back **Ruth Okafor**" -> "Call back Ruth Okafor";
    and a mark left open at its end ("500,000 tons /").
    """
    if title.endswith(_OPEN_MARKS):  # every _OPEN_END match ends the title on one: else the sub finds none
        title = _OPEN_END.sub("", title)
    if "*" not in title and "_" not in title:
        return title
    title = _EMPHASIS.sub(lambda m: m["words"], title)
    return re.sub(r"\s{2,}", " ", _LONE_MARK.sub("", title)).strip()


def widen(text: str, phrase: tuple[int, int]) -> tuple[int, int]:
    """Widen a date phrase over the emphasis markers around it: "*Friday*", "**3 March**"."""
    start, end = phrase
    while start > 0 and text[start - 1] in "*_" and end < len(text) and text[end] == text[start - 1]:
        start, end = start - 1, end + 1
    return start, end
