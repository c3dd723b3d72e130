"""Tell which dates are no date of their event's title: another clause's, a noun's, a stated subject's.

A date belongs to the nearest verb before it that it can modify (attachment.anchor walks there across noun
phrases and prepositional phrases). `untold_host`: when that verb heads an embedded clause (a relative, a
participle on a noun, a subordinate clause) and the finished title holds it not, the date is that clause's:
"Sales fell after the plant closed in June" titled "Sales fell". A main clause's verb the title left out is
left alone: the title was cut short more often than it told another clause, and TimeBank dates such verbs
(dropping them cost .04 of anchored recall). `sets_time`: a date that only modifies a noun ("the 2017
budget") dates its clause only when a preposition sets the clause in that time ("in his Christmas Day
sermon") or the noun is a happening or a figure's period. `in_stated_subject`: a date in the subject of a
state, a judgment or a possibility ("Last week's levels appeared to show support") is the subject's time.
events.py drops the dates these tell.

No parser: attachment.anchor and word classes, each with an example.
"""

from __future__ import annotations

import re

from timeline.attachment import DESCRIBING, anchor
from timeline.leads import led
from timeline.models import TimeExpression
from timeline.references import is_event_noun
from timeline.spans import Span
from timeline.speech import words
from timeline.verbs import has_verb, is_verb_word
from timeline.word_walk import ADVERBS, AUXILIARIES, DETERMINERS, TOKEN

# Verbs that tell or publish what the title says, whose date the news shares (events.py keeps a telling's
# date with the news it tells), each with an example: "in remarks (published) today, the minister said ...",
# "Ellie Hall (tweeted) early Wednesday", "a spokesman (vowed) here Sunday", "experts (predicted) Tuesday",
# "a commission was (told) here Tuesday".
_TELLING = frozenset(words("after_speaker")) | {
    "published", "posted", "issued", "released", "aired", "broadcast", "quoted", "cited", "telling",
    "saying", "confirmed", "warned", "predicted", "vowed", "insisted", "stressed", "claimed", "argued",
    "declared", "disclosed", "revealed", "admitted", "acknowledged", "denied", "estimated", "forecast",
    "indicated", "reiterated", "suggested", "urged", "asserted", "affirmed", "maintained", "recalled",
    "commented", "replied", "responded", "complained", "conceded", "emphasized", "emphasised", "hinted",
    "pledged", "promised", "signaled", "signalled", "testified", "wrote", "briefed", "informed", "assured",
    "pointed", "observed", "remarked", "agreed", "predicts", "warns", "confirms", "insists", "tells",
    "ruled", "decided", "found",
}
# A word right after a date that makes it a noun's modifier: "the December (OPEC) accord", "the March 3
# (meeting)"; what may follow a date in its clause instead: a preposition, a conjunction, a verb, a figure.
_NOUN_AFTER = re.compile(r"\s*(?:[A-Z][\w&-]*|[a-z]+(?:-[a-z]+)*)\b")
_NOT_NOUNS = frozenset({
    "and", "or", "but", "to", "of", "in", "on", "at", "for", "from", "by", "with", "after", "before", "as",
    "when", "while", "that", "which", "who", "where", "than", "since", "until", "amid", "into", "over",
    "under", "during", "about", "against", "if", "because", "though", "although", "so", "then", "the", "a",
    "an", "its", "his", "her", "their", "our", "this", "these", "those", "he", "she", "it", "they",
    "we", "i", "you", "there", "not", "also", "still", "already", "only", "just", "even", "again",
    "alone", "morning", "afternoon", "evening", "night", "local", "time",
})
_WORD = re.compile(r"[\w'’-]+")
_PREPOSITIONS = frozenset({"by", "of", "over", "with", "against", "from", "for", "to", "among", "between"})
# What follows a date that a clause of its own opens on, whose title the date may be: "since 1999(, when) a
# bombing campaign ended the crackdown".
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b")
# "be" right before a date: the subject's time, which a title tells ("The worst blast (was in) March
# 2019, killing 14" gives "The worst blast killed 14").
_BE = frozenset({"is", "are", "was", "were", "be", "been"})
_ONLY_PREPOSITION = re.compile(r"\s+(?:(?:not\s+)?(?:in|on|at|during|from|until|by|since|back\s+in)\s+)?")
# Verbs of a plan, whose date is the planned happening's: "is (scheduled) to close Monday", "(set) Friday as
# the deadline for his return".
_PLANNED = frozenset({"scheduled", "set", "due", "expected", "planned", "slated", "poised", "supposed"})
_DUE = re.compile(r"\bdue\s+\Z")
# A period's end before its date: "for the year (ended) Sept. 30", "the six months (ending) Aug. 12".
_ENDED = frozenset({"ended", "ending", "ends", "end"})
_PERIOD_BEFORE = re.compile(r"\b(?:year|quarter|half|months?|weeks?|period)\s+(?:ended|ending|ends|end)\s+\Z",
                            re.I)
