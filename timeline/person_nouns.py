"""Keep the one vocabulary of role nouns: "minister", "spokesman", "coach", with the readers of each.

Several readers look for a noun that names a person by the role the person holds, each in its own place
in a sentence: before a speaker's name ("said club president Dana Ruiz"), before a name a cut may not part
it from ("the club's defender | Sam Ode"), after the owner of the role ("England captain Ben Dale"), at the
head of a subject ("The head of the agency Ali Demir"). They differ in which nouns they take, on purpose:
a noun a reader adds changes what it does ("coach" before a name that compress drops to a surname, "head"
before a name in a subject). So the nouns live here once, one row each with its family and an example,
and every reader asks for its own: `alternation("speaker")` is the regular-expression alternation of the
nouns that reader takes, written in the reader's case.

Kept apart, because they mean something else: the nouns that tell a person's sex (given_names.FEMALE_NOUNS,
MALE_NOUNS: "mother", "wife", "woman" hold no role), the nouns that head a phrase before "of"
(person_heads.PERSON_NOUNS: plurals and kin, "the widow of", "the members of"), plurals of people that are a
party to an action (open_complements._PARTY: "its employees"), the sources a news agency quotes
(open_complements: "quoted unnamed diplomats"), and the capitalized titles that carry a grammar of their own
(surnames._ROLE_WORDS: "Secretary of State", "Attorney General"; the courtesy titles "Mr.", "Sir").
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

Case = Literal["lower", "title", "either"]

# Who reads the nouns, for what, and in which case: "lower" as written, "title" capitalized ("President"),
# "either" with its first letter in either case ("[Pp]resident").
READERS: dict[str, tuple[Case, str]] = {
    "speaker": ("lower", 'a role before the name of a speaker: "said club president Dana Ruiz"'
                         " (attribution)"),
    "uncut": ("lower", 'a role a cut may not part from the name after it: "the defender | Sam Ode"'
                       " (chunks)"),
    "title_uncut": ("title", 'a title a cut may not part from its name: "said that Czech President |"'
                             " (complete)"),
    "to_surname": ("lower", 'a role that goes with a name to the surname: "urged president Ana Lima"'
                            " (compress)"),
    "former": ("lower", 'after "former", a role and its name go to the surname: "former dictator Jorge Vidal"'
                        " (compress)"),
    "waits": ("lower", 'a role with no article waits for its name: "to execute former dictator"'
                       " (open_complements)"),
    "title_head": ("title", 'a title before a name in a long subject: "Secretary General Jane Lute"'
                            " (subject_heads)"),
    "before_name": ("lower", 'a role before a capital in a subject: "deputy transport minister Karl Weber"'
                             " (subject_heads)"),
    "sport": ("lower", 'a role in sport before a name: "Riverside manager Ann Lee" (subject_heads)'),
    "heads_subject": ("lower", 'heads a subject that names its person after a phrase: "The head of the agency'
                               ' Ali Demir" (subject_heads)'),
    "after_owner": ("lower", 'a role after its owner, who stays: "England captain Ben Dale" (surnames)'),
    "pronoun": ("either", 'a role before the name a pronoun may stand for: "coach Ben Dale" (pronouns)'),
    "pronoun_title": ("title", 'a title, capitalized only, before such a name: "King Carl Gustaf"'
                               " (pronouns)"),
}


class Noun(NamedTuple):
    """One person noun: its words, its family, an example, and the readers that take it."""

    words: str
    family: str
    example: str
    readers: frozenset[str]


def _noun(words: str, family: str, example: str, readers: str) -> Noun:
    return Noun(words, family, example, frozenset(readers.split()))


NOUNS: list[Noun] = [
    # office
    _noun("president", "office", "said club president Dana Ruiz",
          "speaker uncut to_surname former waits title_head heads_subject after_owner title_uncut pronoun"),
    _noun("premier", "office", "urged premier Ana Lima to act",
          "uncut to_surname former waits title_head title_uncut pronoun"),
    _noun("prime minister", "office", "urged prime minister Ana Lind to act",
          "to_surname"),
    _noun("minister", "office", "deputy transport minister Karl Weber",
          "speaker uncut to_surname former waits title_head before_name heads_subject after_owner "
          "title_uncut pronoun"),
    _noun("chancellor", "office", "former chancellor Otto Brandt",
          "to_surname former waits title_head title_uncut pronoun"),
    _noun("secretary", "office", "said party secretary Ann Lee",
          "speaker uncut title_head before_name heads_subject title_uncut pronoun"),
    _noun("governor", "office", "said bank governor Ian Hale",
          "speaker uncut to_surname former waits title_head before_name heads_subject after_owner "
          "title_uncut pronoun"),
    _noun("mayor", "office", "said city mayor Ruth Okafor",
          "speaker uncut to_surname waits title_head before_name title_uncut pronoun"),
    _noun("senator", "office", "urged senator Tom Ruiz to act",
          "speaker to_surname waits title_head title_uncut pronoun"),
    _noun("commissioner", "office", "said police commissioner Jan Berg",
          "speaker title_head before_name title_uncut"),
    _noun("speaker", "office", "house speaker Ana Lind",
          "title_head before_name"),
    _noun("judge", "office", "Judge Maria Okafor ruled",
          "title_uncut pronoun"),
    # diplomacy
    _noun("ambassador", "diplomacy", "said the ambassador Jan Berg",
          "speaker uncut waits title_head before_name heads_subject after_owner title_uncut pronoun"),
    _noun("envoy", "diplomacy", "the new envoy Thomas Reed",
          "uncut waits title_head before_name heads_subject title_uncut pronoun"),
    # spokesperson
    _noun("spokesman", "spokesperson", "foreign ministry spokesman Ian Hale",
          "speaker uncut to_surname waits title_head before_name heads_subject after_owner title_uncut "
          "pronoun"),
    _noun("spokeswoman", "spokesperson", "said spokeswoman Ann Lee",
          "speaker uncut to_surname waits title_head before_name heads_subject after_owner title_uncut "
          "pronoun"),
    _noun("spokesperson", "spokesperson", "said spokesperson Dana Ruiz",
          "speaker"),
    # chair
    _noun("chair", "chair", "said authority chair Dana Ruiz",
          "speaker"),
    _noun("chairman", "chair", "said the chairman Ian Hale",
          "speaker uncut to_surname waits title_head before_name heads_subject after_owner title_uncut "
          "pronoun_title"),
    _noun("chairwoman", "chair", "said board chairwoman Ann Lee",
          "speaker uncut to_surname title_head before_name heads_subject after_owner title_uncut"),
    # head
    _noun("head", "head", "said agency head Ali Demir",
          "speaker heads_subject"),
    _noun("chief", "head", "said army chief Ali Demir",
          "speaker uncut waits title_head heads_subject after_owner pronoun"),
    _noun("leader", "head", "opposition party leader Ali Demir",
          "speaker uncut to_surname former waits heads_subject after_owner pronoun"),
    _noun("opposition leader", "head", "to jail opposition leader Ali Demir",
          "waits"),
    _noun("director", "head", "said museum director Ann Lee",
          "speaker uncut waits title_head before_name heads_subject title_uncut pronoun"),
    _noun("executive", "head", "said the chief executive Ann Lee",
          "speaker title_head"),
    _noun("manager", "head", "Riverside manager Ann Lee",
          "speaker uncut sport heads_subject after_owner pronoun"),
    _noun("officer", "head", "said police officer Ian Hale",
          "speaker title_head"),
    _noun("official", "head", "said official Jan Berg",
          "speaker pronoun"),
    _noun("commander", "head", "The commander of the fleet Ian Hale",
          "heads_subject"),
    _noun("boss", "head", "team boss Ian Hale",
          "pronoun"),
    _noun("founder", "head", "founder Ann Lee",
          "pronoun"),
    # rule
    _noun("king", "rule", "King Carl Gustaf",
          "to_surname former waits title_uncut pronoun_title"),
    _noun("queen", "rule", "Queen Ana Maria",
          "to_surname waits title_uncut pronoun_title"),
    _noun("prince", "rule", "Prince Carl Philip",
          "waits title_uncut pronoun_title"),
    _noun("princess", "rule", "Princess Ann Marie",
          "title_uncut pronoun_title"),
    _noun("dictator", "rule", "former dictator Jorge Vidal",
          "former waits"),
    _noun("ruler", "rule", "ousted ruler Jorge Vidal",
          "former"),
    _noun("strongman", "rule", "late strongman Jorge Vidal",
          "former"),
    _noun("pope", "rule", "Pope Leo XIV",
          "title_uncut pronoun_title"),
    _noun("bishop", "rule", "Bishop Ian Hale",
          "title_uncut pronoun_title"),
    _noun("archbishop", "rule", "said that Archbishop (Ian Hale)",
          "title_uncut"),
    _noun("cardinal", "rule", "said that Cardinal (Ian Hale)",
          "title_uncut"),
    _noun("sheikh", "rule", "Sheikh Ali Demir",
          "title_uncut pronoun_title"),
    _noun("ayatollah", "rule", "Ayatollah Ali Demir",
          "pronoun_title"),
    # military
    _noun("general", "military", "General Ana Lima",
          "to_surname former waits title_head title_uncut pronoun_title"),
    _noun("colonel", "military", "Colonel Ian Hale",
          "title_uncut pronoun_title"),
    _noun("captain", "military", "England captain Ben Dale",
          "speaker uncut waits sport heads_subject after_owner title_uncut pronoun_title"),
    # sport
    _noun("coach", "sport", "coach Ben Dale",
          "speaker uncut waits sport heads_subject after_owner title_uncut pronoun"),
    _noun("striker", "sport", "striker Sam Ode",
          "uncut waits sport after_owner pronoun"),
    _noun("midfielder", "sport", "midfielder Sam Ode",
          "uncut sport after_owner pronoun"),
    _noun("defender", "sport", "the club's defender Sam Ode",
          "uncut sport after_owner pronoun"),
    _noun("goalkeeper", "sport", "goalkeeper Sam Ode",
          "uncut sport after_owner pronoun"),
    _noun("winger", "sport", "winger Sam Ode",
          "uncut sport after_owner pronoun"),
    _noun("quarterback", "sport", "quarterback Sam Ode",
          "uncut sport after_owner pronoun"),
    _noun("player", "sport", "player Sam Ode",
          "uncut pronoun"),
    _noun("driver", "sport", "driver Sam Ode",
          "pronoun"),
    _noun("champion", "sport", "world champion Ben Ode",
          "uncut waits sport"),
    _noun("holder", "sport", "world record holder Ben Ode",
          "uncut sport"),
    _noun("medallist", "sport", "Olympic medallist Ben Ode",
          "waits"),
    _noun("medalist", "sport", "Olympic medalist Ben Ode",
          "waits"),
    _noun("teammate", "sport", "his teammate Sam Ode",
          "uncut"),
    _noun("hero", "sport", "cup final hero Sam Ode",
          "after_owner"),
    # profession
    _noun("lawyer", "profession", "said defence lawyer Jan Berg",
          "speaker uncut"),
    _noun("attorney", "profession", "said district attorney Jan Berg",
          "speaker"),
    _noun("prosecutor", "profession", "said chief prosecutor Jan Berg",
          "speaker uncut pronoun"),
    _noun("professor", "profession", "said law professor Ann Lee",
          "speaker"),
    _noun("curator", "profession", "said museum curator Ann Lee",
          "speaker"),
    _noun("editor", "profession", "said the paper's editor Ann Lee",
          "speaker"),
    _noun("economist", "profession", "said bank economist Ian Hale",
          "speaker"),
    _noun("analyst", "profession", "said market analyst Ian Hale",
          "speaker"),
    _noun("singer", "profession", "singer Ana Lind",
          "uncut waits pronoun"),
    _noun("actor", "profession", "actor Ben Dale",
          "uncut waits pronoun"),
    _noun("actress", "profession", "actress Ana Lind",
          "uncut waits pronoun"),
    _noun("author", "profession", "author Ann Lee",
          "uncut waits"),
    _noun("writer", "profession", "writer Ann Lee",
          "uncut waits"),
    # relation
    _noun("counterpart", "relation", "his French counterpart Jean Roux",
          "uncut"),
    _noun("colleague", "relation", "her colleague Ann Lee",
          "uncut"),
    _noun("rival", "relation", "his rival Ali Demir",
          "uncut"),

]


def words(reader: str) -> list[str]:
    """List the nouns a reader takes, in the table's order and the reader's case."""
    if reader not in READERS:
        raise KeyError(f"no person-noun reader {reader!r}; known: {', '.join(READERS)}")
    case = READERS[reader][0]
    nouns = [noun.words for noun in NOUNS if reader in noun.readers]
    if case == "title":
        return [" ".join(part.capitalize() for part in noun.split()) for noun in nouns]
    return nouns


def alternation(reader: str) -> str:
    r"""Return the nouns a reader takes as a regular-expression alternation: "president|prime\s+minister"."""
    case = READERS[reader][0] if reader in READERS else "lower"
    parts = []
    for noun in words(reader):
        pattern = r"\s+".join(re.escape(part) for part in noun.split())
        parts.append(f"[{noun[0].upper()}{noun[0]}]{pattern[1:]}" if case == "either" else pattern)
    return "|".join(parts)
