"""Tell the ends of a title whose verb, adjective or front phrase waits for what a cut took away.

complete() reads a title's last words against word lists; these rules read a phrase: a verb whose object
needs its infinitive after it ("called on the minister (to resign)"), a passive that waits for what was
given ("will be presented (with a medal)"), a report that waits for "as saying" ("quoted a diplomat"), a
front phrase whose main clause is cut ("Given the strong growth (, the deficit) was to fall"), an aside left
open ("Gazprom, a firm that won a contract"). `open_complement` says why, or None. `cut_clause` reads what
came after the cut too: "agreed courts | should take ..." cut a statement's subject from its verb.
"""

from __future__ import annotations

import re

from timeline import person_nouns
from timeline.chunks import predicate
from timeline.verbs import first_verb, has_verb

# Verbs that take an object and its infinitive, whatever the object: "urged the minister (to resign)".
_OBJECT_INFINITIVE = (
    r"called\s+on|calls\s+on|calling\s+on|call\s+on|urged|urges|urging|urge|persuaded|persuade|encouraged"
    r"|encouraging|invited|inviting|asked|asks|asking|ask|projecting|projects|agreed\s+for|agree\s+for"
)
# Verbs that take an object and its infinitive or "from", when the object is a party that acts: "required
# its employees (to ...)", "prevent Iran (from ...)"; not "ordered a retrial", "required approval".
_PARTY_INFINITIVE = (
    r"required|requires|require|authori[sz]ed|authori[sz]es|authori[sz]e|ordered|orders|order|allowed"
    r"|allows|allow|forced|forces|force|prevent|prevents|prevented|deter|deters|deterred|stop|stopped"
)
# An object that is a party: a name, a possessive's group, or a plural of people.
_PARTY = (
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
    r"|(?:its|their|his|her|our|the|some|all|several)\s+(?:[a-z-]+\s+){0,3}(?:employees|staff|workers|troops"
    r"|soldiers|units|forces|officers|officials|members|citizens|residents|people|public|police|banks|firms"
    r"|authorities"
    r"|companies|players|students|farmers|lawyers|judges|ministers|states|countries|governments)"
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?)"
)
# Verbs in the passive that wait for what was given, whatever their subject: "she will be presented (with a
# award)"; not "granted", "awarded" ("a loan had been granted" is whole).
_GIVEN = r"presented|handed|tasked"
# Verbs of aiming in the progressive, which wait for their infinitive: "Busan is aiming (to become ...)".
_AIMING = r"aiming|seeking|hoping|planning|trying|striving|intending|preparing|looking\s+to|vowing|pledging"
# Role nouns that wait for a name when no article comes before them: "to execute former dictator (Saddam)".
_ROLE_NOUNS = person_nouns.alternation("waits")

# Words whose title-ending form needs a preposition after it: "invited the regulator to look (at ...)".
_PREPOSITION_VERBS = frozenset({
    "look", "rely", "focus", "depend", "insist", "refer", "point", "listen", "cope", "deal", "dispose",
    "embark", "engage", "opt", "account", "comply", "cater", "consist", "abide", "adhere", "subscribe",
    "resort", "object", "amount", "contribute", "capitalize", "capitalise",
})
_OBJECT_INFINITIVE_WORDS = ("call", "urg", "persuad", "encourag", "invit", "ask", "project", "agree")

