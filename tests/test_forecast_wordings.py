"""Each forecast wording ("will", "plans to", "is set to", "is scheduled to", "aims to", "is due to") joins
the later report of the same happening, short titles too, and the report titles the merged event: a verb whose
base ends in "e" ("close", "arrive") and an irregular past ("held", "spoke") compare with their plan."""

import datetime as dt

import pytest

from timeline.models import Document
from timeline.pipeline import events_of, extract_documents
from timeline.twins import content_words, overlap

# (id, the forecast, the report, the title of the merged event)
CASES = [
    ("will, a verb in e", "The plant will close on May 20.", "The plant closed on May 20.",
     "The plant closed"),
    ("is due to, a verb in e", "The ferry is due to arrive on May 20.", "The ferry arrived on May 20.",
     "The ferry arrived"),
    ("is set to", "Parliament is set to dissolve on May 20.", "Parliament dissolved on May 20.",
     "Parliament dissolved"),
    ("plans to", "The band plans to tour Japan on May 20.", "The band toured Japan on May 20.",
     "The band toured Japan"),
    ("aims to", "The minister aims to resign on May 20.", "The minister resigned on May 20.",
     "The minister resigned"),
    ("is scheduled to", "The minister is scheduled to visit Lagos on May 20.",
     "The minister visited Lagos on May 20.", "The minister visited Lagos"),
    ("is due to, an irregular past", "The king is due to speak on May 20.", "The king spoke on May 20.",
     "The king spoke"),
    ("will, an irregular past", "The board will hold a vote on May 20.", "The board held a vote on May 20.",
     "The board held a vote"),
]


@pytest.mark.parametrize("forecast, report, title", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
@pytest.mark.parametrize("report_first", [False, True])
def test_a_forecast_and_its_report_are_one_event_titled_by_the_report(forecast, report, title, report_first):
    docs = [Document(id="plan", text=forecast, date=dt.date(2024, 3, 1)),
            Document(id="told", text=report, date=dt.date(2024, 6, 1))]
    (event,) = extract_documents(docs[::-1] if report_first else docs).events
    assert event.title == title
    assert event.when.value == "2024-05-20"


# Two happenings told with a light verb stay apart: "took place" is no report of "will take place".
APART = [
    ("take place", "The blast took place on May 20.", "The second match will take place on May 20."),
    ("made", "The firm made a loss on May 20.", "The court will make a ruling on May 20."),
]


@pytest.mark.parametrize("one, other", [c[1:] for c in APART], ids=[c[0] for c in APART])
def test_light_verbs_do_not_make_twins(one, other):
    (a,) = events_of(Document(id="a", text=one, date=dt.date(2024, 6, 1)))
    (b,) = events_of(Document(id="b", text=other, date=dt.date(2024, 3, 1)))
    assert not overlap(content_words(a), content_words(b))
