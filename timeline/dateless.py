"""Cut the date phrases out of a clause, with the words that only served them: "on Saturday", "in 2017",
the comma of an aside that held only a date, a front phrase left saying nothing ("Founded in 1989," ->
"Founded,"). A date that is the clause's subject ("2025 was the warmest year") stays.
"""

from __future__ import annotations

import re

from timeline import articles, base_remnants, beside_dates, date_holes, date_leads, date_remnants, stranded
from timeline.modifier_dates import THE_START, modifies_noun
from timeline.spans import may_end_on, single_spaced
from timeline.verbs import first_verb, has_verb, is_past_form

# Words after a date that show it modifies the noun they start: "the 2003 invasion", "Thursday's vote".
FUNCTION_WORDS = {
    "and", "or", "but", "to", "the", "a", "an", "in", "on", "at", "of", "for", "by", "with", "from", "after",
    "before", "when", "as", "than", "that", "which", "who", "until", "since", "through", "during", "into",
    "about", "ago", "later", "earlier", "morning", "afternoon", "evening", "night", "this", "last", "next",
}


# "since" before a date, and the "when" clause after it that tells what happened then: "the highest since
# 1993, when the dollar hit 125.86 yen".
_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.I)
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^;:—–]+")
# The record a date after "since" measures, set off after a figure: "125.85 yen(, the highest level) since
# 1993", "3 percent(, its biggest gain) since 2019"; not "made October ..., the worst month since".
_RECORD_APPOSITION = re.compile(r",\s+(?:the|its|their)\s+[^,;]{0,50}\Z")
_FIGURE_END = re.compile(r"\d\s*(?:%|[a-z]+)?(?:\s+[a-z]+)?\s*\Z")  # "3 percent", "125.85 yen here"


def _without_record(kept: str, piece: str) -> str:
    """Return the words before a record's "since" without the record when it is set off after a figure."""
    record = _RECORD_APPOSITION.search(piece)
    if record is None or not _FIGURE_END.search(kept + piece[: record.start()]):
        return piece
    return piece[: record.start()]
# A negated verb before "for" and a stretch of time, which the verb needs: "had not seen for", "has never
# been used for", "haven't spoken for".
_NEGATED_SPELL = re.compile(r"\b(?:not|never|n['’]t)\s+(?:been\s+)?[a-z]+\s+for\s+\Z")
# A stretch of time counted in units: "three decades", "20 years", "a week", "several months".
_SPELL = re.compile(r"(?:[\w-]+\s+){1,2}(?:years?|decades?|centuries|months?|weeks?|days?|hours?)", re.I)


