"""Speed round 23's shortcuts agree with the plain versions they replace: the same answer on invented
sentences and on random ones built from the words the rules look at."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import complete, finite_past, front_cuts, linking_words, object_dates, shorten, structural
from timeline.verbs import has_verb, is_past, is_past_form

# Words the linking adverbs, the tellings, the answering verbs and the past forms turn on, and plain ones.
_WORDS = [
    "The", "council", "also", "approved", "the", "budget", "then", "will", "meanwhile", "however", ",",
    "in", "turn", "addition", "moreover", "though", "but", "said", "told", "reporters", "that", "officials",
    "comment", "on", "denied", "brush", "aside", "reports", "is", "expected", "involved", "by", "was",
    "have", "to", "So", "far", "With", "dam", "closed", "review", "\"", "“", "Monday", "weekend", "\n",
]
_TEXTS = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=24).map(" ".join)


def _plain_without_linking(title: str) -> str:
    quote = re.search(r"[\"“”]", title)
    head, tail = (title[: quote.start()], title[quote.start() :]) if quote else (title, "")
    shorter = linking_words._LINKING.sub(linking_words._linked, head)
    return shorter + tail if has_verb(shorter + tail) or not has_verb(title) else title


def _plain_with_verb(whole: str, title: str) -> str | None:
    if complete.complete(title) not in front_cuts._NO_CLAUSE:
        return None
    if (rest := structural.without_front(whole)) is None:
        return None
    kept = shorten.fit(rest)
    return kept if complete.complete(kept) not in (*front_cuts._NO_CLAUSE, "empty") else None


def _plain_finite_past(text: str) -> bool:
    if not is_past(text):
        return False
    words = list(finite_past._WORD.finditer(text))
    pasts = [i for i, word in enumerate(words) if is_past_form(word.group())]
    return any(finite_past._finite(text, words, i) for i in pasts)


def _table(cases: list[tuple]) -> list:
    """Return a CASES list as parameters: a row's last item is its id, the ones before it its arguments."""
    return [pytest.param(*row[:-1], id=row[-1]) for row in cases]


def _windowed_answer(before: str) -> bool:
    words = before.rsplit(None, 3)
    return object_dates._ANSWERED.search(before, len(words[0]) if len(words) > 3 else 0) is not None


LINKING_CASES = [
    ("The council also approved the budget", "also"),
    ("Prices, however, rose sharply", "however"),
    ("He was arrested and then released", "then"),
    ("The agency in turn asked for more", "in turn"),
    ("The then president opened the bridge", "the then"),
    ("Ruiz said \"we also tried\" and left", "quoted"),
    ("Storm hits the coast", "none"),
]


@pytest.mark.parametrize("title", _table(LINKING_CASES))
def test_without_linking_is_the_plain_substitution(title):
    assert linking_words.without_linking(title) == _plain_without_linking(title)


STATEMENT_CASES = [
    ("Officials said five state mine", "said"),
    ("The envoy told reporters the decision", "told"),
    ("The rebels won assurances that a special law", "that"),
    ("The theory that the pyramids were built", "relative"),
    ("Storm hits the coast", "none"),
]


@pytest.mark.parametrize("text", _table(STATEMENT_CASES))
def test_open_statement_is_the_plain_reading(text):
    assert complete.open_statement.__wrapped__(text) == (complete._open_clause(text) == "statement")


ANSWER_CASES = [
    ("The mayor declined to comment on ", "comment on"),
    ("Lee on Tuesday denied the ", "denied the"),
    ("The firm brushed  aside\nthe ", "spaces"),
    ("The army (rejected ", "bracket"),
    ("The talks will resume on ", "on alone"),
    ("", "empty"),
]


@pytest.mark.parametrize("before", _table(ANSWER_CASES))
def test_answered_from_the_last_words_is_the_whole_search(before):
    assert _windowed_answer(before) == (object_dates._ANSWERED.search(before) is not None)


FRONT_CASES = [
    ("So far, the regional avalanche service of the northern province has issued more than forty warnings "
     "to hikers", "So far has issued more than forty warnings to hikers", "front"),
    ("Storm hits the coast", "Storm hits the coast", "short"),
]


@pytest.mark.parametrize(("whole", "title"), _table(FRONT_CASES))
def test_with_verb_reads_in_either_order(whole, title):
    assert front_cuts.with_verb(whole, title) == _plain_with_verb(whole, title)


PAST_CASES = [
    ("Officials involved in the talks expect a deal.", "participle"),
    ("Several priests have been convicted.", "perfect"),
    ("The river burst its banks and the town was flooded.", "finite"),
    ("The ban will be lifted.", "future"),
]


@pytest.mark.parametrize("text", _table(PAST_CASES))
def test_finite_past_stops_at_the_first_finite_form(text):
    assert finite_past.finite_past(text) == _plain_finite_past(text)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_shortcuts_agree_on_random_text(text):
    assert linking_words.without_linking(text) == _plain_without_linking(text)
    assert complete.open_statement.__wrapped__(text) == (complete._open_clause(text) == "statement")
    assert _windowed_answer(text + " ") == (object_dates._ANSWERED.search(text + " ") is not None)
    assert finite_past.finite_past(text) == _plain_finite_past(text)
