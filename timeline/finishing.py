"""Finish a headline: clean a clause cut from its sentence into a title of at most 80 characters.

A title keeps the subject and predicate of the clause and drops labels ("UPDATE:"), attribution ("he
said", "according to ..."), leading conjunctions, asides after a name, relative clauses, parentheses and
dangling punctuation; a front phrase moves after the predicate; a pronoun subject ("he", "it") is replaced
by the name it most likely stands for. Choosing which clause to title is timeline.titles's job.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from timeline import (
    attribution,
    candidates,
    compress,
    contractions,
    country_subjects,
    date_objects,
    described_names,
    front_cuts,
    front_phrases,
    loose_words,
    object_it,
    of_complements,
    openers,
    person_owners,
    rewrite_grammar,
    role_names,
    shorten,
    statements,
    stranded,
    stray_commas,
    subject_room,
    subjects,
)
from timeline.complete import complete
from timeline.pictographs import without_pictographs
from timeline.sentence_subjects import AGE
from timeline.spans import single_spaced
from timeline.subject_asides import without_listing_relative
from timeline.title_length import MAX_TITLE
from timeline.title_marks import balance_quotes, without_here
from timeline.verbs import IRREGULAR_PAST, has_verb, is_past_form, past_of

_LEADING = re.compile(
    r"\A(?:(?:and|but|or|so\s+far|thus\s+far|so|yet|then|meanwhile|however|also|still|moreover|furthermore|in\s+contrast|"
    r"separately|in\s+addition|by\s+contrast|as\s+a\s+result|for\s+example|instead|earlier(?=,)|later(?=,)|finally(?=,)"
    r"|eventually(?=,))\b,?\s*)+",
    re.I,
)  # And ..., But ..., Meanwhile, ..., So far, ... ("so" alone would leave "Far,")
# A second reported clause after a first, a comma before its "that": "said that A died(, that B ...)".
_NEXT_REPORTED = re.compile(r",\s+that\s+(?=[\w%$])")
# A verb of telling before a second reported clause: "said (A began) and that ...".
_TOLD = re.compile(r"\b(?:said|says|told|added|announced|stated|reported|warned|noted)\b")


def _second_reported(text: str, start: int) -> bool:
    """Tell whether the clause at `start` opens on "and that" after a verb of telling in its sentence: "said
    the fires began and that two people were hurt"."""
    if not re.match(r"(?:and|but)\s+that\s", text[start : start + 10]):
        return False
    before = text[max(0, start - 200) : start]
    return _TOLD.search(before[before.rfind(". ") + 1 :]) is not None


