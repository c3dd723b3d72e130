"""Read the tense around a date: the verb marker nearest it says whether a bare weekday or month lies ahead.

"said on Friday" looks back, "will meet on Friday" ahead; a verb of deferral ("postponed until May") and a
date told of ("warned of a cutback in May") each have their own test here, a present tense of schedule
("the talks resume Monday") its own module (`schedule.py`). anchor.Context asks `tense_at` once per
expression.
"""

from __future__ import annotations

import re

from timeline.temporal.planned import (
    CONSEQUENCE,
    CONSEQUENCE_WORDS,
    act_asked,
    ahead_of_event,
    expected_with,
    planned_for,
    starting_on,
)
from timeline.temporal.quick import lacks
from timeline.temporal.spoken import SPEECH_VERBS, spoken_of
from timeline.temporal.subject_clause import subject_clause_dropped
from timeline.temporal.tensewords import (
    ADVERBS,
    AHEAD_BARE,
    AHEAD_MODALS,
    AUXILIARIES,
    CAUSATIVES,
    LINKING,
    MARK_ENDS,
    MARKS,
    MODALS,
    SAID_PAST,
    SCHEDULE_BARE,
    SCHEDULE_PHRASES,
    WILL_BE,
    WORD,
    any_mark,
    drop_compounds,
    is_mark,
    relative_past,
    word_tense,
)

# The words whose tense depends on the words after them ("set to", "takes effect").
_LOOKING = frozenset(("to", "set", "last", *AHEAD_MODALS, *SCHEDULE_PHRASES))

# A closing quote after the stop still ends the sentence: '... the mandate." Nevertheless, ...'.
BREAKS = (". ", "! ", "? ", "; ", ".\n", "\n\n", '." ', '?" ', '!" ', ".'' ", ".' ")
WINDOW = 120
# A clock time's "a.m." or "p.m." before a word in lower case ends no sentence: "will hold an 8 p.m. briefing
# on Tuesday", "at 7 a.m. the polls open".
_CLOCK_DOT = re.compile(r"\b[ap]\.m\Z", re.IGNORECASE)
# A title or an initial ends no sentence either: "will question Mr. Smith on Saturday", "said H.D. Jones will
# speak", "officials in the U.S. said".
_NAME_DOT = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev)|(?:\A|[\s(.])[A-Z])\Z"
)


def clause_cut(left: str) -> int:
    """Return where the last sentence break in `left` falls (-1: none), passing over "p.m.", "Mr.", "U.S."."""
    cut = max(map(left.rfind, BREAKS))
    while cut > 0 and (
        left[cut + 2 : cut + 3].islower() and _CLOCK_DOT.search(left, 0, cut)
        or left.startswith(". ", cut) and _NAME_DOT.search(left, 0, cut)
    ):
        cut = max(left.rfind(mark, 0, cut) for mark in BREAKS)
    return cut


_SAID_WINDOW = 8  # words between the verb of saying and "would"


# "postponed until Tuesday morning", "extended its deadline to Nov. 6": a deferral points ahead.
_DEFERRING = (
    "postponed",
    "extended",
    "delayed",
    "adjourned",
    "deferred",
    "moved",
    r"pushed\s+back",
    r"put\s+off",
    "rescheduled",
)
# After "to", words and "on"/"in"/"at" before the date are a destination and the moving's own day: "was
# moved from jail to hospital on Tuesday" (that Tuesday is past); not "until at least Friday".
_DEFERRED = re.compile(
    rf"\b(?:{'|'.join(_DEFERRING)})\b"
    r"[^.;!?]{0,40}\b(?:(?:until|till|for)\s+(?:\S+\s+){0,3}|to\s+(?:(?!(?:on|in|at)\s)\S+\s+){0,3})\Z",
    re.IGNORECASE,
)
_DEFERRING_WORDS = tuple(verb.split("\\")[0] for verb in _DEFERRING)  # "pushed", "put": looked for first


