"""Find a wording of a long clause that keeps its predicate's end, before timeline.candidates takes a cut.

A cut that complete() finds whole can still drop the end of the thought: "Both analysts noted that high rates
had pushed the share price | into the high 40s". A headline editor drops the speaker, an aside or a long
name first: "High rates had pushed the share price into the high 40s". `uncut` takes the first wording that
fits uncut; else the statement without its speaker, cut, when it tells more than the cut with the speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from timeline import rewordings, statements
from timeline.complete import complete
from timeline.last_cuts import cut_within, first_verb_end, unquoted
from timeline.title_length import MAX_TITLE
from timeline.verbs import is_past_form

# The characters a cut shares with the end of its clause when it kept the clause's end: no wording needed.
SAME_END = 24
# The characters after its verb that a statement's cut must keep: "The plane returned to Libya" (10) is too
# little to drop the speaker for.
_ENOUGH_AFTER_VERB = 15
# The characters a statement cut without its speaker must add to the cut with it: a word or two.
_MORE_SAID = 8


def uncut(
    whole: str, fitted: str, forms: Iterable[str], cuts: Callable[[str], Iterator[str]], *, speaker: bool
) -> str | None:
    """Return the first of `forms` (wordings of `whole` that lose nothing of its predicate) that fits in 80
    characters and is whole with a verb; else, unless the `speaker` stays, the longest whole cut (of `cuts`)
    of the statement without its speaker when it tells more than `fitted`, the cut with it; else None."""
    for form in forms:
        if len(form) <= MAX_TITLE and first_verb_end(form) >= 0 and complete(unquoted(form)) is None:
            return form
    told = None if speaker else statements.statement(whole)
    if told is None or (verb_end := first_verb_end(told := rewordings.plain_names(told))) < 0:
        return None
    kept = statements.statement(fitted)  # what the cut with its speaker keeps of the statement
    least = len(kept) + _MORE_SAID if kept is not None else 0
    for title in cuts(told):
        if len(title) - verb_end < _ENOUGH_AFTER_VERB or len(title) < least:
            return None  # a cut that tells no more than the one with its speaker leaves the speaker be
        if _bare_past_end(title):
            continue  # "a tremor after the big storm injured": a relative clause cut to its verb
        if complete(unquoted(title)) is None and not cut_within(told, title):
            return title
    return None


def _bare_past_end(title: str) -> bool:
    """Tell whether a cut ends on a past form right after a noun, its own clause cut ("of a strong quake
    injured"); not after an auxiliary ("was injured")."""
    words = title.rsplit(None, 2)
    return (len(words) == 3 and is_past_form(words[2]) and words[1].lower() not in _AUXILIARIES
            and first_verb_end(title) < len(title) - len(words[2]))


_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got"}
