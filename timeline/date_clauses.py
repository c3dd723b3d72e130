"""Give each date of a sentence the clause it dates, and drop a date that a narrower one restates.

A sentence with dates of two values is cut into clauses between them ("The plant opened in 2019 | and
closed in March 2023"); the clauses without a date join the dated clause before them. A vague date that only
says in which period a narrower date of the same clause lies dates nothing of its own ("In 2019 the plant
opened in March").
"""

from __future__ import annotations

import re

from timeline import segment
from timeline.dating import Dated
from timeline.models import TimeExpression

__all__ = ["clause_spans", "narrowest"]

# A participle aside still open at the end of a clause: "bought the vase, looted in 1943".
_IN_ASIDE = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?!(?:when|then|even|often|seven|eleven|between|open|happen)\b)"
    r"(?:[a-z]{3,}ed|[a-z]{2,}en)\b[^,;]*\Z"
)  # "stolen in 1972", not ", when"


def clause_spans(text: str, sentence: tuple[int, int], dated: list[Dated]) -> list[tuple[int, int]]:
    """Give each date of a sentence the clause span it dates: the sentence, or one of its clauses.

    Clauses are cut only between dates of different values; the clauses without a date join the dated
    clause before them (or, at the head of the sentence, the first dated one).
    """
    if len({d.when.value for d in dated}) < 2:
        return [sentence] * len(dated)
    pieces = []
    date_ends = {(d.end_timex or d.timex).end for d in dated}
    for piece in segment.clauses(text, *sentence):
        # "in contrast to Thursday, when 133 people were arrested": "when" after a date describes that date
        if pieces and pieces[-1][1] in date_ends and re.match(r"when\b", text[piece[0] : piece[1]]):
            pieces[-1] = (pieces[-1][0], piece[1])
        elif pieces and _IN_ASIDE.search(text, pieces[-1][0], pieces[-1][1]) and (
            second := re.match(r"and\s+[a-z]+ed\b[^,;]*,", text[piece[0] : piece[1]])
        ) and not any(piece[0] <= d.timex.start < piece[0] + second.end() for d in dated):
            # "bought the vase, looted in 1943 | and handed back to its owners, on Friday": one aside, the
            # second predicate undated ("launched in 2016 and widened in 2022," are two)
            pieces[-1] = (pieces[-1][0], piece[1])
        else:
            pieces.append(piece)
    owner = [next((i for i, (s, e) in enumerate(pieces) if s <= d.timex.start < e), 0) for d in dated]
    heads = sorted(set(owner))
    bounds = {}
    for rank, head in enumerate(heads):
        first = sentence[0] if rank == 0 else pieces[head][0]
        last = pieces[heads[rank + 1] - 1][1] if rank + 1 < len(heads) else sentence[1]
        bounds[head] = (first, last)
    return [bounds[i] for i in owner]


def narrowest(
    text: str, kept: list[Dated], spans: list[tuple[int, int]]
) -> list[tuple[Dated, tuple[int, int]]]:
    """Pair each date with its clause, without a date that a narrower one of the same clause lies in.

    "On Saturday the club held its first open day this year": Saturday dates the open day, "this year"
    only says which year; "In 2019 the plant opened in March" happened in March 2019.
    """
    pairs = list(zip(kept, spans, strict=True))
    return [(d, s) for d, s in pairs if not any(
        o is not d and t == s and _restates(text, d, o) for o, t in pairs
    )]


# A vague date that only names the current period: "this year", "this month", "earlier this week".
_THIS_PERIOD = re.compile(r"(?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:year|month|week)", re.I)


def _restates(text: str, vague: Dated, narrow: Dated) -> bool:
    """Tell whether a date only says in which period a narrower date of its clause lies: the narrower one
    was read from it ("In 2019 the plant opened in March"), stands right beside it ("Four years later, in
    April 1998"), or it names the current period ("on Saturday ... this year").
    """
    inside = vague.when.start <= narrow.when.start and narrow.when.end <= vague.when.end
    if vague.end_timex is not None or not inside:
        return False
    if (narrow.when.start, narrow.when.end) == (vague.when.start, vague.when.end):
        return False
    first, second = sorted((vague.timex, narrow.timex), key=lambda t: t.start)
    beside = re.fullmatch(r"\s*,?\s*(?:in|on|at)?\s*", text[first.end : second.start]) is not None
    read_from = vague.timex.tid is not None and narrow.timex.anchor == vague.timex.tid
    # "this year" in the same stretch of the clause: not "issued March 3, which will earn ... this year"
    # a front date's own comma parts nothing: "Last year, the water turned green in August"
    front = first is vague.timex and text.startswith(",", first.end) and _opens(text, first)
    gap = first.end + 1 if front else first.end
    plain = _BOUNDARY.search(text, gap, second.start) is None
    return beside or read_from or (plain and _THIS_PERIOD.fullmatch(vague.timex.text) is not None)


def _opens(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date opens its sentence, after a preposition at most: "Last year,", "In 2019,"."""
    head = ("\n" if timex.start <= 16 else "") + text[max(0, timex.start - 16) : timex.start]
    return re.search(r"(?:[.!?\"”]\s+|\n\s*)(?:(?:In|On|At|During|By)\s+)?\Z", head) is not None


# What parts a clause between two of its dates: a comma, a colon, a relative pronoun, a telling, an agent
# ("shortages caused by drought earlier this year"); or joins them into a range: "this year through August".
_BOUNDARY = re.compile(
    r"[,:;()—–]|\b(?:and|but|or|which|who|that|when|said|says|after|before|since|while|because|as|by|through|until|till"
    r"|to|from)\b"
)
