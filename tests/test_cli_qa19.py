"""A researcher's day, round 19: `add --date "Dec 28"` without a year is the nearest Dec 28, and says so
when that one is ahead of the day it was read from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

# (typed --date, --as-of, the value stored, is it said to be ahead): a date without a year is the nearest
# one to --as-of, before or after; the message says when it is ahead and how to get the one before.
YEARLESS = [
    ("Dec 28", "2026-11-30", "2026-12-28", True),
    ("Dec 28", "2027-01-03", "2026-12-28", False),
    ("March 3", "2026-11-30", "2027-03-03", True),
    ("March 3", "2026-06-15", "2026-03-03", False),
    ("December", "2026-11-30", "2026-12", True),
    ("tomorrow", "2026-11-30", "2026-12-01", False),  # relative: ahead by its very word
    ("next month", "2026-11-30", "2026-12", False),
    ("Dec 28 2026", "2026-11-30", "2026-12-28", False),  # a year given: nothing to say
]


@pytest.mark.parametrize(("typed", "as_of", "value", "ahead"), YEARLESS,
                         ids=[f"{t} from {a}" for t, a, _, _ in YEARLESS])
def test_a_date_without_a_year_is_the_nearest_and_said_when_ahead(tmp_path: Path, typed, as_of, value, ahead):
    path = tmp_path / "t.json"
    result = CliRunner().invoke(cli.main, ["add", str(path), "--date", typed, "--as-of", as_of,
                                           "--title", "Harbour board votes"])
    assert result.exit_code == 0, result.output
    stored = json.loads(path.read_text(encoding="utf-8"))["events"]
    assert [e["when"]["value"] for e in stored] == [value]
    said = f'"{typed}" has no year: read as the nearest'
    assert (said in result.stderr) == ahead, result.stderr
    if ahead:
        assert f'give its year: "{typed} {int(value[:4]) - 1}"' in result.stderr


def test_the_help_says_how_a_date_without_a_year_is_read():
    result = CliRunner().invoke(cli.main, ["add", "--help"])
    assert "without a year" in result.output and "nearest" in result.output
