"""Give the day of a holiday that follows a lunar or lunisolar calendar, from a table of dates by year.

Chinese New Year, Ramadan, Eid al-Fitr, Diwali, Hanukkah, Passover, Eid al-Adha and Holi move against the
Gregorian calendar, so no rule of month and weekday finds them; each has a column of first days, one row per
year 1985-2040 (news archives reach back to the late 1980s). Outside those years the year is known and
the day is not (2041-XX-XX).

Source of the dates: generated once (not a dependency) from the calendar tables of the `holidays` package,
version 0.108 (Open World Holidays Framework, MIT licence): `_ChineseLunisolar.lunar_new_year_date`,
`_IslamicLunar.ramadan_beginning_dates` and `eid_al_fitr_dates` (the expected first day; a local
sighting of the moon can put it a day later), `_HinduLunisolar.diwali_date`, and
`_HebrewLunisolar.hanukkah_date` and `passover_date` (the first full day: the holiday begins at
sundown the evening before). A year with two first days of Ramadan or Eid lists both.

Added in session 23 from the same package (version 0.109): `_IslamicLunar.eid_al_adha_dates` (2006 and 2039
hold two), and `_HinduLunisolar.holi_date` (the day of colours, after the bonfire night of
Holika Dahan; the package's rows, 2001-2035, are timeanddate.com's). Holi's other rows (1985-2000,
2036-2040) were computed with the rule that gives all 35 of those rows: the full moon after the last new
moon before the sun enters sidereal Pisces (ephem 4.2.1 for the moon and sun, Lahiri's ayanamsa), Holi
falling on that full moon's Indian date when it comes before 17:00 IST, on the next day otherwise.

Checked in session 22: the Passover and Hanukkah columns agree, every year, with the arithmetic Hebrew
calendar (the molad and its postponements, as in Reingold and Dershowitz's Calendrical Calculations).
Ten Diwali rows were a lunation late (the new moon that ends Kartika, not Ashvin: 2017 and 2025 read
mid-November where India lit its lamps on Oct. 19 and Oct. 20); they now hold the day before the first new
moon after the sun enters sidereal Libra (Meeus's new moon series, Lahiri's ayanamsa), or that day itself
when the moon is new after sunset in India. Other rows may differ by the one day that local almanacs
dispute (which evening of the new moon is the festival's).

Rosh Hashanah and Yom Kippur need no column: from Passover (Nisan 15) to Tishrei 1 the Hebrew months have
fixed lengths (Nisan 30, Iyar 29, Sivan 30, Tammuz 29, Av 30, Elul 29), so the new year falls 163 days
after the first day of Passover and Yom Kippur (Tishrei 10) 172 days after it, in the same Gregorian year.
"""

from __future__ import annotations

import datetime as dt
import re

# (regex of the names, column of DATES, days after that column's day, example)
LUNAR_HOLIDAYS: list[tuple[str, int, int, str]] = [
    (r"chinese new year|lunar new year", 1, 0, "Chinese New Year"),
    (r"ramadan|ramadhan", 2, 0, "the start of Ramadan"),
    (r"eid[ -](?:al|ul|el)[ -]fitr", 3, 0, "Eid-al-Fitr"),
    (r"diwali|deepavali", 4, 0, "Diwali"),
    (r"hanukkah|chanukah|hanukah", 5, 0, "Hanukkah"),
    (r"passover|pesach", 6, 0, "Passover"),
    (r"rosh hashanah?|rosh hashana", 6, 163, "Rosh Hashanah (Tishrei 1)"),
    (r"yom kippur", 6, 172, "Yom Kippur (Tishrei 10)"),
    (r"eid[ -](?:al|ul|el)[ -](?:adha|azha)|bakr[ -]?eid|bakrid", 7, 0, "Eid al-Adha / Eid-ul-Azha / Bakrid"),
    (r"holi", 8, 0, "Holi (the day of colours)"),
    (r"holika dahan", 8, -1, "Holika Dahan (the bonfire the night before Holi)"),
]

