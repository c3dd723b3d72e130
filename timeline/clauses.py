"""Find the clause a long title is made of: the main clause after a subordinate front ("When the dam
failed in 2021, the town sued"), and the second predicate of a relative clause ("The leader, who was jailed
in 2021 and released last May, is running": "The leader was released").
"""

from __future__ import annotations

import re

from timeline import subject_heads
from timeline.participles import participle as _participle
from timeline.spans import Span
from timeline.subjects import OBJECT_WORDS
from timeline.verbs import NO_PASSIVE, be_for, first_verb, has_verb, is_past_form

# "and" and the second predicate of a relative clause cut from its first: "(who was jailed in 2021) and
# released last May, is running".
_SECOND_PREDICATE = re.compile(r"and\s+(?:[a-z]+ly\s+)?(?P<w>[a-z][\w'’-]+)")
# The opening of a nonrestrictive relative clause, with the auxiliary of a passive: "The opposition
# leader, who was jailed", "The plant, which has been closed", "The firm, which cut".
_OPEN_RELATIVE = re.compile(
    r"(?P<np>[^,.;]{3,80}?),\s+(?:(?:who|which)\s+(?:(?P<aux>was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:[a-z]+ly\s+)?(?P<first>[a-z]+)\b)?"
    # a participle aside: "The program, launched in 2015 and expanded in 2021, will end"
    r"|(?:(?:first|originally|initially|later|newly)\s+)?(?P<participle>[a-z]{3,}ed|built|held|sold|born|made|won)\s)"
)


