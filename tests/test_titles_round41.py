"""Round 41: "accused"/"sentenced" and their object wait for the complement; a relative clause inside a
subject's relative clause is no main verb; a period date heading a long "of" phrase stays in the title and a
bare "before" after a date leaves with it; a "he" after a sentence opened by "he" stands for what that one's
does. Invented sentences."""

from __future__ import annotations

import pytest

from tests.test_events import run
from timeline.complete import complete
from timeline.dateless import without_dates
from timeline.referents import person_before_sentence

# (id, title, what complete says)
COMPLETE = [
    ("accused and an object, no 'of'", "Prosecutors accused the former mayor and his aide", "complement"),
    ("sentenced and an object, no 'to'", "A court has sentenced the smuggler Ivo Brandt", "complement"),
    ("accused with its complement", "Prosecutors have accused the former mayor of fraud", None),
    ("sentenced with its complement", "The court sentenced the smuggler to ten years", None),
    ("a participle 'accused' before the verb", "The man accused of the theft fled", None),
    ("a relative clause inside a relative clause", "A manager of a firm that ran a tour that ended",
     "no predicate"),
    ("the main verb after both relative clauses", "The firm that built the bridge that collapsed was fined",
     None),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in COMPLETE], ids=[c[0] for c in COMPLETE])
def test_complete_reads_complements_and_nested_relatives(title: str, expected: str | None) -> None:
    assert complete(title) == expected


# (id, sentence, its date phrase, the sentence without it)
DATELESS = [
    ("'before' after a date leaves with it", "The town had been shelled the night before in heavy raids.",
     "the night", "The town had been shelled in heavy raids."),
    ("'before' at the end leaves with it", "The crew had arrived the day before.", "the day",
     "The crew had arrived."),
    ("'after' before a noun phrase stays", "The crew left the day after the storm.", "the day",
     "The crew left after the storm."),
    ("a period heading a long 'of' phrase stays",
     "The team will go into the final day of the series deciding Test against Chile.", "the final day",
     "The team will go into the final day of the series deciding Test against Chile."),
    ("a period with a short 'of' phrase leaves with it", "Talks ended on the first day of the summit.",
     "the first day", "Talks ended."),
]


@pytest.mark.parametrize(
    ("text", "date", "expected"), [c[1:] for c in DATELESS], ids=[c[0] for c in DATELESS]
)
def test_a_date_leaves_with_its_own_words(text: str, date: str, expected: str) -> None:
    start = text.index(date)
    assert without_dates(text, (0, len(text)), [(start, start + len(date))]) == expected


# (id, text, whom the "He" of the last sentence stands for)
CHAINS = [
    ("a chain of 'he' sentences", "The former minister ran the agency for ten years. He has been ill. He had "
     "surgery on May 2.", "The former minister"),
    ("another person named in the middle sentence", "The former minister ran the agency for ten years. "
     "He met Ruth Okafor. He had surgery on May 2.", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CHAINS], ids=[c[0] for c in CHAINS])
def test_a_he_stands_for_the_he_before_it(text: str, expected: str | None) -> None:
    assert person_before_sentence(text, text.rindex("He "), "He") == expected


def test_a_chained_he_is_resolved_in_a_title() -> None:
    text = ("The former minister ran the agency for ten years. He has been fitted with a pacemaker. "
            "He underwent surgery on February 24.")
    events = run(text, [("February 24", "DATE", "2025-02-24")])
    assert [e.title for e in events] == ["The former minister underwent surgery"]


# (id, title, what complete says) of an "as" that opens a clause after a comma
AS_CLAUSE = [
    ("a cut 'as' clause", "The envoy accused the regime of the killing, as the inquiry", "clause"),
    ("a whole 'as' clause", "Prices rose, as the harvest failed", None),
    ("an 'as' aside", "He served, as the club captain, for years", None),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in AS_CLAUSE], ids=[c[0] for c in AS_CLAUSE])
def test_an_as_clause_after_a_comma_needs_its_verb(title: str, expected: str | None) -> None:
    assert complete(title) == expected
