"""Read inputs into Documents: text, Markdown, HTML, JSON, feeds, Word, PDF, e-mail, folders, globs, stdin.

Reading happens in two steps so that the expensive one can run in other processes or on a cluster:
`items(paths)` cuts the inputs into Items (the bytes of one file, or one line of a JSON Lines file),
streaming, and `load(item)` turns one Item into a Document. Nothing here prints: what goes wrong with
one input is a Problem handed to the caller, and the batch goes on (only a name that matches no file
at all stops it, before it starts).

A document's date (DCT) is, in this order: the --dct option, its metadata (front matter, a sidecar
`<name>.meta.json`, a JSON field, HTML meta tags or JSON-LD), its dateline, a date in its file name;
a `Fallback` date comes last instead of first. Its outlet is the one its metadata names (a page's site
name or title suffix, front matter, a sidecar, a news API's source), else the one its dateline names.

The readers of one kind of input live beside this module: `sources_json` (JSON exports, JSON Lines,
news-API field names), `sources_timeml` (TimeML corpus files), `sources_feed` (RSS and Atom feeds),
`sources_office` (Word and PDF files; `sources_columns` and `sources_hyphens` put a PDF page's columns in
order and join its words broken at line ends), `sources_mail` (e-mail); `sources_items` holds what they pass.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from timeline import sources_feed, sources_json, sources_mail, sources_office, sources_timeml, textmeta
from timeline.dct import (
    dateline_date,
    filename_date,
    find_dateline,
    heading_date,
    metadata_date,
    metadata_year,
    parse_date,
    path_year,
)
from timeline.decoding import decode
from timeline.errors import InputError
from timeline.models import DateSource, Document, is_web_link
from timeline.own_exports import own_export
from timeline.sources_items import STDIN, Fallback, GivenDate, Input, Item, Problem, ProblemHandler
from timeline.sources_json import count_lines
from timeline.textmeta import SIDECAR_SUFFIX
from timeline.typed_guesses import order_hint

__all__ = [
    "Input", "Item", "Problem", "count_lines", "expand", "from_text", "items", "load", "parse_date", "read",
    "total_bytes",
]  # fmt: skip

# Suffix -> kind of input. Folders are searched for these; a file named on the command line with another
# suffix is read as HTML when it looks like HTML, else as text.
KINDS = {
    ".txt": "text",  # plain text, optional `---` front matter
    ".text": "text",
    ".md": "text",  # Markdown is kept as written: offsets count its markup too
    ".markdown": "text",
    ".html": "html",  # a saved web page: main text via trafilatura
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",  # one JSON object a line: {"text": ..., "id", "date", "title", "url", "source"}
    ".tml": "timeml",  # TimeML: the text of <TEXT> without its tags (gold offsets index it), <DCT>, <DOCID>
    ".ndjson": "jsonl",
    ".json": "json",  # an export of articles: [{...}, ...] or {"articles": [{...}, ...]} (a news API's)
    ".xml": "feed", ".rss": "feed", ".atom": "feed",  # a saved RSS or Atom feed: each item a document
    ".docx": "docx",  # Word: its paragraphs, its title and dates from its properties
    ".pdf": "pdf",  # a PDF's text layer (pypdf)
    ".eml": "eml", ".mbox": "mbox",  # a saved e-mail: Date, Subject, its text part; a mailbox of them
}  # fmt: skip
# Kinds of file that hold several documents, cut into one Item each: (Input, bytes, ProblemHandler) -> Items.
SPLITTERS = {"json": sources_json.records, "feed": sources_feed.entries, "mbox": sources_mail.messages}
# Readers of the kinds that hand over their metadata and text ready: bytes -> (metadata, text).
READERS = {"feed": sources_feed.fields, "docx": sources_office.docx_fields, "pdf": sources_office.pdf_fields,
           "eml": sources_mail.fields}  # fmt: skip
GLOB_CHARS = set("*?[")


def _ignore(_problem: Problem) -> None:
    return None


# A browser saving a page "complete" puts its images, scripts and ad frames in a folder beside it, named
# after the page with one of these endings (Chrome and Firefox translate it): (ending, example).
SAVED_PAGE_FOLDERS = [
    ("_files", "Story _ Courier.html and Story _ Courier_files/"),
    ("-Dateien", "Bericht.html and Bericht-Dateien/"),
    ("_fichiers", "Article.html and Article_fichiers/"),
    ("_archivos", "Noticia.html and Noticia_archivos/"),
]


def _page_assets(folder: Path) -> bool:
    """Tell whether a folder holds the files of a page saved beside it (`SAVED_PAGE_FOLDERS`)."""
    for ending, _ in SAVED_PAGE_FOLDERS:
        if folder.name.endswith(ending) and len(folder.name) > len(ending):
            page = folder.name[: -len(ending)]
            if any(folder.with_name(page + suffix).is_file() for suffix in (".html", ".htm", ".xhtml")):
                return True
    return False


def _folder(root: Path) -> list[Input]:
    found = []
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if any(_page_assets(root.joinpath(*relative.parts[: i + 1])) for i in range(len(relative.parts) - 1)):
            continue  # the saved page's own images, scripts and ad frames are not articles
        kind = KINDS.get(path.suffix.lower())
        if kind and not path.name.endswith(SIDECAR_SUFFIX):
            found.append(Input(str(path), relative.with_suffix("").as_posix(), kind))
    # Sorted on the relative path so that the order is the same on every file system.
    return sorted(found, key=lambda i: (i.name, i.path))


def expand(inputs: Iterable[str | Path], *, seen: dict[str, int] | None = None) -> list[Input]:
    """Expand folders (recursively) and glob patterns into the inputs to read, in a stable order.

    A name that matches nothing raises InputError before any work starts: a typo in a command is
    better told at once than after an hour of batch. Ids are made unique by a "~2" suffix (`seen`
    carries the names already used when one batch is expanded in several calls).
    """
    found: list[Input] = []
    for item in inputs:
        text = str(item)
        path = Path(text)
        if text == STDIN:
            found.append(Input(STDIN, "stdin", None))
        elif path.is_dir():
            inside = _folder(path)
            if not inside:
                kinds = ", ".join(sorted(KINDS))
                raise InputError(f"{text}: no file to read in this folder (it reads {kinds})")
            found.extend(inside)
        elif path.is_file() and path.suffix.lower() == ".json" and not sources_json.is_export(path):
            # a timeline file, not articles
            raise InputError(
                f"{text}: holds no articles (a .json file is read when it is a list of articles or holds one "
                'under "articles"): combine timeline files with `timeline merge`, add articles to one with '
                "`timeline extract --into`"
            )
        elif path.is_file():
            found.append(Input(text, path.stem, KINDS.get(path.suffix.lower())))
        elif GLOB_CHARS & set(text):
            files = [Path(m) for m in sorted(glob.glob(text, recursive=True)) if Path(m).is_file()]
            if not files:
                raise InputError(f"{text}: no file matches this pattern")
            found.extend(Input(str(p), p.stem, KINDS.get(p.suffix.lower())) for p in files)
        else:
            raise InputError(f"{text}: no such file or folder")
    seen = {} if seen is None else seen
    unique = []
    for entry in found:
        count = seen[entry.name] = seen.get(entry.name, 0) + 1
        unique.append(entry if count == 1 else Input(entry.path, f"{entry.name}~{count}", entry.kind))
    return unique


def total_bytes(inputs: Iterable[Input]) -> int | None:
    """Return the size of all inputs in bytes, for a progress bar; None when standard input is one."""
    total = 0
    for entry in inputs:
        if entry.path == STDIN:
            return None
        try:
            total += Path(entry.path).stat().st_size
        except OSError:
            continue
    return total


def _sniff(data: bytes) -> str:
    from timeline.htmltext import looks_like_html
    from timeline.sources_items import opening_kind

    if looks_like_html(data):
        return "html"
    if opening := opening_kind(data):  # a PDF, a Word file or a feed
        return opening
    first = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    line = data.lstrip().split(b"\n", 1)[0]
    if first == b"{":
        try:
            if isinstance(json.loads(line), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


def items(
    inputs: Iterable[Input], *, on_problem: ProblemHandler | None = None, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Yield the Items of each input in order, holding one file (or one JSON line) at a time."""
    report = on_problem or _ignore
    for entry in inputs:
        try:
            if entry.kind == "jsonl":
                with open(entry.path, "rb") as stream:
                    yield from sources_json.lines(stream, entry)
                continue
            if entry.path == STDIN:
                data = (stdin or sys.stdin.buffer).read()
            else:
                data = Path(entry.path).read_bytes()
        except OSError as error:
            report(Problem(entry.path, None, f"cannot read it ({error.strerror or error})"))
            continue
        kind = entry.kind or _sniff(data)
        if kind in SPLITTERS:
            yield from SPLITTERS[kind](entry, data, report)
        elif kind == "jsonl":  # standard input, or a file whose name does not tell
            yield from sources_json.lines(data.splitlines(keepends=True), entry)
        elif entry.path == STDIN:
            yield Item(STDIN, "stdin-" + hashlib.sha1(data).hexdigest()[:12], kind, data)
        else:
            yield Item(entry.path, entry.name, kind, data)


