"""Put the teller for a pronoun that opens what it said, in a headline's present: "The company said it would
cut 500 jobs" -> "The company will cut 500 jobs", "The company said its profit rose" -> "The company's
profit rose".

passed_on finds where such a statement starts and whom its pronoun stands for (an organisation, a firm by
its name, a teller's own plan: timeline.told_plans); resolved and done_then word the statement's title
with the teller; lent_plan does the same for a firm's plan told after another predicate of its subject.
"""

from __future__ import annotations

import re

from timeline import subjects, surnames, tellers, told_plans
from timeline.verbs import be_for, first_verb

# A pronoun that opens a statement and may stand for its teller: "The firm said it would ...".
_TELLER_PRONOUN = re.compile(r"(?P<pronoun>it|its|they|their)\b")
# The pronouns resolved puts a teller for: those above, and a person's own plan's (told_plans).
_RESOLVED_PRONOUN = re.compile(r"(?P<pronoun>it|its|they|their|he|she)\b")
# A past form after a resolved teller that a headline puts in the present, each with an example: "The firm
# said it would cut 500 jobs" -> "The firm will cut 500 jobs", "Acme said it expected profits to rise" ->
# "Acme expects profits to rise".
_HEADLINE_PRESENT = {
    "would": ("will", "will"),  # "it would close the plant"
    "expected": ("expects", "expect"),  # "it expected profits to rise"
    "planned": ("plans", "plan"),  # "they planned to strike"
    "intended": ("intends", "intend"),  # "it intended to appeal"
    "hoped": ("hopes", "hope"),  # "it hoped to finish by May"
    "aimed": ("aims", "aim"),  # "it aimed to double sales"
}
# A past after "would" that a "will" would clash with: "would have closed", "would resume once it had passed",
# "would be futile and was bound".
_PAST_AFTER = re.compile(r"\A\s+have\b|\b(?:had|was|were)\b")
_RESOLVED_VERB = re.compile(rf"(?P<verb>{'|'.join(_HEADLINE_PRESENT)})\b(?!\s+have\b)")


