"""A word's whole-word spans found with str.find: what re.finditer(rf"\\b{re.escape(word)}\\b", text) finds,
without a pattern compiled per word (names, verbs: a cold pass met a new one in most titles)."""

from __future__ import annotations

import re


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # a regex word character, as sre tells it for str patterns


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    r"""Return the spans where `word` stands as a whole word in `text`, in order ("Reed met Reeds", "Reed" ->
    [(0, 4)]): the spans of re.finditer(rf"\b{re.escape(word)}\b", text)."""
    if not word or not _word_char(word[0]) or not _word_char(word[-1]):
        # a boundary next to a non-word character means something else: the pattern itself
        return [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    spans = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end])):
            spans.append((at, end))
            at = text.find(word, end)  # finditer goes on after a match
        else:
            at = text.find(word, at + 1)
    return spans
