"""Cut a long clause where no phrase boundary gave a whole title: the last resorts of timeline.candidates.

`before_of` cuts before an "of" ("called for the dismissal | of a senior (official ...)"),
`word_cut` before any preposition ("said one of the goals of the meeting was to take stock | of the
situation"); each keeps some of the predicate and asks timeline.complete whether what it keeps is whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline import continuations
from timeline.complete import complete
from timeline.open_complements import cut_clause
from timeline.title_ends import trim_end
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb


def first_verb_end(form: str) -> int:
    """Return where the first verb of a form ends, past a verb that opens it, or -1 when it has none."""
    verb = first_verb(form, 0, MAX_TITLE + 1)
    if verb is not None and verb.start() == 0:
        verb = first_verb(form, verb.end(), MAX_TITLE + 1)
    return verb.end() if verb is not None else -1


def unquoted(title: str) -> str:
    """Return the title as title_marks.balance_quotes leaves it: a quotation mark left open goes."""
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


def cut_within(whole: str, title: str) -> bool:
    """Tell whether `title`, a cut of `whole`, parts a clause's subject from its verb (open_complements)."""
    if not whole.startswith(title):
        return False
    rest = whole[len(title) :]
    return cut_clause(title, rest) or continuations.waits(title, rest)  # "wanted the hotel | to review"


# A preposition after a cut, which a longer cut than the phrase boundaries' may stop before: "to take stock
# | of the situation".
_BEFORE_PREPOSITION = re.compile(r"\s(?=(?:of|to|for|in|on|at|with|from|by|about|over|into)\s)")
# The characters after its verb that a cut before a preposition must keep: "The board had no idea" (9) is
# not enough.
_WORD_CUT_AFTER_VERB = 12


def word_cut(forms: Iterable[str]) -> str | None:
    """Return the longest whole cut before a preposition of the first of `forms` that has one, when no cut
    at a phrase boundary and no structural title was whole: "said one of the goals (of the meeting) was to
    take stock | of the situation"; or None.
    """
    for form in forms:
        verb_end = first_verb_end(form)
        if verb_end < 0:
            continue
        places = [m.start() for m in _BEFORE_PREPOSITION.finditer(form, 0, MAX_TITLE + 1)]
        for place in reversed(places):
            if place - verb_end < _WORD_CUT_AFTER_VERB:
                break
            if form[:place].rsplit(None, 1)[-1].lower() in _QUANTIFIERS:
                continue  # "bought more than half | of the shares": a quantity says nothing without its "of"
            title = trim_end(form[:place])
            if complete(unquoted(title)) is None and not cut_within(form, title):
                return title
    return None


_OF = re.compile(r"\s(?=of\s)")
# The characters after its verb that a cut before "of" keeps at least: "demanded | the dismissal" (14).
_OBJECT_AFTER_VERB = 8
_QUANTIFIERS = {
    "some", "many", "most", "all", "part", "one", "none", "each", "much", "few", "several", "both", "any",
    "half", "majority", "minority", "rest", "number", "lot", "lots", "dozens", "hundreds", "thousands",
    "millions", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
}


def before_of(forms: Iterable[str]) -> str | None:
    """Return the longest whole cut before an "of" of the first of `forms` that has one, when no cut at a
    phrase boundary was whole: "called for the dismissal | of a senior (official ...)"; or None.
    """
    for form in forms:
        verb_end = first_verb_end(form)
        places = [m.start() for m in _OF.finditer(form, 0, MAX_TITLE + 1) if 12 <= m.start() <= MAX_TITLE]
        for place in reversed(places):
            if form[:place].rsplit(None, 1)[-1].lower() in _QUANTIFIERS:
                continue  # "had to sell some | of their shares": a quantity says nothing without its "of"
            title = trim_end(form[:place])
            if len(title) - verb_end >= _OBJECT_AFTER_VERB and complete(unquoted(title)) is None:
                return title
    return None
