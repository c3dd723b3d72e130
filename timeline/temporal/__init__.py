"""The temporal tagger: find TIMEX3 expressions in English text and normalize them."""

from timeline.temporal.tagger import tag

__all__ = ["tag"]
