"""Compress a long clause the way a headline writer does, instead of cutting its tail.

A clause of more than 80 characters loses what a headline leaves out before it loses what its predicate
needs: the start of a change when its end is told ("rose from $3m to $5m" -> "rose to $5m"), the agent of
a request before what was asked ("was asked by the board to stay" -> "was asked to stay"), "a total of"
before a count. `forms` gives those shorter wordings to timeline.candidates, which cuts each and keeps the
first whole one. `without_cut_phrase` drops a phrase after a comma that the 80-character cut left
half-said ("rallies were held in the capital, in areas"): the title ends whole at the comma instead.
"""

from __future__ import annotations

import re

from timeline import person_nouns
from timeline.chunks import predicate
from timeline.complete import complete
from timeline.leads import led
from timeline.title_ends import trim_end

# Words of emphasis before a modifier and its noun, which a headline drops first: "a stunning (new) gesture".
_INTENSIFIERS = {
    "stunning", "dramatic", "remarkable", "striking", "extraordinary", "surprising", "spectacular", "huge",
    "massive", "major", "significant", "unprecedented", "sweeping", "bold", "rare", "highly", "very",
}
# Each rule: (pattern, replacement, example, gate). Applied one at a time, each giving a wording of its own;
# the gate is a piece every match holds, or pieces one of which it holds: a form without it skips the pattern.
_RULES = [
    # "Sales rose from 3.1 million dollars to 4.2 million dollars" -> "Sales rose to 4.2 million dollars": the
    # end of the change is the news; only a count or an amount goes, not a place ("moved from Paris to")
    (re.compile(
        r"\b(?P<verb>rose|rise|rises|fell|fall|falls|grew|grow|grows|climbed|climbs|increased|increases"
        r"|decreased|decreases|dropped|drops|declined|declines|jumped|jumps|slipped|slips|surged|surges"
        r"|plunged|plunges|soared|soars|slid|slides|edged\s+(?:up|down)|went\s+(?:up|down)|shrank|shrinks"
        r"|widened|narrowed|expanded|contracted|improved|recovered)"
        r"(?P<by>\s+(?:by\s+)?[\d.,]+\s*(?:percent|per\s+cent|%|points?|percentage\s+points))?"
        r"\s+from\s+(?:(?:about|around|some|nearly|almost|just|over|under|more\s+than|less\s+than)\s+)?"
        r"(?:US\s*)?[$€£¥]?\s*\d[\d.,]*[^,;]{0,40}?\s+(?=to\s+(?:(?:about|around|some|nearly|almost|just|over"
        r"|under|more\s+than|less\s+than|a\s+record)\s+)?(?:US\s*)?[$€£¥]?\s*\d)"
     ), r"\g<verb>\g<by> ", "Sales rose from 3.1 million dollars to 4.2 million dollars", "from"),
    # "The mayor was asked by the city council to stay on" -> "The mayor was asked to stay on"
    (re.compile(
        r"\b(?P<verb>(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|urged|invited|ordered|told"
        r"|encouraged|pressed|requested|authori[sz]ed|allowed|forced|persuaded|called\s+on|chosen|picked"
        r"|selected|appointed|named|elected|nominated|hired|commissioned|tasked))"
        r"\s+by\s+[^,;:\"“”]{3,80}?\s+(?=to\s+[a-z]{2,})"
     ), r"\g<verb> ", "The mayor was asked by the city council to stay on", "by"),
    # "The court ruled that the use of force against protesters should be reviewed" -> "... that the use of
    # force should be reviewed": the phrase after the head of the statement's subject goes
    (re.compile(
        r"\bthat\s+(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?[^,;\"“”]{3,60}?)\s+(?P<pp>(?:against|over|into"
        r"|between|among|on|in|for|from|with|by)\s+(?:(?!\b(?:after|before|when|while|because|since|as|that|which"
        r"|who|until|if|once)\b)[^,;\"“”]){3,80}?)\s+(?P<verb>(?:should|would|could|will|can"
        r"|may|might|must|had|has|have|was|were|is|are)\s)"
     ), r"that \g<np> \g<verb>",
     "The court ruled that the use of force against protesters should be reviewed", "that"),
    # "Adding colour to the day, the mayor gave a speech" -> "The mayor gave a speech": a front phrase before
    # the subject, a participle's or a preposition's, goes
    (re.compile(
        r"\A(?:[A-Z][a-z]{2,}ing|In|On|At|After|Before|During|Amid|Despite|With|Under|Following|Since|Unlike"
        r"|Given|[Tt]o\s+[a-z]{3,}"
        r"|Like|Earlier|Later|Meanwhile|Together\s+with)\b[^,;\"“”]{0,80}?,\s+(?=(?:[Tt]he|[Aa]n?|[A-Z][a-z]+|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)"
     ), "", "Adding colour to the day, the mayor gave a speech", ","),
    # "gave a stunning public apology" -> "gave a public apology": an intensifier goes
    (re.compile(
        rf"\b(?P<det>a|an|the|its|their|his|her)\s+(?:{'|'.join(sorted(_INTENSIFIERS))})\s+(?=[a-z-]+\s+[a-z])"
     ),
     r"\g<det> ", "The minister gave a stunning public apology", ""),
    # "urged president Ana Lima to act" -> "urged Lima to act": a lowercase role and a name go to the surname
    (re.compile(
        rf"\b(?:{person_nouns.alternation('to_surname')})\s+(?:[A-Z][\w'’.-]*\s+){{1,2}}(?=[A-Z][\w'’-]+\b)"
     ), "", "The board urged president Ana Lima to act", ""),
    # "to execute former dictator Jorge Vidal" -> "to execute Vidal": a role with its "former" goes too
    (re.compile(
        rf"\b(?:(?:former|ex-|late|ousted|deposed|exiled)\s*)(?:{person_nouns.alternation('former')})"
        r"\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?=[A-Z][\w'’-]+\b)"
     ), "", "The court decided to execute former dictator Jorge Vidal",
     ("former", "ex-", "late", "ousted", "deposed", "exiled")),
    # "The country's second city, Porto, is aiming to ..." -> "Porto is aiming to ...": the description
    # before a name in commas goes, the name stays as the subject
    (re.compile(
        r"\A(?P<np>(?:The\s+|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:'s|’s)\s+)[^,;:\"“”]{3,60}?),\s+(?P<name>[A-Z][\w'’.-]*"
        r"(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?=(?!(?:and|or|but)\b)[a-z])"
     ), r"\g<name> ", "The country's second largest city, Porto, is aiming to host the games", ","),
    # "Porto, a former fishing town ruled by dukes for centuries, now faces ..." -> "Porto now faces ...": an
    # aside that describes the name before it goes
    (re.compile(
        r"\A(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?P<np>(?:a|an|the|also|former)\s+"
        r"[^,;:\"“”()]{3,110}?),\s+(?=(?:[a-z]+ly\s+)?(?!(?:and|or|but|who|which|whose)\b)[a-z]{2,})"
     ), r"\g<subject> ", "Porto, a former fishing town ruled by dukes for centuries, now faces a flood", ","),
    # "said that although she had not seen the site, the plan is sound" -> "said the plan is sound": the
    # concession before what was said goes; not "if", which changes what was said
    (re.compile(
        r"\b(?P<verb>said|says|added|stated|insisted|argued|believes|believed)\s+(?:that\s+)?(?:although|though"
        r"|even\s+though|while|whereas|despite|because)\s+[^,;:\"“”]{3,110},\s+(?=[\w“\"])"
     ), r"\g<verb> ", "The envoy said that although she had not seen the site, the plan is sound", ","),
    # "said that the plan failed" -> "said the plan failed": a headline's statement needs no "that"
    (re.compile(r"\b(?P<verb>said|says|recommended|announced|warned|ruled|argued|insisted|suggested|stated"
                r"|believes|believed|agreed|added)\s+that\s+(?=[\w“\"])"),
     r"\g<verb> ", "The panel recommended that the mayor resign", "that"),
    # "hold early regional and municipal elections" -> "hold early elections": a pair of modifiers
    (re.compile(
        r"\b[a-z]+(?:ary|al|ic|ial|ive)\s+and\s+[a-z]+(?:ary|al|ic|ial|ive)\s+(?=[a-z]{3,}\b)"
     ), "", "The council called early parliamentary and presidential elections", "and"),
    # "urged all groups in the tense border region of Kalmar to stay calm" -> "urged all groups to stay
    # calm": the phrase after the head of the object goes before the infinitive that is the news; not
    # an "of" that says who the object is ("asked the head (of security) to ...")
    (re.compile(
        r"\b(?P<head>(?:called\s+on|calls\s+on|urged|urges|asked|asks|told|tells|forced|forces|invited|invites"
        r"|encouraged|instructed|allowed|ordered|pressed|persuaded|wanted|wants)\s+(?:(?:the|a|an|all|some|its"
        r"|their|his|her|both)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:in|at|from|on|across|inside)\s+"
        r"[^,;:\"“”()]{3,100}?\s+(?=to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those)\b)[a-z]{2,}\b)"
     ), r"\g<head> ", "The council called on all groups in the tense border region to stay calm",
     ("called", "calls", "urge", "ask", "told", "tells", "forc", "invite", "encouraged", "instructed",
      "allowed", "ordered", "pressed", "persuaded", "want")),
    # "The board had agreed to spend 9 million dollars" -> "The board agreed to spend ...": a headline tells a
    # deed in the past, and the verb keeps the infinitive it needs
    (re.compile(
        r"\bhad\s+(?=(?:agreed|decided|planned|refused|promised|vowed|pledged|offered|voted|tried|failed"
        r"|managed|threatened)\s+to\s+[a-z])"
     ), "", "The board had agreed to spend 9 million dollars", "had"),
    # "A total of 40 people were hurt" -> "40 people were hurt"
    (re.compile(r"\b[Aa]\s+total\s+of\s+(?=\d)"), "", "A total of 40 people were hurt", "total"),
]


