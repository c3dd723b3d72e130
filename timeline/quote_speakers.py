"""Name who speaks a first-person title cut from a quotation: 'Ana Reyes: "We took the back roads"'.

A title that opens on "I", "We", "Our" or "My" came from inside a quotation; no reader knows who "we" are.
The speaker is named by the attribution after the quotation closes ('... ," says Ana Reyes') or by the
sentence just before it opens ('Ana Reyes said in an e-mail. "We took ...'). A "he" or "she" after the
quotation gives way to that sentence's speaker; alone it names no one: the last person named before it is
often someone else.
"""

from __future__ import annotations

import re

from timeline.reported_titles import reported
from timeline.title_length import MAX_TITLE
from timeline.verbs import has_verb

# A first-person opening: "I", "We", "Our", "My"; not "I'm told" forms that a rule elsewhere reads.
_FIRST_PERSON = re.compile(r"(?:I|We|Our|My)\b")
# A title that names its speaker before a first-person quotation: 'Ruiz: "I signed the lease"'.
_NAMED_QUOTE = re.compile(r'(?P<who>[^:"]{2,40}): "(?P<title>(?:I|We) [^"]+)"')
# A speaker: a name of up to four capitalized words, or "he"/"she".
_WHO = r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5}|[Hh]e|[Ss]he)"  # one line: no name across a break
_VERBS = r"(?:says|said|added|wrote|explains|explained|tweeted)"
# The attribution after a quotation closes, each with an example: '," says Tahseen Ali', '," she said'.
_AFTER = re.compile(
    rf"[\"”] ?,? ?(?:{_VERBS} (?P<a>{_WHO})|(?P<b>{_WHO}) {_VERBS}\b)"
)
# The attribution that ends the sentence before a quotation opens: 'Ana Reyes said in an e-mail. ',
# '," she said in an e-mail. ', 'She said: '.
_BEFORE = re.compile(rf"(?P<who>{_WHO}) {_VERBS}\b[^.!?:\"“”\n]{{0,40}}[.:]\s*\Z")
# The closing marks a quotation may end on.
_CLOSE = re.compile(r"[\"”]")


def speaker_of(text: str, span: tuple[int, int]) -> str | None:
    """Return who speaks the quotation that holds `text[span]`, or None when it is no quotation or the
    speaker is unknown."""
    start = text.rfind("\n", 0, span[0]) + 1
    at = span[0] + 1 if text[span[0] : span[0] + 1] in ('"', "“") else span[0]  # the clause opens on its mark
    before = text[start:at]
    straight = before.count('"') % 2 == 1
    curly = before.rfind("“") > before.rfind("”")
    if not (straight or curly):
        return None
    opened = start + (before.rfind('"') if straight else before.rfind("“"))
    end = text.find("\n", span[1])
    close = _CLOSE.search(text, at, len(text) if end < 0 else end)  # the first mark after the clause opens
    after = _AFTER.match(text, close.start()) if close else None
    who = (after["a"] or after["b"]) if after else None
    at_who = after.start("a" if after["a"] else "b") if who else -1
    if who is None or who.lower() in ("he", "she"):  # the attribution of the sentence before the quotation
        lead = _BEFORE.search(text, max(0, opened - 200), opened)
        who, at_who = (lead["who"], lead.start("who")) if lead else (who, at_who)
    if who is None and text.startswith(('"', "“"), start) and start > 2:
        return _continued(text, start)  # a quotation's next paragraph: the speaker of the one before
    if who is not None and who.lower() in ("he", "she"):
        who = _named(text, at_who, who) or who  # '," she said. "I was second ...': the person she is
    who = who.rstrip(".") if who else None  # '," said Svanberg.' ends the sentence on the name
    # a "he" or "she" is left unknown (the last person named is often someone else); a name of more than
    # three words holds a role, or was cut ("EC President Jose Manuel | Barroso")
    if who is None or who.lower() in ("he", "she") or len(who.split()) > _NAME_WORDS:
        return None
    return who


# The most words a speaker's name has here: "Jose Manuel Barroso".
_NAME_WORDS = 3


def with_speaker(title: str, text: str, span: tuple[int, int]) -> str:
    """Return a first-person title with its speaker before it, when one is known and it fits; else the
    title: 'We took smaller roads' -> 'Ana Reyes: "We took smaller roads"'. A happening is reported when
    that is safe (reported_titles): "I took smaller roads" -> "Ana Reyes took smaller roads"."""
    named = _NAMED_QUOTE.fullmatch(title)  # 'Ruiz: "I signed the lease"', named where the title was cut
    if named is not None:
        report = reported(named["title"], text, span, named["who"])
        return report if report is not None and len(report) <= MAX_TITLE else title
    if not _FIRST_PERSON.match(title):
        return title
    who = speaker_of(text, span)
    if who is not None and len(who) + len(title) + 4 > MAX_TITLE:
        title = _first_clause(title)  # "I was second in line (and security was a breeze)"
    if who is None:
        return title
    report = reported(title, text, span, who)  # '"We signed the deal," said Ruiz of Acme': "Acme signed ..."
    if report is not None and len(report) <= MAX_TITLE:
        return report
    if len(who) + len(title) + 4 > MAX_TITLE:
        return title
    return f'{who}: "{title}"'


# "and" or "but" before a second clause with its own subject and verb: "I was second in line | and security
# was a breeze".
_SECOND_CLAUSE = re.compile(
    r"\s+(?:and|but)\s+(?=(?:the\s+|a\s+)?[a-z]+\s+(?:was|were|is|are|had|has|got)\b)"
)


def _first_clause(title: str) -> str:
    """Return the first of two clauses a title joins, or the title when it joins none."""
    second = _SECOND_CLAUSE.search(title)
    return title[: second.start()] if second is not None and has_verb(title[: second.start()]) else title


def _named(text: str, at: int, pronoun: str) -> str | None:
    """Return the surname of the person a "he" or "she" at `at` who speaks a quotation stands for, when it
    opens its sentence ("She said: ...") or follows the quotation it attributes ('"...," she said'): whom
    the sentence before names (referents.person_before_sentence); else None, as a "he" deep in a sentence
    ("Asked about his deal, he said:") may stand for someone named long before."""
    from timeline import referents  # it asks this module's neighbours: imported at call time
    from timeline.sentence_subjects import sentence_start

    start = sentence_start(text, at)
    head = text[start:at].strip()
    # the pronoun opens its sentence, or follows the quotation it attributes ('"I thought so," she said')
    opens = not head or (head[0] in "\"“" and head.endswith((',"', ",”", '"', "”")))
    return referents.person_before_sentence(text, start, pronoun.lower()) if opens else None


def _continued(text: str, start: int) -> str | None:
    """Return the speaker of a quotation that a paragraph opening at `start` continues: the paragraph before
    opened a quotation and left it open ('She said: "I had to be taken to hospital twice.' then '"I first
    went ...'), as news prints one speaker's quotation over paragraphs."""
    end = len(text[:start].rstrip())
    before = text.rfind("\n", 0, end) + 1
    paragraph = text[before:end]
    straight = paragraph.count('"') % 2 == 1
    curly = paragraph.rfind("“") > paragraph.rfind("”")
    if not (straight or curly) or end - before < 2:
        return None
    return speaker_of(text, (end - 1, end))
