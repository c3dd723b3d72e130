"""The records: links are web links only, dates keep their order."""

import datetime as dt

import pytest
from pydantic import ValidationError

from timeline.models import Document, is_web_link

LINKS = [
    ("https", "https://example.org/story", True),
    ("http-upper", "HTTP://example.org/", True),
    ("javascript", "javascript:alert(1)", False),
    ("data", "data:text/html,<script>alert(1)</script>", False),
    ("file", "file:///etc/passwd", False),
    ("no-host", "https://", False),
    ("relative", "/news/story.html", False),
    ("spaced-script", "  javascript:alert(1)", False),
]


@pytest.mark.parametrize(("url", "ok"), [c[1:] for c in LINKS], ids=[c[0] for c in LINKS])
def test_only_web_links_are_links(url, ok):
    assert is_web_link(url) is ok
    if ok:
        assert Document(id="d", text="", url=url).url == url
    else:
        with pytest.raises(ValidationError, match="not a web link"):
            Document(id="d", text="", url=url)


def test_documents_keep_their_date():
    assert Document(id="d", text="x", date=dt.date(2025, 10, 25)).date == dt.date(2025, 10, 25)
