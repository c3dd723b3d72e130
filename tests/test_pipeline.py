"""The public entry point: timeline.extract takes paths, folders or plain text."""

import datetime as dt

import pytest

import timeline
from tests.conftest import SEEDS
from timeline import pipeline

DCT = dt.date(2025, 10, 22)  # a Wednesday

TEXT_CASES = [
    ("short", "Talks resumed on Monday.", ["2025-10-20"]),
    ("long-line", "Talks resumed on Monday. " + "The union said nothing more. " * 40, ["2025-10-20"]),
    ("multi-line", "Talks resumed on Monday.\nThe strike ended in 2019.", ["2019", "2025-10-20"]),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_extract_takes_plain_text(text, values):
    result = timeline.extract(text, dct=DCT)
    assert sorted(e.when.value for e in result.events) == values
    assert len(result.documents) == 1 and result.documents[0].text == text


def test_extract_takes_a_folder_of_articles():
    result = timeline.extract([SEEDS])
    assert len(result.documents) == 4
    values = {e.when.value for e in result.events}
    assert {"2017", "2018", "2025-10-25", "2025-W43"} <= values


# A dateline gives the publication date, whatever agency it names: it dates no event and stays out of
# titles; the sentence it opens is dated by its own dates. (place+date+agency, text, [(value, title)])
DATELINE_CASES = [
    ("local-paper",
     "Crews start repairs\n\nFENWICK, Oct. 3, 2024 (Valley Post) -- Crews began repairs on Monday.",
     [("2024-09-30", "Crews began repairs")]),
    ("unknown-wire",
     "Turbine lifted\n\nHARLAN, Mich., June 3, 2025 (WNS) -- A crane lifted the turbine on Tuesday.",
     [("2025-06-03", "A crane lifted the turbine")]),
    ("known-agency", "Talks resume\n\nGENEVA, Oct. 22, 2025 (AP) -- Talks resumed on Monday.",
     [("2025-10-20", "Talks resumed")]),
    ("no-other-date",
     "Bridge opens\n\nFENWICK, Oct. 3, 2024 (Valley Post) -- The bridge is open to traffic.", []),
    ("date-in-body", "Budget\n\nThe council voted on Oct. 3, 2024 to close the bridge.",
     [("2024-10-03", "The council voted to close the bridge")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES]
)
def test_a_dateline_dates_no_event_and_stays_out_of_titles(text, expected):
    result = timeline.extract(text)
    found = sorted((e.when.value, e.title) for e in result.events)
    assert [value for value, _ in found] == [value for value, _ in expected]
    for (_, title), (_, wanted) in zip(found, expected, strict=True):
        assert title == wanted


# The summary names the documents without a date, so that one can give each its date.
# (id, files {name: text}, the "without a date" line or None)
UNDATED_CASES = [
    ("all-dated", {"2024-05-01-a.txt": "Rain fell on Monday."}, None),
    ("one-file", {"2024-05-01-a.txt": "Rain fell on Monday.", "notes.txt": "Rain fell on Monday."},
     "without a date: {root}/notes.txt"),
    ("feed-line", {"feed.jsonl": '{"id": "rw-1", "text": "Rain fell.", "source": "RiverWatch"}\n'
                                 '{"id": "rw-2", "text": "Sun.", "date": "2024-05-01"}'},
     "without a date: rw-1 (RiverWatch)"),
    ("many", {f"n{i:02}.txt": "Rain fell on Monday." for i in range(12)},
     "without a date: " + ", ".join(f"{{root}}/n{i:02}.txt" for i in range(10)) + " and 2 more"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "line"), [c[1:] for c in UNDATED_CASES], ids=[c[0] for c in UNDATED_CASES])
def test_the_summary_names_the_documents_without_a_date(tmp_path, files, line):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    lines = pipeline.summary(timeline.extract([tmp_path])).splitlines()
    named = [item for item in lines if item.startswith("without a date:")]
    assert named == ([] if line is None else [line.format(root=tmp_path)])


# How the summary tells to date the undated: --dct only when no document has a date of its own, as
# --dct replaces every document's date. (id, files {name: text}, words said, words not said)
HOW_TO_DATE = [
    ("none-dated", {"a.txt": "Rain fell on Monday.", "b.txt": "Sun on Tuesday."},
     "Give one with --dct YYYY-MM-DD, a `date:` line", "not --dct"),
    ("some-dated", {"2024-05-01-a.txt": "Rain fell on Monday.", "notes.txt": "Sun on Tuesday."},
     "Give it one with a `date:` line of front matter", "Give one with --dct"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "said", "unsaid"), [c[1:] for c in HOW_TO_DATE],
                         ids=[c[0] for c in HOW_TO_DATE])  # fmt: skip
def test_the_summary_offers_dct_only_when_it_would_not_redate_dated_documents(tmp_path, files, said, unsaid):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    summary = pipeline.summary(timeline.extract([tmp_path]))
    assert said in summary and unsaid not in summary


# The summary names the documents that repeat another's text: a copy corroborates nothing.
# (id, files {name: text}, the line or None)
COPY_CASES = [
    ("no-copy", {"a.txt": "Rain fell on 3 May 2024.", "b.txt": "Sun shone on 4 May 2024."}, None),
    ("wire-copy-in-a-sub-folder", {"wire.txt": "Rain fell on 3 May 2024.",
                                   "ledger/wire.txt": "Rain  fell on\n3 May 2024.\n"},
     "1 document repeats another's text word for word (a copy is not a second source): wire = ledger/wire"),
    ("the-earlier-one-is-first", {"2024-05-04-a.txt": "Rain fell on 3 May 2024.",
                                  "2024-05-03-b.txt": "Rain fell on 3 May 2024."},
     "1 document repeats another's text word for word (a copy is not a second source): "
     "2024-05-04-a = 2024-05-03-b"),
    ("two-copies", {"a.txt": "Rain fell on 3 May 2024.", "b.txt": "Rain fell on 3 May 2024.",
                    "c.txt": "Rain fell on 3 May 2024."},
     "2 documents repeat others' text word for word (a copy is not a second source): b = a, c = a"),
    ("one-word-differs", {"a.txt": "Rain fell on 3 May 2024.", "b.txt": "Hail fell on 3 May 2024."}, None),
]  # fmt: skip


@pytest.mark.parametrize(("files", "line"), [c[1:] for c in COPY_CASES], ids=[c[0] for c in COPY_CASES])
def test_the_summary_names_the_documents_that_copy_another(tmp_path, files, line):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    lines = pipeline.summary(timeline.extract([tmp_path])).splitlines()
    named = [item for item in lines if "word for word" in item]
    assert named == ([] if line is None else [line])


def test_extracting_imports_no_plotly():
    """The page's names load at first use: importing the package to tag and extract leaves plotly out."""
    import subprocess
    import sys

    code = ("import sys, timeline, timeline.pipeline; loaded = 'plotly' in sys.modules; "
            "from timeline import render_html; from timeline import render; "
            "print(loaded, 'plotly' in sys.modules, render_html is render.render_html, "
            "timeline.build_figure is render.build_figure, 'render_html' in dir(timeline))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True", "True", "True"]
    with pytest.raises(AttributeError):
        timeline.no_such_name  # noqa: B018 - the attribute access is the test
