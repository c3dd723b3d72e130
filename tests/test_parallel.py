"""Parallel runs (--jobs N) give the serial output exactly, read a bounded window, survive bad documents."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import fake_tagger
import pytest
from click.testing import CliRunner

import cli
from timeline import parallel, pipeline, temporal

WORDS = ["The council met", "Prices rose", "The bridge opened", "Talks resumed", "A storm hit the coast"]


def make_corpus(root: Path, *, documents: int = 40) -> Path:
    """Write a small mixed corpus: dated and undated .txt files, a JSON Lines file, a page, bad inputs."""
    root.mkdir(parents=True, exist_ok=True)
    for n in range(documents):
        year = 1990 + n % 30
        again = f"{year + 1}-0{1 + n % 9}-1{n % 10}"
        body = f"{WORDS[n % 5]} in {year}. It happened again yesterday.\nOn {again} more.\n"
        name = f"{year}-05-0{1 + n % 9}-story{n:03d}.txt" if n % 3 else f"story{n:03d}.txt"
        (root / name).write_text(body, encoding="utf-8")
    lines = [json.dumps({"text": f"{WORDS[n % 5]} in {2000 + n}.", "id": f"line{n}"}) for n in range(25)]
    lines.insert(7, "{not json")
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "page.html").write_text(
        "<html><head><title>T</title><meta property='article:published_time' content='2024-02-03'></head>"
        "<body><nav>Home | News</nav><article><p>The museum reopened in 2019 after a long refit, the "
        "city said yesterday.</p><p>Work began in 2016.</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (root / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    fake_tagger.install(monkeypatch)
    return make_corpus(tmp_path / "corpus")


def squares_counting(consumed: list[int], count: int):
    for n in range(count):
        consumed[0] = n + 1
        yield n


def square(n: int) -> int:
    return n * n


@pytest.mark.parametrize("jobs", [1, 2, 3], ids=["serial", "two-jobs", "three-jobs"])
def test_ordered_map_keeps_order(jobs: int) -> None:
    assert list(parallel.ordered_map(square, range(500), jobs=jobs)) == [n * n for n in range(500)]


def test_ordered_map_reads_only_a_bounded_window_ahead() -> None:
    consumed = [0]
    results = parallel.ordered_map(square, squares_counting(consumed, 100_000), jobs=2)
    assert next(results) == 0
    window = 2 * parallel.WINDOW_PER_JOB * parallel.CHUNK_ITEMS
    assert consumed[0] <= window + parallel.CHUNK_ITEMS
    results.close()


def test_chunks_close_on_items_or_bytes() -> None:
    assert [len(c) for c in parallel.chunks(range(40), items=16)] == [16, 16, 8]
    assert [len(c) for c in parallel.chunks([600, 600, 600, 10], size=lambda n: n, limit=1000)] == [2, 2]


def run_problems(corpus: Path, jobs: int):
    problems = []
    result = pipeline.extract([corpus], jobs=jobs, on_problem=problems.append)
    return result, [str(p) for p in problems]


def test_two_jobs_give_the_serial_timeline(corpus: Path) -> None:
    serial, serial_problems = run_problems(corpus, 1)
    parallel_result, parallel_problems = run_problems(corpus, 2)
    assert serial.model_dump_json() == parallel_result.model_dump_json()
    assert serial_problems == parallel_problems
    assert len(serial.documents) == 40 + 25 + 1
    # merge.dedupe folds the corpus's repeated statements into one event each, with several evidence entries,
    # and a bare "On <date> more." states no event
    assert sum(len(e.evidence) for e in serial.events) > 80
    assert [p.split(": ")[0].rsplit("/", 1)[-1] for p in serial_problems] == [
        "empty.txt", "feed.jsonl:8", "image.txt"
    ]  # fmt: skip


def test_a_document_that_raises_is_reported_by_id_and_the_rest_processed(corpus: Path, monkeypatch) -> None:
    def fragile(text, *, dct=None):
        if "storm" in text:
            raise ValueError("cannot tag this")
        return fake_tagger.tag(text, dct=dct)

    monkeypatch.setattr(temporal, "tag", fragile)
    for jobs in (1, 2):
        result, problems = run_problems(corpus, jobs)
        failed = [p for p in problems if "failed" in p]
        assert len(failed) == 8 + 5  # every fifth story and every fifth JSON line mention a storm
        assert "story004 failed: ValueError: cannot tag this" in failed[0]
        assert all("storm" not in d.text for d in result.documents)


@pytest.mark.parametrize("command", ["extract", "tag"])
def test_cli_output_is_identical_with_jobs(corpus: Path, command: str) -> None:
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(cli.main, [command, str(corpus), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])


def test_summary_names_undated_documents_and_how_to_date_them(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli.main, ["build", str(corpus), "-o", str(tmp_path / "out"), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "warning: " in result.stderr and "image.txt: binary file" in result.stderr
    assert "66 documents" in result.stderr
    assert "document dates from: filename 26, metadata 1" in result.stderr
    assert "39 documents have no date" in result.stderr and "sidecar <name>.meta.json" in result.stderr
    assert "(not --dct: it gives every document its date" in result.stderr, "27 documents have their own"
    saved = json.loads((tmp_path / "out" / "timeline.json").read_text(encoding="utf-8"))
    assert {d["date_source"] for d in saved["documents"]} == {"filename", "metadata", "none"}


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("tty", [True, False], ids=["terminal", "pipe"])
def test_progress_bar_only_on_a_terminal(monkeypatch, tty: bool) -> None:
    stream = Terminal() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    with cli.progress() as advance:
        assert (advance is not None) == tty
        if advance:
            for done in (100, 600, 1000):
                advance(done, 1000)
    assert ("reading" in stream.getvalue()) == tty


def test_cli_reads_standard_input(monkeypatch) -> None:
    fake_tagger.install(monkeypatch)
    page = (
        "<html><head><meta property='article:published_time' content='2024-02-03'></head><body><article>"
        "<p>The museum reopened yesterday after a refit that began in 2019, the city said.</p></article>"
        "</body></html>"
    )
    result = CliRunner().invoke(cli.main, ["extract", "-"], input=page)
    assert result.exit_code == 0, result.output
    timeline = json.loads(result.stdout)
    assert [(d["date"], d["date_source"]) for d in timeline["documents"]] == [("2024-02-03", "metadata")]
    assert sorted(e["when"]["value"] for e in timeline["events"]) == ["2019", "2024-02-02"]


def test_without_texts_the_events_are_the_same(corpus: Path) -> None:
    full = pipeline.extract([corpus], jobs=2)
    lean = pipeline.extract([corpus], jobs=2, texts=False)
    assert lean.events == full.events
    assert [d.id for d in lean.documents] == [d.id for d in full.documents]
    assert {d.text for d in lean.documents} == {""}


def test_a_repeated_document_id_is_reported(tmp_path: Path, monkeypatch) -> None:
    fake_tagger.install(monkeypatch)
    feed = tmp_path / "feed.jsonl"
    lines = ['{"id": "a", "text": "One in 2001."}', '{"id": "a", "text": "Two in 2002."}']
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = []
    result = pipeline.extract([feed], on_problem=problems.append)
    assert [d.id for d in result.documents] == ["a", "a-2"]
    assert [str(p) for p in problems] == [
        f"{feed}:2: document id 'a' is used by an earlier document too: read as 'a-2'"
    ]


def test_a_reader_that_crashes_on_one_input_does_not_stop_the_batch(corpus: Path, monkeypatch) -> None:
    from timeline import sources

    real = sources._parse

    def crash_on_page(item, dct, problems, *rest):
        if item.kind == "html":
            raise RuntimeError("parser bug")
        return real(item, dct, problems, *rest)

    monkeypatch.setattr(sources, "_parse", crash_on_page)
    for jobs in (1, 2):
        result, problems = run_problems(corpus, jobs)
        assert len(result.documents) == 40 + 25
        assert f"{corpus / 'page.html'}: cannot read it (RuntimeError: parser bug), skipped" in problems
