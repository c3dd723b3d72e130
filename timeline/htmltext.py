"""Read a saved web page: its main text (no navigation or footer), title, URL, publication and update dates.

trafilatura finds the article body; htmldate reads the publication date from meta tags
(article:published_time, og:, Dublin Core, itemprop), JSON-LD and <time datetime>. A date in running text
is the dateline's business (dct.py), read from the extracted body: one that htmldate finds only in the
page's words ("Printed on 24/08/2024" under a print view) is a guess, read after the dateline and the file
name (`declared_date`, `Page.guessed`).
The date it was last updated comes from JSON-LD `dateModified` or an `article:modified_time` meta tag
(`UPDATED`). Both libraries are imported inside the functions, so that runs without HTML inputs never pay for
loading them.
"""

from __future__ import annotations

import copy
import datetime as dt
import html as html_entities
import json
import re
from dataclasses import dataclass

from timeline.dct import metadata_date
from timeline.errors import InputError
from timeline.html_date_blocks import date_holders
from timeline.html_headings import heading_texts, set_off
from timeline.html_outlet import LINKED_DATA, TITLE, site_name

# htmldate rejects dates outside [min, max]; its defaults use today's date, which makes output depend on
# the day it runs. Fixed bounds keep it a function of the page.
DATE_BOUNDS = {"min_date": "1800-01-01", "max_date": "2199-12-31"}

HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_MODIFIED = r"(?:article:modified_time|og:updated_time|dateModified)"
# Where a page says when it was last updated, first found wins: (where, pattern, example). "json-ld" is
# looked for inside <script type="application/ld+json"> only; a meta tag may name its content either side.
UPDATED = [
    ("json-ld", r'"dateModified"\s*:\s*"(?P<value>[^"]+)"',
     '{"@type": "NewsArticle", "datePublished": "2025-10-25", "dateModified": "2025-10-26T09:00:00Z"}'),
    ("meta", rf"<meta\s[^>]*?\b(?:property|name|itemprop)\s*=\s*[\"']{_MODIFIED}[\"'][^>]*?"
             r"\bcontent\s*=\s*[\"'](?P<value>[^\"']+)",
     '<meta property="article:modified_time" content="2025-10-26T09:00:00+00:00">'),
    ("meta", r"<meta\s[^>]*?\bcontent\s*=\s*[\"'](?P<value>[^\"']+)[\"'][^>]*?"
             rf"\b(?:property|name|itemprop)\s*=\s*[\"']{_MODIFIED}[\"']",
     '<meta content="2025-10-26" name="article:modified_time" />'),
]  # fmt: skip
UPDATED_PATTERNS = [(where, re.compile(pattern, re.I)) for where, pattern, _ in UPDATED]
# What a print view's <title> says before the headline, left out of the document's title: (words, example).
PRINT_TITLES = [
    ("print", "Print: Strike talks resume"),
    ("print version", "Print version - Strike talks resume"),
    ("printable version", "Printable version | Strike talks resume"),
    ("printer-friendly version", "Printer-friendly version: Strike talks resume"),
    ("printer friendly", "Printer friendly: Strike talks resume"),
    ("print view", "Print view \u2014 Strike talks resume"),
]
_PRINT = "(?:" + "|".join(re.escape(w) for w, _ in sorted(PRINT_TITLES, key=lambda row: -len(row[0]))) + ")"
PRINT_WORDS = re.compile(_PRINT, re.I)
PRINT_TITLE = re.compile(rf"^{_PRINT}\s*[:|\u00b7\u2013\u2014-]\s+(?=\S)", re.I)
# The elements whose words declare a page's date, kept when `declared_date` reads it: (tag, example).
DATE_MARKUP = [
    ("script", '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-10-25"}'),
    ("time", '<time datetime="2025-10-25T08:30:00+10:00">25 October 2025</time>'),
    ("abbr", '<abbr class="published" title="2025-10-25T08:30">Oct 25</abbr>'),
]
_MARKUP_TAGS = {tag for tag, _ in DATE_MARKUP}
# A consent or cookie banner, a paywall or newsletter box: an element whose id or class holds one of these
# words is dropped before the article is looked for, or its dates ("Last reviewed January 3, 2022") would
# become events. Matched as whole words of the attribute (split at -, _ and spaces): (word, example).
BANNER_WORDS = [
    ("cookie", '<div id="cookie-banner">We use cookies ... <button>Accept</button></div>'),
    ("cookies", '<div class="cookies-notice">This site uses cookies.</div>'),
    ("consent", '<div class="consent-modal">Manage your consent</div>'),
    ("gdpr", '<div class="gdpr-modal" role="dialog">Your privacy choices ...</div>'),
    ("cmp", '<div id="cmp-container">Your choices</div>'),
    ("onetrust", '<div id="onetrust-banner-sdk">By clicking "Accept All Cookies" ...</div>'),
    ("cc", '<div class="cc-window cc-banner">This website uses cookies ...</div>'),
    ("paywall", '<div class="paywall">Subscribe to keep reading</div>'),
    ("newsletter", '<div class="newsletter">Sign up for the Morning Brief</div>'),
]  # fmt: skip
_BANNER = {word for word, _ in BANNER_WORDS}
_ATTRIBUTE_WORDS = re.compile(r"[\s_-]+")
# Browsers write where a page came from into the file they save: <!-- saved from url=(0042)https://... -->
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>https?://[^\s>]+?)\s*-->", re.I)
# <meta charset="windows-1251"> or <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?(?P<charset>[\w.:-]+)", re.I)
# Elements that end a line of the page's visible text, where trafilatura finds no article and the body's
# text is read instead; lxml's text_content() would glue "the main gate<br>Eleven ships" into one
# sentence: (tags, example).
LINE_ENDS = [
    ("br", "Pickets formed at the gate<br>Ships waited"),
    ("p div section article blockquote pre", "<p>Talks resumed.</p><p>Ships waited</p>"),
    ("h1 h2 h3 h4 h5 h6 header", "<h2>Day two</h2>Ships waited"),
    ("li dt dd ul ol dl", "<li>Monday: vote</li><li>Tuesday: strike</li>"),
    ("tr table caption figcaption figure", "<tr><td>Monday</td></tr><tr><td>Tuesday</td></tr>"),
    ("hr address", "Ships waited<hr>Talks resumed"),
]
_LINE_END_TAGS = {tag for tags, _ in LINE_ENDS for tag in tags.split()}
_CELLS = {"td", "th"}  # cells of one row stay on its line: "<td>Monday</td><td>vote</td>"


