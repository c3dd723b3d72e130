"""Read who said a statement: the attribution around a clause, the speaker it names, and the words after
"said" that lost their quotation marks.

A title drops its attribution ("..., the county said."), names the speaker when the attribution holds the
event's date ("..., a spokesman said Tuesday" -> "A spokesman said ..."), and resolves "he" to the last
person quoted. No parser: patterns with examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from timeline import person_nouns
from timeline.shorten import fit
from timeline.speech import alternation, words
from timeline.subject_heads import role_name
from timeline.title_length import MAX_TITLE
from timeline.verbs import first_verb, has_verb, is_past_form

# A person's name, with a title and lowercase particles: Dr. Alan Reyes, Jan de Vries, Ludwig van der Berg.
_NAME = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Rev)\.\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+(?:(?:de|da|di|du|del|der|den|van|von|la|le|al|bin|ter)\s+)*[A-Z][\w.'’-]*){0,3}"
)
# An apposition after a speaker's name: ", a spokesman", ", the company's chief executive".
_APPOSITION = r"(?:,\s+(?:a|an|the|his|her|its|their)\s[^,.;\"”]{1,60})?"
# A role in lowercase before a speaker's name: "said authority chair Dana Ruiz", "said club president X".
_ROLE = rf"(?:[a-z]+\s+){{0,2}}(?:{person_nouns.alternation('speaker')})"
# The speech verbs after a speaker ("the county said"), "told" with who was told; those before one ("said X").
TOLD_WHOM = r"told\s+(?:[A-Z][\w]*|reporters|journalists|lawmakers|parliament|senators|the\s+\w+)"
_AFTER_SPEAKER = alternation("after_speaker", told=TOLD_WHOM)
_BEFORE_SPEAKER = alternation("before_speaker")
# An attribution that ends a clause, each with an example.
TAIL = re.compile(
    # a quotation mark, not the apostrophe of "Kenya's"; old wire copy closes a quotation with ''
    # (the lookahead lets the search skip, fast, every position where neither branch can start)
    r"(?=[,\s\"”’'])(?:,\s*(?:''|[\"”’'])?\s*|\s*(?:''|[\"”’'])\s+)(?:"
    rf"(?P<s1>he|she|they|it|we|officials?|police|{_NAME}{_APPOSITION},?"
    # union leaders said / a Taiwan presidential spokesman said / the Central Bank of Norland (CBN) said
    r"|(?:[\w'’.()-]+\s+){0,5}[\w'’()-]+)"
    r"(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bbeen)"  # "it was said" names no speaker
    rf"\s+(?:{_AFTER_SPEAKER})"
    rf"|(?:{_BEFORE_SPEAKER})\s+(?P<s2>{_NAME}|the\s+\w+(?:\s+\w+)?|{_ROLE}\s+{_NAME}){_APPOSITION}"
    r"|according\s+to\s+(?P<s3>[^,.;]+)"
    rf"|it\s+(?:was|is|has\s+been)\s+(?:{alternation('it_was')})"  # it was said: no speaker
    r")(?:\s+(?:here|there))?(?:,?\s+(?:on|in|at|during)\s+(?:(?!that\s)[^,.;]){0,40})?[.,;!?\"”’']*\s*\Z"
)  # ... , he said. / ..., Diya told AFP. / ..., said Jan de Vries, a spokesman / ..., according to X
# What every TAIL holds: a speech verb of its roles, "according", or the verb of "it was said". Looking for
# these words first is about four times faster than the pattern, which tries every comma and quotation mark,
# and most titles and clauses hold none.
TAIL_HINT = re.compile(rf"{_AFTER_SPEAKER}|{_BEFORE_SPEAKER}|according|{alternation('it_was')}")
# TAIL_HINT's words, "said" first: each alternative is one of them, or "told" and whom, and "told" alone is
# one (a before_speaker word), so TAIL_HINT finds a match where one of these is (tests/test_tail_hint.py)
_HINT_WORDS = tuple(dict.fromkeys(["said", *words("after_speaker"), *words("before_speaker"), "according",
                                   *words("it_was")]))


def tail_hinted(text: str, start: int = 0, end: int | None = None) -> bool:
    """Tell whether TAIL_HINT.search(text, start, end) finds a match: a substring test per word, in C, where
    the pattern tries each word at every position."""
    if start or end is not None:  # the span, as the pattern's pos and endpos read it
        text = text[max(start, 0) : len(text) if end is None else max(end, 0)]
    return any(map(text.__contains__, _HINT_WORDS))


@lru_cache(maxsize=2048)  # a title and the routine-telling check ask of the same clause: half are repeats
def search_tail(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """Return TAIL's match in `text[start:end]` (as TAIL.search), after the cheap look for its words."""
    end = len(text) if end is None else end
    return TAIL.search(text, start, end) if tail_hinted(text, start, end) else None


