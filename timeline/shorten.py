"""Cut a headline to at most 80 characters at a phrase boundary, never mid-word.

A cut keeps the subject and a verb in front of it and leaves nothing waiting for more at its end: no
auxiliary ("... Bettman is"), no verb waiting for its object ("... officials told"), no "and fell", no
preposition or article ("... advised its nationals against").
"""

from __future__ import annotations

import re

from timeline.chunks import open_phrase, predicate, verb_at_end
from timeline.speech import alternation, words
from timeline.subject_asides import main_subject, without_agent_phrase
from timeline.subject_heads import ING_NOUNS, name_head, short_subject
from timeline.verbs import first_verb, has_verb

MAX_TITLE = 80

# Last words after which a cut title dangles: an auxiliary, a verb waiting for its object.
_DANGLING = {
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "to", "can", "could",
    "may", "might", "must", "should", "not", "expected", "hoped", "expects", "hopes",
    "wants", "plans", "seeks", "a", "an", "the", "its", "his", "her", "their",
    "when", "while", "because", "if", "does", "do", "did", "own",  # "put forward their own (bills)"
    *words("dangles"),  # "... officials told", "... newspapers reported (that)"
}  # "... Bettman is", "... were buried when"
_MODALS = {"will", "would", "to", "can", "could", "may", "might", "must", "should"}  # "... will see"
# Words a long title may be cut before, keeping the subject and predicate in front of them.
_CUT_BEFORE = re.compile(
    r",\s|\s(?:for|in|to|with|after|before|because|while|as|at|on|by|from|which|who|that|and|but|despite|amid"
    r"|against|versus|--|about|among|during|between|into|over|under|through|including|across|toward"
    r"|towards|within|without|outside|once|until|unless|if|when|whereas|although|though)\s"
    r"|\s(?=[a-z]+ing\s)"  # before a participle: "voted a resolution | condemning ..."
)
# Words a cut title may not end on. Not "about", "through": "what we care about"; "occurred just (after
# ...)" drops its adverb.
_FUNCTION_WORDS = (
    "the a an of for to and or but in on at by with from as that after before while near into against "
    "across via within among amid just shortly soon immediately right even during between including under "
    "partly mainly largely who which whose whom beside despite onto upon toward towards versus throughout"
).split()
# A "due" left without its "to" ("fell by a tenth due (to the strike)"); not "the rent was due".
_DUE_END = re.compile(r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)\s+due\Z")
_TRAILING_FUNCTION = re.compile(rf"(?:\s+(?:{'|'.join(_FUNCTION_WORDS)}))+\Z", re.I)

# An auxiliary or a speech verb that a cut title may not end on: "The report was", "The survey said".
_AUXILIARY_END = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must"
                            r"|should|said|says|told)\Z")

# A hedge or a degree phrase that waited for the date just removed: "a cut, possibly (as soon as February)",
# "to vote as early (as Wednesday)", "as recently (as 2019)", "no later (than May)".
_HEDGE_END = re.compile(
    r"(?:,?\s+(?:possibly|perhaps|probably|maybe|reportedly)"
    r"|\s+(?:as|so)\s+(?:early|soon|late|recently|far\s+back|long\s+ago|much|many|little|few)(?:\s+as)?"
    r"|\s+no\s+(?:later|earlier|sooner)(?:\s+than)?"
    r"|\s+than"  # a comparison whose second term was the date: "rose faster (than in 1990)"
    r"|\s+in\s+(?:connection|relation|response|line|addition))+\Z",  # waiting for "with", "to"
    re.I,
)


# The last words _HEDGE_END can remove.
_HEDGE_LAST = {
    "possibly", "perhaps", "probably", "maybe", "reportedly", "early", "soon", "late", "recently", "back",
    "ago", "much", "many", "little", "few", "as", "later", "earlier", "sooner", "than", "connection",
    "relation", "response", "line", "addition",
}


def _loose_end(match: re.Match[str]) -> str:
    """Drop a loose end, keeping an "over" that is its verb's particle."""
    before = match["before"]
    if before is None:
        return ""
    return match.group() if before.lower() in _OVER_VERBS else before


