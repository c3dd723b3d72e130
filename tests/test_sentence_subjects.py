"""sentence_subjects.subject_of: the short subject before a clause's first verb, or None."""

from datetime import date

import pytest

from timeline.events import extract
from timeline.models import Document
from timeline.sentence_subjects import subject_of
from timeline.temporal import tag

SUBJECTS = [
    ("The bank cut its rate.", "The bank"),
    ("In 1990, the singer moved to Paris.", "the singer"),
    ("The two leaders met in June.", "The two leaders"),
    # a verb the walk does not know ("appears", "seems") leaves "to" at the end: no subject ends so
    ("The club appears to have won the title.", None),
    ("The bank seems to have cut its rate.", None),
    ("Officials, who declined to be named, said so.", None),  # an aside: no short subject
]


@pytest.mark.parametrize(("sentence", "subject"), SUBJECTS, ids=[row[0] for row in SUBJECTS])
def test_the_subject_is_the_words_before_the_first_verb(sentence, subject):
    assert subject_of(sentence, 0, len(sentence)) == subject


def test_a_possessive_is_never_built_on_a_subject_cut_before_to():
    text = "The club appears to have won the title after its nearest rival failed to finish on Tuesday."
    document = Document(id="d", text=text, date=date(2001, 12, 28))
    titles = [event.title for event in extract(document, tag(text, dct=document.date))]
    assert titles and not any("to's" in title for title in titles), titles
