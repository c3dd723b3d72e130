"""Tell a calendar word from the same letters used otherwise: "sat" the verb, "Spring water".

Each `keep_*` function answers for one family of short or ambiguous calendar words, from the words
around it; `filters.keep` calls them. Every rule is general English, with its examples beside it.
"""

from __future__ import annotations

import re

from timeline.temporal.delivery import delivery_month
from timeline.temporal.nights import adverb_context, happening_after, opens_before_agent
from timeline.temporal.saying import SAYING


def text_before(text: str, start: int, width: int = 30) -> str:
    """Return up to `width` characters of `text` before `start`."""
    return text[max(0, start - width) : start]


_before = text_before

# A lower-case noun after a calendar word, not a preposition or a verb: "a March election", "the April flood".
NOUN_AFTER = re.compile(
    r"\s+(?!(?:on|to|of|for|through|against|into|in|from|and|or|by|with|past|toward|towards|across|at|was|is"
    r"|were|are|be|not|have|has|had|also|will|would|could|should|can|may|might|must|did|does)\b)[a-z]{3,}\b"
)

# "an overnight stay", "the overnight rate": an adjective before its noun. "almost overnight", "it won't
# happen overnight", "became a star overnight": suddenly, not at night.
_OVERNIGHT_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|this|that|no|any)\s+$", re.IGNORECASE
)
_OVERNIGHT_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|on|at|to|from|as|after|before|when|while|with|by|for|into|near|across|along|over"
    r"|until|amid|despite|since|then|so|because|local|during|under|outside|inside|around|off|out|up|down"
    # a verb after it: "the situation at the centre overnight appeared calm", "overnight was quiet"
    r"|was|were|is|are|has|had|have|will|would|could|might|may|can|remains?|seems?|appears?"
    r"|(?!(?:b|sh|spe|fe|ne|se|bre)ed\b)[a-z]{2,}ed)\b)[a-z]"
)
_WEEKDAY_AFTER = re.compile(r"\s+(?:on\s+)?[A-Z][a-z]+day\b")
_FIGURATIVE_BEFORE = re.compile(
    r"(?:\b(?:almost|virtually|seemingly|literally|practically|nearly|not|n't|never)\s+(?:\w+\s+){0,3}"
    r"|\b(?:happen|change|disappear|vanish|transform|become|became|becomes|fixed|solved|cured|built)\w*\s+"
    r"(?:\w+\s+){0,3})$",
    re.IGNORECASE,
)


# A happening after the adjective places it in the night, as the adverb does: "the overnight crash of a
# plane", "an overnight raid", "overnight clashes".
_OVERNIGHT_HAPPENING = re.compile(
    r"\s+(?:crash|attacks?|raids?|fires?|blasts?|explosions?|storms?|shelling|clashes|bombings?|violence"
    r"|riots?|rioting|fighting|quake|earthquake|downpours?|flooding|shootings?|killings?|arrests?)\b",
    re.IGNORECASE,
)


def overnight_happening(text: str, end: int) -> bool:
    """Say whether a happening follows "overnight" (ending at `end`): "the overnight crash"."""
    return _OVERNIGHT_HAPPENING.match(text, end) is not None or happening_after(text, end)


def keep_overnight(text: str, start: int, end: int) -> bool:
    """Say whether "overnight" (text[start:end]) is the adverb of time, not an adjective or "suddenly"."""
    before = _before(text, start, 40)
    if overnight_happening(text, end) or adverb_context(text, start, end):
        return True
    if opens_before_agent(text, start, end):
        return True  # "Overnight police arrested three men": the adverb before the subject
    if _OVERNIGHT_ADJECTIVE_BEFORE.search(before) or (
        _OVERNIGHT_NOUN_AFTER.match(text, end) and not _WEEKDAY_AFTER.match(text, end)
    ):
        return False
    return not _FIGURATIVE_BEFORE.search(before)


