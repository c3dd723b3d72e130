"""Read a saved web page: its main text without navigation or footer, its title, URL and publication date.

trafilatura finds the article body; htmldate reads the publication date from meta tags
(article:published_time, og:, Dublin Core, itemprop) and JSON-LD, without guessing from the text:
a date in running text is the dateline's business (dct.py), read from the extracted body.
Both libraries are imported inside the functions, so that runs without HTML inputs never pay for
loading them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.dct import metadata_date
from timeline.errors import InputError

# htmldate rejects dates outside [min, max]; its defaults use today's date, which makes output depend on
# the day it runs. Fixed bounds keep it a function of the page.
DATE_BOUNDS = {"min_date": "1800-01-01", "max_date": "2199-12-31"}

HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
TITLE = re.compile(r"<title[^>]*>(?P<title>.*?)</title>", re.I | re.S)
# <meta charset="windows-1251"> or <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?(?P<charset>[\w.:-]+)", re.I)


@dataclass(frozen=True)
class Page:
    """What a web page holds for the timeline: main text, title, canonical URL and publication date."""

    text: str
    title: str | None
    url: str | None
    date: dt.date | None


def declared_charset(data: bytes) -> str | None:
    """Return the encoding a page declares in a meta tag near its top, if any."""
    match = CHARSET.search(data[:4096])
    return match["charset"].decode("ascii") if match else None


def looks_like_html(data: bytes) -> bool:
    """Return True when bytes (a file without a telling suffix, standard input) open like an HTML page."""
    return bool(HTML_START.match(data[:2048]))


def _fallback_text(html: str) -> str:
    """Return the visible text of the body, for pages too short or odd for trafilatura's article finder."""
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return ""
    body = root.find("body")
    if body is None:
        return ""
    for node in body.xpath(".//script|.//style|.//nav|.//header|.//footer|.//aside|.//noscript|.//form"):
        node.drop_tree()
    lines = (line.strip() for line in body.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def read_page(html: str, *, url: str | None = None) -> Page:
    """Extract the main text, title, URL and publication date of an HTML page given as text."""
    try:
        import htmldate
        import trafilatura
    except ImportError as error:
        message = f'reading HTML needs the html extra: pip install "timeline[html]" ({error})'
        raise InputError(message) from None

    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True,  # boilerplate in the text would become events; a page with none is skipped
            date_extraction_params={"extensive_search": False, "original_date": True, **DATE_BOUNDS},
        )  # fmt: skip
    except Exception as error:  # noqa: BLE001 - a parser bug on one odd page must not stop a batch
        raise InputError(f"cannot extract the text of this page ({type(error).__name__}: {error})") from None
    text = (extracted.text if extracted else None) or _fallback_text(html)
    title = extracted.title if extracted else None
    if not title:
        match = TITLE.search(html)
        title = " ".join(match["title"].split()) if match else None
    page_url = (extracted.url if extracted else None) or url
    found = extracted.date if extracted else None
    if found is None and extracted is None:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, **DATE_BOUNDS)
    return Page(text=text, title=title or None, url=page_url, date=metadata_date(found))
