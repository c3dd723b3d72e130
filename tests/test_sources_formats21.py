"""Feeds (.xml, .rss, .atom), Word (.docx), PDF (.pdf) and e-mail (.eml): built here, read as documents."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile

import pytest
from click.testing import CliRunner

import cli
from timeline import sources, sources_office

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kestrel Bay Courier</title><link>https://courier.example.org/</link>
<item><title>Council approves the harbour plan</title>
<link>https://courier.example.org/harbour-plan</link><guid>courier-4411</guid>
<pubDate>Tue, 04 Nov 2025 08:30:00 +0000</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>The council approved the plan on Monday.</p><p>Work starts in March.</p>]]>
</content:encoded></item>
<item><title>Ferry strike ends</title><link>https://courier.example.org/ferry</link>
<pubDate>Wed, 05 Nov 2025 17:00:00 +0000</pubDate>
<description>&lt;p&gt;The ferry crews went back to work on Wednesday.&lt;/p&gt;</description></item>
</channel></rss>"""

AGGREGATOR = """<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Top stories</title>
<item><media:title>Photo of the quay</media:title><title>Quay reopens</title><link>https://news.example.net/q</link>
<pubDate>Thu, 06 Nov 2025 06:00:00 GMT</pubDate><source url="https://bay.example.org">Bay Courier</source>
<media:content url="https://img.example.net/q.jpg"><media:description>A crane at dawn</media:description>
</media:content><description>The quay reopened on Wednesday.</description></item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger Daily</title><id>urn:ledger</id>
<updated>2025-11-06T10:00:00Z</updated>
<entry><title>Mill closes</title><id>tag:ledger.example,2025:77</id>
<link rel="alternate" href="https://ledger.example.com/mill"/><link rel="edit" href="https://ledger.example.com/e"/>
<published>2025-11-03T09:00:00Z</published><updated>2025-11-06T10:00:00Z</updated>
<content type="html">&lt;p&gt;The mill closed last week after 90 years.&lt;/p&gt;</content></entry>
<entry><title>Bridge reopens</title><id>tag:ledger.example,2025:78</id>
<updated>2025-11-02T12:00:00Z</updated><summary>The bridge reopened on Sunday.</summary></entry>
</feed>"""

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CORE = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
    "<dc:title>{title}</dc:title><dcterms:created>2025-11-04T09:12:00Z</dcterms:created>"
    "<dcterms:modified>2025-11-07T16:40:00Z</dcterms:modified></cp:coreProperties>"
)


def docx(paragraphs: list[str], *, title: str = "Harbour plan briefing", styled: str | None = None,
         xml: str = "") -> bytes:  # fmt: skip
    """Build a small Word file: one <w:p> a paragraph (a "Title" styled one first when given), then `xml`."""
    body = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs) + xml
    if styled:
        body = f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{styled}</w:t></w:r></w:p>' + body
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"/>')  # fmt: skip
        archive.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        archive.writestr("docProps/core.xml", CORE.format(title=title))
    return buffer.getvalue()


def pdf(lines: list[str], *, title: str = "Mill report", created: str = "D:20251103090000Z",
        pages: list[list[str]] | None = None) -> bytes:  # fmt: skip
    """Write a minimal valid PDF by hand: a line of Helvetica a string, one page (or `pages`); no lines: no
    text layer."""
    streams = [
        "BT /F1 12 Tf 72 720 Td " + " ".join(f"({line}) Tj 0 -16 Td" for line in page) + " ET" if page else ""
        for page in pages or [lines]
    ]
    return pdf_document(streams, info=f"<< /Title ({title}) /CreationDate ({created}) >>")


def pdf_document(streams: list[str], *, info: str | None = None) -> bytes:
    """Write a PDF of one page a content stream, in Helvetica as /F1, with an /Info dictionary if given."""
    font, info_number = 3 + 2 * len(streams), 4 + 2 * len(streams)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(len(streams)))
    pages = f"<< /Type /Pages /Kids [{kids}] /Count {len(streams)} >>"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", pages]
    for number, stream in enumerate(streams):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * number} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>")  # fmt: skip
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    if info is not None:
        objects.append(info)
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info_number} 0 R >>" if info else " >>")
    out += f"trailer\n{trailer}\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