@dataclass(frozen=True)
class Page:
    """What a web page holds for the timeline: main text, title, canonical URL and publication date."""

    text: str
    title: str | None
    url: str | None
    date: dt.date | None  # the date its markup declares (`declared_date`)
    updated: dt.date | None = None
    outlet: str | None = None
    guessed: dt.date | None = None  # a date htmldate found only in its words: a fallback after the text's own


def _bodies(data: object) -> list[str]:
    """Return the article bodies of parsed linked data (`articleBody`), in objects, lists and @graph."""
    if isinstance(data, list):
        return [body for item in data for body in _bodies(item)]
    if not isinstance(data, dict):
        return []
    body = data.get("articleBody")
    return ([body] if isinstance(body, str) and body.strip() else []) + _bodies(data.get("@graph"))


def linked_body(html: str) -> str | None:
    """Return the article text a page gives in its linked data (JSON-LD `articleBody`), None if it gives none.

    A page whose script draws the article (an app shell saved before it ran: `<div id="app"></div>`) shows
    no text, and often carries the article whole there.
    """
    for block in LINKED_DATA.finditer(html):
        try:
            data = json.loads(block["json"])
        except ValueError:
            continue
        body = next(iter(_bodies(data)), None)
        if body:
            return html_entities.unescape(body).strip()
    return None


def updated_date(html: str) -> dt.date | None:
    """Return the date a page says it was last updated (`UPDATED`), None if it says none we can read."""
    linked = "\n".join(m["json"] for m in LINKED_DATA.finditer(html))
    for where, pattern in UPDATED_PATTERNS:
        match = pattern.search(linked if where == "json-ld" else html)
        if match and (date := metadata_date(match["value"])):
            return date
    return None


def declared_charset(data: bytes) -> str | None:
    """Return the encoding a page declares in a meta tag near its top, if any."""
    match = CHARSET.search(data[:4096])
    return match["charset"].decode("ascii") if match else None


def looks_like_html(data: bytes) -> bool:
    """Return True when bytes (a file without a telling suffix, standard input) open like an HTML page."""
    return bool(HTML_START.match(data[:2048]))