# Precompiled (each inline pattern cost a cache lookup per call): a conjunction alone ("And" before "the
# year"), a relative pronoun a clause was cut after ("which"), the verb after a subject date ("(2001) and 2002
# combined will produce").
_CONJUNCTION_ONLY = re.compile(r"\A(?i:and|but|so|or)\Z")
_PRONOUN_END = re.compile(r"\b(?:which|who|that)\s+\Z")
_VERB_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+\d{4})?(?:\s+(?:combined|alone|together))?\s+(?P<w>[a-z][\w'’]*)"
)


def _is_subject(text: str, phrase: tuple[int, int], span: tuple[int, int]) -> bool:
    """Tell whether a date phrase is the subject of its clause and stays: "2025 was the warmest year"."""
    head = _CONJUNCTION_ONLY.sub("", text[span[0] : phrase[0]].strip(" \"'“‘`"))  # "And the year"
    # "The bank says (2026) will be harder"; a match ends the head on one of _TOLD_ENDS, which most heads do
    # not: the search (every position of a long head) only where one does
    told = head.endswith(_TOLD_ENDS) and _TOLD_SUBJECT.search(head) is not None
    if (head and not _PERIOD_OF.fullmatch(head) and not told) or _DATE_PREPOSITION.match(text, phrase[0]):
        return False
    if not head and _PRONOUN_END.search(text[max(0, span[0] - 7) : span[0]]):
        return False  # a clause cut after its pronoun: "(which) last year signed a truce"
    verb = _VERB_AFTER.match(text[phrase[1] : span[1]])  # "(2001) and 2002 combined will produce"
    return verb is not None and first_verb(verb["w"]) is not None


# A verb of saying or expecting right before a date that is the subject of what was said: "The bank says
# (2001 and 2002 combined) will produce the weakest growth", "Analysts expect (2026) to be harder".
_TOLD_VERBS = (
    "says", "said", "say", "believes", "believed", "expects", "expected", "predicts", "predicted",
    "forecasts", "warns", "warned", "thinks", "fears",
)
# "says 2001 and (2002)": the second of two
_TOLD_SUBJECT = re.compile(rf"\b(?:{'|'.join(_TOLD_VERBS)})(?:\s+that)?(?:\s+\d{{4}}\s+(?:and|or))?\Z")
# The words a _TOLD_SUBJECT match ends on (it ends the text): a verb, "that", "and", "or".
_TOLD_ENDS = (*_TOLD_VERBS, "that", "and", "or")


# A bare "before" or "after" that ends a date's phrase: "pounded the night (before) in air raids".
_ADVERB_AFTER = re.compile(
    r"\s+(?:before|after)(?=\s+(?:in|on|at|for|with|by|from|to|and|as|when)\b|[,.;]|\Z)"
)
# A date that names a period of something, and the "of" phrase that says of what: "on the opening day of
# competition", "in the first week of the trial"; the phrase stops before a preposition or a comma.
_PERIOD_OF_WHAT = re.compile(r"(?i:the)\s+(?:[a-z]+\s+)?(?:day|week|weekend|month|season|night)\Z")
_OF_WHAT = re.compile(
    r"\s+of\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:in|on|at|for|with|by|from|to|and|as)\b)[a-z][\w-]*\s*){1,3}"
    r"(?=[,.;]|\s+(?:in|on|at|for|with|by|from|to|and|as)\b|\Z)"
)
# A period named before the date that is the subject: "The year of 2014 was her last season".
_PERIOD_OF = re.compile(r"(?i:the\s+)?(?:year|month|summer|winter|spring|autumn|season)\s+of")
# A preposition that opens a date phrase: "in 2017", "on Monday" is no subject.
_DATE_PREPOSITION = re.compile(r"(?:in|on|at|by|from|since|until|during|for|after|before|over)\b", re.I)

# A first word that opens a front phrase: "Recalling her trip to Chile (in June),", "In March alone,".
_FRONT_WORD = re.compile(
    r"[A-Z][a-z]+(?:ing|ed)\b|(?:In|On|At|By|During|After|Before|Since|From|Until|Over|Even|Also|Throughout)\b"
)
# A time zone the tagger leaves after a time: "3:14 a.m. (local time)", "at 9 a.m. (GMT)", "11am [AEDT]",
# "at 2pm Jakarta time".
_ZONE_AFTER = re.compile(r"\s+\(?(?:local\s+time|GMT|UTC|[ECMP][SD]?T)\b\)?"
                         r"|\s*[\[(](?:A?[ECW][SD]T|AEST|AEDT|ACST|ACDT|AWST|GMT|UTC|local\s+time)[\])]"
                         r"|\s+[A-Z][a-z]+\s+time\b")
# The participles of _PARTICIPLE_LEAD, looked up before running it.
_JOINING = {"ended", "ending", "beginning", "starting", "lasting", "running", "scheduled", "due"}
# A participle that only joins a date to the noun before it, and leaves with the date: "the quarter ended
# (September 27)", "a call beginning (at 2 p.m. on October 30)"; not "the strike ended (on Monday)", "talks
# are starting (on Monday)": only a period's end, only an -ing form with no auxiliary.
_PARTICIPLE_LEAD = re.compile(
    # a period after a preposition, never the subject: "results for its fourth quarter ended", "for the
    # quarter (the date) ended"; not "The budget year ended (on July 7)"
    r"\b(?:for|in|of|during|over|through)\s+(?:[\w'’.-]+\s+){0,6}?(?:quarter|year|half|period|months|weeks)"
    r"\s+(?P<ended>(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?)\Z"
    # a scheduled thing: "a call beginning (at 2 p.m.)", "a visit starting (on Monday)"; not "with production
    # starting (in 1996)", "looking forward to beginning (in 2007)"
    r"|\b(?:call|meeting|session|conference|webinar|event|visit|tour|trip|festival|season|programme|program"
    r"|window|term|hearing|trial|talks|summit|strike|ceasefire|truce|campaign|sale|offer|service|flight|show)"
    r"\s+(?P<ing>(?:beginning|starting|ending|lasting|running|scheduled|due)\s+)\Z",
    re.I,
)

# Around a date phrase (precompiled): the unread start of a range ("between 1989-(1994)"), its unread end
# ("(December 15)-16"), the possessive or word after it, a determiner before it ("the (2017) budget"), and
# what may stand between two dates that leave together ("late on Wednesday (or) early Thursday").
_UNREAD_START = re.compile(r"\b\d{1,4}\s*[-–]\s*\Z")
_UNREAD_END = re.compile(r"[-–]\d{1,2}\b")
_FOLLOWING = re.compile(r"(?P<s>['’]s\b)?\s*(?P<w>[A-Za-z]+)?")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+\Z", re.I)
_BETWEEN_DATES = re.compile(r"\s*(?:,|or|and|to|-|–)?\s*")


def without_dates(text: str, span: tuple[int, int], phrases: list[tuple[int, int]]) -> str:
    """Return the clause with each date phrase (and the preposition that governs it) cut out."""
    start, end = span
    pieces = []
    cut_after_article: list[int] = []  # the pieces that end on "a"/"an" just before a date cut out
    cursor = start
    for left, right in sorted(p for p in phrases if start <= p[0] and p[1] <= end):
        # the patterns that end on words and \Z are searched only where such a word ends `before`
        spelled = may_end_on(text[cursor:left], ("for",), fold=False)
        needed = spelled and _NEGATED_SPELL.search(text, cursor, left) and _SPELL.fullmatch(text, left, right)
        if left < cursor or _is_subject(text, (left, right), span) or needed:
            continue  # "streets they had not seen (for three decades)": without it "had not seen" hangs
        if date_holes.negated_bound(text[cursor:left]):
            continue  # "will not open (until 2030)": without its bound the clause says the opposite
        if beside_dates.slashed(text, (left, right)):
            continue  # "(March)/(April) sold at": one side alone would leave "March/ sold at"
        if _PERIOD_OF_WHAT.match(text, left, right) and text.startswith(" of ", right) and not _OF_WHAT.match(
            text, right, end
        ):
            continue  # "going into the final day of the series deciding Test": the period heads a long phrase
        before = text[cursor:left]
        unread_start = _UNREAD_START.search(before) if before.rstrip().endswith(("-", "–")) else None
        # "between 1989-1994" tagged as "1994"
        before = before[: unread_start.start()] if unread_start else before
        unread_end = _UNREAD_END.match(text[right:end])  # "December 15-16" tagged as "December 15"
        right += unread_end.end() if unread_end else 0
        zone = _ZONE_AFTER.match(text, right, end)  # "at 3:14 a.m. local time", "at 0900 GMT"
        right = zone.end() if zone else right
        following = _FOLLOWING.match(text[right:end])
        if following["s"] and following["w"] in _VERB_AFTER_POSSESSIVE:
            continue  # "and this morning's was excellent": the date stands for its noun, it stays
        modifies = following["s"] or (
            following["w"] and following["w"].islower() and following["w"] not in FUNCTION_WORDS
            and _DETERMINER_END.search(before)
        ) or _names_time(text, (left, right), following["w"], before)
        named_for = not modifies and _named_for(text, (left, right), following["w"], before)
        modifies = modifies or named_for or modifies_noun(
            text, (left, right), following["w"], before, function_words=FUNCTION_WORDS
        )
        lead = None if modifies else date_leads.date_lead(before)
        if lead and lead.group().strip().lower() == "that" and _DATE_PREPOSITION.match(text, left):
            lead = None  # "claims that (on May 2)": "that" opens the clause, it is no determiner of the date
        if lead and date_leads.POSSESSIVE_END.search(lead.group()) and following["w"] and (
            following["w"].lower() not in FUNCTION_WORDS
        ):
            lead = None  # "in its (New Years) Honours list": the date names the noun after it, as "the" would
        if lead and lead.group().strip().lower() == "in" and date_leads.DEICTIC_START.match(text, left):
            lead = None  # "to be sworn in (next week)": a bare "next week" takes no "in", the verb's particle
        before = before[: lead.start()] if lead else before
        headed = None if modifies or lead and lead.group() else date_holes.noun_lead(before, text[left:right])
        before = before if headed is None else before[:headed]  # "met (on a) last day": its article goes too
        if not modifies:  # "the halving of fees (some) 14 months ago", "predicted (back) in 2008 that"
            before = stranded.without_stranded(before, text[left:right], text[right:end])
            before = base_remnants.without_base(before)  # "slipped 2 percent (from the figure) a year ago"
        spans = not modifies and may_end_on(before, date_leads.SPAN_LEAD_WORDS)
        if spans and date_leads.SPAN_LEAD.search(before) and date_leads.SPAN_DATE.match(text, left, right):
            before = date_leads.SPAN_LEAD.sub("", before)  # "storms (over the past week) washed ..."
        before = _without_bare_modifier(before, following["w"])
        if pieces and cursor > start and _BETWEEN_DATES.fullmatch(before):
            before = ""  # "late on Wednesday (or) early Thursday": nothing of the clause between two dates
        stop = cursor + len(before)
        last = before.rsplit(None, 2)[-2:]
        joins = bool(last) and (last[-1] in _JOINING or last[-1] == "on" and last[0] in _JOINING)
        joining = _PARTICIPLE_LEAD.search(text, max(0, stop - 120), stop) if joins else None
        if joining and joining.start("ended" if joining["ended"] else "ing") >= cursor:
            before = before[: joining.start("ended" if joining["ended"] else "ing") - cursor]
        if modifies and THE_START.match(text, left, right):
            before += text[left : left + 4]  # "since (the 9 May) bridge collapse": the noun keeps its "the"
        bare = following["s"] and not _DETERMINED.match(text, right + 2, end)
        if bare and (_BEFORE_POSSESSIVE.search(before) or _AFTER_WORD.search(before)) or named_for:
            before += "the " if before.strip() else "The "  # "At (last Wednesday's) first hearing": at the
        if not following["s"] and before.endswith(("a ", "an ", "A ", "An ")):
            cut_after_article.append(len(pieces))  # "an (8 a.m.) statement": the article may no longer agree
        pieces.append(before)
        cursor = right + (len(following["s"]) if following["s"] else 0)
        compared = text[left:right].endswith(("later", "earlier"))
        than = _THAN_PLANNED.match(text, cursor, end) if compared else None
        cursor = than.end() if than else cursor  # "five years later (than planned)" leaves with its date
        of_what = headed is not None or _PERIOD_OF_WHAT.match(text, left, right)
        if of_what and (what := _OF_WHAT.match(text, cursor, end)):
            cursor = what.end()  # "on the opening day (of the fair)" leaves with its date
        if (adverb := _ADVERB_AFTER.match(text, cursor, end)) is not None:
            cursor = adverb.end()  # "pounded the night (before) in air raids": the word was the date's
        if (described := beside_dates.apposition_end(text, cursor, end)) is not None:
            cursor, pieces[-1] = described[0], pieces[-1] + described[1]  # "(, the busiest day of the week,)"
        # every match holds "since", in any case: its "nce" (whose letters fold from no other script)
        since = "nce" in text[max(start, left - 8) : left].lower()
        record = _SINCE_BEFORE.search(text, max(start, left - 8), left) if since else None
        if record and (when := _WHEN_CLAUSE.match(text, cursor, end)):
            cursor = when.end()  # "the highest since 1993(, when the unit hit 125.86)" tells that year's news
            pieces[-1] = _without_record("".join(pieces[:-1]), pieces[-1])  # "(, the highest level) since"
        # "the city last week, was due to": the comma closed the date, not an aside; "The bishop, who held
        # a service early Sunday, was to return": it closes the relative clause the date ends
        # "met on March 3, 2026, to discuss": a date with a comma inside closes on one after it
        closes = "," in text[left:right] and _CLOSING_COMMA.match(text, cursor, end) is not None
        if (
            (closes or _COMMA_BEFORE_VERB.match(text, cursor, end))
            and "," not in before[-40:]
            and not _OPEN_RELATIVE.search(text, start, left)
        ):
            cursor += 1
    pieces.append(text[cursor:end])
    for index in cut_after_article:
        pieces[index] = articles.agree(pieces[index], "".join(pieces[index + 1 :]))
    joined = "".join(pieces)
    if _MARK_AFTER_SPACE.search(joined):  # the substitution calls back into Python even when nothing matches
        joined = _SPACE_BEFORE_MARK.sub("", joined)
    if ":" in joined:
        joined = _COLON_COMMA.sub(_colon, joined)  # 'responded: ("In 1940), we got hope"'
    if "that," in joined and "that," not in text[start:end]:
        joined = _THAT_COMMA.sub("that ", joined)  # "alleges that (on May 2), he passed secrets"
    if "and," in joined and "and," not in text[start:end]:
        joined = _AND_COMMA.sub("and ", joined)  # "his rival and (in January 1996), masterminded"
    if joined.count(",") > 1:  # date_remnants.EMPTY_ASIDE needs two commas
        joined = date_remnants.EMPTY_ASIDE.sub(date_remnants.close_aside, joined)
    joined = single_spaced(joined).strip(" ,;:-–—")
    opening = text.find(",", start, end)
    # a front phrase holds its date near the start: "Even on Sunday,", not "Officials expect the road to
    # reopen by Friday, possibly ..."
    fronted = _FRONT_WORD.match(text, start, end) is not None
    if any(start <= p[0] and p[1] <= opening and (fronted or len(text[start : p[0]].split()) <= 3)
           for p in phrases):
        joined = date_remnants.drop_remnant(joined, opens=text[start : start + 1].isupper())
    return joined


# Space left before a mark where a date went: "Shares fell (on Monday) , traders said" -> "fell,". The same
# looked for from the mark (a character set the search skips to) is much faster when nothing is there.
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,.;:!?])")  # the mark is looked at, not taken: a plain "" replaces
_MARK_AFTER_SPACE = re.compile(r"[,.;:!?](?<=\s[,.;:!?])")
# A comma a front date leaves after a colon or an opening quotation mark: 'responded: "(In 1940), we'.
_COLON_COMMA = re.compile(r"(?P<colon>:\s*[\"“]?)\s*,\s*")


