"""Tell whether a sentence narrates the past through a finite past verb, not only through a participle.

verbs.is_past finds any past form: "Officials involved in the talks expect a deal" holds "involved" and
would narrate; but a participle that modifies a noun, follows a present "be" or a modal, or names the agent
of a passive tells of no past happening. episodes.goes_on asks this before letting a sentence go on with an
episode.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.verbs import NO_PASSIVE, is_past, is_past_form

# The words before a past form that make it no finite verb, one row each with an example: a present
# "be" or a linking verb (a present passive or a state), an article or a possessive (an adjective), "to"
# or a modal (an infinitive), a modal's or "to"'s "have" (a perfect that is no narration).
_BEFORE_NOT_FINITE = {
    "is": "The rest is administered by the city.",
    "are": "Leaders are expected to sign the pact.",
    "am": "I am pleased with the vote.",
    "be": "The ban will be lifted.",
    "being": "The case is being reviewed.",
    "remain": "Schools remain closed.",
    "remains": "The border remains closed.",
    "seem": "Talks seem stalled.",
    "seems": "The deal seems doomed.",
    "the": "Aid reached the impoverished region.",
    "a": "It was a planned visit.",
    "an": "An unnamed official spoke.",
    "its": "The city unveiled its revised plan.",
    "their": "Farmers sold their harvested grain.",
    "his": "His injured knee kept him out.",
    "her": "Her proposed budget failed.",
    "our": "Our elected leaders must act.",
    "other": "The town hall or other chosen venue.",
    "to": "The rebels want to split the country.",
    "will": "The wave will spread north.",
    "would": "The plan would cut costs.",
    "shall": "The treaty shall set limits.",
    "should": "Talks should put an end to it.",
    "can": "The court can set a date.",
    "could": "The storm could hit the coast.",
    "may": "Prices may rise.",
    "might": "The fire might spread.",
    "must": "Leaders must act.",
}
# "to have", "would have": the perfect of an infinitive or a modal ("The injury appears to have ended her
# season", "The flood could have killed hundreds").
_PERFECT_OF = {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must"}
# Past forms that modify a noun far more often than they narrate; finite only with an object after them
# ("The work involved shutting off the power"), not before a preposition or a stop ("sources involved in the
# project", "the people involved.").
_MOSTLY_PARTICIPLES = {
    "involved": "Officials involved in the talks expect a deal.",
    "based": "A group based in London issued the report.",
    "concerned": "The parties concerned will meet.",
    "related": "Charges related to the fraud are pending.",
    "aimed": "Reforms aimed at growth are under way.",
    "dubbed": "A storm dubbed the worst in years is near.",
    "slated": "The talks slated for May are off.",
    "scheduled": "The vote scheduled for June is delayed.",
    "located": "A plant located near the river is shut.",
    "dedicated": "A museum dedicated to the war opens.",
}
# A word after a past form that leaves it without an object: a preposition or a stop.
_NO_OBJECT = re.compile(r"(?:in|on|at|to|by|with|for|from|of|near|under|over|as)\b|[.,;:)]|\Z", re.I)
# The agent of a passive: "a coalition backed by the army" (a finite "was backed by" narrates through "was");
# not an amount ("Shares fell by 3 percent") nor the means of a telling ("he said by telephone").
_BY = re.compile(r"by\b(?!\s+(?:\d|about|nearly|almost|more|less|some|around|over|telephone|phone))", re.I)
# Past forms that are never a participle nor an adjective: "The fate of the last 4 hikers was unclear".
_ALWAYS_FINITE = {"was", "were", "did"}
# A word with its offsets (numbers too, which part a word from the one before); an adverb in -ly between a
# helper and its past form is passed over ("is widely expected", "to quickly spread").
_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=256)  # episodes.goes_on asks it of a sentence, then episodes.pauses of the same one
def finite_past(text: str) -> bool:
    """Tell whether `text` narrates the past (verbs.is_past) through a past form that is a finite verb."""
    if not is_past(text):
        return False
    words: list[re.Match[str]] = []  # read up to the first finite past form: _finite looks back only
    for word in _WORD.finditer(text):
        words.append(word)
        if is_past_form(word.group()) and _finite(text, words, len(words) - 1):
            return True
    return False


def _finite(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Tell whether the past form `words[i]` of `text` is a finite verb by the words around it."""
    form = words[i].group().lower()
    if form in _ALWAYS_FINITE:
        return True
    before = [w.group().lower() for w in words[max(0, i - 4) : i] if not w.group().lower().endswith("ly")]
    if before and before[-1] in _BEFORE_NOT_FINITE:
        return False
    if before and before[-1] == "been":
        before = before[:-1]  # "has been rocked by" narrates as "has rocked" does; "could have been" does not
    if len(before) > 1 and before[-1] == "have" and before[-2] in _PERFECT_OF:
        return False
    if before and before[-1] in ("has", "have", "had"):
        return True  # a perfect narrates: "Several priests have been convicted"
    after = text[words[i].end() :].lstrip()
    if _BY.match(after) and form not in NO_PASSIVE:
        return False
    return not (form in _MOSTLY_PARTICIPLES and _NO_OBJECT.match(after))
