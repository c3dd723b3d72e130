"""Tell the dated heading of a note from a headline, and which lines under it tell nothing.

A note's heading dates the note: "Notes from council meeting, 14 Nov 2024", "Site visit: March 3, 2025",
"**Weekly log — 2 June 2023**". It is no event of its own; the lines below it are, on its date
(events._under_heading). It is told by its shape, not its words (a verb test fails on headlines, "Storm
hits coast Monday" reads verbless): a line that ends on its one date, set off from the words before it by a
comma, a dash, a colon or a bar. A headline runs its date into its clause ("Storm hits coast Monday",
"Council approves budget on June 4") and stays an event.
A line under such a heading that asks, instructs or supposes ("When did the leak start?") tells nothing
that happened, as eventness.NOTHING says of a dated clause: it makes no event.
"""

from __future__ import annotations

from timeline.dating import Dated
from timeline.eventness import NOTHING, kind

__all__ = ["dated_label", "tells_nothing"]

# What sets a note's date off from its words, each with an example: (mark, heading).
LABEL_MARKS = [
    (",", "Notes from council meeting, 14 Nov 2024"),
    ("—", "Weekly log — 2 June 2023"),
    ("–", "Weekly log – 2 June 2023"),
    ("-", "Site visit - March 3, 2025"),
    (":", "Site visit: March 3, 2025"),
    ("|", "Board minutes | 4 June 2024"),
]
_MARKS = "".join(mark for mark, _ in LABEL_MARKS)
# What may close the line after the date: Markdown emphasis ("**Notes, 14 Nov 2024**"). A line that ends on a
# bracket is no heading (events._is_heading).
_CLOSING = set(" \t*_")


def dated_label(text: str, sentence: tuple[int, int], inside: list[Dated]) -> bool:
    """Tell whether a heading line is a note's label: words, a mark of LABEL_MARKS, and one date that ends
    the line ("Notes from council meeting, 14 Nov 2024"), not a headline ("Storm hits coast Monday")."""
    if len(inside) != 1:
        return False
    dated = inside[0]
    if not set(text[(dated.end_timex or dated.timex).end : sentence[1]]) <= _CLOSING:
        return False
    before = text[sentence[0] : dated.timex.start].rstrip()
    return len(before) > 1 and before[-1] in _MARKS and any(c.isalpha() for c in before)


def tells_nothing(title: str) -> bool:
    """Tell whether a line under a dated heading asks, instructs or supposes: "When did the leak start?"."""
    return kind(title) in NOTHING
