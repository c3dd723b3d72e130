"""The temporal tagger: find TIMEX3 expressions in English text and normalize them."""

import importlib

__all__ = ["tag"]


def __getattr__(name: str) -> object:
    """Return `tag`, importing the tagger on the first request: a module that needs only a helper of the
    package (timeline.temporal.intervals, as timeline.dates does) loads without the whole tagger."""
    if name != "tag":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = importlib.import_module("timeline.temporal.tagger").tag
    globals()[name] = value
    return value
