"""Shorten people in a long title as headlines do: "Japanese Foreign Minister Taro Aso" -> "Aso".

A title over the limit loses roles and first names before it is cut: a headline says "Aso to meet Rice", not
"Japanese Foreign Minister Taro Aso is scheduled to meet US Secretary". A role with no name after it stays;
a role whose owner comes before it keeps its place ("England captain Marcus Ode" -> "England captain Ode");
a name whose surname may come first ("Premier Wen Jiabao", "Ban Ki-moon") keeps all its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline import person_nouns
from timeline.verbs import has_verb

# Words before a role word, each with an example: "Deputy Prime (Minister)", "former (President)".
_MODIFIERS = (
    "Deputy|Vice|Prime|Foreign|Defen[cs]e|Finance|Interior|Trade|Economy|Health|Justice|Home|Senior|Acting"
    "|Former|former|Assistant|Energy|Agriculture|Education|Culture|Information|Environment|Labou?r"
    "|Transport|Public|Sports?|Executive|Special|Chief|Supreme|Opposition|Parliamentary"
    "|New|new"
)
# Role words before a person's name, each with an example.
_ROLE_WORDS = (
    "Minister|President|Secretary(?:[- ]General)?(?:\\s+of\\s+State)?|Chancellor|Premier|Governor|Senator"
    "|Ambassador|Mayor|Chairman|Chairwoman|Spokesman|Spokeswoman|Commissioner|Envoy|Representative"
    "|Congressman|Congresswoman|Judge|Colonel|Officer|Director"
    "|(?:Attorney|Major|Brigadier|Lieutenant|Surgeon|Inspector|Solicitor)\\s+General"  # "Attorney General"
)  # "President", "Secretary of State", "Secretary-General"
# Role words in lowercase, after the owner of the role, which stays: "England captain", "bank governor".
_LOWER_ROLES = person_nouns.alternation("after_owner")
# A piece of each role word above, one of which every person the pattern finds holds: a title with none of
# them names no person by role, and the pattern (which tries every position) need not run.
ROLE_HINTS = (
    "Minister", "President", "Secretary", "Chancellor", "Premier", "Governor", "Senator", "Ambassador",
    "Mayor", "Chair", "Spokes", "Commissioner", "Envoy", "Representative", "Congress", "Judge", "Colonel",
    "Officer", "Director", "General", *person_nouns.words("after_owner"),
)
# A nationality or a country's short name before the role: "Japanese", "Israeli", "US", "Sri Lankan".
_NATIONALITY = (
    r"(?:(?:North|South|East|West|Sri|New|Saudi)\s+)?(?:(?!Chairman|Chairwoman|Congressman|Spokesman)"
    r"[A-Z][a-z]+(?:an|ese|ish|i|ch)|Thai|Greek|Swiss"
    r"|U\.?S\.?|U\.?N\.?|EU)"
)
# Nationalities whose names may put the surname first: all the name stays ("Chinese Premier Wen Jiabao").
SURNAME_FIRST = re.compile(
    r"\b(?:Chinese|Korean|Vietnamese|Taiwanese|Singaporean|Cambodian|Mongolian|Malaysian|Myanmar)\b"
)
_NATIONALITY_START = re.compile(rf"(?:[Tt]he\s+)?(?:(?:{_MODIFIERS})\s+)*{_NATIONALITY}\s")
_NAME_WORD = r"[A-Z](?:['’][A-Z]?)?[a-z][\w’'-]*"  # "Aso", "N'gandu", "O'Brien"
_PERSON = re.compile(
    rf"(?<![\w’'.-])(?:[Tt]he\s+)?(?P<role>(?:(?:{_NATIONALITY}|{_MODIFIERS})\s+)*"
    rf"(?:(?:(?:{_MODIFIERS})\s+)*(?:{_ROLE_WORDS})\s+and\s+)?"  # "Deputy Premier and Finance Minister"
    rf"(?:(?:{_MODIFIERS})\s+)*(?:(?P<lower>{_LOWER_ROLES})|{_ROLE_WORDS})\s+)"
    rf"(?P<name>{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD})){{0,2}}\s+{_NAME_WORD})"
    # the whole name: not "Lee | Kuan Yew", "Jose Eduardo | dos Santos", "General Motors | Corp."
    r"(?![\w.-]|\s+[A-Z]|\s+(?:dos|das|da|de|do|del|della|di|du|le|la|al|el|bin|ben|ibn|van|der|den|von|y)\s)"
)
# Words before a person that end the phrase before: the role goes ("met with | President Ann Lee").
_OPEN_BEFORE = {
    "with", "and", "or", "of", "by", "to", "for", "from", "between", "at", "on", "in", "as", "that", "but",
    "than", "like", "after", "before", "against", "under", "both", "while", "when", "visiting", "if",
    # verbs in their plain form, which the verb lists leave out: "Critics say | Attorney General ..."
    "say", "tell", "meet", "ask", "urge", "visit", "see", "join", "replace", "succeed", "follow", "elect",
    "name", "appoint", "support", "back", "thank", "call", "invite", "welcome", "congratulate", "accuse",
    "criticize", "criticise", "praise", "sack", "fire", "hire", "beat", "defeat", "blame", "warn", "help",
}


def _owned(title: str, start: int) -> bool:
    """Tell whether the words before `start` name the owner of the role after it ("England | captain")."""
    before = re.search(r"(?P<w>[\w’'.-]+)\s+\Z", title[:start])
    if before is None:
        return False  # the title starts with the role, or a comma or a quotation ends the words before
    word = before["w"]
    # a capitalized word, a possessive or a number ("ECK", "Egypt's", "Schalke 04"); a lowercase word may
    # be a verb the lists miss ("to challenge | President Ann Lee")
    named = word[:1].isupper() or word[:1].isdigit() or word.endswith(("'s", "’s", "s'", "s’"))
    return named and word.lower() not in _OPEN_BEFORE and not has_verb(word)


# The last word of a firm's name: "Acme Corp", "Harbour Bank", "Nordic Air Group".
FIRM_ENDS = {"Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Group", "Bank", "Airlines",
             "Motors", "Holdings", "Plc", "PLC", "AG", "SA", "NV"}
# Words of a place's, an event's or a body's name, which is no person's: "Premier | Basketball League".
_NOT_A_PERSON = re.compile(
    r"\b(?:League|Cup|Party|Club|Council|Committee|Commission|Association|Union|Federation|Bank|Company"
    r"|Group|Corp|Inc|Ministry|Court|Assembly|University|School|Airlines|Airways|News|Agency|Office"
    r"|Department|Army|Forces?|Institute|Cent(?:er|re)|Fund|Board|Authority|Championships?|Games|Open"
    r"|Trophy|Stadium|Hospital|Street|Square|Palace|House|Hall|River|Islands?|Province|State|Republic"
    r"|Kingdom|City|Region|Summit|Conference|Forum|Market|Series|Tour|Prize|Awards?|Square|Bridge)\b"
)


# Family names of Chinese and Korean people, which come first: "Jiang Zemin" -> "Jiang", "Roh Moo-hyun"
# -> "Roh".
_FAMILY_FIRST = set(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Zheng Liang Xie Tang"
    " Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Du Ye Cheng Wei Su Lu Ding Ren Shen Yao"
    " Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Yin Xue Yan Duan Lei"
    " Long Tao Gu Mao Hao Gong Shao Qian Dai Kong Wen Qi Zhai Jiao Bo Rong Ji Chi Kim Park Roh Choi Jung"
    " Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Ban Yoo Hong Moon Tung Tsang Leung Chan Wong Cheung"
    " Lam".split()
)
# Japanese family names, which a story may put first: "Tanaka Hiroshi" -> "Tanaka" (most put it last:
# "Hiroshi Tanaka", whose first word is no family name). Not the names of firms ("Honda", "Toyota").
_JAPANESE_FAMILY = set(
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki"
    " Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Okada"
    " Fujita Goto Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura"
    " Okamoto Matsuda Nakagawa Nakano Harada Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita"
    " Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Maruyama Imai Fujiwara"
    " Takeda Murata Ueno Sugiyama Masuda Hirano Koizumi Kishida Hatoyama Nakasone Obuchi Hosokawa".split()
)
# A Japanese given name: it ends on a vowel or an "n" ("Hiroshi", "Taro", "Ken"), unlike "Motor", "Bank".
_JAPANESE_GIVEN = re.compile(r"[A-Z][a-z]*(?:[aeiou]|[aeiou]n)")
# A given name in pinyin, one to three syllables: "Zemin", "Jintao", "Xiulian".
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en"
    r"|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)){1,3}",
)


def family_first(words: list[str]) -> bool:
    """Tell whether a name of two or three words puts its family name first ("Jiang Zemin", "Roh Moo-hyun",
    "Tanaka Hiroshi").
    """
    if len(words) == 2 and words[0] in _JAPANESE_FAMILY and words[1] not in _JAPANESE_FAMILY:
        return _JAPANESE_GIVEN.fullmatch(words[1]) is not None
    given = "".join(words[1:]).replace("-", "").lower()
    return 2 <= len(words) <= 3 and words[0] in _FAMILY_FIRST and (
        "-" in words[-1] or _PINYIN.fullmatch(given) is not None
    )


def _two_people(name: str) -> bool:
    """Tell whether four capitalized words may be two names run on ("Lee Kuan Tan Wei"), not one person's
    ("Seyed Yahya Rahim Safavi"): a word of three letters or fewer may be a surname of its own.
    """
    words = name.split()
    return len(words) > 3 and any(len(w) <= 3 for w in words)


def _surname(title: str, match: re.Match[str]) -> str:
    """Return the words a headline keeps of one person: the surname, or the whole name when unsure which."""
    if _NOT_A_PERSON.search(match["name"]) or _two_people(match["name"]):
        return match.group()  # "Premier Basketball League": a body's name, no person
    words = match["name"].split()
    # "Kenyan team coach Sam Ode": an owner of the role keeps its place, unless a nationality starts it
    owned = not _NATIONALITY_START.match(match["role"]) and _owned(title, match.start())
    # the nationality of the role, or of its owner ("Chilean foreign ministry spokeswoman Rosa Vial")
    since = max(0, match.start() - 40) if owned or match["lower"] else match.start()
    east = SURNAME_FIRST.search(title, since, match.start("name")) is not None
    # "Hu Jintao", "Wu Yi", "Sir Ian Lee", "Ban Ki-moon": a short first word or a hyphened given name may
    # be the surname, or not a given name
    unsure = east or len(words[0]) <= 3 or "-" in words[-1]
    name = words[0] if family_first(words) else " ".join(words) if unsure else words[-1]
    if match["lower"] or owned:
        role = match.group()[: match.start("name") - match.start()]  # with its "the"
        return f"{role}{name}"  # "England captain Ode", "Egypt's Foreign Minister Gheit"
    return name


def _substituted(title: str, start: int) -> str:
    """Return `_PERSON.sub(lambda match: _surname(title, match), title)` of a title none of whose matches
    starts before `start`: a match is never empty, so the substitution's matches are those finditer finds
    from `start` (the positions before it are not tried again; tests/test_title_stage_shortcuts.py)."""
    pieces, end = [title[:start]], start
    for match in _PERSON.finditer(title, start):
        pieces += (title[end : match.start()], _surname(title, match))
        end = match.end()
    pieces.append(title[end:])
    return "".join(pieces)


@lru_cache(maxsize=4096)  # fit asks it of a title, then of the title it returned: a sixth are repeats
@lru_cache(maxsize=256)  # surnames and given_back ask it of the same long title
def _first_person(title: str) -> re.Match[str] | None:
    """Return the first role and name of a person in the title (`_PERSON`), or None."""
    return _PERSON.search(title)


def surnames(title: str) -> str:
    """Return the title with each role and name of a person cut to the surname ("US Secretary of State
    Condoleezza Rice" -> "Rice"); roles with no name after them stay.
    """
    if not any(map(title.__contains__, ROLE_HINTS)):  # the pattern is case-sensitive: an exact pre-check
        return title
    first = _first_person(title)
    if first is None:
        return title  # no person anywhere: the substitution below would scan the title again for nothing
    at = first.start()  # the leftmost match: the substitution below finds none before it
    if _NOT_A_PERSON.search(first["name"]) or _two_people(first["name"]):
        first = None
    owner = title[: first.start()] if first else ""
    if first and 0 < len(owner.split()) <= 4 and not re.search(r"[,;:\"“”(]", owner) and not any(
        w.lower() in _OPEN_BEFORE or has_verb(w) or w.endswith("ing") for w in owner.split()
    ):  # "Iranian Foreign Ministry spokesman Ali Reza said": the subject's owner and role go with the name
        words = first["name"].split()
        name = " ".join(words) if len(words[0]) <= 3 or "-" in words[-1] else words[-1]
        name = words[0] if family_first(words) else name
        if family_first(words) or not SURNAME_FIRST.search(title, 0, first.start("name")):
            title, at = name + title[first.end() :], 0  # a new title: its matches from its start
    short = _substituted(title, at)
    return short[:1].upper() + short[1:] if short != title else title


def given_back(title: str, short: str, room: int) -> str:
    """Return `short`, a cut of `title` whose people went to their surnames, with its subject's whole name
    back when it fits in `room` characters: "Marsh has agreed to direct talks" -> "Tomas Marsh has
    agreed to direct talks" (of "Rebel leader Tomas Marsh has agreed ..."); the role stays out. A title
    that opens on no surname of the first person named is returned as it is."""
    head = short[: short.find(" ")]
    if not head[:1].isupper() or title.find(f" {head} ") < 0 and not title.startswith(f"{head} "):
        return short  # the head word stands in the title after the given name, if it is a surname
    first = _first_person(title)
    if first is None or _NOT_A_PERSON.search(first["name"]) or _two_people(first["name"]):
        return short
    words = first["name"].split()
    kept = words[0] if family_first(words) else words[-1]  # "Wen (Jiabao)", "(Laurent) Kabila"
    if len(words) < 2 or not short.startswith(kept + " ") or has_verb(title[: first.start()]):
        return short  # "Officials met Laurent Kabila": the person is no subject
    whole = first["name"] + short[len(kept) :]
    return whole if len(whole) <= room else short