# An attribution that opens a clause: "According to X, ...".
HEAD = re.compile(r"\A(?:according\s+to|as\s+reported\s+by)\s+[^,]+,\s*", re.I)

# Names for pronoun subjects: a person named next to a speech verb ("Antonio Guterres said", "said Jane Doe").
_SPEAKER = re.compile(
    r"(?P<a>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}(?:Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
    rf"(?=,?\s+(?:{alternation('names_person')}))"
    rf"|(?:{_BEFORE_SPEAKER})\s+(?P<b>(?:Mr\.|Mrs\.|Ms\.|Dr\.)?\s*[A-Z][a-z]+(?:\s+(?:Ma?c)?[A-Z][a-z]+)+)\b"
)
# A name after the words that say who the person is: "foreign ministry spokesman Cui Tiankai".
_ROLE_AND_NAME = re.compile(r"\b(?P<role>[a-z]+)\s+(?P<name>(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\Z")
_NOT_ROLES = {"the", "a", "an", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from"}
# A participle and its date after a source: "figures released on Thursday", "a report published in May".
_RELEASED = re.compile(
    r",?\s+(?:released|published|issued|presented|compiled|made\s+public|out)\s+(?:on|in|at|late|early|last"
    r"|this|earlier)\b.*\Z"
)
# A parenthesis inside a speaker: "the Asian Development Bank (ADB)".
_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")

_BEFORE_QUOTE = alternation("before_quote", told=r"told\s+\w+")
# A speech verb followed by a quotation: the title keeps the speaker and drops the quotation.
_QUOTE_AFTER_SPEECH = re.compile(
    rf"\b(?P<verb>{_BEFORE_QUOTE})\s*[,:]\s*[\"“‘'].*\Z", re.S
)
# What each of the two patterns needs, looked for before it (case-sensitive, as they are): a verb's first
# word and, for a quotation, its opening mark.
_BEFORE_QUOTE_WORDS = tuple(dict.fromkeys(verb.split()[0] for verb in words("before_quote")))
_QUOTE_MARKS = ('"', "“", "‘", "'")
# A capital after a speech verb, where a quotation lost its marks: "The bank said Inflation has eased".
_CAPITAL_AFTER_SAID = re.compile(
    rf"\b(?:{alternation('before_lost_quote')})\s+(?P<word>[A-Z][a-z]+)(?=\s+[a-z])"
)
_BEFORE_LOST_QUOTE_WORDS = tuple(dict.fromkeys(verb.split()[0] for verb in words("before_lost_quote")))
# Words that are common nouns or openers even with a capital, each with an example.
_COMMON_OPENERS = {
    "the", "a", "an", "it", "they", "we", "he", "she", "this", "these", "there", "its", "their", "about",
    "some", "more", "most", "many", "all", "several", "few", "only", "nearly", "almost", "over", "at", "in",
}
_COMMON_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ing", "ers", "ices")
# Endings of nationality adjectives: Italian, Japanese, British, Iraqi, Yugoslav, French, Swiss, Greek,
# Baltic, Thai.
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "av", "ch", "ss", "ek", "ic")


def speaker_before(text: str, position: int) -> str | None:
    """Return the surname of the last person quoted before `position`, if any."""
    name = None
    for match in speaker_matches(text, position):
        name = (match["a"] or match["b"]).split()[-1]
    return name


