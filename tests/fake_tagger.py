"""A tiny stand-in tagger for pipeline-level tests: ISO dates, years, and "yesterday" against the DCT.

Tests of reading, parallelism and Dask check that every engine gives the same Timeline; they need a
tagger that is fast, deterministic and sensitive to the document date, not a good one.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.models import TimeExpression

PATTERN = re.compile(
    r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b"  # 2025-10-25
    r"|\b(?P<year>(?:19|20)\d\d)\b"  # 2017
    r"|\b(?P<rel>yesterday)\b"  # yesterday
)


def tag(text: str, *, dct: dt.date | None = None) -> list[TimeExpression]:
    """Return ISO dates and years as DATEs, and "yesterday" resolved against `dct` (XXXX-XX-XX without)."""
    found = []
    for number, match in enumerate(PATTERN.finditer(text), 1):
        if match["rel"]:
            value = (dct - dt.timedelta(days=1)).isoformat() if dct else "XXXX-XX-XX"
            anchor = "dct"
        else:
            value, anchor = match["iso"] or match["year"], None
        found.append(
            TimeExpression(
                tid=f"t{number}", start=match.start(), end=match.end(), text=match[0], type="DATE",
                value=value, anchor=anchor,
            )
        )  # fmt: skip
    return found


def install(monkeypatch) -> None:
    """Make timeline.temporal.tag this fake for the rest of a test (and its forked workers)."""
    from timeline import temporal

    monkeypatch.setattr(temporal, "tag", tag)
