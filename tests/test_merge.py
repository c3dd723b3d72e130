import datetime as dt

import pytest

from timeline.events import extract
from timeline.merge import dedupe
from timeline.models import Document, TimeExpression
from timeline.twins import SAME_WORDS


def events_of(doc_id: str, text: str, phrase: str, value: str):
    """Extract the events of a one-date text, the date given as `phrase` with `value`."""
    start = text.index(phrase)
    timex = TimeExpression(start=start, end=start + len(phrase), text=phrase, type="DATE", value=value)
    return extract(Document(id=doc_id, text=text, date=dt.date(2025, 10, 25)), [timex], continuation="off")


# (id, first statement, second statement, both dates, merged?), written by the team.
DEDUPE_CASES = [
    (
        "same event in two documents",
        (
            "Sixty countries signed the cybercrime convention in Hanoi on Saturday.",
            "on Saturday",
            "2025-10-25",
        ),
        (
            "On Saturday, the cybercrime convention was signed by sixty countries in Hanoi.",
            "On Saturday",
            "2025-10-25",
        ),
        True,
    ),
    (
        "different events on the same day stay apart",
        ("Sixty countries signed the cybercrime convention on Saturday.", "on Saturday", "2025-10-25"),
        ("Guterres spoke at the opening ceremony on Saturday.", "on Saturday", "2025-10-25"),
        False,
    ),
    (
        "same words on another date stay apart",
        ("Sixty countries signed the cybercrime convention in 2025.", "in 2025", "2025"),
        ("Sixty countries signed the cybercrime convention in 2024.", "in 2024", "2024"),
        False,
    ),
    (
        "same year written two ways merges",
        ("Russian diplomats proposed the convention in 2017.", "in 2017", "2017"),
        (
            "The convention was first proposed by Russian diplomats in 2017, officials said.",
            "in 2017",
            "2017",
        ),
        True,
    ),
    (
        "a day and its week stay apart",
        ("Sixty countries signed the cybercrime convention on Saturday.", "on Saturday", "2025-10-25"),
        ("This week, sixty countries signed the cybercrime convention.", "This week", "2025-W43"),
        False,
    ),
    (
        "two figures of the same first months stay apart",
        ("Marriages in the first nine months of 2025 fell to 9,000, fewer than the year before.", "2025",
         "2025"),
        ("The population grew by less than 2,500 in the first nine months of 2025.", "2025", "2025"),
        False,
    ),
]


@pytest.mark.parametrize(
    "first, second, merged", [c[1:] for c in DEDUPE_CASES], ids=[c[0] for c in DEDUPE_CASES]
)
def test_dedupe(first, second, merged):
    found = events_of("a", *first) + events_of("b", *second)
    result = dedupe(found)
    assert len(result) == (1 if merged else 2)
    if merged:
        (event,) = result
        assert [e.document for e in event.evidence] == ["a", "b"]
        assert event.id == found[0].id
        assert event.confidence == max(e.confidence for e in found)


def test_dedupe_keeps_evidence_once_and_does_not_change_its_input():
    found = events_of("a", "Sixty countries signed the convention on Saturday.", "on Saturday", "2025-10-25")
    result = dedupe(found + found)
    assert len(result) == 1 and len(result[0].evidence) == 1
    assert len(found[0].evidence) == 1


def test_dedupe_merges_the_same_event_stated_twice_in_one_document():
    text = (
        "The council approved the new budget on Monday. Critics protested outside.\n"
        "Tech sector\n"
        "On Monday, the new budget was approved by the council after a long debate."
    )
    first, second = (text.index("on Monday"), text.index("On Monday"))
    timexes = [
        TimeExpression(start=s, end=s + 9, text=text[s : s + 9], type="DATE", value="2025-10-20")
        for s in (first, second)
    ]
    found = extract(Document(id="a", text=text, date=dt.date(2025, 10, 25)), timexes, continuation="off")
    assert len(found) == 2
    (event,) = dedupe(found)
    assert [e.start for e in event.evidence] == [0, text.index("On Monday")]


def _titled(title: str, doc: str):
    from timeline.dates import parse_when
    from timeline.models import Event, Evidence

    return Event(id=doc, title=title, when=parse_when("2026-11-03"),
                 evidence=[Evidence(document=doc, start=0, end=len(title), text=title)])


# (id, two outlets' titles for events of one day, one event?): words outlets use for one happening
# (twins.SAME_WORDS) count as one; two events must still share two content words.
OUTLET_WORDING = [
    *[(f"same-words-{word}", *example.split(" / "), True) for word, _forms, example in SAME_WORDS],
    ("strike-and-walkout-of-one-port", "Workers at Harwick joined the strike",
     "The walkout spread to Harwick", True),
    ("one-shared-word-is-not-enough", "The strike resumed", "The walkout ended", False),
    ("two-ports-stay-apart", "The strike reached Lowmouth", "The walkout spread to Harwick", False),
]


@pytest.mark.parametrize("first,second,one", [c[1:] for c in OUTLET_WORDING],
                         ids=[c[0] for c in OUTLET_WORDING])
def test_outlets_wording_one_happening_differently_give_one_event(first, second, one):
    merged = dedupe([_titled(first, "a"), _titled(second, "b")])
    assert (len(merged) == 1) is one, [e.title for e in merged]


def _said(title: str, sentence: str, doc: str, day: str = "2026-11-02"):
    from timeline.dates import parse_when
    from timeline.models import Event, Evidence

    return Event(id=f"{doc}-{title}", title=title, when=parse_when(day),
                 evidence=[Evidence(document=doc, start=0, end=len(sentence), text=sentence)])


# (id, one outlet's (title, sentence, day), another's, one event?): a title of one content word has no pair
# of words to compare; its sentence copied word for word on the same day is one event (a wire story).
SHORT_TITLES = [
    ("wire-copy-in-two-outlets", ("No one was hurt", "The utility said on Monday that no one was hurt."),
     ("No one was hurt", "The utility said  on Monday that no one\nwas hurt."), True),
    ("she-will-leave-twice", ("She will leave", "She will leave at the end of December, the board said."),
     ("She will leave", "She will leave at the end of December, the board said."), True),
    ("another-day-stays-apart",
     ("No one was hurt", "The utility said on Monday that no one was hurt.", "2026-11-09"),
     ("No one was hurt", "The utility said on Monday that no one was hurt."), False),
    ("other-words-stay-apart", ("No one was hurt", "The utility said on Monday that no one was hurt."),
     ("No one was hurt", "Police said on Monday that no one was hurt in the fire."), False),
    ("a-short-sentence-may-be-two-people", ("He resigned", "He resigned on Monday."),
     ("He resigned", "He resigned on Monday."), False),
]  # fmt: skip


@pytest.mark.parametrize("first,second,one", [c[1:] for c in SHORT_TITLES], ids=[c[0] for c in SHORT_TITLES])
def test_a_short_title_copied_word_for_word_is_one_event(first, second, one):
    merged = dedupe([_said(*first[:2], "a", *first[2:]), _said(*second[:2], "b", *second[2:])])
    assert (len(merged) == 1) is one, [e.title for e in merged]
    if one:
        assert [e.document for e in merged[0].evidence] == ["a", "b"]
