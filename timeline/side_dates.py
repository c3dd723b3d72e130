"""Tell the dates of a sentence that date nothing beside its event: a corrected date, a year used as a label.

"The gates closed on July 10 — that is July 10, not July 11": the second July 10 restates the first and
July 11 is what a correction says was wrong. "Creek crested at 14.2 ft on June 10 (2024 flood: 16.8 ft)":
2024 only names the flood the crest is compared with. Both need another date in the sentence, the one its
event happens on; alone, "The vote was held on July 10, not July 11" still has July 10. A date a record or
a figure is measured against ("its highest close since 9,912 was reached on June 3", "down 0.2 from
Friday's close", "fewer calls than in the storm two weeks ago"), or that a count in a perfect tense runs
from ("police have arrested 100 militants since Sunday"), dates nothing even alone (`measured_against`, which
dating.find asks); so does a possessive date on a noun a preposition governs ("fined for yesterday's
outburst": `owned_by_object`), and a date a cleft denies ("It's not Friday that worries us": `denied`).
"""

from __future__ import annotations

import re

from timeline.change_bases import counted_from
from timeline.models import TimeExpression
from timeline.temporal.intervals import interval
from timeline.verbs import has_verb

# What sits before a date that corrects or restates an earlier one, looked for at the end of the text
# before it (each row: an example).
_CORRECTING = [
    r",?\s*not\s+(?:on\s+|in\s+|at\s+)?",  # "on July 10, not (July 11)"
    r"\brather\s+than\s+(?:on\s+|in\s+)?",  # "on July 10 rather than (July 11)"
    r"\binstead\s+of\s+(?:on\s+|in\s+)?",  # "on July 10 instead of (July 11)"
    r"\b(?:that\s+is|i\.\s?e\.|namely|meaning)\s*,?\s*(?:on\s+|in\s+)?",  # "— that is (July 10)"
]
_CORRECTION = re.compile(rf"(?:{'|'.join(_CORRECTING)})\Z", re.I)
# A word each of _CORRECTING holds.
_CORRECTING_WORDS = ("not", "than", "instead", "that", "i.", "namely", "meaning")
# A period the clause happens in, whose dates the parenthesis after it gives: "during the plan (2026-2030)".
_GLOSSES_PERIOD = re.compile(
    r"\b(?:during|over|throughout|within|in)\s+(?:the|its|their|this|a|an)\s+[^,;()]*\s\Z", re.I
)
# A short stretch of text before a date holds all the patterns above need.
_LOOK_BACK = 24


def corrects(text: str, timex: TimeExpression, earlier: list[TimeExpression]) -> bool:
    """Tell whether a date corrects or restates a date before it in its sentence: "..., not July 11"."""
    before = text[max(0, timex.start - _LOOK_BACK) : timex.start].lower()
    if not any(word in before for word in _CORRECTING_WORDS):  # most dates: no pattern to try
        return False
    if not any(e.end <= timex.start for e in earlier):
        return False
    return _CORRECTION.search(text, max(0, timex.start - _LOOK_BACK), timex.start) is not None


def correction_start(text: str, sentence: tuple[int, int], timexes: list[TimeExpression]) -> int | None:
    """Return where the first correction of a sentence begins ("— that is July 10, not July 11"), so that
    the clause of the date it corrects ends there, or None when nothing in it corrects a date."""
    starts = []
    for timex in timexes:
        if corrects(text, timex, [t for t in timexes if t is not timex]):
            marker = _CORRECTION.search(text, max(0, timex.start - _LOOK_BACK), timex.start)
            starts.append(marker.start())
    if not starts:
        return None
    cut = min(starts)
    while cut > sentence[0] and text[cut - 1] in " ,;—–-":
        cut -= 1
    return cut


def explains_correction(text: str, timex: TimeExpression, corrected: list[TimeExpression]) -> bool:
    """Tell whether a date sits in a parenthesis right after a corrected date: "not July 11 (the story ran
    on the 11th)" explains the correction, it is no news."""
    opening = text.rfind("(", 0, timex.start)
    if opening < 0 or text.find(")", opening, timex.start) >= 0:
        return False
    return any(re.fullmatch(r"[\s,.;]*", text[c.end : opening]) for c in corrected if c.end <= opening)