def trim_end(text: str) -> str:
    """Drop function words and punctuation left dangling at the end of a cut title."""
    head, tail = text[:-60], text[-60:]  # the patterns only look at the last words
    if tail.endswith(("ing", "over")):
        tail = _LOOSE_END.sub(_loose_end, tail)
    if tail.endswith(_SPAN_END_WORDS):  # "..., a day (after it touched down)": clause cut
        tail = _SPAN_END.sub("", tail)
    if tail.endswith("due"):
        tail = _DUE_END.sub("", tail)
    words = tail.split()
    # The pattern can only match when the last word is one of them; most cuts end on another word, and
    # looking for a match ending at the end still tries every position.
    if words and (not words[-1].isascii() or words[-1].lower() in _FUNCTION_WORDS):
        tail = _TRAILING_FUNCTION.sub("", tail)
    last = tail.rstrip(" ,;:-–—").rsplit(None, 1)[-1:]
    if last and last[0].lower() in _HEDGE_LAST:  # one look at the last word before the slower pattern
        tail = _TRAILING_FUNCTION.sub("", _HEDGE_END.sub("", tail.rstrip(" ,;:-–—")))
    return (head + tail).rstrip(" ,;:-–—")


# A participle or an "over" left at the end of a cut: "... within three months, starting (from May 15)",
# "a 1-0 victory over (visiting Everton)"; not "the year is over", "the coach took over" (after a verb).
_LOOSE_END = re.compile(r",\s+[a-z]+ing\Z|(?P<before>[\w'’-]+)\s+over\Z")
# A span of time left at the end after a comma, its clause cut: "lost contact with the lander, a day".
_SPAN_END = re.compile(
    r"(?=[,\s])"  # both branches start on a comma or a space: the search skips other positions fast
    r"(?:,\s+(?:(?:nearly|almost|about|some|just|barely|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|\d+|several|some|many|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?|decades?)"
    r"|hours|days|weeks|months|years|decades)\Z"  # "..., weeks (after customers complained)"
    # a word that joined the date to the clause: "ban cars from the old town starting (in April)"; not
    # "Labour's lead was beginning"
    r"|(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)\s+(?:starting|beginning|effective)\Z)"
)
# The words every _SPAN_END match ends on: the pattern tries every comma and space, so look first.
_SPAN_END_WORDS = (
    "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades",
    "starting", "beginning", "effective",
)
# Verb forms that take "over" as their particle, or "be" before it ("the year is over").
_OVER_VERBS = {
    "is", "was", "are", "were", "take", "takes", "taking", "took", "taken", "hand", "hands", "handed", "turn",
    "turns", "turned", "win", "wins", "won", "blew", "blown", "boiled", "spilled", "spilt", "papered",
}  # "the coach took over", "the storm blew over"; not "will be closed over (the next year)"
_SAID_HERE = re.compile(rf"\b(?:{alternation('said_here')})\s+(?:here|there|today|reporters)\Z")


def dangles(title: str) -> bool:
    """Tell whether a cut title ends on a word that waits for more: an auxiliary, "to see", "-ing"."""
    last = title.rsplit(None, 2)[-2:]
    if not last:
        return False
    word = last[-1].lower()
    if word in ("here", "there", "today", "reporters") and _SAID_HERE.search(title, max(0, len(title) - 30)):
        return True  # "... said here": what was said is cut
    if re.search(r",\s+[\w'’-]+\Z", title):
        return True  # "... on the exchange, hit": a participle cut from its phrase
    if title.endswith(("'s", "’s")) and title[-3:-2].isalnum():
        return True  # "... of the 2006 regional cup women's": a possessive waits for its noun
    if re.search(r",\s+with\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\Z", title):
        return True  # "..., with the winners (meeting Spain)": an absolute phrase cut before its verb
    # the pattern tries every position of the last 60 characters: look only when its end or "that" is there
    start = max(0, len(title) - 60)
    ends = title.endswith(_WAITING_ENDS) or title.find("that", start) >= 0
    waits = _WAITS_FOR_OBJECT.search(title, start) if ends else None
    if waits and not (waits["rest"] and has_verb(waits["rest"])):
        return True  # "put forward", "said that the new tram line"
    joined = re.search(r"\b(?:and|or|but)\s+(?P<w>[\w'’-]+)\Z", title)
    if joined and (has_verb(joined["w"]) or joined["w"].lower() in ("up", "down")):
        return True  # "... since 1986 and fell", "... yen but up"; not "settlers and soldiers"
    participle = word.endswith("ing") and word not in ING_NOUNS and not (
        len(last) == 2 and last[0].lower() in _DETERMINERS
    )  # "... were seen fleeing" waits; "... during a meeting", "... the bombing" do not
    modal = len(last) == 2 and last[0].lower() in _MODALS and word not in _INTRANSITIVE
    return word in _DANGLING or participle or modal


