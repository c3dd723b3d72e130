"""Tell a date that dates an event from one that only refers to a time, each rule with examples.

"the 2017 budget" (a noun's modifier), "today's world" (nowadays), "This Week" (a programme's name), "the day"
after "early December" (no day to refer back to), "their biggest drop since 2020" (how long a record
stands), "a loss of $3 million for the quarter" (a figure's period), and a line of page metadata
("Published March 3, 2026") name a time but date nothing that happened then. A figure's baseline ("up 9%
from a year earlier") and a number that is part of a figure are figure_dates.py's.
"""

from __future__ import annotations

import re

from timeline import figure_dates, noun_periods
from timeline.models import TimeExpression
from timeline.spans import may_end_on
from timeline.temporal.intervals import interval
from timeline.verbs import has_verb

# Determiners and possessives in front of a date that modifies a noun: "the 2017 budget", "its 1997 profit".
_MODIFIER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|last|next|(?<!\bas\s)of)|'s|’s)\s+\Z", re.I
)
_NOUN_AFTER = re.compile(r"(?:-|\s+)(?P<noun>[a-z][a-z-]*)")
# A future report of a period's figures, whose date is the report's: "will report (fourth-quarter) results";
# not "third-quarter profit rose", where the quarter is when the figure moved.
_TO_REPORT = re.compile(r"\b(?:will|to|would)\s+(?:report|post|release|announce|publish|present)\s+\Z")
# A period joined by a hyphen, an adjective before a noun: "fourth-quarter", "first-half", "year-end".
_PERIOD_ADJECTIVE = re.compile(
    r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)|(?:year|month|quarter)-end|full-year)",
    re.I,
)
# The edge or middle of a period made an adjective, which tells what kind of thing the noun after it is, not
# when the clause's verb happened: "(Shares rose Friday in) the year-end rally", "a midweek session". Not
# "overnight": "prices fell in overnight trading" fell overnight.
_EDGE_ADJECTIVE = re.compile(r"(?:year|month|quarter|week)-end|mid-?week", re.I)
# A possessive day word before a noun: "today's world", "tomorrow's leaders".
_GENERIC_AFTER = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?P<noun>[a-z][a-z-]*)")
# Date words that take a capital only inside a name: "This Week" (a programme), "VOA Today", "Good Morning".
_NAME_WORDS = {
    "today", "tonight", "tomorrow", "yesterday", "this", "next", "last", "week", "month", "year", "morning",
    "evening", "night", "weekend", "now",
}  # not "day": "Thanksgiving Day", "Election Day" are dates
# A superlative, then "since" before a date, which then says how long a record stands, not when anything
# happened: "their biggest one-day drop since 2020", "the first time since 1998", "a level not seen since".
_RECORD_BEFORE = re.compile(
    r"\b(?:biggest|largest|highest|lowest|worst|best|most|least|first|fastest|slowest|strongest|weakest"
    r"|longest|shortest|deadliest|sharpest|steepest|smallest|greatest|heaviest|hottest|coldest|warmest"
    r"|wettest|driest|seen|unseen"
    # a count of times: "cut rates for the fifth time since August 2024", "the 10th time since 1990"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)(?=\s+(?:time|straight))"
    r")\b(?:\s+(?!of\b)[\w'’-]+){0,4}?\s+since\s+\Z",  # not "biggest X of Y since"
    re.I,
)
# Nouns that name an occurrence: a date modifying one dates an event ("the 1996 election").
_EVENT_NOUNS = {
    "election", "elections", "vote", "referendum", "summit", "meeting", "talks", "war", "attack", "attacks",
    "crash", "bombing", "bombings", "coup", "invasion", "strike", "visit", "trip", "conference", "games",
    "olympics", "championship", "final", "launch", "merger", "acquisition", "deal", "agreement", "accord",
    "treaty", "ceremony", "trial", "raid", "earthquake", "flood", "floods", "storm", "hurricane", "fire",
    "explosion", "massacre", "uprising", "revolution", "crisis", "riot", "riots", "shooting", "speech",
    "announcement", "decision", "ruling", "verdict", "sale", "offering", "ipo", "takeover", "collapse",
    "loss", "losses", "slump", "protest", "protests", "explosions", "cease-fire", "ceasefire", "results",
    "earnings", "surge", "drop", "rally", "recession", "accident", "disaster", "campaign", "race",
    "revolt", "revolts", "rebellion", "handover", "armistice", "crackdown", "truce", "tsunami", "quake",
    "genocide", "murder", "murders", "rape", "scandal", "hit", "debut", "premiere", "release", "win",
    "victory", "defeat", "operation",
}
# A date made an adjective by a hyphen, which before a figure compares it: "the year-earlier $3.2 million".
_COMPOUND = re.compile(r"(?:(?:the|a|an|its|their)\s+)?[A-Za-z]+(?:-[A-Za-z]+)+", re.I)
_FIGURE_AFTER = re.compile(r"\s+(?:[$£€#]\s?)?\d")  # "the year-earlier $3.2 million", "year-ago 12 cents"
# A figure, then "for" before a date: the date is the period the figure covers ("a loss of $3 million for
# the quarter", "earnings of 40 cents a share for 2024").
_FIGURE_PERIOD = re.compile(
    r"(?:(?:\d|million|billion|percent|%|cents?|shares?|a\s+share)\s+for\s+(?:the\s+)?"
    # the period of a report: "financial results for its fiscal 2025 fourth quarter", "sales for the year"
    r"|\b(?:results|earnings|figures|accounts|statements)\s+for\s+(?:the|its|their)\s+"
    r"(?:fiscal\s+(?:year\s+)?(?:\d{4}\s+)?)?"
    # the last day of a reporting period: "the fourth quarter ended September 27, 2025"
    r")\Z",
    re.I,
)
# The words a _FIGURE_PERIOD match ends on, before its white space: "for", "the", a year's last digit.
_FIGURE_PERIOD_ENDS = ("for", "the", "its", "their", "fiscal", "year", *"0123456789")
# A run of capitalized words after a year, a name the year modifies: "his 1987 Chevrolet Cavalier", "the 2008
# Beijing Olympics"; the head is the lowercase noun after the run, if any, else the run's last word.
_NAME_AFTER = re.compile(r"(?P<name>(?:\s+[A-Z][\w'’-]*)+)(?:\s+(?P<noun>[a-z][a-z-]*))?")
# Endings of nouns made from verbs, which name an occurrence: killing, accession, assassination, payment.
_EVENT_ENDINGS = ("ing", "tion", "sion", "ment")
# Words right after a date that are not a noun it modifies: "in 2017 and", "May to June", "2019 was".
NOT_NOUNS = {
    "and", "or", "but", "to", "the", "a", "an", "in", "on", "at", "of", "for", "by", "with", "from", "after",
    "before", "when", "as", "than", "that", "which", "who", "was", "were", "is", "are", "will", "has", "had",
    "have", "said", "says", "until", "since", "through", "during", "into", "about", "ago", "later", "earlier",
}


