"""Tell whether a name may stand for a pronoun: a "he" or "she" for a person, an "it" for a thing or a body.

An editor who writes a headline from "Acme Corp said on Monday ... She joined in 2019" does not write "Acme
Corp joined": a firm is no "she". Nor "Ruth Okafor was founded" from "Ruth Okafor met investors; it was
founded in 2011": a woman is no "it". When the name found does not fit the pronoun, the title keeps the
pronoun (the sentence's own words) rather than a wrong name. No parser: word tables, each with an example.
"""

from __future__ import annotations

import re

from timeline import attribution, person_nouns
from timeline.given_names import FEMALE, MALE, sex_of
from timeline.pronouns import NOT_PEOPLE

# Last words of names of firms, bodies and places, beyond pronouns.NOT_PEOPLE, each with an example:
# "Acme Corp", "Stellar Networks", "Delta Mining", "Harbour Holdings".
BODY_WORDS = {
    "Inc", "Ltd", "Co", "Corporation", "Plc", "PLC", "LLC", "AG", "SA", "Networks", "Systems", "Industries",
    "Holdings", "Technologies", "Partners", "Capital", "Energy", "Mining", "Media", "Telecom", "Foods",
    "Stores", "Airport", "Authority", "Board", "Bureau", "Foundation", "Trust", "Tribunal", "Institution",
    "Organization", "Organisation", "Centre", "Center", "Hospital", "School", "College", "Railway",
    "Railways", "Electric", "Insurance", "Pharmaceuticals", "Communications", "Entertainment", "Studios",
}
# Courtesy titles and abbreviations written before a person's name: "Mr. Dale", "Dr Lind", "Sen. Reyes".
COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof", "Gen", "Sen", "Rep", "Gov", "Rev"}
# Titles that name a person before a name: those, "Lord Dale", "President Ruth Okafor".
_PERSON_TITLES = {
    *COURTESY_TITLES, "Lord", "Lady", "President", "Premier", "Minister", "Senator", "Governor", "Mayor",
    "Judge", "Justice", "Ambassador",
    *person_nouns.words("pronoun_title"),
}


def is_body(name: str) -> bool:
    """Tell whether a name is that of a firm, a body or a place by its last word: "Acme Corp", "Harbour
    Bank", "Northfield City Council"; not "Ruth Okafor"."""
    words = name.split()
    return bool(words) and (words[-1].rstrip(".,") in NOT_PEOPLE or words[-1].rstrip(".,") in BODY_WORDS)


def is_person_name(name: str) -> bool:
    """Tell whether a name is a person's by a title or a common given name before it: "Ruth Okafor", "Mr.
    Dale", "President Ana Lind"; not "Acme Corp", nor "Tarek Aziz" (the table does not tell)."""
    words = [w for w in name.split() if w.lower() != "the"]
    if not words or is_body(name):
        return False
    first = words[0].rstrip(".")
    return first in _PERSON_TITLES or first in FEMALE or first in MALE


def fits_person(name: str, pronoun: str) -> bool:
    """Tell whether a speaker's name may stand for "he" or "she": no firm or body, and no given name of the
    other sex ("Ruth Okafor ... he")."""
    if is_body(name):
        return False
    sex = sex_of(name.split()[0]) if name.split() else None
    return sex is None or sex == (pronoun.lower() == "she")


def person_speaker_before(text: str, position: int, pronoun: str) -> str | None:
    """Return the surname of the last speaker quoted before `position` when that speaker may be a "he" or
    "she", else None: "Acme Corp said on Monday ... She joined" keeps "She"; "said Ruth Okafor. She" is
    "Okafor". The last speaker decides: an earlier person is no safer guess than the pronoun."""
    last = None
    for match in attribution.speaker_matches(text, position):
        last = match
    if last is None:
        return None
    name = re.sub(r"\A(?:Mr|Mrs|Ms|Dr)\.\s*", "", (last["a"] or last["b"]).strip())
    return name.split()[-1] if fits_person(name, pronoun) else None
