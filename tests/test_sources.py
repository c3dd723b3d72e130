"""Reading inputs: encodings, skipped files, HTML, JSON Lines, folders, globs, stdin, document dates."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from timeline import dct as dct_module
from timeline import sources
from timeline.decoding import decode
from timeline.errors import InputError
from timeline.textmeta import OUTLET_KEYS

D = dt.date
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def read_all(inputs, **options):
    """Read inputs into (documents, problems as strings)."""
    problems: list[sources.Problem] = []
    documents = list(sources.read([str(i) for i in inputs], on_problem=problems.append, **options))
    return documents, [str(p) for p in problems]


# --- encodings ------------------------------------------------------------------------------------------

CURLY = "He said \u201cno\u201d \u2013 it\u2019s the caf\u00e9\u2019s last day."
ENCODINGS = [
    ("utf-8", CURLY.encode("utf-8"), CURLY),
    ("utf-8-bom", b"\xef\xbb\xbf" + CURLY.encode("utf-8"), CURLY),
    ("utf-16-le-bom", CURLY.encode("utf-16"), CURLY),
    ("utf-16-be-bom", b"\xfe\xff" + CURLY.encode("utf-16-be"), CURLY),
    ("utf-16-le-no-bom", "Plain words in 2020.\n".encode("utf-16-le"), "Plain words in 2020.\n"),
    ("cp1252-curly-quotes", CURLY.encode("cp1252"), CURLY),
    ("cp1252-one-quote", "It\u2019s done.".encode("cp1252"), "It\u2019s done."),
    ("latin-1", "Z\u00fcrich fa\u00e7ade".encode("latin-1"), "Z\u00fcrich fa\u00e7ade"),
    ("crlf-kept", b"one\r\ntwo\r\n", "one\r\ntwo\r\n"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "text"), [c[1:] for c in ENCODINGS], ids=[c[0] for c in ENCODINGS])
def test_decodes_text_exactly(tmp_path: Path, data: bytes, text: str) -> None:
    assert decode(data)[0] == text
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    documents, problems = read_all([path])
    assert problems == []
    assert [d.text for d in documents] == [text]


SKIPPED = [
    ("binary-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary file (a PNG image)"),
    ("binary-nul-bytes", bytes(range(256)) * 4, "binary file"),
    ("binary-pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (a PDF document)"),
    ("empty", b"", "empty file, skipped"),
    ("whitespace-only", b" \n\t\r\n", "empty file, skipped"),
    ("bom-only", b"\xef\xbb\xbf", "empty file, skipped"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "message"), [c[1:] for c in SKIPPED], ids=[c[0] for c in SKIPPED])
def test_skips_binary_and_empty_files_naming_them(tmp_path: Path, data: bytes, message: str) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text("A good article.", encoding="utf-8")
    documents, problems = read_all([tmp_path])
    assert [d.id for d in documents] == ["good"]
    assert len(problems) == 1
    assert problems[0].startswith(str(tmp_path / "bad.txt") + ": ")
    assert message in problems[0]


# --- the document date, in order: option, metadata, dateline, file name ---------------------------------

FRONT = "---\ndate: 2021-02-02\n---\n"
HANOI = "HANOI, Oct. 25, 2025 (AFP) - Some states signed."
HANOI_NO_YEAR = "HANOI, Oct 25 (AFP) - Some states signed."
DATES = [
    # (id, file name, content, --dct, expected date, expected source)
    ("option-wins", "2020-01-01-a.txt", FRONT + "Text.", D(2022, 3, 3), D(2022, 3, 3), "option"),
    ("front-matter", "2020-01-01-a.txt", FRONT + "Text.", None, D(2021, 2, 2), "metadata"),
    ("front-matter-datetime", "a.txt", "---\ndate: 2021-02-02T23:30:00-05:00\n---\nText.", None,
     D(2021, 2, 2), "metadata"),
    ("front-matter-words", "a.md", "---\ndate: February 2, 2021\n---\n# Title\nText.", None,
     D(2021, 2, 2), "metadata"),
    ("front-matter-crlf", "a.txt", "---\r\ndate: 2021-02-02\r\n---\r\nText.", None, D(2021, 2, 2),
     "metadata"),
    ("metadata-beats-dateline", "a.txt", FRONT + HANOI, None, D(2021, 2, 2), "metadata"),
    ("dateline-with-year", "2020-01-01-a.txt", HANOI, None, D(2025, 10, 25), "dateline"),
    ("dateline-press-wire", "a.txt", "NEW YORK, Oct. 25, 2025 /PRNewswire/ -- Acme said.", None,
     D(2025, 10, 25), "dateline"),
    ("dateline-space-before-comma", "a.txt", "GENEVA, March 3 , 2024 (AFP) - Talks resumed.", None,
     D(2024, 3, 3), "dateline"),
    ("date-line-under-headline", "a.txt", "Bridge opens\nSaturday, October 25, 2025 10:15 AM ET\nIt opened.",
     None, D(2025, 10, 25), "dateline"),
    ("dateline-day-month", "a.txt", "LONDON, 25 October 2025 (Reuters) - Markets fell.", None,
     D(2025, 10, 25), "dateline"),
    ("dateline-after-title", "a.txt", "Bridge opens\n\nWASHINGTON, Sept. 9, 2024 (AP) - It opened.", None,
     D(2024, 9, 9), "dateline"),
    ("place-and-date-line-under-headline", "a.txt", "Architect dies at 91\nLISBON, Aug. 9, 2025\n\nShe died.",
     None, D(2025, 8, 9), "dateline"),
    ("place-and-date-line-day-first", "a.txt", "Lisbon, 9 August 2025\nShe died on Thursday.", None,
     D(2025, 8, 9), "dateline"),
    ("place-and-date-then-text-is-no-line", "a.txt", "In Lisbon, Aug. 9, 2025 was hot.", None, None, "none"),
    ("dateline-no-year-takes-file-year", "2025-10-27-a.txt", HANOI_NO_YEAR, None, D(2025, 10, 25),
     "dateline"),
    ("dateline-no-year-no-file-date", "a.txt", HANOI_NO_YEAR, None, None, "none"),
    ("file-name-iso", "2025-10-25-hanoi.txt", "Some states signed.", None, D(2025, 10, 25), "filename"),
    ("file-name-compact", "AFP_ENG_20251025.0042.txt", "Some states signed.", None, D(2025, 10, 25),
     "filename"),
    ("date-deep-in-text-is-no-dateline", "a.txt", "Intro.\n" * 8 + "PARIS, May 5, 2020 (AFP) - Late.", None,
     None, "none"),
    ("nothing", "notes.txt", "Some states signed last week.", None, None, "none"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "option", "date", "source"), [c[1:] for c in DATES],
                         ids=[c[0] for c in DATES])  # fmt: skip
def test_document_date_order(tmp_path: Path, name, content, option, date, source) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8", newline="")
    documents, problems = read_all([tmp_path / name], dct=option)
    # a year-less dateline left without a year is the one warning (test_sources_year.py)
    assert len(problems) == (content == HANOI_NO_YEAR and date is None)
    assert all("gives a day but no year" in str(p) for p in problems)
    assert (documents[0].date, documents[0].date_source) == (date, source)


# (id, the front matter's date, what the warning says after it)
UNREAD_DATES = [
    ("words", "soon", ""),
    ("either-order", "03/04/2025", " (it could be 3 April or 4 March: give it as YYYY-MM-DD)"),
]


@pytest.mark.parametrize(("typed", "why"), [c[1:] for c in UNREAD_DATES], ids=[c[0] for c in UNREAD_DATES])
def test_unreadable_metadata_date_is_reported_and_the_next_source_used(tmp_path: Path, typed, why) -> None:
    path = tmp_path / "2025-10-25-a.txt"
    path.write_text(f"---\ndate: {typed}\n---\nText.", encoding="utf-8")
    documents, problems = read_all([path])
    assert (documents[0].date, documents[0].date_source) == (D(2025, 10, 25), "filename")
    assert problems == [f"{path}: cannot read its date {typed!r}{why}; looking for a dateline instead"]


def test_sidecar_metadata_keeps_the_text_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_bytes("Line one.\r\nLine two \u2019.\n".encode())
    (tmp_path / "story.meta.json").write_text(json.dumps({"title": "T", "date": "2025-10-25", "url": "https://example.org/u"}))
    documents, problems = read_all([tmp_path])
    assert problems == []
    assert [(d.id, d.title, d.date, d.date_source, d.url) for d in documents] == [
        ("story", "T", D(2025, 10, 25), "metadata", "https://example.org/u")
    ]
    assert documents[0].text.encode() == (tmp_path / "story.txt").read_bytes()


PAGE = (
    '<html><head><title>Pond report</title>{meta}</head><body><article><p>The county released its report on '
    "Wednesday about the silt behind the old dam, and the work it will need.</p>"
    "<p>Crews will dredge a third of it before the breach, the report said.</p></article></body></html>"
)
# A page saved without a date, or with a wrong one, is corrected by a sidecar, as a text file is.
# (id, page meta, sidecar or None, (date, date source, title, url))
HTML_SIDECAR_CASES = [
    ("no-date-sidecar-dates-it", "", {"date": "2024-08-15"},
     (D(2024, 8, 15), "metadata", "Pond report", None)),
    ("sidecar-corrects-page", '<meta property="article:published_time" content="2024-08-01">',
     {"date": "2024-08-15", "title": "Sediment report", "url": "https://example.org/r"},
     (D(2024, 8, 15), "metadata", "Sediment report", "https://example.org/r")),
    ("page-date-without-sidecar", '<meta property="article:published_time" content="2024-08-01">', None,
     (D(2024, 8, 1), "metadata", "Pond report", None)),
    ("no-date-anywhere", "", None, (None, "none", "Pond report", None)),
]  # fmt: skip


@pytest.mark.parametrize(("meta", "sidecar", "expected"), [c[1:] for c in HTML_SIDECAR_CASES],
                         ids=[c[0] for c in HTML_SIDECAR_CASES])  # fmt: skip
def test_a_sidecar_gives_a_saved_page_its_date(tmp_path: Path, meta, sidecar, expected) -> None:
    (tmp_path / "pond.html").write_text(PAGE.format(meta=meta), encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "pond.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
    documents, problems = read_all([tmp_path])
    assert problems == []
    assert [(d.date, d.date_source, d.title, d.url) for d in documents] == [expected]


def test_seed_articles_read_as_before() -> None:
    documents, problems = read_all([SEEDS])
    assert problems == []
    assert [d.id for d in documents] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    seed = documents[0]
    assert (seed.date, seed.date_source) == (D(2025, 10, 25), "metadata")
    assert seed.text == (SEEDS / f"{seed.id}.txt").read_text(encoding="utf-8")
    assert all(d.date_source == "metadata" for d in documents)


DATELINE_TABLE = [(example, pattern) for pattern, example in dct_module.DATELINES]


@pytest.mark.parametrize(("example", "_pattern"), DATELINE_TABLE, ids=[e for e, _ in DATELINE_TABLE])
def test_every_dateline_row_matches_its_example(example: str, _pattern: str) -> None:
    date, match = dct_module.find_dateline(example)
    assert match is not None
    assert dct_module.dateline_date(example, year=2025) == D(2025, 10, 25)


NUMERIC_DATES = [
    # (what a tool wrote, the date, or None when the order of day and month cannot be told)
    ("03/19/2025", D(2025, 3, 19)),
    ("3/19/2025", D(2025, 3, 19)),
    ("19/03/2025", D(2025, 3, 19)),
    ("19.03.2025", D(2025, 3, 19)),
    ("03/03/2025", D(2025, 3, 3)),
    ("03/19/2025 07:00", D(2025, 3, 19)),
    ("03/04/2025", None),
    ("02/30/2025", None),
    ("13/13/2025", None),
]


@pytest.mark.parametrize(("value", "date"), NUMERIC_DATES, ids=[v for v, _ in NUMERIC_DATES])
def test_a_date_in_figures_is_read_when_its_order_cannot_matter(value: str, date) -> None:
    assert dct_module.metadata_date(value) == date


HEADING_DATES = [
    # (id, file name, text, date, date source): a note titled with its day takes that day
    ("comma-day-month", "interview.txt", "Interview with the mayor, 14 Nov 2024\n\nShe starts in January.",
     D(2024, 11, 14), "dateline"),
    ("month-day", "meeting.txt", "Board meeting June 4, 2024\n\nChange order approved 4-1.", D(2024, 6, 4),
     "dateline"),
    ("parenthesis", "audit.txt", "Audit (Feb 27, 2025) - things to check\n\nOverruns of $41M.",
     D(2025, 2, 27), "dateline"),
    ("markdown-heading", "results.md", "# Results (certified Nov. 26, 2024)\n\nTurnout 61%.", D(2024, 11, 26),
     "dateline"),
    ("after-bracket", "call.txt", "Call with the engineer (public works), Feb 20 2023\n\nBids due soon.",
     D(2023, 2, 20), "dateline"),
    ("due-date-is-not-the-notes", "vote.txt", "Vote set for March 3, 2026\n\nThe council meets next week.",
     None, "none"),
    ("opening-date-is-not-the-notes", "bridge.txt", "Bridge to open on 25 October 2026\n\nWork goes on.",
     None, "none"),
    ("file-name-first", "2024-06-05-meeting.txt", "Board meeting June 4, 2024\n\nApproved.", D(2024, 6, 5),
     "filename"),
    ("only-the-first-line", "todo.txt", "TODO\nBoard meeting June 4, 2024\n", None, "none"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "date", "source"), [c[1:] for c in HEADING_DATES],
                         ids=[c[0] for c in HEADING_DATES])  # fmt: skip
def test_a_note_titled_with_its_day_is_dated_by_it(tmp_path: Path, name: str, text: str, date, source):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (document,), _ = read_all([tmp_path / name])
    assert (document.date, document.date_source) == (date, source)


# --- HTML -----------------------------------------------------------------------------------------------

NAV = (
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li>"
    "<li>Subscribe today</li></ul></nav>"
)
FOOTER = (
    "<footer><p>Copyright Example Media. All rights reserved.</p><p>Privacy policy and cookies</p></footer>"
)
ARTICLE = (
    "<article><h1>River bridge opens</h1><p>The new bridge over the river opened to traffic on Saturday "
    "after three years of work, the city said.</p><p>The council approved the plan in March 2022 and "
    "building began that autumn, two months later than planned.</p></article>"
)
DATELINE_PAGE = (
    "<div><p>HANOI, Oct. 25, 2025 (AFP) - Dozens of countries signed a convention on Saturday, officials "
    "said.</p><p>It takes effect after ratification.</p></div>"
)
JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"datePublished": "2025-10-25T08:30:00Z", "dateModified": "2025-11-02T10:00:00Z"}</script>'
)


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>River bridge opens | Example News</title>{head}</head>" \
           f"<body>{NAV}{body}{FOOTER}</body></html>"  # fmt: skip


HTML = [
    ("meta-published-time", '<meta property="article:published_time" content="2025-10-25T08:30:00+07:00">'
     '<meta property="article:modified_time" content="2025-11-01T09:00:00+07:00">', ARTICLE, D(2025, 10, 25),
     "metadata"),
    ("json-ld-date-published", JSON_LD, ARTICLE, D(2025, 10, 25), "metadata"),
    ("only-a-dateline", "", DATELINE_PAGE, D(2025, 10, 25), "dateline"),
    ("no-date", "", ARTICLE, None, "none"),
]  # fmt: skip


@pytest.mark.parametrize(("head", "body", "date", "source"), [c[1:] for c in HTML], ids=[c[0] for c in HTML])
def test_html_main_text_and_date(tmp_path: Path, head: str, body: str, date, source: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page(head, body), encoding="utf-8")
    documents, problems = read_all([path])
    assert problems == []
    (document,) = documents
    assert (document.date, document.date_source) == (date, source)
    for boilerplate in ("Subscribe today", "World news", "All rights reserved", "Privacy policy"):
        assert boilerplate not in document.text
    assert "signed a convention" in document.text or "opened to traffic" in document.text
    assert document.title
    assert document.id == "page"


def test_html_in_cp1252_with_curly_quotes(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(page("", f"<article><p>{CURLY} {'The bridge opened to traffic. ' * 5}</p></article>")
                     .encode("cp1252"))  # fmt: skip
    documents, _ = read_all([path])
    assert CURLY in documents[0].text


CYRILLIC = "Москва: новый мост открыт."  # Moscow: a new bridge opened
DECLARED = [
    ("meta-charset", '<meta charset="windows-1251">', "cp1251", CYRILLIC),
    ("http-equiv", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "latin-1",
     "Z\u00fcrich \u00e0 la fa\u00e7ade"),
    ("declared-utf8-is-utf8", '<meta charset="utf-8">', "utf-8", CYRILLIC),
]  # fmt: skip


@pytest.mark.parametrize(("meta", "codec", "words"), [c[1:] for c in DECLARED], ids=[c[0] for c in DECLARED])
def test_html_declared_charset_wins_over_a_guess(tmp_path: Path, meta: str, codec: str, words: str) -> None:
    path = tmp_path / "page.html"
    body = f"<article><p>{words} {'The bridge opened to traffic on Saturday. ' * 4}</p></article>"
    path.write_bytes(page(meta, body).encode(codec))
    documents, problems = read_all([path])
    assert problems == []
    assert words in documents[0].text


# --- JSON Lines -----------------------------------------------------------------------------------------


def test_jsonl_malformed_line_is_reported_with_its_number_and_others_processed(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First story.", "id": "s1", "date": "2025-10-25", "title": "One", "url": "https://example.org/u1",
                    "source": "AFP"}),
        '{"text": "broken", ',
        "",
        json.dumps({"text": "Third story."}),
        json.dumps({"summary": "no text field"}),
        json.dumps({"text": "Fifth story.", "date": "not a date"}),
    ]  # fmt: skip
    path = tmp_path / "2024-01-02-feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents, problems = read_all([path])
    assert [(d.id, d.date, d.date_source) for d in documents] == [
        ("s1", D(2025, 10, 25), "metadata"),
        ("2024-01-02-feed-4", D(2024, 1, 2), "filename"),
        ("2024-01-02-feed-6", D(2024, 1, 2), "filename"),
    ]
    first = documents[0]
    assert (first.title, first.url, first.source) == ("One", "https://example.org/u1", "AFP")
    assert documents[1].source == f"{path}:4"
    assert [p.split(": ", 1)[0] for p in problems] == [f"{path}:2", f"{path}:5", f"{path}:6"]
    assert "not valid JSON" in problems[0] and '"text"' in problems[1] and "not a date" in problems[2]


NEWSROOM = [
    # (id, a record as another tool exports it, title, date, url, text)
    ("body-headline-published-at", {"id": "b1", "headline": "Dam hearing draws crowd",
     "body": "The water board held a hearing on Wednesday.", "published_at": "2024-05-16T07:00:00Z"},
     "Dam hearing draws crowd", D(2024, 5, 16), None, "The water board held a hearing on Wednesday."),
    ("content-link-published", {"content": "Crews began work.", "link": "https://news.example/a",
     "published": "2024-05-16"}, None, D(2024, 5, 16), "https://news.example/a", "Crews began work."),
    ("own-names-win", {"text": "Own text.", "body": "Other text.", "date": "2024-01-02",
     "pubdate": "2023-01-01", "title": "Own", "headline": "Other"}, "Own", D(2024, 1, 2), None, "Own text."),
]  # fmt: skip


@pytest.mark.parametrize(("record", "title", "date", "url", "text"), [c[1:] for c in NEWSROOM],
                         ids=[c[0] for c in NEWSROOM])  # fmt: skip
def test_jsonl_from_another_tool_is_read_under_its_own_field_names(tmp_path, record, title, date, url, text):
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (document,), problems = read_all([path])
    assert problems == []
    assert (document.title, document.date, document.url, document.text) == (title, date, url, text)


def test_jsonl_line_without_text_names_the_keys_it_has(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"id": "x", "summary": "Short.", "slug": "x"}) + "\n", encoding="utf-8")
    documents, (problem,) = read_all([path])
    assert documents == []
    assert problem == (f'{path}:1: each line needs a "text" (or "body", "content", "article") string; this '
                       'one\'s keys are "id", "summary", "slug", line skipped')  # fmt: skip


# --- folders, globs, stdin ------------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.html", "sub/deeper/d.txt", ".hidden/e.txt", "notes.rtf", "f.jsonl"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if name.endswith(".html"):
            path.write_text(page("", ARTICLE), encoding="utf-8")
        elif name.endswith(".jsonl"):
            path.write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")
        else:
            path.write_text(f"Text of {name}.", encoding="utf-8")
    (root / "b.meta.json").write_text('{"title": "Bee"}', encoding="utf-8")
    (root / "export.log").write_text('{"text": "one"}\n{"text": "two"}\n', encoding="utf-8")


INPUT_CASES = [
    ("folder-recursive-sorted", ["{root}"], ["a", "b", "f-1", "f-2", "sub/c", "sub/deeper/d"]),
    ("glob", ["{root}/*.txt", "{root}/**/*.html"], ["b", "c"]),
    ("recursive-glob", ["{root}/**/*.txt"], ["b", "d"]),
    ("same-name-twice", ["{root}/b.txt", "{root}/b.txt"], ["b", "b~2"]),
    ("explicit-file-with-other-suffix", ["{root}/notes.rtf"], ["notes"]),
    ("json-lines-recognized-by-content", ["{root}/export.log"], ["export-1", "export-2"]),
]


@pytest.mark.parametrize(("inputs", "ids"), [c[1:] for c in INPUT_CASES], ids=[c[0] for c in INPUT_CASES])
def test_folders_and_globs_in_a_stable_order(tmp_path: Path, inputs: list[str], ids: list[str]) -> None:
    make_tree(tmp_path)
    documents, problems = read_all([i.format(root=tmp_path) for i in inputs])
    assert problems == []
    assert [d.id for d in documents] == ids


SAVED_FOLDERS = [
    # (id, files in the folder, ids read): a saved page's own folder is skipped, a folder of articles is not
    ("chrome-files", ["Story _ Courier.html", "Story _ Courier_files/ad.html", "Story _ Courier_files/x.txt"],
     ["Story _ Courier"]),
    ("german-dateien", ["Bericht.htm", "Bericht-Dateien/frame.html"], ["Bericht"]),
    ("no-page-beside-it", ["old_files/note.txt"], ["old_files/note"]),
    ("page-of-another-name", ["Other.html", "Story_files/frame.html"], ["Other", "Story_files/frame"]),
]  # fmt: skip


@pytest.mark.parametrize(("files", "ids"), [c[1:] for c in SAVED_FOLDERS], ids=[c[0] for c in SAVED_FOLDERS])
def test_the_folder_a_browser_saves_beside_a_page_is_not_read(tmp_path: Path, files, ids) -> None:
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page("", ARTICLE) if ".htm" in name else "The vote passed on 3 May 2024.", "utf-8")
    assert [entry.name for entry in sources.expand([tmp_path])] == ids


MISSING = [
    ("missing-file", ["{root}/nope.txt", "{root}/b.txt"], "{root}/nope.txt: no such file or folder"),
    ("glob-matching-nothing", ["{root}/b.txt", "{root}/*.no"], "{root}/*.no: no file matches this pattern"),
]


@pytest.mark.parametrize(("inputs", "message"), [c[1:] for c in MISSING], ids=[c[0] for c in MISSING])
def test_a_name_matching_nothing_fails_before_any_work(tmp_path: Path, inputs: list[str], message: str):
    make_tree(tmp_path)
    with pytest.raises(InputError) as raised:
        read_all([i.format(root=tmp_path) for i in inputs])
    assert str(raised.value) == message.format(root=tmp_path)


STDIN = [
    ("text", b"HANOI, Oct. 25, 2025 (AFP) - Text.", ["dateline"], "HANOI, Oct. 25, 2025 (AFP) - Text."),
    ("jsonl", b'{"text": "one", "date": "2020-01-01"}\n{"text": "two"}\n', ["metadata", "none"], "one"),
    ("html", page("", ARTICLE).encode(), ["none"], "River bridge opens\n"),
    ("utf-16", "Plain text.".encode("utf-16"), ["none"], "Plain text."),
]


@pytest.mark.parametrize(("data", "date_sources", "start"), [c[1:] for c in STDIN], ids=[c[0] for c in STDIN])
def test_standard_input(data: bytes, date_sources: list[str], start: str) -> None:
    problems: list[sources.Problem] = []
    entries = sources.expand(["-"])
    items = list(sources.items(entries, on_problem=problems.append, stdin=io.BytesIO(data)))
    documents = [sources.load(item)[0] for item in items]
    assert problems == []
    assert [d.date_source for d in documents] == date_sources
    assert documents[0].text.startswith(start)
    assert all(d.id.startswith("stdin") for d in documents)


@pytest.mark.corpus
def test_file_name_dates_agree_with_gold_creation_dates(corpora: Path) -> None:
    """News archives name files by day: TE3 silver's names give its gold DCT for at least 85% of documents."""
    gold = re.compile(r"<DCT>.*?value=\"(?P<value>\d{4}-\d\d-\d\d)", re.S)
    paths = sorted((corpora / "te3-silver").glob("*.tml"))
    agree = sum(
        dct_module.filename_date(path.name) == D.fromisoformat(gold.search(path.read_text("utf-8"))["value"])
        for path in paths
    )
    assert len(paths) == 2452
    assert agree / len(paths) >= 0.85  # measured 2,202 / 2,452; most others are a day apart (time zones)


