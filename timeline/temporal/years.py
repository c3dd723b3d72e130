"""Decide whether a bare four-digit number is a year: "in 1998" is, "2017 jobs", "1.1700-1702" are not."""

from __future__ import annotations

import re

from timeline.temporal.wordsense import text_before as _before

# A bare year after these words is a year ("in 1998", "fiscal 1998", "the 1998 budget").
_YEAR_BEFORE = {
    "in",
    "of",
    "since",
    "by",
    "until",
    "till",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "fiscal",
    "year",
    "the",
    "its",
    "his",
    "her",
    "their",
    "our",
    "a",
    "an",
    "around",
    "about",
    "circa",
    "between",
    "and",
    "or",
    "for",
    "than",
    "on",
    "at",
    "into",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "this",
    "that",
    "last",
    "end",
    "beginning",
    "start",
    "middle",
    "where",
    "when",
    "as",
    "both",
    "either",
    "every",
    "each",
    "s",
    "over",
    "under",
    "within",
    "throughout",
    "due",
}
# After a bare number these words mean an amount, not a year ("2017 jobs", "1500 meters").
_AMOUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bthis)(?<!\bas)(?<!\bits)(?<!\bhis)"
    r"(?<!\bthus)(?<!\bus)(?<!\bperhaps)(?<!\balways)(?<!\bwards)|acres?|feet|foot|"
    r"meters?|metres?|miles?|pounds?|tons?|tonnes?|yen|people|men|women|children|troops|hours|cc|mph|km|kg|"
    r"million|billion|trillion|thousand|dead|injured|wounded|killed|missing|homeless|"
    r"[xX]\b|\+|-\d)",
    re.IGNORECASE,
)
# A unit joined to the number by a hyphen makes a measure: "the 1000-km pipeline", "a 1200-page report".
_UNIT_JOINED = re.compile(
    r"[-–](?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|mm|cm|feet|foot|ft|yards?|kg|tons?|tonnes?|mw"
    r"|megawatts?|hp|horsepower|acres?|hectares?|square|member|strong|seat|page|word|bed|room|man|men)\b",
    re.IGNORECASE,
)
# Words that join counts as readily as years, and the nouns that make the number after them a count.
_COUNT_LINKS = {"and", "or", "to", "than", "about", "around", "between", "over", "under"}
_COUNT_AFTER = re.compile(
    r"\s*(?:million|billion|trillion|thousand|dead|injured|wounded|killed|missing|homeless)\b", re.IGNORECASE
)
# After a comparison, the nouns a count counts: "fewer than two thousand people", "some 1500 workers".
_COMPARISONS = {"than", "about", "around", "over", "under", "nearly", "almost", "roughly", "some"}
_APPROXIMATORS = {"about", "around", "nearly", "almost", "roughly", "some", "approximately", "over", "under"}
_COUNTED = re.compile(
    r"\s*(?:people|persons|men|women|children|troops|soldiers|workers|residents|families|households|voters"
    r"|votes|jobs|cases|deaths|visitors|students|employees|members|refugees|protesters|copies|homes"
    r"|tickets|observers|volunteers|staff|officials|units|vehicles|cars|seats)\b",
    re.IGNORECASE,
)
# Nouns a year names the figures or the event of ("expects 2026 revenue", "the 2028 Olympics"), not a count.
# "one": a noun no count above one goes with ("2026 revenue", "2027 target"); it may take one modifier
# between ("2026 operating profit", "2024 presidential election"). "count": a plural a number could also
# count ("1500 sales"), so it must follow the number directly and a round hundred before it stays a count.
# "figure": a year qualifying a figure or a plan dates no happening later phrases count from ("approved the
# 2007 budget ... by the end of the year" is the news year); "event": a season, a vote, games may.
_YEAR_NOUNS = [
    (r"revenues?|earnings|profits?|income", "one", "figure", "It expects 2026 revenue of $4.1 billion."),
    (r"sales", "count", "figure", "Analysts expect 2027 sales to rise."),
    (r"results", "count", "figure", "It will publish 2026 results in March."),
    (r"budget|forecast|estimate|outlook|guidance|target", "one", "figure", "It kept 2026 guidance."),
    (r"budgets|forecasts|estimates|targets", "count", "figure", "She raised 2026 forecasts."),
    (r"spending|deficit|growth|output|production", "one", "figure", "It sees 2027 growth at 2%."),
    (r"harvest|dividend|inflation", "one", "figure", "The government has forecast 2026 inflation of 3%."),
    (r"season|election|campaign|census|model", "one", "event", "Parties plan 2026 election ads."),
    (r"midterms?|primaries", "one", "event", "Both parties eye 2026 midterms."),
    (r"seasons|elections|campaigns", "count", "event", "Donors fund 2028 campaigns early."),
    (r"(?:Winter\s+|Summer\s+)?(?:Olympics|Paralympics)", "one", "event", "LA readies 2028 Olympics."),
    (r"Olympic\s+Games", "one", "event", "LA readies 2028 Olympic Games."),
    (r"(?-i:(?:Winter\s+|Summer\s+|Asian\s+)?Games)", "one", "event", "Britain names 2026 Games squad."),
    (r"World\s+(?:Cup|Series|Championships?)", "one", "event", "Qatar built 2022 World Cup stadiums."),
]


