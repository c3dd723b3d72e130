"""Titles that are not cut, checked on the finished title rather than the sentence (round 24).

`complete.complete(title)` names why a title stops mid-phrase, from the title alone; `candidates.choose`
tries shorter wordings of a long clause when the cut of `shorten.fit` fails that check, and keeps the cut
when no wording passes. Every sentence here is invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.candidates import choose
from timeline.complete import complete
from timeline.events import extract
from timeline.models import Document
from timeline.temporal import tag

DCT = date(2025, 10, 22)

COMPLETE_CASES = [
    # whole titles
    ("a clause with its object", "The council approved the new budget", None),
    ("a passive needs no object", "The treaty was unanimously approved", None),
    ("an intransitive verb", "The strike began", None),
    ("a place after a preposition", "The ferry returned to Harwick", None),
    ("a noun after 'to'", "Rail services returned to normal", None),
    ("a noun after a preposition, not a verb", "The new rules moved closer to entering into force", None),
    ("an article before a role", "The delegates met the Pope", None),
    ("a decimal is no count", "The lira was bid at 8.3725 per euro from the close of 8.3490", None),
    ("a place and its country", "The conference will take place in Santa Rosa, Brazil", None),
    ("an attribution after what was said", "We agreed to a truce, Larsen told reporters", None),
    ("a passive 'added'", "The old town was added to the heritage list", None),
    ("'as expected' ends a clause", "Prices rose faster than expected", None),
    ("an -ing adjective after 'be'", "The progress is simply astounding", None),
    ("a 'that' clause with its verb", "The mayor warned that any delay would be costly", None),
    # cut titles
    ("a preposition", "The minister met the envoys of", "function word"),
    ("a clause opener", "The board asked the court whether", "function word"),
    ("a modal", "The agency said the new line will", "auxiliary"),
    ("an auxiliary and an adverb", "The party's leader is widely", "auxiliary"),
    ("a transitive verb with no object", "The regional assembly approved", "object"),
    ("a progressive with no object", "The board is considering", "object"),
    ("a noun that needs its complement", "The envoy stressed the need", "complement"),
    ("a plan with no aim", "Services resumed after the unions scrapped a plan", "complement"),
    ("a count without its noun", "The firm missed its target of 12", "count"),
    ("a role before a name", "The talks were led by Finnish President", "name"),
    ("a first word of a name after 'former'", "The agency denied that its former Geneva", "name"),
    ("an adjective before its noun", "The storm flooded this southern", "adjective"),
    ("a nationality before its noun", "The envoy said that Czech", "adjective"),
    ("'be' and an adjective that wants its infinitive", "The club would be reluctant", "infinitive"),
    ("'be' and an adjective that wants its phrase", "The new survey was different", "complement"),
    ("'between' with one side", "A guard died in a clash between the police", "between"),
    ("'that' with no verb after it", "The mayor won assurances that a new bridge", "clause"),
    ("a verb of saying with no statement", "The spokesman told a press briefing", "statement"),
    ("a subject whose only verb is its relative clause's", "The theory that the walls were built",
     "no predicate"),
    ("a noun phrase alone", "The inquiry into the council's hiring of the firm", "no predicate"),
    ("a front clause with no main clause", "Two weeks after he angered the unions", "no main clause"),
    ("an aside between dashes left open", "The envoy said Marlow -- who has not been seen since", "aside"),
    ("a front adverb and no subject", "So far has briefed the groups", "no subject"),
    ("an adjective left by its noun", "More people have used the voluntary", "adjective"),
    ("one word", "Elections", "no predicate"),
    ("a place ending in -ing is no participle", "The inspectors are expected to return to Nanjing", None),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in COMPLETE_CASES],
                         ids=[c[0] for c in COMPLETE_CASES])
def test_complete_names_why_a_title_is_cut(title: str, expected: str | None) -> None:
    assert complete(title) == expected


CHOOSE_CASES = [
    ("a whole cut stays",
     "The harbour board approved the new budget for the coming year in a vote that ran late into the night",
     "The harbour board approved the new budget for the coming year",
     "The harbour board approved the new budget for the coming year"),
    ("a clause of 80 characters or fewer is left to fit", "The regional assembly approved",
     "The regional assembly approved", "The regional assembly approved"),
    ("a trailing 'that' clause goes", "The mayor won assurances from the regional council that a new bridge "
     "linking the harbour to the suburbs would be finished in time",
     "The mayor won assurances from the regional council that a new bridge",
     "The mayor won assurances from the regional council"),
    ("a subject goes to its head", "An Austrian engineer working with the UN-led relief mission in the "
     "mountains was found dead at a field hospital",
     "An Austrian engineer working with the UN-led relief mission",
     "An Austrian engineer was found dead at a field hospital"),
    ("a clerical role goes before the last name",
     "Senior Cardinal Anton Weller said he hopes the synod will help the diocese's recovery from its long "
     "financial crisis",
     "Senior Cardinal Anton Weller said he hopes the synod will",
     "Weller said he hopes the synod will help the diocese's recovery"),
    ("no organisation named after a person loses its name",
     "The Cardinal Weller Foundation said six security officers searched the home of the bishop's nephew on "
     "the night of the vote",
     "The Cardinal Weller Foundation said six security",
     "The Cardinal Weller Foundation said six security officers searched the home"),
    ("no subject cut at a participle of the subject", "The defence in the trial of the former prison "
     "officers held responsible for the abuse of the inmates sought acquittals",
     "The defence in the trial of the former prison officers held",
     "The defence in the trial of the former prison officers held"),
]


@pytest.mark.parametrize(("whole", "fitted", "expected"), [c[1:] for c in CHOOSE_CASES],
                         ids=[c[0] for c in CHOOSE_CASES])
def test_choose_takes_the_first_whole_wording(whole: str, fitted: str, expected: str) -> None:
    assert choose(whole, fitted) == expected


SENTENCE_CASES = [
    ("a 'that' clause cut before its verb goes",
     "The mayor won assurances from the regional council on Monday that a new bridge linking the old harbour "
     "to the northern suburbs would be finished in time.",
     "The mayor won assurances from the regional council"),
    ("a subject cut before its verb gives way to its head and the predicate",
     "An Austrian engineer working with the UN-led relief mission in the mountains was found dead on Monday "
     "at a field hospital in this eastern town.",
     "An Austrian engineer was found dead at a field hospital in this eastern town"),
    ("a noun phrase with no verb gives way to the clause",
     "The inquiry into the city council's hiring of the consultancy's management team heard on Monday "
     "allegations that the contract was signed without a tender.",
     "The inquiry heard allegations that the contract was signed without a tender"),
    ("a 'between' with one side goes",
     "One firefighter was injured on Monday during a clash between the riot police and about 200 protesters "
     "outside the parliament in the capital.",
     "One firefighter was injured during a clash"),
    ("a scheduled thing drops its date (round 37)", "A meeting of the two mayors was scheduled for Monday.",
     "A meeting of the two mayors was scheduled"),
    ("'due' keeps its date", "The vote is due on Friday.", "The vote is due on Friday"),
    ("a verb with no object drops its date, as before", "The levee held on Monday.", "The levee held"),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in SENTENCE_CASES],
                         ids=[c[0] for c in SENTENCE_CASES])
def test_long_sentences_get_whole_titles(sentence: str, expected: str) -> None:
    document = Document(id="d", text=sentence, date=DCT)
    titles = [event.title for event in extract(document, tag(sentence, dct=DCT))]
    assert titles == [expected]
    assert all(len(t) <= 80 for t in titles)
