"""Drop a restrictive relative clause between a long title's subject and its main verb.

"Thousands of protesters who had gathered outside the parliament building in the capital demanded the
resignation of the minister" cut to 80 characters keeps the relative clause and loses the main verb; without
the clause ("Thousands of protesters demanded the resignation of the minister") subject and predicate fit.
timeline.shorten asks it of a long title before it cuts one (as timeline.subject_asides for an aside between
commas). No parser: the main verb is the first past form or auxiliary after the relative clause's own verb
that follows a noun, not a function word ("in the capital | demanded"), each rule below with its example.
"""

from __future__ import annotations

import re

from timeline.present_verbs import base_of
from timeline.subject_asides import subject_may_start
from timeline.title_ends import FUNCTION_WORD_SET
from timeline.verbs import first_verb, has_verb, is_past_form

# The relative clause's start after its subject: "(Thousands of protesters) who (had gathered ...)".
_RELATIVE = re.compile(r"\s(?:who|that|which)\s+(?=[a-z])")
# A word in -s right after the relative pronoun, its verb when it is the present of a known verb.
_PRESENT = re.compile(r"(?P<word>[a-z]{2,}[^s\W]s)\b")
# Main verbs that may follow the relative clause: auxiliaries, and past forms (is_past_form).
# | main verb          | example                                                           |
# | an auxiliary       | "The fires which left three guards hurt (in Tartu) were caused"  |
# | a past form        | "Farmers who had driven their tractors to the city blocked"       |
_AUXILIARY = {"was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "may",
              "might", "must", "should"}
# Words before a verb that make it the relative clause's own, not the main verb: a conjunction ("gathered
# and marched"), a relative pronoun, an adverb, a function word.
_JOINS = {"and", "or", "but", "nor", "who", "that", "which", "then", "also", "not", "never", "already",
          "just", "still", "since", "ever", "now", "once", "all", "both", "each", "be", "been", "being"}
# A subject that is no plain noun phrase: a comma, a dash, a bracket or a quotation in it ("Israel -- which
# ... --", "The pact, a pet project of Peru, which"); a front "-ing" ("Closing a three-day forum which").
_NOT_PLAIN = re.compile(r"[,;:(\"“”]|--|[–—]|\A[A-Z]?[a-z]+ing\b")
# Subjects that are no noun phrase of their own: "Those who sought to return", "Anyone who".
_NOT_HEADS = {"those", "anyone", "everyone", "anybody", "everybody", "someone", "somebody", "all", "one",
              "some", "many", "few", "others", "people", "he", "she", "they", "it"}
# A preposition or a comma right after a past form: a participle ("members arrested | after a demonstration",
# "expected to be created |, has"), not the main verb with its object ("demanded | the resignation").
_PREPOSITION_AFTER = re.compile(
    r",|\s+(?:by|in|on|at|after|before|during|for|from|to|with|over|under|into|near|since|until|as|across)\b"
)

# A place and its country or region between commas, which end no relative clause: "(held in a jail in)
# Valledupar, Colombia, (were freed)", "in Leeds, West Yorkshire,".
_PLACE_COMMAS = re.compile(
    r"\b(?:in|at|near|from|of)\s+[A-Z][\w'’-]+,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+\Z"
)


def without_relative(title: str) -> str | None:
    """Return the title without the restrictive relative clause between its subject and its main verb, or
    None: "Protesters who had gathered outside the parliament in the capital demanded the resignation" ->
    "Protesters demanded the resignation"."""
    found = _RELATIVE.search(title, 0, 70)
    if found is None or found.start() < 3 or not subject_may_start(title):
        return None
    subject = title[: found.start()]
    if has_verb(subject) or _NOT_PLAIN.search(subject) or subject.split(None, 1)[0].lower() in _NOT_HEADS:
        return None  # "Officials said (that) ...", "In May, the firm that ...", "Those who": no plain subject
    own = first_verb(title, found.end())
    present = _PRESENT.match(title, found.end())  # "which attacks": a present the verb lists leave out
    if present and (base_of(present["word"]) is not None or found.group().split()[0] in ("who", "which")):
        own = present  # not "reports that officials ...": a plural noun after "that" is no verb
    if own is None or own.start() != found.end() and title[found.end() : own.start()].count(" ") > 1:
        return None  # the relative clause opens on its verb: "who had", "that left", "who recently joined"
    at = own.end()
    while (verb := first_verb(title, at)) is not None:
        at = verb.end()
        word = verb.group().lower()
        before = title[: verb.start()].rsplit(None, 1)[-1].lower().strip(",\"”'’")
        if before in FUNCTION_WORD_SET or before in _JOINS or before in _AUXILIARY or before.endswith("ly"):
            continue  # "gathered and marched", "had gathered", "the talks"
        if title[verb.start() - 2 : verb.start() - 1] == "," and not _PLACE_COMMAS.search(
            title, max(0, verb.start() - 60), verb.start()
        ):
            return None  # "..., a town that was shelled, fell": a comma is no plain relative clause's end
        if word in _AUXILIARY or is_past_form(word) and not _PREPOSITION_AFTER.match(title, verb.end()):
            rest = title[verb.start() :]
            return f"{subject} {rest}" if len(rest.split()) > 1 else None
    return None