def test_html_title_and_canonical_url(tmp_path: Path) -> None:
    path = tmp_path / "2025-10-25-bridge.html"
    head = '<link rel="canonical" href="https://news.example/bridge">'
    path.write_text(page(head, ARTICLE), encoding="utf-8")
    (document,), problems = read_all([path])
    assert problems == []
    assert (document.url, document.date_source, document.id) == (
        "https://news.example/bridge", "filename", "2025-10-25-bridge"
    )  # fmt: skip
    assert document.title and "River bridge opens" in document.title


def test_html_page_without_article_text_is_skipped_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(page("", "<script>var x = 1;</script>"), encoding="utf-8")
    documents, problems = read_all([path])
    assert documents == []
    assert problems == [f"{path}: no article text found in this page, skipped"]


def test_short_page_falls_back_to_its_body_text_without_navigation(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    html = "<html><head><title>T</title></head><body><nav>Home</nav><p>The vote passed.</p></body></html>"
    path.write_text(html, encoding="utf-8")
    (document,), _ = read_all([path])
    assert document.text == "The vote passed."


# --- the title of a plain-text article: front matter, a Markdown heading, else a headline line ------------

TITLES = [
    # (id, file name, content, title)
    ("headline-above-dateline", "court.txt",
     "Former mayor convicted of bribery\nDENVILLE, Oct. 22, 2025 (AP) - A jury found him guilty.",
     "Former mayor convicted of bribery"),
    ("headline-blank-line-then-text", "a.txt", "Volunteers clean up the beach\n\nThey met on Saturday.",
     "Volunteers clean up the beach"),
    ("headline-with-a-comma-inside", "a.txt", "Architect, 91, dies\nLISBON, Aug. 9, 2025\nShe died.",
     "Architect, 91, dies"),
    ("front-matter-wins", "a.txt", "---\ntitle: Given\n---\nA headline here\nText.", "Given"),
    ("markdown-heading", "a.md", "Intro line\n# The heading\nText.", "The heading"),
    ("dateline-first-is-no-headline", "a.txt", "LIMA, March 14, 2026 (AP) - The pier shut.\nMore.", None),
    ("paragraph-first-is-no-headline", "a.txt", "The pier shut on Monday.\nMore text follows.", None),
    ("a-date-line-is-no-headline", "a.txt", "October 25, 2025\nThe pier shut.", None),
    ("one-line-is-no-headline", "a.txt", "The pier shut on Monday", None),
    ("lowercase-start-is-no-headline", "a.txt", "and then the pier shut\nMore.", None),
    ("label-with-colon-is-no-headline", "a.txt", "Update:\nThe pier shut.", None),
    ("very-long-first-line-is-no-headline", "a.txt", "Word " * 40 + "\nMore.", None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "title"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_a_plain_text_article_is_titled_by_its_headline(tmp_path: Path, name: str, content: str,
                                                        title: str | None) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (document,) = list(sources.read([str(tmp_path / name)]))
    assert document.title == title


def test_a_folder_built_into_itself_does_not_read_its_own_timeline_page(tmp_path: Path) -> None:
    from click.testing import CliRunner

    import cli

    (tmp_path / "2024-05-03-vote.txt").write_text("The council voted on Friday to fund the weir.", "utf-8")
    for _ in range(2):  # the second build finds output/timeline.html in the folder it reads
        result = CliRunner().invoke(cli.main, ["build", str(tmp_path), "-o", str(tmp_path / "output")])
        assert result.exit_code == 0, result.output
    documents, problems = read_all([tmp_path])
    assert [d.id for d in documents] == ["2024-05-03-vote"]
    page = tmp_path / "output" / "timeline.html"
    assert problems == [f"{page}: a timeline page this tool wrote (timeline.html), not an article, skipped",
                        f"{page.with_suffix('.json')}: a timeline file, not articles, skipped"]


# (id, the export's file name, its format, what the warning says): an export written into the folder of
# the articles is not read back as one more article stating every event
OWN_EXPORTS = [
    ("markdown", "timeline.md", "markdown", "a Markdown export this tool wrote, not an article, skipped"),
    ("timelinejs", "slides.json", "timelinejs", "a timeline file, not articles, skipped"),
]


@pytest.mark.parametrize(("name", "fmt", "said"), [c[1:] for c in OWN_EXPORTS],
                         ids=[c[0] for c in OWN_EXPORTS])  # fmt: skip
def test_a_folder_exported_into_itself_does_not_read_its_own_export(tmp_path: Path, name, fmt, said) -> None:
    from click.testing import CliRunner

    import cli

    (tmp_path / "2024-05-03-vote.txt").write_text("The council voted on Friday to fund the weir.", "utf-8")
    target = tmp_path / "timeline.json"
    for args in (["extract", str(tmp_path), "-o", str(target)],
                 ["export", str(target), "--format", fmt, "-o", str(tmp_path / name)]):  # fmt: skip
        assert CliRunner().invoke(cli.main, args).exit_code == 0
    documents, problems = read_all([tmp_path])
    assert [d.id for d in documents] == ["2024-05-03-vote"]
    assert f"{tmp_path / name}: {said}" in problems


# --- outlets ---------------------------------------------------------------------------------------------

NEWS_API = {"status": "ok", "articles": [{"source": {"id": "ledger-daily", "name": "Ledger Daily"},
            "title": "Grain piles up", "content": "Grain piled up on Tuesday.", "publishedAt": "2026-11-06"}]}
OUTLET_FILES = [
    # (id, files to write: name -> text, the outlet of the (first) document read)
    ("front matter outlet", {"a.md": "---\ntitle: T\noutlet: Harbour Times\n---\nTalks resumed on Monday.\n"},
     "Harbour Times"),
    ("front matter publisher", {"a.txt": "---\npublisher: Ledger Daily\n---\nTalks resumed on Monday.\n"},
     "Ledger Daily"),
    ("front matter source", {"a.md": "---\nsource: Bay Courier\n---\nTalks resumed on Monday.\n"},
     "Bay Courier"),
    ("front matter source as an address", {"a.md": "---\nsource: https://www.bay.example/x\n---\nTalks.\n"},
     "bay.example"),
    ("front matter wins over the dateline", {"a.txt": "---\noutlet: Harbour Times\n---\nKESTREL BAY, Nov. 4, "
                                             "2026 (Bay Courier) - Talks resumed.\n"}, "Harbour Times"),
    ("a sidecar names it",
     {"a.txt": "Talks resumed on Monday.\n", "a.meta.json": '{"outlet": "Bay Courier"}'}, "Bay Courier"),
    ("dateline", {"a.txt": "Port talks\n\nKESTREL BAY, Nov. 4, 2026 (Bay Courier) - Talks resumed.\n"},
     "Bay Courier"),
    ("none", {"a.md": "---\ntitle: T\ndate: 2026-11-03\n---\nTalks resumed on Monday.\n"}, None),
    ("news API source", {"api.json": json.dumps(NEWS_API)}, "Ledger Daily"),
    ("a JSON Lines record's source is its path", {"a.jsonl": json.dumps(
        {"text": "Talks resumed.", "source": "feeds/port.txt"}) + "\n"}, None),
    ("a JSON Lines record's publisher", {"a.jsonl": json.dumps(
        {"text": "Talks resumed.", "publisher": {"name": "Ledger Daily"}}) + "\n"}, "Ledger Daily"),
    ("page title suffix", {"a.html": "<html><head><title>Port talks resume - Harbour Times</title></head>"
                           "<body><article><h1>Port talks resume</h1><p>Talks between the port and the union "
                           "resumed on Monday after a week, the mediator said.</p></article></body></html>"},
     "Harbour Times"),
    ("a sidecar corrects a page", {"a.html": "<html><head><title>Port talks | Harbour Times</title></head>"
                                   "<body><p>Talks between the port and the union resumed on Monday.</p>"
                                   "</body></html>", "a.meta.json": '{"outlet": "The Harbour Times"}'},
     "The Harbour Times"),
]  # fmt: skip


@pytest.mark.parametrize(("files", "outlet"), [c[1:] for c in OUTLET_FILES], ids=[c[0] for c in OUTLET_FILES])
def test_documents_name_their_outlet(tmp_path: Path, files: dict[str, str], outlet: str | None) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    documents, problems = read_all([tmp_path])
    assert problems == []
    assert documents[0].outlet == outlet


@pytest.mark.parametrize("key, example", OUTLET_KEYS, ids=[k for k, _ in OUTLET_KEYS])
def test_every_outlet_key_has_an_example_it_reads(key: str, example: str) -> None:
    value = json.loads(example.split(" (")[0])[key] if example.startswith("{") else example.partition(": ")[2]
    assert sources.textmeta.stated_outlet({key: value}) in ("Harbour Times", "Ledger Daily")
