"""Drop the comma an aside or a date left between a title's subject and its verb.

"The collapse of the old bridge in 2011, killed 14 people" loses its date and keeps the comma that closed
it; "The four climbers, all students, whose guide fell ill, were rescued" loses its apposition and keeps the
relative clause and the comma that closed the aside. A headline has no comma between its subject and its
verb: the comma goes, with a relative clause before it ("The four climbers were rescued").
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, has_verb

# A subject, a comma and what follows: the first comma of the title.
_SUBJECT_COMMA = re.compile(r"(?P<subject>[A-Z][^,\"“”:;()]{2,90}?),\s+(?P<rest>[a-z][^\"“”]*)\Z")
# A relative clause ending the subject, an aside whose opening comma went: "The contract which expired".
_RELATIVE_END = re.compile(r"\s+(?:which|who|whose)\s[^,]+\Z")
# Words that open a front phrase or clause, whose comma stays: "In Denver, officials met", "When asked,".
_FRONT = re.compile(
    r"(?:In|On|At|For|With|Without|After|Before|Since|During|Despite|When|While|As|If|Although|Though|Because"
    r"|By|From|Under|Over|Unlike|Like|Due|Compared|According|Following|Amid|Once|Until|Then|Now|So|Also"
    r"|However|Meanwhile|Still|Later|Earlier|Instead|Besides|Of|To|Born|Established|Founded)\b"
)

# Verbs of telling after a comma, whose subject is the teller after them: "(...), said the coach".
_TELLING = {
    "said", "says", "added", "adds", "told", "tells", "noted", "wrote", "writes", "warned", "stressed",
    "explained", "insisted", "recalled", "reported",
}


def joined(title: str) -> str:
    """Return the title without a comma between its subject and its verb ("The collapse of the bridge,
    killed 14 people" -> "The collapse of the bridge killed 14 people"), a relative clause before that
    comma going with it; else the title.
    """
    found = _SUBJECT_COMMA.match(title) if ", " in title else None
    if found is None or _FRONT.match(title):
        return title
    subject, rest = found["subject"], found["rest"]
    verb = first_verb(rest, 0, 40)
    if verb is None or verb.start() != 0 or verb.group().endswith("ing") or len(rest.split()) < 2:
        return title  # "The index, initiated": a participle alone may be an aside's
    if verb.group().lower() in _TELLING:
        return title  # "Good news for the club, said the coach": the teller after a quotation
    if rest[verb.end() :].startswith(" by "):
        return title  # "The forum, co-hosted by the ministry": an aside's participle and its agent
    relative = _RELATIVE_END.search(subject)
    if relative is not None:
        subject = subject[: relative.start()]  # "The contract (which expired), fell"
    if has_verb(subject) or len(subject.split()) < 2:
        return title  # "Roberts became the chief justice, overturned": two clauses, or a name and its aside
    return f"{subject} {rest}"
