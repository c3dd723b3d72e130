"""Parse the text of a timeline file: bring older schema versions up to date, and name the place of an error.

An error names the file, the place (line and column, and the field path such as
`events[3] (id 3f2a...).when.start`) and what is wrong, so that a hand-edited file can be fixed.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from timeline.dates import parse_when, range_of
from timeline.errors import DateError, StoreError
from timeline.file_checks import event_problem, when_problem
from timeline.models import SCHEMA_VERSION, Document, Event, Evidence, TimeExpression, Timeline, When
from timeline.temporal.intervals import interval
from timeline.textmeta import article_records


def _upgrade_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (before schema_version existed): an event's `when` was its TIMEX3 value as a string.

    Example: {"events": [{"id": "a", "title": "...", "when": "2017-10"}]}
    becomes  {"schema_version": 1, "events": [{..., "when": {"value": "2017-10", "start": ..., ...}}]}
    """
    for index, event in enumerate(data.get("events") or []):
        if not isinstance(event, dict) or not isinstance(event.get("when"), str):
            continue
        bounds = interval(event["when"])
        if bounds is None:
            raise ValueError(f"events[{index}].when: {event['when']!r} is not a concrete date value")
        start, end, granularity = bounds
        event["when"] = {
            "value": event["when"],
            "start": start.isoformat(),
            "end": end.isoformat(),
            "granularity": granularity,
        }
    return data


def _upgrade_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 had no `removed_events` (events `remove` took out, kept for `restore`): nothing to change.

    Version 2 exists so that a program that reads only version 1 says "upgrade timeline" for a file that
    may hold `removed_events`, instead of calling the field unknown.
    """
    return data


# schema_version -> function that turns a file of that version into the next version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _upgrade_0,
    1: _upgrade_1,
}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring the parsed JSON of a timeline file of any older schema_version up to the current one.

    A file without `schema_version` predates it and is version 0.
    """
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise ValueError(f"schema_version: {version!r} is not a version number")
    if version > SCHEMA_VERSION:
        raise ValueError(
            f"schema_version {version} is newer than this program reads ({SCHEMA_VERSION}); "
            "upgrade timeline"
        )
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    return data


def _typed_when(text: str) -> dict[str, Any]:
    """Read a date typed by hand into a file ("12 March 2024", "June to August 2026") as a `when` object."""
    try:
        when = parse_when(text)
    except DateError as error:
        when = range_of(text)
        if when is None:
            raise ValueError(str(error)) from None
    return when.model_dump(mode="json")


def typed_dates(data: dict[str, Any]) -> list[tuple[int, str]]:
    """Turn the dates a person typed into a file of the current version into `when` objects, in place.

    `"when": "12 March 2024"` is read as `timeline add --date` reads it (a TIMEX3 value such as
    "2024-03-12" too), and a `when` object given only its "value" gets its start, end and precision.
    An extracted event whose date was typed so is pinned: the user has edited it. Returns the
    (index, message) of each date that cannot be read; relative dates ("last Tuesday") are among them.
    """
    problems = []
    for index, event in enumerate(data.get("events") or []):
        if not isinstance(event, dict):
            continue
        when = event.get("when")
        try:
            if isinstance(when, str):
                event["when"] = _typed_when(when)
                if event.get("origin", "extracted") == "extracted":
                    event["pinned"] = True
            elif isinstance(when, dict) and isinstance(when.get("value"), str) and not when.keys() & {
                "start", "end", "granularity"
            }:  # fmt: skip
                bounds = interval(when["value"])
                if bounds is None:
                    raise ValueError(f"{when['value']!r} is not a date value (try \"2024-03-12\")")
                start, end, granularity = bounds
                event["when"] = {**when, "start": start.isoformat(), "end": end.isoformat(),
                                 "granularity": granularity}  # fmt: skip
            elif isinstance(when, dict) and (problem := when_problem(when)):
                raise ValueError(problem)
        except ValueError as error:
            problems.append((index, str(error)))
    return problems


