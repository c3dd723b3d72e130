"""Read the tense around a date: the verb marker nearest it says whether a bare weekday or month lies ahead.

"said on Friday" looks back, "will meet on Friday" ahead; a verb of deferral ("postponed until May") and a
date told of ("warned of a cutback in May") each have their own test here, a present tense of schedule
("the talks resume Monday") its own module (`schedule.py`). anchor.Context asks `tense_at` once per
expression.
"""

from __future__ import annotations

import re

from timeline.temporal.planned import CONSEQUENCE, CONSEQUENCE_WORDS, act_asked, planned_for
from timeline.temporal.quick import lacks
from timeline.temporal.saying import SAYING_VERBS

# Words that put the clause in the future or in the past; the one nearest the expression wins.
# Future first: "expected" and "scheduled" look like past participles but point ahead.
FUTURE_WORDS = frozenset(
    "will won't wo shall going plan plans planned planning scheduled expect expects expected intend intends "
    "intended upcoming to due payable aim aims hope hopes want wants set next coming tomorrow "
    # a present tense of schedule: "the museum reopens on Saturday", "the contract expires in March"
    "opens reopens resumes kicks expires begins starts".split()
)
PAST_WORDS = frozenset(
    "was were had did said ago last went came began took made met told left won lost fell rose sold bought "
    "held gave saw got paid led ran became found spent brought thought kept struck hit put yesterday earlier "
    "wrote knew drew grew threw spoke broke chose froze stole woke wore tore swore shot fought sought taught "
    "caught built sent lent meant dealt felt heard slid stood understood withdrew overthrew forbade "
    "fled shrank sank swung stuck dug hung flew rode rang sprang swept wept slept leapt overtook undertook "
    "shook mistook drove arose awoke bled sped spun laid blew".split()
)
WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# A closing quote after the stop still ends the sentence: '... the mandate." Nevertheless, ...'.
BREAKS = (". ", "! ", "? ", "; ", ".\n", "\n\n", '." ', "?\" ", "!\" ", ".'' ", ".' ")
WINDOW = 120


# "to" looks ahead only after a word of intent or schedule: "set to resume", "expected to close".
_INTENT = frozenset(
    """is are am be was were plan plans planned set due scheduled expected expects expect going agreed hope
    hopes hoped want wants wanted aim aims aimed intend intends intended ready likely about agreement deal
    offer bid proposal move decided decides promised pledged vowed threatened urged ordered voted forecast
    slated poised tipped predicted projected""".split()
)


# Before "be" + participle these words put the participle ahead: "will be paid", "to be named".
_WILL_BE = frozenset("will 'll shall to would should must may might".split())
_MODALS = frozenset("would could might should".split())
# A past verb of saying ("said", "told", "announced"): "said on Tuesday they would reopen the road in March"
# reports a plan, which lies ahead of the saying; "would" with no saying before it may be a habit ("In March
# the road would flood") and "would have" looks back.
SAID_PAST = frozenset(
    form
    for forms, _nouns, _example in SAYING_VERBS
    for form in forms.split("|")
    if form.endswith("ed") or form in ("said", "told", "wrote")
)
_SAID_WINDOW = 8  # words between the verb of saying and "would"
_NOUNS_OF_INTENT = frozenset("plan plans aim aims hope hopes".split())
# Past forms that are also the bare verb: after "to" or a modal they carry no tense ("to last", "will hit").
_BARE_PAST = frozenset("last hit put".split())
_BEFORE_BARE = _WILL_BE | {"can", "could", "did", "not"}
_UNIT_AFTER = re.compile(
    r"\s+(?:week|month|year|night|time|season|quarter|summer|winter|spring|fall)\b",
    re.IGNORECASE,
)
# Present verbs of schedule without -s, which are no everyday nouns: "classes resume Monday".
_SCHEDULE_PLURAL = frozenset("resume reopen reconvene convene begin".split())
# Before a bare verb these look ahead; an -ed word right after that verb is its object's adjective.
_AHEAD_BARE = frozenset("will 'll shall to".split())
_AUXILIARIES = frozenset("have has be been being get got".split())
_ADVERBS = frozenset("still also not then now probably likely soon again never only already".split())
# Verbs whose past is their bare form: after "it", "he" or "she" that form is a past, since the present
# would take -s ("the $4.5 billion it forecast in July", not "it forecasts").
_SAME_PAST = frozenset("forecast set cut put hit cost spread shut quit bet broadcast".split())
_THIRD_PERSON = frozenset("it he she".split())


