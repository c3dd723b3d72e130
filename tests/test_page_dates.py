"""A saved page's date: the one its markup declares, else its own "Published" line, and only then a date
htmldate found in its words (a print view's "Printed on 24/08/2024" is no publication date). A print view's
title is its headline, without "Print:"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import dct, sources
from timeline.html_date_blocks import DATE_HOLDERS
from timeline.htmltext import DATE_MARKUP, PRINT_TITLES, read_page

D = dt.date
BODY = (
    "<p>The harbour board on Monday approved a new levy on cruise ships, to start in the spring.</p>"
    "<p>Ship owners said they would appeal the decision before the regional court.</p>"
)


def page(head: str = "", top: str = "", bottom: str = "") -> str:
    return (f"<html><head><title>Print: Board approves cruise levy</title>{head}</head><body>"
            f"<div class='print-header'>Tallis Gazette, printer-friendly version</div>"
            f"<h2>Board approves cruise levy</h2>{top}{BODY}{bottom}</body></html>")  # fmt: skip


LINKED = '<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{date}"}}</script>'
PRINTED = "<p class='print-footer'>Printed from https://tallis.example/news/levy on 24/08/2024</p>"
# (id, file name, page, (date, where it came from))
CASES = [
    ("print-view-published-line", "levy.html",
     page(top="<p>Published: Tuesday, February 6, 2024</p>", bottom=PRINTED), (D(2024, 2, 6), "dateline")),
    ("printed-date-alone-is-a-last-resort", "levy.html", page(bottom=PRINTED), (D(2024, 8, 24), "metadata")),
    ("file-name-before-a-guess", "2024-02-06-levy.html", page(bottom=PRINTED), (D(2024, 2, 6), "filename")),
    ("meta-tag-over-printed-date", "levy.html",
     page('<meta property="article:published_time" content="2024-02-06T08:00:00+10:00">', bottom=PRINTED),
     (D(2024, 2, 6), "metadata")),
    ("json-ld-over-printed-date", "levy.html",
     page(LINKED.format(date="2024-02-06"), bottom=PRINTED), (D(2024, 2, 6), "metadata")),
    ("time-element-over-printed-date", "levy.html",
     page(top='<time datetime="2024-02-06T08:00:00+10:00">6 February 2024</time>', bottom=PRINTED),
     (D(2024, 2, 6), "metadata")),
    ("byline-bar-published", "levy.html",
     page(top="<p>By Ana Ruiz | Published 3:45 PM EDT Feb 6, 2024</p>"), (D(2024, 2, 6), "dateline")),
    ("no-date-at-all", "levy.html", page(), (None, "none")),
]  # fmt: skip


@pytest.mark.parametrize(("name", "html", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_page_is_dated_by_what_it_declares_before_a_date_in_its_words(tmp_path: Path, name, html, expected):
    (tmp_path / name).write_text(html, encoding="utf-8")
    problems: list[sources.Problem] = []
    (document,) = sources.read([str(tmp_path / name)], on_problem=problems.append)
    assert (document.date, document.date_source) == expected
    said = [p.message for p in problems if "by a date in its words" in p.message]
    guessed = expected == (D(2024, 8, 24), "metadata")  # the one case dated by a guess says so
    assert said == ([
        "dated 2024-08-24 by a date in its words (its markup gives none, nor a 'Published' line): check it, "
        "or give its date in levy.meta.json"] if guessed else [])


@pytest.mark.parametrize(("tag", "example"), DATE_MARKUP, ids=[tag for tag, _ in DATE_MARKUP])
def test_every_date_markup_row_dates_a_page_over_a_printed_date(tag: str, example: str) -> None:
    found = read_page(page(head=example if tag == "script" else "", top="" if tag == "script" else example,
                           bottom=PRINTED))  # fmt: skip
    assert (found.date, found.guessed) == (D(2025, 10, 25), None)


# (a page's "Published" line as sites and print views write it, the date)
PUBLISHED_LINES = [
    ("Published: Saturday, October 25, 2025", D(2025, 10, 25)),
    ("Published on Sat. October 25, 2025", D(2025, 10, 25)),
    ("By Ana Ruiz | Published 3:45 PM EDT Oct 25, 2025", D(2025, 10, 25)),
    ("Updated: 26 October 2025 10:00 BST | Published: 25 October 2025", D(2025, 10, 25)),
    ("Ana Ruiz \u00b7 Posted 25 October 2025", D(2025, 10, 25)),
    ("Updated: 26 October 2025", None),  # the day it was updated is no publication date
    ("Planned: 25 October 2025 | Vote", None),
]


@pytest.mark.parametrize(("line", "date"), PUBLISHED_LINES, ids=[line for line, _ in PUBLISHED_LINES])
def test_a_published_line_gives_the_date(line: str, date) -> None:
    assert dct.find_dateline(f"Board approves cruise levy\n{line}\nThe board met on Monday.")[0] == date


# (a page's <title>, the document's title): the print view's words before the headline go, others stay
PRINT_TITLE_CASES = [
    *[(example, "Strike talks resume") for _, example in PRINT_TITLES],
    ("Printing presses: a history", "Printing presses: a history"),
    ("Print shop closes after 90 years", "Print shop closes after 90 years"),
    ("Print: Tolls rise on A&amp;B bridge", "Tolls rise on A&B bridge"),
]


@pytest.mark.parametrize(("title", "expected"), PRINT_TITLE_CASES, ids=[t for t, _ in PRINT_TITLE_CASES])
def test_a_print_view_is_titled_by_its_headline(title: str, expected: str) -> None:
    html = page().replace("Print: Board approves cruise levy", title)
    assert read_page(html).title == expected


ARTICLE = ("<html><head><title>Board approves cruise levy</title></head><body><nav>Home | News</nav>"
           "<header class='article-header'><h1>Board approves cruise levy</h1>{block}</header>"
           "<article>" + BODY + "</article>{bottom}<footer>Tallis Gazette</footer></body></html>")


@pytest.mark.parametrize(("word", "example"), DATE_HOLDERS, ids=[word for word, _ in DATE_HOLDERS])
def test_a_date_block_outside_the_body_is_declared(tmp_path: Path, word: str, example: str):
    # the article extractor drops the header's byline or date line: its date is still the page's, no guess
    (tmp_path / "levy.html").write_text(ARTICLE.format(block=example, bottom=""), encoding="utf-8")
    problems: list[sources.Problem] = []
    (document,) = sources.read([str(tmp_path / "levy.html")], on_problem=problems.append)
    assert (document.date, document.date_source) == (D(2026, 3, 5), "metadata")
    assert not [p for p in problems if "by a date in its words" in p.message]


# (id, a block below the article whose date is no publication date): still a guess, said
NOT_DECLARED = [
    ("reader-comment", "<div class='comments'><p class='comment-date'>March 6, 2026 at 9:14 pm</p></div>"),
    ("print-footer", "<p class='print-footer'>Printed from tallis.example on 06/03/2026</p>"),
    ("updated-line", "<div class='article-date'>Updated 6 March 2026</div>"),
]


@pytest.mark.parametrize("block", [b for _, b in NOT_DECLARED], ids=[i for i, _ in NOT_DECLARED])
def test_a_readers_comment_or_print_date_stays_a_guess(block: str) -> None:
    found = read_page(ARTICLE.format(block="", bottom=block))
    assert (found.date, found.guessed) == (None, D(2026, 3, 6))