# An end that waits for its object: a particle of a verb that needs one ("put forward", not "was put
# forward"), a "that" clause after a speech verb cut before its verb ("said that the new tram line").
_WAITS_FOR_OBJECT = re.compile(
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
_COUNT_END = re.compile(r"(?<![\w.,-])(?!(?:1[5-9]|20)\d\d\Z)(?:\d[\d,.]*|hundred|thousand|million|billion"
                        r"|trillion|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
                        r"|forty|fifty|sixty|seventy|eighty|ninety|dozen)\Z")  # "by around nine (percent)"
_NOUN_AFTER = re.compile(r"\s+(?P<w>[a-z][\w'’-]*)")


# Words after a cut up to a possessive, with no function word between: the cut split the noun phrase that
# the possessive ends ("the reach of the eastern | district's new authority").
_IN_POSSESSIVE = re.compile(rf"(?:\s+(?!(?:{'|'.join(_FUNCTION_WORDS)})\b)[\w-]+){{1,5}}['’]s\b", re.I)


def waits_for_noun(title: str, cut: int) -> bool:
    """Tell whether the cut title `title[:cut]` ends on a count whose noun follows the cut."""
    after = _NOUN_AFTER.match(title, cut)
    return (after is not None and after["w"] not in _FUNCTION_WORDS
            and _COUNT_END.search(title, max(0, cut - 20), cut) is not None)


# Verbs that need no object after a modal: "relations will continue", "the talks would resume".
_INTRANSITIVE = {
    "continue", "resume", "resign", "retire", "arrive", "expire", "collapse", "recover", "happen", "occur",
    "rise", "fall", "shrink", "improve", "succeed", "fail",
    # "the leaders agreed to meet", "the court will decide", "the markets will open"
    "meet", "talk", "vote", "speak", "return", "leave", "come", "go", "stay", "die", "end", "begin", "start",
    "decline", "compete", "open", "close", "decide", "proceed", "respond", "react", "testify", "appear",
}


# Words before an -ing word that make it a noun: "a meeting", "the bombing", "its spending".
_DETERMINERS = {
    "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "last", "first",
    # adjectives that make an -ing word a noun: "live streaming", "heavy fighting", "public spending"
    "live", "online", "public", "private", "heavy", "fresh", "new", "further", "more", "no", "any", "some",
}


# A capitalized word before a cut, which with one after it is a name cut in two ("Iranian | President").
_NAME_END = re.compile(r"[A-Z][\w'’-]*\Z")
# A lowercase word, then one capitalized word before a cut: a role and a first name, unless the word is a
# function word or a verb ("of Iranian", "sacked Foreign").
_AFTER_ROLE = re.compile(r"\b(?P<w>[a-z]{3,})\s+[A-Z][\w'’-]*\Z")
_NOT_ROLE = {"the", "and", "for", "from", "with", "into", "onto", "over", "under", "near", "about", "against",
             "between", "during", "after", "before", "said", "says", "told", "that", "which", "who"}


# A subordinate clause after a cut: what comes before it is whole.
_SUBORDINATOR = re.compile(
    r"\s(?:once|until|unless|if|when|because|while|after|before|although|though|whereas)\s"
)


# Two lowercase words (or a year or a code and a word) on either side of a cut, which with no function
# word, count or verb between them are nouns of one compound: "results conference | call", "its 2025 |
# results", "its Q4 | 2025". A count is no noun: "automate two | terminals" is left to the other rules.
_WORD_BEFORE = re.compile(r"(?<![\w'’.,-])(?P<w>[a-z]{2,}|(?:19|20)\d\d|[A-Z]+\d+)\Z")
_WORD_AFTER = re.compile(r"\s(?P<w>[a-z]{2,}|\d{4})\b(?![\w'’.,-])")
_COUNTS = set("two three four five six seven eight nine ten several many few both all some most more".split())


def _in_compound(title: str, cut: int) -> bool:
    """Tell whether a cut at `cut` falls between two nouns of one compound ("conference | call")."""
    # the word holds no space: searching from the last space before the cut finds the same match, without
    # trying every position of the title (the lookbehind still sees the character before)
    before = _WORD_BEFORE.search(title, title.rfind(" ", 0, cut) + 1, cut)
    after = _WORD_AFTER.match(title, cut)
    if before is None or after is None:
        return False
    stops = (_FUNCTION_WORDS, _DANGLING, _COUNTS)
    words = (before["w"], after["w"])
    return not any(any(w in s for s in stops) or w.endswith("ly") or has_verb(w) for w in words)


# A determiner, a possessive or a name after a verb: the start of its object ("announced | the ...").
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our|this|these|those|that)\s|[A-Z])")
# An aside between a subject and its verb, each with an example: a relative clause ("Skyhop, which flies
# to twelve towns, announced") goes; an apposition that is a name ("The island's carrier, Bluewing Air,
# announced") becomes the subject.
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\s[^,;]+,\s*\Z")
_NAME_APPOSITION = re.compile(r",\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s*\Z")