def _has_verb_inside(found: re.Match[str]) -> bool:
    """Tell whether a statement's subject or the phrase after it holds a verb: no subject and its phrase."""
    return predicate(found["np"]) or predicate(found["pp"])


def forms(form: str, names: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """Return the shorter wordings of `form` that the rules give, each by one rule, a capital kept first; a
    long name of `names` told by its acronym first; last, all the rules' wordings at once.
    """
    found = [shorter] if (shorter := with_acronyms(form, names)) is not None else []
    every = form
    for pattern, replacement, _example, gate in _RULES:
        held = gate in form if isinstance(gate, str) else any(map(form.__contains__, gate))
        found_rule = pattern.search(form) if held else None
        if found_rule is None or ("pp" in pattern.groupindex and _has_verb_inside(found_rule)):
            continue  # "that his party still stands (by ...) was": the phrase is not the subject's
        front = found_rule.start() == 0 and found_rule.group().endswith(" ") and "," in found_rule.group()
        front = front and not pattern.groupindex and not re.match(r"[A-Z][a-z]+ing\b|[Tt]o\s", form)
        if front and predicate(found_rule.group()):
            continue  # "After the terminal is completed, ...": a clause of its own, which may be the event
        if "subject" in pattern.groupindex and not predicate(form[found_rule.end() :]):
            continue  # "Porto, a town in the north, (its port and its bridges)": a list, not an aside
        if "name" in pattern.groupindex and predicate(found_rule["np"]):
            continue  # "After the vote ended, Lima said": a clause before the comma, not a description
        shorter = pattern.sub(replacement, form, count=1)
        if shorter != form and predicate(shorter):  # a front phrase dropped leaves a clause, not a phrase
            found.append(shorter[:1].upper() + shorter[1:])
            every = pattern.sub(replacement, every, count=1)
    if every != form and every[:1].upper() + every[1:] not in found:
        found.append(every[:1].upper() + every[1:])
    return found


# The words of a cut phrase after a comma that say too little to keep: ", in areas", ", an admission".
_SHORT_PIECE = 3
# A phrase after a comma that cannot stand as a clause of its own: not a second clause after "and", "but".
_JOINED = re.compile(r"(?:and|but|or|yet|so)\s", re.I)


def without_cut_phrase(whole: str, fitted: str) -> str | None:
    """Return `fitted` without the phrase after its last comma, when the cut left that phrase half-said (three
    words or fewer, or a name: an apposition) and what stays before the comma is a whole title; else None:
    "Rallies were also held in the capital, in areas (with ...)" -> "Rallies were also held in the capital";
    ", an admission (that ...)", ", Minister of State (for ...)".
    """
    if not whole.startswith(fitted) or len(fitted) >= len(whole):
        return None
    after = whole[len(fitted) : len(fitted) + 2]
    if not after[:1].isspace() or not after[1:2].isalnum():
        return None  # the cut fell at a phrase's own end (a comma, a stop): nothing is half-said
    comma = fitted.rfind(", ")
    if comma < 20 or "," in whole[len(fitted) : len(fitted) + 60].split(" ", 1)[0]:
        return None
    piece = fitted[comma + 2 :]
    if _JOINED.match(piece) or re.match(r"\d{3}\b", piece):  # "10,000": no comma of a phrase
        return None
    if len(piece.split()) > _SHORT_PIECE and not piece[:1].isupper():
        return None  # ", hit by reports of losses": a phrase that says something, though its tail is cut
    office = re.match(r"[A-Z][\w'’-]*\s+(?:of|for)\s", piece)  # ", Minister of State for Trade (and ...)"
    listed = re.match(r"\s+(?:and|or)\s", whole[len(fitted) :]) and not office
    if re.search(r"\d|\b(?:and|or)\b", piece) or listed:
        return None  # ", up 8 percent" is whole; ", Antonio Puerta (and ...)" is an item of a list
    if re.match(r"[a-z]+ing\b", piece) or predicate(piece):
        return None  # ", sparking protests", ", Lee was one of the organisers": a predicate of its own
    kept = trim_end(fitted[:comma])
    if kept.count(",") % 2 == 1 and predicate(piece):
        return None  # "The delegation, made up of 25 officers | arrived": the comma closes an aside
    if not predicate(kept) or complete(kept) is not None:
        return None
    return kept


# A name and its acronym in brackets after it: "The Organization for Economic Cooperation and Development
# (OECD)", "the South Asian Association for Regional Cooperation (SAARC)".
_NAMED_ACRONYM = led(r"[A-Zt]",
    r"(?P<the>\b[Tt]he\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|on|the|de|in)\s+)*[A-Z][\w'’.-]*){1,9})"
    r"\s+\((?P<acronym>[A-Z][A-Z&]{1,7})\)"
)
_SMALL_WORDS = {"of", "for", "and", "on", "the", "de", "in"}


def _initials(name: str) -> str:
    """Return the initials of a name's words, small words left out: "World Trade Organization" -> "WTO"."""
    return "".join(w[0] for w in name.split() if w not in _SMALL_WORDS)


def acronyms(title: str) -> tuple[tuple[str, str], ...]:
    """Return the long names of a title that an acronym in brackets follows, each with its acronym: "The
    Organization for Economic Cooperation and Development (OECD)" -> ("Organization for ... Development",
    "OECD"). The acronym's letters are the name's initials, the last ones at least ("the Zimbabwe (Electoral
    Commission)"); names of two words or fewer stay as they are.
    """
    if "(" not in title:
        return ()
    found = []
    for match in _NAMED_ACRONYM.finditer(title):
        name, acronym = match["name"], match["acronym"]
        if not _initials(name).endswith(acronym) or len(name.split()) < 3:
            continue
        words = name.split()
        head = " ".join(words[: len(words) - _word_count(name, len(acronym))])
        found.append((name, f"{head} {acronym}".strip()))
    return tuple(found)


def with_acronyms(form: str, names: tuple[tuple[str, str], ...]) -> str | None:
    """Return the form with each long name told by its acronym ("The OECD adopted" -> "OECD adopted" at the
    head), or None when it names none of them.
    """
    shorter = form
    for name, acronym in names:
        if name not in shorter:
            continue  # neither the pattern nor the replace can change it: no compile per name
        rest = shorter[3:]
        if shorter[:3] not in ("The", "the") or not rest[:1].isspace() or not (
            name[:1].isspace() or rest.lstrip().startswith(name)
        ):
            # the pattern needs "The", a space and the name at the head ("\s" is str.isspace): it cannot match
            shorter = shorter.replace(name, acronym)
            continue
        shorter = re.sub(rf"\A[Tt]he\s+{re.escape(name)}\b", acronym, shorter)
        shorter = shorter.replace(name, acronym)
    return shorter if shorter != form else None


def _word_count(name: str, letters: int) -> int:
    """Return how many last words of `name`, small words with them, give its last `letters` initials."""
    words = name.split()
    count = seen = 0
    for word in reversed(words):
        if seen == letters:
            break
        count += 1
        seen += word not in _SMALL_WORDS
    return count
