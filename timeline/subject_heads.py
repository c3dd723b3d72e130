"""Cut a long subject to its head so that its verb fits in a title, and find a person's name after a role.

"Over 900 delegates from major firms of the region gathered" -> "Over 900 delegates
gathered"; "Minister for Culture, Sport and the Media Ola Berg said" -> "Ola Berg said". A
subject that may hold a clause of its own is left whole: shorten.fit then cuts the title elsewhere.
"""

from __future__ import annotations

import re

from timeline import person_nouns
from timeline.verbs import first_verb, has_verb, plural_present

# Nouns in -ing that news titles end on: "... the morning", "... the G8 summit building".
ING_NOUNS = {
    "meeting", "meetings", "building", "hearing", "ceiling", "morning", "evening", "spring", "king", "thing",
    "wedding", "funding", "ruling", "bombing", "killing", "shooting", "warning", "briefing", "opening",
    "beginning", "offering", "spending", "training", "housing", "setting", "landing", "gathering", "uprising",
    "crossing", "being", "ending", "rating", "ratings", "trading", "string", "swing",
    # trades and industries: "weak EU (manufacturing) data", "the (banking) sector"
    "manufacturing", "banking", "mining", "lending", "marketing", "engineering", "accounting",
    "clothing", "catering", "polling",
    "nothing", "something", "anything", "everything", "beijing", "wellington",
}

# A subordinate clause in front of the main one, which goes first when the title is too long: "While few
# deaths occurred during the vote, instability was underlined", "Being a small island, Singapore relies".
SUBORDINATE_FRONT = re.compile(
    r"(?:While|When|Whereas|Although|Though|Because|As|Being|With|Without|If|Since|Despite|Once|Unless)\b"
)


# A front phrase before the subject, which goes first when the verb lies past the limit: "Complete with
# proud smiles, the family's children were introduced", "After the talks in the capital, the minister".
_FRONT = re.compile(
    r"\A(?:[A-Z][a-z]+\s+with|[Ii]n|[Oo]n|[Aa]t|[Aa]fter|[Bb]efore|[Dd]uring|[Dd]espite|[Aa]mid|[Ff]ollowing"
    r"|With|Under|For|From|By|Since|Unlike|Like|As|Due\s+to|Because\s+of|Thanks\s+to"
    # "Using a pair of telescopes, astronomers": an -ing phrase with its object, not "Rising prices,"
    r"|[A-Z][a-z]{2,}ing\s+(?:a|an|the|to|on|with|at|for|from|his|her|its|their|our|this|these)\s"
    # a time phrase that ends at its comma: "Two weeks later, police in ...", "Last month, the board of ..."
    r"|(?:(?:[A-Z][a-z]*|\d+)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:later|earlier|ago)"
    r"|(?:Last|This|Next|Earlier|Later)\s+(?:week|month|year|season|spring|summer|autumn|fall|winter|night"
    r"|morning|evening|afternoon)|Earlier|Later|Yesterday|Meanwhile)(?=,))\b[^,]*,\s+(?=\S)"
    # lowercase once "And finally," went; "Due to the rain, the match ..."
)
# Where a long subject may end, keeping its head: "Over 900 delegates | from major firms",
# "Peru's Ministry of Labour | and the UN agency", "300,000 hospital patients|, detainees and ...".
_SUBJECT_END = re.compile(
    r",\s|\s(?:from|of|for|and|with|in|between|at|on|who|which|that|against|over|under|about|near|across"
    r"|worth)\s"
)  # "The envoy | against hunger", "Protests | over the bill", "Ten projects | worth 9 million dollars"


# A quantity whose "of" phrase is the head of a subject: "A total of", "A number of", "Some of".
# "Al-Haq and a number of": after "and" too
_QUANTITY = re.compile(r"(?i:(?:\A|\b(?:and|or)\s+)(?:an?\s+|the\s+)?(?:total|number|majority|group|handful"
                       r"|couple|some|most|many|one|all|each|none|half|several|dozens|hundreds|thousands))\Z")


