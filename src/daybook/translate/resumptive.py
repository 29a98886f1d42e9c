"""A subject pronoun the engine adds after an apposition or a relative clause, taken out.

English puts a subject's apposition or relative clause between commas and goes on with the
verb: *your party, one of the oldest parties in Russia, has covered a long path*; *The
museum, which first opened in 1919, is marking its anniversary*. The pivot (Catalan, which
drops its subject pronouns) loses the subject across the commas, and cat-fra gives the verb
a pronoun of its own: "votre parti, un des partis ..., il a couvert", "Le musée, qui a
ouvert en 1919, il marque". French repeats no subject there (Grevisse, *Le Bon Usage*: the
pronoun taking up a subject is a mark of spoken or emphatic style): "votre parti, un des
plus anciens partis ..., a parcouru".

Only where the English goes on after a comma with an auxiliary or a modal (*has*, *is*,
*will*, *can*...) and the French has as many such pronouns after a comma, none impersonal
("il y a", "il faut", "il est important de" stay).
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E

__all__ = ["resumptive"]

# A comma, then the verb with no subject of its own (*, has covered*, *, is marking*).
_COMMA_VERB_EN = re.compile(r",\s+(has|have|had|is|are|was|were|will|would|can|could|should|"
                            r"must|may|might|shall|does|did)\s+(?!(?:it|he|she|they|this|that|"
                            r"there)\b)[a-z]")
# The English verb's number (plural: True); a modal says none.
_NUMBER = {"is": False, "was": False, "has": False, "does": False, "are": True, "were": True,
           "have": True}
# The engine's pronoun after a comma, before the verb (and its clitics).
_COMMA_PRONOUN = re.compile(r", (il|elle|ils|elles) (?=((?:(?:ne|n['’]|se|s['’]|le|la|les|l['’]|"
                            r"lui|leur|y|en|nous|vous) ?)*)(" + _W + r")" + _E + r"( " + _W
                            + r")?)")
# Impersonal "il": kept.
# A subject in the first or second person before an apposition ("Nous, vieux-croyants,"):
# the engine's third-person pronoun after it stands for that subject, and the verb with it.
_PERSON = re.compile(r"(?<![\w’'-])(?:[Nn]ous|[Vv]ous|[Jj]e|[Mm]oi|[Tt]oi),")
_IMPERSONAL = frozenset(("faut", "agit", "avère", "semble", "paraît", "suffit", "importe",
                         "reste", "convient", "existe", "s'agit", "s’agit"))
_BE = frozenset(("est", "était", "sera", "serait"))


def _impersonal(m: re.Match[str]) -> bool:
    if m.group(1) != "il":
        return False
    clitics, verb, after = m.group(2), m.group(3), (m.group(4) or "").strip()
    if "y" in clitics.split() or verb in _IMPERSONAL:
        return True
    # "il est important de/que": an adjective after "être" announces a clause
    return verb in _BE and not clitics and bool(after) and after != "en" and not after.endswith(
        ("é", "és"))


def resumptive(source: str, french: str) -> str:
    """ "votre parti, un des partis ..., il a couvert" -> "votre parti, un des partis ...,
    a couvert" where the English says *your party, one of the parties ..., has covered*."""
    if ", " not in french:
        return french
    verbs = _COMMA_VERB_EN.findall(source)
    if not verbs:
        return french
    found = list(_COMMA_PRONOUN.finditer(french))
    if any(_PERSON.search(french, 0, m.start()) for m in found):
        return french  # "Nous, vieux-croyants, ils préparent": the pronoun is the person's
    if not found or len(found) != len(verbs) or any(_impersonal(m) for m in found):
        return french
    for m, verb in reversed(list(zip(found, verbs, strict=True))):
        if _NUMBER.get(verb.lower(), m.group(1)[-1] == "s") != (m.group(1)[-1] == "s"):
            continue  # "Nos collègues, X et Y, elle est": the verb's number is not the
            # pronoun's; ``agree.appositions`` puts the English number on the verb
        french = french[:m.start()] + ", " + french[m.end():]
    return french