# (year, Chinese New Year, Ramadan begins, Eid al-Fitr, Diwali, Hanukkah's first day, Passover's first day,
#  Eid al-Adha, Holi)
DATES: list[tuple[int, str, str, str, str, str, str, str, str]] = [
    (1985, "02-20", "05-20", "06-19", "11-11", "12-08", "04-06", "08-26", "03-07"),
    (1986, "02-09", "05-09", "06-08", "11-01", "12-27", "04-24", "08-15", "03-26"),
    (1987, "01-29", "04-29", "05-28", "10-22", "12-16", "04-14", "08-04", "03-16"),
    (1988, "02-17", "04-17", "05-16", "11-08", "12-04", "04-02", "07-23", "03-04"),
    (1989, "02-06", "04-07", "05-06", "10-28", "12-23", "04-20", "07-13", "03-22"),
    (1990, "01-27", "03-27", "04-26", "10-18", "12-12", "04-10", "07-02", "03-11"),
    (1991, "02-15", "03-17", "04-15", "11-05", "12-02", "03-30", "06-22", "03-01"),
    (1992, "02-04", "03-05", "04-04", "10-25", "12-20", "04-18", "06-11", "03-19"),
    (1993, "01-23", "02-22", "03-24", "11-13", "12-09", "04-06", "05-31", "03-08"),
    (1994, "02-10", "02-11", "03-13", "11-02", "11-28", "03-27", "05-20", "03-27"),
    (1995, "01-31", "01-31", "03-02", "10-23", "12-18", "04-15", "05-09", "03-17"),
    (1996, "02-19", "01-21", "02-19", "11-10", "12-06", "04-04", "04-27", "03-05"),
    (1997, "02-07", "01-10 12-30", "02-08", "10-30", "12-24", "04-22", "04-17", "03-24"),
    (1998, "01-28", "12-19", "01-29", "10-19", "12-14", "04-11", "04-07", "03-13"),
    (1999, "02-16", "12-09", "01-18", "11-07", "12-04", "04-01", "03-27", "03-02"),
    (2000, "02-05", "11-27", "01-08 12-27", "10-26", "12-22", "04-20", "03-16", "03-20"),
    (2001, "01-24", "11-16", "12-16", "11-14", "12-10", "04-08", "03-05", "03-10"),
    (2002, "02-12", "11-06", "12-05", "11-04", "11-30", "03-28", "02-22", "03-29"),
    (2003, "02-01", "10-26", "11-25", "10-24", "12-20", "04-17", "02-11", "03-18"),
    (2004, "01-22", "10-15", "11-14", "11-11", "12-08", "04-06", "02-01", "03-07"),
    (2005, "02-09", "10-04", "11-03", "11-01", "12-26", "04-24", "01-21", "03-26"),
    (2006, "01-29", "09-24", "10-23", "10-21", "12-16", "04-13", "01-10 12-31", "03-15"),
    (2007, "02-18", "09-13", "10-13", "11-09", "12-05", "04-03", "12-20", "03-04"),
    (2008, "02-07", "09-01", "10-01", "10-28", "12-22", "04-20", "12-08", "03-22"),
    (2009, "01-26", "08-22", "09-20", "10-17", "12-12", "04-09", "11-27", "03-11"),
    (2010, "02-14", "08-11", "09-10", "11-05", "12-02", "03-30", "11-16", "03-01"),
    (2011, "02-03", "08-01", "08-30", "10-26", "12-21", "04-19", "11-06", "03-20"),
    (2012, "01-23", "07-20", "08-19", "11-13", "12-09", "04-07", "10-26", "03-08"),
    (2013, "02-10", "07-09", "08-08", "11-02", "11-28", "03-26", "10-15", "03-27"),
    (2014, "01-31", "06-28", "07-28", "10-23", "12-17", "04-15", "10-04", "03-17"),
    (2015, "02-19", "06-18", "07-17", "11-11", "12-07", "04-04", "09-23", "03-06"),
    (2016, "02-08", "06-06", "07-06", "10-30", "12-25", "04-23", "09-11", "03-24"),
    (2017, "01-28", "05-27", "06-25", "10-19", "12-13", "04-11", "09-01", "03-13"),
    (2018, "02-16", "05-16", "06-15", "11-07", "12-03", "03-31", "08-21", "03-02"),
    (2019, "02-05", "05-06", "06-04", "10-27", "12-23", "04-20", "08-11", "03-21"),
    (2020, "01-25", "04-24", "05-24", "11-14", "12-11", "04-09", "07-31", "03-10"),
    (2021, "02-12", "04-13", "05-13", "11-04", "11-29", "03-28", "07-20", "03-29"),
    (2022, "02-01", "04-02", "05-02", "10-24", "12-19", "04-16", "07-09", "03-18"),
    (2023, "01-22", "03-23", "04-21", "11-12", "12-08", "04-06", "06-28", "03-08"),
    (2024, "02-10", "03-11", "04-10", "10-31", "12-26", "04-23", "06-16", "03-25"),
    (2025, "01-29", "03-01", "03-30", "10-20", "12-15", "04-13", "06-06", "03-14"),
    (2026, "02-17", "02-18", "03-20", "11-08", "12-05", "04-02", "05-27", "03-04"),
    (2027, "02-06", "02-08", "03-09", "10-28", "12-25", "04-22", "05-16", "03-22"),
    (2028, "01-26", "01-28", "02-26", "10-17", "12-13", "04-11", "05-05", "03-11"),
    (2029, "02-13", "01-16", "02-14", "11-05", "12-02", "03-31", "04-24", "03-01"),
    (2030, "02-03", "01-05 12-26", "02-04", "10-26", "12-21", "04-18", "04-13", "03-20"),
    (2031, "01-23", "12-15", "01-24", "11-14", "12-10", "04-08", "04-02", "03-09"),
    (2032, "02-11", "12-04", "01-14", "11-02", "11-28", "03-27", "03-22", "03-27"),
    (2033, "01-31", "11-23", "01-02 12-23", "10-22", "12-17", "04-14", "03-11", "03-16"),
    (2034, "02-19", "11-12", "12-12", "11-10", "12-07", "04-04", "03-01", "03-05"),
    (2035, "02-08", "11-01", "12-01", "10-30", "12-26", "04-24", "02-18", "03-24"),
    (2036, "01-28", "10-20", "11-19", "10-18", "12-14", "04-12", "02-07", "03-12"),
    (2037, "02-15", "10-10", "11-08", "11-06", "12-03", "03-31", "01-26", "03-02"),
    (2038, "02-04", "09-30", "10-29", "10-27", "12-22", "04-20", "01-16", "03-21"),
    (2039, "01-24", "09-19", "10-19", "11-15", "12-12", "04-09", "01-05 12-26", "03-11"),
    (2040, "02-12", "09-07", "10-07", "11-04", "11-30", "03-29", "12-14", "03-29"),
]
_BY_YEAR = {row[0]: row for row in DATES}
RAMADAN = 2  # the column of Ramadan's first days
_PATTERNS = [(re.compile(pattern), column, days) for pattern, column, days, _ in LUNAR_HOLIDAYS]


