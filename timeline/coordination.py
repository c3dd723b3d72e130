"""Find the coordinated clause that a date belongs to: "Prices rose, and last week the bank raised its
rate" dates the bank's move, not the rise; "The suspect was back in court on Monday -- and the judge set
a date of May 2 for a hearing" dates the setting of the date by May 2, the return to court by Monday.

A clause after ", and", "; and", "-- and" or ", but" with a subject of its own (a noun phrase, a name, a
role and a name; a front date may come first; not a pronoun, which leans on the first clause) is a
clause of its own: a date inside it dates it alone. No parser: the conjunction, then a short subject and
a verb, each with an example.
"""

from __future__ import annotations

import re

from timeline import attribution, subjects
from timeline.leads import led
from timeline.spans import Span
from timeline.verbs import first_verb, has_verb

# The conjunction that joins two clauses: ", and the bank", " -- and judge Ann Lee", "; but the court"; a
# "but" with no comma ("could not be verified but a doctor said"); a spaced dash alone, as a stop between two
# sentences ("will become a Lord though - the Government last year dropped knighthoods").
_JOIN = led(r"[,;\s]",
    r"(?:,|;|\s--|\s[—–])\s*(?:and|but)\s+|\s+but\s+"
    # a contrast with a clause of its own: ", while the bank held", " whereas corn fell", ", yet the coach
    # wanted"; not "for a while" nor "has not yet"
    r"|(?:,\s*|(?<!\ba)(?<!\bthe)\s+)(?:while|whereas)\s+|[,;]\s*yet\s+"
    # "yet" with no comma, as "but": "rose yet the index fell"; not an adverb ("not yet", "has yet to", "as
    # yet", "the best yet", "yet another", "yet a third")
    r"|(?<!\bnot)(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bas)(?<!\bnor)(?<!\band)(?<!\bor)(?<!est)(?<!\bmost)"
    r"\s+yet\s+(?!(?:a|an|another|again|more|even|still)\b)"
    # a dash alone opens a sentence of its own: a spaced hyphen as a stop ("will reopen - the Board revoked"),
    # a long dash before a capital (not "in July -- the first government since ...", an apposition)
    r"|\s-\s+(?!(?:and|but)\b)|\s(?:--|—|–)\s+(?=(?-i:[A-Z]))(?!(?:And|But)\b)"
)
# What every join holds, looked for first as it costs least.
_JOIN_WORDS = (" and ", " but ", " while ", " whereas ", " yet ", " - ", " -- ", " — ", " – ")
# A subject's first word: a determiner, a capital (a name, a role before a name), a number or a pronoun;
# not a verb or an adverb ("and then adjourned" shares the subject of its first clause).
_SUBJECT_START = re.compile(
    r"(?:(?i:the|a|an|its|his|her|their|our|some|many|most|several|no|police|officials)\b"
    r"|[A-Z]|\d)"
)

# A person's pronoun, which finishing.finish resolves to the first clause's named subject: "and (she) set a
# hearing"; not "they", "it", whose titles ("They got it") tell nothing without the first clause.
_PRONOUN = re.compile(r"(?:he|she)\s")

# Any subject pronoun, which ends a first clause the date is in: "(resigned in May) but he stayed".
_ANY_PRONOUN = re.compile(r"(?:he|she|it|they|we|I)\s")
# A subject of lowercase words ending on a plural or a mass noun, no determiner: "but traders (pushed)",
# "whereas corn prices (fell)", "while inflation (eased)"; not an adverb ("but later"), a verb's -ing
# ("while playing") or a function word ("yet to").
_BARE_PLURAL = re.compile(
    r"(?!(?:[a-z]+ly|also|then|still|only|not|now|even|instead|rather|to|as|so|in|on|at|of|for|its|this|these"
    r"|those|there|here|what|who|which|if|when)\b)"
    r"(?:(?![a-z]+ing\b)[a-z]+\s+){0,2}(?:[a-z]{2,}[^s\W]s|[a-z]+(?:tion|ment))(?=\s)"
)
# A closed quotation, whose marks are not counted: 'called it "a failure" but'.
_QUOTES = re.compile(r'"[^"]*"')


def part_of(text: str, span: Span, own: Span, others: list[Span]) -> Span | None:
    """Return the span of the coordinated clause of `text[span]` that holds the date `own`, or None.

    The second clause when the date lies after the conjunction (its first clause then keeps its own
    dates, if any); the first one when the date lies before it and the second holds a date of its own:
    "Tokyo shares fell on Monday, and on Tuesday the yen rose" gives "Tokyo shares fell" and "the yen
    rose". None when no conjunction parts the clause or the words after it share the first subject.
    """
    part = _part(text, span, own, others)
    if part is not None and attribution.dated_tail(text, span, own):
        return None  # "..., and most jobs were in schools, the council said last year": the telling's date
    return part


