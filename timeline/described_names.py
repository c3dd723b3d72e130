"""Name the firm or body a title calls by a description alone: "The Polish oil concern sold a stake" ->
"Orlen sold a stake", when the story gave that description to exactly one name before.

News names a firm once and then describes it: "Orlen, the Polish oil concern, ..." or "Polish oil concern
Orlen ..." before "The Polish oil concern sold ...". A headline read alone needs the name. The description
is "The", up to three words and a noun of a firm or body (_HEADS); the story gave it when the same noun
closes a description next to a name that holds the title's words ("the state-owned Polish oil concern
Orlen" gives "The Polish oil concern"; "carmaker Volvo" gives no "The Swedish carmaker", another may be
meant). One name is the thing meant; two or none leave the description.
People are timeline.role_names's. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb

# Nouns of a firm or a body that news describes a named one by, each with an example.
_HEADS = (
    "concern",  # "the Polish oil concern"
    "company|firm|group|conglomerate",  # "the German engineering group"
    "giant|maker|carmaker|automaker|producer|manufacturer",  # "the Swedish carmaker"
    "carrier|airline|lender|bank|insurer|retailer|broadcaster|operator|utility|miner",  # "the Dutch lender"
)
_HEAD = "|".join(_HEADS)
# A description at a title's head, then its verb: "The (Polish oil concern) sold".
_ASKED = re.compile(rf"(?i:the)\s+(?P<desc>(?:[A-Za-z][\w-]*\s+){{1,3}}?(?:{_HEAD}))\s+(?=[a-z])")
# A name of one to three capitalized words: "Orlen", "Acme Foods", "Grupa Azoty".
_NAME = r"[A-Z][\w&'’.-]*[a-z0-9](?:\s+[A-Z][\w&'’.-]*[a-z0-9]){0,2}"
# Where the story gives a description to a name: "(Polish oil concern) Orlen", "Orlen, the (Polish oil
# concern)".
_GIVEN = re.compile(
    rf"(?P<before>(?:[A-Za-z][\w-]*\s+){{0,3}}(?:{_HEAD}))\s+(?P<name>{_NAME})\b"
    rf"|(?P<named>{_NAME}),\s+(?:the|a|an)\s+(?P<after>(?:[A-Za-z][\w-]*\s+){{0,3}}(?:{_HEAD}))\b"
)
# Words that end no name of a firm: a month, a weekday, a function word opening the next phrase.
_NOT_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday", "The", "A", "An", "In", "On", "It", "He", "She", "They", "But", "And"}
# How far back the story may have given the description: a dozen paragraphs of news.
_REACH = 4000


def named_thing(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with a description of a firm at its head replaced by the one name the story gave
    that description before: "The Polish oil concern sold a stake" -> "Orlen sold a stake"; the title
    unchanged when no name or two names had it."""
    asked = _ASKED.match(title)
    if asked is None or (verb := first_verb(title, asked.end())) is None or verb.start() != asked.end():
        return title
    words = asked["desc"].lower().split()
    names = set()
    for given in _GIVEN.finditer(text, max(0, span[0] - _REACH), span[0]):
        name = (given["name"] or given["named"]).split()
        while name and name[-1] in _NOT_NAMES:
            name.pop()  # "concern Orlen Monday": the weekday is no part of the name
        told = (given["before"] or given["after"]).lower().split()
        if not name or name[0] in _NOT_NAMES or told[-1] != words[-1]:
            continue
        if set(words[:-1]) <= set(told[:-1]):  # "the Polish oil concern" holds "Polish oil concern"; not
            names.add(" ".join(name))  # "bank Barclays" for "The central bank": a bare noun may be another
    if len(names) != 1:
        return title
    name = names.pop()
    rest = title[asked.end("desc") :]
    return title if name in rest else name + rest
