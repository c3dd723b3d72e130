"""Tell how a cut headline may end: the words it may not end on, and what a dangling end drops.

`shorten.fit` chooses where to cut; these say whether a cut leaves something waiting ("... Bettman is",
"... officials told", "a target of 12") and trim what a removed date left loose ("possibly as soon").
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.leads import led
from timeline.loose_participles import without_loose_participle
from timeline.loose_words import loose_end
from timeline.speech import alternation, words
from timeline.subject_heads import ING_NOUNS
from timeline.tallies import ends_on_tally, goes_on_tally
from timeline.verbs import has_verb

# Last words after which a cut title dangles: an auxiliary, a verb waiting for its object.
DANGLING = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "to", "can", "could",
    "may", "might", "must", "should", "not", "expected", "hoped", "expects", "hopes",
    "wants", "plans", "seeks", "a", "an", "the", "its", "his", "her", "their",
    "when", "while", "because", "if", "does", "do", "did", "own",  # "put forward their own (bills)"
    *words("dangles"),  # "... officials told", "... newspapers reported (that)"
    # an approximation whose count was cut: "will cost roughly (120 million dollars)", "fell nearly (9%)"
    "roughly", "approximately", "nearly", "almost", "some",
    # a verb whose complement was cut: "were labeled (extremist groups)", "had become (a symbol)"
    "labeled", "labelled", "branded", "dubbed", "deemed", "become", "became", "becomes",
}  # "... Bettman is", "... were buried when"
_MODALS = {"will", "would", "to", "can", "could", "may", "might", "must", "should"}  # "... will see"
# Words a long title may be cut before, keeping the subject and predicate in front of them.
CUT_BEFORE = re.compile(
    r",\s|\s(?:for|in|to|with|after|before|because|while|as|at|on|by|from|which|who|that|and|but|despite|amid"
    r"|against|versus|--|about|among|during|between|into|over|under|through|including|across|toward"
    r"|towards|within|without|outside|once|until|unless|if|when|whereas|although|though)\s"
    r"|\s(?=[a-z]+ing\s)"  # before a participle: "voted a resolution | condemning ..."
)
# Words a cut title may not end on. Not "about", "through": "what we care about"; "occurred just (after
# ...)" drops its adverb.
FUNCTION_WORDS = (
    "the a an of for to and or but in on at by with from as that after before while near into against "
    "across via within among amid just shortly soon immediately right even during between including under "
    "partly mainly largely who which whose whom beside despite onto upon toward towards versus throughout"
).split()
FUNCTION_WORD_SET = frozenset(FUNCTION_WORDS)  # for membership: the tuple keeps the patterns' order
# A "due" left without its "to" ("fell by a tenth due (to the strike)"); not "the rent was due".
_DUE_END = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+due\Z")
_TRAILING_FUNCTION = re.compile(rf"(?:\s+(?:{'|'.join(FUNCTION_WORDS)}))+\Z", re.I)

# Verbs whose particle is one of FUNCTION_WORDS, which a title may end on: the particle belongs to the verb
# ("The new governor was sworn in"), no phrase waits after it. Each verb's forms with an example.
PHRASAL_VERBS = {
    "sworn": "The new cabinet was sworn in", "swear": "The president will swear in the cabinet",
    "swore": "The judge swore in the members", "swears": "The speaker swears in the deputies",
    "ushered": "The deal ushered in", "phased": "The new rules will be phased in",
    "weighed": "The minister also weighed in", "kicked": "The new tax kicked in",
    "caved": "The roof caved in", "gave": "The union finally gave in", "given": "The rebels have given in",
    "logged": "Millions logged on", "pressed": "The troops pressed on", "moved": "The inspectors moved in",
}
_ON_VERBS = ("logged", "pressed", "moved")  # "Millions logged on"
_PHRASAL = {("in", verb) for verb in PHRASAL_VERBS} | {("on", verb) for verb in _ON_VERBS}


def phrasal_end(text: str) -> bool:
    """Tell whether a title ends on a verb and its particle: "The new governor was sworn in"."""
    last = text.rsplit(None, 2)[-2:]
    return len(last) == 2 and (last[1].lower(), last[0].lower()) in _PHRASAL

# An auxiliary or a speech verb that a cut title may not end on: "The report was", "The survey said".
AUXILIARY_END = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must"
                            r"|should|said|says|told)\Z")

# A hedge or a degree phrase that waited for the date just removed: "a cut, possibly (as soon as February)",
# "to vote as early (as Wednesday)", "as recently (as 2019)", "no later (than May)".
_HEDGE_END = re.compile(
    r"(?:,?\s+(?:possibly|perhaps|probably|maybe|reportedly)"
    r"|\s+(?:as|so)\s+(?:early|soon|late|recently|far\s+back|long\s+ago|much|many|little|few)(?:\s+as)?"
    r"|\s+no\s+(?:later|earlier|sooner)(?:\s+than)?"
    r"|\s+than"  # a comparison whose second term was the date: "rose faster (than in 1990)"
    r"|,?\s+compared(?:\s+(?:with|to))?"  # a baseline that was the date: "was 5% down compared (with 2004)"
    r"|\s+in\s+(?:connection|relation|response|line|addition))+\Z",  # waiting for "with", "to"
    re.I,
)


# The last words _HEDGE_END can remove.
_HEDGE_LAST = {
    "possibly", "perhaps", "probably", "maybe", "reportedly", "early", "soon", "late", "recently", "back",
    "ago", "much", "many", "little", "few", "as", "later", "earlier", "sooner", "than", "connection",
    "relation", "response", "line", "addition", "compared",
}


def _loose_end(match: re.Match[str]) -> str:
    """Drop a loose end, keeping an "over" that is its verb's particle."""
    before = match["before"]
    if before is None:
        return ""
    return match.group() if before.lower() in _OVER_VERBS else before


