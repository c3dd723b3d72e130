"""The `timeline` command: click commands that parse arguments, call the library and print."""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import json
import sys
from pathlib import Path

import click

import timeline
from timeline import evaluate as evaluation
from timeline import pipeline, sources, store
from timeline.errors import TimelineError
from timeline.models import Timeline
from timeline.shards import write_shards

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
    "--dct", callback=_dct, metavar="DATE",
    help="Date of the documents (YYYY-MM-DD); overrides the dates found in them.",
)  # fmt: skip
jobs_option = click.option(
    "-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=0),
    help="Worker processes (0: one per CPU); the output is the same as with 1.",
)  # fmt: skip


def paths(inputs: tuple[str, ...]) -> list[Path]:
    """Return the arguments as Paths: on the command line every input names a file, never text."""
    return [Path(item) for item in inputs]


def warn(problem: sources.Problem) -> None:
    """Print a problem with one input to stderr; the batch goes on."""
    click.echo(f"warning: {problem}", err=True)


@contextlib.contextmanager
def progress():
    """Yield an on_progress(done, total) callback drawing a bar on stderr, or None when it is not a TTY."""
    if not sys.stderr.isatty():
        yield None
        return
    state: dict = {}

    def advance(done: int, total: int | None) -> None:
        if total is None:
            return
        if "bar" not in state:
            state["bar"] = click.progressbar(length=total, label="reading", file=sys.stderr).__enter__()
            state["done"] = 0
        state["bar"].update(done - state["done"])
        state["done"] = done

    try:
        yield advance
    finally:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)


def summary(result: Timeline) -> str:
    """Say how many documents and events there are, where dates came from, and how to give a missing one."""
    counts = collections.Counter(document.date_source for document in result.documents)
    lines = [f"{len(result.documents)} documents, {len(result.events)} events"]
    found = ", ".join(f"{source} {counts[source]}" for source in sorted(counts) if source != "none")
    if found:
        lines.append(f"document dates from: {found}")
    if counts["none"]:
        have = "document has" if counts["none"] == 1 else "documents have"
        lines.append(
            f"{counts['none']} {have} no date, so their relative dates (\"last week\") stay "
            "unresolved (values with X). Give one with --dct YYYY-MM-DD, a `date:` line of front matter, "
            "a \"date\" field in JSON Lines, or a date in the file name (2025-10-25-name.txt)."
        )
    return "\n".join(lines)


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
@jobs_option
@friendly
def build(
    inputs: tuple[str, ...], output_dir: str, dct: dt.date | None, title: str | None, jobs: int
) -> None:
    """Extract a timeline from articles and write its JSON file and HTML page.

    INPUTS are files (.txt, .md, .html, .jsonl), folders, quoted glob patterns, or - for
    standard input. With no INPUTS, reads the demo articles in seeds/.

    \b
    Example:
        timeline build
        timeline build articles/ --dct 2025-10-25 -o out/
        timeline build "archive/**/*.html" --jobs 2
    """
    with progress() as on_progress:
        result = timeline.extract(
            paths(inputs) or [Path(DEFAULT_INPUT)], dct=dct, title=title, jobs=jobs, on_problem=warn,
            on_progress=on_progress,
        )  # fmt: skip
    folder = Path(output_dir)
    json_path, html_path = folder / "timeline.json", folder / "timeline.html"
    store.save(result, json_path)
    html_path.write_text(timeline.render_html(result), encoding="utf-8")
    click.echo(f"{summary(result)}\nwrote {json_path}\nwrote {html_path}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(),
              help="Timeline file to write (a folder with --shards).")
@dct_option
@jobs_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process and --jobs workers; dask: tasks on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786); default: a LocalCluster on this machine.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Worker processes of the LocalCluster started without --scheduler.")
@click.option("--partitions", type=click.IntRange(min=1), help="Dask tasks (default: 4 per worker).")
@click.option("--shards", is_flag=True,
              help="Write events as JSON Lines shards (events-00000.jsonl...) and documents.jsonl in -o.")
@friendly
def extract(
    inputs: tuple[str, ...], output: str, dct: dt.date | None, jobs: int, engine: str,
    scheduler: str | None, workers: int, partitions: int | None, shards: bool,
) -> None:  # fmt: skip
    """Extract dated events from articles into a timeline file.

    INPUTS are files (.txt, .md, .html, .jsonl), folders, quoted glob patterns, or - for
    standard input.

    \b
    Example:
        timeline extract seeds/ -o timeline.json
        timeline extract article.txt --dct 2025-10-25
        timeline extract "corpus/part-*.jsonl" --engine dask --scheduler tcp://10.0.0.5:8786 \\
            --shards -o events/
    """
    if shards and output == "-":
        raise click.UsageError("--shards writes files: give a folder with -o")
    with progress() as on_progress:
        if engine == "dask":
            from timeline import distributed

            result = distributed.extract(
                paths(inputs), dct=dct, scheduler=scheduler, workers=workers, partitions=partitions,
                on_problem=warn, on_progress=on_progress,
            )  # fmt: skip
        else:
            result = timeline.extract(
                paths(inputs), dct=dct, jobs=jobs, on_problem=warn, on_progress=on_progress
            )
    if shards:
        written = write_shards(result, output)
        click.echo(f"{summary(result)}\nwrote {len(written)} files to {output}", err=True)
        return
    if output == "-":
        click.echo(result.model_dump_json(indent=2))
        click.echo(summary(result), err=True)
        return
    store.save(result, output)
    click.echo(f"{summary(result)}\nwrote {output}", err=True)


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
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
@jobs_option
@friendly
def tag(inputs: tuple[str, ...], dct: dt.date | None, fmt: str, jobs: int) -> None:
    """Find and normalize the temporal expressions (TIMEX3) of texts.

    \b
    Example:
        timeline tag article.txt --dct 2025-10-25
        timeline tag docs.jsonl --format jsonl --jobs 2
        cat page.html | timeline tag - --dct 2025-10-25
    """
    results = []
    for found in pipeline.run(paths(inputs), dct=dct, jobs=jobs, stage="tag", on_problem=warn):
        if found.document is None:
            continue
        document = found.document
        result = {
            "id": document.id,
            "dct": document.date.isoformat() if document.date else None,
            "date_source": document.date_source,
            "timexes": [t.model_dump(exclude_none=True) for t in found.timexes],
        }
        if fmt == "jsonl":  # streamed: a corpus of any size in bounded memory
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            results.append(result)
    if fmt == "json":
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
