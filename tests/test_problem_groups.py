"""Many problems of one kind are said once: the first few in full, then one line with their count."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import cli
from timeline.problem_groups import SHOWN, ProblemGroups
from timeline.sources_items import Problem

NO_YEAR = "a dateline with a day but no year"


def _many(count: int, kind: str = NO_YEAR) -> list[Problem]:
    return [Problem(f"wires/story-{i:03d}.txt", None, f"its dateline 'HARBOURTON, May {i + 1}' ...", kind)
            for i in range(count)]  # fmt: skip


# (id, problems, verbose, how many are said one by one, the closing lines)
CASES = [
    ("few-all-said", _many(SHOWN), False, SHOWN, []),
    ("many-counted", _many(7), False, SHOWN,
     [f"7 documents: {NO_YEAR} (3 shown above; the first 5: story-000.txt, story-001.txt, story-002.txt, "
      "story-003.txt, story-004.txt and 2 more; --verbose lists each)"]),
    ("verbose-says-each", _many(7), True, 7, []),
    ("same-message-is-a-kind", [Problem(f"e{i}.txt", None, "empty file, skipped") for i in range(5)], False,
     SHOWN, ["5 documents: empty file, skipped (3 shown above; the first 5: e0.txt, e1.txt, e2.txt, e3.txt, "
             "e4.txt; --verbose lists each)"]),
    ("a-rare-one-is-not-buried", [*_many(50), Problem("feed.jsonl", 7, "not valid JSON, skipped")], False,
     SHOWN + 1, [f"50 documents: {NO_YEAR} (3 shown above; the first 5: story-000.txt, story-001.txt, "
                 "story-002.txt, story-003.txt, story-004.txt and 45 more; --verbose lists each)"]),
    ("lines-of-a-feed", [Problem("feed.jsonl", n, "bad", "no text") for n in (2, 5, 9, 11)], False, SHOWN,
     ["4 documents: no text (3 shown above; the first 5: feed.jsonl:2, feed.jsonl:5, feed.jsonl:9, "
      "feed.jsonl:11; --verbose lists each)"]),
]  # fmt: skip


@pytest.mark.parametrize(("problems", "verbose", "said", "closing"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_problems_of_one_kind_are_grouped(problems, verbose, said, closing):
    shown: list[Problem] = []
    groups = ProblemGroups(shown.append, verbose=verbose)
    for problem in problems:
        groups(problem)
    assert len(shown) == said
    assert groups.closing() == closing


@pytest.mark.parametrize("verbose", [False, True], ids=["grouped", "verbose"])
def test_build_of_many_yearless_datelines_warns_once_for_them(tmp_path: Path, verbose: bool):
    wires = tmp_path / "wires"
    wires.mkdir()
    for i in range(12):
        (wires / f"story-{i:02d}.txt").write_text(
            f"HARBOURTON, May {i + 1} (Wire) - The port authority closed the north gate on Tuesday.\n")
    (wires / "empty.txt").write_text("")
    args = ["build", str(wires), "-o", str(tmp_path / "out"), *(["--verbose"] if verbose else [])]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    each = [line for line in warnings if "gives a day but no year" in line]
    grouped = [line for line in warnings if line.startswith("warning: 12 documents: a dateline")]
    assert (len(each), len(grouped)) == ((12, 0) if verbose else (SHOWN, 1))
    assert any("empty.txt: empty file" in line for line in warnings)  # the rare one is still said