# After these linking verbs an -ed word is an adjective: "stay closed", "remain unchanged", "get married".
_LINKING = frozenset("stay stays remain remains get gets become becomes seem seems keep keeps".split())
# After these words an -ed word is an adjective: "the proposed merger", "a still unspecified date".
_BEFORE_ADJECTIVE = frozenset("a an the its his her their our this that these those still newly".split())


# Words in -ed that are no past form: "we need more funds today", "indeed", "a hundred".
_ED_NOT_PAST = frozenset(
    "need indeed hundred speed proceed exceed succeed seed feed breed greed creed deed".split()
)


def _kind(word: str, following: str, previous: str = "") -> str | None:
    """Return the tense a word marks ("future", "past") or None; `following` is the text after it."""
    word = word.lower()
    if word in _SAME_PAST and previous.lower() in _THIRD_PERSON:
        return "past"  # "the amount it forecast in July", "the record she set in May"
    if word in _BARE_PAST and previous.lower() in _BEFORE_BARE and not _UNIT_AFTER.match(following):
        return None  # "expected to last until Friday", "is due to hit the coast": a bare verb, no tense
    if word == "last" and previous.lower() in _BEFORE_ADJECTIVE:
        return None  # "will play its last rival on Thursday", "the last stay": an adjective, no tense
    if word in _SCHEDULE_PLURAL:
        # "classes resume Monday", "officials said the talks reopen on Friday": a present of schedule
        # looks ahead; after "to", a modal or "did" the bare verb leaves the tense to them
        return None if previous.lower() in _BEFORE_BARE | _BEFORE_ADJECTIVE else "future"
    if word.endswith("'ll") or word == "won't":
        return "future"
    if word == "must":
        # "By Friday, police must charge him": an obligation lies ahead; "must have left" looks back
        return None if re.match(r"\s+(?:not\s+)?(?:have|'ve)\b", following) else "future"
    if word == "set" and not re.match(r"\s+(?:to|for)\b", following):
        # "the record set on Aug. 6" reports, like "put" or "hit"; "set to open", "set for March" look
        # ahead, and after "to" or a modal ("will set") the verb is a bare infinitive with no tense.
        return None if previous.lower() in _WILL_BE else "past"
    if word in FUTURE_WORDS:
        if word in _NOUNS_OF_INTENT and previous.lower() in _BEFORE_ADJECTIVE:
            return None  # "approved the plan on Tuesday", "their hopes": a noun, no tense
        if word != "to":
            return "future"
        # "to" marks intent only before a verb ("set to resume"); "to the market" is a preposition.
        if previous.lower() in _INTENT and re.match(
            r"\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]{2,}", following
        ):
            return "future"
        return None
    if word in PAST_WORDS:
        return "past"
    if len(word) > 3 and word.endswith("ed") and word not in _ED_NOT_PAST:
        # "a still unspecified date", "the proposed merger": an adjective, not a past verb.
        adjective = word.startswith("un") or previous.lower() in _BEFORE_ADJECTIVE
        return None if adjective else "past"
    return None


