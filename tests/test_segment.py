import pytest

from timeline import datelines, segment, spans
from timeline.segment import clauses, paragraphs, sentences

# (text, the sentences it splits into), written by the team.
SENTENCE_CASES = [
    ("plain", "The vote passed. Critics objected.", ["The vote passed.", "Critics objected."]),
    (
        "question and exclamation",
        "Who won? Nobody knows! Talks go on.",
        ["Who won?", "Nobody knows!", "Talks go on."],
    ),
    ("U.S. mid-sentence", "The U.S. Embassy reopened on Monday.", ["The U.S. Embassy reopened on Monday."]),
    (
        "a sentence opening with a name in small first letter",
        "Apple showed the phone. iOS 4 ships on June 21. The U.S. iPhone launch follows. eBay fell.",
        [
            "Apple showed the phone.", "iOS 4 ships on June 21.", "The U.S. iPhone launch follows.",
            "eBay fell.",
        ],
    ),
    (
        "U.S. at the end",
        "Troops returned to the U.S. The next day they left.",
        ["Troops returned to the U.S.", "The next day they left."],
    ),
    (
        "month abbreviation",
        "The law took effect Jan. 5 after a vote.",
        ["The law took effect Jan. 5 after a vote."],
    ),
    ("titles", "Mr. Smith met Dr. Jones and Gen. Lee.", ["Mr. Smith met Dr. Jones and Gen. Lee."]),
    (
        "initial",
        "John F. Kennedy spoke first. Then others.",
        ["John F. Kennedy spoke first.", "Then others."],
    ),
    (
        "number abbreviation",
        "He lives at No. 10 now. No. He moved.",
        ["He lives at No. 10 now.", "No.", "He moved."],
    ),
    (
        "company",
        "Shares of Acme Inc. rose. Acme Inc. The End.",
        ["Shares of Acme Inc. rose.", "Acme Inc.", "The End."],
    ),
    ("decimal", "Prices rose 1.5 percent. Rates fell.", ["Prices rose 1.5 percent.", "Rates fell."]),
    (
        "quote closes after the stop",
        'He said, "We won." Then he left.',
        ['He said, "We won."', "Then he left."],
    ),
    (
        "curly quote closes after the stop",
        "“We won,” she said. “It was hard.” She left.",
        ["“We won,” she said.", "“It was hard.”", "She left."],
    ),
    (
        "ellipsis inside a quote",
        'He said, "Scams drain our economy... We need help." Then he left.',
        ['He said, "Scams drain our economy... We need help."', "Then he left."],
    ),
    (
        "exclamation inside a quote",
        'The crowd chanted "Go! Go!" as the vote passed. Then it ended.',
        ['The crowd chanted "Go! Go!" as the vote passed.', "Then it ended."],
    ),
    ("time of day", "They met at 3 p.m. Friday in Paris.", ["They met at 3 p.m. Friday in Paris."]),
    (
        "heading without a stop",
        "Tech sector\nBig companies have raised concerns.",
        ["Tech sector", "Big companies have raised concerns."],
    ),
    (
        "agency dateline",
        "LYON, France (AP)_ A forged receipt will cost the club.",
        ["LYON, France (AP)_", "A forged receipt will cost the club."],
    ),
    (
        "dateline on its own line",
        "NAIROBI, Kenya (AP) _\n\nThe figures are in.",
        ["NAIROBI, Kenya (AP) _", "The figures are in."],
    ),
    (
        "dash dateline",
        "GENEVA - The treaty moved closer to force.",
        ["GENEVA -", "The treaty moved closer to force."],
    ),
    (
        "a quotation opened by backquotes starts a sentence",
        "The plant closed on Monday. ``We will rebuild,'' the mayor said.",
        ["The plant closed on Monday.", "``We will rebuild,'' the mayor said."],
    ),
    (
        "a line broken inside a sentence joins the next",
        "The mayor was elected in 2010 and became\ngovernor a decade later. She left.\n\nnew paragraph",
        ["The mayor was elected in 2010 and became\ngovernor a decade later.", "She left.", "new paragraph"],
    ),
    (
        "a dateline in title case, vouched for by the agency",
        "Port Louis, May 3 (Xinhua) -- The island's port reopened on Friday.",
        ["Port Louis, May 3 (Xinhua) --", "The island's port reopened on Friday."],
    ),
    (
        "dateline of a national agency",
        "OTTAWA, Nov. 5 (CP) - The minister will table the budget.",
        ["OTTAWA, Nov. 5 (CP) -", "The minister will table the budget."],
    ),
    (
        "dateline with an accented capital",
        "ZÜRICH, June 2, 2026 (dpa) - The café chain grew.",
        ["ZÜRICH, June 2, 2026 (dpa) -", "The café chain grew."],
    ),
    (
        "a decade ends a sentence, an initial does not",
        "She turned to design in the 1950s. She opened a studio. John F. Kennedy came.",
        ["She turned to design in the 1950s.", "She opened a studio.", "John F. Kennedy came."],
    ),
    (
        "dateline with a date",
        "LIMA, Feb. 7, 2024 (AP) — A quake shook Peru on Tuesday.",
        ["LIMA, Feb. 7, 2024 (AP) —", "A quake shook Peru on Tuesday."],
    ),
    (
        "dateline with a day and month",
        "ROTTERDAM, March 14 (Reuters) - Dock workers walked out.",
        ["ROTTERDAM, March 14 (Reuters) -", "Dock workers walked out."],
    ),
    (
        "dateline with two words, a state and a date",
        "SAN FRANCISCO, Calif., Feb. 7 (AP) — Markets fell.",
        ["SAN FRANCISCO, Calif., Feb. 7 (AP) —", "Markets fell."],
    ),
    ("dash dateline with a date", "NEW YORK, May 4 - Stocks rose.", ["NEW YORK, May 4 -", "Stocks rose."]),
    (
        "dateline of any outlet in brackets after a place in capitals",
        "WASHINGTON (Wire) - The Senate voted on Thursday.",
        ["WASHINGTON (Wire) -", "The Senate voted on Thursday."],
    ),
    (
        "dateline of an outlet of several words after a place and its country",
        "MOSCOW, Russia (Harbor Gazette) -- Talks resumed.",
        ["MOSCOW, Russia (Harbor Gazette) --", "Talks resumed."],
    ),
    (
        "a capitalised word and a bracket in a sentence is no dateline",
        "The NATO (alliance) - led force withdrew.",
        ["The NATO (alliance) - led force withdrew."],
    ),
    (
        "a press-release wire's dateline",
        "NEW YORK, Nov. 3, 2025 /PRNewswire/ -- Acme said sales rose.",
        ["NEW YORK, Nov. 3, 2025 /PRNewswire/ --", "Acme said sales rose."],
    ),
    (
        "a press-release wire's dateline without a date",
        "SAN JOSE, Calif. /Business Wire/ - Acme said sales rose.",
        ["SAN JOSE, Calif. /Business Wire/ -", "Acme said sales rose."],
    ),
    (
        "a press-release wire's dateline after a comma",
        "NEW YORK, /PRNewswire/ -- Acme said sales rose.",
        ["NEW YORK, /PRNewswire/ --", "Acme said sales rose."],
    ),
    ("a dash in a sentence is no dateline", "The U.S. - China talks end.", ["The U.S. - China talks end."]),
    (
        "list items",
        "Results:\n- Kenya: 192 dead\n* Tanzania: 10 dead\n1. Total counted",
        ["Results:", "Kenya: 192 dead", "Tanzania: 10 dead", "Total counted"],
    ),
    ("lowercase after stop", "The rate is 5 p.c. and rising.", ["The rate is 5 p.c. and rising."]),
    (
        "a clock time's a.m. ends a sentence before an opener of time",
        "Pickets formed shortly before 6 a.m. By midday ships were waiting.",
        ["Pickets formed shortly before 6 a.m.", "By midday ships were waiting."],
    ),
    (
        "a clock time's p.m. ends a sentence before 'Later'",
        "The vote ended at 9 p.m. Later the mayor spoke.",
        ["The vote ended at 9 p.m.", "Later the mayor spoke."],
    ),
    (
        "a pictograph between two sentences of a live blog opens neither",
        "Police said on Tuesday. 🚒 Fire crews worked. 👨‍🚒 Crews left. ☀️ Heat hit. 👍🏽 Turnout rose.",
        ["Police said on Tuesday.", "Fire crews worked.", "Crews left.", "Heat hit.", "Turnout rose."],
    ),
    (
        "a pictograph inside a sentence stays",
        "Fans cheered 🎉 as the team won. Then it rained.",
        ["Fans cheered 🎉 as the team won.", "Then it rained."],
    ),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in SENTENCE_CASES], ids=[c[0] for c in SENTENCE_CASES]
)
def test_sentences(text, expected):
    assert [text[s:e] for s, e in sentences(text)] == expected


