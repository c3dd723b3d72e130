"""The event layer's cheap looks before its patterns: each word or mark looked for must be in every match, so
that a text without it can skip the pattern and lose nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    attachment,
    beside_dates,
    clause_pieces,
    date_names,
    dateless,
    finishing,
    focus,
    later_clauses,
    noun_periods,
    phrase_dates,
    relatives,
    segment,
    shapes,
    signatures,
    subordinate,
    teller_pronouns,
    told_plans,
    verbs,
)
from timeline.spans import holds


def _holds(fragments):
    return lambda t: holds(t, 0, len(t), fragments)


# (name, pattern, how it is tried, the look that must hold of every match, a text it matches)
CHECKS = [
    ("lent plan", told_plans._LENT, "match", lambda t: "would" in t,
     "Mayor Ana Berg said she would open the bridge"),
    ("own plan", told_plans._PLAN, "search", lambda t: "would" in t or "will" in t or "had" in t,
     "that she will close"),
    ("lent telling", teller_pronouns._LENT_TELLING, "match", lambda t: "would" in t,
     "Berg said it would open the bridge"),
    ("be then ing", finishing._BE_THEN_ING, "match", lambda t: "was," in t or "were," in t,
     "The worst storm was, flooding the town"),
    ("hanging negation", finishing._HANGING_NEGATION, "search",
     lambda t: "not" in t or "never" in t or "n't" in t or "n’t" in t, "the rules that they had not met"),
    ("topic before", noun_periods._TOPIC_BEFORE, "search", lambda t: "between" in t or "from" in t,
     "a book about his years between 1990 and "),
    ("than", phrase_dates._THAN, "search", lambda t: "than" in t.lower(), "more dangerous THAN cigarettes "),
    ("side phrase", phrase_dates._SIDE_PHRASE, "search", lambda t: "," in t, "It closed, after a fire"),
    ("until", subordinate._UNTIL, "search", lambda t: "unt" in t.lower() or "ll" in t.lower(), "TİLL "),
    ("since", dateless._SINCE_BEFORE, "search", lambda t: "nce" in t.lower(), "the highest ſince "),
    ("afterthought", clause_pieces._AFTERTHOUGHT, "search", lambda t: "," in t,
     "agreed to hear it, with arguments"),
    ("participle", clause_pieces.PARTICIPLE, "search", lambda t: "ing" in t, "fell after hitting a reef"),
    ("closed aside", clause_pieces._CLOSED_ASIDE, "search", lambda t: t.count(",") > 1,
     "bought the vase, looted in 1943 and sold, on Friday"),
    ("take effect", verbs._TAKE_EFFECT, "search", lambda t: "ffect" in t.lower(), "the rules TAKE EFFECT"),
    ("regular past", relatives._REGULAR_PAST, "fullmatch", lambda t: t.endswith("ed"), "signed"),
    ("subordinate", focus._SUBORDINATE, "search", _holds(focus._SUB_WORDS), "fell ſINCE the"),
    ("until subordinate", focus._SUBORDINATE, "search", _holds(focus._SUB_WORDS), "fell UNTİL the"),
    ("intent", focus._INTENT, "search", lambda t: "to" in t, "voted to close"),
    ("record", shapes._RECORD_HINT, "search", _holds(shapes._RECORD_FRAGMENTS), "hİgh"),
    ("later opener", later_clauses._OPENERS, "search", _holds(("after", "before", "pr")), "PRİOR to "),
    ("pronoun", relatives._PRONOUN_HINT, "search", lambda t: "that" in t or "which" in t or "who" in t,
     "a strike that began"),
    ("when", subordinate._WHEN, "search", lambda t: "when" in t, "it fell when it"),
    ("slash before", beside_dates._SLASH_BEFORE, "search", lambda t: t.endswith("/"), "March/"),
    ("slash after", beside_dates._SLASH_AFTER, "match", lambda t: t.startswith("/"), "/April"),
    ("signature", signatures._TWEET_SIGNATURE, "search", lambda t: "(@" in t, "— Ana Berg (@anaberg) "),
    ("bullet", segment._BULLET, "match", lambda t: t[:1] in "-*•·" or t[:1].isdigit(), "12) "),
    ("but", segment._BUT, "search", lambda t: "but" in t, ", but "),
    ("and", segment._AND, "search", lambda t: "," in t, ", and then"),
    ("adverbs", re.compile(r"(?:\b[a-z]+ly\s+)+\Z"), "search",  # subject_heads.short_subject's
     lambda t: t[-1:].isspace() and t.rstrip().endswith("ly"), "Both jointly "),
    ("other time", attachment._OTHER_TIME, "search", _holds(attachment._OTHER_TIME_FRAGMENTS), "AMİD "),
]

_VOCAB = [
    "would", "Would", "will", "WILL", "he", "they", "heard", "said", "Berg", "Ana", "The", "she", "it",
    "was,", "were,", "was", "flooding", "not",
    "never", "didn't", "had", "they", "that", "about", "his", "years", "between", "from", "and", "1990",
    "than", "THAN", "more", "with", "following", "after", "the", "until", "TİLL", "untıl", "till", "since",
    "ſince", "SINCE", "highest", "hitting", "sold", "looted", "take", "TAKE", "effect", "Eﬀect", "signed",
    "need", ",", ", ", ".", "-", "—", "when", "WHEN", "because", "once", "ONCE", "that", "to", "voted",
    "plans", "best", "record", "HİGH", "hıgh", "low", "mark", "PEAK", "prior", "PRİOR", "which", "who",
    "March/", "/April", "/", "(@anaberg)", "Ana", "amid", "AMİD", "during", "DURİNG", "despite", "ahead",
    "of", "following", "FOLLOWİNG", "jointly", "ſINCE", "UNTİL",
]
_TEXTS = st.tuples(
    st.lists(st.sampled_from(_VOCAB), max_size=12), st.sampled_from([" ", "  ", "\t", ", "]), st.booleans()
).map(lambda parts: parts[1].join(parts[0]) + (" " if parts[2] else ""))


@pytest.mark.parametrize(
    ("pattern", "way", "look", "text"), [c[1:] for c in CHECKS], ids=[c[0] for c in CHECKS]
)
def test_the_pattern_matches_its_example_and_the_look_holds(pattern, way, look, text):
    assert getattr(pattern, way)(text) is not None
    assert look(text)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_every_match_holds_what_is_looked_for(text):
    for name, pattern, way, look, _ in CHECKS:
        found = getattr(pattern, way)(text)
        assert found is None or look(found.group()), (name, text)


_INTENT_WORDS = [
    "his", "bid", "bİd", "BID", "bıd", "plan", "Invitation", "INVİTATİON", "effort", "push", "to", "visit",
    "that", "Bethlehem", "for", ",", ".", "(", "“", "the", "offer", "PROPOſAL", "TO",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_INTENT_WORDS), max_size=10), st.sampled_from([" ", "  ", "\t"]))
def test_the_look_before_intent_lets_every_match_through(words, gap):
    before = gap.join(words) + " "
    assert date_names._INTENT.search(before) is None or date_names._may_intend(before), before


def test_intent_example():
    before = "rejected his bİd to visit Bethlehem for "
    assert date_names._INTENT.search(before) and date_names._may_intend(before)
    assert not date_names._may_intend("rejected his bid, to the regret of many, for ")


@pytest.mark.parametrize(
    "word", ["released", "RELEASED", "sold", "hundred", "sought", "dİed", "ſold", "said,", "a b"]
)
def test_is_past_form_cached_as_the_pattern(word):
    assert verbs.is_past_form(word) == (verbs._PAST.fullmatch(word) is not None)
    assert verbs.is_past_form.__wrapped__(word) == verbs.is_past_form(word)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab.\n \tZ", max_size=12), st.text(alphabet="ab.\n \tZ", max_size=12))
def test_a_broken_line_is_joined_only_before_a_lowercase_letter(first, second):
    text = f"{first}\n{second}"
    lines = list(segment._LINE.finditer(text))
    for before, line in zip(lines, lines[1:], strict=False):
        left = line.start()
        if segment._BROKEN.match(text, before.end() - 1, left + 1):
            assert "a" <= text[left] <= "z"
