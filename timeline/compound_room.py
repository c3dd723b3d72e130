"""Make room for a compound noun that a cut at the 80-character limit would split.

A cut between two nouns of one compound ("the rising | sea levels", "two new wind | farms") leaves a word
that waits for its noun. A modifier before the compound may go instead, and with it its article when the
noun needs none: "will open 12 regional | offices" -> "will open 12 offices"; "denounce the worsening
water | shortages" -> "denounce water shortages". `shorten.fit` tries these wordings in turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from timeline.cut_places import in_compound
from timeline.title_ends import FUNCTION_WORD_SET
from timeline.title_length import MAX_TITLE
from timeline.verbs import has_verb

# A word of a noun phrase before a cut: lowercase ("the (worsening water) | shortages").
_WORD = re.compile(r"[a-z][a-z-]*")
# The articles that may go with the adjectives after them ("denounce (the worsening) water shortages").
_ARTICLES = {"the", "a", "an"}
# The words of a phrase no modifier is: "to", "and", a count in words, a quantifier ("every").
_NOT_MODIFIER = FUNCTION_WORD_SET | set("two three four five six seven eight nine ten every each no".split())


def _phrase_before(title: str, cut: int) -> list[re.Match[str]]:
    """Return the words of the noun phrase that ends at `cut`, from its first modifier: "the (escalating
    water) | shortages" -> escalating, water."""
    words: list[re.Match[str]] = []
    for word in reversed(list(re.finditer(r"\S+", title[:cut]))):
        plain = _WORD.fullmatch(word.group())
        if plain is None or word.group().lower() in _NOT_MODIFIER or has_verb(word.group()):
            break
        words.append(word)
    return words[::-1]


# The endings of an adjective, which may go from before its noun: "12 (regional) offices", "(toxic) waste".
_ADJECTIVE = re.compile(
    r"[a-z]{3,}(?:al|ic|ive|ous|ful|ary|ory|ing|ed|ible|able)"
    r"|(?:nucle|sol|lun|pol|regul|popul|simil|particul|molecul|vascul|secul)ar"  # not "dollar", "sugar"
)


def _without(title: str, words: list[re.Match[str]], start: int | None = None) -> str:
    """Return the title without `words` (and from `start` to the first of them)."""
    kept, at = [], 0
    for word in words:
        kept.append(title[at : word.start() if start is None or word is not words[0] else start])
        at = word.end() + 1
    return "".join(kept) + title[at:]


def roomier(title: str, cut: int) -> Iterator[str]:
    """Yield wordings of `title` that leave out modifiers of the compound a cut at `cut` splits: its
    adjectives ("the (worsening) water | shortages", "12 (regional) | offices"), then their article too
    ("denounce (the worsening) water shortages"). A noun stays: "sea water | pumps" loses no "sea".
    """
    words = _phrase_before(title, cut)
    modifiers = words[:-1] or words  # the word before the cut only when it stands alone: "12 (regional)"
    adjectives = [w for w in modifiers if _ADJECTIVE.fullmatch(w.group()) or w.group().endswith("ly")]
    if adjectives:
        yield _without(title, adjectives)
        article = re.search(r"\b(?P<a>\w+)\s+\Z", title[: words[0].start()])
        first = adjectives[0] is words[0] and len(adjectives) < len(words)  # a noun stays after the article
        if first and article is not None and article["a"] in _ARTICLES:
            yield _without(title, adjectives, article.start())


def kept_whole(  # fit and its test of a whole cut come from timeline.shorten, which imports this module
    title: str, cut: int, fit: Callable[[str], str], whole: Callable[[str, str], bool]
) -> str | None:
    """Return the first wording of `roomier` whose fit keeps the compound whole and ends on a whole phrase
    (`whole`), or None."""
    after = re.match(r"\s+\S+", title[cut:])
    if after is None or cut + after.end() <= MAX_TITLE:
        return None  # the next word fits: the limit made no cut ("raised to boiling point | after")
    for shorter in roomier(title, cut):
        kept = fit(shorter)
        reach = cut - (len(title) - len(shorter))  # where the cut falls in the shorter wording
        if len(kept) > reach + 1 and whole(shorter, kept) and not in_compound(shorter, len(kept)):
            return kept
    return None
