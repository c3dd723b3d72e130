"""Tell a date on the object of a verb of mention: "The minister recalled (the 1998 treaty) on Friday".

A verb of mention (recalled, cited, referred to, praised) names a thing it speaks of; a date before that
thing's noun tells which one, not when anything of the clause happened. The clause's title is the mention
("The minister recalled the treaty"): dated 1998 it would tell that the minister recalled it in 1998. The
treaty's own happening is dated where a clause tells it ("The treaty was signed in 1998").
"""

from __future__ import annotations

import re

from timeline.happenings import PREDICATES
from timeline.models import TimeExpression

__all__ = ["MENTIONS", "on_mentioned"]

# Verbs that speak of a thing rather than do it, each with an example.
MENTIONS = [
    (r"recall(?:s|ed|ing)?", "the minister recalled the 1998 treaty on Friday"),
    (r"cit(?:e|es|ed|ing)", "the judge cited the 2019 ruling"),
    (r"mention(?:s|ed|ing)?", "she mentioned the 2004 flood in her speech"),
    (r"refer(?:s|red|ring)?\s+to", "he referred to the 2008 report on Tuesday"),
    (r"invok(?:e|es|ed|ing)", "the union invoked the 1951 agreement"),
    (r"prais(?:e|es|ed|ing)|laud(?:s|ed|ing)?|hail(?:s|ed|ing)?", "the envoy praised the 2015 accord"),
    (r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)",
     "the senator criticised the 2011 deal"),
]
# The verb and the object's determiner right before the date: "recalled the (1998) treaty".
_BEFORE = re.compile(
    r"\b(?:" + "|".join(pattern for pattern, _ in MENTIONS)
    + r")\s+(?:the|a|an|its|his|her|their|this|that)\s+\Z", re.I,
)
# A noun after the date, which the date then modifies: "(1998) treaty", "(1998) Kyoto accord".
_NOUN_AFTER = re.compile(r"\s+(?P<word>[A-Za-z][\w-]*)")


def on_mentioned(text: str, timex: TimeExpression) -> bool:
    """Tell whether a date modifies the object of a verb of mention: "recalled the (1998) treaty"; not
    "signed the treaty in (1998)", nor "recalled that in (1998) the treaty ...", nor a happening the verb
    judges, which the date dates: "condemned the (December 13) raid on the camp" (happenings.PREDICATES)."""
    noun = _NOUN_AFTER.match(text, timex.end)
    return (noun is not None and noun["word"].lower() not in PREDICATES
            and _BEFORE.search(text, max(0, timex.start - 40), timex.start) is not None)
