"""Drop what ties a title's clause to the story around it, which a headline read alone does without.

A linking adverb inside the clause ("The council also approved the budget", "The vote will then take place",
"Prices, however, rose") goes; a front phrase of time counted from another date ("Over the past nine months,
exports rose") goes with its comma, as the event carries its own date. finishing drops a linking word that
opens a clause ("Meanwhile, ..."); this module takes the ones inside it. No parser: patterns, each with an
example. Words inside a quotation stay as said.
"""

from __future__ import annotations

import re

from timeline.verbs import has_verb

# A linking adverb between a subject and its verb, or inside the verb, each with an example.
_LINKING = re.compile(
    r"(?P<before>\b[\w'’.%-]+)"
    r"(?:"
    r"\s+also\b(?!-)(?!\s+(?:known|dubbed|referred)\b)"  # "The council also approved"
    r"|\s+meanwhile\b"  # "Prices meanwhile rose"
    r"|,\s+(?:however|meanwhile|in\s+turn|in\s+addition|moreover|though),(?=\s)"  # "Prices, however, rose"
    r"|\s+in\s+turn(?=\s+[a-z]+(?:ed|s)\b)"  # "The agency in turn asked"
    r"|\s+then\b(?!-)(?=\s+(?:[a-z]+ly\s+)?[a-z]+\b)"  # "will then come", "and then called police"
    r")"
)
# Words before "then" that make it a time of its own or an adjective: "since then", "the then president".
_THEN_KEPT = {"the", "since", "until", "till", "by", "from", "than", "back", "even", "just", "only", "right",
              "and", "but", "or", "before", "after", "there", "what", "if", "of", "between"}
# Auxiliaries before "then", after which a verb follows: "will (then) come", "was (then) taken".
_AUXILIARIES = {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "was", "were",
                "is", "are", "has", "have", "had", "did", "does", "do", "to"}
# Words before "also" that keep it: "not only ... but also".
_ALSO_KEPT = {"but"}
# A word each branch of _LINKING holds as written (it is case-sensitive): a title holding none has nothing
# it could take, and most titles hold none.
_LINKING_WORDS = ("also", "meanwhile", "however", "turn", "addition", "moreover", "though", "then")


def without_linking(title: str) -> str:
    """Return the title without its linking adverbs outside quotations: "The council also approved the
    budget" -> "The council approved the budget"; "He was arrested and then released" -> "He was arrested
    and released"; "the then president", "known since then", "but also" keep theirs."""
    quote = re.search(r"[\"“”]", title)
    head, tail = (title[: quote.start()], title[quote.start() :]) if quote else (title, "")
    if not any(map(head.__contains__, _LINKING_WORDS)):
        return title  # the substitution would leave the head as it is, and so the title
    shorter = _LINKING.sub(_linked, head)
    return shorter + tail if has_verb(shorter + tail) or not has_verb(title) else title


def _linked(match: re.Match[str]) -> str:
    """Return what stands for one linking adverb: the word before it alone, or the whole match kept."""
    before, word = match["before"], match.group()[len(match["before"]) :].strip(" ,").split()[0]
    if word == "then" and (before.lower() in _THEN_KEPT - {"and", "but", "or"} or not (
            before.lower() in _AUXILIARIES or _verb_after(match))):
        return match.group()
    if word == "also" and before.lower() in _ALSO_KEPT:
        return match.group()
    return before


def _verb_after(match: re.Match[str]) -> bool:
    """Tell whether a verb follows "then", as a step in a sequence does ("then called police"), not a noun
    ("then leader")."""
    after = [w for w in match.string[match.end() :].split(None, 3)[:2] if not w.endswith("ly")]
    return bool(after) and has_verb(after[0])


# A front phrase of time counted from another date, then a comma, each with an example: "Over the past nine
# months,", "For the first three months,", "Compared with the previous month,", "Shortly after midday,".
_TIME_NOUNS = (r"(?:days?|weeks?|months?|years?|decades?|quarters?|half|period|season|century|hours?|weekend"
               r"|fortnight|midday|mid-day|noon|morning|afternoon|evening|night)")
_RELATIVE_FRONT = re.compile(
    r"\A(?:(?i:shortly|just|soon|immediately)\s+)?"
    r"(?i:over|for|in|during|within|throughout|through|since|after|before|until|by|compared\s+(?:with|to)"
    r"|from|up\s+to|so\s+far\s+in)\s+"
    r"(?P<phrase>(?:the\s+|this\s+|last\s+|its\s+)?(?:(?:past|last|previous|next|coming|following|first|second"
    r"|third|fourth|same|preceding|recent|latest|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|several|few)[\s-]+){0,3}"
    rf"{_TIME_NOUNS})\s*,\s+(?P<rest>\S)"
)


def without_time_front(title: str) -> str:
    """Return the title without a front phrase of time counted from another date, when what follows has a
    verb: "Over the past nine months, exports rose" -> "exports rose"; "For the first time, judges were
    women" keeps its own."""
    front = _RELATIVE_FRONT.match(title)
    if front is None or not has_verb(title[front.start("rest") :]):
        return title
    rest = title[front.start("rest") :]
    return rest[:1].upper() + rest[1:]
