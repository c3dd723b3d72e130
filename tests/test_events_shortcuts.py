"""The event layer's shortcuts give what the plain way gives: each is switched off and the events compared."""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import (
    date_labels,
    date_leads,
    dateless,
    events,
    figure_dates,
    phrase_dates,
    references,
    relatives,
    rewordings,
    segment,
    spans,
    tellers,
)
from timeline.models import Document
from timeline.models import TimeExpression as Timex
from timeline.spans import may_end_on
from timeline.temporal import tag

DCT = dt.date(2025, 10, 25)

# Invented documents in the shapes the shortcuts pass over or must not: undated sentences before, between and
# after dated ones, episodes that go on, headings and the items under them, datelines, notes about the page.
DOCUMENTS = [
    ("undated around dated",
     "The council met in the old hall. Nobody spoke for an hour.\nThe bridge closed on Monday. Crews "
     "inspected the cables. They found two cracks. Engineers ordered repairs. The work began. Traffic moved "
     "to the ferry. Residents complained.\nA new mayor takes office next year. She has promised change."),
    ("dateline and episode",
     "PORTVILLE, Oct. 3, 2024 (Valley Post) -- The river burst its banks on Tuesday. Water reached the "
     "square. Shops closed early.\nOfficials will meet again. Nothing was decided."),
    ("heading and items",
     "Committee session May 12, 2025\nRoad plan approved for the east side.\nThe contractor asked for more "
     "time.\n\nOther business\nThe reserve stays flat.\n## June 2, 2025\n- Crews poured the base.\n- The "
     "vendor will ship gates on June 20."),
    ("markdown heading",
     "## March 3\nThe fund raised its target. Donors gave more than expected.\n# Notes\nThe office moved."),
    ("notes about the page",
     "Published March 3, 2026\nAn earlier version of this article misstated the date.\nThe storm hit the "
     "coast on Friday. Power failed across the county. Crews worked through the night."),
    ("future episode and report",
     "The company said the plant would close in 2027. Workers were told. The union said it would fight the "
     "plan. Talks ended without a deal."),
    ("no dates at all", "The town is quiet. The market opens at dawn.\nFishermen sell their catch."),
]


