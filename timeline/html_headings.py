"""Set a web page's headings off from its paragraphs by blank lines, so that a heading ends its own sentence.

The page reader puts every block of a page on a line of its own. A line break alone ends no sentence for the
tagger (a wrapped line of plain text goes on: "the dam was\nbuilt in 1961"), so a headline with no final stop
read as one sentence with the paragraph under it: "Reservoir empty, repairs to start in summer" took the past
tense of "The reservoir was drained on Tuesday" and its summer went back a year. A blank line ends a sentence
everywhere (temporal.tense.BREAKS, segment.paragraphs), and the page's markup says which lines are headings.
"""

from __future__ import annotations

__all__ = ["HEADING_TAGS", "heading_texts", "set_off"]

# The elements that are a heading, in the article extractor's tree and in a page's own markup: (tag, example).
HEADING_TAGS = [
    ("head", '<head rend="h2">Funding</head> (trafilatura\'s tree of the article)'),
    ("h1", "<h1>Reservoir empty, repairs to start in summer</h1>"),
    ("h2", "<h2>Funding</h2>"),
    ("h3", "<h3>What happens next</h3>"),
    ("h4", "<h4>Timeline</h4>"),
    ("h5", "<h5>Background</h5>"),
    ("h6", "<h6>Notes</h6>"),
]
_TAGS = {tag for tag, _ in HEADING_TAGS}


def _folded(text: str) -> str:
    return " ".join(text.split())


def heading_texts(root) -> set[str]:  # noqa: ANN001 - an lxml element
    """Return the words of the headings under `root` (`HEADING_TAGS`), spaces folded; none under None."""
    if root is None:
        return set()
    found = {_folded("".join(node.itertext())) for node in root.iter() if isinstance(node.tag, str)
             and node.tag.lower() in _TAGS}  # fmt: skip
    return found - {""}


def set_off(text: str, headings: set[str]) -> str:
    """Return `text` with every line that is one of `headings` between blank lines (none at either end)."""
    if not headings:
        return text
    lines: list[str] = []
    after_heading = False
    for line in text.split("\n"):
        heading = _folded(line) in headings
        if (heading or after_heading) and line.strip() and lines and lines[-1].strip():
            lines.append("")
        lines.append(line)
        after_heading = heading
    return "\n".join(lines)
