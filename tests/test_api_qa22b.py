"""A researcher's leftovers with the Python API and the CLI: scoring another system that wrote no file for
some gold documents, progress that reaches its total, drawing a timeline given as a dict, one order of
documents in every saved file, and a date for the undated documents only."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

import cli
import timeline
from timeline.evaluate import score_system

DCT = ('<DCT><TIMEX3 tid="t0" type="DATE" value="2019-05-06" functionInDocument="CREATION_TIME">x'
       "</TIMEX3></DCT>")


def _tml(body: str) -> str:
    return f'<?xml version="1.0"?>\n<TimeML>{DCT}\n<TEXT>{body}</TEXT></TimeML>\n'


def _files(folder, files: dict[str, str]):
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
    return folder


# --- evaluate --system: a gold file without a system file scores as tagging nothing ---

KITE = _tml('The kite flew on <TIMEX3 tid="t1" type="DATE" value="2019-05-04">4 May 2019</TIMEX3>.')
BOAT = _tml('The boat sank <TIMEX3 tid="t1" type="DATE" value="2019-05-05">yesterday</TIMEX3> and '
            '<TIMEX3 tid="t2" type="DATE" value="2019">this year</TIMEX3>.')  # fmt: skip
GOLD = {"kite.tml": KITE, "boat.tml": BOAT, "calm.tml": _tml("Nothing happened.")}
MISSING_CASES = [
    # (id, system files, gold and system counts, strict recall, the warning's words or None)
    ("all-there", GOLD, (3, 3), 1.0, None),
    ("boat-missing", {"kite.tml": KITE, "calm.tml": GOLD["calm.tml"]}, (3, 1), 0.3333, "1 gold file has no "
     "system file (boat.tml); scored as tagging nothing"),
    ("two-missing", {"kite.tml": KITE}, (3, 1), 0.3333,
     "2 gold files have no system file (boat.tml, calm.tml)"),
]


@pytest.mark.parametrize(("answers", "counts", "recall", "warning"), [c[1:] for c in MISSING_CASES],
                         ids=[c[0] for c in MISSING_CASES])
def test_a_gold_file_without_a_system_file_scores_as_tagging_nothing(tmp_path, answers, counts, recall,
                                                                    warning):
    gold, system = _files(tmp_path / "gold", GOLD), _files(tmp_path / "sys", answers)
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--system", str(system), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)["gold"]
    assert ((figures["gold"], figures["system"]), figures["strict_recall"]) == (counts, recall)
    said = [line for line in result.stderr.splitlines() if "system file" in line]
    assert len(said) == (warning is not None)  # one line, naming every file it scored as empty
    assert warning is None or said[0].startswith("warning: gold: ") and warning in said[0]
    assert sorted(score_system(gold, system).unanswered) == sorted(set(GOLD) - set(answers))


def test_a_system_folder_with_none_of_the_gold_files_is_the_wrong_folder(tmp_path):
    gold, system = _files(tmp_path / "gold", GOLD), _files(tmp_path / "sys", {"other.tml": KITE})
    result = CliRunner().invoke(cli.main, ["evaluate", str(gold), "--system", str(system)])
    assert result.exit_code == 1 and "no system file for" in result.output, result.output


# --- progress: the bytes done end at the total, never past it ---

LINES = [json.dumps({"text": f"The ferry to Oska ran again on {day} June 2022.", "date": "2022-06-30"})
         for day in (2, 3, 4)]  # fmt: skip
PROGRESS_CASES = [
    # (id, file name, its text as written, byte for byte)
    ("jsonl-crlf-bom", "feed.jsonl", "\ufeff" + "\r\n".join(LINES) + "\r\n"),
    ("jsonl-blank-lines", "feed.jsonl", "\n".join([LINES[0], "", "", LINES[1], LINES[2], "", ""])),
    ("json-array-non-ascii", "feed.json", json.dumps(
        [{"text": "Le café de Oska rouvrit le 3 juin 2022.", "date": "2022-06-30"}] * 2, ensure_ascii=False)),
    ("text-crlf-bom", "note.txt", "\ufeffFerry\r\n\r\nThe ferry to Oska ran again on 2 June 2022.\r\n"),
]


@pytest.mark.parametrize(("name", "text"), [c[1:] for c in PROGRESS_CASES],
                         ids=[c[0] for c in PROGRESS_CASES])
def test_progress_reaches_the_total_exactly(tmp_path, name, text):
    path = _files(tmp_path / "in", {name: text}) / name
    calls: list[tuple[int, int | None]] = []
    timeline.extract([str(path)], on_progress=lambda done, total: calls.append((done, total)))
    size = path.stat().st_size
    assert calls[-1] == (size, size)
    assert all(total == size and done <= size for done, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


# --- render_html and build_figure take a timeline file's JSON as a dict ---

def _timeline() -> timeline.Timeline:
    return timeline.extract("The bridge at Velm opened on 9 April 2023.", dct=dt.date(2023, 4, 20))


RENDER_CASES = [
    # (id, how the script holds the timeline)
    ("json-loaded", lambda t: json.loads(t.model_dump_json())),
    ("model-dump-with-date-objects", lambda t: t.model_dump()),
    ("no-schema-version-an-old-file", lambda t: {k: v for k, v in json.loads(t.model_dump_json()).items()
                                                 if k != "schema_version"}),  # fmt: skip
]


@pytest.mark.parametrize("held", [c[1] for c in RENDER_CASES], ids=[c[0] for c in RENDER_CASES])
def test_a_dict_draws_as_the_timeline_it_holds(held):
    made = _timeline()
    assert timeline.render_html(held(made)) == timeline.render_html(made)
    assert timeline.build_figure(held(made)).to_dict() == timeline.build_figure(made).to_dict()


WRONG_RENDER_CASES = [
    # (id, what is given, what the message says)
    ("path", "timeline.json", "timeline.load(path) reads a timeline file"),
    ("list", [], "expected a Timeline or its JSON as a dict, got list"),
    ("other-json", {"articles": []}, 'its keys are "articles"'),
    ("event-without-date", {"events": [{"title": "Opened"}]}, "events[0].when: Field required"),
]


@pytest.mark.parametrize(("given", "said"), [c[1:] for c in WRONG_RENDER_CASES],
                         ids=[c[0] for c in WRONG_RENDER_CASES])
def test_what_is_no_timeline_raises_input_error_saying_what_to_give(given, said):
    for draw in (timeline.render_html, timeline.build_figure):
        with pytest.raises(timeline.InputError) as raised:
            draw(given)
        # a line and column would point into JSON the script never saw
        assert said in str(raised.value) and "(line " not in str(raised.value)


# --- one order of documents, from Python and from the command line ---

ORDER_CASES = [
    # (id, the inputs' names in the order given)
    ("reverse-names", ["zeta.txt", "alpha.txt", "mid.txt"]),
    ("already-sorted", ["alpha.txt", "mid.txt", "zeta.txt"]),
]
STORIES = {"zeta.txt": "Dam\n\nThe dam at Orle was finished on 2 May 2018.\n",
           "alpha.txt": "Mill\n\nThe mill at Orle burned on 7 July 2016.\n",
           "mid.txt": "Road\n\nThe road to Orle reopened on 1 March 2017.\n"}  # fmt: skip


@pytest.mark.parametrize("names", [c[1] for c in ORDER_CASES], ids=[c[0] for c in ORDER_CASES])
def test_python_and_the_command_line_write_the_same_bytes(tmp_path, names):
    folder = _files(tmp_path / "in", STORIES)
    inputs = [str(folder / name) for name in names]
    timeline.save(timeline.extract(inputs), tmp_path / "python.json")
    runner = CliRunner()
    assert runner.invoke(cli.main, ["extract", *inputs, "-o", str(tmp_path / "cli.json")]).exit_code == 0
    printed = runner.invoke(cli.main, ["extract", *inputs]).stdout
    written = (tmp_path / "python.json").read_text(encoding="utf-8")
    assert written == (tmp_path / "cli.json").read_text(encoding="utf-8") == printed
    assert [d["id"] for d in json.loads(written)["documents"]] == ["alpha", "mid", "zeta"]


# --- dct dates every document; default_dct only those without a date ---

DATED = {"dated.md": "---\ndate: 2024-02-10\n---\nThe harbour froze yesterday.\n",
         "undated.txt": "The harbour thawed yesterday.\n"}  # fmt: skip
DCT_CASES = [
    # (id, keyword arguments of timeline.extract, CLI options, the documents' dates)
    ("dct-overrides-all", {"dct": "2024-03-01"}, ["--dct", "2024-03-01"],
     {"dated": "2024-03-01", "undated": "2024-03-01"}),
    ("default-dct-fills-the-undated", {"default_dct": dt.date(2024, 3, 1)}, ["--default-dct", "2024-03-01"],
     {"dated": "2024-02-10", "undated": "2024-03-01"}),
    ("neither", {}, [], {"dated": "2024-02-10", "undated": None}),
]


@pytest.mark.parametrize(("kwargs", "options", "dates"), [c[1:] for c in DCT_CASES],
                         ids=[c[0] for c in DCT_CASES])
def test_dct_and_default_dct_mean_the_same_in_python_and_on_the_command_line(tmp_path, kwargs, options,
                                                                             dates):
    folder = _files(tmp_path / "in", DATED)
    made = timeline.extract([str(folder)], **kwargs)
    assert {d.id: d.date and d.date.isoformat() for d in made.documents} == dates
    result = CliRunner().invoke(cli.main, ["extract", str(folder), *options])
    assert result.exit_code == 0, result.output
    assert {d["id"]: d["date"] for d in json.loads(result.stdout)["documents"]} == dates


DCT_MISUSE = [
    # (id, keyword arguments, error, what the message says)
    ("both", {"dct": "2024-03-01", "default_dct": "2024-03-02"}, timeline.InputError, "not both"),
    ("not-a-date", {"default_dct": "soon"}, timeline.DateError, "default_dct: cannot read 'soon'"),
    ("a-number", {"default_dct": 20240301}, timeline.InputError, "default_dct: expected a date"),
]


@pytest.mark.parametrize(("kwargs", "error", "said"), [c[1:] for c in DCT_MISUSE],
                         ids=[c[0] for c in DCT_MISUSE])
def test_default_dct_misuse_says_what_to_give(kwargs, error, said):
    with pytest.raises(error, match=said):
        timeline.extract("The harbour froze yesterday.", **kwargs)


def test_the_command_line_refuses_dct_with_default_dct(tmp_path):
    folder = _files(tmp_path / "in", DATED)
    args = ["extract", str(folder), "--dct", "2024-03-01", "--default-dct", "2024-03-01"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 2 and "not both" in result.output, result.output


def test_build_default_dct_dates_only_the_undated_documents(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The harbour reopened on Monday.", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli.main, ["build", str(folder), "--default-dct", "2026-03-12", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    saved = timeline.load(out / "timeline.json")
    assert [e.when.value for e in saved.events] == ["2026-03-09"]
    both = CliRunner().invoke(cli.main, ["build", str(folder), "--dct", "2026-03-12", "--default-dct",
                                         "2026-03-12", "-o", str(out)])
    assert both.exit_code == 2 and "not both" in both.output