def speaker_matches(text: str, position: int) -> Iterator[re.Match[str]]:
    """Return the speakers quoted in the 2000 characters before `position`, in order (a name in group "a"
    before a speech verb, "Ruth Okafor said"; in "b" after one, "said Mr. Dale")."""
    return _SPEAKER.finditer(text, max(0, position - 2000), position)


def _named(tail: re.Match[str]) -> str | None:
    """Return who an attribution names: "he", "Jane Doe", "the ministry"; None for "it was said"."""
    return tail["s1"] or tail["s2"] or tail["s3"]


# Compiled once: dated is asked of every date that ends a clause. Only punctuation after the date; the
# words between a speech verb and its date ("said here on Wednesday").
_ONLY_PUNCTUATION = re.compile(r"[\s.,;!?\"”’']*")
_BEFORE_DATE = re.compile(r"(?:\s+(?:here|there|late|early|on|in|at|during))+\Z")


def dated(text: str, span: tuple[int, int], own: tuple[int, int]) -> re.Match[str] | None:
    """Return the attribution that ends the clause `text[span]` when the date `own` dates it, else None.

    The date may follow the speech verb bare ("a spokesman said Tuesday", "said here on Wednesday"):
    the attribution is read with the date taken out.
    """
    tail = dated_tail(text, span, own)
    return tail if tail and _named(tail) else None  # "..., the county said on Wednesday."


def dated_tail(text: str, span: tuple[int, int], own: tuple[int, int]) -> re.Match[str] | None:
    """Return the attribution that ends the clause `text[span]` when the date `own` dates it, named or
    not ("..., officials said last year"), else None.
    """
    tail = search_tail(text, max(span[0], span[1] - 200), span[1])
    if tail and own[0] >= tail.start():
        return tail
    before = text[max(span[0], own[0] - 200) : own[0]].rstrip()
    after = text[own[1] : span[1]]
    if not before or not _ONLY_PUNCTUATION.fullmatch(after):
        return None
    read = _BEFORE_DATE.sub("", before) + after
    tail = search_tail(read)
    return tail if tail and tail.start() < len(before) else None


