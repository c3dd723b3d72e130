"""Round 21 (invented): the title comes from the clause the date dates; a relative clause or an aside that
holds the only date of its sentence is the event, told with its antecedent as the subject."""

import pytest

from tests.test_events import run
from timeline import occurrences, relatives

# (id, text, expressions as (phrase, type, value[, fields]), expected events as (value, title)).
CASES = [
    (
        "an aside on the object at the end, opened by a date before its verb",
        "The rebel group is an offshoot of the older front, which last year signed a truce with the army.",
        [("last year", "DATE", "2024")],
        [("2024", "The older front signed a truce with the army")],
    ),
    (
        "a 'who' aside at the end: the person's act, not the main clause",
        "The club will add the pitcher to a rotation that includes Mark Lee and Tom Day, who was acquired "
        "from Boston in a trade on November 25.",
        [("November 25", "DATE", "2024-11-25")],
        [("2024-11-25", "Tom Day was acquired from Boston in a trade")],
    ),
    (
        "a date in a statement reported in the aside: the statement is the news",
        "The mayor said he accepted all the blame for his advice to the city auditor, who announced "
        "Thursday that the review of the parking contracts from the 1990s was being dropped.",
        [("Thursday", "DATE", "2025-10-23"), ("the 1990s", "DATE", "199")],
        [("2025-10-23", "The review of the parking contracts from the 1990s was being dropped")],
    ),
    (
        "an aside on the end of a longer name is no event of that name's tail",
        "The concert will honour Lena Moser, longtime conductor of the city orchestra, who died in "
        "September.",
        [("in September", "DATE", "2025-09")],
        [("2025-09", "The concert will honour Lena Moser who died")],
    ),
    (
        "a restrictive clause on the subject holds the only date: the subject's act",
        "The three-day sessions which closed on Thursday are meant to settle a border row with the "
        "neighbours.",
        [("on Thursday", "DATE", "2025-10-23")],
        [("2025-10-23", "The three-day sessions closed")],
    ),
    (
        "a pronoun is no subject to lend",
        "Those who tried to leave on Tuesday were turned back at a checkpoint.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "Those who tried to leave were turned back at a checkpoint")],
    ),
    (
        "a plain noun after a preposition with a clause at the end",
        "Herders are caught in a feud that has cost 25 lives this year.",
        [("this year", "DATE", "2025")],
        [("2025", "A feud has cost 25 lives")],
    ),
    (
        "a clause on the object of 'of' that goes on after the date",
        "The guild criticised the signing of the contract that was agreed on Tuesday after a long night.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "The contract was agreed after a long night")],
    ),
    (
        "a possessive after 'in' belongs to a longer noun phrase: the whole clause stays",
        "The club celebrated the longest run in its history that began on 4 October.",
        [("on 4 October", "DATE", "2025-10-04")],
        # a relative clause left as its bare verb ("that began") goes whole (round 52)
        [("2025-10-04", "The club celebrated the longest run in its history")],
    ),
    (
        "'So far' leaves whole, not as 'Far'",
        "So far, five counties have recorded the blight since its discovery in July.",
        [("in July", "DATE", "2025-07")],
        [("2025-07", "Five counties have recorded the blight since its discovery")],
    ),
    (
        "a month after 'of' that modifies a noun stays in the other event's title and dates nothing",
        "The index slipped 2 percent on Tuesday despite word of September export data and a treasury "
        "promise.",
        [("on Tuesday", "DATE", "2025-10-21"), ("September", "DATE", "2025-09")],
        [("2025-10-21", "The index slipped 2 percent despite word of September export data")],
    ),
    (
        "'as of' a time is no modifier",
        "As of 10:00 a.m., the ferry had reached a point 12 miles off the cape.",
        [("10:00 a.m.", "TIME", "2025-10-25T10:00")],
        [("2025-10-25T10:00", "The ferry had reached a point 12 miles off the cape")],
    ),
    (
        "a named day of something leaves with what it is the day of",
        "The squad took all four titles at stake on the opening day of racing at the lake.",
        [("the opening day", "DATE", "2025-10-25")],
        [("2025-10-25", "The squad took all four titles at stake at the lake")],
    ),
    (
        "an aside with a number's comma, and a second relative part after 'and which'",
        "The militia, formed in 1983 and which counts some 4,000 members, seeks an amnesty.",
        [("in 1983", "DATE", "1983")],
        [("1983", "The militia was formed")],
    ),
    (
        "a relative aside with a number's comma leaves the title",
        "The company, which employs 12,000 workers, said on Monday it would cut jobs.",
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", "The company said it would cut jobs")],
    ),
    (
        "a date between a 'when' clause's subject and its verb dates that clause",
        "Only nine boats were left in the bay when the harbour master on April 4 ordered all crews ashore, "
        "the clerk said.",
        [("on April 4", "DATE", "2025-04-04")],
        [("2025-04-04", "The harbour master ordered all crews ashore")],
    ),
    (
        "a date that is the predicate of 'was' gives the 'when' clause after it",
        "The last time a rider from the region reached the final was in 1974 when Carlos Ruiz won the title.",
        [("in 1974", "DATE", "1974")],
        [("1974", "Carlos Ruiz won the title")],
    ),
    (
        "a date that ends a 'when' clause after a main clause keeps the earlier rule",
        "Prices rose when the bank cut its rate on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", "The bank cut its rate")],
    ),
    (
        "gapped items after semicolons do not make the sentence a list",
        "Peru will send 900 medics; Ghana said on Tuesday it was sending 300; Fiji has pledged 150 nurses; "
        "Laos, 80; Nepal, 60.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "Ghana said it was sending 300")],
    ),
    (
        "a concession holds the only date: the concession is the event",
        "Prices rose 4 percent, although the bank cut its rate on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", "The bank cut its rate")],
    ),
    (
        "a concession without the date leaves the main clause",
        "Prices rose 4 percent on Monday, although the bank cut its rate.",
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", "Prices rose 4 percent, although the bank cut its rate")],
    ),
    (
        "a participle on the noun of a front phrase holds the date",
        "Despite lofty goals agreed in Oslo in 1995, little has changed.",
        [("in 1995", "DATE", "1995")],
        [("1995", "Lofty goals were agreed in Oslo")],
    ),
    (
        "a day that owns an occurrence after 'following', in a clause dated otherwise",
        "The minister flew in on Monday evening to show solidarity after last Wednesday's deadly floods in "
        "the delta.",
        [("on Monday evening", "TIME", "2025-10-20TEV"), ("last Wednesday", "DATE", "2025-10-15")],
        [("2025-10-20TEV", "The minister flew to show solidarity after the deadly floods in the delta"),
         ("2025-10-15", "Deadly floods in the delta")],
    ),
    (
        "an acronym between the name and its aside",
        "The militia is a breakaway wing of the Eastern Farmers Union (EFU), which last year signed a pact "
        "with the state.",
        [("last year", "DATE", "2024")],
        [("2024", "The Eastern Farmers Union signed a pact with the state")],
    ),
    (
        "an aside on a part of the noun ('strains of which') leaves the title",
        "The fungus, forms of which can infect people and can be deadly, has killed 40 cattle in the valley "
        "since 2003.",
        [("since 2003", "DATE", "2003")],
        [("2003", "The fungus has killed 40 cattle in the valley")],
    ),
    (
        "a telling set off by commas after a front phrase leaves the title",
        "During the period of the plan (2026-2030), he noted, the country will strive to build roads.",
        [("2026", "DATE", "2026"), ("2030", "DATE", "2030")],
        [("2026", "The country will strive to build roads during the period of the plan")],
    ),
    (
        "a telling set off by commas between subject and verb leaves the title",
        "The country, he said, will build new roads in 2027.",
        [("in 2027", "DATE", "2027")],
        [("2027", "The country will build new roads")],
    ),
    (
        "a front clause kept alone by the cut loses its 'As'",
        "As the two sides got ready for this week's meeting, a police spokesman said bandits raided a bus "
        "depot near the border on Monday, wounding two guards.",
        [("this week", "DATE", "2025-W43"), ("on Monday", "DATE", "2025-10-20")],
        [("2025-W43", "The two sides got ready for the meeting"),
         ("2025-10-20", "A police spokesman said bandits raided a bus depot near the border")],
    ),
    (
        "'As many as' is no subordinate clause",
        "As many as 300 extra nurses are expected to be hired next year.",
        [("next year", "DATE", "2026")],
        [("2026", "As many as 300 extra nurses are expected to be hired")],
    ),
    (
        "an aside on a name inside the clause holds the only date",
        "The remark came after Omar Farid, who stepped down as coach at the weekend after a sixth defeat, "
        "said he was ready to leave the club.",
        [("at the weekend", "DATE", "2025-W43-WE")],
        [("2025-W43-WE", "Omar Farid stepped down as coach after a sixth defeat")],
    ),
    (
        "an aside on the last of two names is no event of that name alone",
        "Skaters Ann Lee and Kim Ito, who won the event last year, delighted the fans by finishing second.",
        [("last year", "DATE", "2024")],
        [("2024", "Skaters Ann Lee and Kim Ito won the event")],
    ),
    (
        "an aside that only says when leaves the main clause",
        "The mayor told reporters that the fire, which took place at around 10 a.m., destroyed four shops.",
        [("10 a.m.", "TIME", "2025-10-25T10:00")],
        [("2025-10-25T10:00", "The mayor told reporters that the fire destroyed four shops")],
    ),
    (
        "a number's comma does not end the aside",
        "\"It was close,\" said Okoro, who will race the holders again on Thursday in the 5,000m heat.",
        [("on Thursday", "DATE", "2025-10-30")],
        [("2025-10-30", "Okoro will race the holders again in the 5,000m heat")],
    ),
    (
        "a date inside an inner relative clause dates that clause, not the main one",
        "Officials said the files at the depot, which was cleared last week, were lost.",
        [("last week", "DATE", "2025-W42")],
        [("2025-W42", "The depot was cleared")],
    ),
    (
        "a 'where' clause with a subject of its own holds the only date",
        "The arrests came amid a rise in thefts along the harbour, where the port police had logged 35 "
        "break-ins since mid-March.",
        [("since mid-March", "DATE", "2025-03")],
        [("2025-03", "The port police had logged 35 break-ins")],
    ),
    (
        "a date that is the object of the 'where' clause's verb leaves the main clause",
        "The aide spoke in Aspen, where the senator was passing the end of the year.",
        [("the end of the year", "DATE", "2025")],
        [("2025", "The aide spoke in Aspen")],
    ),
    (
        "a long title loses the place between a telling and what it tells before the cut",
        "Colonel Maria Duarte, head of policing in the region, said in the regional capital of Stone Ridge "
        "on Wednesday that the police will pay a reward for news of the smugglers.",
        [("on Wednesday", "DATE", "2025-10-22")],
        [("2025-10-22", "Colonel Maria Duarte said the police will pay a reward for news of the smugglers")],
    ),
    (
        "a short one keeps it",
        "The bank said in a statement on Tuesday that it had opened branches.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "The bank said in a statement that it had opened branches")],
    ),
    (
        "the second part of a two-part relative clause holds the date",
        "Only the court can stop the deportation of Ruiz, who has lived in the city for three decades and "
        "who is to be flown out on Tuesday.",
        [("on Tuesday", "DATE", "2025-10-28")],
        [("2025-10-28", "Ruiz is to be flown out")],
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round21_titles(text, marks, expected):
    assert [(e.when.value, e.title) for e in run(text, marks)] == expected


# (id, text, date phrases, the relative clauses found as (noun phrase, clause)).
RELATIVE_CASES = [
    (
        "a date before the clause's verb opens the clause",
        "It split from the older front, which last year signed a truce.",
        ["last year"],
        [("the older front", "last year signed a truce.")],
    ),
    (
        "a date inside the clause's reported statement does not end the clause",
        "She wrote to the city attorney, who announced Thursday that the audit from the 1990s was stopped.",
        ["Thursday", "the 1990s"],
        [("the city attorney", "announced Thursday that the audit from the 1990s was stopped.")],
    ),
    (
        "a date followed by the main verb still ends a clause on the subject",
        "The bridge that collapsed in 2018 was rebuilt.",
        ["in 2018"],
        [("The bridge", "collapsed in 2018")],
    ),
]


@pytest.mark.parametrize("text, phrases, expected", [c[1:] for c in RELATIVE_CASES],
                         ids=[c[0] for c in RELATIVE_CASES])
def test_round21_relative_clauses(text, phrases, expected):
    dates = tuple((text.index(p), text.index(p) + len(p)) for p in phrases)
    found = relatives.find(text, 0, len(text), dates)
    assert [(text[np[0] : np[1]], text[clause[0] : clause[1]]) for np, clause, _, _ in found] == expected


# (id, text, the clause's other date, the date that owns an occurrence, the title expected or "").
OWNED_CASES = [
    (
        "an occurrence noun after words before it",
        "Delegates met on Saturday to draft papers ahead of next week's regional trade talks.",
        "on Saturday", "next week", "Regional trade talks",
    ),
    (
        "a noun that goes on into a longer noun is left alone",
        "The envoy said on Saturday he will meet them ahead of next week's disarmament talks.",
        "on Saturday", "next week", "",
    ),
    (
        "one word tells too little",
        "Fans called on Sunday for the coach to quit after Saturday's loss.",
        "on Sunday", "Saturday", "",
    ),
    (
        "'at' a day's meeting: the clause happened then",
        "Ministers agreed on Monday at Friday's meeting of the cabinet to raise taxes.",
        "on Monday", "Friday", "",
    ),
]


@pytest.mark.parametrize("text, other, owner, expected", [c[1:] for c in OWNED_CASES],
                         ids=[c[0] for c in OWNED_CASES])
def test_round21_owned_occurrences(text, other, owner, expected):
    own = (text.index(owner), text.index(owner) + len(owner))
    second = (text.index(other), text.index(other) + len(other))
    assert occurrences.occurrence(text, (0, len(text)), own, [own, second]) == expected
