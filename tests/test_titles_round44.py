"""Round 44: a date joined by a slash to its pair stays whole; an apposition that describes a date leaves
with it; a month before a name keeps its determiner; a second predicate borrows the subject after a front
phrase ("According to ...,") and the modal before the first; "although" opens no title; a quantity after
"and" keeps its "of" phrase; a front concession clause holds its own date; a figure after ", and" borrows
subject and verb; an embedded post's signature is "X posted on Twitter". Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from tests.test_events import run
from timeline.dateless import without_dates
from timeline.rewordings import plain_names
from timeline.shorten import fit
from timeline.subject_heads import short_subject

# (id, sentence, its date phrases, the sentence without them)
DATELESS = [
    ("a month joined by a slash to another stays", "March/April sold at 410 dlrs.", ["April"],
     "March/April sold at 410 dlrs."),
    ("both months of a slash pair stay", "Sales were light with June/July going at 820 dlrs.",
     ["June", "July"], "Sales were light with June/July going at 820 dlrs."),
    ("a plain month still leaves", "Sales were light in June.", ["June"], "Sales were light."),
    ("a dash apposition on the date leaves with it",
     "Medics attended the fair on Saturday - the busiest day of the week - costing the trust 900 pounds.",
     ["Saturday"], "Medics attended the fair, costing the trust 900 pounds."),
    ("a comma apposition before the main verb leaves without its comma",
     "The fair on Sunday, the last day of the season, drew 5,000 people.", ["Sunday"],
     "The fair drew 5,000 people."),
    ("an apposition up to the end leaves", "Police closed the road on Monday, the first day of the holiday.",
     ["Monday"], "Police closed the road."),
    ("an apposition that is no time stays", "Police met Ruth Okafor on Monday, the head of the council.",
     ["Monday"], "Police met Ruth Okafor, the head of the council."),
    ("a possessive before the date leaves with it",
     "Ruth Okafor pulled an all-nighter on her first day at the office.", ["first day"],
     "Ruth Okafor pulled an all-nighter at the office."),
    ("a possessive before a date that names the noun after it stays with the noun",
     "The city honoured the painter in its New Year list.", ["New Year"],
     "The city honoured the painter in its list."),
    ("a month before a name keeps 'to the'", "The minister backed the December OPEC accord.",
     ["December"], "The minister backed the OPEC accord."),
]


@pytest.mark.parametrize(
    ("text", "dates", "expected"), [c[1:] for c in DATELESS], ids=[c[0] for c in DATELESS]
)
def test_words_beside_a_date_stay_or_leave_with_it(text: str, dates: list[str], expected: str) -> None:
    phrases = [(text.index(d), text.index(d) + len(d)) for d in dates]
    assert without_dates(text, (0, len(text)), phrases) == expected


# (id, text, expressions, the title of the event of the first expression)
TITLES = [
    ("a second predicate after a front 'According to' phrase",
     "According to the survey, the river will pass 2 metres this decade and exceed 3 metres before 2060.",
     [("2060", "DATE", "2060"), ("this decade", "DATE", "202")], "The river will exceed 3 metres"),
    ("a front 'Unlike' phrase with its relative clause",
     "Unlike radio, which barely grew, television revenue rose in 2010 and is forecast to double by 2015.",
     [("by 2015", "DATE", "2015"), ("in 2010", "DATE", "2010")], "Television revenue is forecast to double"),
    ("a modal goes to a bare second predicate",
     "The river will pass 2 metres this decade and exceed 3 metres before 2060.",
     [("2060", "DATE", "2060"), ("this decade", "DATE", "202")], "The river will exceed 3 metres"),
    ("no modal for a second predicate in -s",
     "The council will close the bridge in May and then reopens it in 2027.",
     [("in 2027", "DATE", "2027"), ("in May", "DATE", "2025-05")], "The council reopens it"),
    ("an 'although' clause after a comma opens no title",
     "Friday will be calmer, although gusts will remain a problem on Saturday for the coast.",
     [("on Saturday", "DATE", "2025-06-14")], "Gusts will remain a problem for the coast"),
]


@pytest.mark.parametrize(
    ("text", "marks", "expected"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES]
)
def test_titles_of_round_44(text: str, marks: list[tuple], expected: str) -> None:
    events = run(text, marks)
    own = [e for e in events if e.evidence[0].timex.text == marks[0][0]]
    assert own[0].title == expected


def test_a_quantity_after_and_keeps_what_it_counts() -> None:
    title = ("Al-Noor and a number of other relief groups were labeled illegal organizations by the ministry "
             "of the interior")
    verb = title.index(" were") + 1
    assert short_subject(title, verb) is None  # "Al-Noor and a number were labeled" is no subject's head


# (id, text, the date phrase of the event, its title): with the tagger, as a story would run
TAGGED = [
    ("a front 'While' clause holds its own date",
     "While the city signed a $2 billion contract to build the tunnel in 1998, its opening has been put off "
     "for years.", "1998", "The city signed a $2 billion contract to build the tunnel"),
    ("a front 'Although' clause with no subject is no title",
     "Although formally retired since 2009, the veteran coach has made headlines by criticising the board.",
     "2009", "Although formally retired, the veteran coach has made headlines"),
    ("a second figure after ', and' borrows subject and verb",
     "In 1986 Verdano earned 1.19 dlrs per share for the full year, and 2.58 dlrs in the fourth quarter.",
     "the fourth quarter", "Verdano earned 2.58 dlrs"),
    ("a front phrase after 'And finally' and a date aside stays a front phrase",
     "The harbour was always the dream project. And finally, in 2016, after many rounds of village "
     "consultations and feasibility studies, a group of volunteers set up camp on the island's plateau.",
     "2016", "A group of volunteers set up camp on the island's plateau"),
    ("'concentrated' keeps its date", "Verdano said its profits are concentrated in the fourth quarter.",
     "the fourth quarter", "Verdano's profits are concentrated in the fourth quarter"),
    ("an agreement named by its month was reached then",
     "The minister reaffirmed the kingdom's commitment to the December export accord.", "December",
     "The export accord was reached"),
    ("an agreement ahead will be reached", "Talks continued ahead of the May trade deal.", "May",
     "The trade deal will be reached"),
    ("an embedded post's signature line",
     "The new mode is live. Try it now. pic.twitter.com/x1Y2z\n\n— Ana Lindqvist (@alindqvist) July 3, 2019",
     "July 3, 2019", "Ana Lindqvist posted on Twitter"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"), [c[1:] for c in TAGGED], ids=[c[0] for c in TAGGED]
)
def test_tagged_titles_of_round_44(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2019, 7, 4))
    titles = [e.title for e in found.events if e.evidence[0].timex.text == phrase]
    assert titles == [expected]


# (id, long title, its cut to 80 characters): the cut leaves no word waiting for its noun or particle
CUTS = [
    ("an ordinal after a possessive waits for its noun",
     "Officials said the crew will start loading fuel into the region's first and only solar power "
     "station soon",
     "The crew will start loading fuel into the region's solar power station soon"),
    ("'too much' waits for its noun",
     "Ruth Okafor cautioned against too much tinkering with an organization established by the Royal Harbour "
     "Society", "Ruth Okafor cautioned against too much tinkering with an organization"),
    ("'come' waits for 'across'",
     "The Daily Ledger has come across this fascinating ten-minute interview of Ruth Okafor at the company's "
     "Leeds office", "The Daily Ledger has come across this fascinating ten-minute interview"),
    ("'the revelation' waits for its 'that' clause",
     "The bank caused a stir with the revelation that it had been moving the savings of some clients "
     "into risky funds", "The bank caused a stir"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in CUTS], ids=[c[0] for c in CUTS])
def test_a_cut_leaves_nothing_waiting(title: str, expected: str) -> None:
    assert fit(title) == expected


# (id, long title, its cut): more shapes of round 44
MORE_CUTS = [
    ("two modifiers joined by 'but' before one noun",
     "The panel made a costly bargain by offsetting a substantial but uncertain share of the flood risk with "
     "new dams", "The panel made a costly bargain"),
    ("a front 'Due to' phrase goes before the subject is cut",
     "Due to narrow targeting and flaws in the rollout of the scheme, the impact of this new levy is "
     "limited, said Ruth Okafor of the council",
     "The impact of this new levy is limited, said Ruth Okafor of the council"),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in MORE_CUTS], ids=[c[0] for c in MORE_CUTS])
def test_more_cuts_of_round_44(title: str, expected: str) -> None:
    assert fit(title) == expected


def test_a_second_reported_clause_goes() -> None:
    text = ("The agency said that 312 drivers died during the holiday weekend last year, that 60% of the "
            "dead had not worn seat belts and that a third of the crashes involved a drunken driver.")
    found = timeline.extract(text, dct=dt.date(2019, 7, 4))
    assert [e.title for e in found.events] == ["312 drivers died"]


# (id, text, the date phrase, the title): a first-person title names its speaker
SPEAKERS = [
    ("the attribution of the sentence before the quotation",
     '"We left early and took another route," Ana Reyes said in an e-mail. "This morning we took smaller '
     'roads to avoid the traffic."', "This morning",
     'Ana Reyes: "We took smaller roads to avoid the traffic"'),
    ("the attribution after the quotation",
     '"Since the 3rd of May, our inspectors have not been able to visit the mines. They cannot travel," says '
     "Tomas Berg, a researcher.", "the 3rd of May",
     'Tomas Berg: "Our inspectors have not been able to visit the mines"'),
    ("a 'he' after the quotation is the last person quoted",
     'The talks ended on Wednesday, Ivo Brandt said.\n\n"We are hopeful that the work could start early next '
     'year," he added.', "early next year", 'Ivo Brandt: "We are hopeful that the work could start"'),
    ("a 'tweeted' attribution", '"The trains were all on time. I have hit the travel jackpot," Ana Reyes '
     "tweeted early Wednesday.", "early Wednesday", 'Ana Reyes: "I have hit the travel jackpot"'),
    # round 45: a "she" right after the quotation it attributes is whom the sentence before names
    ("a 'she' after the quotation is the subject of the sentence before",
     'The minister spoke in Leeds.\n\n"We are keeping our promise to the towns by May," she said.', "May",
     'The minister: "We are keeping our promise to the towns"'),
    ("no quotation, no speaker", "We will open a new plant in May, the report says.", "May",
     "We will open a new plant"),
]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS]
)
def test_a_first_person_title_names_its_speaker(text: str, phrase: str, expected: str) -> None:
    found = timeline.extract(text, dct=dt.date(2019, 7, 4))
    assert [e.title for e in found.events if e.evidence[0].timex.text == phrase] == [expected]


# (id, long title, its cut): a role and its holder's name between commas say it by the name
ROLES = [
    ("a role after a verb, then the name", "The bank said it was promoting its chief operating officer, Ivo "
     "Brandt, to the added post of president", "The bank said it was promoting Ivo Brandt to the added post "
     "of president"),
    ("a name that starts a clause after it stays", "In a speech by the grave of the city's first mayor, Ana "
     "Reyes, the current mayor said the city must be ready for more floods", None),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_a_role_gives_way_to_its_name(title: str, expected: str | None) -> None:
    assert plain_names(title) == (expected or title)


def test_a_first_reported_clause_after_a_telling_stays() -> None:
    text = "He noted, however, that any potential losses would not show up in the current quarter."
    found = timeline.extract(text, dct=dt.date(2019, 7, 4))
    titles = [e.title for e in found.events]
    assert len(titles) == 1 and "potential losses" in titles[0]  # not cut to "He noted, however": no event
