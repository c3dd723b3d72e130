"""Drop from a title what a headline never shows: emoji and other pictographs, and invisible characters.

A post's "The launch moved to Tuesday 🚀." is titled "The launch moved", and its '"We're set," said the
warden 🚀' loses its attribution as a plain one does (the attribution must end the title to be cut). A
zero-width space or a soft hyphen copied from a web page ("the \u200bcity", "nego\u00adtiations") is
invisible in the text but breaks a search of the title, so it goes too. Evidence keeps the text as it is.
"""

from __future__ import annotations

import re

# What goes, each range with an example: (characters, example).
DROPPED = [
    ("\U0001f000-\U0001faff", "🚀 🛶 👍🏽 🇫🇷: emoji, their skin tones and flags"),
    ("\u2600-\u27bf", "☀ ✈ ✅: miscellaneous symbols and dingbats"),
    ("\u2b00-\u2bff", "⭐ ⬆: arrows and stars drawn as emoji"),
    ("\ufe0f\u20e3", "❤️ 1️⃣: the variation selector that asks for an emoji, the keycap"),
    ("\u200b-\u200d\u2060\ufeff", "zero-width space, non-joiner and joiner, word joiner, a stray BOM"),
    ("\u00ad", "nego\u00adtiations: a soft hyphen"),
]
_PICTURED = "".join(chars for chars, _ in DROPPED[:4])
_INVISIBLE = "".join(chars for chars, _ in DROPPED[4:])
# A pictograph takes the space before it along ("moved 🚀 after" -> "moved after"); an invisible one
# only itself ("the \u200bcity" -> "the city").
_DROPPED = re.compile(rf"\s*[{_PICTURED}]+|[{_INVISIBLE}]+")


def without_pictographs(title: str) -> str:
    """Return the title without emoji, pictographs and invisible characters (`DROPPED`)."""
    return title if title.isascii() else _DROPPED.sub("", title)
