"""Spell out a contracted pronoun subject at a title's head, so that the pronoun can be resolved.

subjects.resolve_subject replaces "He", "She", "It" and "They" with the name they stand for; a quotation's
"He’s treated five patients" or "They’ve planted 300 hectares" escaped it, the pronoun being fused with its
auxiliary. The auxiliary each contraction stands for, with an example; "’s" and "’d" read by the word after
them ("he’s treated" has, "he’s leaving" is; "they’d agreed" had, "they’d agree" would).
"""

from __future__ import annotations

import re

from timeline.verbs import is_past_form

_PLAIN = {
    "ve": "have",  # "They’ve planted" -> "They have planted"
    "re": "are",  # "They’re leaving" -> "They are leaving"
    "ll": "will",  # "She’ll testify" -> "She will testify"
}
# Participles that is_past_form does not know: "he’s been", "it’s gone".
_PARTICIPLES = {"been", "gone", "done", "seen", "known", "given", "taken", "shown", "grown", "begun", "won"}
_PASSIVE_AFTER = re.compile(r"\s*(?:\Z|(?:to|by|as|in|on|at|for|with|from)\b)")
# A pronoun fused with its auxiliary, which has_verb passes over: "It's ready", "We’ll reopen", "I'm sure".
_FUSED = re.compile(r"\b(?:I|we|you|they|he|she|it|that|there)['’](?:s|re|ll|ve|m|d)\b", re.I)
_HEAD = re.compile(r"(?P<p>[Hh]e|[Ss]he|[Ii]t|[Tt]hey)['’](?P<c>s|ve|re|ll|d)\s+(?P<next>[a-z]+)\b")


def spelled_out(title: str) -> str | None:
    """Return the title with its contracted pronoun subject spelled out ("He’s treated" -> "He has
    treated"), or None when it opens on none."""
    if len(title) < 4 or title[2:5].find("’") < 0 and title[2:5].find("'") < 0:
        return None  # the mark follows "He", "She", "It" or "They": at most the fifth character
    found = _HEAD.match(title)
    if found is None:
        return None
    contraction, after = found["c"], found["next"]
    participle = is_past_form(after) or after in _PARTICIPLES
    if contraction == "s":
        if found["p"].lower() == "they":
            return None  # "they’s" is no English
        # a participle before its object is perfect ("he’s treated five"); before "to", "by", "as" or the
        # end, passive ("it’s expected to", "it’s closed"); "been", "gone" always perfect
        passive = _PASSIVE_AFTER.match(title, found.end())
        auxiliary = "has" if after in ("been", "gone") or (participle and not passive) else "is"
    elif contraction == "d":
        auxiliary = "had" if participle else "would"
    else:
        auxiliary = _PLAIN[contraction]
    return f"{found['p']} {auxiliary} {title[found.start('next') :]}"


def fused_verb(title: str) -> bool:
    """Tell whether a title holds a pronoun fused with its auxiliary ("It's ready"): it has a verb, which
    has_verb does not read, so a cut that leaves '"It's ready,"' of '"It's ready," said the mayor' may go."""
    return ("'" in title or "’" in title) and _FUSED.search(title) is not None
