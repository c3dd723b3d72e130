"""The `timeline` command: click commands that parse arguments, call the library and print."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

import timeline
from timeline import choose, edit, export, hand, removals, store, typed_dates
from timeline.batch_gc import batch_collection
from timeline.counts import counted
from timeline.errors import TimelineError
from timeline.problem_groups import ProblemGroups

if TYPE_CHECKING:
    from timeline.sources_items import Problem

# Only what `--help` and the hand-editing commands (list, show, documents, add, edit, remove, restore) use is
# imported above; the tagger, the event layer, dateparser and plotly load inside the commands that run them
# (build, extract, tag, render, evaluate, merge), which tests/test_cli_startup.py checks.

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


def _dct(_ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from timeline.sources import parse_date

    try:
        return parse_date(value)
    except TimelineError as error:
        raise click.ClickException(f"{param.opts[0]}: {error}") from None


dct_option = click.option(
    "--dct", callback=_dct, metavar="DATE",
    help="Date of the documents (YYYY-MM-DD); overrides the dates found in them.",
)  # fmt: skip
fallback_dct_option = click.option(
    "--dct", callback=_dct, metavar="DATE",
    help="Date (YYYY-MM-DD) for the documents that carry none of their own (metadata, dateline, file name).",
)  # fmt: skip
# extract's twin of tag's --dct, as timeline.extract(default_dct=...) is of its dct=
default_dct_option = click.option(
    "--default-dct", "default_dct", callback=_dct, metavar="DATE",
    help="Date (YYYY-MM-DD) for only the documents that carry none of their own; the others keep theirs.",
)  # fmt: skip
jobs_option = click.option(
    "-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=0),
    help="Worker processes (0: one per CPU); the output is the same as with 1.",
)  # fmt: skip

# --min-confidence of extract and build: extraction leaves the weaker events out of the file
extracted_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), metavar="FLOAT",
    help="Leave out extracted events whose confidence (0 to 1) is under this; events added or edited by "
         "hand are never left out.",
)  # fmt: skip


def paths(inputs: tuple[str, ...]) -> list[Path]:
    """Return the arguments as Paths: on the command line every input names a file, never text."""
    return [Path(item) for item in inputs]


def _write(text: str, output: str, *, shown: str | Path | None = None) -> None:
    """Print the text to stdout when `output` is -, or write the file and say so on stderr."""
    if output == store.STDIN:
        click.echo(text, nl=False)
        return
    store.write_atomic(output, text)
    click.echo(f"wrote {output if shown is None else shown}", err=True)


def _note(line: str | None) -> None:
    """Print a note of the library to stderr, when it has one."""
    if line:
        click.echo(line, err=True)


def warn(problem: Problem) -> None:
    """Print a problem with one input to stderr; the batch goes on."""
    click.echo(f"warning: {problem}", err=True)


@contextlib.contextmanager
def grouped_warnings(verbose: bool):  # noqa: ANN201 - a context manager
    """Yield a command's on_problem callback: the first problems of each kind printed (all with `verbose`),
    then, at the end, one line for each kind met more often than it was printed."""
    groups = ProblemGroups(warn, verbose=verbose)
    yield groups
    for line in groups.closing():
        click.echo(f"warning: {line}", err=True)


verbose_option = click.option(
    "-v", "--verbose", is_flag=True,
    help="Print every warning: without it, the first 3 of a kind are printed and the rest counted.",
)  # fmt: skip


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


group_by_option = click.option(
    "--group-by", type=click.Choice(["document", "tag", "none"]), default="document", show_default=True,
    help="One lane per source document, per tag, or a single lane.",
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
    # every command runs with the garbage collector tuned for a batch (timeline.batch_gc), restored at its end
    click.get_current_context().with_resource(batch_collection())


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("-o", "--output", "output_dir", default=DEFAULT_OUTPUT, show_default=True, type=click.Path(),
              help="Folder to write timeline.json and timeline.html into.")
@dct_option
@default_dct_option
@click.option("--title", help="Title of the timeline.")
@group_by_option
@jobs_option
@extracted_confidence_option
@verbose_option
@friendly
def build(
    inputs: tuple[str, ...], output_dir: str, dct: dt.date | None, default_dct: dt.date | None,
    title: str | None, group_by: str, jobs: int, min_confidence: float | None, verbose: bool,
) -> None:
    """Extract a timeline from articles and write its JSON file and HTML page.

    INPUTS are files (.txt, .md, .html, .jsonl, .json, .tml, .xml/.rss/.atom feeds, .docx, .pdf, .eml, .mbox),
    folders, quoted glob patterns, or - for standard input. With no INPUTS, reads the demo articles in
    seeds/.

    \b
    Example:
        timeline build
        timeline build articles/ --dct 2025-10-25 -o out/
        timeline build articles/ --default-dct 2025-10-25
        timeline build "archive/**/*.html" --jobs 2
        timeline build articles/ --min-confidence 0.8
    """
    if not inputs and not Path(DEFAULT_INPUT).is_dir():
        raise click.UsageError(
            f"give the articles to read, e.g. `timeline build articles/` (without INPUTS, build reads the "
            f"demo articles in {DEFAULT_INPUT}/, and there is no such folder here)"
        )
    if dct is not None and default_dct is not None:
        raise click.UsageError("give --dct (every document's date) or --default-dct (undated ones'), "
                               "not both")
    if output_dir == "-":
        raise click.UsageError("build writes two files into a folder: give -o FOLDER (use `extract -o -` "
                               "to print the timeline)")
    if Path(output_dir).suffix.lower() in (".json", ".html", ".htm") and not Path(output_dir).is_dir():
        raise click.UsageError(
            f"-o {output_dir}: build writes timeline.json and timeline.html into a folder: give -o FOLDER "
            f"(`timeline extract -o {output_dir}` writes one timeline file, `timeline render` one page)"
        )
    from timeline import run_notes, updates
    from timeline.confident import ids_left_out, leave_out_weak
    from timeline.render import untagged_note

    json_path = Path(output_dir) / "timeline.json"
    updates.read_before(json_path)  # a corrupt file stops the command before the slow extraction
    with grouped_warnings(verbose) as on_problem, progress() as on_progress:
        extracted = timeline.extract(
            paths(inputs) or [Path(DEFAULT_INPUT)], dct=dct, default_dct=default_dct, title=title, jobs=jobs,
            on_problem=on_problem, on_progress=on_progress,
        )  # fmt: skip
    html_path = Path(output_dir) / "timeline.html"
    kept, weak = leave_out_weak(extracted, min_confidence)
    result, note = updates.extract_into(json_path, kept, left_out=ids_left_out(extracted, kept))
    store.write_atomic(html_path, timeline.render_html(result, group_by=group_by))
    _note(untagged_note(result, group_by))
    wrote = f"wrote {json_path} ({counted(len(result.events), 'event')})\nwrote {html_path}"
    click.echo("\n".join(filter(None, [run_notes.summary(extracted), weak, wrote])), err=True)
    _note(note)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(),
              help="Timeline file to write (a folder with --shards); an existing file keeps its hand work.")
@click.option("--into", type=click.Path(), help="Existing timeline file to extract into (it must exist).")
@dct_option
@default_dct_option
@click.option("--title", help="Title of the timeline (kept from the file when not given).")
@jobs_option
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process and --jobs workers; dask: tasks on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786); default: a LocalCluster on this machine.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Worker processes of the LocalCluster started without --scheduler.")
@click.option("--partitions", type=click.IntRange(min=1),
              help="Dask tasks (default: 4 per worker, and one per 2,000 documents at least).")
@click.option("--shards", is_flag=True,
              help="Write events as JSON Lines shards (events-00000.jsonl...) and documents.jsonl "
                   "(metadata, no text) in the folder -o: for corpora too large to hold.")
@extracted_confidence_option
@verbose_option
@friendly
def extract(
    inputs: tuple[str, ...], output: str, into: str | None, dct: dt.date | None, default_dct: dt.date | None,
    title: str | None, jobs: int, engine: str, scheduler: str | None, workers: int, partitions: int | None,
    shards: bool, min_confidence: float | None, verbose: bool,
) -> None:  # fmt: skip
    """Extract dated events from articles into a timeline file.

    INPUTS are files (.txt, .md, .html, .jsonl, .json, .tml, .xml/.rss/.atom feeds, .docx, .pdf, .eml, .mbox),
    folders, quoted glob patterns, or - for standard input. Extracting into an existing file keeps its
    hand work: events added by hand, edited events, and removed events (they do not come back). Events of
    articles extracted again are refreshed.

    \b
    Example:
        timeline extract seeds/ -o timeline.json
        timeline extract article.txt --dct 2025-10-25 --title "The bridge"
        timeline extract articles/ --default-dct 2025-10-25 -o timeline.json
        timeline extract new-article.txt --into timeline.json
        timeline extract articles/ --min-confidence 0.8 -o timeline.json
        timeline extract "corpus/part-*.jsonl" --engine dask --scheduler tcp://scheduler.example:8786 \\
            --shards -o events/
    """
    from timeline import run_notes, updates
    from timeline.confident import ids_left_out, leave_out_weak
    from timeline.shards import write_shards

    if into is not None and output != "-":
        raise click.UsageError("give -o or --into, not both")
    if dct is not None and default_dct is not None:
        raise click.UsageError("give --dct (every document's date) or --default-dct (undated ones'), "
                               "not both")
    if shards and (output == "-" or into is not None):
        raise click.UsageError("--shards writes files: give a folder with -o")
    if into is not None and not Path(into).exists():
        raise click.ClickException(f"{into}: no such timeline file (--into adds to one; -o {into} makes it)")
    if not shards:
        store.require_file_name(into or output)
        updates.read_before(output, into=into)  # a corrupt file stops the command before the slow extraction
    with grouped_warnings(verbose) as on_problem, progress() as on_progress:
        if engine == "dask":
            from timeline import distributed

            result = distributed.extract(
                paths(inputs), dct=dct, default_dct=default_dct, title=title, scheduler=scheduler,
                workers=workers, partitions=partitions, texts=not shards, on_problem=on_problem,
                on_progress=on_progress,
            )  # fmt: skip
        else:
            result = timeline.extract(
                paths(inputs), dct=dct, default_dct=default_dct, title=title, jobs=jobs, texts=not shards,
                on_problem=on_problem, on_progress=on_progress,
            )  # fmt: skip
    kept, weak = leave_out_weak(result, min_confidence)
    said = "\n".join(filter(None, [run_notes.summary(result), weak]))
    if shards:
        written = write_shards(kept, output)
        click.echo(f"{said}\nwrote {len(written)} files to {output}", err=True)
        return
    target = into or output
    if target == "-":
        click.echo(kept.model_dump_json(indent=2))
        click.echo(said, err=True)
        return
    saved, note = updates.extract_into(target, kept, left_out=ids_left_out(result, kept))
    click.echo(f"{said}\n{counted(len(saved.events), 'event')} in {target}", err=True)
    _note(note)


@main.command()
@click.argument("timeline_file", metavar="TIMELINE", type=click.Path())
@click.option("-o", "--output", default=None, type=click.Path(),
              help="HTML file, - for stdout (default: TIMELINE with .html, or stdout when TIMELINE is -).")
@click.option("--title", help="Title shown above the timeline (default: the timeline's own).")
@group_by_option
@friendly
def render(timeline_file: str, output: str | None, title: str | None, group_by: str) -> None:
    """Render a timeline file as a single HTML page that works offline.

    The page has zoom, a range slider, search, filters by document, tag, outlet and confidence, and a
    hover card with the evidence for every event. It makes no network request: the file alone is the
    page.

    \b
    Example:
        timeline render output/timeline.json -o timeline.html
        timeline render timeline.json --group-by tag --title "The treaty"
    """
    from timeline.render import untagged_note

    if output not in (None, store.STDIN):
        store.require_file_name(output)  # before the rendering, which takes a while
    loaded = store.read(timeline_file)
    page = timeline.render_html(loaded, title=title, group_by=group_by)
    _note(untagged_note(loaded, group_by))
    if output is None and timeline_file != store.STDIN:
        output = str(Path(timeline_file).with_suffix(".html"))
    if output in (None, store.STDIN):
        click.echo(page, nl=False)
        return
    target = Path(output)
    store.refuse_overwriting(target, [timeline_file])
    store.write_atomic(target, page)
    click.echo(f"{counted(len(loaded.events), 'event')} -> {target}", err=True)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@fallback_dct_option
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "timeml"]), default="json",
              show_default=True, help="json: one array; jsonl: one line a document; timeml: inline TIMEX3.")
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(),
              help="File to write, - for stdout; with timeml, a folder gets one .tml a document.")
@click.option("--text", "with_text", is_flag=True,
              help="With json or jsonl: add each document's text, the string the offsets index.")
@jobs_option
@verbose_option
@friendly
def tag(inputs: tuple[str, ...], dct: dt.date | None, fmt: str, output: str, with_text: bool,
        jobs: int, verbose: bool) -> None:
    """Find and normalize the temporal expressions (TIMEX3) of texts.

    INPUTS are files (.txt, .md, .html, .jsonl, .json, .tml, .xml/.rss/.atom feeds, .docx, .pdf, .eml, .mbox),
    folders, quoted glob patterns, or - for standard input. Each document gives its id, DCT (dct, and
    date_source: where it came from), source (the file, or file:line of JSON Lines) and timexes. Offsets
    count characters of the text as read: a file's line ends as they are (CRLF is two characters), without
    a byte-order mark or `---` front matter; a web page's article text; a TimeML file's <TEXT> without
    tags; a feed item's, Word file's, PDF's or e-mail's text as read, without its markup or layout;
    --text adds that text. TimeML is one document a file: for several documents give a folder with -o.

    \b
    Example:
        timeline tag article.txt --dct 2025-10-25
        timeline tag docs.jsonl --format jsonl --jobs 2
        timeline tag page.html --text
        timeline tag article.txt --dct 2025-10-25 --format timeml
        timeline tag docs.jsonl --format timeml -o tagged/
        cat page.html | timeline tag - --dct 2025-10-25
    """
    from timeline import tagged

    if with_text and fmt == "timeml":
        raise click.UsageError("--text goes with --format json or jsonl (TimeML holds the text already)")
    store.refuse_overwriting(output, inputs)
    with grouped_warnings(verbose) as on_problem:
        tagged_all = tagged.tag_inputs(paths(inputs), dct=dct, jobs=jobs, on_problem=on_problem)
        _tag_out(tagged_all, fmt, output, with_text)  # reads the inputs as it writes them


def _tag_out(tagged_all, fmt: str, output: str, with_text: bool) -> None:  # noqa: ANN001 - an iterator
    """Write the tagged documents (read as they are written) in the format asked for."""
    from timeline import tagged

    if fmt == "timeml" and store.names_folder(output):
        written = store.write_folder(output, tagged.timeml_files(tagged_all))
        click.echo(f"wrote {written} TimeML files into {Path(output)}", err=True)
    elif fmt == "jsonl" and output == store.STDIN:  # streamed: a corpus of any size in bounded memory
        for line in tagged.jsonl_lines(tagged_all, text=with_text):
            click.echo(line, nl=False)
    elif fmt == "timeml":
        where = "stdout" if output == store.STDIN else output
        page = tagged.one_timeml(tagged_all, where=where)
        if page is not None:
            _write(page, output, shown=Path(output))
    else:
        text = (tagged.to_json(tagged_all, text=with_text) if fmt == "json"
                else "".join(tagged.jsonl_lines(tagged_all, text=with_text)))  # fmt: skip
        _write(text, output)


@main.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option("--errors", "show_errors", is_flag=True,
              help="List misses, spurious tags and wrong extents, values and types, one tab-separated line "
                   "each in reading order (with --json: an \"errors\" list in each corpus's figures).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--events", "score_events", is_flag=True,
              help="Score event dating (anchored-event recall, event-date precision) instead of tags.")
@click.option("--gold-timexes", is_flag=True, help="With --events: date events from the gold TIMEX3s.")
@click.option("--by-confidence", is_flag=True,
              help="With --events: precision and recall of the events at or above each confidence, and "
                   "precision in each band of confidence (the folders pooled).")
@click.option("--system", "system", type=click.Path(), metavar="FOLDER",
              help="Score this folder of another system's TimeML (files named as the gold's, same texts) "
                   "instead of tagging the gold texts; a gold file without one scores as tagging nothing.")
@click.option("--timelines", "score_timelines", is_flag=True,
              help="Score event dating against SemEval-2015 Task 4 gold timelines (folders holding "
                   "documents/ and timelines/).")
@friendly
def evaluate(gold: tuple[str, ...], show_errors: bool, as_json: bool, score_events: bool,
             gold_timexes: bool, by_confidence: bool, system: str | None, score_timelines: bool) -> None:
    """Score the tagger (or, with --events, the events) on TimeML gold folders.

    Prints strict and relaxed precision, recall and F1, value F1 and type F1 per corpus. With --events,
    prints the share of gold events anchored to a date that an extracted event with that date covers,
    and the share of extracted events whose date phrase matches a gold date. With --timelines, prints
    dated recall (exact and lenient), date accuracy, the share of undated gold mentions we date anyway,
    and order agreement against gold entity timelines (docs/evaluation.md defines each figure).

    \b
    Example:
        timeline evaluate ../shared/corpora/timebank ../shared/corpora/aquaint
        timeline evaluate corpus/ --errors | less
        timeline evaluate --events ../shared/corpora/timebank
        timeline evaluate --events --by-confidence ../shared/corpora/timebank ../shared/corpora/aquaint
        timeline evaluate gold/ --system heideltime-output/ --errors
        timeline evaluate --timelines ../shared/corpora/semeval2015-timeline-trial
    """
    from timeline import evaluate as evaluation
    from timeline import evaluate_events, evaluate_report, evaluate_timelines

    if gold_timexes and not score_events:
        raise click.UsageError("--gold-timexes goes with --events")
    if by_confidence and not score_events:
        raise click.UsageError("--by-confidence goes with --events")
    if show_errors and score_events:
        raise click.UsageError("--errors lists the tagger's or the timelines' errors, not --events'")
    if system is not None and (score_events or score_timelines or len(gold) != 1):
        raise click.UsageError("--system scores one gold folder's TIMEX3, without --events or --timelines")
    if score_timelines:
        results = evaluate_timelines.score_timeline_folders(gold, tagger=timeline.tag)
        click.echo(evaluate_report.timelines_report(results, show_errors=show_errors, as_json=as_json))
        return
    tagger = None if gold_timexes else timeline.tag
    if score_events and by_confidence:
        figures, note = evaluate_report.confidence_report(gold, tagger=tagger, as_json=as_json)
        click.echo(figures)
        _note(note)
        return
    if score_events:
        summaries = evaluate_events.score_event_folders(gold, tagger=tagger)
        click.echo(evaluate_report.events_report(summaries, as_json=as_json))
        return
    if system is not None:
        results = {Path(gold[0]).name: evaluation.score_system(gold[0], system)}
    else:
        results = evaluation.score_folders(gold)
    warnings = [*evaluate_report.undated_warnings(results), *evaluate_report.unanswered_warnings(results)]
    for warning in warnings:
        click.echo(warning, err=True)
    click.echo(evaluate_report.tags_report(results, show_errors=show_errors, as_json=as_json))


@main.command()
@click.option("--tagged", is_flag=True, help="The schema of a document of `timeline tag`'s JSON output.")
def schema(tagged: bool) -> None:
    """Print the JSON Schema of the timeline file (or of tag's output), generated from the models.

    \b
    Example:
        timeline schema > timeline.schema.json
        timeline schema --tagged > tagged.schema.json
    """
    from timeline.models import Tagged, Timeline

    click.echo(json.dumps((Tagged if tagged else Timeline).model_json_schema(), indent=2))


# A timeline file, or - for standard input/output even when a folder named - is in the way.
TIMELINE_PATH = click.Path(dir_okay=False, allow_dash=True)
timeline_argument = click.argument("timeline_file", metavar="TIMELINE", type=TIMELINE_PATH)


def _in_place(_ctx, _param, value: str) -> str:
    if value == store.STDIN:
        raise click.BadParameter("this command changes a timeline file in place: give its name, not -")
    return value


changed_timeline_argument = click.argument(
    "timeline_file", metavar="TIMELINE", type=TIMELINE_PATH, callback=_in_place
)


# Today, not the articles' date: the same command then means the same day whatever the file holds, as a
# date said aloud does; the message names the latest document's date when it is another day.
as_of_option = click.option(
    "--as-of", "as_of", metavar="DATE",
    help='The day relative dates count from ("yesterday", "last Monday", "Dec 28"); default today. '
         'A date without a year ("Dec 28", "March") is the nearest one, before or after, as in an article '
         'of that day; the message says when it is ahead. '
         'For archive work give the articles\' date, e.g. --as-of 2001-12-28.')


@main.command()
@changed_timeline_argument
@click.option("--date", "date", required=True, metavar="DATE",
              help='When: "25 October 2025", "October 2025", "2017", "2025-W43", "early 2019", 2025-10-25, '
                   'or a range: "June to August 2026", 2026-06/2026-08.')
@click.option("--title", required=True, help="What happened, in a line.")
@click.option("--end", metavar="DATE", help="End of a range: the event runs from --date to --end.")
@click.option("--description", default="", help="More about the event.")
@click.option("--source", metavar="URL", help="Where it is stated.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for several).")
@click.option("--quote", metavar="TEXT",
              help="Words of a document of the timeline that state the event: kept as its evidence.")
@click.option("--document", metavar="ID", help="The document --quote is in (default: the one that has it).")
@as_of_option
@friendly
def add(timeline_file: str, date: str, title: str, end: str | None, description: str, source: str | None,
        tags: tuple[str, ...], quote: str | None, document: str | None, as_of: str | None) -> None:
    """Add an event by hand; prints its id.

    The timeline file is created if missing (with --quote it must hold the document). The date keeps
    its precision: "October 2025" is a month, "2017" a year. --quote cites the article that states
    the event: its words are found in the document (spaces, case and curly quotes do not matter) and
    kept as the event's evidence, and as its description unless --description gives one.

    A date without a year ("Dec 28", "March") is the nearest one to today (or --as-of), before or after,
    as the articles' dates are read: a planned event can be ahead. When it is ahead the message says so;
    give the year ("Dec 28 2025") for the one before.

    \b
    Example:
        timeline add timeline.json --date "25 October 2025" --title "Bridge opens"
        timeline add timeline.json --date 2019 --end 2021 --title "Works" --tag works
        timeline add timeline.json --date yesterday --as-of 2001-12-28 --title "Fires reach the city"
        timeline add timeline.json --date "3 March 2025" --title "Mayor resigns" \\
            --document harbour-0412 --quote "the mayor announced her resignation"
    """
    if document is not None and quote is None:
        raise click.UsageError("--document names where --quote is: give --quote too")
    event, said = hand.add(timeline_file, title=title, date=date, end=end, description=description,
                           url=source, tags=tags, quote=quote, document=document, as_of=as_of,
                           today=dt.date.today())
    click.echo(event.id)
    click.echo(said, err=True)


@main.command(name="edit")
@changed_timeline_argument
@click.argument("event_id", metavar="ID")
@click.option("--title", help="New title.")
@click.option("--date", metavar="DATE",
              help='New date: one date, or a range ("June to August 2026", or --date with --end).')
@click.option("--end", metavar="DATE",
              help='New end: the event becomes a range ("" makes it one date again, its start).')
@click.option("--description", help="New description.")
@click.option("--source", metavar="URL", help='New source link ("" removes it).')
@click.option("--tag", "tags", multiple=True, help="Add a tag (repeat for several).")
@click.option("--untag", "untags", multiple=True, help="Remove a tag (repeat for several).")
@click.option("--quote", metavar="TEXT",
              help="Words of a document of the timeline that state the event: added to its evidence.")
@click.option("--document", metavar="ID", help="The document --quote is in (default: the one that has it).")
@as_of_option
@friendly
def edit_command(timeline_file: str, event_id: str, title: str | None, date: str | None, end: str | None,
                 description: str | None, source: str | None, tags: tuple[str, ...],
                 untags: tuple[str, ...], quote: str | None, document: str | None, as_of: str | None) -> None:
    """Change an event; ID may be a unique prefix. An edited extracted event is pinned.

    A pinned event stays as you left it when articles are extracted again. --quote adds evidence, as
    `timeline add --quote` gives it.

    \b
    Example:
        timeline edit timeline.json 3f2a --title "Bridge opens to traffic"
        timeline edit timeline.json 3f2a --date "October 2025" --tag bridge
        timeline edit timeline.json 3f2a --document harbour-0412 --quote "the bridge opened"
    """
    if document is not None and quote is None:
        raise click.UsageError("--document names where --quote is: give --quote too")
    given = (title, date, end, description, source, quote)
    if not any(v is not None for v in given) and not (tags or untags):
        raise click.UsageError("nothing to change: give --title, --date, --end, --description, --source, "
                               "--tag, --untag or --quote")
    said = hand.change(timeline_file, event_id, title=title, date=date, end=end, description=description,
                       url=source, tags=tags, untags=untags, quote=quote, document=document, as_of=as_of,
                       today=dt.date.today())
    click.echo(said, err=True)


@main.command()
@changed_timeline_argument
@click.argument("event_ids", metavar="ID...", nargs=-1, required=True)
@friendly
def remove(timeline_file: str, event_ids: tuple[str, ...]) -> None:
    """Remove events by id or unique prefix.

    Removed extracted events never come back when articles are extracted again, unless restored:
    `timeline list --removed` lists them, `timeline restore ID` brings one back.

    \b
    Example:
        timeline remove timeline.json 3f2a 9bc1
        timeline restore timeline.json 3f2a
    """
    for line in hand.remove(timeline_file, event_ids):
        click.echo(line, err=True)


@main.command()
@changed_timeline_argument
@click.argument("event_ids", metavar="ID...", nargs=-1, required=True)
@friendly
def restore(timeline_file: str, event_ids: tuple[str, ...]) -> None:
    """Bring back removed events, as they were when removed; ID may be a unique prefix.

    A restored extracted event is refreshed again when its article is extracted. An id removed
    without a kept copy (by an older version, or an event deleted from the file in an editor) comes
    back at the next extraction of its article.

    \b
    Example:
        timeline list timeline.json --removed
        timeline restore timeline.json 3f2a
    """
    for line in hand.restore(timeline_file, event_ids):
        click.echo(line, err=True)


outlet_option = click.option(
    "--outlet", metavar="NAME",
    help="Only events stated by this outlet's documents: its whole name, in any case (see `timeline "
         "documents`).",
)


def filter_options(command):
    """Add --from, --to, --query, --tag, --document, --outlet, --min-confidence (the options that choose
    events) and --as-of."""
    for option in reversed([
        click.option("--from", "start", metavar="DATE", help="Only events that end on or after this date."),
        click.option("--to", "end", metavar="DATE", help="Only events that start on or before this date."),
        click.option("--query", help="Only events whose text contains this (any case)."),
        click.option("--tag", help='Only events with this tag (any case); --tag "" only the events without '
                                   'a tag, those still to tag.'),
        click.option("--document", metavar="ID-OR-TEXT",
                     help="Only events stated in this document: its id, or text in the ids or titles of "
                          "documents (any case; see `timeline documents`)."),
        outlet_option,
        click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="FLOAT",
                     help="Only events whose confidence (0 to 1) is at least this; events added or edited by "
                          "hand always pass."),
        as_of_option,
    ]):
        command = option(command)
    return command


@main.command(name="list")
@timeline_argument
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Print the events as a JSON list.")
@click.option("--removed", is_flag=True, help="List the removed events instead, those `timeline restore` "
                                               "brings back.")
@friendly
def list_command(timeline_file: str, start: str | None, end: str | None, query: str | None, tag: str | None,
                 document: str | None, outlet: str | None, min_confidence: float | None, as_of: str | None,
                 as_json: bool, removed: bool) -> None:
    """List the events of a timeline file by date.

    A table by default; --json prints the events as JSON. ORIGIN counts the articles that state an
    event when they are several ("extracted, 3 sources"; a word-for-word copy counts once).

    \b
    Example:
        timeline list timeline.json
        timeline list timeline.json --from 2019 --to "June 2021" --query bridge
        timeline list timeline.json --tag works --json
        timeline list timeline.json --tag ""       # the events still to tag
        timeline list timeline.json --document valleypost
        timeline list timeline.json --outlet "Bay Courier"
        timeline list timeline.json --min-confidence 0.8
        timeline list timeline.json --removed
    """
    loaded = store.read(timeline_file)
    bare = removals.removed_without_copy(loaded) if removed else []
    if removed:
        loaded = loaded.model_copy(update={"events": loaded.removed_events})
    filters = choose.Filters(start, end, query, tag, document, outlet, min_confidence)
    reference = typed_dates.reference_day(as_of, today=dt.date.today())
    chosen = choose.choose(loaded, filters, reference=reference, as_of=as_of, name=timeline_file)
    _note(chosen.documents_note)
    if as_json:
        records = [e.model_dump(mode="json") for e in chosen.events]
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    if chosen.events:
        click.echo(export.table(chosen.events, {d.id: d for d in loaded.documents}))
    click.echo(choose.list_note(chosen, len(loaded.events), removed=removed, bare=len(bare)), err=True)
    _note(removals.without_copy_note(bare))


@main.command()
@timeline_argument
@click.option("--json", "as_json", is_flag=True,
              help="Print the documents (without their text) as JSON, with their events and outlet.")
@outlet_option
@friendly
def documents(timeline_file: str, as_json: bool, outlet: str | None) -> None:
    """List the documents of a timeline file: id, date, where the date came from, events, title.

    An UPDATED column shows when documents were last updated, if any says (dateModified, `updated:`);
    a CORRECTED column says which carry a correction notice ("Correction: ...", "An earlier version ...").

    The date source is option (--dct), metadata, dateline, filename, or none (relative dates such as
    "last week" stay unresolved: give a date, see `timeline extract --help`).

    \b
    Example:
        timeline documents timeline.json
        timeline documents timeline.json --json
        timeline documents timeline.json --outlet "Bay Courier"
    """
    loaded = choose.of_outlet(store.read(timeline_file), outlet, name=timeline_file)
    if as_json:
        click.echo(json.dumps(export.document_records(loaded), indent=2, ensure_ascii=False))
        return
    click.echo(export.document_table(loaded))
    click.echo(export.documents_count(loaded), err=True)


@main.command()
@timeline_argument
@click.argument("event_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@friendly
def show(timeline_file: str, event_id: str, as_json: bool) -> None:
    """Show one event in full.

    Its date, text, tags, the documents that state it (title, outlet, date, address) and its evidence.
    ID may be a unique prefix.

    \b
    Example:
        timeline show timeline.json 3f2a
    """
    loaded = store.read(timeline_file)
    event = edit.find(loaded, event_id, name=timeline_file)
    if as_json:
        click.echo(event.model_dump_json(indent=2))
        return
    click.echo(export.details(event, {d.id: d for d in loaded.documents}))


@main.command(name="merge")
@click.argument("inputs", metavar="TIMELINE...", nargs=-1, required=True, type=TIMELINE_PATH)
@click.option("-o", "--output", required=True, type=TIMELINE_PATH,
              help="Timeline file to write, - for stdout; if the file exists, its events are merged in too.")
@friendly
def merge_command(inputs: tuple[str, ...], output: str) -> None:
    """Merge timeline files into one.

    Events are deduplicated as extraction does. Hand work survives: manual and edited events win
    over extracted copies, and removed ids stay removed. An existing output file is merged in,
    never overwritten. Where two files edited one event differently, the first file named wins
    (an existing output file comes last), and standard error names the version left out.

    \b
    Example:
        timeline merge a.json b.json -o both.json
        timeline merge a.json b.json -o - | timeline list -
    """
    from timeline import updates

    loaded = [store.read(path) for path in inputs]
    if output == store.STDIN:
        combined, note = updates.merged(loaded)
        click.echo(combined.model_dump_json(indent=2))
        click.echo(f"{counted(len(combined.events), 'event')} from {counted(len(inputs), 'file')}", err=True)
    else:
        existing = " and the file's own" if updates.holds_timeline(output) else ""
        saved, note = updates.merge_into(output, loaded)
        tally = f"{counted(len(saved.events), 'event')} from {counted(len(inputs), 'file')}"
        click.echo(f"{tally}{existing} -> {output}", err=True)
    _note(note)


@main.command(name="export")
@timeline_argument
@click.option("--format", "fmt", type=click.Choice(export.FORMATS), required=True, help="Format to write.")
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(),
              help="File to write, - for stdout (a folder for timeml of several documents).")
@click.option("--bom/--no-bom", default=True, show_default=True,
              help="csv: start with a UTF-8 byte-order mark, so that Excel reads accents right.")
@filter_options
@friendly
def export_command(timeline_file: str, fmt: str, output: str, bom: bool, start: str | None, end: str | None,
                   query: str | None, tag: str | None, document: str | None, outlet: str | None,
                   min_confidence: float | None, as_of: str | None) -> None:
    """Write a timeline, or the events --from, --to, --query, --tag, --document, --outlet, --min-confidence
    choose, in a format.

    Formats: json, jsonl, csv, timelinejs, ics, markdown, timeml. timelinejs is Knight Lab
    TimelineJS3 JSON; ics an RFC 5545 calendar of all-day events (timed where an article gave a clock
    time); timeml the articles with the dates of their events tagged as TIMEX3 (one file per article
    into a folder; `timeline tag --format timeml` tags every date).

    csv is UTF-8 with a byte-order mark (utf-8-sig) unless --no-bom, so that Excel shows
    "ZÜRICH", not "ZÃœRICH". A text cell that would start a spreadsheet formula (=, +, -, @,
    tab, carriage return) gets a leading apostrophe; plain numbers and ISO dates are left alone.

    \b
    Example:
        timeline export timeline.json --format ics -o timeline.ics
        timeline export timeline.json --format timelinejs > timelinejs.json
        timeline export timeline.json --format timeml -o timeml/
        timeline export timeline.json --format csv --tag council --from 2025 -o council.csv
        timeline export timeline.json --format ics --outlet "Bay Courier" -o courier.ics
        timeline export timeline.json --format markdown --min-confidence 0.8 -o sure.md
    """
    loaded = store.read(timeline_file)
    filters = choose.Filters(start, end, query, tag, document, outlet, min_confidence)
    if filters.given():
        reference = typed_dates.reference_day(as_of, today=dt.date.today())
        chosen = choose.choose(loaded, filters, reference=reference, as_of=as_of, name=timeline_file)
        _note(chosen.documents_note)
        _note(choose.export_warning(len(loaded.events), chosen))
        loaded = choose.exported(loaded, chosen, fmt)
    if fmt == "timeml" and store.names_folder(output):
        from timeline import export_timeml

        written = store.write_folder(output, export_timeml.timeml_files(loaded))
        click.echo(f"wrote {written} TimeML files into {Path(output)}", err=True)
        return
    store.refuse_overwriting(output, [timeline_file])
    _write(export.export(loaded, fmt, bom=bom), output, shown=Path(output))


if __name__ == "__main__":
    sys.exit(main(prog_name="timeline"))
