"""Find the smallest unit of a sentence that holds an event's date, when it is not the main clause.

A date inside a relative clause with a subject of its own ("The co-op, which Ida Berg founded in 1990, runs
nine shops"), a participle clause after "after", "before" or "since" ("The mayor is touring Asia after
opening the port on Monday"), a second predicate the date opens ("cut jobs and in May sold its truck unit"),
a happening another's act follows or is blamed on ("blamed a fire on Sunday that gutted the mill") or a plan
another welcomes or condemns ("praised the union's plan to end the strike next week") dates that unit, whose
event the title tells: "Ida Berg founded the co-op", "The mayor opened the port", "The firm sold its truck
unit", "A fire gutted the mill", "The union to end the strike". focus.part_of asks `part` first, and titles
the answer as its own: (words to put first, span of the rest). No parser: shallow rules, each with an example.
"""

from __future__ import annotations

import re

from timeline import bare_pasts
from timeline.relatives import SPEECH_BEFORE, plain
from timeline.spans import Span
from timeline.speech import alternation, words
from timeline.subjects import OBJECT_WORDS
from timeline.verbs import NO_PASSIVE, be_for, first_verb, has_verb, is_past_form, past_of
from timeline.word_walk import PREPOSITIONS

# Main verbs that tell a stance toward, or a relation to, another's act, which has a time of its own: the
# date on that act is the act's, each with an example.
OVER_ANOTHER = {
    "welcomed": "The minister welcomed the rebels' plan to free hostages next week",
    "praised": "The senator praised the union's plan to end the strike next month",
    "hailed": "Investors hailed the bank's decision to cut rates in March",
    "applauded": "Fans applauded the club's move to freeze prices next season",
    "backed": "The board backed the mayor's bid to host the games in 2032",
    "supported": "Farmers supported the ministry's plan to lift the ban next year",
    "endorsed": "The party endorsed the leader's pledge to hold a vote in June",
    "criticised": "The council criticised the firm's decision to close the depot next year",
    "criticized": "The council criticized the firm's decision to close the depot next year",
    "condemned": "Neighbours condemned the army's threat to shell the town on Friday",
    "denounced": "The union denounced the airline's plan to cut 900 jobs by June",
    "rejected": "The rebels rejected the government's offer to hold talks next week",
    "opposed": "Residents opposed the city's plan to build a tower in 2026",
    "slammed": "Critics slammed the league's decision to expand in 2027",
    "questioned": "Experts questioned the agency's promise to finish the line by 2030",
    "dismissed": "The opposition dismissed the president's vow to resign in May",
    "blamed": "Officials blamed a fire on Sunday that gutted the old mill",
    "followed": "The flood followed a storm on March 9 that destroyed three bridges",
    "follows": "The rally follows a strike on Monday that shut the port",
    "recalled": "The speaker recalled a crash in 1998 that killed nine climbers",
    "mourned": "The town mourned a blast on Friday that killed four miners",
    "marked": "The ceremony marked a battle in 1916 that cost 20,000 lives",
}
_OVER = re.compile(rf"\b(?:{'|'.join(OVER_ANOTHER)})\b")
# Nouns of a planned act that an owner states: "the union's (plan) to end", "the firm's (decision) to close".
_PLAN_NOUNS = (
    r"plans?|decision|bid|move|proposal|pledge|promise|offer|threat|vow|intention|call|push|attempt|effort"
)
# An owner's plan: "the rebels' plan to free", "Acme's decision to close", "a plan by the union to end".
_OWNED_PLAN = re.compile(
    r"(?:(?P<owner>(?:(?:the|a|an)\s+)?(?:[A-Za-z][\w.-]*\s+){0,3}?[A-Za-z][\w.-]*?)(?:['’]s|(?<=s)['’])\s+"
    rf"(?:[a-z]+\s+)?(?:{_PLAN_NOUNS})"
    rf"|(?:the|a|an)\s+(?:[a-z]+\s+)?(?:{_PLAN_NOUNS})\s+by\s+(?P<by>(?:(?:the|a|an)\s+)?"
    r"(?:[A-Za-z][\w.-]*\s+){0,3}?[A-Za-z][\w.-]*))\s+to\s+(?=[a-z])"
)
# A happening the date may name, in a phrase of place or time before it: "(in a vote) on Sunday".
_HAPPENING_AT = re.compile(
    r"\b(?:in|at|during)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:on|in|at)?\s*\Z"
)
# A noun phrase a happening's date and its own relative clause follow: "(a storm) on March 9 that destroyed".
_HAPPENING = re.compile(r"(?P<np>\b(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+\Z")
_THAT_VERB = re.compile(r"\s*,?\s+(?:that|which)\s+(?P<verb>[a-z][\w'’-]*)\b")
# A participle clause of another time before the date: "after (opening) the port", "since quitting".
_ING = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Ss]ince)\s+(?P<ing>[a-z]{3,}ing)(?:\s+(?P<next>[a-z][\w'’-]*))?")
# "and" and adverbs right before a date that opens a second predicate: "and (later) in May sold".
_AND_BEFORE = re.compile(
    r"\s(?:and|but)\s*,?\s+(?:(?:later|then|again|also|finally|eventually)\s+)?(?:(?:on|in|at|during|by)\s+)?\Z"
)
# The auxiliary of a passive first predicate, and an object after a second one that makes it active: "was
# (arrested) and on Tuesday charged", "and in May sold (its) unit".
_AUXILIARY = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)(?=\s)")
_OBJECT_AFTER = re.compile(rf"\s+{OBJECT_WORDS}\b")
# A relative clause with a subject of its own: "(the co-op), which Ida Berg founded", "(the law) that
# parliament passed", "(the man) whom police arrested".
_OBJECT_RELATIVE = re.compile(
    r"(?P<np>\b(?i:the|a|an|its|his|her|their|our|this)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"|(?<![\w'’-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    r"(?:\s+\([A-Z][\w.'’-]{1,15}\)(?=,))?"  # an acronym after a name: "the Farmers Party (FP), which"
    r"(?P<comma>,?)\s+(?P<pronoun>which|that|whom)\s+"
    r"(?P<subject>(?:(?i:the|a|an|his|her|its|their|our)\s+[\w'’-]+|[A-Z][\w'’.-]*|[a-z][\w'’-]*)"
    r"(?:\s+[\w'’.-]+){0,3}?)\s+(?P<verb>(?:(?:has|have|had)\s+)?[a-z][\w'’-]*)\b"
)
# Words after a relative pronoun that are no subject of the verb after them: "which (later) opened".
_NOT_SUBJECT = re.compile(
    r"(?:[a-z]+ly|first|later|also|then|now|still|once|again|never|soon|already|since|just|only|not|is|are"
    r"|was|were|has|have|had|will|would|can|could|may|might|must|should|to|in|on|at|by|of|for|with)\b"
)
# The preposition of a date, right before it: "founded (in) 1990".
_DATE_PREPOSITION = re.compile(r"\s+(?:in|on|at|during|since|by)\s*\Z")
_DETERMINER = re.compile(r"(?i:the|a|an|its|his|her|their|our|this)\s")
# A word of a noun phrase, no function word: not "(the former) as a result (of)".
_PLAIN_WORD = r"(?!(?:as|a|an|the|to|in|on|at|by|for|with|from|and|or|of|than|that|which)\b)[\w'’-]+"
# A name and "of" before the antecedent found, whose head the clause is on: "(the Farmers Party of) the
# North, which Ida Berg founded"; not "as (a result of) the reform, which": a plain noun's "of" phrase.
_OF_OWNER = re.compile(
    rf"\b(?i:the|a|an|its|his|her|their)\s+(?:{_PLAIN_WORD}\s+){{0,3}}?(?=[A-Z]){_PLAIN_WORD}\s+of\s+\Z"
)
# A preposition or "and" before a name: "(from) Georgia and (Moldova)", "the fair in (Lisbon)".
_PLACED = re.compile(r"\b(?:and|in|at|on|of|from|near|to|into)\s+\Z")
# Nouns a "that" clause states the content of, no antecedent of a relative: "the news that the plant closed".
_CONTENT_NOUNS = {
    "news", "fact", "claim", "claims", "report", "reports", "hope", "hopes", "fear", "fears", "sign", "signs",
    "idea", "belief", "view", "warning", "rumour", "rumor", "rumours", "suggestion", "assurance", "evidence",
    "allegation", "allegations", "charge", "charges", "notion", "possibility", "chance", "risk", "concern",
    "concerns", "statement", "announcement", "confirmation", "proof", "impression", "argument", "promise",
}
# Words that open a front phrase or a clause, no subject: "(Despite) being banned", "(While) in office".
_NOT_OPENING = {"although", "though", "while", "when", "if", "because", "unless", "once", "but", "and", "so"}
_SPEECH = frozenset(words("after_speaker")) | {"believed", "thought", "hoped", "feared", "expected", "knew"}
_SPEECH_WORD = re.compile(rf"\b(?:{alternation('after_speaker')})\b")
# Words that may follow a relative clause's verb before its date, no object of it: "founded (in) 1990",
# "sold (to a rival) in 2001", "moved (into) in 1990".
_NO_OBJECT = PREPOSITIONS | {"here", "there", "back", "up", "down", "out", "off", "away", "again", "first",
                             "last", "early", "late", "earlier", "later", "only", "just"}


def part(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (words to put first, span) of the smallest unit of `text[span]` that holds the date `own`,
    when that unit is one of the module's shapes and not the main clause, or None."""
    before = text[span[0] : own[0]]
    if (" and" in before or " but" in before) and (found := _and_dated(text, span, own, others)):
        return found
    if (" which " in before or " that " in before or " whom " in before) and (
        found := _object_relative(text, span, own, others)
    ):
        return found
    if not others and "ing " in before and (found := _ing_clause(text, span, own)):
        return found
    if not others and (found := _subject_relative(text, span, own)):
        return found
    return _over_another(text, span, own)


def _subject(text: str, start: int, end: int) -> str | None:
    """Return the clause's subject, its words before its first verb, when it is short and plain (not
    "Despite (being banned)": a front phrase)."""
    verb = first_verb(text, start, end)
    subject = text[start : verb.start()].strip() if verb else ""
    subject = re.sub(r"\A(?:But|And|Yet|So)\s+", "", subject)  # "But the striker": the link goes
    if not subject or len(subject.split()) > 6 or re.search(r"[,;:()\"“”]|\b(?:who|which|that)\b", subject):
        return None
    if subject.split()[0].lower() in PREPOSITIONS | _NOT_OPENING:
        return None
    return subject


def _clause_stop(text: str, at: int, end: int) -> int:
    """Return where the unit that runs on from `at` ends: the next comma or semicolon, else `end`."""
    stop = re.compile(r",(?!\d{3})|;").search(text, at, end)
    return stop.start() if stop else end


def _and_dated(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (subject, span) of a second predicate that its date opens: "The firm cut 300 jobs and in May
    sold its truck unit" -> ("The firm", "sold its truck unit"); not "and on Monday the firm sold" (a
    subject of its own: coordination.py's)."""
    joined = _AND_BEFORE.search(text, max(span[0], own[0] - 40), own[0])
    after = re.match(r"\s*,?\s*(?P<verb>[a-z][\w'’-]*)\b", text[own[1] : span[1]])
    if joined is None or after is None or not (is_past_form(after["verb"]) or has_verb(after["verb"])):
        return None
    if any(not text[o[1] : joined.start()].strip(" ,") for o in others):
        return None  # "2026 and 2027 combined": a list of dates, no second predicate
    subject = _subject(text, span[0], joined.start())
    if subject is None or not has_verb(text[span[0] : joined.start()]):
        return None
    begin = own[1] + after.start("verb")
    # a passive's auxiliary goes with both participles: "was arrested and on Tuesday charged with theft"
    aux = _AUXILIARY.match(text, first_verb(text, span[0], joined.start()).start())
    verb = after["verb"]
    active = verb in NO_PASSIVE or _OBJECT_AFTER.match(text, begin + len(verb)) is not None
    if aux and is_past_form(verb) and not active:
        subject = f"{subject} {' '.join(aux.group().split())}"
    return subject, (begin, _clause_stop(text, begin, span[1]))


def _antecedent(np: str) -> str:
    """Return a relative clause's antecedent as an object: "The co-op" -> "the co-op", "Acme" as it is."""
    first, _, rest = np.partition(" ")
    return f"{first.lower()} {rest}" if rest and first.lower() in ("the", "a", "an", "this") else np


def _object_relative(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (head, span) of a relative clause with a subject of its own that holds the date: "The co-op,
    which Ida Berg founded in 1990, runs nine shops" -> ("Ida Berg founded the co-op", ""); "the house,
    which she moved into in 1990" -> ("she moved into the house", "")."""
    found = None
    for found in _OBJECT_RELATIVE.finditer(text, max(span[0], own[0] - 160), own[0]):  # noqa: B007
        pass  # the loop keeps the last: the clause nearest the date
    if found is None or "," in text[found.end("pronoun") : own[0]]:
        return None
    subject, verb = found["subject"], found["verb"].split()[-1]
    if _NOT_SUBJECT.match(subject) or is_past_form(subject.split()[0]):
        return None  # "which (recently) opened", "that (first) began": an adverb, the pronoun is the subject
    if has_verb(subject) or not (is_past_form(verb) or has_verb(verb)) or verb in _SPEECH:
        return None  # "which officials said was signed": the gap is in what was said
    if verb in ("was", "were", "is", "are", "had", "has", "have", "did", "does"):
        return None  # "that the plan was", "which it had": no verb with a gap
    np = plain(text[found.start("np") : found.start("comma")])
    if (owner := _OF_OWNER.search(text, max(span[0], found.start() - 60), found.start())) is not None:
        np = plain(f"{owner.group()}{np}")  # "the party of | the farmers, which": the head is the party's
    if found["pronoun"] == "that" and (
        np.split()[-1].lower() in _CONTENT_NOUNS or has_verb(np)
        or SPEECH_BEFORE.search(text, max(span[0], found.start() - 40), found.start("pronoun"))
    ):
        return None  # "the news that the plant closed", "told the court that the firm hid": no antecedent
    if any(found.start() <= o[0] < own[0] for o in others):
        return None
    placed = _PLACED.search(text, max(span[0], found.start() - 12), found.start()) is not None
    if placed and np[:1].isupper() and not _DETERMINER.match(np):
        return None  # "its troops from Georgia and | Moldova, which": a name there is seldom the antecedent
    gap = found.end("verb")
    words_after = re.findall(r"[\w'’-]+", text[gap : own[0]])
    if words_after and words_after[0].lower() not in _NO_OBJECT:
        return None  # "which the council gave the firm in 2001": the gap is no object after the verb
    # a preposition left at the end of the clause, before the date's own: "which she moved (into) in 1990"
    rest = _DATE_PREPOSITION.sub("", text[gap : own[0]])
    stranded = re.fullmatch(r"\s+(?P<prep>into|onto|to|from|for|with|on|at|in|over|up|out|off)\s*", rest)
    if stranded:
        gap += stranded.end()  # she moved into the house
    head = f"{subject} {' '.join(found['verb'].split())}"
    head = f"{head} {stranded['prep']} {_antecedent(np)}" if stranded else f"{head} {_antecedent(np)}"
    stop = _clause_stop(text, own[1], span[1]) if found["comma"] or found["pronoun"] == "which" else own[1]
    return head, (gap, stop)


# A subject with a restrictive relative clause on it: "(The shop) that opened", "(A man) who fled".
_SUBJECT_RELATIVE = re.compile(
    r"(?P<np>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:that|which|who)\s+(?=[a-z])"
)
# The main verb right after the date that closes that clause, a present form in -s the verb tables may not
# know: "(The shop that opened in May) sells", "(now) teaches".
_PRESENT_AFTER = re.compile(r"\s+(?:(?:[a-z]+ly|now|still|also)\s+)?(?P<verb>[a-z]{2,}[^s\W]s)\b")


def _subject_relative(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return (subject, span) of a restrictive relative clause on the sentence's subject that holds its
    only date, when a present form resumes the main clause after the date: "The shop that opened in May
    sells only cheese" -> ("The shop", "opened"); the main clause tells no event of that date."""
    found = _SUBJECT_RELATIVE.match(text, span[0], own[0])
    if found is None or re.search(r"[,;:()\"“”]", text[found.end() : own[0]]):
        return None
    verb = first_verb(text, found.end(), own[0])
    if verb is None or verb.start() != found.end():
        return None  # "The man who police say": the clause's verb opens it
    if not (_PRESENT_AFTER.match(text, own[1], span[1]) or _bound_before_verb(text, verb, own, span)):
        return None
    return found["np"], (found.end(), own[1])


# Verbs of a thing's start or end, which happen at a point the thing's own deeds do not share: "(The war
# that) ended (in 2002) left a million homeless", "(The plant that was) opened (in 1990) employs 400".
_BOUNDS = {"began", "begun", "started", "ended", "finished", "opened", "closed", "founded", "established",
           "launched", "built", "formed", "created", "set"}
# A passive's auxiliary before the bound verb: "(that) was founded".
_PASSIVE_AUX = re.compile(r"(?:was|were)\s+(?P<verb>[a-z]+)")


def _bound_before_verb(text: str, verb: re.Match[str], own: Span, span: Span) -> bool:
    """Tell whether the relative clause's verb is one of _BOUNDS, right before its date, and the main verb
    follows the date: "The war in Arland that ended in 2002 left ..." dates the ending, not the main clause,
    which tells what the war did while it lasted."""
    word = verb.group()
    if (aux := _PASSIVE_AUX.match(text, verb.start(), own[0])) is not None:
        word, end = aux["verb"], aux.end()
    else:
        end = verb.end()
    if word not in _BOUNDS or text[end : own[0]].strip() not in ("in", "on", "at", ""):
        return False  # "that ended the strike in May": an object between
    main = first_verb(text, own[1], span[1])
    return (main is not None and not text[own[1] : main.start()].strip()
            or bare_pasts.verb_at(text, own[1], span[1]) is not None)  # "(in March) cost the firm dearly"


def _ing_clause(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return (head, span) of a participle clause of another time that holds the clause's only date: "The
    mayor is touring Asia after opening the port on Monday" -> ("The mayor opened", "the port");
    "After signing the pact on Tuesday, the governor flew home" -> ("the governor signed", "the pact")."""
    found = None
    for found in _ING.finditer(text, max(span[0], own[0] - 120), own[0]):  # noqa: B007
        pass  # the loop keeps the last: the clause nearest the date
    if found is None or re.search(r"[,;:()\"“”]", text[found.end("ing") : own[0]]):
        return None
    comma = _clause_stop(text, own[1], span[1])
    if found.start() == span[0]:  # "After signing the pact on Tuesday, the governor flew home"
        if comma >= span[1] or (subject := _subject(text, comma + 1, span[1])) is None:
            return None
        stop = comma
    else:
        if not has_verb(text[span[0] : found.start()]):
            return None  # "Sales since opening the shop in May": no main clause before
        subject = _subject(text, span[0], found.start())
        stop = comma
    if subject is None or subject.lower() in ("it", "there", "this", "that"):
        return None  # "It is her first visit since taking office in May": whose, "it" does not say
    if _SPEECH_WORD.search(text, span[0], found.start()):
        return None  # "The paper said the mob ... after attending a rally": the participle is the report's
    ing, begin = found["ing"], found.end("ing")
    if found["next"] and ing not in ("being", "having") and (has_verb(found["next"])
                                                              or is_past_form(found["next"])):
        return None  # "after lightning struck": a noun in -ing and its verb, a clause of its own
    if ing == "being" and found["next"] and is_past_form(found["next"]):
        verb = be_for(subject)  # "after being elected in 2001": the mayor was elected
    elif ing == "having" and found["next"] and is_past_form(found["next"]):
        verb, begin = found["next"], found.end("next")  # "after having won the cup": won the cup
    elif ing in ("being", "having", "doing", "getting"):
        return None
    else:
        verb = past_of(ing)
    return f"{subject} {verb}", (begin, stop)


def _over_another(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return (head, span) of another's act that a main verb of OVER_ANOTHER takes, which the date dates:
    "praised the union's plan to end the strike next month" -> ("The union to", "end the strike"), "blamed a
    fire on Sunday that gutted the mill" -> ("A fire", "gutted the mill")."""
    verb = _OVER.search(text, span[0], own[0])
    if verb is None or has_verb(text[span[0] : verb.start()]):
        return None  # not the main verb: "The man who was hurt welcomed ..." keeps its own
    after = text[verb.end() : own[0]]
    if re.search(r"[,;:()\"“”]", after):
        return None
    if (plan := _OWNED_PLAN.match(after.lstrip())) is not None:
        owner = plan["owner"] or plan["by"]
        if has_verb(owner) or _HAPPENING_AT.search(after, plan.end()):
            return None  # "backed the mayor's plan to build a tram in a vote on Sunday": the vote's date
        begin = verb.end() + len(after) - len(after.lstrip()) + plan.end()
        owner = owner[:1].upper() + owner[1:]
        return f"{owner} to", (begin, _clause_stop(text, own[1], span[1]))
    happening = _HAPPENING.match(_DATE_PREPOSITION.sub(" ", after).lstrip())
    relative = _THAT_VERB.match(text, own[1], span[1]) if happening else None
    if relative is None or not is_past_form(relative["verb"]) or relative["verb"] in _SPEECH:
        return None
    np = happening["np"]
    return np[:1].upper() + np[1:], (relative.start("verb"), _clause_stop(text, relative.end(), span[1]))


# A title that is only a noun phrase and a relative clause on it: "A fire that gutted the mill".
_NP_RELATIVE = re.compile(
    r"(?P<np>(?:A|An|The)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:that|which|who)\s+"
    r"(?P<rest>(?:[a-z]+ly\s+)?(?P<verb>[a-z][\w'’-]*)\b.*)"
)


def predicated(title: str) -> str:
    """Make a title that is only a noun phrase and its relative clause a sentence: "A fire that gutted the
    mill" -> "A fire gutted the mill"; a title with a verb of its own before the clause stays."""
    found = _NP_RELATIVE.fullmatch(title)
    if found is None or has_verb(found["np"]) or not (is_past_form(found["verb"]) or has_verb(found["verb"])):
        return title
    if has_verb(title[found.end("verb") :]) or bare_pasts.verb_at(title, found.end("verb")):
        return title  # "The storm that hit the coast killed four", "The strike that began cost the firm ..."
    return f"{found['np']} {found['rest']}"
