"""Read which outlet published a saved web page: meta tags, linked data's publisher, or the title's suffix.

The tables say where a page names its outlet (`SITE_NAMES`), what parts a <title> into headline and outlet
(`TITLE_SUFFIXES`) and where a page gives its own headline to vouch for that split (`HEADLINES`).
"""

from __future__ import annotations

import html as html_entities
import json
import re

TITLE = re.compile(r"<title[^>]*>(?P<title>.*?)</title>", re.I | re.S)
LINKED_DATA = re.compile(
    r"<script[^>]*\btype\s*=\s*[\"']?application/ld\+json[^>]*>(?P<json>.*?)</script>", re.I | re.S
)
TAG = re.compile(r"<[^>]+>")
_SITE = r"(?:og:site_name|application-name)"
# Where a page names the outlet that published it, first found wins: (where, pattern, example). A meta tag
# may name its content either side; "json-ld" is the publisher of the page's linked data (`publisher`);
# the title's suffix comes last (`title_suffix`).
SITE_NAMES = [
    ("meta", rf"<meta\s[^>]*?\b(?:property|name)\s*=\s*[\"']{_SITE}[\"'][^>]*?"
             r"\bcontent\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')",
     '<meta property="og:site_name" content="Harbour Times">'),
    ("meta", r"<meta\s[^>]*?\bcontent\s*=\s*(?:\"(?P<double>[^\"]*)\"|'(?P<single>[^']*)')[^>]*?"
             rf"\b(?:property|name)\s*=\s*[\"']{_SITE}[\"']",
     '<meta content="Harbour Times" name="application-name">'),
    ("json-ld", None,
     '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Ledger Daily"}}'),
    ("title", None, "<title>Strike talks resume | Harbour Times</title>"),
]  # fmt: skip
SITE_PATTERNS = [re.compile(pattern, re.I) for where, pattern, _ in SITE_NAMES if where == "meta"]
# What parts a page's <title> into its headline and its outlet's name, with whether the headline must be
# the page's own (its <h1> or linked data's) to vouch for the split: a dash also parts a headline's own
# words ("Strike ends - for now"), a bar hardly ever does: (separator, vouched, example).
TITLE_SUFFIXES = [
    (" | ", False, "Strike talks resume | Harbour Times"),
    (" \u00b7 ", False, "Strike talks resume \u00b7 Harbour Times"),
    (" :: ", False, "Strike talks resume :: Harbour Times"),
    (" \u00bb ", False, "Strike talks resume \u00bb Harbour Times"),
    (" - ", True, "Port dispute, day by day - Harbour Times"),
    (" \u2013 ", True, "Port dispute, day by day \u2013 Harbour Times"),
    (" \u2014 ", True, "Port dispute, day by day \u2014 Harbour Times"),
]
# Where a page gives its headline, to vouch for a title's suffix: (pattern, example).
HEADLINES = [
    (r"<h1\b[^>]*>(?P<value>.*?)</h1>", "<h1>Port dispute, day by day</h1>"),
    (r"<meta\s[^>]*?\bproperty\s*=\s*[\"']og:title[\"'][^>]*?\bcontent\s*=\s*\"(?P<value>[^\"]*)\"",
     '<meta property="og:title" content="Port dispute, day by day">'),
    (r'"headline"\s*:\s*"(?P<value>(?:[^"\\]|\\.)*)"',
     '{"@type": "NewsArticle", "headline": "Port dispute"}'),
]
HEADLINE_PATTERNS = [re.compile(pattern, re.I | re.S) for pattern, _ in HEADLINES]
SITE_NAME_WORDS = 6  # "The Kestrel Bay Evening Courier" is a name; more words are a headline's


def _name(text: str) -> str | None:
    """Return a site's name as a page writes it, spaces and entities undone; None when it is no name."""
    name = " ".join(html_entities.unescape(text).split())
    if not name or len(name.split()) > SITE_NAME_WORDS or not (name[0].isupper() or name[0].isdigit()):
        return None
    return name


def _publishers(data: object) -> list[str]:
    """Return the publishers' names in parsed linked data, looked for in objects, lists and @graph."""
    if isinstance(data, list):
        return [name for item in data for name in _publishers(item)]
    if not isinstance(data, dict):
        return []
    found = []
    publisher = data.get("publisher")
    for entry in publisher if isinstance(publisher, list) else [publisher]:
        name = entry.get("name") if isinstance(entry, dict) else entry
        if isinstance(name, str):
            found.append(name)
    return found + _publishers(data.get("@graph"))



def headlines(html: str) -> set[str]:
    """Return the headlines a page gives itself (`HEADLINES`), spaces and case folded, tags left out."""
    found = set()
    for pattern in HEADLINE_PATTERNS:
        match = pattern.search(html)
        if match:
            found.add(" ".join(html_entities.unescape(TAG.sub(" ", match["value"])).split()).casefold())
    return found - {""}


def title_suffix(title: str, own: set[str]) -> str | None:
    """Return the outlet a page's <title> ends with ("Strike talks resume | Harbour Times"), else None.

    The suffix is no outlet when it is one of the page's headlines `own` itself (the whole title being
    the headline); after a dash (`TITLE_SUFFIXES`) it is one only when what comes before it is one.
    """
    title = " ".join(html_entities.unescape(title).split())
    for separator, vouched, _ in TITLE_SUFFIXES:
        head, found, tail = title.rpartition(separator)
        if not found or not head.strip():
            continue
        name = _name(tail)
        if name is None or name.casefold() in own or (vouched and head.strip().casefold() not in own):
            continue
        return name
    return None


def site_name(html: str) -> str | None:
    """Return the name of the outlet a page says published it (`SITE_NAMES`), None if it names none."""
    head = html[: html.lower().find("<body")] if "<body" in html.lower() else html
    for pattern in SITE_PATTERNS:
        for match in pattern.finditer(head):
            name = _name(match["double"] if match["double"] is not None else match["single"])
            if name:
                return name
    for block in LINKED_DATA.finditer(html):
        try:
            data = json.loads(block["json"])
        except ValueError:
            continue
        name = next((n for found in _publishers(data) if (n := _name(found))), None)
        if name:
            return name
    match = TITLE.search(head)
    return title_suffix(match["title"], headlines(html)) if match else None