def deferred(text: str, start: int) -> bool:
    """Say whether a verb of deferral and "until"/"to" lead to the span: its date lies ahead."""
    if lacks(text, max(0, start - 80), start, _DEFERRING_WORDS):
        return False
    return bool(_DEFERRED.search(text, max(0, start - 80), start))


# A bare verb after "to" (not an article: "to the market" is a preposition).
_BARE_VERB_AFTER = re.compile(r"\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b|be\b|have\b)[a-z]{2,}\b")


def _asked_for(lowered: list[str], index: int) -> bool:
    """Say whether a verb of asking and "for" and a short subject come before the "to" at `index`."""
    for back in range(2, 5):
        at = index - back
        if at >= 1 and lowered[at] == "for" and lowered[at - 1] in _ASKERS:
            return True
    return False


# A headline's subject, "to" and a bare verb, from the start of its line: "Judge to rule Wednesday".
_HEADLINE_TO = re.compile(
    r"(?:\A|\n)[ \t]*(?P<subject>[A-Z][\w'.-]*(?:[ \t]+[\w'.-]+){0,4}?)[ \t]+to[ \t]+[a-z]{2,}"
    r"(?:[ \t]+[\w'-]+){0,4}[ \t]+\Z"
)


def _headline_to(text: str, start: int, end: int) -> bool:
    """Say whether the span is in a headline of a subject, "to" and a verb, a line closing with no stop."""
    if start > WINDOW and "\n" not in text[start - WINDOW : start]:
        return False  # no line starts within reach: the cheap test first
    match = _HEADLINE_TO.search(text, max(0, start - WINDOW), start)
    if match is None or any(word_tense(word, "") == "past" for word in match.group("subject").split()):
        return False  # "Crews went to work Wednesday": the subject's own verb is past
    line_end = text.find("\n", end)
    line = text[end : len(text) if line_end < 0 else line_end].rstrip()
    return not line.endswith((".", "!", "?", '"', ":")) and ". " not in line


# "since the Oct. 23 fire", "since shortly after Monday": a point the present counts from lies behind.
_SINCE = re.compile(r"\bsince\s+(?:[\w.]+\s+){0,3}\Z", re.IGNORECASE)


# Verbs after which "for" + a subject + "to" + a verb is a thing asked for: "called for the council to meet".
_ASKERS = SPEECH_VERBS | frozenset("call ask asking calling pressing pushing arranged pleaded".split())


# "... and on Monday criticised": "and" (and a preposition) just before the span.
_AND_BEFORE = re.compile(r"\band\s+(?:(?:on|last|late|early)\s+)?\Z", re.IGNORECASE)