def _lunar_row(name: str) -> tuple[int, int] | None:
    """Return (DATES column, days after it) of a lunar holiday's name, or None for any other name."""
    name = " ".join(name.lower().split())
    return next(((column, days) for pattern, column, days in _PATTERNS if pattern.fullmatch(name)), None)


def lunar_column(name: str) -> int | None:
    """Return the DATES column of a lunar holiday's name ("Diwali" -> 4), or None for any other name."""
    found = _lunar_row(name)
    return found[0] if found else None


def lunar_days(name: str, year: int) -> list[dt.date]:
    """Return the days of a lunar holiday in `year` (two when it falls twice), none outside the table."""
    found = _lunar_row(name)
    row = _BY_YEAR.get(year)
    if found is None or row is None:
        return []
    column, after = found
    firsts = [dt.date(year, int(mmdd[:2]), int(mmdd[3:])) for mmdd in row[column].split()]
    return [first + dt.timedelta(days=after) for first in firsts]


def lunar_day(name: str, year: int) -> dt.date | None:
    """Return the first day of a lunar holiday in `year` (the first of two), or None outside the table."""
    days = lunar_days(name, year)
    return days[0] if days else None


def ramadan_last_day(first: dt.date) -> dt.date | None:
    """Return the last day of the Ramadan that begins on `first`: the eve of the Eid al-Fitr after it."""
    for year in (first.year, first.year + 1):
        row = _BY_YEAR.get(year)
        for mmdd in row[3].split() if row else ():
            eid = dt.date(year, int(mmdd[:2]), int(mmdd[3:]))
            if eid > first:
                return eid - dt.timedelta(days=1)
    return None
