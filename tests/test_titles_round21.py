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
        "The mayor said he took full responsibility for his advice to the city attorney, who announced "
        "Thursday that the audit of the contracts from the 1990s was being stopped.",
        [("Thursday", "DATE", "2025-10-23"), ("the 1990s", "DATE", "199")],
        [("2025-10-23", "The audit of the contracts from the 1990s was being stopped")],
    ),
    (
        "an aside on the end of a longer name is no event of that name's tail",
        "The match will honour Paolo Verdi, former captain of the national team, who died in September.",
        [("in September", "DATE", "2025-09")],
        [("2025-09", "The match will honour Paolo Verdi who died")],
    ),
    (
        "a restrictive clause on the subject holds the only date: the subject's act",
        "The two-day meetings which ended on Thursday are aimed at forging a truce with the rebels.",
        [("on Thursday", "DATE", "2025-10-23")],
        [("2025-10-23", "The two-day meetings ended")],
    ),
    (
        "a pronoun is no subject to lend",
        "Those who sought to return on Tuesday were barred by a roadblock.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "Those who sought to return were barred by a roadblock")],
    ),
    (
        "a plain noun after a preposition with a clause at the end",
        "Troops are locked in a standoff that has claimed 60 lives this year.",
        [("this year", "DATE", "2025")],
        [("2025", "A standoff has claimed 60 lives")],
    ),
    (
        "a clause on the object of 'of' that goes on after the date",
        "The union condemned the approval of the deal that was reached on Tuesday after long talks.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "The deal was reached after long talks")],
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
        "So far, eight districts have reported the disease since its outbreak in July.",
        [("in July", "DATE", "2025-07")],
        [("2025-07", "Eight districts have reported the disease since its outbreak")],
    ),
    (
        "a month after 'of' that modifies a noun stays in the other event's title and dates nothing",
        "The index fell 2 percent on Tuesday despite news of September trade figures and a bank pledge.",
        [("on Tuesday", "DATE", "2025-10-21"), ("September", "DATE", "2025-09")],
        [("2025-10-21", "The index fell 2 percent despite news of September trade figures")],
    ),
    (
        "'as of' a time is no modifier",
        "As of 10:00 a.m. local time, the storm was 870 kilometers east of the coast.",
        [("10:00 a.m.", "TIME", "2025-10-25T10:00")],
        [("2025-10-25T10:00", "The storm was 870 kilometers east of the coast")],
    ),
    (
        "a named day of something leaves with what it is the day of",
        "The team won all six gold medals on offer on the opening day of competition at the range.",
        [("the opening day", "DATE", "2025-10-25")],
        [("2025-10-25", "The team won all six gold medals on offer at the range")],
    ),
    (
        "an aside with a number's comma, and a second relative part after 'and which'",
        "The front, founded in 1978 and which commands around 10,000 fighters, wants a truce.",
        [("in 1978", "DATE", "1978")],
        [("1978", "The front was founded")],
    ),
    (
        "a relative aside with a number's comma leaves the title",
        "The company, which employs 12,000 workers, said on Monday it would cut jobs.",
        [("on Monday", "DATE", "2025-10-20")],
        [("2025-10-20", "The company said it would cut jobs")],
    ),
    (
        "a date between a 'when' clause's subject and its verb dates that clause",
        "There were 39 visitors in the town, not counting the staff, when the consulate on April 4 urged all "
        "visitors to leave, the envoy said.",
        [("on April 4", "DATE", "2025-04-04")],
        [("2025-04-04", "The consulate urged all visitors to leave")],
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
        "Spain will send 2,000 soldiers; Norway said on Tuesday it was sending 1,000; Chile has promised 700 "
        "troops; Peru, 500; Cuba, 400.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "Norway said it was sending 1,000")],
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
        "In spite of ambitious pledges signed in Lisbon in 1995, there is little progress.",
        [("in 1995", "DATE", "1995")],
        [("1995", "Ambitious pledges were signed in Lisbon")],
    ),
    (
        "a day that owns an occurrence after 'following', in a clause dated otherwise",
        "The envoy arrived on Monday evening to show support following last Wednesday's deadly bombings in "
        "the capital.",
        [("on Monday evening", "TIME", "2025-10-20TEV"), ("last Wednesday", "DATE", "2025-10-15")],
        [("2025-10-20TEV", "The envoy arrived to show support following the deadly bombings in the capital"),
         ("2025-10-15", "Deadly bombings in the capital")],
    ),
    (
        "an acronym between the name and its aside",
        "The rebel group is an offshoot of the Northern Liberation Front (NLF), which last year signed a "
        "truce with the army.",
        [("last year", "DATE", "2024")],
        [("2024", "The Northern Liberation Front signed a truce with the army")],
    ),
    (
        "an aside on a part of the noun ('strains of which') leaves the title",
        "The virus, strains of which can spread to humans and can be fatal, has claimed 60 lives in the "
        "region since 2003.",
        [("since 2003", "DATE", "2003")],
        [("2003", "The virus has claimed 60 lives in the region")],
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
        "As negotiators prepared for this week's talks, an army spokesman said rebels ambushed a road crew "
        "near the town on Monday, killing one soldier.",
        [("this week", "DATE", "2025-W43"), ("on Monday", "DATE", "2025-10-20")],
        [("2025-W43", "Negotiators prepared for the talks"),
         ("2025-10-20", "An army spokesman said rebels ambushed a road crew near the town")],
    ),
    (
        "'As many as' is no subordinate clause",
        "As many as 2,000 more troops are expected to be sent next year.",
        [("next year", "DATE", "2026")],
        [("2026", "As many as 2,000 more troops are expected to be sent")],
    ),
    (
        "an aside on a name inside the clause holds the only date",
        "The remark came after Ravi Singh, who resigned as premier at the weekend after losing a vote, said "
        "he was willing to quit.",
        [("at the weekend", "DATE", "2025-W43-WE")],
        [("2025-W43-WE", "Ravi Singh resigned as premier after losing a vote")],
    ),
    (
        "an aside on the last of two names is no event of that name alone",
        "Skaters Ann Lee and Kim Ito, who won the event last year, delighted the fans by finishing second.",
        [("last year", "DATE", "2024")],
        [("2024", "Skaters Ann Lee and Kim Ito won the event")],
    ),
    (
        "an aside that only says when leaves the main clause",
        "The governor told reporters that the blast, which happened at around 10 a.m., killed seven people.",
        [("10 a.m.", "TIME", "2025-10-25T10:00")],
        [("2025-10-25T10:00", "The governor told reporters that the blast killed seven people")],
    ),
    (
        "a number's comma does not end the aside",
        "\"I have beaten him before,\" said Zhang, who will face his rival again on Thursday in the 1,500m "
        "final.",
        [("on Thursday", "DATE", "2025-10-30")],
        [("2025-10-30", "Zhang will face his rival again in the 1,500m final")],
    ),
    (
        "a date inside an inner relative clause dates that clause, not the main one",
        "Police said the bodies at the camp, which was emptied last week, were found.",
        [("last week", "DATE", "2025-W42")],
        [("2025-W42", "The camp was emptied")],
    ),
    (
        "a 'where' clause with a subject of its own holds the only date",
        "The seizure came amid a surge in raids off the coast, where the maritime bureau had reported 40 "
        "attacks since mid-March.",
        [("since mid-March", "DATE", "2025-03")],
        [("2025-03", "The maritime bureau had reported 40 attacks")],
    ),
    (
        "a date that is the object of the 'where' clause's verb leaves the main clause",
        "The aide spoke in Crawford, where the president was spending the end of the year.",
        [("the end of the year", "DATE", "2025")],
        [("2025", "The aide spoke in Crawford")],
    ),
    (
        "a long title loses the place between a telling and what it tells before the cut",
        "General John Reyes, head of security in the province, said in the provincial capital of Marsh Bay "
        "on Wednesday that the army will pay a reward for news of the rebel chief.",
        [("on Wednesday", "DATE", "2025-10-22")],
        [("2025-10-22", "General John Reyes said the army will pay a reward for news of the rebel chief")],
    ),
    (
        "a short one keeps it",
        "The airline said in a statement on Tuesday that it had added flights.",
        [("on Tuesday", "DATE", "2025-10-21")],
        [("2025-10-21", "The airline said in a statement that it had added flights")],
    ),
    (
        "the second part of a two-part relative clause holds the date",
        "The governor alone can halt the execution of Lee, who has been in prison for two decades and who is "
        "to die by lethal injection on Tuesday.",
        [("on Tuesday", "DATE", "2025-10-28")],
        [("2025-10-28", "Lee is to die by lethal injection")],
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