def passed_on(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> tuple[int, str] | None:
    """Return where the statement starts in a clause whose teller is not the news, and the words that stand
    for a pronoun opening it ("" when none does), or None.

    "Police said a bomb exploded": at "a bomb". "The company said it would cut jobs": at "it", with "The
    company"; "The company's chief executive said it would": "The company". "The mayor said it would"
    stays unsure, so the teller stays; "Officials said they would reopen the bridge on Monday" is their own
    plan (told_plans): at "they", with "Officials".
    """
    if (plan := told_plans.own_plan(text, span, phrases)) is not None:
        return plan
    told = tellers.statement_start(text, span, phrases)
    if told is None:
        return None
    start, teller = told
    pronoun = _TELLER_PRONOUN.match(text, start)
    if pronoun is None:
        return start, ""
    it = pronoun["pronoun"].startswith("it")
    # a firm by its name stands for "it" in a statement that holds the event's date: "Acme announced in May
    # that it would close the plant by 2027"; "Norway said on Tuesday it was sending" keeps its telling
    own_inside = bool(phrases) and phrases[0][0] >= start
    stands = _stands_for(teller, "it" if it else "they") or (
        teller if it and own_inside and _firm(teller, text) else "")
    return (start, stands) if stands else None


def _firm(teller: str, text: str) -> bool:
    """Tell whether a teller named without "the" is a firm an "it" stands for: one capitalized word no person
    of the text bears ("Acme", not "Holt" of "Dana Holt"), or a name ending as a firm's ("Acme Corp")."""
    words = teller.split()
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 4:
        return False
    if words[-1] in surnames.FIRM_ENDS:
        return True
    word = words[0]
    if len(words) > 1 or word.endswith("s") or word in _NOT_FIRMS or subjects.is_person_noun(word):
        return False  # "Police", "Analysts", "Everyone": no firm
    if re.search(rf"\b{re.escape(word.lower())}\b", text):
        return False  # a common noun at the head of a sentence: "Management said it would"
    # not "Dana Holt"; a conjunction opening a sentence is no given name ("But Moscow announced")
    given = rf"\b(?:(?!(?:But|And|Yet|So|Then|Now)\b)[A-Z][a-z]+|[A-Z]\.)\s+{re.escape(word)}\b"
    return re.search(given, text) is None


# Capitalized words that open a sentence as a teller and are no firm.
_NOT_FIRMS = {"Police", "Everyone", "Nobody", "Someone", "Authorities", "Management", "Officials", "It",
              "This", "That", "He", "She", "They", "We", "I", "Reuters"}


def _stands_for(teller: str, pronoun: str) -> str:
    """Return the words of a teller that `pronoun` stands for: an organisation, the teller itself or the
    owner of a person ("The company's chief executive" -> "The company"); "" for a person or a mismatch.
    """
    if not teller or "," in teller or len(teller.split()) > 8:
        return ""
    for who in (teller, re.sub(r"['’]s\s.*\Z", "", teller) if re.search(r"['’]s\s", teller) else ""):
        if not who or not re.match(r"(?:the|The)\s", who):  # "Acme" or "Smith": a person or a firm, unsure
            continue
        head = re.split(r"\s+of\s+", who, maxsplit=1)[0].split()[-1]
        plural = be_for(who) == "were"
        if subjects.is_person_noun(head) or plural != (pronoun == "they") or head.lower() in ("police",):
            continue
        return who[:1].upper() + who[1:]
    return ""


# A past told as done before the telling, which a headline tells in the past: "(they) had heard".
_HAD_DONE = re.compile(rf"\s+had\s+(?={told_plans.SAME_PAST})")


def done_then(title: str, teller: str) -> str:
    """Return the title of a teller's deed told as done ("Officials had heard") in the past, for a date in
    the statement: "Officials said they had heard about the spill yesterday" -> "Officials heard about the
    spill"; the title unchanged otherwise."""
    if not teller or not title.startswith(teller + " "):
        return title
    done = _HAD_DONE.match(title, len(teller))
    return title if done is None else teller + " " + title[done.end() :]


def resolved(title: str, teller: str, text: str, start: int) -> str:
    """Put the teller for the pronoun that opens the statement at `text[start]` in its title, in a headline's
    present: "It would cut 500 jobs" -> "The company will cut 500 jobs"; "Its profit rose" -> "The company's
    profit rose". A name finishing lent the pronoun gives way to the teller.
    """
    said = _RESOLVED_PRONOUN.match(text.lower(), start)
    after = " ".join(text[said.end() :].split()[:2]) if said else ""
    lent = title.find(" " + after) if after else -1
    if said and 0 < lent <= 40 and not _RESOLVED_PRONOUN.match(title.lower()):
        title = said["pronoun"] + title[lent:]  # "The Chinese has kept up": finishing named "it" wrong
    pronoun = _RESOLVED_PRONOUN.match(title.lower())
    if not teller:  # "The bridge would reopen": a headline's "will"
        verb = first_verb(title)
        if verb is not None and verb.group() == "would" and not _PAST_AFTER.search(title, verb.end()):
            return title[: verb.start()] + "will" + title[verb.end() :]
        return title
    if pronoun is not None and pronoun["pronoun"] in ("its", "their"):
        return teller + ("'" if teller.endswith("s") else "'s") + title[pronoun.end() :]
    if pronoun is None and not title.lower().startswith(teller.lower() + " "):
        return title  # the title took another subject
    rest = title[pronoun.end() if pronoun else len(teller) :]
    verb = _RESOLVED_VERB.match(rest.lstrip())
    if verb and not _PAST_AFTER.search(rest.lstrip(), verb.end()):
        present = _HEADLINE_PRESENT[verb["verb"]][be_for(teller) == "were"]
        rest = " " + present + rest.lstrip()[verb.end() :]
    return teller + rest


# A firm's name lent to a second predicate that tells a plan: "VeloNova (had halted sales on Oct. 2 and)
# said it would offer free batteries starting next month" -> "VeloNova said it would offer ...".
_LENT_TELLING = re.compile(
    r"(?P<teller>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:said|announced|added)\s+(?:that\s+)?"
    r"(?P<it>it)\s+would\b"
)


def lent_plan(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Put a firm's plan told in a predicate that lent its subject in a headline's "will", when the date is
    inside what it said: "VeloNova said it would offer free batteries (starting next month)" -> "VeloNova
    will offer free batteries"; the title unchanged otherwise (a person's "it would", a dated telling)."""
    if (person := told_plans.lent_plan(title, text, span, own)) is not None:
        return person  # "Ferrante refused to admit defeat and vowed he would demand a recount"
    found = _LENT_TELLING.match(title) if "would" in title else None  # every match holds "would"
    it = re.search(r"\bit\s+would\b", text[span[0] : own[0]]) if found else None
    if found is None or it is None or not _firm(found["teller"], text):
        return title
    return resolved(title[found.start("it") :], found["teller"], text, span[0] + it.start())
