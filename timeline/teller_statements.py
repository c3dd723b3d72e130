"""Word a statement whose subject is the teller's pronoun with the teller instead: "The federation said it
wanted the council to pay for the repairs" -> "The federation wanted the council to pay for the repairs".

A long clause's title loses "said it" before it loses the end of what was said: "it" after a teller that is
no person stands for the teller ("The Scottish Ambulance Service said it wanted ..."), "they" for a teller
of a group ("The union said they would strike"). timeline.clause_wordings offers the wording among the
statements; timeline.candidates takes it only when it makes a whole title. No parser: the teller is the
words before the telling, a noun phrase with no verb and no comma.
"""

from __future__ import annotations

import re

from timeline.person_heads import is_person_noun
from timeline.verbs import has_verb

# A teller, a telling and the pronoun opening what was told: "The board said (that) it would ...".
_TELLER_IT = re.compile(
    r"(?P<teller>(?:The\s+|[A-Z])[^,;:\"“”()]{1,60}?)\s+(?:said|says|announced|added|stated|confirmed"
    r"|indicated|warned)\s+(?:that\s+)?(?P<pronoun>it|they)\s+(?P<rest>[a-z][^\"“”]*)"
)
# "would" of a reported plan, in a headline's present: "it would cut" -> "will cut"; not "would have".
_WOULD = re.compile(r"would\s+(?!have\b)")


def teller_statement(form: str) -> str | None:
    """Return `form` with "TELLER said it ..." worded "TELLER ...", or None: not a person's "it" ("The
    minister said it was a mistake"), not a teller with a verb ("Police who arrived said they ...")."""
    if " it " not in form and " they " not in form:
        return None  # most forms: no such pronoun, no pattern run
    found = _TELLER_IT.fullmatch(form)
    if found is None or has_verb(found["teller"]):
        return None
    head = found["teller"].split()[-1]
    if is_person_noun(head) or (found["pronoun"] == "it" and head.endswith("s") and not head[0].isupper()):
        return None  # "The spokesman said it": the person is no "it"; "Officials said it": nor are they
    rest = found["rest"]
    rest = _WOULD.sub("will ", rest, count=1) if rest.startswith("would ") else rest
    return f"{found['teller']} {rest}"
