"""Reword a long title so that its cut can end on a whole phrase: what a headline leaves out.

`shorten.fit` cuts a title over 80 characters; when every cut it weighs still ends open ("... said at the
hearing that he", "... inspectors currently in Lagos finishing their audit are due"), a shorter wording
often fits whole: the phrase between "said" and what was said goes, an aside that names a noun goes, a
subject goes to its head. Before any cut, a company's legal suffix and a short front phrase go.
"""

from __future__ import annotations

import re

from timeline.cut_words import DETERMINERS
from timeline.open_ends import NOT_IN_PHRASE, OPEN_DETERMINERS, OPENS_PHRASE
from timeline.speech import TOLD_WHOM, alternation
from timeline.verbs import has_verb

# A company's legal suffix after its name, which a headline drops: "Fuji Electric Co. Ltd.", "Acme Corp.".
_COMPANY_SUFFIX = re.compile(
    r"(?<=[A-Za-z&)])(?:,?\s+(?:Co\.|Ltd\.?|Inc\.?|Corp\.?|Plc|plc|PLC|LLC|Pte\.?|S\.A\.|N\.V\.|GmbH|AG"
    r"|Limited|Company\s+Limited)(?=[\s,;:]|\Z))+"
)
# A short front phrase before the subject that says when or how the news came, no event of its own: "As
# always here, ...", "Meanwhile, ...", "In a separate development, ...".
_FRONT_WORDS = (
    "as|meanwhile|however|also|moreover|furthermore|besides|nevertheless|nonetheless|still|indeed|separately"
    "|elsewhere|earlier|later|now|then|here|there|thus|instead|overall|finally|again|similarly|likewise"
    "|in\\s+a\\s+separate\\s+\\w+|in\\s+addition|in\\s+fact|at\\s+the\\s+same\\s+time|on\\s+the\\s+other\\s+hand"
)
_SHORT_FRONT = re.compile(
    rf"\A(?i:{_FRONT_WORDS})(?:\s+[a-z][\w'’-]*){{0,2}},\s+(?!(?:and|or|but)\b)(?=[A-Za-z])"
)


def _without_suffix(match: re.Match[str]) -> str:
    """Drop a company's legal suffix after a name of one or two words ("Fuji Electric (Co. Ltd.)"); a longer
    name keeps it, which without it would read as a description ("China National Offshore Oil Corp.").
    """
    name = re.search(r"(?:(?:[A-Z][\w&'’.-]*|&)\s+){0,3}[A-Z][\w&'’.-]*\Z", match.string[: match.start()])
    words = name.group().split() if name else []
    return "" if len(words) <= 2 else match.group()


def plain_names(title: str) -> str:
    """Return the title without what a headline leaves out of a long one: a company's legal suffix
    ("Fuji Electric Co. Ltd. said" -> "Fuji Electric said"), a short front phrase with no event of its own
    ("As always here, the festival opened" -> "The festival opened").
    """
    suffix = "Co." in title or "Ltd" in title or "Inc" in title or "Corp" in title or "Limited" in title
    suffix = suffix or "lc" in title or "PLC" in title or "LLC" in title or "Pte" in title or "S.A." in title
    suffix = suffix or "N.V." in title or "GmbH" in title or "AG" in title
    if suffix:  # the pattern tries every position: look for one of its words first
        title = _COMPANY_SUFFIX.sub(_without_suffix, title)
    front = _SHORT_FRONT.match(title)
    if front is not None and not any(has_verb(w.lower()) for w in front.group().split()[1:]):
        rest = title[front.end() :]
        title = rest[:1].upper() + rest[1:]
    if ", " in title and _may_name_role(title) and (role := _ROLE_THEN_NAME.search(title)) is not None:
        title = f"{title[: role.start()]}{role['name']} {title[role.end() :]}"  # "its chief ..., Ivo Brandt,"
    return title


# A role after a verb and the name of the one who holds it, between commas, which a long title says by the
# name alone: "was elevating its chief operating officer, Jeffery Lane, to president" -> "was elevating
# Jeffery Lane to president", "met the bank's chief economist, Ruth Okafor, on".
_ROLES = (
    "officer|director|chairman|chairwoman|president|minister|secretary|chief|executive|head|spokesman|spokeswoman"
    "|spokesperson|manager|coach|economist|leader|founder|editor|adviser|advisor|ambassador|commander|governor"
    "|mayor|captain|deputy"
)
_ROLE_ENDS = tuple(_ROLES.split("|"))
_ROLE_THEN_NAME = re.compile(
    rf"\b(?:its|his|her|their|the|our)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_ROLES})"
    r",\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s+(?=[a-z])(?!(?:the|a|an)\s)"
)


