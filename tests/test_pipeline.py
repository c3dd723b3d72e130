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


# A dateline gives the publication date, whatever agency it names: it dates no event and stays out of
# titles; the sentence it opens is dated by its own dates. (place+date+agency, text, [(value, title)])
DATELINE_CASES = [
    ("local-paper",
     "Crews start repairs\n\nFENWICK, Oct. 3, 2024 (Valley Post) -- Crews began repairs on Monday.",
     [("2024-09-30", "Crews began repairs")]),
    ("unknown-wire",
     "Turbine lifted\n\nHARLAN, Mich., June 3, 2025 (WNS) -- A crane lifted the turbine on Tuesday.",
     [("2025-06-03", "A crane lifted the turbine")]),
    ("known-agency", "Talks resume\n\nGENEVA, Oct. 22, 2025 (AP) -- Talks resumed on Monday.",
     [("2025-10-20", "Talks resumed")]),
    ("no-other-date",
     "Bridge opens\n\nFENWICK, Oct. 3, 2024 (Valley Post) -- The bridge is open to traffic.", []),
    ("date-in-body", "Budget\n\nThe council voted on Oct. 3, 2024 to close the bridge.",
     [("2024-10-03", "The council voted to close the bridge")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES]
)
def test_a_dateline_dates_no_event_and_stays_out_of_titles(text, expected):
    result = timeline.extract(text)
    found = sorted((e.when.value, e.title) for e in result.events)
    assert [value for value, _ in found] == [value for value, _ in expected]
    for (_, title), (_, wanted) in zip(found, expected, strict=True):
        assert title == wanted


def test_extracting_imports_no_plotly():
    """The page's names load at first use: importing the package to tag and extract leaves plotly out."""
    import subprocess
    import sys

    code = ("import sys, timeline, timeline.pipeline; loaded = 'plotly' in sys.modules; "
            "from timeline import render_html; from timeline import render; "
            "print(loaded, 'plotly' in sys.modules, render_html is render.render_html, "
            "timeline.build_figure is render.build_figure, 'render_html' in dir(timeline))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True", "True", "True", "True"]
    with pytest.raises(AttributeError):
        timeline.no_such_name  # noqa: B018 - the attribute access is the test