# (reason, pattern on the title's end, example of a title it says is cut, what the title must hold for the
# pattern to be tried: a set of last words, pieces of its lowercased end, one of which it holds, or a test)
_INTENT_VERBS = (  # "The firm cut jobs and aims (to ...)"
    "plans", "wants", "hopes", "intends", "aims", "seeks", "vows", "pledges", "threatens", "promises",
    "refuses", "planned", "vowed", "pledged", "threatened", "promised", "refused", "hoped", "intended",
    "aimed", "sought",
)
_AND_BUT = ("and ", "but ")
_ENDS = [
    ("infinitive", re.compile(
        rf"\b(?:{_OBJECT_INFINITIVE})\s+(?P<object>(?:(?!to\b|that\b|for\b)[\w'’.-]+\s+){{0,6}}"
        r"(?!to\b|that\b)[\w'’.-]+)\Z"),
     "The opposition called on the minister",
     tuple(_OBJECT_INFINITIVE_WORDS)),
    ("infinitive", re.compile(rf"\b(?:{_PARTY_INFINITIVE})\s+(?P<object>{_PARTY})\Z"),
     "The council has authorized some officers of the harbour police",
     ("requir", "authori", "order", "allow", "forc", "prevent", "deter", "stop")),
    ("infinitive", re.compile(
        r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:ordered|required|authori[sz]ed|allowed"
        r"|forced|told|instructed|directed)\s+by\s+[^,;]{3,70}\Z"),
     "The minister was ordered by a court",
     (" by ",)),
    ("complement", re.compile(
        rf"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:{_GIVEN})\Z"),
     "The composer will be presented",
     frozenset({"presented", "handed", "tasked"})),
    ("infinitive", re.compile(
        rf"\b(?:is|are|was|were|be|been|being|am)\s+(?:not\s+|still\s+|also\s+|now\s+)?(?:{_AIMING})\Z"),
     "The port city is aiming",
     ("ing", "looking to")),
    ("infinitive", re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|also\s+|now\s+)?ready\Z"),
     "The company is ready",
     frozenset({"ready"})),
    ("complement", re.compile(
        r"\b(?:accuse|accuses|accused|accusing|sentence|sentences|sentenced|sentencing)\s+(?P<object>"
        r"(?:(?!of\b|to\b|for\b|over\b)[\w'’.-]+\s+){0,6}(?!of\b|to\b|for\b|over\b)[\w'’.-]+)\Z"),
     "Prosecutors have accused the former minister (of fraud)",
     ("accus", "sentenc")),
    ("complement", re.compile(
        r"\b(?:make|makes|made|making)\s+it\s+(?:possible|impossible|easier|harder|difficult|easy|hard)\Z"),
     "The new law will make it possible",
     frozenset({"possible", "impossible", "easier", "harder", "difficult", "easy", "hard"})),
    ("preposition", re.compile(
        r"\b(?:to|will|would|can|could|may|might|must|should|who|that|which|they|we)\s+(?:not\s+)?(?:look|rely"
        r"|focus|depend|insist|refer|point|listen|cope|deal|dispose|embark|engage|opt|account|comply|cater"
        r"|consist|abide|adhere|subscribe|resort|object|amount|contribute|capitalize|capitalise)\Z"),
     "The board invited the regulator to look",
     _PREPOSITION_VERBS),
    ("infinitive", re.compile(
        rf"\b(?:and|but)\s+(?:also\s+)?(?:{'|'.join(_INTENT_VERBS)})\Z"),
     "The firm cut jobs and aims",
     # the verb ends the title: looked for first, as the pattern tries every position of the tail
     lambda text: text.endswith(_INTENT_VERBS) and any(map(text[-100:].lower().__contains__, _AND_BUT))),
    ("second object", re.compile(
        r"\b(?:deny|denied|denies|denying|grant|grants|granting|give|gave|gives|giving|offer|offers|offering"
        r"|award|awards|awarding|hand|hands|lend|lends|lent|owe|owes|owed|teach|taught)\s+(?:him|her|them|us"
        rf"|(?:the|its|their|his|her)\s+(?:former\s+|late\s+|ousted\s+|ex-)?(?:{_ROLE_NOUNS}))\Z"),
     "The government voted to deny the former dictator",
     ("den", "gr", "giv", "gav", "off", "award", "hand", "len", "ow", "teach", "taught")),
    ("complement", re.compile(
        r"\b(?:sent|send|sends|sending)\s+(?:(?:the|its|their)\s+)?(?:[a-z-]+\s+){0,2}(?:stocks|shares|prices"
        r"|markets|indexes|indices|index|currency|dollar|yen|euro|bonds|yields|rates)\Z"),
     "The report sent stocks",
     ("sen",)),
    ("complement", re.compile(r"\ba\s+(?:[a-z-]+\s+)?list\Z"), "The federation has suspended a list",
     frozenset({"list"})),
    ("clause", re.compile(
        r"\b(?:that|said|says|added|stated|believes|believed)\s+(?:although|though|while|if|when|because|since"
        r"|once|unless|whereas)\s+[^,;]+(?:,\s+(?P<main>[^,;]*))?\Z"),
     "The mediator said that although she has not managed to travel to the region",
     ("though", "while", "if ", "when", "because", "since", "once", "unless", "whereas")),
    ("complement", re.compile(
        r"\b(?!(?:is|was|are|were|has|have|had|been)\b)[a-z]{3,}\s+(?:named|called|dubbed|known|labell?ed|titled"
        r"|entitled)\Z"),
     "The federation suspended a list of umpires named",
     frozenset({"named", "called", "dubbed", "known", "labelled", "labeled", "titled", "entitled"})),
    ("relative", re.compile(r"\A(?:Which|Who|Whose|Whom)\s"), "Which is expected to attract visitors",
     ("wh",)),
    ("comparison", re.compile(r"\bby\s+(?:much\s+|far\s+)?(?:more|less|fewer)\Z"),
     "Profits are expected to grow by more",
     frozenset({"more", "less", "fewer"})),
    ("name", re.compile(
        rf"\b(?!(?:a|an|the|its|his|her|their|our|as|and|or)\s)[a-z]+\s+(?:former|ex-|late|ousted|deposed"
        rf"|exiled|veteran|fellow)\s*(?:{_ROLE_NOUNS})\Z"),
     "The court decided to execute former dictator",
     ("former", "ex-", "late", "ousted", "deposed", "exiled", "veteran", "fellow")),
    ("adjective", re.compile(
        r"\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+)?[a-z]+-(?:ranking|level|luxury|scale|profile|term|range"
        r"|based|owned|run|backed|sized|size|style|class|quality|income|speed|powered)\Z"),
     "The union called for the dismissal of a top-level",
     ("-",)),
    ("adjective", re.compile(r"\b(?:the|a|an|its|their)\s+(?:top|high|senior|ministerial|working)\s+level\Z"),
     "The premier expects to travel to Jakarta for the top level", frozenset({"level"})),
    ("as saying", re.compile(
        r"\bquoted\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}|(?:[\w'’-]+\s+){0,4}(?:officials?|diplomats?"
        r"|sources?|analysts?|experts?|witnesses|residents|spokes(?:man|woman|person)|ministers?|officers?)"
        r")\Z"),
     "The news agency quoted unnamed diplomats",
     ("quoted",)),
    ("front phrase", re.compile(r"\A(?:Given|[Tt]o\s+[a-z]{3,})\s+[^,;]+\Z"),
     "Given the strong growth was expected to fall",
     ("given", "to ")),
    ("aside", re.compile(
        r"\A(?!(?:In|On|At|By|For|After|Before|Since|During|Yesterday|Today|Meanwhile|However|Earlier|Later"
        r"|Last|Next|This)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:a|an|the|former|also)\s+[^,;]+\Z"),
     "Gazprom, a state firm which won the contract",
     (",",)),
    ("front phrase", re.compile(r"\A[A-Z][a-z]+ing\s+(?!(?:is|are|was|were|has|have|will)\b)[^,;]*,\s+"
                                r"(?:a|an|the)\s+[^,;]+\Z"),
     "Speaking at the institute, a leading think tank",
     ("ing ",)),
]