# "spring" and "fall" are also a source, a verb and a drop. Bare, they are seasons after a preposition of
# time ("in spring", "until fall"), before a seasonal noun ("spring collection", "fall semester"), and a
# capitalized "Spring" before a verb, "'s" or the end of a phrase ("Spring is here", "hues of Spring.").
_SEASON_PREPOSITION = re.compile(r"\b(?:in|during|since|until|till|through|throughout)\s+$", re.IGNORECASE)
_SEASONAL_NOUNS = {
    "spring": "break|collection|collections|colors|colours|dress|dresses|fashion|florals|look|looks|trends|"
    "wardrobe|edition|season|semester|term|sale|sales|cleaning|makeup|outfits|offensive|planting|rains|"
    "showers|weather|holidays|menu|lineup",
    "fall": "semester|term|season|collection|collections|classes|foliage|fashion|break|lineup|offensive",
}
_SPRING_AFTER = re.compile(
    r"(?:'s\b|\s*(?:[,.;:!?)]|$)|\s+(?:is|was|has|had|will|arrives|arrived|came|comes|begins|began|starts|started"
    r"|brings|brought|means|sprung)\b)"
)


def keep_bare_season(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a bare "spring" or "fall" (no "the", no year) is the season."""
    season = groups["season"]
    if groups.get("mod"):
        return True  # "early spring", "the start of spring"
    if re.match(rf"\s+(?:{_SEASONAL_NOUNS[season.lower()]})\b", text[end : end + 16], re.I):
        # "spring collection", "the Spring Offensive" ("Spring Festival", the Chinese New Year, is not)
        return True
    before = _before(text, start, 16)
    if _SEASON_PREPOSITION.search(before):
        return not re.match(r"\s+(?:of|in|from|to)\b", text[end : end + 8])  # not "in fall of prices"
    if season == "Spring" and not re.search(r"[A-Z][\w'-]*\s+$", before):
        return bool(_SPRING_AFTER.match(text, end))  # not "the Arab Spring", "Spring water"
    return False


# "sat", "sun", "wed" are words of their own; "mon" is also a people, "fri" and "tues" are not words.
_WORD_WEEKDAYS = ("sat", "sun", "wed")
_INTRODUCED = re.compile(r"\b(?:on|every|each|till|til|until|by)\s+$", re.IGNORECASE)
# A weekday that is not also a word, next to this one in a list or span: "mon, wed, thur", "Mon and tues".
_NOT_A_WORD_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|thu(?:rs?)?|fri)"
)
_ANY_WEEKDAY = rf"(?:{_NOT_A_WORD_WEEKDAY}|sat|sun|wed)"
_LINK = r"(?:,|&|/|-|–|\band\b|\bor\b|\bto\b)"


def _lists(weekday: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a weekday `weekday` standing just before and just after a list item."""
    before = re.compile(
        rf"(?<![\w']){weekday}\.?(?:\s+(?:morning|afternoon|evening|night))?\s*{_LINK}\s*$", re.IGNORECASE
    )
    return before, re.compile(rf"\s*{_LINK}\s*{weekday}\.?(?![\w])", re.IGNORECASE)


# A word weekday ("sat") needs a neighbour that is not a word; "tues" may stand by any weekday.
_LISTS = {True: _lists(_NOT_A_WORD_WEEKDAY), False: _lists(_ANY_WEEKDAY)}
# A clock time or a date after it: "Sat 7pm", "Tues 9:00am", "Sat 25 Oct".
_TIME_AFTER = re.compile(
    r",?\s+(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\d{1,2}[:.]\d\d|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2})"
)
# How a list item or an introduced short weekday may end: "on Mon and tues", "friday night or sat?"
_ITEM_END = re.compile(
    r"\s*(?:[,.;:!?)&/]|$|[-–]|\s(?:and|or|to|at|night|morning|afternoon|evening|nite)\b|\s\d)", re.IGNORECASE
)


def keep_short_weekday(weekday: str, text: str, start: int, end: int) -> bool:
    """Say whether an abbreviated weekday without "last"/"next" ("sat", "Mon", "tues") is a weekday."""
    word = weekday.lower()[:3]
    before = _before(text, start, 40)
    if _TIME_AFTER.match(text, end):
        return True
    if re.search(rf"(?<![\w']){_ANY_WEEKDAY}[-–]$", before, re.IGNORECASE) or re.match(
        rf"[-–]{_ANY_WEEKDAY}(?![\w])", text[end : end + 10], re.IGNORECASE
    ):
        return True  # "Sat-Sun", "Tues-Wed": a span of two weekdays
    list_before, list_after = _LISTS[word in _WORD_WEEKDAYS]
    listed = bool(list_before.search(before) or list_after.match(text, end))
    if word in _WORD_WEEKDAYS:
        # "sat" the verb, "sun" the star, "wed" the verb: only introduced, or a list item that ends as one;
        # a full stop after it more likely ends the sentence ("quoted by the Sun.") than an abbreviation
        introduced = bool(_INTRODUCED.search(before[-8:])) and not weekday.endswith(".")
        return introduced or (listed and bool(_ITEM_END.match(text, end)))
    if listed:
        return True
    # "on Mon", "until fri": not before a capital ("the Mon State") or a noun ("on Mon villagers")
    return bool(_INTRODUCED.search(before[-8:])) and bool(_ITEM_END.match(text, end))


_FULL_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_MONTH_LIST_BEFORE = re.compile(rf"(?<![\w']){_FULL_MONTH}\s*(?:,|&|/|-|–|\band\b|\bor\b|\bto\b)\s*$", re.I)
_MONTH_LIST_AFTER = re.compile(rf"\s*(?:,|&|/|-|–|and\b|or\b|to\b)\s*{_FULL_MONTH}(?![\w])", re.IGNORECASE)
_SHORT_MONTH_BEFORE = re.compile(r"\b(?:in|since|until|till|during|through|throughout)\s+$", re.IGNORECASE)


def keep_short_month(month: str, text: str, start: int, end: int) -> bool:
    """Say whether a bare abbreviated month ("Aug.", "Jun") is a month: introduced, or in a list of months.

    "Jan" and "Jun" are also names: not before "'s" or a capitalized surname ("in Jun Li's film").
    """
    if _MONTH_LIST_BEFORE.search(_before(text, start)) or _MONTH_LIST_AFTER.match(text, end):
        return True
    if not _SHORT_MONTH_BEFORE.search(_before(text, start, 12)):
        return False
    return not re.match(r"'s\b" if month.endswith(".") else r"'s\b|\s+[A-Z][a-z]", text[end : end + 4])


# "the year to March", "the six months to May", "postponed to March": "to" ends a span or a deferral
# (a title-case "Plan to March" stays a verb: the word before "to" is lower case here); so does a dash.
_SPAN_TO_BEFORE = re.compile(
    r"(?-i:\b(?:year|years|months|quarter|quarters|period|weeks|half|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(?:\s+\d{1,2}|,?\s+\d{4})?|postponed|delayed|deferred|adjourned"
    r"|rescheduled|extended|moved|put\s+off|pushed\s+back|brought\s+forward|back|dates|dating)\s+to\s*"
    # "the March-May period": the month after a dash that closes a span of months
    r"|\b(?:January|February|March|April|June|July|August|September|October|November|December)\s*[-–]\s*"
    # "April/May butter": the second month of a slash pair of deliveries
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s*/\s*)$"
)


