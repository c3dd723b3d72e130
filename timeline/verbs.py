"""Tell verbs and tense apart in news text, without a parser: word lists and one scan, each with examples.

A clause "has a verb" when it holds an auxiliary ("was", "will"), a past form ("said", "closed", not
"hundred"), or a present form that heads news clauses ("says", "plans"). Titles, clause focus and the event
layer all ask these questions.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, tee

from timeline.leads import led

# Verb forms that show a clause states an action or a state, not just a noun phrase.
_AUXILIARIES = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall",
    "should", "can", "could", "may", "might", "must", "did", "does", "do", "am", "won't", "can't", "cannot",
}
# Past forms that do not end in -ed: "The river burst its banks", "Shares fell".
IRREGULAR_PAST = {
    "said", "told", "made", "took", "came", "went", "gave", "met", "won", "lost", "began", "left", "held",
    "fell", "rose", "sent", "led", "brought", "bought", "sold", "found", "saw", "became", "ran", "paid",
    "hit", "cut", "put", "spoke", "wrote", "got", "kept", "struck", "fought", "thought", "built", "stood",
    "chose", "drove", "flew", "grew", "knew", "shot", "spent", "broke", "fled", "sought", "felt", "heard",
    "meant", "slid", "sank", "swore", "threw", "forgot", "withdrew", "overthrew", "beat", "bore", "woke",
    "was", "were", "had", "did", "quit", "set", "shut", "split", "spread", "let", "lay", "laid", "lent",
    "burst", "swept", "wept", "dealt", "sped", "stole", "froze", "rode", "shook", "hung", "tore", "wore",
    "dug", "spun", "bled", "hid", "slept", "swam", "sang", "rang", "sprang", "drank", "sat", "taught",
    "caught", "overtook", "undertook", "upheld", "withheld", "oversaw", "forbade", "forgave", "arose",
    "awoke", "rebuilt", "mistook", "foresaw", "shrank", "underwent", "overcame", "understood", "withstood",
    "misled", "outgrew", "swung", "stuck", "clung", "strove", "drew", "ate", "shone", "strode", "flung",
    "knelt", "leapt", "stung", "strung", "wrung",
    "died", "used", "owed", "tied", "lied", "eyed", "vied",  # -ed forms too short for the -ed rule
}
# Prefixes that make a verb of a verb, whose past is the irregular past behind them: "retook", "outdid",
# "overran", "undertook", "foresaw", "withheld", "misread" (not "un-": "unpaid", "unsold" are adjectives).
_PREFIXES = ("re", "out", "over", "under", "mis", "fore", "with")
# Irregular pasts a prefix never makes another past of: the auxiliaries ("was"), "said", and the pasts whose
# prefixed forms are mostly nouns or present forms ("outlet", "output", "resent", "relent", "outlay").
_NO_PREFIX = {"was", "were", "had", "said", "let", "put", "sent", "lent", "lay", "laid"}
# Prefixed irregulars that are nouns: "the outset", "an outburst".
_PREFIXED_NOT = {"outset", "outburst", "outcast", "overlay", "underlay"}
_PREFIX_BASES = IRREGULAR_PAST - _NO_PREFIX


def _prefixed_past(word: str) -> bool:
    """Tell whether a lowercase word is a prefix and an irregular past: "retook", "overran", not "outset"."""
    return word not in _PREFIXED_NOT and any(
        word.startswith(prefix) and word[len(prefix) :] in _PREFIX_BASES for prefix in _PREFIXES
    )


# Past forms that take no passive, which a second predicate after a passive one does not share its
# auxiliary with: "who was elected in 2019 and resigned last May" resigned, not "was resigned".
NO_PASSIVE = {
    "died", "resigned", "retired", "fled", "returned", "arrived", "left", "went", "came", "rose", "fell",
    "escaped", "emigrated", "stepped", "moved", "disappeared", "graduated", "worked", "lived", "served",
    # intransitive verbs of news: "which was built in 2019 and exploded last May"
    "happened", "occurred", "remained", "emerged", "stayed", "vanished", "surged", "plunged", "slumped",
    "soared", "jumped", "climbed", "collapsed", "erupted", "exploded", "existed", "appeared", "departed",
    "slipped", "tumbled", "rebounded", "competed", "testified", "campaigned", "debuted", "collided",
    "crashed", "drowned", "starred", "struggled", "waited", "failed", "succeeded",
    # "A gas explosion was occurred": occur and its kin take no "was"
    "occur", "occurs", "happen", "happens", "transpired", "ensued", "arisen", "elapsed", "befell",
    # past forms that are no participle take no "was": "who was hired in 2020 and took the team to a final"
    "took", "gave", "began", "grew", "drove", "rode", "wrote", "spoke", "broke", "swam", "sang", "drank",
    "ate", "saw", "knew", "threw", "drew", "chose", "froze", "stole", "woke", "wore", "tore", "shook",
    "forgot", "became", "overcame", "withdrew", "arose", "sank", "ran", "flew", "rang", "underwent",
}
# Words ending in -ed that are no past form: "a hundred", "the need".
_PAST_NOT = {"need", "speed", "seed", "feed", "bed", "red", "shed", "bred", "creed", "greed", "hundred",
             "indeed", "proceed", "exceed", "succeed", "weed", "reed", "steed", "ted", "fred", "united",
             # given names in -ed: "Mohamed ElBaradei received", "Ahmed Qurei said"
             "mohamed", "mohammed", "muhammed", "ahmed", "hamed", "saeed", "sayed", "zayed", "rasheed",
             "waleed",
             "khaled", "majed", "fahed", "obed", "jared"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _alternation(words: set[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


# Present forms that head news clauses and are seldom nouns: "says", "The law takes effect on Oct. 1",
# "The summit begins on Monday", "The offer expires at midnight".
PRESENT_HEADS = {
    "says", "plans", "wants", "expects", "hopes", "intends", "seeks", "faces", "needs", "takes", "begins",
    "starts", "expires", "arrives", "becomes", "remains", "opens", "resumes", "meets", "goes", "comes",
}
# One scan finds a verb: an auxiliary, an irregular past, a regular past (-ed, not "hundred"), or a
# present form that heads news clauses ("says", "plans").
_PAST = re.compile(
    rf"(?<![\w'’-])(?:(?:{_alternation(IRREGULAR_PAST)})|(?!(?:{_alternation(_PAST_NOT)})(?![\w'’-]))"
    rf"[a-z][a-z'’-]{{2,}}ed"
    rf"|(?!(?:{_alternation(_PREFIXED_NOT)})(?![\w'’-]))(?:{'|'.join(_PREFIXES)})(?:{_alternation(_PREFIX_BASES)}))"
    rf"(?![\w'’-])",
    re.I,
)
# The one phrase among the verbs, no single word: "the rules that take effect".
_TAKE_EFFECT = re.compile(r"(?<![\w'’-])take\s+effect\b", re.I)
_VERB = re.compile(
    rf"{_PAST.pattern}|(?<![\w'’-])(?:{_alternation(_AUXILIARIES)}|{_alternation(PRESENT_HEADS)})(?![\w'’-])"
    rf"|{_TAKE_EFFECT.pattern}",
    re.I,
)
# The present or future auxiliaries that, among a sentence's first words, keep it from narrating the past:
# "Officials say the dam (is) cracked", "The firm (will) be sold".
_PRESENT_HEAD_WORDS = frozenset({"will", "is", "are", "am", "says", "shall", "won't"})


def first_verb(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Return the first word of `text[start:end]` that seems to be a verb, or None."""
    if not start and end is None:
        return _whole_first_verb(text)
    return _first_verb(text, start, len(text) if end is None else end)


