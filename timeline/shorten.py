"""Cut a headline to at most 80 characters at a phrase boundary, never mid-word.

A cut keeps the subject and a verb in front of it and leaves nothing waiting for more at its end: no
auxiliary ("... Bettman is"), no verb waiting for its object ("... officials told"), no "and fell", no
preposition or article ("... advised its nationals against").
"""

from __future__ import annotations

import re

from timeline.verbs import first_verb, has_verb

MAX_TITLE = 80

# Last words after which a cut title dangles: an auxiliary, a verb waiting for its object.
_DANGLING = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "to", "can", "could",
    "may", "might", "must", "should", "not", "said", "says", "told", "expected", "hoped", "expects", "hopes",
    "wants", "plans", "seeks", "a", "an", "the", "its", "his", "her", "their",
    "when", "while", "because", "if", "does", "do", "did",
}  # "... Bettman is", "... officials told", "... were buried when"
_MODALS = {"will", "would", "to", "can", "could", "may", "might", "must", "should"}  # "... will see"
# Words a long title may be cut before, keeping the subject and predicate in front of them.
_CUT_BEFORE = re.compile(
    r",\s|\s(?:for|in|to|with|after|before|because|while|as|at|on|by|from|which|that|and|but|despite|amid)\s"
    r"|\s(?=[a-z]+ing\s)"  # before a participle: "voted a resolution | condemning ..."
)
_FUNCTION_WORDS = (
    "the a an of for to and or but in on at by with from as that after before while near into against "
    "across via within among amid"  # not "about", "through": "what we care about"
).split()
_TRAILING_FUNCTION = re.compile(rf"(?:\s+(?:{'|'.join(_FUNCTION_WORDS)}))+\Z", re.I)


def trim_end(text: str) -> str:
    """Drop function words and punctuation left dangling at the end of a cut title."""
    head, tail = text[:-60], text[-60:]  # the patterns only look at the last words
    words = tail.split()
    # The pattern can only match when the last word is one of them; most cuts end on another word, and
    # looking for a match ending at the end still tries every position.
    if words and (not words[-1].isascii() or words[-1].lower() in _FUNCTION_WORDS):
        tail = _TRAILING_FUNCTION.sub("", tail)
    return (head + tail).rstrip(" ,;:-–—")


def dangles(title: str) -> bool:
    """Tell whether a cut title ends on a word that waits for more: an auxiliary, "to see", "-ing"."""
    last = title.rsplit(None, 2)[-2:]
    if not last:
        return False
    word = last[-1].lower()
    if re.search(r",\s+[\w'’-]+\Z", title):
        return True  # "... on the exchange, hit": a participle cut from its phrase
    joined = re.search(r"\b(?:and|or|but)\s+(?P<w>[\w'’-]+)\Z", title)
    if joined and (has_verb(joined["w"]) or joined["w"].lower() in ("up", "down")):
        return True  # "... since 1986 and fell", "... yen but up"; not "settlers and soldiers"
    return word in _DANGLING or word.endswith("ing") or (len(last) == 2 and last[0].lower() in _MODALS)


def fit(title: str, *, verb_after: int = 0) -> str:
    """Cut a title to at most 80 characters at a phrase boundary, never mid-word.

    The cut keeps a verb (the first after `verb_after`) in front of it and leaves no auxiliary or verb
    waiting for its object at the end, when it can: subject and predicate come before detail.
    """
    if len(title) <= MAX_TITLE:
        return title
    verb = first_verb(title, verb_after)
    verb_at = verb.end() if verb else len(title) + 1
    cuts = [m.start() for m in _CUT_BEFORE.finditer(title, 0, MAX_TITLE + 1) if m.start() >= 20]
    cuts += [m.start() for m in re.finditer(r"\s", title[: MAX_TITLE + 1]) if m.start() >= 20]
    best, best_score = title.rfind(" ", 0, MAX_TITLE), -1
    for cut in sorted(set(cuts), reverse=True):
        short = trim_end(title[:cut])
        # a whole phrase with a verb and nothing dangling first, then longer
        score = ((len(short) >= verb_at) * 4 + (not dangles(short)) * 2
                 + (_CUT_BEFORE.match(title, cut) is not None)) * 1000 + len(short)
        if score > best_score:
            best, best_score = cut, score
        if score >= 7000:
            break  # the longest cut with all three qualities
    return trim_end(title[:best])


def balance_quotes(title: str) -> str:
    """Drop quotation marks left without their partner."""
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    if title.count("‘") != title.count("’") and not re.search(r"\w’\w", title):
        title = title.replace("‘", "").replace("’", "")
    return title
