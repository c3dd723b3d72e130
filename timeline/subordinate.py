"""Find the subordinate clause that a date at the end of a sentence dates: "He was a teacher when the war
broke out in 1939" dates the outbreak of the war, not the teaching. And read "did not restart until Monday"
as what happened on Monday: it restarted.

No parser: a pattern for the clause's opening word and checks that it has a subject and a verb of its own.
"""

from __future__ import annotations

import re

from timeline.verbs import has_verb, past_of

# The last "when" before the date, with no comma or other clause break between them.
_WHEN = re.compile(r"\bwhen\s+(?=[^,;:]*\Z)")
# A subject that stands for something named elsewhere: "when it opened", "when they met".
_PRONOUN = re.compile(r"(?:it|he|she|they|we|i|you|this|that|there)\b", re.I)
# Nothing after the date but closing punctuation: the date ends the clause.
_CLAUSE_END = re.compile(r"[\s.,;:!?\"'”’)]*\Z")


def when_clause(
    text: str, span: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the span of the "when" clause that the date `own` ends in the clause `text[span]`, or None.

    "The city was calm when the curfew ended on Sunday" -> "the curfew ended on Sunday". Not when the
    clause's subject is a pronoun ("when it opened in 1986": what "it" is lies in the main clause) or the
    words before "when" hold no verb or a date of their own (`others`): "The dispute began in January when
    the port authority announced plans to automate the docks by 2027" is left to focus.part_of.
    """
    if not _CLAUSE_END.fullmatch(text, own[1], span[1]):
        return None
    before = text[span[0] : own[0]]
    whens = list(_WHEN.finditer(before))
    main = (span[0], span[0] + whens[-1].start()) if whens else span
    if not whens or not has_verb(text[main[0] : main[1]]) or any(main[0] <= o[0] < main[1] for o in others):
        return None
    body = span[0] + whens[-1].end()
    if _PRONOUN.match(text, body) or not has_verb(text[body : own[0]]):
        return None
    return body, span[1]


# "until" before the date, with a word that places the time: "until 6 a.m. on Monday", "until late Friday".
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:(?:about|around|after|late|early|on)\s+)?\Z", re.I)
# The negation that "until" turns into the event: "did not restart", "didn't sign", "was not cleared".
_NOT = re.compile(
    r"\b(?:did\s+not|didn['’]t)\s+(?P<verb>[a-z]{3,})\b|\b(?P<be>was|were)\s+not\s+(?=[a-z]+ed\b)"
)


def not_until(title: str, text: str, own: tuple[int, int]) -> str:
    """Return the title of "X did not happen until <date>" as "X happened": the date is when it did."""
    if not _UNTIL.search(text, max(0, own[0] - 20), own[0]):
        return title
    return _NOT.sub(lambda m: f"{m['be']} " if m["be"] else past_of(m["verb"] + "ing"), title, count=1)
