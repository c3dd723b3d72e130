"""Keep the one vocabulary of speech verbs: "said", "told", "according to", with the roles each plays.

Several readers look for a speech verb, each in its own place in a sentence: the attribution a title
cuts ("..., the county said."), the routine telling whose date is not news ("..., the agency reported
Monday"), the report that lets an episode go on ("The mayor said the plan would pass"). They differ in
which verbs they take, on purpose: a verb a reader leaves out changes what it does (an "announced" is
news, so a telling with it is not routine). So the verbs live here once, one row each with an example,
and every reader asks for its role: `alternation("routine")` is the regular-expression alternation of
the verbs that play it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# What each role is for, and who reads it.
ROLES: dict[str, str] = {
    "after_speaker": 'ends an attribution that a title cuts: "..., the county said." (attribution.TAIL)',
    "before_speaker": 'comes before the speaker it names: "..., said Jane Doe" (attribution.TAIL, _SPEAKER)',
    "names_person": 'follows a person who can stand for "he": "Jane Doe warned" (attribution._SPEAKER)',
    "routine": 'a routine telling whose date is not news: "..., the agency reported Monday" (telling)',
    "date_after_verb": 'a routine telling dated right after its verb: "The board said Monday that" (telling)',
    "episode": 'a report that lets a past episode go on: "The mayor said the plan would pass" (events)',
    "before_quote": "comes before a quotation a title drops: 'The mayor said: \"We will rebuild\"'",
    "before_lost_quote": 'before a quotation that lost its marks: "The bank said Inflation has eased"',
    "before_that": 'before "that" and a statement a long title keeps: "Berri said that ..." (attribution)',
    "it_was": 'in "it was said", which names no speaker (attribution.TAIL)',
    "before_statement": 'before a statement and its subject: "The statement said that the forum"',
    "said_here": 'ends a cut title with nothing said: "The minister said here" (shorten)',
    "before_complement": 'a speech or thought verb some words before "that": "warned Friday that"',
    "dangles": 'a cut title may not end on it, its statement cut: "... newspapers reported" (shorten)',
    "passes_on": 'opens a sentence whose statement is the news: "Police said a bomb exploded" (shapes)',
    "passes_on_dated": 'passes on a statement only for a date inside it: "Acme announced in May that it would'
                       ' close the plant by 2027": by 2027, Acme will close the plant (attribution)',
    "said_subject": 'the noun phrase after it is the subject of what was said: "said the line |" (open_ends)',
    "said_last": 'a cut a few words after it, with no "that", is open: "said at the hearing" (open_ends)',
    "said_front": 'before a phrase fronted in what was said: "said, due to the rain," (open_ends)',
    "ends_title": 'who said it may end a title after what was said: ", the coach said" (complete)',
    "bare_statement": 'takes what was said with no "that": "said the talks (went well)" (complete)',
    "that_clause": 'opens a "that" clause a cut may not split: "believed that the firm | would" (chunks)',
}


class Verb(NamedTuple):
    """One speech verb: its words, an example, and the roles it plays."""

    words: str
    example: str
    roles: frozenset[str]


def _verb(words: str, example: str, roles: str) -> Verb:
    return Verb(words, example, frozenset(roles.split()))


VERBS: list[Verb] = [
    _verb("said", "Sales rose in May, the board said.",
          "after_speaker before_speaker names_person routine date_after_verb episode before_quote"
          " before_lost_quote before_that it_was before_statement said_here before_complement dangles"
          " passes_on said_subject said_last said_front that_clause bare_statement ends_title"),
    # not "episode": a present "says" reports no past episode going on
    _verb("says", "Sales are rising, the board says.",
          "after_speaker before_speaker names_person routine date_after_verb before_quote before_lost_quote"
          " before_that before_statement said_here before_complement dangles said_subject said_last"
          " said_front that_clause bare_statement ends_title passes_on"),
    _verb("say", "The talks went well, officials say.", "bare_statement"),
    _verb("stated", "The plan was sound, the report stated.",
          "after_speaker names_person routine date_after_verb episode before_quote before_lost_quote"
          " before_that before_statement before_complement dangles said_subject said_last said_front"
          " that_clause bare_statement"),
    _verb("states", 'The charter states: "Members shall vote."', "before_quote"),
    # its object follows it: each reader says which ("told reporters", "told AFP")
    _verb("told", "The talks went well, the envoy told reporters.",
          "after_speaker before_speaker names_person routine date_after_verb episode before_quote said_here"
          " before_complement dangles passes_on said_subject said_last said_front that_clause"
          " bare_statement ends_title"),
    _verb("added", "Repairs will take a week, she added.",
          "after_speaker before_speaker names_person routine date_after_verb episode before_quote"
          " before_lost_quote before_that before_statement said_here before_complement said_subject said_last"
          " said_front that_clause bare_statement ends_title"),
    _verb("explained", "The line was closed for safety, he explained.", "after_speaker names_person episode"),
    _verb("noted", "Prices fell in March, the bank noted.",
          "after_speaker names_person routine date_after_verb episode before_that before_statement dangles"
          " said_subject said_last said_front that_clause bare_statement"),
    _verb("wrote", "The vote was unfair, the editor wrote.", "after_speaker"),
    # a document reports: not a person who stands for "he"
    _verb("reported", "A ferry ran aground, the agency reported Monday.",
          "after_speaker routine date_after_verb it_was before_statement before_complement dangles"
          " that_clause"),
    # an announcement is news: not a routine telling
    _verb("announced", "The plant will close, the company announced.",
          "after_speaker episode before_that it_was before_statement said_here before_complement said_last"
          " said_front that_clause passes_on_dated"),
    _verb("showed", "Exports rose in May, official data showed.",
          "after_speaker routine date_after_verb before_complement dangles that_clause"),
    _verb("shows", "Exports are rising, the survey shows.", "after_speaker routine that_clause"),
    _verb("warned", 'The mayor warned: "The river will rise."',
          "names_person episode before_quote before_complement dangles said_subject said_last that_clause"),
    _verb("declared", 'The judge declared: "Court is adjourned."', "before_quote"),
    _verb("tweeted", 'The line is down again, a commuter tweeted.', "after_speaker names_person"),
    _verb("insisted", "The minister insisted that the budget would pass.",
          "before_that before_complement dangles said_last that_clause bare_statement"),
    _verb("stressed", "The coach stressed that the team was ready.", "before_that said_last that_clause"),
    # verbs that take a "that" clause without being an attribution a title cuts
    _verb("argued", "The lawyer argued that the fine was too high.", "before_complement dangles that_clause"),
    _verb("claimed", "The rebels claimed that the town had fallen.", "before_complement dangles that_clause"),
    _verb("confirmed", "The club confirmed on Monday that the coach had left.",
          "before_complement dangles that_clause"),
    _verb("ruled", "The court ruled that the ban was lawful.", "before_complement that_clause"),
    _verb("found", "The inquiry found that the alarm had failed.", "before_complement that_clause"),
    _verb("believed", "Police believed that the fire was set.",
          "before_complement dangles said_subject that_clause bare_statement"),
    _verb("denied", "The firm denied that it had paid.", "before_complement dangles that_clause"),
    _verb("heard", "The jury heard that the car was stolen.", "before_complement"),
    _verb("revealed", "The audit revealed that the funds were missing.", "dangles that_clause"),
    _verb("indicated", "The bank indicated that rates would hold.", "dangles that_clause"),
    _verb("urged", "The union urged its members to vote.", "dangles"),
    # thinking and expecting: what follows has a subject of its own, as after "said"
    _verb("believes", "The chief believes the fire was set.", "said_subject that_clause bare_statement"),
    _verb("thinks", "The coach thinks the team is ready.", "said_subject that_clause bare_statement"),
    _verb("thought", "The coach thought the team was ready.", "said_subject that_clause bare_statement"),
    _verb("expects", "The bank expects rates to hold.", "said_subject that_clause"),
    _verb("expected", "The bank expected rates to hold.", "said_subject that_clause"),
    # thinking, hoping, knowing: they open a "that" clause as a saying does
    _verb("believe", "Officials believe that the fire was set.", "that_clause"),
    _verb("think", "Analysts think that rates will hold.", "that_clause"),
    _verb("hope", "The owners hope that the club will stay.", "that_clause"),
    _verb("hopes", "The mayor hopes that the bridge will open.", "that_clause"),
    _verb("hoped", "The mayor hoped that the bridge would open.", "that_clause"),
    _verb("expect", "Economists expect that prices will rise.", "that_clause"),
    _verb("predicted", "The board predicted that sales would fall.", "that_clause"),
    _verb("agreed", "Both sides agreed that the talks would go on.", "that_clause"),
    _verb("learned", "The court learned that the witness had lied.", "that_clause"),
    _verb("knew", "The firm knew that the dam was weak.", "that_clause"),
    # affirming: a cut may not split the clause they open ("reaffirmed that the meeting | has been postponed")
    _verb("reaffirmed", "The minister reaffirmed that the talks would resume.", "that_clause"),
    _verb("reiterated", "The mayor reiterated that the bridge would reopen.", "that_clause"),
    _verb("acknowledged", "The club acknowledged that the fees had risen.", "that_clause"),
    _verb("admitted", "The firm admitted that the data had leaked.", "that_clause"),
    _verb("emphasized", "The coach emphasized that the team was fit.", "that_clause"),
    _verb("according to", "The bridge will reopen, according to the county.", "routine episode"),
]


# "told" and its object, for readers that take any one-word object: "told reporters", "told AFP".
TOLD_WHOM = r"told\s+[\w'’-]+"


def words(role: str) -> list[str]:
    """List the verbs that play a role, in the table's order."""
    if role not in ROLES:
        raise KeyError(f"no speech role {role!r}; known: {', '.join(ROLES)}")
    return [verb.words for verb in VERBS if role in verb.roles]


def alternation(role: str, *, told: str = "told") -> str:
    r"""Return the verbs of a role as a regular-expression alternation: "said|says|told\s+\w+".

    `told` is the pattern written for "told", whose object each reader reads its own way.
    """
    return "|".join(
        told if word == "told" else r"\s+".join(re.escape(part) for part in word.split())
        for word in words(role)
    )
