"""Find a document's creation date (DCT) in its metadata values, its dateline or its file name.

The caller decides the order (sources.py: the --dct option, then metadata, dateline, file name);
this module only reads dates out of strings. Patterns are data, each with an example beside it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from pathlib import PurePath

from timeline.errors import DateError

MONTHS = {
    "jan": 1, "january": 1,  # "Jan. 5", "January 5"
    "feb": 2, "february": 2,
    "mar": 3, "march": 3,
    "apr": 4, "april": 4,
    "may": 5,
    "jun": 6, "june": 6,
    "jul": 7, "july": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,  # "Sept. 9" is AP style
    "oct": 10, "october": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip

MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=lambda w: (-len(w), w))) + r"))\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[89]\d\d|2[01]\d\d)"
PLACE = r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*)*(?:,\s+[A-Z][\w.]*)?"  # HANOI / New York / PARIS, France
AGENCY = (  # (AFP), (Reuters), or a press-release wire: /PRNewswire/
    r"(?:\s*\((?P<agency>[A-Za-z][\w&.\- ]{0,24})\)|\s+/(?P<wire>[A-Za-z][\w-]{1,30})/)?"
)
WEEKDAY = (  # Saturday, / Sat
    r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
)
CLOCK = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"  # 10:15 AM ET
DASH = r"\s*(?:[-–—_:|]+|\s-+)\s"
ISO = r"(?P<year>1[89]\d\d|2[01]\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)"
# A page's own "Published" line: its label, after a byline's or an update's field and a bar ("By Ana Ruiz |
# Published ..."), then a clock time or a weekday before the date ("Published 3:45 PM EDT Oct 25, 2025",
# "Published: Saturday, October 25, 2025", as print views write it).
PUBLISHED = (
    r"(?:[^\n|\u00b7\u2022]{0,60}[|\u00b7\u2022]\s*)?(?i:Published|Posted|First published)(?:\s+on)?:?\s+"
    r"(?:\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?,?\s+(?:on\s+)?)?" + WEEKDAY
)

# A dateline opens a line near the top of an article. Year-less ones take the year from elsewhere.
DATELINES = [
    (rf"{PLACE},\s+{MONTH}\s+{DAY}\s*,?\s+{YEAR}{AGENCY}{DASH}", "HANOI, Oct. 25, 2025 (AFP) - Some states"),
    (rf"{PLACE},\s+{DAY}\s+{MONTH},?\s+{YEAR}{AGENCY}{DASH}", "LONDON, 25 October 2025 (Reuters) - The"),
    (rf"{PLACE},\s+{MONTH}\s+{DAY}{AGENCY}{DASH}", "HANOI, Oct 25 (AFP) - Some 60 states"),
    (rf"{PLACE},\s+{DAY}\s+{MONTH}{AGENCY}{DASH}", "GENEVA, 25 October (Reuters) - The"),
    (rf"{PLACE}{AGENCY}\s*,?\s+{MONTH}\s+{DAY},?\s+{YEAR}{DASH}", "NAIROBI (AP), Oct. 25, 2025 - The"),
    (rf"{PUBLISHED}{MONTH}\s+{DAY},?\s+{YEAR}\b", "Published on October 25, 2025 at 10:15; "
     "Published: Saturday, October 25, 2025; By Ana Ruiz | Published 3:45 PM EDT Oct 25, 2025"),
    (rf"{PUBLISHED}{DAY}\s+{MONTH},?\s+{YEAR}\b",
     "Published: 25 October 2025; Updated: 26 October 2025 10:00 BST | Published: 25 October 2025"),
    (rf"{PUBLISHED}{ISO}\b", "Posted 2025-10-25 10:15"),
    (rf"{MONTH}\s+{DAY},\s+{YEAR}{DASH}", "October 25, 2025 — The first states signed"),
    # A line that is only a place and a date under a headline, as obituaries and features put it.
    (rf"{PLACE},\s+{MONTH}\s+{DAY},?\s+{YEAR}{AGENCY}\s*$", "LISBON, Oct. 25, 2025"),
    (rf"{PLACE},\s+{DAY}\s+{MONTH},?\s+{YEAR}{AGENCY}\s*$", "Lisbon, 25 October 2025 (Lusa)"),
    # A line that is only a date, as saved pages put it under the headline or the byline.
    (rf"{WEEKDAY}{MONTH}\s+{DAY},?\s+{YEAR}{CLOCK}\s*$", "Saturday, October 25, 2025 10:15 AM ET"),
    (rf"{WEEKDAY}{DAY}\s+{MONTH},?\s+{YEAR}{CLOCK}\s*$", "Sat 25 Oct 2025"),
]  # fmt: skip
DATELINE_PATTERNS = [re.compile(r"^\s*" + pattern) for pattern, _ in DATELINES]
DATELINE_LINES = 6  # a dateline sits in the first lines (after a title or a byline), never deeper
DATELINE_CHARS = 400

# A first line that names a note and its day, as people title their notes and minutes. Read last (after
# the file name), and never after a word that makes the date something due ("Vote set for March 3").
_NOT_DUE = (
    r"(?<!\bfor)(?<!\bon)(?<!\bby)(?<!\buntil)(?<!\bbefore)(?<!\bafter)(?<!\bfrom)(?<!\bto)(?<!\bin)"
    r"(?<!\bthrough)(?<!\bopen)(?<!\bopens)(?<!\bvote)(?<!\bdue)"
)
HEADINGS = [
    (rf"[^\n]*?[\w)]{_NOT_DUE}(?:,|\s)\s*{DAY}\s+{MONTH},?\s+{YEAR}\s*$", "Interview notes, 14 Nov 2024"),
    (rf"[^\n]*?[\w)]{_NOT_DUE}(?:,|\s)\s*{MONTH}\s+{DAY},?\s+{YEAR}\s*$", "Board meeting June 4, 2024"),
    (rf"[^\n]*?\((?:[a-z]+\s+)?{MONTH}\s+{DAY},?\s+{YEAR}\)", "Audit (Feb 27, 2025) - things to check"),
    (rf"[^\n]*?\((?:[a-z]+\s+)?{DAY}\s+{MONTH},?\s+{YEAR}\)", "Results (certified 26 Nov 2024)"),
]  # fmt: skip
HEADING_PATTERNS = [re.compile(r"^\s*#*\s*" + pattern) for pattern, _ in HEADINGS]

# Dates in a file name or its folders, as archives and exporters write them.
Y4 = r"(?P<year>1[89]\d\d|2[01]\d\d)"
FILENAMES = [
    (rf"(?<!\d){ISO}(?!\d)", "2025-10-25-hanoi.txt"),
    (rf"(?<!\d){Y4}[_.](?P<month>[01]\d)[_.](?P<day>[0-3]\d)(?!\d)", "2025_10_25.html"),
    (rf"(?<!\d){Y4}(?P<month>[01]\d)(?P<day>[0-3]\d)(?!\d)", "AFP_ENG_20251025.0042.txt"),
]  # fmt: skip
FILENAME_PATTERNS = [re.compile(pattern) for pattern, _ in FILENAMES]
FOLDER_DATE = re.compile(rf"(?:^|/){Y4}/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/")  # news/2025/10/25/
FOLDER_YEAR = re.compile(rf"(?:^|/){Y4}/")  # archive/2025/hanoi.txt (year only)
# A metadata date that gives a year and no day: a year-less dateline takes its year.
YEAR_ONLY = [
    (rf"^\s*{Y4}\s*$", "2025"),
    (rf"^\s*{Y4}-[01]\d\s*$", "2025-10"),
    (rf"^\s*{MONTH},?\s+{Y4}\s*$", "October 2025, Oct. 2025"),
]  # fmt: skip
YEAR_ONLY_PATTERNS = [re.compile(pattern) for pattern, _ in YEAR_ONLY]

# Metadata dates: ISO first (front matter, JSON, HTML meta), then the ways people write them by hand.
METADATA = [
    (rf"^\s*{ISO}", "2025-10-25, 2025-10-25T08:30:00+07:00"),
    (r"^\s*(?P<year>1[89]\d\d|2[01]\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b", "2025/10/25"),
    (rf"^\s*(?:\w+,?\s+)?{MONTH}\s+{DAY},?\s+{YEAR}\b", "October 25, 2025; Sat, Oct 25 2025"),
    (rf"^\s*(?:\w+,?\s+)?{DAY}\s+{MONTH},?\s+{YEAR}\b", "25 October 2025; Saturday 25 Oct 2025"),
]  # fmt: skip
METADATA_PATTERNS = [re.compile(pattern, re.IGNORECASE) for pattern, _ in METADATA]
# Day and month in figures, in either order, as US ("03/19/2025") and European ("19.03.2025") tools write
# them: read only when the order cannot matter (one number above 12, or both the same); "03/04/2025"
# could be 4 March or 3 April, and is not read.
NUMERIC = (r"^\s*(?P<first>[0-3]?\d)[/.](?P<second>[0-3]?\d)[/.]" + YEAR + r"\b", "03/19/2025, 19.03.2025")
NUMERIC_PATTERN = re.compile(NUMERIC[0])


def _numeric_date(value: str) -> dt.date | None:
    match = NUMERIC_PATTERN.match(value)
    if not match:
        return None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if first != second and first <= 12 and second <= 12:
        return None  # the order decides, and nothing tells it
    month, day = (second, first) if first > 12 else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date(match: re.Match[str], *, year: int | None = None) -> dt.date | None:
    parts = match.groupdict()
    month = parts["month"]
    number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    found_year = int(parts["year"]) if parts.get("year") else year
    if found_year is None:
        return None
    try:
        return dt.date(found_year, number, int(parts["day"]))
    except ValueError:
        return None


def parse_date(text: str) -> dt.date:
    """Parse an ISO date (2025-10-25) given on the command line; raise DateError otherwise."""
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise DateError(f"cannot read the date {text!r}: give it as YYYY-MM-DD") from None


def metadata_date(value: object) -> dt.date | None:
    """Read a date from a metadata value (front matter, a JSON field, a meta tag); None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    for pattern in METADATA_PATTERNS:
        match = pattern.match(value)
        if match:
            return _date(match)
    numeric = _numeric_date(value)
    if numeric:
        return numeric
    try:  # RFC 2822, as RSS feeds and e-mail exports write it: "Sat, 25 Oct 2025 08:30:00 +0700"
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def metadata_year(value: object) -> int | None:
    """Return the year of a metadata value that names a year or a month, no day ("2025", "October 2025")."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    match = next(filter(None, (pattern.match(value) for pattern in YEAR_ONLY_PATTERNS)), None)
    return int(match["year"]) if match else None


def find_dateline(text: str) -> tuple[dt.date | None, re.Match[str] | None]:
    """Find a dateline in the first lines of `text`: (its date or None if it has no year, the match)."""
    head = text[:DATELINE_CHARS]
    for line in head.splitlines()[:DATELINE_LINES]:
        for pattern in DATELINE_PATTERNS:
            match = pattern.match(line)
            if match:
                return _date(match), match
    return None, None


def dateline_date(text: str, *, year: int | None = None) -> dt.date | None:
    """Return the date of the dateline of `text`, or None.

    A dateline without a year ("HANOI, Oct 25 (AFP) -") takes `year`; without one, it gives no date.
    """
    date, match = find_dateline(text)
    if date is None and match is not None and year is not None:
        return _date(match, year=year)
    return date


def heading_date(text: str) -> dt.date | None:
    """Return the date a note's first line gives it (`HEADINGS`): "Board meeting June 4, 2024"; else None."""
    first = next((line for line in text[:DATELINE_CHARS].splitlines() if line.strip()), "")
    for pattern in HEADING_PATTERNS:
        match = pattern.match(first)
        if match:
            return _date(match)
    return None


def filename_date(path: str | PurePath) -> dt.date | None:
    """Return the date written in a file's name (2025-10-25-hanoi.txt) or folders (2025/10/25/), if any."""
    pure = PurePath(path)
    for pattern in FILENAME_PATTERNS:
        for match in pattern.finditer(pure.name):
            date = _date(match)
            if date:
                return date
    match = FOLDER_DATE.search(pure.parent.as_posix() + "/")
    return _date(match) if match else None


def path_year(path: str | PurePath) -> int | None:
    """Return a year the path states, in a date in its name or a folder named like 2025, if any."""
    date = filename_date(path)
    if date:
        return date.year
    match = FOLDER_YEAR.search(PurePath(path).parent.as_posix() + "/")
    return int(match["year"]) if match else None