# The rules with their gates: a set of last words, pieces looked for with `in` (quicker than a pattern of
# the pieces, which tries each position of the tail), or a test of the text itself.
_GATED = [(reason, pattern, gate) for reason, pattern, _example, gate in _ENDS]


def open_complement(text: str) -> str | None:
    """Say why the end of `text` waits for what a cut took, by the rules of `_ENDS`, or None."""
    if _FRONT_SUBORDINATE.match(text) and "," in text and not predicate(text[text.index(",") + 1 :]):
        return "no main clause"  # "If Iran is behind the attack, Saudi Arabia (would ...)"
    if _ONLY_SUBORDINATE.match(text) and "," not in text:
        return "no main clause"  # "If Iran is behind the attack (, ...)"
    one = _ONE_NAME_PLURAL_VERB.match(text)
    if one is not None and not one["name"].endswith(_PLURAL_NAME_ENDS) and one["name"] not in _PLURAL_NOUNS:
        return "agreement"  # "Peru (and Chile) are expected to sign": a second subject was cut
    if _FRONT_PREPOSITION.match(text) and "," not in text and not _main_verb(text):
        return "front phrase"  # "In a communique released at the close (of the talks, ...)"
    tail = text[-100:] if len(text) > 100 else text
    lowered, last = tail.lower(), text[text.rfind(" ") + 1 :].lower()
    for reason, pattern, gate in _GATED:
        if isinstance(gate, frozenset):
            if last not in gate:
                continue  # the word the pattern needs is not there: most titles try no pattern
        elif not (gate(text) if callable(gate) else any(map(lowered.__contains__, gate))):
            continue
        anchored = pattern.pattern.startswith(r"\A")
        found = pattern.search(text if anchored else tail)
        if found is None:
            continue
        words = found.groupdict().get("object")
        if words is not None and any(has_verb(w.lower()) for w in words.split() if w.islower()):
            continue  # "urged them to act" was not cut: the object holds the verb that follows
        if found.groupdict().get("main") and predicate(found["main"]):
            continue  # "said that if it rains, the match will be moved": the main clause is there
        if reason == "aside" and _after_aside_verb(text):
            continue
        if reason == "front phrase" and "," in text and predicate(text[text.index(",") + 1 :]):
            continue  # "Looking ahead, the market is awaiting data": the main clause follows the comma
        return reason
    return None


