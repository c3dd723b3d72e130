"""An event's confidence says how likely its date is right (confident.confidence_of): by how the date is
placed (absolute, counted from the publication date, chained from an earlier date) and how wide a stretch it
names (a week, a year), never by the kind of clause it dates."""

import pytest

from tests.test_events import run

# (id, invented sentence, date phrase, its value, fields of the expression, the confidence)
CASES = [
    ("an absolute day", "The ferry sank on 4 May 2016.", "on 4 May 2016", "2016-05-04", {}, 0.95),
    ("an absolute month", "Talks resumed in March 2011.", "in March 2011", "2011-03", {}, 0.95),
    ("an absolute year", "The mine closed in 1987.", "in 1987", "1987", {}, 0.85),
    ("an absolute decade", "The valley emptied in the 1970s.", "in the 1970s", "197", {}, 0.85),
    ("a day from the publication date", "The ferry sank on Tuesday.", "on Tuesday", "2025-10-21",
     {"anchor": "dct"}, 0.85),
    ("a part of a day from it", "Crews arrived on Tuesday night.", "on Tuesday night", "2025-10-21TNI",
     {"anchor": "dct"}, 0.85),
    ("a quarter from it", "Orders fell in the third quarter.", "in the third quarter", "2025-Q3",
     {"anchor": "dct"}, 0.85),
    ("a year from it", "The mill will reopen next year.", "next year", "2026", {"anchor": "dct"}, 0.75),
    ("a week from it", "Inspectors visited the dam last week.", "last week", "2025-W42",
     {"anchor": "dct"}, 0.45),
    ("a weekend from it", "Volunteers cleared the beach over the weekend.", "over the weekend",
     "2025-W42-WE", {"anchor": "dct"}, 0.45),
    ("a chained day", "The pilots walked out two days later.", "two days later", "2025-10-23",
     {"anchor": "t1"}, 0.55),
    ("a chained year stays as chained", "Output doubled a year earlier.", "a year earlier", "2024",
     {"anchor": "t1"}, 0.55),
    ("a chained week", "The fleet returned the following week.", "the following week", "2025-W44",
     {"anchor": "t1"}, 0.15),
]


@pytest.mark.parametrize(("text", "phrase", "value", "fields", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_confidence_of_a_date(text, phrase, value, fields, expected):
    events = run(text, [(phrase, "DATE", value, fields)])
    assert [e.confidence for e in events] == [expected]


# (id, a sentence whose clause is weaker as an event, one of the same date that is a plain happening): the
# date is as likely right in both, so both score the same.
SAME_DATE = [
    ("no verb", "The bridge's reopening on Tuesday.", "The bridge reopened on Tuesday."),
    ("an approximate date", "The bridge reopened around Tuesday.", "The bridge reopened on Tuesday."),
    ("a state", "The harbour was quiet on Tuesday.", "The harbour emptied on Tuesday."),
    ("speculation", "The strike could spread on Tuesday.", "The strike spread on Tuesday."),
    ("a negation", "The council did not meet on Tuesday.", "The council met on Tuesday."),
]


@pytest.mark.parametrize(("weak", "plain"), [c[1:] for c in SAME_DATE], ids=[c[0] for c in SAME_DATE])
def test_the_kind_of_clause_does_not_move_the_confidence(weak, plain):
    def score(text: str) -> float:
        phrase = next(p for p in ("around Tuesday", "on Tuesday") if p in text)
        fields = {"anchor": "dct", **({"mod": "APPROX"} if phrase.startswith("around") else {})}
        events = run(text, [(phrase, "DATE", "2025-10-21", fields)])
        assert len(events) == 1, events
        return events[0].confidence

    assert score(weak) == score(plain) == 0.85
