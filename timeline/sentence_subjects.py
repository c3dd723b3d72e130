"""Find where a sentence or a clause starts, and the short subject a sentence opens with.

A full stop after a title or a dotted abbreviation ends no sentence ("Mr. Smith", "U.S. officials"); a
dateline ends like one ("RAFAH, Nov. 25 (Xinhua) -- It is"); a semicolon starts a clause. The subject of a
sentence is the words before its first verb, without a phrase that opens the sentence before it ("In 1990,
the singer moved" -> "the singer") or an age after a name ("Mr. Smith, 54,"). No parser: patterns, each
with an example.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, has_verb

# An age after a name: "Mr. Smith, 54, joined".
AGE = re.compile(r",\s+\d{1,3},(?:\s+|\Z)")
# Titles in front of a name, months before a day, whose full stop ends no sentence: "Mr. Smith", "Oct. 2".
_TITLES_BEFORE_NAMES = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "st", "jan",
                        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def sentence_start(text: str, position: int) -> int:
    """Return where the sentence holding `position` starts: after the last full stop that is no title."""
    line = text.rfind("\n", 0, position) + 1
    # a dateline ends like a sentence: "RAFAH, Nov. 25 (Xinhua) -- It is"
    line = text.rfind(") -- ", line, position) + 5 if ") -- " in text[line:position] else line
    stop = position
    while True:
        stop = text.rfind(". ", line, stop)
        if stop < 0:
            return line
        word = re.search(r"(?P<dotted>\b[A-Za-z]\.)?(?P<w>[A-Za-z]+)\Z", text[max(line, stop - 6) : stop])
        # "Mr. Smith", "at 7 a.m. on Sunday", "U.S. officials" go on; "the plan. Mr. Smith" starts at "Mr."
        if word is None or not (word["dotted"] or word["w"].lower() in _TITLES_BEFORE_NAMES):
            return stop + 1


def clause_start(text: str, position: int) -> int:
    """Return where the clause holding `position` starts: its sentence's start or after a semicolon before.

    "crowds crossed; demolition began in June and was completed in 1992": demolition was completed.
    """
    start = sentence_start(text, position)
    semicolon = text.rfind("; ", start, position)
    return semicolon + 2 if semicolon >= 0 else start


# Past participles that open a sentence about its subject's life or making: "Born in Porto in 1938, she".
_FRONT_PARTICIPLES = (
    r"(?:born|founded|raised|educated|elected|built|released|published|launched|opened|established|formed"
    r"|created|appointed|trained|designed|married|named|discovered|completed|asked|questioned)"
)
# A phrase that opens a sentence before its subject: "In 1990, the singer moved", "Born in 1938, she".
OPENING_PHRASE = re.compile(
    r"\A(?:(?:in|on|at|after|before|during|by|since|from|last|this|early|late|earlier|later)\b[^,]{0,60}"
    rf"|{_FRONT_PARTICIPLES}\b[^,;]{{0,80}}),\s*",
    re.I,
)
# A front participle phrase and the subject it describes: "Born in Porto in 1938, she published ...".
FRONT_PARTICIPLE = re.compile(rf"(?P<front>(?i:{_FRONT_PARTICIPLES})\b[^,;]{{0,110}}),\s+(?P<rest>[^,;]+)")


def subject_of(text: str, start: int, end: int) -> str | None:
    """Return the short subject of the clause from `start` to its first verb before `end`, or None."""
    verb = first_verb(text, start, end)
    subject = AGE.sub(" ", OPENING_PHRASE.sub("", text[start : verb.start()] if verb else "")).strip(" ,")
    if not subject or "," in subject or len(subject.split()) > 6 or has_verb(subject):
        return None
    if subject.lower().endswith(" to"):
        return None  # "The club appears to (have won)": a verb the walk missed comes before "to"
    return subject


def previous_subject(text: str, start: int) -> str | None:
    """Return the short subject of the sentence before the one at `start`, when it ends in a full stop and
    lies in the same paragraph or the one before: "The bank cut its rate. | It ..." -> "The bank"; news
    puts a sentence or two in a paragraph, so a pronoun often opens the next one."""
    end = len(text[:start].rstrip())
    if not text.startswith(".", end - 1) or "\n\n\n" in text[end:start] or end < 2:
        return None
    return subject_of(text, sentence_start(text, end - 1), end)
