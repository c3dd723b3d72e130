"""The speed pass's shortcuts agree with the plain code they replace.

shorten.fit weighs each cut's phrase boundary only when the cut comes up (a heap of highest bounds): the cuts
come up in the order of their true bounds, as sorting them all gave. The titles below are cut as the plain
sort cut them (main at 78f9c30, every bound computed first). subjects reads a title's pronoun and its head
word with compiled patterns, the same as the re.match calls they replace.
"""

import heapq
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.shorten import fit
from timeline.subjects import resolve_subject

# invented titles over 80 characters, each with the cut the plain sort of all bounds chose
FIT_ROWS = [
    ('The regional council approved a plan to rebuild the old harbour wall'
     ' with money from the national flood fund',
     'The regional council approved a plan to rebuild the old harbour wall with money'),
    ('Local officials in the northern province said the new bridge over the'
     ' river would open to traffic next spring',
     'Local officials said the new bridge'),
    ("The orchestra's board voted to extend the contract of its principal conductor for another five seasons",
     "The orchestra's board voted to extend the contract of its principal conductor"),
    ('Farmers who grow wheat in the eastern plains have asked the ministry'
     ' for emergency help after the long drought',
     'Farmers who grow wheat in the eastern plains have asked the ministry'),
    ("A committee critical of the mayor's housing policy published a report"
     " calling for a new approach to rents",
     "A committee critical of the mayor's housing policy published a report calling"),
    ("The airline announced the regional carrier's plan to cut flights to"
     " three island airports during the winter",
     "The airline announced the regional carrier's plan to cut flights"),
    ('Engineers working on the tunnel under the mountain pass found a crack'
     ' in the northern section of the lining',
     'Engineers working on the tunnel under the mountain pass found a crack'),
    ('Shares in the shipping company fell sharply after it warned that'
     ' profits would be lower than expected this year',
     'Shares in the shipping company fell sharply'),
    ('The school board said that teachers who had not been paid for three'
     ' months would receive their wages in full',
     'The school board said that teachers who had not been paid'),
    ('Volunteers from twelve villages cleared the flooded streets, pumped'
     ' water from cellars and handed out blankets',
     'Volunteers from twelve villages cleared the flooded streets, pumped water'),
    ('Prime Minister Ana Ruiz told reporters that the government would not'
     ' raise taxes before the end of its term',
     'Ana Ruiz told reporters that the government would not raise taxes'),
    ('The museum, which reopened after a long renovation of its galleries'
     ' and its library, welcomed 4,000 visitors',
     'The museum welcomed 4,000 visitors'),
    # a run of words with no phrase boundary where the cut must fall: the cut inside a phrase wins
    ('Kowalski Brothers Freight Logistics Warehouse Management Systems'
     ' Incorporated Northern Division Annual Report Summary',
     'Management Systems Incorporated Northern Division Annual Report Summary'),
    ('Officials confirmed record-breaking twelve-month rainfall totals'
     ' across seventeen drought-stricken agricultural counties yesterday',
     'Officials confirmed record-breaking twelve-month rainfall totals'),
    ('The newly elected regional parliament speaker Maria Delgado-Fuentes'
     " unexpectedly postponed Thursday's emergency budget debate",
     'The newly elected regional parliament'),
    ('Residents evacuated hundreds of low-lying riverside homes as'
     ' floodwaters rose above historic levels overnight downstream',
     'Residents evacuated hundreds of low-lying riverside homes'),
    ("Investors welcomed the central bank's surprise quarter-point"
     ' interest-rate cut, sending regional stock indices sharply higher',
     "Investors welcomed the central bank's surprise quarter-point interest-rate cut"),
    ('Striking dockworkers blockaded container terminals, refrigerated'
     ' cargo warehouses, grain silos, fuel depots and rail yards',
     'Striking dockworkers blockaded container terminals'),
    ('Mountain rescue teams located two missing hikers sheltering beneath'
     " overhanging granite boulders near the glacier's edge",
     'Mountain rescue teams located two missing hikers sheltering beneath'),
    ("The company's chief executive Jonas Lindqvist-Brandt resigned amid"
     ' mounting shareholder criticism over delayed product launches',
     "The company's chief executive Jonas Lindqvist-Brandt resigned"),
    ('Health inspectors closed forty-two restaurants, bakeries, cafes and'
     ' street-food stalls following widespread salmonella outbreaks',
     'Health inspectors closed forty-two restaurants'),
    ('Archaeologists uncovered remarkably well-preserved bronze-age'
     ' ceremonial burial chambers beneath the hilltop monastery ruins',
     'Archaeologists uncovered remarkably well-preserved'),
]


@pytest.mark.parametrize(("title", "expected"), FIT_ROWS)
def test_fit_cuts_as_the_plain_sort_did(title, expected):
    assert fit.__wrapped__(title) == expected


@given(st.lists(st.tuples(st.integers(0, 4), st.booleans()), min_size=1, max_size=60))
def test_lazy_bounds_come_up_in_the_order_of_a_sort(cuts):
    """Cut i at place 20 + i, with its `kept` weight and whether it ends a phrase: the heap that counts the
    phrase first and pushes back the cuts inside a phrase gives the sorted order of the true bounds."""
    true = {20 + i: (kept + 2 + phrase) * 1000 + 20 + i for i, (kept, phrase) in enumerate(cuts)}
    heap = [(-((kept + 3) * 1000 + 20 + i), 20 + i, False) for i, (kept, _) in enumerate(cuts)]
    heapq.heapify(heap)
    order = []
    while heap:
        bound, cut, known = heapq.heappop(heap)
        if not known and not cuts[cut - 20][1]:
            heapq.heappush(heap, (bound + 1000, cut, True))
            continue
        order.append((-bound, cut))
    assert order == sorted(((b, c) for c, b in true.items()), reverse=True)


PLAIN_PRONOUN = r"(?P<p>he|she|it)\b(?!['’])"
PLAIN_HEAD = r"(?:[a-z]+ly\s+)?(?P<verb>[a-z][\w'’-]*)"


@pytest.mark.parametrize(("title", "expected"), [
    ('he said the vote would go ahead', 'The mayor said the vote would go ahead'),
    ('abruptly adjourned the hearing', 'abruptly adjourned the hearing'),
    ('it reopened on the coast', 'it reopened on the coast'),
    ("it's time to go", "it's time to go"),
])
def test_resolve_subject_reads_pronouns_as_before(title, expected):
    text = "The mayor spoke. " + title
    assert resolve_subject(title, text, (17, 17 + len(title))) == expected


@pytest.mark.parametrize("title", ["He said", "it's over", "It reopened", "abruptly adjourned", "Itself"])
def test_compiled_patterns_match_as_the_plain_calls(title):
    from timeline import subjects

    plain = re.match(PLAIN_PRONOUN, title, re.I)
    compiled = subjects._PRONOUN_SUBJECT.match(title)
    assert (plain and plain.group()) == (compiled and compiled.group())
    plain_head, compiled_head = re.match(PLAIN_HEAD, title), subjects._HEAD_VERB.match(title)
    assert (plain_head and plain_head.group()) == (compiled_head and compiled_head.group())
