import json

import pytest
from click.testing import CliRunner

import cli
from tests import fake_tagger
from timeline.errors import InputError
from timeline.evaluate_cat import GoldMention, detokenize, gold_value, locate, read_cat, read_timeline
from timeline.evaluate_timelines import (
    date_matches,
    misses,
    place,
    score_folder,
    score_mentions,
    score_timeline_folders,
)
from timeline.models import Event, Evidence, When
from timeline.temporal.intervals import interval

# Written by the team: a short invented article, tokenized as the SemEval-2015 CAT files are.
SENTENCES = [
    "Acme opens plant in Ohio",
    "March 4 , 2021",
    "Acme Corp. opened a plant in Ohio yesterday , the company said .",
    "The firm was founded in 1990 by two engineers .",
    'It employs 500 workers and makes " smart " kettles .',
    "Its shares rose sharply in 2019 .",
]
TIMELINE = """Acme
0\tXXXX-XX-XX\tdemo-4-employs
1\t1990\tdemo-3-founded
2\t2019-06-XX\tdemo-5-rose
3\t2021-03-03\tdemo-2-opened\tdemo-2-said
4\t2021-03-04\tdemo-4-makes
5\t2021-03-03\tdemo-9-closed
"""


def cat_xml(sentences: list[str], *, doc_id: str = "demo", dct: str = "2021-03-04") -> str:
    """Write sentences as a CAT XML document: one <token> a word, numbered across the document."""
    tokens, number = [], 0
    for sentence, words in enumerate(sentences):
        for word in words.split():
            word = word.replace('"', "&quot;")
            attrs = f'number="{number}" sentence="{sentence}" t_id="{number + 1}"'
            tokens.append(f"<token {attrs}>{word}</token>")
            number += 1
    return (
        f'<?xml version="1.0" ?><Document doc_id="{doc_id}" doc_name="{doc_id}-demo">\n' + "\n".join(tokens)
        + f'\n<Markables>\n<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="{dct}">'
        + "\n</TIMEX3>\n</Markables>\n</Document>\n"
    )  # fmt: skip


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "documents").mkdir()
    (tmp_path / "timelines").mkdir()
    (tmp_path / "documents" / "demo-Acme.xml").write_text(cat_xml(SENTENCES), encoding="utf-8")
    (tmp_path / "timelines" / "acme.txt").write_text(TIMELINE, encoding="utf-8")
    return tmp_path


DETOKENIZE_CASES = [
    (["Acme , Inc . said so ."], "Acme, Inc. said so.", "punctuation"),
    (["Acme 's plant"], "Acme's plant", "possessive"),
    (["Jobs ' health"], "Jobs' health", "plural-possessive"),
    (["we ' re here"], "we're here", "split-clitic"),
    (["at $ 149 / £ 99 ( tax ) ."], "at $149/£99 (tax).", "currency-slash-brackets"),
    (['he said " stop it " and left'], 'he said "stop it" and left', "quotes"),
    (["Title", "May 1 , 2020", "One .", "Two ."], "Title\n\nMay 1, 2020\n\nOne. Two.", "paragraphs"),
    (["T", "D", 'He said " stop .', 'Go now . "', "He left ."], 'T\n\nD\n\nHe said "stop. Go now." He left.',
     "quote-over-two-sentences"),
    (["T", "D", 'He said " stop .', '" He left .'], 'T\n\nD\n\nHe said "stop." He left.',
     "sentence-opens-with-a-closing-quote"),
]


@pytest.mark.parametrize(("sentences", "text"), [c[:2] for c in DETOKENIZE_CASES],
                         ids=[c[2] for c in DETOKENIZE_CASES])  # fmt: skip
def test_detokenize_rebuilds_text_and_keeps_each_token_span(sentences, text):
    tokenized = [sentence.split() for sentence in sentences]
    built, spans = detokenize(tokenized)
    assert built == text
    assert [[built[start:end] for start, end in own] for own in spans] == tokenized


GOLD_VALUE_CASES = [
    ("1955-02-24", "1955-02-24", "day"),
    ("2007-09-XX", "2007-09", "month"),
    ("2010-XX-XX", "2010", "year-of-day-shape"),
    ("1976", "1976", "year"),
    ("XXXX-XX-XX", None, "undated"),
    ("XXX-XX-XX", None, "malformed-undated"),
]


@pytest.mark.parametrize(("date", "value"), [c[:2] for c in GOLD_VALUE_CASES],
                         ids=[c[2] for c in GOLD_VALUE_CASES])  # fmt: skip
def test_gold_value(date, value):
    assert gold_value(date) == value


