"""The examples of the README and of --help stay true: commands and options exist, names and JSON are real."""

import json
import re
import shlex
from pathlib import Path

import click
import pytest

import cli
import timeline
from timeline.models import Timeline

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", README, re.S)


def command_lines() -> list[str]:
    """Return every `timeline ...` command of the README's bash blocks, continuations joined, comments cut."""
    found = []
    for language, body in BLOCKS:
        if language != "bash":
            continue
        for line in body.replace("\\\n", " ").splitlines():
            line = line.split(" #", 1)[0].split(" > ", 1)[0]  # no comment, no redirection
            found += [part.strip() for part in line.split("|") if part.strip().startswith("timeline ")]
    return found


COMMANDS = command_lines()


def test_the_readme_shows_every_command():
    named = {shlex.split(line)[1] for line in COMMANDS}
    assert named == set(cli.main.commands), "a command is missing from the README's examples, or is unknown"


def help_examples() -> list[str]:
    """Return the example command lines of every command's --help, continuations joined, pipes split."""
    found = []
    for command in [cli.main, *cli.main.commands.values()]:
        text = (command.help or "").replace("\\\n", " ")
        for line in text.splitlines():
            line = line.split(" #", 1)[0].split(" > ", 1)[0]  # no comment, no redirection
            found += [part.strip() for part in line.split("|") if part.strip().startswith("timeline ")]
    return found


EXAMPLES = help_examples()


def test_every_command_has_help_examples():
    assert {shlex.split(line)[1] for line in EXAMPLES} == set(cli.main.commands)


@pytest.mark.parametrize("line", COMMANDS + EXAMPLES,
                         ids=[f"readme: {c}" for c in COMMANDS] + [f"help: {c}" for c in EXAMPLES])
def test_each_readme_command_parses_with_the_options_shown(line):
    words = shlex.split(line)
    command = cli.main.commands[words[1]]
    # under the group's context, as the command line does: without it click caches a help option that
    # knows only --help, and every later "timeline <cmd> -h" of the session fails
    parent = click.Context(cli.main, info_name="timeline", **cli.CONTEXT)
    context = command.make_context(words[1], words[2:], parent=parent, resilient_parsing=True)
    # resilient parsing keeps going past errors, so check the option names and choices one by one
    options = {name: option for option in command.params if isinstance(option, click.Option)
               for name in option.opts}
    for index, word in enumerate(words[2:], start=2):
        if word.startswith("-") and word != "-":
            assert word in options, f"{word} is not an option of `timeline {words[1]}`"
            choice = options[word].type
            if isinstance(choice, click.Choice):
                assert words[index + 1] in choice.choices, f"{words[index + 1]} is not a {word} value"
    assert context.command is command


SNIPPET = next(body for language, body in BLOCKS if language == "python")
PYTHON_NAMES = sorted(set(re.findall(r"(?<![\"\w])timeline\.(\w+)", SNIPPET)))  # not "timeline.json"


@pytest.mark.parametrize("name", PYTHON_NAMES)
def test_the_python_snippet_names_exist(name):
    assert hasattr(timeline, name), f"timeline.{name} is in the README but not in the package"


EXAMPLE = json.loads(next(body for language, body in BLOCKS if language == "json"))


def test_the_json_example_is_a_valid_timeline_with_every_top_level_key():
    assert set(EXAMPLE) == set(Timeline.model_fields)
    Timeline.model_validate(EXAMPLE)


def test_the_json_example_is_taken_from_the_demo_output():
    demo = json.loads((ROOT / "output" / "timeline.json").read_text(encoding="utf-8"))

    def same(shown, real, where):
        if shown == "...":
            return
        if isinstance(shown, dict):
            for key, value in shown.items():
                same(value, real.get(key), f"{where}.{key}")
        elif isinstance(shown, list):
            for index, value in enumerate(shown):
                same(value, real[index] if index < len(real) else None, f"{where}[{index}]")
        else:
            assert shown == real, f"README shows {where} = {shown!r}, output/timeline.json has {real!r}"

    documents = {document["id"]: document for document in demo["documents"]}
    events = {event["id"]: event for event in demo["events"]}
    for document in EXAMPLE["documents"]:
        same(document, documents.get(document["id"], {}), f"documents (id {document['id']})")
    for event in EXAMPLE["events"]:
        same(event, events.get(event["id"], {}), f"events (id {event['id']})")


def test_the_export_formats_listed_are_the_formats():
    listed = re.search(r"--format ics -o timeline\.ics +# ([a-z ]+)\n", README)
    assert listed is not None and listed.group(1).split() == list(cli.export.FORMATS)