# A trailing nonrestrictive clause: ", which means ...", ", who ...".
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b.*\Z", re.S)
# A nonrestrictive clause inside the sentence: "the camp, which was emptied, was ...".
_INNER_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;]*,\s+(?=[a-z\"“])")
# An aside between commas after a name: ", the leader of the party,", ", who is known for ...,".
_ASIDE = re.compile(
    r"(?P<name>\b[A-Z][\w.'’-]*|\b[a-z]+)\s*,\s+(?:(?:the|a|an|also|who|which|two|one|then|now)\s|[a-z])"
    r"[^,;\"“”]{2,80},\s+(?=(?!but\b)[a-z])"
)  # not "Lee, told reporters that ..., but details remained": a main verb, then a second clause
# The same two where a number's comma is no end ("employs 12,000 workers"): slower, tried only when one is.
_NUMBER_COMMA = r"|(?<=\d),(?=\d{3})"
_INNER_RELATIVE_NUMBERS = re.compile(_INNER_RELATIVE.pattern.replace("[^,;]*", rf"(?:[^,;]{_NUMBER_COMMA})*"))
_ASIDE_NUMBERS = re.compile(
    _ASIDE.pattern.replace(r'[^,;\"“”]{2,80}', rf'(?:[^,;\"“”]{_NUMBER_COMMA}){{2,80}}')
)
_DIGIT_COMMA = re.compile(r"\d,\d")


def digit_comma(text: str, start: int = 0, end: int | None = None) -> bool:
    """Tell whether `text[start:end]` holds a number's comma ("12,000"), as `_DIGIT_COMMA.search(text, start,
    end)` would: looked for at each comma, not at each character."""
    end = len(text) if end is None else max(0, min(end, len(text)))  # the bounds the pattern's search takes
    at = text.find(",", max(0, start) + 1, end - 1) if end > 0 else -1
    while at >= 0:
        if text[at - 1].isdecimal() and text[at + 1].isdecimal():
            return True
        at = text.find(",", at + 1, end - 1)
    return False


# The head of a subordinate clause cut from its sentence: "ten years after construction began", "(, although)
# gusts will continue".
_SUBORDINATE_HEAD = re.compile(
    r"\A(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some|many|a\s+few)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+)?(?:after|before|since|until|because|when|once|while"
    r"|whereas|although|though)\s+"
    r"(?=[^,]*\Z)",  # no comma after: "After the vote, he resigned" keeps its front phrase
    re.I,
)
# The head of a front subordinate clause cut from the main clause after it: "(As) negotiators prepared for
# the talks, ..."; not "As many as", "As part of", "As expected".
_FRONT_SUBORDINATE = re.compile(
    r"\A(?:As|While|When|After|Before|Once|Because|Although|Though)\s+"
    r"(?!(?:many|much|well|part|of|a|an|expected|such|far|long|soon|for|to|with|in|usual|always|ever|it|he|she"
    r"|they|we|i|you|this|that|there|[a-z]+ing)\b)(?=[^,]*\Z)"
)
# A telling set off by commas inside a statement, or left at its head by a front phrase's date: ", he noted,",
# "He said, ...".
_TOLD_ASIDE = re.compile(
    r"(?:\A|,\s+)(?i:he|she|they|it|we)\s+(?:said|noted|added|stressed|argued|insisted|explained|warned"
    r"|continued|believes|believed|thinks|says)\s*,\s+(?=[a-z])"
)
# A place between a telling and what it tells: "said (in the provincial capital of Jayapura) that".
_SAID_WHERE = re.compile(
    r"\b(?P<verb>said|says|announced|told\s+reporters)\s+(?:in|at)\s+(?:the\s+)?[^,;\"“”]{3,60}?\s+that\s+"
)
# A parenthesis: "(WTO)", "(0400 GMT)".
_PARENTHESIS = re.compile(r"\s*\([^()]{0,60}\)")
# An adverb before the participle of an aside: "The festival, first held in 1978,", "newly built".
ADVERB = r"(?:(?:first|originally|initially|once|later|newly|recently|[a-z]{3,}ly)\s+)?"
# A leading prepositional phrase that reads better after the predicate: "At the ceremony in Hanoi, he ...".
_FRONT_PHRASE = re.compile(
    r"\A(?P<pp>(?:at|in|during|after|before|amid|following)\s[^,]{3,60}),\s+(?P<rest>.+)\Z", re.I | re.S
)
# A front phrase that is a clause on a pronoun subject: "after it failed", "before they left".
_PRONOUN_CLAUSE = re.compile(r"(?:after|before)\s+(?:it|he|she|they|we|i|you)\s+[a-z]", re.I)
# A label before a line of a Q&A or a live page: "Q: ...", "A: ...", "UPDATE: ...", "BREAKING - ...".
_LABEL = re.compile(
    r"\A(?:Q|A|UPDATE|UPDATED|BREAKING|LIVE|WATCH|ANALYSIS|EXCLUSIVE|URGENT|FLASH|BULLETIN|ALERT"
    r"|(?i:update|updated|breaking|correction))"
    r"\s*,?\s*(?::|—|–|-)\s+"  # "Update, (10:05 GMT): ..." once its time is gone
    r"|(?:UPDATE|(?i:update))\s+\d{1,2}\s*-\s*(?=[A-Z])"  # a wire's "UPDATE 2-Strike spreads to Harwick"
)  # "URGENT: 90 killed in mine blast" is the wire's label, not the news
# The clock time a live page stamps on each entry: "08:55 Negotiators arrive", "14.45 - Breaking: ...",
# "9:05 a.m. Talks resume", "10:30 GMT: Police arrive", a Markdown page's "**08:55** Negotiators arrive".
# Only before a capital: "9:30 flight" is not one.
_STAMP = re.compile(
    r"\A[*_]{0,3}(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])\.[0-5]\d|(?:1[0-2]|0?\d)[:.][0-5]\d\s*(?i:[ap]\.?m\.?))"
    r"(?:\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|local\s+time))?[*_]{0,3}\s*(?:[:|—–-]\s*)?(?=[\"“]?[A-Z])"
)
# A lead-in to a list, "Among the changes that take effect on Oct. 1:", which reads "The changes take effect".
_AMONG = re.compile(
    r"\AAmong\s+(?P<np>(?:the|its|their|his|her|our)\s+[^,:;]+?)\s+(?:that|which|who)\s+(?P<vp>[^:]+):?\Z"
)


# Compiled once: finish asks these of every title.
_FIRST_WORD = re.compile(rf"\s*{ADVERB}(?P<w>\w+)")
_DESCRIBED = re.compile(r"\s*(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:who|whose|which|that)\s")
_PRONOUN = re.compile(r"\s*(?:who|which|whose)\b")
_PART_OF_WHICH = re.compile(r"\s*(?:[\w-]+\s+){1,3}of\s+(?:which|whom)\b")
_CLOSED = re.compile(r'["”]\W*\Z')
# A double quotation mark that old wire copy wrote for an apostrophe: "OPEC"s", "Ecuador"s"; not a quotation
# that ends before a word ("the "best" seats").
_WIRE_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=s\b)')
_QUOTE_AFTER_COLON = re.compile(r':\s+["“][^"“”]+\Z')
_ING_TAIL = re.compile(r",\s+[a-z]+ing\b")


