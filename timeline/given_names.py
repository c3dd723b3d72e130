"""Tell a person's sex from a common given name, as an editor reading "Maria Okafor ... he" does: no match.

A small table, written by hand, of given names that news in English often names and that nearly always
belong to one sex; a name that is given to both ("Jean", "Kim", "Robin", "Andrea") is in neither list, so it
tells nothing. The table only stops a wrong guess ("Maria Okafor" is no "he"); it never picks a person.
"""

from __future__ import annotations

# Given names of women, by first letter: "Maria Okafor", "Fatima Diallo", "Olga Petrova".
FEMALE = frozenset({
    "Agnes", "Alice", "Amanda", "Amelia", "Amina", "Ana", "Angela", "Anna", "Anne", "Barbara", "Beatriz",
    "Carmen", "Caroline", "Catherine", "Christine", "Claire", "Claudia", "Diana", "Elena", "Elizabeth",
    "Emily", "Emma", "Eva", "Fatima", "Francesca", "Grace", "Hannah", "Helen", "Ines", "Ingrid", "Irene",
    "Isabel", "Jane", "Janet", "Jennifer", "Julia", "Karen", "Katarzyna", "Laura", "Linda", "Lucia",
    "Margaret", "Maria", "Marie", "Marta", "Mary", "Nadia", "Natalia", "Olga", "Patricia", "Priya",
    "Rachel", "Rosa", "Ruth", "Sandra", "Sarah", "Sofia", "Sophie", "Susan", "Tatiana", "Teresa", "Ursula",
    "Victoria", "Yulia",
})
# Given names of men, by first letter: "Thomas Reed", "Ahmed Saleh", "Pierre Martin".
MALE = frozenset({
    "Ahmed", "Alexander", "Andrew", "Antonio", "Benjamin", "Carlos", "Charles", "Christopher", "Daniel",
    "David", "Dmitry", "Edward", "Francisco", "Frank", "George", "Hans", "Henry", "Ibrahim", "Ivan", "James",
    "Javier", "John", "Jose", "Joseph", "Juan", "Klaus", "Luis", "Mark", "Martin", "Matthew", "Michael",
    "Mohammed", "Muhammad", "Nikolai", "Omar", "Patrick", "Paul", "Pedro", "Peter", "Pierre", "Richard",
    "Robert", "Sergei", "Stephen", "Steven", "Thomas", "Vladimir", "William", "Yusuf",
})


def sex_of(given: str) -> bool | None:
    """Return True for a woman's given name, False for a man's, None when the table does not tell:
    "Maria" -> True, "Thomas" -> False, "Kim" -> None."""
    if given in FEMALE:
        return True
    return False if given in MALE else None


# Nouns of a person that tell the sex, each set with examples: "The spokeswoman ... he" and "Queen Margrethe
# ... he" are no match; "the chairman" is a "he".
FEMALE_NOUNS = frozenset({"spokeswoman", "chairwoman", "actress", "queen", "princess", "mother", "wife",
                          "daughter", "sister", "widow", "woman", "girl", "businesswoman", "congresswoman"})
MALE_NOUNS = frozenset({"spokesman", "chairman", "actor", "king", "prince", "father", "husband", "son",
                        "brother", "widower", "man", "boy", "businessman", "congressman"})


def noun_sex(noun: str) -> bool | None:
    """Return True for a noun of a woman, False for one of a man, None otherwise: "spokeswoman" -> True,
    "king" -> False, "minister" -> None."""
    if noun in FEMALE_NOUNS:
        return True
    return False if noun in MALE_NOUNS else None