# Verbs whose "to" may end a clause, its infinitive left understood: "if he has to", "if they need to".
_TO_AFTER = {"has", "have", "had", "need", "needs", "want", "wants", "ought", "going", "used"}


@lru_cache(maxsize=16384)  # finish, choose and fit trim the same cut again: half the calls are repeats
def trim_end(text: str) -> str:
    """Drop function words and punctuation left dangling at the end of a cut title."""
    head, tail = text[:-60], text[-60:]  # the patterns only look at the last words
    if tail.endswith(("ing", "over")):
        tail = _LOOSE_END.sub(_loose_end, tail)
    if tail.endswith(_SPAN_END_WORDS):  # "..., a day (after it touched down)": clause cut
        tail = _SPAN_END.sub("", tail)
    if tail.endswith("due"):
        tail = _DUE_END.sub("", tail)
    if tail.endswith(_DAY_END_WORDS):  # "made the announcement late Monday (that ...)": a date left behind
        tail = _DAY_END.sub("", tail)
    if tail.endswith("than"):  # "to reach 3.3 per cent - stronger than (this year)": the comparison goes
        tail = _COMPARISON_END.sub("", tail)
    words = tail.split()
    if len(words) > 1 and words[-1] == "to" and words[-2].lower() in _TO_AFTER:
        return (head + tail).rstrip(" ,;:-–—")  # "(if he) has to": the verb's "to" stands for its clause
    # The pattern can only match when the last word is one of them; most cuts end on another word, and
    # looking for a match ending at the end still tries every position.
    if words and (not words[-1].isascii() or words[-1].lower() in FUNCTION_WORD_SET):
        loose = _TRAILING_FUNCTION.search(tail)
        particle = loose.group().split()[0] if loose else ""  # "was sworn (in) as"
        kept = tail[: loose.start()] if loose else tail
        tail = f"{kept} {particle}" if particle and phrasal_end(f"{kept} {particle}") else kept
    last = tail.rstrip(" ,;:-–—").rsplit(None, 1)[-1:]
    if last and last[0].lower() in _HEDGE_LAST:  # one look at the last word before the slower pattern
        tail = _TRAILING_FUNCTION.sub("", _HEDGE_END.sub("", tail.rstrip(" ,;:-–—")))
    # "... its outlook issued (in November)": a participle whose phrase went
    return without_loose_participle((head + tail).rstrip(" ,;:-–—"))


