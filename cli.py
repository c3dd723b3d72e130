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


group_by_option = click.option(
    "--group-by", type=click.Choice(["document", "tag", "none"]), default="document", show_default=True,
    help="One lane per source document, per tag, or a single lane.",
)
plotlyjs_option = click.option(
    "--plotlyjs", type=click.Choice(["inline", "cdn"]), default="inline", show_default=True,
    help="Embed plotly.js (works offline) or load it from the CDN (a much smaller file).",
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
@group_by_option
@plotlyjs_option
@friendly
def build(
    inputs: tuple[str, ...], output_dir: str, dct: dt.date | None, title: str | None, group_by: str,
    plotlyjs: str,
) -> None:
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
    html_path.write_text(timeline.render_html(result, group_by=group_by, plotlyjs=plotlyjs), encoding="utf-8")
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
@click.option("-o", "--output", default=None, type=click.Path(),
              help="HTML file to write, - for stdout (default: beside the JSON, .html).")
@click.option("--title", help="Title shown above the timeline (default: the timeline's own).")
@group_by_option
@plotlyjs_option
@friendly
def render(timeline_file: str, output: str | None, title: str | None, group_by: str, plotlyjs: str) -> None:
    """Render a timeline file as a single HTML page that works offline.

    The page has zoom, a range slider, search, a filter by document or tag, and a hover card with
    the evidence for every event.

    \b
    Example:
        timeline render output/timeline.json -o timeline.html
        timeline render timeline.json --group-by tag --title "The treaty"
        timeline render timeline.json --plotlyjs cdn -o small.html
    """
    loaded = store.load(timeline_file)
    page = timeline.render_html(loaded, title=title, group_by=group_by, plotlyjs=plotlyjs)
    if output == "-":
        click.echo(page, nl=False)
        return
    target = Path(output) if output else Path(timeline_file).with_suffix(".html")
    target.write_text(page, encoding="utf-8")
    click.echo(f"{len(loaded.events)} events -> {target}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@dct_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@friendly
def tag(inputs: tuple[str, ...], dct: dt.date | None, fmt: str) -> None:
    """Find and normalize the temporal expressions (TIMEX3) of texts.

    \b
    Example:
        timeline tag article.txt --dct 2025-10-25
        timeline tag docs.jsonl --format jsonl
    """
    results = []
    for document in sources.read(inputs, dct=dct):
        timexes = timeline.tag(document.text, dct=document.date)
        results.append({
            "id": document.id,
            "dct": document.date.isoformat() if document.date else None,
            "timexes": [t.model_dump(exclude_none=True) for t in timexes],
        })
    if fmt == "jsonl":
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(json.dumps(results, indent=2, ensure_ascii=False))


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--errors", "show_errors", is_flag=True, help="List misses, spurious tags and wrong values.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--events", "score_events", is_flag=True,
              help="Score event dating (anchored-event recall, event-date precision) instead of tags.")
@click.option("--gold-timexes", is_flag=True, help="With --events: date events from the gold TIMEX3s.")
@friendly
def evaluate(gold: tuple[str, ...], show_errors: bool, as_json: bool, score_events: bool,
             gold_timexes: bool) -> None:
    """Score the tagger (or, with --events, the events) on TimeML gold folders.

    Prints strict and relaxed precision, recall and F1, value F1 and type F1 per corpus. With --events,
    prints the share of gold events anchored to a date that an extracted event with that date covers,
    and the share of extracted events whose date phrase matches a gold date.

    \b
    Example:
        timeline evaluate ../shared/corpora/timebank ../shared/corpora/aquaint
        timeline evaluate corpus/ --errors | less
        timeline evaluate --events ../shared/corpora/timebank
    """
    if score_events:
        tagger = None if gold_timexes else timeline.tag
        event_results = {
            Path(folder).name: evaluation.score_event_documents(evaluation.read_corpus(folder), tagger=tagger)
            for folder in gold
        }
        summaries = {name: s.summary() for name, s in event_results.items()}
        if len(event_results) > 1:
            total = evaluation.EventScores()
            for scores in event_results.values():
                total.add(scores)
            summaries["total"] = total.summary()
        if as_json:
            click.echo(json.dumps(summaries, indent=2))
        else:
            click.echo(evaluation.event_table(summaries))
        return
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
