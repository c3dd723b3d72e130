"""Drop candidates that are ordinary words, not dates: modal "may", "to march", "Sunday Times", amounts."""

from __future__ import annotations

import re

from timeline.person_heads import is_person_noun
from timeline.temporal import liveblog
from timeline.temporal.amounts import amount
from timeline.temporal.games import part_of_game
from timeline.temporal.holiday_names import person_named
from timeline.temporal.lunar import lunar_column
from timeline.temporal.messages import short_message
from timeline.temporal.month_sense import keep_month
from timeline.temporal.namelike import name_like
from timeline.temporal.seasons import names_a_thing
from timeline.temporal.senses import not_a_time
from timeline.temporal.tense import tense_at
from timeline.temporal.wordsense import WORD_AFTER as _WORD_AFTER
from timeline.temporal.wordsense import (
    holiday_surname,
    holiday_thing,
    is_paper,
    keep_bare_season,
    keep_overnight,
    keep_weekday,
    operation_name,
    titled_holiday,
)
from timeline.temporal.wordsense import text_before as _before
from timeline.temporal.years import PREFIX_NOT_YEAR, keep_year

# "today's world", "in today's society": the present age in general, not a day.
_GENERIC_TODAY = re.compile(
    r"'s\s+(?:world|youth|society|generation|children|kids|young|standards|economy|technology|personal"
    r"|modern|culture|age|times|teenagers|workers|consumers|families|politics|students)\b",
    re.IGNORECASE,
)
# A name just before a capitalized "Today": an acronym ("USA Today", "VOA Today"), or a capitalized word after
# a lower-case one ("told Business Today"). A title-case headline ("Markets Rally Today") keeps its day.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|\b[a-z][\w'’-]*,?\s+[A-Z][A-Za-z]*)\s+\Z")
# "at 8:00", "from 07:00 to 16:00": a preposition or the first clock time of a span.
_CLOCK_BEFORE = re.compile(
    # "kick-off 17h30", "kickoff: 15:00": the start of a match
    r"(?:\b(?:at|by|until|till|from|before|after|around|about|since|kick-?off:?)\s+"
    r"|\d[:.]\d\d\s*(?:to|and|until|till|-|–)\s*)$",
    re.IGNORECASE,
)
_IN_PERIOD_BEFORE = re.compile(r"\b(?:in|during|throughout|within|over|by|until|through)\s+$", re.IGNORECASE)
# "closed at 2150", "the index stood at about 1030": a level a figure reached, not a compact clock time
_LEVEL_AT = re.compile(
    r"\b(?:clos\w*|end\w*|finish\w*|st[oa]{2}d|stands?|trad\w*|open\w*|pric\w*|valu\w*|peak\w*|settl\w*"
    r"|fix\w*|pegg\w*|capp\w*|set|estimat\w*|put|rat\w*|rank\w*|total\w*|number\w*|level\w*|index|high"
    r"|low|record)\s+(?:at\s+)?(?:(?:about|abt|around)\s+)?(?:at\s+)?\Z",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b")
_LOCAL_TIME = re.compile(r"\s+local\s+time\b", re.IGNORECASE)
_BARE_NOT_SPAN_BEFORE = re.compile(r"\b(?:year|month|week|day)\s+(?:on|over|to)\s+$", re.IGNORECASE)
# ... and "year to date", "month to date": the part of the period gone by, no span of one unit.
_BARE_NOT_SPAN_AFTER = re.compile(
    r"\s+(?:(?:on|over|to)\s+(?:year|month|week|day)|to\s+date)\b", re.IGNORECASE
)
_AWARD_OF = re.compile(
    r"\b(?:player|person|man|woman|coach|manager|album|song|record|book|car|word|team|athlete|rookie"
    r"|footballer|sportsman|sportswoman|personality|entrepreneur|businessman|artist|director|film|movie"
    r"|driver|newcomer|comeback|goal|photo|picture|cricketer|boxer|golfer|jockey|horse)s?\s+of\s+$",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE = re.compile(r"(?:\b(?:his|her|their|my|your|our|maiden)|\w's)\s+$", re.IGNORECASE)
_SEASON_NAME_AFTER = re.compile(
    r"\s+(?-i:Festival|Games|Olympics|Olympic|Paralympics|Universiade|Palace|Carnival|Fair|Show|Gala)\b"
)
# A capitalised possessive before a capitalised "Day" names the day: "Women's Day", "Poets' Day".
_NAMED_DAY_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:'s|s'|’s|s’)\s+$")
_NTH_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d+(?:st|nd|rd|th))\s+"
    r"(?:(?:straight|consecutive|successive)\s+)?$",
    re.IGNORECASE,
)
# The last ordinal of a list before a plural unit: "the third and fourth days", "the first or last weeks".
_NTH_LIST = re.compile(
    r"(?:,|\band|\bor)\s+(?:(?:fir|la)st|second|third|(?:four|fif|six|seven|eigh|nin|ten)th|final|\d+(?:st|nd|rd|th))\s+$",
    re.IGNORECASE,
)
# "carried the day", "saved the day", "the order of the day", "the issue of the day", "the man of the day":
# an idiom (of the day = of the moment), not a date
_IDIOM_DAY = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)|sav(?:e|es|ed|ing)|w(?:in|ins|on|inning)"
    r"|(?:order|orders|issue|question|topic|flavou?r|hero|man|woman|player|dish|soup|word|quote|photo|picture"
    r"|song|tune|catch)\s+of)\s+$",
    re.I,
)
# "had an early night", "make it a late night": going to bed early or late, an idiom, not a night
_IDIOM_NIGHT_BEFORE = re.compile(r"\b(?:ha(?:ve|s|d|ving)|mak(?:e|es|ing)\s+it|made\s+it)\s+an?\s+$", re.I)

