"""Read SemEval-2015 Task 4 data: CAT XML documents (text rebuilt from tokens) and gold timeline files.

A CAT document is a list of tokens, each with a sentence number, and a CREATION_TIME TIMEX3 whose value
is the document date (DCT). `read_cat` rebuilds the text with a small detokenizer (the title and the
dateline in paragraphs of their own, the body's sentences on one line) and keeps each token's character
span in it. A timeline file names an entity on its first line; each further line is
`order TAB date TAB mention [TAB mention ...]`, a mention being `docid-sentence-word`.
Scoring is in evaluate_timelines.py.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import InputError
from timeline.temporal.intervals import interval

# Tokens written without a space before them, each with an example.
_NO_SPACE_BEFORE = {
    ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...",  # "Apple , Inc ." -> "Apple, Inc."
    "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't",  # "Apple 's" -> "Apple's", "do n't" -> "don't"
    "/",  # "$ 149 / £ 99" -> "$149/£99"
}
# Tokens written without a space after them, each with an example.
_NO_SPACE_AFTER = {
    "(", "[", "{", "$", "US$", "£", "€", "`", "/",  # "( WWDC )" -> "(WWDC)", "$ 199" -> "$199"
}
# A lone apostrophe that starts a clitic the tokenizer split off: "we ' re" -> "we're".
_CLITIC = re.compile(r"(?:s|re|ve|ll|d|m|t)\Z", re.I)
_TOKEN = re.compile(
    r'<token\b(?P<attrs>[^>]*)>(?P<word>[^<]*)</token>'
)
_ATTR = re.compile(r'(?P<key>\w+)="(?P<value>[^"]*)"')
_CREATION = re.compile(r'<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_DOC_ID = re.compile(r'<Document\b[^>]*\bdoc_id="(?P<id>[^"]+)"')
_MENTION = re.compile(r"(?P<doc>[^-\s]+)-(?P<sentence>\d+)-(?P<words>\S+)\Z")


@dataclass(frozen=True)
class Token:
    """A token of a CAT document: its word, sentence number and character span in the rebuilt text."""

    word: str
    sentence: int
    start: int
    end: int


@dataclass
class CatDocument:
    """A CAT XML document: the text rebuilt from its tokens, the token spans, and its creation date."""

    id: str
    text: str
    dct: dt.date | None
    tokens: list[Token]

    def sentence(self, number: int) -> list[Token]:
        """Return the tokens of one sentence, in order."""
        return [token for token in self.tokens if token.sentence == number]


def _space_between(previous: str, word: str, following: str, quote_open: bool) -> bool:
    """Tell whether the detokenizer puts a space between two tokens (`following` is the one after)."""
    if previous in _NO_SPACE_AFTER or word in _NO_SPACE_BEFORE:
        return False
    if word == '"':
        return not quote_open  # a closing quote hugs the word before it
    if previous == '"':
        return not quote_open  # an opening quote hugs the word after it
    if word == "'":  # "Jobs ' health" -> "Jobs' health", "Wayne ' s" -> "Wayne's"
        return not (previous.endswith(("s", "S")) or _CLITIC.match(following))
    if previous == "'":
        return not _CLITIC.match(word)  # "we' re" -> "we're"
    return True


def detokenize(sentences: Iterable[list[str]], *, breaks: int = 2) -> tuple[str, list[list[tuple[int, int]]]]:
    """Join tokenized sentences into text; return it and each token's (start, end) offsets.

    The first `breaks` sentences (a title and a dateline) stand in paragraphs of their own; the rest run
    on one line, separated by a space, as a news paragraph does. A quotation may run over several
    sentences, so whether a quote mark opens or closes is counted over the paragraph, not the sentence.
    """
    parts: list[str] = []
    length = 0
    spans: list[list[tuple[int, int]]] = []
    quote_open = False
    for number, words in enumerate(sentences):
        if number:
            paragraph = number <= breaks
            quote_open = quote_open and not paragraph
            gap = "\n\n" if paragraph else ("" if words[:1] == ['"'] and quote_open else " ")
            parts.append(gap)
            length += len(gap)
        own: list[tuple[int, int]] = []
        for index, word in enumerate(words):
            following = words[index + 1] if index + 1 < len(words) else ""
            if index and _space_between(words[index - 1], word, following, quote_open):
                parts.append(" ")
                length += 1
            own.append((length, length + len(word)))
            parts.append(word)
            length += len(word)
            if word == '"':
                quote_open = not quote_open
        spans.append(own)
    return "".join(parts), spans


def read_cat(path: str | Path) -> CatDocument:
    """Read a CAT XML document: its id, its text rebuilt from the tokens, and its CREATION_TIME date."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    found = _DOC_ID.search(raw)
    if found is None:
        raise InputError(f"{path}: no <Document doc_id=...>, not a CAT XML file")
    rows: list[tuple[int, str]] = []
    for match in _TOKEN.finditer(raw):
        attrs = dict(_ATTR.findall(match["attrs"]))
        rows.append((int(attrs.get("sentence", "0")), html.unescape(match["word"])))
    grouped = [[word for _, word in group] for _, group in itertools.groupby(rows, key=lambda row: row[0])]
    numbers = [number for number, _ in itertools.groupby(row[0] for row in rows)]
    text, spans = detokenize(grouped)
    tokens = [
        Token(word, number, start, end)
        for number, words, own in zip(numbers, grouped, spans, strict=True)
        for word, (start, end) in zip(words, own, strict=True)
    ]
    return CatDocument(id=found["id"], text=text, dct=_creation_date(raw), tokens=tokens)


