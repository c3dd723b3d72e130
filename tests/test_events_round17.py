"""Round 17 (invented notes on a dam project): corrected dates, year labels, Markdown and dated headings."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value[, fields]), expected events as (value, title)).
CASES = [
    (
        "a correction after the date: the corrected and the restated date give no event",
        "The district said the spillway gates closed on July 10 — that is July 10, not July 11 (the story "
        "ran on the 11th).",
        [("July 10", "DATE", "2025-07-10"), ("July 10", "DATE", "2025-07-10", {"nth": 1}),
         ("July 11", "DATE", "2025-07-11"), ("the 11th", "DATE", "2025-07-11")],
        [("2025-07-10", "The spillway gates closed")],
    ),
    (
        "a plain 'not' correction",
        "The bond vote was held on May 6, not May 7.",
        [("May 6", "DATE", "2025-05-06"), ("May 7", "DATE", "2025-05-07")],
        [("2025-05-06", "The bond vote was held")],  # round 37: a title keeps no own date
    ),
    (
        "'instead of' names a date that did not happen",
        "Crews poured the last lift on March 3 instead of March 10.",
        [("March 3", "DATE", "2025-03-03"), ("March 10", "DATE", "2025-03-10")],
        [("2025-03-03", "Crews poured the last lift")],
    ),
    (
        "a 'not' with no earlier date corrects nothing",
        "Crews did not reach the site on April 2.",
        [("on April 2", "DATE", "2025-04-02")],
        [("2025-04-02", "Crews did not reach the site")],
    ),
    (
        "a year labelling a parenthesis beside the event's date gives no event",
        "The creek crested at 14.2 ft on June 10 (2024 flood: 16.8 ft).",
        [("June 10", "DATE", "2025-06-10"), ("2024", "DATE", "2024")],
        [("2025-06-10", "The creek crested at 14.2 ft")],
    ),
    (
        "a life span in a parenthesis gives no event",
        "The dam was named for Ada Brandt (1901-1977) at a ceremony on Friday.",
        [("1901", "DATE", "1901"), ("1977", "DATE", "1977"), ("Friday", "DATE", "2025-10-24")],
        [("2025-10-24", "The dam was named for Ada Brandt at a ceremony")],
    ),
    (
        "a parenthesis giving the dates of the period the clause happens in keeps them",
        "The county plans to raise the dam during its next capital plan (2027-2031), the engineer said on "
        "Friday.",
        [("2027", "DATE", "2027"), ("2031", "DATE", "2031"), ("on Friday", "DATE", "2025-10-24")],
        [("2027", "The county plans to raise the dam during its next capital plan"),
         ("2025-10-24", "The engineer said the county plans to raise the dam during its next capital plan")],
    ),
    (
        "a parenthesis with a verb keeps its date",
        "The levee held on June 10 (it had failed in 2019).",
        [("June 10", "DATE", "2025-06-10"), ("in 2019", "DATE", "2019")],
        [("2025-06-10", "The levee held"), ("2019", "It had failed")],
    ),
    (
        # the clause's day and its hour are one happening: one event, at the hour (clock_days)
        "an hour in a parenthesis is the event's time, on its day",
        "The quake struck on Saturday (0424 GMT).",
        [("Saturday", "DATE", "2025-10-18"), ("0424 GMT", "TIME", "2025-10-18T04:24")],
        [("2025-10-18T04:24", "The quake struck")],
    ),
    (
        "a log line: the date, a hedge and the time before the colon leave the title",
        "April 29, 2024, about 11 p.m.: creek overtops the cofferdam",
        [("April 29, 2024", "DATE", "2024-04-29"), ("11 p.m.", "TIME", "2024-04-29T23:00")],
        [("2024-04-29T23:00", "Creek overtops the cofferdam")],  # a day and its hour: one event (clock_days)
    ),
    (
        "a Markdown heading is not an event",
        "# District 3 results on June 4\nVoters approved the bond.",
        [("June 4", "DATE", "2025-06-04")],
        [("2025-06-04", "Voters approved the bond")],
    ),
    (
        "a verbless dated heading dates the items under it, until the next heading",
        "Board meeting June 4, 2025\nChange order No. 7 approved for the spillway.\nContractor asked for "
        "two more weeks.\n\nBudget notes\nThe reserve stays at 8 percent.",
        [("June 4, 2025", "DATE", "2025-06-04")],
        [("2025-06-04", "Change order No. 7 approved for the spillway"),
         ("2025-06-04", "Contractor asked for two more weeks")],
    ),
    (
        "an item with a date of its own keeps it",
        "## June 4, 2025\n- Crews poured the second lift.\n- The vendor will ship gates on June 20.",
        [("June 4, 2025", "DATE", "2025-06-04"), ("June 20", "DATE", "2025-06-20")],
        [("2025-06-04", "Crews poured the second lift"), ("2025-06-20", "The vendor will ship gates")],
    ),
    (
        "a heading with a month dates no items: too coarse to be their day",
        "Site log, June 2025\nCrews poured the second lift.",
        [("June 2025", "DATE", "2025-06")],
        [],
    ),
    (
        "a date line alone under a headline is the publication date: it dates no sentence under it",
        "Dam opens to visitors\n\nJune 8, 2025\n\nThe visitor center welcomed its first guests.",
        [("June 8, 2025", "DATE", "2025-06-08")],
        [],
    ),
    (
        "a headline with a verb dates no sentence under it",
        "Storm hits coast on Monday\nThe storm destroyed homes.",  # "hits" is no verb to has_verb
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", "Storm hits coast")],
    ),
    (
        "a copula title waiting for its date is rebuilt with it; the date in the subject gives none",
        "Election day was Nov. 5.",
        [("Election day", "DATE", "2024-11-07"), ("Nov. 5", "DATE", "2024-11-05")],
        [("2024-11-05", "Election day was Nov. 5")],
    ),
    (
        "a bare verb tells nothing: no event",
        "Announced on June 3.",
        [("on June 3", "DATE", "2025-06-03")],
        [],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round17_events(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected


def test_items_under_a_heading_cite_it():
    text = "Board meeting June 4, 2025\nChange order No. 7 approved for the spillway."
    (event,) = run(text, [("June 4, 2025", "DATE", "2025-06-04")])
    item, heading = event.evidence
    assert item.text == "Change order No. 7 approved for the spillway."
    assert heading.text == "Board meeting June 4, 2025" and heading.timex.text == "June 4, 2025"
    assert event.confidence < 0.9
