"""PDF text: words broken at line ends joined, columns read one after the other; PDFs written here by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader

from tests.test_sources_formats21 import pdf_document
from timeline import sources, sources_columns, sources_hyphens
from timeline.pipeline import extract_documents


def pdf(pages: list[list[tuple]]) -> bytes:
    """Write a minimal PDF: each page's (x, y, text) drawn in the order given, in 10 pt Helvetica, or
    (x, y, text, size) in another size."""
    return pdf_document([
        " ".join(f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({text}) Tj ET" for x, y, text, size in
                 (item if len(item) == 4 else (*item, 10) for item in page))
        for page in pages
    ])  # fmt: skip


def column(lines: list[str], *, x: float = 72, top: float = 700) -> list[tuple[float, float, str]]:
    """Place lines one under the other, 14 pt apart."""
    return [(x, top - 14 * number, line) for number, line in enumerate(lines)]


def across(*columns: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Draw columns a printed row at a time, across the page, as some writers do."""
    rows = sorted({item[1] for placed in columns for item in placed}, reverse=True)
    return [item for y in rows for placed in columns for item in placed if item[1] == y]


# Widths of 10 pt Helvetica's letters, roughly, in points: (letters, width).
WIDTHS = [("fijlrt.,;:'", 2.8), ("mwMW", 8.6), ("ABCDEFGHKNOPQRSUVXYZ", 7)]


def word_by_word(placed: list[tuple[float, float, str]]) -> list[tuple[float, float, str]]:
    """Place each word of each line on its own, as some writers do."""
    width = {letter: points for letters, points in WIDTHS for letter in letters}
    words = []
    for x, y, line in placed:
        for word in line.split():
            words.append((round(x, 2), y, word))
            x += sum(width.get(letter, 5.6) for letter in word) + 4
    return words


def read(tmp_path, pages) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf(pages))
    (document,) = sources.read([path])
    return document.text


# Lines of one page ending in a hyphen: (id, lines, text read).
HYPHENS = [
    ("broken-word-joined",
     ["The union said that the long negoti-", "ations with the port would resume soon."],
     "The union said that the long negotiations with the port would resume soon."),
    ("compound-second-part-kept",
     ["The harbour master, a figure well-", "known along the coast, retired on Friday."],
     "The harbour master, a figure well-known along the coast, retired on Friday."),
    ("compound-first-part-kept",
     ["The council lifted the strict self-", "imposed limit on berths last spring."],
     "The council lifted the strict self-imposed limit on berths last spring."),
    ("numeral-compound-kept",
     ["The quay had stood for about twenty-", "seven years before the storm hit it."],
     "The quay had stood for about twenty-seven years before the storm hit it."),
    ("short-second-part-kept",
     ["The inspectors promised a quick follow-", "up on the cracks found in the old wall."],
     "The inspectors promised a quick follow-up on the cracks found in the old wall."),
    ("one-letter-first-part-kept",
     ["The harbour office sent a long e-", "mail about the new timetable on Monday."],
     "The harbour office sent a long e-mail about the new timetable on Monday."),
    ("capital-after-kept",
     ["Dredging is planned for the period from mid-", "March to the end of the summer season."],
     "Dredging is planned for the period from mid-March to the end of the summer season."),
    ("digits-after-kept",
     ["The ferry stayed in port for the whole COVID-", "19 lockdown and sailed again in June."],
     "The ferry stayed in port for the whole COVID-19 lockdown and sailed again in June."),
    ("document-spells-it-hyphenated",
     ["The two towns promised close co-", "operation on the ferry, and the co-operation",
      "began in earnest on Monday morning."],
     "The two towns promised close co-operation on the ferry, and the co-operation began in earnest on "
     "Monday morning."),
    ("document-spells-it-whole",
     ["The new clinic at the port cares for the well-", "being of the crews; their wellbeing comes",
      "first, the harbour master said on Monday."],
     "The new clinic at the port cares for the wellbeing of the crews; their wellbeing comes first, the "
     "harbour master said on Monday."),
    ("dash-is-not-a-hyphen",
     ["The ferry sailed at dawn on Monday -", "the first crossing since the strike began."],
     "The ferry sailed at dawn on Monday - the first crossing since the strike began."),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "text"), [case[1:] for case in HYPHENS], ids=[c[0] for c in HYPHENS])
def test_line_end_hyphens(tmp_path, lines, text):
    assert read(tmp_path, [column(lines)]) == text


