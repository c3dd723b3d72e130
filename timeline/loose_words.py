"""Tell whether a cut title ends on a word that waits for the phrase the cut left out, and drop a relative
clause that a removed date left as a bare verb.

`loose_end` names a last word that cannot close its phrase: an adjective after its article ("got a mixed
(reception)", "that the widely acclaimed (budget)"), a compound adjective ("its mining arm pre-tax
(profit)"), a floating "all" after a noun ("positive for measles all (over the province)"), a "so"
after an auxiliary ("have so (far)"). `shorten.fit` (through title_ends.dangles) does not cut there, and
`complete` calls such a title unfinished, so that a shorter wording is tried.

`without_bare_relative` drops "that prevailed (after the games)" from a title's end: a relative clause cut to
its verb says nothing.
"""

from __future__ import annotations

import re

from timeline.verbs import has_verb, is_past_form

# Each rule: a pattern on the title's last words, the reason it waits, and an example.
_ARTICLES = r"(?:the|a|an|its|his|her|their|our|this|that|these|those)"
# Participles after "the" that are nouns of people: "treated the injured", "freed the accused".
_PEOPLE = {"injured", "wounded", "accused", "deceased", "displaced", "bereaved", "disabled",
    "unemployed", "dead", "ill", "sick", "poor", "needy", "elderly", "homeless", "missing",
    "detained", "condemned", "oppressed", "persecuted", "convicted", "damned", "beloved",
    "insured", "uninsured", "undecided"}  # fmt: skip
# Words in -ed that are nouns after an article: "a seed", "the creed", "a hundred".
_ED_NOUNS = {"need", "speed", "seed", "greed", "breed", "creed", "weed", "deed", "feed",
    "reed", "steed", "bed", "shed", "red", "sled", "hundred", "thread", "bread", "head",
    "lead", "spread", "dread", "tread"}  # fmt: skip
# A floating "all" may end a title after a pronoun or a preposition: "won them all", "above all", "at all".
_ALL_BEFORE = {"it", "them", "us", "you", "we", "they", "at", "above", "after", "for",
    "once", "of", "and", "in"}  # fmt: skip
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
    "would", "can", "could", "may", "might", "must", "should", "do", "does", "did", "not"}  # fmt: skip
# A compound adjective of a prefix and a word ("pre-tax", "anti-drug"), which stands before its noun unless
# a "be" comes before it; not a noun and a participle ("state-owned": "the firm is state-owned" is common).
_COMPOUND_ADJECTIVE = re.compile(r"(?:pre|post|anti|pro|non|cross|multi|semi|so)-[a-z]+\Z")
_BE_WORDS = {"is", "are", "was", "were", "be", "been", "being", "become", "became", "remain",
    "remains", "seem", "seems", "seemed", "appear", "appeared", "looked", "went", "turned"}  # fmt: skip

# An ordinal and a word of a run, which wait for what is counted: "the sixth straight (day)".
_RUN_WORDS = {"straight", "consecutive", "successive", "running"}
_ORDINAL = re.compile(
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d+(?:st|nd|rd|th))"
)

RULES = (
    # (reason, test of the last words, example)
    ("adjective", "article, adverb, last word", "said that the widely acclaimed (budget)"),
    ("adjective", "article, participle", "the appeal got a mixed (reception)"),
    ("adjective", "article, new", "would launch a new (strategy)"),
    ("adjective", "compound adjective", "said its mining arm pre-tax (profit)"),
    ("quantifier", "noun, all", "tested positive for measles all (over the province)"),
    ("adjective", "ordinal, straight", "the index rose for the sixth straight (session)"),
    ("adverb", "auxiliary, so", "more than 60,000 families have so (far been registered)"),
)


# Words in -ly that are adjectives, not adverbs: "its deadly passage", "a likely pretender".
_LY_ADJECTIVES = {"deadly", "likely", "unlikely", "early", "costly", "elderly", "friendly",
    "lonely", "lively", "timely", "orderly", "daily", "weekly", "monthly", "yearly",
    "grisly", "ugly", "holy", "only"}  # fmt: skip
# Endings of adjectives that an adverb grades: "widely acclaimed", "highly successful", "hotly contested".
_ADJECTIVE_ENDS = ("ed", "ing", "ful", "ous", "ive", "al", "ic", "able", "ible", "ent", "ant", "less")


def _ed_adjective(word: str) -> bool:
    """Tell whether a word in -ed after an article is an adjective waiting for its noun: "a mixed"."""
    if not (word.isalpha() or "-" in word) or not word.islower() or not word.endswith("ed"):
        return False
    plain = word.rsplit("-", 1)[-1]
    return len(plain) >= 5 and plain not in _ED_NOUNS and word not in _PEOPLE and not plain.endswith("eed")


def loose_end(title: str) -> str | None:
    """Say why a cut title's last word waits for the phrase after it (see RULES), or None."""
    words = title.rstrip(" ,;:").rsplit(None, 3)[-3:]
    if len(words) < 2:
        return None
    last, before = words[-1], words[-2].lower()
    third = words[-3].lower() if len(words) > 2 else ""
    if not last.islower():
        return None
    graded = before.endswith("ly") and len(before) > 4 and before not in _LY_ADJECTIVES
    if re.fullmatch(_ARTICLES, third) and graded and last.endswith(_ADJECTIVE_ENDS) and last not in _PEOPLE:
        return "adjective"  # "the widely acclaimed", "a highly successful"
    if before in ("a", "an", "the") and (_ed_adjective(last) or last == "new"):
        return "adjective"  # "got a mixed", "a long-delayed", "launch a new"
    if "-" in last and _COMPOUND_ADJECTIVE.search(last) and before not in _BE_WORDS:
        return "adjective"  # "parent company pre-tax", "an anti-drug"
    if last == "all" and before.isalpha() and before.islower() and before not in _ALL_BEFORE | _AUXILIARIES:
        return "quantifier"  # "measles all"; not "lost it all", "above all", "they are all"
    if last in _RUN_WORDS and _ORDINAL.fullmatch(before):
        return "adjective"  # "advanced for the sixth straight (session)"
    if last == "so" and before in _AUXILIARIES:
        return "adverb"  # "have so (far)"
    return None


# A relative clause of one past verb at the end of a title: "a mood of doubt that prevailed".
_BARE_RELATIVE = re.compile(r",?\s+(?:that|which)\s+(?P<verb>[a-z]{3,})\Z")


def without_bare_relative(title: str) -> str:
    """Return the title without a relative clause that its cut date left as a bare past verb ("reduced a
    shortfall of optimism (that prevailed)"); a title whose only verb it was keeps the verb as its own ("The
    construction on the center (which) began"). Else the title."""
    if "that " not in title and "which " not in title:
        return title
    bare = _BARE_RELATIVE.search(title)
    if bare is None or not is_past_form(bare["verb"]) or bare["verb"] in _NOT_VERBS:
        return title
    kept = title[: bare.start()]
    if has_verb(kept):
        return kept
    return f"{kept} {bare['verb']}" if len(kept.split()) >= 2 else title


_NOT_VERBS = {"need", "red", "bed", "seed"}
