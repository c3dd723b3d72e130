"""Timelines built directly from the models, for the render tests (no tagger needed).

Each event is written as (document, date phrase, TIMEX3 value); its evidence is the sentence around
the phrase, with the same offsets the extractor would give.
"""

from __future__ import annotations

import datetime as dt

from timeline.events import event_id, when_of
from timeline.models import Document, Event, Evidence, TimeExpression, Timeline

ARTICLES = [
    Document(
        id="treaty", title="Cybercrime treaty signed in Hanoi", url="https://news.example.org/treaty",
        date=dt.date(2025, 10, 25), date_source="metadata",
        text="Negotiations began in 2017 after a vote at the General Assembly. "
        "A first draft circulated in early 2019. Talks ran from 2019 to 2021 with long pauses. "
        "Delegates met again in October 2025 to settle the last articles. "
        "The signing ceremony took place during the week of 20 October 2025 in Hanoi. "
        "Some 60 countries signed the convention on 25 October 2025.",
    ),
    Document(
        id="bridge", title="River bridge reopens", url=None, date=dt.date(2026, 2, 1),
        text="The old bridge closed in summer 2023 for repairs. "
        "Engineers finished the deck in about March 2025. "
        "The bridge reopened to traffic on 12 January 2026.",
    ),
]

# (document id, date phrase, TIMEX3 value, mod, end value)
EVENTS = [
    ("treaty", "2017", "2017", None, None),
    ("treaty", "early 2019", "2019", "START", None),
    ("treaty", "from 2019 to 2021", "2019", None, "2021"),
    ("treaty", "October 2025", "2025-10", None, None),
    ("treaty", "week of 20 October 2025", "2025-W43", None, None),
    ("treaty", "25 October 2025", "2025-10-25", None, None),
    ("bridge", "summer 2023", "2023-SU", None, None),
    ("bridge", "about March 2025", "2025-03", "APPROX", None),
    ("bridge", "12 January 2026", "2026-01-12", None, None),
]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind(". ", 0, start)
    left = 0 if left < 0 else left + 2
    right = text.find(".", end)
    return left, (len(text) if right < 0 else right + 1)


def stated(document: Document, phrase: str, value: str, mod: str | None = None,
           end_value: str | None = None) -> Event:
    """Return the event a document states with `phrase`, evidence offsets as the extractor gives them."""
    start = document.text.index(phrase)
    timex = TimeExpression(start=start, end=start + len(phrase), text=phrase, type="DATE", value=value,
                           mod=mod, end_value=end_value)
    when = when_of(timex)
    assert when is not None, value
    if end_value:
        last = when_of(timex.model_copy(update={"value": end_value, "mod": None}))
        when = when.model_copy(update={"end": last.end, "end_value": end_value})
    left, right = _sentence(document.text, timex.start, timex.end)
    sentence = document.text[left:right]
    return Event(
        id=event_id(document.id, sentence, value), title=sentence[:80], description=sentence, when=when,
        evidence=[Evidence(document=document.id, start=left, end=right, text=sentence, timex=timex)],
    )


def manual(title: str, value: str, *, tags: list[str] | None = None, url: str | None = None) -> Event:
    """Return an event added by hand (no evidence)."""
    timex = TimeExpression(start=0, end=len(value), text=value, type="DATE", value=value)
    return Event(id=f"hand-{value}", title=title, when=when_of(timex), origin="manual",
                 tags=tags or [], url=url)


def sample() -> Timeline:
    """Return a small timeline with every precision class, a vague date, a range and a hand-added event."""
    documents = {d.id: d for d in ARTICLES}
    events = [stated(documents[d], *rest) for d, *rest in EVENTS]
    events.append(manual("Convention enters into force", "2026-06", tags=["treaty"],
                         url="https://example.org/status"))
    return Timeline(title="Two stories", documents=ARTICLES, events=events)


HOSTILE = [
    "<script>window.__pwned = 1; alert('script')</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
    "\"'><svg onload=alert(3)>",
    "</script><!-- <b>bold?</b> & %{x} -->",
    "<a href=\"javascript:alert(4)\">click</a>",
]


def hostile() -> Timeline:
    """Return a timeline whose titles, sentences, document titles and urls are hostile markup."""
    documents, events = [], []
    for i, markup in enumerate(HOSTILE):
        text = f"{markup} happened on 2{i} October 2025 {markup}."
        # model_construct skips validation: the page must hold even against a file the models would refuse
        document = Document.model_construct(
            id=f"evil{i}", title=markup, url="javascript:alert(5)" if i == 0 else None,
            text=text, date=dt.date(2025, 10, 30), date_source="none", source=None,
        )
        event = stated(document, f"2{i} October 2025", f"2025-10-2{i}")
        documents.append(document)
        events.append(event.model_copy(update={"title": markup, "tags": [markup]}))
    return Timeline(title=HOSTILE[0], documents=documents, events=events)