def _object_cut(title: str, short: str, verb: re.Match[str] | None) -> bool:
    """Tell whether a cut title ends on its verb, whose object the cut left out ("Qantas announced")."""
    object_after = verb is not None and _OBJECT_AFTER.match(title, verb.end()) is not None
    return object_after and len(short) == verb.end()


def _without_aside(title: str, verb: re.Match[str]) -> str | None:
    """Return the title without the aside between its subject and its verb, or None when it has none."""
    subject = title[: verb.start()]
    if (aside := _RELATIVE_ASIDE.search(subject)) is not None:
        return subject[: aside.start()] + " " + title[verb.start() :]
    if (named := _NAME_APPOSITION.search(subject)) is not None:
        return named["name"] + " " + title[verb.start() :]
    return None


# A speech verb and what was said after it: "said (that) ...", "told reporters that ...".
_SAID_CLAUSE = re.compile(
    rf"(?:{alternation('before_that')}|warned|confirmed|reported|predicted|believes|believed|claimed|argued)"
    r"(?:\s+(?:here|there|today))?\s+(?:that\s+)?(?=\S)"
    r"|told\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+that\s+(?=\S)"
)


# What open_phrase says of a cut that leaves a clause or a subject without its verb.
_CLAUSE_OPEN = ("clause", "subject", "auxiliary")
def _statement(title: str, verb: re.Match[str]) -> str | None:
    """Return what was said after the title's speech verb `verb`, fit, when it stands as a title, or None."""
    said = _SAID_CLAUSE.match(title, verb.start())
    statement = title[said.end() :] if said else ""
    if not said or not predicate(statement) or re.match(r"(?:he|she|it|they|we|i|you)\b", statement):
        return None  # no verb of its own, or who did it is only in the speaker ("it had scored")
    kept = fit(statement[:1].upper() + statement[1:])
    # a noun phrase or an object cut there is no worse than the speaker's title, whose cut leaves one open
    whole = predicate(kept) and not dangles(kept) and open_phrase(statement, len(kept)) not in _CLAUSE_OPEN
    return kept if whole else None