def visible_text(html: str) -> str:
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
    for node in [n for n in body.iter() if isinstance(n.tag, str) and _is_banner(n)]:
        if node.getparent() is not None:
            node.drop_tree()
    for node in body.iter():
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _LINE_END_TAGS:
            node.tail = "\n" + (node.tail or "")
            if tag != "br":  # "the gate<p>Ships waited": a block starts a line too
                node.text = "\n" + (node.text or "")
        elif tag in _CELLS:
            node.tail = " " + (node.tail or "")
    lines = (line.strip() for line in body.text_content().splitlines())
    return set_off("\n".join(line for line in lines if line), heading_texts(body))


def _is_banner(node) -> bool:  # noqa: ANN001 - an lxml element
    words = _ATTRIBUTE_WORDS.split(f"{node.get('id') or ''} {node.get('class') or ''}".lower())
    return not _BANNER.isdisjoint(words)


def without_banners(html: str):  # noqa: ANN201 - an lxml tree, or the text when it cannot be parsed
    """Return the page as an lxml tree without its consent, cookie, paywall and newsletter boxes.

    The boxes are the elements whose id or class holds one of `BANNER_WORDS`.

    The text itself is returned when lxml cannot parse it (trafilatura then does what it can).
    """
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, TypeError, SyntaxError):
        return html
    for node in [n for n in root.iter() if isinstance(n.tag, str) and _is_banner(n)]:
        if node.getparent() is not None:
            node.drop_tree()
    return root


def saved_from(html: str) -> str | None:
    """Return the address a browser wrote into a page it saved (`SAVED_FROM`), None when it wrote none."""
    match = SAVED_FROM.search(html[:4096])
    return match["url"] if match else None


def declared_date(root, *, url: str | None = None) -> dt.date | None:  # noqa: ANN001 - an lxml tree
    """Return the publication date a page's markup declares (`DATE_MARKUP`), not one its words give.

    htmldate reads meta tags, linked data, <time datetime> and a date in the page's address, and, finding
    none, takes a date from the page's words (a print view's "Printed on 24/08/2024", a reader's comment):
    here it reads a copy of the page without words, but those of `DATE_MARKUP` and of the blocks that state
    the page's date (`DATE_HOLDERS`: a byline, a header's date line), which are no body text.
    """
    import htmldate

    bare = copy.deepcopy(root)
    kept = date_holders(bare)
    for node in bare.iter():
        if node in kept:
            continue
        if isinstance(node.tag, str) and node.tag.lower() not in _MARKUP_TAGS:
            node.text = None
        node.tail = None
    found = htmldate.find_date(bare, url=url, extensive_search=False, original_date=True, **DATE_BOUNDS)
    return metadata_date(found)


def read_page(html: str, *, url: str | None = None) -> Page:
    """Extract the main text, title, URL and publication date of an HTML page given as text."""
    try:
        import htmldate
        import trafilatura
    except ImportError as error:
        message = f'reading HTML needs the html extra: pip install "timeline[html]" ({error})'
        raise InputError(message) from None

    try:
        tree = without_banners(html)
        extracted = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_precision=True,  # boilerplate in the text would become events; a page with none is skipped
            date_extraction_params={"extensive_search": False, "original_date": True, **DATE_BOUNDS},
        )  # fmt: skip
    except Exception as error:  # noqa: BLE001 - a parser bug on one odd page must not stop a batch
        raise InputError(f"cannot extract the text of this page ({type(error).__name__}: {error})") from None
    text = extracted.text and set_off(extracted.text, heading_texts(extracted.body)) if extracted else None
    text = text or linked_body(html) or visible_text(html)
    title = extracted.title if extracted else None
    if not title or PRINT_WORDS.fullmatch(title.strip()):  # trafilatura kept "Print version" of its <title>
        match = TITLE.search(html)
        title = " ".join(html_entities.unescape(match["title"]).split()) if match else None
    if title:
        title = PRINT_TITLE.sub("", title, count=1)
    page_url = (extracted.url if extracted else None) or url or saved_from(html)
    found = extracted.date if extracted else None
    if found is None and extracted is None:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, **DATE_BOUNDS)
    date, guessed = metadata_date(found), None
    if date is not None and not isinstance(tree, str):
        declared = declared_date(tree, url=url)
        date, guessed = (declared, None) if declared is not None else (None, date)
    return Page(
        text=text, title=title or None, url=page_url, date=date, updated=updated_date(html),
        outlet=site_name(html), guessed=guessed,
    )
