"""A title over 80 characters shortens its people as headlines do before it is cut: a role and a first name
give way to the surname ("Japanese Foreign Minister Taro Aso" -> "Aso"), and no cut falls inside a name
(round 19, invented)."""

import re

import pytest

from tests.test_events import run
from timeline.shorten import MAX_TITLE, fit
from timeline.surnames import surnames

# (id, title, expected title with its people shortened).
SURNAME_CASES = [
    (
        "a nationality, a role and a first name go in the subject and the object",
        "Norwegian Foreign Minister Erik Halvorsen will meet US Secretary of State Laura Whitfield",
        "Halvorsen will meet Whitfield",
    ),
    (
        "two roles joined by 'and' go with the person",
        "Chilean Deputy Premier and Economy Minister Rosa Valdivieso announced the plan",
        "Valdivieso announced the plan",
    ),
    (
        "'the' before the role goes with it",
        "The envoy met the Israeli Prime Minister David Levinson",
        "The envoy met Levinson",
    ),
    (
        "a role with no name after it stays",
        "The minister said the Foreign Minister would resign",
        "The minister said the Foreign Minister would resign",
    ),
    (
        "a Chinese name puts its family name first: the headline keeps it (round 20b)",
        "Chinese Premier Wen Tianhao met Kenyan President Joseph Mwangi",
        "Wen met Mwangi",
    ),
    (
        "a short family name first is the surname (round 20b)",
        "Vice Premier Wu Lan opened the fair",
        "Wu opened the fair",
    ),
    (
        "a hyphened given name goes after a Korean family name (round 20b)",
        "Secretary-General Park Min-jun arrived",
        "Park arrived",
    ),
    (
        "a subject's owner goes with its role",
        "Riverside captain Thomas Whitaker scored twice",
        "Whitaker scored twice",
    ),
    (
        "an owner before a role in the object keeps its place",
        "The fans cheered as Riverside captain Thomas Whitaker scored",
        "The fans cheered as Riverside captain Whitaker scored",
    ),
    (
        "a verb before the role is no owner",
        "The union leader will challenge President Halvard Okafor's bid",
        "The union leader will challenge Okafor's bid",
    ),
    (
        "a name with a particle is left whole",
        "President Jose Manuel dos Reis appointed a new cabinet",
        "President Jose Manuel dos Reis appointed a new cabinet",
    ),
    (
        "a body's name after a role word is no person",
        "The team won a Premier Basketball League match",
        "The team won a Premier Basketball League match",
    ),
    (
        "a name run on by another capitalized word is no person's whole name",
        "Former President Lee Kuan Tan Wei spoke",
        "Former President Lee Kuan Tan Wei spoke",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in SURNAME_CASES], ids=[c[0] for c in SURNAME_CASES])
def test_people_go_to_their_surnames(title, expected):
    assert surnames(title) == expected


# (id, text, expression as (phrase, type, value), expected title).
TITLE_CASES = [
    (
        "the object's name and title are no longer cut: 'to meet US Secretary'",
        "Norwegian Foreign Minister Erik Halvorsen is scheduled to meet US Secretary of State Laura "
        "Whitfield in Oslo on Friday to discuss fishing quotas.",
        ("on Friday", "DATE", "2025-10-24"),
        "Erik Halvorsen is scheduled to meet Whitfield in Oslo to discuss fishing quotas",
    ),
    (
        "the room the names leave keeps the object's phrase",
        "Kenyan Trade Minister Peter Omondi on Monday signed an agreement with Dutch Agriculture Minister "
        "Anna Verhoeven to expand flower exports.",
        ("on Monday", "DATE", "2025-10-20"),
        "Peter Omondi signed an agreement with Verhoeven to expand flower exports",
    ),
    (
        "a sport's role and its owner go from the subject",
        "Riverside captain Thomas Whitaker on Saturday scored twice in the second half to give his side a "
        "surprise win over the league leaders.",
        ("on Saturday", "DATE", "2025-10-25"),
        "Thomas Whitaker scored twice in the second half to give his side a surprise win",
    ),
    (
        "a short title keeps its people whole",
        "Delegates on Wednesday praised the work of Deputy Prime Minister Helena Marsh.",
        ("on Wednesday", "DATE", "2025-10-22"),
        "Delegates praised the work of Deputy Prime Minister Helena Marsh",
    ),
]


@pytest.mark.parametrize("text, mark, title", [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_a_long_title_shortens_its_people(text, mark, title):
    assert [e.title for e in run(text, [mark])] == [title]


# (id, long title, the name no cut may fall inside).
NAME_CUT_CASES = [
    (
        "a cut backs off to before a name it would split",
        "A violin sonata thought to be by the young Carl Friedrich Ostermann has turned up in a cellar in "
        "the old town",
        "Carl Friedrich Ostermann",
    ),
]


@pytest.mark.parametrize("title, name", [c[1:] for c in NAME_CUT_CASES], ids=[c[0] for c in NAME_CUT_CASES])
def test_no_cut_inside_a_name(title, name):
    short = fit(title)
    assert len(short) <= MAX_TITLE
    start = title.index(name)
    # the cut is before the name or after all of it
    assert len(short) <= start or len(short) >= start + len(name)
    assert not re.search(r"\b(?:Johann|Amadeus)\Z", short)
