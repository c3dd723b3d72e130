"""Mend a title whose date was a verb's bare object: cutting it out left a gap in the clause.

"Residents spent Sunday clearing fallen trees" lost "Sunday" and read "Residents spent clearing fallen
trees"; "The town marked the day with a parade" read "The town marked with a parade". A headline says
"Residents cleared fallen trees" (a time spent doing something is the doing) and keeps the date the other
verbs need: "The town marked the day with a parade".
"""

from __future__ import annotations

import re

from timeline.verbs import past_of

# Verbs whose object a date can be, base forms with an example each; their -s, -ed and -ing forms count.
DATE_OBJECT_VERBS = {
    "spend": "Residents spent (Sunday) clearing fallen trees",
    "mark": "The town marked (the day) with a parade",
    "celebrate": "Fans celebrated (the day) with fireworks",
    "commemorate": "Veterans commemorated (the anniversary) with a march",
    "observe": "Workers observed (Monday) as a day of mourning",
    "devote": "The council devoted (Tuesday) to the budget",
    "dedicate": "The school dedicated (Friday) to the victims",
    "welcome": "Crowds welcomed (the new year) with fireworks",
    "usher": "Crowds ushered (the new year) in with fireworks",
}
_FORMS = {"spend": ("spend", "spends", "spent", "spending"), "usher": ("usher", "ushers", "ushered")}


def _forms(verb: str) -> tuple[str, ...]:
    """Return a verb's forms: "mark" -> mark, marks, marked, marking; "observe" -> observe, observes, ..."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return _FORMS.get(verb, (verb, verb + "s", stem + "ed", stem + "ing"))


_VERB_FORMS = "|".join(form for verb in DATE_OBJECT_VERBS for form in _forms(verb))
# A form of those verbs and the word after it in a title that needed the object first: a preposition of
# what was done with it ("marked | with", "devoted | to") or, after "spend", a gerund ("spent | clearing");
# not "celebrated (Sunday) after ...", "welcomed (Friday) a vote": those verbs' own objects or adjuncts.
_GAP = re.compile(
    rf"\b(?P<verb>{_VERB_FORMS})\s+(?P<next>with|as|by|to|in|at|on|(?<=spent\s|spend\s)[a-z]{{3,}}ing"
    r"|(?<=spends\s)[a-z]{3,}ing|(?<=spending\s)[a-z]{3,}ing)\b"
)
# What each form of those verbs starts with, looked for before _GAP: most titles hold none of them.
_GAP_HINTS = frozenset(form[:4] for verb in DATE_OBJECT_VERBS for form in _forms(verb))
# What a date phrase that was an object holds: a weekday, a month, a year, a word of a period.
_DATE_WORD = re.compile(
    r"\b(?:day|days|weekend|week|month|year|anniversary|holiday|morning|afternoon|evening|night|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Christmas|Easter|\d{4})\b"
)


def mended(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with the gap its date object left mended: "spent (Sunday) clearing" -> "cleared", the
    date put back after the other verbs ("marked (the day) with"); the title unchanged without one."""
    if not any(map(title.__contains__, _GAP_HINTS)):
        return title  # no verb of DATE_OBJECT_VERBS: no gap
    for gap in _GAP.finditer(title):
        verb, after = gap["verb"], gap["next"]
        clause = text[span[0] : span[1]]
        if after not in clause or verb not in clause:
            continue  # both patterns below need both words (and compile per verb): neither matches
        if re.search(rf"\b{verb}\s+{re.escape(after)}\b", clause):
            continue  # the clause has them side by side: "The day was marked with a parade"
        found = re.search(rf"\b{verb}\s+(?P<date>(?:[\w'’.,-]+\s+){{1,4}}?){re.escape(after)}\b", clause)
        if found is None or not _DATE_WORD.search(found["date"]):
            continue
        passive = re.search(r"\b(?:is|are|was|were|be|been|being)\s+\Z", title[: gap.start()])
        if verb == "spent" and after.endswith("ing") and not passive:  # "spent Sunday clearing" -> "cleared"
            return title[: gap.start()] + past_of(after) + title[gap.end() :]
        date = " ".join(found["date"].split())
        return title[: gap.end("verb")] + " " + date + " " + title[gap.start("next") :]
    return title