# The rule of `breaks_word` step by step: (id, first part, hyphen, second part, document's words, breaks).
BREAKS = [
    ("syllables", "negoti", "-", "ations", set(), True),
    ("capitalised-first-part", "Docu", "-", "ment", set(), True),
    ("soft-hyphen-always-breaks", "well", "\u00ad", "known", set(), True),
    ("unicode-hyphen-weighed", "negoti", "\u2010", "ations", set(), True),
    ("second-part-in-table", "well", "-", "known", set(), False),
    ("first-part-in-table", "self", "-", "governing", set(), False),
    ("too-short-after", "sit", "-", "in", set(), False),
    ("too-short-before", "x", "-", "ray", set(), False),
    ("document-hyphenates", "pre", "-", "war", {"pre-war"}, False),
    ("document-joins-over-table", "well", "-", "being", {"wellbeing"}, True),
    ("capital-second-part", "pan", "-", "American", set(), False),
]  # fmt: skip


@pytest.mark.parametrize(("first", "hyphen", "second", "words", "breaks"), [case[1:] for case in BREAKS],
                         ids=[c[0] for c in BREAKS])  # fmt: skip
def test_breaks_word(first, hyphen, second, words, breaks):
    assert sources_hyphens.breaks_word(first, hyphen, second, words) is breaks


def test_word_broken_over_a_page(tmp_path):
    pages = [column(["The union said that the long talks and the negoti-"]),
             column(["ations with the port would resume on Monday."])]  # fmt: skip
    text = "The union said that the long talks and the negotiations with the port would resume on Monday."
    assert read(tmp_path, pages) == text


LEFT = ["The council approved the harbour", "plan on Monday after a long", "debate that ran into the night,",
        "and work on the quay starts in", "March."]  # fmt: skip
RIGHT = ["The ferry crews went back to", "work on Wednesday after the", "strike ended with a new deal",
         "on pay; boats sail hourly again", "from the south quay."]  # fmt: skip
THIRD = ["The mill by the river closed", "last week after ninety years", "of work; its last owners sold",
         "the land to the town in June."]  # fmt: skip
FIRST = ["The council approved the harbour", "plan on Monday after a long", "debate that ran into the night",
         "by seven to two."]  # fmt: skip
SECOND = ["The ferry crews went back to", "work on Wednesday after the", "strike ended with a new deal",
          "on pay and on hours."]  # fmt: skip
LEFT_TEXT = ("The council approved the harbour plan on Monday after a long debate that ran into the night, "
             "and work on the quay starts in March.")  # fmt: skip
RIGHT_TEXT = ("The ferry crews went back to work on Wednesday after the strike ended with a new deal on pay; "
              "boats sail hourly again from the south quay.")  # fmt: skip
THIRD_TEXT = ("The mill by the river closed last week after ninety years of work; its last owners sold the "
              "land to the town in June.")  # fmt: skip
