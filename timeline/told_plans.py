"""Read a teller's own plan told in a statement: "X said he (she, they) would VERB" on the plan's date.

"Delegates said they would meet again in the spring" dates the meeting, not the saying: a headline writes
"Delegates will meet again". The teller is who "he", "she" or "they" stands for when the teller is one
person (or many people) and names nobody else: "His lawyer said he would appeal" may be the client's plan,
"A spokesman for the mayor said he would resign" the mayor's; those keep their telling.
teller_pronouns.passed_on asks own_plan first, and teller_pronouns.resolved puts the teller for the pronoun
and "will" for "would"; teller_pronouns.lent_plan asks lent_plan of a title whose teller did something else
first ("Ferrante refused to admit defeat and vowed he would demand a recount").
"""

from __future__ import annotations

import re

from timeline.given_names import noun_sex, sex_of
from timeline.person_heads import is_person_noun
from timeline.verbs import be_for, has_verb

# Participles that are their verb's past too, after "had": "(they had) heard", "(he had) arrested", "met".
SAME_PAST = (r"(?:[a-z]{3,}ed|heard|made|found|told|held|left|lost|paid|sold|sent|spent|built|met|kept|bought"
             r"|brought|caught|fought|sought|won|led|fled|struck)\b")
# A teller, a telling and a pronoun opening a plan: "The minister said (on Tuesday) (that) he would".
_TELLER = re.compile(
    r"(?P<teller>(?:[A-Z][\w'’.-]*|the)(?:\s+[\w'’.-]+){0,6}?)\s+(?P<verb>said|says|say|told\s+(?:reporters|journalists"
    r"|[A-Z][\w.-]+)|added|announced|insisted|promised|vowed|pledged|confirmed)\b"
)
_PLAN = re.compile(r"(?:that\s+)?(?P<pronoun>he|she|they)\s+(?:would|will)\s+(?!have\b)(?=[a-z])"
                   rf"|(?:that\s+)?(?P<done>he|she|they|it)\s+had\s+(?={SAME_PAST})")  # "they had heard"
# The words before a date between the telling and the statement: "said (on) Tuesday", "said (late) Friday".
_DATE_WORDS = re.compile(r"\s*,?\s*(?:(?:on|in|at|late|early|earlier|later)\s+)?")
# A name that owns a teller who is no person: "(Bouteflika)'s office", "(Acme Corp)'s board".
_OWNER = re.compile(r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?P<noun>[a-z]+)")
# A telling after the plan, whose date a date after it is: "(he would stay,) the paper reported on Monday".
_TELLING_AFTER = re.compile(r"\b(?:said|says|reported|reports|told|added|announced|quoted|according)\b")
# Words of a teller that name someone else a pronoun could stand for: "His lawyer", "a spokesman for the
# mayor", "the mayor's aide", "Smith and Jones".
_OTHERS = re.compile(r"['’]s\b|\b(?:his|her|their|its|of|for|to|with|and|from|at)\b", re.I)