def _date(
    text: str, meta: object, *, path: str, dct: GivenDate | None, problems: list[Problem], line: int | None,
    guessed: dt.date | None = None,
) -> tuple[dt.date | None, DateSource]:
    if isinstance(dct, dt.date):
        return dct, "option"
    year = None
    if meta not in (None, ""):
        date = metadata_date(meta)
        if date:
            return date, "metadata"
        year = metadata_year(meta)  # "date": "2001" gives a year-less dateline its year
        if year is None:
            problems.append(Problem(path, line, f"cannot read its date {meta!r}{order_hint(meta)}; looking "
                                                "for a dateline instead"))
    file_path = "" if path == STDIN else path
    year = year or (path_year(file_path) if file_path else None)
    date = dateline_date(text, year=year)
    if date:
        return date, "dateline"
    date = filename_date(file_path) if file_path else None
    if date:
        return date, "filename"
    date = heading_date(text)  # "Board meeting June 4, 2024" over a note: its date, as a dateline would be
    if date:
        return date, "dateline"
    if guessed:  # a page's date htmldate read in its words, not its markup: better than none, said
        sidecar = f"{Path(path).stem}{SIDECAR_SUFFIX}" if path != STDIN else "a sidecar"
        problems.append(Problem(path, line, (
            f"dated {guessed.isoformat()} by a date in its words (its markup gives none, nor a 'Published' "
            f"line): check it, or give its date in {sidecar}"), kind=(
            "dated by a date in its words (its markup gives none, nor a 'Published' line): check each, or "
            "give its date in a sidecar <name>.meta.json")))
        return guessed, "metadata"
    if isinstance(dct, Fallback):
        return dct.date, "option"
    _, dateline = find_dateline(text)
    if dateline is not None:  # "WELLINGTON, Dec 28 (Reuters) -": the summary's "no date" would not say why
        said = " ".join(dateline.group(0).split()).rstrip(" -–—_:|")
        field = '"date": "2001"' if line else "`date: 2001`"
        problems.append(Problem(path, line, (
            f"its dateline '{said}' gives a day but no year, so the document has no date: give it its year "
            f"({field} in its metadata, or a folder named for its year, 2001/) or its whole date "
            "(--dct YYYY-MM-DD, for every document of the run)"), kind=(
            f"a dateline with a day but no year, so no date: give each its year ({field} in its metadata, "
            "or a folder named for its year, 2001/)")))
    elif year is not None and meta not in (None, ""):
        problems.append(Problem(path, line, f"its date {meta!r} gives no day, and it has no dateline"))
    return None, "none"


def _empty(message: str, item: Item, problems: list[Problem], *, keep: bool) -> None:
    """Raise InputError(message) for an empty document, or note it and go on when empty ones are kept."""
    if not keep:
        raise InputError(message)
    problems.append(Problem(item.source, item.line, "empty text, kept as a document without expressions"))


def _parse(item: Item, dct: GivenDate | None, problems: list[Problem], keep_empty: bool = False) -> Document:
    guessed = None  # a page's date found only in its words (htmltext.declared_date)
    if item.kind == "jsonl":
        record = sources_json.record(item)
        meta, body = record, record["text"]
        if not body.strip():
            _empty("empty text, line skipped", item, problems, keep=keep_empty)
        default_id = f"{item.name}-{item.line}"
        title = meta.get("title")
    elif item.kind == "timeml":
        meta, body = sources_timeml.fields(item.data)
        default_id, title = item.name, None
        if not body.strip():
            _empty("empty <TEXT>, skipped", item, problems, keep=keep_empty)
    elif item.kind in READERS:  # feed items, Word, PDF, e-mail: the user's sidecar corrects their properties
        meta, body = READERS[item.kind](item.data)
        if item.line is None and item.source != STDIN:  # a file that is one document
            meta = {**meta, **textmeta.sidecar(item.source)}
        if not body.strip():
            _empty("no text in it, skipped", item, problems, keep=keep_empty)
        default_id = f"{item.name}-{item.line}" if item.line else item.name  # a mailbox's messages
        title = meta.get("title") or textmeta.headline(body)
    else:
        declared = None
        if item.kind == "html":
            from timeline.htmltext import declared_charset

            declared = declared_charset(item.data)
        text, _encoding = decode(item.data, declared=declared)
        if not text.strip():
            _empty("empty file, skipped", item, problems, keep=keep_empty and item.kind == "text")
        if said := own_export(text, item.kind):  # a folder built or exported into itself: no article
            raise InputError(said)
        if item.kind == "html":
            from timeline.htmltext import read_page
            page = read_page(text)
            meta = {"title": page.title, "url": page.url, "date": page.date, "updated": page.updated,
                    "outlet": page.outlet}  # fmt: skip
            guessed = page.guessed
            if item.source != STDIN:  # the user's sidecar corrects what the page says about itself
                meta = {**meta, **textmeta.sidecar(item.source)}
            body = page.text
            if not body.strip():
                raise InputError("no article text found in this page, skipped")
        else:
            meta, body = textmeta.front_matter(text)
            if textmeta.unclosed_front_matter(text):
                said = "its front matter (from the first ---) is never closed, so it is read as text"
                problems.append(Problem(item.source, item.line, f"{said}: end it with a line of ---"))
            if item.source != STDIN:
                meta = {**textmeta.sidecar(item.source), **meta}
        default_id = item.name
        title = meta.get("title")
        if not title and item.kind == "text":
            title = textmeta.markdown_title(body) or textmeta.headline(body)
    date, date_source = _date(
        body, meta.get("date"), path=item.source, dct=dct, problems=problems, line=item.line, guessed=guessed
    )
    where = f"{item.source}:{item.line}" if item.line else item.source
    stated = textmeta.updated_value(meta)
    updated = metadata_date(stated)
    if stated and not updated:
        problems.append(Problem(item.source, item.line, f"cannot read its updated date {stated!r}; left out"))
    outlet = textmeta.stated_outlet(meta, record=item.kind == "jsonl") or textmeta.dateline_outlet(body)
    return Document(
        id=str(meta.get("id") or default_id),
        text=body,
        date=date,
        date_source=date_source,
        updated=updated,
        title=str(title) if title else None,
        url=str(meta["url"]).strip() if meta.get("url") and is_web_link(str(meta["url"])) else None,
        source=str(meta["source"]) if item.kind == "jsonl" and isinstance(meta.get("source"), str) and meta[
            "source"
        ] else where,
        outlet=outlet,
    )


def load(
    item: Item, *, dct: GivenDate | None = None, keep_empty: bool = False
) -> tuple[Document | None, list[Problem]]:
    """Turn one Item into a Document, or None when it cannot be read; either way with its Problems.

    An empty text is skipped, unless `keep_empty` (`timeline tag`: one record a document, empty or not).
    """
    problems: list[Problem] = []
    try:
        return _parse(item, dct, problems, keep_empty), problems
    except InputError as error:
        return None, [*problems, Problem(item.source, item.line, str(error))]


def read(
    inputs: Iterable[str | Path], *, dct: GivenDate | None = None, on_problem: ProblemHandler | None = None
) -> Iterator[Document]:
    """Read every input (files, folders, globs, "-") into Documents, in a stable order, streaming.

    `dct` is the date given on the command line: it overrides any date the documents carry.
    Inputs that cannot be read are skipped and reported to `on_problem`; a name that matches no
    file raises InputError.
    """
    report = on_problem or _ignore
    for item in items(expand(inputs), on_problem=report):
        document, problems = load(item, dct=dct)
        for problem in problems:
            report(problem)
        if document is not None:
            yield document


def from_text(text: str, *, dct: GivenDate | None = None, id: str | None = None) -> Document:
    """Wrap a string as a Document; its id is a hash of the text unless given."""
    default_id = id or "text-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    date, date_source = _date(text, None, path=STDIN, dct=dct, problems=[], line=None)
    return Document(id=default_id, text=text, date=date, date_source=date_source)
