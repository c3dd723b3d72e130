"""Verbs of saying, telling and knowing, as data: the one vocabulary the tagger's saying rules are built from.

Four rules read them: a weekday after "<verb> that" stands alone ("said that Friday's rally was calm",
days.py); a sentence that opens with a date and goes on to a verb of saying dates the words said
(dated_saying.py); a weekday right after such a verb dates the saying itself ("the mayor said Friday",
dated_saying.py); and a holiday name before one is a person's surname ("Easter said", wordsense.py).
"""

from __future__ import annotations

import re

# Verbs that report words: (forms, forms that are also nouns, example), each form a plain word. Past and
# present forms, and a base form only where it has no everyday other sense ("say", "tell"; not "state",
# "add", "note"). A present form that is also a plural noun ("the United States", "press reports", "campaign
# promises") counts only right before a conjunction "that" ("the ministry states that"), never as a saying
# on its own.
SAYING_VERBS: list[tuple[str, str, str]] = [
    ("say|says|said", "", "the mayor said Friday that the bridge would open"),
    ("tell|tells|told", "", "told reporters that Sunday's vote was fair"),
    ("announces|announced", "", "On June 3 the company announced it would open Monday"),
    ("adds|added", "", "the mayor added Friday"),
    ("stated", "states", "the ministry stated that Friday's talks had failed"),
    ("explains|explained", "", "On May 2 she explained the plant would close Friday"),
    ("declares|declared", "", "On May 2 the governor declared the polls would close Tuesday"),
    ("promised", "promises", "On May 2 the builder promised the road would reopen Monday"),
    ("warns|warned", "", "warned that Monday's storm would be severe"),
    ("insists|insisted", "", "insisted that Friday's meeting go ahead"),
    ("confirms|confirmed", "", "confirmed that Tuesday's flight was cancelled"),
    ("predicts|predicted", "", "predicted that Sunday's turnout would be high"),
    ("pledged", "pledges", "On May 2 the union pledged to strike Friday"),
    ("vowed", "vows", "On May 2 the rebels vowed to march Sunday"),
    ("writes|wrote", "", "On May 2 the engineer wrote that the gates would open Monday"),
    ("asks|asked", "", "Easter asked the court for more time (a surname)"),
    ("replied", "replies", "Easter replied that he would stay (a surname)"),
    ("indicates|indicated", "", "indicated that Friday's deal would hold"),
    ("noted", "notes", "noted that Monday's rally was peaceful"),
    ("reported", "reports", "reported that Tuesday's quake caused no damage"),
    ("claimed", "claims", "claimed that Sunday's vote was rigged"),
    ("argues|argued", "", "argued that Friday's ruling was wrong"),
    ("stressed", "stresses", "stressed that January's figures were final"),
    ("denies|denied", "", "denied that March's vote was rigged"),
    ("reveals|revealed", "", "revealed that Tuesday's launch had failed"),
    ("recalls|recalled", "", "recalled that January was cold"),
]

# Verbs of thinking, knowing or finding, which take a that-clause but report no words: (forms, forms that
# are also nouns, example).
KNOWING_VERBS: list[tuple[str, str, str]] = [
    ("believe|believes|believed", "", "believes that Sunday's talks will fail"),
    ("think|thinks|thought", "", "thought that Friday's game was over"),
    ("know|knows|knew", "", "knew that Monday's deadline was near"),
    ("feels|felt", "", "felt that January was too soon"),
    ("hoped", "hopes", "hoped that Saturday's race would go ahead"),
    ("feared", "fears", "feared that Tuesday's storm would hit"),
    ("agrees|agreed", "", "agreed that Friday's deal stands"),
    ("learns|learned", "", "learned that Monday's flight was full"),
    ("ruled", "rules", "the court ruled that Friday's vote was valid"),
    ("finds|found", "", "the panel found that Sunday's count was right"),
    ("shows|showed", "", "the poll shows that Tuesday's result was close"),
    ("suggests|suggested", "", "suggested that Friday's sale was rushed"),
    ("estimated", "estimates", "estimated that Sunday's crowd was 10,000 strong"),
    ("expects|expected", "", "expected that Monday's talks would resume"),
]


def alternation(rows: list[tuple[str, str, str]], *, nouns: bool = False) -> str:
    """Join the forms of some rows into one regex alternation (no word boundaries), letter by letter.

    The words share their first letters ("sa(?:id|y(?:s)?)"): the regex engine then tries a few letters at
    each position instead of every word, and the search before each weekday stays as cheap as it was with
    the shorter lists this vocabulary replaced.
    """
    words = []
    for forms, noun, _ in rows:
        words += forms.split("|") + (noun.split("|") if nouns and noun else [])
    tree: dict = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict) -> str:
    """Write the regex for the words below one node of the letter tree."""
    branches = [re.escape(letter) + _branches(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# The named sets the rules use.
SAYING = alternation(SAYING_VERBS)  # dates words: "On June 3 the engineer said ...", "Easter said"
# before a conjunction "that": "told reporters that Friday's rally", "said Monday that January was cold"
SAYING_OR_KNOWING = alternation(SAYING_VERBS + KNOWING_VERBS, nouns=True)
