"""Read a past form that is also its base and a noun as the main verb where only a verb can stand.

"cost", "hurt" or "cast" is a noun as often as a verb ("the cost of the war"), so timeline.verbs does not know
it: a clause whose only verb it is looks verbless. Right after a subject that a relative clause closes ("The
strike that began in March | cost the firm dearly") the word can only be the main verb when an object or an
adverb follows it. No parser: a table with an example each, and one pattern.
"""

from __future__ import annotations

import re

# Pasts equal to their base that timeline.verbs leaves out because each is a noun as often, with an example
# of the main verb after a relative clause; the irregular pasts it does know ("cut", "hit") count too.
BARE_PASTS = {
    "cost": "The strike that began in March cost (the firm dearly)",
    "hurt": "The drought that struck in May hurt (the harvest)",
    "cast": "The scandal that broke in 2019 cast (a shadow over the vote)",
    "bet": "The fund that opened in 2020 bet (heavily on tin)",
    "bid": "The group that formed in June bid (for the contract)",
    "shed": "The bank that merged in 2018 shed (900 jobs)",
    "thrust": "The crisis that began in 2008 thrust (him into office)",
    "upset": "The rally that ended on Sunday upset (the neighbours)",
    "forecast": "The agency that was founded in 1990 forecast (a mild winter)",
    "cut": "The board that met on Monday cut (the dividend)",
    "hit": "The storm that formed in May hit (the coast)",
    "set": "The panel that met in June set (new rules)",
    "put": "The war that began in 1990 put (the mine out of work)",
    "let": "The judge who took over in May let (the case go on)",
    "shut": "The strike that began on Monday shut (the port)",
    "spread": "The fire that started on Friday spread (to the hills)",
    "quit": "The coach who arrived in 2021 quit (the club)",
    "burst": "The dam that was built in 1950 burst (its banks)",
    "split": "The party that formed in 2010 split (in two)",
}
# The word and what follows it that makes it a verb: an object's opener, a number, a name, an adverb in -ly,
# a preposition of its complement; not "of", "and", a verb or a full stop ("the cost of", "the cost was").
_VERB_AT = re.compile(
    rf"\s*(?P<verb>{'|'.join(sorted(BARE_PASTS, key=lambda w: (-len(w), w)))})\s+"
    r"(?=(?:the|a|an|its|his|her|their|our|him|them|it|us|more|most|much|some|[a-z]+ly|to|for|into|in|on)\b"
    r"|[A-Z\d])"
)


def verb_at(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """Return the match of a bare past at `start` (after spaces) that an object or an adverb makes a verb,
    or None: " cost the firm dearly" -> "cost"; " cost of living" -> None."""
    return _VERB_AT.match(text, start, len(text) if end is None else end)