def is_aside(text: str) -> bool:
    """Tell whether a phrase between commas is an apposition or a relative clause, not a clause of its own."""
    inner = text.split(",", 1)[1]
    first = _FIRST_WORD.match(inner)
    participle = first is not None and (
        first["w"].endswith(("ed", "ing")) or first["w"].lower() in IRREGULAR_PAST
    )  # ", closed since May after inspectors found cracks,"
    # "the novelist whose books sold millions": a noun phrase with its own relative clause
    described = _DESCRIBED.match(inner)
    # "strains of which can spread", "some of whom were hurt": a relative clause on a part of the noun
    part_of_which = _PART_OF_WHICH.match(inner) is not None
    # ", with most votes counted,": a "with" phrase holds no clause of its own, whatever its participle
    with_phrase = inner.lstrip().startswith(("with ", "without "))
    return bool(_PRONOUN.match(inner)) or participle or described is not None or part_of_which or (
        with_phrase or not has_verb(inner)
    )


def _told_aside(match: re.Match[str], title: str) -> str:
    """Return what stands for a telling aside: nothing at the head, a space before the statement's verb ("The
    country, he said, will build" -> "The country will build"), else a comma after a front phrase."""
    if match.start() == 0:
        return ""
    return " " if has_verb(title[match.end() :].split(" ", 1)[0]) else ", "


def without_label(title: str) -> str:
    """Return the title without its `_LABEL`s, as `_LABEL.sub` would.

    A label opens the title, or is "update" and a number ("UPDATE 2 - ..."): the substitution, which
    tries every place of the title, runs only then (42 ms against 0.5 ms for 2,780 te3-silver titles).
    """
    return _LABEL.sub("", title) if _LABEL.match(title) or "update" in title.lower() else title


def without_parenthesis(title: str) -> str:
    """Return the title without its short parentheses, as `_PARENTHESIS.sub` would: only where one opens."""
    return _PARENTHESIS.sub("", title) if "(" in title else title  # its leading \s* tries every place


def cut(pattern: re.Pattern[str], title: str, replacement="", count: int = 0) -> str:
    """Apply one removal rule, unless it would leave the title without a verb."""
    shorter = pattern.sub(replacement, title, count=count)
    kept_verb = has_verb(shorter) or contractions.fused_verb(shorter)  # "It's ready(," said the mayor)"
    return shorter if shorter == title or kept_verb or not has_verb(title) else title


