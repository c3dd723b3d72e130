"""Drop what stands between a long title's subject and its main verb, so that the verb and its object fit.

"The airline Skyhop, which flies to twelve towns, landed" -> "The airline Skyhop landed"; "The head of the
agency, Anna Berg, said" -> "Anna Berg said"; "The delegation organized by two institutes released its
report" -> "The delegation released its report". timeline.shorten asks these before it cuts a title.
"""

from __future__ import annotations

import re

from timeline.subject_heads import ING_NOUNS
from timeline.verbs import first_verb, has_verb

# An aside between the subject and the main verb whose verb is not the main verb, each with an example: a
# relative clause ("The airline Skyhop, which flies to twelve towns, landed in Port Ellis"), one opened by a
# preposition ("A speech by the mayor, in which she urged calm, was welcomed"), a participle phrase
# ("Skyhop, founded by two pilots, landed", "Skyhop, flying to twelve towns, landed"). It goes.
_VERB_ASIDE = re.compile(
    r"\A(?P<subject>[^,;:\"“”()]{3,80}?),\s+(?:(?:(?:in|during|at|of|for|by|after)\s+)?(?:which|whom)\s"
    r"|(?:who|whose)\s|(?:[a-z]+ly\s+|to\s+be\s+)?"
    r"(?P<participle>[a-z]{3,}"
    r"(?:ed|en|ing)|born|run|begun|done|gone|shown|known|grown|flown|held|led|built|made|sold|bought|won|set"
    r"|hit|hurt|put|cut|kept|left|lost|paid|sent|spent|taught|told)\s)[^,;:\"“”()]+,\s+(?=[a-z])"
)
# A name in apposition to a role, each with an example: "The head of the agency, Anna Berg, said" -> "Anna
# Berg said"; "The island's carrier, Bluewing Air, announced" -> "Bluewing Air announced".
_ROLE_NAME = re.compile(
    r"\A(?P<subject>(?:The|A|An|Its|His|Her|Their|Our|[A-Z][\w.-]*['’]s?)\s[^,;:\"“”()]{2,80}?),\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al|da|di)){0,3}),\s+(?=[a-z])"
)
# A name, a description between commas that may hold a clause of its own, then a speech verb: "Raul Ortiz,
# the defence minister and acting leader since his brother fell ill, said in a speech" -> "Raul Ortiz said in
# a speech".
_NAME_ROLE_SAID = re.compile(
    r"\A(?P<name>(?:[A-Z][\w'’.-]*\s+)?(?:[a-z]+\s+){0,2}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+"
    r"[^,;:\"“”()]{3,140},\s+(?=(?:said|says|told|added|announced|stated|declared|insisted|warned)\b)"
)  # "Island leader Mara Holm, ..., said"
# Where a subject may not start: a front phrase or a subordinator ("After the storm, which ...").
_NOT_SUBJECT_START = re.compile(
    r"(?:In|On|At|After|Before|During|Since|Until|When|While|As|If|Although|Though|Because|Despite|Amid"
    r"|Following|With|Without|For|From|By|Under|Over|Like|Unlike|Once|Unless|However|But|And|Or|So|Yet)\b"
)


# A participle right after a determiner is an adjective, no verb of the subject: "A televised speech",
# "The injured driver".
_ADJECTIVE_PARTICIPLE = re.compile(r"\b(?P<det>a|an|the|its|his|her|their|this|that)\s+[a-z]{3,}ed\b", re.I)


def _subject_has_verb(subject: str) -> bool:
    """Tell whether a subject holds a verb, a participle after a determiner ("A televised speech") not one."""
    return has_verb(_ADJECTIVE_PARTICIPLE.sub(r"\g<det>", subject))


def main_subject(title: str) -> str | None:
    """Return the title with the aside between its subject and its main verb dropped, or None.

    A relative clause or a participle phrase goes ("The airline Skyhop, which flies to twelve towns, landed in
    Port Ellis" -> "The airline Skyhop landed in Port Ellis"); a name in apposition to a role replaces the
    role ("The head of the agency, Anna Berg, said" -> "Anna Berg said"). None unless the words after the
    aside start with a verb and the subject before it holds none.
    """
    if title.count(",") < 2:
        return None  # each of the three patterns needs two commas: most titles have fewer
    named = _NAME_ROLE_SAID.match(title)
    if named is not None and not has_verb(named["name"]):
        return f"{named['name']} {title[named.end() :]}"  # "Raul Ortiz, the minister and ..., said"
    for pattern in (_VERB_ASIDE, _ROLE_NAME):
        aside = pattern.match(title)
        if aside is None or _NOT_SUBJECT_START.match(title) or _subject_has_verb(aside["subject"]):
            continue
        if pattern is _VERB_ASIDE and aside["participle"] in ING_NOUNS:
            continue  # "The council, meeting rooms and the hall, were": a noun, not a participle phrase
        adverbs = re.match(r"(?:[a-z]+ly\s+)*", title[aside.end() :])
        verb = first_verb(title, aside.end() + adverbs.end())
        if verb is None or verb.start() != aside.end() + adverbs.end():
            continue
        head = aside["name"] if pattern is _ROLE_NAME else aside["subject"]
        return f"{head} {title[aside.end() :]}"
    return without_listing_relative(title)


