"""Title a date that is the new date of a happening, not the date of the clause's verb.

In "The court moved the hearing to June 3" the date is where the hearing went, the complement of "moved":
the court did not move it on June 3. The event on June 3 is the hearing, and its title says so: "The
hearing is now scheduled". So with "Elections were pushed back to 2026" ("Elections are now scheduled") and
"The board set March 5 as the date of the vote" ("The vote is scheduled"). Only a noun that names a
happening (_HAPPENINGS) takes the title: "pushed back its target to 2030" keeps its own. No parser: shallow
rules, each with an example.
"""

from __future__ import annotations

import re

from timeline.verbs import be_for


class _Lazy:
    """A pattern compiled when first used: most texts never reach this module's patterns (their pre-checks
    fail), and compiling them all on import cost more than a corpus of short stories uses them."""

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):  # noqa: ANN204 (the compiled pattern's methods)
        if self._compiled is None:
            self._compiled = re.compile(self._pattern)
        return getattr(self._compiled, name)


# Nouns that name a happening one can set a date for, each with an example.
_HAPPENINGS = {
    "vote": "The board set March 5 as the date of the vote",
    "ballot": "The union moved the ballot to May 2",
    "referendum": "The referendum was pushed back to 2026",
    "election": "The council moved the election to June 3",
    "poll": "The polls were postponed until October",
    "hearing": "The court moved the hearing to June 3",
    "trial": "The judge delayed the trial until March",
    "sentencing": "The sentencing was postponed to Friday",
    "inquest": "The coroner adjourned the inquest until May 4",
    "meeting": "The council moved its meeting to Thursday",
    "summit": "The summit was rescheduled for October 12",
    "talk": "The talks were pushed back to next week",
    "conference": "Organisers postponed the conference until 2027",
    "debate": "The debate was moved to Tuesday",
    "launch": "The company delayed the launch until September",
    "release": "The studio pushed back the film's release to July",
    "opening": "The opening was delayed to spring",
    "match": "The league postponed the match to Sunday",
    "game": "The game was moved to Saturday",
    "final": "The league postponed the final to July 20",
    "race": "Organisers brought the race forward to Saturday",
    "ceremony": "The ceremony was postponed until May",
    "inauguration": "The inauguration was moved to January 20",
    "visit": "The minister put off his visit until March",
    "strike": "The union delayed the strike until Monday",
    "auction": "The auction was moved to Friday",
    "festival": "The festival was pushed back to August",
}
# Verbs that give a happening a new date; their complement "to", "until", "for" leads to it.
_MOVES = (
    r"moved|pushed\s+back|pushed|postponed|delayed|deferred|rescheduled|brought\s+forward|put\s+off|put\s+back"
    r"|shifted|adjourned|bumped"
)  # "moved the hearing to", "pushed back the release to", "were postponed until"
# A noun phrase of up to four words after a determiner or a possessive ("the film's release").
_NP = (
    r"(?P<np>(?i:the|its|his|her|their|this|next|a)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+"
    r"|[A-Z][a-z]+(?:\s+[a-z]+)?)"
)
# "set March 5 as the date of the vote", "fixed May 30 as the vote's date", "named Friday as polling day"
_AS_DATE = _Lazy(
    rf"\s+as\s+(?:(?:the\s+)?(?:new\s+)?(?:date|day)\s+(?:of|for)\s+{_NP}"
    rf"|{_NP.replace('?P<np>', '?P<owner>')}(?:'s|’s)\s+(?:new\s+)?date)\b"
)
# A title that moves or sets a happening, read in the event's title, which holds the clause without its
# dates and with a subject lent to a cut part: "The court moved the hearing (back)", "pushed back the
# release", "put off his visit", "brought the race forward", "The league postponed the final" (of "postponed
# Saturday's final to July 20"), "set the hearing" (a first date: "scheduled", not "now scheduled").
_TITLE_ACTIVE = _Lazy(
    rf"\b(?:(?:{_MOVES})\s+(?:back\s+|forward\s+)?{_NP}(?:\s+(?:back|forward))?"
    rf"|(?:brought|put)\s+{_NP.replace('?P<np>', '?P<moved>')}\s+(?:back|forward)"
    rf"|(?:set|scheduled|fixed|slated)\s+{_NP.replace('?P<np>', '?P<set>')})\Z"
)
# "The hearing was moved", "Elections were pushed back", "The trial was delayed" (of "The trial, which had
# been set for April, was delayed until September").
_TITLE_PASSIVE = _Lazy(
    rf"{_NP}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:{_MOVES})"
    r"(?:\s+(?:back|forward))?\Z"
)
# The preposition right before the date that makes it the complement: "(moved the hearing) to", "until".
_NEW_DATE_LEADS = "to|until|till|for"
_SETTING_VERBS = "set|fixed|chose|picked|named"
_LEADS = _Lazy(rf"\b(?:{_NEW_DATE_LEADS})\s+(?:on\s+)?\Z")
_SETS = _Lazy(rf"\b(?:{_SETTING_VERBS})\s+(?:on\s+)?\Z")
# A verb that is only wished or possible: "may move the vote to", "wants to delay the trial until".
_NOT_DONE = _Lazy(r"\b(?:will|would|may|might|could|should|can|cannot|not|n't|to)\s+(?:\w+\s+)?\Z")
# The words right before a date that let the patterns run (most dates follow none): a preposition of a
# new date, or a verb that sets a date as its object.
_TO = re.compile(rf"\b(?:{_NEW_DATE_LEADS})\s")
_SET = re.compile(rf"\b(?:{_SETTING_VERBS})\s")


