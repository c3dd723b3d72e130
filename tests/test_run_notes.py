"""What a run says after it (run_notes.summary): documents without a date, how to date them, and copies."""

import pytest

import timeline
from timeline import run_notes

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
    lines = run_notes.summary(timeline.extract([tmp_path])).splitlines()
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
    summary = run_notes.summary(timeline.extract([tmp_path]))
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
    lines = run_notes.summary(timeline.extract([tmp_path])).splitlines()
    named = [item for item in lines if "word for word" in item]
    assert named == ([] if line is None else [line])
