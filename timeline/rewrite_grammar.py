"""Check the grammar of a title that a rewording built, and mend what a rule's "was" broke.

Several rules build a title as "<subject> was <participle phrase>" ("The bridge, closed since May," -> "The
bridge was closed"); when the phrase held a finite verb, the auxiliary doubles or meets a past tense: "was
was returned", "The company was went public", "The board was decided to sell". A headline editor reads
these as broken. Each rule below drops the auxiliary a rewording added, never one the story wrote: the pair
must not stand in the sentence.
"""

from __future__ import annotations

import re

_BE = {"was", "were", "is", "are"}
_SPACED_BE = tuple(f" {be} " for be in _BE)  # looked for before the pattern runs
# What may not follow a "was" a rewording added, each with an example of the broken title.
_AFTER_BE = {
    # a second auxiliary: "President Lee was was returned to power"
    "was", "were", "is", "are", "has", "have", "had", "will", "would",
    # a past tense that is no participle: "The company was went public"
    "went", "came", "began", "took", "gave", "saw", "ran", "rose", "fell", "grew", "knew", "wrote", "did",
    "ate", "drove", "flew", "spoke", "broke", "chose", "froze", "stole", "drank", "rang", "sank", "shook",
    "woke", "wore", "tore", "threw", "drew", "blew", "hid", "rode", "arose", "became", "forgave", "mistook",
    "overtook", "withdrew", "overcame", "oversaw", "overthrew", "forgot", "sang", "swam", "undertook",
}
# Verbs that take an infinitive and no passive of their subject: "The board was decided (to sell)".
_NO_PASSIVE_TO = {
    "decided", "agreed", "tried", "hoped", "refused", "vowed", "pledged", "promised", "attempted", "sought",
    "managed", "failed", "threatened", "declined", "wanted", "aimed", "volunteered", "opted", "chose",
}
_PAIR = re.compile(r"\b(?P<be>was|were|is|are)\s+(?P<next>[a-z]+)\b(?P<to>\s+to\b)?")


# A comma a removed date left between a verb and what it takes: "The first kiss was (in May), also at
# Klosters", "Ruiz announced (on Tuesday), President Vega will visit".
_VERB_COMMA = re.compile(
    r"\b(?P<verb>was|were|is|are),\s+(?=(?:also|again|then|in|at|on|near|outside|inside)\b)"
    r"|\b(?P<told>said|says|announced|stated|added|confirmed|reported),\s+(?=[A-Z])"
)

# The verbs _VERB_COMMA ends on with their comma, looked for before it runs.
_COMMA_AFTER = ("was,", "were,", "is,", "are,", "said,", "says,", "announced,", "stated,", "added,",
                "confirmed,", "reported,")


def mended(title: str, sentence: str) -> str:
    """Return `title` without an auxiliary a rewording put before a word that cannot follow it, when the
    sentence `sentence` holds no such pair: "The company was went public" -> "The company went public"; and
    without a comma a removed date left after a verb ("was, also at Klosters" -> "was also at Klosters")."""
    if ", " in title and any(map(title.__contains__, _COMMA_AFTER)):
        comma = _VERB_COMMA.search(title)
        verb = (comma["verb"] or comma["told"]) if comma else ""
        if comma and f"{verb}," not in sentence:
            title = title[: comma.start()] + verb + " " + title[comma.end() :]
    if not any(map(title.__contains__, _SPACED_BE)):
        return title
    for found in _PAIR.finditer(title):
        word = found["next"]
        broken = word in _AFTER_BE or (word in _NO_PASSIVE_TO and found["to"] is not None)
        if broken and f"{found['be']} {word}" not in sentence:
            return mended(title[: found.start()] + title[found.start("next") :], sentence)
    return title
