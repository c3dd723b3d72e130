"""Tell whether the date cut from a title was what its last word waited for, or its verb's object.

titles.py cuts a clause's own date out of its title. The title may then stop where the date stood ("The
mourning period will last (until Friday)"), or the date was the object of a verb ("The court set (April 29)
for the next hearing"): titles then puts the date back when that makes the same title whole. A date after
a verb of a fixed time stays out ("The trial is scheduled (for May 5)"). Read off the title alone, with
`complete.complete`, as an editor would.
"""

from __future__ import annotations

import re

from timeline.complete import complete, may_end_waiting
from timeline.leads import led

# What complete says of a title whose last word waited for the date just removed: "The decision was
# expected (later Thursday)", "we will sign, just not (this week)", "is scheduled (for Monday)", "Coalition
# troops invaded (in March 2003)". Not a verb with no object ("The levee held"): the house style drops the
# date there. A verb left waiting ("Repairs will take (until March)", "The hearings will run (through
# June)") waited for it too.
_DATE_WAS_COMPLEMENT = {"auxiliary", "function word", "infinitive", "object", "dangles"}
# Verbs whose complement a date can be, which complete reads as whole alone; each with an example. The date
# stays when it makes the same title whole: the span is the news ("The siege lasted (until 1945)").
_DATE_VERBS = {
    "last": "The mourning period will last (until Friday)",
    "lasts": "The festival lasts (until May)",
    "lasted": "The siege lasted (until 1945)",
    "concentrated": "The firm's profits are concentrated (in the fourth quarter)",
    "take": "Repairs will take (until the end of March)",
    "takes": "The crossing takes (until dawn)",
    # not "ran", "runs": "The festival ran (March 3-5)" is whole
    "run": "The hearings will run (through June)",
}
# Verbs of a fixed time that are whole without it; the title never keeps its own date after them, the
# timeline shows it: "The trial is scheduled (for May 5)", "The vote will take place (on Sunday)".
_WHOLE_WITHOUT_DATE = {
    "place": "The vote will take place (on Sunday)",
    "held": "The election will be held (on June 3)",
    "set": "The meeting had been set (for Thursday)",
    "slated": "The vote is slated (for March)",
    "scheduled": "Closing arguments are scheduled (for May 20)",
}
# A forecast in the passive is whole too, as "scheduled" is: "Heavy snow is forecast (for Thursday night)",
# "Storms are predicted (Friday)"; not the active "The bank forecast (in July)", which wants its object.
_FORECAST_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:forecast|forecasted|predicted)\Z")


def waits_for_date(title: str) -> bool:
    """Tell whether a title stops where the date removed from it stood ("was scheduled", "but not", "will
    last", "will be held", "invaded").
    """
    last = title[title.rfind(" ") + 1 :].lower()  # one look at the last word first: most titles end whole
    if last in _WHOLE_WITHOUT_DATE or _FORECAST_PASSIVE.search(title[-24:]):
        return False
    if last in _DATE_VERBS and title[-1:].islower():
        return True
    if not may_end_waiting(last):
        return False
    reason = complete(title)
    if reason == "object":  # "Coalition troops invaded"; not "moved closer to force", a noun read as a verb
        return last.endswith("ed") and not title.lower().endswith(f" to {last}")
    return reason in _DATE_WAS_COMPLEMENT


# A verb whose object the date was, before the phrase that says what the date is for: "The court set (April
# 29) for the next hearing", "The cabinet declared (Monday) as a day of mourning"; not a passive ("The
# hearing was set for May").
_DATE_OBJECT_GAP = led(
    r"[cdfnps]",
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bare\s)(?<!\bwere\s)"
    r"\b(?P<verb>set|sets|fixed|named|declared|designated|chose|picked|proclaimed)\s+(?:for|as)\b",
)


def may_lose_date_object(title: str) -> bool:
    """Tell whether a title holds a verb that a date may have been the object of ("The court set for"):
    when it does not, date_was_object is False whatever the dated title, which need not be made."""
    return _DATE_OBJECT_GAP.search(title) is not None


def date_was_object(title: str, dated: str) -> bool:
    """Tell whether the date removed from `title` was its verb's object, which `dated` keeps: "The panel set
    for its next session" against "The panel set June 3 for its next session".
    """
    gap = _DATE_OBJECT_GAP.search(title)
    if gap is None or not dated.startswith(title[: gap.end("verb")] + " "):
        return False
    rest = dated[gap.end("verb") + 1 :]
    return not rest.startswith(("for ", "as ")) and dated.endswith(title[gap.end("verb") :])
