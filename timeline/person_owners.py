"""Name the person a "his" or "her" that opens a title stands for, as a headline does: "His party failed to
win a seat" -> "Okafor's party failed to win a seat".

The person is the one a "he" or "she" in the same place would stand for (subjects.resolve_subject asks the
sentence before, the clause's own sentence, the last person named); when none is found safely, the
pronoun stays.
"""

from __future__ import annotations

import re

from timeline import subjects
from timeline.role_names import called_alone

# A possessive pronoun that opens a title, the word it owns after it: "His party", "her 9-year-old son".
_OWNER = re.compile(r"(?P<p>his|her)\s+(?=[\w\"“'‘])", re.I)


def named_owner(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with its opening "his" or "her" replaced by the possessive of the person it stands
    for: "His party failed" -> "Okafor's party failed"; the title unchanged when no one is found."""
    owner = _OWNER.match(title)
    if owner is None:
        return title
    pronoun = "He" if owner["p"].lower() == "his" else "She"
    rest = title[owner.end("p") :]
    named = subjects.resolve_subject(pronoun + rest, text, span)
    if not named.endswith(rest) or named == pronoun + rest:
        return title
    name = named[: len(named) - len(rest)]
    if not name or (" " not in name and not called_alone(name, text)):
        return title  # "Wen" of "Li Wen": a name the story never calls the person by
    return name + ("'" if name.endswith("s") else "'s") + rest
