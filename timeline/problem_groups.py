"""Say many problems of one kind once: the first few in full, then one line for them all.

A folder of 2,000 wire stories with 232 year-less datelines would print 232 warnings, burying the one
unreadable file among them. `ProblemGroups` passes on the first `SHOWN` problems of each kind as they come
(a kind is a Problem's `kind`, else its message: 500 "empty file, skipped" are one kind) and, at the end,
gives one line for each kind that had more, with its count and the first few inputs. `verbose` passes on
every problem and adds no line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from timeline.sources_items import STDIN, Problem

SHOWN = 3  # problems of one kind said in full before the rest are only counted
NAMED = 5  # inputs named in a kind's closing line


def _where(problem: Problem) -> str:
    name = problem.source if problem.source == STDIN else Path(problem.source).name
    return f"{name}:{problem.line}" if problem.line else name


class ProblemGroups:
    """Pass the first problems of each kind to `say`, count the rest, and sum them up in `closing()`."""

    def __init__(self, say: Callable[[Problem], None], *, verbose: bool = False) -> None:
        self._say = say
        self._verbose = verbose
        self._kinds: dict[str, list[Problem]] = {}

    def __call__(self, problem: Problem) -> None:
        """Take one problem: say it when it is among the first of its kind (or `verbose`), else count it."""
        seen = self._kinds.setdefault(problem.kind or problem.message, [])
        seen.append(problem)
        if self._verbose or len(seen) <= SHOWN:
            self._say(problem)

    def closing(self) -> list[str]:
        """Return one line for each kind with more problems than were said, in the order kinds first came.

        "250 documents: a dateline with a day but no year, so no date: ... (3 shown above; the first 5:
        a.txt, b.txt, ... and 245 more; --verbose lists each)".
        """
        if self._verbose:
            return []
        lines = []
        for kind, seen in self._kinds.items():
            if len(seen) <= SHOWN:
                continue
            named = ", ".join(_where(p) for p in seen[:NAMED])
            more = f" and {len(seen) - NAMED} more" if len(seen) > NAMED else ""
            lines.append(f"{len(seen)} documents: {kind} ({SHOWN} shown above; the first {NAMED}: {named}"
                         f"{more}; --verbose lists each)")
        return lines