def tense_at(text: str, start: int, end: int) -> str | None:
    """Return "past" or "future" from the verb marker nearest the span in its sentence, else None."""
    left = drop_compounds(text[max(0, start - WINDOW) : start])
    if not lacks(left, 0, len(left), ("since",)) and _SINCE.search(left):
        return "past"
    if spoken_of(text, start):
        return None
    if planned_for(text, start, end) or starting_on(text, start, end) or expected_with(text, start):
        return "future"
    if ahead_of_event(text, start, end):
        return "future"
    cut = clause_cut(left)
    if cut >= 0:
        left = left[cut + 2 :]
    if "," in left and ("who" in left or "which" in left):
        left = subject_clause_dropped(left)
    if "," in left and consequence_at(text, start) is not None:
        return "future"  # ", setting up a ruling by the end of June": what the act leads to lies ahead
    if not lacks(left, 0, len(left), ("and",)) and _AND_BEFORE.search(left):
        # "has said it will be hard and on Monday criticised the court": after "and" the span opens a new
        # verb phrase, whose own verb right after it gives the tense, not the clause before "and"
        verb = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if verb and verb.group().islower() and word_tense(verb.group(), "", "") == "past":
            return "past"  # a lower-case verb: not a new sentence
    if " to " in left and _headline_to(text, start, end):
        return "future"  # a headline "Judge to rule Wednesday on strike": "to" + verb is its future
    # the words are ASCII letters with no space in them, so joining, lowering and splitting keeps each one
    lowered = " ".join(WORD.findall(left)).lower().split()
    ends: list[int] = []  # where each word ends, found only when a word looks at what follows it
    gerund = ""  # the word of sequence opening a clause with no finite verb, once one is passed over
    for index in range(len(lowered) - 1, -1, -1) if any_mark(lowered) else ():
        word = lowered[index]
        if word not in MARKS and not word.endswith(MARK_ENDS):
            continue  # no marker (word_tense would say None): skip the costly checks
        if word == "next" and lowered[index + 1 : index + 2] == ["to"]:
            continue  # "blasts next to the embassy on Friday": a place, not "next week"
        previous = lowered[index - 1] if index else ""
        # Only the _LOOKING words look at what follows them; building that text for every word is costly.
        looks = word in _LOOKING
        if looks and not ends:
            ends = [match.end() for match in WORD.finditer(left)]
        following = left[ends[index] :] + text[start : start + 12] if looks else ""
        earlier = lowered[max(0, index - 3) : index - 1] if index > 1 else None
        kind = word_tense(word, following, previous, earlier)
        after = lowered[index + 1] if index + 1 < len(lowered) else None
        if kind is None and previous == "that" and relative_past(word, after):
            kind = "past"  # "a race that started on Monday": a relative clause's verb
        if (
            kind is None
            and word == "to"
            and (_asked_for(lowered, index) or act_asked(lowered, index, is_mark))
            and _BARE_VERB_AFTER.match(following)
        ):
            # "called for the council to meet on Monday": a thing asked for lies ahead; not "called for
            # him to quit after Saturday's loss", where the day names a thing already past, nor "voted for a
            # force to protect them, with its first units arriving Tuesday", where the voting gives the tense
            possessive = text.startswith(("'s", "’s"), end)
            if not possessive and not _noun_infinitive_before_participle(left, lowered, index):
                return "future"
        be = index - 1
        while kind == "past" and be > 0 and (lowered[be] in ADVERBS or lowered[be].endswith("ly")):
            be -= 1  # "will be officially opened": the adverb stands between the auxiliary and its participle
        if kind == "past" and be >= 0 and lowered[be] == "be":
            # "will be paid", "to be published" lie ahead; "could be found" need not
            back = be - 1
            while back > 0 and lowered[back] in ADVERBS:
                back -= 1  # "would still be held", "will not be paid"
            if back >= 0 and lowered[back] in WILL_BE:
                return "future"
            continue
        if kind == "past" and previous in ("and", "or") and index >= 2 and lowered[index - 2].endswith("ed"):
            # "will be presented and played on Friday": the second of two joined participles shares
            # the first one's auxiliary, which gives the tense
            continue
        after_bare = index >= 2 and lowered[index - 2] in AHEAD_BARE and previous not in AUXILIARIES
        if kind == "past" and after_bare and word.endswith("ed"):
            continue  # "will meet elected officials", "is to visit flooded towns": the object's adjective
        if kind == "past" and previous in LINKING:
            continue  # "will stay closed until March": an adjective; the verb before it gives the tense
        if kind == "past" and previous == "being" and (opener := _gerund_opener(lowered, index - 1)):
            # "prior to it being placed into liquidation on March 15": a clause with no finite verb takes
            # the tense of the clause it hangs on, or, with none, lies behind it when it opens on a word of
            # sequence ("after being hit", "prior to it being placed"): a thing that has happened
            gerund = gerund or opener
            continue
        if kind == "past" and previous in ("is", "are", "am", "being"):
            return None  # a present passive ("is heard in May", "being held"): no tense, the nearest date
        made = kind == "future" and word in SCHEDULE_BARE
        if made and not CAUSATIVES.isdisjoint(lowered[max(0, index - 4) : index - 1]):
            continue  # "the general let the offensive begin Saturday": the causative verb gives the tense
        if word == "would" and _reports_plan(lowered, index) and not text.startswith(("'s", "’s"), end):
            if _had_said(lowered, index) and _A_WEEKDAY.match(text, start):
                return "past"  # "the army had said the offensive would begin Saturday": told before a past
            return "future"  # not "said they would fight Wednesday's ruling": the ruling came before
        if word in MODALS:
            return None  # "it would open in November": neither past nor future, the nearest date
        if kind == "future" and word == "to" and _noun_infinitive_before_participle(left, lowered, index):
            continue  # "voted for a force to protect them, with its first units arriving Tuesday": the voting
        if kind == "future" and "had" in lowered[max(0, index - 3) : index]:
            return "past"  # "had been scheduled to expire Friday": a plan that lay ahead of a past moment
        if kind:
            return kind
    if gerund in _BEHIND_OPENERS:
        return "past"
    if "ing" in left and _PROGRESSIVE.search(left):  # the pattern is case-sensitive
        # "is bringing Europeans Christmas made in China": the clause has its verb before the span, so a
        # participle after it modifies the noun ("made in China") and gives no tense
        return None
    right = text[end : end + _RIGHT_WINDOW]
    right = drop_compounds(right[: sentence_cut(right)])
    if not any_mark(" ".join(WORD.findall(right)).lower().split()):
        return None  # no word after the span marks a tense: the costly loop would find none
    previous = ""
    for match in WORD.finditer(right):
        word = match.group()
        lower = word.lower()
        if lower in MARKS or lower.endswith(MARK_ENDS):
            kind = word_tense(word, right[match.end() :], previous)
            if kind == "future" and lower in _PLAN_PASTS and previous.lower() not in _BEFORE_PLAN_PAST:
                return "past"  # "On Friday, the ministry planned to pay": the planning was on that Friday
            if kind:
                return kind
        previous = word
    return None