def _nouns(kind: str, what: str = "") -> str:
    return "|".join(noun for noun, k, w, _ in _YEAR_NOUNS if k == kind and w.startswith(what))


_YEAR_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:[a-z]+(?:-[a-z]+)?\s+)?(?:{_nouns('one')})|(?P<count>{_nouns('count')}))\b", re.IGNORECASE
)
_FIGURE_NOUN_AFTER = re.compile(
    rf"\s+(?:(?:[a-z]+(?:-[a-z]+)?\s+)?(?:{_nouns('one', 'figure')})|{_nouns('count', 'figure')})\b",
    re.IGNORECASE,
)


def names_figures(text: str, end: int) -> bool:
    """Say whether the year ending at `end` qualifies a figure or a plan ("2026 revenue", "2007 budget")."""
    return _FIGURE_NOUN_AFTER.match(text, end, end + 40) is not None


PREFIX_NOT_YEAR = re.compile(
    r"(?:[$£€#¥]|\bNo\.|\bno\.|\bnumber|\bRoute|\bFlight|\bRoom|\bHighway|\bInterstate|\bpage|\bArticle|"
    r"\bextension|\bext\.|\bphone|\bcode|\bunit|\bsuite|\bbox|\bchapter|\bline|\bitem|"
    r"\bResolution|\bSection|\bversion|\bModel|\bBoeing|\bAirbus|\bGrade|\bClass|\bLevel|\bSize|\bType|"
    r"\d[.,]? ?|[.,](?=$)|\bplus|\bminus|/|-)[ \t]*$",
    re.IGNORECASE,
)
_YEAR_COMMA_BEFORE = re.compile(r"(?<![\d,.])(?:1\d|20)\d\d,\s+\Z")
_LIST_GOES_ON = re.compile(r"\s*(?:,|(?:and|or)\b)")
# The second number of a vote count or score: "won 2017 to 1999", "lost 1999-2017".
_VOTE_BEFORE = re.compile(
    r"\b(?:passed|won|lost|approved|rejected|defeated|beat|carried|vote\s+of)\s+(?:by\s+)?\d+\s*(?:-|–|to)\s*$",
    re.IGNORECASE,
)
_VOTE_FIRST = re.compile(
    r"\b(?:passed|won|lost|approved|rejected|defeated|beat|carried|vote\s+of)\s+(?:by\s+)?$", re.IGNORECASE
)
# A fixture "Home v Away (" before a bracketed four-digit number: the number is a 24-hour time.
_KICK_OFF = re.compile(r"[A-Z][\w.'-]*\s+v(?:s\.?|\.)?\s+[A-Z][^()\n]{0,40}\($")
_FIXTURE = re.compile(r"\sv(?:s\.?|\.)?\s+[A-Z]")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


# Words that give a thing its name: a year right after the capitalized name they give is part of it ("a
# venture called Orion 1980"), while a place and a year alone stay the event's date ("ready for Paris
# 2024", "won gold in Barcelona 1992"). (word, example)
NAMING_WORDS = [
    (r"called", "set up a venture called Orion 1980"),
    (r"named", "a satellite named Horizon 2000"),
    (r"dubbed", "a plan dubbed Vision 2030"),
    (r"(?:en)?titled", "an exhibition titled Future 1999"),
    (r"known\s+as", "the project, known as Apollo 2000"),
    (r"code-?named", "an operation codenamed Falcon 1991"),
    (r"branded", "a drink branded Cola 1886"),
]
_NAMED_BEFORE = re.compile(
    r"\b(?:" + "|".join(word for word, _example in NAMING_WORDS) + r")\s+(?:[A-Z][\w'-]*\s+){1,3}\Z"
)


