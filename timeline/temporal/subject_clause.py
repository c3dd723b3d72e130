"""Pass over a relative clause on the sentence's subject when reading the tense of the main clause.

"The Gunners, who last lost at home in November, face Chelsea on Wednesday night": "lost" tells of the
Gunners, not of the match; tense.py reads the words before the span without the clause.
"""

from __future__ import annotations

import re

from timeline.temporal.tensewords import WORD, any_mark

# ", who last lost at home in November,": a relative clause set off by commas, both of them before the span.
# Not when a list goes on after the second comma (", who served as treasurer, secretary and vice
# president until May": the clause runs on to the span).
_CLOSED_RELATIVE = re.compile(
    r",\s*(?:who|which|whose)\s+[^,.;!?\n]*,(?![^,]*\b(?:and|or)\b)", re.IGNORECASE
)


def subject_clause_dropped(left: str) -> str:
    """Return `left` without a relative clause on the sentence's subject, closed before the span.

    "The Gunners, who last lost in November, face Chelsea on Wednesday": the clause tells of its noun, and its
    verb gives the main clause no tense. After a verb ("voted to replace the editor, who was hired in
    April, after Friday's row") the clause hangs on an object and the reading stays as it was.
    """
    clause = _CLOSED_RELATIVE.search(left)
    if clause is None or any_mark(" ".join(WORD.findall(left[: clause.start()])).lower().split()):
        return left
    return left[: clause.start()] + " " + left[clause.end() :]