# "postponed until Tuesday morning", "extended its deadline to Nov. 6": a deferral points ahead.
_DEFERRING = (
    "postponed", "extended", "delayed", "adjourned", "deferred", "moved", r"pushed\s+back", r"put\s+off",
    "rescheduled",
)
_DEFERRED = re.compile(
    rf"\b(?:{'|'.join(_DEFERRING)})\b"
    r"[^.;!?]{0,40}\b(?:until|till|to|for)\s+(?:\S+\s+){0,3}\Z",
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
    if match is None or any(_kind(word, "") == "past" for word in match.group("subject").split()):
        return False  # "Crews went to work Wednesday": the subject's own verb is past
    line_end = text.find("\n", end)
    line = text[end : len(text) if line_end < 0 else line_end].rstrip()
    return not line.endswith((".", "!", "?", '"', ":")) and ". " not in line


# The words _kind can read a tense from (with the -ed and 'll endings): any other word is passed over.
_MARKS = FUTURE_WORDS | PAST_WORDS | _MODALS | _SCHEDULE_PLURAL | _SAME_PAST | {"set", "won't", "must"}
_MARK_ENDS = ("ed", "'ll")


def _any_mark(lowered: list[str]) -> bool:
    """Tell whether any of these lower-case words is one _kind may read a tense from (cheaper than asking)."""
    if not _MARKS.isdisjoint(lowered):
        return True
    joined = " ".join(lowered) + " "  # a word ends where a space follows it
    return any(f"{end} " in joined for end in _MARK_ENDS)


def _is_mark(word: str) -> bool:
    """Say whether a lower-case word is one _kind may read a tense from."""
    return word in _MARKS or word.endswith(_MARK_ENDS)


# "since the Oct. 23 fire", "since shortly after Monday": a point the present counts from lies behind.
_SINCE = re.compile(r"\bsince\s+(?:[\w.]+\s+){0,3}\Z", re.IGNORECASE)


# "warned of a cutback in November", "called for a strike on Friday": the date places the thing asked for
# or warned of, not the asking; the verb's past gives it no tense (the nearest November).
SPEECH_VERBS = frozenset(
    """warned warns called calls asked asks pressed pushed argued announced announces proposed proposes
    hinted braced prepared lobbied campaigned appealed urged urges talked spoke planned voted told notified
    informed""".split()
)
# Verbs after which "for" + a subject + "to" + a verb is a thing asked for: "called for the council to meet".
_ASKERS = SPEECH_VERBS | frozenset("call ask asking calling pressing pushing arranged pleaded".split())
# "told U.S., European and Japanese refiners of a 15 percent cutback in its supply in September": the
# listener may be a list of names, the thing told of a noun with its own phrase.
_SPOKEN_OF = re.compile(
    r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\s+(?:[\w.,-]+\s+){0,6}?(?:of|for|about)\s+an?\s+"
    r"(?:[\w-]+\s+){1,8}?(?:in|on|at|during|by|before)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def spoken_of(text: str, start: int) -> bool:
    """Say whether the span places a thing a verb of speech or plan names ("warned of a cutback in May")."""
    # cheap tests first: the span follows a preposition, and a thing told "of a"/"for an" comes before it
    if _PLACE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    if _OF_A.search(text, max(0, start - 120), start) is None:
        return False
    return _SPOKEN_OF.search(text, max(0, start - 120), start) is not None


_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|during|by|before)\s+(?:the\s+)?\Z", re.IGNORECASE)
_OF_A = re.compile(r"\b(?:of|for|about)\s+an?\s", re.IGNORECASE)


# "... and on Monday criticised": "and" (and a preposition) just before the span.
_AND_BEFORE = re.compile(r"\band\s+(?:(?:on|last|late|early)\s+)?\Z", re.IGNORECASE)


# A word in -ed joined by a hyphen to the word before it, and followed by its noun, is a compound adjective,
# no verb: "third-placed Fiorentina", "the state-owned firm", "Saudi-led forces". Followed by a preposition,
# an article or a stop it is a verb ("ties that nose-dived in September", "test-fired a missile"); after a
# prefix it is a verb too ("co-founded", "re-elected"). Those keep their tense.
_NOT_A_NOUN = (
    "in on at to by from into for with of a an the his her its their this that these those after before "
    "since during when as out up down off back again and or but"
)
_COMPOUND_ED = re.compile(
    r"\b(?!(?:re|co|de|pre|un|ex|self|mis|over|under)-)([A-Za-z]{2,})-[a-z]+ed"
    rf"(?=\s+(?!(?:{'|'.join(_NOT_A_NOUN.split())})\b)[A-Za-z])"
)


_HYPHEN_ED = re.compile(r"-[a-z]+ed\b")


def _drop_compounds(part: str) -> str:
    """Return `part` with the -ed half of each compound adjective left out ("third-placed" -> "third")."""
    if "-" not in part or _HYPHEN_ED.search(part) is None:
        return part  # the cheap test first: a literal "-" lets the engine skip to each hyphen
    return _COMPOUND_ED.sub(r"\1", part)


def tense_at(text: str, start: int, end: int) -> str | None:
    """Return "past" or "future" from the verb marker nearest the span in its sentence, else None."""
    left = _drop_compounds(text[max(0, start - WINDOW) : start])
    if not lacks(left, 0, len(left), ("since",)) and _SINCE.search(left):
        return "past"
    if spoken_of(text, start):
        return None
    if planned_for(text, start, end):
        return "future"
    cut = max(map(left.rfind, BREAKS))
    if cut >= 0:
        left = left[cut + 2 :]
    if "," in left and consequence_at(text, start) is not None:
        return "future"  # ", setting up a ruling by the end of June": what the act leads to lies ahead
    if not lacks(left, 0, len(left), ("and",)) and _AND_BEFORE.search(left):
        # "has said it will be hard and on Monday criticised the court": after "and" the span opens a new
        # verb phrase, whose own verb right after it gives the tense, not the clause before "and"
        verb = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
        if verb and verb.group().islower() and _kind(verb.group(), "", "") == "past":  # not a new sentence
            return "past"
    if " to " in left and _headline_to(text, start, end):
        return "future"  # a headline "Judge to rule Wednesday on strike": "to" + verb is its future
    # the words are ASCII letters with no space in them, so joining, lowering and splitting keeps each one
    lowered = " ".join(WORD.findall(left)).lower().split()
    ends: list[int] = []  # where each word ends, found only when a word looks at what follows it
    for index in range(len(lowered) - 1, -1, -1) if _any_mark(lowered) else ():
        word = lowered[index]
        if word not in _MARKS and not word.endswith(_MARK_ENDS):
            continue  # no marker (_kind would say None): skip the costly checks
        previous = lowered[index - 1] if index else ""
        # Only "to", "set", "last" and "must" look at what follows them; building that text for every word is
        # costly.
        looks = word in ("to", "set", "last", "must")
        if looks and not ends:
            ends = [match.end() for match in WORD.finditer(left)]
        following = left[ends[index] :] + text[start : start + 12] if looks else ""
        kind = _kind(word, following, previous)
        if (
            kind is None
            and word == "to"
            and (_asked_for(lowered, index) or act_asked(lowered, index, _is_mark))
            and _BARE_VERB_AFTER.match(following)
        ):
            # "called for the parliament to meet on Monday": a thing asked for lies ahead; not "called for
            # him to quit after Saturday's loss", where the day names a thing already past
            if not text.startswith(("'s", "’s"), end):
                return "future"
        be = index - 1
        while kind == "past" and be > 0 and (lowered[be] in _ADVERBS or lowered[be].endswith("ly")):
            be -= 1  # "will be officially opened": the adverb stands between the auxiliary and its participle
        if kind == "past" and be >= 0 and lowered[be] == "be":
            # "will be paid", "to be published" lie ahead; "could be found" need not
            back = be - 1
            while back > 0 and lowered[back] in _ADVERBS:
                back -= 1  # "would still be held", "will not be paid"
            if back >= 0 and lowered[back] in _WILL_BE:
                return "future"
            continue
        if kind == "past" and previous in ("and", "or") and index >= 2 and lowered[index - 2].endswith("ed"):
            # "will be presented and played on Friday": the second of two joined participles shares
            # the first one's auxiliary, which gives the tense
            continue
        after_bare = index >= 2 and lowered[index - 2] in _AHEAD_BARE and previous not in _AUXILIARIES
        if kind == "past" and after_bare and word.endswith("ed"):
            continue  # "will meet elected officials", "is to visit flooded towns": the object's adjective
        if kind == "past" and previous in _LINKING:
            continue  # "will stay closed until March": an adjective; the verb before it gives the tense
        if kind == "past" and previous in ("is", "are", "am", "being"):
            return None  # a present passive ("is heard in May", "being held"): no tense, the nearest date
        if word == "would" and _reports_plan(lowered, index) and not text.startswith(("'s", "’s"), end):
            return "future"  # not "said they would fight Wednesday's ruling": the ruling came before
        if word in _MODALS:
            return None  # "it would open in November": neither past nor future, the nearest date
        if kind == "future" and "had" in lowered[max(0, index - 3) : index]:
            return "past"  # "had been scheduled to expire Friday": a plan that lay ahead of a past moment
        if kind:
            return kind
    if "ing" in left and _PROGRESSIVE.search(left):  # the pattern is case-sensitive
        # "is bringing Europeans Christmas made in China": the clause has its verb before the span, so a
        # participle after it modifies the noun ("made in China") and gives no tense
        return None
    right = text[end : end + _RIGHT_WINDOW]
    right = _drop_compounds(right[: sentence_cut(right)])
    if not _any_mark(" ".join(WORD.findall(right)).lower().split()):
        return None  # no word after the span marks a tense: the costly loop would find none
    previous = ""
    for match in WORD.finditer(right):
        word = match.group()
        lower = word.lower()
        if lower in _MARKS or lower.endswith(_MARK_ENDS):
            kind = _kind(word, right[match.end() :], previous)
            if kind:
                return kind
        previous = word
    return None


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
    if match is None or _any_mark(" ".join(WORD.findall(match.group("tail"))).lower().split()):
        return None
    return match.start()
