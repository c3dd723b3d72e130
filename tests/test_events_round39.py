"""Round 39 (an editor's date rejects on unseen news, invented): a year that ends a law's name ("the Crimes
Act 1914") dates nothing; nor does a possessive date that says which holder of a title a noun means ("last
year's winner"), nor a date in a forecast a noun of stance holds ("expressed confidence that the strike
would end by Friday"), in a claim ("responding to claims he failed to act in 1990") or in what figures show
("with figures showing a drop in deaths last year"), or in a noun of intent's infinitive when a later date
dates the clause ("rejected his bid to visit for Christmas Eve during a meeting early today"); a participle
of a start after an occurrence dates the occurrence ("for the second Test beginning in Melbourne on Boxing
Day"); the same words with the date outside the name, the holder or the content keep it.

Each row is a text, its document date, and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

D = date(2024, 3, 8)  # a Friday

# (id, document date, text, {date value: title}); every event of the text is checked
CASES = [
    # a law's name
    ("a year ending a law's name",
     D, "The judge said there may have been a breach of section 4 of the Crimes Act 1914.",
     {}),
    ("a law's year beside the date of the news",
     D, "Police charged two men under the Firearms Act 1996 on Monday.",
     {"2024-03-04": "Police charged two men under the Firearms Act 1996"}),
    ("a law passed in a year keeps it",
     D, "The Water Act was passed in 1912.",
     {"1912": "The Water Act was passed"}),
    # the holder of a title
    ("a possessive date on a winner",
     D, "Twelve boats will race against last year's winner, the yacht Blue Star.",
     {}),
    ("a possessive date on a runner-up, two words between",
     D, "The champion beat last year's beaten runner-up in two sets.",
     {}),
    ("a possessive date on a happening keeps it",
     D, "Last year's final drew 40,000 fans.",
     {"2023": "The final drew 40,000 fans"}),
    # a forecast a noun of stance holds
    ("a date in a forecast after 'confidence that'",
     D, "Union leaders expressed confidence that the strike would end by the end of the week.",
     {}),
    ("the date of the expressing, before 'that'",
     D, "Union leaders expressed confidence on Monday that the strike would end soon.",
     {"2024-03-04": "Union leaders expressed confidence that the strike would end"}),
    ("a forecast after 'amid fears that'",
     D, "Shares fell amid fears that prices will rise next year.",
     {}),
    ("a subject's forecast: the date is the main verb's",
     D, "Hopes that the strike would end rose on Monday.",
     {"2024-03-04": "Hopes that the strike would end rose"}),
    ("a hoped-for thing after 'raising hopes of'",
     D, "The survey is raising hopes of a solid start to the new year.",
     {}),
    ("'hopes of' with a verb after it keeps the date",
     D, "Talks went on amid hopes of a deal that was signed on Monday.",
     {"2024-03-04": "A deal was signed"}),
    # a claim's statement, what figures show
    ("a date in a claim a pronoun opens",
     D, "The bishop released a statement responding to claims he failed to act on abuse at a school in"
        " 1990.",
     {}),
    ("a date in an allegation after 'that'",
     D, "The minister denied allegations that she took bribes in 1998.",
     {}),
    ("a date in what figures show",
     D, "Road deaths are falling, with new figures showing a 10 per cent drop in deaths last year.",
     {}),
    ("a date in what 'the many claims' hold",
     D, "The firm has had no chance to respond to the many claims that they made six months ago.",
     {}),
    ("allegations as a subject: the date is the main verb's",
     D, "Allegations that he took bribes surfaced on Monday.",
     {"2024-03-04": "Allegations that he took bribes surfaced"}),
    ("claims with no content keep the date",
     D, "He denied the claims on Monday.",
     {"2024-03-04": "He denied the claims"}),
    # a noun of intent's date, beside a later date of the clause
    ("a bid's date before the date of its rejection",
     D, "The council rejected the club's bid to hold its parade on Easter Sunday during a meeting early"
        " today.",
     {"2024-03-08": "The council rejected the club's bid to hold its parade during a meeting"}),
    ("a plan's date before the date of its approval",
     D, "A plan to open the bridge in May was approved on Monday.",
     {"2024-03-04": "A plan to open the bridge was approved"}),
    ("a bid's date alone keeps it",
     D, "The club made a bid to hold its parade on Easter Sunday.",
     {"2024-03-31": "The club made a bid to hold its parade"}),
    # an occurrence whose start a participle dates
    ("a participle of a start after an occurrence",
     date(2024, 12, 20), "Selectors named the squad for the second Test beginning in Melbourne on Boxing"
                         " Day.",
     {"2024-12-26": "The second Test begins in Melbourne"}),
    ("an occurrence's phrase with 'against' and a name",
     D, "The team has arrived in Perth to prepare for the first Test against India starting on March 12.",
     {"2024-03-12": "The first Test against India starts"}),
    ("a participle of an opening, no place",
     D, "Tickets for the festival opening on Friday have sold out.",
     {"2024-03-08": "The festival opens"}),
    ("a period's end is no occurrence",
     D, "The airline fixed its jet fuel price until the close of the fiscal year ending March 2025.",
     {"2025-03": "The airline fixed its jet fuel price until the close of the fiscal year"}),
    ("a clause after the forecast keeps its date",
     D, "Leaders voiced hope that talks would resume, and the strike ended on Monday.",
     {"2024-03-04": "The strike ended"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round39_dates(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected


def test_two_weekdays_joined_by_and_are_one_event_over_both() -> None:
    """'on Thursday and Friday' is one event over both days, as 'Thursday or Friday' is (the tagger reads the
    pair; the event keeps its end)."""
    text = "Bank staff will walk off the job on Thursday and Friday."
    events = extract(Document(id="d", text=text, date=D), tag(text, dct=D))
    assert [(e.when.value, e.when.end_value) for e in events] == [("2024-03-14", "2024-03-15")]
