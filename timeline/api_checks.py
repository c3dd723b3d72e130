"""Check what a Python caller hands to the library, so that a slip raises an InputError saying what to give.

A command line parses its arguments before the library sees them; a script does not. Without these
checks `timeline.extract(..., dct="2025-10-22")` ran with no date at all, a mistyped "archve/" became
the text of a document, and timexes of another text failed deep in the event layer with an IndexError.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from timeline.errors import DateError, InputError
from timeline.models import Document, TimeExpression
from timeline.sources_items import Fallback, GivenDate

FOR_DOCUMENTS = "give Documents to timeline.extract_documents, which takes them ready"


def given_date(dct: object, *, name: str = "dct") -> GivenDate | None:
    """Return `dct` as a date (or the Fallback it is): a date, a datetime, an ISO string ("2025-10-22").

    `name` is the argument's name, for the message of a value that is no date.
    """
    if dct is None or isinstance(dct, Fallback):
        return dct
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    if not isinstance(dct, str):
        # 20251022 (an int) reads as a date once turned into a string: a slip, said so
        kind = type(dct).__name__
        raise InputError(f"{name}: expected a date, a datetime or an ISO date string, got {kind} {dct!r}")
    try:
        return dt.date.fromisoformat(dct.strip()[:10])
    except ValueError:
        said = f"{name}: cannot read {dct!r} as a date; give YYYY-MM-DD, e.g. '2025-10-22'"
        raise DateError(said) from None


def documents_date(dct: object, default_dct: object) -> GivenDate | None:
    """Return the date that dates a run's documents: `dct` overriding their own, or `default_dct` (a
    Fallback) for those that carry none; giving both is a slip, said so."""
    if default_dct is None:
        return given_date(dct)
    if dct is not None:
        raise InputError("give dct (the date of every document) or default_dct (the date of the documents "
                         "that carry none), not both")
    date = given_date(default_dct, name="default_dct")
    return date if isinstance(date, Fallback) else Fallback(date)


def input_list(inputs: object) -> list[str | Path]:
    """Return the inputs of `timeline.extract` as a list of paths and texts, or say what to give instead."""
    if isinstance(inputs, (str, Path)):
        return [inputs]
    if isinstance(inputs, bytes):
        raise InputError("inputs: got bytes; decode them (data.decode('utf-8')) or give the file's path")
    if isinstance(inputs, Document):
        raise InputError(f"inputs: got a Document; {FOR_DOCUMENTS}")
    if not isinstance(inputs, Iterable):
        raise InputError(f"inputs: expected a path, a text or a list of them, got {type(inputs).__name__}")
    found = list(inputs)
    for index, item in enumerate(found):
        if isinstance(item, Document):
            raise InputError(f"inputs[{index}]: got a Document; {FOR_DOCUMENTS}")
        if not isinstance(item, (str, Path)):
            kind = type(item).__name__
            raise InputError(f"inputs[{index}]: expected a path or a text, got {kind} {item!r}")
    return found


def checked_timexes(document: Document, timexes: list[TimeExpression]) -> list[TimeExpression]:
    """Return `timexes` when each one's offsets slice its text out of the document's text, else say so."""
    for timex in timexes:
        if document.text[timex.start : timex.end] != timex.text:
            raise InputError(
                f"timex {timex.tid} {timex.text!r} at {timex.start}-{timex.end} is not in the text of "
                f"document {document.id!r}: give the expressions of that text, "
                "timeline.temporal.tag(document.text, dct=document.date)"
            )
    return timexes
