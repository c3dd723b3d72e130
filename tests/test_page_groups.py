"""Lanes by story on the page: one lane per headline and outlet; the outlet each document comes from."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.timelines import stated
from timeline import render
from timeline.models import Document, Timeline
from timeline.page_groups import outlet


def _doc(id: str, title: str, text: str, url: str | None = None, outlet: str | None = None) -> Document:
    return Document(id=id, title=title, text=text, url=url, date=dt.date(2026, 11, 4), outlet=outlet)


# (id, document, the outlet it comes from): the one it names first, a web address's host, else the dateline's
# outlet (files written before documents had an outlet).
OUTLET_CASES = [
    ("named before the host", _doc("n", "T", "KESTREL BAY, Nov. 4, 2026 (Bay Courier) - The council met.",
                                   "https://www.coastalherald.example/news/1", "The Coastal Herald"),
     "The Coastal Herald"),
    ("host", _doc("a", "T", "The council met on Monday.", "https://www.coastalherald.example/news/1"),
     "coastalherald.example"),
    ("dateline outlet", _doc("b", "T", "KESTREL BAY, Nov. 4, 2026 (Bay Courier) - The council met."),
     "Bay Courier"),
    ("agency under a headline",
     _doc("c", "T", "Port deal collapses\n\nLIMA, Feb. 7, 2024 (AP) — Talks ended."), "AP"),
    ("press-release wire", _doc("d", "T", "NEW YORK, Nov. 3, 2025 /PRNewswire/ -- Acme said."), "PRNewswire"),
    ("none", _doc("e", "T", "The council (the city's) met on Monday."), None),
    ("dateline deep in the text", _doc("f", "T", "One.\nTwo.\nThree.\nFour.\nFive.\nSix.\n"
                                                  "LIMA, Feb. 7, 2024 (AP) — Talks ended."), None),
]


@pytest.mark.parametrize(("document", "expected"), [c[1:] for c in OUTLET_CASES],
                         ids=[c[0] for c in OUTLET_CASES])
def test_outlet(document, expected):
    assert outlet(document) == expected


def _lanes(documents: list[Document]) -> list[str]:
    events = [stated(d, "4 November 2026", "2026-11-04") for d in documents]
    for i, event in enumerate(events):  # one event per document: distinct ids, as after extraction
        events[i] = event.model_copy(update={"id": f"{event.id}-{i}"})
    figure = render.figure_dict(Timeline(documents=documents, events=events))
    return sorted(figure["layout"]["meta"]["lanes"])


def _story(id: str, title: str, place_outlet: str | None, url: str | None = None) -> Document:
    dateline = f"KESTREL BAY, Nov. 4, 2026 ({place_outlet}) - " if place_outlet else ""
    return _doc(id, title, f"{title}\n\n{dateline}The board met on 4 November 2026.", url)


# (id, documents, the lanes a reader expects)
LANE_CASES = [
    ("a live blog's updates: one story, one lane",
     [_story(f"c{i}", "Port dispute: the latest", "Bay Courier") for i in range(3)],
     ["Port dispute: the latest"]),
    ("one generic headline from two outlets: two lanes named with their outlet",
     [_story("c1", "Live updates", "Bay Courier"), _story("c2", "Live updates", "Bay Courier"),
      _story("h1", "Live updates", None, "https://herald.example/live")],
     ["Live updates \u00b7 Bay Courier", "Live updates \u00b7 herald.example"]),
    ("a wire story run by two outlets: a lane each",
     [_story("w1", "Port deal collapses", "Meridian Wire"),
      _story("w2", "Port deal collapses", "Harbour Times")],
     ["Port deal collapses \u00b7 Harbour Times", "Port deal collapses \u00b7 Meridian Wire"]),
    ("a known and an unknown outlet: the unknown keeps the bare headline",
     [_story("a", "Live updates", "Bay Courier"), _story("b", "Live updates", None)],
     ["Live updates", "Live updates \u00b7 Bay Courier"]),
    ("distinct headlines: named by headline alone",
     [_story("a", "Strike begins", "Bay Courier"), _story("b", "Strike ends", "Harbour Times")],
     ["Strike begins", "Strike ends"]),
]


@pytest.mark.parametrize(("documents", "lanes"), [c[1:] for c in LANE_CASES], ids=[c[0] for c in LANE_CASES])
def test_lanes_by_story(documents, lanes):
    assert _lanes(documents) == lanes


# (grouping, the lane of each of: an event of the Bay Courier's "Live updates" tagged "court", the same
# headline's event from herald.example untagged, an event added by hand): one function names every grouping.
GROUPINGS = [
    ("document", ["Live updates \u00b7 Bay Courier", "Live updates \u00b7 herald.example", "Added by hand"]),
    ("tag", ["court", "Untagged", "Untagged"]),
    ("none", ["All events", "All events", "All events"]),
]


@pytest.mark.parametrize(("group_by", "lanes"), GROUPINGS, ids=[c[0] for c in GROUPINGS])
def test_one_function_names_the_lanes_of_every_grouping(group_by, lanes):
    from timeline.page_groups import lane_names

    courier = _story("c", "Live updates", "Bay Courier")
    herald = _story("h", "Live updates", None, "https://herald.example/live")
    day = ("4 November 2026", "2026-11-04")
    first = stated(courier, *day).model_copy(update={"id": "e1", "tags": ["court"]})
    second = stated(herald, *day).model_copy(update={"id": "e2"})
    hand = first.model_copy(update={"id": "e3", "evidence": [], "tags": [], "origin": "manual"})
    timeline = Timeline(documents=[courier, herald], events=[first, second, hand])
    named = lane_names(timeline, group_by)
    assert [named[e] for e in ("e1", "e2", "e3")] == lanes


# (id, title, text, how the page names the document): an untitled story (JSON Lines) by its first words
# and its id, never by its id alone; a titled one by its title.
HEADLINES = [
    ("titled", "Storm cuts power", "Storms cut power to 4,000 homes on Monday.", "Storm cuts power"),
    ("untitled, short", None, "Storms cut power on Monday.", "Storms cut power on Monday. \u00b7 s1"),
    ("untitled, cut at a word", None,
     "Hundreds of residents were told to leave their homes in the hills as fires spread overnight.",
     "Hundreds of residents were told to leave their\u2026 \u00b7 s1"),
    ("untitled, no text", None, "   ", "s1"),
]


@pytest.mark.parametrize("title,text,name", [c[1:] for c in HEADLINES], ids=[c[0] for c in HEADLINES])
def test_an_untitled_document_goes_by_its_first_words_and_id(title, text, name):
    from timeline.describe import headline

    document = Document(id="s1", title=title, text=text, date=dt.date(2026, 11, 4))
    assert headline(document) == name
    if not text.strip():
        return
    event = stated(document, "Monday" if "Monday" in text else "overnight", "2026-11-02")
    layout = render.build_figure(Timeline(documents=[document], events=[event])).layout
    assert layout.meta["lanes"] == [name], "the lane"
    assert [d["name"] for d in layout.meta["documents"]] == [name], "the document filter"
    assert [d["title"] for d in layout.meta["documents"]] == [name], "the list's source and the details"
