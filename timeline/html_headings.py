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


MOST_LINES = 3  # a heading broken by <br> ("Funding<br>and costs") spans at most this many lines of the text


def _key(text: str) -> str:
    # without any space: a <br> inside a heading is a line break in the text and nothing in its words
    return "".join(text.split())


def heading_texts(root) -> set[str]:  # noqa: ANN001 - an lxml element
    """Return the words of the headings under `root` (`HEADING_TAGS`), without spaces; none under None."""
    if root is None:
        return set()
    found = {_key("".join(node.itertext())) for node in root.iter() if isinstance(node.tag, str)
             and node.tag.lower() in _TAGS}  # fmt: skip
    return found - {""}


def set_off(text: str, headings: set[str]) -> str:
    """Return `text` with every heading of `headings` (one line, or up to MOST_LINES) between blank lines,
    none added at either end."""
    if not headings:
        return text
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    while at < len(lines):
        size = next((n for n in range(1, MOST_LINES + 1) if lines[at].strip() and at + n <= len(lines)
                     and _key("".join(lines[at : at + n])) in headings), 0)  # fmt: skip
        if size and out and out[-1].strip():
            out.append("")
        out.extend(lines[at : at + max(size, 1)])
        at += max(size, 1)
        if size and at < len(lines) and lines[at].strip():
            out.append("")
    return "\n".join(out)
