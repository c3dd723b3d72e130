"""Reading inputs, one module an idea: JSON and news-API records, TimeML files, the dispatch in sources."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from timeline import sources, sources_json, sources_timeml
from timeline.errors import InputError
from timeline.sources_items import Item

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["sources", "sources_items", "sources_json", "sources_timeml", "sources_feed", "sources_office",
           "sources_mail"]  # fmt: skip


@pytest.mark.parametrize("name", MODULES)
def test_each_reading_module_stays_under_the_house_size(name: str) -> None:
    lines = (ROOT / "timeline" / f"{name}.py").read_text(encoding="utf-8").count("\n")
    assert lines < 400, f"{name}.py has {lines} lines"


def _imports_inside_functions(path: Path) -> list[str]:
    """Return the modules a file imports inside its functions (lazily)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.ImportFrom) and inner.module:
                    found.append(inner.module)
                elif isinstance(inner, ast.Import):
                    found.extend(alias.name for alias in inner.names)
    return found


def test_sources_imports_no_timeml_parser_lazily() -> None:
    lazy = _imports_inside_functions(ROOT / "timeline" / "sources.py")
    assert not [module for module in lazy if module.startswith("timeline.temporal")], lazy


def _item(data: bytes, kind: str = "jsonl") -> Item:
    return Item("in.jsonl", "in", kind, data, 3)


# (id, line of JSON, expected fields or the start of the InputError message)
RECORDS = [
    ("plain", b'{"text": "The port closed.", "date": "2026-04-01"}',
     {"text": "The port closed.", "date": "2026-04-01"}),
    ("news-api-names", b'{"content": "The port closed.", "publishedAt": "2026-04-03T10:00:00Z"}',
     {"text": "The port closed.", "date": "2026-04-03T10:00:00Z"}),
    ("lone-surrogate-replaced", b'{"text": "A\\ud800B"}', {"text": "A\ufffdB"}),
    ("not-json", b"not json", "not valid JSON at column 1"),
    ("not-utf8", b'{"text": "caf\xe9"}', "not UTF-8 text"),
    ("array", b"[1, 2]", "each line needs an object"),
    ("text-a-number", b'{"text": 42}', 'its "text" is a number, not a string'),
    ("no-text", b'{"headline": "x", "when": 1}', 'each line needs a "text"'),
]  # fmt: skip


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in RECORDS], ids=[c[0] for c in RECORDS])
def test_a_json_record_gives_its_fields_or_names_what_is_wrong(data: bytes, expected) -> None:
    if isinstance(expected, str):
        with pytest.raises(InputError, match="^" + expected.replace("(", r"\(")):
            sources_json.record(_item(data))
        return
    fields = sources_json.record(_item(data))
    assert {key: fields.get(key) for key in expected} == expected


TIMEML = (
    b'<?xml version="1.0" ?><TimeML><DOCID>note_1</DOCID><DCT>'
    b'<TIMEX3 tid="t0" type="DATE" value="2026-03-02" functionInDocument="CREATION_TIME">'
    b'March 2, 2026</TIMEX3></DCT><TEXT>The depot shut '
    b'<TIMEX3 tid="t1" type="DATE" value="2026-03-01">on Sunday</TIMEX3>.</TEXT></TimeML>'
)


def test_a_timeml_file_gives_its_text_without_tags_its_id_and_date() -> None:
    meta, text = sources_timeml.fields(TIMEML)
    assert (meta["id"], str(meta["date"]), text) == ("note_1", "2026-03-02", "The depot shut on Sunday.")


def test_a_timeml_file_reads_into_the_same_document_through_sources() -> None:
    document, problems = sources.load(_item(TIMEML, "timeml"))
    assert problems == [] and document is not None
    assert (document.id, str(document.date), document.date_source) == ("note_1", "2026-03-02", "metadata")