# A relative clause after the subject that holds a list of its own, so commas inside it: "The new law, which
# grants couples the same rights in areas such as pensions, housing and inheritance, came into force".
_LISTING_RELATIVE = re.compile(r"\A(?P<subject>[^,;:\"“”()]{3,80}?),\s+(?:which|who)\s")
# A list item after a comma inside it: a lowercase word that is no verb, or a name ("pensions,", "Spain,").
_ITEM = re.compile(r"[^,;:\"“”()]{1,60}?,\s+")


def without_listing_relative(title: str) -> str | None:
    """Return the title without a relative clause between its subject and its main verb that holds a list
    ("..., which grants rights in areas such as pensions, housing and inheritance, came into force" -> "The
    new law came into force"), or None: the main verb is the first verb after its second comma or a later one
    (a verb after the first is _VERB_ASIDE's)."""
    aside = _LISTING_RELATIVE.match(title)
    if aside is None or _NOT_SUBJECT_START.match(title) or _subject_has_verb(aside["subject"]):
        return None
    at = title.find(",", aside.end())
    if at < 0:
        return None
    at = at + 2
    while at < min(len(title), aside.end() + 200) and (item := _ITEM.match(title, at)) is not None:
        verb = first_verb(title, item.end())
        if verb is not None and verb.start() == item.end():
            return f"{aside['subject']} {title[verb.start() :]}"
        at = item.end()
    return None


# A participle and its agent between a subject and its verb, without commas: "The delegation organized by
# two institutes released its report" -> "The delegation released its report".
_AGENT_PHRASE = re.compile(
    r"\A(?P<subject>[^,;:\"“”()]{3,60}?)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]{3,}en|led|held|run|built|made"
    r"|won|set|paid|sent|kept)\s+by\s+"
)


def without_agent_phrase(title: str) -> str | None:
    """Return the title without a participle phrase and its agent between subject and verb, or None."""
    phrase = _AGENT_PHRASE.match(title) if " by " in title[:150] else None
    if phrase is None or _NOT_SUBJECT_START.match(title) or has_verb(phrase["subject"]):
        return None
    if re.search(r"\s(?:and|or|but)\Z", phrase["subject"]):
        return None  # "A poll by the group and | published by the paper": a second participle
    verb = first_verb(title, phrase.end())
    while verb is not None and re.search(r"\b(?:the|a|an|its|his|her|their)\s+\Z", title[: verb.start()]):
        verb = first_verb(title, verb.end())  # "by the troubled bank": an adjective, not the verb
    agent = title[phrase.end() : verb.start()] if verb is not None else ""
    if verb is None or len(agent) > 70 or re.search(r"[,;:\"“”()]", agent):
        return None
    if re.match(r"\s+by\b", title[verb.end() :]):
        return None  # "The project funded by the EU and managed by ...": a second participle, no verb
    return f"{phrase['subject']} {title[verb.start() :]}"


# A relative clause set off by commas after the subject that opens a sentence: "VeloNova, which is based in
# Eindhoven,", "Ruth Okafor, who chairs the panel,".
_RELATIVE_ASIDE = re.compile(
    r"(?P<subject>[^,;:\"“”()]{2,80}?),\s+(?:which|who)\s[^,;:\"“”()]{2,100},\s+(?=[a-z])"
)


def relative_aside(sentence: str) -> tuple[int, int]:
    """Return where the subject that opens `sentence` ends and where a relative clause after it ends, so
    that the main verb is looked for after it: "VeloNova, which is based in Eindhoven, had halted sales" ->
    the places of the first comma and of "had", not of "is"; (0, 0) when no such clause follows."""
    aside = _RELATIVE_ASIDE.match(sentence)
    return (aside.end("subject"), aside.end()) if aside else (0, 0)


def subject_may_start(title: str) -> bool:
    """Tell whether `title` may open on its subject: not on a front phrase or a subordinator ("After ...")."""
    return _NOT_SUBJECT_START.match(title) is None


# A name, then a noun phrase in apposition to it between commas, opened by an article or an owner's name,
# before a verb: "Ana Lind(, Arlo's chief negotiator at the talks,) signed", "Ben Dale(, a former miner,)
# won". The phrase describes the name; a title that must lose something loses it before its predicate.
_NAME_APPOSITION = re.compile(
    r"\A(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al|da|di)){1,3}),\s+"
    r"(?P<aside>(?:a|an|the|[A-Z][\w.-]*['’]s?)\s[^,;:\"“”()]{2,100}?),\s+(?=[a-z])"
)


def without_apposition(title: str) -> str | None:
    """Return the title without the noun phrase in apposition to the name that opens it, or None: "Ana
    Lind, Arlo's chief negotiator at the talks, signed the accord with the union" -> "Ana Lind signed the
    accord with the union". None unless a verb follows the second comma and the phrase holds none."""
    found = _NAME_APPOSITION.match(title) if title.count(",") >= 2 else None
    if found is None or _NOT_SUBJECT_START.match(title) or _subject_has_verb(found["aside"]):
        return None
    verb = first_verb(title, found.end())
    if verb is None or verb.start() != found.end():
        return None  # "Ana Lind, the minister, and Ben Dale met": no verb after the phrase
    return f"{found['name']} {title[found.end() :]}"