def _may_name_role(title: str) -> bool:
    """Tell whether _ROLE_THEN_NAME may match: a role ends right before a comma that another follows (the
    search tries every position; tests/test_events_shortcuts.py: the check lets every match through)."""
    parts = title.split(",")
    return len(parts) > 2 and any(part.endswith(_ROLE_ENDS) for part in parts[:-2])


# A phrase between a verb of saying and its "that", which a long title drops: "said at the hearing that he
# ..." -> "said he ...".
_SAID_ADJUNCT = re.compile(
    rf"\b(?P<verb>{alternation('said_last', told=TOLD_WHOM)})\s+(?:(?:at|in|on|during|after"
    r"|before|to|from|while|here|there)\b[^,;\"“”]{0,50}?\s+)?that\s+(?!to\s|if\s|when\s|while\s|after\s)(?=[\w“\"])"
)
# A verb of saying and a phrase before what was said: "said, due to the rain, the match", "said that
# despite the rain the match".
_SAID_FRONT = re.compile(
    rf"\b(?P<verb>{alternation('said_front', told=TOLD_WHOM)}),?\s+(?:that\s+)?(?:due\s+to|because\s+of"
    r"|despite|after|following|thanks\s+to|owing\s+to|as\s+a\s+result\s+of|in\s+view\s+of|amid|with)\s[^,;\"“”]{3,160},"
    r"\s+(?=[a-z])"
)
# Where the head of a subject ends and the phrase after it begins: an adverb, a preposition, a participle, a
# relative pronoun ("British detectives | currently in Moscow", "Officials | in the city").
_AFTER_HEAD = re.compile(
    r"\s+(?=(?:currently|now|still|also|[a-z]{3,}ly|in|at|from|on|with|near|under|based|who|which|whose"
    r"|[a-z]{3,}ing|[a-z]{3,}ed)\s)"
)
# What follows a participle that starts a phrase after its noun: "continuing | their inquiry", "based | in".
_PHRASE_AFTER = re.compile(r"\s+(?:the|a|an|its|his|her|their|our|this|these|those|in|at|on|by|for|from"
                           r"|with|to|into|over|under|after|during)\s")
# A finite verb in what follows a subject's head: a past form before its object ("warned the"), or a verb
# that is no participle ("said", "is"); "examining the ferry", "the damaged ferry" are phrases.
_FINITE_INSIDE = re.compile(
    r"\b[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their|that|this|these|those)\b"
    r"|\b(?:is|are|was|were|has|have|had|said|says|told|will|would|can|could|may|might|must|should)\b"
)
_NOT_ADVERBS = {"only", "early", "family", "italy", "july", "assembly", "supply", "ally", "rally"}


def without_said_that(title: str) -> str | None:
    """Return the title without what stands between its verb of saying and what was said, or None: "Lee said
    at the hearing that he had not known" -> "Lee said he had not known"; "Lee said, due to the rain, the
    match was off" -> "Lee said the match was off".
    """
    # every _SAID_ADJUNCT match holds "that", every _SAID_FRONT match a comma: a title without is not searched
    said = (_SAID_ADJUNCT.search(title) if "that" in title else None) or (
        _SAID_FRONT.search(title) if "," in title else None
    )
    if said is None:
        return None
    return f"{title[: said.end('verb')]} {title[said.end() :]}"


# An aside after a noun that names or describes it, between commas: "the maneuvers, dubbed "Blue Sky 2,"
# would", "the plant, which opened last year, will".
_NAMING_ASIDE = re.compile(
    r",\s+(?:dubbed|called|named|code-named|codenamed|known\s+as|which|who)\s[^;]{2,60}?,[\"”]?\s+(?=[a-z])"
)


def without_aside(title: str) -> str | None:
    """Return the title without its first aside that names or describes a noun, or None: "the drills, dubbed
    "Blue Sky," will start" -> "the drills will start".
    """
    aside = _NAMING_ASIDE.search(title)
    return None if aside is None else f"{title[: aside.start()]} {title[aside.end() :]}"


def _phrases_only(words: str) -> bool:
    """Tell whether each noun phrase in `words` opens after a preposition, a participle or "and": "in the port
    examining the ferry" is phrases after a head; "outside the town the bodies" is no phrase of one.
    """
    tokens = words.lower().split()
    for at, word in enumerate(tokens[1:], 1):
        before = tokens[at - 1]
        if word in DETERMINERS - OPENS_PHRASE and not (
            before in OPENS_PHRASE or before in ("and", "or") or before.endswith(("ing", "ed"))
        ):
            return False
    return True


