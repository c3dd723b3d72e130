"""Tell a noun of a person or a role from a noun of a thing: "the head (of the agency)", "the economist",
not "the trial", "the incident". Subjects, pronouns and their referents ask it; it imports nothing of the
package, so any of them can import it. (The role nouns before a name are person_nouns' vocabulary.)
"""

# Nouns of people and roles that head a noun phrase before "of": "the head of the agency", "the widow of".
PERSON_NOUNS = {
    "head", "heads", "chief", "chiefs", "director", "directors", "leader", "leaders", "president", "chair",
    "chairman", "chairwoman", "chairperson", "mayor", "minister", "secretary", "governor", "founder",
    "founders", "owner", "owners", "member", "members", "wife", "husband", "son", "sons", "daughter",
    "daughters", "mother", "father", "widow", "widower", "brother", "sister", "spokesman", "spokeswoman",
    "spokesperson", "manager", "coach", "captain", "editor", "commander", "judge", "king", "queen", "prince",
    "princess", "author", "creator", "inventor", "architect", "designer", "survivor", "survivors", "victim",
    "victims", "ceo", "boss", "officer", "officers", "official", "officials", "ambassador", "envoy",
    "general", "deputy", "head coach", "winner", "winners", "champion", "lawyer", "lawyers", "executive",
    "executives", "employee", "employees", "worker", "workers", "staff", "residents", "citizens", "partner",
    # people in the news: "the striker", "the suspect", "the pilot"
    "striker", "player", "goalkeeper", "defender", "midfielder", "forward", "driver", "pilot", "suspect",
    "defendant", "patient", "doctor", "nurse", "teacher", "soldier", "witness", "priest", "singer", "actor",
    "actress", "writer", "poet", "senator", "lawmaker", "candidate", "rider", "runner", "boxer", "referee",
    "chancellor", "premier", "pope", "bishop", "man", "woman", "boy", "girl", "child", "teenager", "prisoner",
    "gunman", "attacker", "hostage", "monarch", "emperor", "composer", "director-general", "governor-general",
    # positions in a team and jobs at a court: "the winger scored", "the prosecutor appealed"
    "winger", "quarterback", "pitcher", "keeper", "bowler", "jockey", "prosecutor", "attorney", "detective",
    "investigator", "inspector", "negotiator", "mediator",
}
# Endings of nouns of people: "economist", "historian", "resident", "agent" (not "incident", "current"),
# "businessman", "congresswoman" (-man covers -woman).
_PERSON_ENDINGS = ("ist", "ists", "ian", "ians", "dent", "dents", "gent", "gents", "man", "men")


def is_person_noun(word: str) -> bool:
    """Tell whether a noun names a person or a role: "head", "founder", "economist", not "trial", "sale"."""
    word = word.lower()
    thing = word.endswith(("cident", "cidents"))  # "incident", "accident"
    return word in PERSON_NOUNS or (word.endswith(_PERSON_ENDINGS) and not thing and len(word) > 5)
