"""Tell a date that sits in a phrase of its own, which dates no clause of its sentence a title could tell.

A date inside a verbless phrase beside the clause belongs to that phrase's noun: "Australia pressed on with
the plan, with agreement yesterday to widen it" (the agreement was yesterday, not the pressing on), "...,
following severe storms just before Easter" (the storms). A date in a "despite" front is the concession's:
"Despite support being reached last year, it still has not been signed off". A "today" in the subject of a
present "is" states how things stand ("The main concern today is the wind"). A holiday after "a" and an
adjective is a kind of holiday ("families face a bleak Christmas"), and an early or late part of the day
before a noun a kind of thing ("Early evening crowds were trapped"). A date after "than" and what is
compared is the comparison's ("cleaner than the old engines 40 years ago"), and one that ends a "since"
clause after a superlative counts how long a record stands ("its biggest drop since it was started two
years ago"). A question asks, it states
nothing ("How many seats will be left in 2031?"). `in_own_phrase` asks all of these but the side
phrase and the concession, which `untold_phrase` asks of a finished title: "The tribunal agreed to review
the case, with hearings expected in March" tells the hearings, and "Support for a pay deal was reached" the
concession's own clause, so both keep their dates.

A year that modifies a noun inside a long subject dates the subject's noun, not the verb after it ("The
coroner investigating a death at the 2001 Grand Prix has indicated ...": `in_subject`, asked of modifiers
only). A title that only says what something is tells no event, whatever its date ("China is the bloc's
second largest partner": `states_what`, asked of finished titles).

Each rule is a table row or a pattern with its example.
"""

from __future__ import annotations

import re

from timeline.models import TimeExpression
from timeline.references import NOT_NOUNS, is_event_noun, names_occurrence
from timeline.verbs import has_verb

# The participles a verbless "with" phrase may hold before its date, which put its noun there:
# "with further changes due before the end of the year", "with the vote set for Tuesday".
_WORD = re.compile(r"[A-Za-z][\w'’-]*")  # a word of a title or a phrase
_DUE_WORDS = {"due", "expected", "set", "scheduled", "planned", "slated", "pending", "likely"}
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do)\b",
    re.I,
)

# The words that open a phrase beside the clause whose noun a date after them dates, each with an example.
_SIDE_PHRASES = [
    r",\s+with\s+",  # "..., with agreement yesterday to boost the number of places"
    r",\s+following\s+",  # "..., following severe storms just before Christmas"
    r",\s+after\s+(?=(?:the|a|an|its|their|his|her)\s)",  # "The plant closed, after a fire in 2019"
]
_SIDE_PHRASE = re.compile("|".join(_SIDE_PHRASES), re.I)
_MAX_PHRASE_WORDS = 8  # "with further regulation changes due before (the end of the year)"

# A concession that opens its sentence, whose date is its own: "Despite support being reached last year, ...".
_CONCESSION = re.compile(r"[\"“‘']?(?:despite|in\s+spite\s+of|notwithstanding)\s", re.I)

# The dates that say a present state holds now, and the present "is" with a noun phrase after them:
# "The main concern today is the wind", "The areas of concern today are the southern suburbs".
_NOW = re.compile(r"(?i:today|now|currently|at\s+present|these\s+days|nowadays)")
_IS_A_STATE = re.compile(r"\s+(?:is|are)\s+(?:the|a|an|that|those|these|its|their|our)\b")

# "a" and at most one adjective before a holiday or a month, which then names a kind: "a bleak Christmas",
# "a cold January", "a happy New Year"; not "spent his Christmas in hospital", which was on the day.
_A_KIND = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?\Z", re.I)
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_WORD_AFTER = re.compile(r"[\s-]+(?P<word>[A-Za-z][\w'’-]*)")

# A preposition and a determiner before a year in a subject: "the death of a marshal at the (2001 race)".
_IN_PHRASE = re.compile(r"\b(?:at|in|of|from|for|on|during|over)\s+(?:the|a|an|its|his|her|their)\s+\Z", re.I)