def _cut_aside(title: str, pattern: re.Pattern[str]) -> str:
    """Return `cut(pattern, title, ...)` of the first aside after a name, with only the words from the one
    before the first comma searched: the name ends just before a comma and holds no space, so no match starts
    earlier (the pattern would otherwise be tried at every word of the title)."""
    start = title.index(",")
    while start > 0 and title[start - 1].isspace():
        start -= 1
    while start > 0 and not title[start - 1].isspace():
        start -= 1
    found = pattern.search(title, start)
    if found is None:
        return title
    kept = found["name"] + " " if is_aside(found.group()) else found.group()
    shorter = f"{title[: found.start()]}{kept}{title[found.end() :]}"
    kept_verb = has_verb(shorter) or contractions.fused_verb(shorter)  # as `cut` keeps "It's ready"
    return shorter if shorter == title or kept_verb or not has_verb(title) else title


# An apposition between commas after another aside: "(named after Bolivar,) the independence hero, (will)".
_SECOND_APPOSITION = re.compile(r"(?:the|a|an)\s[^,;\"“”]{2,80},\s+(?=[a-z])")
def _without_second_apposition(whole: str, cut: str) -> str:
    """Return `cut`, the title `whole` without an aside after a name, without the apposition that followed
    that aside too: "The satellite, named after Bolivar, (the independence hero,) will be sent"."""
    at = len(os.path.commonprefix([whole, cut])) + 1  # the name ends there, a space after it
    second = _SECOND_APPOSITION.match(cut, at) if cut.startswith(("the ", "a ", "an "), at) else None
    if second is None or not has_verb(cut[second.end() :].split(" ", 1)[0]):
        return cut
    return cut[:at] + cut[second.end() :]


_BE_THEN_ING = re.compile(r"\A(?P<subject>[^,]{3,60}?)\s+(?:was|were),\s+(?P<ing>[a-z]{3,}ing)\b")

