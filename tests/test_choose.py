"""choose: the events the filter options of `list` and `export` choose, and the lines said about them."""

import datetime as dt

import pytest

from tests.timelines import sample
from timeline import choose
from timeline.choose import Choice, Filters
from timeline.errors import InputError, NotFoundError
from timeline.models import Timeline
from timeline.removals import without_copy_note

GIVEN = [  # (the options, does any choose events)
    (Filters(), False),
    (Filters(start="", query=""), False),
    (Filters(start="2019"), True),
    (Filters(tag="works"), True),
    (Filters(tag=""), True),  # an empty --tag chooses the untagged events
    (Filters(document=""), True),  # as the command had it: an empty --document is given
    (Filters(min_confidence=0.0), True),
]


@pytest.mark.parametrize(("filters", "given"), GIVEN, ids=[repr(f) for f, _ in GIVEN])
def test_filters_given(filters, given):
    assert filters.given() is given


DOCUMENTS = [  # (--document, --outlet, ids chosen, the note)
    (None, None, None, None),
    ("treaty", None, ["treaty"], None),
    (" treaty ", None, ["treaty"], None),
    ("tr", None, ["treaty"], "--document tr: 1 document (treaty)"),
    ("r", None, ["treaty", "bridge"], "--document r: 2 documents (treaty, bridge)"),
    (None, "News.Example.org", ["treaty"], "--outlet News.Example.org: 1 document (treaty)"),
    ("treaty", "news.example.org", ["treaty"],
     "--document treaty --outlet news.example.org: 1 document (treaty)"),
]


@pytest.mark.parametrize(("document", "outlet", "ids", "note"), DOCUMENTS,
                         ids=[f"{d}-{o}" for d, o, _, _ in DOCUMENTS])
def test_documents_chosen(document, outlet, ids, note):
    assert choose.documents_chosen(sample(), document=document, outlet=outlet, name="t.json") == (ids, note)


@pytest.mark.parametrize(
    ("document", "outlet"), [("", None), ("  ", None), (None, "")], ids=["doc", "spaces", "outlet"]
)
def test_an_empty_document_or_outlet_is_refused(document, outlet):
    with pytest.raises(InputError, match=r"^--(document|outlet) is empty: give "):
        choose.documents_chosen(sample(), document=document, outlet=outlet, name="t.json")


OCT20 = dt.date(2025, 10, 20)
CHOSEN = [  # (the options, --as-of typed, the values of the events chosen, the day note)
    (Filters(), None, 10, ""),
    (Filters(start="2025", end="2025"), None, ["2025-03", "2025-10", "2025-W43", "2025-10-25"], ""),
    (Filters(query="BRIDGE"), None, ["2023-SU", "2026-01-12"], ""),
    (Filters(tag="treaty"), None, ["2026-06"], ""),
    (Filters(document="bridge"), None, ["2023-SU", "2025-03", "2026-01-12"], ""),
    (Filters(start="yesterday"), "2025-10-20", ["2025-10", "2025-W43", "2025-10-25", "2026-01-12", "2026-06"],
     '; "yesterday" read from --as-of, 20 October 2025'),
    (Filters(min_confidence=0.9), None, 9, ""),  # the event of 2017, scored 0.5, is left out
    (Filters(min_confidence=1.0, tag="treaty"), None, ["2026-06"], ""),  # hand work always passes
]


def scored() -> Timeline:
    """Return sample() with its first event (2017) scored 0.5, the others 1.0."""
    timeline = sample()
    timeline.events[0] = timeline.events[0].model_copy(update={"confidence": 0.5})
    return timeline


@pytest.mark.parametrize(("filters", "as_of", "values", "read_from"), CHOSEN,
                         ids=[repr(c[0]) for c in CHOSEN])
def test_choose(filters, as_of, values, read_from):
    chosen = choose.choose(scored(), filters, reference=OCT20, as_of=as_of, name="t.json")
    found = [e.when.value for e in chosen.events]
    assert (len(found) if isinstance(values, int) else found) == values
    assert chosen.read_from == read_from


FAILS = [  # (the options, the error)
    (Filters(start="2025", end="2019"), InputError),
    (Filters(document="nowhere"), NotFoundError),
    (Filters(outlet="Nobody"), NotFoundError),
]


@pytest.mark.parametrize(("filters", "error"), FAILS, ids=[repr(f) for f, _ in FAILS])
def test_choose_fails_with_a_message(filters, error):
    with pytest.raises(error, match="--from 2025 is after|no document of t.json"):
        choose.choose(sample(), filters, reference=OCT20, as_of=None, name="t.json")