def _side_opener(text: str, sentence: tuple[int, int], timex: TimeExpression) -> re.Match[str] | None:
    """Return the last "with", "following" or "after" that opens a side phrase before a date, or None."""
    lo = max(sentence[0], timex.start - 80)
    commas = text.find(",", lo, timex.start) >= 0  # every opener starts on a comma
    openers = list(_SIDE_PHRASE.finditer(text, lo, timex.start)) if commas else []
    return openers[-1] if openers else None


def in_side_phrase(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date sits in a verbless "with", "following" or "after" phrase after its clause:
    "Australia pressed on with the plan, with agreement yesterday to widen it"."""
    opener = _side_opener(text, sentence, timex)
    if opener is None or not has_verb(text[sentence[0] : opener.start()]):
        return False
    between = text[opener.end() : timex.start]
    if any(mark in between for mark in ",;:()\"“”") or len(between.split()) > _MAX_PHRASE_WORDS:
        return False
    if _AUXILIARY.search(between):
        return False  # "..., with the storm that was forecast for Sunday": a clause of its own
    words = [w for w in _WORD.findall(between) if w.lower() not in _DUE_WORDS]
    if has_verb(" ".join(words)):
        return False  # "..., with 20 people killed on Monday": the killing's date
    if any(w.endswith("ing") and len(w) > 5 for w in words):
        return False  # "..., with the first troops arriving Tuesday": attachment.py titles the arrival
    # "..., with early returns on Monday putting her ahead": the count shows the clause's news then
    after = _WORD_AFTER.match(text, timex.end)
    return after is None or not after["word"].endswith("ing")


def _tells_any(title: str, words: list[str]) -> bool:
    """Tell whether the title holds one of the phrase's words longer than three letters, in any case."""
    told = {w.lower() for w in _WORD.findall(title)}
    return any(w.lower() in told for w in words if len(w) > 3)


def untold_side_phrase(text: str, sentence: tuple[int, int], timex: TimeExpression, title: str) -> bool:
    """Tell whether a date sits in a side phrase (`in_side_phrase`) that the title leaves out: "Australia is
    pushing on with the plan" for "..., with agreement yesterday to widen it"; not "The tribunal agreed to
    review the case, with hearings expected in March", which tells the hearings. A "following" or "after"
    phrase tells the cause of the clause's event, which a title never dates by it."""
    if not in_side_phrase(text, sentence, timex):
        return False
    opener = _side_opener(text, sentence, timex)
    if opener is None or "with" not in opener.group().lower():
        return True  # "Roofs were torn off, following heavy storms just before Easter": the storms' date
    return not _tells_any(title, _WORD.findall(text, opener.end(), timex.start))


def in_concession(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date sits in a "despite" front before the first comma of its sentence."""
    if _CONCESSION.match(text, sentence[0]) is None:
        return False
    comma = text.find(",", sentence[0], sentence[1])
    return comma >= timex.end


def untold_concession(text: str, sentence: tuple[int, int], timex: TimeExpression, title: str) -> bool:
    """Tell whether a date sits in a "despite" front that the title does not tell: "It still has not been
    signed off" for "Despite support being reached last year, ..."; not "The fare rise was announced"
    for "Despite the fare rise announced on Thursday, ...", which tells the front's own clause."""
    if not in_concession(text, sentence, timex):
        return False
    if _CONCESSION.match(title):
        return True  # "Despite being driven from office, members of the old junta are still active"
    return not _tells_any(title, _WORD.findall(text, sentence[0], timex.start)[1:])  # after "Despite"


def untold_phrase(text: str, sentence: tuple[int, int], timex: TimeExpression, title: str) -> bool:
    """Tell whether a date sits in a side phrase or a "despite" front that the finished title leaves out."""
    return untold_side_phrase(text, sentence, timex, title) or untold_concession(text, sentence, timex, title)


def states_now(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether "today" sits in the subject of a present "is" and a noun phrase: a state, not news."""
    if not _NOW.fullmatch(timex.text) or _IS_A_STATE.match(text, timex.end) is None:
        return False
    before = text[sentence[0] : timex.start]
    words = _WORD.findall(before)
    if not words or has_verb(before):
        return False  # "Today is the last day"; "He said today is the day"
    # "The vote today is": an occurrence; "Elian today is the symbol": a name, whose state is told
    return not names_occurrence(words[-1]) and not words[-1][0].isupper()


def names_a_kind(text: str, timex: TimeExpression) -> bool:
    """Tell whether a holiday or a month after "a" (and an adjective) names a kind: "a bleak Christmas"."""
    if not timex.text[:1].isupper() or any(c.isdigit() for c in timex.text) or _WEEKDAY.match(timex.text):
        return False  # "submitted a bid Wednesday", "a storm Tuesday night": the noun's day, a date
    if _A_KIND.search(text, max(0, timex.start - 20), timex.start) is None:
        return False
    after = _WORD_AFTER.match(text, timex.end)
    # "a Christmas party": the holiday modifies a noun, which references.is_modifier asks
    return after is None or after["word"].lower() in NOT_NOUNS


# The words before a year that make a subject long enough to hold a phrase of its own: "The coroner
# investigating the death of a marshal at the (2001 Grand Prix)"; not "The deal over the (2027 budget)
# followed", whose title keeps the year (tests/test_titles_round18.py).
_LONG_SUBJECT = 6
# Nouns of a happening that references.names_occurrence does not list, whose date a long subject tells.
_HAPPENINGS = {"incident", "incidents", "event", "events", "tragedy", "clash", "clashes", "ambush"}


def in_subject(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date that modifies a noun sits in a prepositional phrase of a long subject, before the
    subject's verb: "The coroner investigating the death at the 2001 Grand Prix has indicated ..."."""
    if _IN_PHRASE.search(text, max(sentence[0], timex.start - 20), timex.start) is None:
        return False
    after = _WORD_AFTER.match(text, timex.end)
    if after is not None and after["word"].lower() in _HAPPENINGS:
        return False  # "The nurse on shift during the January 13 incident told ...": the incident is told
    before = text[sentence[0] : timex.start]
    long_subject = len(before.split()) >= _LONG_SUBJECT and not has_verb(before)
    return long_subject and has_verb(text[timex.end : sentence[1]])


# "than" and the words of what a comparison measures against, before its date: "deeper than traditional
# cigarettes 40 years ago"; not "no later than Friday", nor a quantity ("for more than three hours Monday").
_THAN = re.compile(r"(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan\s+(?P<between>(?:[\w'’-]+\s+){1,6})\Z", re.I)


def compared_with(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date is what a comparison measures against: "more dangerous than cigarettes 40 years
    ago"."""
    lo = max(sentence[0], timex.start - 60)
    # every match holds "than", in any case (letters that fold from no other script)
    found = _THAN.search(text, lo, timex.start) if "than" in text[lo : timex.start].lower() else None
    if found is None or has_verb(found["between"]) or any(c.isdigit() for c in found["between"]):
        return False  # "climb by more than 40 percent by 2040": a figure compared, the date the clause's
    words = found["between"].lower().split()
    # the date right after what is compared, a noun: not "worse than break even in (the third quarter)"
    return words[0] not in _NORMS and words[-1] not in NOT_NOUNS and not words[-1].endswith("ly")


# What a comparison with a norm is measured against, which leaves the date to the clause: "warmer than
# normal (from) December".
_NORMS = {"normal", "usual", "expected", "average", "anticipated", "planned", "forecast", "ever", "before"}


# A superlative, then "since" and a short clause that ends on the date: how long a record stands, counted
# from when the clause happened: "its biggest drop since it was started almost two years ago", "the worst
# flood since records began in 1870"; references.is_record_mark reads "since" right before the date.
_RECORD_SINCE = re.compile(
    r"\b(?:biggest|largest|highest|lowest|worst|best|most|least|first|fastest|slowest|strongest|weakest"
    r"|longest|shortest|deadliest|sharpest|steepest|smallest|greatest|heaviest|hottest|coldest|warmest"
    r"|wettest|driest)\b(?:\s+[\w'’-]+){0,4}?\s+since\s+(?P<clause>(?:[\w'’-]+\s+){2,5})\Z",
    re.I,
)


def counts_a_record(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date ends a "since" clause with a pronoun subject after a superlative: "its biggest drop
    since it was started almost two years ago" (the drop is now; the date only says how long the record
    stands)."""
    window = max(sentence[0], timex.start - 90)
    if not _may_say_since(text[window : timex.start]):
        return False  # most dates: no "since" before them, and the search tries every position
    found = _RECORD_SINCE.search(text, window, timex.start)
    if found is None or not has_verb(found["clause"]):
        return False
    # "since the market opened in 1990": attachment.py titles the opening; a pronoun it cannot
    return found["clause"].split()[0].lower() in _PRONOUNS


_PRONOUNS = {"it", "they", "we", "you"}  # "since he took office": pronouns.py finds who


def _may_say_since(before: str) -> bool:
    """Tell whether `before` may hold the "since" every _RECORD_SINCE match holds: False only where it cannot
    (re.I reads "ſ" as "s": text that is not ASCII is left to the pattern; tests/test_events_shortcuts.py)."""
    return not before.isascii() or "since" in before.lower()


# A question's first word: "How many seats will be left in 2031?", "Will 2032 be the year of ...?".
_QUESTION = re.compile(
    r"[\s\"“‘'`]*(?:how|what|when|where|why|who|which|will|would|is|are|was|were|do|does|did|can|could"
    r"|should|has|have)\b",
    re.I,
)
_QUESTION_STARTS = ":\"“`"
_STOP = re.compile(r"[.!?]")  # the stop after a date: "... in 1995?"


def in_question(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date sits in a question, which asks and states nothing: "How many seats will be
    left in 2031?" she asked; not "said today it will revisit the matter is the cause known?"."""
    stop = _STOP.search(text, timex.end, sentence[1])
    if stop is None or stop.group() != "?":
        return False
    start = max([sentence[0]] + [text.rfind(c, sentence[0], timex.start) + 1 for c in _QUESTION_STARTS])
    return _QUESTION.match(text, start, timex.start) is not None


def in_own_phrase(text: str, sentence: tuple[int, int], timex: TimeExpression) -> bool:
    """Tell whether a date belongs to a phrase of its own, which no title of its sentence could tell."""
    return (states_now(text, sentence, timex) or names_a_kind(text, timex)
            or compared_with(text, sentence, timex) or in_question(text, sentence, timex)
            or counts_a_record(text, sentence, timex))


# A title that only says what something is: a subject with no verb, a present "is" or "are", and a noun
# phrase or a comparison after it, with no verb of its own: "China is the bloc's second largest partner",
# "The major areas of concern are the southern suburbs", "The fair is part of the festival"; not
# "Kibaki is in Beijing" (a visit), "The museum is now due to open", "It is the first time the ship has
# been shown" (a verb after it tells what happened), nor "Which is among the largest banks" (a relative
# clause, titled for want of its sentence's verb).
_WHAT_IT_IS = re.compile(
    r"(?!(?:Which|Who|That)\s)(?P<subject>[^,;:\"“”]{3,80}?)\s+(?:is|are)\s+(?:still\s+|now\s+|also\s+)?"
    r"(?P<predicate>(?:the|a|an|one\s+of|part\s+of|among|typical\s+of|no)\s.*)"
)


# A second predicate after the "is": "(Vela is the maker of the Zephyr scooter) and launched (the app)".
_AND_VERB = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def states_what(title: str, before_date: str = "") -> bool:
    """Tell whether a title only says what something is: "China is the bloc's second largest partner".

    `before_date` is the clause up to the event's date: a second predicate after its "is" dates that verb,
    which a cut title left out ("Vela is the maker of the Zephyr scooter and launched the app on May 3,
    2029"); a relative clause or a telling does not ("There is a rising number of students who are asking
    for grants, the agency reported on Saturday").
    """
    found = _WHAT_IT_IS.fullmatch(title)
    if found is None or has_verb(found["subject"]) or has_verb(found["predicate"]):
        return False
    copula = re.search(r"\s(?:is|are)\s", before_date)
    rest = before_date[copula.end() :] if copula is not None else ""
    if any(has_verb(verb) for verb in _AND_VERB.findall(rest)):
        return False
    # "The next game is a night game at Riverside Park", "Her next goal is the championships in March":
    # what is held on the date, told as what it is
    return not any(is_event_noun(word) or word.lower() in _HELD for word in re.findall(r"[A-Za-z-]+", title))


# Nouns of what is held on a date, besides the occurrences of references.is_event_noun.
_HELD = {"match", "matches", "session", "sessions", "championships", "game", "day", "deadline", "hearing",
         "hearings", "fixture", "tournament", "festival", "concert", "round"}
