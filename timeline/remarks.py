"""Tell a dated remark from a dated happening: a quotation of a feeling or an opinion makes no event.

'"We were tense, but it worked out," the skipper said Monday' tells how someone felt, not what happened on
Monday; nor does '"I think the fee is too high," the mayor told reporters'. A quotation whose first clause
tells a state (eventness.kind: "we were tense", "the fee is too high" once "I think" is read past) is a
remark, and so is a feeling or an attitude that kind reads otherwise ('"We aren't convinced yet"', '"We
respect the decision"', quoted_states.py); one that tells a happening or a plan stays an event ('"Two men
were arrested," police said Monday', '"We will appeal," the lawyer said Monday'), and so does a telling
with "that", which reports ('The minister said Monday that the bridge would close'). A remark may still be
evidence of the event of its day (events.extract).
"""

from __future__ import annotations

import re

from timeline.eventness import kind
from timeline.quoted_states import conceded, states
from timeline.speech import alternation

# A quotation that opens its sentence, and the attribution after it: '"We were tense," the skipper said
# Monday.', '"It is a fine day," said Ana Reyes on Friday.'
_QUOTE_FIRST = re.compile(r'\s*["“](?P<quote>[^"“”]{3,}?)[,.!?]?["”],?\s+(?P<said>[^"“”]+)\Z')
# A quotation that closes its sentence after its attribution: 'The skipper said Monday: "We were tense."'
_QUOTE_LAST = re.compile(r'(?P<said>[^"“”]+?)[,:]\s*["“](?P<quote>[^"“”]{3,}?)[,.!?]?["”]\s*\Z')
# The speech verb of an attribution: "the skipper (said) Monday", "(told) reporters".
_SAYS = re.compile(rf"\b(?:{alternation('after_speaker')}|{alternation('before_quote')})\b")
# The most words an attribution holds besides its date: "the regional fire chief told reporters at the scene".
_ATTRIBUTION_WORDS = 10
# An opinion verb after a first-person subject, read past to the opinion: "(I think) the fee is too high",
# "(We feel that) it was unfair", "(In my view,) the plan is weak".
_OPINION = re.compile(
    r"(?:(?:I|We)\s+(?:(?:really|still|just)\s+)?(?:think|believe|feel|guess|reckon|suppose)(?:\s+that)?"
    r"|(?:I\s+am|I['’]m|We\s+are|We['’]re)\s+(?:hopeful|confident|optimistic|sure|certain)(?:\s+that)?"
    r"|In\s+(?:my|our)\s+(?:view|opinion),?)\s+", re.I)
# What may come, after an opinion verb: a forecast is an event of its own (eventness rule (c)), "We are
# hopeful the work (could) start next year", "the dam (could be) finished"; not "it (could be) worse".
_MAY_COME = re.compile(r"\b(?:could|may|might)\s+(?!be\s+(?!\w+(?:ed|en)\b))", re.I)
# A plan or a happening to come, which an opinion verb only hedges ("I believe (we will) meet tomorrow") and
# eventness.kind may read as a state ("The two sides (will have) talks"); not a "be" of a state ("This
# will be like a rock dropped on one's own head").
_TO_COME = re.compile(r"\b(?:will|would|shall|going\s+to|is\s+to|are\s+to)\s+(?!be\s+(?!\w+ing\b))",
                      re.I)
# The kinds of a quotation's first clause that tell no happening (eventness.kind); not a figure, which
# reports ('"Sales were $5 million," she said'), nor a negation, which may deny a deed ("He wasn't
# arrested"): quoted_states tells a negated state ("We aren't convinced yet") from one.
_REMARKS = frozenset({"state", "speculation", "question", "instruction", "hypothetical"})
# Where a quotation's first clause gives way to another: "It was a long year(, but) we opened ...".
# An "and", "so" or "yet" turns after a comma, or an "and" before a subject pronoun: "I was (so) happy" is
# one clause, "The year was long (and we) opened two plants" two.
_TURN = re.compile(r",\s+(?:but|and|so|yet|while)\s+|\s+(?:but|while|whereas)\s+|;\s*"
                   r"|\s+and\s+(?=(?:I|we|he|she|they|it)\s)")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_remark(text: str, sentence: tuple[int, int], phrase: tuple[int, int], title: str) -> bool:
    """Tell whether a sentence only quotes someone's feeling or opinion, its date phrase `text[phrase]` in the
    quotation's first clause, which `title` tells, or in the attribution beside it."""
    words = text[sentence[0] : sentence[1]]
    if '"' not in words and "“" not in words:
        return False  # most sentences quote nothing
    found = _QUOTE_FIRST.match(words) or _QUOTE_LAST.match(words)
    if found is None:
        return False
    said = found["said"]
    at = sentence[0] + found.start("said")
    if phrase[0] >= at and phrase[1] <= at + len(said):  # the date out of the attribution's words
        said = said[: phrase[0] - at] + said[phrase[1] - at :]
    if _SAYS.search(said) is None or len(_WORD.findall(said)) > _ATTRIBUTION_WORDS:
        return False  # no attribution, or a clause of its own beside the quotation
    quote = found["quote"].strip()
    inside = sentence[0] + found.start("quote")
    turn = _TURN.search(found["quote"])
    if turn is not None and inside + turn.start() <= phrase[0] < inside + len(found["quote"]):
        return False  # '"It was a long year, but we opened two plants in May"': May's clause is no remark
    own = inside <= phrase[0] < inside + len(found["quote"])
    undated = text[inside : phrase[0]] + text[phrase[1] : inside + len(found["quote"])]  # "(Today,) it is"
    if own and not (_opens(title, found["quote"]) or _opens(title, undated)):
        return False  # '"It was our worst week since the flood in 2019," she said' titled "The flood"
    quote = conceded(quote)  # "While we are disappointed, we respect it": the clause conceded to
    opinion = _OPINION.match(quote)
    if opinion is not None:
        quote = quote[opinion.end() :]
        quote = quote[:1].upper() + quote[1:]
        if _MAY_COME.search(quote):
            return False  # "We are hopeful that the work could start next year": a forecast
    first = _TURN.search(quote)
    clause = quote[: first.start() if first is not None else len(quote)]
    if _TO_COME.search(clause):
        return False  # "I believe we will meet tomorrow", "The two sides will hold talks": a plan
    return kind(quote) in _REMARKS or states(clause)  # "We aren't convinced yet", "We respect it"


def _opens(title: str, quote: str) -> bool:
    """Tell whether a title tells a quotation's opening: their first two words after any speaker are one."""
    said = title.rfind(": ")  # 'Ana Reyes: "We were tense"'
    first = [w.lower() for w in _WORD.findall(title[said + 1 :] if said >= 0 else title)[:2]]
    return first == [w.lower() for w in _WORD.findall(quote)[:2]]
