"""timeline: turn news articles into accurate, interactive timelines.

    >>> import timeline, datetime as dt
    >>> t = timeline.extract(["seeds/"])
    >>> timeline.save(t, "out.json")
    >>> html = timeline.render_html(t)
    >>> with timeline.transaction("out.json") as t:
    ...     t.title = "Renamed"
"""

__version__ = "0.1.0"

from timeline.dates import parse_when
from timeline.errors import DateError, InputError, NotFoundError, StoreError, TimelineError
from timeline.models import Document, Event, Evidence, TimeExpression, Timeline, When
from timeline.pipeline import extract, extract_documents
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

# The page's names come from timeline.render, imported at first use: it imports plotly (about 5% of the
# package's import, in instructions), which tagging and extracting never need (`timeline extract`, a worker).
_RENDER_NAMES = ("build_figure", "render_html")


def __getattr__(name: str) -> object:
    """Return `build_figure` or `render_html` from timeline.render, imported on the first request."""
    if name in _RENDER_NAMES:
        from timeline import render

        return getattr(render, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the module's names, the page's among them."""
    return sorted({*globals(), *_RENDER_NAMES})