# "a year to the day", "three months to the day": "to the day" after a length means exactly.
_TO_THE_DAY = re.compile(r"\b(?:day|week|month|year|decade|centur(?:y|ie))s?\s+to\s+$", re.IGNORECASE)


# An acronym and a lower-case noun after a frequency: "yearly COP meetings", "weekly NHS figures".
_ACRONYM_NOUN = re.compile(r"\s+[A-Z]{2,6}\s+[a-z]{3,}")
# A weekday after a frequency and before a common noun: "her weekly Tuesday briefing" (not "the weekly Sunday
# Herald", a paper, which is_paper tells first)
_WEEKDAY_NOUN = re.compile(r"\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+[a-z]")


def keep(rule: str, groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a scanner match is a temporal expression and not an ordinary word or amount."""
    matched = text[start:end]
    if name_like(rule, text, start, end):
        return False  # "Year 12", "the 40s class", "Mr Day", "Today Tonight": a label or a name
    if not_a_time(rule, groups, text, start, end):
        return False  # "that half of the people", "a share price in the mid-30s", "day of the week"
    if rule == "deictic" and groups.get("dd") == "YTD":
        return False  # "up 22% YTD": a market's year to date in capitals; a message's "ytd" is yesterday
    if rule == "yy":
        # "1915-16": the second year of a range written with two digits.
        return bool(re.search(r"(?<![\d,./])(?:1\d|20)\d\d[-–/]$", _before(text, start, 6))) and not re.match(
            r"\d|[.,]\d|%", text[end : end + 2]
        )
    if rule == "month":
        return keep_month(groups, text, start, matched)
    if rule in ("mdy", "dmy"):
        month = groups["mon"]
        if month.lower() in ("may", "march", "mar.") and not month[0].isupper():
            return False
        before = _before(text, start)
        if re.search(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s*[-–]\s*$", before):
            return True  # the end of a range of days: "3-5 March"
        return not (rule == "dmy" and not groups.get("y") and PREFIX_NOT_YEAR.search(before))
    if rule == "weekday":
        return keep_weekday(groups, text, start, end)
    if rule == "year":
        return keep_year(groups, text, start, end)
    if rule in ("decade", "decadew"):
        # "in his 30s", "well into her eighties" are ages; "the 1990s", "the '90s", "the eighties" decades.
        if rule == "decade" and PREFIX_NOT_YEAR.search(_before(text, start, 3)):
            return False
        return not (
            (rule == "decadew" or len(groups.get("dec") or "") == 2)
            and re.search(
                r"\b(?:his|her|their|my|your|our|its)\s+(?:early\s+|mid-?|late\s+)?$", _before(text, start)
            )
        )
    if rule == "century" and not matched.lower().startswith("the") and _POSSESSIVE_BEFORE.search(
        _before(text, start, 12)
    ):
        return False  # "his fifth century", "Smith's first century": a hundred runs, not a century
    if rule == "holiday" and titled_holiday(text, start, end):
        return False  # "the tune Please Come Home for Christmas", "Christmas Island": a title, a place
    if rule == "holiday" and holiday_thing(text, end):
        return False  # "Christmas trees", "Easter eggs", "Christmas commodities": things, not the day
    if rule == "holiday" and lunar_column(groups["name"]) and (
        groups["name"][:1].islower() or operation_name(text, start)
    ):
        return False  # "ramadhan" in a chat, "Operation Ramadan": no holiday the text dates
    if rule == "holiday" and person_named(groups, text, start, end):
        return False  # "Mr. Easter", "Holi Gurung said": a person's name, not the holiday
    if rule == "holiday" and groups["name"][:1] in "bh":
        return False  # "black Friday shirts", "a holy week of fasting": the holiday's name is capitalized
    if rule == "holiday" and groups["name"].lower() == "new year" and (
        groups["name"] != "New Year"
        or re.search(r"\ban?\s+$", _before(text, start, 4), re.IGNORECASE)
        or re.search(r"\b(?!Happy\b)[A-Z][a-z]+\s+$", _before(text, start, 16))
    ):
        return False  # "Happy New Year!" is January 1; "a new year.", "the Lunar New Year." are not
    if rule == "clock24" and groups.get("H4") and not groups.get("tz"):
        # "at 1015", "at abt 2250 tonight": the scanner saw the clause end after it; "closed at 2150": a level
        if groups.get("hrs4"):  # "at 0600 hours", "0700hrs"; "worked 1200 hours" is a length
            return groups["H4"][0] == "0" or bool(_CLOCK_BEFORE.search(_before(text, start, 10)))
        if groups.get("at4") is None:
            return True
        round_count = groups["M4"] == "00" and groups["H4"][0] != "0" and not groups.get("day")
        if round_count and not short_message(text):
            return False  # "put the toll at 1000.": a round count in an article, not ten o'clock
        return not _LEVEL_AT.search(_before(text, start, 40))
    if rule in ("clock24", "clockh") and not (
        groups.get("tz")
        or groups.get("tzb")
        or groups.get("day")
        or groups.get("mon")
        or groups.get("dmon")
        or groups.get("hrs")
    ):
        # "at 8:00" is a time; a bare "3:16" may be a verse, a ratio or a score, "2h30" a length ("after
        # 2h30 of play").
        clock = _CLOCK_BEFORE.search(_before(text, start, 10)) and not _OF_AFTER.match(text, end)
        return bool(clock or _LOCAL_TIME.match(text, end) or liveblog.entry(text, start))
    if rule == "overnight":
        return keep_overnight(text, start, start + len("overnight"))
    if rule == "theunit" and _TO_THE_DAY.search(_before(text, start)) and matched.lower() == "the day":
        return False  # "three months to the day since the attacks": exactly, not a day of its own
    if rule in ("noon", "freq"):
        # "High Noon", "the Communist Party daily Granma": inside a name, not a time.
        word = text[start:end]
        if rule == "noon" and word[0].isupper() and re.search(r"[A-Z]\w*\s+$", _before(text, start)):
            return False
        if rule == "freq" and is_paper(text, start, end):
            return False  # "The daily said", "the Kommersant daily wrote", "China Youth Daily": a paper
        if rule == "freq" and (_ACRONYM_NOUN.match(text, end) or _WEEKDAY_NOUN.match(text, end)):
            return True  # "yearly COP meetings", "daily UN briefings": an acronym modifies the noun; no paper
        return not (rule == "freq" and re.match(r"\s+[A-Z]", text[end : end + 2]))
    if (
        rule == "season"
        and (groups.get("rel") or "the").lower() == "the"
        and not (groups.get("y") or groups.get("mod") or matched.isupper())
    ):
        if _SEASON_NAME_AFTER.match(text, end):
            return False  # "the Winter Festival", "the Summer Palace"; "the Spring Offensive" is a time
    if rule == "season":
        season = groups["season"].lower()
        rel = (groups.get("rel") or "").lower()
        if not (rel or groups.get("y") or groups.get("mod")) and matched.istitle() and holiday_surname(
            text, start, end
        ):
            return False  # "John Winter, from the fire service, says": a surname, as "John Easter" is
        if names_a_thing(groups, text, start, end):
            return False  # "the Kashmiri summer capital", "his winter palace": a thing of the season
        if season in ("fall", "spring") and rel == "recent":
            return False  # "a recent fall in oil prices", "the recent spring in its step": a drop, a leap
        if season in ("fall", "spring") and rel in ("", "the") and not groups.get("y"):
            if rel == "":
                return keep_bare_season(groups, text, start, end)
            if re.match(r"\s+(?:in|of|from|to|and|was|is|festival)\b", text[end : end + 12].lower()):
                return False  # "the Spring Festival" is the Chinese New Year, not the season
        return True
    if rule == "ref":
        return _keep_ref(groups, text, start, end)
    if rule == "relunit" and groups["rel"].lower() == "last" and _A_BEFORE.search(_before(text, start, 6)):
        return False  # "a last day of talks", "one last week": "last" is final there, not the one before now
    if rule in ("relunit", "theunit") and groups["unit"][:1].isupper() and not matched.isupper():
        return False  # a title: ABC's "This Week", "Person of the Year"
    if rule == "part" and groups["part"][:1].isupper() and not matched.isupper():
        if _WORD_AFTER.match(text, end):
            return False  # "the Evening Standard", "the Morning Star": a name
    if rule == "theunit" and groups["unit"].lower() in ("decade", "century") and not groups.get("mod"):
        # "the end of the decade", "during the decade" are times; "the trial of the century" is praise
        return bool(_IN_PERIOD_BEFORE.search(_before(text, start, 12)))
    if rule == "theunit" and matched.lower() == "the day" and _IDIOM_DAY.search(_before(text, start, 12)):
        return False  # "carried the day", "saved the day": idioms of winning, not a day
    if (
        rule == "part"
        and (groups.get("rel") or "").lower() in ("early", "late")
        and groups["part"].lower() == "night"
        and _IDIOM_NIGHT_BEFORE.search(_before(text, start, 24))
    ):
        return False  # "had an early night", "it was time to make it a late night": an idiom of going to bed
    if rule == "theunit" and matched.lower() == "the year" and _AWARD_OF.search(_before(text, start, 24)):
        return False  # "player of the year", "album of the year": an award, not a year
    if rule == "quarter" and part_of_game(groups, text, start, end):
        return False  # "the second half of the season", "trailed in the third quarter": part of a match
    named = matched == "Today" and _NAME_BEFORE.search(text, max(0, start - 30), start)
    if named and text[end : end + 1] != "'":
        # "USA Today", "China Today": a capitalized name runs into it mid-sentence, a title (a headline's
        # "Put Today's GIFs to Shame" keeps its possessive day)
        return False
    if rule == "deictic" and _GENERIC_TODAY.match(text, end):
        return False  # "today's world", "today's youth": the present age, not the document's day
    if rule == "duration" and re.search(r"(?<![A-Za-z])[.:]\Z", text[max(0, start - 2) : start]):
        return False  # ".3 sec", "2:02.75sec": the tail of a number or a race time
    if rule in ("set", "duration") and amount(rule, groups, text, start, end):
        return False  # "60 miles an hour", "added a second", "hit a half-century", "a quarter of the market"
    if rule == "bare" and (
        "-" in (text[start - 1 : start], text[end : end + 1]) or text[max(0, start - 4) : start] == "New "
    ):
        return False  # "6-year-old"; the "Year" of "New Year sales" is the holiday, not a span
    if rule == "bare" and (
        _BARE_NOT_SPAN_BEFORE.search(_before(text, start, 24)) or _BARE_NOT_SPAN_AFTER.match(text, end)
    ):
        return False  # "year on year", "month over month": a comparison, not a span
    if rule == "bare" and groups["unit"].lower() in ("month", "year", "week") and re.search(
        r"\b(?:a|an)\s+(?:[\w-]+\s+){1,2}$", _before(text, start, 30), re.IGNORECASE
    ):
        return False  # "a bad month", "a fifth straight month": a noun of judgement or a count, not a span
    if rule == "bare" and text[start:end] == "Day" and _NAMED_DAY_BEFORE.search(_before(text, start, 30)):
        return False  # "Women's Day is Sunday", "Poets' Day": a named day, not a day's length
    if rule == "bare" and (_NTH_BEFORE.search(prior := _before(text, start, 30)) or _NTH_LIST.search(prior)):
        # "for the third month in a row", "in its 25th year", "the third and fourth days of a match": a count
        return False  # ("1st year" stays)
    if rule in ("compact", "slash") and PREFIX_NOT_YEAR.search(_before(text, start, 2)):
        return False
    return True


_A_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:may|might|can|could|will|would|shall|should|must)\s+$")


# A count after "the past" makes it the adjective of a counted noun: "the past five sessions", "the past
# two races", "the past several games" (a span of units is durations' rule, "the past five years").
_COUNT_AFTER = re.compile(
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple)\b"
    # not a count of time units the scanner did not join ("the past four and half years")
    r"(?![\w\s-]{0,24}\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b)",
    re.IGNORECASE,
)


_NOUN_AFTER = re.compile(r"\s+([A-Za-z-]+)")


def _keep_ref(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    word = groups["ref"].lower()
    if word == "the past" and _COUNT_AFTER.match(text, end):
        return False
    if word == "future" and re.search(r"\b[Ii]n\s+$", _before(text, start, 4)):
        return True  # "will change in future": from now on, like "in the future"
    noun = _NOUN_AFTER.match(text, end) if word in ("future", "the future") else None
    # "the future chancellor", "his future wife": one person named by what they became (not "in the future
    # man"); a plural ("future citizens", "future generations") stays the people of a time ahead
    singular = noun and not noun[1].endswith("s")
    if singular and is_person_noun(noun[1]) and not re.search(r"\b[Ii]n\s+$", _before(text, start, 4)):
        return False
    if word in ("future", "current", "recent", "present-day"):
        # Adjectives count only before a noun: "the current quarter", not "an electric current."
        if re.match(r"\s+(?:was|is|were|are|of|flows?|and|or)\b", text[end : end + 8]):
            return False
        return bool(re.match(r"\s+[A-Za-z]", text[end : end + 3])) and not re.search(
            r"\b(?:electric|electrical|alternating|direct|ocean|strong|weak|the\s+ocean's)\s+$",
            _before(text, start, 20),
            re.IGNORECASE,
        )
    if word == "soon" and (
        re.match(r"\s+(?:after|before|as)\b", text[end : end + 10])
        or re.search(r"\bas\s+$", text[max(0, start - 4) : start])
    ):
        return False
    if (
        word == "soon"
        and not _MODAL_BEFORE.search(_before(text, start, 12))
        and tense_at(text, start, end) == "past"
    ):
        return False  # "was soon released", "the Germans soon intervened": an adverb of sequence in a story
    return True