@pytest.mark.parametrize("continuation", ["evidence", "event", "off"])
@pytest.mark.parametrize(("name", "text"), DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_passing_over_idle_sentences_changes_nothing(monkeypatch, name, text, continuation):
    document = Document(id="doc", text=text, date=DCT)
    timexes = tag(text, dct=DCT)
    quick = events.extract(document, timexes, continuation=continuation)
    monkeypatch.setattr(events, "_idle", lambda *args: False)  # every sentence the plain way
    # every line cut into sentences, none passed over
    monkeypatch.setattr(segment, "sentences_of_lines", lambda text, wanted: iter(segment.sentences(text)))
    plain = events.extract(document, timexes, continuation=continuation)
    assert [e.model_dump() for e in quick] == [e.model_dump() for e in plain]


# Words and marks that build the ends dateless's patterns match ("had not seen for ", "storms over ", "1989-")
# and some that nearly do: "İ" and "ı" fold to "i" under re.I.
_END_WORDS = ["not", "never", "n't", "been", "seen", "for", "For", "FOR", "fore", "over", "Over", "OVER",
              "throughout", "within", "wİthin", "wıthin", "cover", "1989", "12", "-", "–", " ", "  ", "\n",
              "\t", "x", ","]


@given(st.lists(st.sampled_from(_END_WORDS), max_size=10).map("".join))
@settings(max_examples=1500, deadline=None)
def test_end_checks_let_through_every_match(before):
    """without_dates searches each pattern that ends on words and \\Z only where may_end_on (or the dash
    check) says such a word ends the text: no other text holds a match."""
    if not may_end_on(before, ("for",), fold=False):
        assert dateless._NEGATED_SPELL.search(before) is None
    if not may_end_on(before, date_leads.SPAN_LEAD_WORDS):
        assert date_leads.SPAN_LEAD.search(before) is None
    if not before.rstrip().endswith(("-", "–")):
        assert dateless._UNREAD_START.search(before) is None


@pytest.mark.parametrize(("before", "words", "fold", "expected"), [
    ("streets they had not seen for ", ("for",), False, True),
    ("streets they had not seen for", ("for",), False, False),  # no space: the pattern needs one
    ("storms over  ", date_leads.SPAN_LEAD_WORDS, True, True),
    ("storms OVER ", date_leads.SPAN_LEAD_WORDS, True, True),
    ("the cover of ", date_leads.SPAN_LEAD_WORDS, True, False),
    ("wıthin ", date_leads.SPAN_LEAD_WORDS, True, True),  # not ASCII: left to the pattern
])
def test_may_end_on(before, words, fold, expected):
    assert may_end_on(before, words, fold=fold) is expected


# Words that build what relatives._REDUCED matches ("three men killed in", "the treaty, first signed by") and
# what nearly does: determiners and counts, nouns, participles, adverbs, the words after a participle.
_REDUCED_WORDS = ["the", "a", "three", "1,200", "its", "men", "treaty", "agreement", "killed", "signed",
                  "built", "sold", "first", "also", "in", "by", "last", "Monday", "year", "and", "that", "of",
                  ",", "  ", "\n", "said", "plant,", "x"]


@given(st.lists(st.sampled_from(_REDUCED_WORDS), max_size=30).map(" ".join), st.integers(0, 12),
       st.integers(0, 200))
@settings(max_examples=1500, deadline=None)
def test_reduced_matches_its_pattern(text, start, end):
    expected = [m.span() for m in relatives._REDUCED.finditer(text, start, end)]
    assert [m.span() for m in relatives._reduced(text, start, end)] == expected


# Words that build a record's "since" ("its biggest drop since it was started") and text that is not ASCII,
# which re.I may read as "since" ("ſince").
_SINCE_WORDS = ["its", "biggest", "drop", "since", "Since", "SINCE", "ſince", "sínce", "it", "was", "started",
                "the", "market", "opened", "sinc", "e", " ", "\n"]


@given(st.lists(st.sampled_from(_SINCE_WORDS), max_size=14).map(" ".join))
@settings(max_examples=1000, deadline=None)
def test_since_check_lets_through_every_record(before):
    assert phrase_dates._may_say_since(before) or phrase_dates._RECORD_SINCE.search(before) is None


def test_other_spaces_are_the_ascii_white_space_but_the_space():
    assert set(spans._OTHER_SPACES) == {chr(c) for c in range(128) if chr(c).isspace()} - {" "}


@given(st.lists(st.sampled_from(["a", "b,", " ", "  ", "\t", "\n", "\x1c", "\u00a0", "\u2009", "é", "x y"]),
                max_size=12).map("".join))
@settings(max_examples=1000, deadline=None)
def test_single_spaced_is_the_substitution(joined):
    assert spans.single_spaced(joined) == spans._SPACES.sub(" ", joined)


# Words that build what references._FIGURE_PERIOD matches before a date ("a loss of $3 million for the",
# "results for its fiscal year 2025") and some that nearly do.
_FIGURE_WORDS = ["a", "loss", "of", "$3", "million", "for", "For", "the", "its", "their", "results", "fiscal",
                 "year", "2025", "percent", "%", "shares", "forth", "theirs", " ", "\n", "ıts"]


@given(st.lists(st.sampled_from(_FIGURE_WORDS), max_size=10).map(" ".join), st.sampled_from(["", " ", "  "]))
@settings(max_examples=1500, deadline=None)
def test_figure_period_check_lets_through_every_match(before, space):
    before += space
    ends = may_end_on(before, references._FIGURE_PERIOD_ENDS)
    assert ends or references._FIGURE_PERIOD.search(before) is None


# The words of date_leads.DATE_LEAD's branches in several cases, words that hold them ("nearby", "clothe",
# "Inn"), other words and white space: leads such as "by the end of the", "until at least", "as far back as".
_LEAD_WORDS = ["by", "By", "BY", "the", "The", "end", "beginning", "of", "Of", "at", "least", "most",
               "latest", "as", "far", "back", "early", "no", "later", "than", "shortly", "after", "just",
               "before", "prior", "subsequent", "to", "this", "that", "another", "in", "on", "during",
               "until", "since", "rest", "about", "nearby", "clothe", "Inn", "x", "said", "2019", "-", ",",
               " ", "\n", "  "]


def _plain_date_lead(before):
    """date_leads.date_lead the plain way: the same checks, then the search of _DATE_LEAD with re.I."""
    if not before[-1:].isspace():
        return None
    end = before.rstrip()[-16:]
    if end.isascii() and not end.lower().endswith(date_leads.LEAD_ENDS):
        return None
    words = before.rsplit(None, date_leads.LEAD_WORDS)
    start = max(0, len(before) - 60, len(words[0]) if len(words) > date_leads.LEAD_WORDS else 0)
    return date_leads.DATE_LEAD.search(before, start)


@given(st.lists(st.sampled_from(_LEAD_WORDS), max_size=12).map(" ".join), st.sampled_from([" ", "  ", "\n"]))
@settings(max_examples=3000, deadline=None)
def test_date_lead_is_the_plain_search(before, space):
    before += space
    plain, quick = _plain_date_lead(before), date_leads.date_lead(before)
    assert (plain and (plain.span(), plain.group().lower())) == (
        quick and (quick.span(), quick.group().lower())
    )


@pytest.mark.parametrize(("before", "lead"), [
    ("The plant will close by the end of the ", "by the end of the "),
    ("Sales rose until at least ", "until at least "),
    ("Records go as far back as ", "as far back as "),
    ("The clothe end of the ", "the end of the "),  # "the" needs no word boundary before "end of"
    ("The shop opened in ", "in "),
    ("The shop opened ", None),  # no word a lead ends on: no search
    ("The shop is near the ", "the "),
])
def test_date_lead(before, lead):
    found = date_leads.date_lead(before)
    assert (found.group() if found else None) == lead


# Words that build what date_labels' checked patterns match before a date ("Happy ", "the planned vote ",
# "figures for the period to ") and some that nearly do, with text re.I reads as them ("ſcheduled").
_LABEL_WORDS = ["Happy", "happy", "Merry", "HAPPY", "a", "planned", "Scheduled", "ſcheduled", "pıanned",
                "expected", "slated", "proposed", "vote", "on", "for", "period", "week", "up", "to", "TO",
                "ending", "ended", "through", "throuGH", "tO", "into", "the", "figures", " ", "\n", "\t",
                "\u00a0", "x,"]
_LABEL_ENDS = ["", " ", "  ", "\n"]


@given(st.lists(st.sampled_from(_LABEL_WORDS), max_size=10).map(" ".join), st.sampled_from(_LABEL_ENDS))
@settings(max_examples=2000, deadline=None)
def test_label_checks_let_through_every_match(before, space):
    before += space
    greeting = may_end_on(before, date_labels._GREETING_ENDS, fold=False)
    assert greeting or date_labels._GREETING.search(before) is None
    assert date_labels._may_be_planned(before) or date_labels._PLANNED.search(before) is None
    period_to = may_end_on(before, date_labels._PERIOD_TO_ENDS)
    assert period_to or date_labels._PERIOD_TO.search(before) is None


# Befores the checked patterns match, so the property above is not empty: (before, pattern).
LABEL_MATCHES = [
    ("Happy ", "_GREETING"),
    ("the scheduled vote on ", "_PLANNED"),
    ("the ſcheduled vote ", "_PLANNED"),
    ("final figures for the period to ", "_PERIOD_TO"),
    ("data for the week\tending\n", "_PERIOD_TO"),
]


@pytest.mark.parametrize(("before", "pattern"), LABEL_MATCHES, ids=[m[0] for m in LABEL_MATCHES])
def test_label_checks_pass_a_match(before, pattern):
    assert getattr(date_labels, pattern).search(before) is not None
    assert may_end_on(before, date_labels._GREETING_ENDS, fold=False) or pattern != "_GREETING"
    assert date_labels._may_be_planned(before) or pattern != "_PLANNED"
    assert may_end_on(before, date_labels._PERIOD_TO_ENDS) or pattern != "_PERIOD_TO"


# Words that build a role and its holder between commas ("its chief economist, Ruth Okafor, said") and some
# that nearly do ("economists,", "the head of it,").
_ROLE_WORDS = ["its", "the", "chief", "economist", "economists", "head", "Head", "officer", "of", "it",
               "Ruth", "Okafor", "Ivo", "Brandt", "said", "met", "on", ",", ", ", ",\n", " ", "-"]


@given(st.lists(st.sampled_from(_ROLE_WORDS), max_size=12).map(" ".join))
@settings(max_examples=2000, deadline=None)
def test_role_check_lets_through_every_match(title):
    title = title.replace(" ,", ",")
    assert rewordings._may_name_role(title) or rewordings._ROLE_THEN_NAME.search(title) is None


@pytest.mark.parametrize("title", ["met the bank's chief economist, Ruth Okafor, on Monday",
                                   "was elevating its chief operating officer, Ivo Brandt, to president"])
def test_role_check_passes_a_match(title):
    assert rewordings._ROLE_THEN_NAME.search(title) is not None
    assert rewordings._may_name_role(title)


@given(st.text(st.sampled_from("said reported xy ,."), max_size=40), st.integers(0, 40), st.integers(0, 40))
@settings(max_examples=500, deadline=None)
def test_telling_word_check_is_find_in_the_span(text, start, end):
    found = any(text.find(word, start, end) >= 0 for word in tellers._TELLING_WORDS)
    assert any(map(text[start:end].__contains__, tellers._TELLING_WORDS)) is found


# relatives._RELATIVE before its lookaheads and possessive runs (the plain pattern), and words that try its
# four kinds of antecedent, names after a title, ages, acronyms and runs that end inside a word ("Lawmakers").
_PLAIN_RELATIVE = re.compile(
    relatives._RELATIVE.pattern.removeprefix(r"(?=[^\W\d_])")
    .replace(r"[\w'’-]++\s++){0,4}?", r"[\w'’-]+\s+){0,4}?")
    .replace(r"|(?=[A-Z])(?:(?:Mr", r"|(?:(?:Mr")
)
_RELATIVE_WORDS = ["the", "a", "strike", "lawmakers", "Lawmakers", "inflation", "that", "which", "who",
                   "began", "peaked", "Fed", "Chair", "Jerome", "Powell,", "Mr.", "Dr.", "On", "Monday",
                   "(LF),", "51,", "of", "its", "after", "newly", "rose", "thes", "ſo", "İts", "9", "_x", ",",
                   "  ", "\n"]


@given(st.lists(st.sampled_from(_RELATIVE_WORDS), max_size=24).map(" ".join), st.integers(0, 14))
@settings(max_examples=1500, deadline=None)
def test_relative_pattern_matches_the_plain_one(text, start):
    def found(pattern):
        return [(m.span(), m.groupdict(), m.span("np")) for m in pattern.finditer(text, start)]
    assert found(relatives._RELATIVE) == found(_PLAIN_RELATIVE)


@pytest.mark.parametrize("text", [
    "the nine-day strike that began on Monday",
    "Fed Chair Jerome Powell, who spoke on Monday",
    "Mr. Smith, 51, who joined in May",
    "the Liberation Front (LF), which was founded",
    "Lawmakers who opposed it",
    "to fight inflation that peaked in 2022",
])
def test_relative_pattern_finds_the_plain_match(text):
    assert _PLAIN_RELATIVE.pattern.count("(?=") < relatives._RELATIVE.pattern.count("(?=")  # a plain one
    match = relatives._RELATIVE.search(text)
    assert match is not None and match.span() == _PLAIN_RELATIVE.search(text).span()


# Lines of invented text in the shapes segment cuts: stops, abbreviations, datelines, bullets, quotations, a
# line broken inside a sentence, blank lines.
_LINES = [
    "The vote was held on Monday. It passed.", "BONN, Germany (AP) _ Talks resumed.", "- Crews poured it.",
    "Mr. Smith left the U.S. The next day he spoke.", '"Go! Go!" they said. Nobody moved.', "and became",
    "governor in 1990.", "", "   ", "1. First item", "Storm hits coast", "It rose 5 p.m. Then it fell...",
]


@given(st.lists(st.sampled_from(_LINES), max_size=8).map("\n".join), st.integers(0, 2**8 - 1))
@settings(max_examples=300, deadline=None)
def test_sentences_of_lines_are_the_sentences_of_the_lines_kept(text, mask):
    lines = []  # the lines sentences_of_lines was asked about, in order

    def wanted(start, end):
        lines.append((start, end))
        return bool(mask >> (len(lines) % 8) & 1)

    kept = list(segment.sentences_of_lines(text, wanted))
    every = segment.sentences(text)
    assert list(segment.sentences_of_lines(text, lambda start, end: True)) == every
    chosen = [line for i, line in enumerate(lines, 1) if mask >> (i % 8) & 1]
    assert kept == [s for s in every if any(a <= s[0] and s[1] <= b for a, b in chosen)]


# Words and figures that build the windows before a figure's baseline ("up 9% from", "compared with the same
# period of", "higher than those of") and some that nearly do, with letters that fold under re.I.
_BASELINE_PIECES = [
    "up", "down", "from", "From", "FROM", "than", "compared", "with", "to", "against", "versus", "that",
    "those", "of", "in", "on", "the", "same", "period", "a", "jump", "drop", "by", "$3", "9%", "20.1",
    "percent", "about", "Friday's", "fſom", "thaN", ",", " ", "  ", "\n",
]


@given(st.lists(st.sampled_from(_BASELINE_PIECES), max_size=14).map(" ".join),
       st.sampled_from(["2003", "the previous year", "Wednesday", "last year"]),
       st.sampled_from(["", "'s close", ", when it fell"]))
@settings(max_examples=1500, deadline=None)
def test_baseline_words_let_through_every_match(before, date, after):
    text = f"Sales fell {before}{date}{after}."
    start = len(f"Sales fell {before}")
    timex = Timex(start=start, end=start + len(date), text=date, type="DATE", value="2003")
    plain = any(
        pattern.search(text, max(0, start - 60), start) and (then is None or then.match(text, timex.end))
        for pattern, then in figure_dates._BASELINE
    )
    window = text[max(0, start - 60) : start].lower()
    if any(map(window.__contains__, figure_dates._COMPARED_WORDS)) and plain:
        assert figure_dates.is_baseline(text, timex)
    for (pattern, _), words in zip(figure_dates._BASELINE, figure_dates._BASELINE_WORDS, strict=True):
        if window.isascii() and pattern.search(text, max(0, start - 60), start):
            assert any(word in window for word in words)


_CLAUSE_PIECES = ["The", "vote", "3.5%", "_", "K", "\u212a", "İ", "-", "\x1c", "\t", " ", "é"]


@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=60)
       | st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=10).map("".join))
@settings(max_examples=1500, deadline=None)
def test_event_id_words_are_the_plain_words(clause):
    plain = " ".join(re.findall(r"\w+", clause.lower()))
    expected = hashlib.sha1("\x00".join(["doc", plain, "2024"]).encode()).hexdigest()[:12]
    assert events.event_id("doc", clause, "2024") == expected
