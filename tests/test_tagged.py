"""tagged.tag_inputs: `timeline tag`'s documents, with each problem reported and the batch going on."""

import datetime as dt

import pytest

from timeline import tagged
from timeline.errors import InputError

FILES = {
    "plain.txt": "The council met on Monday.\n",
    "dated.jsonl": '{"id": "d1", "text": "It rained yesterday.", "date": "2024-03-05"}\n',
    "twice.jsonl": '{"id": "x", "text": "A vote in 2019."}\n{"id": "x", "text": "Another in 2020."}\n',
    "binary.txt": b"\x00\x01\x02\xff\xfe\x00binary",
}

CASES = [  # (inputs, dct, (id, dct) of each document tagged, the start of each problem reported)
    (["plain.txt"], dt.date(2025, 10, 25), [("plain", "2025-10-25")], []),
    (["plain.txt"], None, [("plain", None)], []),
    (["dated.jsonl"], dt.date(2025, 10, 25), [("d1", "2024-03-05")], []),  # its own date first
    (["twice.jsonl"], None, [("x", None), ("x", None)], ["document id 'x' is used by an earlier document"]),
    (["binary.txt", "plain.txt"], None, [("plain", None)], ["binary.txt"]),
]


def write(tmp_path, names):
    for name in names:
        content = FILES[name]
        if isinstance(content, bytes):
            (tmp_path / name).write_bytes(content)
        else:
            (tmp_path / name).write_text(content, encoding="utf-8")
    return [tmp_path / name for name in names]


@pytest.mark.parametrize(("names", "dct", "documents", "problems"), CASES,
                         ids=["-".join(c[0]) + f"-{c[1]}" for c in CASES])
def test_tag_inputs(tmp_path, monkeypatch, names, dct, documents, problems):
    monkeypatch.chdir(tmp_path)
    reported = []
    results = list(tagged.tag_inputs(write(tmp_path, names), dct=dct, jobs=1, on_problem=reported.append))
    found = [(r.document.id, r.document.date and r.document.date.isoformat()) for r in results]
    assert found == documents
    assert len(reported) == len(problems)
    for problem, start in zip(reported, problems, strict=True):
        assert start in str(problem)


def test_tag_inputs_ends_in_an_error_when_no_input_could_be_read(tmp_path):
    reported = []
    results = tagged.tag_inputs(write(tmp_path, ["binary.txt"]), dct=None, jobs=1, on_problem=reported.append)
    with pytest.raises(InputError, match="no document could be read: every input was skipped"):
        list(results)
    assert len(reported) == 1
