"""The title stage's shortcuts agree with the plain versions they replace: the same answer on invented titles
and on random ones built from the words the rules look at."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    clause_wordings,
    complete,
    cut_places,
    emphasis,
    rewordings,
    subject_heads,
    surnames,
    title_ends,
    whole_wordings,
)
from timeline.title_ends import DANGLING, FUNCTION_WORD_SET
from timeline.verbs import has_verb

# Words the person pattern, the compound check and the open-end mark look at, and plain ones.
_WORDS = [
    "The", "the", "former", "new", "Japanese", "Foreign", "Minister", "Taro", "Aso", "US", "Secretary", "of",
    "State", "Condoleezza", "Rice", "England", "captain", "Marcus", "Ode", "Chinese", "Premier", "Wen",
    "Jiabao", "and", "Deputy", "President", "Ann", "Lee", "met", "said", "results", "conference", "call",
    "two", "quickly", "2025", "Q4", "League", "/", "&", "-", "—", "(", ",", "spokesman", "Ali", "Reza", "dos",
    "Santos", "is", "to", "visit", "Tokyo",
]
_TITLES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=18).map(" ".join)


def _plain_surnames_sub(title: str) -> str:
    return surnames._PERSON.sub(lambda match: surnames._surname(title, match), title)


@pytest.mark.parametrize("title", [
    "Peruvian Foreign Minister Ana Quispe will meet Dutch Trade Minister Joost Verbeek in Lima",
    "The talks began after England captain Marcus Ode and Kenyan Premier Amos Otieno met",
    "Police said Deputy President Ann Lee and spokesman Ali Reza left",
    "No person here at all",
    "President Ann Lee",
])
def test_substituted_is_the_substitution_from_the_first_match(title):
    first = surnames._PERSON.search(title)
    start = first.start() if first else len(title)
    assert surnames._substituted(title, start) == _plain_surnames_sub(title)
    assert surnames._substituted(title, 0) == _plain_surnames_sub(title)


@settings(max_examples=400, deadline=None)
@given(_TITLES)
def test_substituted_agrees_on_random_titles(title):
    first = surnames._PERSON.search(title)
    start = first.start() if first else 0
    assert surnames._substituted(title, start) == _plain_surnames_sub(title)


def _plain_in_compound(before: str, after: str) -> bool:
    stops = (FUNCTION_WORD_SET, DANGLING, cut_places._COUNTS, cut_places._ADVERBS)
    return not any(any(w in s for s in stops) or w.endswith("ly") or has_verb(w) for w in (before, after))


@pytest.mark.parametrize(("title", "cut", "expected"), [
    ("Acme held its results conference call on Monday", len("Acme held its results conference"), True),
    ("Acme will automate two terminals next year", len("Acme will automate two"), False),
    ("Acme reported its 2025 results on Monday", len("Acme reported its 2025"), True),
    ("Acme said the plan quickly failed", len("Acme said the plan quickly"), False),
    ("Acme said the plan failed", len("Acme said the plan"), False),
])
def test_in_compound_table(title, cut, expected):
    assert cut_places.in_compound.__wrapped__(title, cut) is expected


@settings(max_examples=400, deadline=None)
@given(_TITLES, st.integers(min_value=0, max_value=200))
def test_in_compound_agrees_with_the_plain_walk(title, cut):
    cut = min(cut, len(title))
    before = cut_places._WORD_BEFORE.search(title, title.rfind(" ", 0, cut) + 1, cut)
    after = cut_places._WORD_AFTER.match(title, cut)
    plain = before is not None and after is not None and _plain_in_compound(before["w"], after["w"])
    assert cut_places.in_compound.__wrapped__(title, cut) is plain


@settings(max_examples=400, deadline=None)
@given(_TITLES)
def test_open_end_marks_are_every_match_end(title):
    # the pre-check of emphasis.drop: no title that ends on another character has an _OPEN_END match
    if not title.endswith(emphasis._OPEN_MARKS):
        assert emphasis._OPEN_END.search(title) is None


@pytest.mark.parametrize(("title", "dropped"), [
    ("500,000 tons in the fiscal year /", "500,000 tons in the fiscal year"),
    ("Prices rose by 5 percent -", "Prices rose by 5 percent"),
    ("Prices rose - and fell", "Prices rose - and fell"),
])
def test_drop_open_end_table(title, dropped):
    assert emphasis.drop(title) == dropped


_FRONT_TITLES = st.lists(st.sampled_from([*_WORDS, "In", "After", "hours", ",", ";", "Two"]), min_size=1,
                         max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_FRONT_TITLES)
def test_front_needs_a_comma_in_its_first_62_characters(title):
    # whole_wordings.shorter_whole asks _FRONT only of a title with a comma at 3..61
    for text in (title, title.replace(" ,", ",")):
        if text.find(",", 3, 62) < 0:
            assert whole_wordings._FRONT.match(text) is None


@pytest.mark.parametrize("title", [
    "Two hours after the fire, 14 people had been taken to hospitals around the city by ambulance crews",
    "In the north of the state, rescuers reached the last of the villages cut off by the floods on Sunday",
    "Rescuers reached the last of the villages cut off by the floods, officials said on Sunday evening",
])
def test_shorter_whole_with_the_comma_gate(title):
    front = whole_wordings._FRONT.match(title)
    assert (front is not None) is (title.find(",", 3, 62) >= 0)


_SAID_TITLES = st.lists(st.sampled_from([*_WORDS, "that", "told", "reporters", "at", "hearing", "due", "rain",
                                         "despite", "match", "announced", "he"]), min_size=1,
                        max_size=24).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_SAID_TITLES)
def test_said_patterns_need_that_and_a_comma(title):
    # rewordings.without_said_that searches _SAID_ADJUNCT only where "that" is, _SAID_FRONT where a comma is
    for text in (title, title.replace(" ,", ",")):
        if "that" not in text:
            assert rewordings._SAID_ADJUNCT.search(text) is None
        if "," not in text:
            assert rewordings._SAID_FRONT.search(text) is None


@pytest.mark.parametrize(("title", "expected"), [
    ("Lee said at the hearing that he had not known", "Lee said he had not known"),
    ("Lee said, due to the rain, the match was off", "Lee said the match was off"),
    ("Lee said he had not known", None),
])
def test_without_said_that_table(title, expected):
    assert rewordings.without_said_that(title) == expected


_DANGLE_TITLES = st.lists(st.sampled_from([*_WORDS, "that", "said", "warned", "the", "new", "tram", "line",
                                           "put", "forward", "thatch", "a", "its"]), min_size=1,
                          max_size=16).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_DANGLE_TITLES)
def test_waits_for_object_gate(title):
    # title_ends.dangles searches _WAITS_FOR_OBJECT only where its gate holds
    start = max(0, len(title) - 60)
    that = title.rfind("that", start)
    gate = title.endswith(title_ends._WAITING_ENDS) or (that >= 0 and len(title[that:].split(None, 6)) <= 6)
    if not gate:
        assert title_ends._WAITS_FOR_OBJECT.search(title, start) is None


@pytest.mark.parametrize(("title", "expected"), [
    ("The minister said that the new tram line", True),
    ("The minister said that the new tram line would open next year in the city", False),
    ("The council put forward", True),
])
def test_dangles_table(title, expected):
    assert title_ends.dangles(title) is expected


_CLAUSE_TITLES = st.lists(st.sampled_from([*_WORDS, "that", "whether", "although", "when", ",", "as", "its",
                                           "told", "reporters", "believes", "thinks", "if"]), min_size=1,
                          max_size=24).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_CLAUSE_TITLES)
def test_open_clause_words_are_in_every_match(title):
    # complete._open_clause searches each pattern only in a tail holding one of its words
    for text in (title, title.replace(" ,", ",")):
        tail = max(0, len(text) - 80)
        for pattern, needed in ((complete._COMPLEMENTIZERS, complete._COMPLEMENTIZER_WORDS),
                                (complete._SAID, complete._SAID_WORDS)):
            if not any(map(text[tail:].__contains__, needed)):
                assert next(pattern.finditer(text, tail), None) is None


@pytest.mark.parametrize(("title", "reason"), [
    ("The government won assurances that a special law", "clause"),
    ("The minister told reporters the decision", "statement"),
    ("The minister told reporters the decision had been taken", None),
    ("Prices rose sharply in March", None),
])
def test_open_clause_table(title, reason):
    assert complete._open_clause(title) == reason


@settings(max_examples=300, deadline=None)
@given(_CLAUSE_TITLES)
def test_ing_matches_hold_ing(title):
    # subject_heads.short_subject searches _ING only in a subject holding "ing"
    if "ing" not in title:
        assert subject_heads._ING.search(title) is None


@pytest.mark.parametrize(("title", "expected"), [
    ("Officials visiting the site agreed to cut emissions by a fifth over the next decade, the ministry said",
     None),  # "visiting the": a clause before the verb
    ("Nations meeting in Oslo agreed to cut emissions by a fifth over the next decade, officials said",
     "Nations meeting agreed to cut emissions by a fifth over the next decade, officials said"),
    ("The ministers of the northern provinces agreed to cut emissions by a fifth over the next decade",
     "The ministers agreed to cut emissions by a fifth over the next decade"),  # no "ing": not searched
])
def test_short_subject_with_ing_gate(title, expected):
    assert subject_heads.short_subject(title, title.find("agreed")) == expected


@settings(max_examples=300, deadline=None)
@given(_SAID_TITLES)
def test_said_clause_holds_that(title):
    # clause_wordings._statements searches _SAID_CLAUSE only in a wording holding "that"
    if "that" not in title:
        assert clause_wordings._SAID_CLAUSE.search(title) is None


@pytest.mark.parametrize(("forms", "expected"), [
    (["Officials said that the four ministers should be removed from their posts"],
     ["The four ministers should be removed from their posts"]),
    (["Officials said the four ministers should be removed"], []),
])
def test_statements_table(forms, expected):
    assert clause_wordings._statements(forms) == expected