EML = (
    "From: Harbour Council Press Office <press@example.org>\r\nTo: desk@example.org\r\n"
    "Date: Mon, 10 Nov 2025 07:45:00 +0100\r\nSubject: Harbour works begin\r\nMIME-Version: 1.0\r\n"
    'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    "Dredging starts on Tuesday and lasts two weeks.\r\n"
    "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    "<p>Dredging starts on <b>Tuesday</b>.</p>\r\n--b1--\r\n"
)
EML_HTML = (
    "From: tips@example.org\r\nDate: 3 Nov 2025 12:00:00 +0000\r\nSubject: Fwd: budget vote\r\n"
    "Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>The budget vote was moved to Friday.</p>"
    "</body></html>\r\n"
)
MBOX = (
    "From press@example.org Mon Nov 10 06:45:00 2025\n" + EML.replace("\r\n", "\n")
    + "\nFrom tips@example.org Mon Nov  3 12:00:00 2025\n"
    + "From: tips@example.org\nDate: 3 Nov 2025 12:00:00 +0000\nSubject: Re: ferry timetable\n\n"
    + "The winter timetable starts on Monday.\n>From then on, boats leave hourly.\n"
)  # fmt: skip

# (id, file name, content, documents as (title, date, updated, url, outlet, words of the text)).
CASES = [
    ("rss", "courier.rss", RSS, [
        ("Council approves the harbour plan", "2025-11-04", None, "https://courier.example.org/harbour-plan",
         "Kestrel Bay Courier", "The council approved the plan on Monday.\nWork starts in March."),
        ("Ferry strike ends", "2025-11-05", None, "https://courier.example.org/ferry", "Kestrel Bay Courier",
         "The ferry crews went back to work on Wednesday."),
    ]),
    ("rss-aggregator-media", "top.rss", AGGREGATOR, [
        ("Quay reopens", "2025-11-06", None, "https://news.example.net/q", "Bay Courier",
         "The quay reopened on Wednesday."),
    ]),
    ("atom-as-xml", "ledger.xml", ATOM, [
        ("Mill closes", "2025-11-03", "2025-11-06", "https://ledger.example.com/mill", "Ledger Daily",
         "The mill closed last week after 90 years."),
        ("Bridge reopens", "2025-11-02", None, None, "Ledger Daily", "The bridge reopened on Sunday."),
    ]),
    ("docx", "briefing.docx", docx(["The plan was approved on Monday.", "Work starts in March."]), [
        ("Harbour plan briefing", "2025-11-04", "2025-11-07", None, None,
         "The plan was approved on Monday.\n\nWork starts in March."),
    ]),
    ("docx-program-title", "notes.docx",
     docx(["Talks resumed on Friday."], title="Microsoft Word - notes.docx", styled="Talks resume"), [
        ("Talks resume", "2025-11-04", "2025-11-07", None, None, "Talks resume\n\nTalks resumed on Friday."),
    ]),
    ("pdf", "mill.pdf", pdf(["The mill closed last week.", "It had run since 1935."]), [
        ("Mill report", "2025-11-03", None, None, None, "The mill closed last week. It had run since 1935."),
    ]),
    ("eml-plain", "works.eml", EML, [
        ("Harbour works begin", "2025-11-10", None, None, None,
         "Dredging starts on Tuesday and lasts two weeks."),
    ]),
    ("mbox", "inbox.mbox", MBOX, [
        ("Harbour works begin", "2025-11-10", None, None, None,
         "Dredging starts on Tuesday and lasts two weeks."),
        ("ferry timetable", "2025-11-03", None, None, None,
         "The winter timetable starts on Monday.\nFrom then on, boats leave hourly."),
    ]),
    ("eml-html", "tip.eml", EML_HTML, [
        ("budget vote", "2025-11-03", None, None, None, "The budget vote was moved to Friday."),
    ]),
]  # fmt: skip