# An aside between dashes in a subject: " -- two of the team's best players -- ".
_DASH_ASIDE = re.compile(r"\s+(?:--|—|–)\s+[^-—–]{3,80}?\s+(?:--|—|–)\s*\Z")


# Signs that the words before the first verb found hold a clause of their own (a verb the word lists miss,
# "NATO countries take turns patrolling", "Insurgents frequently target"), so that no subject is cut out:
# a conjunction or a relative pronoun, an opening subordinator, an -ly adverb before a word, a passive
# agent, a spaced dash.
_NOT_A_SUBJECT = re.compile(
    r"\s(?:but|that|which|who|whom|whose|where|when|while|because|if|by)\s|,\s+(?:and|or)\s|\A(?i:if|when|while|although"
    r"|though|because|unless|once|as|whether)\s|\b(?!(?:assembly|family|supply|ally|rally|reply|monopoly|anomaly"
    r"|italy|july|fly|only|early|elderly|daily|weekly|monthly|yearly|friendly)\s)[a-z]+ly\s+[a-z]|\s[-–—]\s"
)  # nouns and adjectives in -ly are no adverbs: "the regional assembly of the north voted", "its only paper"
# A possessive name that opens an apposition after a comma: "(The Museum of Clocks,) Arden's oldest".
_POSSESSIVE = re.compile(r"[A-Z][\w.-]*['’]s\s")
# A list of three or more names, which a subject's phrase may hold: "(in the towns of) Arlo, Brill and Cova".
_NAMES_LIST = re.compile(r"[A-Z][\w'’.-]*,\s+(?:[A-Z][\w'’.-]*\s+)*?[A-Z][\w'’.-]*,?\s+(?:and|or)\s+[A-Z]")
# A participle aside between a subject and its verb: 'Nabih Berri(, describing the session "a success,")'.
_ING_ASIDE = re.compile(r"(?P<head>[^,]{3,80}),\s+[a-z]+ing\b[^;]*,[\"”]?\s*")
# A plural subject, the -ing phrase on it and the comma that closes it before the verb: "New laws (requiring
# all food products to be labelled,) come into effect".
_ING_PHRASE_SUBJECT = re.compile(
    r"(?P<noun>(?:[A-Z][a-z]*\s+)?[a-z]+s|[A-Z][a-z]+s)\s+(?!(?:during|according|including|following)\b)[a-z]{3,}ing\b"
    r"[^;,]{10,},\s+(?P<rest>[a-z]+\b.*)",
    re.S,
)


def without_ing_phrase(title: str) -> str | None:
    """Return the title without the -ing phrase on its plural subject, closed by a comma before the verb, or
    None: "New laws requiring all food products to be labelled, come into effect" -> "New laws come into
    effect"."""
    found = _ING_PHRASE_SUBJECT.match(title)
    if found is None or has_verb(found["noun"]):
        return None
    plain = f"{found['noun']} {found['rest']}"
    verb = first_verb(found["rest"])
    present = plural_present(plain, 0, len(found["noun"]) + 30)
    if (verb is None or verb.start() != 0) and (present is None or present.end() <= len(found["noun"]) + 1):
        return None  # what follows the comma is no predicate of the noun
    return plain
# A subordinate clause whose subject runs up to the verb found: "(... in the West Bank) after 25 people |
# were killed": no subject of that verb to cut.
_CLAUSE_TO_VERB = re.compile(
    r"\s(?:after|before|since|until|although|though|once|whereas)\s+(?:[\w'’-]+\s+){0,4}\Z"
)
# Role words before a person's name: "Secretary General Jane Holl Lute", "Director-General Sokhom P.". A
# long subject ending in capitalized words without one is an organization ("the Palestine Liberation
# Organization"); with one, the name is the words after the last role word, or the last two.
_ROLE = re.compile(
    rf"\b(?:{person_nouns.alternation('title_head')}|Director-General)\b"
    # a role in lowercase before the name: "deputy transport minister Karl Weber"
    rf"|\b(?:{person_nouns.alternation('before_name')})\s+(?=[A-Z])"
    # a role in sport before the name: "Riverside manager Ann Lee", "world record holder Ben Ode"
    rf"|\b(?:{person_nouns.alternation('sport')})\b"
)
_CAPITALIZED = re.compile(r"[A-Z][a-z][\w'’-]*|[A-Z]\.")