def test_read_cat_rebuilds_the_text_and_the_creation_date(folder):
    document = read_cat(folder / "documents" / "demo-Acme.xml")
    assert document.id == "demo" and str(document.dct) == "2021-03-04"
    assert document.text.startswith("Acme opens plant in Ohio\n\nMarch 4, 2021\n\nAcme Corp. opened")
    assert 'makes "smart" kettles. Its shares' in document.text
    assert all(document.text[t.start : t.end] == t.word for t in document.tokens)
    assert [t.word for t in document.sentence(5)] == "Its shares rose sharply in 2019 .".split()


def test_read_cat_refuses_a_file_that_is_not_cat(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<TimeML><TEXT>x</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match="not a CAT XML file"):
        read_cat(path)


def test_read_timeline_gives_one_mention_per_id(folder):
    mentions = read_timeline(folder / "timelines" / "acme.txt")
    assert [(m.order, m.date, m.id) for m in mentions[2:5]] == [
        (2, "2019-06", "demo-5-rose"), (3, "2021-03-03", "demo-2-opened"), (3, "2021-03-03", "demo-2-said"),
    ]  # fmt: skip
    assert mentions[0].date is None and {m.timeline for m in mentions} == {"acme"}


@pytest.mark.parametrize("line", ["1\t1990", "one\t1990\tdemo-3-founded", "1\t1990\tfounded"],
                         ids=["no-mention", "no-order", "no-sentence"])  # fmt: skip
def test_read_timeline_refuses_a_malformed_line(tmp_path, line):
    path = tmp_path / "bad.txt"
    path.write_text(f"Entity\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt:2"):
        read_timeline(path)


def mention(words: str, sentence: int = 0, date: str | None = "2020") -> GoldMention:
    return GoldMention("demo", 1, date, "demo", sentence, tuple(words.split("_")))


LOCATE_CASES = [
    ("the cat saw the dog", "saw", [(8, 11)], "one-word"),
    ("the cat saw the dog", "The", [(0, 3), (12, 15)], "twice-any-case"),
    ("he took the day off and took notes", "took_notes", [(24, 34)], "multi-word-prefers-whole"),
    ("he took the day off", "took_off", [(3, 7)], "discontinuous-first-word"),
    ("the cat saw the dog", "ran", [], "absent"),
]


@pytest.mark.parametrize(("sentence", "words", "spans"), [c[:3] for c in LOCATE_CASES],
                         ids=[c[3] for c in LOCATE_CASES])  # fmt: skip
def test_locate(tmp_path, sentence, words, spans):
    path = tmp_path / "one.xml"
    path.write_text(cat_xml([sentence]), encoding="utf-8")
    assert locate(read_cat(path), mention(words)) == spans


def event(value: str, start: int, end: int, *, document: str = "demo", mod: str | None = None) -> Event:
    first, last, granularity = interval(value, mod)
    when = When(value=value, start=first, end=last, granularity=granularity, mod=mod)
    evidence = Evidence(document=document, start=start, end=end, text="x" * (end - start))
    return Event(id=f"{value}-{start}", title=value, when=when, evidence=[evidence])


MATCH_CASES = [
    ("2010-06-07", "2010-06-07", (True, True), "same-day"),
    ("2010-06-07T10:00", "2010-06-07", (True, True), "time-of-that-day"),
    ("2010-06-08", "2010-06-07", (False, False), "next-day"),
    ("2010-W23", "2010-06-07", (False, True), "week-holds-day"),
    ("2010", "2010-06-07", (False, True), "year-holds-day"),
    ("2007-09-05", "2007-09", (False, True), "day-inside-coarser-gold"),
    ("2007-09", "2007-09", (True, True), "same-month"),
    ("2009", "2010", (False, False), "other-year"),
    ("2010-06", "2010-05-31", (False, False), "month-after-day"),
]


@pytest.mark.parametrize(("value", "gold", "expected"), [c[:3] for c in MATCH_CASES],
                         ids=[c[3] for c in MATCH_CASES])  # fmt: skip
def test_date_matches(value, gold, expected):
    assert date_matches(event(value, 0, 10), gold) == expected


PLACE_CASES = [
    ([event("2020", 0, 50), event("2019", 10, 30)], "2019", "narrowest-evidence-wins"),
    ([event("2020", 0, 50), event("2019", 30, 40)], "2020", "outside-the-narrower-one"),
    ([event("2019", 0, 50, document="other"), event("2020", 0, 50)], "2020", "other-document-ignored"),
    ([event("2019", 21, 50)], None, "mention-straddles-the-start"),
]


@pytest.mark.parametrize(("extracted", "value"), [c[:2] for c in PLACE_CASES],
                         ids=[c[2] for c in PLACE_CASES])  # fmt: skip
def test_place(extracted, value):
    placed = place([(20, 25)], extracted, "demo")
    assert (placed.when.value if placed else None) == value


