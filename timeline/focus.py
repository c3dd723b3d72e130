"""Find the part of a sentence that a date belongs to when the sentence holds several dated parts.

A sentence with two dates often states one event in its main clause and another in a relative clause
("after a strike that began on 4 March"), a participle clause (", after growing 4 percent in April") or a
subordinate clause ("when the port authority announced plans to automate two terminals by 2027"). The
date inside such a part dates that part, and the date outside it dates the main clause without it
(timeline.clause_pieces cuts it out). relatives.py finds the relative clauses. No parser: shallow rules,
each with an example.
"""

from __future__ import annotations

import re

from timeline import apposition_dates, clauses, date_units, object_participles, reduced_ends, relatives
from timeline.clause_pieces import PARTICIPLE
from timeline.spans import Span, holds
from timeline.speech import alternation
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb, has_verb, past_of

# A finite subordinate clause: "when the port authority announced", "after the court ruled", "told
# investors that sales fell" (not "as": "as part of", "as a result of" are no clauses).
_SUBORDINATE = re.compile(
    r",?\s+(?P<word>when|after|before|because|since|until|once|that)\s+(?=[a-z])", re.I
)
_SUB_WORDS = ("when", "after", "before", "because", "nce", "unt", "that")  # for spans.holds: "since"
# An intent, a plan or a promise: its date lies ahead of the clause that states it.
_INTENT = re.compile(
    r"\b(?:plans?|aims?|intends?|expects?|hopes?|wants?|pledged|promised|vowed|agreed|decided|planned"
    r"|aimed|intended|expected|hoped|wanted|voted|resolved)\s+to\s"
)  # "announced plans to automate", "pledged to cut", "voted to close"
# Statements of intent that read as the plan itself: "announced plans to automate" -> "plans to automate".
_PLAN = re.compile(
    r"\b(?:announced|unveiled|outlined|revealed|set\s+out|laid\s+out|disclosed|approved)\s+"
    r"(?:(?:its|their|his|her|new)\s+)?(?:plans?|a\s+plan)\s+to\b",
    re.I,
)  # "the port authority announced plans to automate two terminals by 2027"