# An opening quote and the quote that closes it: a year between the two and nothing else is a name.
_OPEN_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'"}


def keep_year(groups: dict[str, str], text: str, start: int, end: int) -> bool:
    """Say whether a bare four-digit number (the "year" rule's match) is a year, not an amount or a time."""
    if groups.get("mod") or groups.get("n"):
        return True
    before = _before(text, start)
    after = text[end : end + 20]
    # A range of years ("1861-1865", "1915-16") is two years; other dashes and digits make an amount.
    # "2024/25", "2024/2025": a season or fiscal year written with a slash is a range too
    in_range = bool(re.search(r"(?<![\d,./])(?:1\d|20)\d\d[-–/]$", before)) or bool(
        re.match(r"[-–/](?:(?:1\d|20)\d\d|\d\d)(?!\d|[.,/]\d|%)", after)
    )
    # "in 2019, 2021 and 2023": a year after a year and a comma is the next of a list, not "1, 234"
    listed = _YEAR_COMMA_BEFORE.search(before[-8:]) and _LIST_GOES_ON.match(after)
    if PREFIX_NOT_YEAR.search(before[-14:]) and not in_range and not listed:
        return False
    if before[-1:] in (".", ",") and before[-2:-1].isdigit():
        return False  # "1.1700-1702 dollars": the decimals of a rate, not a range of years
    if before[-1:] in _OPEN_QUOTES and after[:1] == _OPEN_QUOTES[before[-1]]:
        return False  # 'the film "1917"', "Orwell's ‘1984’": a quoted year alone is a title, not a time
    if before[-1:] == " " and before[-2:-1].isalpha() and _NAMED_BEFORE.search(before):
        # "a venture called Orion 1980", "a rocket dubbed Vega 2000": a product's name; not "she called
        # Paris 2024 a triumph", where the verb judges the event
        if not re.match(r"\s+(?:a|an|the|one)\s", after):
            return False
    if _UNIT_JOINED.match(after):
        return False  # "the 1000-km pipeline", "a 2000-strong crowd": a measure, whatever the word before
    if (
        before[-1:] == "("
        and after[:1] == ")"
        and _CLOCK.fullmatch(text, start, end)
        and _KICK_OFF.search(before[-60:])
        and len(_FIXTURE.findall(text, max(0, start - 150), end + 150)) > 1
    ):
        return False  # "Watford v Arsenal (1730)" in a list of fixtures: a kick-off time, not a year
    if re.match(r"\s*(?:%|percent|\.\d|,\d|-\d|:\d)", after) and not in_range:
        return False
    if _VOTE_BEFORE.search(before) or (_VOTE_FIRST.search(before) and re.match(r"\s*(?:-|–|to)\s*\d", after)):
        return False  # a vote count: "passed 2017 to 1999"
    if in_range:
        return True
    words = re.findall(r"[A-Za-z]+", before.lower())
    previous = words[-1] if words else ""
    if previous in _COUNT_LINKS and _COUNT_AFTER.match(after):
        return False  # "600 dead and 1400 injured", "between 1200 and 1500 million": counts, not years
    if previous in _COMPARISONS and _COUNTED.match(after):
        return False
    if previous in _APPROXIMATORS and _AMOUNT_AFTER.match(after) and not re.match(r"\s*[,(]", after):
        return False  # "about 1850 inhabitants", "over 1000 miles": a count; not "than 2019 levels"
    if previous in _YEAR_BEFORE or groups.get("the"):
        return True
    noun = _YEAR_NOUN_AFTER.match(text, end, end + 40)
    if (
        noun is not None
        and not (noun.group("count") and text.endswith("00", start, end))
        and not _COUNTED.match(text, noun.end())
    ):
        # "expects 2026 revenue", "2027 sales": the year's figures; "1500 sales" and "1500 production
        # workers" are counts
        return True
    if re.search(r"(?:[,(]|[.!?]\s|\n)\s*$", before) or not before.strip():
        # After a comma, a bracket or at the start of a sentence or line ("1987 saw a new offensive").
        return not _AMOUNT_AFTER.match(after)
    if _AMOUNT_AFTER.match(after):
        return False
    return bool(
        re.match(r"\s*(?:$|[.,;:)!?'\"]|\s+[A-Z]|\s+(?:and|or|to|the|when|as|after|before)\b)", after)
    )