def span_end_before(before: str) -> bool:
    """Say whether the text before "March" or "May" makes it the end of a span ("the year to May")."""
    return _SPAN_TO_BEFORE.search(before) is not None


# A paper's name before "daily"; "Twice daily." opens a sentence with an adverb, not a name.
_NOT_PAPER = r"(?!(?:Twice|Once|Thrice|Published|Updated|Issued|Held|Open|Served)\b)"
# "the business daily", "a leading daily", "Britain's biggest-selling daily": a kind of paper before it.
_PAPER_KIND = (
    r"business|financial|economic|tabloid|national|government|government-run|state-run|state|official|leading"
    r"|respected|influential|popular|radical|local|regional|independent|opposition|conservative|liberal"
    r"|left-wing|right-wing|pro-government|mass-circulation|(?:biggest|best|top)-selling|mainstream|sports"
    r"|morning|evening|\w+-language|\w+-based"
)
_PAPER_BEFORE = re.compile(rf"(?:\b(?:[Tt]he|[Aa]nother|(?i:{_PAPER_KIND}))|\b{_NOT_PAPER}[A-Z][\w'’-]+)\s+$")
_PAPER_AFTER = re.compile(
    r"(?:'s|\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|added|claimed|cited|noted|published"
    r"|commented|warned|described|called|headlined|attributed|pointed|echoed|quoting|which|newspapers?"
    # "the Chinese-English bimonthly is published abroad": the paper as the subject of "is"
    r"|paper|tabloid|found|carried|ran|printed|here|as\s+saying|is|was|has)\b"
    # "the business daily on Friday", "a daily in Madrid" (not "daily on Mondays", "daily in June")
    r"|\s+on\s+[A-Z](?![a-z]+days\b)|\s+in\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))[A-Z]"
    # "the local daily al-Qabas", "the daily el-Watan": an Arabic paper's name after its kind
    r"|\s+(?:al|el|an|ad|as|ar|ash|at|az)-\w"
    r"|\s*[.,;:)\"])"
)
# "China Youth Daily", "People's Daily", "Business Weekly": the name of a paper.
_PAPER_NAME = re.compile(rf"\b{_NOT_PAPER}[A-Z][\w'’-]*\s+\Z")


