"""A long title is shortened by whole phrases, not cut inside one (round 15, invented sentences)."""

import pytest

from tests.test_events import run
from timeline.chunks import open_phrase, predicate
from timeline.shorten import fit

# (id, a title with "|" where it is cut, what the cut leaves open or None).
OPEN_CASES = [
    ("a verb cut from its object", "The harbour board announced | the new fares", "object"),
    ("a verb cut from its infinitive", "The mayor appeared | to be the winner", "object"),
    ("an infinitive cut from its second verb", "They try to strengthen | and expand the ties", "object"),
    ("not an infinitive: 'to' and a preposition", "Trade has more than doubled | to over 500 tonnes", None),
    ("a verb cut from the preposition it needs", "The fish catch amounted | to 16 tonnes", "preposition"),
    ("'looking forward' waits for its 'to'", "She said she is looking forward | to the race", "preposition"),
    ("'as well' waits for its 'as'", "The union backs the plan as well | as the budget", "preposition"),
    ("a relative clause cut before its verb", "A storm in which some 200 sheep | died", "clause"),
    ("a 'that' clause cut before its verb", "The official told the paper that no boat | had sunk", "clause"),
    ("a participle is a clause's predicate", "The skipper died while coaching | his crew", None),
    ("a second subject cut from its verb", "He also said the harbour master | would resign", "subject"),
    ("a subject alone is no open clause", "The survey of fishermen | said incomes fell", None),
    ("an auxiliary and an adverb", "The island has also | just agreed", "auxiliary"),
    ("two names sharing one noun", "They signed Eastvale | and Northport defender Sam Ode", "coordination"),
    ("a name cut in two", "The envoy met the Northern | Islands premier", "name"),
    ("a role cut from its name", "The club signed the Northport defender | Sam Ode", "name"),
    ("a modifier cut from its noun", "The town elected its first | female mayor", "noun phrase"),
    ("an adjective after a determiner", "The clinic offers the voluntary | counseling", "noun phrase"),
    ("a noun, then a participle: a phrase ends", "They fought the fire | spreading to the docks", None),
    ("an absolute phrase cut before its verb", "Shares closed lower with the index | dropping", "absolute"),
    ("'with' after a verb is no absolute phrase", "The diocese settled with 150 people | claiming", None),
    ("a cut before a comma ends a phrase", "The ferry left the harbour |, its decks full", None),
    ("a clause is open before a comma too", "A storm in which 2,000 sheep |, a tenth, died", "clause"),
    ("an adjective in -ly is no adverb", "Flights are costly |, but they run", None),
    ("a present verb the tables miss", "The airline, which flies to twelve towns |, landed", None),
]


@pytest.mark.parametrize("marked, expected", [c[1:] for c in OPEN_CASES], ids=[c[0] for c in OPEN_CASES])
def test_open_phrase(marked, expected):
    cut = marked.index(" |")
    title = marked.replace(" |", "", 1)
    assert open_phrase(title, cut) == expected


# (id, text, whether it holds a verb that is no adjective).
PREDICATE_CASES = [
    ("a finite verb", "the ferry sank", True),
    ("an -ed word after a determiner is an adjective", "the strangled sailor", False),
    ("an -ed word after a count is an adjective", "three more suspected cases", False),
    ("an auxiliary is always a verb", "the ferry has", True),
]


@pytest.mark.parametrize(
    "text, expected", [c[1:] for c in PREDICATE_CASES], ids=[c[0] for c in PREDICATE_CASES]
)
def test_predicate(text, expected):
    assert predicate(text) is expected


# (id, long title, its cut at a phrase boundary).
FIT_CASES = [
    (
        "a role goes so that the object keeps its noun",
        "Riverside manager Tom Okafor signed former Eastvale and Northport defender Sam Ode as a short-term "
        "replacement for the injured Lee Marsh",
        "Tom Okafor signed former Eastvale and Northport defender Sam Ode",
    ),
    (
        "descriptions before a name go so that the complement fits",
        "Award-winning Olympic Champion Ana Lindqvist appeared to be the country's first elected female "
        "mayor in the long history of the northern harbour town",
        "Ana Lindqvist appeared to be the country's first elected female mayor",
    ),
    (
        "a participle and its agent between subject and verb go",
        "The nine-member regional observer team jointly organized by the Harbour Institute and the Coastal "
        "Trust released its interim report on the vote, the first since the storm",
        "The nine-member regional observer team released its interim report on the vote",
    ),
    (
        "'the number of' keeps its 'of' phrase",
        "The number of boats of the northern coastal provinces and of the islands amounted to 1,650, up 7 "
        "percent",
        "The number of boats amounted to 1,650, up 7 percent",
    ),
    (
        "an infinitive with a second verb goes whole",
        "The river town will pool resources with its partners to steadily improve and widen the old trading "
        "links between the two valleys",
        "The river town will pool resources with its partners",
    ),
    (
        "an absolute phrase goes whole",
        "Regional bond yields ended higher with the benchmark gauge gaining 21.40 points or 0.88 percent to "
        "2,455.30 by the close",
        "Regional bond yields ended higher",
    ),
    (
        "what was told stands alone when the speaker leaves no room",
        "A senior border guard officer told the Valley Gazette that no arrests or disturbances had been "
        "reported during the count",
        "No arrests or disturbances had been reported during the count",
    ),
    (
        "a second clause goes before its subject, not after",
        "The farmers' union has received a formal complaint from the growers and an inquiry into the "
        "allegations of fraud got underway",
        "The farmers' union has received a formal complaint from the growers",
    ),
    (
        "a relative clause goes whole",
        "The old lighthouse keeper experienced a long and bitter winter in which an estimated 2,000 sheep, "
        "about a tenth of the flock, died",
        "The old lighthouse keeper experienced a long and bitter winter",
    ),
    (
        "modifiers that share a noun stay with it",
        "Knitted scarves and souvenir mugs of the three festival mascots have started a sales drive across "
        "the whole valley",
        "Knitted scarves and souvenir mugs have started a sales drive",
    ),
    (
        "a name, its long description and 'said': the name says it",
        "Island leader Mara Holm, the ferry minister and acting premier since her brother fell ill in the "
        "spring, said in a speech to crews that the boats will run",
        "Island leader Mara Holm said in a speech to crews that the boats will run",
    ),
    (
        "a given name in -ed is no verb",
        "The head of the regional harbour watchdog agency Ahmed Saleh received the island's medal of honour "
        "and called for calm",
        "Ahmed Saleh received the island's medal of honour and called for calm",
    ),
]


@pytest.mark.parametrize("title, expected", [c[1:] for c in FIT_CASES], ids=[c[0] for c in FIT_CASES])
def test_fit_shortens_by_phrases(title, expected):
    assert fit(title) == expected


# (id, text, expressions as (phrase, type, value), expected titles).
CASES = [
    (
        "what was told stands alone when its speaker leaves no room for it",
        "A senior border guard officer told the Valley Gazette on Monday that no arrests or disturbances had "
        "been reported during the count.",
        [("on Monday", "DATE", "2025-10-20")],
        ["No arrests or disturbances had been reported during the count"],
    ),
]


@pytest.mark.parametrize("text, marks, titles", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles_end_on_a_whole_phrase(text, marks, titles):
    assert [e.title for e in run(text, marks)] == titles

