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


# A timeline file written before documents had an outlet, as the tool wrote it then.
OLD_FILE = """{
  "schema_version": 1,
  "title": null,
  "documents": [
    {"id": "d", "text": "Talks resumed.", "date": "2026-11-04", "date_source": "metadata", "title": "T",
     "url": null, "source": "story/d.html"}
  ],
  "events": []
}"""


def test_a_file_written_before_outlets_loads_and_keeps_its_bytes():
    from timeline.models import Timeline

    old = Timeline.model_validate_json(OLD_FILE)
    assert old.documents[0].outlet is None
    assert "outlet" not in old.model_dump_json()  # an unknown outlet writes nothing: old files' bytes stay


OUTLETS = [
    ("named", {"outlet": "Harbour Times"}, "Harbour Times"),
    ("unknown", {}, None),
]


@pytest.mark.parametrize(("fields", "expected"), [c[1:] for c in OUTLETS], ids=[c[0] for c in OUTLETS])
def test_documents_carry_their_outlet(fields, expected):
    document = Document(id="d", text="x", **fields)
    again = Document.model_validate_json(document.model_dump_json())
    assert again.outlet == expected
    assert ('"outlet"' in document.model_dump_json()) is (expected is not None)


def test_documents_still_forbid_unknown_fields():
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Document(id="d", text="x", publisher="Harbour Times")
