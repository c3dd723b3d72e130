"""The Dask engine: a LocalCluster of 2 worker processes gives exactly the serial Timeline."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

import fake_tagger
import pytest
from click.testing import CliRunner

import cli
from timeline import distributed, pipeline, sources
from timeline.errors import InputError
from timeline.models import Event

distributed_engine = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")

STORIES = ["The council met", "Prices rose", "The bridge opened", "Talks resumed", "A storm hit the coast"]


def make_shards(root: Path, *, shards: int = 3, per_shard: int = 80) -> None:
    """Write JSON Lines shards part-0.jsonl... of synthetic stories, one malformed line, a few text files."""
    root.mkdir(parents=True, exist_ok=True)
    for shard in range(shards):
        lines = []
        for n in range(per_shard):
            k = shard * per_shard + n
            year = 1950 + k % 70
            record = {"text": f"{STORIES[k % 5]} in {year}. Again yesterday, and on {year}-0{1 + k % 9}-15."}
            if k % 4:
                record["date"] = f"{year}-06-0{1 + k % 9}"
            if k % 7 == 0:
                record["id"] = f"story-{k}"
            lines.append(json.dumps(record))
        if shard == 1:
            lines.insert(10, '{"text": "cut off')
        (root / f"part-{shard}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "notes").mkdir()
    for n in range(20):
        note = root / "notes" / f"2021-03-{10 + n}-note{n}.txt"
        note.write_text(f"Talks resumed yesterday, in {1990 + n}.\n", encoding="utf-8")


def install_fake_tagger() -> None:
    """Run on each worker: use the fake tagger there, as monkeypatch does in this process."""
    from timeline import temporal

    temporal.tag = fake_tagger.tag


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    # Workers unpickle this test's helpers by value: they cannot import the test modules.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    cloudpickle.register_pickle_by_value(fake_tagger)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as local, Client(local) as client:  # fmt: skip
        client.run(install_fake_tagger)
        yield local


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch) -> Path:
    fake_tagger.install(monkeypatch)
    make_shards(tmp_path / "corpus")
    return tmp_path / "corpus"


PLANS = [
    # (id, JSON Lines files as line counts, text files, partitions, expected group sizes in documents)
    ("one big file is cut in ranges", [300], 0, None, [38] * 7 + [34]),
    ("partitions given", [300], 0, 3, [100, 100, 100]),
    ("files stay whole and in order", [], 10, 4, [3, 3, 3, 1]),
    ("shards and files", [5, 5], 2, 2, [6, 6]),
]


@pytest.mark.parametrize(("shards", "files", "partitions", "sizes"), [c[1:] for c in PLANS],
                         ids=[c[0] for c in PLANS])  # fmt: skip
def test_plan_balances_documents_in_order(tmp_path: Path, shards, files, partitions, sizes) -> None:
    for n, lines in enumerate(shards):
        rows = [json.dumps({"text": f"shard {n} line {k}"}) for k in range(lines)]
        (tmp_path / f"part-{n}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    for n in range(files):
        (tmp_path / f"z{n:02d}.txt").write_text(f"file {n}", encoding="utf-8")
    groups = distributed.plan(sources.expand([tmp_path]), partitions=partitions, workers=2)
    texts = [[sources.load(item)[0].text for item in sources.items(group)] for group in groups]
    assert [len(t) for t in texts] == sizes
    assert [t for group in texts for t in group] == [d.text for d in sources.read([tmp_path])]


def serial(inputs) -> tuple[str, list[str]]:
    problems = []
    result = pipeline.extract(inputs, on_problem=problems.append)
    return result.model_dump_json(), [str(p) for p in problems]


PARTITIONS = [("default-partitions", None), ("one-partition", 1), ("more-partitions-than-files", 11)]


@pytest.mark.parametrize("partitions", [p for _, p in PARTITIONS], ids=[i for i, _ in PARTITIONS])
def test_dask_gives_the_serial_timeline(cluster, corpus: Path, partitions: int | None) -> None:
    inputs = [str(corpus / "part-*.jsonl"), corpus / "notes"]
    expected, expected_problems = serial(inputs)
    problems = []
    result = distributed.extract(inputs, scheduler=cluster.scheduler_address, partitions=partitions,
                                 on_problem=problems.append)  # fmt: skip
    assert result.model_dump_json() == expected
    assert [str(p) for p in problems] == expected_problems
    assert len(result.documents) == 3 * 80 + 20
    assert expected_problems[0] == f"{corpus / 'part-1.jsonl'}:11: not valid JSON at column 10 " \
                                   "(Unterminated string starting at), line skipped"  # fmt: skip


def test_a_failing_document_is_reported_by_id_and_the_job_goes_on(cluster, corpus: Path) -> None:
    (corpus / "2021-04-01-boom.txt").write_text("Prices rose in 2001.", encoding="utf-8")
    from distributed import Client

    def explode_on_prices() -> None:
        from timeline import temporal

        def tag(text, *, dct=None):
            if "Prices" in text:
                raise RuntimeError("tagger crashed")
            return fake_tagger.tag(text, dct=dct)

        temporal.tag = tag

    with Client(cluster.scheduler_address) as client:
        client.run(explode_on_prices)
        try:
            problems = []
            inputs = [corpus / "2021-04-01-boom.txt", corpus / "notes" / "2021-03-10-note0.txt"]
            result = distributed.extract(
                inputs, scheduler=cluster.scheduler_address, on_problem=problems.append
            )
        finally:
            client.run(install_fake_tagger)
    assert [d.id for d in result.documents] == ["2021-03-10-note0"]
    assert [str(p) for p in problems] == [
        f"{corpus / '2021-04-01-boom.txt'}: document 2021-04-01-boom failed: RuntimeError: tagger crashed"
    ]


def test_cli_dask_engine_writes_jsonl_shards(cluster, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "events"
    result = CliRunner().invoke(cli.main, [
        "extract", str(corpus / "part-*.jsonl"), "--engine", "dask", "--scheduler", cluster.scheduler_address,
        "--partitions", "5", "--shards", "-o", str(out),
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = pipeline.extract([str(corpus / "part-*.jsonl")])
    lines = (out / "events-00000.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Event.model_validate_json(line) for line in lines] == expected.events
    written = (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    documents = [json.loads(line) for line in written]
    assert [d["id"] for d in documents] == [d.id for d in expected.documents]
    assert all("text" not in d for d in documents)  # shards hold metadata; the text stays in the inputs
    assert "240 documents" in result.stderr and "part-1.jsonl:11" in result.stderr


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")  # the restarted worker's own dashboard
def test_a_lost_worker_is_retried(tmp_path: Path) -> None:
    """A worker process that dies mid-task is replaced and its task run again: no document is lost."""
    from distributed import Client, LocalCluster

    notes = tmp_path / "notes"
    notes.mkdir()
    for n in range(12):
        (notes / f"2021-03-{10 + n}-note{n}.txt").write_text(f"Talks resumed yesterday, in {1990 + n}.\n")
    marker = tmp_path / "killed-once"

    def die_once() -> None:
        from timeline import temporal

        real = temporal.tag

        def tag(text, *, dct=None):
            if not marker.exists():
                marker.write_text("x")
                os._exit(1)  # the worker process dies as if the machine were lost
            return real(text, dct=dct)

        temporal.tag = tag

    expected = pipeline.extract([notes]).model_dump_json()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.CRITICAL) as local, Client(local) as client:  # fmt: skip
        client.run(die_once)
        result = distributed.extract([notes], scheduler=local.scheduler_address, partitions=4)
    assert marker.exists()
    assert result.model_dump_json() == expected


FAIL_FAST = [
    ("standard-input", ["-"], "standard input cannot be sent to a cluster: save it to a file first"),
    ("missing-file", ["no/such/file.jsonl"], "no/such/file.jsonl: no such file or folder"),
]


@pytest.mark.parametrize(("inputs", "message"), [c[1:] for c in FAIL_FAST], ids=[c[0] for c in FAIL_FAST])
def test_bad_inputs_fail_before_a_cluster_starts(inputs: list[str], message: str, monkeypatch) -> None:
    def no_cluster(*_args, **_kwargs):
        raise AssertionError("a cluster was started")

    monkeypatch.setattr(distributed, "_client", no_cluster)
    with pytest.raises(InputError) as raised:
        distributed.extract(inputs)
    assert str(raised.value) == message


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")  # the module's cluster holds it
def test_cli_dask_engine_starts_its_own_local_cluster(tmp_path: Path) -> None:
    """Without --scheduler the command starts (and stops) a LocalCluster; workers use the real tagger."""
    feed = tmp_path / "2024-05-06-feed.jsonl"
    rows = [json.dumps({"text": f"{STORIES[n % 5]} on Monday, and in March {2000 + n}."}) for n in range(30)]
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "timeline.json"
    args = ["extract", str(feed), "--engine", "dask", "--workers", "2", "-o", str(out)]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    expected = pipeline.extract([feed])  # the real tagger here too: no fake is installed in this test
    written = json.loads(out.read_text(encoding="utf-8"))
    assert all(e["extracted_title"] == e["title"] for e in written["events"]), "a file records its titles"
    assert written["events"] == json.loads(expected.model_dump_json())["events"]  # pipeline.extract's too
    assert len(expected.events) >= 30