def second_predicate(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return (subject, span) of a clause that is the second predicate of a relative clause, or None.

    "The opposition leader, who was jailed in 2021 and released last May, is running": the clause cut at
    "and" ends at the comma that closes the relative clause, and its subject is the noun phrase the
    clause hangs on, with the auxiliary of a passive ("The opposition leader was released"). A date after
    that comma dates the main clause, whose subject is the same noun phrase.
    """
    second = _SECOND_PREDICATE.match(text, span[0], span[1])
    if second is None or not (has_verb(second["w"]) or is_past_form(second["w"])):
        return None
    stop = text.rfind(". ", 0, span[0])
    line = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, span[0]) + 1, span[0] - 300)
    opened = None
    for opened in _OPEN_RELATIVE.finditer(text, line, span[0]):  # noqa: B007 (the loop keeps the last)
        pass
    if opened is None or "," in text[opened.end() : span[0]]:
        return None
    close = text.find(",", span[0], span[1])
    resumed = text[close + 1 : close + 40].split(None, 1)[:1]
    if not resumed or not (has_verb(resumed[0]) or re.fullmatch(r"[a-z]{2,}[^s]s", resumed[0])):
        return None  # the relative clause runs on: no main verb ("is", "employs") resumes after it
    subject = opened["np"].rsplit(",", 1)[-1].strip()
    if len(subject.split()) > 8 or has_verb(subject):
        return None
    if own[0] > close:  # "..., died on Friday": the main clause resumes with the subject
        return subject, (close + 1, span[1])
    aux = opened["aux"] or (be_for(subject) if opened["participle"] else None)
    passive = aux and is_past_form(second["w"]) and second["w"] not in NO_PASSIVE
    head = f"{subject} {' '.join(aux.split())}" if passive else subject
    return head, (second.start("w"), close)



# A second predicate of the sentence's subject: "(was struck down in 2016) and later revived", "(offered a
# raise in May) and then improved it".
_AND_VERB = re.compile(
    r"\s+and\s+(?:(?P<adv>later|then|subsequently|eventually|afterwards|again|also|finally"
    r"|last|first|once|twice|never|since|[a-z]+ly)\s+)?"  # "(was built in 1931) and last repaired"
    r"(?P<w>[a-z][\w'’-]+)\b"
)
# A second predicate after a comma, right after the first one's date: "(was completed in 1964), expanded in
# 1992 and sold in 2010". Only a participle or a past form counts (not ", a club", ", saying").
_COMMA_VERB = re.compile(
    r",\s+(?:(?P<adv>later|then|again|also|last|first|[a-z]+ly)\s+)?(?P<w>[a-z][\w'’-]+)\b"
)
# Participles after a comma that set a baseline or a frame, no second predicate: "(grew 1.3 percent in the
# third quarter), compared to 2.1 percent in the second", ", adjusted for inflation in 2020".
_NO_PREDICATE = frozenset({"compared", "adjusted", "based", "measured", "calculated", "excluded", "included"})
# Adverbs that the second predicate keeps, as they tell which time it was: "The bridge was last repaired".
_KEPT_ADVERBS = frozenset({"last", "first", "again"})
# The first participle of a passive, an adverb before it: "was (first) elected in 1994 and re-elected".
_FIRST_PARTICIPLE = re.compile(
    r"(?:(?:[a-z]+ly|first|last|once|twice|later|then|again|also)\s+)?(?P<p>[a-z-]+)"
)
# The auxiliary a passive's second predicate shares with its first: "A law was (struck down) and revived".
_AUXILIARY = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s")


def _plain_subject(text: str, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """Return the clause's subject and first verb when the subject is a short plain noun phrase, else None.

    "Greenpeace called it ..." gives ("Greenpeace", called); "The leader, who was jailed, ..." gives None (an
    aside), as does a subject of more than six words.
    """
    verb = first_verb(text, start, end)
    if verb is None:
        return None
    subject = text[start : verb.start()].strip()
    if not subject or len(subject.split()) > 6 or re.search(r"[,;:()]|\b(?:who|which|that)\b", subject):
        return None
    return subject, verb


def _dated_predicate(text: str, join: re.Match[str], span: Span, own: Span, others: list[Span]) -> bool:
    """Tell whether the participle after a comma heads a predicate with a date of its own and no verb
    before it: "(completed in 1964), expanded in 1992"; not ", backed by police, to deal with", a modifier,
    nor ", newly declassified papers revealed Friday", a clause of its own."""
    close = text.find(",", join.end(), span[1])
    close = span[1] if close < 0 else close
    date = min((d[0] for d in (own, *others) if join.end() <= d[0] < close), default=None)
    return date is not None and not has_verb(text[join.end() : date])


def shared_subject(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (subject, span) of the predicate of a two-predicate clause that holds the date `own`, or None.

    "A law was struck down in 2016 and later revived by a court in 2017": a date on each side of "and";
    the second predicate's date gives ("A law was", "revived by a court in 2017"), the first's gives ("",
    "A law was struck down in 2016"). None unless another date stands on the other side of "and" and the
    subject is a short plain noun phrase that opens the clause.
    """
    between = [text[min(o[1], own[1]) : max(o[0], own[0])] for o in others]
    since = " and has since " in text[own[1] : span[1]] or " and have since " in text[own[1] : span[1]]
    if not since and not any(" and " in words or words.startswith(", ") for words in between):
        return None  # most clauses: no "and" between two dates, nor a comma after one, asked first
    opening = _plain_subject(text, span[0], own[0])
    if opening is None:
        return None
    subject, verb = opening
    joins = list(_AND_VERB.finditer(text, verb.end(), span[1]))
    if "," in text[verb.end() : span[1]]:  # "was completed in 1964, expanded in 1992": a comma after a date
        dated_ends = {d[1] for d in (own, *others)}
        commas = [m for m in _COMMA_VERB.finditer(text, verb.end(), span[1])
                  if m.start() in dated_ends and _participle(m["w"]) and m["w"] not in _NO_PREDICATE
                  and _dated_predicate(text, m, span, own, others)]
        joins = sorted(joins + commas, key=lambda m: m.start()) if commas else joins
    for join in joins:
        word = join["w"]
        if not (_participle(word) or has_verb(word)) or "," in text[verb.end() : join.start()]:
            continue
        if not has_verb(text[verb.start() : join.start()]):
            continue
        end = text.find(",", join.end(), span[1])
        end = span[1] if end < 0 else end
        if own[0] >= join.start("w") and any(verb.end() <= o[1] <= join.start() for o in others):
            # a passive's auxiliary goes with both participles: "was closed in 2014 and reopened" was reopened
            aux = _AUXILIARY.match(text, verb.start())
            first = _FIRST_PARTICIPLE.match(text, aux.end()) if aux else None
            passive = first is not None and _participle(first["p"]) and _participle(word) and not (
                re.match(rf"\s+{OBJECT_WORDS}\b", text[join.end() :]))  # "and sold (it)": active
            head = f"{subject} {' '.join(aux.group().split())}" if passive else subject
            kept = join["adv"] in _KEPT_ADVERBS  # "and last repaired": the bridge was last repaired
            return head, (join.start("adv" if kept else "w"), end)
        if own[1] <= join.start() and any(join.end() <= o[0] < end for o in others):
            return "", (span[0], join.start())
        if own[1] <= join.start() and word in ("has", "have") and text.startswith(" since ", join.end()):
            return "", (span[0], join.start())  # "was founded in 1971 and has since grown": what came after
        return None
    return None

# The auxiliary a second predicate shares with its first, which an active second one keeps: "Greenpeace
# (has) called it a failure and urged", "The club (will) sell him and buy"; not "was", a passive's only.
_SHARED_AUXILIARY = re.compile(r"(?:has|have|had|will|would)\s")
# Words of a first predicate that open a clause of their own, in which an "and" would join other things.
_INNER_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|when|where|while|because|if|after|before|since|as"
                           r"|until|said|says|told)\b|[,;:()\"“”]")