def role_name(subject: str, *, least: int = 6) -> str | None:
    """Return the person's name that ends a subject of a role and a name (`least` words or more), or None."""
    role = _ROLE.search(subject)
    if role is None or re.search(r"\band\s+[A-Z]", subject[: role.start()]):
        return None  # no role; "Lindqvist and Chilean Deputy Minister Rosa Vial" are two people
    if _PHRASE_BEFORE.search(subject, 0, role.start()):
        return None  # "A draft letter from former trade minister Ilse Borg": the memo, not the secretary
    words = subject.split()
    run = 0
    while run < len(words) and _CAPITALIZED.fullmatch(words[len(words) - 1 - run]):
        run += 1
    tail = words[len(words) - run :]
    roles = [i for i, w in enumerate(tail) if _ROLE.fullmatch(w)]
    # "for field operations Ada Marsh Lind": a short run after a lowercase noun is all name; after
    # "the" it starts with the role's last words ("and the Arts Lee Boon")
    before = words[len(words) - run - 1].lower() if run < len(words) else ""
    whole = len(tail) <= 3 and before not in ("the", "of", "and", "for", "a", "an")
    name = tail[roles[-1] + 1 :] if roles else tail if whole else tail[-2:]
    return " ".join(name) if 2 <= len(name) <= 3 and len(words) >= least else None


# A person's name ending a long subject of descriptions: "Harvard-trained Iron Lady Ellen Mora", "The
# veteran left-back Sam Ode". Not an organization's name: "the Liberation Organization" after "the". A
# company's name may open on an all-caps word: "(mall operator) KD Harbour Holdings".
# Words before a run of capitalized words that make it part of a longer name: "(the) Riverside Trust",
# "minister (of) Foreign Affairs", a particle inside a name: "Banco (do) Brasil", "Gazeta (de) Rio Claro".
_NOT_NAME_START = {
    "the", "of", "and", "for", "a", "an", "at", "in", "on", "by", "from", "to",
    "de", "do", "da", "dos", "das", "del", "di", "du", "van", "von",
}
_NAME_RUN = re.compile(
    r"(?:(?<=\s)|\A)(?P<run>(?P<caps>[A-Z]{2,5}\s+)?"
    r"(?:[A-Z][a-z][\w'’.]*(?:-[A-Z][\w'’.]*)*\s+){1,4}[A-Z][a-z][\w'’.]*(?:-[A-Z][\w'’.]*)*)\s*\Z"
)
_ORGANIZATION = re.compile(
    r"\b(?:Organi[sz]ation|Ministry|Commission|Council|Committee|Agency|Bank|Party|Union|Institute|Association"
    r"|Company|Corporation|Group|Forces?|Army|Department|Office|Court|Assembly|Parliament|Government|Club"
    r"|United|Federation|Authority|Board|Fund|Program(?:me)?|Center|Centre|University|School|News)\b"
)


# A preposition before the name: the name is in a phrase of the head, not the head ("The death of ...").
_PHRASE_BEFORE = re.compile(r"\b(?:of|in|at|for|from|with|by|on|near|to|against|after|over)\s")
# A role that heads a subject and names its person after a phrase: "The head of the agency Ahmed Saleh".
_HEAD_ROLE = re.compile(
    rf"(?:The|A|An)\s+(?:[\w-]+\s+)?(?:{person_nouns.alternation('heads_subject')})\b"
)


