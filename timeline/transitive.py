"""Keep the verbs a title may not end on when they are active: they need their object or complement.

"The committee approved" waits for what was approved; "The treaty was approved" is whole. One row a verb,
its base form with an example; `VERB_FORMS` maps each form a title may end on (approves, approved,
approving) to its verb. complete.py reads it.
"""

from __future__ import annotations

# Verbs that need their object or complement, base forms with an example each; their -s, -ed and -ing forms
# count too. Only when not passive: "The treaty was approved" is whole, "The board approved" is not.
TRANSITIVE = {
    "approve": "The committee approved (the budget)",
    "deny": "The agency denied (the report)",
    "suggest": "The committee has also suggested (that ...)",
    "urge": "The coach urged (the club to ...)",
    "refuse": "Spain refused (to ...)",
    "invade": "US-led forces invaded (Iraq)",
    "seek": "The party seeks (talks)",
    "hope": "Leaders hope (to ...)",
    "expect": "Analysts expect (a cut)",
    "want": "The club wants (a new coach)",
    "plan": "The firm plans (to ...)",
    "intend": "The bank intends (to ...)",
    "decide": "The court decided (to ...)",
    "agree": "The sides agreed (to ...)",
    "vow": "The rebels vowed (to ...)",
    "pledge": "The donors pledged (aid)",
    "promise": "The mayor promised (to ...)",
    "ask": "The union asked (for ...)",
    "announce": "The minister announced (a plan)",
    "reveal": "The survey revealed (that ...)",
    "include": "The package includes (aid)",
    "describe": "The party described (the move as ...)",
    "call": "The group called (for ...)",
    "stress": "Annan also stressed (the need)",
    "reaffirm": "The envoy reaffirmed (support)",
    "express": "The leaders expressed (concern)",
    "receive": "The city received (aid)",
    "provide": "Apple will provide (live coverage)",
    "give": "The court gave (its ruling)",
    "accuse": "The report accused (the army)",
    "blame": "The report blamed (the army)",
    "welcome": "The leaders welcomed (the deal)",
    "reject": "The council rejected (the bid)",
    "condemn": "The UN condemned (the attack)",
    "suspend": "The league suspended (the player)",
    "sign": "The two sides signed (a deal)",
    "discuss": "The ministers discussed (trade)",
    "raise": "The bank raised (its rate)",
    "cut": "The bank cut (its rate)",
    "hold": "The army holds (the town)",
    "face": "The officials face (charges)",
    "become": "He will become (a father)",
    "remain": "Prices remained (high)",
    "allow": "The law allows (police to ...)",
    "force": "The protests forced (the army to ...)",
    "tell": "The mayor told (reporters)",
    "show": "The figures showed (that ...)",
    "find": "The inquiry found (that ...)",
    "consider": "The board is considering (a bid)",
    "mark": "The ceremony marked (the end of ...)",
    "reach": "The talks reached (a deal)",
    "disclose": "The bank had disclosed (that ...)",
    "indicate": "The footage indicated (that ...)",
    "appoint": "The president appointed (a new premier)",
    "host": "The city hosted (the talks)",
    "get": "The appeal got (a mixed reception)",
    "acknowledge": "The ministry acknowledged (the error)",
    "admit": "The firm admitted (that ...)",
    "offer": "The head of the group offered (talks)",
    "ensure": "The check is to ensure (that ...)",
    "result": "The divisions resulted (in ...)",
    "prove": "He took the photo to prove (that ...)",
}
# Forms the rule of forms does not make: "sought", "planned", "cutting".
IRREGULAR = {
    "seek": ("sought",), "hold": ("held",), "give": ("gave", "given"), "tell": ("told",), "find": ("found",),
    "become": ("became",), "cut": ("cutting",), "show": ("shown",), "plan": ("planned", "planning"),
    "get": ("got", "gotten", "getting"),
}


def forms(verb: str) -> set[str]:
    """Return a verb's forms a title may end on: "approve" -> approves, approved, approving."""
    if verb in IRREGULAR and verb in ("cut", "plan", "get"):  # no "cuted", "planed", "geted"
        return {verb, verb + "s", *IRREGULAR[verb]}
    stem = verb[:-1] if verb.endswith("e") else verb
    consonant_y = verb.endswith("y") and verb[-2] not in "aeiou"
    sibilant = verb.endswith(("s", "sh", "ch", "x"))
    third = verb[:-1] + "ies" if consonant_y else verb + "es" if sibilant else verb + "s"
    past = verb[:-1] + "ied" if consonant_y else stem + "ed"
    return {verb, third, past, stem + "ing", *IRREGULAR.get(verb, ())}


VERB_FORMS = {form: verb for verb in TRANSITIVE for form in forms(verb)}
