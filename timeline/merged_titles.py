"""Choose which of the events folded into one across dates titles it: the one that tells it best.

noun_twins folds the events of a story that name one happening ("An explosion ripped through a mill this
week" / "Officials said the blast on Sunday killed four"); the finer date dates the fold, but the sentence
that holds it is often a later detail, told weaker than the lead. A title tells best with a finite verb ("A
storm cut power to the coast" over "A storm cutting power to the coast"), then with a subject that is no
pronoun ("It cut power" needs the sentence before), then from the earliest sentence: a story names a
happening first where it tells it whole. The fold keeps the finer date and its id, so the choice moves no id.
"""

from __future__ import annotations

import re

from timeline.finite_past import finite_past
from timeline.models import Event
from timeline.verbs import first_verb, is_past_form

# A subject that is only a pronoun, up to the verb: "(It) killed four", "(They) said".
_PRONOUN = re.compile(r"\s*(?i:he|she|it|they|we|i|you)\s*")


def best_titled(events: list[Event]) -> Event:
    """Return the event whose title tells a fold best (the module's docstring): a finite verb, no pronoun
    subject, the earliest sentence (in its document's order, then by document id, so ties never depend on the
    order given)."""
    return min(events, key=_rank)


def _rank(event: Event) -> tuple[bool, bool, str, int, int]:
    """Return how an event's title ranks among a fold's titles: lowest first."""
    title = event.title
    verb = first_verb(title)
    finite = verb is not None and (not is_past_form(verb.group()) or finite_past(title))
    pronoun = verb is not None and _PRONOUN.fullmatch(title, 0, verb.start()) is not None
    first = event.evidence[0]
    return (not finite, pronoun, first.document, first.start, first.end)