# Lines of page metadata, whose dates are the page's, not events', each with an example.
_METADATA = re.compile(
    r"[\W_]*(?:"
    # Published March 3, 2026 / Updated: 4 March / Posted on 12 May (not "Posted guards stood")
    r"(?:first\s+|last\s+)?(?:published|updated|modified|posted|filed)\s*(?::|on\b|at\b|(?=(?-i:[A-Z0-9])))"
    # By JOHN SMITH | March 3, 2026 / By Maria Lopez, Staff Writer (not "By Monday, the river fell")
    r"|by\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*(?:[,|/•·—–-]|\Z)"
    r"|(?:photo(?:graph)?|image|picture|video|credit|source|copyright)s?\s*[:©]"  # Photo: Jane Doe / Reuters
    r"|©"
    r"|(?:read\s+more|related|see\s+also|more\s+on\s+this(?:\s+story)?|recommended)\s*:"  # Read more: ...
    # Following are the major stories scheduled for Monday: an agency's advisory, not news
    r"|(?:following|here)\s+(?:are|is)\s+(?:some\s+of\s+)?the\s+(?:main|major|top|key|latest)\s+(?:[\w-]+\s+){0,2}"
    r"(?:stories|news|headlines|items|events)\b"
    r"|\((?:reporting|writing|editing|additional\s+reporting)\s+by\b"  # (Reporting by Ana Silva)
    r")",
    re.I,
)


def names_occurrence(noun: str) -> bool:
    """Tell whether a noun names something that happens: "election", "killing", "Olympics"."""
    noun = noun.lower()
    return (noun in _EVENT_NOUNS or noun.rstrip("s") in _EVENT_NOUNS or noun.endswith(_EVENT_ENDINGS)
            or has_verb(noun))  # "the quarter ended"