def _colon(match: re.Match[str]) -> str:
    """Return a colon (and its opening quotation mark) without the comma a date left after it."""
    colon = match["colon"].rstrip()
    return colon if colon.endswith(('"', "“")) else colon + " "


# A comma a front date leaves after "that": "alleges that (on May 2), he".
_THAT_COMMA = re.compile(r"\bthat,\s+")
# The same after "and": "his rival and (in January 1996), masterminded".
_AND_COMMA = re.compile(r"\band,\s+")
# Where a possessive date leaves its noun without a determiner: the clause's start or a preposition before
# it, "(Thursday's) vote was", "at (last Wednesday's) hearing"; not "the (2003) invasion".
_BEFORE_POSSESSIVE = re.compile(
    r"(?:\A\s*|\b(?i:at|in|on|for|during|after|before|since|from|by|of|to|with|and|but|despite|over|amid)\s+)\Z"
)
# A noun phrase that has a determiner of its own after the possessive: "Monday's the day" (rare),
# or a name that holds its own: "Tuesday's The Post".
_DETERMINED = re.compile(r"\s*(?i:the|a|an|this|that)\b")


# The second term of a comparison a date makes: "five years later than planned", "earlier than expected".
_THAN_PLANNED = re.compile(
    r"\s+than\s+(?:(?:first|originally|initially)\s+)?(?:planned|expected|scheduled|forecast|anticipated|hoped"
    r"|promised|announced|agreed)\b"
)
# The verb of a subject after its date: "A study published (on Thursday) found", "that began (in May) have".
# Not "will", "would": "deals reached (last month) would allow" keeps what the date dates, the main verb
# does not happen then.
_MAIN_VERBS = {"was", "were", "is", "are", "has", "have", "had"}
# What a date leaves of a clause on its subject: "that began (in May)", "which opened (last year)", "who quit
# (in March)".
_BARE_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+(?:[a-z]+ly\s+)?[a-z]+\s*\Z")