# An attribution after a statement: "..., said the coach".
_SAID_AFTER = re.compile(r",\s+(?:said|says|added|told)\b")
# An -ing word after a cut: "live | streaming".
_ING_AFTER = re.compile(r"\s[a-z]+ing\s")


def _phrase_inside(title: str, cut: int) -> float:
    """Weigh a cut at no phrase boundary: less inside a name or a compound ("Iranian | President")."""
    if _NAME_END.search(title, 0, cut) and re.match(r"\s+[A-Z]", title[cut:]):
        # "condemnation of Iranian | President": a cut inside a name; after a role ("former chairwoman
        # Megawati | Sukarnoputri") the first name alone still says who
        role = _AFTER_ROLE.search(title, 0, cut)
        return 0.0 if role and role["w"] not in _NOT_ROLE and not has_verb(role["w"]) else -0.5
    return -0.5 if _in_compound(title, cut) else 0.0  # "results conference | call": a compound cut


def fit(title: str, *, verb_after: int = 0) -> str:
    """Cut a title to at most 80 characters at a phrase boundary, never mid-word.

    The cut keeps a verb (the first after `verb_after`) in front of it and leaves no auxiliary or verb
    waiting for its object at the end, when it can: subject and predicate come before detail.
    """
    if len(title) <= MAX_TITLE:
        return title
    if verb_after == 0 and (plain := main_subject(title) or without_agent_phrase(title)) is not None:
        return fit(plain)  # the aside's verb is not the main verb, and a role gives way to its name
    verb = first_verb(title, verb_after)
    if verb is not None and verb.start() == 0:  # "Stuffed toys ... have opened": no title opens on its verb
        verb = first_verb(title, verb.end())
    # a verb too near the end leaves no room for what it says: "Singapore Minister for Information,
    # Communications and the Arts Lee Boon said (here that ...)"
    if verb_after == 0 and verb is not None and verb.end() > MAX_TITLE - 20:
        shorter = short_subject(title, verb.start(), names_only=verb.end() <= MAX_TITLE)
        if shorter is not None:
            return fit(shorter)
    verb_at = verb.end() if verb else len(title) + 1
    cuts = [m.start() for m in _CUT_BEFORE.finditer(title, 0, MAX_TITLE + 1) if m.start() >= 20]
    cuts += [m.start() for m in re.finditer(r"\s", title[: MAX_TITLE + 1]) if m.start() >= 20]
    best, best_score = title.rfind(" ", 0, MAX_TITLE), -1
    # each cut's score is at most its bound (whole, untrimmed, its phrase boundary counted): weigh the cuts
    # from the highest bound down, and stop when no bound left beats the best score found
    bounds = []
    for cut in set(cuts):
        kept = 4 if cut > verb_at + 2 else 3 if cut >= verb_at else 0
        phrase = 1 if _CUT_BEFORE.match(title, cut) else 0  # a cut inside a phrase weighs 0 or less
        bounds.append(((kept + 2 + phrase) * 1000 + cut, cut))
    for bound, cut in sorted(bounds, reverse=True):
        if bound <= best_score:
            break
        short = trim_end(title[:cut])
        # a whole phrase with a verb and nothing dangling first, then longer
        # the verb with something after it beats the verb alone ("Analysts have detected")
        kept = 4 if len(short) > verb_at + 2 else 3 if len(short) >= verb_at else 0
        quoted = short.count('"') % 2 == 1 or short.count("“") > short.count("”")
        boundary = None if quoted else _CUT_BEFORE.match(title, cut)  # not inside a quotation
        phrase = 1.0 if boundary else _phrase_inside(title, cut)
        if boundary and _ING_AFTER.match(title, cut) and short.rsplit(None, 1)[-1] in _DETERMINERS:
            phrase = 0.0  # "live | streaming" is one noun phrase, no phrase boundary
        if (kept + 2 + phrase) * 1000 + len(short) <= best_score:
            continue  # not better even with nothing left open: the rules below need not be asked
        loose = dangles(short) or (short == title[:cut].rstrip() and waits_for_noun(title, cut))
        # a phrase left open ("has ordered | the plan") is better than a word that waits ("the country's")
        # a clause or a subject left without its verb is as bad ("that the rebels | would")
        reason = None if loose else open_phrase(title, len(short))  # "appeared | to be"
        loose, opened = loose or reason in _CLAUSE_OPEN, reason is not None
        # "the reach of the eastern | district's new authority": the cut splits the possessive's phrase; not
        # after a verb, whose object it starts ("had chosen | Boeing's jet")
        possessive = "'s" in title[cut : cut + 60] or "’s" in title[cut : cut + 60]
        possessive = possessive and _IN_POSSESSIVE.match(title, cut) is not None
        loose = loose or (possessive and verb_at_end(short) is None)
        if loose and _SUBORDINATOR.match(title, cut) and short.rsplit(None, 1)[-1].lower() not in _DANGLING:
            loose = False  # "flights would resume | once repairs were complete": the verb needs no object
        if loose and _SAID_AFTER.match(title, cut):
            loose = False  # '"This is where we should be," said the coach': the statement ends there
        if kept == 3 and loose and _AUXILIARY_END.search(short):
            kept = 0  # a title left on its auxiliary ("The report was") is worse than one without a verb
        if opened and boundary:
            phrase = 0.0  # "announced | that it": no end of a phrase
        score = (kept + (0 if loose else 1 if opened else 2) + phrase) * 1000 + len(short)
        if (score, cut) > (best_score, best):
            best, best_score = cut, score
    short = trim_end(title[:best])
    # "... weather office issued frost | alerts": a noun cut from its compound waits too, when a plain subject
    # (no comma: not "Shortly after noon, McLaren placed") may be cut to its head to leave room for it
    compound = (verb is not None and "," not in title[: verb.start()] and not _SUBORDINATOR.match(title, best)
                and _in_compound(title, best))
    verb_only = _object_cut(title, short, verb)  # "... Qantas announced | the regional carrier's plan"
    waits = dangles(short) or waits_for_noun(title, best) or compound or verb_only
    opened = open_phrase(title, len(short)) is not None or dangles(short)
    waits = waits or opened
    if verb is not None and verb_after == 0 and waits and len(short) >= verb_at:
        # the best cut still waits for an object or a noun ("... of the country put (forward a plan)"): a
        # subject cut to its head leaves room for it
        shorter = short_subject(title, verb.start(), least=4)
        if shorter is None and (named := name_head(title[: verb.start()])) is not None:
            shorter = f"{named} {title[verb.start() :]}"  # "Harvard-trained Ellen Mora" -> "Ellen Mora"
        kept = fit(shorter) if shorter is not None and len(shorter) < len(title) else short
        whole = shorter is not None and open_phrase(shorter, len(kept)) not in _CLAUSE_OPEN
        if kept != short and not dangles(kept) and not _COUNT_END.search(kept) and has_verb(kept) and whole:
            return kept
        # no subject head: an aside between subject and verb goes, if that leaves room for the object
        aside = _without_aside(title, verb) if verb_only else None
        if aside is not None:
            kept = fit(aside)
            verb_end = len(aside) - (len(title) - verb.end())  # where the verb ends without the aside
            if len(kept) > verb_end + 1 and not dangles(kept):
                return kept
        # no room for the speaker: what was said, when it has a verb of its own ("He also said the leader
        # | expected to meet ..." -> "The leader expected to meet ...")
        if opened and (statement := _statement(title, verb)) is not None:
            return statement
    if verb is not None and verb_after == 0 and len(short) < verb_at and verb.end() <= MAX_TITLE:
        # every cut lost the verb ("A total of 3,640 patients with signs of the fever | have been
        # admitted"): a subject cut to its head keeps subject and predicate
        quoted = re.search(r"[\"“”]", title[: verb.start()])  # not a title inside a quotation
        shorter = None if quoted else short_subject(title, verb.start())
        if shorter is not None and len(shorter) < len(title):
            kept = fit(shorter)
            return kept if has_verb(kept) else short
    return short