def _subject(text: str, sentence_start: int, before: int) -> str | None:
    """Return the subject of the sentence: its words up to the first verb, when short and plain."""
    verb = first_verb(text[sentence_start:before])
    subject = text[sentence_start : sentence_start + verb.start()].strip() if verb else ""
    subject = subject.rsplit(",", 1)[-1].strip()  # "In 1937, Hermlin": the front phrase is no subject
    if not subject or len(subject.split()) > 6 or re.match(r"(?:which|who|that|and|but)\b", subject, re.I):
        return None
    return subject


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the last match of `pattern` in `text[start:end]`: the part nearest the date."""
    found = None
    for found in pattern.finditer(text, start, end):  # noqa: B007 (the loop keeps the last)
        pass
    return found


def _next_word(text: str, position: int) -> str:
    return text[position : position + 40].split(" ", 1)[0]


def _describes_date(text: str, match: re.Match[str], dates: list[Span], end: int) -> bool:
    """Tell whether a "when" clause follows a date and so describes it: "in March, when they fell".

    Not when it states an intent whose own date lies ahead: "in January when X announced plans to
    automate two terminals by 2027".
    """
    return (
        match["word"].lower() == "when"
        and any(not text[d[1] : match.start("word")].strip(" ,") for d in dates)
        and not _INTENT.search(text, match.end(), end)
    )



def _ends(text: str, clause: Span, span: Span) -> bool:
    """Tell whether a part runs to the end of the clause, but for closing punctuation."""
    return not text[clause[1] : span[1]].strip(" .!?\"'”’")


# Prepositions before a noun phrase that names a happening: "after a run that began", "driven by a
# shortage that began".
_EVENT_PREPOSITIONS = {"after", "before", "by", "during", "following", "amid", "since", "despite"}


def _last_part(text: str, span: Span, np: Span, clause: Span, date: Span | None = None) -> bool:
    """Tell whether a restrictive relative clause on a short noun phrase ends the sentence after a main
    clause with a verb of its own: "(The club celebrated) a run that began on 4 October".
    """
    before = text[span[0] : np[0]].split() or [""]
    if not text[np[1] : clause[0]].strip() and reduced_ends.REDUCED_END.fullmatch(text, clause[0], clause[1]):
        # "(Jurors acquitted him over) transfers made in 2021" dates the transfers, not the acquittal
        return reduced_ends.reduced_at_end(text, span, np, clause, date)
    return (
        # a pronoun opens the clause: not "(face discrimination,) a monitoring group reported"
        re.fullmatch(r"\s+(?:that|which|who)\s+", text[np[1] : clause[0]]) is not None
        and not text[clause[1] : span[1]].strip(" .!?\"'”’")
        and len(text[np[0] : np[1]].split()) <= 3
        and has_verb(text[span[0] : np[0]])
        # the noun phrase is an object, a front word's or the head of an apposition, or a plain one after a
        # preposition ("caught in a feud that has cost"); not one that belongs to a longer one ("the
        # longest run in | its history that began")
        and (has_verb(before[-1]) or before[-1].lower() in _EVENT_PREPOSITIONS or before[-1].endswith(",")
             or before[-1].lower() in _PREPOSITIONS and re.match(r"(?i:the|an?)\s", text[np[0] : np[1]]))
    )


# Prepositions before a plain noun phrase with a clause on it: "in a standoff that", "of the deal that".
_PREPOSITIONS = {"in", "into", "of", "to", "with", "for", "on", "at"}


def _tail_of_name(before: str) -> bool:
    """Tell whether the words before a noun phrase make it the end of a longer one: "(Bill Frist) of | Ohio",
    "(, former captain) of | the national team"; not "(is an offshoot) of | the older front"."""
    of = re.search(r"(?P<word>[\w'’-]+)\s+of\s+\Z", before)
    if of is None:
        return False
    return of["word"][:1].isupper() or not has_verb(before[: of.end()].rsplit(",", 1)[-1])


# A "where" clause with a subject of its own after a comma: ", where separatist rebels have attacked".
_WHERE = re.compile(r",\s+where\s+(?=(?:the|a|an|its|their|some|many|most)\s|[A-Z]|[a-z]+s\s)")
# The pronoun of an aside on a noun phrase inside the clause: "after Singh, who resigned at the weekend,".
_ASIDE_ANYWHERE = re.compile(r"\s*(?:which|who)\b")
# A clause that only says when: "(the fire,) which happened at about 9 p.m.": the main clause says more.
_ONLY_HAPPENED = re.compile(
    r"\s*(?:happened|occurred|took\s+place|came|began|started)(?:\s+(?:at|on|in|around|about|early|late))*"
    r"[\s,.]*\Z"
)


def _aside_anywhere(text: str, span: Span, np: Span) -> bool:
    """Tell whether an aside inside the clause, not on its subject, may tell the event its date dates: "The
    comment came after Singh, who resigned at the weekend, said ..."; not on the last of two names ("Ann Lee
    and Kim Ito, who won last year,") or the end of a longer one."""
    before = text[span[0] : np[0]]
    return not re.search(r"\band\s+\Z", before) and not _tail_of_name(before)


# A second relative part of a clause: "who has lived abroad (and who is due to return on Tuesday)".
_AND_RELATIVE = re.compile(r",?\s+and\s+(?:which|who)\s+")


def _one_predicate(text: str, part: Span, own: Span) -> Span:
    """Keep the predicate of a two-part relative clause that holds the date: "(who has been jailed for years)
    and who is to die on Tuesday" -> "is to die on Tuesday"; "who won in May and who ..." -> "won in May"."""
    second = _AND_RELATIVE.search(text, part[0], part[1])
    if second is None:
        return part
    return (second.end(), part[1]) if own[0] >= second.end() else (part[0], second.start())


def _subject_part(text: str, span: Span, np: Span, clause: Span) -> bool:
    """Tell whether a restrictive relative clause on the subject holds the clause's only date and the main
    verb follows it: "(The talks) which ended on Thursday (are aimed at a truce)".
    """
    return (
        np[0] == span[0]
        and text[np[1]] != ","
        and re.match(r"(?i:the|an?)\s", text[np[0] : np[1]]) is not None  # not "Those who"
        and re.fullmatch(r"\s+(?:that|which|who)\s+", text[np[1] : clause[0]]) is not None
        and (verb := first_verb(text, clause[1], span[1])) is not None
        and not text[clause[1] : verb.start()].strip()
    )


# A telling before the subject of what it reports: "The statement said that | the forum, which was first held
# in 1997, is a platform": the aside's date is the forum's, as if the sentence opened on it.
_REPORTED_SUBJECT = re.compile(
    rf"[^,;]{{0,80}}?\b(?:{alternation('before_statement')})\s+(?:that\s+)?", re.I
)