# Verbs after a possessive date whose noun is left out: "this morning's (was) excellent".
_VERB_AFTER_POSSESSIVE = {"was", "is", "were", "are", "will", "would", "has", "had", "could", "should", "may"}
# A word before a bare possessive date that is no determiner of it: "sought assurance (next year's) event",
# "that (Monday's) vote": the noun needs "the".
_AFTER_WORD = re.compile(
    r"\b(?!(?:the|a|an|its|his|her|their|our|my|your|this|these|those|whose)\s)[a-z]+\s+\Z"
)


def _names_time(text: str, date: tuple[int, int], after: str | None, before: str) -> bool:
    """Tell whether a year after a determiner names the time of the name that follows it: "at the (2001)
    Australian Grand Prix" keeps "at the", "of the (July 2031) Island Games" keeps "of the"."""
    named = _NAMED_YEAR.fullmatch(text, date[0], date[1]) is not None
    return bool(after) and after[:1].isupper() and named and _THE_END.search(before) is not None


# A year, or a month and its year, that names the time of a name after it: "the (2001) Grand Prix", "the
# (February 2006) Winter Olympics"; a month alone: "to the (December) OPEC accord".
_NAMED_YEAR = re.compile(r"(?:[A-Z][a-z]+\s+)?\d{4}|(?:January|February|March|April|May|June|July|August"
                         r"|September|October|November|December)")