# A piece of each verb of _MOVES and of the setting verbs, one of which a title that moves or sets a
# happening holds: looked for before the patterns (most titles hold none).
_STEMS = ("mov", "push", "postpon", "delay", "defer", "schedul", "brought", "put", "shift", "adjourn",
          "bump", "set", "fixed", "slated")


def _happening(np: str) -> bool:
    """Tell whether a noun phrase names a happening (_HAPPENINGS): "the hearing", "the film's release"."""
    head = np.split()[-1].lower()
    return head in _HAPPENINGS or head.endswith("s") and head[:-1] in _HAPPENINGS


# A possessive pronoun that opens a noun phrase: the title names its owner instead ("his visit" -> "The
# minister's visit"), a pronoun being no subject a reader knows.
_POSSESSIVE = _Lazy(r"(?i:his|her|its|their)\s+")
# A subject a title may name an owner by: a few words, no comma, no pronoun ("The minister", "Acme Corp").
_SUBJECT = _Lazy(r"\s*(?P<subject>(?:[A-Z][\w'’-]*|the)(?:\s+[\w'’-]+){0,4}?)\s*\Z")


def _owned(np: str, before: str) -> str | None:
    """Return a noun phrase with its possessive pronoun made its owner, the clause's subject ("(The
    minister put off) his visit" -> "the minister's visit"); None when no plain subject is there."""
    if not _POSSESSIVE.match(np):
        return np
    subject = _SUBJECT.fullmatch(before)
    if subject is None or subject["subject"].split()[0].lower() in ("he", "she", "it", "they", "we", "i"):
        return None
    return f"{subject['subject']}'s {np.split(None, 1)[1]}"


def _title(np: str, scheduled: str) -> str:
    """Return "<np> is/are <scheduled>", the first letter capitalized: "The hearing is now scheduled"."""
    be = "are" if be_for(np) == "were" else "is"
    return f"{np[:1].upper()}{np[1:]} {be} {scheduled}"


