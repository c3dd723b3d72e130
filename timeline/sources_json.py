"""Read JSON inputs: an export of articles (a news API's), the lines of a JSON Lines file, one record.

A JSON export is cut into one Item per article, read like a JSON Lines line (numbered from 1), so that
both reach `record` the same way: an object with a text under one of `textmeta.TEXT_NAMES`, and its
id, date, title, url and source under the names news APIs use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline import textmeta
from timeline.decoding import without_lone_surrogates
from timeline.errors import InputError
from timeline.sources_items import STDIN, Input, Item, Problem, ProblemHandler

JSON_KINDS = {int: "a number", float: "a number", bool: "true or false", list: "an array", dict: "an object",
              type(None): "null"}  # fmt: skip


def is_export(path: Path) -> bool:
    """Tell whether a .json file is an export of articles (`textmeta.article_records`), not a timeline."""
    try:
        return textmeta.article_records(json.loads(path.read_bytes())) is not None
    except (OSError, ValueError):
        return False


def records(entry: Input, data: bytes, report: ProblemHandler) -> Iterator[Item]:
    """Yield each article of a JSON export as an Item read like a JSON Lines line (numbered from 1)."""
    try:
        parsed = json.loads(data)
        records = textmeta.article_records(parsed)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        report(Problem(entry.path, None, f"not valid JSON at {where} ({error.msg}), skipped"))
        return
    except ValueError:
        report(Problem(entry.path, None, "not UTF-8 JSON, skipped"))
        return
    if records is None and isinstance(parsed, dict) and "events" in parsed:  # a folder built into itself
        report(Problem(entry.path, None, "a timeline file, not articles, skipped"))
        return
    if records is None:
        wanted = f"a list of records with a {textmeta.text_names()}"
        report(Problem(entry.path, None, f"no articles in this JSON file ({wanted}), skipped; timeline "
                       "files are combined with `timeline merge`"))
        return
    for number, record in enumerate(records, 1):
        yield Item(entry.path, entry.name, "jsonl", json.dumps(record).encode("utf-8"), number)


def lines(stream: Iterable[bytes], entry: Input) -> Iterator[Item]:
    first, last = entry.lines or (1, None)
    read = 0  # bytes since the last line yielded: a progress bar counts blank lines, a BOM and "\r\n" too
    for number, raw in enumerate(stream, 1):
        if last is not None and number >= last:
            return
        if number < first:
            continue
        read += len(raw)
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if raw.strip():
            yield Item(entry.path, entry.name, "jsonl", raw.rstrip(b"\r\n"), number, read)
            read = 0


def count_lines(entry: Input) -> int:
    """Return the number of lines of a JSON Lines input (1 for any other input: one document)."""
    if entry.kind != "jsonl" or entry.path == STDIN:
        return 1
    count, last = 0, b"\n"
    try:
        with open(entry.path, "rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                count, last = count + chunk.count(b"\n"), chunk[-1:]
    except OSError:
        return 1  # reading it later reports the problem
    return count + (last != b"\n")


def record(item: Item) -> dict[str, object]:
    """Return the fields of one JSON Lines line (or exported article); raise InputError if it has no text."""
    try:
        parsed = json.loads(item.data)
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON at column {error.colno} ({error.msg}), line skipped") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text (JSON Lines must be UTF-8), line skipped") from None
    if not isinstance(parsed, dict):
        raise InputError(f"each line needs an object with a {textmeta.text_names()} string, line skipped")
    fields = {key: without_lone_surrogates(value) if isinstance(value, str) else value
              for key, value in textmeta.record_fields(parsed).items()}  # fmt: skip
    if "text" in fields and not isinstance(fields["text"], str):
        kind = JSON_KINDS.get(type(fields["text"]), "value")  # "text": 42 has a text, only not a string
        raise InputError(f'its "text" is {kind}, not a string, line skipped')
    if not isinstance(fields.get("text"), str):
        keys = ", ".join(f'"{key}"' for key in list(fields)[:6]) or "none"
        raise InputError(
            f"each line needs a {textmeta.text_names()} string; this one's keys are {keys}, line skipped"
        )
    return fields
