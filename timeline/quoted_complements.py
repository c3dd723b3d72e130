"""Keep a short quotation after its verb whole when a long title is cut inside it.

'The singer and the footballer are "only colleagues"' says what they are; cut inside the quotation it ends
'are "just', and once the lone mark goes, on "are". The quotation belongs to its verb: the subject gives up
its descriptions instead ("(Veteran pop singer) Lena Ray and ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from timeline.verbs import has_verb

# The longest quotation kept whole after its verb: a complement, not a statement.
_SHORT_QUOTE = 40
# A quotation that opens after a verb: 'are "only colleagues"', 'called it “a disgrace”'.
_QUOTE_AFTER_VERB = re.compile(r"(?<![\w'’-])(?P<verb>[\w'’-]+)(?:\s+(?:it|them|him|her))?\s+[\"“]\Z")
# Descriptions before the first name of a subject, which go: "(Veteran pop singer) Lena Ray", "(Ruritanian
# rock singer) Lena Ray"; not a name's own words.
_DESCRIBED_NAME = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,3}(?=[A-Z][a-z]+\s+[A-Z][a-z])")


def _quotation(title: str, cut: int) -> tuple[int, int] | None:
    """Return where the short quotation a cut at `cut` falls in opens after its verb and where it closes,
    or None."""
    short = title[:cut]
    opened = short.count('"') % 2 == 1 or short.count("“") > short.count("”")
    if not opened:
        return None
    at = max(short.rfind('"'), short.rfind("“"))
    close = title.find("”" if title[at] == "“" else '"', at + 1)
    if close < 0 or close - at > _SHORT_QUOTE:
        return None
    verb = _QUOTE_AFTER_VERB.search(title, max(0, at - 30), at + 1)
    if verb is None or not has_verb(verb["verb"]):
        return None
    return at, close + 1


def _without_descriptions(title: str) -> Iterator[str]:
    """Yield the title without the descriptions before the first name of its subject."""
    described = _DESCRIBED_NAME.match(title)
    if described is not None and not has_verb(described.group()):
        yield title[described.end() :]


def kept_whole(title: str, cut: int, fit: Callable[[str], str]) -> str | None:
    """Return a fit of a shorter wording of `title` that keeps whole the quotation a cut at `cut` falls in,
    when that quotation is a verb's short complement; else None."""
    quotation = _quotation(title, cut)
    if quotation is None:
        return None
    for shorter in _without_descriptions(title):
        kept = fit(shorter)
        if len(kept) >= quotation[1] - (len(title) - len(shorter)):
            return kept
    return None
