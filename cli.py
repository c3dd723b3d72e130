"""The `timeline` command: click commands that parse arguments, call the library and print."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path

import click

import timeline
from timeline import evaluate as evaluation
from timeline import sources, store
from timeline.errors import TimelineError
from timeline.models import Timeline
from timeline.temporal.timeml import to_timeml

CONTEXT = {"help_option_names": ["-h", "--help"]}
DEFAULT_INPUT = "seeds"
DEFAULT_OUTPUT = "output"


def friendly(command):
    """Turn library errors into one-line messages with exit code 1, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except TimelineError as error:
            raise click.ClickException(str(error)) from None

    return wrapper


def _dct(_ctx, _param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return sources.parse_date(value)
    except TimelineError as error:
        raise click.ClickException(f"--dct: {error}") from None


dct_option = click.option(
    "--dct", callback=_dct, metavar="DATE", help="Document date (YYYY-MM-DD) where a document has none."
)


@click.group(context_settings=CONTEXT)
@click.version_option(version=timeline.__version__, prog_name="timeline")
def main() -> None:
    """Turn news articles into accurate, interactive timelines.

    \b
    Example:
        timeline build                 # seeds/ -> output/timeline.json and .html
        timeline build articles/ -o out/
        timeline list output/timeline.json
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("-o", "--output", "output_dir", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(),
              help="Folder to write timeline.json and timeline.html into.")
@dct_option
@click.option("--title", help="Title of the timeline.")
@friendly
def build(inputs: tuple[str, ...], output_dir: str, dct: dt.date | None, title: str | None) -> None:
    """Extract a timeline from articles and write its JSON file and HTML page.

    With no INPUTS, reads the demo articles in seeds/.

    \b
    Example:
        timeline build
        timeline build articles/ --dct 2025-10-25 -o out/
    """
    result = timeline.extract([Path(p) for p in inputs or [DEFAULT_INPUT]], dct=dct, title=title)
    folder = Path(output_dir)
    json_path, html_path = folder / "timeline.json", folder / "timeline.html"
    store.save(result, json_path)
    html_path.write_text(timeline.render_html(result), encoding="utf-8")
    click.echo(
        f"{len(result.documents)} documents, {len(result.events)} events\n"
        f"wrote {json_path}\nwrote {html_path}",
        err=True,
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(),
              help="Timeline file to write; an existing file keeps its hand work.")
@dct_option
@friendly
def extract(inputs: tuple[str, ...], output: str, dct: dt.date | None) -> None:
    """Extract dated events from articles into a timeline file.

    \b
    Example:
        timeline extract seeds/ -o timeline.json
        timeline extract article.txt --dct 2025-10-25
    """
    result = timeline.extract([Path(p) for p in inputs], dct=dct)
    if output == "-":
        click.echo(result.model_dump_json(indent=2))
        return
    store.save(result, output)
    click.echo(f"{len(result.events)} events -> {output}", err=True)


@main.command()
@click.argument("timeline_file", type=click.Path())
@click.option("-o", "--output", default=None, type=click.Path(), help="HTML file (default: beside the JSON).")
@click.option("--title", help="Title shown above the timeline.")
@friendly
def render(timeline_file: str, output: str | None, title: str | None) -> None:
    """Render a timeline file as a single offline HTML page.

    \b
    Example:
        timeline render output/timeline.json -o timeline.html
    """
    loaded = store.load(timeline_file)
    target = Path(output) if output else Path(timeline_file).with_suffix(".html")
    target.write_text(timeline.render_html(loaded, title=title), encoding="utf-8")
    click.echo(f"wrote {target}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@dct_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "timeml"]), default="json",
              show_default=True, help="json: one array; jsonl: one line a document; timeml: inline TIMEX3.")
@friendly
def tag(inputs: tuple[str, ...], dct: dt.date | None, fmt: str) -> None:
    """Find and normalize the temporal expressions (TIMEX3) of texts.

    \b
    Example:
        timeline tag article.txt --dct 2025-10-25
        timeline tag docs.jsonl --format jsonl
        timeline tag article.txt --dct 2025-10-25 --format timeml
    """
    results = []
    for document in sources.read(inputs, dct=dct):
        timexes = timeline.tag(document.text, dct=document.date)
        if fmt == "timeml":
            click.echo(to_timeml(document.text, timexes, dct=document.date, doc_id=document.id), nl=False)
            continue
        results.append({
            "id": document.id,
            "dct": document.date.isoformat() if document.date else None,
            "timexes": [t.model_dump(exclude_none=True) for t in timexes],
        })
    if fmt == "timeml":
        return
    if fmt == "jsonl":
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--errors", "show_errors", is_flag=True, help="List misses, spurious tags and wrong values.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@friendly
def evaluate(gold: tuple[str, ...], show_errors: bool, as_json: bool) -> None:
    """Score the tagger on TimeML gold folders, TempEval-3 style.

    Prints strict and relaxed precision, recall and F1, value F1 and type F1 per corpus.

    \b
    Example:
        timeline evaluate ../shared/corpora/timebank ../shared/corpora/aquaint
        timeline evaluate corpus/ --errors | less
    """
    results = {}
    for folder in gold:
        scores = evaluation.score_corpus(folder)
        results[Path(folder).name] = scores
        if show_errors:
            for error in scores.errors:
                click.echo(evaluation.describe(error))
    if as_json:
        click.echo(json.dumps({name: s.summary() for name, s in results.items()}, indent=2))
        return
    click.echo(evaluation.table({name: s.summary() for name, s in results.items()}))


@main.command()
def schema() -> None:
    """Print the JSON Schema of the timeline file, generated from the models.

    \b
    Example:
        timeline schema > timeline.schema.json
    """
    click.echo(json.dumps(Timeline.model_json_schema(), indent=2))


if __name__ == "__main__":
    sys.exit(main())