# A participle or an "over" left at the end of a cut: "... within three months, starting (from May 15)",
# "a 2-1 win over (visiting Riverside)"; not "the year is over", "the coach took over" (after a verb).
_LOOSE_END = re.compile(r",\s+[a-z]+ing\Z|(?P<before>[\w'’-]+)\s+over\Z")
# A comparison after a dash or a comma whose other side was cut: "to reach 3.3 per cent - stronger than".
_COMPARISON_END = re.compile(
    r"(?:\s[-–—]|,)\s+(?:(?:much|far|slightly|even|still)\s+)?(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+)"
    r"\s+than\Z"
)
# A time of day left at the end of a cut, its date's clause cut: "made the announcement late Monday".
_DAY_END = re.compile(
    r"\s+(?:late|early)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\Z"
)
_DAY_END_WORDS = ("day", "morning", "afternoon", "evening", "night")
# A span of time left at the end after a comma, its clause cut: "lost contact with the lander, a day".
_SPAN_END = re.compile(
    r"(?=[,\s])"  # both branches start on a comma or a space: the search skips other positions fast
    r"(?:,\s+(?:(?:nearly|almost|about|some|just|barely|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+|several|some|many|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|hours|days|weeks|months|years|decades)\Z"  # "..., weeks (after customers complained)"
    # a word that joined the date to the clause: "ban cars from the old town starting (in April)"; not
    # "Labour's lead was beginning"
    r"|(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)\s+(?:starting|beginning|effective|dated|postmarked)\Z)"
)
# The words every _SPAN_END match ends on: the pattern tries every comma and space, so look first.
_SPAN_END_WORDS = (
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "starting", "beginning", "effective", "dated", "postmarked",  # "a letter dated (June 3)"
)
# Verb forms that take "over" as their particle, or "be" before it ("the year is over").
_OVER_VERBS = {
    "is", "was", "are", "were", "take", "takes", "taking", "took", "taken", "hand", "hands", "handed", "turn",
    "turns", "turned", "win", "wins", "won", "blew", "blown", "boiled", "spilled", "spilt", "papered",
}  # "the coach took over", "the storm blew over"; not "will be shut over (the next year)"
_SAID_HERE = re.compile(rf"\b(?:{alternation('said_here')})\s+(?:here|there|today|reporters)\Z")


_COMMA_WORD_END = re.compile(r",\s+[\w'’-]+\Z")
_WITH_END = re.compile(r",\s+with\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\Z")
_JOINED_END = re.compile(r"\b(?:and|or|but)\s+(?P<w>[\w'’-]+)\Z")
_JOINS = ("and", "or", "but")


# Words in -ly that are nouns, not adverbs, after a preposition: "(support) for family", "(in) assembly".
_LY_NOUNS = {"family", "assembly", "supply", "rally", "ally", "monopoly", "anomaly", "reply", "belly",
             "jelly", "bully", "folly", "fly", "lily", "holy", "melancholy", "italy", "july", "sicily", "ply"}


def _adverb_after_preposition(last: list[str]) -> bool:
    """Tell whether a cut title ends on a preposition and an adverb, which wait for their verb: "(arrested)
    for allegedly", "(fined) after repeatedly"."""
    if len(last) < 2 or last[0].lower() not in _ADVERB_PREPOSITIONS:
        return False
    word = last[-1]
    return word.islower() and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS


# Adverbs that wait for the word they grade: "(make things) quite (challenging)".
_INTENSIFIERS = {"quite", "very", "rather", "extremely", "particularly", "especially", "increasingly",
                 "fairly", "highly", "relatively"}
# Prepositions an -ing verb follows, with an adverb between them: "for (allegedly) transporting".
_ADVERB_PREPOSITIONS = {"for", "of", "by", "after", "before", "with", "without", "from", "about", "despite",
                        "since", "on", "in", "while", "when", "against"}


def dangles(title: str) -> bool:
    """Tell whether a cut title ends on a word that waits for more: an auxiliary, "to see", "-ing"."""
    last = title.rsplit(None, 2)[-2:]
    if not last:
        return False
    if _adverb_after_preposition(last) or last[-1] in _INTENSIFIERS:
        return True  # "... was arrested in Malaysia for allegedly", "... to make things quite"
    word = last[-1].lower()
    if word in ("here", "there", "today", "reporters") and _SAID_HERE.search(title, max(0, len(title) - 30)):
        return True  # "... said here": what was said is cut
    tail = max(0, len(title) - 60)  # the patterns below match a few last words: look only there
    if "," in title[tail:] and _COMMA_WORD_END.search(title, tail):
        return True  # "... on the exchange, hit": a participle cut from its phrase
    if title.endswith(("'s", "’s")) and title[-3:-2].isalnum():
        return True  # "... of the 2006 regional cup women's": a possessive waits for its noun
    if "with" in title[tail:] and _WITH_END.search(title, tail):
        return True  # "..., with the winners (meeting Spain)": an absolute phrase cut before its verb
    # the pattern tries every position of the last 60 characters: look only when its end or "that" is there
    start = max(0, len(title) - 60)
    # a "that" match ends on "that", a determiner and one to four words: its "that" and the last one in the
    # title leave at most six words to the end
    that = title.rfind("that", start)
    ends = title.endswith(_WAITING_ENDS) or (that >= 0 and len(title[that:].split(None, 6)) <= 6)
    waits = _WAITS_FOR_OBJECT.search(title, start) if ends else None
    if waits and not (waits["rest"] and has_verb(waits["rest"])):
        return True  # "put forward", "said that the new tram line"
    # the pattern needs "and", "or" or "but" ending the word before the last: one look before it
    joined = _JOINED_END.search(title, tail) if len(last) == 2 and last[0].endswith(_JOINS) else None
    if joined and (has_verb(joined["w"]) or joined["w"].lower() in ("up", "down")):
        return True  # "... since 1986 and fell", "... yen but up"; not "settlers and soldiers"
    participle = word.endswith("ing") and word not in ING_NOUNS and not (
        len(last) == 2 and last[0].lower() in DETERMINERS
    )  # "... were seen fleeing" waits; "... during a meeting", "... the bombing" do not
    modal = len(last) == 2 and last[0].lower() in _MODALS and word not in _INTRANSITIVE
    modal = modal and not last[-1][:1].isupper()  # "a visit to Iran": a name, no verb after "to"
    modal = modal and not (last[0] == "to" and ends_on_tally(title))  # "voted nine to one": a tally
    modal = modal and not (last[0] == "May" and word.isdigit())  # "set for May 5": the month
    return word in DANGLING or participle or modal or loose_end(title) is not None  # "got a mixed"