EXPORTED = [  # (--document, format, documents written)
    ("bridge", "timeml", ["bridge"]),
    (None, "timeml", ["treaty", "bridge"]),
    ("bridge", "csv", ["treaty", "bridge"]),
    ("bridge", "timelinejs", ["bridge"]),  # its title slide counts the documents of the events chosen
]


@pytest.mark.parametrize(("document", "fmt", "documents"), EXPORTED, ids=[f"{d}-{f}" for d, f, _ in EXPORTED])
def test_exported(document, fmt, documents):
    timeline = sample()
    chosen = choose.choose(timeline, Filters(document=document), reference=OCT20, as_of=None, name="t.json")
    written = choose.exported(timeline, chosen, fmt)
    assert [d.id for d in written.documents] == documents
    assert written.events == chosen.events


def some(number: int, read_from: str = "") -> Choice:
    return Choice(events=sample().events[:number], documents=None, documents_note=None, read_from=read_from)


WARNINGS = [  # (events in the timeline, events chosen, the warning)
    (0, 0, None),
    (10, 3, None),
    (10, 0, "warning: none of the 10 events matches the options given: the export holds no event "
            "(`timeline list` takes the same options)"),
    (1, 0, "warning: the only event does not match the options given: the export holds no event "
           "(`timeline list` takes the same options)"),
]


@pytest.mark.parametrize(("total", "number", "warning"), WARNINGS, ids=[f"{t}-{n}" for t, n, _ in WARNINGS])
def test_export_warning(total, number, warning):
    assert choose.export_warning(total, some(number)) == warning


LIST_NOTES = [  # (events in the timeline, events chosen, --removed, the note)
    (10, 3, False, "3 of 10 events"),
    (1, 1, True, "1 of 1 removed events"),
    (0, 0, False, choose.NOTHING_TO_LIST[False]),
    (0, 0, True, choose.NOTHING_TO_LIST[True]),
    (10, 0, False, "nothing matched: none of the 10 events matches the options given"),
    (2, 0, True, "nothing matched: none of the 2 removed events matches the options given"),
]


@pytest.mark.parametrize(("total", "number", "removed", "note"), LIST_NOTES,
                         ids=[f"{t}-{n}-{r}" for t, n, r, _ in LIST_NOTES])
def test_list_note(total, number, removed, note):
    assert choose.list_note(some(number), total, removed=removed) == note


def test_list_note_ends_with_the_day_note():
    assert choose.list_note(some(2, "; x"), 5) == "2 of 5 events; x"
    said = "nothing matched: none of the 5 events matches the options given; x"
    assert choose.list_note(some(0, "; x"), 5) == said


WITHOUT_COPY = [  # (ids removed without a kept copy, how many, those named)
    (["a1"], "1 id", "a1"),
    (["a1", "b2"], "2 ids", "a1, b2"),
    ([f"i{n}" for n in range(7)], "7 ids", "i0, i1, i2, i3, i4, ..."),
]


@pytest.mark.parametrize(("bare", "ids", "named"), WITHOUT_COPY, ids=[i for _, i, _ in WITHOUT_COPY])
def test_without_copy_note(bare, ids, named):
    assert without_copy_note(bare) == (
        f"and {ids} removed without a kept copy, by an older version or in an editor ({named}): "
        "`timeline restore ID` lets the next extraction of its article bring it back"
    )


def test_without_copy_note_of_none_is_none():
    assert without_copy_note([]) is None


def test_an_empty_timeline_chooses_nothing():
    chosen = choose.choose(Timeline(), Filters(query="x"), reference=OCT20, as_of=None, name="t.json")
    assert chosen == Choice(events=[], documents=None, documents_note=None, read_from="")


OUTLETS = [  # (--outlet, the documents kept)
    (None, ["treaty", "bridge"]),
    ("NEWS.example.org", ["treaty"]),
]


@pytest.mark.parametrize(("outlet", "ids"), OUTLETS, ids=[str(o) for o, _ in OUTLETS])
def test_of_outlet(outlet, ids):
    assert [d.id for d in choose.of_outlet(sample(), outlet, name="t.json").documents] == ids


def test_of_an_outlet_not_there_names_those_there():
    said = "no document of t.json comes from the outlet 'Nobody': its outlets are news.example.org"
    with pytest.raises(NotFoundError, match=said):
        choose.of_outlet(sample(), "Nobody", name="t.json")
