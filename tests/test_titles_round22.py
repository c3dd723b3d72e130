"""Round 22 (invented): a year before a named occurrence ("the 2010 Asian Games") in a clause another date
dates titles the occurrence; a body's name ("Federation") or a noun that goes on ("final venue") does not."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected events as (value, title)).
CASES = [
    (
        "names before the noun of an occurrence: the occurrence is the year's event",
        "Officials met on Tuesday to plan a joint team for the 2010 Asian Games.",
        [("on Tuesday", "DATE", "2025-10-21"), ("2010", "DATE", "2010")],
        ("2010", "The Asian Games"),
    ),
    (
        "a second year joined by 'and' shares the first one's determiner",
        "Officials met on Tuesday to plan joint teams for the 2010 Asian Games and 2012 Olympic Games.",
        [("on Tuesday", "DATE", "2025-10-21"), ("2010", "DATE", "2010"), ("2012", "DATE", "2012")],
        ("2012", "The Olympic Games"),
    ),
    (
        "a hyphenated name before the noun, with its complement",
        "Voters go to the polls on Thursday for the first time since the 2003 US-led invasion of the island.",
        [("on Thursday", "DATE", "2025-10-23"), ("2003", "DATE", "2003")],
        ("2003", "The US-led invasion of the island"),
    ),
    (
        "a lowercase noun still works without names",
        "Police reopened the file on Monday on the 1998 shooting of the guard.",
        [("on Monday", "DATE", "2025-10-20"), ("1998", "DATE", "1998")],
        ("1998", "The shooting of the guard"),
    ),
    (
        "a body's name ending like an occurrence is no occurrence",
        "Lena Holm won on Tuesday the first race of the 2005 International Rowing Federation cup.",
        [("on Tuesday", "DATE", "2025-10-21"), ("2005", "DATE", "2005")],
        ("2005", None),
    ),
    (
        "a noun that goes on names a thing: the clause stays",
        "The club said on Friday it would return to the 1998 Champions League final venue.",
        [("on Friday", "DATE", "2025-10-24"), ("1998", "DATE", "1998")],
        ("1998", None),
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round22_named_occurrences(text, marks, expected):
    value, title = expected
    titles = [e.title for e in run(text, marks) if e.when.value == value]
    if title is None:  # not the occurrence: whatever the clause gives, not a bare name's noun
        assert not any(t.startswith("The ") and len(t.split()) <= 5 for t in titles), titles
    else:
        assert titles == [title]


# (id, text, expressions, expected events as (value, title)): the date of a routine telling goes when a
# participle phrase after the main clause dates the statement.
TELLING_CASES = [
    (
        "a date in a participle phrase after the main clause dates the statement: the telling goes",
        "Fog had caused the ferry to run aground, stranding 90 passengers on Aug. 16, local media said on "
        "Sunday.",
        [("on Aug. 16", "DATE", "2025-08-16"), ("on Sunday", "DATE", "2025-10-26")],
        [("2025-08-16", "Fog had caused the ferry to run aground, stranding 90 passengers")],
    ),
    (
        "a date in a clause inside the participle phrase dates that clause: the telling stays",
        "The board decided to sell the mill, citing costs that rose in March, the spokesman said Sunday.",
        [("in March", "DATE", "2025-03"), ("Sunday", "DATE", "2025-10-26")],
        [("2025-03", "Costs rose"),
         ("2025-10-26", "The spokesman said the board decided to sell the mill, citing costs that rose")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in TELLING_CASES],
                         ids=[c[0] for c in TELLING_CASES])
def test_round22_routine_tellings(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected
