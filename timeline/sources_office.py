"""Read office documents: Word (.docx) and PDF (.pdf), one document a file.

A .docx is a zip archive: its paragraphs (word/document.xml, tables included) are joined with blank lines,
and its properties (docProps/core.xml) give its title, its date (created) and the date it was last
modified. A PDF's text layer is read with pypdf, page after page, a page's columns one after the other
(`sources_columns`), its printed lines joined into paragraphs (`reflow`: a sentence cut at a line end would
be read as two; a word cut at one, "negoti-" "ations", is joined by `sources_hyphens`), and its information
dictionary gives the same three; a PDF without any text (a scan: images of pages) is a problem that says
so, not an empty document. Either raises InputError, with what to do, for a file it cannot read.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter

from timeline import sources_columns, sources_hyphens
from timeline.errors import InputError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word elements inside a paragraph and what each adds to its text: (element, text, example).
WORD_RUNS = [
    (f"{_W}t", None, "<w:t>The council met</w:t>: its text"),
    (f"{_W}tab", "\t", "<w:tab/>"),
    (f"{_W}br", "\n", "<w:br/>, a line break inside the paragraph"),
    (f"{_W}cr", "\n", "<w:cr/>"),
    (f"{_W}noBreakHyphen", "-", "<w:t>mid</w:t><w:noBreakHyphen/><w:t>March</w:t>: mid-March"),
    (f"{_W}softHyphen", "", "<w:softHyphen/>, a place the word may break: nothing in the text"),
]
_RUNS = {tag: text for tag, text, _ in WORD_RUNS}
# A text box is written twice, as <mc:Choice> and as an <mc:Fallback> for older programs: one is read.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Paragraph styles that name the document when its properties give no title: (style id, example).
TITLE_STYLES = [("Title", '<w:pStyle w:val="Title"/>'), ("Heading1", '<w:pStyle w:val="Heading1"/>')]
_TITLE_STYLES = {style for style, _ in TITLE_STYLES}
# docProps/core.xml: (field, element, example).
CORE_FIELDS = [
    ("title", "{http://purl.org/dc/elements/1.1/}title", "<dc:title>Harbour plan briefing</dc:title>"),
    (
        "date",
        "{http://purl.org/dc/terms/}created",
        '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-04T09:12:00Z</dcterms:created>',
    ),
    (
        "updated",
        "{http://purl.org/dc/terms/}modified",
        "<dcterms:modified>2025-11-05T16:40:00Z</dcterms:modified>",
    ),
]
# A title the writing program filled in rather than the author: (pattern, example).
PROGRAM_TITLES = [
    (r"^Microsoft (?:Word|PowerPoint) - ", "Microsoft Word - draft3.docx"),
    (r"\.(?:docx?|odt|rtf|pdf|indd|txt|pages)$", "harbour_plan_v2.doc"),
    (r"^(?:untitled|document\d*)$", "Untitled"),
]
MAX_XML_BYTES = 256 << 20  # a zip that unpacks to more is a zip bomb, not a document
_PROGRAM_TITLE = re.compile("|".join(pattern for pattern, _ in PROGRAM_TITLES), re.I)


def _paragraph(node: ET.Element, out: list[str]) -> None:
    for child in node:
        if child.tag == f"{_W}p":
            continue  # a paragraph inside this one (a text box) is read on its own
        if child.tag in _RUNS:
            out.append(_RUNS[child.tag] or child.text or "")
        else:
            _paragraph(child, out)


def _style(node: ET.Element) -> str | None:
    style = node.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val") if style is not None else None


def _title(value: object) -> str | None:
    text = " ".join(str(value or "").split())
    return text if text and not _PROGRAM_TITLE.search(text) else None


def docx_fields(data: bytes) -> tuple[dict[str, object], str]:
    """Return the metadata (title, date, updated) and the text of a Word file's bytes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise InputError("a zip archive without word/document.xml: not a Word document, skipped")
            if archive.getinfo("word/document.xml").file_size > MAX_XML_BYTES:
                raise InputError(f"a Word file whose text is over {MAX_XML_BYTES >> 20} MB unpacked, skipped")
            document = ET.fromstring(archive.read("word/document.xml"))
            core = ET.fromstring(archive.read("docProps/core.xml")) if "docProps/core.xml" in names else None
    except zipfile.BadZipFile:
        raise InputError(
            "not a Word file (a .docx is a zip archive, this is not one: an old .doc, or one locked with a "
            "password? save an unlocked .docx), skipped"
        ) from None
    except ET.ParseError as error:
        raise InputError(f"a broken Word file (its XML fails at line {error.position[0]}), skipped") from None
    for parent in [node for node in document.iter() if node.find(_FALLBACK) is not None]:
        for fallback in parent.findall(_FALLBACK):  # the same text box again, for older Words
            parent.remove(fallback)
    paragraphs, styled = [], None
    for node in document.iter(f"{_W}p"):
        parts: list[str] = []
        _paragraph(node, parts)
        text = "".join(parts).strip()
        if text:
            paragraphs.append(text)
            if styled is None and _style(node) in _TITLE_STYLES:
                styled = text
    meta: dict[str, object] = {}
    for field, tag, _ in CORE_FIELDS if core is not None else ():
        found = core.find(tag)
        if found is not None and (found.text or "").strip():
            meta[field] = found.text.strip()
    meta["title"] = _title(meta.get("title")) or styled
    return meta, "\n\n".join(paragraphs)


# A PDF's text comes a printed line at a time: lines at least this share of the page's usual width (its
# longer lines') go on in the next, a shorter one ends a paragraph or is a heading. A sentence cut at a line
# end would be read as two.
FULL_LINE = 0.7
USUAL_WIDTH = 0.8  # the usual width is the length this share of the page's lines reach
# Marks that start an item of a list, which starts a line of its own: (pattern, example).
LIST_MARKS = [
    # not a dash: "the ferry\n— idle since May —" is a sentence wrapped before its dash
    (r"[\u2022\u25e6\u25aa\u25cf\u2023\u2043*-]\s", "• On-line management, ◦ an inner item, * a star"),
    (r"(?:\d{1,2}|[a-z])[.)]\s", "1. First step, a) first case"),
]
_LIST_ITEM = re.compile("|".join(f"(?:{pattern})" for pattern, _ in LIST_MARKS))


def reflow(page: str, words: set[str] | frozenset[str] = frozenset()) -> str:
    """Join the printed lines of a PDF page into paragraphs (`FULL_LINE`), the paragraphs by blank lines.

    A line ending in a word's hyphen goes on in the next without a space, the hyphen dropped when it broke
    a word (`sources_hyphens`, which looks the pair up in the document's `words`).
    """
    lines = [" ".join(line.split()) for line in page.splitlines()]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    full = FULL_LINE * lengths[min(len(lengths) - 1, int(len(lengths) * USUAL_WIDTH))]
    paragraphs, current = [], ""
    for line in lines:
        if current and line and _LIST_ITEM.match(line):
            paragraphs.append(current)
            current = ""
        if line:
            cut = sources_hyphens.glue_at(current, line, words)
            if cut is not None:
                current = current[:cut] + line
            else:
                current = f"{current} {line}" if current else line
        if current and (not line or len(line) < full):
            paragraphs.append(current)
            current = ""
    return "\n\n".join([*paragraphs, current] if current else paragraphs)


# A line at a page's top or foot that most pages share (digits aside) is a running head or foot, not the
# story: the report's title, "Page 3 of 9". Looked for among the first and last EDGE_LINES lines, in a
# PDF of at least RUNNING_PAGES pages.
EDGE_LINES = 2
RUNNING_PAGES = 3
RUNNING_SHARE = 0.5
# A page number alone at a page's top or foot: (pattern, example).
PAGE_NUMBERS = [
    (r"\d{1,4}", "12"),
    (r"(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", "Page 3 of 9"),
    (r"\d{1,4}\s*(?:of|/)\s*\d{1,4}", "3 / 9"),
    (r"[-\u2013\u2014]\s*\d{1,4}\s*[-\u2013\u2014]", "- 4 -"),
]
_PAGE_NUMBER = re.compile("|".join(f"(?:{pattern})" for pattern, _ in PAGE_NUMBERS), re.I)
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]\Z")


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _edges(lines: list[str]) -> list[int]:
    """Return the places of a page's first and last EDGE_LINES lines that are not blank."""
    filled = [place for place, line in enumerate(lines) if line.strip()]
    return filled[:EDGE_LINES] + filled[EDGE_LINES:][-EDGE_LINES:]


