"""What a text or Markdown article says about itself: front matter, a sidecar file, its title or headline.

`sources` reads these to name a document and to find its date; the text itself is never changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from timeline.errors import InputError
from timeline.models import Document

SIDECAR_SUFFIX = ".meta.json"
# Notices that an article was corrected after it first ran, each with an example. Its figures supersede
# those of copies that ran before the correction (merge.dedupe).
CORRECTION_NOTICES = [
    # Correction: / **Correction (Nov. 5):** / CORRECTION — ; not "Corrections officers said: ..."
    (r"^[ \t*_#>]*corrections?(?:\s*\([^)\n]{0,30}\))?[ \t*_]*(?::|\s[—–-]\s)",
     "Correction: An earlier figure for the walkout was wrong."),
    (r"\b(?:an|a)\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:article|story|report|post)\b",
     "An earlier version of this article misstated the number of workers."),
    (r"\bthis\s+(?:article|story|report|post)\s+(?:has\s+been|was)\s+(?:corrected|amended)\b",
     "This story has been corrected to show that 1,200 workers walked out."),
]
_CORRECTED = re.compile("|".join(f"(?:{pattern})" for pattern, _ in CORRECTION_NOTICES), re.I | re.M)
# Keys of front matter, a sidecar or a JSON Lines record that give the date a document was last updated,
# first found wins: (key, example). A web page's own dateModified comes in as "updated" (htmltext).
UPDATED_KEYS = [
    ("updated", "updated: 2025-10-26"),
    ("modified", '{"modified": "2025-10-26T09:00:00Z"}'),
]


# The names other tools give the fields of a JSON Lines record (a newsroom system's export, a scraper's feed):
# (field, other name, example). A record's own field of the timeline's name wins; else the first one listed.
RECORD_ALIASES = [
    ("text", "body", '{"body": "The council voted on Tuesday ..."}'),
    ("text", "content", '{"content": "The council voted ..."}'),
    ("text", "article", '{"article": "The council voted ..."}'),
    ("title", "headline", '{"headline": "Council approves budget"}'),
    ("date", "published_at", '{"published_at": "2024-05-16T07:00:00Z"}'),
    ("date", "publishedAt", '{"publishedAt": "2024-05-16T07:00:00Z"}'),  # NewsAPI
    ("date", "published", '{"published": "2024-05-16"}'),
    ("date", "publish_date", '{"publish_date": "2024-05-16"}'),
    ("date", "pubdate", '{"pubdate": "2024-05-16"}'),
    ("date", "date_published", '{"date_published": "2024-05-16"}'),
    ("date", "datePublished", '{"datePublished": "2024-05-16"}'),
    ("url", "link", '{"link": "https://news.example/budget"}'),
    ("updated", "updated_at", '{"updated_at": "2024-05-17T10:00:00Z"}'),
    ("updated", "dateModified", '{"dateModified": "2024-05-17"}'),
]


# Keys of front matter, a sidecar, a JSON Lines record or a news API's article that name the outlet that
# published it, first found wins: (key, example). A name or {"name": ...}; a web address gives its host.
# A JSON Lines record's own "source" string is where it was read from (Document.source), not its outlet.
OUTLET_KEYS = [
    ("outlet", "outlet: Harbour Times"),
    ("publisher", "publisher: Ledger Daily"),
    ("source", '{"source": {"id": "ledger-daily", "name": "Ledger Daily"}} (NewsAPI); source: Bay Courier'),
    ("site_name", '{"site_name": "Harbour Times"}'),
]
OUTLET_CHARS = 80  # longer is a sentence or a description, not a name
# The outlet a dateline names, each with an example: "KESTREL BAY, Nov. 4 (Bay Courier) -", "(AP) —",
# "NEW YORK, Nov. 3, 2025 /PRNewswire/ --".
_DATELINE_OUTLET = re.compile(r"\((?P<bracket>[A-Z][^()\n]{0,40})\)|/(?P<wire>[A-Za-z][\w -]{1,30})/")
HEAD_CHARS = 400  # a dateline sits in the first lines of an article
HEAD_LINES = 6


def outlet_name(value: object) -> str | None:
    """Return the outlet a metadata value names: a name, a {"name": ...} object, or a web address's host."""
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    name = " ".join(value.split())
    if name.lower().startswith(("http://", "https://")):
        name = (urlsplit(name).hostname or "").removeprefix("www.")
    return name if 0 < len(name) <= OUTLET_CHARS else None


def stated_outlet(meta: dict, *, record: bool = False) -> str | None:
    """Return the outlet a document's metadata names (`OUTLET_KEYS`), None if it names none.

    `record`: the metadata is a JSON Lines record's, whose "source" string is a path, not an outlet.
    """
    for key, _ in OUTLET_KEYS:
        value = meta.get(key)
        if record and key == "source" and not isinstance(value, dict):
            continue
        name = outlet_name(value)
        if name:
            return name
    return None


def dateline_outlet(text: str) -> str | None:
    """Return the outlet an article's dateline names ("KESTREL BAY, Nov. 4 (Bay Courier) -"), else None."""
    from timeline import datelines  # imported here, as in `headline`: `timeline list` reads no dateline

    for line in text[:HEAD_CHARS].splitlines()[:HEAD_LINES]:
        span = datelines.dateline(line, 0, len(line))
        named = _DATELINE_OUTLET.search(line, *span) if span else None
        if named:
            return named.group("bracket") or named.group("wire")
    return None


def document_outlet(document: Document) -> str | None:
    """Return the outlet a document comes from: the one it names, its web address's host, its dateline's.

    Files written before documents had an `outlet` get it from the host or the dateline here; the page's
    outlet filter and `--outlet` read outlets through this one function, so that they agree.
    """
    if document.outlet:
        return document.outlet
    if document.url:
        host = (urlsplit(document.url).hostname or "").removeprefix("www.")
        if host:
            return host
    return dateline_outlet(document.text)


def record_fields(record: dict) -> dict:
    """Return a JSON Lines record with the timeline's field names filled from their other names.

    The other names are `RECORD_ALIASES`; the record itself is not changed. A news API's mark of a text
    cut short ("[+2170 chars]") is left out of the text.
    """
    named = dict(record)
    for field, alias, _ in RECORD_ALIASES:
        if named.get(field) in (None, "") and record.get(alias) not in (None, ""):
            named[field] = record[alias]
    if isinstance(named.get("text"), str):
        named["text"] = _CUT_MARK.sub("", named["text"])
    return named


# The mark a news API leaves where it cut an article's text short: NewsAPI's "content",
# "The plant closed on Tuesday, the company said. Work… [+2170 chars]". Not the article's words.
_CUT_MARK = re.compile(r"\s*\[\+\d+ chars\]\s*\Z")


# Where an export of articles (a news API's response, a newsroom system's dump) keeps its list of records
# when the file is not the list itself: (key, example). The first key that holds a list wins.
ARTICLE_LISTS = [
    ("articles", '{"status": "ok", "totalResults": 2, "articles": [{"title": ..., "content": ...}]}'),
    ("results", '{"results": [{"headline": ..., "body": ...}]}'),
    ("items", '{"items": [{"title": ..., "text": ...}]}'),
    ("stories", '{"stories": [{"headline": ..., "article": ...}]}'),
    ("data", '{"data": [{"title": ..., "content": ...}]}'),
]


def article_records(data: object) -> list | None:
    """Return the records of a JSON export of articles, or None when the JSON holds no articles.

    The export is a list of records, or an object holding one under a key of `ARTICLE_LISTS`; at least
    one record has a text (`record_fields`). A timeline file (its "events") is no export of articles.
    """
    if isinstance(data, dict):
        if "events" in data or "schema_version" in data:
            return None
        data = next((data[key] for key, _ in ARTICLE_LISTS if isinstance(data.get(key), list)), None)
    if not isinstance(data, list):
        return None
    if not any(isinstance(r, dict) and isinstance(record_fields(r).get("text"), str) for r in data):
        return None
    return data


def text_names() -> str:
    """Return the names a record's text may go by, for an error message: '"text" (or "body", ...)'."""
    others = ", ".join(f'"{alias}"' for field, alias, _ in RECORD_ALIASES if field == "text")
    return f'"text" (or {others})'


def updated_value(meta: dict) -> object:
    """Return the raw "last updated" value of a document's metadata (`UPDATED_KEYS`), None if it has none."""
    return next((meta[key] for key, _ in UPDATED_KEYS if meta.get(key)), None)


_FIELD_LINE = re.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")  # "title: Vote", a line of front matter


def front_matter(raw: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter (key: value lines) from the body; the body is returned unchanged."""
    newline = "\r\n" if raw.startswith("---\r\n") else "\n"
    opening = "---" + newline
    if not raw.startswith(opening):
        return {}, raw
    closing = newline + "---" + newline
    close = raw.find(closing, len(opening) - len(newline))
    if close < 0 and raw.endswith(newline + "---"):  # front matter alone, its last line without a line end
        inside = raw[len(opening) : len(raw) - len(newline) - 3].splitlines()
        if any(inside) and all(_FIELD_LINE.match(line) or not line.strip() for line in inside):
            close, closing = len(raw) - len(newline) - 3, newline + "---"
    if close < 0:
        return {}, raw
    meta: dict[str, str] = {}
    for line in raw[len(opening) : close].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = scalar(value.strip())
    return meta, raw[close + len(closing) :]


def unclosed_front_matter(raw: str) -> bool:
    """Tell whether a text opens front matter ("---", then a "title:" or other "key:" line) that no "---"
    line closes: none of it is read as metadata, and all of it is read as the article's text."""
    for newline in ("\r\n", "\n"):
        opening = "---" + newline
        if raw.startswith(opening) and not front_matter(raw)[0]:
            return _FIELD_LINE.match(raw, len(opening)) is not None
    return False


# Escapes of a double-quoted YAML scalar, as a front matter written by Jekyll, Hugo or a CMS has them:
# (escape, character, example).
YAML_ESCAPES = [
    ('"', '"', r'title: "Mayor: \"We will rebuild\""'),
    ("\\", "\\", r'title: "C:\\archive"'),
    ("/", "/", r'url: "https:\/\/example.org"'),
    ("n", "\n", r'title: "Line one\nline two"'),
    ("t", "\t", r'title: "Tab\there"'),
]
_YAML_ESCAPES = {escape: char for escape, char, _ in YAML_ESCAPES}
_YAML_ESCAPE = re.compile(r'\\(?:(?P<char>["\\/nt])|u(?P<code>[0-9A-Fa-f]{4}))')


def scalar(value: str) -> str:
    """Return a front matter value as YAML reads it: quotes around the whole are taken off, escapes read.

    '"Mayor: \\"We will rebuild\\""' is 'Mayor: "We will rebuild"'; "'It''s done'" is "It's done"; a value
    quoted only in part keeps its quotes ('Mayor: "We will rebuild"', '"Yes" means yes, said "Ana"').
    """
    if len(value) < 2 or value[0] != value[-1] or value[0] not in "\"'":
        return value
    inner = value[1:-1]
    if value[0] == "'":
        return inner.replace("''", "'")  # an apostrophe left single, 'it's', is meant as one
    if '"' in _YAML_ESCAPE.sub("", inner):  # '"Yes" means yes, said "Ana"': quoted in parts, kept as written
        return value
    return _YAML_ESCAPE.sub(_unescaped, inner)


def _unescaped(escape: re.Match[str]) -> str:
    return _YAML_ESCAPES[escape["char"]] if escape["char"] else chr(int(escape["code"], 16))


def sidecar(path: str) -> dict:
    """Return the JSON object of `<name>.meta.json` beside a file, {} when there is none."""
    source = Path(path)
    sidecar = source.with_name(source.name.removesuffix(source.suffix) + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        loaded = json.loads(sidecar.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise InputError(
            f"cannot read its metadata file {sidecar.name} ({error}), skipped: correct the JSON or delete it"
        ) from None
    if not isinstance(loaded, dict):
        raise InputError(
            f'its metadata file {sidecar.name} must hold a JSON object ({{"date": "2025-10-25"}}), skipped'
        )
    return loaded


def markdown_title(body: str) -> str | None:
    """Return the text of the first `# ` heading in the first 20 lines of a Markdown body, else None."""
    for line in body.splitlines()[:20]:
        if line.startswith("# "):
            return line[2:].strip() or None
    return None


HEADLINE_CHARS = 150  # a longer first line is a paragraph that lost its full stop, not a headline


def headline(body: str) -> str | None:
    """Return the first line of a plain-text article when it reads as its headline, else None.

    A headline stands alone on the first line, above more text: a few words with no closing stop,
    comma or colon, and neither a dateline nor a date ("Former mayor convicted of bribery" above
    "DENVILLE, Oct. 22, 2025 (AP) - A jury ..."). Without one, the document is known by its file name.
    """
    lines = [line.strip() for line in body.strip().splitlines()]
    if len(lines) < 2 or not any(lines[1:]):
        return None
    first = lines[0].lstrip("#").strip()
    if not (3 <= len(first) <= HEADLINE_CHARS) or len(first.split()) < 2 or first[-1] in ".,;:-\u2013\u2014":
        return None
    if not (first[0].isupper() or first[0].isdigit() or first[0] in "\"'\u201c\u2018"):
        return None
    from timeline.dct import find_dateline, metadata_date

    date, dateline = find_dateline(first)
    return None if date or dateline or metadata_date(first) else first


def corrected(text: str) -> bool:
    """Tell whether an article (or a sentence) says it was corrected after it ran (`CORRECTION_NOTICES`)."""
    # every notice holds one of these words; "version" is looked for whole in ASCII text alone, since re.I
    # also reads "ı", "İ" and "ſ" as "i" and "s" (and "İ" lowers to two characters)
    lowered = text.lower()
    version = "version" in lowered or (not lowered.isascii() and "ver" in lowered)
    if "correct" not in lowered and "amended" not in lowered and not version:
        return False  # nearly every sentence: the notice pattern tries each line start and each word
    return _CORRECTED.search(text) is not None
