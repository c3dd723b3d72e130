"""Title the signature line of a post embedded in a story, which names who posted and when.

An embedded tweet ends on "— Name (@handle) Month D, YYYY": its date is when the post went up, and the
line is the event "Name posted on Twitter"; the words alone ("Dave Schukin") would be no title.
"""

from __future__ import annotations

import re

# The signature of an embedded post, each with an example:
#   "— Ana Lindqvist (@alindqvist) July 3, 2019"                 (a dash, a name, a handle, the date)
#   "pic.twitter.com/x1Y2z — Ana Lindqvist (@alindqvist) July 3, 2019"  (the post's last words before it)
_TWEET_SIGNATURE = re.compile(
    r"(?<!\S)(?:—|–|--?)\s*(?P<name>[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)\s+\(@\w{1,15}\)\s*\Z"
)


def posted(text: str, span: tuple[int, int], own: tuple[int, int]) -> str | None:
    """Return "Name posted on Twitter" when the date `own` ends an embedded post's signature, else None."""
    if own[0] < span[0] or text[own[1] : span[1]].strip(" .") or own[0] - span[0] > 300:
        return None  # the date ends the line
    # every signature holds "(@": looked for first
    signed = _TWEET_SIGNATURE.search(text, span[0], own[0]) if text.find("(@", span[0], own[0]) >= 0 else None
    return f"{signed['name']} posted on Twitter" if signed else None
