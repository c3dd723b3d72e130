"""Past participles, with the ones in -n that is_past_form (past tenses) does not know: "written"."""

from __future__ import annotations

from timeline.verbs import PRESENT_PLURALS, is_past_form, is_verb_word

# Participles in -n, which is_past_form (past tenses) does not know: "was written in 1961 and published".
_EN_PARTICIPLES = frozenset({
    "written", "given", "taken", "chosen", "driven", "stolen", "broken", "spoken", "shown", "known", "seen",
    "done", "begun", "drawn", "grown", "thrown", "flown", "frozen", "hidden", "ridden", "risen", "shaken",
    "sworn", "torn", "worn", "forgotten", "forgiven", "eaten", "fallen", "beaten", "overthrown", "rewritten",
    "withdrawn", "undertaken", "overtaken", "forbidden", "sewn", "sown", "mown", "blown", "arisen",
})


def participle(word: str) -> bool:
    """Tell whether a word is a past participle: "repaired", "sold", "written" (not "hundred")."""
    return word in _EN_PARTICIPLES or is_past_form(word)


# Words that open the phrase a participle after its noun goes on with: "protesters gathered | outside the
# parliament", "an offer rejected | by the union", "food prepared | for the athletes".
PHRASE_WORDS = frozenset({
    "by", "in", "at", "on", "outside", "inside", "near", "from", "for", "with", "during", "since", "into",
    "over", "under", "across", "after", "before", "around", "along", "through", "behind", "against", "to",
})
# Words that make the word after them no participle of a noun: "had | gathered", "were | rejected".
_NOT_NOUNS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "and", "or", "who",
    "which", "that", "it", "they", "he", "she", "we", "i", "you", "then", "also", "not", "never", "to",
})


def noun_participle_cut(words: list[str], following: str) -> bool:
    """Tell whether a cut whose last two words are `words` ends on a participle after its noun, cut from
    the phrase it goes on with (`following`): "at protesters gathered | outside the parliament"."""
    if len(words) < 2 or following not in PHRASE_WORDS:
        return False
    noun, last = words[-2], words[-1]
    # not "ties remain | strained by": a verb before the participle
    verb = noun in PRESENT_PLURALS or is_verb_word(noun)
    return noun.isalpha() and noun.islower() and noun not in _NOT_NOUNS and not verb and participle(last)


# Words that count, which make a short -ing phrase news of its own: "killing 12 people", "leaving dozens".
_COUNT_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
    "thousands", "millions", "scores", "several", "many", "least", "all", "more",
})
# -ing words that are no participle opening a phrase: "including", "according".
_NOT_OPENING = frozenset({"including", "according", "excluding", "regarding", "concerning"})


def short_ing_tail(tail: str) -> bool:
    """Tell whether the words after a title's last comma are an -ing phrase of at most four words that
    counts nothing: "beginning a process", "holding out instead", not "killing 12 people"; a cut inside it
    leaves it saying little, and the comma before it is the better end."""
    words = tail.split()
    if not 1 < len(words) <= 4 or not words[0].endswith("ing") or words[0] in _NOT_OPENING:
        return False
    return words[0].islower() and not any(w[:1].isdigit() or w.lower() in _COUNT_WORDS for w in words)