def own_plan(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> tuple[int, str] | None:
    """Return where the plan starts in a clause "X said he/she/they would VERB ..." whose own date (the
    first of `phrases`) lies in the plan, or where a deed told as done ("they had arrested") starts, whatever
    its date, and X, when the pronoun stands for X; else None.

    "The minister said he would resign next week" -> (at "he", "The minister"); "Officials said on Monday
    they would reopen the bridge" for Monday -> None (the date is the saying's).
    """
    # _PLAN, tried after the teller, holds "would", "will" or "had": most clauses hold none and skip both
    if text.find("would", *span) < 0 and text.find("will", *span) < 0 and text.find("had", *span) < 0:
        return None
    if not phrases:
        return None
    # "(Earlier this month,) the board said it had": the date the clause opens on is the telling's
    start = next((_DATE_WORDS.match(text, p[1], span[1]).end() for p in phrases if p[0] == span[0]), span[0])
    told = _TELLER.match(text, start, span[1])
    if told is None or (start == span[0] and told["teller"].startswith("the ")):
        return None
    at = told.end()
    while True:  # the dates of the saying between its verb and the plan: "said on Tuesday he would"
        at = _DATE_WORDS.match(text, at, span[1]).end()
        date = next((p for p in phrases if p[0] == at), None)
        if date is None:
            break
        at = date[1]
    plan = _PLAN.match(text, at, span[1])
    pronoun = "done" if plan is not None and plan["done"] else "pronoun"
    if plan is None or (phrases[0][0] < plan.start(pronoun) and pronoun != "done"):
        # "said on Tuesday he would resign": Tuesday's event is the saying; a deed told as done by then
        # ("said on Tuesday they had arrested two men") is the news the saying brings
        return None
    if _TELLING_AFTER.search(text, plan.end(), phrases[0][0]):
        return None  # "said he would stay in office, the Daily Star reported on Wednesday": the report's date
    teller = told["teller"][:1].upper() + told["teller"][1:]
    if plan[pronoun] == "it":  # "The Board of Arlo said it had agreed": the body whose name has an "of"
        dated = any(told.start("teller") <= p[0] < told.end("teller") for p in phrases)  # "The board late on
        return (plan.start(pronoun), teller) if _body(teller) and not dated else None  # Friday said"
    owned = _OWNER.fullmatch(teller)
    if owned and not is_person_noun(owned["noun"]):
        teller = owned["owner"]  # "Bouteflika's office said he would": Bouteflika's plan
    if has_verb(teller) or _OTHERS.search(teller) or "," in teller:
        return None
    return (plan.start(pronoun), teller) if _stands_for(teller, plan[pronoun]) else None


# Words of a body's name that may name another thing "it" could stand for: "The lawyer for the firm", "The
# firm's board", "The firm and its union".
_OTHER_THING = re.compile(r"['’]s\b|\b(?:his|her|their|its|for|to|with|and|from)\b", re.I)


def _body(teller: str) -> bool:
    """Tell whether "it" stands for a teller: a body named with "the", one and no person ("The Board of Arlo",
    "The central bank"; not "The mayor", "Officials", "The firm's lawyer")."""
    if not teller.startswith("The ") or _OTHER_THING.search(teller) or has_verb(teller) or "," in teller:
        return False
    head = re.split(r"\s+of\s+", teller, maxsplit=1)[0].split()[-1]
    return be_for(teller) == "was" and not is_person_noun(head) and head.lower() not in ("police", "people")


def _stands_for(teller: str, pronoun: str) -> bool:
    """Tell whether "he", "she" or "they" may stand for a teller: a person of that number (and sex, when
    the teller tells it): "The minister" for "he", "Maria Lopez" for "she", "Delegates" for "they"."""
    words = teller.split()
    head = words[-1]
    plural = be_for(teller) == "were"
    if pronoun == "they":
        return plural and (is_person_noun(head.rstrip("s")) or is_person_noun(head) or head[:1].isupper())
    if plural:
        return False
    person = is_person_noun(head) or (head[:1].isupper() and words[0] not in ("The", "A", "An"))
    if not person:
        return False  # "The company said he would": a company is no "he"
    sex = noun_sex(head.lower())
    if sex is None and len(words) > 1 and words[-2][:1].isupper():
        sex = sex_of(words[-2])  # "Maria Lopez": her given name tells
    return sex is None or sex == (pronoun == "she")


# A plan told in a second predicate of the teller's: "Ferrante refused to admit defeat and vowed he
# would demand a recount" -> "Ferrante will demand a recount".
_LENT = re.compile(
    r"(?P<teller>(?:The\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))\s+"
    r"(?P<first>[a-z][^,;]*?\s+and\s+)?(?:said|announced|added|insisted|promised|vowed|pledged)\s+(?:that\s+)?"
    r"(?P<pronoun>he|she|they)\s+would\s+(?!have\b)(?=[a-z])"
)


def lent_plan(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return the title of a person's plan told in a title "X (did A and) said he would VERB ..." as "X will
    VERB ...", when the date `own` lies in the plan; None otherwise. Not when the first predicate names
    someone else a pronoun could stand for ("met Jones and said he would")."""
    found = _LENT.match(title) if "would" in title else None  # every match holds "would"
    if found is None or (found["first"] and re.search(r"\b[A-Z]|\b(?:him|her|them)\b", found["first"])):
        return None
    plan = re.search(rf"\b{found['pronoun']}\s+would\b", text[span[0] : own[0]])
    if plan is None or _TELLING_AFTER.search(text, span[0] + plan.end(), own[0]):
        return None  # the date is not the plan's: "said he would stay, the paper reported on Monday"
    teller = found["teller"]
    if _OTHERS.search(teller) or not _stands_for(teller, found["pronoun"]):
        return None
    return f"{teller} will {title[found.end() :]}"
