"""Tag temporal expressions: tag(text, dct=...) -> list[TimeExpression]."""

from __future__ import annotations

import datetime as dt

from timeline.models import TimeExpression


def tag(text: str, *, dct: dt.date | None = None) -> list[TimeExpression]:
    """Return the temporal expressions of `text`, normalized against the document date `dct`."""
    raise NotImplementedError("the tagger lands with issue 3")