# Nouns of a telling, whose participle's date the news told shares: "in a (poll) completed on Saturday".
_TELLING_NOUNS = frozenset({
    "statement", "report", "poll", "survey", "study", "interview", "speech", "briefing", "letter",
    "release", "broadcast", "article", "editorial", "memo", "message", "announcement", "address",
    "ruling", "verdict", "decree", "order", "review", "communique", "paper", "video", "tape",
})
# Participles of a lasting tie, no happening, that a date after their phrase skips: "members of groups
# (affiliated) with the ruling party on Sunday" (the clash was on Sunday), "a firm (owned) by the state".
_TIES = frozenset(DESCRIBING | {
    "affiliated", "linked", "allied", "related", "owned", "controlled", "led", "run", "backed", "loyal",
    "connected", "associated", "tied", "headed", "supported",
})
# Endings a verb takes, cut to compare a title's word with the date's verb: "surrendered"/"surrender".
_ENDING = re.compile(r"(?:ied|ies|ing|ed|es|s|d|e)\Z")
# A simultaneous clause's opener before the date's verb, in its clause: "voted to end the curfew (when) it
# met on Thursday", "the crash happened (when) a lorry skidded and hit a wall at 9:40
# am", "scored two goals (as) Australia opened with a win on Saturday", "can top the table (if) they win on
# Wednesday": such a clause shares its time with the clause it hangs on (not "such as", "as well as").
# The opener needs a subject before the verb: "as did an announcement yesterday" compares another happening.
_AT_ONCE = re.compile(
    r"(?<!such\s)(?<!well\s)\b(?:when|while|whenever|once|if|as)\s+[^,;:()—–\s][^,;:()—–]*\Z", re.I
)
# A verb joined to the one before it: "set to be reviewed (or) revised on Monday".
_JOINED = re.compile(r"(?P<verb>[a-z]+)\s+(?:and|or)\s+\Z")


def _names_noun(text: str, own: Span, end: int) -> bool:
    """Tell whether a date stands right before a noun it modifies: "the December OPEC accord", "a Monday
    analysis"; not "on Monday and", "last year to", "in 2009 with"."""
    after = _NOUN_AFTER.match(text, own[1], end)
    if after is None:
        return False
    word = after.group().strip()
    return word.lower() not in _NOT_NOUNS and not word.endswith(("ed", "ly"))


def _stem(word: str) -> str:
    return _ENDING.sub("", word.lower()) if len(word) > 4 else word.lower()


def _verb_after(text: str, own: Span, end: int) -> str:
    """Return the verb right after a date, past adverbs: "troops backed by allies (this week) launched"."""
    for token in TOKEN.finditer(text, own[1], end):
        word = token.group()
        if word.lower() in ADVERBS or word.endswith("ly"):
            continue
        return word if word.islower() and is_verb_word(word) else ""
    return ""