def is_event_noun(noun: str) -> bool:
    """Tell whether a noun is one of the listed occurrences ("summit", "raid", "operation"), the narrow test
    without the endings of names_occurrence ("functions" is none)."""
    noun = noun.lower()
    return noun in _EVENT_NOUNS or noun.rstrip("s") in _EVENT_NOUNS


def is_modifier(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date only modifies the noun after it ("the 2017 budget"), naming no occurrence, or
    is the period of a figure before it ("a loss of $3 million for the quarter").
    """
    window = max(0, timex.start - 40)  # searched only where a word it ends on ends the text before the date
    figure = may_end_on(text[window : timex.start], _FIGURE_PERIOD_ENDS)
    if figure and _FIGURE_PERIOD.search(text, window, timex.start):
        return True
    if _COMPOUND.fullmatch(timex.text) and _FIGURE_AFTER.match(text, timex.end):
        return True  # "the year-earlier $3.2 million": the figure of another period
    noun = _NOUN_AFTER.match(text, timex.end)
    head = noun["noun"] if noun else None
    adjective = _PERIOD_ADJECTIVE.fullmatch(timex.text) and text.startswith(" ", timex.end)
    reported = adjective and _TO_REPORT.search(text, max(0, timex.start - 30), timex.start)
    if head and head not in NOT_NOUNS and reported:
        return True  # "will report fourth-quarter results (on Feb. 3)": the report is the event
    name = _NAME_AFTER.match(text, timex.end) if noun is None and timex.text.isdigit() else None
    if name:  # "his 1987 Chevrolet Cavalier"
        head = name["noun"] if name["noun"] and name["noun"] not in NOT_NOUNS else name["name"].split()[-1]
    edge = _EDGE_ADJECTIVE.fullmatch(timex.text) and text.startswith(" ", timex.end)
    if edge and head and head not in NOT_NOUNS:
        return True  # "Shares rose in the year-end rally on Friday": Friday's rise
    if head is None or head in NOT_NOUNS or names_occurrence(head):
        return False
    return bool(_MODIFIER_BEFORE.search(text, max(0, timex.start - 12), timex.start))


# The words of a date phrase, asked whether one is a name's: "This Week", "Today".
_LETTERS = re.compile(r"[A-Za-z]+")


def in_name(text: str, timex: TimeExpression, sentence_start: int) -> bool:
    """Tell whether a date phrase is part of a name: a capitalized "This Week" or "Today" mid-sentence."""
    for word in _LETTERS.finditer(timex.text):
        if not (word.group()[0].isupper() and word.group().lower() in _NAME_WORDS):
            continue  # most words: no name's, and the sentence before them is not read
        at = timex.start + word.start()
        head = text[sentence_start:at].strip(" \"'“‘([`")  # ``Today, I'm here" opens a quotation
        if head:
            return True
    return False


def is_record_mark(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date only marks how long a record stands: "the biggest drop since 2020"."""
    before = text[max(0, timex.start - 60) : timex.start]
    stripped = before.rstrip()
    if len(stripped) == len(before) or not _SINCE.fullmatch(stripped[-5:]):
        return False  # the pattern ends on "since" and a space: most dates follow another word
    if (when := _WHEN_AFTER.match(text, timex.end)) and has_verb(when["clause"]):
        return False  # "the largest since 2019, when a supplier withdrew 120,000 scooters": it happened then
    return _RECORD_BEFORE.search(text, max(0, timex.start - 60), timex.start) is not None


# A clause after a record's date that tells what happened then: ", when a supplier withdrew 120,000".
_WHEN_AFTER = re.compile(r",\s+when\s+(?P<clause>[^;.]{3,100})")


_SINCE = re.compile("since", re.I)


_BY_THE = re.compile(r"the\s+(?:day|week|month|year|hour|minute)", re.I)


def is_generic(text: str, timex: TimeExpression) -> bool:
    """Tell whether "today" or "tomorrow" means nowadays or the future, not a day: "today's world"; or a bare
    part of the day is a kind of thing: "night trains", "morning prayers"; or "by the day" means steadily.
    """
    if text.endswith("by ", 0, timex.start) and _BY_THE.fullmatch(timex.text):
        return True  # "weaker and weaker by the day", "paid by the hour"
    if timex.text.lower() in ("morning", "afternoon", "evening", "night"):
        noun = _NOUN_AFTER.match(text, timex.end)
        return noun is not None and noun["noun"] not in NOT_NOUNS and not has_verb(noun["noun"])
    if timex.text.lower() not in ("today", "tomorrow"):
        return False
    noun = _GENERIC_AFTER.match(text, timex.end)
    if noun is not None:
        word = noun["noun"]
        # "today's guilty verdicts": an occurrence of today, plural or not
        return not is_event_noun(word) and not word.endswith(_EVENT_ENDINGS) and not has_verb(word)
    # "the people of tomorrow"
    return bool(re.search(r"\bof\s+\Z", text[max(0, timex.start - 4) : timex.start]))


# A day named only by reference to an earlier date, each with an example: "the day", "that night",
# "later in the day", "earlier that morning", "the same day".
_DAY_ANAPHOR = re.compile(
    r"(?:(?:late|early|later|earlier)\s+(?:in\s+|on\s+)?)?(?:the|that|this)\s+(?:same\s+|very\s+)?"
    r"(?:day|night|morning|afternoon|evening)",
    re.I,
)
# A clause after "the day" that says which day it is: "the night the plane went down", "the day that he
# resigned", "the morning when police came". The day is that clause's, whatever date came before.
_DEFINING_CLAUSE = re.compile(
    r"\s+(?:(?:that|when)\s+)?(?:the|a|an|his|her|its|their|my|our|your|he|she|it|they|we|i|you"
    r"|[A-Z][\w'’-]*)\s[^,.;:!?]*?\b(?:[a-z]{3,}ed|was|were|had|did|came|went|died|fell|broke|began|left"
    r"|won|lost|took|made|met|ran|struck|hit|shot|flew|sank|arrived)\b"
)


def unfounded(text: str, timex: TimeExpression, by_tid: dict[str, TimeExpression]) -> bool:
    """Tell whether "the day" (or night, morning) dates nothing: no day to refer back to, or its own clause.

    After "early December" or "in 1990" there is no day to chain from (the day taken would be the 1st);
    "the night the plane went down" is the night of that clause, not of the date before it.
    """
    if timex.anchor in (None, "dct") or not _DAY_ANAPHOR.fullmatch(timex.text):
        return False
    antecedent = by_tid.get(timex.anchor)
    bounds = interval(antecedent.value, antecedent.mod) if antecedent is not None else None
    if bounds is not None and bounds[2] not in ("day", "time"):
        return True
    # only after "the": "That night the ferry sank" and "Later in the day she met" open a main clause
    return timex.text.lower().startswith("the ") and _DEFINING_CLAUSE.match(text, timex.end) is not None


def is_metadata(text: str, sentence: tuple[int, int]) -> bool:
    """Tell whether a sentence is a line of page metadata (a byline, a publication date, a photo credit)."""
    start, _ = sentence
    line = text.rfind("\n", 0, start) + 1
    # at a line's start, or after a stamp on the same line: "Published 3 Nov 2025, 14:32. Updated 4 Nov."
    stamp = _METADATA.match(text, start) is not None
    return stamp and (line == start or _METADATA.match(text, line) is not None)


# A half or a quarter of a game, not of a year, each with an example: "with 9 seconds left in the fourth
# quarter of Tampa's 98-91 win", "a deflected second-half strike", "scored early in the first half".
_GAME_PERIOD = re.compile(
    r"(?i:(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-](?:half|quarter))"
)
_GAME = re.compile(
    r"\b\d{1,3}-\d{1,3}\b|\b(?:game|match|goal|scored|score|strike|victory|win|minutes|seconds|overtime"
    r"|innings|penalty|kick|touchdown|rebounds|halftime|half-time)\b",
    re.I,
)


def is_game_period(text: str, timex: TimeExpression) -> bool:
    """Tell whether a half or a quarter is a period of a game in a sports report, not of a year."""
    if not _GAME_PERIOD.fullmatch(timex.text):
        return False
    near = text[max(0, timex.start - 80) : timex.end + 80]
    return _GAME.search(near) is not None


# A page's stamp word right before its date, wherever the stamp stands (after a headline or a sentence on the
# same line): "Floods close schools Published 14:32 GMT, 3 November 2025", "... Updated: 4 Nov". Capitalized
# only: "the report was published on Monday" is news.
_STAMP_BEFORE = re.compile(
    r"(?:\bFirst\s+published|\bLast\s+updated|\b(?:Published|Updated|Posted|Filed|Modified))\s*:?\s*(?:on\s+|at\s+)?\Z"
)


# What every _STAMP_BEFORE holds, looked for first: most dates follow none of these.
STAMP_HINTS = ("ublished", "pdated", "Posted", "Filed", "Modified")


def is_stamp(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date is a page's publication or update stamp: "Published 14:32 GMT, 3 November 2025"."""
    before = text[max(0, timex.start - 24) : timex.start]
    if not any(map(before.__contains__, STAMP_HINTS)):
        return False
    return _STAMP_BEFORE.search(text, max(0, timex.start - 24), timex.start) is not None


# A noun phrase, then "from" or "of" before a date that says which things they are: "maps from 1890", "a
# report of 2019", "the letters from the 1940s". The noun is plural or follows a determiner, not "in office
# from 1990".
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|these|those|some|old)\s+(?:[a-z-]+\s+){0,2}(?P<noun>[a-z-]{3,})"
    r"|\b(?P<plural>[a-z-]{2,}s))\s+(?:from|of)\s+(?:the\s+)?\Z"
)
# Nouns before "of" or "from" that make the date the time something happened or a part of it: "the end of
# 2019", "the events of 1989", "two years from 2020".
_NOT_ORIGIN = {
    "end", "start", "beginning", "middle", "rest", "half", "part", "turn", "course", "close", "spring",
    "summer", "autumn", "fall", "winter", "events", "days", "weeks", "months", "years", "decades", "hours",
    "times", "period", "periods", "quarter", "season", "year", "month", "week", "day", "night", "morning",
    "as", "was", "has", "is", "this", "its", "his", "us",
}


