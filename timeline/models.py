"""Pydantic records for every stage of the pipeline, and the timeline file they add up to.

The timeline file is the contract: `Timeline.model_dump_json(indent=2)` writes it and
`Timeline.model_validate_json` reads it; `timeline schema` prints `Timeline.model_json_schema()`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = 2

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal[
    "millennium", "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time"
]
Origin = Literal["extracted", "manual"]
DateSource = Literal["option", "metadata", "dateline", "filename", "none"]


WEB_SCHEMES = ("http", "https")


def is_web_link(url: str) -> bool:
    """Tell whether a link is an http(s) address: the only kind a page or an export may link to."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def _web_link(url: str) -> str:
    if not is_web_link(url):
        raise ValueError(f"{url!r} is not a web link: give an http:// or https:// address")
    return url.strip()


# A link shown in the page and the exports: never javascript:, data: or a local file.
WebLink = Annotated[str, AfterValidator(_web_link)]


class Record(BaseModel):
    """Base of every record: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


def _ordered_span(start: int, end: int) -> None:
    """Raise ValueError when `end` is before `start`: such offsets slice nothing out of a document.

    A hand-edited offset ("start": 999999) would otherwise pass, and a quote or a date phrase be lost.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}: correct them (end = start + the text's length)")


class TimeExpression(Record):
    """A TIMEX3 temporal expression found in a text, with exact character offsets."""

    tid: str | None = Field(default=None, description='Id in document order: "t1", "t2", ...')
    start: int = Field(ge=0, description="Offset of the first character in the document text.")
    end: int = Field(ge=0, description="Offset just past the last character (text == doc[start:end]).")
    text: str = Field(description="The expression as written: the document text sliced [start:end].")
    type: TimexType = Field(description="TIMEX3 type: DATE, TIME, DURATION or SET.")
    value: str = Field(description="TIMEX3 value: 2017, 2017-10, 2025-W43, P3Y, PRESENT_REF, XXXX-10...")
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, APPROX, BEFORE...")
    quant: str | None = Field(default=None, description="For SETs: EVERY, EACH...")
    freq: str | None = Field(default=None, description="For SETs: 2X, ...")
    anchor: str | None = Field(
        default=None,
        description='What a relative value was computed from: "dct", or the tid ("t3") of the earlier '
        "expression it chains from; None for absolute values.",
    )
    end_value: str | None = Field(
        default=None, description="For a range such as 'from 2019 to 2021', the TIMEX3 value of its end."
    )

    @model_validator(mode="after")
    def _ordered(self) -> TimeExpression:
        _ordered_span(self.start, self.end)
        return self


class Document(Record):
    """One input article: its text exactly as read, and its creation date (the DCT)."""

    id: str = Field(description="Unique in a timeline: the file's name, a JSON line's \"id\", a feed item's.")
    text: str = Field(
        description="The text as read, which offsets index (code points): a CRLF is two characters; a "
        "byte-order mark and front matter are not part of it."
    )
    date: dt.date | None = Field(default=None, description="Document creation time (publication date).")
    date_source: DateSource = Field(
        default="none", description="Where `date` came from: option, metadata, dateline, filename or none."
    )
    updated: dt.date | None = Field(
        default=None, description="When the document was last updated (dateModified), if it says."
    )
    title: str | None = Field(default=None, description="The headline, when the input gives one.")
    url: WebLink | None = Field(default=None, description="The article's web address (http or https).")
    source: str | None = Field(default=None, description="Where the document was read from (a path).")
    outlet: str | None = Field(
        default=None,
        description="The outlet that published it (a site's, paper's or wire's name), when the document "
        "names one: its page's site name, its front matter, a news API's source, its dateline.",
    )

    @model_serializer(mode="wrap")
    def _unset_updated_left_out(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave `updated` and `outlet` out when unset: files without them keep the bytes they had before."""
        data = handler(self)
        for optional in ("updated", "outlet"):
            if getattr(self, optional) is None:
                data.pop(optional, None)
        return data


class Tagged(Record):
    """One document of `timeline tag`'s JSON and JSON Lines output: its TIMEX3 expressions and their DCT."""

    id: str
    dct: dt.date | None = Field(description="The date relative expressions were resolved against.")
    date_source: DateSource = Field(description="Where the DCT came from.")
    source: str | None = Field(description='The file read, or "file:line" of a JSON Lines input.')
    timexes: list[TimeExpression] = Field(description="Offsets index `text` (given with --text).")
    text: str | None = Field(default=None, description="The text as read; only with --text.")


class When(Record):
    """When an event happened: its TIMEX3 value and the inclusive day interval it covers."""

    value: str = Field(description="TIMEX3 value of the date, e.g. 2018, 2025-W43, 2025-10-25.")
    start: dt.date = Field(description="First day the date covers (inclusive).")
    end: dt.date = Field(description="Last day the date covers (inclusive).")
    granularity: Granularity = Field(description="The date's precision: a year stays a year, never a day.")
    mod: str | None = Field(default=None, description="TIMEX3 mod: START (early), MID, END, APPROX...")
    end_value: str | None = Field(default=None, description="TIMEX3 value of the end of a range.")
    time: str | None = Field(default=None, description="Time of day (HH:MM) when the date is that precise.")

    @model_validator(mode="after")
    def _ordered(self) -> When:
        if self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        return self


class Evidence(Record):
    """Where an event is stated: a span of a document's text and the date phrase inside it."""

    document: str = Field(description="Id of the document.")
    start: int = Field(ge=0, description="Offset of the span's first character in the document text.")
    end: int = Field(ge=0, description="Offset just past its last character.")
    text: str = Field(description="Equals the document text sliced [start:end].")
    timex: TimeExpression | None = Field(default=None, description="The date phrase, document offsets.")

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        _ordered_span(self.start, self.end)
        return self


class Event(Record):
    """A dated event: what happened, when, and the evidence for it."""

    id: str = Field(description="Stable across extractions of the same statement; commands take a prefix.")
    title: str = Field(description="What happened, as a headline (extraction keeps it to 80 characters).")
    description: str = Field(default="", description="The sentence it comes from, or a hand-written text.")
    when: When = Field(description="When it happened: its TIMEX3 value and the days it covers.")
    evidence: list[Evidence] = Field(default_factory=list, description="The sentences that state it.")
    origin: Origin = Field(default="extracted", description="extracted, or manual (added by hand).")
    confidence: float = Field(
        default=1.0, ge=0.0, le=1.0, description="A score by rule of how likely the date is right; a ranking."
    )
    tags: list[str] = Field(default_factory=list, description="Tags given by hand (timeline edit --tag).")
    url: WebLink | None = Field(
        default=None, description="A source link (http or https), for events added by hand."
    )
    pinned: bool = Field(default=False, description="Edited by hand: re-extraction keeps it as it is.")
    extracted_title: str | None = Field(
        default=None,
        description="The title extraction last wrote into the file: a title that differs from it was edited "
        "by hand, and the event is kept as edited (pinned) on the next extraction.",
    )

    @model_serializer(mode="wrap")
    def _unset_extracted_title_left_out(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave `extracted_title` out when unset: events added by hand, and files of older versions."""
        data = handler(self)
        if self.extracted_title is None:
            data.pop("extracted_title", None)
        return data


class Timeline(Record):
    """The timeline file: documents, events, and the ids of extracted events the user removed."""

    schema_version: int = SCHEMA_VERSION
    title: str | None = None
    documents: list[Document] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    removed: list[str] = Field(
        default_factory=list, description="Ids of extracted events removed by hand; never re-added."
    )
    written: list[str] = Field(
        default_factory=list,
        description="Ids of the events with evidence as extraction last wrote them: one the file no longer "
        "holds at the next extraction was deleted in an editor, and is removed.",
    )
    removed_events: list[Event] = Field(
        default_factory=list,
        description="The events `timeline remove` took out, as they were, so that `timeline restore` can "
        "bring them back.",
    )

    @model_serializer(mode="wrap")
    def _no_removed_events_left_out(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Leave `removed_events` out when empty: files where nothing was removed keep their bytes."""
        data = handler(self)
        if not self.removed_events:
            data.pop("removed_events", None)
        return data
