"""Tests for eventness.py: whether a dated clause's title tells a happening, and what extract does if not."""

from __future__ import annotations

from datetime import date

import pytest

from timeline import events
from timeline.eventness import kind
from timeline.happening_clauses import conjunct_title, happening_title, told_title
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2024, 5, 15)

# (id, title, the kind of its predicate)
KINDS = [
    ("a deed", "The offer will begin", "happening"),
    ("a passive", "A decision will be made", "happening"),
    ("a passive with an adverb", "Rebels were reportedly labeled terrorists", "happening"),
    ("a progressive", "The country is facing general elections", "happening"),
    ("a plan", "The summit is due to open", "happening"),
    ("a birth", "A rare gibbon has been born at the zoo", "happening"),
    ("a perfect", "Prices have already risen", "happening"),
    ("a have of a happening", "The envoy had a brief meeting with the queen", "happening"),
    ("a became", "The firm became the largest bank in the region", "happening"),
    ("a copula and a noun", "Tomorrow will be a quieter day", "state"),
    ("a copula and adverbs", "The results were only slightly better", "state"),
    ("a state participle", "Profits are concentrated in the fourth quarter", "state"),
    ("a possession", "The company now has 3.8 million customers", "state"),
    ("a state verb", "The dry spell means the harvest will be late", "state"),
    ("a part", "The valley has formed part of the park", "state"),
    ("a lasting state", "Gusts will continue to be a problem for the coast", "state"),
    ("a result clause", "Landings have become so rare that the navy made headlines", "state"),
    ("a contracted is", "It's a far cry from the old policy", "state"),
    ("a figure after be", "Arrivals were 155,221 bags", "figure"),
    ("a figure verb", "The rate averaged 1.6 percent", "figure"),
    ("a modal", "The move could heighten tensions", "speculation"),
    ("a seeming", "The jump appeared to be the result of buying", "speculation"),
    ("a forecast", "Spending is forecast to reach $84 billion", "speculation"),
    ("a condition not told to you", "If the rain stops, the match will go on", "speculation"),
    ("a negated telling", "Officials did not say how the fire started", "negated"),
    ("a negated contraction in a headline", "Mayor Didn't Want To Run Again", "negated"),
    ("a question mark", "Who will pay for the bridge?", "question"),
    ("a question without its mark", "I mean how else do you explain the vote", "question"),
    ("an instruction", "Don't get trapped by bad weather: top tips", "instruction"),
    ("an instruction to a country", "Get ready, America, for the new phones", "instruction"),
    ("a participle that looks like an instruction", "Read by a broadcaster, the letter said", "happening"),
    ("a hypothetical told to you", "If you need a dollar today, you have no time", "hypothetical"),
    ("what would follow a condition", "If they lose the appeal, the earliest he could go would be a week on",
     "hypothetical"),
    ("what could have followed", "If the bank had not acted, prices could have soared", "hypothetical"),
    ("a plan that could come", "If it stays dry, the fair could open", "speculation"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_kind(title: str, expected: str) -> None:
    assert kind(title) == expected


# (id, sentence, the date phrase, the title of the happening it belongs to, or None)
HAPPENINGS = [
    ("an object relative on a noun of the state",
     "The plan is in line with a larger overhaul that the minister"
     " detailed this week.", "this week", "The minister detailed a larger overhaul"),
    ("a subject relative after a name",
     "The most famous of them is Ana Ruiz, who first sailed to Chile in the"
     " 1880s.", "the 1880s", "Ana Ruiz first sailed to Chile"),
    ("a relative on what the subject is", "Vilja is a student from Oslo who has worked as a nurse during her"
     " holidays.", "her holidays", "Vilja has worked as a nurse"),
    ("an object relative on a described subject", "The harbour is a landmark that the king opened in 1901.",
     "1901", "The king opened the harbour"),
    ("a result clause", "The town is so small that its only school closed in May.", "May",
     "The town's only school closed"),
    ("a content noun's clause", "The report is evidence that prices rose sharply last year.", "last year",
     "Prices rose sharply"),
    ("a when after the date", "The last big flood was in 2002, when the river broke its banks.", "2002",
     "The river broke its banks"),
    ("a relative with an auxiliary", "The plan is similar to a scheme that the council had rejected last"
     " year.", "last year", "The council had rejected a scheme"),
    ("no relative clause: the date is the state's", "Profits are concentrated in the fourth quarter.",
     "the fourth quarter", None),
    ("a pronoun subject", "These were the fixes that I recommended two years ago.", "two years ago", None),
    ("a 'that' after a comma opens what was told", "He noted, however, that losses would not show up in the"
     " current quarter.", "the current quarter", None),
    ("a 'that' after a telling and its date",
     "The governor had hinted on March 9 that a cut was likely before"
     " the end of the year.", "the end of the year", None),
    ("a 'that' after whom was told",
     "The mayor told a local radio station that 40 nurses would be hired on"
     " Wednesday.", "Wednesday", None),
    ("a 'that' after a telling and a place", "The coach announced in Lisbon that the squad would be"
     " flying home on Thursday.", "Thursday", None),
    ("a 'that' after a telling participle",
     "It was a reply to a report saying that work would start at the end"
     " of this year.", "the end of this year", None),
    ("a relative after a comma that ends before the date", "Unlike rents, which agents say will fall, house"
     " prices were higher in 2010.", "2010", None),
    ("a 'which' clause that a telling opens", "Unlike rents, which agents say will fall in 2010, prices were"
     " higher.", "2010", None),
]


def _own(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


@pytest.mark.parametrize(("sentence", "phrase", "expected"), [c[1:] for c in HAPPENINGS],
                         ids=[c[0] for c in HAPPENINGS])
def test_happening_title(sentence: str, phrase: str, expected: str | None) -> None:
    assert happening_title(sentence, (0, len(sentence)), _own(sentence, phrase)) == expected


# (id, the title, the sentence, the date phrase, the telling's title or None)
TOLD = [
    ("a study's date", "The drought could make fires common", "The drought could make fires common, a 2014"
     " study warned.", "2014", "A 2014 study warned the drought could make fires common"),
    ("a name after said, the date in a noun",
     "The impact of the virus is limited", '"The impact of the virus is'
     ' limited," said Ana Ruiz of Acme in a Monday note.', "Monday",
     "Ana Ruiz said the impact of the virus is limited"),
    ("a role left out of a long title",
     "Norland is unable to block the merger of the two northern ports", "Norland is"
     " unable to block the merger of the two northern ports, Transport Minister Ola Berg said on Tuesday.",
     "Tuesday", "Ola Berg said Norland is unable to block the merger of the two northern ports"),
    ("a pronoun teller",
     "The plant could close", "The plant could close, he said on Monday.", "Monday", None),
    ("the statement's own date", "The storm could bring floods", "The storm could bring floods on Friday,"
     " forecasters said.", "Friday", None),
    ("a telling before the statement", "Offerings will be available", "On Wednesday, the company announced"
     " offerings that will be available by the end of the year.", "the end of the year", None),
    ("a statement on a pronoun", "We are busy preparing", "We are busy preparing these days, the coach said"
     " on Monday.", "Monday", None),
]


@pytest.mark.parametrize(("title", "sentence", "phrase", "expected"), [c[1:] for c in TOLD],
                         ids=[c[0] for c in TOLD])
def test_told_title(title: str, sentence: str, phrase: str, expected: str | None) -> None:
    assert told_title(title, sentence, (0, len(sentence)), _own(sentence, phrase)) == expected


# (id, the title, the sentence, the date phrase, the title of the predicate joined to the state, or None)
CONJUNCTS = [
    ("a past verb after a state", "Blake was a two-time winner of the race",
     "Blake was a two-time winner of the race and also won the Whitbread in 1990.", "1990",
     "Blake also won the Whitbread"),
    ("a passive after a state", "The company is based in Ohio", "The company is based in Ohio and was founded"
     " in 1950.", "1950", "The company was founded"),
    ("a future after a state", "The mayor is popular",
     "The mayor is popular and will stand again in May.", "May", "The mayor will stand again"),
    ("a pronoun subject", "He was lucky", "He was lucky and survived a stabbing in 1999.", "1999", None),
    ("no verb after the and", "The team is strong",
     "The team is strong and the fans are happy in May.", "May", None),
]


@pytest.mark.parametrize(("title", "sentence", "phrase", "expected"), [c[1:] for c in CONJUNCTS],
                         ids=[c[0] for c in CONJUNCTS])
def test_conjunct_title(title: str, sentence: str, phrase: str, expected: str | None) -> None:
    assert conjunct_title(title, sentence, (0, len(sentence)), _own(sentence, phrase)) == expected


# (id, a sentence, the titles extract gives it; each with its confidence against the same clause's
# happening: None when it must be lower)
EXTRACTED = [
    ("a question is no event", "How else do you explain the vote in 2006?", []),
    ("an instruction is no event", "Don't miss the fair on Saturday.", []),
    ("a hypothetical told to you is no event",
     "If you visited the market last year, you saw the stalls.", []),
    ("a state's relative clause gives the title", "The harbour is a landmark that the king opened in 1901.",
     ["The king opened the harbour"]),
    ("a state without a happening stays", "Profits are concentrated in the fourth quarter.",
     ["Profits are concentrated in the fourth quarter"]),
]


@pytest.mark.parametrize(("sentence", "titles"), [c[1:] for c in EXTRACTED], ids=[c[0] for c in EXTRACTED])
def test_extract(sentence: str, titles: list[str]) -> None:
    document = Document(id="d", text=sentence, date=DCT)
    assert [e.title for e in events.extract(document, tag(sentence, dct=DCT))] == titles


# (id, a sentence whose title tells no happening, a sentence of the same shape and date that does): the
# kind of clause does not make the date less likely right (confident.confidence_of reads the date alone),
# so both score alike
WEAKER = [
    ("a state", "Profits were high in the fourth quarter.", "Profits rose in the fourth quarter."),
    ("speculation", "The storm could bring floods in June.", "The storm brought floods in June."),
    ("a negation", "Officials did not say in June how the fire started.",
     "Officials said in June how the fire started."),
    ("a figure", "Ticket sales were 40,000 in June.", "Ticket sales rose to 40,000 in June."),
]


@pytest.mark.parametrize(("weak", "strong"), [c[1:] for c in WEAKER], ids=[c[0] for c in WEAKER])
def test_the_kind_of_clause_leaves_the_confidence_as_it_is(weak: str, strong: str) -> None:
    def confidence(sentence: str) -> float:
        found = events.extract(Document(id="d", text=sentence, date=DCT), tag(sentence, dct=DCT))
        assert len(found) == 1
        return found[0].confidence

    assert confidence(weak) == confidence(strong) == 0.85  # a month counted from the publication date