_NUMBERED = re.compile(r"\d|the\s+\d")  # "1890", "the 1940s"


def is_origin(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date after "from" or "of" only says which things a noun names ("Engineers compared maps
    from 1890"): no occurrence is dated, the verb's time is another.
    """
    if not _NUMBERED.match(timex.text):  # asked first: the search before the date is the costly part
        return False
    found = _ORIGIN_BEFORE.search(text, max(0, timex.start - 60), timex.start)
    if found is None:
        return False
    noun = found["noun"] or found["plural"]
    return noun not in _NOT_ORIGIN and not names_occurrence(noun) and not has_verb(noun)


# The TIMEX3 value of a century ("19" for "this century" in 1999, "the 20th century").
_CENTURY = re.compile(r"\d\d")
# Plural nouns a century then says which of ("many of the wars of (this century)"), and superlatives
# whose span it gives ("the worst drought (this century)", "the ten most significant events in finance in
# (the 20th century)"), in the century's clause: no comma or stop between.
_CENTURY_OWNER = re.compile(r"\b(?P<noun>[a-z-]{3,}s)\s+of\s+(?:the\s+)?\Z")
_SUPERLATIVE = re.compile(
    r"\b(?:most|least|worst|best|biggest|largest|greatest|deadliest|fiercest|bloodiest|heaviest|highest"
    r"|lowest|longest|strongest|hottest|coldest|wettest|driest)\b[^,;:.!?]*\Z"
)


def is_century_span(text: str, timex: TimeExpression) -> bool:
    """Tell whether a century only says which things a plural noun names or where a superlative holds: "many
    of the wars of this century", "the heaviest rain this century"; not "built in the 12th century"."""
    if timex.mod or not _CENTURY.fullmatch(timex.value):
        return False  # most dates: no century
    window = text[max(0, timex.start - 80) : timex.start]
    owner = _CENTURY_OWNER.search(window)
    if owner and owner["noun"] not in _NOT_ORIGIN and not has_verb(owner["noun"]):
        return True
    return _SUPERLATIVE.search(window) is not None


def refers_only(text: str, timex: TimeExpression, by_tid: dict[str, TimeExpression]) -> bool:
    """Tell whether a date, wherever it stands, names no time anything happened: "today's world", "the day"
    with no day before it, "the biggest drop since 2020", "maps from 1890".
    """
    return (is_generic(text, timex) or unfounded(text, timex, by_tid) or is_record_mark(text, timex)
            or figure_dates.is_baseline(text, timex) or figure_dates.is_figure(text, timex)
            or is_game_period(text, timex)
            or noun_periods.is_noun_period(text, timex)
            or is_stamp(text, timex) or is_origin(text, timex) or is_century_span(text, timex))