def is_paper(text: str, start: int, end: int) -> bool:
    """Say whether "daily" or "Daily" (text[start:end]) names a newspaper, not a frequency."""
    word = text[start:end]
    paper = _PAPER_BEFORE.search(_before(text, start, 24)) and _PAPER_AFTER.match(text, end)
    named = word[:1].isupper() and not word.isupper() and _PAPER_NAME.search(_before(text, start, 24))
    return bool(paper or named)


# A holiday's name before a thing made or sold for it: "Christmas trees", "Easter eggs", "Halloween costumes"
_HOLIDAY_THING = re.compile(
    r"\s+(?:trees?|cards?|presents?|gifts?|decorations?|lights|carols?|songs?|music|ornaments?|creches?"
    r"|cribs?|crackers?|puddings?|cakes?|stockings?|hampers?|eggs?|bunn(?:y|ies)|costumes?|candy|sweets"
    r"|goods|commodities|products|toys?|wrapping|jumpers?|sweaters?|hats?|markets?|specials?|albums?)\b"
)  # lower case only: in a title ("Christmas Gift Guide") the holiday is kept, as annotators keep it


def holiday_thing(text: str, end: int) -> bool:
    """Say whether a holiday's name ending at `end` modifies a thing ("Christmas trees"), not a day."""
    return _HOLIDAY_THING.match(text, end) is not None


# A holiday's name inside the title of a work or the name of a place is no day: what may come before it in a
# title (a capitalised word or a small word), and the clues, each a pattern before the name and an example.
_TITLE_WORD = r"(?:[A-Z][\w'’]*|for|of|the|a|an|in|on|to|and|at|from|is|my|your|our|me|you)"
_WORK = r"(?:song|tune|carol|hit|single|album|track|film|movie|play|musical|show|book|novel|poem|ballet)s?"
TITLED_HOLIDAY_ROWS = [
    # a work's noun, then a title with a capitalised word in it
    (
        rf"\b{_WORK}\s+[\"“']?(?=[^a-z\s])(?:{_TITLE_WORD}\s+){{1,8}}\Z",
        "woke to the tune Please Come Home for Christmas",
    ),
    # a verb of performing, an opening quote, then title words only (the quote must close after title words
    # too); a quoted name alone may be named for its time: 'the "Ramadan Offensive"' keeps its holiday
    (
        rf"\b(?:sang|sing|sings|singing|sung|played|performed|hummed|recorded|titled|entitled)\s+[\"“]"
        rf"(?:{_TITLE_WORD}\s+){{0,6}}\Z",
        'they sang "White Christmas" on the ward',
    ),
]
_WORK_TITLE, _QUOTED_TITLE = (re.compile(pattern) for pattern, _example in TITLED_HOLIDAY_ROWS)
_TITLE_CLOSES = re.compile(rf"(?:\s+{_TITLE_WORD}){{0,6}}[”\"]")
# A place noun after the name: "Christmas Island", "Easter Island" ("Christmas Day" is the day).
_PLACE_AFTER = re.compile(r"\s+(?:Islands?|Creek|Bay|Lake|Hills?|Valley|Street|Road)\b")


