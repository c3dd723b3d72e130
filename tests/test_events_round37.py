"""Round 37 (a fact-checker's leftovers, invented): a title keeps no date phrase of its own, not even after a
verb of a fixed time ("are scheduled (for May 20)"); a date in a participle on a noun after a preposition
dates that noun ("over transfers made in 2021"), and the main clause, left without a date, is no event; a
closed quotation in the first of two predicates no longer hides round 36's second predicate; the "it" after a
correction notice is the thing the notice corrects, and the notice itself is no event; "X set the trial to
begin on June 2" dates the trial's start: "The trial is set to begin"; a lone "it" in a present state today
is no event, and the "it" of a "when" clause after an inner clause is that clause's subject.

Each row is a text, its document date, and the titles of all its events by date value.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

# (id, document date, text, {date value: title}); every event of the text is checked
CASES = [
    ("'scheduled for' a date drops the date",
     date(2026, 5, 18),
     "Closing statements are scheduled for May 20.",
     {"2026-05-20": "Closing statements are scheduled"}),
    ("'set for' a weekday drops the date",
     date(2026, 5, 18),
     "The council vote is set for Thursday.",
     {"2026-05-21": "The council vote is set"}),
    ("'take place' drops the date",
     date(2026, 5, 18),
     "The handover took place on Friday.",
     {"2026-05-15": "The handover took place"}),
    ("a participle on a bare plural after 'over' dates the plural, not the acquittal",
     date(2026, 5, 22),
     "Jurors cleared the broker of fraud over trades made in 2022.",
     {"2022": "Trades were made"}),
    ("a participle after 'for' dates its noun",
     date(2026, 5, 22),
     "The regulator fined the lender for mortgages sold in 2019.",
     {"2019": "Mortgages were sold"}),
    ("two participles: the date is the last one's",
     date(2026, 5, 22),
     "The panel dropped two charges tied to payments wired in 2020.",
     {"2020": "Payments were wired"}),
    ("the main clause keeps its own date beside the participle's",
     date(2026, 5, 22),
     "On Friday the panel dropped two charges tied to payments wired in 2020.",
     {"2026-05-22": "The panel dropped two charges tied to payments", "2020": "Payments were wired"}),
    ("'one of' before the noun: the participle is a clause of its own",
     date(2026, 5, 22),
     "Two guards were killed and one of his aides injured in the attack on Monday.",
     {"2026-05-18": "Two guards were killed and one of his aides injured in the attack"}),
    ("a participle whose phrase holds a verb of its own stays with the sentence",
     date(2026, 5, 22),
     "Lawyers rejected claims filed by groups representing tenants in 2021.",
     {"2021": "Lawyers rejected claims filed by groups representing tenants"}),
    ("a quotation in the first predicate: the second holds the only date",
     date(2026, 11, 27),
     'The league called the ruling "a dark day" and urged clubs to appeal by February.',
     {"2027-02": "The league urged clubs to appeal"}),
    ("curly quotation marks too",
     date(2026, 11, 27),
     "The league called the ruling “a dark day” and urged clubs to appeal by February.",
     {"2027-02": "The league urged clubs to appeal"}),
    ("a quotation with a comma inside still holds a clause of its own",
     date(2026, 11, 27),
     'The league called the ruling "a dark day, a shame" and urged clubs to appeal by February.',
     {"2027-02": 'The league called the ruling "a dark day, a shame" and urged clubs to appeal'}),
    ("the 'it' after a notice that misstated a thing's date is that thing",
     date(2026, 4, 2),
     "The council approved the budget on Monday.\n\nCorrection: An earlier version of this article misstated"
     " the date of the vote. It took place on March 30.",
     {"2026-03-30": "The vote took place"}),
    ("the 'it' after a notice that said a wrong date is the thing of its clause; the wrong date is no event",
     date(2026, 6, 2),
     "An earlier version of this article said the auction was held on May 28. It was held on May 29.",
     {"2026-05-29": "The auction was held"}),
    ("a notice's thing without an article",
     date(2026, 6, 2),
     "Correction: An earlier version of this story said sentencing was set for June 13."
     " It is set for June 30.",
     {"2026-06-30": "Sentencing is set"}),
    ("a notice that names a plural gives an 'it' nothing",
     date(2026, 6, 2),
     "An earlier version of this article said the talks were held on May 28. It rained on May 29.",
     {"2026-05-29": "It rained"}),
    ("a date after the infinitive of a thing set is the thing's start",
     date(2026, 5, 1),
     "Judge Ana Ruiz set the retrial to begin on June 2, and ordered the defendant to hand over his"
     " passport.",
     {"2026-06-02": "The retrial is set to begin"}),
    ("'scheduled' keeps its verb, and a place before the date stays",
     date(2026, 5, 1),
     "The board scheduled the vote to take place in the town hall on May 8.",
     {"2026-05-08": "The vote is scheduled to take place in the town hall"}),
    ("the setting's own date stays the setting's",
     date(2026, 5, 1),
     "On Monday the judge set the hearing to resume on June 2.",
     {"2026-04-27": "The judge set the hearing to resume", "2026-06-02": "The hearing is set to resume"}),
    ("an infinitive that is no start is left alone",
     date(2026, 5, 1),
     "The company set a target to double sales by 2030.",
     {"2030": "The company set a target to double sales"}),
    ("a lone 'it' in a present state today is no event",
     date(2026, 5, 1),
     "Today it has forty shops.",
     {}),
    ("'now' too, with 'is'",
     date(2026, 5, 1),
     "Now it is the largest port in the region.",
     {}),
    ("a named thing's state stays",
     date(2026, 5, 1),
     "The mall opened in 1990. Today it has forty shops.",
     {"1990": "The mall opened", "2026-05-01": "The mall has forty shops"}),
    ("an 'it' that acts today stays",
     date(2026, 5, 1),
     "Today it announced a new chief executive.",
     {"2026-05-01": "It announced a new chief executive"}),
    ("the 'it' of a 'when' clause after an inner clause is the inner subject",
     date(2026, 5, 1),
     "The bakery will close because the lease would not be renewed when it expires next spring.",
     {"2027-SP": "The lease expires"}),
    ("a plural inner subject gives 'they'",
     date(2026, 5, 1),
     "The club will move because the owners would not renew the deal when they met in March.",
     {"2026-03": "The owners met"}),
    ("'will last until' keeps its bound: the title without it is not whole",
     date(2026, 5, 18),
     "The exhibition will last until June 9.",
     {"2026-06-09": "The exhibition will last until June 9"}),
]


def _titles(text: str, dct: date) -> dict[str, str]:
    document = Document(id="d", text=text, date=dct)
    return {event.when.value: event.title for event in extract(document, tag(text, dct=dct))}


@pytest.mark.parametrize(("dct", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round37_titles(dct: date, text: str, expected: dict[str, str]) -> None:
    assert _titles(text, dct) == expected