@lru_cache(maxsize=4096)  # the title stages and eventness.kind ask it of the same title: a third are repeats
def _whole_first_verb(text: str) -> re.Match[str] | None:
    """Return first_verb(text): a pure function of the string, its match the same object each time."""
    return _first_verb(text, 0, len(text))


def _first_verb(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the first word of `text[start:end]` that seems to be a verb, or None."""
    # a match is a whole run (see _is_verb) or "take effect": try the pattern only where one may start;
    # the runs are walked lazily (the first verb ends the scan), their words tested without a Python frame
    runs, words = tee(_RUN.finditer(text, start, end))
    for run in compress(runs, map(_may_start, map(_GROUP, words))):
        if _is_whole_verb(run, text, start):
            return run  # the run is the very span _VERB would match there (see _is_whole_verb)
        found = _VERB.match(text, run.start(), end)
        if found is not None:
            return found
    return None


# What _VERB can match is always a whole run of these characters (its lookarounds say so), so each run
# can be checked on its own; plain ASCII runs by set lookup, about six times faster than the search.
_RUN = re.compile(r"[\w'’-]+")
_GROUP = re.Match.group  # runs one by one (finditer), so that the first verb ends the scan of a sentence
_VERB_WORDS = frozenset(IRREGULAR_PAST | _AUXILIARIES | PRESENT_HEADS)
_REGULAR_PAST = re.compile(r"[a-z][a-z'’-]{2,}ed")


@lru_cache(maxsize=65536)  # the same words come back in every clause: look each one up once
def _is_verb(run: str) -> bool:
    """Tell whether one run of word characters is a word that _VERB matches."""
    if not run.isascii():  # case-insensitive matching of other scripts is the regex's own business
        return _VERB.fullmatch(run) is not None
    word = run.lower()
    return (word in _VERB_WORDS or (_REGULAR_PAST.fullmatch(word) is not None and word not in _PAST_NOT)
            or _prefixed_past(word))


def _is_whole_verb(run: re.Match[str], text: str, start: int) -> bool:
    """Tell whether _VERB matches exactly `run` at its start, without trying the long pattern: an ASCII run
    that _is_verb names (no "take": "take effect" is longer), whose lookbehind holds (a later run follows a
    character outside the runs; the first may begin inside a word cut at `start`)."""
    word = run.group()
    return word.isascii() and _is_verb(word) and (
        run.start() > start or start == 0 or _RUN.match(text, start - 1) is None
    )


@lru_cache(maxsize=65536)  # as _is_verb: a cache hit costs no Python frame
def _may_start(run: str) -> bool:
    """Tell whether _VERB may match from the start of a run: a verb (_is_verb), "take" ("take effect"), or a
    run of other scripts, which the regex itself decides."""
    return not run.isascii() or _is_verb(run) or run.lower() == "take"


def is_verb_word(word: str) -> bool:
    """Tell whether one word is a verb form, as has_verb would, without filling has_verb's cache: a walk over
    every word before a date (attachment.py) would push out the clauses the cache is for."""
    return any(map(_is_verb, _RUN.findall(word)))


@lru_cache(maxsize=4096)  # titles and focus ask again of the same words: about half the calls are repeats
def has_verb(text: str) -> bool:
    """Tell whether `text` seems to hold a verb: an auxiliary, a past form, a third-person present form."""
    runs = _RUN.findall(text)  # once for both looks: as fast as a walk that stops early, twice over none
    # "take effect" holds "ffect" in any case ("effect" has no letter that folds from another script)
    return (any(map(_is_verb, runs)) or "ffect" in text.lower() and _TAKE_EFFECT.search(text) is not None
            # "Scientists discover a new species"; the present form is a whole run of the text, looked up
            # first (the search is slow where nothing matches: most clauses without a verb)
            or not PRESENT_PLURALS.isdisjoint(runs)
            and _PLURAL_PRESENT.search(text) is not None)


@lru_cache(maxsize=256)  # episodes.pauses asks it again of the sentence finite_past has just read
def is_past(text: str) -> bool:
    """Tell whether `text` narrates the past: a past verb and no present or future auxiliary in front."""
    head = map(str.lower, _WORD.findall(text, 0, 120)[:8])  # words of ASCII letters: lower() is the case fold
    return _PRESENT_HEAD_WORDS.isdisjoint(head) and any(map(_is_past_run, map(_GROUP, _RUN.finditer(text))))


@lru_cache(maxsize=65536)  # as _is_verb
def _is_past_run(run: str) -> bool:
    """Tell whether one run of word characters is a word that _PAST matches (as _is_verb does for _VERB)."""
    if not run.isascii():
        return _PAST.fullmatch(run) is not None
    word = run.lower()
    return (word in IRREGULAR_PAST or (_REGULAR_PAST.fullmatch(word) is not None and word not in _PAST_NOT)
            or _prefixed_past(word))


@lru_cache(maxsize=65536)  # the same words come back (the long pattern costs as much as a clause's search)
def is_past_form(word: str) -> bool:
    """Tell whether a single word is a past form: "released", "sold" (not "hundred")."""
    return _PAST.fullmatch(word) is not None


# The "of" after a subject's head: "The members (of) the board".
_OF = re.compile(r"\s+of\s+")


# A final s of a plural: "measures", not "crisis", "bus", "its".
_PLURAL_END = re.compile(r"[^sui']s\Z")


def be_for(subject: str) -> str:
    """Return "was" or "were" to agree with a subject: "The treaty was", "The measures were"."""
    words = _OF.split(subject.lower(), maxsplit=1)[0].split()  # "The members of the board"
    head = words[-1] if words else ""
    counted = len(words) > 1 and _COUNT.fullmatch(words[0]) is not None
    plural = (
        head in _PLURALS
        or _PLURAL_END.search(head) is not None  # "measures", not "crisis", "bus", "its"
        or (counted and words[0] != "1")
    )
    return "were" if plural else "was"


# A count in front of a noun, which makes it plural: "three men", "343 pilgrims".
_COUNT = re.compile(r"two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*")
# Plurals without a final s, and pronouns that take "were".
_PLURALS = {"police", "people", "men", "women", "children", "they", "we", "you", "staff", "troops"}


# Plain present forms that follow a plural or a name as its verb, and which the lists above leave out
# because each is a noun as often ("Germany host Costa Rica", "Markets expect a cut", "Rovers face United").
PRESENT_PLURALS = {
    "host", "hosts", "face", "take", "meet", "play", "visit", "beat", "lead", "win", "open", "begin", "make",
    "hold", "say", "plan", "want", "need", "seek", "expect", "hope", "agree", "launch", "join", "warn",
    "vote", "claim", "remain", "go", "come", "return", "travel", "resume", "reopen", "close",
    "start", "restart", "continue", "stop", "end",  # "Classes start next week", "Talks end on Friday"
    # headline verbs: "Workers walk out", "Hundreds flee", "Shares rise", "Farmers protest", "Analysts see"
    "walk", "flee", "gather", "rise", "fall", "fear", "urge", "ask", "arrive", "die", "quit", "resign",
    "sign",
    "change", "shift", "ease",  # "when winds change direction", "as tensions ease"
    "approve", "reject", "seize", "kill", "raise", "unveil", "announce", "sue", "mourn", "condemn", "deny",
    "defend", "prepare", "brace", "await", "struggle", "evacuate", "elect", "choose", "hire", "buy", "sell",
    "find", "reveal", "confirm", "predict", "see", "protest", "strike", "discover", "lose", "gain", "slip",
    "soar", "plunge", "tumble", "climb", "jump", "welcome", "celebrate", "demand", "push", "call",
    # "Police fire tear gas", "Troops storm the embassy", "Farmers block roads", "Workers stage a walkout",
    # "Investors eye the vote", "Leaders vow (pledge) to act", "Critics slam (hail) the plan", "Rivals clash",
    # "Supporters rally (march)", "Airlines halt flights", "Banks boost lending"
    "fire", "storm", "block", "stage", "eye", "vow", "pledge", "slam", "hail", "clash", "rally", "march",
    "halt", "boost",
}
_PLURAL_PRESENT = led(r"[A-Za-z]",
    r"\b(?!(?i:the|a|an|this|that|these|those|its|his|her|hers|our|ours|their|theirs|your|yours|my|no|every"
    r"|each|any|some|whose|was|has|does|is|thus|always|perhaps|across|unless|less|plus|whereas|as)\b)"
    rf"(?:[A-Z][\w-]*|[a-z]{{2,}}s)\s+(?:{_alternation(PRESENT_PLURALS)})(?:\s+(?=[\w\"“])|(?=[,;]|\s*\Z))"
)  # not "The host city", "its face", "Wen's visit"; "Classes resume," ends a clause whose date went


def plural_present(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Return a plain present verb after a plural or a name ("Rovers host United"), or None."""
    return _PLURAL_PRESENT.search(text, start, len(text) if end is None else end)


# Past forms of irregular verbs met in news, for a participle made a headline verb ("growing" -> "grew").
_IRREGULAR_BASE = {
    "grow": "grew", "rise": "rose", "fall": "fell", "take": "took", "make": "made", "win": "won",
    "lose": "lost", "give": "gave", "come": "came", "go": "went", "sell": "sold", "buy": "bought",
    "hold": "held", "meet": "met", "leave": "left", "lead": "led", "run": "ran", "begin": "began",
    "bring": "brought", "send": "sent", "spend": "spent", "pay": "paid", "say": "said", "tell": "told",
    "find": "found", "break": "broke", "become": "became", "build": "built", "cut": "cut", "hit": "hit",
    "put": "put", "set": "set", "shut": "shut", "see": "saw", "write": "wrote", "draw": "drew",
    "swing": "swung", "sink": "sank", "slide": "slid", "strike": "struck", "fight": "fought",
    "seek": "sought", "keep": "kept", "stand": "stood", "speak": "spoke", "fly": "flew", "flee": "fled",
    "get": "got",
}
# The base form of each of those past forms that differs from it: "held" -> "hold" (twins compares a plan,
# "will hold", with its report, "held").
BASE_OF_PAST = {past: base for base, past in _IRREGULAR_BASE.items() if past != base}


def past_of(participle: str) -> str:
    """Return the past form of a present participle: "growing" -> "grew", "closing" -> "closed"."""
    stem = participle[:-3].lower()
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        if base in _IRREGULAR_BASE:
            return _IRREGULAR_BASE[base]
    if stem.endswith("e"):
        return stem + "d"  # agreeing -> agreed
    if stem.endswith("y") and stem[-2:-1] not in ("a", "e", "o", "u"):
        return stem[:-1] + "ied"  # trying -> tried
    return stem + "ed"  # closing -> clos+ed, stopping -> stopp+ed, opening -> opened


# Participles after a comma that tell what followed the clause before, a happening of its own: "flooded the
# valley in March, forcing the county to close schools in April". Not "taking a second off the record":
# the manner of the same happening.
RESULT_PARTICIPLES = {
    "prompting", "forcing", "causing", "sparking", "triggering", "provoking", "spurring", "leading",
    "leaving", "killing", "injuring", "wounding", "displacing", "pushing", "sending", "driving", "bringing",
    "paving",
}
