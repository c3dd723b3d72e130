"""Tell the states that eventness.kind reads as happenings or negations in a quotation's first clause.

remarks.is_remark drops a dated quotation of a feeling or an opinion. kind reads "We are disappointed" as
a passive and "We aren't convinced yet" as a negation, which may deny a deed ("He wasn't arrested"); here a
feeling after "be" ("pleased", "convinced"), a negated "be" before an adjective ("isn't safe"), a negated
attitude ("don't expect a deal") and a first person's present attitude ("We respect the decision") are
states. A concession that opens a quotation ("While we are disappointed, ...") is read past, to the clause
it concedes to. No parser: patterns, each with an example.
"""

from __future__ import annotations

import re

from timeline.verbs import is_past_form

# Participles that tell a feeling or a readiness after "be", one row each with an example.
FEELINGS = {
    "convinced": "We aren't convinced yet.",
    "pleased": "We are pleased with the result.",
    "satisfied": "I am not satisfied.",
    "disappointed": "We were disappointed.",
    "worried": "Farmers are worried.",
    "concerned": "We are concerned about the delay.",
    "surprised": "I was surprised by the turnout.",
    "shocked": "We were shocked.",
    "saddened": "I am saddened by the news.",
    "relieved": "We are relieved.",
    "delighted": "I'm delighted for the team.",
    "thrilled": "We are thrilled.",
    "encouraged": "We are encouraged by the talks.",
    "frustrated": "I am frustrated.",
    "impressed": "I wasn't impressed.",
    "interested": "We are not interested in a merger.",
    "prepared": "We are prepared for a long fight.",
    "determined": "We are determined to finish.",
    "committed": "We remain committed to the plan.",
    "scared": "The children were scared.",
    "tired": "The players are tired.",
    "bothered": "I'm not bothered.",
}
# Verbs of an attitude that a first person's present tense or a negated "do" tells, one row each with an
# example: they say what someone holds, not what anyone did. Not "think" nor "believe": what they govern
# may be a forecast ("I don't think the mill can reopen this spring"), remarks._OPINION's to read.
ATTITUDES = {
    "accept": "We accept the verdict.",
    "respect": "We respect the decision.",
    "welcome": "We welcome the talks.",
    "regret": "I regret the delay.",
    "appreciate": "We appreciate the support.",
    "support": "We support the plan.",
    "understand": "I understand the anger.",
    "like": "I don't like the new rules.",
    "want": "We don't want a strike.",
    "expect": "We don't expect a deal this week.",
    "know": "We don't know the cause.",
    "care": "I don't care about records.",
    "agree": "We don't agree with the ruling.",
    "trust": "We don't trust the figures.",
    "doubt": "I doubt it will pass.",
    "fear": "We fear the worst.",
    "hope": "We hope for rain.",
    "need": "We need more time.",
    "see": "I don't see a problem.",
    "mind": "We don't mind waiting.",
}
# Attitudes toward what is to come, which a first person's present tense names as a plan ("We want a vote
# before Christmas", "We expect the talks to resume"): only negated are they states.
WISHES = frozenset({"want", "expect", "hope", "need"})
_SUBJECT = r"(?:I|We|You|They|He|She|It|This|That|[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
_ADVERB = r"(?:(?:really|still|yet|so|very|too|quite|not|never|just|all|a\s+bit|at\s+all)\s+)*"
# "be" and a feeling or, negated, a word that is no past form: "We are (pleased)", "It isn't (safe)".
_BE = re.compile(
    rf"{_SUBJECT}(?:\s+(?P<be>am|is|are|was|were)(?P<not>n['’]t|\s+not)?|['’](?:m|re|s)(?P<not2>\s+not)?)"
    rf"\s+{_ADVERB}(?P<word>[a-z]+)\b"
)
# A negated "do" before an attitude: "We don't (expect)", "I did not (like)".
_DO_NOT = re.compile(rf"{_SUBJECT}\s+(?:do|does|did)(?:n['’]t|\s+not)\s+{_ADVERB}(?P<verb>[a-z]+)\b")
# A first person's present attitude: "We (respect)", "I (doubt)", "We fully (support)".
_FIRST_PERSON = re.compile(r"(?:I|We)\s+(?:[a-z]+ly\s+|still\s+|do\s+)?(?P<verb>[a-z]+)\b")
# A concession that opens a quotation, and the comma that ends it: "While we are disappointed, (we ...)".
_CONCESSION = re.compile(r"(?:While|Although|Though|Even\s+though|Much\s+as)\s+[^,;]{3,120},\s+(?=\S)")


def conceded(quote: str) -> str:
    """Return the clause a quotation's opening concession concedes to, capitalized ("While we are
    disappointed, we respect it" -> "We respect it"), or the quotation as it is."""
    concession = _CONCESSION.match(quote)
    if concession is None:
        return quote
    rest = quote[concession.end() :]
    return rest[:1].upper() + rest[1:]


def states(clause: str) -> bool:
    """Tell whether a quotation's first clause tells a feeling or an attitude: "We are pleased", "It isn't
    safe", "We don't expect a deal", "We respect the decision"; not "He wasn't arrested", "We didn't sign"."""
    be = _BE.match(clause)
    if be is not None:
        word = be["word"]
        negated = be["not"] or be["not2"]
        return word in FEELINGS or bool(negated) and not is_past_form(word) and not word.endswith("ing")
    negated = _DO_NOT.match(clause)
    if negated is not None:
        return negated["verb"] in ATTITUDES
    first = _FIRST_PERSON.match(clause)
    return first is not None and first["verb"] in ATTITUDES and first["verb"] not in WISHES