# An end that waits for its object: a particle of a verb that needs one ("put forward", not "was put
# forward"), a "that" clause after a speech verb cut before its verb ("said that the new tram line").
_WAITS_FOR_OBJECT = led(r"[a-z]",
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?:(?:put|puts|putting|carried|carrying|brought|laid)(?:\s+(?:forward|out|about))?|(?:carry|carries"
    r"|bring|brings|point|points|pointed|lay|lays|rule|rules|ruled)\s+(?:forward|out|about))\Z"
    rf"|\b(?:{alternation('before_statement')})\s+that\s+(?P<rest>(?:the|a|an|its|his|her|their)"
    r"(?:\s+[\w'’-]+){1,4})\Z"
)
# The words a _WAITS_FOR_OBJECT match without "that" ends on.
_WAITING_ENDS = (
    "put", "puts", "putting", "carried", "carrying", "brought", "laid", "forward", "out", "about",
)
# A count at the end of a cut, whose noun or unit came after it: "will feature 13 (promotional
# activities)", "will feature 13 promotional (activities)", "a target of 12 (billion dollars)"; not a year.
COUNT_END = re.compile(r"(?<![\w.,-])(?!(?:1[5-9]|20)\d\d\Z)(?:\d[\d,.]*|hundred|thousand|million|billion"
                        r"|trillion|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                        r"|forty|fifty|sixty|seventy|eighty|ninety|dozen)\Z")  # "by around nine (percent)"
_NOUN_AFTER = re.compile(r"\s+(?P<w>[a-z][\w'’-]*)")


# Words after a cut up to a possessive, with no function word between: the cut split the noun phrase that
# the possessive ends ("the reach of the eastern | district's new authority").
IN_POSSESSIVE = re.compile(rf"(?:\s+(?!(?:{'|'.join(FUNCTION_WORDS)})\b)[\w-]+){{1,5}}['’]s\b", re.I)


def waits_for_noun(title: str, cut: int) -> bool:
    """Tell whether the cut title `title[:cut]` ends on a count whose noun, or the rest of whose tally or
    range ("voted 9 | to 1"), follows the cut."""
    after = _NOUN_AFTER.match(title, cut)
    goes_on = (after is not None and after["w"] not in FUNCTION_WORD_SET) or goes_on_tally(title, cut)
    return bool(goes_on) and COUNT_END.search(title, max(0, cut - 20), cut) is not None


# Verbs that need no object after a modal: "relations will continue", "the talks would resume".
_INTRANSITIVE = {
    "continue", "resume", "resign", "retire", "arrive", "expire", "collapse", "recover", "happen", "occur",
    "rise", "fall", "shrink", "improve", "succeed", "fail",
    # "the leaders agreed to meet", "the court will decide", "the markets will open"
    "meet", "talk", "vote", "speak", "return", "leave", "come", "go", "stay", "die", "end", "begin", "start",
    "decline", "compete", "open", "close", "decide", "proceed", "respond", "react", "testify", "appear",
}


# Words before an -ing word that make it a noun: "a meeting", "the bombing", "its spending".
DETERMINERS = {
    "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "last", "first",
    # adjectives that make an -ing word a noun: "live streaming", "heavy fighting", "public spending"
    "live", "online", "public", "private", "heavy", "fresh", "new", "further", "more", "no", "any", "some",
}