def typed_events(data: dict[str, Any]) -> None:
    """Give an event typed into the file without an id the id `timeline add` would give it, in place.

    `{"title": "Union files notice", "when": "20 October 2026"}` added to "events" by hand is the
    user's own event: it gets a stable id (the same on every read until the file is saved with it) and,
    without evidence, origin "manual", so that re-extraction keeps it.
    """
    from timeline.edit import manual_id  # edit reads files through this module's callers, not this one

    events = data.get("events")
    if not isinstance(events, list):
        return
    kept = [*events, *(data.get("removed_events") or [])]  # a removed event keeps its id for `restore`
    taken = {e["id"] for e in kept if isinstance(e, dict) and isinstance(e.get("id"), str)}
    taken |= {i for i in data.get("removed") or [] if isinstance(i, str)}
    for event in events:
        if not isinstance(event, dict) or event.get("id") or not isinstance(event.get("title"), str):
            continue
        try:
            when = When.model_validate(event.get("when"))
        except ValidationError:
            continue  # validation names the date's problem
        event["id"] = manual_id(event["title"], when, taken)
        taken.add(event["id"])
        if not event.get("evidence") and "origin" not in event:
            event["origin"] = "manual"
            event.pop("pinned", None)  # set by typed_dates for an "extracted" one: a manual one is the user's


def _field_path(loc: tuple[int | str, ...], data: Any) -> str:
    """Spell a pydantic error location as `events[3].when.start`, naming the event id where known."""
    path = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                path += f" (id {node['id']})"
        else:
            path += f".{part}" if path else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return path or "(top level)"


_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def _skip(raw: str, index: int) -> int:
    while index < len(raw) and raw[index] in _SPACE:
        index += 1
    return index


def _offset(raw: str, loc: tuple[int | str, ...]) -> int:
    """Return where the value at `loc` starts in the JSON text, or its deepest existing parent.

    Only called for an error message, on text that json.loads has already accepted.
    """
    index = _skip(raw, 0)
    for part in loc:
        opening = raw[index] if index < len(raw) else ""
        if opening not in "{[" or isinstance(part, int) != (opening == "["):
            break
        cursor, position, found = _skip(raw, index + 1), 0, None
        while cursor < len(raw) and raw[cursor] not in "}]":
            if opening == "{":
                key, cursor = _DECODER.raw_decode(raw, cursor)
                cursor = _skip(raw, _skip(raw, cursor) + 1)  # past the colon
                hit = key == part
            else:
                hit = position == part
            if hit:
                found = cursor
                break
            _, cursor = _DECODER.raw_decode(raw, cursor)
            cursor = _skip(raw, cursor)
            if cursor < len(raw) and raw[cursor] == ",":
                cursor = _skip(raw, cursor + 1)
            position += 1
        if found is None:
            break
        index = found
    return index


def _line_column(raw: str, offset: int) -> str:
    line = raw.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (raw.rfind(chr(10), 0, offset) + 1) + 1}"


# Quotes a word processor or a phone keyboard types where JSON needs the straight " (character, name).
CURLY_QUOTES = [
    ("\u201c", "left double quotation mark \u201c"),
    ("\u201d", "right double quotation mark \u201d"),
    ("\u201e", "low double quotation mark \u201e"),
    ("\u00ab", "guillemet \u00ab"),
]


def _first_line_is_object(raw: str) -> bool:
    """Say whether the first line alone is a JSON object: {"text": ...} of a JSON Lines feed."""
    try:
        return isinstance(json.loads(raw.lstrip().partition("\n")[0]), dict)
    except json.JSONDecodeError:
        return False


def _articles(data: Any) -> str:
    """Say that JSON which is no timeline holds articles, which `timeline extract` reads; else ""."""
    return "; it holds articles: `timeline extract` reads them" if article_records(data) else ""


