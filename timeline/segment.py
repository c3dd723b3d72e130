"""Cut news text into paragraphs, sentences and clauses, as (start, end) character spans.

Spans index the text unchanged, so that evidence offsets slice the document exactly. Spans never start or
end on whitespace. The rules are tuned for news copy: datelines ("BONN, Germany (AP) _"), abbreviations
("U.S.", "Jan. 5", "Mr. Smith"), quotes closing after the full stop, headings and list items on their own
line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from timeline import attribution
from timeline.datelines import dateline
from timeline.leads import led
from timeline.spans import Span, pieces, trim
from timeline.verbs import IRREGULAR_PAST, RESULT_PARTICIPLES, has_verb, plural_present

# Abbreviations after which a full stop never ends a sentence (the next word belongs to the same one).
_NEVER_FINAL = {
    # Mr. Smith, Gen. Lee, Sen. Doe
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm",
    "maj", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "gens", "sens", "reps",
    # St. Louis, Mt. Everest, Martin Luther King Jr. said (a sentence ending in "Jr." is rarer)
    "st", "mt", "ft", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # Jan. 5
    "vol", "art", "fig", "pp", "ca", "approx", "vs", "cf", "e.g", "i.e",  # Vol. 2, vs. Iraq
    # Pasadena, Calif., said; Austin, Tex., where
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo",
}
# Abbreviations that never end a sentence when a number follows: "No. 10", "Nos. 3 and 4".
_BEFORE_NUMBER = {"no", "nos"}
# Abbreviations that may end a sentence: a boundary only when a usual sentence opener follows.
_MAYBE_FINAL = {"inc", "corp", "co", "ltd", "bros", "plc", "llc", "p.m", "a.m", "u.s", "u.n", "u.k", "d.c"}
_OPENERS = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but",
    "and", "in", "on", "at", "for", "its", "his", "her", "their", "there", "some", "many", "most",
    "if", "when", "as", "after", "before", "while", "meanwhile", "however", "still", "yet", "so", "also",
    # "shortly before 6 a.m. By midday ships waited": openers of a time or a place
    "by", "from", "during", "until", "since", "then", "later", "earlier", "now", "today", "yesterday",
    "tomorrow", "our", "my", "your", "what", "who", "both", "each", "all", "no",
}

# Pictographs (emoji) between two sentences of a live blog or a social post, with their modifiers (variation
# selector, joiner, skin tone): "police said on Tuesday. 🚒 Fire crews worked". They open no sentence.
_PICTOGRAPH = "[\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d\U0001f3fb-\U0001f3ff]*"
# A candidate sentence end: terminal punctuation, closing quotes or brackets, then space (and pictographs)
# and an opener: a capital, a digit, or a name written with a small first letter ("iPhone sales rose").
_END = led(r"[!.?…]",
    rf"(?P<stop>[.!?]+|…)(?P<close>[\"'”’)\]]*)(?P<space>\s+(?:{_PICTOGRAPH}\s*)*)"
    r"(?=(?P<next>(?:``|[\"'“‘(\[])*(?:[A-Z0-9]|[a-z][A-Z])))"
)

# List items and bullets at the start of a line: "- item", "* item", "• item", "1. item", "2) item".
_BULLET = re.compile(r"(?:[-*•·]|\d{1,2}[.)])\s+")

# The last characters of a date phrase: "at 8 p.m.", "in 2019", "on Monday", "in May", "a year later".
_AFTER_DATE = "(?:" + "|".join(
    f"(?<={end})" for end in (r"\d", r"\.", "day", "week", "month", "year", "ago", "later", "earlier",
                              "night", "morning", "ber", "uary", "March", "April", "May", "June", "July",
                              "August", "spring", "summer", "autumn", "winter")
) + ")"
# A participle after a comma that tells what followed (verbs.RESULT_PARTICIPLES), longest first.
_RESULT = "|".join(sorted(RESULT_PARTICIPLES, key=lambda w: (-len(w), w)))
# Irregular past forms, longest first: "kept", "sought", "underwent".
_IRREGULAR = "|".join(sorted(IRREGULAR_PAST, key=lambda w: (-len(w), w)))
# Places where a sentence may be cut into clauses, each with an example.
# Every cut starts on ";", "," or a space: the lookahead first skips the other positions, where the
# date lookbehinds would otherwise all be tried (about five times faster, the same cuts).
_CLAUSE_BREAKS = re.compile(
    r"(?=[;,\s])(?P<cut>;\s+"  # the vote was delayed; it took place on Monday
    r"|,\s+(?=(?:and|but|while|whereas|although|though|yet|so|then)\b)"  # in 2017, and ... the following year
    # (", then": it burst its banks on Tuesday, then flooded the market on Wednesday)
    r"|\s+(?=(?:and then|but then)\b)"  # it opened in May and then closed in June
    # "said the fires began last winter (and that two people were hurt)", "rose (and that hurt sales)"
    r"|,?\s+(?=(?:and|but)\s+that\s)"
    # he joined the board in 2011 and became chairman in 2018 (a second predicate of the same subject)
    # ("but regained it five years later"), and a second clause with a subject of its own ("and results are")
    # right after a date: not "when two fans were detained and guards were obliged to", one clause of "when"
    rf"|{_AFTER_DATE}\s+(?=and\s+(?:the\s+|its\s+|their\s+)?[a-z]+\s+(?:are|were|is|was|will|would)\s)"
    r"|\s+(?=(?:and|but)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|died|became|began|won|lost|took|made|left|rose|fell|met|went"
    r"|came|gave|held|sold|bought|told|taught|wrote|ran|grew|spent|led|fled|sank|drew|was|were|will|would)\b)"
    # any irregular past right after a date: "She retired in 2010 but kept drawing until last year"
    rf"|{_AFTER_DATE}\s+(?=(?:and|but)\s+(?:[a-z]+ly\s+)?(?:{_IRREGULAR})\b)"
    # a present auxiliary right after a date: "doubled in 2024 and are expected to rise again this year"
    rf"|{_AFTER_DATE}\s+(?=and\s+(?:[a-z]+ly\s+)?(?:are|is|has|have|[a-z]{{2,}}[^s\W]s)\b)"
    # ("begins on October 20 and ends on November 1")
    # the barrier opened on Monday, ten years after construction began in 2015
    r"|,\s+(?=(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|a\s+few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+)?(?:after|before|since|until|because|when|once)\s"
    r"(?![a-z]+ing\b)"  # not "after growing"
    # a clause follows, with a verb before the next comma: not "eight days before the election,"
    r"(?=[^,;.]*\b(?:[a-z]{3,}ed|was|were|is|are|had|has|have|will|would|began|became|took|made|won|lost"
    r"|left|fell|rose|met|came|went|gave|held|sold|found|broke|began)\b))"
    # a participle of what followed: "released the songs in the late 1980s, prompting the band to sue in 1989"
    rf"|,\s+(?=(?:{_RESULT})\s+(?:(?:the|a|an|its|his|her|their|him|them|it|\d+)\b|[A-Z]))"
    r"|\s+[—–]\s+"  # the talks ended in 2019 — a year later they resumed
    r")"
)


# A line of text: news copy puts one paragraph on a line.
_LINE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[Span]:
    """Return the paragraphs of `text`: its non-empty lines (news copy puts one paragraph on a line)."""
    spans = []
    for match in _LINE.finditer(text):
        span = trim(text, match.start(), match.end())
        if span:
            spans.append(span)
    return spans


class _Quotes:
    """Count quotation marks from the start of a line up to a position, moving forward only.

    A line can hold thousands of stops (a feed with no line breaks): counting from the line start at
    each one would take time quadratic in the line's length.
    """

    def __init__(self, text: str, start: int) -> None:
        self.text, self.position = text, start
        self.straight = self.opening = self.closing = 0

    def open_at(self, position: int) -> bool:
        """Tell whether a quotation is open at `position` (an odd count, or more openings than closings)."""
        if position > self.position:
            self.straight += self.text.count('"', self.position, position)
            self.opening += self.text.count("“", self.position, position)
            self.closing += self.text.count("”", self.position, position)
            self.position = position
        return self.straight % 2 == 1 or self.opening > self.closing


# The longest word looked at before a stop: longer runs of letters are no abbreviation anyway.
_LONGEST_WORD = 40
_NEXT_WORD = re.compile(r"[\"'“‘(\[]*(?P<w>\w+)")


def _is_word_char(char: str) -> bool:
    return char == "." or (char.isascii() and char.isalpha())


def _word_before(text: str, position: int) -> str:
    """Return the word (letters and inner dots, starting on a letter) that ends at `position`, or ""."""
    start = position
    while start > 0 and position - start < _LONGEST_WORD and _is_word_char(text[start - 1]):
        start -= 1
    while start < position and not text[start].isalpha():
        start += 1  # the word starts on a letter: ".U.S" reads "U.S"
    return text[start:position]


# Letters with inner dots, an abbreviation: "u.s", "d.c", "e.g".
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_boundary(text: str, match: re.Match[str], quotes: _Quotes) -> bool:
    """Decide whether a full stop (or ! ? …) followed by a capital really ends a sentence."""
    stop = match.group("stop")
    if stop in ("...", "…", "!", "?") and not match.group("close"):
        # inside a quotation an ellipsis marks an omission, and "Go! Go!" goes on: the sentence continues
        return not quotes.open_at(match.start())
    if stop != "." or match.group("close"):
        return True
    word = _word_before(text, match.start()).lower()
    if not word:
        return True
    following = _NEXT_WORD.match(text, match.end())
    next_word = following.group("w") if following else ""
    if word in _NEVER_FINAL or (word in _BEFORE_NUMBER and next_word[:1].isdigit()):
        return False
    if len(word) == 1 and word.isalpha() and not text[match.start() - 2 : match.start() - 1].isdigit():
        return False  # an initial: "John F. Kennedy" (but "in the 1950s." ends)
    if word in _MAYBE_FINAL or _DOTTED.fullmatch(word):
        return next_word.lower() in _OPENERS  # "the U.S. The next day" ends; "the U.S. Embassy" does not
    return True


# A line broken inside a sentence: the next line goes on in lowercase after no final stop ("and became\n
# governor in 1990"). Not after a stop, a colon or a bullet's line; after a blank line it still joins, as
# wrapped text leaves blank lines inside sentences too (making a blank line end them split 6 te3 sentences).
_BROKEN = re.compile(r"[^.!?:;\"'”’)\s]\s*\n[ \t]*(?=[a-z])")


def _lines(text: str, start: int, end: int) -> list[Span]:
    """Return the lines of `text[start:end]`, a line broken inside a sentence joined to the next."""
    lines: list[Span] = []
    for line in _LINE.finditer(text, start, end):
        left, right = line.span()
        # _BROKEN's lookahead sees only the line's first character, which must be "a" to "z": looked at first
        if lines and "a" <= text[left] <= "z" and _BROKEN.match(text, lines[-1][1] - 1, left + 1):
            lines[-1] = (lines[-1][0], right)
        else:
            lines.append((left, right))
    return lines


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Return the sentences of `text[start:end]` as spans of `text`.

    Every line is at least one sentence (headings, list items and datelines have no final stop);
    a dateline at the head of a line is a sentence of its own.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    for left, right in _lines(text, start, end):
        _line_sentences(text, left, right, spans)
    return spans


def sentences_of_lines(text: str, wanted: Callable[[int, int], bool]) -> Iterator[Span]:
    """Yield the sentences of `text` (as `sentences` does) on the lines that `wanted(start, end)` accepts.

    A sentence never runs over a line's end (`_lines` joins a line broken inside a sentence first), so the
    sentences of a line are the same whether or not the lines around it are cut. `wanted` is asked of each
    line only when the sentences before it have been taken: a caller whose state decides (events.extract,
    which passes over a line with no date when no episode is open) sees its state as it is then.
    """
    spans: list[Span] = []
    for left, right in _lines(text, 0, len(text)):
        if wanted(left, right):
            _line_sentences(text, left, right, spans)
            yield from spans
            spans.clear()


def _line_sentences(text: str, left: int, right: int, spans: list[Span]) -> None:
    """Append the sentences of the line `text[left:right]` to `spans`."""
    head = trim(text, left, right)
    if head is None:
        return
    left = head[0]
    head = dateline(text, left, right)
    if head is not None:
        spans.append(head)
        left = trim(text, head[1], right)[0] if trim(text, head[1], right) else right
    first = text[left : left + 1]  # a bullet opens on a mark or a digit: looked at first
    bullet = _BULLET.match(text, left, right) if first in "-*•·" or first.isdigit() else None
    if bullet:
        left = bullet.end()
    cursor = left
    quotes = _Quotes(text, left)
    for match in _END.finditer(text, left, right):
        if _is_boundary(text, match, quotes):
            span = trim(text, cursor, match.start("space"))
            if span:
                spans.extend(pieces(text, *span))
            cursor = match.end("space")
    span = trim(text, cursor, right)
    if span:
        spans.extend(pieces(text, *span))


def clauses(text: str, start: int, end: int) -> list[Span]:
    """Return the clauses of the sentence `text[start:end]`, cut at coordinating conjunctions and semicolons.

    The cut is shallow (no parser): ", and" also separates items of a list, so callers join clauses
    back together where no date tells them apart.
    """
    spans = []
    cursor = start
    for match in _CLAUSE_BREAKS.finditer(text, start, end):
        span = trim(text, cursor, match.start())
        if span:
            spans.append(span)
        cursor = match.end()
    span = trim(text, cursor, end)
    if span:
        spans.append(span)
    return spans


# A pronoun or a word that leans on the clause before: "it took place on Monday", "this came in 2019".
_LEANS_BACK = re.compile(r"(?:it|he|she|they|this|that|these|those|its|his|her|their|so|then)\b", re.I)


def semicolon_part(text: str, span: tuple[int, int], own: tuple[int, int]) -> tuple[int, int]:
    """Return the part of `text[span]` between semicolons that holds the date `own`, when it is a clause.

    "The shutdown is the longest ever; the previous record was set in 2018-19": the record was set. A part
    without a verb ("profits, in April") or one that leans on the one before ("it took place") is no
    clause of its own: the whole span is.
    """
    start = text.rfind("; ", span[0], own[0])
    end = text.find("; ", own[1], span[1])
    part = (start + 2 if start >= 0 else span[0], end if end >= 0 else span[1])
    if part == span or _LEANS_BACK.match(text, part[0]):
        return span
    # every part a clause: "the leader, Senator X; the chairman, Senator Y; and ... said" is a list
    pieces = text[span[0] : span[1]].split("; ")
    # a gapped item repeats the verb of the clause before it: "Greece has promised 700 troops; Turkey, 500"
    return part if all(_is_clause(piece) or _GAPPED.fullmatch(piece) for piece in pieces) else span


# An item that leaves out the verb of the clause before it: "Turkey, 500", "and Romania, 400.".
_GAPPED = re.compile(
    r"(?:and\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:about\s+|some\s+)?[\d][\d.,]*\W*"
)


def _is_clause(piece: str) -> bool:
    """Tell whether a part between semicolons is a clause: it has a verb, or it runs five words or more
    without a comma, as a clause on a verb no list knows does ("Workers at the plant strike every
    Friday"), and not as an item of a list ("the chairman, Senator Y").
    """
    return has_verb(piece) or plural_present(piece) is not None or (
        "," not in piece and len(piece.split()) >= 5
    )


_BUT = re.compile(r",\s+but\s+")


def _before_but(text: str, span: Span, own: Span, room: int) -> Span:
    """End a span longer than `room` without its date at ", but" when the date lies before it and both
    sides have a verb.

    "A first draft circulated in early 2019, but talks stalled when the pandemic forced delegates online":
    the draft circulated in 2019; what "but" opens is another happening, and a cut further on would keep
    half of it. A short "Sales rose in March, but profits fell" stays whole.
    """
    if (span[1] - span[0]) - (own[1] - own[0]) <= room:
        return span
    but = _BUT.search(text, own[1], span[1]) if text.find("but", own[1], span[1]) >= 0 else None  # ", but "
    if but is None or not has_verb(text[span[0] : but.start()]) or not has_verb(text[but.end() : span[1]]):
        return span
    return (span[0], but.start())


_AND = re.compile(r",\s+(?:and|but)\s+(?=[a-z])")
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which|whose|whom)\b[^,;]*\Z")


# A quotation mark: '"', "“", "``".
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")


# The first word of what follows: "it", "U.S.".
_FIRST_WORD = re.compile(r"[\w'’-]+")


def _after_and(text: str, span: Span, own: Span, room: int) -> Span:
    """Start a span longer than `room` without its date after the last ", and" or ", but" before the date,
    when each side has a verb and the side after has a subject of its own.

    "Within a decade half the workforce had left, and the school on Hill Street shut its doors in the summer
    of 1991": the school shut its doors then; what came before is another happening, and a cut at the
    title's length would keep it and lose the news. Not "closed the mill, and sold it in 1991" (no subject).
    """
    if (span[1] - span[0]) - (own[1] - own[0]) <= room:
        return span
    joint = None
    joints = _AND.finditer(text, span[0], own[0]) if text.find(",", span[0], own[0]) >= 0 else ()  # ", and"
    for found in joints:
        joint = found  # the last one before the date
    if joint is None or not has_verb(text[span[0] : joint.start()]):
        return span
    if _OPEN_RELATIVE.search(text, span[0], joint.start()):  # "The trial of the youth, who is held, and the
        return span  # leaders will continue": the comma closed an aside, the verb before is the aside's
    # the date outside the quotation the joint is in ("``..., and it is humiliating,'' said X on Monday"),
    # or dating the telling ("..., the department said last year"): the sentence's news is the whole
    if _QUOTE_MARK.search(text[joint.end() : own[0]]) or attribution.dated(text, span, own):
        return span
    after = text[joint.end() : span[1]]
    first = _FIRST_WORD.match(after)
    if first is None or has_verb(first.group()) or not has_verb(after) or first.group().endswith("ly"):
        return span
    if first.group() in _LEANING:  # "and it is scheduled", "and that it hopes": who is in the first part
        return span
    return (joint.end(), span[1])


# First words after ", and" that lean on the part before: a pronoun, "that" of a second reported clause.
_LEANING = {"it", "he", "she", "they", "this", "that", "these", "those", "its", "his", "her", "their",
            "there", "if", "so", "then", "which", "who"}


def news_part(text: str, span: Span, own: Span, *, room: int) -> Span:
    """Return the part of a clause longer than `room` (without its date `own`) that a title should tell:
    the part before ", but" when the date lies there, the part after ", and" or ", but" when the date lies
    there; else the whole clause.
    """
    return _after_and(text, _before_but(text, span, own, room), own, room)