# A closed quotation inside the first predicate, read as its words: 'called it "a failure of nerve" and
# urged' as 'called it a failure of nerve and urged'; what the words hold is still asked.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _words(quotation: re.Match[str]) -> str:
    """Return a quotation's words without its marks."""
    return quotation.group()[1:-1]


# A verb of telling after the second predicate: the date after it is the telling's.
_TELLING = re.compile(r"\b(?:said|says|told|tells|reported|added|announced|according)\b")
# What puts the second predicate's date ahead of it, in what it asks for or plans: "urged governments (to)
# return by March", "is expected (to) be moved", "said this (would) go on during 2019".
_AHEAD = re.compile(r"\b(?:to\s+[a-z]+|would|will|for)\b")
_BE = {"is", "are", "was", "were", "been"}
_OWN_AUXILIARY = {"has", "have", "had", "will", "would", "is", "are", "was", "were", "can", "could", "may",
                  "might", "must", "should"}


def second_of_two(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (subject, span) of the second of two predicates of one subject when it holds the clause's only
    date, or None.

    "Greenpeace called it a failure and urged governments to return to the table by March" -> ("Greenpeace",
    "urged governments to return to the table by March"): the date is the urging's, the calling has none. Not
    when the first predicate is a verb with a word or none ("was arrested and charged on Friday": both then),
    holds a clause of its own, or another date stands before the date's predicate.
    """
    if " and " not in text[span[0] : own[0]]:
        return None  # most clauses: asked first as it costs least
    opening = _plain_subject(text, span[0], own[0])
    if opening is None:
        return None
    subject, verb = opening
    aux = _SHARED_AUXILIARY.match(text, verb.start())
    first = first_verb(text, aux.end(), own[0]) if aux else verb
    if first is None:
        return None
    join = None
    for join in _AND_VERB.finditer(text, first.end(), own[0]):  # noqa: B007 (the loop keeps the last)
        pass
    if join is None or not (is_past_form(join["w"]) or has_verb(join["w"])):
        return None
    between = _QUOTED.sub(_words, text[first.end() : join.start()])  # 'called it "a failure"'
    if len(between.split()) < 2 or _INNER_CLAUSE.search(between) or has_verb(between):
        return None  # "was arrested and charged on Friday": the date may be both predicates'
    if any(span[0] <= o[0] < join.start() for o in others) or _TELLING.search(text, join.end(), own[0]):
        return None  # "rejected the lines and announced ..., a spokesman told AFP on Friday": the telling's
    ahead = _AHEAD.search(text, join.start(), own[0]) is not None  # "urged governments to return by March"
    state = first.group().lower() in _BE and not is_past_form(between.split()[0])  # "was in a car and"
    if not (ahead or state):
        return None  # "killed nine and injured 20 on Sunday": the date may be both predicates'
    own_aux = join["w"] in _OWN_AUXILIARY  # "and has not had": the second predicate has its own
    head = f"{subject} {aux.group().strip()}" if aux and not own_aux else subject
    return head, (join.start("w"), span[1])


_COMMA = re.compile(r",\s+")
_NOT_MAIN = re.compile(r"(?:and|but|or|which|who|whom|when|where)\b")


def main_clause(text: str, start: int, end: int) -> int | None:
    """Return where the main clause of `text[start:end]` starts when a subordinate clause opens it, or
    None: after the first comma followed by a verb before the next comma.
    """
    if not subject_heads.SUBORDINATE_FRONT.match(text, start, end):
        return None
    for comma in _COMMA.finditer(text, start, max(start, end - 20)):
        rest = text[comma.end() : end]
        if _NOT_MAIN.match(rest):
            continue  # "..., which has increased the risks,": an aside, the main clause comes later
        head, _, after = rest.partition(",")
        if has_verb(head) or re.match(r"\s*(?:which|who)\b", after):  # "India, which ..., appealed"
            return comma.end()
        return None  # the first part after the front clause has no verb the lists know: leave it
    return None


# A second predicate after "but", past an adverb, in a clause too long for a title: "(Ana Berg hinted at
# cancelling her visit in protest at the vote) but later went ahead with it in May"; not after "and", whose
# two predicates mostly share the date ("killed nine people and injured 20").
_LONG_JOIN = re.compile(
    r"\s+but\s+(?:(?:later|then|subsequently|eventually|afterwards|also|finally|[a-z]+ly)\s+)?"
    r"(?P<w>[a-z][\w'’-]+)\b"
)
# Words of a finite second predicate besides a past form: "and has", "but will".
_FINITE = frozenset({"has", "have", "had", "will", "would", "is", "are", "was", "were"})
# An adverb at the end of the subject that belongs to the first predicate: "Egypt (already) cooperates".
_SUBJECT_ADVERB = re.compile(r"\s+(?:already|also|initially|first|originally|still|now|[a-z]+ly)\Z")


def long_second(text: str, span: Span, own: Span, room: int) -> tuple[str, Span] | None:
    """Return (subject, span) of the second predicate that holds a clause's only date, when the clause is
    too long for a title (`room` characters) and its first predicate has no date of its own: "Ana Berg
    initially hinted at cancelling her visit in protest at the vote but later went ahead with it in May" ->
    ("Ana Berg", "went ahead with it in May"); else None."""
    stop = re.compile(r"[,;]").search(text, own[1], span[1])
    if (stop.start() if stop else span[1]) - span[0] - (own[1] - own[0]) <= room:
        return None  # the clause fits up to its first comma after the date: both predicates stay
    opening = _plain_subject(text, span[0], own[0])
    if opening is None:
        return None
    subject, verb = opening
    if not re.search(r"[A-Za-z]{2,}", subject) or re.search(r"(?i:\b(?:the|an?|its|their)\Z)", subject):
        return None  # "An (estimated) 1.4 million ...": an adjective taken for the verb
    joins = list(_LONG_JOIN.finditer(text, verb.end(), own[0]))
    join = joins[-1] if joins else None
    if join is None or not (is_past_form(join["w"]) or join["w"] in _FINITE):
        return None  # "and trucks": a list, no second predicate
    if _TELLING.fullmatch(join["w"]):
        return None  # "did not name the town but said (on Monday) that ...": the first clause is the news
    if re.match(r"\s+(?:it|them|this|that|there)\b", text[join.end() :]):
        return None  # "(was a founder member of the bloc) but left it": the object is the first predicate's
    if re.search(r"[,;:()\"“”]", text[verb.start() : own[0]]):
        return None  # an aside or a quotation between: no plain two-predicate clause
    subject = _SUBJECT_ADVERB.sub("", subject)
    return (subject, (join.start("w"), span[1])) if subject else None