def _next_word(text: str, at: int, end: int) -> str:
    """Return the word after an auxiliary, past "not" and adverbs: "did (not) surrender" gives "surrender"."""
    for token in TOKEN.finditer(text, at, end):
        word = token.group().lower()
        if word not in ("not", "never", "n't") and word not in ADVERBS:
            return word
    return ""


def _adjective(text: str, span: Span, verb: re.Match[str] | None) -> bool:
    """Tell whether a past form is an adjective before its noun: "the day-night (limited) overs match", "by
    (suspected) Islamic militants", "a win over (revamped) Germany"; then the date's verb lies before it,
    which the walk did not reach."""
    if verb is None or not verb.group().endswith("ed"):
        return False
    after = TOKEN.match(text, verb.end() + 1, span[1])
    before = [t.group() for t in TOKEN.finditer(text, max(span[0], verb.start() - 30), verb.start())]
    if after is None or not after.group()[:1].isalpha() or after.group().lower() in _NOT_NOUNS or not before:
        return False
    word = before[-1].lower()
    return "-" in word or word in DETERMINERS or word in _PREPOSITIONS or word in ("and", "or") or (
        word[:1].isdigit()
    )


def untold_host(text: str, span: Span, phrases: list[Span], title: str) -> bool:
    """Tell whether the first of `phrases`, the event's own date in the clause `text[span]`, belongs to a
    verb the finished `title` does not hold (attachment.anchor), so that it dates another clause: "...,
    as did an announcement yesterday" under "Comments fueled the rumors"; not a telling's date ("in
    remarks published today") nor a noun's ("the December accord": "The accord was reached")."""
    own = phrases[0]
    found = anchor(text, span, own, phrases[1:])
    if found is None or not found.verb:
        return False
    verb = found.verb.lower()
    if found.kind == "main":
        return False  # a main clause's verb the title left out: a title cut short more often than another
        # clause's date ("The trial of the former leader ... resumed Wednesday"), which TimeBank dates too
    if verb in _TELLING:
        return False
    if verb in _TIES or verb in _PLANNED or verb in AUXILIARIES:
        return False  # "clashed with groups affiliated with the party on Sunday": the clash's Sunday; "is
        # scheduled to close Monday": the plan's happening; "would fail today": a verb the walk did not read
    if _DUE.search(text, max(span[0], own[0] - 5), own[0]):
        return False  # "notes due June 15, 2031": the debt's date, which the notes tell
    if verb in _ENDED and _PERIOD_BEFORE.search(text, max(span[0], own[0] - 40), own[0]):
        return False  # "For the year ended Sept. 30, the firm earned $4 million": the period of the figure
    if found.subject and found.subject.split()[-1].lower() in _TELLING_NOUNS:
        return False  # "In a survey finished on Sunday, 58 percent said ...": told then
    told = {_stem(w) for w in _WORD.findall(title)}
    if _stem(verb) in told or not has_verb(title):
        return False  # a bare noun phrase ("The trial of the former leader") may still be the date's
    if (after := _verb_after(text, own, span[1])) and _stem(after) in told:
        return False  # "troops backed by allies this week launched an operation": the launch's week
    if _WHEN_AFTER.match(text, own[1]):
        return False  # "since 1999, when a bombing campaign ended the crackdown": the title may be its clause
    at = text.rfind(found.verb, span[0], own[0])
    if verb in _BE and _ONLY_PREPOSITION.fullmatch(text, at + len(verb), own[0]):
        return False  # "The worst blast was in March 2019": the subject's time
    if verb in AUXILIARIES and _stem(_next_word(text, at + len(verb), own[0])) in told:
        return False  # "May did not surrender until the afternoon": the title's "surrendered"
    # a form not ending in "ed" is no adjective for _adjective (the match is the verb itself): no compile
    if found.verb.endswith("ed") and _adjective(
        text, span, re.compile(rf"\b{re.escape(found.verb)}\b").search(text, max(span[0], at))
    ):
        return False  # "in the fifth day-night limited overs game on Friday": "limited" is no verb
    if at > 0 and _AT_ONCE.search(text, max(span[0], at - 80), at):
        return False  # "voted to end the curfew when it met on Thursday": one time
    joined = _JOINED.search(text, max(span[0], at - 30), at) if at > 0 else None
    if joined is not None and _stem(joined["verb"]) in told:
        return False  # "set to be reviewed or revised on Monday": the title's verb shares the date
    return not _names_noun(text, own, span[1])


