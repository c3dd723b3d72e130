"""Tell a month that dates a mishap ("the tornadoes in April", "the riots of August"): no one reports a
disaster before it happens, so the month lies behind the writer whatever the verb of the sentence ("claims
from the tornadoes in April are still coming in", "will rebuild after the floods in March")."""

from __future__ import annotations

import re

# Happenings no one can announce ahead, before the month they happened in: (nouns, example).
MISHAPS = [
    ("tornado|tornadoes|twisters?|storms?|hurricanes?|typhoons?|cyclones?|floods?|flooding",
     "the floods in March"),
    ("earthquakes?|quakes?|tsunamis?|wildfires?|bushfires?|landslides?|mudslides?|avalanches?|eruptions?",
     "the earthquake in April"),
    ("explosions?|blasts?|crash|crashes|derailments?|collisions?|spills?", "the blast in June"),
    ("shootings?|massacres?|riots?|bombings?|coup", "the riots of August"),
]
_MISHAP_IN = re.compile(
    r"\b(?:" + "|".join(nouns for nouns, _ in MISHAPS) + r")\s+(?:in|of)\s+(?:(?:early|late|mid)[\s-]+)?\Z",
    re.IGNORECASE,
)


def mishap_month(text: str, start: int) -> bool:
    """Say whether the month at `start` follows a mishap and "in" or "of" ("the floods in March")."""
    return _MISHAP_IN.search(text, max(0, start - 32), start) is not None
