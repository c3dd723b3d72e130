"""Name the country a title calls "the country", as a headline does: "The country faces a fuel shortage"
-> "Zambia faces a fuel shortage", when the story named exactly one country just before.

The story's words before the clause (its own sentence up to the clause and the four sentences before it) are
searched for the names of countries; one name, however often told, is the country meant; two or none leave
"the country" as it is. No parser: a list of names.
"""

from __future__ import annotations

import re

from timeline.sentence_subjects import sentence_start

# Countries by the name a headline gives them; a name that is also a person's or a place's elsewhere
# ("Jordan", "Chad", "Georgia") is left out, as is "Korea" without its half.
_COUNTRIES = (
    "Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain "
    "Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria "
    "Burundi Cambodia Cameroon Canada Chile China Colombia Comoros Croatia Cuba Cyprus Denmark Djibouti "
    "Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Germany Ghana Greece Grenada "
    "Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy "
    "Jamaica Japan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia "
    "Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Mali Malta Mauritania Mauritius "
    "Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Nicaragua "
    "Niger Nigeria Norway Oman Pakistan Palau Panama Paraguay Peru Poland Portugal Qatar Romania Russia "
    "Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden "
    "Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu "
    "Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe"
).split() + [
    "Burkina Faso", "Cape Verde", "Costa Rica", "Czech Republic", "East Timor", "El Salvador",
    "Equatorial Guinea", "Ivory Coast", "New Zealand", "North Korea", "North Macedonia", "Papua New Guinea",
    "Saudi Arabia", "Sierra Leone", "South Africa", "South Korea", "South Sudan", "Sri Lanka",
    "Trinidad and Tobago", "United Arab Emirates", "United Kingdom", "United States", "Netherlands",
    "Philippines", "Bahamas", "Maldives", "Gambia",
]
# Countries a headline names with "the": "the Philippines".
_WITH_THE = {"Czech Republic", "United Arab Emirates", "United Kingdom", "United States", "Netherlands",
             "Philippines", "Bahamas", "Maldives", "Gambia"}
# A country's name as a word of its own, the longest first ("South Sudan" before "Sudan"); not an adjective's
# start ("Sri Lankan") nor part of a longer name ("New Guinea" in "Papua New Guinea" is the one match).
_NAME = re.compile(
    r"(?<![\w-])(?P<name>" + "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True))
    + r")(?![\w-])"
)
# Words of a people or a language, each a sign of its country told in the story: "Czech President Ana Novak"
# tells of a country the list may spell otherwise; one that is no adjective of the name found leaves the
# country unsure.
_PEOPLES = re.compile(
    r"(?<![\w-])(?P<adjective>[A-Z][a-z]+(?:ian|ean|an|ese|ish|ic|i|ch|ss|ze|ot))(?![\w])"
)
# Adjectives of a people that no suffix above ties to its country's name: "Czech" for the Czech Republic.
_OWN_ADJECTIVES = {
    "Czech Republic": "Czech", "Netherlands": "Dutch", "France": "French", "Philippines": "Filipino",
    "Switzerland": "Swiss", "Greece": "Greek", "Thailand": "Thai", "Iraq": "Iraqi", "Spain": "Spanish",
    "Finland": "Finnish", "Poland": "Polish", "Ireland": "Irish", "Denmark": "Danish",
    "United Kingdom": "British", "New Zealand": "Zealand",
}
# Capitalized words the suffixes above take for a people's that are none: "Christian", "Republican".
_NOT_PEOPLES = {
    "Christian", "Republican", "Olympic", "Atlantic", "Pacific", "Islamic", "Arabic", "Catholic",
    "Democratic", "Anglican", "Muslim", "Asian", "European", "African", "American", "Arab", "Latin", "Public",
    "Civic", "Metropolitan", "Urban", "Titanic", "Ocean",
}


def _other_people(name: str, words: str) -> bool:
    """Tell whether `words` hold the adjective of a people other than the country `name`'s: "Czech" beside
    China; "Chinese" beside China is its own."""
    stem = name.split()[-1][:4]
    own = _OWN_ADJECTIVES.get(name, "")
    for found in _PEOPLES.finditer(words):
        adjective = found["adjective"]
        if adjective in _NOT_PEOPLES or adjective in (own, *_COUNTRIES) or adjective[:4] == stem[:4]:
            continue
        return True
    return False


# How many sentences before the clause's own are searched. Wire stories give a paragraph one sentence, so a
# paragraph is no wider window; four sentences found one more country than two on te3 and none wrong, and
# the paragraph alone named the wrong one ("France deployed troops to the country, which ...").
_SENTENCES_BEFORE = 4
# "the country" opening a title: "The country faces", "the country's economy".
_THE_COUNTRY = re.compile(r"(?i:the)\s+country\b(?P<rest>(?:['’]s)?\s+\S.*)\Z", re.S)


def named_country(title: str, text: str, span: tuple[int, int]) -> str:
    """Return the title with "the country" at its head replaced by the one country the story named just
    before: "Vietnam banned poultry dishes. ... The country's health ministry supplied drugs" -> "Vietnam's
    health ministry supplied drugs"; the title unchanged when none or two are named."""
    found = _THE_COUNTRY.match(title)
    if found is None:
        return title
    start = sentence_start(text, span[0])
    for _ in range(_SENTENCES_BEFORE):
        start = sentence_start(text, start - 2) if start > 1 else start
    names = {m["name"] for m in _NAME.finditer(text, start, span[0])}
    if len(names) != 1:
        return title
    name = names.pop()
    if _other_people(name, text[start : span[0]]):
        return title  # "Czech President Ana Novak ... China ... the country": which one is unsure
    if name in found["rest"]:
        return title  # "The country's ties with Japan": another country is its object
    return ("the " if name in _WITH_THE else "") + name + found["rest"]