_THE_END = re.compile(r"\bthe\s+\Z", re.I)


def _named_for(text: str, date: tuple[int, int], after: str | None, before: str) -> bool:
    """Tell whether a named day after "for" is the time of the noun after it: "fireworks for (New Year's
    Eve) celebrations" reads "for the celebrations"."""
    return bool(after) and after.lower() not in FUNCTION_WORDS and text[date[0]].isupper() and (
        re.search(r"\bfor\s+\Z", before) is not None and not has_verb(after)
    ) and text[date[1] : date[1] + 1] == " "


def _without_bare_modifier(before: str, after: str | None) -> str:
    """Drop a participle or a relative clause that its date leaves bare between a subject and its verb.

    "A study published (on Thursday) found" -> "A study found"; "Floods that began (in late September)
    have displaced" -> "Floods have displaced". Not "The company announced (on Monday) plans".
    """
    if not after or not (after in _MAIN_VERBS or is_past_form(after)) or after in _JOINING:
        return before  # "Revenue grew in (the quarter) ended June 30": the date's own participle
    relative = _BARE_RELATIVE.search(before)
    if relative and has_verb(relative.group().split()[-1]):
        return before[: relative.start()] + " "
    words = before.split()
    participle = len(words) >= 2 and is_past_form(words[-1]) and words[-1] not in _MAIN_VERBS | {"did"}
    if participle and not has_verb(" ".join(words[:-1])):  # not "Taib, a minister, was (earlier Friday)"
        return before.rstrip()[: -len(words[-1])]
    return before




# The comma that closes a date written with one inside, before a phrase of the clause: "met on March 3,
# 2026(,) to discuss", "arrested early Tuesday, March 3(,) in Denver"; not "..., officials said".
_CLOSING_COMMA = re.compile(
    r",\s+(?:to|in|at|on|and|after|before|with|for|from|near|during|amid|following|across|around|outside|inside"
    r"|into|over|under|through|throughout|along|against|despite|without|as|while|when)\s"
)
# A comma right after a date, then the verb of the subject before it: "taking the city last week, was".
_COMMA_BEFORE_VERB = re.compile(r",\s+(?:was|were|is|are|has|had|have|will|would)\b")
# A relative clause opened after a comma and not yet closed: "The bishop, who held a service (early Sunday)".
_OPEN_RELATIVE = re.compile(r",\s+(?:who|which|whom|whose)\b[^,;]*\Z")
