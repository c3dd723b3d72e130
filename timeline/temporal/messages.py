"""Tell a short message (a tweet, a status line) from an article or a news brief of the same length."""

from __future__ import annotations

import re

# A short message (a tweet, a status line) speaks of its own moment: a bare "day" or "night" in it
# is a time expression; in an article the same word is usually not.
SHORT_MESSAGE = 320
# A news brief is short too, but it gives itself away: an agency's tag or a dateline ("PARIS (AP) --",
# "BEIJING, March 3 (Xinhua) --"), or news attributed to an institution or a source ("police said",
# "according to officials").
NEWS_BRIEF = re.compile(
    r"\((?:AP|Reuters|AFP|Xinhua|UPI|dpa|Bloomberg|PTI|IANS|Kyodo|Yonhap)\)"
    r"|(?-i:^\s*[A-Z][A-Z.' -]{1,30}(?:,[^\n]{0,40}?)?\s(?:--|—|_)\s)"
    r"|\b(?:according\s+to|told\s+reporters)\b"
    r"|\b(?:officials?|police|authorities|spokes(?:man|woman|person)|ministry|government|agency)\b"
    r"[^.!?\n]{0,30}\b(?:said|say|says|told)\b",
    re.IGNORECASE,
)


def short_message(text: str) -> bool:
    """Tell whether a text is a short message ("cant sleep, long night"), not an article or a news brief."""
    return len(text) <= SHORT_MESSAGE and NEWS_BRIEF.search(text) is None


# "Midnight, scary movie with my sister", "Midnight premiere tonight!": a short message that opens with
# midnight is posted at it, the midnight that opened its day (T00:00), not the one that closes it (T24:00).
_OPENS = re.compile(r"\s*[\"'“(]?\Z")


def opening_midnight(text: str, start: int) -> bool:
    """Tell whether the word at `start` opens a short message (only quotes or a bracket before it)."""
    return _OPENS.match(text, 0, start) is not None and short_message(text)