# A participle clause after a comma that governs the span: ", with the first units arriving Tuesday",
# ", arriving on Tuesday". It takes the tense of its main clause.
_PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?:with\s+(?:[\w'-]+\s+){1,6}?)?[a-z]{3,}ing\s+(?:(?:on|late|early)\s+)?\Z", re.IGNORECASE
)


def _noun_infinitive_before_participle(left: str, lowered: list[str], index: int) -> bool:
    """Say whether the "to" at lowered[index] follows a noun ("a force to protect") in the main clause of a
    participle clause that governs the span: the infinitive's purpose lies ahead, the main verb's time not.

    "voted for a force to protect the region, with the first units arriving Tuesday" is past; "voted to send
    troops, with the first arriving Tuesday" keeps the plan's future ("voted" marks a tense).
    """
    if "ing" not in left[-24:] or not index or word_tense(lowered[index - 1], "", "") is not None:
        return False  # the cheap tests first: no participle just before the span, or a verb before "to"
    clause = _PARTICIPLE_CLAUSE.search(left)
    return clause is not None and index < len(WORD.findall(left[: clause.start()]))


# The past of a verb of plan, which looks ahead before the date ("planned to pay on Friday"). After the
# date, with no auxiliary before it, it is the clause's finite verb and tells when the planning was:
# "On Friday, the ministry planned to pay the claims", "Monday the firm expected a loss" lie behind.
_PLAN_PASTS = frozenset("planned intended expected scheduled".split())
# Before the word it is a participle or an adjective, whose tense the auxiliary gives: "is expected to",
# "was scheduled for", "as planned", "the planned strike".
_BEFORE_PLAN_PAST = (
    WILL_BE
    | AUXILIARIES
    | LINKING
    | ADVERBS
    | frozenset("is are am was were had as a an the its his her their".split())
)


# Words that open a clause on "being" + participle: "prior to it being placed", "after being hit", "before
# being put to a vote". After those that presuppose the act (not "before", "until") it lies behind.
_GERUND_OPENERS = frozenset("to before after since following upon until without despite".split())
_BEHIND_OPENERS = frozenset("to after since following upon".split())  # "to": only after "prior" (below)


def _gerund_opener(lowered: list[str], being: int) -> str:
    """Return the word opening the clause of the "being" at lowered[being] (a subject may stand between)."""
    for back in (1, 2, 3):
        at = being - back
        if at < 0:
            return ""
        word = lowered[at]
        if word in _GERUND_OPENERS and (word != "to" or at >= 1 and lowered[at - 1] == "prior"):
            return word
    return ""


# "In January, a week after the Roe vs. Wade ruling, a bombing in Birmingham, Ala., killed": the verb of a
# fronted date comes after it, past abbreviations whose full stop does not end the sentence.
_RIGHT_WINDOW = 160
_ABBREVIATION_STOP = re.compile(
    r"(?:\b(?:vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Inc|Corp|Co|Ltd|No|Ala|Ariz|Ark"
    r"|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn"
    r"|Tex|Va|Vt|Wash|Wis|Wyo)|\b[A-Z]|\b[A-Z]\.[A-Z])\Z"
)


def sentence_cut(right: str) -> int:
    """Return where the first sentence break in `right` falls, passing over abbreviations ("vs.", "Ala.")."""
    cut = len(right)
    for mark in BREAKS:
        index = right.find(mark)
        while index >= 0 and mark == ". " and _ABBREVIATION_STOP.search(right, 0, index):
            index = right.find(mark, index + 2)
        if 0 <= index < cut:
            cut = index
    return cut


# A present progressive before the span ("is bringing", "are now selling"): the clause's own verb.
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|now\s+|still\s+)?[a-z]{3,}ing\b")


