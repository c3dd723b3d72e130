"""A date titles the clause it sits in: a relative clause, a "since"/"after"/"while" clause, a second
coordinated clause, a participle phrase; a pronoun subject takes the name it stands for (round 16,
invented)."""

import pytest

from tests.test_events import run

# (id, text, expressions as (phrase, type, value), expected titles).
CASES = [
    (
        "an adverb before the verb of a relative clause on the subject: the clause is the event",
        "The bribery affair, which first surfaced in June, has cost three ministers their jobs.",
        [("in June", "DATE", "2025-06")],
        ["The bribery affair first surfaced"],
    ),
    (
        "a 'since' clause that the date ends dates that clause, before an attribution",
        "Some 3,000 farmers have left the valley since the drought began two years ago, the agency says.",
        [("two years ago", "DATE", "2023")],
        ["The drought began"],
    ),
    (
        "an 'after' clause that the date ends is the event, not the main clause",
        "The rebels pulled back after the army shelled their camp on Friday.",
        [("on Friday", "DATE", "2025-10-17")],
        ["The army shelled their camp"],
    ),
    (
        "a 'while' clause whose date a place phrase follows is the event",
        "Crews cleared the main road, while fires broke out Friday in three other villages despite the rain.",
        [("Friday", "DATE", "2025-10-17")],
        ["Fires broke out in three other villages despite the rain"],
    ),
    (
        "an 'after' phrase with no verb leaves the main clause the event",
        "The mill will close after the end of 2026.",
        [("the end of 2026", "DATE", "2026")],
        ["The mill will close"],
    ),
    (
        "a verb after the date keeps the whole clause",
        "The town was quiet when the curfew ended on Sunday and shops reopened.",
        [("on Sunday", "DATE", "2025-10-19")],
        ["The town was quiet when the curfew ended and shops reopened"],
    ),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_take_the_clause_of_their_date(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles
