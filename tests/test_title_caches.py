"""The title stage's caches (session 14) give what the plain functions give.

verbs.first_verb keeps its answer for a whole string (eventness.kind asks it of a title shorten.fit and
chunks.predicate asked it of); statements.statement and clause_wordings' asides are kept by clause. Each is a
pure function of its string: the cached answer must be the plain one, asked once or again.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import clause_wordings, statements, verbs

# invented titles and clauses, each with its first verb (None: no verb)
VERB_ROWS = [
    ("The council approved the budget", "approved"),
    ("Officials did not say how", "did"),
    ("The firm has 300 staff", "has"),
    ("A new strain of the bacteria", None),
    ("Prices rose sharply in May", "rose"),
    ("The offer will begin on Monday", "will"),
    ("Analysts noted that rates had risen", "noted"),
    ("Take effect", "Take effect"),  # the one verb of two words
]


@pytest.mark.parametrize(("text", "verb"), VERB_ROWS, ids=[r[0] for r in VERB_ROWS])
def test_first_verb_of_a_whole_string_is_the_plain_one(text: str, verb: str | None) -> None:
    plain = verbs._first_verb(text, 0, len(text))
    for found in (verbs.first_verb(text), verbs.first_verb(text, 0), verbs.first_verb(text)):
        assert (found and found.span()) == (plain and plain.span())
        assert (found and found.group()) == verb


def test_first_verb_inside_bounds_is_not_the_whole_strings() -> None:
    text = "The council approved the budget and the mayor signed it"
    assert verbs.first_verb(text)[0] == "approved"
    assert verbs.first_verb(text, 21)[0] == "signed"
    assert verbs.first_verb(text, 0, 11) is None


# invented clauses, each with what its reported clause says (None: nothing reported)
STATEMENT_ROWS = [
    ("Analysts noted that rates had risen", "Rates had risen"),
    ("The minister said the offer does little to help", "The offer does little to help"),
    ("He denied that the firm paid", None),  # a denial passes nothing on
    ("Prices rose in May", None),
    ("After he left, the club said that it would appeal", None),
]


@pytest.mark.parametrize(("form", "told"), STATEMENT_ROWS, ids=[r[0] for r in STATEMENT_ROWS])
def test_statement_cached_is_plain(form: str, told: str | None) -> None:
    assert statements.statement.__wrapped__(form) == told
    assert statements.statement(form) == told
    assert statements.statement(form) == told  # asked again: the kept answer


ASIDE_ROWS = [
    "Gould said here that the parties would abide by it",
    "The mayor, who took office in May, signed the order",
    "The plan — a draft of two pages — was approved by the board",
    "Prices rose in May",
]


@pytest.mark.parametrize("form", ASIDE_ROWS)
def test_asides_cached_are_plain(form: str) -> None:
    plain = list(clause_wordings.asides_of.__wrapped__(form))
    assert clause_wordings.asides([form]) == plain
    assert clause_wordings.asides([form, form]) == plain + plain


def test_aside_rows_find_asides() -> None:
    assert any(clause_wordings.asides([form]) for form in ASIDE_ROWS)


_WORDS = st.sampled_from(
    "the mayor said that rates had risen was approved by board , — a plan in May noted officials did not "
    "say take effect".split()
)


@given(st.lists(_WORDS, min_size=1, max_size=12), st.integers(min_value=0, max_value=40))
def test_whole_string_verb_agrees(words: list[str], start: int) -> None:
    text = " ".join(words)
    plain = verbs._first_verb(text, 0, len(text))
    found = verbs.first_verb(text)
    assert (found and found.span()) == (plain and plain.span())
    inside = verbs.first_verb(text, start)
    plain_inside = verbs._first_verb(text, start, len(text))
    assert (inside and inside.span()) == (plain_inside and plain_inside.span())
    assert clause_wordings.asides([text]) == list(clause_wordings.asides_of.__wrapped__(text))
    assert statements.statement(text) == statements.statement.__wrapped__(text)