def name_head(subject: str) -> str | None:
    """Return the person's name that ends a long subject of descriptions, or None: "Harvard-trained Iron
    Lady Ellen Mora" -> "Ellen Mora" (the last two of four or more capitalized words, else all of them).
    """
    run = _NAME_RUN.search(subject)
    if run is None or run.start() == 0 or _ORGANIZATION.search(run["run"]):
        return None
    front = subject.rfind(",", 0, run.start()) + 1  # "Seeking to end the row, North Korea": after a comma
    if _PHRASE_BEFORE.search(subject, front, run.start()) and not _HEAD_ROLE.match(subject):
        return None  # "The death of the party leader Ali Demir": the death, not the leader
    before = subject[: run.start()].split()
    if before[-1].lower() in _NOT_NAME_START:
        return None  # "the Riverside Trust", "minister of Foreign Affairs", "Banco do Brasil": part of a name
    words = run["run"].split()
    named = words[1:] if run["caps"] else words  # "KD Harbour Holdings" keeps its "KD" when all stays
    return " ".join(named[-2:] if len(named) >= 4 else words)


# A person's name after the name of the body the person works for, ending a subject of a role: "(Senior
# forecaster with the) Sydney Weather Bureau Ian Robertson", "(a spokesman for) Harbour Rail Board Ana Lee".
_BODY_THEN_NAME = re.compile(
    r"\s(?:[A-Z][\w'’-]*\s+)*(?:Bureau|Society|Service|Authority|Agency|Commission|Council|Department|Board"
    r"|Office|Institute|Association|Corporation|Union|Federation|Ministry)\s+"
    r"(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,2}),?\s*\Z"
)


def name_after_body(subject: str) -> str | None:
    """Return the person's name that ends a subject after the body's name, when a lowercase role opens it:
    "Senior forecaster with the Sydney Weather Bureau Ian Robertson," -> "Ian Robertson"."""
    found = _BODY_THEN_NAME.search(subject)
    if found is None or _ORGANIZATION.search(found["name"]):
        return None
    if not re.match(r"[A-Z]?[a-z-]*\s+[a-z]", subject):
        return None
    return found["name"]