def _part(text: str, span: Span, own: Span, others: list[Span]) -> Span | None:
    """Return part_of's answer, before asking whether the date is the telling's."""
    if not any(map(text[span[0] : span[1]].__contains__, _JOIN_WORDS)):
        return None  # most clauses: no conjunction, asked first as it costs least
    for join in reversed(list(_JOIN.finditer(text, span[0], span[1]))):
        # a pronoun leans on the first clause, but a date after the conjunction is its clause's: "(Judge Ann
        # Lee ruled that ...), and she set a hearing for May 2": she set it then
        contrast = not re.search(r"\band\b", join.group())  # "and markets rose" stays the first clause's
        second = _second_start(text, join.end(), span[1], [own, *others], pronoun=own[0] >= join.end(),
                               before=own[1] <= join.start(), contrast=contrast)
        first = text[span[0] : join.start()]
        if _QUOTES.sub("", first).count('"') % 2 or first.count("“") > first.count("”"):
            continue  # 'said on Monday "we tried but the money ran out"': the quotation's words
        # "The hearing of the driver, who is held in custody, and the organisers": no first clause
        if second is None or not has_verb(first) or re.match(r"\s*(?:who|which)\b", first.rsplit(",", 1)[-1]):
            continue
        if re.search(r"\bbetween\s(?![^,]*\band\s)[^,]*,", first):
            continue  # "a venture between X, based in Lyon, and Y": one noun phrase
        if own[0] >= join.end():
            # "but funds lifted it the next day as they awaited a rule due on May 1": the date is a later
            # clause's, after another date and a verb
            if any(second <= o[0] and o[1] <= own[0] and _runs_on(text, o[1], own[0]) for o in others):
                return None
            return second, span[1]
        if own[1] <= join.start() and not _runs_on(text, own[1], join.start()):
            # "Crews will return on Thursday, and a report is due": the second clause, with a subject of
            # its own, is another event, dated or not
            return span[0], join.start()
        return None
    return None


def _runs_on(text: str, start: int, end: int) -> bool:
    """Tell whether the words between a date and a conjunction hold a verb of their own: "(rose in May)
    after the bank had cut its rate(, and ...)": the date's clause may be the one cut off."""
    return has_verb(text[start:end])


def _second_start(
    text: str, start: int, end: int, dates: list[Span], *, pronoun: bool = False, before: bool = False,
    contrast: bool = False,
) -> int | None:
    """Return where the clause after a conjunction starts when it has a subject of its own, or None.

    A front date ("and last week a statement threatened") is skipped to find the subject, but the clause
    starts at it, so that the title drops it with the other date phrases. `before`: the date is the first
    clause's. `contrast`: the conjunction is "but", "while", "whereas" or "yet", after which a bare plural is
    a subject ("but traders pushed"), and so is any pronoun when `before` ("resigned in May but he stayed").
    """
    at = start
    for date in dates:
        if date[0] == at:
            comma = re.match(r"\s*,?\s*", text[date[1] : date[1] + 3])
            at = date[1] + comma.end()
    front = re.match(r"(?i:on|in|at|by|during)\s+", text[at : at + 8])
    if front and any(d[0] == at + front.end() for d in dates):
        return _second_start(text, at + front.end(), end, dates, pronoun=pronoun, before=before,
                                                  contrast=contrast) and start
    role = re.match(r"(?P<role>[a-z]+)\s+[A-Z]", text[at : at + 40])  # "and judge Ann Lee set"
    if not (_SUBJECT_START.match(text, at, end) or role and subjects.is_person_noun(role["role"])
            or pronoun and _PRONOUN.match(text, at, end) and subjects.coordinated_name(text, at)
            or contrast and before and _ANY_PRONOUN.match(text, at, end)
            or contrast and _BARE_PLURAL.match(text, at, end)):
        return None
    verb = first_verb(text, at, end)
    if verb is None:
        return None
    bare = contrast and _BARE_PLURAL.match(text, at, end)
    if bare and not _SUBJECT_START.match(text, at, end) and text[bare.end() : verb.start()].strip():
        return None  # "but traders (pushed)": the plural is the whole subject, right before the verb
    subject = text[at : verb.start()]
    if not subject.strip() or re.search(r",|\s(?:-|--|—|–)\s", subject) or len(subject.split()) > 8:
        return None
    if re.search(r"\b(?:who|which|that|whose|since|after|before|when|because|until)\b", subject):
        return None  # "and the governor who took office": a relative clause on an object, no subject
    if any(at <= d[0] < verb.start() for d in dates):
        return None  # "and May's figures showed": no subject of its own, a date in it
    return start