def _creation_date(raw: str) -> dt.date | None:
    creation = _CREATION.search(raw)
    value = dict(_ATTR.findall(creation.group())).get("value", "") if creation else ""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class GoldMention:
    """One event mention of a gold timeline, with the entry's date (None when the gold leaves it undated)."""

    timeline: str
    order: int
    date: str | None
    document: str
    sentence: int
    words: tuple[str, ...]

    @property
    def id(self) -> str:
        """Return the mention as the timeline file writes it: docid-sentence-word."""
        return f"{self.document}-{self.sentence}-{'_'.join(self.words)}"


def gold_value(date: str) -> str | None:
    """Return a gold timeline date as a TIMEX3 value: 2007-09-XX -> 2007-09, XXXX-XX-XX -> None."""
    parts = date.split("-")
    known = list(itertools.takewhile(lambda part: "X" not in part.upper(), parts))
    value = "-".join(known)
    return value if known and interval(value) is not None else None


def read_timeline(path: str | Path) -> list[GoldMention]:
    """Read a gold timeline file: the entity on the first line, then one entry a line."""
    path = Path(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    mentions: list[GoldMention] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) < 3 or not fields[0].strip().isdigit():
            raise InputError(f"{path}:{number}: expected order TAB date TAB mention, got {line!r}")
        for mention in fields[2:]:
            found = _MENTION.match(mention.strip())
            if found is None:
                raise InputError(f"{path}:{number}: {mention!r} is no docid-sentence-word mention")
            mentions.append(GoldMention(
                timeline=path.stem, order=int(fields[0]), date=gold_value(fields[1].strip()),
                document=found["doc"], sentence=int(found["sentence"]),
                words=tuple(found["words"].split("_")),
            ))  # fmt: skip
    return mentions


def locate(document: CatDocument, mention: GoldMention) -> list[tuple[int, int]]:
    """Return the character spans where a mention's words stand in its sentence (empty when not found)."""
    tokens = document.sentence(mention.sentence)
    words = [word.lower() for word in mention.words]
    firsts = [i for i, token in enumerate(tokens) if token.word.lower() == words[0]]
    whole = [i for i in firsts if [t.word.lower() for t in tokens[i : i + len(words)]] == words]
    if whole:
        return [(tokens[i].start, tokens[i + len(words) - 1].end) for i in whole]
    return [(tokens[i].start, tokens[i].end) for i in firsts]
