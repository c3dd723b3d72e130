"""Round 51: a subject keeps a short relative clause whose own date went ("The man who was arrested
(Monday) was released"), while the relative's date titles the relative's happening ("The man was
arrested"); a name before ", who ..." after a front date is the subject, no remnant of the front phrase; a
relative clause that holds a list (commas of its own) goes whole between the subject and its verb.
Invented sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.complete import complete
from timeline.subject_asides import without_listing_relative

# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    (
        "the main clause keeps its subject's relative clause",
        "The man who was arrested Monday was released Friday.",
        "Friday",
        "The man who was arrested was released",
    ),
    (
        "the relative clause's date titles the relative's happening",
        "The man who was arrested Monday was released Friday.",
        "Monday",
        "The man was arrested",
    ),
    (
        "a relative clause with its object",
        "The minister who took office on Monday resigned on Friday.",
        "Friday",
        "The minister who took office resigned",
    ),
    (
        "a bare relative verb adds little and goes",
        "The senator who resigned in March was indicted on Tuesday.",
        "Tuesday",
        "The senator was indicted",
    ),
    (
        "a long relative clause goes",
        "Farmers who had driven their tractors to the capital on Monday blocked roads on Tuesday.",
        "Tuesday",
        "Farmers blocked roads",
    ),
    (
        "a reduced relative is a participle and goes with its date",
        "Police confirmed Tuesday that the body of a hiker found in woods Sunday was a local teacher.",
        "Tuesday",
        "Police confirmed that the body of a hiker was a local teacher",
    ),
    (
        "a name before who after a front date is the subject",
        "On Thursday, Ana Berg, who leads the main opposition party, promised to back the budget.",
        "Thursday",
        "Ana Berg promised to back the budget",
    ),
    (
        "a long clause's date in its predicate after but",
        "The trade minister first threatened to call off her planned trip to the region in anger but then "
        "made the journey in late October.",
        "late October",
        "The trade minister made the journey",
    ),
    (
        "a short clause keeps both predicates",
        "The mayor was booed at first but later won the vote in May.",
        "May",
        "The mayor was booed at first but later won the vote",
    ),
    (
        "two predicates after and share the date",
        "A car bomb outside the ministry of the interior in the capital killed nine people and injured over "
        "20 others on Sunday.",
        "Sunday",
        "A car bomb outside the ministry killed nine people and injured over 20 others",
    ),
    (
        "a reported subject's relative clause with an adjective participle goes",
        "A Dutch man who is the alleged leader of the smuggling ring in the northern port city of Harlingen "
        "has been arrested, a police statement said Saturday.",
        "Saturday",
        "A Dutch man has been arrested",
    ),
    (
        "a place and its country inside the subject's relative clause: the main clause",
        "The 40 miners who have been trapped in a flooded pit in Lota, Chile, since March 2 were rescued "
        "Sunday by army engineers.",
        "Sunday",
        "The 40 miners were rescued by army engineers",
    ),
    (
        "a place and its country inside the subject's relative clause: the relative's date",
        "The 40 miners who have been trapped in a flooded pit in Lota, Chile, since March 2 were rescued "
        "Sunday by army engineers.",
        "March 2",
        "The 40 miners have been trapped in a flooded pit in Lota, Chile",
    ),
    (
        "a relative clause holding a list",
        "The new code, which grants tenants the same rights as owners in matters such as repairs, heating "
        "and rent, came into force on March 3.",
        "March 3",
        "The new code came into force",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED])
def test_tagged_titles_of_round_51(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2024, 10, 10))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, title, without its listing relative clause or None)
LISTING = [
    (
        "the verb after the list",
        "The firm, which sells boats, trucks and tractors, opened a plant",
        "The firm opened a plant",
    ),
    ("a verb after the first comma is no list's", "The firm, which sells boats, opened a plant", None),
    ("no relative clause", "The firm, a maker of boats, trucks and tractors, opened a plant", None),
    ("a front phrase is no subject", "In May, which was wet, boats, trucks and tractors were sold", None),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in LISTING], ids=[c[0] for c in LISTING])
def test_without_listing_relative(title: str, expected: str | None) -> None:
    assert without_listing_relative(title) == expected


# (id, title, complete's reason or None): a relative clause on the subject and then the main verb
RELATIVE_SUBJECTS = [
    ("the main verb after the relative's passive", "The man who was arrested was released", None),
    ("the main verb after the relative's perfect", "The man who was arrested has been released", None),
    ("the relative clause's verb alone", "The man who was arrested", "no predicate"),
    (
        "an adjective participle in the relative clause is no main verb",
        "A Dutch man who is the alleged leader of the smuggling ring",
        "no predicate",
    ),
    ("a bare relative verb, then the main verb", "The bridge that collapsed was rebuilt", None),
]


@pytest.mark.parametrize(
    ("title", "expected"), [c[1:] for c in RELATIVE_SUBJECTS], ids=[c[0] for c in RELATIVE_SUBJECTS]
)
def test_relative_subject_predicate(title: str, expected: str | None) -> None:
    assert complete(title) == expected