@lru_cache(maxsize=1024)  # a title's shapes and its retitling finish the same clause again: a tenth repeat
def finish(title: str, text: str, span: tuple[int, int]) -> str:
    """Drop asides, relative clauses, quotes and attribution; resolve the subject; fit in 80 characters."""
    # "14:45 Breaking: a deal has been reached"; anchored: a match at the start is all a substitution finds
    stamp = _STAMP.match(title)
    title = without_label(without_pictographs(title[stamp.end() :] if stamp else title))
    if '"s' in title:  # old wire copy's apostrophe: "Kuwait"s oil minister" -> "Kuwait's oil minister"
        title = _WIRE_APOSTROPHE.sub("'", title)
    title = date_objects.mended(title, text, span)  # "Residents spent (Sunday) clearing" -> "cleared"
    among = _AMONG.match(title) if text[span[1] - 1 : span[1]] == ":" else None
    if among:
        title = f"{among['np'][:1].upper()}{among['np'][1:]} {among['vp']}"
    if attribution.HEAD.match(title):  # anchored at the start: no match there, nothing to cut
        title = cut(attribution.HEAD, title)
    tail = attribution.TAIL.search(title) if "show" in title[-60:] else None
    # "Inflation hit 3.8%, the highest since 2024, official data showed": a statement of four words or
    # more stands without its attribution even when no verb of it is known
    if tail and len(title[: tail.start()].split()) >= 4 and re.search(r"\bshow", tail.group()):
        title = title[: tail.start()]
    if attribution.tail_hinted(title):
        title = cut(attribution.TAIL, title)
    if leading := _LEADING.match(title):  # anchored, never empty: the one match a substitution would find
        title = title[leading.end() :]
    if "," in title:  # "Undaunted, the climbers set off"; "The firm's chief, Ana Ruiz, resigned"
        title = openers.named_subject(front_phrases.without_scene(openers.without_opener(title)))
    if " step of " in title:  # "took the unusual step of grounding its fleet": "grounded its fleet"
        title = openers.without_step(title)
    if title.startswith("that ") and _second_reported(text, span[0]) and not has_verb(title.split()[1]):
        title = title[5:]  # "said A (and that) two people were hurt": not "and that hurt sales"
    if ", that " in title and (next_reported := _NEXT_REPORTED.search(title)) is not None:
        head = title[: next_reported.start()]  # "said that 416 drivers died(, that 60% had worn no belts)"
        first = has_verb(head) and _TOLD.search(head) is None  # not "He noted, however(, that) ..."
        title = head if first and has_verb(title[next_reported.end() :]) else title
    if "," in title:  # "(During the term,) she noted, her party will work": the telling is an aside
        title = _TOLD_ASIDE.sub(lambda m: _told_aside(m, title), title, count=1)
    if text[max(0, span[0] - 2) : span[0]].startswith(","):  # a clause cut from its sentence, not its head
        title = cut(_SUBORDINATE_HEAD, title) if _SUBORDINATE_HEAD.match(title) else title
    elif text.startswith(",", span[1]) and _FRONT_SUBORDINATE.match(title):
        title = cut(_FRONT_SUBORDINATE, title)  # "(As) negotiators prepared for this week's talks, ..."
    names = compress.acronyms(title)  # "(OECD)" may stand for its long name, when the title is too long
    title = without_parenthesis(title)
    # "Mr. Smith, 54, joined" loses the age; "Lee, 61, who led" and "Ram, 61, his wife" keep a comma
    if title.count(",") > 1:  # an age is between two commas
        title = AGE.sub(lambda m: " " if has_verb(title[m.end() :].split(" ", 1)[0]) else ", ", title)
    numbers = digit_comma(title)
    if title.count(",") > 2 and "wh" in title:  # a relative clause between the subject and its verb that
        # holds a list: "The law, which grants rights in areas such as pensions, housing and inheritance,
        # came into force" (before the list's items pass for an aside)
        title = without_listing_relative(title) or title
    if title.count(",") > 1:  # an aside needs its two commas
        cut_from = title
        title = _cut_aside(title, _ASIDE_NUMBERS if numbers else _ASIDE)
        title = _without_second_apposition(cut_from, title) if title != cut_from else title
    if "wh" in title and "," in title:  # each relative pronoun of the two patterns holds "wh", after a comma
        title = cut(_INNER_RELATIVE_NUMBERS if numbers else _INNER_RELATIVE, title, " ")
        title = cut(_RELATIVE, title)
    title = attribution.unquote(title, text, span)
    stripped = title.strip(" ,;:-–—.\"'“”‘’")
    closed = ('"' in title or "”" in title) and _CLOSED.search(title) and _QUOTE_AFTER_COLON.search(stripped)
    # 'said: "No."' keeps its quotation marks
    title = stripped + ("”" if "“" in stripped else '"') if closed else stripped
    front = _FRONT_PHRASE.match(title)
    if front and not _LEADING.match(front["rest"]):
        pp = f"{front['pp'][0].lower()}{front['pp'][1:]}"
        # "In a statement released [on Thursday]" lost its date: what is left says nothing
        # "after it failed [on Monday]" keeps its clause: a pronoun subject makes its past form a finite verb
        clause = _PRONOUN_CLAUSE.match(pp) is not None
        pp = "" if shorten.dangles(pp) or (is_past_form(pp.rsplit(None, 1)[-1]) and not clause) else pp
        rest = front["rest"].rstrip(" ,.")
        tail = _ING_TAIL.search(rest)  # "signed a ceasefire after months of talks, ending a war"
        at = tail.start() if tail and pp else len(rest)
        title = f"{rest[:at]} {pp}".rstrip() + rest[at:]
    # "The worst storm was [on 3 March], flooding the town": the date was the predicate; its participle
    # phrase becomes it ("The worst storm flooded the town")
    # anchored at the start, as the substitution would be; every match holds "was," or "were,"
    if ("was," in title or "were," in title) and (be_then_ing := _BE_THEN_ING.match(title)):
        title = f"{be_then_ing['subject']} {past_of(be_then_ing['ing'])}{title[be_then_ing.end() :]}"
    title = single_spaced(balance_quotes(_resolved(title, text, span)))
    title = object_it.named_it(title, text, span)  # "(since) a fault forced it to recall": Harwell
    whole = attribution.short_report(title) or title  # "Berri said the talks went well"
    if len(whole) > MAX_TITLE and " that " in whole:  # the place of a telling gives way first
        whole = _SAID_WHERE.sub(r"\g<verb> ", whole, count=1)
    # a cut that stops mid-phrase gives way; a telling with its own date keeps its speaker
    speaker = len(whole) > MAX_TITLE and statements.dated_telling(text[span[0] : span[1]])
    title = candidates.choose(whole, shorten.fit(whole), names, speaker=speaker)
    title = front_cuts.with_verb(whole, title) or title  # "(With the dam closed,) a review was put on hold"
    title = subject_room.with_predicate(whole, title) or title  # "The minister (of ...) ruled out subsidies"
    title = of_complements.given_back(whole, title) or title  # "A former member (of parliament) resigned"
    inside_front = whole.startswith(title) and "," in whole[len(title) :]  # "After X cut ties | for ..., Y"
    if inside_front and _FRONT_SUBORDINATE.match(title) and has_verb(title):
        title = cut(_FRONT_SUBORDINATE, title)  # the cut kept only the front clause: "(As) talks began"
    if ", said " in title:  # a cut before "when ..." may leave '"We will win," said the premier here' last
        title = cut(attribution.TAIL, title)
    # every match holds its negation: "not", "never" or "n't"
    negated = "not" in title or "never" in title or "n't" in title or "n’t" in title
    if title != whole and negated and (hanging := _HANGING_NEGATION.search(title)):
        title = title[: hanging.start()]  # "to walk streets (they had not seen)": its "for three decades" cut
        title = _HEAD_LEFT.sub("", title)  # "must sit this exam because (they had not enrolled)"
    title = stranded.without_concession(title)  # "to vote before(, although not)"
    title = rewrite_grammar.mended(title, text[max(0, span[0] - 400) : span[1] + 40])  # "was (was) returned"
    title = balance_quotes(title).strip(" ,;:-–—.")
    if " here" in title:  # "arrived here for talks": the dateline's place, which no timeline shows
        title = without_here(title)
    if title.endswith((',"', ",”")):  # 'charged with "organized crime,"': the sentence's comma goes
        title = title[:-2] + title[-1]
    title = stray_commas.joined(title)  # "The collapse of the bridge(, in 2011), killed 14 people"
    return _without_bare_relative(shorten.trim_end(title), text[span[0] : span[1]])