def labels_parenthesis(text: str, sentence: tuple[int, int], timex: TimeExpression,
                       others: list[TimeExpression]) -> bool:
    """Tell whether a date sits in a verbless parenthesis beside a date outside it: "(2024 flood: 16.8
    ft)"."""
    if timex.type == "TIME":
        return False  # "on Saturday (0424 GMT)": the hour of the event, in another zone
    start, end = sentence
    opening = text.rfind("(", start, timex.start)
    if opening < 0 or text.find(")", opening, timex.start) >= 0:
        return False
    closing = text.find(")", timex.end, end)
    if closing < 0:
        return False
    if _GLOSSES_PERIOD.search(text, max(start, opening - 80), opening):
        return False  # "during the five-year plan period (2026-2030)": the dates of the clause's own period
    inside = text[opening + 1 : timex.start] + " " + text[timex.end : closing]
    outside = any(not opening < o.start < closing for o in others)
    return outside and not has_verb(inside)


# The figure a change is measured from, before its date: "rose to 49.70 (Tuesday) from 49.36 on Monday",
# "sold 312,450 bikes, compared with 190,220 in 2019", "a fall of 3 percent against a rise of 2.7 percent in
# the prior month"; the stretch holds a number.
# The figure may carry its conversion in brackets: "from 4.2 billion krona (0.4 billion dollars) two years
# earlier".
_BASELINE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+"
    r"(?P<figure>(?:a\s+|an\s+)?(?:[\w.,$%-]+\s+|\([^()]{1,40}\)\s*){0,5}?)"
    r"(?:(?:in|on|at|during|for)\s+)?(?:(?:late|early)\s+)?\Z",
    re.I,
)
# A change of a figure counted from a period, or a figure said to be as it was then: "will rise by 0.4 percent
# from (the second quarter)", "unchanged from its earlier forecast (a month ago)".
_CHANGE_FROM = re.compile(
    r"(?:\d\s*(?:%|percent|per\s+cent|points?)|\bunchanged)\s+from\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3})?"
    r"(?:(?:in|on|at)\s+)?\Z",
    re.I,
)


# A figure named by its noun after "than": "higher than the level this year", "above the level of 2019".
_THAN_FIGURE = re.compile(
    r"\bthan\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:figure|level|rate|total|number|amount|average)s?\s+"
    r"(?:(?:of|in|for|during)\s+)?\Z"
)


