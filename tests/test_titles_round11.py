"""Titles cut so that a word waits for more: a compound's last noun, "due", a number word (round 11,
invented text)."""

import pytest

from timeline import shorten

# (id, long title, expected cut).
FIT_CASES = [
    (
        "a noun is not cut from its compound when the subject can go to its head",
        "The national health ministry of the small southern republic reported record hospital admissions",
        "The national health ministry reported record hospital admissions",
    ),
    (
        "'new trade talks' stays whole: the subject's 'for' phrase goes",
        "The special envoy for the northern border region of the republic opened new trade talks in the "
        "capital",
        "The special envoy opened new trade talks in the capital",
    ),
    (
        "a front phrase before the subject is no subject to cut: the cut stays where it was",
        "Late in the afternoon, the lighthouse keeper placed a wreath beside the old memorial stone",
        "Late in the afternoon, the lighthouse keeper placed a wreath",
    ),
    (
        "a number word waits for its noun like a figure",
        "The coastal ferry company of the southern islands is expected to cut around twelve daily crossings",
        "The coastal ferry company is expected to cut around twelve daily crossings",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit(title, expected):
    assert shorten.fit(title) == expected


# (id, cut title, expected after its loose end is dropped).
TRIM_CASES = [
    ("'due' without its 'to' goes", "Output fell by nine percent due", "Output fell by nine percent"),
    ("'due' after a verb 'to be' is the predicate and stays", "The final payment was due",
     "The final payment was due"),
    ("'beside' without its object goes", "The keeper placed a wreath beside", "The keeper placed a wreath"),
    ("'despite' without its object goes", "The match went ahead despite", "The match went ahead"),
    ("'towards' without its object goes", "The storm moved slowly towards", "The storm moved slowly"),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in TRIM_CASES], ids=[c[0] for c in TRIM_CASES])
def test_trim_end(title, expected):
    assert shorten.trim_end(title) == expected
