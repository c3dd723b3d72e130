"""Find the blocks of a web page that state its date in words outside its body text: a byline, a header's
date line ("By Ana Lopes | Published 5 March 2026"), which the article extractor drops.

`htmltext.declared_date` keeps their words when it reads the date a page's markup declares, so that such a
date is the page's own, not a guess from its words.
"""

from __future__ import annotations

import re

_ATTRIBUTE_WORDS = re.compile(r"[\s_-]+")
# The blocks that state a page's date in words, outside its body text (a byline, a header's date line, which
# the article extractor drops): an element whose id, class or itemprop holds one of these words (split at -,
# _ and spaces) keeps its words when `declared_date` reads the markup, unless it sits in a reader's comment.
DATE_HOLDERS = [
    ("date", '<span class="date">March 5, 2026</span>'),
    ("byline", '<div class="byline">By Ana Lopes | Published 5 March 2026</div>'),
    ("dateline", '<p class="dateline">Thursday 5 March 2026</p>'),
    ("published", '<p class="published">5 March 2026</p>'),
    ("pubdate", '<span id="pubdate">05.03.2026</span>'),
    ("posted", '<div class="posted-on">Posted on 05/03/2026</div>'),
    ("timestamp", '<div class="article-timestamp">Thursday 5 March 2026 09:12 GMT</div>'),
    ("datepublished", '<span itemprop="datePublished" content="2026-03-05">5 March 2026</span>'),
    ("meta", '<div class="post-meta">By admin, 5 March 2026</div>'),
]
_HOLDER_WORDS = {word for word, _ in DATE_HOLDERS}
_COMMENT_WORDS = {"comment", "comments", "reply", "replies"}  # a reader's "March 6, 2026 at 9:14 pm"
# a block that says when the page was updated ("Updated 6 March 2026") gives no publication date
_UPDATED = re.compile(r"\s*(?:last\s+)?(?:updated|modified|edited)\b", re.I)


def _words(node) -> set[str]:  # noqa: ANN001 - an lxml element
    attributes = f"{node.get('id') or ''} {node.get('class') or ''} {node.get('itemprop') or ''}"
    return set(_ATTRIBUTE_WORDS.split(attributes.lower()))


def date_holders(root) -> set:  # noqa: ANN001 - an lxml tree
    """Return the elements of `DATE_HOLDERS` blocks (and all inside them) outside readers' comments."""
    kept: set = set()
    for node in root.iter():
        if not isinstance(node.tag, str) or node in kept or _HOLDER_WORDS.isdisjoint(_words(node)):
            continue
        if any(not _COMMENT_WORDS.isdisjoint(_words(up)) for up in node.iterancestors()):
            continue
        if _UPDATED.match(node.text_content()):
            continue
        kept.update(node.iter())
    return kept