# A verb contracted onto a word: "We're", "they've", "I'll", "she'd", "I'm", "don't".
_CONTRACTED_VERB = re.compile(r"\w['’](?:re|ve|ll|d|m)\b|n['’]t\b", re.I)


# A subordinate clause whose subject runs up to the verb found: "(The bombing follows a wave of strikes)
# after 25 people | were killed": the verb is the subordinate clause's, the words before it no subject.
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|before|since|until|because|although|though|once|when|while|whereas)\s+(?:[\w'’-]+\s+){0,4}\Z"
)


def subject_head(title: str, verb_start: int) -> str | None:
    """Return the title with its subject cut before the phrase after its head, or None: "British detectives
    currently in Moscow continuing their inquiry are due" -> "British detectives are due".
    """
    subject = title[:verb_start].rstrip()
    first = subject.split(None, 1)[0].lower() if subject else ""
    if first in OPENS_PHRASE or first in NOT_IN_PHRASE or first.endswith("ing"):
        return None  # "With talk of a crisis ... could": a front phrase, no subject
    if subject.rsplit(None, 1)[-1].lower() in DETERMINERS:
        return None  # "examining the | damaged ferry": the verb found is a word of a noun phrase
    for end in _AFTER_HEAD.finditer(subject):
        head = subject[: end.start()]
        word = subject[end.end() :].split(None, 1)[0].lower()
        last = head.rsplit(None, 1)[-1].lower()
        if word in _NOT_ADVERBS or not 2 <= len(head.split()) <= 5 or "," in head:
            continue
        if word.endswith(("ing", "ed")) and not _PHRASE_AFTER.match(subject, end.end() + len(word)):
            continue  # "the passenger | shipping line", "Olympic | diving champion": a modifier, no phrase
        if last in DETERMINERS or last in OPENS_PHRASE or last in OPEN_DETERMINERS:
            return None  # "talk of a | funding crisis": the head is not there yet
        if any(w.lower() in NOT_IN_PHRASE or has_verb(w.lower()) for w in head.split()):
            return None  # a clause before the verb found, or a verb of its own: no subject to cut
        if _CONTRACTED_VERB.search(head) or _SUBORDINATE_SUBJECT.search(subject, end.end()):
            return None  # "We're looking at south-west winds which is going": a clause of its own
        if _FINITE_INSIDE.search(subject, end.end()) or not _phrases_only(subject[end.end() :]):
            return None  # "The minister in Paris warned the talks (are due)": a clause, not a phrase
        adverbs = re.search(r"(?:\b[a-z]+ly\s+)+\Z", title[:verb_start])  # "jointly (put forward)"
        return f"{head} {title[adverbs.start() if adverbs else verb_start :]}"
    return None


# A hyphenated adjective between a determiner and its noun, the one word of a noun phrase a long title may
# lose: "his debt-burdened country", "the cash-strapped government", "a long-awaited report", "the war-torn
# region". Not a count ("a 10-year-old boy") and not a name ("the Iran-backed militia").
_COMPOUND_ADJECTIVE = re.compile(
    r"\b(?P<det>(?i:the|a|an|its|his|her|their|our|this|these|those))\s+[a-z]{3,}-"
    r"(?:[a-z]{2,}(?:ed|en|ing)|torn|run|rich|hit|free|stricken)\s+(?=[a-z]{3,}\b)"
)


# Two adjectives joined before their noun after a determiner or a possessive: "Iran's (first and only)
# nuclear plant", "a (free and fair) vote", "the (largest and oldest) bank".
_ADJECTIVE = r"(?:first|only|last|sole|new|free|fair|[a-z]{3,}(?:est|ic|al|ive|ous|ful|ible|able))"
_ADJECTIVE_PAIR = re.compile(
    rf"(?P<det>\b(?i:the|a|an|its|his|her|their|our)|\w['’]s)\s+{_ADJECTIVE}\s+(?:and|or)\s+{_ADJECTIVE}\s+"
    r"(?=[a-z]{3,}\b)"
)


def without_compound_adjective(title: str) -> str | None:
    """Return the title without the hyphenated adjectives of its noun phrases and the joined pairs of
    adjectives before a noun, or None when it has none: "Lee said his debt-burdened country wanted OPEC to
    act" -> "Lee said his country wanted OPEC to act"; "loading fuel into Iran's first and only nuclear
    plant" -> "loading fuel into Iran's nuclear plant".
    """
    shorter = _COMPOUND_ADJECTIVE.sub(r"\g<det> ", title) if "-" in title else title
    if " and " in shorter or " or " in shorter:
        shorter = _ADJECTIVE_PAIR.sub(r"\g<det> ", shorter)
    return None if shorter == title else shorter
