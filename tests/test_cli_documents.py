"""The CLI as a researcher uses it: documents and their dates, events of one document, -o to a device."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import threading
import time

import pytest
from click.testing import CliRunner

import cli
from timeline import store
from timeline.dates import parse_when
from timeline.models import Document, Event, Evidence, Timeline


def _event(id: str, title: str, date: str, *documents: str) -> Event:
    return Event(id=id, title=title, when=parse_when(date),
                 evidence=[Evidence(document=d, start=0, end=len(title), text=title) for d in documents])


def corpus(tmp_path) -> str:
    path = tmp_path / "t.json"
    store.save(Timeline(
        documents=[
            Document(id="paper/2024-10-03-repairs", text="...", date=dt.date(2024, 10, 3),
                     date_source="filename", title="Emergency repairs begin"),
            Document(id="wire/turbine", text="...", date=dt.date(2025, 6, 3), date_source="dateline",
                     title="Crane lifts the turbine"),
            Document(id="notes/letter", text="...", title="Letter: keep the pond"),
        ],
        events=[
            _event("e1", "Repairs began", "2024-09-30", "paper/2024-10-03-repairs"),
            _event("e2", "The turbine was lifted", "2025-06-02", "wire/turbine"),
            _event("e3", "The road reopened", "2024-10-01", "paper/2024-10-03-repairs", "wire/turbine"),
        ],
    ), path)  # fmt: skip
    return str(path)


# (id, --document, ids of the events listed, a line on stderr or None, exit code)
DOCUMENT_CASES = [
    ("exact-id", "wire/turbine", ["e3", "e2"], None, 0),
    ("part-of-an-id", "paper", ["e1", "e3"], "--document paper: 1 document (paper/2024-10-03-repairs)", 0),
    ("part-of-a-title-any-case", "CRANE", ["e3", "e2"], "--document CRANE: 1 document (wire/turbine)", 0),
    ("several-documents", "r", ["e1", "e3", "e2"], "--document r: 3 documents", 0),
    ("a-document-without-events", "letter", [], None, 0),
    ("no-such-document", "ledger", [], "no document of", 1),
    ("inside-a-title-word-is-no-match", "ifts", [], "no document of", 1),
    ("title-words-from-their-start", "lifts the", ["e3", "e2"], "1 document (wire/turbine)", 0),
]  # fmt: skip


@pytest.mark.parametrize(("document", "listed", "said", "code"), [c[1:] for c in DOCUMENT_CASES],
                         ids=[c[0] for c in DOCUMENT_CASES])  # fmt: skip
def test_list_and_export_the_events_of_one_document(tmp_path, document, listed, said, code):
    path = corpus(tmp_path)
    result = CliRunner().invoke(cli.main, ["list", path, "--document", document, "--json"])
    assert result.exit_code == code, result.output
    if said:
        assert said in result.stderr
    if code:
        return
    assert [e["id"] for e in json.loads(result.stdout)] == listed
    exported = CliRunner().invoke(cli.main, ["export", path, "--format", "jsonl", "--document", document])
    assert [json.loads(line)["id"] for line in exported.stdout.splitlines()] == listed


def test_documents_lists_each_document_with_its_date_and_where_it_came_from(tmp_path):
    path = corpus(tmp_path)
    result = CliRunner().invoke(cli.main, ["documents", path])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0] == ["ID", "DATE", "DATE", "SOURCE", "EVENTS", "TITLE"]
    assert [row[:4] for row in rows[1:]] == [
        ["notes/letter", "-", "none", "0"],
        ["paper/2024-10-03-repairs", "2024-10-03", "filename", "2"],
        ["wire/turbine", "2025-06-03", "dateline", "2"],
    ]
    assert "3 documents, 1 without a date" in result.stderr
    as_json = json.loads(CliRunner().invoke(cli.main, ["documents", path, "--json"]).stdout)
    assert [(d["id"], d["date"], d["date_source"]) for d in as_json][1] == (
        "wire/turbine", "2025-06-03", "dateline")
    assert all("text" not in d for d in as_json)


class Fifo:
    """A named pipe in tmp_path with a reader collecting what is written to it (a device, as /dev/null is)."""

    def __init__(self, path):
        os.mkfifo(path)
        self.path, self.chunks, self.done = path, [], threading.Event()
        self.fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a writer may open it from now on
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                chunk = None
            if chunk:
                self.chunks.append(chunk)
            elif self.done.is_set():
                return
            else:
                time.sleep(0.002)

    def close(self) -> bytes:
        self.done.set()
        self.thread.join(timeout=10)
        # the reader may have seen an empty pipe, then "done" set after the writer wrote: drain what is left
        while True:
            try:
                chunk = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                break
            self.chunks.append(chunk)
        os.close(self.fd)
        return b"".join(self.chunks)


# (id, the command before -o, text the output holds). Written through, a device or a pipe stays what it is:
# an atomic save renamed a file over it (run as root, /dev/null became a regular file).
STREAM_CASES = [
    ("export", ["export", "{t}", "--format", "csv"], "Repairs began"),
    ("render", ["render", "{t}"], "<html"),
    ("tag", ["tag", "{a}"], '"value": "2024-10-01"'),
    ("extract", ["extract", "{a}"], '"documents"'),
    ("merge", ["merge", "{t}"], '"id": "e2"'),
]


@pytest.mark.parametrize(
    ("command", "holds"), [c[1:] for c in STREAM_CASES], ids=[c[0] for c in STREAM_CASES]
)
def test_output_to_a_device_or_pipe_is_written_through(tmp_path, command, holds):
    path = corpus(tmp_path)
    article = tmp_path / "2024-10-03-road.txt"
    article.write_text("The road reopened on 1 October 2024.\n", encoding="utf-8")
    fifo = Fifo(tmp_path / "out")
    arguments = [a.format(t=path, a=article) for a in command]
    try:
        result = CliRunner().invoke(cli.main, [*arguments, "-o", str(fifo.path)])
    finally:
        written = fifo.close().decode("utf-8")
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo.path).st_mode), "the pipe was replaced by a file"
    assert holds in written
    assert not list(tmp_path.glob(".out*")), "no lock or temporary file beside a device"


# (id, options of add, the error)
DATE_ERRORS = [
    ("range-typed-backwards", ["--date", "2027 to 2026"], "--date: the end 2026 is before the start 2027"),
    ("end-before-date", ["--date", "2027", "--end", "2026"], "--end: the end 2026 is before the start 2027"),
    ("unreadable", ["--date", "soonish"], "--date: cannot read the date 'soonish'"),
]


@pytest.mark.parametrize(("options", "error"), [c[1:] for c in DATE_ERRORS], ids=[c[0] for c in DATE_ERRORS])
def test_date_errors_of_add_name_their_option(tmp_path, options, error):
    result = CliRunner().invoke(cli.main, ["add", str(tmp_path / "t.json"), *options, "--title", "Works"])
    assert result.exit_code == 1 and f"Error: {error}" in result.stderr, result.output
