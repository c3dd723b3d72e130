"""Title a long clause by its shortest whole headline: subject, verb group, complement, cut where a phrase
that a reader may lose begins.

A cut title of a clause too long for 80 characters is whole only when what it drops is an adjunct: a
phrase of place or time ("in Switzerland", "during the talks"), a clause of its own ("while prices fell",
"which ..."), a participle after a noun ("ballots | cast by ..."), a second predicate ("killed 200 people |
and left dozens burned"), an aside after a comma. A phrase that opens with "of", "to", "for", "about",
"with", "on" often completes the word before it ("the need | for", "raised doubts | about", "in the run-up |
to"), which the title's last words cannot tell: a cut there is never made. `shortest_whole` takes, of the
clause's wordings in candidates's order, the first whose longest cut at such a boundary timeline.complete
calls whole and keeps 15 characters of the predicate (else the one that keeps the most). `open_cut` tells
a chosen cut whose next word most likely completes it, which candidates.choose replaces by this title.
Words are only deleted, never rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.complete import complete
from timeline.cut_words import modifier_after, waits
from timeline.leads import led
from timeline.open_complements import cut_clause
from timeline.title_ends import FUNCTION_WORDS, trim_end
from timeline.title_length import MAX_TITLE
from timeline.verbs import IRREGULAR_PAST, first_verb, has_verb, is_verb_word

# Words that open an adjunct a headline may drop, each with an example of a whole cut before it.
ADJUNCT_OPENERS = {
    "in": "Norway will be based at a hillside inn | in Austria",
    "at": "The minister arrived | at the summit",
    "during": "Two soldiers were killed | during a clash",
    "after": "The talks collapsed | after a week",
    "before": "The envoy resigned | before the vote",
    "since": "Unemployment has fallen | since June",
    "until": "The ministers will stay | until Friday",
    "amid": "Shares fell | amid fears of a slowdown",
    "despite": "The club won | despite the injuries",
    "following": "Police arrested 40 people | following the riots",
    "because": "The flight was cancelled | because the crew fell ill",
    "while": "Exports rose 5 percent | while imports fell",
    "when": "The roof collapsed | when the storm hit",
    "whereas": "Sales rose | whereas profits fell",
    "although": "The law passed | although critics objected",
    "though": "The law passed | though critics objected",
    "unless": "The strike will go ahead | unless the board yields",
    "once": "The bridge will reopen | once repairs end",
    "under": "The city was rebuilt | under a 1995 plan",
    "near": "A bomb exploded | near the border",
    "across": "Storms caused damage | across the region",
    "throughout": "Prices fell | throughout the year",
    "within": "The army will withdraw | within a month",
    "outside": "Protesters gathered | outside the embassy",
    "including": "Eight people were killed | including three children",
    "among": "The virus spread | among farm workers",
    "but": "Polling began | but the count was delayed",
    "where": "The rebels retreated to the port | where they regrouped",
    "who": "The council sacked the coach | who had lost ten games",
    "which": "The firm cut 500 jobs | which it said were no longer needed",
    "whose": "The panel heard a witness | whose testimony was sealed",
}
_BOUNDARY = led(r"[,;\s]",
    r",\s|;\s|\s(?:--|—|–)\s"
    rf"|\s(?=(?:{'|'.join(ADJUNCT_OPENERS)})\s)"
    r"|\s(?=and\s)"  # kept only before a second predicate: "killed 200 people | and left dozens burned"
    r"|(?<=[a-z])(?P<ed>\s)(?=[a-z]{3,}ed\s+(?:by|in|at|from|under|during|for|with|on)\s)"  # "votes | cast"
    # a participle in -ing after its noun: "a route | linking Beijing with Lagos"
    r"|(?<=[a-z]{3})(?P<ing>\s)(?=[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her|[A-Z0-9]))"
    r"|\s(?=by\s)"  # kept only right after a passive verb or before a means: "was approved | by the council"
    r"|\s(?=with\s)"  # kept only after a name: "wrapped up in Nairobi | with the adoption of ..."
)
# A name before "with", which ends a phrase of place: "wrapped up in Nairobi | with the adoption of ...".
_NAME_BEFORE = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\Z")
# A comma after the subject and its aside, the main verb after it: "Thirteen traffickers, accused of murder
# | , have been hanged": the cut keeps no predicate of the clause.
_VERB_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
# Words before a participle that make it a verb of the clause, not a noun's modifier: "was | hidden".
_NOT_NOUNS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "to", "not", "will",
              "would", "can", "could", "may", "might", "must", "should", "and", "or", "who", "which", "that"}
# Words after "and" that open a second predicate, past an adverb: "and (later) left", "and (are) often".
_AND_VERB = re.compile(r"and\s+(?:[a-z]+ly\s+)?")


def _boundaries(form: str, after: int) -> list[int]:
    """Return the places after `after` where a cut drops only an adjunct, the last first."""
    places = []
    for match in _BOUNDARY.finditer(form, after, MAX_TITLE + 40):  # room for the word after the place
        place = match.start()
        if place > MAX_TITLE + 1:
            break
        before = form[:place].rsplit(None, 1)[-1:]
        means = re.match(r" by [a-z]+ing\s", form[place:]) is not None  # "| by hiding them": a means
        if form.startswith(" by ", place) and place != after and not means:
            continue  # "the effort | by the study group": the agent of a noun, which it may need
        if form.startswith(" with ", place) and _NAME_BEFORE.search(form, 0, place) is None:
            continue  # "talks | with the rebels": the noun may need its partner
        if (verb := _VERB_AFTER_COMMA.match(form, place)) and is_verb_word(verb["verb"]) and not (
            verb["verb"].endswith(("ing", "ed"))  # ", caused by the rise": a participle's phrase
        ):
            continue  # "Thirteen traffickers, accused of murder | , have been hanged": no main verb kept
        participle = match.lastgroup is not None
        if participle and len(form[after:place].split()) < 2:
            continue  # "China is fast | gaining": a participle right after the verb is its complement
        if participle and before and (before[0].lower() in _NOT_NOUNS or before[0].endswith("ly")):
            continue  # "pressure was | mounting": the participle is the clause's verb
        if match.lastgroup == "ing" and before and (
            before[0][:1].isupper() or form[place + 1 :].split(None, 1)[0].lower() in _ING_NOUNS
        ):
            continue  # "a failed Tibetan | uprising": a noun in -ing, no participle
        if match.lastgroup == "ing" and before and (
            has_verb(before[0].lower()) or " with " in form[max(0, place - 50) : place]
        ):
            continue  # "voters started | casting their ballots", "with the index | rising": no modifier
        if participle and _SECOND_SUBJECT.search(form, max(0, place - 40), place + 1):
            continue  # "and fans | called for": the verb of a second clause
        if form.startswith(" and ", place):
            words = _AND_VERB.match(form, place + 1)
            verb = first_verb(form, words.end(), words.end() + 30)
            if verb is None or verb.start() != words.end():
                continue  # "half a ton of opium | and heroin": a list, not a second predicate
        places.append(place)
    return sorted(set(places), reverse=True)


def _verb_group_end(form: str, verb_start: int) -> int:
    """Return where the verb group that starts at `verb_start` ends: "have been (simultaneously) hanged"."""
    at = verb_start
    for word in re.finditer(r"[\w'’-]+", form[verb_start : verb_start + 60]):
        token = word.group().lower()
        if has_verb(token) or token.endswith("ly") or token in ("not", "never", "also", "still", "already"):
            at = verb_start + word.end()
            continue
        break
    return at


def _open_aside(title: str, form: str, place: int, group_end: int) -> bool:
    """Tell whether the title ends inside a phrase after a comma that has no verb and goes on after the cut,
    not a name: "..., exactly 1,000 days | before"; not "in Paris, France | in May".
    """
    comma = title.rfind(", ", group_end)
    if comma < 0 or place >= len(form.rstrip(" .")):
        return False
    segment = title[comma + 2 :]
    if has_verb(segment):
        return False
    listed = form.startswith((",", " and "), place)  # "from North America, Europe | , Africa and ..."
    return listed or not form.startswith(";", place) and not all(w[:1].isupper() for w in segment.split())


def _modifier_end(title: str, group_end: int) -> bool:
    """Tell whether a title ends on a participle that modifies the noun before it, cut from its phrase:
    "seized 40 kilos of cocaine hidden | (in crates)".
    """
    words = title[group_end:].split()
    if len(words) < 2:
        return False
    if words[-1].lower() in ("up", "down", "out", "off") and len(words) > 2:
        words = words[:-1]  # "checkpoints set up | in the north": the particle goes with its participle
    last, before = words[-1].lower(), words[-2].lower()
    participle = last.endswith(("ed", "en")) or last in IRREGULAR_PAST
    return participle and before not in _NOT_NOUNS and not before.endswith("ly")


# A time measure before "after", "before", "since": "just a day (after)", "two weeks (before)".
_MEASURE_END = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several|many|just|shortly|soon|long"
    r"|hours|days|weeks|months|years|minutes|moments)\s*(?:[a-z]+\s+)?(?:day|days|week|weeks|month|months|year"
    r"|years|hour|hours|minutes|moments|shortly|soon|long)?\Z"
)
# A sum of money, which "in" after it tells the kind of: "15 million dollars (in aid)".
_MONEY_END = re.compile(r"\b(?:dollars|euros|pounds|yuan|yen|francs|rupees|million|billion)\Z")
# Names after a comma that go on to "and" or another comma: an item of a list.
_LIST_AFTER = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:,|\s+and\s)")

# Nouns in -ing, which a participle boundary must not take for a participle: "a failed | uprising".
_ING_NOUNS = {
    "uprising", "meeting", "building", "funding", "training", "hearing", "opening", "beginning", "spending",
    "housing", "shooting", "bombing", "killing", "fighting", "landing", "ruling", "offering", "warning",
    "briefing", "evening", "morning", "gathering", "setting", "finding", "bidding", "listing", "trading",
    "wedding", "ceiling", "clothing", "earnings", "savings", "spring", "string", "thing", "king", "wing",
}
# A subject of a second clause before a verb in -ed: "won four matches and fans | called for ...".
_SECOND_SUBJECT = re.compile(r"\b(?:and|but)\s+(?:[\w'’-]+\s+){0,2}\Z")

# Verbs that want a place after their object: "put measures (in place)", "sent troops (to the border)".
_PLACE_VERB = re.compile(
    r"\b(?:put|puts|putting|placed|places|sent|send|sends|brought|bring|brings|kept|keep|keeps|laid|lay|lays)"
    r"\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\Z"
)
_PREPOSITIONS = {"in", "at", "on", "into", "to", "under", "near", "across", "within", "outside"}
# A verb of saying or hoping, which a subject and its verb follow: "said she hoped | all the members ...".
_SAYING = re.compile(
    r"\b(?:said|says|hoped|hopes|believed|believes|thinks|thought|expects|feared|fears|warned|added|claimed"
    r"|insisted|stressed|announced)\s+(?:that\s+)?"
)
_FRONT_PREPOSITIONS = {"besides", "with", "in", "on", "at", "for", "after", "before", "during", "despite",
                       "amid", "by", "following", "from", "under", "to", "as", "since", "until", "without",
                       "unlike"}

# A front phrase a headline drops: an adverb ("Currently,", "So far,"), a subordinate clause ("While talks
# went on,"), a front adjunct ("Under laws to go before Parliament,", "With the truce holding,").
_FRONT = re.compile(
    r"\A(?:[A-Z][a-z]+ly|However|Meanwhile|Still|Yet|Instead|Earlier|Later|So\s+far|Until\s+now|For\s+now"
    r"|In\s+addition|By\s+contrast|In\s+turn|At\s+the\s+same\s+time|On\s+the\s+other\s+hand),\s+"
    r"|\A(?:While|Although|Though|As|Since|Because|When|After|Before|If|Once|Even\s+(?:if|though|as|when)"
    r"|Under|Amid|Despite|During|Following|With|Without)\s"
    r"[^,;]{8,120},\s+(?=[a-z]*[A-Za-z])"
)


# A subordinate clause opening a wording, whose verb is no main verb: "Even if China has ...".
_FRONT_CLAUSE = re.compile(r"(?:If|When|While|Although|Though|Because|Since|As|Once|Unless|Even)\s")


def without_front(form: str) -> str | None:
    """Return the form without its front adverb or subordinate clause when a predicate follows, or None."""
    front = _FRONT.match(form)
    if front is None or not has_verb(form[front.end() :]):
        return None
    rest = form[front.end() :]
    return rest[:1].upper() + rest[1:]


# Words after a bare verb that open a clause of its own, which a title ending on the verb may drop: "Polling
# began | but ...", "The levee held | while ...".
_CLAUSE_AFTER = {"but", "and", "while", "when", "because", "although", "though", "whereas", "unless", "once"}
_BE_WORDS = {"is", "are", "was", "were", "be", "been", "being"}
# The characters after its verb that make a wording good enough to stop looking (candidates's measure).
_ENOUGH_AFTER_VERB = 15


def _allowed(title: str, form: str, place: int, verb_start: int, group_end: int) -> bool:
    """Tell whether a cut title is one this module may give, before complete() is asked: it keeps a
    complement of a verb that needs one, no phrase it cuts is left open.
    """
    if len(title) > MAX_TITLE or len(title) < group_end or _modifier_end(title, group_end):
        return False
    rest = form[place:].lstrip(" ,;")
    following = rest.split(None, 1)[0].lower() if rest else ""
    if len(title.rstrip()) <= group_end + 1 and rest:  # the verb alone: "Ortega needs | at least ..."
        group = form[verb_start:group_end].lower().split()
        passive = len(group) > 1 and any(word in _BE_WORDS for word in group[:-1]) and following == "by"
        if not passive and following not in _CLAUSE_AFTER and not form.startswith(",", place):
            return False  # "The peso was quoted | at 19.42": the verb's complement; "was delayed | by" may go
    infinitive = rest and re.search(r"\bto\s+[a-z]+\Z", title) is not None
    if infinitive and (following in _PREPOSITIONS | {"with", "for", "from"} or not (
        following in ADJUNCT_OPENERS or form.startswith(",", place)
    )):
        return False  # "left for Dhaka to participate | in the summit", "set up to trace | funds": it waits
    if re.match(r"(?:at\s+(?:least|most)|in\s+order)\b", rest):
        return False  # "needs | at least 35 percent": no phrase of place
    if following == "in" and _MONEY_END.search(title):
        return False  # "will give 8 million euros | in flood relief": what the money is
    if following == "at" and re.search(r"(?:\d|\b(?:cents|percent|points|dollars|euros))\Z", title):
        return False  # "closed up 31 cents | at 71.14 dollars": the level reached
    if following == "in" and re.match(r"in\s+[a-z]+ing\b", rest):
        return False  # "joined the union | in condemning the report": the act joined in
    if following in ("after", "before", "since") and _MEASURE_END.search(title):
        return False  # "was hurt just a week | after his arrival": the measure waits for its event
    if form.startswith(",", place) and _LIST_AFTER.match(form, place):
        return False  # "will lose Ocio | , Puerta and Marti": a list cut before its last items
    if following in _PREPOSITIONS and _PLACE_VERB.search(title, max(0, len(title) - 50)):
        return False  # "had put measures | in place": the verb waits for where
    if following in ("who", "which", "that") and _verbless_statement(title):
        return False  # "said she hoped all the members | who ... would come back": the statement's subject
    if _open_aside(title, form, place, group_end):
        return False  # "opened the stadium, exactly 500 days | before the games": the aside is cut
    return waits(form, place) is None  # "caused by the drop | in demand": the noun of change waits


def _verbless_statement(title: str) -> bool:
    """Tell whether the title ends on what was said, a subject without its verb: "said he hoped all the
    countries"; not "said it respected the decision".
    """
    found = list(_SAYING.finditer(title, max(0, len(title) - 60)))
    said = found[-1] if found else None
    return said is not None and said.end() < len(title) and not has_verb(title[said.end() :])


def _best_cut(form: str, verb_start: int) -> str | None:
    """Return the longest whole cut of one wording at a boundary before an adjunct, or None."""
    group_end = _verb_group_end(form, verb_start)
    if group_end > MAX_TITLE:
        return None
    places = _boundaries(form, group_end)
    if len(form) <= MAX_TITLE:
        places.insert(0, len(form))
    for place in places:
        title = trim_end(form[:place])
        if not _allowed(title, form, place, verb_start, group_end):
            continue
        if complete(title) is None and not cut_clause(title, form[len(title) :]):
            return title
    return None


def _lost_subject(subject: str, whole: str) -> bool:
    """Tell whether a shorter wording's subject lost what names it: the phrase after a short head ("The
    yield | on the bond", "A new type | of stethoscope"), or the name the whole's subject ends on ("A former
    colony, | Ivory Coast").
    """
    short = len(subject.split()) <= 3
    if short and any(f" {subject} {prep} " in f" {whole}" for prep in ("of", "on", "for")):
        return True
    verb = first_verb(whole, len(subject))
    before = whole[: verb.start()].split() if verb is not None else []
    if before and before[-1][:1].isupper() and not subject.endswith(before[-1]):
        return True
    # "(Oslo's North Sea Energy) Enterprises Index": a name cut inside, not a person to the surname
    at = len(before) - len(subject.split())
    inside = 0 < at < len(before) and before[at - 1][:1].isupper() and before[at][:1].isupper()
    return inside and len(subject.split()) > 1


def shortest_whole(forms: Iterable[tuple[str, int]], whole: str = "") -> str | None:
    """Return the whole cut of the wordings `forms` (each with where its main verb starts), cut only before
    an adjunct, at most 80 characters: the first wording's that keeps 15 characters of its predicate, else
    the one that keeps the most; or None when none is whole.
    """
    best, best_score = None, None
    for form, verb_start in forms:
        subject = form[:verb_start]
        words = subject.split()
        if not words or words[-1].endswith("ly") or "," in subject or has_verb(subject) or (
            _FRONT_CLAUSE.match(subject) or words[0].lower() in _FRONT_PREPOSITIONS
        ):
            continue  # "Chiluba first left (for ...) ... lifted": the verb found is not the subject's
        if whole and form != whole and _lost_subject(subject.strip(), whole):
            continue  # "A new type (of stethoscope)", "A former Dutch colony(, Suriname)": a part lost
        title = _best_cut(form, verb_start)
        if title is None:
            continue
        score = (len(title) - verb_start, len(title))
        if score[0] >= _ENOUGH_AFTER_VERB:
            return title
        if best_score is None or score > best_score:
            best, best_score = title, score
    return best


# Nouns of time before "to", which end a phrase the infinitive after is no part of: "for a long time | to".
_TIME_NOUNS = {"time", "times", "while", "day", "days", "week", "weeks", "month", "months", "year", "years",
               "period", "decade", "decades", "hours", "minutes", "future", "moment"}

# Words after a cut that complete the word before it more often than not: "raised doubts | about", "in the
# run-up | to", "the performance | of".
_COMPLEMENT_OPENERS = {"of", "about", "to", "than", "between", "into", "whether"}
_FUNCTION_AFTER = set(FUNCTION_WORDS) | {
    "on", "for", "around", "beyond", "throughout", "along", "off", "up", "out", "down", "ahead", "so", "then",
    "since", "until", "where", "when", "following", "because", "if", "unless", "whose", "whom", "not", "also",
    "here", "there", "now", "yet", "already", "still", "only", "said", "says", "told", "according", "than",
    "without", "unlike", "like", "over", "through", "except", "besides", "per", "once", "whereas", "although",
    "though", "whether", "how", "why", "what",
}


def open_cut(form: str, place: int) -> bool:
    """Tell whether a cut of `form` at `place` most likely leaves a phrase open: the next word completes
    the one before ("the need | for") or goes on inside its phrase ("state-owned | enterprises").
    """
    rest = form[place:]
    if (verb := _VERB_AFTER_COMMA.match(form, place)) and is_verb_word(verb["verb"]) and not (
        verb["verb"].endswith(("ing", "ed"))
    ) and "," in form[:place]:
        return True  # "said that a small force, as yet unnamed | , will remain": no verb of its own
    if not rest.strip() or rest[:1] in ",;:" or rest.lstrip()[:1] in "-—–(\"“":
        return False
    following = rest.split(None, 1)[0].lower().strip("\"“”'")
    last = form[:place].rsplit(None, 1)[-1]
    if following in _PREPOSITIONS and re.search(r"\bto\s+[a-z]+\Z", form[:place]):
        return True  # "rose 44 points to close | at 4,979": the infinitive's complement
    if following == "to" and (last[:1].isupper() or last.lower() in _TIME_NOUNS):
        return False  # "a zone in south Lebanon | to protect", "for a long time | to ...": a purpose
    if following in _COMPLEMENT_OPENERS:
        return True
    participle = following.endswith(("ed", "en")) or following in IRREGULAR_PAST
    if participle and modifier_after(form, place):
        return False  # "the old high of 9 meters | recorded in 1954": the noun's phrase may go
    return following.isalpha() and following.islower() and following not in _FUNCTION_AFTER and not (
        following.endswith(("ing", "ly"))
    )
