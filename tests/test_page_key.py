"""Tests of the page's key: it names the faded and the starred marks only when the chart draws one."""

from __future__ import annotations

import pytest

from timeline import page
from timeline.events import when_of
from timeline.models import Event, TimeExpression, Timeline
from timeline.render import figure_dict, render_html


def _event(ident: str, value: str, mod: str | None = None, origin: str = "extracted") -> Event:
    when = when_of(TimeExpression(start=0, end=1, text="x", type="DATE", value=value, mod=mod))
    return Event(id=ident, title=f"Event {ident}", when=when, origin=origin)


# (what the timeline holds, its events as (value, mod, origin), names the faded marks, names the stars)
CASES = [
    ("exact dates only", [("2001-12-28", None, "extracted"), ("2001-11", None, "extracted")], False, False),
    ("an approximate day", [("2001-12-28", "APPROX", "extracted")], True, False),
    ("an early year", [("2001", "START", "extracted")], True, False),
    ("one event added by hand", [("2001-12-28", None, "manual")], False, True),
    ("both", [("2001", "END", "extracted"), ("2001-12-01", None, "manual")], True, True),
]


@pytest.mark.parametrize(("held", "events", "vague", "hand"), CASES, ids=[c[0] for c in CASES])
def test_key_names_only_the_marks_drawn(held, events, vague, hand):
    timeline = Timeline(events=[_event(f"e{i}", *row) for i, row in enumerate(events)])
    key = page.key(figure_dict(timeline))
    assert ("approximate, early, mid or late" in key) == vague
    assert ("added by hand" in key) == hand


def test_page_key_of_plain_dates_has_no_vague_or_hand_entry():
    html = render_html(Timeline(events=[_event("a", "2001-12-28")]))
    key = html.split('<p class="tl-key">', 1)[1].split("</p>", 1)[0]
    assert "Day" in key
    assert "k-vague" not in key and "k-hand" not in key
