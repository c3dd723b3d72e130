"""Say an event in words for people: human dates, hover cards and the evidence with its date phrase.

Every string that comes from a document is untrusted. Plotly draws hover text, titles and tick
labels as a small HTML dialect, so such text goes through `escape` before it reaches the figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from timeline.models import Document, Event, Evidence, When
from timeline.temporal.intervals import parse_value

MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]

# granularity -> how its (un-narrowed) value is said, with an example beside each.
DATE_FORMS: dict[str, tuple[str, str]] = {
    "time": ("{day} {month} {year}, {time}", "25 October 2025, 14:30"),
    "day": ("{day} {month} {year}", "25 October 2025"),
    "week": ("week of {day} {month} {year}", "week of 20 October 2025"),
    "month": ("{month} {year}", "October 2025"),
    "season": ("{season} {year}", "summer 2013"),
    "quarter": ("{ordinal} quarter of {year}", "first quarter of 2013"),
    "half": ("{ordinal} half of {year}", "second half of 2013"),
    "year": ("{year}", "2017"),
    "decade": ("the {year}s", "the 1990s"),
    "century": ("the {ordinal_century} century", "the 20th century"),
    "millennium": ("{year}\u2013{end_year}", "2000\u20132999"),
}
# A week's weekend (2025-W43-WE) is said from its Saturday.
WEEKEND_FORM = ("weekend of {day} {month} {year}", "weekend of 25 October 2025")

SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# TIMEX3 part-of-day codes (2025-09-10TNI) in words, with an example beside each.
PARTS_OF_DAY = {
    "MO": "morning",  # Friday morning
    "AF": "afternoon",  # Friday afternoon
    "EV": "evening",  # Friday evening
    "NI": "night",  # Friday night
    "DT": "daytime",  # during the day on Friday
    "24:00": "midnight",  # at midnight on Friday (the end of that day, not 24 o'clock)
}
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}

# TIMEX3 mod -> the words put before the date, with an example beside each.
MOD_WORDS: dict[str, tuple[str, str]] = {
    "START": ("early", "early 2019"),
    "MID": ("mid", "mid 2019"),
    "END": ("late", "late 2019"),
    "APPROX": ("about", "about October 2025"),
    "BEFORE": ("before", "before 2019"),
    "AFTER": ("after", "after 2019"),
    "ON_OR_BEFORE": ("on or before", "on or before 25 October 2025"),
    "ON_OR_AFTER": ("on or after", "on or after 25 October 2025"),
    "LESS_THAN": ("less than", "less than 2019"),
    "MORE_THAN": ("more than", "more than 2019"),
    "EQUAL_OR_LESS": ("at most", "at most 2019"),
    "EQUAL_OR_MORE": ("at least", "at least 2019"),
}

# Mods said inside "the 1990s", "the 20th century": the late 1990s, the early 20th century.
INSIDE_THE = {"START", "MID", "END"}

# Characters plotly's text dialect would read as markup, and the entities that show them as text.
_SPACES = re.compile(r"\s+")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&#34;", "'": "&#39;"})
WRAP = 72
EVIDENCE_CHARS = 280


def _ordinal_suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def say_time(time: str) -> str:
    """Return the time of a TIMEX3 value in words: "14:30" stays, "NI" is "night", "24:00" "midnight"."""
    return PARTS_OF_DAY.get(time[:5], time[:5])


def say_value(value: str) -> str:
    """Return a TIMEX3 date value in words: "2017", "October 2025", "week of 20 October 2025"."""
    parsed = parse_value(value)
    if parsed is None:
        return value
    start, end, granularity = parsed
    fields = {
        "day": start.day, "month": MONTHS[start.month - 1], "year": start.year, "end_year": end.year,
        "time": say_time(value.partition("T")[2]), "season": SEASONS.get(value[5:], ""),
        "ordinal": ORDINALS.get(int(value[-1]), "") if value[-1].isdigit() else "",
        "ordinal_century": _ordinal_suffix(int(value) + 1) if granularity == "century" else "",
    }
    if granularity == "decade":
        fields["year"] = int(value) * 10
    if value.endswith("-WE"):
        return WEEKEND_FORM[0].format(**fields)
    return DATE_FORMS[granularity][0].format(**fields)


def say_when(when: When) -> str:
    """Return when an event happened, honest about precision: "early 2019", "2019 – 2021"."""
    said = say_value(when.value)
    if when.end_value and when.end_value[:11] == when.value[:11] and "T" in when.end_value:
        said = f"{said} \u2013 {say_time(when.end_value[11:])}"  # 4 May 2026, 09:00 – 17:00: the day once
    elif when.end_value:
        said = f"{said} \u2013 {say_value(when.end_value)}"
    if when.time and when.granularity != "time":
        said = f"{said}, {say_time(when.time)}"
    if when.mod:
        words = MOD_WORDS.get(when.mod, (when.mod.lower().replace("_", " "), ""))[0]
        if said.startswith("the ") and when.mod in INSIDE_THE:
            said = f"the {words} {said[4:]}"  # the late 1990s, not "late the 1990s"
        else:
            said = f"{words}{' in the ' if said.startswith('week of') else ' '}{said}"
    return said


def _say_year(year: int) -> str:
    # A year of fewer than four digits alone reads as a count or a glitch ("1 – 2099"): say it is a year.
    return f"AD {year}" if year < 1000 else str(year)


def say_span(first: dt.date, last: dt.date) -> str:
    """Return the span a timeline covers in words: "2017 – 2026", "October 2025 – March 2026"."""
    if last.year - first.year >= 2:
        return f"{_say_year(first.year)} \u2013 {_say_year(last.year)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{MONTHS[first.month - 1]} {first.year}"
    return f"{MONTHS[first.month - 1]} {first.year} \u2013 {MONTHS[last.month - 1]} {last.year}"


def escape(text: str) -> str:
    """Return untrusted text made safe to show in plotly's HTML-ish text: markup shows as text."""
    return " ".join(text.split()).translate(_ENTITIES)