def test_sentences_within_a_span_keep_document_offsets():
    text = "Intro line.\nThe vote passed. Critics objected."
    start = text.index("The")
    spans = sentences(text, start, len(text))
    assert [text[s:e] for s, e in spans] == ["The vote passed.", "Critics objected."]
    assert spans[0][0] == start


def test_paragraphs_are_non_empty_lines():
    text = "First para.\n\n  Second para. Still second.\nThird\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["First para.", "Second para. Still second.", "Third"]


# (sentence, its clauses), written by the team.
CLAUSE_CASES = [
    (
        "comma or is an apposition in figures",
        "It earned $4 million, or 11 cents a share, a year ago.",
        ["It earned $4 million, or 11 cents a share, a year ago."],
    ),
    (
        "comma and",
        "Diplomats proposed it in 2017, and it was approved the following year.",
        ["Diplomats proposed it in 2017", "and it was approved the following year."],
    ),
    (
        "semicolon",
        "The vote was delayed; it took place on Monday.",
        ["The vote was delayed", "it took place on Monday."],
    ),
    (
        "comma but",
        "Talks began in May, but they stalled in June.",
        ["Talks began in May", "but they stalled in June."],
    ),
    (
        "and then",
        "It opened in May and then closed in June.",
        ["It opened in May", "and then closed in June."],
    ),
    (
        "comma then",
        "The dam cracked on Monday, then gave way on Tuesday.",
        ["The dam cracked on Monday", "then gave way on Tuesday."],
    ),
    (
        "dash",
        "Talks ended in 2019 — a year later they resumed.",
        ["Talks ended in 2019", "a year later they resumed."],
    ),
    (
        "no break",
        "The council approved the budget on Monday.",
        ["The council approved the budget on Monday."],
    ),
    (
        "plain and is not a break",
        "Russia and China signed on Monday.",
        ["Russia and China signed on Monday."],
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CLAUSE_CASES], ids=[c[0] for c in CLAUSE_CASES])
def test_clauses(text, expected):
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == expected