# An -ing word used as a verb, with its object or phrase after it: "patrolling the skies", "Joining
# UNESCO's", "skiing with" (not "leading shipping companies", "the opening World Cup match").
_PREPOSITION = re.compile(r"\s(?:in|under|from|with|at|on|for|to|by|over|between)\s")
_ING = re.compile(
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)\b(?P<w>[A-Za-z]+ing)\s+(?:(?:the|a|an|his|her|its|their|our|this"
    r"|these|those|with|from|to|on|in|at|for|of|by|into|over|as)\b|[A-Z])"
)


# -ing words that name a kind, not an action, before a name: "neighbouring Dalian", "ruling Labour".
ING_ADJECTIVES = {
    "neighbouring", "neighboring", "ruling", "governing", "leading", "outgoing", "incoming", "reigning",
    "visiting", "opposing", "surrounding", "remaining", "existing", "upcoming", "founding", "acting",
}


# Adverbs that make a subject of two or more one agent: "The agency and the ministry jointly issued".
_JOINT = re.compile(r"(?:jointly|together|both)\b")


def _shares_head(subject: str, conjunction: re.Match[str]) -> bool:
    """Tell whether the words around an "and" are modifiers of one noun: "import and export turnovers",
    "toys and commemorative coins"; not "public servants and professionals (from ...)".
    """
    before = subject[: conjunction.start()].rsplit(None, 1)[-1]
    after = subject[conjunction.end() :].split()[:2]
    return (
        before.islower() and len(after) == 2 and all(w.islower() for w in after)
        and after[0] not in ("the", "a", "an", "its", "their", "his", "her", "other")
        and after[1] not in ("from", "of", "for", "and", "with", "in", "at", "on", "who", "which", "that")
    )


def short_subject(title: str, verb_start: int, *, names_only: bool = False, least: int = 6) -> str | None:
    """Return the title with its subject cut to its head so that its verb fits, or None: "Over 1,100
    representatives from leading firms of the region gathered" -> "Over 1,100 representatives gathered".
    `names_only`: only a role before a person's name goes ("... the Arts Lee Boon said" -> "Lee Boon said").
    `least`: the fewest words a subject of a role and a name has for the role to go.
    """
    head = title[:verb_start]  # the pattern ends on "ly" and a space: looked at first, the search tries all
    adverbs = re.search(r"(?:\b[a-z]+ly\s+)+\Z", head) if head[-1:].isspace() and head.rstrip().endswith(
        "ly"
    ) else None  # "jointly launched"
    start = adverbs.start() if adverbs else verb_start
    if names_only:
        named = role_name(title[:start])
        return f"{named} {title[start:]}" if named else None
    front = _FRONT.match(title, 0, start)
    if front is not None:
        rest = title[front.end() :]
        return rest[:1].upper() + rest[1:]
    if SUBORDINATE_FRONT.match(title) or re.match(r"(?:In|On|At|After|Before|During|Amid)\b", title):
        return None  # a front phrase with no comma to end it: "With talk of a crisis | the club could"
    subject = title[:start]
    if (aside := _ING_ASIDE.fullmatch(subject)) is not None and not has_verb(aside["head"]):
        return f"{aside['head']} {title[start:]}"  # "Nabih Berri(, describing the session a success,) said"
    # every _ING match holds "ing": a subject without one is not searched
    verbal = "ing" in subject and any(
        m["w"].lower() not in ING_NOUNS | ING_ADJECTIVES for m in _ING.finditer(subject)
    )
    # "Tenants meet delays in repairs, heating and water and are": a second predicate
    # "Norway host outsiders Malta (was pictured)": a plain present verb the lists miss makes a clause
    clause = _NOT_A_SUBJECT.search(subject) or plural_present(subject) or _CLAUSE_TO_VERB.search(subject)
    if verbal or clause or re.search(r"\b(?:and|or)\s*\Z", subject):
        return None  # a clause, not a noun phrase, comes before the verb found: leave the cut to fit
    named = role_name(subject, least=least)  # "Minister for ... the Arts Lee Boon" -> "Lee Boon"
    # "The head of the harbour agency Ahmed Saleh" -> "Ahmed Saleh", not "The head"
    named = named or (name_head(subject) if _HEAD_ROLE.match(subject) else None)
    named = named or name_after_body(subject)  # "Senior forecaster with the Weather Bureau Ian Robertson,"
    if named is not None:
        return f"{named} {title[start:]}"
    aside = _DASH_ASIDE.search(subject)  # "Berg and Tavares -- two of the team's best players --"
    if aside is not None:
        return subject[: aside.start()] + " " + title[start:]
    for end in _SUBJECT_END.finditer(subject):
        if end.group().strip() == "of" and _QUANTITY.search(subject, 0, end.start()):
            continue  # "A total | of 2,170 children": the head is what is counted
        inside_name = re.search(r"[A-Z][\w'’-]*\Z", subject[: end.start()]) and re.match(
            r"[A-Z]", subject[end.end() :]
        )  # "Ministry of Labour", "Culture, Sport and the Media"
        if inside_name and end.group().startswith(",") and _POSSESSIVE.match(subject, end.end()):
            inside_name = None  # "The Museum of Clocks, Arden's oldest": an apposition, no name goes on
        # "Troops under the command | of the governor's son": a phrase cut before its "of"
        open_phrase = end.group().strip() == "of" and _PREPOSITION.search(subject[: end.start()])
        head = subject[: end.start()].split()
        plural = len(head) == 1 and re.fullmatch(r"[A-Za-z][a-z]{3,}s", head[0]) is not None
        plural = plural and end.group().strip() == "of"  # "Emissions | of major pollutants ... will be"
        # "Police | in the towns of Arlo, Brill and Cova arrested": a one-word head before a list of names
        plural = plural or len(head) == 1 and _NAMES_LIST.search(subject, end.end()) is not None
        if (len(head) >= 2 or plural) and not inside_name and not open_phrase:
            if end.group().strip() == "and" and _shares_head(subject, end):
                continue  # "import | and export turnovers": a cut leaves a modifier without its noun
            # "The agency and the ministry jointly issued": the agency alone issued, not jointly
            joint = end.group().strip() == "and" and _JOINT.match(title, start)
            return f"{subject[: end.start()].rstrip(' ,')} {title[verb_start if joint else start :]}"
    return None
