"""evaluate_report: what `timeline evaluate` prints, figures as a table or JSON, errors one line each."""

import json

import pytest

from timeline import evaluate_report
from timeline.evaluate import Scores, score_document
from timeline.models import TimeExpression


def short_table(summaries: dict) -> str:
    return "TABLE " + " ".join(summaries)


SCORED = [  # (corpus -> its errors (None: not listed), as JSON, the text)
    ({"tb": None}, False, "TABLE tb"),
    ({"tb": ["e1", "e2"]}, False, "e1\ne2\nTABLE tb"),
    ({"tb": ["e1"], "aq": []}, False, "# tb: 1 error\ne1\n# aq: 0 errors\nTABLE tb aq"),
    ({"tb": ["e1", "e2"], "aq": ["e3"]}, False, "# tb: 2 errors\ne1\ne2\n# aq: 1 error\ne3\nTABLE tb aq"),
    ({"tb": None}, True, {"tb": {"gold": 1}}),
    ({"tb": ["e1"]}, True, {"tb": {"gold": 1, "errors": ["e1"]}}),
]


@pytest.mark.parametrize(("errors", "as_json", "said"), SCORED, ids=[f"case{i}" for i in range(len(SCORED))])
def test_scored(errors, as_json, said):
    summaries = {name: {"gold": 1} for name in errors}
    listed = None if all(found is None for found in errors.values()) else errors
    text = evaluate_report.scored(summaries, listed, as_json=as_json, table=short_table)
    assert (json.loads(text) if as_json else text) == said


UNDATED = [  # (each corpus's gold documents without a DCT, the warnings)
    ({"tb": []}, []),
    ({"tb": ["a"]}, ["warning: tb: 1 gold document has no DCT (a); their relative expressions are scored "
                     "against values left unresolved (XXXX)"]),
    ({"tb": ["a", "b", "c", "d"], "aq": []},
     ["warning: tb: 4 gold documents have no DCT (a, b, c, ...); their relative expressions are scored "
      "against values left unresolved (XXXX)"]),
]


@pytest.mark.parametrize(("undated", "warnings"), UNDATED, ids=[str(len(w)) + str(u) for u, w in UNDATED])
def test_undated_warnings(undated, warnings):
    results = {name: Scores(undated=ids) for name, ids in undated.items()}
    assert evaluate_report.undated_warnings(results) == warnings


def timex(start: int, text: str, value: str) -> TimeExpression:
    return TimeExpression(start=start, end=start + len(text), text=text, type="DATE", value=value)


# One invented document: the gold has "Monday" (2024-03-04) and "2019"; the system got Monday's value wrong
# and missed 2019.
GOLD = [timex(10, "Monday", "2024-03-04"), timex(30, "2019", "2019")]
RESULTS = {"corpus": score_document("doc1", GOLD, [timex(10, "Monday", "2024-03-11")])}
TAGS = [  # (--errors, --json, lines the text holds)
    (False, False, ["corpus"]),
    (True, False, ["doc1\tvalue\tgold='Monday'@10-16 DATE 2024-03-04\tsystem='Monday'@10-16 DATE 2024-03-11",
                   "doc1\tmissed\tgold='2019'@30-34 DATE 2019\tsystem=-"]),
]


@pytest.mark.parametrize(("show_errors", "as_json", "lines"), TAGS, ids=[f"errors-{e}" for e, _, _ in TAGS])
def test_tags_report_lists_the_errors_first(show_errors, as_json, lines):
    text = evaluate_report.tags_report(RESULTS, show_errors=show_errors, as_json=as_json)
    for line in lines:
        assert line in text
    assert ("\tmissed\t" in text) is show_errors


def test_tags_report_as_json_gives_each_error_as_a_record():
    figures = json.loads(evaluate_report.tags_report(RESULTS, show_errors=True, as_json=True))
    assert [e["kind"] for e in figures["corpus"]["errors"]] == ["value", "missed"]
    assert figures["corpus"]["errors"][1]["system"] is None
    assert figures["corpus"]["gold"] == 2
    quiet = json.loads(evaluate_report.tags_report(RESULTS, show_errors=False, as_json=True))
    assert "errors" not in quiet["corpus"]
