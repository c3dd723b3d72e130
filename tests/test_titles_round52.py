"""Round 52: a title cut to 80 characters ends on a whole phrase, not on a word waiting for its noun or its
phrase, and a relative clause that its cut date left as a bare verb goes (timeline.loose_words)."""

import pytest

from timeline import shorten
from timeline.complete import complete
from timeline.finishing import _without_bare_relative
from timeline.loose_words import loose_end, without_bare_relative

# (id, title, why it waits or None)
LOOSE_CASES = [
    ("adverb-adjective", "The minister told the assembly that the widely praised", "adjective"),
    ("adverb-adjective-ful", "The board said it would back a highly successful", "adjective"),
    ("article-participle", "The new curfew got a mixed", "adjective"),
    ("article-hyphen-participle", "The town will build a long-awaited", "adjective"),
    ("article-new", "The council said it would open a new", "adjective"),
    ("prefix-compound", "The bank reported that its parent group pre-tax", "adjective"),
    ("floating-all", "Nearly 300 farms reported cases of swine fever all", "quantifier"),
    ("so-after-auxiliary", "More than 9,000 residents have so", "adverb"),
    ("ordinal-straight", "The index rose for the fourth straight", "adjective"),
    ("ordinal-consecutive", "Prices fell for a 3rd consecutive", "adjective"),
    ("people-after-the", "Volunteers at the field hospital treated the injured", None),
    ("ly-adjective", "The storm continued its deadly passage", None),
    ("ly-adjective-noun", "The governor was a likely candidate", None),
    ("all-after-pronoun", "The home side won them all", None),
    ("ed-noun", "The farmers planted the seed", None),
    ("be-compound", "The new tariff will be anti-dumping", None),
    ("straight-alone", "The champion won three games straight", None),
    ("said-so", "The mayor has said so", None),
]


@pytest.mark.parametrize(("title", "reason"), [c[1:] for c in LOOSE_CASES], ids=[c[0] for c in LOOSE_CASES])
def test_loose_end(title, reason):
    assert loose_end(title) == reason


@pytest.mark.parametrize(
    ("title", "reason"), [c[1:] for c in LOOSE_CASES if c[2]], ids=[c[0] for c in LOOSE_CASES if c[2]]
)
def test_complete_finds_loose_end(title, reason):
    assert complete(title) is not None


# (id, clause over 80 characters, words the cut title may not end on)
FIT_CASES = [
    (
        "floating-all",
        "About 2,300 children have been treated in the clinics for measles all over the northern hills",
        "all",
    ),
    (
        "so-far",
        "The relief agency said more than 40,000 families from the valley have so far been given new homes",
        "so",
    ),
    (
        "widely-praised",
        "The mayor told a meeting of the city council that the widely praised plan would be restored",
        "praised",
    ),
]


@pytest.mark.parametrize(("clause", "last"), [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit_does_not_end_on_loose_word(clause, last):
    title = shorten.fit(clause)
    assert len(title) <= 80
    assert title.rsplit(None, 1)[-1] != last


# (id, title, clause it came from, expected)
RELATIVE_CASES = [
    (
        "clause-goes",
        "The new mayor ended a building freeze that lasted",
        "The new mayor ended a building freeze that lasted for nine years",
        "The new mayor ended a building freeze",
    ),
    (
        "verb-stays",
        "The repair of the old bridge which began",
        "The repair of the old bridge, which began in March, will end soon",
        "The repair of the old bridge began",
    ),
    (
        "nothing-cut",
        "The firm paid for the road that collapsed",
        "The firm paid for the road that collapsed.",
        "The firm paid for the road that collapsed",
    ),
    (
        "no-relative",
        "The council approved the plan",
        "The council approved the plan in May",
        "The council approved the plan",
    ),
]


@pytest.mark.parametrize(
    ("title", "clause", "expected"), [c[1:] for c in RELATIVE_CASES], ids=[c[0] for c in RELATIVE_CASES]
)
def test_without_bare_relative(title, clause, expected):
    assert _without_bare_relative(title, clause) == expected


def test_bare_relative_needs_a_past_verb():
    assert without_bare_relative("The council rejected the plan that shapes") == (
        "The council rejected the plan that shapes"
    )


def test_subject_worth_goes_for_its_predicate():
    # the verb group ends past 80 characters: the whole subject leaves "have been" waiting
    clause = (
        "Twenty-four housing projects worth 210 million dollars in the northern hills have been registered "
        "with the regional planning board"
    )
    assert shorten.fit(clause) == "Twenty-four housing projects have been registered"
