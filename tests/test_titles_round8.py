"""Titles of whole subject noun phrases, asides, clauses after a semicolon and reported clauses (round 8,
invented text)."""

import pytest

from tests.test_events import run
from timeline.person_heads import is_person_noun
from timeline.verbs import has_verb

# (id, text, its dates as the tagger gives them, expected title of each event by value).
CASES = [
    (
        "a role and a name before 'who' stay whole",
        "Bank Governor Alma Reyes, who took office in 2019, spoke on Monday.",
        [("in 2019", "DATE", "2019"), ("on Monday", "DATE", "2025-10-20")],
        {"2019": "Bank Governor Alma Reyes took office", "2025-10-20": "Bank Governor Alma Reyes spoke"},
    ),
    (
        "a role and a name of three words before 'who' stay whole",
        "Trade Minister Lee Kah Wai, who joined the cabinet in 2016, resigned on Monday.",
        [("in 2016", "DATE", "2016"), ("on Monday", "DATE", "2025-10-20")],
        {"2016": "Trade Minister Lee Kah Wai joined the cabinet",
         "2025-10-20": "Trade Minister Lee Kah Wai resigned"},
    ),
    (
        "a weekday before the role and the name is no part of it",
        "On Monday Coach Dana Kirk, who took over in 2021, quit.",
        [("On Monday", "DATE", "2025-10-20"), ("in 2021", "DATE", "2021")],
        {"2021": "Coach Dana Kirk took over", "2025-10-20": "Coach Dana Kirk quit"},
    ),
    (
        "an aside after 'X of Y' describes X when X is a role",
        "The head of the museum, appointed in 2020, resigned on Monday.",
        [("in 2020", "DATE", "2020"), ("on Monday", "DATE", "2025-10-20")],
        {"2020": "The head of the museum was appointed", "2025-10-20": "The head of the museum resigned"},
    ),
    (
        "an aside after 'X of Y' describes Y when X is a thing",
        "The retrial of the former governor, arrested in 2022, began on Monday.",
        [("in 2022", "DATE", "2022"), ("on Monday", "DATE", "2025-10-20")],
        {"2022": "The former governor was arrested",
         "2025-10-20": "The retrial of the former governor began"},
    ),
    (
        "people before 'of' take 'were'",
        "The members of the jury, chosen in August, were dismissed on Monday.",
        [("in August", "DATE", "2025-08"), ("on Monday", "DATE", "2025-10-20")],
        {"2025-08": "The members of the jury were chosen",
         "2025-10-20": "The members of the jury were dismissed"},
    ),
    (
        "a noun of a person by its ending heads the phrase",
        "The chief economist of the bank, hired in 2018, left on Monday.",
        [("in 2018", "DATE", "2018"), ("on Monday", "DATE", "2025-10-20")],
        {"2018": "The chief economist of the bank was hired",
         "2025-10-20": "The chief economist of the bank left"},
    ),
    (
        "the clause after a semicolon titles its own date after a clause on a verb no list knows",
        "Drivers at the depot strike every Monday; the union first struck in May 2020.",
        [("every Monday", "SET", "XXXX-WXX-1"), ("in May 2020", "DATE", "2020-05")],
        {"2020-05": "The union first struck"},
    ),
    (
        "an item of a list between semicolons is no clause",
        "The chairman, Mr. Ode; the treasurer, Ms. Ruiz; and the secretary resigned on Monday.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The chairman, Mr. Ode; the treasurer, Ms. Ruiz; and the secretary resigned"},
    ),
    (
        "a happening told twice: the first date drops 'and again', the second drops 'first'",
        "Nurses walk out each winter; the union first struck in March 2019 and again two years later.",
        [("each winter", "SET", "XXXX-WI"), ("in March 2019", "DATE", "2019-03"),
         ("two years later", "DATE", "2021")],
        {"2019-03": "The union first struck", "2021": "The union struck again"},
    ),
    (
        "a happening told twice keeps what follows, without its attribution",
        "The firm cut jobs in 2019 and again in 2021, the union said.",
        [("in 2019", "DATE", "2019"), ("in 2021", "DATE", "2021")],
        {"2019": "The firm cut jobs", "2021": "The firm cut jobs again"},
    ),
    (
        "a date inside a reported clause titles it; its pronoun takes the teller's name",
        "Senator Ana Mora Diaz announced last month that she would retire in 2027.",
        [("last month", "DATE", "2025-09"), ("in 2027", "DATE", "2027")],
        {"2025-09": "Senator Ana Mora Diaz announced that she would retire",
         "2027": "Senator Ana Mora Diaz will retire"},  # round 36: her own plan takes a headline's "will"
    ),
    (
        "'it' in a reported clause stands for a thing that tells",
        "The brewer said on Monday that it would close the plant in 2026.",
        [("on Monday", "DATE", "2025-10-20"), ("in 2026", "DATE", "2026")],
        {"2025-10-20": "The brewer said that it would close the plant",
         "2026": "The brewer will close the plant"},
    ),
    (
        "'they' stands for a plural teller",
        "Officials said on Monday that they would reopen the road in December.",
        [("on Monday", "DATE", "2025-10-20"), ("in December", "DATE", "2025-12")],
        {"2025-10-20": "Officials said that they would reopen the road",
         "2025-12": "Officials would reopen the road"},
    ),
    (
        "'he' stands for no court: the whole sentence titles the clause",
        "The court said on Monday that he would be freed in March.",
        [("on Monday", "DATE", "2025-10-20"), ("in March", "DATE", "2026-03")],
        {"2025-10-20": "The court said that he would be freed",
         "2026-03": "The court said that he would be freed"},
    ),
    (
        "a clause after a noun and 'that' is no reported clause",
        "The firm was fined on Monday over claims that it hid losses in 2023.",
        [("on Monday", "DATE", "2025-10-20"), ("in 2023", "DATE", "2023")],
        # 2023 is the claim's, which dates nothing since round 39 (a date in what a claim holds)
        {"2025-10-20": "The firm was fined over claims that it hid losses"},
    ),
    (
        "a headline's plain present verb after a plural keeps its statement without the attribution",
        "Biologists discover a new frog in March, the museum says.",
        [("in March", "DATE", "2025-03")],
        {"2025-03": "Biologists discover a new frog"},
    ),
    (
        "a past form that is no participle takes no auxiliary of a passive",
        "The coach, who was hired in 2020 and took the club to a final last May, left.",
        [("in 2020", "DATE", "2020"), ("last May", "DATE", "2025-05")],
        {"2020": "The coach was hired", "2025-05": "The coach took the club to a final"},
    ),
    (
        "an intransitive verb takes no auxiliary of a passive",
        "The rocket, which was assembled in 2019 and exploded last May, is lost.",
        [("in 2019", "DATE", "2019"), ("last May", "DATE", "2025-05")],
        {"2019": "The rocket was assembled", "2025-05": "The rocket exploded"},
    ),
    (
        "a short past form after 'and' starts a second predicate",
        "The judge, who was appointed in 2009 and died last May, was 71.",
        [("in 2009", "DATE", "2009"), ("last May", "DATE", "2025-05")],
        {"2009": "The judge was appointed", "2025-05": "The judge died"},
    ),
    (
        "'and' with a subject and an auxiliary of its own after a date starts a clause",
        "Doors open at 9 a.m. and the winners are announced on Sunday.",
        [("at 9 a.m.", "TIME", "2025-10-25T09:00"), ("on Sunday", "DATE", "2025-10-26")],
        {"2025-10-25T09:00": "Doors open", "2025-10-26": "The winners are announced"},
    ),
    (
        "'but' and a past form start a second predicate",
        "The party lost its seats in 2019 but regained them five years later.",
        [("in 2019", "DATE", "2019"), ("five years later", "DATE", "2024")],
        {"2019": "The party lost its seats", "2024": "The party regained them"},
    ),
    (
        "a participle its date leaves bare between a subject and its verb goes",
        "A survey published on Monday found that rents rose.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "A survey found that rents rose"},
    ),
    (
        "a relative clause its date leaves bare between a subject and its verb goes",
        "Talks that began in June have stalled, the ministry said on Monday.",
        [("in June", "DATE", "2025-06"), ("on Monday", "DATE", "2025-10-20")],
        {"2025-06": "Talks began", "2025-10-20": "The ministry said talks have stalled"},
    ),
    (
        "a verb before a date and a noun after it stays",
        "The company announced on Monday plans to hire 300 workers.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The company announced plans to hire 300 workers"},
    ),
    (
        "'it' after a semicolon stands for the last thing named before it",
        "The council approved the levy on Monday; it takes effect in April.",
        [("on Monday", "DATE", "2025-10-20"), ("in April", "DATE", "2026-04")],
        {"2025-10-20": "The council approved the levy", "2026-04": "The levy takes effect"},
    ),
    (
        "an 'it' that stands for nothing stays",
        "Divers found the wreck on Monday; it is unclear whether it sank in 1911.",
        [("on Monday", "DATE", "2025-10-20"), ("in 1911", "DATE", "1911")],
        {"2025-10-20": "Divers found the wreck", "1911": "It is unclear whether it sank"},
    ),
    (
        "an adverb before the participle of an aside keeps the aside an aside",
        "The fair, first held in 1961, drew 9,000 visitors in June.",
        [("in 1961", "DATE", "1961"), ("in June", "DATE", "2025-06")],
        {"1961": "The fair was first held", "2025-06": "The fair drew 9,000 visitors"},
    ),
    (
        "the only date, inside a reported clause, titles that clause; its pronoun takes the teller",
        "The ministry announced that it would raise fuel prices in April.",
        [("in April", "DATE", "2026-04")],
        {"2026-04": "The ministry will raise fuel prices"},  # a headline's "will" (round 29)
    ),
    (
        "a possessive pronoun in a reported clause takes the teller's possessive",
        "The museum said that its new wing would open in May.",
        [("in May", "DATE", "2026-05")],
        {"2026-05": "The museum's new wing would open"},
    ),
    (
        "a named teller of a nameless reported clause keeps the telling",
        "Halden Steel Corp. said that quarterly profit fell 8% in the third quarter.",
        [("the third quarter", "DATE", "2025-Q3")],
        {"2025-Q3": "Halden Steel Corp. said that quarterly profit fell 8%"},
    ),
    (
        "a participle after a comma that no comma closes is the main verb, not a reduced clause",
        "The bakery, opened in 1931 by two sisters, closed for good on Monday.",
        [("in 1931", "DATE", "1931"), ("on Monday", "DATE", "2025-10-20")],
        {"1931": "The bakery was opened by two sisters", "2025-10-20": "The bakery closed for good"},
    ),
    (
        "an apposition that sums up a clause goes with the clause it sums up",
        "The bank said on Monday it would buy a rival for $2 billion, a deal expected to close in March.",
        [("on Monday", "DATE", "2025-10-20"), ("in March", "DATE", "2026-03")],
        {"2025-10-20": "The bank said it would buy a rival for $2 billion",
         "2026-03": "A deal was expected to close"},
    ),
    (
        # round 38: the other side of a "than" is a baseline: no event of its own, and the title keeps it
        "a comparison whose second term is a date: a baseline the title keeps",
        "Glaciers melted faster this year than in 1990.",
        [("this year", "DATE", "2025"), ("1990", "DATE", "1990")],
        {"2025": "Glaciers melted faster than in 1990"},
    ),
    (
        "'and' and an irregular past form start a second predicate",
        "The chemist won the medal in 1990 and taught at the institute until 2015.",
        [("in 1990", "DATE", "1990"), ("until 2015", "DATE", "2015")],
        {"1990": "The chemist won the medal", "2015": "The chemist taught at the institute"},
    ),
    (
        "'and' and a present auxiliary right after a date start a second predicate",
        "Sales of heat pumps doubled in 2024 and are expected to rise again this year.",
        [("in 2024", "DATE", "2024"), ("this year", "DATE", "2025")],
        {"2024": "Sales of heat pumps doubled", "2025": "Sales of heat pumps are expected to rise again"},
    ),
    (
        "'it is' and a participle after a semicolon stands for the thing named",
        "Members backed the plan on Monday; it is expected to be completed in May.",
        [("on Monday", "DATE", "2025-10-20"), ("in May", "DATE", "2026-05")],
        {"2025-10-20": "Members backed the plan", "2026-05": "The plan is expected to be completed"},
    ),
    (
        "an adverb before the participle of a reduced clause belongs to the clause",
        "The maker recalled 9,000 kettles on Monday over a fault first reported in May.",
        [("on Monday", "DATE", "2025-10-20"), ("in May", "DATE", "2025-05")],
        {"2025-10-20": "The maker recalled 9,000 kettles over a fault",
         "2025-05": "A fault was first reported"},
    ),
    (
        "'he' with no speaker before stands for the last person named with 'the'",
        "The club fined the striker on Monday after he missed training on Friday.",
        [("on Monday", "DATE", "2025-10-20"), ("on Friday", "DATE", "2025-10-17")],
        {"2025-10-20": "The club fined the striker after he missed training",
         "2025-10-17": "The striker missed training"},
    ),
    (
        "a date in a 'whose' aside titles the aside with its owner",
        "The painter Ida Berg, whose first show opened in 1959, died on Monday.",
        [("in 1959", "DATE", "1959"), ("on Monday", "DATE", "2025-10-20")],
        {"1959": "The painter Ida Berg's first show opened", "2025-10-20": "The painter Ida Berg died"},
    ),
    (
        "a span of time left after a comma, its clause cut, goes",
        "Crews lost contact with the drone on Monday, a day after it crossed the mountain range north of the "
        "capital in a storm.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "Crews lost contact with the drone"},
    ),
    (
        "a year before the noun of an occurrence, in a clause another date dates, titles the occurrence",
        "A jury cleared the guard on Friday of charges stemming from a 2022 shooting in Dayton.",
        [("on Friday", "DATE", "2025-10-24"), ("2022", "DATE", "2022")],
        {"2025-10-24": "A jury cleared the guard of charges stemming from a shooting in Dayton",
         "2022": "A shooting in Dayton"},
    ),
    (
        "the occurrence keeps a name after a title with a full stop",
        "Police reopened the file on Monday on the 1998 shooting of Dr. Ines Moya.",
        [("on Monday", "DATE", "2025-10-20"), ("1998", "DATE", "1998")],
        {"2025-10-20": "Police reopened the file on the shooting of Dr. Ines Moya",
         "1998": "Dr. Ines Moya shot"},
    ),
    (
        "a year alone in its clause keeps the clause",
        "Voters went to the polls in the 2019 election.",
        [("2019", "DATE", "2019")],
        {"2019": "Voters went to the polls in the election"},
    ),
    (
        "a plural that opens a reported statement before a past form is lowercased",
        "Imports fell for a third month in September, customs data showed on Monday.",
        [("in September", "DATE", "2025-09"), ("on Monday", "DATE", "2025-10-20")],
        {"2025-09": "Imports fell for a third month",
         "2025-10-20": "Customs data showed imports fell for a third month"},
    ),
    (
        "a plural seen with its capital inside a sentence nearby is a name and keeps it",
        "Fans of Hornets filled the square. Hornets won the cup in May, the league said on Monday.",
        [("in May", "DATE", "2025-05"), ("on Monday", "DATE", "2025-10-20")],
        {"2025-05": "Hornets won the cup", "2025-10-20": "The league said Hornets won the cup"},
    ),
    (
        "a bare plural span left after a comma, its clause cut, goes",
        "The agency opened an investigation into the airline on Monday, weeks after passengers complained "
        "about delayed refunds.",
        [("on Monday", "DATE", "2025-10-20")],
        {"2025-10-20": "The agency opened an investigation into the airline"},
    ),
    (
        "'and' and a present verb right after a date start a second predicate",
        "Registration opens on March 2 and closes on March 20.",
        [("on March 2", "DATE", "2026-03-02"), ("on March 20", "DATE", "2026-03-20")],
        {"2026-03-02": "Registration opens", "2026-03-20": "Registration closes"},
    ),
    (
        "a particle ends no noun phrase of a clause without a pronoun",
        "The swimmer broke the world record in Rome on Friday, taking a second off the mark set in 2009.",
        [("on Friday", "DATE", "2025-10-24"), ("in 2009", "DATE", "2009")],
        {"2009": "The mark was set",
         "2025-10-24": "The swimmer broke the world record in Rome, taking a second off the mark"},
    ),
    (
        "a participle part ends at the comma before the attribution",
        "Factory output rose 2% in May after falling in April, the agency reported on Monday.",
        [("in May", "DATE", "2025-05"), ("in April", "DATE", "2025-04"), ("on Monday", "DATE", "2025-10-20")],
        {"2025-05": "Factory output rose 2% after falling", "2025-04": "Factory output fell",
         "2025-10-20": "The agency said factory output rose 2% after falling"},
    ),
    (
        "'than planned' leaves with the date it compares",
        "The line will open in 2028, two years later than planned.",
        [("in 2028", "DATE", "2028"), ("two years later", "DATE", "2030")],
        {"2028": "The line will open", "2030": "The line will open"},
    ),
    (
        "'it' after a passive clause stands for that clause's subject",
        "The match was halted on Friday after snow covered the pitch; it will be replayed on Monday.",
        [("on Friday", "DATE", "2025-10-24"), ("on Monday", "DATE", "2025-10-27")],
        {"2025-10-24": "The match was halted after snow covered the pitch",
         "2025-10-27": "The match will be replayed"},
    ),
    (
        "'born' opens a participle aside",
        "The designer of the chair, born in 1931, died on Sunday.",
        [("in 1931", "DATE", "1931"), ("on Sunday", "DATE", "2025-10-19")],
        {"1931": "The designer of the chair was born", "2025-10-19": "The designer of the chair died"},
    ),
    (
        "a participle in neither -ed nor -en opens an aside",
        "Officials said on Monday that the rally, first run in 1907, would be cancelled next year.",
        [("on Monday", "DATE", "2025-10-20"), ("in 1907", "DATE", "1907"), ("next year", "DATE", "2026")],
        {"2025-10-20": "Officials said that the rally would be cancelled", "1907": "The rally was first run",
         "2026": "Officials said that the rally would be cancelled"},
    ),
    (
        "a noun phrase after a conjunction is a clause's subject, not an object",
        "The minister landed in Lima on Friday, her first trip since the consulate closed in 2020.",
        [("on Friday", "DATE", "2025-10-24"), ("in 2020", "DATE", "2020")],
        {"2025-10-24": "The minister landed in Lima, her first trip since the consulate closed",
         "2020": "The consulate closed"},
    ),
    (
        "a word that joined the date to the clause leaves with it",
        "The board voted on Monday to close the pool starting in May.",
        [("on Monday", "DATE", "2025-10-20"), ("in May", "DATE", "2026-05")],
        {"2025-10-20": "The board voted to close the pool", "2026-05": "The board voted to close the pool"},
    ),
    (
        "a year before the noun of an occurrence that a verb takes as its object keeps the verb",
        "The arena, which hosted the 2004 final, will be torn down next year.",
        [("2004", "DATE", "2004"), ("next year", "DATE", "2026")],
        {"2004": "The arena hosted the final", "2026": "The arena will be torn down"},
    ),
    (
        "'its' heading a later clause takes the subject of the sentence",
        "The tower burned down in 2017; its replacement opened in 2022.",
        [("in 2017", "DATE", "2017"), ("in 2022", "DATE", "2022")],
        {"2017": "The tower burned down", "2022": "The tower's replacement opened"},
    ),
    (
        "'they' heading a later clause takes a plural subject of the sentence",
        "The two ministers met in Rome in June; they will meet again in the spring.",
        [("in June", "DATE", "2025-06"), ("in the spring", "DATE", "2026-SP")],
        {"2025-06": "The two ministers met in Rome", "2026-SP": "The two ministers will meet again"},
    ),
    (
        "'its' does not stand for a name, which may be a person",
        "Oduya himself took the port on May 2; its airport fell on May 9.",
        [("on May 2", "DATE", "2025-05-02"), ("on May 9", "DATE", "2025-05-09")],
        {"2025-05-02": "Oduya himself took the port", "2025-05-09": "Its airport fell"},
    ),
    (
        "a participle aside with two predicates titles each, and the main clause after it its own date",
        "The scheme, launched in 2016 and widened in 2022, will end in December.",
        [("in 2016", "DATE", "2016"), ("in 2022", "DATE", "2022"), ("in December", "DATE", "2025-12")],
        {"2016": "The scheme was launched", "2022": "The scheme was widened",
         "2025-12": "The scheme will end"},
    ),
    (
        "a time's 'a.m.' ends no sentence: the second predicate takes the subject",
        "Doors opened at 9 a.m. on Monday and will shut at 6 p.m.",
        [("at 9 a.m. on Monday", "TIME", "2025-10-20T09:00"), ("at 6 p.m.", "TIME", "2025-10-20T18:00")],
        {"2025-10-20T09:00": "Doors opened", "2025-10-20T18:00": "Doors will shut"},
    ),
    (
        "'he' after a semicolon stands for a person named by a noun in '-man'",
        "A court jailed the fisherman on Monday; he had been detained in June.",
        [("on Monday", "DATE", "2025-10-20"), ("in June", "DATE", "2025-06")],
        {"2025-10-20": "A court jailed the fisherman", "2025-06": "The fisherman had been detained"},
    ),
]


