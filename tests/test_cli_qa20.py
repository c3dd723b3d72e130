"""A demanding user's day, round 20: a broken sidecar says what to do, a news API's mark of a text cut short
is no part of the article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import cli

ARTICLE = "The plant closed on Tuesday, the company said."

# (id, the sidecar's content, what the warning says): the article is skipped, and the warning says so and
# what to do, instead of naming only the JSON error.
SIDECARS = [
    ("not-json", '{"date": ',
     "cannot read its metadata file story.meta.json (Expecting value: line 2 column 1 (char 10)), skipped: "
     "correct the JSON or delete it"),
    ("not-an-object", "[1]",
     'its metadata file story.meta.json must hold a JSON object ({"date": "2025-10-25"}), skipped'),
]  # fmt: skip


@pytest.mark.parametrize(("sidecar", "said"), [c[1:] for c in SIDECARS], ids=[c[0] for c in SIDECARS])
def test_a_broken_sidecar_skips_its_article_and_says_what_to_do(tmp_path: Path, sidecar: str, said: str):
    (tmp_path / "story.txt").write_text(ARTICLE + "\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(sidecar + "\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("The mine reopened on 3 May 2026.\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", str(tmp_path), "-o", str(tmp_path / "t.json")])
    assert result.exit_code == 0, result.output
    assert f"story.txt: {said}\n" in result.stderr
    documents = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["documents"]
    assert [d["id"] for d in documents] == ["other"]


# (id, the article's text in a news API's export, the text read): NewsAPI ends a "content" it cut short with
# "[+N chars]", which is neither the article's words nor a sentence of it.
CUT_SHORT = [
    ("newsapi-content", ARTICLE + " Workers… [+2170 chars]", ARTICLE + " Workers…"),
    ("mark-alone-after-a-sentence", ARTICLE + " [+12 chars]", ARTICLE),
    ("words-in-brackets-kept", ARTICLE + " [+2 more]", ARTICLE + " [+2 more]"),
    ("mark-inside-the-text-kept", "[+5 chars] " + ARTICLE, "[+5 chars] " + ARTICLE),
]


@pytest.mark.parametrize(("content", "text"), [c[1:] for c in CUT_SHORT], ids=[c[0] for c in CUT_SHORT])
def test_a_news_apis_mark_of_a_text_cut_short_is_left_out(tmp_path: Path, content: str, text: str):
    export = {"status": "ok", "articles": [
        {"title": "Plant closes", "publishedAt": "2026-04-02T10:00:00Z", "content": content,
         "source": {"name": "Wire X"}},
    ]}  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(path), "--text", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["text"] == text
    assert [(t["text"], t["value"]) for t in record["timexes"]] == [("Tuesday", "2026-03-31")]
    result = CliRunner().invoke(cli.main, ["extract", str(path), "-o", "-"])
    (event,) = json.loads(result.stdout)["events"]
    assert event["description"] in text and ("chars]" in event["description"]) == ("chars]" in text)


# (id, `timeline edit` options in the first file, in the second, the note's end, None when nothing is
# left out): merging two files where one event was edited by hand differently keeps the first file's version
# and names the other, so that no edit is left out unseen.
DIFFERING = [
    ("titles-differ", ["--title", "Edit A"], ["--title", "Edit B"],
     '"Edit A" (2026-02-09), not "Edit B" (2026-02-09)'),
    ("dates-differ", ["--tag", "strike"], ["--tag", "strike", "--date", "10 February 2026"],
     '"Tram drivers walked out" (2026-02-09), not "Tram drivers walked out" (2026-02-10)'),
    ("same-edit-twice", ["--title", "Edit A"], ["--title", "Edit A"], None),
    ("edited-in-one-only", ["--title", "Edit A"], None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "said"), [c[1:] for c in DIFFERING], ids=[c[0] for c in DIFFERING]
)
def test_merging_two_different_edits_of_one_event_names_the_one_left_out(tmp_path: Path, first, second, said):
    article = tmp_path / "2026-02-10-strike.txt"
    article.write_text(
        "Tram strike\n\nTram drivers walked out on Monday, the union said.\n", encoding="utf-8"
    )
    runner = CliRunner()
    one, two = tmp_path / "a.json", tmp_path / "b.json"
    assert runner.invoke(cli.main, ["extract", str(article), "-o", str(one)]).exit_code == 0
    two.write_bytes(one.read_bytes())
    (event,) = json.loads(one.read_text(encoding="utf-8"))["events"]
    for path, options in ((one, first), (two, second)):
        if options:
            result = runner.invoke(cli.main, ["edit", str(path), event["id"], *options])
            assert result.exit_code == 0, result.output
    for output in ("-", str(tmp_path / "both.json")):
        result = runner.invoke(cli.main, ["merge", str(one), str(two), "-o", output])
        assert result.exit_code == 0, result.output
        noted = [line for line in result.stderr.splitlines() if "edited by hand differently" in line]
        if said is None:
            assert noted == []
        else:
            assert noted == [
                "1 event edited by hand differently in two files: the first file's version kept (`timeline "
                f"edit ID` changes it): {event['id']} {said}"
            ]


# (id, a Markdown file, its title, date and text as read, is the user warned): front matter that opens
# and never closes was read as the article's text without a word; one closed on the file's last line without
# a line end was not read at all.
FRONT_MATTER = [
    ("closed", "---\ntitle: Vote\ndate: 2026-01-05\n---\nThe vote was held on Monday.\n",
     "Vote", "2026-01-05", "The vote was held on Monday.\n", False),
    ("never-closed", "---\ntitle: Vote\ndate: 2026-01-05\nThe vote was held on Monday.\n",
     None, None, "---\ntitle: Vote\ndate: 2026-01-05\nThe vote was held on Monday.\n", True),
    ("never-closed-crlf", "---\r\ntitle: Vote\r\nThe vote was held.\r\n",
     None, None, "---\r\ntitle: Vote\r\nThe vote was held.\r\n", True),
    ("closed-on-the-last-line-without-a-line-end", "---\ntitle: Vote\ndate: 2026-01-05\n---",
     "Vote", "2026-01-05", "", False),
    ("a-rule-at-the-top-is-no-front-matter", "---\n\nThe vote was held on Monday.\n",
     None, None, "---\n\nThe vote was held on Monday.\n", False),
    ("rules-at-both-ends-keep-the-text-between", "---\n\nThe vote was held on Monday.\n---",
     None, None, "---\n\nThe vote was held on Monday.\n---", False),
]  # fmt: skip


@pytest.mark.parametrize(("content", "title", "date", "text", "warned"), [c[1:] for c in FRONT_MATTER],
                         ids=[c[0] for c in FRONT_MATTER])  # fmt: skip
def test_front_matter_never_closed_is_said(tmp_path: Path, content, title, date, text, warned):
    (tmp_path / "vote.md").write_bytes(content.encode("utf-8"))
    out = tmp_path / "t.json"
    result = CliRunner().invoke(cli.main, ["extract", str(tmp_path / "vote.md"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (document,) = json.loads(out.read_text(encoding="utf-8"))["documents"]
    assert (document["title"] if title else None, document["date"], document["text"]) == (title, date, text)
    said = "vote.md: its front matter (from the first ---) is never closed, so it is read as text: end it"
    assert (said in result.stderr) == warned, result.stderr


# (id, build's -o, is it refused): -o of build names a folder; a file's name made a folder "t.json" holding
# timeline.json and timeline.html. A folder already there of any name is written into.
BUILD_OUTPUTS = [
    ("a-json-file-name", "t.json", True),
    ("a-page-name", "Timeline.HTML", True),
    ("a-folder", "out", False),
    ("a-folder-already-there-named-like-a-file", "made.json", False),
]


@pytest.mark.parametrize(
    ("output", "refused"), [c[1:] for c in BUILD_OUTPUTS], ids=[c[0] for c in BUILD_OUTPUTS]
)
def test_build_refuses_a_file_name_for_its_folder(tmp_path: Path, output: str, refused: bool):
    article = tmp_path / "2026-02-10-strike.txt"
    article.write_text("Tram drivers walked out on Monday, the union said.\n", encoding="utf-8")
    (tmp_path / "made.json").mkdir()
    result = CliRunner().invoke(cli.main, ["build", str(article), "-o", str(tmp_path / output)])
    assert result.exit_code == (2 if refused else 0), result.output
    assert (tmp_path / output / "timeline.json").is_file() != refused
    if refused:
        assert not (tmp_path / output).exists()
        assert f"`timeline extract -o {tmp_path / output}` writes one timeline file" in result.stderr


# (id, the "id" of each JSON line, the documents' ids in the file): a repeated id was kept for both
# documents, and the file, which keeps one document an id, held the later one's text under the evidence of
# the earlier one ("The dam burst on Monday." sliced "The mine closed on Tuesd").
REPEATED_IDS = [
    ("twice", ["a", "a"], ["a", "a-2"]),
    ("three-times", ["a", "a", "a"], ["a", "a-2", "a-3"]),
    ("the-free-id-taken-already", ["a", "a-2", "a"], ["a", "a-2", "a-3"]),
    ("no-repeat", ["a", "b"], ["a", "b"]),
]


@pytest.mark.parametrize(
    ("ids", "documents"), [c[1:] for c in REPEATED_IDS], ids=[c[0] for c in REPEATED_IDS]
)
def test_a_repeated_document_id_keeps_each_documents_evidence_in_its_own_text(tmp_path: Path, ids, documents):
    sentences = ["The dam burst on Monday.", "The mine closed on Tuesday.", "The port reopened on Friday."]
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": i, "date": "2026-02-05", "text": s} for i, s in zip(ids, sentences, strict=False)]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "t.json"
    for _ in range(2):  # extracted again into the file: the same ids, nothing new, nothing gone
        result = CliRunner().invoke(
            cli.main, ["extract", str(feed), "--into" if out.exists() else "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        saved = json.loads(out.read_text(encoding="utf-8"))
        texts = {d["id"]: d["text"] for d in saved["documents"]}
        assert sorted(texts) == documents
        evidence = [v for e in saved["events"] for v in e["evidence"]]
        assert sorted((v["document"], v["text"]) for v in evidence) == sorted(
            zip(documents, sentences, strict=False)
        )
        assert all(texts[v["document"]][v["start"] : v["end"]] == v["text"] for v in evidence)
    assert "no event added or gone" in result.stderr


# (id, --min-confidence of the second extraction, what the note on the file says): events the threshold
# left out were said to be "gone (merged with another copy of the statement, or no longer found)".
WEAK_GONE = [
    ("threshold-leaves-out-the-chained-one", "0.9",
     "compared with the file before: 2 left out by --min-confidence (extracted again without it, they come "
     "back); 1 event kept its id"),
    ("no-threshold", None, "compared with the file before: no event added or gone (3 events)"),
]  # fmt: skip


@pytest.mark.parametrize(("threshold", "said"), [c[1:] for c in WEAK_GONE], ids=[c[0] for c in WEAK_GONE])
def test_events_left_out_by_min_confidence_are_not_said_to_be_lost(tmp_path: Path, threshold, said):
    article = tmp_path / "2026-05-20-flood.txt"
    article.write_text(
        "Flood waters recede\n\nThe river peaked on 17 May 2026. The dam was built in 1911. "
        "It burst a day later, officials said on Tuesday.\n",
        encoding="utf-8",
    )
    out = tmp_path / "t.json"
    assert CliRunner().invoke(cli.main, ["extract", str(article), "-o", str(out)]).exit_code == 0
    again = ["--min-confidence", threshold] if threshold else []
    result = CliRunner().invoke(cli.main, ["extract", str(article), "--into", str(out), *again])
    assert result.exit_code == 0, result.output
    assert said in result.stderr.splitlines()


FOLDED_ARTICLE = (
    "Zürich: Streik endet\n\nTram drivers in Zürich walked out on 9 February 2026. The São Paulo office "
    "closed on 10 February 2026. STRASSE closures began on 11 February 2026.\n"
)
# (id, list options, the titles listed): a reader types a name without its accents ("zurich", "sao paulo");
# case and accents aside, the query and --document find it, and a query with accents still finds them.
FOLDED = [
    ("query-without-accents", ["--query", "zurich"], ["Tram drivers in Zürich walked out"]),
    ("query-two-words", ["--query", "sao paulo"], ["The São Paulo office closed"]),
    ("query-with-accents", ["--query", "SÃO"], ["The São Paulo office closed"]),
    ("sharp-s-folds-to-ss", ["--query", "straße"], ["STRASSE closures began"]),
    ("document-title-without-accents", ["--document", "zurich: streik"],
     ["Tram drivers in Zürich walked out", "The São Paulo office closed", "STRASSE closures began"]),
]  # fmt: skip


@pytest.mark.parametrize(("options", "titles"), [c[1:] for c in FOLDED], ids=[c[0] for c in FOLDED])
def test_list_finds_names_typed_without_their_accents(tmp_path: Path, options, titles):
    article = tmp_path / "2026-02-12-strike.md"
    article.write_text(FOLDED_ARTICLE, encoding="utf-8")
    out = tmp_path / "t.json"
    assert CliRunner().invoke(cli.main, ["extract", str(article), "-o", str(out)]).exit_code == 0
    result = CliRunner().invoke(cli.main, ["export", str(out), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    assert [e["title"] for e in json.loads(result.stdout)["events"]] == titles


LD = '<script type="application/ld+json">{}</script>'
SHELL = '<!DOCTYPE html><html><head><title>Port deal</title>{}</head><body><div id="app"></div></body></html>'
ARTICLE_BODY = "The port authority signed the deal on Monday. Work starts in April."
NEWS = {"@type": "NewsArticle", "datePublished": "2026-03-10T09:00:00+01:00", "articleBody": ARTICLE_BODY}
# (id, the page, the text read, or None when the page is skipped): a page whose script draws the article (an
# app shell saved before it ran) was skipped as holding no text, though its linked data carried the article.
SHELLS = [
    ("linked-data-body", SHELL.format(LD.format(json.dumps(NEWS))), ARTICLE_BODY),
    ("linked-data-graph", SHELL.format(LD.format(json.dumps({"@graph": [{"@type": "WebSite"}, NEWS]}))),
     ARTICLE_BODY),
    ("entities-in-the-body",
     SHELL.format(LD.format(json.dumps({**NEWS, "articleBody": "Caf&eacute; shut on Monday."}))),
     "Café shut on Monday."),
    ("no-body-no-text", SHELL.format(LD.format(json.dumps({"@type": "NewsArticle"}))), None),
    ("broken-linked-data", SHELL.format(LD.format('{"articleBody": "x"')), None),
]  # fmt: skip


@pytest.mark.parametrize(("page", "text"), [c[1:] for c in SHELLS], ids=[c[0] for c in SHELLS])
def test_a_page_drawn_by_its_script_is_read_from_its_linked_data(tmp_path: Path, page: str, text: str | None):
    path = tmp_path / "port.html"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["tag", str(path), "--text", "--format", "jsonl"])
    if text is None:
        assert (
            result.exit_code == 1
            and "port.html: no article text found in this page, skipped" in result.stderr
        )
        return
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["text"] == text
    assert all(record["text"][t["start"] : t["end"]] == t["text"] for t in record["timexes"])


# (id, edit options on an event tagged "strike", the tags after, the message): --untag takes a tag in any
# case, as `list --tag` finds it, and one the event does not carry is said with the tags it carries.
UNTAGS = [
    ("untag-in-another-case", ["--untag", "Strike"], [], "edited "),
    ("untag-absent", ["--untag", "strikes"], ["strike"], "it has no tag 'strikes' (its tags: strike)"),
    ("tag-and-untag-absent", ["--tag", "strike", "--untag", "lockout"], ["strike"],
     "it has no tag 'lockout' (its tags: strike)"),
]  # fmt: skip


@pytest.mark.parametrize(("options", "tags", "said"), [c[1:] for c in UNTAGS], ids=[c[0] for c in UNTAGS])
def test_untag_says_which_tags_an_event_carries(tmp_path: Path, options, tags, said):
    path = tmp_path / "t.json"
    runner = CliRunner()
    result = runner.invoke(
        cli.main, ["add", str(path), "--date", "2026", "--title", "Strike", "--tag", "strike"]
    )
    (event_id,) = result.stdout.split()
    result = runner.invoke(cli.main, ["edit", str(path), event_id, *options])
    assert result.exit_code == 0, result.output
    assert said in result.stderr
    assert json.loads(path.read_text(encoding="utf-8"))["events"][0]["tags"] == tags


# (id, the title typed, the title kept): a title is one line, whatever was pasted.
TITLES = [
    ("line-break", "Council votes\nto close the bridge", "Council votes to close the bridge"),
    ("tab-and-spaces", "Council\tvotes   again ", "Council votes again"),
    ("plain", "Council votes", "Council votes"),
]


@pytest.mark.parametrize(("typed", "kept"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_a_title_typed_over_several_lines_is_one_line(tmp_path: Path, typed: str, kept: str):
    path = tmp_path / "t.json"
    runner = CliRunner()
    result = runner.invoke(cli.main, ["add", str(path), "--date", "2026", "--title", typed])
    assert result.exit_code == 0, result.output
    assert json.loads(path.read_text(encoding="utf-8"))["events"][0]["title"] == kept
    (event_id,) = result.stdout.split()
    result = runner.invoke(cli.main, ["edit", str(path), event_id, "--title", f"Now {typed}"])
    assert result.exit_code == 0, result.output
    assert json.loads(path.read_text(encoding="utf-8"))["events"][0]["title"] == f"Now {kept}"


MINE = (
    "Mine inquiry\n\nThe shaft collapsed on 3 March 2024. Rescuers arrived on 4 March 2024. "
    "Talks began in 2019.\n"
)
# (id, the file's new name, a file put beside it, the documents after): a file renamed to date it by its name
# (as the warning on undated documents advises) was a new document: its removed event came back, its edited
# one was there twice. A copy read in the same run is another document still.
RENAMED = [
    ("dated-by-its-name", "2024-03-05-mine.txt", None, ["mine"]),
    ("moved-to-another-name", "inquiry.txt", None, ["mine"]),
    ("a-copy-beside-it-read-too", "mine.txt", "copy.txt", ["copy", "mine"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "copy", "documents"), [c[1:] for c in RENAMED], ids=[c[0] for c in RENAMED])
def test_a_renamed_article_keeps_its_hand_work(tmp_path: Path, name: str, copy: str | None, documents):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "mine.txt").write_text(MINE, encoding="utf-8")
    out, runner = tmp_path / "t.json", CliRunner()
    assert runner.invoke(cli.main, ["extract", str(folder), "-o", str(out)]).exit_code == 0
    events = {e["title"]: e["id"] for e in json.loads(out.read_text(encoding="utf-8"))["events"]}
    assert runner.invoke(cli.main, ["remove", str(out), events["Talks began"]]).exit_code == 0
    result = runner.invoke(
        cli.main, ["edit", str(out), events["The shaft collapsed"], "--title", "Shaft falls"]
    )
    assert result.exit_code == 0, result.output
    (folder / "mine.txt").rename(folder / name)
    if copy:
        (folder / copy).write_text(MINE, encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(folder), "--into", str(out)])
    assert result.exit_code == 0, result.output
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(d["id"] for d in saved["documents"]) == documents
    titles = sorted(e["title"] for e in saved["events"])
    assert titles == ["Rescuers arrived", "Shaft falls"]
    assert saved["removed"] == [events["Talks began"]]
