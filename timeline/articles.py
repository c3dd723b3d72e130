"""Make "a" or "an" agree with the word after it once a date between them is cut: "an (8 a.m.) statement"
-> "a statement", "a (Jan. 10) order" -> "an order".

The choice follows the sound of the word's start, read from its letters with a few tables: vowels take
"an", except a "you" or "wun" sound; a silent h takes "an"; a number is read aloud ("an 18-hole course",
"an 800-page report", "a 100-day plan"); letters said one by one ("an FBI agent", "a UN team").
"""

from __future__ import annotations

import re

# Words opening on a vowel letter with a consonant sound: (start, example)
_CONSONANT_SOUND_ROWS = [
    ("uni", "a university, a union, a unit"),
    ("use", "a user, a useful step"),
    ("usu", "a usual"),
    ("uti", "a utility"),
    ("ura", "a uranium mine"),
    ("uro", "a urologist"),
    ("eu", "a European deal, a euro bond"),
    ("one", "a one-day strike, a one-time payment"),
    ("once", "a once-in-a-decade flood"),
    ("ewe", "a ewe"),
]
# Words opening on "h" whose h is silent: (start, example)
_SILENT_H_ROWS = [
    ("hour", "an hourlong meeting, an hour"),
    ("honest", "an honest mistake"),
    ("honor", "an honorary degree"),
    ("honour", "an honourable member"),
    ("heir", "an heir"),
]
_CONSONANT_SOUND = tuple(start for start, _example in _CONSONANT_SOUND_ROWS)
_SILENT_H = tuple(start for start, _example in _SILENT_H_ROWS)
# Letters whose name opens on a vowel sound ("an F", "an M", "an X"): said one by one in "an FBI agent".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
_VOWELS = frozenset("aeiou")
_WORD = re.compile(r"[\"'“‘(]*(?P<word>[A-Za-z][\w'’-]*|\d[\d,]*)")
# The article a cut leaves at the end of the text before it: "issued an ", "An ".
_ARTICLE_END = re.compile(r"(?:(?<=\s)|\A)(?P<article>an?|An?)\s+\Z")


def wants_an(word: str) -> bool:
    """Tell whether `word` is said opening on a vowel sound, so that it takes "an"."""
    if word[:1].isdigit():
        digits = word.replace(",", "").split(".")[0]
        digits = re.match(r"\d+", digits).group()  # "18-hole", "80s": the number alone
        # 8, 80, 800, 8,000 ("eight..."); 11 and 18 said whole: "an 11-day", "an 18,000-seat", "an 1865 law"
        return digits.startswith("8") or (
            digits[:2] in ("11", "18") and (len(digits) % 3 == 2 or len(digits) == 4)
        )
    core = word.split("-")[0]
    if core.isupper() and len(core) > 1 and (len(core) <= 3 or not _VOWELS & set(core.lower())):
        return core[0] in _VOWEL_LETTERS  # "an FBI agent", "an NHS trust", "a UN team", "a CNN poll"
    lowered = word.lower()
    if lowered.startswith(_CONSONANT_SOUND):
        return False
    if lowered.startswith(_SILENT_H):
        return True
    return lowered[:1] in _VOWELS


def agree(before: str, after: str) -> str:
    """Return `before` with a closing "a"/"an" made to agree with the first word of `after`."""
    article = _ARTICLE_END.search(before)
    word = _WORD.match(after.lstrip())
    if article is None or word is None:
        return before
    wanted = "an" if wants_an(word["word"]) else "a"
    said = article["article"]
    if said.lower() == wanted:
        return before
    wanted = wanted.capitalize() if said[0].isupper() else wanted
    return before[: article.start("article")] + wanted + before[article.end("article") :]