@pytest.mark.parametrize("text, marks, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_titles(text, marks, expected):
    # the titles of routine tellings too ("A spokesman said ..."): extract drops them by default
    assert {e.when.value: e.title for e in run(text, marks, tellings="all")} == expected


# (word, whether it names a person or a role).
PERSON_CASES = [("head", True), ("founder", True), ("economist", True), ("historian", True),
                ("resident", True), ("trial", False), ("sale", False), ("agreement", False), ("event", False),
                ("incident", False), ("current", False), ("businessman", True), ("human", False)]


@pytest.mark.parametrize("word, person", PERSON_CASES, ids=[c[0] for c in PERSON_CASES])
def test_person_nouns(word, person):
    assert is_person_noun(word) is person


# (headline, whether it holds a verb): a plain present after a plural or a name is one.
VERB_CASES = [("Workers walk out", True), ("Hundreds flee the fire", True), ("Analysts expect a cut", True),
              ("the plant workers", False), ("a walk in the park", False)]


@pytest.mark.parametrize("text, verb", VERB_CASES, ids=[c[0] for c in VERB_CASES])
def test_headline_verbs(text, verb):
    assert has_verb(text) is verb


def test_participle_aside_closed_after_a_second_predicate():
    """A participle aside that a comma closes after 'and' is an aside: it titles its own date without the
    undated second predicate, and the date after the comma dates the main clause (round 9)."""
    text = "The gallery bought the vase, looted in 1943 and handed back to its owners, on Friday."
    events = run(text, [("in 1943", "DATE", "1943"), ("on Friday", "DATE", "2025-10-24")])
    assert {e.when.value: e.title for e in events} == {"1943": "The vase was looted",
                                                       "2025-10-24": "The gallery bought the vase"}
