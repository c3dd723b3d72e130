"""Read a saved RSS or Atom feed (.xml, .rss, .atom): each item or entry is a document.

`entries` cuts a feed into one Item per entry (numbered from 1, as a JSON export's articles are), holding
the fields read from its XML; `fields` turns one into a Document's metadata and text, stripping the HTML
that feeds carry in `content:encoded`, `description`, Atom's `content` and `summary`. An entry's id is the
feed's name and a digest of its guid (Atom's id, else its link, else its title and date), so that it stays
the same when the feed is saved again with newer items on top.
"""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html import unescape

from timeline.errors import InputError
from timeline.sources_items import Input, Item, Problem, ProblemHandler

# Root elements of a feed, by local name: (name, example).
FEED_ROOTS = [
    ("rss", '<rss version="2.0"><channel><item>...'),
    ("feed", '<feed xmlns="http://www.w3.org/2005/Atom"><entry>...'),
    ("RDF", "<rdf:RDF> (RSS 1.0): <channel> and <item> side by side"),
]
# Other XML documents a .xml file may hold, read by the reader of their kind: (root, kind, example).
OTHER_ROOTS = [("TimeML", "timeml", "<TimeML><DOCID>wsj_0026</DOCID>...: a TimeML corpus file named .xml")]
ENTRY_NAMES = {"item", "entry"}

# Each field of an entry and the elements (by local name, namespace left aside) that give it, first found
# wins: (field, names, example).
ENTRY_FIELDS = [
    ("title", ("title",), "<title>Council approves the harbour plan</title>"),
    (
        "date",
        ("pubDate", "published", "date", "issued"),
        "<pubDate>Tue, 04 Nov 2025 08:30:00 +0000</pubDate>"
        ", Atom <published>2025-11-04T08:30:00Z</published>, <dc:date>",
    ),
    ("updated", ("updated", "modified"), "<updated>2025-11-05T10:00:00Z</updated> (Atom)"),
    (
        "html",
        ("encoded", "content", "description", "summary"),
        "<content:encoded><![CDATA[<p>The council"
        '...]]>, <description>, Atom <content type="html"> or <summary>',
    ),
    ("guid", ("guid", "id"), '<guid isPermaLink="false">tag:harbour-times,2025:4411</guid>, Atom <id>'),
]
# Namespaces whose elements share a local name with an entry's own fields but say something else, left
# aside: (namespace, example).
OTHER_NAMESPACES = [
    ("http://search.yahoo.com/mrss/", '<media:content url="https://img.example.org/a.jpg"><media:title>Photo'
     " of the quay</media:title></media:content>: a picture and its caption, not the story"),
]  # fmt: skip
_OTHER = tuple("{" + namespace + "}" for namespace, _ in OTHER_NAMESPACES)
# What a feed puts after an item's text that is not the story, left out at its end (capitals as written:
# "he would read more." stays): (pattern, example).
FEED_TRAILERS = [
    (r"The post .{1,300} appeared first on .{1,120}\.", "The post Quay reopens appeared first on Bay News."),
    (r"(?:Continue reading|Read more|Read the full (?:story|article))\W{0,12}",
     "Continue reading →, Read more »"),
    (r"\[(?:\u2026|\.\.\.)\]", "[…], [...]: a summary cut short"),
]  # fmt: skip
_TRAILER = "|".join(f"(?:{pattern})" for pattern, _ in FEED_TRAILERS)
_TRAILERS = re.compile(rf"\s*(?:{_TRAILER})\s*\Z")
# Atom links: the page of the entry is rel="alternate", or a link without rel.
PAGE_RELS = {None, "alternate"}
ID_DIGITS = 10


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(node: ET.Element) -> str:
    """Return an element's content as written: its text, or its markup (Atom's type="xhtml")."""
    if len(node):
        for element in node.iter():  # <xhtml:p> would not be a paragraph to the HTML reader
            element.tag = _local(element.tag)
        inner = "".join(ET.tostring(child, encoding="unicode") for child in node)
        return (node.text or "") + inner
    return (node.text or "").strip()


def _link(entry: ET.Element) -> str | None:
    for child in entry:
        if _local(child.tag) != "link":
            continue
        if child.get("href") and child.get("rel") in PAGE_RELS:
            return child.get("href").strip()
        if (child.text or "").strip():
            return child.text.strip()
    return None


def _entry(node: ET.Element, name: str, outlet: str | None) -> dict[str, object]:
    children: dict[str, ET.Element] = {}
    for child in node:
        if isinstance(child.tag, str) and not child.tag.startswith(_OTHER):
            children.setdefault(_local(child.tag), child)
    fields: dict[str, object] = {}
    for field, names, _ in ENTRY_FIELDS:
        for local in names:
            if local in children and _text(children[local]):
                fields[field] = _text(children[local])
                if field == "html":  # Atom's type="text" is text as it is, "<" and all
                    fields["plain"] = children[local].get("type") == "text"
                break
    if "date" not in fields and "updated" in fields:  # Atom requires <updated>, <published> is optional
        fields["date"] = fields.pop("updated")
    fields["url"] = _link(node)
    source = children.get("source")  # RSS's <source url="...">Outlet</source>: an aggregator's item
    source_name = (source.text or "").strip() if source is not None and not len(source) else ""
    if source_name or outlet:
        fields["outlet"] = source_name or outlet
    key = fields.get("guid") or fields["url"] or f"{fields.get('title')}|{fields.get('date')}"
    fields["id"] = f"{name}-{hashlib.sha1(str(key).encode('utf-8')).hexdigest()[:ID_DIGITS]}"
    return fields


def entries(entry: Input, data: bytes, report: ProblemHandler) -> Iterator[Item]:
    """Yield each item of a feed as an Item (numbered from 1); report a file that is no feed."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line, column = error.position
        report(
            Problem(
                entry.path,
                None,
                f"not a well-formed feed: XML error at line {line}, column {column}, skipped",
            )
        )
        return
    other = next((kind for name, kind, _ in OTHER_ROOTS if _local(root.tag) == name), None)
    if other:
        yield Item(entry.path, entry.name, other, data)
        return
    if _local(root.tag) not in {name for name, _ in FEED_ROOTS}:
        report(
            Problem(
                entry.path,
                None,
                f"not an RSS or Atom feed (its root element is <{_local(root.tag)}>), skipped",
            )
        )
        return
    channel = next((child for child in root if _local(child.tag) == "channel"), root)
    title = next((child for child in channel if _local(child.tag) == "title"), None)
    outlet = _text(title) if title is not None else None
    found = [node for node in root.iter() if _local(node.tag) in ENTRY_NAMES]
    if not found:
        report(Problem(entry.path, None, "a feed without any <item> or <entry>, skipped"))
    for number, node in enumerate(found, 1):
        record = _entry(node, entry.name, outlet)
        yield Item(entry.path, entry.name, "feed", json.dumps(record).encode("utf-8"), number)


def fields(data: bytes) -> tuple[dict[str, object], str]:
    """Return the metadata and the text (HTML stripped) of one feed entry read by `entries`."""
    from timeline.htmltext import visible_text

    meta = json.loads(data)
    content = str(meta.pop("html", "") or "")
    if not meta.pop("plain", False):
        content = (
            visible_text(f"<html><body>{content}</body></html>") if "<" in content else unescape(content)
        )
    content = _TRAILERS.sub("", content).rstrip()
    if not content.strip() and str(meta.get("title") or "").strip():
        content = str(meta["title"]).strip()  # a feed of headlines: the headline is the story told
    if not content.strip():
        raise InputError("a feed item without text (no title, content, description or summary), skipped")
    return meta, content