def _write(folder, name: str, content: str | bytes):  # noqa: ANN202 - a pathlib.Path
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
def test_reads_each_document(tmp_path, name, content, expected):
    problems = []
    documents = list(sources.read([_write(tmp_path, name, content)], on_problem=problems.append))
    assert problems == []

    def day(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    got = [(d.title, day(d.date), day(d.updated), d.url, d.outlet, d.text) for d in documents]
    assert got == expected
    assert all(d.date_source == "metadata" for d in documents)
    assert len({d.id for d in documents}) == len(documents)


# The text of one feed item: (id, the item's elements, text read).
FEED_TEXTS = [
    ("wordpress-trailer", "<description>&lt;p&gt;The quay reopened.&lt;/p&gt;&lt;p&gt;The post "
     "&lt;a href='https://bay.example'&gt;Quay reopens&lt;/a&gt; appeared first on Bay News.&lt;/p&gt;"
     "</description>",
     "The quay reopened."),
    ("continue-reading", "<description>The quay reopened on Wednesday. Continue reading →</description>",
     "The quay reopened on Wednesday."),
    ("summary-cut-short", "<description>The quay reopened on Wednesday after [&#8230;]</description>",
     "The quay reopened on Wednesday after"),
    ("read-more-in-a-sentence", "<description>The mayor said she would read more.</description>",
     "The mayor said she would read more."),
    ("headline-only", "<title>Quay reopens on Wednesday</title>", "Quay reopens on Wednesday"),
    ("atom-text-keeps-its-signs",
     '<content xmlns="http://www.w3.org/2005/Atom" type="text">Rates stay &lt;2% in May</content>',
     "Rates stay <2% in May"),
    ("atom-xhtml-paragraphs", '<content xmlns="http://www.w3.org/2005/Atom" type="xhtml"><div xmlns="http://www.w3'
     '.org/1999/xhtml"><p>The quay reopened.</p><p>Ships waited.</p></div></content>',
     "The quay reopened.\nShips waited."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("elements", "text"), [case[1:] for case in FEED_TEXTS], ids=[c[0] for c in FEED_TEXTS]
)
def test_feed_item_text(tmp_path, elements, text):
    feed = f"<rss><channel><title>Bay News</title><item>{elements}</item></channel></rss>"
    (document,) = sources.read([_write(tmp_path, "bay.rss", feed)])
    assert document.text == text


def test_feed_ids_stay_when_the_feed_grows(tmp_path):
    """A feed saved again with a newer item on top keeps the ids of the items it had."""
    before = {d.title: d.id for d in sources.read([_write(tmp_path, "courier.rss", RSS)])}
    newer = "<item><title>Storm</title><guid>courier-4500</guid><description>Gales on Friday.</description>"
    grown = RSS.replace("<item>", newer + "</item><item>", 1)
    after = {d.title: d.id for d in sources.read([_write(tmp_path, "courier.rss", grown)])}
    assert len(after) == 3
    assert {title: after[title] for title in before} == before
    assert all(id.startswith("courier-") for id in after.values())


def test_word_runs_inside_a_paragraph(tmp_path):
    """Tabs, breaks and hyphens Word keeps as elements; a text box's paragraph is read once, on its own."""
    runs = (
        "<w:r><w:t>Dredging starts in mid</w:t><w:noBreakHyphen/><w:t>March</w:t><w:tab/><w:t>(pro</w:t>"
        "<w:softHyphen/><w:t>visional)</w:t><w:br/><w:t>Second line</w:t></w:r>"
        "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed note</w:t></w:r></w:p></w:txbxContent>"
        "</w:pict></w:r>"
    )
    (document,) = sources.read([_write(tmp_path, "runs.docx", docx([], xml=f"<w:p>{runs}</w:p>"))])
    assert document.text == "Dredging starts in mid-March\t(provisional)\nSecond line\n\nBoxed note"


def test_mailbox_messages_are_numbered(tmp_path):
    """A mailbox only grows at its end: its messages' ids are its name and their place in it."""
    _write(tmp_path, "inbox.meta.json", json.dumps({"title": "Not for every message"}))
    documents = list(sources.read([_write(tmp_path, "inbox.mbox", MBOX)]))
    assert [(d.id, d.title, d.source) for d in documents] == [
        ("inbox-1", "Harbour works begin", f"{tmp_path / 'inbox.mbox'}:1"),
        ("inbox-2", "ferry timetable", f"{tmp_path / 'inbox.mbox'}:2"),
    ]


def test_timeml_named_xml_is_read_as_timeml(tmp_path):
    timeml = (
        '<?xml version="1.0"?><TimeML><DOCID>harbour_1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
        'value="2025-11-04" functionInDocument="CREATION_TIME">2025-11-04</TIMEX3></DCT>'
        '<TEXT>The quay reopened on <TIMEX3 tid="t1" type="DATE" value="2025-11-03">Monday</TIMEX3>.</TEXT>'
        "</TimeML>"
    )
    problems = []
    (document,) = sources.read([_write(tmp_path, "harbour.xml", timeml)], on_problem=problems.append)
    assert (document.id, document.date, document.text) == (
        "harbour_1",
        dt.date(2025, 11, 4),
        "The quay reopened on Monday.",
    )
    assert problems == []


def test_word_file_too_big_unpacked(tmp_path, monkeypatch):
    """A zip that unpacks to more than MAX_XML_BYTES is refused before it is unpacked (a zip bomb)."""
    monkeypatch.setattr(sources_office, "MAX_XML_BYTES", 64)
    problems = []
    path = _write(tmp_path, "big.docx", docx(["The plan was approved on Monday after a long debate."]))
    assert list(sources.read([path], on_problem=problems.append)) == []
    assert len(problems) == 1
    assert problems[0].message.startswith("a Word file whose text is over")


def test_text_box_with_a_fallback_is_read_once(tmp_path):
    box = "<w:txbxContent><w:p><w:r><w:t>Boxed note</w:t></w:r></w:p></w:txbxContent>"
    xml = (
        '<w:p><w:r><w:t>The quay reopened.</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.'
        f'openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">{box}</mc:Choice>'
        f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    (document,) = sources.read([_write(tmp_path, "box.docx", docx([], xml=xml))])
    assert document.text == "The quay reopened.\n\nBoxed note"


def test_sidecar_corrects_an_office_file(tmp_path):
    path = _write(tmp_path, "briefing.docx", docx(["The plan was approved on Monday."]))
    _write(tmp_path, "briefing.meta.json", json.dumps({"date": "2025-10-30", "title": "Briefing"}))
    (document,) = sources.read([path])
    assert (document.date, document.title) == (dt.date(2025, 10, 30), "Briefing")


# A PDF page's printed lines joined into paragraphs: (id, lines as pypdf gives them, text read).
REFLOW = [
    ("sentence-across-lines",
     ["The council approved the harbour plan on", "Monday.", "Work starts in March after the",
      "tenders are in."],
     "The council approved the harbour plan on Monday.\n\nWork starts in March after the tenders are in."),
    ("heading-stays-apart",
     ["Harbour plan", "The council approved the harbour plan on a", "vote of seven to two on Monday."],
     "Harbour plan\n\nThe council approved the harbour plan on a vote of seven to two on Monday."),
    ("word-hyphen-glued",
     ["Dredging is planned for the period from mid-", "March to the end of the summer season."],
     "Dredging is planned for the period from mid-March to the end of the summer season."),
    ("dash-keeps-its-space",
     ["The ferry -- idle since the strike began --", "sailed again on Wednesday morning."],
     "The ferry -- idle since the strike began -- sailed again on Wednesday morning."),
    ("blank-line-ends-paragraph",
     ["The mill closed last week after ninety", "", "years of work in the valley."],
     "The mill closed last week after ninety\n\nyears of work in the valley."),
    ("list-items-apart",
     ["The plan sets out two steps for the port:", "• dredging the channel before the",
      "spring tides arrive, and", "• rebuilding the north quay by May."],
     "The plan sets out two steps for the port:\n\n• dredging the channel before the spring tides arrive, and"
     "\n\n• rebuilding the north quay by May."),
    ("numbered-items-apart",
     ["Talks resume if both sides agree:", "1. to end the strike on Friday", "2. to meet again in a week"],
     "Talks resume if both sides agree:\n\n1. to end the strike on Friday\n\n2. to meet again in a week"),
    ("dash-at-a-line-start-goes-on",
     ["The ferry that sailed from the north quay", "— idle since the strike began — left at dawn."],
     "The ferry that sailed from the north quay — idle since the strike began — left at dawn."),
    ("spaces-and-empty-page", ["  ", ""], ""),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "text"), [case[1:] for case in REFLOW], ids=[c[0] for c in REFLOW])
def test_pdf_lines_become_paragraphs(lines, text):
    assert sources_office.reflow("\n".join(lines)) == text


# Pages of a PDF: (id, each page's lines, text read).
PAGES = [
    ("running-head-and-page-numbers", [
        ["Harbour report", "The council approved the harbour plan on", "Monday after a long debate.", "1"],
        ["Harbour report", "Work on the quay starts in March and", "will last until the autumn.", "2"],
        ["Harbour report", "The ferry will sail from the south quay", "while the works go on.", "3"],
    ], "The council approved the harbour plan on Monday after a long debate.\n\nWork on the quay starts in "
       "March and will last until the autumn.\n\nThe ferry will sail from the south quay while the works go "
       "on."),
    ("sentence-over-a-page", [
        ["The council approved the harbour plan on", "Monday after a long debate, and the"],
        ["Page 2 of 2", "dredging of the channel starts in March."],
    ], "The council approved the harbour plan on Monday after a long debate, and the dredging of the channel "
       "starts in March."),
    ("two-pages-keep-their-heads", [
        ["Harbour report", "The council approved the harbour plan on Monday."],
        ["Harbour report", "Work starts in March."],
    ], "Harbour report\n\nThe council approved the harbour plan on Monday.\n\nHarbour report\n\nWork starts "
       "in March."),
]  # fmt: skip


@pytest.mark.parametrize(("pages", "text"), [case[1:] for case in PAGES], ids=[c[0] for c in PAGES])
def test_pdf_pages_read_as_one_text(tmp_path, pages, text):
    (document,) = sources.read([_write(tmp_path, "report.pdf", pdf([], pages=pages))])
    assert document.text == text


# Broken files of each kind: (id, file name, content, what its one problem line says).
BROKEN = [
    ("feed-not-xml", "broken.rss", "<rss><channel><item><title>Cut",
     "not a well-formed feed: XML error at line 1"),
    ("xml-not-a-feed", "config.xml", "<settings><colour>blue</colour></settings>", "not an RSS or Atom feed"),
    ("feed-without-items", "empty.atom", '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>',
     "a feed without any <item> or <entry>"),
    ("feed-item-without-text", "bare.rss", "<rss><channel><item><link>https://a.example</link></item></channel></rss>",
     "a feed item without text"),
    ("docx-not-zip", "old.docx", b"\xd0\xcf\x11\xe0 an old binary .doc", "not a Word file"),
    ("docx-zip-not-word", "other.docx", b"", "not a Word document"),
    ("pdf-garbage", "broken.pdf", b"%PDF-1.4\nthis is not a PDF body", "not a readable PDF"),
    ("pdf-scanned", "scan.pdf", pdf([]), "a PDF without a text layer"),
    ("mbox-not-mailbox", "notes.mbox", "Some notes\nFrom the desk\n", "not a mailbox"),
    ("eml-not-mail", "note.eml", "just some words\nwithout headers\n", "not an e-mail message"),
]  # fmt: skip


def _zip_without_word() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "said"), [case[1:] for case in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_a_broken_file_is_one_problem(tmp_path, name, content, said):
    content = content or _zip_without_word()
    problems = []
    documents = list(sources.read([_write(tmp_path, name, content)], on_problem=problems.append))
    assert documents == []
    assert len(problems) == 1
    assert said in problems[0].message
    assert str(problems[0]).startswith(str(tmp_path / name))


def test_folder_picks_up_every_kind(tmp_path):
    for _, name, content, _ in CASES:
        _write(tmp_path, name, content)
    found = {entry.path.rsplit(".", 1)[-1]: entry.kind for entry in sources.expand([tmp_path])}
    assert found == {"rss": "feed", "xml": "feed", "docx": "docx", "pdf": "pdf", "eml": "eml", "mbox": "mbox"}


def test_build_on_a_mixed_folder(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for _, name, content, _ in CASES:
        _write(articles, name, content)
    _write(articles, "scan.pdf", pdf([]))
    _write(articles, "notes.txt", "---\ndate: 2025-11-08\n---\nThe port reopened on Thursday.\n")
    result = CliRunner().invoke(cli.main, ["build", str(articles), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "scan.pdf: a PDF without a text layer" in result.output
    timeline = json.loads((tmp_path / "out" / "timeline.json").read_text())
    read = {document["id"] for document in timeline["documents"]}
    assert {"briefing", "mill", "works", "tip", "notes"} <= read
    assert sum(id.startswith("courier-") for id in read) == 2
    assert sum(id.startswith("ledger-") for id in read) == 2
    assert "scan" not in read


# Standard input (or a file whose suffix tells nothing) known by how it opens: (id, bytes, titles read).
STDIN = [
    ("feed", ("\ufeff" + RSS).encode("utf-8"), ["Council approves the harbour plan", "Ferry strike ends"]),
    ("atom", ATOM.encode("utf-8"), ["Mill closes", "Bridge reopens"]),
    ("pdf", pdf(["The mill closed last week."]), ["Mill report"]),
    ("docx", docx(["The plan was approved on Monday."]), ["Harbour plan briefing"]),
    ("xml-not-a-feed-is-text", b"<?xml version='1.0'?><settings>Plain words.</settings>", [None]),
]


@pytest.mark.parametrize(("data", "titles"), [case[1:] for case in STDIN], ids=[c[0] for c in STDIN])
def test_standard_input_by_its_opening(data, titles):
    problems = []
    items = list(sources.items(sources.expand(["-"]), on_problem=problems.append, stdin=io.BytesIO(data)))
    documents = [sources.load(item)[0] for item in items]
    assert problems == []
    assert [d.title for d in documents] == titles
    assert all(d.id.startswith("stdin") for d in documents)