def quoted(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """Return the attribution of a clause that is a quotation and its speaker ('"We will not back down,"
    the union leader told reporters.'), or None.
    """
    if not re.match(r"``|[\"“]", text[span[0] : span[0] + 2]):
        return None
    tail = search_tail(text, max(span[0], span[1] - 200), span[1])
    quote_end = max(text.rfind('"', span[0] + 1, span[1]), text.rfind("”", span[0], span[1]),
                    text.rfind("''", span[0], span[1]))
    named = tail is not None and (_named(tail) or "").lower() not in ("", "he", "she", "it", "they", "we")
    return tail if named and 0 <= quote_end <= tail.start() + 2 else None  # not "he": who is unsure


def reports_past(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a sentence is a quotation told in the past: '``We will rebuild,'' the mayor said.'
    Whatever its tense inside the marks, the telling narrates. Two apostrophes open a quotation too, as
    plain-text wires write it: "''We will rebuild,'' the mayor said."
    """
    if not re.match(r"``|''|[\"“]", text[span[0] : span[0] + 2]):
        return False
    # a quotation with no attribution of its own goes on with the speaker of the sentence before
    tail = search_tail(text, max(span[0], span[1] - 200), span[1])
    return tail is None or _PRESENT_TAIL.search(tail.group()) is None


# An attribution told in the present: "..., the board says", "..., it is said", "..., it has been said".
_PRESENT_TAIL = re.compile(r"\b(?:says|is|has\s+been)\b")


def ends_told(text: str, span: tuple[int, int]) -> bool:
    """Tell whether a sentence ends on an attribution told in the past, whatever the tense of what it
    tells: "The government will pay a price, Perez said."."""
    tail = search_tail(text, max(span[0], span[1] - 200), span[1])
    return tail is not None and _PRESENT_TAIL.search(tail.group()) is None


def speaker(tail: re.Match[str], text: str, position: int, *, room: int) -> str:
    """Return the speaker an attribution names, capitalized, in `room` characters when it can.

    "he" becomes the last person quoted; a speaker longer than `room` gives way to the name after its
    role ("IMF director general Michel Camdessus" -> "Michel Camdessus").
    """
    who = _PARENTHESIS.sub("", re.sub(r"\s+(?:here|there)\Z", "", (_named(tail) or "").strip()))
    who = _RELEASED.sub("", who)  # "industry figures (released on Thursday)": the date went to the event
    if who.lower() in ("he", "she"):
        who = speaker_before(text, position) or who
    name = _ROLE_AND_NAME.search(who)
    if len(who) > room and name and name["role"] not in _NOT_ROLES and not has_verb(name["role"]):
        who = name["name"]
    return who[:1].upper() + who[1:]


def _is_common(word: str, text: str, span: tuple[int, int]) -> bool:
    """Tell whether a capitalized word is a common word ("Inflation", "About"), not a name ("Britain")."""
    if not re.fullmatch(r"[A-Z][a-z]+", word):
        return False
    lower = word.lower()
    if lower in _COMMON_OPENERS or lower.endswith(_COMMON_ENDINGS):
        return True
    # seen in lowercase near the clause (near: a search of the whole text for each title is quadratic); `in`
    # first, as the pattern needs the word: no compile per word where it is absent
    near = text[max(0, span[0] - 2000) : span[1] + 2000]
    return lower in near and re.search(rf"\b{lower}\b", near) is not None


def _is_modifier_word(word: str, rest: str, text: str, span: tuple[int, int]) -> bool:
    """Tell whether a capitalized first word is a common word before a noun: "Rice prices", "Fresh violence".

    Not a name used as a modifier ("Toyota shares": seen with its capital inside a sentence nearby), not a
    nationality ("Italian factory prices"), not a subject before its verb ("Gingrich is").
    """
    following = re.match(r"[a-z][\w-]*", rest)
    if not re.fullmatch(r"[A-Z][a-z]+", word) or following is None or has_verb(following.group()):
        return False
    return not word.endswith(_NATIONALITY_ENDINGS) and not _named_nearby(word, text, span)


def _named_nearby(word: str, text: str, span: tuple[int, int]) -> bool:
    """Tell whether a word is seen with its capital inside a sentence near the clause: a name."""
    near = text[max(0, span[0] - 2000) : span[1] + 2000]
    return re.search(rf"(?<![.!?\"“]\s)(?<=[a-z,;]\s){word}\b", near) is not None


def reported(statement: str, text: str, span: tuple[int, int]) -> str:
    """Return a statement as it reads after "X said": its first word lowercased unless it is a name."""
    first, _, rest = statement.partition(" ")
    # a plural before a plural verb is a common noun: "Talks have stalled", not "Athens has"; before a past
    # form, when the word is never seen with its capital inside a sentence: "Exports rose", not "Philips sold"
    plural = re.fullmatch(r"[A-Z][a-z]+[^s]s", first) and (
        re.match(r"(?:have|are|were)\b", rest)
        or (is_past_form(rest.split(" ", 1)[0]) and not _named_nearby(first, text, span))
    )
    if first in ("The", "A", "An", "It", "This", "These", "Its") or _is_common(first, text, span) or (
        _is_modifier_word(first, rest, text, span) or plural
    ):
        return f"{first.lower()} {rest}"
    return statement


def _is_answer(quote: re.Match[str]) -> bool:
    """Tell whether a quotation after a speech verb and a colon is a short answer: 'said: "No."'."""
    words = quote.group()[len(quote["verb"]) :]
    return words.lstrip().startswith(":") and len(re.findall(r"\w+", words)) <= 5


def unquote(title: str, text: str, span: tuple[int, int]) -> str:
    """Drop a long quotation after a speech verb (a short answer stays), and lowercase a common word after
    "said" where a quotation lost its marks ("The bank said Inflation has eased").
    """
    if any(map(title.__contains__, _BEFORE_QUOTE_WORDS)) and any(map(title.__contains__, _QUOTE_MARKS)):
        title = _QUOTE_AFTER_SPEECH.sub(lambda m: m.group() if _is_answer(m) else m["verb"], title)
    lost = any(map(title.__contains__, _BEFORE_LOST_QUOTE_WORDS))
    return _CAPITAL_AFTER_SAID.sub(lambda m: _lower_common(m, text, span), title) if lost else title


def _lower_common(match: re.Match[str], text: str, span: tuple[int, int]) -> str:
    """Lowercase a capitalized word after "said" that is a common word, not a name ("said Inflation")."""
    word = match["word"]
    lowered = word.lower() if _is_common(word, text, span) else word
    return match.group()[: match.start("word") - match.start()] + lowered


# Figures that show what happened, before the news they show: "Labour ministry figures indicate that",
# "A survey by the bureau showed". The news is what they show.
_FIGURES_SHOW = re.compile(
    r"[^,;\"“]{0,60}?\b(?i:statistics|figures|data|surveys?|reports?|stud(?:y|ies)|records|estimates)\s+"
    r"(?:[\w'’-]+\s+){0,8}?(?:show|shows|showed|shown|indicate|indicates|indicated|suggest|suggests"
    r"|suggested|reveal|reveals|revealed)\s+(?:that\s+)?"
)
_SHOW_STEMS = ("show", "indicate", "suggest", "reveal")
# A speech verb and "that" before what was said: "Speaker Nabih Berri said that the atmosphere ...".
_SAID_THAT = re.compile(
    rf"\b(?:{alternation('before_that')})"
    r"(?:\s+in\s+an?\s+(?:statement|report|letter|interview)(?:\s+(?:issued|released|published)\s+here)?)?"
    r"\s+that\s+"
)  # "... said that", "... said in a statement issued here that"


def short_report(title: str) -> str | None:
    """Return a long reported statement made short enough to keep its own verb, or None.

    A cut that leaves "X said that the atmosphere" tells nothing: the headline drops "that" and cuts a
    role before the speaker's name ("Lebanese parliament Speaker Nabih Berri" -> "Nabih Berri").
    """
    # every verb of _FIGURES_SHOW holds one of _SHOW_STEMS: the pattern is asked only then
    long = len(title) > MAX_TITLE
    shows = _FIGURES_SHOW.match(title) if long and any(map(title.__contains__, _SHOW_STEMS)) else None
    if shows and not re.match(r"(?:he|she|it|they|we|i|you)\b", title[shows.end() :], re.I):
        statement = title[shows.end() :]
        if first_verb(statement) is not None:  # "Health ministry statistics indicate that | China performed"
            return fit(statement[:1].upper() + statement[1:])
    said = _SAID_THAT.search(title, 0, MAX_TITLE) if long and "that" in title else None
    if said is None or has_verb(title[said.end() : MAX_TITLE]):
        return None  # what was said keeps its verb already, or there is none
    speaker = title[: said.start()]
    named = role_name(speaker.rstrip(), least=4)  # "Parliament Speaker Lena Holm"
    speaker = f"{named} " if named else speaker
    for verb_that in (said.group().rstrip(), said.group().split()[0]):  # "that" goes only when it must
        short = f"{speaker}{verb_that} {title[said.end() :]}"
        verb = first_verb(short, len(short) - len(title) + said.end(), MAX_TITLE)
        if verb is not None and verb.end() <= MAX_TITLE - 8:
            return short  # what was said has its own verb, with room for what follows it
    # the statement's verb lies too far for the speaker to stay: the statement alone, its subject cut to
    # its head ("Cargo volumes at the three main harbours of the isles fell" -> "Cargo volumes ... fell")
    statement = title[said.end() :]
    if re.match(r"(?:he|she|it|they|we|i|you)\b", statement, re.I) or has_verb(title[: said.start()]):
        return None  # "it had scored a profit": who is only in the speaker; "did not name him but said"
    alone = fit(statement[:1].upper() + statement[1:])
    return alone if first_verb(alone) is not None else None


# A telling to someone before the "that" of what was told: "told reporters that", "assured them that".
_TOLD_WHOM_THAT = re.compile(
    r"\b(?:told|tells|assured|informed|reminded|warned|convinced)\s+(?P<whom>[\w'’ -]{2,40}?)\s+that\s"
)


def told_whom_that(text: str, whom: str) -> bool:
    """Tell whether `text` tells `whom` something with "that": "Shqirat told reporters that ..."."""
    return any(m["whom"].endswith(whom) for m in _TOLD_WHOM_THAT.finditer(text))
