"""Tell a holiday's name that is a person's name: "Mr. Easter", "Holi Gurung said", "Diwali Naidu, 40"."""

from __future__ import annotations

import re

from timeline.temporal.saying import SAYING
from timeline.temporal.wordsense import holiday_surname

# One-word holidays that people bear as a name: (name, also a surname, example of the person). A surname
# is read after a title or a given name ("Mr. Easter", "John Easter"); any is read before a surname or a
# verb of saying ("Holi Gurung said"). "Christmas" is no surname here: a headline's "Crowds Celebrate
# Christmas" would read as a given name and a surname.
PERSON_HOLIDAYS = [
    ("christmas", False, "Christmas Obi, the choir's director, said"),
    ("easter", True, "Jermaine Easter's goal"),
    ("ramadan", True, "coach Salman Ramadan"),
    ("ramadhan", True, "Ramadhan Mussa told the court"),
    ("holi", False, "Holi Gurung, a porter, said"),
    ("diwali", False, "Diwali Naidu said the shop was shut"),
    ("deepavali", False, "Deepavali Rao, the singer,"),
    ("pesach", False, "Pesach Levin says"),
]
_PERSON_NAMES = frozenset(name for name, _, _ in PERSON_HOLIDAYS)
_SURNAMES = frozenset(name for name, surname, _ in PERSON_HOLIDAYS if surname)

# Capitalised words a holiday's name goes on with that are no surname: "Diwali Mela", "Ramadan Kareem".
_NOT_SURNAMES = (
    r"(?:Day|Eve|Week|Weekend|Holidays?|Season|Festival|Fest|Mela|Fair|Market|Parade|Party|Rising|Island"
    r"|Islands|Offensive|Carols?|Tree|Mass|Service|Message|Address|Special|Sales?|Shopping|Break|Mubarak"
    r"|Kareem|Hai|Night|Morning|Time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December)"
)
# A given name's surname, then no other capital (a headline in title case goes on with capitals): "Holi
# Gurung said", "Diwali Naidu, a trader". A surname may be double-barrelled ("Easter Smith-Jones").
# A capital in -s before a lower-case word is more often a plural noun: "Christmas Shoppers flock".
_SURNAME_AFTER = re.compile(
    rf"\s+(?!{_NOT_SURNAMES}\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    rf"(?:(?<!s)(?=,|'s\b|’s\b|\s+[a-z]|[.;:!?]|\s*\Z)|(?=,|\s+(?:{SAYING})\b))"
)
_SAYS_AFTER = re.compile(rf"\s+(?:{SAYING})\b")  # lower case: "Holi said", not "Holi Said"
# Words after which a holiday's name is the day: "during Ramadan Muslims fast", "at Christmas Americans
# spend"; a capital before it is a title in title case or a name's first half, holiday_surname's to read.
_DAY_BEFORE = re.compile(
    r"(?:\b(?:during|at|over|for|on|since|before|after|until|till|around|through|throughout|by|of|in|from"
    r"|this|last|next|the|each|every|celebrat\w*|mark\w*|observ\w*)|(?-i:[A-Z][\w'’-]*))\s+\Z",
    re.IGNORECASE,
)


def person_named(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a bare holiday name (no "last", no year) at text[start:end] names a person."""
    bare = not (groups.get("rel") or groups.get("mod") or groups.get("tail") or groups.get("y"))
    if not bare or groups["name"].lower() not in _PERSON_NAMES:
        return False
    if groups["name"].lower() in _SURNAMES and holiday_surname(text, start, end):
        return True  # "Mr. Easter", "John Easter said", "Abu Ramadan"
    if not groups["name"][:1].isupper() or _DAY_BEFORE.search(text, max(0, start - 16), start):
        return False
    return bool(_SURNAME_AFTER.match(text, end) or _SAYS_AFTER.match(text, end))
