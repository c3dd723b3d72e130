"""Table-driven tests of session 18's story chain: which stated dates of a narrative move the story's
reference (storychain.py). A date in brackets or after "as of" is a note beside the story; a date of an
earlier year told inside a paragraph, after its first sentence, looks back from the story's point. A
paragraph may open by stepping back, and a story point from an earlier paragraph does not hold the new one.

Every sentence is invented. Each row: (text, expected [(extent, type, value, mod), ...] in text order).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.temporal_rows import ids, rows

HISTORY_DCT = dt.date(2009, 12, 19)  # a history article's time stamp, years after its story

# A date in brackets or after "as of" is a note: the next bare month keeps the story's year.
BESIDE_THE_STORY = [
    (  # a company history
        "In March 1994 the firm opened its second plant. Sales (as of December 5, 1999) topped $2 billion."
        " In June the plant doubled its output.",
        [
            ("March 1994", "DATE", "1994-03", None),
            ("December 5, 1999", "DATE", "1999-12-05", None),
            ("June", "DATE", "1994-06", None),
        ],
    ),
    (  # a biography
        "In May 1921 she left for Paris. Her first novel (published March 1930) drew on that journey."
        " In July she met the painter.",
        [
            ("May 1921", "DATE", "1921-05", None),
            ("March 1930", "DATE", "1930-03", None),
            ("July", "DATE", "1921-07", None),
        ],
    ),
    (  # a season of sport
        "In August 1983 the club signed a new coach. The league's rules (changed in May 1986) allowed it."
        " By October the team led the table.",
        [
            ("August 1983", "DATE", "1983-08", None),
            ("May 1986", "DATE", "1986-05", None),
            ("October", "DATE", "1983-10", None),
        ],
    ),
    (  # out of brackets the later date moves the story on
        "In March 1994 the firm opened its second plant. In December 1996 sales topped $2 billion."
        " In June the plant doubled its output.",
        [
            ("March 1994", "DATE", "1994-03", None),
            ("December 1996", "DATE", "1996-12", None),
            ("June", "DATE", "1996-06", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE_THE_STORY, ids=ids(BESIDE_THE_STORY))
def test_a_note_beside_the_story_leaves_it(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A date of an earlier year inside a paragraph is a look back from the story's point.
LOOK_BACK_IN_A_PARAGRAPH = [
    (  # a company history
        "The board took office on May 20, 1996. This followed the merger vote in December 1995."
        " On November 23 the new shares were listed.",
        [
            ("May 20, 1996", "DATE", "1996-05-20", None),
            ("December 1995", "DATE", "1995-12", None),
            ("November 23", "DATE", "1996-11-23", None),
        ],
    ),
    (  # a biography
        "He won the seat in 1932. His father had lost the same seat in 1910, and the family never forgot it."
        " In March he gave his first speech.",
        [
            ("1932", "DATE", "1932", None),
            ("1910", "DATE", "1910", None),
            ("March", "DATE", "1932-03", None),
        ],
    ),
    (  # a season of sport
        "The team lost its last game on 30 September 1978. It had won 30 games in 1977 under the old coach."
        " In October the owner sold the club.",
        [
            ("30 September 1978", "DATE", "1978-09-30", None),
            ("1977", "DATE", "1977", None),
            ("October", "DATE", "1978-10", None),
        ],
    ),
    (  # a second date in a row of the year looked back to: the text has gone back there
        "The trial opened on 3 July 2000. The court heard of his first conviction in 1995. He was jailed in"
        " June 1995 for an attack in March.",
        [
            ("3 July 2000", "DATE", "2000-07-03", None),
            ("1995", "DATE", "1995", None),
            ("June 1995", "DATE", "1995-06", None),
            ("March", "DATE", "1995-03", None),
        ],
    ),
    (  # a point told only to the year: the story may as well have stepped back
        "The reservoir was filled in 1992. The dam was finished in 1990. In September the rains came.",
        [
            ("1992", "DATE", "1992", None),
            ("1990", "DATE", "1990", None),
            ("September", "DATE", "1990-09", None),
        ],
    ),
    (  # a new paragraph may open by stepping back: its first sentence moves the story
        "By the start of 1761 the fort had surrendered.\nIn the north, the long siege began in June 1760."
        " By November the town was starving.",
        [
            ("the start of 1761", "DATE", "1761", "START"),
            ("June 1760", "DATE", "1760-06", None),
            ("November", "DATE", "1760-11", None),
        ],
    ),
    (  # a story point from an earlier paragraph does not hold the next one
        "In 1918 the legion crossed the border. Peace came only in 1921.\nThe legion had no wish to fight."
        " It spent most of 1919 at sea. It was home by April 1920. In the spring the last ships left.",
        [
            ("1918", "DATE", "1918", None),
            ("1921", "DATE", "1921", None),
            ("1919", "DATE", "1919", None),
            ("April 1920", "DATE", "1920-04", None),
            ("the spring", "DATE", "1920-SP", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_BACK_IN_A_PARAGRAPH, ids=ids(LOOK_BACK_IN_A_PARAGRAPH))
def test_a_look_back_inside_a_paragraph_leaves_the_story(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A bare month a narrative compares its point with is the last such month before it, and does not move the
# story: "calmer than in November" told in April 1862 is November 1861.
COMPARED_MONTH = [
    (  # a war
        "From March to May 1709 the valley was calm compared to the bloodshed of December and February."
        " In June the raids resumed.",
        [
            ("March", "DATE", "1709-03", None),
            ("May 1709", "DATE", "1709-05", None),
            ("December", "DATE", "1708-12", None),
            ("February", "DATE", "1709-02", None),
            ("June", "DATE", "1709-06", None),
        ],
    ),
    (  # a company history
        "On 3 March 1997 the airline cut its fares. Bookings rose faster than in October. In June it bought"
        " six new planes.",
        [
            ("3 March 1997", "DATE", "1997-03-03", None),
            ("October", "DATE", "1996-10", None),
            ("June", "DATE", "1997-06", None),
        ],
    ),
    (  # a season of sport
        "In April 1986 the club won its first game since September. In May it led the league.",
        [
            ("April 1986", "DATE", "1986-04", None),
            ("September", "DATE", "1985-09", None),
            ("May", "DATE", "1986-05", None),
        ],
    ),
    (  # no comparison: the month is the story's
        "In April 1986 the club won its first game. In September it led the league.",
        [("April 1986", "DATE", "1986-04", None), ("September", "DATE", "1986-09", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED_MONTH, ids=ids(COMPARED_MONTH))
def test_a_compared_month_lies_before_the_story(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A span of bare months in a story runs forward, the end deciding the year: "from October to March" told
# in March 1945 is October 1944 to March 1945.
MONTH_SPAN_IN_A_STORY = [
    (  # a war
        "They landed in January 1945 and took the port in March. The army fought in the hills from October"
        " to March.",
        [
            ("January 1945", "DATE", "1945-01", None),
            ("March", "DATE", "1945-03", None),
            ("October", "DATE", "1944-10", None),
            ("March", "DATE", "1945-03", None),
        ],
    ),
    (  # a season of sport
        "The club won the cup in May 1988. Its league season had run from August to May.",
        [
            ("May 1988", "DATE", "1988-05", None),
            ("August", "DATE", "1987-08", None),
            ("May", "DATE", "1988-05", None),
        ],
    ),
    (  # a span inside one year stays in it
        "The firm moved in June 1971. It built the new wing from February to May.",
        [
            ("June 1971", "DATE", "1971-06", None),
            ("February", "DATE", "1971-02", None),
            ("May", "DATE", "1971-05", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_SPAN_IN_A_STORY, ids=ids(MONTH_SPAN_IN_A_STORY))
def test_a_span_of_months_in_a_story_runs_forward(text, expected):
    assert rows(text, HISTORY_DCT) == expected


# A story told in years BC: "the winter" after the story's summer or autumn (or its bare year) is dated by
# the year it ends in, as TimeML annotators write it; a month the story stated holds for "that same day"
# and "the afternoon" while the story stays in that year.
BC_STORY = [
    (  # a war
        "In 481 BC the king gathered his army. It marched in the autumn of 481 BC and passed the winter at"
        " the coast. Early in spring it crossed the strait.",
        [
            ("481 BC", "DATE", "BC0481", None),
            ("the autumn of 481 BC", "DATE", "BC0481-FA", None),
            ("the winter", "DATE", "BC0480-WI", None),
            ("Early in spring", "DATE", "BC0480-SP", "START"),
        ],
    ),
    (  # a city's history
        "In 312 BC the city built its first aqueduct. Over the winter the old walls were repaired.",
        [("312 BC", "DATE", "BC0312", None), ("the winter", "DATE", "BC0311-WI", None)],
    ),
    (  # a month stated: the winter before it stays in its year, the same day keeps the month
        "In June 216 BC the two armies met near the river. Over the winter both had raised new troops. On"
        " the afternoon of the battle the wind rose, and that same day the consul fell.",
        [
            ("June 216 BC", "DATE", "BC0216-06", None),
            ("the winter", "DATE", "BC0216-WI", None),
            ("the afternoon", "TIME", "BC0216-06-XXTAF", None),
            ("that same day", "DATE", "BC0216-06-XX", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BC_STORY, ids=ids(BC_STORY))
def test_a_story_in_years_bc_keeps_its_winter_and_month(text, expected):
    assert rows(text, HISTORY_DCT) == expected
