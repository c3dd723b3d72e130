"""The click front: every command explains itself, and bad input never shows a traceback."""

import json

import jsonschema
import pytest
from click.testing import CliRunner

import cli


def commands() -> list[str]:
    return sorted(cli.main.commands)


def test_group_help_lists_commands():
    result = CliRunner().invoke(cli.main, ["--help"])
    assert result.exit_code == 0
    for name in ("build", "extract", "tag", "evaluate", "render", "schema"):
        assert name in result.output


@pytest.mark.parametrize("name", commands())
def test_every_command_has_help_with_an_example(name):
    command = cli.main.commands[name]
    assert command.help, f"{name} has no docstring help"
    result = CliRunner().invoke(cli.main, [name, "-h"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"timeline {name}" in result.output


def test_version():
    result = CliRunner().invoke(cli.main, ["--version"])
    assert result.exit_code == 0 and "version" in result.output


BAD_INPUT = [
    ("missing-file", ["build", "no/such/article.txt"], "no/such/article.txt: no such file"),
    ("bad-dct", ["build", "--dct", "yesterday-ish"], "--dct: cannot read the date 'yesterday-ish'"),
    ("missing-timeline", ["render", "no-such-timeline.json"], "no-such-timeline.json: no such timeline file"),
]


@pytest.mark.parametrize(("args", "message"), [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_one_line_and_exit_1(args, message, tmp_path):
    if args[0] == "build":
        args = [*args, "-o", str(tmp_path / "out")]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.output


def test_usage_error_exit_2():
    result = CliRunner().invoke(cli.main, ["build", "--no-such-flag"])
    assert result.exit_code == 2


def test_schema_is_the_models_schema():
    result = CliRunner().invoke(cli.main, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["title"] == "Timeline"
    assert {"documents", "events", "schema_version"} <= set(schema["properties"])


def test_build_writes_json_valid_against_schema_and_html(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli.main, ["build", "-o", str(out)])
    assert result.exit_code == 0, result.output
    written = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    schema = json.loads(CliRunner().invoke(cli.main, ["schema"]).output)
    jsonschema.validate(written, schema)
    assert len(written["documents"]) == 4
    assert "<html>" in (out / "timeline.html").read_text(encoding="utf-8")
    assert "documents" in result.output and "events" in result.output
