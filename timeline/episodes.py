"""Tell whether an undated sentence goes on with an episode, and which event of a dated sentence it is.

events.extract lets a sentence with no date of its own that narrates go on with the episode of the dated
sentence before it. A telling narrates whatever the tense of what it tells ("Reno said she is weighing
the request": the saying is past), and so does a sentence inside a quotation the one before opened; but a
telling in the present tense is news of the document date, no part of an older episode. A sentence with
several dated events goes on with its news, the latest of them that is not still to come: "The court
ruled on Wednesday that the boy must leave by Jan. 14. The ruling set off protests" (the protests
followed Wednesday's ruling, not the deadline). A sentence whose head is in the present ("The town counts
900 people") goes on with none, past verbs in its asides notwithstanding (head_tense.py); a perfect goes on
only as a present telling does; a date in a relative clause of background ("Lund, who won in 2008, came
second") opens no episode unless the next sentence counts from it ("Since then, ...").
"""

from __future__ import annotations

import datetime as dt
import re

from timeline import attribution
from timeline.finite_past import finite_past
from timeline.head_tense import head_tense
from timeline.models import Event
from timeline.verbs import is_past

# The past speech verbs that tell an episode's news, one row each with an example of a sentence they
# make narrate: not "according to", which tells nothing of when.
_TELLING_VERBS = {
    "said": "Reno said she is weighing the request.",
    "told": "The envoy told reporters the talks are going well.",
    "added": "She added that repairs will take a week.",
    "stated": "The report stated that the plan is sound.",
    "explained": "The mayor explained that the levee is too low.",
    "noted": "The judge noted that the law is clear.",
    "announced": "The firm announced it will close two plants.",
    "warned": "Officials warned that the river is still rising.",
}
# A telling verb in a sentence's head, the first of it and a present or future auxiliary, which then
# tells the present or the future ("is said", "will be told"); not in a relative clause ("the man who
# said he is a witness").
_HEAD_TELLING = re.compile(
    r"(?<![\w'’-])(?P<aux>will|is|are|am|says|shall|won't)(?![\w'’-])"
    rf"|(?P<before>\b(?:who|that|which)\s+)?\b(?P<verb>{'|'.join(_TELLING_VERBS)})\b",
    re.I,
)
# How many days before the document date an episode may start and still be the news its undated lead tells:
# a wire story dated Monday tells of the weekend.
RECENT_DAYS = 3
# How many days before the document date an episode may end and still be what a present telling after it
# goes on with: a weekday names a day of the last week ("The talks resumed on Monday. 'We are back,' he
# said." in Saturday's paper), an older date is history the telling is no part of.
TOLD_DAYS = 7
# How many sentences after a story's undated lead its first dated sentence may come and still be the episode
# the lead tells: "Floods cut off the valley. | Rain fell for a week. | The army flew in food on Friday."
LEAD_REACH = 2
# A perfect counted from the episode before: "Since then, 40 wells have been dug."
_SINCE_THEN = re.compile(r"(?:ever\s+)?since\s+(?:then|that\s+(?:day|time|year|date))\b", re.I)
# A relative clause after a comma, and what closes one: "Lund, who won the race last year, came second".
# Not "whose": a possession tells of the subject in the time of its main clause ("The firm, whose sales
# rose in the quarter, had a loss").
_RELATIVE = re.compile(r",\s+(?:(?:in|of|for|by|with|during)\s+)?(?:who|which|whom)\b")
# A sentence that dates an earlier time of what the story tells: "The last time the river flooded was in
# 1998".
_LAST_TIME = re.compile(r"(?:The|Its|His|Her|Their)\s+(?:last|previous)\s+(?:time|occasion)\b")
_CLOSED = re.compile(r"[,;:\"“”()]|\s--?\s")
# How far into a sentence its head runs: "The head of the inquiry in the capital, Jane Doe, said".
_HEAD = 120


