"""The public entry point: timeline.extract takes paths, folders or plain text."""

import datetime as dt

import pytest

import timeline
from tests.conftest import SEEDS

DCT = dt.date(2025, 10, 22)  # a Wednesday

TEXT_CASES = [
    ("short", "Talks resumed on Monday.", ["2025-10-20"]),
    ("long-line", "Talks resumed on Monday. " + "The union said nothing more. " * 40, ["2025-10-20"]),
    ("multi-line", "Talks resumed on Monday.\nThe strike ended in 2019.", ["2019", "2025-10-20"]),
]


@pytest.mark.parametrize(("text", "values"), [c[1:] for c in TEXT_CASES], ids=[c[0] for c in TEXT_CASES])
def test_extract_takes_plain_text(text, values):
    result = timeline.extract(text, dct=DCT)
    assert sorted(e.when.value for e in result.events) == values
    assert len(result.documents) == 1 and result.documents[0].text == text


def test_extract_takes_a_folder_of_articles():
    result = timeline.extract([SEEDS])
    assert len(result.documents) == 4
    values = {e.when.value for e in result.events}
    assert {"2017", "2018", "2025-10-25", "2025-W43"} <= values