def _hint(raw: str, error: json.JSONDecodeError) -> str:
    """Name the slips a hand edit most often makes, where the parser's message does not.

    A comma left last ("a": 1,}), a comma left out between two fields (the parser names the next
    field's line, the comma belongs at the end of the line before), a typographic quote; and a JSON
    Lines file of articles given where a timeline file goes.
    """
    before = raw[: error.pos].rstrip()
    here = raw[error.pos : error.pos + 1]
    if before.endswith(",") and here in ("}", "]"):
        line = raw.count("\n", 0, len(before) - 1) + 1
        return f" (the comma at the end of line {line} has nothing after it: remove it)"
    curly = dict(CURLY_QUOTES)
    if here in curly:
        return f' (the {curly[here]} is not a JSON quote: type a straight " instead)'
    if error.msg == "Extra data" and _first_line_is_object(raw):
        return " (one JSON object a line: JSON Lines, a feed of articles, which `timeline extract` reads)"
    if error.msg == "Expecting ',' delimiter" and before and raw.count("\n", len(before), error.pos):
        line = raw.count("\n", 0, len(before)) + 1
        return f" (a comma is missing at the end of line {line})"
    return ""


def parse(raw: str, *, name: str = "<timeline>") -> Timeline:
    """Parse the text of a timeline file of any supported schema_version; errors name the place."""
    raw = raw.removeprefix("\ufeff")  # saved by Windows Notepad (UTF-8 with a byte-order mark)
    if not raw.strip():
        raise StoreError(f"{name}: empty, not a timeline file (`timeline extract` or `add` makes one)")
    if raw.lstrip("\ufeff \t\r\n")[:1] not in ("{", "["):  # an article or other text, not a broken timeline
        raise StoreError(f"{name}: not a timeline file (those are JSON); `timeline extract` reads articles")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        place = f"line {error.lineno}, column {error.colno}"
        raise StoreError(f"{name}: not valid JSON at {place}: {error.msg}{_hint(raw, error)}") from None
    if not isinstance(data, dict):
        kind = f"a {type(data).__name__}, not an object"
        raise StoreError(f"{name}: not a timeline file: the top level is {kind}{_articles(data)}")
    if data and not data.keys() & Timeline.model_fields.keys():  # some other JSON: say so, not "Extra inputs"
        keys = ", ".join(f'"{key}"' for key in list(data)[:3]) + ("..." if len(data) > 3 else "")
        raise StoreError(
            f"{name}: not a timeline file: its keys are {keys}, a timeline's are "
            '"schema_version", "documents" and "events" (`timeline schema` prints the format)'
            + _articles(data)
        )
    try:
        data = upgrade(data)
    except ValueError as error:
        raise StoreError(f"{name}: {error}") from None
    for index, message in typed_dates(data):
        field = _field_path(("events", index, "when"), data)
        place = _line_column(raw, _offset(raw, ("events", index, "when")))
        raise StoreError(f"{name}: not a valid timeline at {field} ({place}): {message}")
    typed_events(data)
    copied = _copied_id(data)
    if copied is not None:
        index, first = copied
        field = _field_path(("events", index, "id"), data)
        place = _line_column(raw, _offset(raw, ("events", index, "id")))
        raise StoreError(
            f"{name}: not a valid timeline at {field} ({place}): events[{first}] has this id too (an event "
            'copied in an editor?): delete the copy\'s "id" to have a new one given, or remove the copy'
        )
    try:
        timeline = Timeline.model_validate(data)
    except ValidationError as error:
        errors = error.errors()
        first, hint = _first_problem(errors)
        field = _field_path(tuple(first["loc"]), data)
        more = len(errors) - 1 - bool(hint.startswith(" (did you"))  # a misspelt field is one problem
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        place = _line_column(raw, _offset(raw, tuple(first["loc"])))
        raise StoreError(
            f"{name}: not a valid timeline at {field} ({place}): {first['msg']}{hint}{tail}"
        ) from None
    problem = event_problem(timeline)
    if problem is not None:
        loc, message = problem
        place = _line_column(raw, _offset(raw, loc))
        raise StoreError(f"{name}: not a valid timeline at {_field_path(loc, data)} ({place}): {message}")
    return timeline