def goes_on(text: str, sentence: tuple[int, int], episode: Event, today: dt.date | None) -> bool:
    """Tell whether an undated sentence after `episode` narrates it: a past verb heads it, or it tells
    ("Reno said she is weighing the request", "The state will pay, Perez said."), quotes ('``We will
    rebuild,'' the mayor said.') or goes on with a quotation that an earlier sentence of its paragraph
    opened. A telling in the present tense tells the news of `today`: it goes on with an episode that
    ends in the last days or is still to come, not with an older one ("The two met in 1983. 'We are
    still friends,' she said.")."""
    words = text[sentence[0] : sentence[1]]
    tense = head_tense(words) if finite_past(words) else None
    if tense in ("past", "other") or tense == "perfect" and counts_from(words):
        return True
    # "The town has rebuilt the bridge" tells the present of its perfect; "The club counts 300 members", a
    # state: neither goes on with an episode through a past verb of its asides
    told = (tense == "perfect" or attribution.reports_past(text, sentence) or _tells_past(words)
            or in_quotation(text, sentence[0]) or attribution.ends_told(text, sentence))
    return told and (today is None or (today - episode.when.end).days <= TOLD_DAYS)


def leads(text: str, lead: tuple[int, int], episode: Event, today: dt.date | None) -> bool:
    """Tell whether the undated first sentence of a story tells the episode of its first dated sentence."""
    return is_news(episode, today) and goes_on(text, lead, episode, today)


def pauses(words: str) -> bool:
    """Tell whether an undated sentence that does not go on with an episode leaves it open for the next: its
    past forms are all participles, no happening of its own, but no news of another time either ("The boy
    could be forced to stay. His lawyer said ...": the lawyer's words go on with the ruling before)."""
    return is_past(words) and not finite_past(words) and head_tense(words) != "present"


def is_news(episode: Event, today: dt.date | None) -> bool:
    """Tell whether an episode is the news of `today`: it lies from RECENT_DAYS days before to a day after."""
    return today is not None and (today - episode.when.start).days <= RECENT_DAYS and (
        episode.when.end - today).days <= 1


def in_quotation(text: str, position: int) -> bool:
    """Tell whether `position` lies inside a quotation that its line (news puts a paragraph on a line) opens
    before it and closes after it: '``We will rebuild. | It will take years,'' the mayor said.' Wires open
    with two backticks and close with two apostrophes, or write the apostrophes for both, as straight
    quotes are written. An opened quotation that the line does not close may be a slip, or the speaker's
    words may go on in the next paragraph: it is not read."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    before, after = text[start:position], text[position : len(text) if end < 0 else end]
    ticks, twos = before.count("``"), before.count("''")
    if ticks or "``" in after:
        return ticks > twos and after.count("''") > after.count("``")
    return (twos % 2 == 1 and after.count("''") % 2 == 1
            or before.count("“") > before.count("”") and after.count("”") > after.count("“")
            or before.count('"') % 2 == 1 and after.count('"') % 2 == 1)


def _tells_past(words: str) -> bool:
    """Tell whether the first of a telling verb and a present auxiliary in a sentence's head is the verb."""
    first = _HEAD_TELLING.search(words, 0, _HEAD)
    return first is not None and first["verb"] is not None and first["before"] is None


def aside(text: str, sentence: tuple[int, int], event: Event, today: dt.date | None) -> bool:
    """Tell whether the date of `event` lies in a relative clause after a comma, or dates the last time of
    something, and ends over TOLD_DAYS days before `today`: background that the next sentence goes on with
    only when it says so (counts_from): "Lund, who won the race last year, came second."."""
    timex = event.evidence[0].timex
    if timex is None or today is None or (today - event.when.end).days <= TOLD_DAYS:
        return False  # "Shares, which were delisted after the close yesterday, fell": the news itself
    if _LAST_TIME.match(text, sentence[0]):
        return True  # "The last time the river flooded was in 1998.": a comparison, not the story
    opened = [*_RELATIVE.finditer(text, sentence[0], timex.start)]
    return bool(opened) and not _CLOSED.search(text, opened[-1].end(), timex.start)


def counts_from(words: str) -> bool:
    """Tell whether a sentence counts from the episode before it: "Since then, 40 wells have been dug"."""
    return _SINCE_THEN.match(words) is not None


def news_of(made: list[Event], today: dt.date | None) -> Event:
    """Return the event of a sentence's `made` events (in text order) that the next sentence goes on with:
    the latest that begins no later than `today`, the last of them on a tie; the last event when all are
    still to come or there is no today."""
    told = [event for event in made if today is not None and event.when.start <= today]
    if not told:
        return made[-1]
    return max(reversed(told), key=lambda event: event.when.start)