def _without_bare_relative(title: str, clause: str) -> str:
    """Return the title without a relative clause cut to its verb when the clause said more after that verb
    (its date: "a shortfall that prevailed (after the games)"), and what stays is whole; else the title."""
    if not title.endswith("ed") and " which " not in title[-30:] and " that " not in title[-30:]:
        return title
    bare = loose_words.without_bare_relative(title)
    if bare == title:
        return title
    end = " ".join(title.rsplit(None, 2)[-2:])  # "that prevailed"
    at = clause.rfind(end)
    said_more = at >= 0 and re.match(r"\s+[\w(]", clause[at + len(end) :]) is not None
    return bare if said_more and complete(bare) is None else title


def _resolved(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with its pronoun subject resolved (subjects.resolve_subject), a contracted one
    spelled out first when that lets it be: "He’s treated five patients" -> "Reed has treated ..."."""
    resolved = subjects.resolve_subject(title, text, span)
    if resolved == title:  # "His party", "The country's economy": the person's or the country's name
        resolved = person_owners.named_owner(role_names.named_role(title, text, span), text, span)
        resolved = country_subjects.named_country(resolved, text, span)
        resolved = described_names.named_thing(resolved, text, span)  # "The Polish oil concern" -> "Orlen"
    if resolved != title or (spelled := contractions.spelled_out(title)) is None:
        return resolved
    named = subjects.resolve_subject(spelled, text, span)
    return named if named != spelled else title


# A clause cut after a negated verb, which needed what followed: "(to walk streets) they had not seen",
# "(a harbour) that has never been used".
_HANGING_NEGATION = re.compile(
    r"\s+(?:that|which|who|they|he|she|it|we|you)\s+(?:had|has|have|did|does|do|was|were|is|are|would|could)"
    r"\s*(?:not|never|n['’]t)\s+(?:been\s+)?[a-z]+\Z"
)


# The head of a subordinate clause left at the end once its clause went.
_HEAD_LEFT = re.compile(r"\s+(?:because|since|after|before|when|while|although|though|if|unless|until)\Z")