# A preposition that sets a clause in the time of the noun a date modifies, and the words between them: "(in
# his) Christmas Day sermon, the archbishop spoke of", "finished third (at the) 2030 World Cup", "(during
# a) year-end news conference".
_SETTING = re.compile(
    r"\b(?:in|at|during|on|throughout)\s+(?:(?:the|a|an|its|his|her|their|this|that)\s+)?(?:[\w'’-]+\s+){0,2}\Z",
    re.I,
)

# A figure's period: "(for) the quarter", "(for) next year"; the figure a period names before it:
# "third-quarter (net income)", "fiscal 1989 (earnings)".
_FOR_PERIOD = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?\Z", re.I)
_FIGURE_NOUN = re.compile(
    r"[\s-]+(?:[a-z]+\s+)?(?:income|earnings|profits?|sales|revenues?|loss(?:es)?|results|output|dividends?"
    r"|growth|deficit|surplus|turnover|exports|imports|production|figures|shipments|orders)\b"
)
# Nouns of a happening at a date that references.is_event_noun does not list, each in a phrase: "the May 3
# (ballot)", "the June 9 (polls)", "Saturday's (match)", "the March 2 (hearing)", "its October 9 nuclear
# (test)", "the April 4 (runoff)", "Friday's (game)", "the July 1 (concert)", "the May 5 (opening)".
_HAPPENINGS = frozenset({
    "ballot", "polls", "match", "hearing", "test", "runoff", "game", "concert", "opening",
})
# The words of a noun phrase after a date, up to its head: "(parliamentary election)", "(peace accords)".
_NOUN_PHRASE = re.compile(r"(?:[\s-]+[A-Za-z][\w'’-]*){1,3}")