def without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers and the running heads and feet most pages share from the edges of each page."""
    shared: set[str] = set()
    if len(pages) >= RUNNING_PAGES:
        counts = Counter(
            shape for lines in pages for shape in {_shape(lines[place]) for place in _edges(lines)}
        )
        shared = {shape for shape, count in counts.items() if count >= RUNNING_SHARE * len(pages)}
    kept = []
    for lines in pages:
        edges = [(place, lines[place].strip()) for place in _edges(lines)]
        dropped = {place for place, line in edges if _shape(line) in shared or _PAGE_NUMBER.fullmatch(line)}
        kept.append([line for place, line in enumerate(lines) if place not in dropped])
    return kept


def join_pages(texts: list[str], words: set[str] | frozenset[str] = frozenset()) -> str:
    """Join the pages' paragraphs; a sentence going on over a page ("the quay | was closed") stays one, and
    so does a word broken over it ("negoti- | ations")."""
    parts: list[str] = []
    for text in (text for text in texts if text):
        if parts and not _SENTENCE_END.search(parts[-1]) and text[:1].islower():
            cut = sources_hyphens.glue_at(parts[-1], text, words)
            if cut is None:
                parts.append(" ")
            elif cut < len(parts[-1]):
                parts[-1] = parts[-1][:cut]
        elif parts:
            parts.append("\n\n")
        parts.append(text)
    return "".join(parts)


class _Collected(logging.Handler):
    """Keep pypdf's log records (a library prints nothing): the first says why a PDF gave no text."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _pdf_pages(data: bytes) -> tuple[dict[str, object], list[str], list[str]]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logger, collected = logging.getLogger("pypdf"), _Collected()
    logger.addHandler(collected)
    propagate, logger.propagate = logger.propagate, False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError("a PDF locked with a password, skipped: save an unlocked copy")
            pages = [sources_columns.read_page(page.extract_text) for page in reader.pages]
            info = reader.metadata
            meta: dict[str, object] = {"title": _title(info.title) if info else None}
            for field, name in (("date", "creation_date"), ("updated", "modification_date")):
                try:
                    stamp = getattr(info, name) if info else None
                except ValueError:  # a date the PDF writer spelled its own way
                    stamp = None
                if stamp:
                    meta[field] = stamp.date().isoformat()
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise InputError(f"not a readable PDF ({error or type(error).__name__}), skipped") from None
    finally:
        logger.removeHandler(collected)
        logger.propagate = propagate
    return meta, pages, collected.messages


def pdf_fields(data: bytes) -> tuple[dict[str, object], str]:
    """Return the metadata (title, date, updated) and the text of a PDF's bytes, its pages apart."""
    try:
        meta, pages, messages = _pdf_pages(data)
    except ImportError:
        raise InputError("reading PDFs needs pypdf (pip install pypdf), skipped") from None
    if not pages:
        raise InputError("a PDF without pages, skipped")
    words = sources_hyphens.spellings("\n".join(pages))
    texts = [
        reflow("\n".join(lines), words)
        for lines in without_running_lines([page.splitlines() for page in pages])
    ]
    if not any(texts):
        why = f" ({messages[0]})" if messages else ""
        raise InputError(
            f"a PDF without a text layer{why}: a scan holds images of pages, not text; run OCR "
            "on it (ocrmypdf scan.pdf text.pdf) and read the result, skipped"
        )
    return meta, join_pages(texts, words)
