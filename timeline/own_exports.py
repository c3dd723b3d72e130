"""Tell the files this tool wrote from articles, so that a folder built or exported into itself is not read
back as news (each event would cite its own timeline as a second source)."""

from __future__ import annotations

import re

# The mark of a page `timeline render` or `build` wrote: its generator meta tag (page.py).
OWN_PAGE = re.compile(r"<meta\s+name=[\"']generator[\"']\s+content=[\"']timeline[\"']", re.I)
# The mark a Markdown export carries under its heading: a comment, which no Markdown viewer shows.
MARKDOWN_MARK = "<!-- written by `timeline export`: a timeline, not an article -->"

# (kind of input, its mark, what the warning says), with an example of each kind's file beside it
OWN: list[tuple[str, re.Pattern[str], str]] = [
    ("html", OWN_PAGE, "a timeline page this tool wrote (timeline.html)"),  # output/timeline.html
    ("text", re.compile(re.escape(MARKDOWN_MARK)), "a Markdown export this tool wrote"),  # timeline.md
]


def own_export(text: str, kind: str) -> str | None:
    """Say why a file this tool wrote is skipped ("a timeline page this tool wrote (timeline.html), not an
    article, skipped"); None for any other file."""
    for known, mark, said in OWN:
        if known == kind and mark.search(text[:4096]):
            return f"{said}, not an article, skipped"
    return None