def titled_holiday(text: str, start: int, end: int) -> bool:
    """Say whether a holiday's name stands in a work's title or a place's name ("White Christmas")."""
    if _PLACE_AFTER.match(text, end):
        return True
    before = text_before(text, start, 80)
    if _WORK_TITLE.search(before):
        return True
    return _QUOTED_TITLE.search(before) is not None and _TITLE_CLOSES.match(text, end) is not None


_OPERATION_BEFORE = re.compile(r"\bOperation\s+\Z")


def operation_name(text: str, start: int) -> bool:
    """Say whether the word at `start` names a military operation ("Operation Ramadan")."""
    return _OPERATION_BEFORE.search(text_before(text, start, 12)) is not None


# A title before a name ("Mr. Easter", "Coach Easter"), a given name before it ("John Easter", "Abu Ramadan"),
# or the same name so introduced earlier in the text ("Coach Salman Ramadan ... Ramadan rested his
# starters"); a word that qualifies a holiday ("Orthodox Easter", "Happy Easter", "Since Easter") is no name.
_TITLE = (
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Sgt|Lt|Judge|Coach|Officer|Detective|Sheriff|Rev"
    r"|Pastor)\.?"
)
_GIVEN = (
    r"\b(?!(?:Orthodox|Western|Eastern|Catholic|Protestant|Coptic|Greek|Russian|Armenian|Ethiopian|Christian"
    r"|Jewish|Muslim|Islamic|Hindu|Sikh|Jain|Indian|Sunni|Shiite|Happy|Last|Next|This|That|Since|Before|After"
    r"|Until|Till|Over|During|On|At|By|Around|Through|From|For|In|And|But|Or|Of|Every|Each|Good|Holy|Chinese"
    r"|Lunar|Merry|Blessed|Early|Late|The|A|An|Mid|Post|Pre|Observant|Traditional)\b)[A-Z][a-z]+"
)
# A given name inside a sentence, after a lower-case word or a comma: at a sentence's start any word is
# capitalized ("As Christmas neared").
_NAME_BEFORE = re.compile(rf"(?:{_TITLE}|(?<=[a-z,] ){_GIVEN}|(?<=[a-z,] [A-Z][a-z]) {_GIVEN})\s+\Z")
_SAYS_AFTER = re.compile(rf"\s+(?:{SAYING})\b")  # lower case: "Easter said", not "Easter Said"
_APPOSITION_AFTER = re.compile(r",\s+(?:the|a|an|who|from)\s")  # "John Winter, from the service,"


def holiday_surname(text: str, start: int, end: int) -> bool:
    """Say whether a one-word holiday name is a person's surname ("Mr. Easter", "Abu Ramadan")."""
    before = text_before(text, start, 24)
    if _NAME_BEFORE.search(before):
        return True
    says = _SAYS_AFTER.match(text, end) is not None
    if says and (not before.strip() or before.rstrip().endswith((".", "!", "?", '"'))):
        return True  # "Easter said" opening a sentence
    if (says or _APPOSITION_AFTER.match(text, end)) and re.search(rf"(?:^|[.!?\"]\s+){_GIVEN}\s+\Z", before):
        return True  # "John Easter said", "Ann Easter, the mayor," opening a sentence
    word = re.escape(text[start:end])
    return re.search(rf"(?:{_TITLE}|(?<=[a-z,] ){_GIVEN})\s+{word}\b", text[:start]) is not None