def sets_time(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date that modifies a noun (references.is_modifier: "the 2017 budget") still dates its
    clause, the noun's phrase setting the clause in its time: "In his Christmas Day sermon, the archbishop
    spoke", "finished third at the 2030 World Cup"; not "a 2014 study warned", "the 2020 model gets a new
    grill", "faces a fine under a 2011 law": these tell which one, not when (events.py drops
    them)."""
    if _SETTING.search(text, max(0, timex.start - 40), timex.start) is not None:
        return True
    if _FOR_PERIOD.search(text, max(0, timex.start - 12), timex.start) or _FIGURE_NOUN.match(text, timex.end):
        return True  # "a loss of $5 million for the quarter", "third-quarter net income rose 7%": the
        # figure's period, when what the title tells went on
    # a happening's noun in the phrase: "ahead of the October 9 regional (election)", "the 1994 peace
    # (accords)": its date, which a title of the happening tells ("The regional election will take
    # place")
    noun = _NOUN_PHRASE.match(text, timex.end)
    return noun is not None and any(w in _HAPPENINGS or is_event_noun(w) for w in noun.group().split())


# A predicate that tells a state, a judgment or a possibility, no happening at a date: "(Last week's levels)
# appeared to show support", "(the attack on Monday) could deepen the crisis", "(Tuesday's result) means
# a runoff"; not one of a plan ("is expected to", "is set to"), whose date the plan's happening may be.
_STATE_AFTER = re.compile(
    r"\s*(?:(?:also|still|now|only|already|clearly)\s+)?"
    r"(?P<verb>could|may|might|would|should|can|must|is|are|remains?|means?|shows?|suggests?|appears?|appeared"
    r"|seems?|seemed|looks?|keeps?)\b(?!\s+(?:not\s+)?(?:set|expected|scheduled|due|likely|slated|poised"
    r"|planned|about|going|to\s+be\s+held|to\s+take\s+place)\b)",
    re.I,
)
# The words of `_STATE_AFTER` anywhere after a date, asked first (one cheap search).
_STATE_WORD = led(r"[aciklmrsw]",
    r"\b(?:could|may|might|would|should|can|must|is|are|remains?|means?|shows?|suggests?"
    r"|appears?|appeared|seems?|seemed|looks?|keeps?)\b", re.I)
# A telling before the subject of what it tells: "(The sources said) the jump in exports last week appeared".
_TOLD_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(words("after_speaker"))) + r")\s+(?:that\s+)?")
# The word that opens a front phrase of time, not a subject: "(In) the fourth week of February, exports".
_FRONT = frozenset({"in", "on", "at", "during", "by", "for", "after", "before", "since", "until", "from",
                    "over", "through", "throughout", "around", "about", "within"})
# Words of a baseline, a sequence or a relative clause in a subject: "its share (before) Friday's purchases",
# "the issues (that) hurt sales earlier this year": the date is another verb's or a comparison's.
_MEASURE = re.compile(r"\b(?:before|after|since|than|until|that|which|who)\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# The noun phrase a possessive date owns, up to a modal or "be" ("This week's initiative | is"); not up to a
# word that may be a noun ("the auto show"), which the phrase may end on.
_OWNED_SUBJECT = re.compile(r"(?:\s+[\w'’-]+){1,5}?(?=\s+(?:could|may|might|would|should|can|must|is|are"
                            r"|appeared|appears|seemed|seems)\b)")
# A passive after "is" or "are", which tells a happening: "the fair this week (is hosted) by".
_PASSIVE = re.compile(r"\s*(?:is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|held|run|won|seen|made|given|taken|shown"
                      r"|built|set|put|kept|paid|sold|told|led|met|hit|cut|shut|begun|done)\b")


def in_stated_subject(text: str, span: Span, own: Span, *, ahead: bool = False) -> bool:
    """Tell whether a date sits in the subject of a clause whose predicate tells a state, a judgment or a
    possibility (`_STATE_AFTER`), so that it names the subject's time and not when anything the title says
    happened: "Last week's high export levels appeared to show support", "the sources said the jump in
    exports last week appeared to be the result of ...", "the attack on Monday could deepen the crisis"; not
    "Yesterday's storm destroyed 20 homes" (a happening), "In May, prices are rising" (a front phrase), nor a
    date to come (`ahead`: "Friday's vote could decide the race")."""
    if ahead or _STATE_WORD.search(text, own[1], min(span[1], own[1] + 80)) is None:
        return False  # most dates: no word of a state after them
    start = max((told.end() for told in _TOLD_BEFORE.finditer(text, span[0], own[0])), default=span[0])
    subject = text[start : own[0]]
    if has_verb(subject) or _FOR_PERIOD.search(subject) or _MEASURE.search(subject):
        return False  # "The average turnover for October is 148 million shares": the figure's period; "Its
        # share before Friday's purchases is below": a baseline (side_dates.py); a relative clause's date
    first = _WORD.search(subject)
    if first is not None and first.group().lower() in _FRONT:
        return False  # "In the fourth week of February, ...": a front phrase
    after = own[1]
    owned = _POSSESSIVE.match(text, after)
    if owned is not None:  # "Last week's high export levels (appeared)": the owned noun phrase first
        noun = _OWNED_SUBJECT.match(text, owned.end())
        if noun is None or has_verb(noun.group()):
            return False
        after = noun.end()
    elif first is None:
        return False  # a front date without a noun it owns: the clause's time ("Last week, levels rose")
    elif not subject.rstrip().rsplit(None, 1)[-1].islower():
        return False  # "Mira today is the face of our movement": after a name, the date is the clause's
    if _PASSIVE.match(text, after, span[1]):
        return False  # "The fair this week is hosted by ...": a happening
    return _STATE_AFTER.match(text, after, span[1]) is not None
