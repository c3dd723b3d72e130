"""Past participles, with the ones in -n that is_past_form (past tenses) does not know: "written"."""

from __future__ import annotations

from timeline.verbs import is_past_form

# Participles in -n, which is_past_form (past tenses) does not know: "was written in 1961 and published".
_EN_PARTICIPLES = frozenset({
    "written", "given", "taken", "chosen", "driven", "stolen", "broken", "spoken", "shown", "known", "seen",
    "done", "begun", "drawn", "grown", "thrown", "flown", "frozen", "hidden", "ridden", "risen", "shaken",
    "sworn", "torn", "worn", "forgotten", "forgiven", "eaten", "fallen", "beaten", "overthrown", "rewritten",
    "withdrawn", "undertaken", "overtaken", "forbidden", "sewn", "sown", "mown", "blown", "arisen",
})


def participle(word: str) -> bool:
    """Tell whether a word is a past participle: "repaired", "sold", "written" (not "hundred")."""
    return word in _EN_PARTICIPLES or is_past_form(word)
