"""Each pattern compiled by timeline.leads.led finds what its plain pattern finds: its lead admits every
character a match of the plain pattern may start with (read from the pattern's parse), and the two agree on
invented sentences and on random text."""

import importlib
import pkgutil
import re
from re import _constants as C  # noqa: N812 - the regex engine's opcodes, as the re package names them
from re import _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from timeline.leads import PLAIN, led

for _module in pkgutil.iter_modules(timeline.__path__):  # every led pattern of the event layer
    importlib.import_module(f"timeline.{_module.name}")

_LED = sorted(PLAIN.items(), key=lambda item: item[0].pattern)
_IDS = [f"{lead} {plain[:40]}" for _, (lead, plain) in _LED]

_CATEGORIES = {C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_DIGIT: r"\d",
               C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]^\\" else "\\" + chr(code)


def _first(items, flags: int, out: list[str]) -> bool:
    """Add to `out` a class for each character a match of the sequence `items` may start on; return whether
    the sequence may match without a character there (then what follows it may start the match too)."""
    for op, av in items:
        case = "(?i:" if flags & re.I else "(?-i:"
        if op is C.LITERAL:
            out.append(f"{case}{_char(av)})")
        elif op is C.IN:
            parts = []
            for kind, value in av:
                if kind is C.LITERAL:
                    parts.append(_char(value))
                elif kind is C.RANGE:
                    parts.append(f"{_char(value[0])}-{_char(value[1])}")
                elif kind is C.CATEGORY and value in _CATEGORIES:
                    parts.append(_CATEGORIES[value])
                else:  # a negated class: any character may start it
                    out.append("(?s:.)")
                    parts = []
                    break
            if parts:
                out.append(f"{case}[{''.join(parts)}])")
        elif op is C.BRANCH:
            if any([_first(alternative, flags, out) for alternative in av[1]]):
                continue
        elif op is C.SUBPATTERN:
            if _first(av[3], (flags | av[1]) & ~av[2], out):
                continue
        elif op in _REPEATS:
            if _first(av[2], flags, out) or av[0] == 0:
                continue
        elif op is C.ATOMIC_GROUP:
            if _first(av, flags, out):
                continue
        elif op is C.ASSERT and av[0] == 1:  # a lookahead: the character there starts what it looks for
            if _first(av[1], flags, out):
                continue
        elif op in _ZERO_WIDTH:
            continue
        else:  # any character, a back reference: anything
            out.append("(?s:.)")
        return False
    return True


# Characters to try: ASCII, Latin, general punctuation (dashes, quotes), the ones that fold to ASCII letters.
_TRIED = [chr(code) for code in range(0x2100)] + ["\u212a", "\u017f", "\u0130", "\u0131"]


@pytest.mark.parametrize(("pattern", "plain"), _LED, ids=_IDS)
def test_lead_admits_every_first_character(pattern, plain):
    lead, text = plain
    parsed = _parser.parse(text, pattern.flags)
    starts: list[str] = []
    assert not _first(parsed.data, parsed.state.flags, starts), "may match at the end: no lead"
    first = re.compile("|".join(starts), pattern.flags)
    admitted = re.compile(lead, pattern.flags)
    missing = [c for c in _TRIED if first.match(c) and not admitted.match(c)]
    assert not missing


def test_first_characters_of_a_plain_pattern():
    starts: list[str] = []
    parsed = _parser.parse(r"\b(?:and|(?i:but))?\s*(?<=y)[,;]", 0)
    assert not _first(parsed.data, parsed.state.flags, starts)
    first = re.compile("|".join(starts))
    assert [c for c in "abBc ,;y" if first.match(c)] == ["a", "b", "B", " ", ",", ";"]
    assert _first(_parser.parse(r"\b(?:x)?").data, 0, [])  # may match at the end of a text
    assert not _first(_parser.parse(r"\b(?=the\s)").data, 0, [])
    assert led("[ab]", "a|b").pattern == "(?=[ab])(?:a|b)"


_SENTENCES = [
    "The bank raised its rate, and the market fell -- but traders said it would recover.",
    "Mr. Lee said: \"We will win.\" Then he left! Is it over? Yes… It is.",
    "Prime Minister Ana Lind, 54, who took office in 2021, met President Ruth Okafor on Monday.",
    "The Organization for Economic Cooperation and Development (OECD) warned that growth is slowing.",
    "The judge set May 6 for the next session; the strike, , lasted until the end of May.",
    "Unions scrapped a plan — the Board revoked it, while officials carried forward the old one.",
    "tons in the fiscal year 2031 / analysts remain hopeful, claims that he knew were false",
    "Scientists discover a new species and Officials say the results show hope of a deal since then.",
    "ÉMIR Khalid, İstanbul’s mayor, said the ſhip will sail; K\u212aelvin won't.",
]

_WORDS = sorted({word for sentence in _SENTENCES for word in re.split(r"(\s+)", sentence)} | {"", " ", "\n"})


def _found(pattern: re.Pattern[str], text: str, start: int = 0) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, start)]


@pytest.mark.parametrize("text", _SENTENCES)
def test_led_patterns_find_what_the_plain_ones_find(text):
    for pattern, (_, plain) in _LED:
        assert _found(pattern, text) == _found(re.compile(plain, pattern.flags), text)


@given(st.lists(st.sampled_from(_WORDS), max_size=30).map("".join), st.integers(0, 20))
@settings(max_examples=300, deadline=None)
def test_led_patterns_agree_on_random_text(text, start):
    for pattern, (_, plain) in _LED:
        plain_pattern = re.compile(plain, pattern.flags)
        assert _found(pattern, text, start) == _found(plain_pattern, text, start)
        assert bool(pattern.match(text, start)) == bool(plain_pattern.match(text, start))