def split_evidence(evidence: Evidence) -> tuple[str, str, str]:
    """Return the evidence sentence as (before, date phrase, after), trimmed around the phrase.

    The timex carries document offsets and the evidence its own, so the phrase sits at
    timex.start - evidence.start; a phrase outside the sentence is not emphasized, and a sentence
    without one is cut at its end only (up to EVIDENCE_CHARS), so that its start, and the words a
    search looks for there, stay.
    """
    text, timex = evidence.text, evidence.timex
    if timex is None or not (evidence.start <= timex.start <= timex.end <= evidence.end):
        # no phrase to center on: the sentence from its start, as it reads ("told a stunned nation that ...")
        before, phrase, after = "", "", text
    else:
        left, right = timex.start - evidence.start, timex.end - evidence.start
        before, phrase, after = text[:left], text[left:right], text[right:]
    room = max(EVIDENCE_CHARS - len(phrase), 40)
    # half the room each side; a side that needs less leaves the rest to the other
    before_room, after_room = max(room // 2, room - len(after)), max(room // 2, room - len(before))
    if len(before) > before_room:
        before = "\u2026" + before[-before_room:].split(" ", 1)[-1]
    if len(after) > after_room:
        after = after[:after_room].rsplit(" ", 1)[0] + "\u2026"
    return " ".join(before.split(" ")), phrase, after


def wrap(before: str, phrase: str = "", after: str = "") -> str:
    """Return text wrapped into lines of plotly markup, the phrase in bold (closed on each line).

    Lines break at spaces, near WRAP characters; whitespace runs count as one space.
    """
    parts = [_SPACES.sub(" ", part) for part in (before, phrase, after)]
    text = "".join(parts)
    bold, unbold = len(parts[0]), len(parts[0]) + len(parts[1])
    lines, start = [], 0
    while len(text) - start > WRAP:
        cut = text.rfind(" ", start, start + WRAP + 1)
        if cut <= start:
            cut = text.find(" ", start + WRAP)
            if cut < 0:
                break
        lines.append((start, cut))
        start = cut + 1
    lines.append((start, len(text)))
    out = []
    for first, last in lines:
        left, right = min(max(bold, first), last), max(min(unbold, last), first)
        line = text[first:left].translate(_ENTITIES)
        if right > left:
            line += f"<b>{text[left:right].translate(_ENTITIES)}</b>"
        out.append((line + text[right:last].translate(_ENTITIES)).strip())
    return "<br>".join(line for line in out if line)


def _domain(url: str | None) -> str:
    return urlsplit(url).netloc if url else ""


def _outlet(document: Document, outlets: Mapping[str, str | None] | None) -> str:
    named = outlets.get(document.id) if outlets is not None else None
    return named or document.outlet or _domain(document.url)


def origin_name(event: Event) -> str:
    """Name where an event comes from as every output does: "extracted" (read from an article, untouched),
    "edited" (read from one, then changed by hand: pinned against re-extraction) or "manual" (added by
    hand)."""
    if event.origin == "manual":
        return "manual"
    return "edited" if event.pinned else "extracted"


def card(
    event: Event, documents: dict[str, Document], outlets: Mapping[str, str | None] | None = None
) -> str:
    """Return the hover card of an event: date, title, evidence with its date phrase, and source.

    The source is said with its outlet ("Harbour Herald"), the outlet `outlets` gives a document id
    (page_groups.outlet), else the one the document names, else its web address's host.
    """
    grey = "<span style='color:#6b7280'>"
    hand = f"  {grey}\u00b7 added by hand</span>" if event.origin == "manual" else ""
    lines = [f"<b>{escape(say_when(event.when))}</b>{hand}"]
    title = " ".join(event.title.split())
    before, phrase, after = split_evidence(event.evidence[0]) if event.evidence else ("", "", "")
    quote = " ".join((before + phrase + after).split())
    if not title or not quote.startswith(title.rstrip("\u2026")):
        # An extracted title is often the start of its sentence: then the quote below says it.
        lines.append(wrap(title or "(untitled)"))
    if event.evidence:
        quoted = wrap("\u201c" + before, phrase, after + "\u201d")
        lines.append(f"{grey}{quoted.replace('<br>', '</span><br>' + grey)}</span>")
        document = documents.get(event.evidence[0].document)
        source = headline(document) if document else event.evidence[0].document
        where = _outlet(document, outlets) if document else ""
        if where and where.casefold() in source.casefold():  # "Strike vote | Harbour Herald" names it
            where = ""
        more = len({e.document for e in event.evidence}) - 1
        said = escape(source[:90]) + (f" \u00b7 {escape(where)}" if where else "")
        said += f" (+{more} more)" if more > 0 else ""
        lines.append(f"<i>{said}</i>")
    elif event.url:
        lines.append(f"<i>{escape(_domain(event.url) or event.url[:60])}</i>")
    return "<br>".join(lines)


def shorten(text: str, chars: int) -> str:
    """Return text cut at a word boundary to at most `chars` characters, with an ellipsis if cut."""
    text = " ".join(text.split())
    if len(text) <= chars:
        return text
    cut = text[: chars - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(",;:") + "\u2026"


HEADLINE_CHARS = 48  # an untitled document goes by this much of its first words


def headline(document: Document) -> str:
    """Return how the page names a document: its title, else its first words and its id.

    A JSON Lines story without a title went by its id ("lee244") in lanes, filters and cards; its first
    words tell a reader which story it is, and the id after them ("Storms cut power to… · lee244") still
    finds the file's line. Plain text, unescaped.
    """
    if document.title:
        return document.title
    words = shorten(document.text, HEADLINE_CHARS)
    return f"{words} \u00b7 {document.id}" if words else document.id


def label(event: Event, *, chars: int = 34) -> str:
    """Return the short label drawn beside an event: its title cut at a word, escaped."""
    return escape(shorten(event.title, chars))
