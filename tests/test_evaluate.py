import datetime as dt

import pytest

from timeline.evaluate import read_timeml, score_document
from timeline.models import TimeExpression

# Written by the team: a tiny TimeML file with nested EVENT, an entity, a DCT and TLINKs.
TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-10-25" \
functionInDocument="CREATION_TIME">2025-10-25</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> &amp; agreed <TIMEX3 tid="t1" type="DATE" \
value="2025-10-24" anchorTimeID="t0">yesterday</TIMEX3>, after <TIMEX3 tid="t2" type="DURATION" \
value="P3Y">three years</TIMEX3> of talks.
</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def test_read_timeml(tmp_path):
    path = tmp_path / "demo.tml"
    path.write_text(TIMEML, encoding="utf-8")
    gold = read_timeml(path)
    assert gold.id == "demo-1"
    assert gold.dct == dt.date(2025, 10, 25)
    assert gold.text == "\nThe council voted & agreed yesterday, after three years of talks.\n"
    assert [(t.tid, gold.text[t.start : t.end], t.type, t.value) for t in gold.timexes] == [
        ("t1", "yesterday", "DATE", "2025-10-24"),
        ("t2", "three years", "DURATION", "P3Y"),
    ]
    assert [(e.eid, e.text) for e in gold.events] == [("e1", "voted")]
    assert gold.instances == {"ei1": "e1"}
    assert gold.tlinks[0]["relatedToTime"] == "t1"


def timex(start, end, value="2017", kind="DATE"):
    return TimeExpression(start=start, end=end, text="x" * (end - start), type=kind, value=value)


CASES = [
    ("exact", [timex(0, 4)], [timex(0, 4)], dict(strict=1, relaxed=1, value=1, type=1)),
    ("overlap-only", [timex(0, 10)], [timex(3, 7)], dict(strict=0, relaxed=1, value=1, type=1)),
    ("wrong-value", [timex(0, 4)], [timex(0, 4, "2018")], dict(strict=1, relaxed=1, value=0, type=1)),
    ("wrong-type", [timex(0, 4)], [timex(0, 4, kind="TIME")], dict(strict=1, relaxed=1, value=1, type=0)),
    ("missed", [timex(0, 4)], [], dict(strict=0, relaxed=0, value=0, type=0)),
    ("spurious", [], [timex(0, 4)], dict(strict=0, relaxed=0, value=0, type=0)),
    ("one-to-one", [timex(0, 10)], [timex(0, 3), timex(5, 9)], dict(strict=0, relaxed=1, value=1, type=1)),
    ("prefers-exact", [timex(0, 9)], [timex(0, 3), timex(0, 9)], dict(strict=1, relaxed=1, value=1, type=1)),
]


@pytest.mark.parametrize(("gold", "system", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_score_document(gold, system, expected):
    scores = score_document("d", gold, system)
    assert {k: getattr(scores, k) for k in expected} == expected
    assert scores.gold == len(gold) and scores.system == len(system)


def test_figures():
    scores = score_document("d", [timex(0, 4), timex(10, 14)], [timex(0, 4, "2018"), timex(20, 24)])
    summary = scores.summary()
    assert summary["strict_precision"] == 0.5 and summary["strict_recall"] == 0.5
    assert summary["relaxed_f1"] == 0.5
    assert summary["value_f1"] == 0.0
    assert summary["type_f1"] == 0.5
    assert sorted(e.kind for e in scores.errors) == ["missed", "spurious", "value"]
