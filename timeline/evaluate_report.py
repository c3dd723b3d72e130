"""What `timeline evaluate` says: each corpus's figures as a table or as JSON, errors one line each, and the
warnings and notes beside them (gold documents without a DCT, confidence bands that rank wrong).

The scoring itself is in evaluate.py (TIMEX3), evaluate_events.py (events) and evaluate_timelines.py
(entity timelines); this module only shapes their results into the text printed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline import evaluate_events
from timeline.counts import counted, listed
from timeline.evaluate import Scores, Tagger, describe, error_record, read_corpus, table
from timeline.evaluate_timelines import TimelineScores, misses, timeline_table

UNDATED_SHOWN = 3  # the warning names this many gold documents without a DCT
UNANSWERED_SHOWN = 5  # and this many gold files another system wrote no file for

Table = Callable[[dict], str]


def scored(summaries: dict, errors: dict | None, *, as_json: bool, table: Table) -> str:
    """Return the errors (one line each, headed by their corpus when there are several) then the table, or
    with `as_json` one JSON object: each corpus's figures, with its "errors" when listed, so that standard
    output stays one JSON document."""
    if as_json:
        if errors is not None:
            summaries = {name: {**summary, "errors": errors[name]} for name, summary in summaries.items()}
        return json.dumps(summaries, indent=2, ensure_ascii=False)
    lines: list[str] = []
    for name, listed_errors in (errors or {}).items():
        if len(summaries) > 1:  # which corpus the lines below come from
            lines.append(f"# {name}: {counted(len(listed_errors), 'error')}")
        lines.extend(listed_errors)
    return "\n".join([*lines, table(summaries)])


def undated_warnings(results: dict[str, Scores]) -> list[str]:
    """Warn of each corpus whose gold documents lack a DCT: their relative expressions are scored against
    values left unresolved."""
    warnings = []
    for name, scores in results.items():
        undated = scores.undated
        if undated:
            count = f"{len(undated)} gold documents have" if undated[1:] else "1 gold document has"
            warnings.append(f"warning: {name}: {count} no DCT ({listed(undated, UNDATED_SHOWN)}); their "
                            "relative expressions are scored against values left unresolved (XXXX)")
    return warnings


def unanswered_warnings(results: dict[str, Scores]) -> list[str]:
    """Warn, one line per corpus, of the gold files another system wrote no file for: each was scored as a
    document the system tagged nothing in."""
    warnings = []
    for name, scores in results.items():
        unanswered = scores.unanswered
        if unanswered:
            count = f"{len(unanswered)} gold files have" if unanswered[1:] else "1 gold file has"
            shown = listed(unanswered, UNANSWERED_SHOWN)
            warnings.append(f"warning: {name}: {count} no system file ({shown}); scored as tagging nothing")
    return warnings


def tags_report(results: dict[str, Scores], *, show_errors: bool, as_json: bool) -> str:
    """Return the TIMEX3 figures of each corpus, with its errors when `show_errors` (as records in JSON)."""
    summaries = {name: scores.summary() for name, scores in results.items()}
    if not show_errors:
        return scored(summaries, None, as_json=as_json, table=table)
    said = error_record if as_json else describe
    errors = {name: [said(e) for e in scores.errors] for name, scores in results.items()}
    return scored(summaries, errors, as_json=as_json, table=table)


def timelines_report(results: dict[str, TimelineScores], *, show_errors: bool, as_json: bool) -> str:
    """Return the entity-timeline figures of each corpus, with its misses when `show_errors`."""
    summaries = {name: scores.summary() for name, scores in results.items()}
    if not show_errors:
        return scored(summaries, None, as_json=as_json, table=timeline_table)
    errors = {name: list(misses(scores)) for name, scores in results.items()}
    return scored(summaries, errors, as_json=as_json, table=timeline_table)


def events_report(summaries: dict[str, dict[str, float | int]], *, as_json: bool) -> str:
    """Return the event figures of each corpus as a table, or as JSON."""
    return json.dumps(summaries, indent=2) if as_json else evaluate_events.event_table(summaries)


def confidence_report(
    folders: Iterable[str | Path], *, tagger: Tagger | None, as_json: bool
) -> tuple[str, str | None]:
    """Score the events of the folders pooled at or above each confidence and per band; return the table
    (or JSON) and a note naming the bands dated no better than the band below (None when all rank right)."""
    documents = (document for folder in folders for document in read_corpus(folder))
    figures = evaluate_events.by_confidence(evaluate_events.mark_event_documents(documents, tagger=tagger))
    shown = json.dumps(figures, indent=2) if as_json else evaluate_events.confidence_table(figures)
    flat = evaluate_events.flat_buckets(figures)
    if not flat:
        return shown, None
    return shown, f"note: events of {', '.join(flat)} are dated no better than those of the band below"