HEADLINE = [(72, 740, "Harbour news")]
# Pages laid out in columns: (id, the page's (x, y, text) in drawing order, text read). Rows of labels or
# cells keep their order (`reflow` then joins rows of one width, as on any page).
COLUMNS = [
    ("two-columns-drawn-across", HEADLINE + across(column(LEFT), column(RIGHT, x=320)),
     f"Harbour news\n\n{LEFT_TEXT}\n\n{RIGHT_TEXT}"),
    ("two-columns-drawn-one-by-one", HEADLINE + column(LEFT) + column(RIGHT, x=320),
     f"Harbour news\n\n{LEFT_TEXT}\n\n{RIGHT_TEXT}"),
    ("three-columns-drawn-across", across(column(FIRST, x=40), column(SECOND, x=230), column(THIRD, x=420)),
     "The council approved the harbour plan on Monday after a long debate that ran into the night by seven "
     "to two.\n\nThe ferry crews went back to work on Wednesday after the strike ended with a new deal "
     f"on pay and on hours.\n\n{THIRD_TEXT}"),
    ("sentence-goes-on-in-the-next-column",
     across(column(["The council approved the harbour", "plan on Monday after a long",
                    "debate that ran into the", "night, and the work on the"]),
            column(["quay starts in March, when the", "spring tides are over and the",
                    "dredgers come back to", "the channel."], x=320)),
     "The council approved the harbour plan on Monday after a long debate that ran into the night, and the "
     "work on the quay starts in March, when the spring tides are over and the dredgers come back to the "
     "channel."),
    ("note-below-the-columns",
     across(column(LEFT), column(RIGHT, x=320)) + [(72, 560, "Reporting by the desk")],
     f"{LEFT_TEXT}\n\n{RIGHT_TEXT}\n\nReporting by the desk"),
    ("two-columns-placed-word-by-word", word_by_word(across(column(LEFT), column(RIGHT, x=320))),
     f"{LEFT_TEXT}\n\n{RIGHT_TEXT}"),
    ("words-lined-up-in-one-column-are-not-columns", word_by_word(column(LEFT + RIGHT)),
     f"{LEFT_TEXT}\n\n{RIGHT_TEXT}"),
    ("rows-opening-alike-are-not-columns",
     word_by_word(column(["The council said it would close the mill by June,",
                          "The council said it would sell the old quay in July,",
                          "The council said it would reopen the ferry in May,",
                          "The council said it would hire new staff in March."])),
     "The council said it would close the mill by June, The council said it would sell the old quay in July, "
     "The council said it would reopen the ferry in May, The council said it would hire new staff in March."),
    ("words-lined-up-by-chance-are-not-columns",
     [(72, 700, "The harbour plan"), (160, 700, "was approved today"), (72, 686, "The"),
      (100, 686, "new bridge over the"), (220, 686, "estuary opens soon"), (72, 672, "The ferry timetable"),
      (160, 672, "changes in the spring"), (72, 658, "A"), (90, 658, "second crossing for"),
      (210, 658, "the lorries is planned"), (72, 644, "The old mill"),
      (160, 644, "closed last week")],
     "The harbour plan was approved today The new bridge over the estuary opens soon The ferry timetable "
     "changes in the spring A second crossing for the lorries is planned The old mill closed last week"),
    ("two-stories-each-under-its-headline",
     [(72, 740, "Harbour plan approved", 16), *across(column(LEFT, top=710), column(RIGHT, x=320, top=710)),
      (72, 620, "Mill sold to the town", 16),
      *across(column(THIRD[:2], top=590), column(THIRD[2:], x=320, top=590))],
     f"Harbour plan approved\n\n{LEFT_TEXT}\n\n{RIGHT_TEXT}\n\nMill sold to the town\n\n{THIRD_TEXT}"),
    *((f"subheading-inside-a-column-{y}",
       across(column(["The council approved the harbour", "plan on Monday after a long", "debate."]),
              [(72, y, "The vote", 13)], column(["Seven members voted for it", "and two against."], top=636),
              column(RIGHT, x=320)),
       "The council approved the harbour plan on Monday after a long debate.\n\nThe vote\n\nSeven members "
       f"voted for it and two against.\n\n{RIGHT_TEXT}") for y in (656, 651)),
    ("labels-and-values-are-not-columns",
     across(column(["Date:", "Place:", "Chair:", "Agenda:"]),
            column(["Monday 3 March, at ten", "The town hall, first floor", "The mayor of the town",
                    "The harbour plan and the ferry"], x=160)),
     "Date: Monday 3 March, at ten Place: The town hall, first floor Chair: The mayor of the town Agenda: "
     "The harbour plan and the ferry"),
    ("a-table-of-short-cells-is-not-columns",
     across(column(["Ferry", "Mill", "Quay", "Bridge"]), column(["closed", "sold", "rebuilt", "open"], x=200),
            column(["May 2024", "June 2025", "March 2026", "2019"], x=320)),
     "Ferry closed May 2024 Mill sold June 2025 Quay rebuilt March 2026 Bridge open 2019"),
]  # fmt: skip


@pytest.mark.parametrize(("page", "text"), [case[1:] for case in COLUMNS], ids=[c[0] for c in COLUMNS])
def test_columns_read_in_order(tmp_path, page, text):
    assert read(tmp_path, [page]) == text


def test_page_without_columns_keeps_pypdfs_text(tmp_path):
    path = tmp_path / "plain.pdf"
    path.write_bytes(pdf([column(LEFT) + [(300, 600, "Harbour news"), (72, 560, "Reporting by the desk")]]))
    (page,) = PdfReader(path).pages
    assert sources_columns.read_page(page.extract_text) == page.extract_text()


def test_evidence_points_into_the_documents_text(tmp_path):
    path = tmp_path / "columns.pdf"
    path.write_bytes(pdf([across(column(LEFT), column(RIGHT, x=320))]))
    (document,) = sources.read([path], dct=dt.date(2025, 11, 3))
    timeline = extract_documents([document])
    spans = [(evidence, evidence.timex) for event in timeline.events for evidence in event.evidence]
    assert spans
    for evidence, timex in spans:
        assert document.text[evidence.start : evidence.end] == evidence.text
        assert timex is None or document.text[timex.start : timex.end] == timex.text