def test_score_mentions_counts_each_figure(folder):
    documents = {"demo": read_cat(folder / "documents" / "demo-Acme.xml")}
    text = documents["demo"].text
    start = text.index("The firm")
    mentions = [
        mention("founded", 3, "1990"), mention("rose", 5, "2019"), mention("employs", 4, None),
        mention("makes", 4, "2021-03-04"), mention("gone", 5, "2019"),
    ]  # fmt: skip
    later = text.index("It ")
    extracted = {"demo": [event("1991", start, text.index("Its")), event("2019", later, len(text))]}
    summary = score_mentions(mentions, documents, extracted).summary()
    assert {k: summary[k] for k in ("mentions", "unlocated", "dated", "covered", "exact", "lenient")} == {
        "mentions": 5, "unlocated": 1, "dated": 3, "covered": 3, "exact": 1, "lenient": 1,
    }  # fmt: skip
    assert (summary["undated"], summary["undated_placed"], summary["undated_rate"]) == (1, 1, 1.0)
    assert summary["recall_exact"] == round(1 / 3, 4) and summary["accuracy_lenient"] == round(1 / 3, 4)
    # founded 1990 < rose 2019 < makes 2021-03-04 in gold; ours: 1991, 2019, 2019: one pair reversed-or-tied
    assert (summary["order_pairs"], summary["order_agree"]) == (3, 2)


def test_score_folder_with_a_fixed_tagger(folder):
    scores = score_folder(folder, tagger=fake_tagger.tag)
    summary = scores.summary()
    assert {k: summary[k] for k in ("mentions", "unlocated", "dated", "covered", "exact", "lenient")} == {
        "mentions": 7, "unlocated": 1, "dated": 5, "covered": 4, "exact": 3, "lenient": 4,
    }  # fmt: skip
    assert (summary["undated"], summary["undated_placed"]) == (1, 0)
    assert (summary["order_pairs"], summary["order_agree"]) == (5, 5)
    kinds = sorted(line.split()[0] for line in misses(scores))
    assert kinds == ["lenient", "unlocated", "unplaced"]


def test_score_timeline_folders_adds_a_total(folder, tmp_path_factory):
    other = tmp_path_factory.mktemp("second")
    for part in ("documents", "timelines"):
        (other / part).mkdir()
        for path in (folder / part).iterdir():
            (other / part / path.name).write_bytes(path.read_bytes())
    results = score_timeline_folders([folder, other], tagger=fake_tagger.tag)
    assert list(results) == [folder.name, other.name, "total"]
    assert results["total"].summary()["dated"] == 2 * results[folder.name].summary()["dated"] == 10


def test_evaluate_timelines_command(folder):
    result = CliRunner().invoke(cli.main, ["evaluate", "--timelines", "--json", str(folder)])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)[folder.name]
    assert summary["dated"] == 5 and summary["unlocated"] == 1
    assert 0 <= summary["recall_exact"] <= summary["recall_lenient"] <= summary["coverage"] <= 1


def test_evaluate_timelines_command_lists_misses_and_a_table(folder):
    result = CliRunner().invoke(cli.main, ["evaluate", "--timelines", "--errors", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("unlocated") and "demo-9-closed" in line for line in lines)
    assert lines[-2].split()[:3] == ["corpus", "dated", "covered"]
    assert lines[-1].split()[:2] == [folder.name, "5"]


def test_evaluate_timelines_command_refuses_a_folder_without_timelines(tmp_path):
    result = CliRunner().invoke(cli.main, ["evaluate", "--timelines", str(tmp_path)])
    assert result.exit_code == 1
    assert "documents/" in result.output and "Traceback" not in result.output


# Measured on the SemEval-2015 Task 4 trial data (30 documents, 6 timelines); floors are figure - 0.01.
# Coverage 111 of 163 since a present sentence no longer goes on with an old episode: the two mentions it
# no longer places were both dated wrong (recall unchanged, accuracy up).
FLOORS = {"recall_exact": 0.3129, "recall_lenient": 0.3804, "accuracy_exact": 0.4513,
          "accuracy_lenient": 0.5487, "coverage": 0.6810, "order_agreement": 0.7770}  # fmt: skip


def test_semeval_timelines_meet_the_floors(corpora):
    folder = corpora / "semeval2015-timeline-trial"
    if not folder.is_dir():
        pytest.skip("semeval2015-timeline-trial is absent from the corpora")
    summary = score_folder(folder).summary()
    counts = (summary["mentions"], summary["unlocated"], summary["dated"], summary["undated"])
    assert counts == (197, 1, 163, 33)
    for name, figure in FLOORS.items():
        assert summary[name] >= figure - 0.01, (name, summary[name])
    # 20 of the 33 mentions the gold leaves undated get a date (19 before session 22's episodes: a sentence
    # that goes on with a dated episode now joins it more often, which raised anchored-event recall)
    assert summary["undated_rate"] <= 0.6061 + 0.01