# A subordinate clause opening a title, whose main clause follows its comma.
_FRONT_SUBORDINATE = re.compile(r"(?:If|When|Although|Though|Because|While|Unless|Once|Whereas)\s")

_ONLY_SUBORDINATE = re.compile(r"(?:If|Although|Though|Because|Unless|Whereas|While)\s")

_FRONT_PREPOSITION = re.compile(
    r"(?:In|With|On|At|Under|During|After|Following|Amid|Despite|From|Through|Without|Before|For|Upon)\s"
)
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                "might", "must", "should", "did", "does", "do", "am"}

# A name of one to three words that opens a title, a plural verb after it.
_ONE_NAME_PLURAL_VERB = re.compile(r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:are|were|have)\s")
# Names that take a plural verb: "The Netherlands", "Chinese", "British", "Police".
_PLURAL_NAME_ENDS = ("s", "ese", "ish", "ch", "men", "people")
_PLURAL_NOUNS = {
    "Police", "People", "Children", "Staff", "Cattle", "Militia", "Clergy", "Personnel", "Youth", "Both",
    "Many", "Few", "Some", "Most", "Others", "These", "Those", "They", "We", "You", "All", "Several",
}


def _main_verb(text: str) -> bool:
    """Tell whether `text` holds a verb with a subject of its own: an auxiliary, or a past form after a name
    or a pronoun ("In 1937 Hermlin emigrated"); not a participle after a noun ("a statement issued on").
    """
    at = 0
    while (verb := first_verb(text, at)) is not None:
        at = verb.end()
        before = text[: verb.start()].split()[-1:]
        if verb.group().lower() in _AUXILIARIES or not before:
            return True
        if verb.start() == len(before[0]) + 1 and _FRONT_PREPOSITION.match(text):
            continue  # "Under proposed laws": the front preposition's capital is no subject's
        if before[0][:1].isupper() or before[0].lower() in ("he", "she", "it", "they", "we", "i", "who"):
            return True
    return False


