"""timeline: turn news articles into accurate, interactive timelines.

    >>> import timeline, datetime as dt
    >>> t = timeline.extract(["seeds/"])
    >>> timeline.save(t, "out.json")
    >>> html = timeline.render_html(t)
    >>> with timeline.transaction("out.json") as t:
    ...     t.title = "Renamed"
"""

__version__ = "0.1.0"

import importlib
from typing import TYPE_CHECKING

from timeline.errors import DateError, InputError, NotFoundError, StoreError, TimelineError

if TYPE_CHECKING:  # what type checkers and editors read; at run time the names come from __getattr__ below
    from timeline.dates import parse_when
    from timeline.models import Document, Event, Evidence, TimeExpression, Timeline, When
    from timeline.pipeline import extract, extract_documents
    from timeline.render import build_figure, render_html
    from timeline.sources import Problem
    from timeline.store import load, save, transaction
    from timeline.temporal import tag

__all__ = [
    "DateError",
    "Document",
    "Event",
    "Evidence",
    "InputError",
    "NotFoundError",
    "Problem",
    "StoreError",
    "TimeExpression",
    "Timeline",
    "TimelineError",
    "When",
    "__version__",
    "build_figure",
    "extract",
    "extract_documents",
    "load",
    "parse_when",
    "render_html",
    "save",
    "transaction",
    "tag",
]

# Every name of the API but the errors is imported at first use (PEP 562) from the module below that has it:
# the hand-editing commands (`timeline list`, `add`, `show`...) and `--help` start without loading the tagger,
# dateparser, the event layer and plotly (timeline.render: about 5% of the import) that they never need.
_LAZY = {
    "parse_when": "timeline.dates",
    "Document": "timeline.models",
    "Event": "timeline.models",
    "Evidence": "timeline.models",
    "TimeExpression": "timeline.models",
    "Timeline": "timeline.models",
    "When": "timeline.models",
    "extract": "timeline.pipeline",
    "extract_documents": "timeline.pipeline",
    "Problem": "timeline.sources",
    "load": "timeline.store",
    "save": "timeline.store",
    "transaction": "timeline.store",
    "tag": "timeline.temporal",
    "build_figure": "timeline.render",
    "render_html": "timeline.render",
}
# The layers the README shows one step at a time ("timeline.temporal.tag", "timeline.events.extract"):
# `import timeline` makes them attributes at first use, as `import timeline.events` would.
_LAYERS = ("temporal", "events")


def __getattr__(name: str) -> object:
    """Return a name of the API from the module that holds it, importing that module on the first request."""
    if name in _LAYERS:
        return importlib.import_module(f"{__name__}.{name}")  # the import sets the attribute itself
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value  # later requests find it without this function, as an eager import would
    return value


def __dir__() -> list[str]:
    """List the module's names, those imported at first use among them."""
    return sorted({*globals(), *_LAZY, *_LAYERS})