def part_of(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return (words to put first, span) of the part of `text[span]` that the date `own` dates, or None.

    None when the date dates the whole clause: no other date stands outside its part. The part nearest
    the date wins: in "the debate which had pitted him ... since he appointed X a week ago", the "since"
    clause.
    """
    if second := clauses.second_predicate(text, span, own):
        return second
    if unit := date_units.part(text, span, own, others):
        return unit  # "The co-op, which Ida Berg founded in 1990, runs nine shops": she founded it then
    if unit := apposition_dates.relation(text, span, own):
        return unit  # "Europe, Africa's leading partner since 2005, has lost ground": the partner since then
    # "founded in 1971 and has since grown": the later predicate is no part of the date's event
    since = " since " in text[own[1] : span[1]]
    if (others or since) and (shared := clauses.shared_subject(text, span, own, others)):
        return shared
    if second := clauses.second_of_two(text, span, own, others):
        return second  # "Greenpeace called it a failure and urged governments to return by March"
    if not others and (second := clauses.long_second(text, span, own, MAX_TITLE)):
        return second  # "Egypt and Peru (already cooperate on customs ...) and signed a treaty in 1995"
    looked = not others and " where " in text[span[0] : own[0]]  # most clauses: no "where", no search
    where = _last(_WHERE, text, span[0], own[0]) if looked else None
    if where and has_verb(text[span[0] : where.start()]) and "," not in text[where.end() : own[0]]:
        # "Polls opened in the region, where rebels have attacked troops for much of the past decade"; not
        # where the date is the verb's object ("where the mayor was spending the end of the year")
        body = text[where.end() : own[0]]
        if has_verb(body) and not (has_verb(body.split()[-1]) or body.split()[-1].endswith("ing")):
            return "", (where.end(), span[1])
    part = _relative_part(text, span, own, others)
    return part if part is None else (part[0], _one_predicate(text, part[1], own))


# A clause of time on a pronoun inside a relative clause or a participle: "when he gives", "once they".
_TIME_CLAUSE = re.compile(r"\b(?:when|whenever|while|once|because|if)\s+(?:he|she|they|we|I|you)\s+[a-z]")


def _relative_part(text: str, span: Span, own: Span, others: list[Span]) -> tuple[str, Span] | None:
    """Return part_of's answer after the second predicate: a relative clause, a participle or a subordinate
    clause that holds the date, or None."""
    relative = None
    found = relatives.find(text, span[0], span[1], tuple(sorted([own, *others])))
    for np, clause, _, head in reversed(found):
        if not clause[0] <= own[0] < clause[1]:
            continue
        if _last(_TIME_CLAUSE, text, clause[0], own[0]):
            continue  # "allegations made against him when he gives evidence tomorrow": the date is the "when"
            # clause's, whose pronoun is the main clause's subject: it times the main clause
        if any(o[1] <= np[0] or o[0] >= clause[1] for o in others):
            relative = (head, clause)
        elif text[np[1]] == "," and not others and text.startswith(",", clause[1]) and (
            np[0] == span[0] or _REPORTED_SUBJECT.fullmatch(text, span[0], np[0])
            or _ASIDE_ANYWHERE.match(text, np[1] + 1, clause[0]) and _aside_anywhere(text, span, np)
        ) and not _ONLY_HAPPENED.match(text[clause[0] : own[0]] + text[own[1] : clause[1]]):
            # "Hamas, which took power in January, has warned ...": the date is the aside's, about the
            # subject; so in "The comment came after Singh, who resigned at the weekend, said ...": Singh
            # resigned then; not "the blast, which happened at 10 a.m.,": the main clause says more
            return head, clause
        elif text[np[1]] == "," and all(own[0] < o[0] for o in others) and _ends(text, clause, span) and (
            has_verb(text[span[0] : np[0]]) and not _tail_of_name(text[span[0] : np[0]])
        ):  # the other dates, if any, come after it in the aside ("announced Thursday that a deal from the
            # 1980s"); not an aside on the end of a longer name ("skipper of | the national team, who")
            # "The ministry backed the plan, announced Friday by the agency", "The group split from the front,
            # which last year signed a truce": an aside at the end holds the only date, the aside's event
            return head, clause
        elif _last_part(text, span, np, clause, own) and not others:
            # "The club celebrated a run that began on 4 October": the only date sits in a clause on a
            # short noun phrase at the end, and the main clause before it has a verb of its own
            if object_participles.object_reduced(text, np, clause, own):
                return head, (clause[0], own[1])  # "the coach sacked on Sunday | with his assistant"
            return head, clause
        elif not others and _subject_part(text, span, np, clause):
            # "The talks which ended on Thursday are aimed at a truce": the talks ended then
            return head, clause
        elif text[np[1]] != ",":
            return None  # "officers who were suspended on Monday after a raid ... were reinstated in May":
            # where a restrictive clause ends is unclear, so the whole clause is the event
        break
    before = [o[1] for o in others if span[0] <= o[0] and o[1] <= own[0]]
    if relative:
        before.append(relative[1][0])
    if not before:
        return _reported_part(text, span, own)
    last = max(before)
    participle = _last(PARTICIPLE, text, last, own[0]) if text.find("ing", last, own[0]) >= 0 else None
    if participle and "," not in text[participle.end() : own[0]]:
        subject = _subject(text, span[0], participle.start())
        if subject and not relative:
            comma = text.find(",", own[1], span[1])  # "after falling in August, the bureau reported"
            stop = span[1] if comma < 0 else comma
            return f"{subject} {past_of(participle['ing'])}", (participle.end(), stop)
    subordinate = _last(_SUBORDINATE, text, last, own[0]) if holds(text, last, own[0], _SUB_WORDS) else None
    if (
        subordinate
        and has_verb(text[subordinate.end() : own[0]])
        and "," not in text[subordinate.end() : own[0]]
        and not _describes_date(text, subordinate, others, own[0])
        and not (
            subordinate["word"] == "that"
            and has_verb(_next_word(text, subordinate.end()))
            and not relatives.SPEECH_BEFORE.search(
                text, max(0, subordinate.start() - 40), subordinate.start()
            )
        )
    ):  # "that occurred" is a relative clause whose antecedent went unseen; "warned that embattled X" is not
        return "", (subordinate.end(), relative[1][1] if relative else span[1])
    intent = _last(_INTENT, text, last, own[0]) if text.find("to", last, own[0]) >= 0 else None  # "... to"
    if intent and not relative and "," not in text[intent.end() : own[0]]:
        # "On Monday, | the council"
        subject = relatives.plain(text[span[0] : intent.start()].rsplit(",", 1)[-1])
        if subject and len(subject.split()) <= 6 and not has_verb(subject):
            # "On Monday, the council voted to close the landfill by 2028": the council to close it
            return f"{subject} to", (intent.end(), span[1])
    return relative


def _reported_part(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return ("", span) of a reported clause that holds the clause's only date, or None.

    "Beijing announced to the visiting minister that China would sign a convention before the end of
    the year": China would sign it then; the telling has no date of its own.
    """
    that = _last(_SUBORDINATE, text, span[0], own[0]) if holds(text, span[0], own[0], _SUB_WORDS) else None
    if that is None or that["word"] != "that" or "," in text[that.end() : own[0]]:
        return _reported_bare(text, span, own)
    if not relatives.SPEECH_BEFORE.search(text, max(span[0], that.start() - 60), that.start()):
        return None
    return "", (that.end(), span[1])


# A short speaker and a speech verb right before what was said, without "that": "Police said | the fire".
_SAID_BARE = re.compile(
    rf"(?P<speaker>(?:(?:an?|the)\s+[\w'’.-]+|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){{0,5}}?)\s+"
    rf"(?:{alternation('before_that')})\s+"
    r"(?!(?:it|he|she|they|we|i|you|this|that|there|on|in|at|by|during|last|this|next|earlier)\b)(?=[A-Za-z])"
)


def _reported_bare(text: str, span: Span, own: Span) -> tuple[str, Span] | None:
    """Return ("", span) of a statement reported without "that" that holds the clause's only date.

    "Police said the fire started in the kitchen on Monday": the fire started then; the saying is no news.
    Not "said the fire was out" with the date on the saying, nor a long speaker with a verb of its own.
    """
    said = _SAID_BARE.match(text, span[0], own[0])
    if said is None or has_verb(said["speaker"]) or re.match(r"(?:It|There)\b", said["speaker"]):
        return None
    body = text[said.end() : own[0]]
    if "," in body or first_verb(body) is None or first_verb(body).start() == 0:
        return None
    if re.match(r"(?:its|their|his|her|our|my)\b", body) and not said["speaker"].startswith("The "):
        return None  # "Turkey says its ports will stay closed": whose ports only the speaker tells
    return "", (said.end(), span[1])


def plan(title: str) -> str:
    """Make a statement of intent the plan itself: "X announced plans to build" -> "X plans to build"."""
    return _PLAN.sub("plans to", title, count=1)