def _from_title(title: str, head: str) -> tuple[str | None, str]:
    """Return the happening a title moves or sets and the word for it: "The league postponed the final" ->
    ("the final", "now scheduled"); "The court set the hearing" -> ("the hearing", "scheduled"); else None.
    The title's verb stands in `head`, the clause's words before the date: in "Chile, which chairs the
    panel for this month, called the session" the date is no complement of "called"."""
    moved = _TITLE_ACTIVE.search(title)
    if moved is not None and not _NOT_DONE.search(title, 0, moved.start()):
        if moved.group().split(None, 1)[0] not in head:
            return None, ""
        np = _owned(moved["np"] or moved["moved"] or moved["set"], title[: moved.start()])
        return np, "scheduled" if moved["set"] else "now scheduled"
    moved = _TITLE_PASSIVE.fullmatch(title)
    if moved is None or title[moved.end("np") :].split()[-1] not in head:
        return None, ""
    return moved["np"], "now scheduled"


def moved_title(title: str, text: str, span: tuple[int, int], own: tuple[int, int]) -> str:
    """Return the title of the happening whose new date `own` is, when it is the complement of a verb that
    moves or sets it ("The court moved the hearing to June 3" -> "The hearing is now scheduled"), else
    `title` as it is."""
    tail = text[max(span[0], own[0] - 12) : own[0]]
    if _TO.search(tail) and any(stem in title for stem in _STEMS):
        if not _LEADS.search(tail):
            return title  # "moved the hearing to the town hall on Friday": no new date
        np, scheduled = _from_title(title, text[max(span[0], own[0] - 200) : own[0]])
        return _title(np, scheduled) if np is not None and _happening(np) else title
    before = text[max(span[0], own[0] - 80) : own[0]]
    if _SET.search(tail) and _SETS.search(before):
        named = _AS_DATE.match(text, own[1], span[1])
        np = named and (named["np"] or named["owner"])
        np = np and _owned(np, before[: _SETS.search(before).start()])
        if np and _happening(np):
            return _title(np, "scheduled")
    return title


# A plan's participle right before a date: "originally due in", "which had been set for", "scheduled for".
_PLANNED_BEFORE = _Lazy(
    r"\b(?:due|scheduled|set|planned|slated|expected|supposed)\s+(?:to\s+(?:be\s+held|take\s+place|start|begin"
    r"|open|end)\s+)?(?:for|in|on|at)?\s*\Z"
)
# A moving verb and the preposition before its new date: "were pushed back to", "was delayed until".
_MOVED_TO = _Lazy(rf"\b(?:{_MOVES})\b[^.;:!?]{{0,60}}?\b(?:{_NEW_DATE_LEADS})\s+(?:on\s+)?\Z")


# A moving verb right before a possessive date, and the happening the date owns (its first or second word):
# "postponed (Saturday)'s final", "moved (Monday)'s council meeting".
_MOVES_BEFORE = _Lazy(rf"\b(?:{_MOVES})\s+(?:back\s+)?\Z")
_OWNS_HAPPENING = _Lazy(r"['’]s\s+(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?")


def moved_from(text: str, sentence: tuple[int, int], own: tuple[int, int], others: list[tuple[int, int]]
               ) -> bool:
    """Tell whether a date is the first date of a happening the sentence moves to another date, no event:
    "Elections, originally due in May, were pushed back to 2026", "The trial, which had been set for April,
    was delayed until September", "The league postponed Saturday's final to July 20"; the happening's event
    is the new date's (`moved_title`)."""
    before = text[max(sentence[0], own[0] - 40) : own[0]]
    if any(word in before for word in ("due", "sched", "set", "plan", "slated", "expect", "suppos")):
        planned = _PLANNED_BEFORE.search(before) is not None
    else:
        planned = False  # most dates: none of the plan's words before them
    if not planned and not (
        _MOVES_BEFORE.search(before) and (owned := _OWNS_HAPPENING.match(text, own[1])) is not None
        and (_happening(owned["first"]) or owned["second"] is not None and _happening(owned["second"]))
    ):
        return False
    # the moving verb comes after a plan's date ("due in May, were pushed back to"), before a possessive one
    start = own[1] if planned else max(sentence[0], own[0] - 40)
    return any(
        own[1] < other[0] and _MOVED_TO.search(text, max(start, other[0] - 80), other[0]) is not None
        for other in others
    )