def baseline(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date dates the figure a change is measured from: "from 49.36 on Monday"."""
    before = text[max(0, timex.start - 60) : timex.start]
    if "than" in before and _THAN_FIGURE.search(before):
        return True  # "8 points higher than the level (this year)"
    if "from" in before and _CHANGE_FROM.search(before):
        return True  # "rise by 0.4 percent from (the second quarter)", "unchanged from its forecast (a month
        # ago)"
    if not any(c.isdigit() for c in before):  # most dates: no figure before them
        return False
    found = _BASELINE.search(before)
    if found is None or re.search(r"\b(?:to|until|till|through)\b", found["figure"], re.I):
        return False  # "from six to 14 by 2040", "from 2000 to 2004": a range, the date its end
    # a figure, not a year: "from 51.2 in October", not "from independence in 1962 (until 1990)"
    return re.search(r"\d", re.sub(r"\b(?:1[89]|20)\d\d\b", "", found["figure"])) is not None


def beside(
    text: str, sentence: tuple[int, int], timex: TimeExpression, timexes: list[TimeExpression]
) -> bool:
    """Tell whether a date of a sentence (whose dates are `timexes`) stands beside its event: it corrects an
    earlier date or explains the correction, or it labels a parenthesis ("on July 10, not July 11"; "on June
    10 (2024 flood: 16.8 ft)")."""
    others = [t for t in timexes if t is not timex]
    if not others:
        return False
    if corrects(text, timex, others) or labels_parenthesis(text, sentence, timex, others):
        return True
    if baseline(text, timex) and any(not baseline(text, o) for o in others):
        return True
    if counted_from(text, timex, others):  # "rose 14 percent in August over (July)"
        return True
    corrected = [t for t in others if corrects(text, t, [o for o in timexes if o is not t])]
    return bool(corrected) and explains_correction(text, timex, corrected)


# Words that make a record or a count of times, whose "since" then says how long it stands.
_RECORD = (
    r"biggest|largest|highest|lowest|worst|best|most|least|first|fastest|slowest|strongest|weakest|longest"
    r"|shortest|deadliest|sharpest|steepest|smallest|greatest|heaviest|second|third|fourth|fifth"
)
# A date measured against, each row with an example: what "since" a record's clause about a figure holds
# ("its highest close since 9,412.35 was set (on May 7)"; not "its highest level since the peg was
# removed in 2005", which happened then), a record's "since" with no "of" ("the lowest price for a
# front-month contract since (March 9)"), a count's "since" after a phrase with "of" ("the second visit of a
# president to France since (2003)"; not "the biggest breeder of insects since 1992"), a possessive date
# after a figure's "from" ("down 0.3 pesos from (Monday)'s close", "to 4,218.6, from (Wednesday)'s high").
_MEASURED = [
    re.compile(rf"\b(?:{_RECORD})\s+(?:[\w'’-]+\s+){{0,3}}since\s+[$£€]?\d[\d.,\s]*(?:[a-z]+\s+)?"
               r"(?:was|were|had\s+been)\s+[a-z]+(?:ed|en|t)\s+(?:on|in|at)\s+\Z", re.I),
    re.compile(rf"\b(?:{_RECORD.split('|second')[0]})(?:\s+(?!of\b)[\w'’-]+){{1,8}}?\s+since\s+\Z", re.I),
    re.compile(r"\b(?:second|third|fourth|fifth)\s+(?!of\b)[\w'’-]+(?:\s+[\w'’-]+){0,8}?\s+since\s+\Z", re.I),
    re.compile(r"\d,?\s*(?:[a-z%]+\s+){0,2}from\s+\Z", re.I),
]
# A count that runs from the date to now, in a perfect tense: "the bill has reached $1.5 million since
# November 20", "police have arrested 100 militants since Sunday"; not a plain state, which began then ("Smith
# has led the union since 2020"), "since the strike began in March" (the date is the strike's), nor "since
# 1990, when the plant closed". A denial keeps its date: "he has not played a match since October" last
# played then, as TimeML and SemEval gold date it.
_THEN = re.compile(r"\s*,?\s*(?:when|where)\s")  # "divided since 1974 when troops invaded": the invasion's
# The perfect auxiliary nearest to "since", with no other "since" between them: "has been fighting X since
# 2004 and (has been on leave since)".
_PERFECT_SINCE = re.compile(
    r"\b(?:has|have|had)(?:n['’]t)?\s(?:(?!\b(?:has|have|had|since)\b)(?:[^,;:.()\"“”]|[.,](?=\d))){0,100}"
    r"\bsince\s+\Z",
    re.I,
)
# What makes a perfect "since" a count, in its clause: a figure ("$1.5 million", "100", "hundreds of").
_COUNT = re.compile(r"\d|\b(?:hundreds|thousands|dozens|millions)\b", re.I)
# Where the clause of the auxiliary starts: a comma, a semicolon, a stop, or a conjunction before a second
# predicate ("has been recovering from surgery since 2019 | and has been on leave since March").
_CLAUSE_MARK = re.compile(r"[;\n]|[,.](?!\d)|\s(?:and|but)\s", re.I)


# A change in a perfect tense measured from a date after "since", the baseline: "his condition had picked up
# slightly since (yesterday)", "prices have risen sharply since (Monday)"; not "has led the union since 2020".
_CHANGED_SINCE = re.compile(
    r"\b(?:has|have|had)(?:n['’]t)?\s+(?:\w+ly\s+)?(?:picked\s+up|improved|worsened|deteriorated|eased|risen"
    r"|fallen|dropped|climbed|slipped|grown|declined|recovered|firmed|weakened|strengthened)"
    r"(?:\s+(?:slightly|sharply|steadily|markedly|significantly|further|a\s+little|somewhat))?\s+since\s+\Z",
    re.I,
)


def _counts_since(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date after "since" ends a count in a perfect tense, back to its clause's start."""
    perfect = _PERFECT_SINCE.search(text, max(0, timex.start - 120), timex.start)
    if perfect is None or _THEN.match(text, timex.end):
        return False
    reach = max(0, perfect.start() - 60)
    marks = list(_CLAUSE_MARK.finditer(text, reach, perfect.start()))
    start = marks[-1].end() if marks else reach
    return _COUNT.search(text, start, timex.start) is not None


# What happened then, told after a record's date: "the highest since March 4, 2009(, when the euro hit)".
_WHEN_AFTER = re.compile(r",\s+when\s")
_OWNS = re.compile(r"['’]s\s")
# Words of a clause, which a record's phrase before "since" holds none of: "the first time he has won since".
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does)\b", re.I)
# A superlative's scope after a copula, the current period: "was the worst rail crash in the country
# (this year)"; not "posted its biggest profit this year", which may say when it was posted.
_SCOPE = re.compile(
    r"\b(?:is|was|were|are|be|been|as)\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+)?(?:biggest|largest|highest|lowest|worst|deadliest|strongest"
    r"|weakest|heaviest|greatest|smallest|sharpest|steepest)\s+(?!of\b)(?:[\w'’-]+\s+){0,5}\Z", re.I,
)
_CURRENT = re.compile(r"(?:so\s+far\s+)?this\s+(?:year|month|week|season|decade|century)", re.I)


# "than" right before a date, or a phrase of time or place with no verb between them, the other side of a
# comparison: "higher than a year earlier", "fewer calls than in the storm two weeks ago", "eight fewer than
# for the same time last year"; not "less than two weeks ago", where the date is the time ("more than a year
# ago", "no later than Friday"), nor "than the 300 people who died last year" (the verb is the date's).
_THAN = re.compile(r"\bthan\s+(?P<gap>(?:[^\s,;:.()]+\s+){0,6})\Z", re.I)
# A quantity in the words after "than": "more than 40 percent (by 2040)", "no more than 300 cases (by 2010)".
_QUANTITY = re.compile(r"\d|[\"“”]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?"
                       r"|thousands?|millions?|billions?|percent|half|twice|double)\b", re.I)
# A phrase of time or place after "than", whose date is the comparison's: "than (in) the storm two weeks ago".
_THAN_PHRASE = re.compile(r"(?:in|at|on|for|during|over|from|under|with|since)\s", re.I)
_THAN_TIME = re.compile(r"\b(?:more|less|fewer|later|earlier|sooner|rather|longer)\s+than\s+\Z", re.I)


def _than_before(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date is the other side of a "than", with no verb between them."""
    found = _THAN.search(text, max(0, timex.start - 60), timex.start)
    if found is None or _THAN_TIME.search(text, max(0, timex.start - 30), timex.start):
        return False
    gap = found["gap"]
    if not gap.strip():
        return True  # "higher than a year earlier"
    if _QUANTITY.search(gap) or not _THAN_PHRASE.match(gap):
        return False  # "more than 40 percent by 2040", "fare little worse than break even in the quarter"
    return not has_verb(gap)


def measured_against(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date only says what a record or a figure is measured against, so that it dates no
    event of its clause: "its highest close since the index stood at 15,168 on Dec. 13, 2000", "the second
    visit of a president since 2003", "down 0.2 won from Monday's close", "the largest accident this year",
    "fewer calls than in the storm two weeks ago", "has arrested 100 militants since Sunday" (not "has led
    the union since 2020", a state that began then, nor "has not played since October", last then).
    """
    before = text[max(0, timex.start - 100) : timex.start]
    if "since" in before[-12:] and (_counts_since(text, timex) or _CHANGED_SINCE.search(before[-80:])):
        return True
    if "since" in before and not _WHEN_AFTER.match(text, timex.end):
        for pattern in _MEASURED[:3]:
            found = pattern.search(before)
            phrase = found.group() if found is not None else ""
            if found is not None and not _FINITE.search(phrase, 0, phrase.lower().rfind("since")):
                return True  # no clause before "since": "the first time he has won since (2004)" is one
    if "from" in before[-40:] and _MEASURED[3].search(before[-40:]) and _OWNS.match(text, timex.end):
        return True
    if _CURRENT.fullmatch(timex.text) and (found := _SCOPE.search(before[-60:])) is not None:
        rest = found.group().split(None, 1)[1]  # after the copula
        return _FINITE.search(rest) is None
    return "than" in before[-60:] and _than_before(text, timex)


# A possessive date on a noun, then up to four words to the next stop: "(yesterday)'s on-field outburst
# during", "(this year)'s race, including"; what the noun phrase does, if anything, is among them ("today's
# action is").
_POSSESSED = re.compile(r"['’]s\s+(?P<np>(?:[^\s,;:.()\"“”]+\s+){0,3}[^\s,;:.()\"“”]+)")
# A preposition that makes the possessed noun its object, each with an example: "fined (for) yesterday's
# outburst", "resigned (after) last year's coup" (a day's "after" is soon after: kept), "go (into) Friday's
# first Test"; not "in", "on", "at", "during" (or "throughout"), which set the clause in that time: "in
# yesterday's trading, shares fell"; nor a verb: "Correa has won Sunday's run-off" won it then.
_OBJECT_PREPOSITIONS = {
    "for", "of", "to", "into", "after", "before", "from", "with", "by", "about", "following",
    "against", "despite", "amid", "toward", "towards", "under", "than", "like", "unlike", "ahead",
}
# The day or the period of the news, which a possessive shares with its clause: "today's", "this week's".
_THIS_DAY = re.compile(r"(?i:today|tonight|this\s+(?:morning|afternoon|evening|week|month|year|season))")
_WORD_BEFORE = re.compile(r"(?P<lead>[\w%-]+\s+)?(?P<word>[A-Za-z]+)\s+\Z")
# A day's paper: "(Friday)'s edition", "(Sunday)'s issue".
_EDITION = re.compile(r"(?:[\w-]+\s+)?(?:edition|issue)s?\b", re.I)
# A part or a count before "of": "three (of)", "40 percent (of)", "most (of)".
_PART_OF = re.compile(r"(?:\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|percent|half|third"
                      r"|quarter|most|some|all|many|each|none|any|part|share)\b)", re.I)


def owned_by_object(text: str, timex: TimeExpression) -> bool:
    """Tell whether a possessive date names the time of a noun that a preposition governs, not when its
    clause happened, so that it dates nothing (dating.find asks): "Lee was fined for yesterday's outburst"
    (fined today); not "Yesterday's storm destroyed 20 homes" (the subject), "in yesterday's trading" (the
    clause's time), "won three of Saturday's stages" (a part of them), nor "said Friday's attack killed 20"
    (the noun phrase has a verb of its own)."""
    if _THIS_DAY.fullmatch(timex.text):
        return False  # "welcomed today's verdicts": the noun's day is the clause's, the day of the news
    owned = _POSSESSED.match(text, timex.end)
    before = _WORD_BEFORE.search(text, max(0, timex.start - 30), timex.start)
    if owned is None or before is None or has_verb(owned["np"]):
        return False
    word = before["word"].lower()
    if _EDITION.match(owned["np"]) or owned["np"][:1].isupper() or word == "of" and (
        before["lead"] or ""
    ).strip().lower() == "as":  # "in Friday's edition", "by Tuesday's The Times": the paper of that day;
        return False  # "as of Friday's close": the state then
    if word in ("after", "following") and _within_week(timex):
        return False  # "resign after Sunday's defeat", "reopened after last week's flood": soon after them
    if word == "of" and _PART_OF.search(before.group("lead") or ""):
        return False  # "won three of Saturday's six stages": a part of that day's happenings
    return word in _OBJECT_PREPOSITIONS


def _within_week(timex: TimeExpression) -> bool:
    """Tell whether a date spans a week at most ("Sunday", "last night", "last week", "the weekend"), so that
    what happens after it happens soon after; not "last month", "last year"."""
    bounds = interval(timex.value, timex.mod)
    return bounds is not None and (bounds[1] - bounds[0]).days < 7


# A cleft that denies its date, each with an example: "it's not (Friday) the crew fears", "It was not
# (Monday) that the vote failed"; not "It was not until (1998) that the bridge opened", whose date is the
# opening's (subordinate.cleft).
_DENYING_CLEFT = re.compile(
    r"\b[Ii]t(?:['’]s|\s+is|\s+was|\s+will\s+be)\s+not\s+(?:(?:on|in|at|during)\s+)?\Z"
    r"|\b[Ii]t\s+(?:isn['’]t|wasn['’]t|won['’]t\s+be)\s+(?:(?:on|in|at|during)\s+)?\Z"
)
# What follows the denied date: the cleft's clause, on "that" or its subject ("the crew fears").
_CLEFT_CLAUSE = re.compile(r"\s+(?:that|which|when|we|they|he|she|I|you|the)\b")


def denied(text: str, timex: TimeExpression) -> bool:
    """Tell whether a cleft denies the date, which then dates nothing: "It's not tonight we fear"."""
    if "t" not in text[max(0, timex.start - 20) : timex.start]:
        return False  # every match holds "It" or "it"
    return (_DENYING_CLEFT.search(text, max(0, timex.start - 20), timex.start) is not None
            and _CLEFT_CLAUSE.match(text, timex.end) is not None)
