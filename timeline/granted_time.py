"""Put back the date a grant of time needs: "The players were given (until 6 p.m.) to respond" is no
title without it; "The players were given until 6 p.m. to respond" is."""

from __future__ import annotations

import re

from timeline.title_length import MAX_TITLE

# A grant of time whose span the removed date was: "The players were given (until 6 p.m.) to respond", "the
# firm was granted (until May) to comply"; not "given to charity" (a noun after "to").
_GIVEN_TIME = re.compile(r"\b(?:given|granted)\s+to\s+(?!(?:the|a|an|its|his|her|their|our)\b)[a-z]+\b")


def gives_time(title: str) -> bool:
    """Tell whether a title holds a grant of time that waited for its date: "were given to respond"."""
    return ("given to " in title or "granted to " in title) and _GIVEN_TIME.search(title) is not None


# A grant's verb and the "until" before its date: "given (until) 6 p.m. Friday", "granted (till) May".
_GRANT_BEFORE = re.compile(r"\b(?P<verb>given|granted)\s+(?:until\s+|till\s+)?\Z")


def given_time(title: str, text: str, own: tuple[int, int]) -> str:
    """Put back the span of time a grant gave, its date: "were given to respond" -> "were given until 6
    p.m. to respond", when the text has the date between "given" and "to"; else the title."""
    start = max(0, own[0] - 20)
    before = _GRANT_BEFORE.search(text[start : own[0]])
    if before is None or not re.match(r"\s+to\s", text[own[1] : own[1] + 5]):
        return title
    granted = " ".join(text[start + before.start("verb") : own[1]].split())
    dated = title.replace(f"{before['verb']} to ", f"{granted} to ", 1)
    return dated if len(dated) <= MAX_TITLE else title
