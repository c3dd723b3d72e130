"""Tell a routine telling from news: "..., the coastguard said Sunday" dates the saying, not what was said.

When the statement carries a date of its own ("A ferry ran aground on Saturday, the coastguard said
Sunday"), the telling's date adds an event that only repeats the statement under another date; the
reporting is not the news. A telling that is news keeps its event: "announced", "confirmed", "denied"
are not listed. No parser: patterns with examples.
"""

from __future__ import annotations

import re

from timeline import attribution
from timeline.speech import alternation
from timeline.verbs import has_verb

# Verbs that only pass a statement on, each with an example.
_PLAIN = re.compile(
    rf"\b(?:{alternation('routine')})\b"  # "..., the agency reported Monday", "according to X on Friday"
)
# The routine speech verbs with the date right after them ("said Monday that"); "told" with its object.
_DATED_VERBS = alternation("date_after_verb", told=r"told\s+\w+")
# The date right after a plain speech verb, before the statement: "The board said Monday that ...".
_VERB_BEFORE = re.compile(
    rf"\b(?:{_DATED_VERBS})\s+(?:(?:here|there|on)\s+)*\Z"
)
# A participle phrase after a telling that adds its source: "..., the network reported Tuesday, citing a think
# tank": the telling still ends the statement.
_CITING = re.compile(r",\s+(?:citing|quoting)\s")
# A speaker too long for attribution.TAIL before a plain speech verb and the date that ends the sentence:
# "..., the head of the country's state oil company said Thursday."
_LONG_SPEAKER = re.compile(
    # or a plural noun with no article: "..., figures from the central bank showed Tuesday."
    rf",\s+(?:(?:the|a|an)\s|(?!(?:was|has|is|its|this|his|as|us|thus)\b)[a-z]{{2,}}s\s)[^,;\"“”]{{0,80}}?"
    rf"\s?(?:{alternation('date_after_verb')})\s+(?:(?:here|there|on)\s+)*\Z"
)
_ENDS_SENTENCE = re.compile(r"[\s.\"”’']*")  # nothing after the date but the sentence's end
_THAT_AFTER = re.compile(r"\s*,?\s*that\b")
# A date that opens the sentence before the speaker: "Later that morning, the coastguard said that ...".
_OPENING = re.compile(r"[\s\"“]*(?:(?:earlier|later)\s+)?(?:(?:on|in|at|late|early)\s+)?", re.I)
_SPEAKER_THAT = re.compile(
    rf"\s*,\s*[^,;\"“]{{1,80}}?\s(?:{_DATED_VERBS})\s+that\s"
)
# Words that open a part of the statement other than its main clause, each with an example: a date after
# them dates that part ("has decided to admit them in March", "found the man who fled on Monday").
_INNER = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|while|after|before|since|until|if|because|compared|than)\b"
    # not after a word that makes "to" the statement's own future: "is expected to fall this year"
    r"|(?<!expected\s)(?<!\bset\s)(?<!\bdue\s)(?<!likely\s)(?<!scheduled\s)(?<!poised\s)(?<!\bare\s)(?<!\bis\s)"
    r"\bto\s+(?!(?:the|a|an|its|his|her|their|more|less|about|around|over|nearly|almost|some)\b)[a-z]+"
    r"|[;:(]"  # "losses (against a profit a year earlier)"
)

# A date that names a noun's time dates no clause: "the August 7 bombings", "last Friday's attack".
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+\Z")
_OWNER_AFTER = re.compile(r"['’]s\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|during|by|from|since|until|late|early)\s+\Z", re.I)


def routine(
    text: str, sentence: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
) -> bool:
    """Tell whether the date `own` only dates the telling of a statement that one of `others` dates.

    "A ferry ran aground on Friday, the coastguard said Saturday": Saturday is routine. "The board said
    Monday that sales rose in May": Monday is routine. "Sales rose, the board said Monday": no other
    date, so not.
    """
    if not others:
        return False  # every way below needs another date for the statement: skip reading the attribution
    tail = attribution.dated(text, sentence, own)
    if tail is None and (citing := _CITING.search(text, own[1], sentence[1])):
        tail = attribution.dated(text, (sentence[0], citing.start()), own)
    if tail is not None:
        return _PLAIN.search(tail.group()) is not None and any(
            o[0] < tail.start() and _dates_main(text, sentence[0], o) for o in others
        )
    if _ENDS_SENTENCE.fullmatch(text, own[1], sentence[1]) and (
        speaker := _LONG_SPEAKER.search(text, max(sentence[0], own[0] - 120), own[0])
    ):
        return any(o[1] <= speaker.start() and _dates_main(text, sentence[0], o) for o in others)
    before = text[max(sentence[0], own[0] - 40) : own[0]]
    if (that := _THAT_AFTER.match(text, own[1])) and _VERB_BEFORE.search(before):
        return any(o[0] > own[1] and _dates_main(text, that.end(), o) for o in others)
    opening = _OPENING.fullmatch(text, sentence[0], own[0])
    if opening and (that := _SPEAKER_THAT.match(text, own[1], sentence[1])):
        return any(o[0] > own[1] and _dates_main(text, that.end(), o) for o in others)
    return False


def _dates_main(text: str, start: int, other: tuple[int, int]) -> bool:
    """Tell whether the date `other` dates the main clause of a statement that opens at `start`: nothing
    between them opens another part ("Sales rose in May", not "Sales rose after a strike in May")."""
    before = text[start : other[0]]
    if _DETERMINER_BEFORE.search(before) or _OWNER_AFTER.match(text, other[1]):
        return False
    # the date opens the statement ("On Friday, a ferry ran aground") or follows its verb ("rose in May"), not
    # its subject ("Her remarks last week were a reply")
    leads = re.fullmatch(r"[\s\"“]*(?:(?:on|in|at|late|early|by)\s+)?", before, re.I) is not None
    adverbial = _PREPOSITION_BEFORE.search(before) is not None  # "A blast on Sunday hit the mine"
    inner = _INNER.search(before)
    if inner is not None and (participle := _PARTICIPLE.search(before, inner.end())) is not None:
        inner = _INNER.search(before, participle.end())  # "had caused it to crash, | killing 20 on May 4"
    return inner is None and (leads or adverbial or has_verb(before))


# A participle phrase after the main clause, whose time is the main clause's own: "..., killing 20 people".
_PARTICIPLE = re.compile(r",\s+(?!(?:including|according|during|regarding|concerning|following))[a-z]+ing\s")