# (text, start, end, the trimmed span): the one trimming rule segment.py and datelines.py share.
TRIM_CASES = [
    ("no space", "abc", 0, 3, (0, 3)),
    ("spaces both ends", "  ab \n", 0, 6, (2, 4)),
    ("inside a range", "x  ab  y", 1, 7, (3, 5)),
    ("only whitespace", " \t\n ", 0, 4, None),
    ("empty range", "abc", 2, 2, None),
]


@pytest.mark.parametrize(("text", "start", "end", "span"), [c[1:] for c in TRIM_CASES],
                         ids=[c[0] for c in TRIM_CASES])
def test_trim(text, start, end, span):
    assert spans.trim(text, start, end) == span


def test_datelines_live_in_their_own_module():
    """The dateline patterns are datelines.py's; segment.py uses its `dateline` and shares one `trim`."""
    import inspect

    assert not hasattr(segment, "_DATELINES") and datelines._DATELINES
    assert segment.dateline is datelines.dateline
    assert segment.trim is spans.trim and datelines.trim is spans.trim
    assert len(inspect.getsource(segment).splitlines()) <= 400
    text = "LIMA, Feb. 7, 2024 (AP) — Police said."
    assert [text[s:e] for s, e in segment.sentences(text)] == ["LIMA, Feb. 7, 2024 (AP) —", "Police said."]


LIST = "The board met " + ", ".join(f"on {d} May {y}" for y in range(2001, 2009) for d in range(1, 29)) + "."
# (id, text, the longest piece, the pieces that must be whole): a run without a full stop longer than
# LONGEST_SENTENCE (a list or a table run together) is cut after a comma, never inside a date; a sentence
# under it is left whole.
LONG_CASES = [
    ("a-list-of-dates-run-together", LIST, spans.LONGEST_SENTENCE, None),
    ("no-comma-cut-at-a-space", "word " * 1000, spans.LONGEST_SENTENCE, None),
    ("a-long-sentence-under-the-limit", "The vote, " * 150 + "passed.", 1507,
     ["The vote, " * 150 + "passed."]),
]


@pytest.mark.parametrize(
    ("text", "longest", "whole"), [c[1:] for c in LONG_CASES], ids=[c[0] for c in LONG_CASES]
)
def test_a_run_longer_than_a_sentence_is_cut_after_a_comma(text, longest, whole):
    spans = sentences(text)
    pieces = [text[s:e] for s, e in spans]
    assert max(len(p) for p in pieces) <= longest
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    assert all(p.endswith((",", ".")) for p in pieces) or "," not in text
    if whole is not None:
        assert pieces == whole
