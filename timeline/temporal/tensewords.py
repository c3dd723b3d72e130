"""Read the tense one word marks: "will" and "expected" look ahead, "said" and "fell" back, "to" only after
a word of intent ("set to resume"), an -ed word after "the" is an adjective ("the proposed merger").

tense.py reads the clause around a date with these: the marker nearest the date wins.
"""

from __future__ import annotations

import re

from timeline.temporal.saying import SAYING_VERBS

# Words that put the clause in the future or in the past; the one nearest the expression wins.
# Future first: "expected" and "scheduled" look like past participles but point ahead.
FUTURE_WORDS = frozenset(
    "will won't wo shall going plan plans planned planning scheduled expect expects expected intend intends "
    "intended upcoming to due payable aim aims hope hopes want wants set next coming tomorrow "
    # a present tense of schedule: "the museum reopens on Saturday", "the contract expires in March"
    "opens reopens resumes kicks expires begins starts "
    # "her term ends on Dec. 31", "the senator, who retires in January", "the mission launches on Friday"
    "ends retires launches departs concludes".split()
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


# "to" looks ahead only after a word of intent or schedule: "set to resume", "expected to close".
_INTENT = frozenset(
    """is are am be was were plan plans planned set due scheduled expected expects expect going agreed hope
    hopes hoped want wants wanted aim aims aimed intend intends intended ready likely about agreement deal
    offer bid proposal move decided decides promised pledged vowed threatened urged ordered voted forecast
    slated poised tipped predicted projected""".split()
)


# Before "be" + participle these words put the participle ahead: "will be paid", "to be named".
WILL_BE = frozenset("will 'll shall to would should must may might".split())
MODALS = frozenset("would could might should".split())
# A past verb of saying ("said", "told", "announced"): "said on Tuesday they would reopen the road in March"
# reports a plan, which lies ahead of the saying; "would" with no saying before it may be a habit ("In March
# the road would flood") and "would have" looks back.
SAID_PAST = frozenset(
    form
    for forms, _nouns, _example in SAYING_VERBS
    for form in forms.split("|")
    if form.endswith("ed") or form in ("said", "told", "wrote")
)
_NOUNS_OF_INTENT = frozenset("plan plans aim aims hope hopes".split())
# Particles of a verb that takes these nouns as its object ("drew up plans", "put forward plans").
_INTENT_PARTICLES = frozenset("up out forward".split())
# Past forms that are also the bare verb: after "to" or a modal they carry no tense ("to last", "will hit").
_BARE_PAST = frozenset("last hit put".split())
_BEFORE_BARE = WILL_BE | {"can", "could", "did", "not"}
# Modals after which a verb is bare even when it looks like a past ("can cast", "should put"); not "to" ("to
# set" is handled with the words of intent) nor "not" ("was not told" keeps its past).
_MODAL_BEFORE = frozenset("will 'll shall would should must may might can could did".split())
# Modals whose verb lies ahead of the writer: (modal, example).
_AHEAD_MODAL_ROWS = [
    ("must", "By Friday, police must charge him"),
    ("can", "Voters can register until Thursday"),
    ("should", "The report should reach the board on Monday"),
]
AHEAD_MODALS = frozenset(modal for modal, _ in _AHEAD_MODAL_ROWS)
_UNIT_AFTER = re.compile(
    r"\s+(?:week|month|year|night|time|season|quarter|summer|winter|spring|fall)\b",
    re.IGNORECASE,
)
# Present verbs of schedule without -s, which are no everyday nouns: "classes resume Monday".
_SCHEDULE_PLURAL = frozenset("resume reopen reconvene convene begin".split())
# Verbs that make an object do a thing: the bare verb after the object ("let the offensive begin Saturday",
# "made the talks resume Monday") has no tense of its own; the causative verb before it gives the clause's.
CAUSATIVES = frozenset("let lets make makes made help helps helped".split())
SCHEDULE_BARE = _SCHEDULE_PLURAL  # the bare verbs of schedule a causative verb may govern
# Before a bare verb these look ahead; an -ed word right after that verb is its object's adjective.
AHEAD_BARE = frozenset("will 'll shall to".split())
AUXILIARIES = frozenset("have has be been being get got".split())
ADVERBS = frozenset("still also not then now probably likely soon again never only already".split())
# Verbs whose past is their bare form: after "it", "he" or "she" that form is a past, since the present
# would take -s ("the $4.5 billion it forecast in July", not "it forecasts").
_SAME_PAST = frozenset("forecast set cut put hit cost spread shut quit bet broadcast".split())
_THIRD_PERSON = frozenset("it he she".split())
# "let" after a singular subject is a past ("the general let the offensive begin Saturday": the present
# would be "lets"); not after these, where it is bare, an imperative or a present ("to let", "we let"),
# nor at a sentence start ("Let the games begin Friday") or after a plural ("officials let").
_LET_NOT_PAST = WILL_BE | frozenset("can could not do does did don't please i you we they".split())


# After these linking verbs an -ed word is an adjective: "stay closed", "remain unchanged", "get married".
LINKING = frozenset("stay stays remain remains get gets become becomes seem seems keep keeps".split())
# After these words an -ed word is an adjective: "the proposed merger", "a still unspecified date".
_BEFORE_ADJECTIVE = frozenset("a an the its his her their our this that these those still newly".split())
_BEFORE_INTENT_NOUN = _BEFORE_ADJECTIVE | _INTENT_PARTICLES
# A noun modifier may stand between these and an intent noun ("announced expansion plans on Monday",
# "details of its investment plans"): the noun is an object, with no tense. An article leaves it open
# ("said the company plans"), so only possessives and adjectives of newness may stand with the modifier.
_OPENS_OBJECT = frozenset("of for about with on over".split())
_MODIFIERS_BEFORE = frozenset("its his her their our new fresh".split())


# "as planned", "as previously scheduled", "as expected": the act kept to a plan, whose own tense the
# clause's other verb gives ("the offensive began as planned on Saturday", "will go ahead as planned Monday").
# A forecast in the present passive looks ahead ("heavy snow is forecast for Thursday night", "rain is
# predicted Friday", "sales are projected to rise in March"); "was forecast" keeps its past.
_FORECAST_PASSIVE = frozenset("forecast forecasted predicted projected".split())
_PRESENT_BE = frozenset("is are 's".split())
_AS_PLANNED = frozenset("planned scheduled expected forecast predicted intended promised".split())
_BEFORE_AS_PLANNED = frozenset("as previously originally initially earlier".split())


# Present verbs that look ahead only in a phrase of schedule (word, what must follow it, example).
SCHEDULE_PHRASE_ROWS = [
    ("takes|take", r"effect\b", "the law takes effect Jan. 1"),
    ("comes|come", r"into\s+(?:force|effect)\b", "the rules come into force in July"),
    ("goes|go", r"into\s+(?:effect|force)\b|on\s+(?:sale|trial)\b", "the phone goes on sale Friday"),
]
SCHEDULE_PHRASES = {
    form: re.compile(r"\s+(?:" + follows + ")", re.IGNORECASE)
    for forms, follows, _example in SCHEDULE_PHRASE_ROWS
    for form in forms.split("|")
}


# Words in -ed that are no past form: "we need more funds today", "indeed", "a hundred".
_ED_NOT_PAST = frozenset(
    "need indeed hundred speed proceed exceed succeed seed feed breed greed creed deed".split()
)


def _past_form(word: str) -> bool:
    """Tell whether a word is a verb's past form ("announced", "drew"), which takes an object, not a verb."""
    return word in PAST_WORDS or (len(word) > 3 and word.endswith("ed") and word not in _ED_NOT_PAST)


def _object_noun(earlier: list[str]) -> bool:
    """Tell whether the words before an intent noun's modifier open an object: "announced [its] expansion
    plans", "drew up new investment plans", "details of expansion plans" (`earlier`: nearest last)."""
    for word in reversed(earlier):
        if _past_form(word) or word in _INTENT_PARTICLES or word in _OPENS_OBJECT:
            return True
        if word not in _MODIFIERS_BEFORE:
            return False
    return False


# A verb of commitment, then its own day, then "to": "vowed Wednesday to pass the budget by Monday", "agreed
# on Tuesday to end the strike": the thing committed to lies ahead of the day, as after "vowed to".
_COMMITTED = frozenset(
    "vowed pledged promised threatened agreed decided voted aimed planned expected hoped".split()
)
_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def _committed_on_a_day(previous: str, earlier: list[str] | None) -> bool:
    """Say whether `previous` is the day of a verb of commitment just before it ("vowed [on] Wednesday")."""
    if previous not in _DAY_WORDS or not earlier:
        return False
    verb = earlier[-2] if earlier[-1] == "on" and len(earlier) > 1 else earlier[-1]
    return verb in _COMMITTED


def word_tense(word: str, following: str, previous: str = "", earlier: list[str] | None = None) -> str | None:
    """Return the tense a word marks ("future", "past") or None; `following` is the text after it and
    `earlier` the words before `previous`, nearest last."""
    word = word.lower()
    if word in SCHEDULE_PHRASES:
        # "the law takes effect Jan. 1", "the rules come into force in July": a present of schedule
        return "future" if SCHEDULE_PHRASES[word].match(following) else None
    if word in _FORECAST_PASSIVE and previous.lower() in _PRESENT_BE:
        return "future"
    if word in _SAME_PAST and previous.lower() in _THIRD_PERSON:
        return "past"  # "the amount it forecast in July", "the record she set in May"
    if word == "let":
        prior = previous.lower()
        if prior and prior not in _LET_NOT_PAST and (not prior.endswith("s") or prior in _THIRD_PERSON):
            return "past"
        return None
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
    if word in AHEAD_MODALS:
        # "By Friday, police must charge him", "voters can register on Thursday": an obligation or a leave
        # lies ahead; "must have left", "should have voted" look back
        return None if re.match(r"\s+(?:not\s+)?(?:have|'ve)\b", following) else "future"
    if word == "set" and not re.match(r"\s+(?:to|for)\b", following):
        # "the record set on Aug. 6" reports, like "put" or "hit"; "set to open", "set for March" look
        # ahead, and after "to" or a modal ("will set") the verb is a bare infinitive with no tense.
        return None if previous.lower() in WILL_BE else "past"
    if word in _AS_PLANNED and previous.lower() in _BEFORE_AS_PLANNED:
        return None  # "the attack began as previously planned Saturday night": conformity, no tense
    if word in FUTURE_WORDS:
        prior = previous.lower()
        if word in _NOUNS_OF_INTENT and (
            prior in _BEFORE_INTENT_NOUN or _past_form(prior) or (earlier and _object_noun(earlier[-2:]))
        ):
            # "approved the plan on Tuesday", "their hopes", "announced plans on Monday", "drew up plans
            # on Friday": a noun, no tense
            return None
        if word != "to":
            return "future"
        # "to" marks intent only before a verb ("set to resume"); "to the market" is a preposition.
        intent = previous.lower() in _INTENT or _committed_on_a_day(previous.lower(), earlier)
        if intent and re.match(r"\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)[a-z]{2,}", following):
            return "future"
        return None
    if word in PAST_WORDS:
        if previous.lower() in _MODAL_BEFORE and not word.endswith("ed"):
            return None  # "voters can cast ballots", "may put", "did run": a bare verb that looks like a past
        return "past"
    if len(word) > 3 and word.endswith("ed") and word not in _ED_NOT_PAST:
        # "a still unspecified date", "the proposed merger": an adjective, not a past verb.
        adjective = word.startswith("un") or previous.lower() in _BEFORE_ADJECTIVE
        return None if adjective else "past"
    return None


# The words word_tense can read a tense from (with the -ed and 'll endings): any other word is passed over.
MARKS = (
    FUTURE_WORDS
    | PAST_WORDS
    | MODALS
    | _SCHEDULE_PLURAL
    | _SAME_PAST
    | AHEAD_MODALS
    | {"set", "won't", "let"}
    | frozenset(SCHEDULE_PHRASES)
)
MARK_ENDS = ("ed", "'ll")


def any_mark(lowered: list[str]) -> bool:
    """Tell whether any of these lower-case words is word_tense reads a tense from (cheaper than asking)."""
    if not MARKS.isdisjoint(lowered):
        return True
    joined = " ".join(lowered) + " "  # a word ends where a space follows it
    return any(f"{end} " in joined for end in MARK_ENDS)


def is_mark(word: str) -> bool:
    """Say whether a lower-case word is one word_tense may read a tense from."""
    return word in MARKS or word.endswith(MARK_ENDS)


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

_FUNCTION_WORDS = frozenset(_NOT_A_NOUN.split())


def relative_past(word: str, after: str | None) -> bool:
    """Say whether an -ed word after "that" is the past verb of a relative clause, not an adjective.

    Before its noun it is the adjective of a determiner ("that proposed merger", "said that closed schools");
    before a preposition, an article or the date itself (`after` None) it is a verb: "a race that started on
    Monday", "the ruling that angered the union", "the fire that began Friday".
    """
    verb = len(word) > 3 and word.endswith("ed") and word not in _ED_NOT_PAST and not word.startswith("un")
    return verb and (after is None or after in _FUNCTION_WORDS)


def drop_compounds(part: str) -> str:
    """Return `part` with the -ed half of each compound adjective left out ("third-placed" -> "third")."""
    if "-" not in part or _HYPHEN_ED.search(part) is None:
        return part  # the cheap test first: a literal "-" lets the engine skip to each hyphen
    return _COMPOUND_ED.sub(r"\1", part)
