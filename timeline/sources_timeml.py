"""Read a TimeML file as an article: the text of <TEXT> without its tags, its <DCT> and <DOCID>.

The text is kept exactly as the gold annotation's offsets index it, so that what the tool finds in a
corpus file can be scored against the file's own TIMEX3 tags.
"""

from __future__ import annotations

from timeline.temporal.timeml import parse


def fields(data: bytes) -> tuple[dict[str, object], str]:
    """Return the metadata (id, date) and the text of a TimeML file's bytes; raise InputError when broken."""
    parsed = parse(data)
    return {"id": parsed.id, "date": parsed.dct}, parsed.text