# What may introduce a weekday that a capitalised word follows ("on Sunday Brad Smith said")
_WEEKDAY_BEFORE = re.compile(
    r"(?:\b(?:on|last|next|this|by|until|till|since|from|of|every|each|early|late|through|to|before|after|and"
    r"|or|past|coming|that|between|until|starting|beginning|from|since|as|for|at"
    # wire copy: "said Monday Brad Smith, the director" puts the day between the verb and the speaker
    r"|said|announced)|[,(]|^)\s*$",
    re.IGNORECASE,
)
# A capitalised word after a calendar word: "Sunday Times", "the Evening Standard"
WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)")
_TEMPORAL_AFTER = re.compile(
    r"(?:morning|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)


# Newspapers named "<title> on Sunday": (title word, example). The weekday belongs to the name, not the
# calendar. ("The Observer on Sunday said" is the Observer writing on a Sunday, and "in Scotland on Sunday"
# is a place and a day: not rows.)
_ON_SUNDAY_PAPERS: list[tuple[str, str]] = [
    ("Independent", "he wrote in the Independent on Sunday that prices rose"),
    ("Mail", "she told the Mail on Sunday about the plan"),
]
_ON_SUNDAY_BEFORE = re.compile(
    r"\b(?:" + "|".join(title for title, _ in _ON_SUNDAY_PAPERS) + r")\s+on\s+\Z"
)


def paper_on_sunday(text: str, start: int) -> bool:
    """Say whether a "Sunday" at start ends a newspaper's name ("the Mail on Sunday")."""
    return text.startswith("Sunday", start) and _ON_SUNDAY_BEFORE.search(_before(text, start)) is not None


def keep_weekday(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a matched weekday (group "wd") is a day, not a word of a name ("Sunday Times")."""
    weekday = groups["wd"]
    # "next sat", "Sat., Oct. 25", "Sat 7pm": the words around an abbreviation make it a weekday
    # but not "that": a conjunction or a relative pronoun more often ("said that Sun", "the cat that sat")
    rel = groups.get("rel")
    evidence = (rel and rel.lower() != "that") or groups.get("mon") or groups.get("H")
    if not weekday.lower().endswith("day") and not evidence:
        # "sat", "Mon.", "tues": an abbreviation (a full stop may end the sentence: "on Mon.")
        if not keep_short_weekday(weekday, text, start, end):
            return False
    if not weekday[0].isupper() and not weekday.islower():
        return False
    if weekday == "Sunday" and paper_on_sunday(text, start):
        return False
    if groups.get("rel") or groups.get("part") or groups.get("mon") or groups.get("mod"):
        return True
    after = WORD_AFTER.match(text, end)
    if after and not _TEMPORAL_AFTER.match(after.group(1)):
        # "Sunday Times", "Bloody Sunday": a weekday inside a name, unless a preposition introduces it.
        return bool(_WEEKDAY_BEFORE.search(_before(text, start)))
    return True


# Holidays whose name is also a surname: (name, example).


# "for delivery in December", "for March delivery", "March futures", "July corn futures": the month a
# futures contract is delivered in. ("the March contract" may be a wage deal signed in March: "contract"
# alone is no sign.)
_DELIVERY_BEFORE = re.compile(r"\b(?:delivery|futures)\s+(?:in|for)\s+\Z", re.IGNORECASE)
_FUTURES_AFTER = re.compile(
    r"\s+(?:(?!(?:the|a|an|and|or|to|in|on|of)\b)[A-Za-z]+\s+){0,2}?(?:delivery|futures)\b", re.IGNORECASE
)


def futures_month(text: str, start: int, end: int) -> bool:
    """Say whether a month names a futures contract ("crude for May delivery"), not a time of the story."""
    return _DELIVERY_BEFORE.search(text, max(0, start - 24), start) is not None or (
        _FUTURES_AFTER.match(text, end) is not None or delivery_month(text, start, end)
    )
