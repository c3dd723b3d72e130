"""Find the dateline that opens a news article or paragraph: "LIMA, Feb. 7, 2024 (AP) —".

A dateline is a sentence of its own to segment.sentences and says nothing that happens (events.py skips it).
The patterns are data: each comes with an example, and what every one of them needs (a capital first, then a
dash, a bracket or a slash) is checked before any is tried.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.spans import Span, trim

# The parts of a dateline: a place in capitals, then places and a date after commas, each with an example.
_CAP = "A-ZÀ-ÖØ-Þ"  # capitals, with accented ones: ZÜRICH, SÃO PAULO
_PLACE = rf"[{_CAP}][{_CAP}.'-]*(?: [{_CAP}][{_CAP}.'-]*)*"  # LIMA, SAN FRANCISCO, ST. LOUIS
# , Germany / , Feb. 7, 2024 / , March 14
_DETAIL = r"(?:,? [A-Z0-9][A-Za-z0-9.]*(?: [A-Za-z0-9.]+){0,3}){0,3}"
_AGENCY = (
    r"\((?:AP|AFP|Reuters|UPI|CNN|Xinhua|dpa|DPA|EFE|ANSA|PTI|IANS|Kyodo|Yonhap|TASS|Interfax|Bloomberg"
    r"|CP|PA|AAP|ANI|UNI|IRNA|KCNA|Bernama|Antara|MENA|WAM|SPA|APA|Anadolu|Prensa Latina|Notimex|Lusa)\)"
)
_DASH = r"(?:_+|--+|—|–|-)"
# The parts of a dateline of any outlet: a month, a date, the outlet in brackets, a place in title case.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"  # Oct. / October / Sept.
# Oct. 3, 2024 / 3 October
_DATE = rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?"
_OUTLET = r"\([A-Z][\w&.'’-]*(?: [\w&.'’-]+){0,5}\)"  # (Valley Post), (The Harbor Gazette), (AP)
# Port Ellis, Fenwick-on-Sea; a weekday or a month opens no dateline: "Tuesday, Oct. 3 - the council voted"
_TOWN = (
    rf"(?:{_PLACE}|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|{_MONTH}\s)"
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
)
_REGION = r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}){0,2}"  # , Maine / , Del. / , New South Wales
# A dash after a date, with space around a hyphen: not "Oct. 3-5".
_DATE_DASH = r"(?:\s*(?:_+|--+|—|–)|\s+-)(?:\s+|(?=[A-Z])|\Z)"
# Datelines that open an article or a paragraph, each with an example.
_DATELINES = [
    re.compile(p)
    for p in (
        # FENWICK, Oct. 3, 2024 (Valley Post) -- / Port Ellis, Maine, 3 October (Harbor Gazette) — : any
        # outlet, when a date and a dash vouch for the dateline
        rf"{_TOWN}{_REGION}, {_DATE}(?: ?{_OUTLET})?{_DATE_DASH}",
        # FENWICK (Valley Post), Oct. 3, 2024 -- : the outlet before the date
        rf"{_TOWN}{_REGION} {_OUTLET},? {_DATE}{_DATE_DASH}",
        # BONN, Germany (AP)_ / LIMA, Feb. 7, 2024 (AP) — / ROTTERDAM, March 14 (Reuters) -; the agency
        # vouches for a place not in capitals: Hong Kong, March 3 (AFP) -
        rf"(?:{_PLACE}|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}){_DETAIL} {_AGENCY}\s*{_DASH}?\s*",
        # WASHINGTON (Wire) - / MOSCOW, Russia (Harbor Gazette) -- : a place in capitals and any outlet in
        # brackets, vouched for by the dash
        rf"[{_CAP}][{_CAP}.'-]{{2,}}(?: [{_CAP}][{_CAP}.'-]*)*{_REGION} {_OUTLET}\s*{_DASH}\s+",
        # GENEVA - / WASHINGTON, May 3 _
        rf"[{_CAP}][{_CAP}.'-]{{2,}}(?: [{_CAP}][{_CAP}.'-]*)*{_DETAIL} {_DASH} ",
        # NEW YORK, Nov. 3, 2025 /PRNewswire/ -- / SAN JOSE, Calif. /Business Wire/ -: a press-release wire
        rf"(?:{_PLACE}|[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}){_DETAIL},? ?/[A-Za-z][\w -]{{1,30}}/ ?{_DASH}? ?",
    )
]

# What every dateline holds: a capital first, then a dash, a bracket or a slash (_DASH, _DATE_DASH,
# _OUTLET, _AGENCY, a wire's "/"). Most sentences lack one of the two and skip the five patterns.
DATELINE_FIRST = re.compile(rf"[{_CAP}]")
DATELINE_MARK = re.compile(r"[-_—–(/]")


@lru_cache(maxsize=4096)  # segment asks of each line, events of each sentence: a third are the same span
def dateline(text: str, start: int, end: int) -> Span | None:
    """Return the span of a dateline that opens `text[start:end]` ("LIMA, Feb. 7, 2024 (AP) —"), or None."""
    if DATELINE_FIRST.match(text, start, end) is None or DATELINE_MARK.search(text, start, end) is None:
        return None
    for pattern in _DATELINES:
        found = pattern.match(text, start, end)
        if found:
            return trim(text, start, found.end()) or (start, found.end())
    return None
