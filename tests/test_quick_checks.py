"""The cheap pre-checks before costly patterns: each must let through every text the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    attribution,
    compress,
    date_names,
    dateless,
    datelines,
    finishing,
    references,
    relatives,
    shapes,
    shorten,
    surnames,
    textmeta,
)
from timeline.models import TimeExpression
from timeline.temporal import quick
from timeline.title_ends import CUT_BEFORE


def _alternatives(pattern: str) -> list[str]:
    """Split a regex source at its top-level "|" (not inside a group or a character class)."""
    parts, depth, current, escaped, in_class = [], 0, "", False, False
    for char in pattern:
        if escaped:
            current, escaped = current + char, False
            continue
        if char == "\\":
            current, escaped = current + char, True
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        current += char
    return [*parts, current]


ROLE_WORDS = _alternatives(surnames._ROLE_WORDS) + _alternatives(surnames._LOWER_ROLES)


@pytest.mark.parametrize("alternative", ROLE_WORDS, ids=lambda a: a[:30])
def test_every_role_word_holds_a_hint(alternative):
    # a role word added to the pattern without a hint would be skipped by the pre-check
    assert any(hint in alternative for hint in surnames.ROLE_HINTS)


# (text, words, lacks): True only when no word can be there in any letter case.
LACKS_CASES = [
    ("Monday, Monday, ", ("said",), True),
    ("He SAID Monday", ("said",), False),
    ("He Said Monday", ("said", "told"), False),
    ("He ſaid Monday", ("said",), False),  # "ſ" matches "s" under re.IGNORECASE: the pattern decides
    ("It rained on Monday", ("since", "from"), True),
]


@pytest.mark.parametrize(("text", "words", "expected"), LACKS_CASES, ids=[c[0] for c in LACKS_CASES])
def test_lacks(text, words, expected):
    assert quick.lacks(text, 0, len(text), words) is expected
    if expected:  # the pattern it guards finds nothing either
        assert re.search("|".join(words), text, re.IGNORECASE) is None


# Titles with and without a role: the pre-check changes nothing.
SURNAME_CASES = [
    ("Chilean Foreign Minister Rosa Vial is scheduled to meet Peruvian Trade Minister Ana Quispe", "Vial"),
    ("The committee heard from several witnesses about the proposed bridge over the river", "The committee"),
    ("England captain Marcus Ode scored twice as the home side won the final in extra time", "Ode"),
]


@pytest.mark.parametrize(("title", "start"), SURNAME_CASES, ids=[c[1] for c in SURNAME_CASES])
def test_surnames_after_the_precheck(title, start):
    assert surnames.surnames(title).startswith(start)


# Pre-checks of the event layer: (text, whether the pattern it guards may match). Each pre-check must say
# yes wherever its pattern matches; the hypothesis tests below try word salads of the patterns' own words.
DATELINE_CASES = [
    ("LIMA, Feb. 7, 2024 (AP) — Police said", True),
    ("GENEVA - The talks resumed", True),
    ("NEW YORK, Nov. 3, 2025 /PRNewswire/ -- Acme said", True),
    ("SAN JOSE, Calif. /Business Wire/ Acme said", True),  # a slash alone
    ("The council voted on Monday.", False),  # no dash, bracket or slash
    ("(AP) — police said", False),  # no capital first
]


@pytest.mark.parametrize(("text", "hinted"), DATELINE_CASES, ids=[c[0][:20] for c in DATELINE_CASES])
def test_dateline_precheck(text, hinted):
    passes = (datelines.DATELINE_FIRST.match(text) is not None
              and datelines.DATELINE_MARK.search(text) is not None)
    assert passes is hinted
    if not passes:
        assert datelines.dateline(text, 0, len(text)) is None


_DATELINE_WORDS = ["LIMA", "SAN JOSE", "Port Ellis", "Hong Kong", ", ", ", Maine", ", Feb. 7", ", 3 October",
                   ", 2024", " (AP)", " (Valley Post)", " — ", " - ", " -- ", " _ ", " /Business Wire/ ",
                   "Police said", "\n", "-"]


@given(st.lists(st.sampled_from(_DATELINE_WORDS), max_size=8).map("".join))
@settings(max_examples=400, deadline=None)
def test_every_dateline_passes_the_precheck(text):
    if any(pattern.match(text) for pattern in datelines._DATELINES):
        assert datelines.DATELINE_FIRST.match(text) and datelines.DATELINE_MARK.search(text)


_CLAUSE_WORDS = [
    "the", "deal", "three", "men", "Mr.", "Smith", "strike", ",", " ", " ", "which", "that", "who", "was",
    "signed", "killed", "built", "in", "by", "May", "Friday", "last", "year", "first", "began", "inflation",
    "peaked", "lawmakers", "the treaty signed", "three men killed", "its plant, built",
]


@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=14).map(" ".join))
@settings(max_examples=600, deadline=None)
def test_relative_clauses_pass_their_prechecks(text):
    if relatives._RELATIVE.search(text):
        assert relatives._PRONOUN_HINT.search(text)
    if relatives._REDUCED.search(text):
        assert relatives._REDUCED_HINT.search(text)


_TITLE_CHARS = ["to", " ", ",", "\t", "in", "ing", "--", "a", "for", "x", "which"]


@given(st.lists(st.sampled_from(_TITLE_CHARS), min_size=20, max_size=60).map("".join))
@settings(max_examples=400, deadline=None)
def test_cut_places_are_cut_before_and_every_space(title):
    end = shorten.MAX_TITLE + 1
    before = {m.start() for m in CUT_BEFORE.finditer(title, 0, end) if m.start() >= 20}
    spaces = {m.start() for m in re.finditer(r"\s", title[:end]) if m.start() >= 20}
    assert {m.start() for m in shorten._CUT_AT.finditer(title, 20, end)} == before | spaces


# Attributions and their hint: every TAIL holds a word of TAIL_HINT.
TAIL_CASES = [
    ("Sales rose in May, the board said.", True),
    ("The plant will close, according to the union", True),
    ('"We will rebuild," said Jane Doe, a spokeswoman', True),
    ("The plant will close in May", False),
]


@pytest.mark.parametrize(("title", "attributed"), TAIL_CASES, ids=[c[0][:24] for c in TAIL_CASES])
def test_tail_hint(title, attributed):
    assert (attribution.search_tail(title) is not None) is attributed
    assert (attribution.TAIL.search(title) is not None) is attributed


_TAIL_WORDS = ["the", "board", "said", "says", "told", "reporters", "according", "to", "X", ",", ".", '"',
               "it", "was", "reported", "announced", "on", "Monday", "here", "Jane", "Doe", "police", "added"]


@given(st.lists(st.sampled_from(_TAIL_WORDS), max_size=10).map(" ".join))
@settings(max_examples=600, deadline=None)
def test_every_tail_holds_a_hinted_word(title):
    if attribution.TAIL.search(title):
        assert attribution.TAIL_HINT.search(title)


_MARK_CHARS = ["a", " ", "\t", ",", ".", ";", ":", "!", "?", "b"]


@given(st.lists(st.sampled_from(_MARK_CHARS), max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_space_before_a_mark_is_hinted(joined):
    spaced = dateless._SPACE_BEFORE_MARK.search(joined) is not None
    assert spaced is (dateless._MARK_AFTER_SPACE.search(joined) is not None)


_CONTACT_WORDS = ["the", "donors", "city", "honoured", "praised", "a", "group", "visited", "three", "men",
                  "police", "arrested", "its", "plant", "met", "in", "May", "was", "he", "thanked", "their"]


@given(st.lists(st.sampled_from(_CONTACT_WORDS), max_size=12).map(" ".join))
@settings(max_examples=600, deadline=None)
def test_kept_contact_clauses_pass_their_precheck(text):
    kept = [c for c in relatives._CONTACT.finditer(text) if relatives._is_object(text, 0, c.span("np"), c)]
    if kept:
        assert relatives._CONTACT_HINT.search(text)


# Words that try each part of the hint: a capital determiner, a past form, a run with a digit or a mark
_HINT_WORDS = [*_CONTACT_WORDS, "An", "ITS", "our", "ran", "fed", "walked", "Blamed", "sent", "x-ray",
               "o'clock", "1990s", "led,", "seen.", "bit", "caféed", "\n", "\t"]


@given(st.lists(st.sampled_from(_HINT_WORDS), max_size=10).map(" ".join), st.integers(0, 6),
       st.integers(0, 80))
@settings(max_examples=800, deadline=None)
def test_contact_hint_is_read_as_its_pattern(text, start, end):
    expected = relatives._CONTACT_HINT.search(text, start, end) is not None
    assert relatives._contact_hinted(text, start, end) is expected


# Words that try _REDUCED_BARE: its prepositions (and words holding one: "into", "onto", "often"), plurals,
# participles, a comma, an adverb and a date after them
_BARE_WORDS = ["of", "over", "for", "to", "on", "about", "against", "from", "into", "onto", "often", "with",
               "transfers", "loans", "charges", "made", "issued", "tied", "signed", "first", "in", "2021",
               "May,", "the", "said", "  ", "\n", "loans,", "gas", "seen"]


@given(st.lists(st.sampled_from(_BARE_WORDS), max_size=14).map(" ".join), st.integers(0, 12),
       st.integers(0, 120))
@settings(max_examples=800, deadline=None)
def test_bare_reduced_matches_its_pattern(text, start, end):
    expected = [m.span() for m in relatives._REDUCED_BARE.finditer(text, start, end)]
    assert [m.span() for m in relatives._bare_reduced(text, start, end)] == expected


# Words that try _RELATIVE's four kinds of antecedent: a determiner's phrase, a plural, a mass noun before
# "that", a name with a role, an acronym and an age; its pronouns, verbs after them, commas
_RELATIVE_WORDS = ["the", "a", "strike", "lawmakers", "inflation", "that", "which", "who", "began", "peaked",
                   "was", "Mr.", "Jerome", "Powell,", "Fed", "Chair", "(LF),", "51,", "Front", "of", "and",
                   "said", "now", "quickly", "\n", "  ", "rose", "Monday"]


@given(st.lists(st.sampled_from(_RELATIVE_WORDS), max_size=24).map(" ".join), st.integers(0, 12),
       st.integers(0, 200))
@settings(max_examples=1000, deadline=None)
def test_relatives_match_their_pattern(text, start, end):
    expected = [m.span() for m in relatives._RELATIVE.finditer(text, start, end)]
    assert [m.span() for m in relatives._relatives(text, start, end)] == expected


# Page stamps: each stamp word of references._STAMP_BEFORE holds one of STAMP_HINTS (the pattern is
# case-sensitive, so the substring test is exact).
STAMP_WORDS = ["First published", "Last updated", "Published", "Updated", "Posted", "Filed", "Modified"]


@pytest.mark.parametrize("word", STAMP_WORDS)
def test_every_stamp_word_holds_a_hint(word):
    assert references._STAMP_BEFORE.search(f"{word}: ")
    assert any(hint in word for hint in references.STAMP_HINTS)


def test_the_stamp_words_are_all_listed():
    # a word added to the pattern must be added above (and to the hints)
    pattern = references._STAMP_BEFORE.pattern
    assert all(re.search(rf"\b{word.split()[-1]}\b", pattern) for word in STAMP_WORDS)
    assert len(re.findall(r"[A-Z][a-z]+", references._STAMP_BEFORE.pattern)) == len(STAMP_WORDS)


RECORD_CASES = [
    "The bowler took 80 wickets, beating his previous best of 72 wickets in ",
    "Shares hit 1,500, above the old record of 1,420 points set on ",
    "The index fell, nearing its all-time low of 900 points reached in ",
]


@pytest.mark.parametrize("text", RECORD_CASES, ids=[c.split(",")[1][:30] for c in RECORD_CASES])
def test_records_pass_their_precheck(text):
    found = shapes._RECORD.search(text)
    assert found and shapes._RECORD_HINT.search(text)
    assert shapes.record(text + "2019", (0, len(text) + 4), (len(text), len(text) + 4)) == (
        found["np"][:1].upper() + found["np"][1:]
    )


# finishing.without_label and without_parenthesis skip their substitution unless a label opens the title, or
# "update" stands anywhere in it, or a parenthesis opens: the same title as the substitution every time.
LABEL_CASES = [
    ("UPDATE: Talks resumed", "Talks resumed"),
    ("Breaking - Talks resumed", "Talks resumed"),
    ("Talks resumed UPDATE 2 - Officials met", "Talks resumed Officials met"),
    ("Talks resumed, update 3 -Officials met", "Talks resumed, Officials met"),
    ("Talks resumed after the update", "Talks resumed after the update"),
    ("Q: Was the deal signed", "Was the deal signed"),
]


@pytest.mark.parametrize("title, expected", LABEL_CASES, ids=[c[0] for c in LABEL_CASES])
def test_without_label(title, expected):
    assert finishing.without_label(title) == expected == finishing._LABEL.sub("", title)


_LABEL_WORDS = ["UPDATE", "Update", "uPdAtE", "update", "Q", "A", "BREAKING", "Correction", " ", "  ", "2",
                "12", "-", ":", ",", "—", "Talks", "x", "(", ")", "(GMT)", "Q:"]


@given(st.lists(st.sampled_from(_LABEL_WORDS), max_size=12).map("".join))
@settings(max_examples=600, deadline=None)
def test_label_and_parenthesis_skips_are_exact(title):
    assert finishing.without_label(title) == finishing._LABEL.sub("", title)
    assert finishing.without_parenthesis(title) == finishing._PARENTHESIS.sub("", title)


_ASIDE_WORDS = ["Lee", "the", "leader", ",", ", ", "who", "said", "12,000", "a", "two", "but", "met", " "]


@given(st.lists(st.sampled_from(_ASIDE_WORDS), max_size=12).map(" ".join))
@settings(max_examples=600, deadline=None)
def test_an_aside_holds_two_commas(title):
    if finishing._ASIDE.search(title) or finishing._ASIDE_NUMBERS.search(title):
        assert title.count(",") > 1


# Sentences for textmeta.corrected, whose word look skips the notice pattern: the answer is the pattern's,
# letters that re.I folds ("İ", "ſ") and a word the look passes without a notice ("over") included.
CORRECTED_CASES = [
    ("notice", "An earlier version of this article misstated the count."),
    ("dotted capital", "AN EARLIER VERSİON OF THIS STORY GAVE THE WRONG DATE."),
    ("long s", "An earlier verſion of this post named the wrong town."),
    ("heading", "Correction: the figure was wrong."),
    ("amended", "This report has been amended to add a name."),
    ("word only", "The river rose over the bank."),
    ("no word", "Crews worked through the night."),
]


@pytest.mark.parametrize(("label", "sentence"), CORRECTED_CASES, ids=[c[0] for c in CORRECTED_CASES])
def test_corrected_answers_as_its_pattern(label, sentence):
    assert textmeta.corrected(sentence) is (textmeta._CORRECTED.search(sentence) is not None)


@pytest.mark.parametrize("rule", compress._RULES, ids=[r[2][:40] for r in compress._RULES])
def test_compress_rule_examples_pass_their_gate(rule):
    pattern, _replacement, example, gate = rule
    assert pattern.search(example)
    assert gate in example if isinstance(gate, str) else any(piece in example for piece in gate)


# Words that build what date_names._CONTENT matches, in any case, and some that break it.
_CONTENT_WORDS = [
    "expressed", "Voiced", "amid", "with", "responding to", "new", "growing", "confidence", "Hopes", "fears",
    "claims", "ALLEGATIONS", "figures", "data", "prospects", "that", "That", "he", "they", "of", "a", "the",
    "showing", "Revealing", "would", "will", "fall", "prices", "rise", "in", ",", "átomo", "ſtudies", "Fears",
]


@given(st.lists(st.sampled_from(_CONTENT_WORDS), max_size=14).map(lambda words: " ".join(words) + " "))
@settings(max_examples=800, deadline=None)
def test_in_content_agrees_with_its_patterns(before):
    """date_names.in_content's lowered pre-checks (ASCII text) let through every text _CONTENT matches
    after _NOUNS (the unhurried test it replaces)."""
    plain = date_names._NOUNS.search(before) is not None and date_names._CONTENT.search(before) is not None
    timex = TimeExpression(text="2001", start=len(before), end=len(before) + 4, type="DATE", value="2001")
    assert date_names.in_content(before + "2001", timex) == plain


@pytest.mark.parametrize(("before", "held"), [
    ("Leaders expressed confidence that the strike would end by ", True),
    ("He was responding to claims he failed to act on abuse in ", True),
    ("Officials voiced new Fears that prices will rise ", True),
    ("Leaders expressed confidence on ", False),
    ("The confidence of the team rose in ", False),
])
def test_in_content(before, held):
    timex = TimeExpression(text="May", start=len(before), end=len(before) + 3, type="DATE", value="2001-05")
    assert date_names.in_content(before + "May", timex) is held


def test_noun_stems_are_the_words_of_nouns():
    """date_names._NOUN_STEMS are _NOUNS's alternatives as plain lowercase words: a substring test of each
    answers as the search of _NOUNS on lowered ASCII text."""
    assert all(re.fullmatch(r"[a-z]+", stem) for stem in date_names._NOUN_STEMS)
    assert "|".join(date_names._NOUN_STEMS) == date_names._NOUNS.pattern


# Words that build what dateless._TOLD_SUBJECT matches at the end of a head, and some that break it.
_TOLD_WORDS = [*dateless._TOLD_VERBS, "that", "That", "and", "or", "2001", "1999", "The", "bank", "Says", "x",
               "sayso", "thatand", "\n", ","]


@given(st.lists(st.sampled_from(_TOLD_WORDS), max_size=8).map(" ".join))
@settings(max_examples=800, deadline=None)
def test_told_ends_let_through_every_told_subject(head):
    """dateless._is_subject searches _TOLD_SUBJECT only in a head ending on one of _TOLD_ENDS: no other head
    holds a match."""
    assert head.endswith(dateless._TOLD_ENDS) or dateless._TOLD_SUBJECT.search(head) is None


@pytest.mark.parametrize(("sentence", "date", "subject"), [
    ("The bank says 2026 will be harder", "2026", True),
    ("Analysts said that 2027 will bring growth", "2027", True),
    ("The fund expects 2001 and 2002 combined will produce less", "2002", True),
    ("2025 was the warmest year", "2025", True),
    ("The council met in 2024 to vote", "2024", False),
    ("The bank says prices in 2026 will be harder", "2026", False),
])
def test_is_subject(sentence, date, subject):
    start = sentence.index(date)
    assert dateless._is_subject(sentence, (start, start + len(date)), (0, len(sentence))) is subject