def _copied_id(data: dict[str, Any]) -> tuple[int, int] | None:
    """Return the place of the first event whose id an earlier event has, and that earlier one's, else None.

    `timeline edit ID` or `remove ID` would change both: an event copied in an editor to make a variant
    keeps the id of the one it was copied from.
    """
    seen: dict[str, int] = {}
    for index, event in enumerate(data.get("events") or []):
        key = event.get("id") if isinstance(event, dict) else None
        if not isinstance(key, str):
            continue
        if key in seen:
            return index, seen[key]
        seen[key] = index
    return None


# The record at a place of the file, by the name of the list or field that holds it: (name, model, example).
_RECORDS = [
    (None, Timeline, '{"schema_version": 2, ...}'), ("events", Event, '"events": [{...}]'),
    ("removed_events", Event, '"removed_events": [{...}]'), ("documents", Document, '"documents": [{...}]'),
    ("when", When, '"when": {"value": ...}'), ("evidence", Evidence, '"evidence": [{...}]'),
    ("timex", TimeExpression, '"timex": {"tid": ...}'),
]  # fmt: skip


def _fields_at(parent: tuple[Any, ...]) -> list[str]:
    """Return the field names of the record at `parent`, a validation error's place without its last key."""
    name = next((part for part in reversed(parent) if isinstance(part, str)), None)
    model = next((model for known, model, _ in _RECORDS if known == name), None)
    return sorted(model.model_fields) if model is not None else []


def _first_problem(errors: list[Any]) -> tuple[Any, str]:
    """Return the validation error to name first, and a hint: a field name typed wrong is named as such.

    "titel" in an event gives two errors, "title" missing and "titel" unknown: the unknown one is named,
    with the field it stands for ("did you mean "title"?"); an unknown field alone is to be removed.
    An event typed without an id is given one once its date can be read: its "id" missing is named last.
    """
    errors = sorted(errors, key=lambda p: p["type"] == "missing" and p["loc"][0::2] == ("events", "id"))
    for problem in errors:
        if problem["type"] != "extra_forbidden":
            continue
        parent, key = tuple(problem["loc"][:-1]), str(problem["loc"][-1])
        missing = [str(p["loc"][-1]) for p in errors
                   if p["type"] == "missing" and tuple(p["loc"][:-1]) == parent]
        # a field with a default is never missing: "tag" stands for "tags" all the same
        near = difflib.get_close_matches(key, missing, n=1, cutoff=0.6) or difflib.get_close_matches(
            key, _fields_at(parent), n=1, cutoff=0.75)
        if near:
            return problem, f' (did you mean "{near[0]}"?)'
    if errors[0]["type"] == "extra_forbidden":
        unknown = errors[0]["loc"][-1]
        return errors[0], f' ("{unknown}" is no field here: remove it; `timeline schema` lists the fields)'
    kind = errors[0]["type"]
    if kind == "model_type" and errors[0]["loc"][-1:] == ("when",):
        kind = "when_type"
    hint = next((said for known, said, _ in VALUE_HINTS if known == kind), "")
    given = errors[0].get("input")
    return errors[0], hint.format(given=json.dumps(given, ensure_ascii=False)) if given is not None else ""


# What to type instead of a value of the wrong kind, by pydantic's error type: (type, hint, a value it fits).
VALUE_HINTS = [
    ("list_type", " (a list: [{given}])", '"tags": "labor" -> ["labor"]'),
    ("date_from_datetime_parsing", " (a day as YYYY-MM-DD, \"2025-01-05\", not {given})", '"2025-1-5"'),
    ("date_parsing", " (a day as YYYY-MM-DD, \"2025-01-05\", not {given})", '"5 Jan 2025" in "start"'),
    ("bool_parsing", " (true or false, without quotes, not {given})", '"pinned": "maybe"'),
    ("float_parsing", " (a number such as 0.85, not {given})", '"confidence": "high"'),
    ("when_type", ' (a date as text, "12 March 2024", or {{"value": "2024-03-12"}}, not {given})',
     '"when": 2024'),
]