def _after_aside_verb(text: str) -> bool:
    """Tell whether an aside after a name ends and a verb follows it: "Acme, a firm in Oslo, said"."""
    return text.count(",") >= 2


# Verbs whose statement may come without "that", and words that open a clause: a cut right after their
# first noun phrase leaves the clause's subject without its verb: "agreed courts | should take".
_STATEMENT_OPENERS = re.compile(
    r"\b(?:agreed|decided|showed|shows|found|ruled|said|says|believes|believed|warned|argued|insisted"
    r"|concluded|estimated|expects|expected|hopes|hoped|feared|fears|claimed|claims|predicted|acknowledged"
    r"|admitted|noted|stressed|confirmed|announced|since|while|because|although|though|as|whereas)\s+"
)
_CLAUSE_VERB = re.compile(
    r"\A\s*(?:[\w'’.-]+\s+){0,8}?(?:will|would|should|could|can|may|might|must|is|are|was|were|has|have|had"
    r"|did|does)\b"
)

# A word before the verb found after the cut that makes the verb another clause's: "served as chairman |
# until he was ...", "a fund | which has ...".
_OPENER_BEFORE = re.compile(
    r"\b(?:who|whom|whose|which|that|when|where|until|after|before|if|because|since|while|as|and|but|or"
    r"|than|whether|once|unless|although|though)\b"
)

# A name after a comma at the end of a title, which an "and" after the cut shows to be an item of a list.
_LIST_ITEM = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\Z")
# A list of names after a cut that ends on its first item: "police in the towns of Arlo | (, Brill, Cova and
# Dunn)". The items are capitalized words, the last after "and" or "or".
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_LIST_AFTER = re.compile(rf",\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+[A-Z]")
_NAME_END = re.compile(r"\s[A-Z][\w'’.-]*\Z")


def cut_clause(title: str, rest: str) -> bool:
    """Tell whether `title`, cut from a clause that goes on with `rest`, ends in a statement's or a
    subordinate clause's subject whose verb is in `rest`: "Ministers agreed courts | in member states should
    weigh ...", "Shares fell since claims | that the firm ... were made".
    """
    if rest.startswith(",") and _NAME_END.search(title) and _LIST_AFTER.match(rest):
        return True  # "police in the towns of Arlo | , Brill and Cova": a list cut after its first item
    if not rest[:1].isspace() or not rest.strip()[:1].isalnum():
        return False
    if _LIST_ITEM.search(title, max(0, len(title) - 60)) and re.match(r"\s+(?:and|or)\s", rest):
        return True  # "invited Bosnia, Montenegro | and Serbia": a list cut before its last item
    found = None
    for match in _STATEMENT_OPENERS.finditer(title, max(0, len(title) - 60)):
        found = match
    if found is None:
        return False
    subject = title[found.end() :]
    if not subject or len(subject.split()) > 6 or first_verb(subject) is not None:
        return False
    ahead = re.split(r"[,;:\"“”(]", rest, maxsplit=1)[0][:70]
    verb = _CLAUSE_VERB.match(ahead)
    opener = found.group().split()[0].lower()
    if opener == "as" and not re.match(r"(?:a|an|the|its|their|his|her)\s", subject):
        return False  # "was ousted as party chairwoman | in 1996": "as" before a role is no clause
    if verb is None and opener in _SUBORDINATORS:
        verb = _past_verb(ahead)  # "fell back as a rise | in the cost of fuel hit ...": a past form
    return verb is not None and not _OPENER_BEFORE.search(ahead, 0, verb.end())


_SUBORDINATORS = {"since", "while", "because", "although", "though", "as", "whereas"}


def _past_verb(ahead: str) -> re.Match[str] | None:
    """Return the first verb of `ahead` when it is a past form no "by" follows (no participle), or None."""
    verb = first_verb(ahead, 0, 60)
    if verb is None or re.match(r"\s+by\b", ahead[verb.end() :]) or verb.start() == 0:
        return None
    return verb
