"""Tidy a title's marks last: the dateline's "here" ("arrived here for talks") and quotation marks left
without their partner.
"""

from __future__ import annotations

import re

from timeline.complete import complete

# "here" after a word that is no preposition, before the end, a comma or a word that is no verb of it:
# "opened talks here", "arrived here for", "Many here predict"; not "from here", "here is", a quotation.
_HERE = re.compile(r"(?<=[\w,])(?<!\bfrom)(?<!\bnear)(?<!\bto)(?<!\bof)(?<!\bout)(?<!\bover)(?<!\baround)"
                   r"\s+here\b(?!['’]|\s+(?:is|are|was|were|and|to\s+stay)\b)")


def without_here(title: str) -> str:
    """Return the title without the dateline's "here" ("Ruiz arrived here for talks" -> "Ruiz arrived for
    talks"), unless it stands in a quotation or a phrase of place ("came from here")."""
    if '"' in title or "“" in title:
        return title
    shorter = _HERE.sub("", title)
    if shorter == title or not title.endswith(" here"):
        return shorter  # a "here" inside leaves the end as it was
    # "Merkel pledged (here)", "said (here)": a verb that waits keeps the word that ends it
    return title if complete(shorter) is not None and complete(title) is None else shorter


def balance_quotes(title: str) -> str:
    """Drop quotation marks left without their partner; old wire copy's `` and '' become “ and ”."""
    title = title.replace("``", "“").replace("''", "”")
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    if title.count("‘") != title.count("’") and not re.search(r"\w’\w", title):
        title = title.replace("‘", "").replace("’", "")
    return title