def _reports_plan(lowered: list[str], index: int) -> bool:
    """Say whether the "would" at lowered[index] reports a plan after a past saying ("said it would open")."""
    following = lowered[index + 1 : index + 3]
    if any(word in ("have", "'ve", "ve") for word in following):
        return False  # "said it would have opened in March": a past that did not happen
    return any(word in SAID_PAST for word in lowered[max(0, index - _SAID_WINDOW) : index])


# A weekday, which lies within days of the saying: a month planned after a past saying may lie either side
# of the writer ("had said in January it would report in May").
_A_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def _had_said(lowered: list[str], index: int) -> bool:
    """Say whether the saying before the "would" at lowered[index] is a past perfect ("had said").

    A plan told before a past moment lies behind the writer as a rule: "the army had said the offensive
    would begin Saturday", "officials had announced the bridge would open on Friday".
    """
    for back in range(index - 1, max(0, index - _SAID_WINDOW) - 1, -1):
        if lowered[back] in SAID_PAST:
            return back > 0 and lowered[back - 1] == "had"
    return False


# The phrase after a comma, and no comma or stop between it and the span.
_CONSEQUENCE = re.compile(CONSEQUENCE + r"(?P<tail>[^,;:.!?\n]*)\Z", re.IGNORECASE)


def consequence_at(text: str, start: int) -> int | None:
    """Return where a participle of consequence before the span opens, when no tense marker follows it.

    ", setting up a ruling by the end of June" looks ahead of the main verb; ", clearing the way for the
    man to be returned in May" leaves the tense to its own verbs.
    """
    reach = max(0, start - WINDOW)
    if lacks(text, reach, start, CONSEQUENCE_WORDS):
        return None  # the cheap test first: every phrase opens on one of these participles
    match = _CONSEQUENCE.search(text, reach, start)
    if match is None or any_mark(" ".join(WORD.findall(match.group("tail"))).lower().split()):
        return None
    return match.start()
