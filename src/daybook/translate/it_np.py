"""*It* for a feminine thing named in the sentence before is "elle": the pivot writes "il".

Catalan drops the subject pronoun, and ``cat-fra`` gives the verb back a masculine "il"
whatever it stands for: *This fundamental approach is extremely sought-after today. It
unites the academic community* came out "Cette approche fondamentale est extrêmement cotée
aujourd'hui. Il unit la communauté académique". French takes the antecedent's gender
(Grevisse: the third-person pronoun takes the gender of the noun it represents): "Elle
unit". The antecedent is taken to be the subject of the sentence before, the noun phrase
that opens it (a feminine determiner, or a determiner, maybe adjectives, then a noun read as
feminine singular only), with no clause of its own after it ("que", "qui": its nouns may be
what *it* stands for). The sentence must open with *It* and a verb that is not *is*, *was*,
*seems*, *takes* or *has been* (an impersonal "il": "Il est important", "Il faut", "Il y
a"), and the French with "Il" before a verb. A masculine noun, a noun of either gender or
no noun phrase at the start leaves "il". ``pronouns_np.they_across`` runs it with its *they*
and agrees the predicates after it again ("Elle a été fondée").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import Reading, clause_tokens, tokens_and_readings

_TOKEN = clause_tokens()
# *It* opening the sentence before a verb that is not impersonal in French.
_IT_EN = re.compile(r"^\W*It (?!is\b|was\b|'s\b|’s\b|seems\b|seemed\b|appears\b|takes\b|took\b|"
                    r"has been\b|had been\b|goes without\b|turns? out\b|remains to\b|"
                    r"would be\b|will be\b|may be\b|might be\b|must be\b|makes sense\b)"
                    r"(?:[a-z]+ly )?[a-z]+")
# "Il" opening the French before a verb that is not an impersonal one.
_IL_FR = re.compile(r"^(\W*)Il (?!y\b|faut\b|s['’]agit\b|est\b|était\b|sera\b|serait\b|"
                    r"semble\b|me semble\b|nous semble\b|va sans\b|reste\b|convient\b|"
                    r"importe\b|suffit\b|n['’]y\b|n['’]est\b)")
# A clause of its own in the sentence before, whose nouns *it* may stand for as well.
_CLAUSE = frozenset(("que", "qu'", "qu’", "qui", "dont", "où", "lequel", "laquelle", "si"))
# The determiners a sentence's subject opens with.
_DETS = frozenset(("la", "l'", "l’", "cette", "sa", "notre", "votre", "leur", "une", "ma",
                   "le", "ce", "cet", "son", "un", "mon"))
# Those that say the noun is feminine whatever the analyser reads it as.
_FEMININE = frozenset(("la", "cette", "sa", "une", "ma"))


def _subject_gender(words: list[tuple[int, int, str]],
                    reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "f" when the French sentence opens with a feminine singular noun phrase ("Cette
    approche fondamentale", "La Douma", "L'université" read as feminine only) and has no
    clause of its own after it; "" otherwise."""
    i = 0
    while i < len(words) and words[i][2] in ("«", "“", "\""):
        i += 1
    det = words[i][2].lower() if i < len(words) else ""
    if det not in _DETS:
        return ""
    for j in range(i + 1, min(i + 4, len(words))):
        got = reads.get(words[j][2].lower(), ())
        nouns = [r for r in got if r.pos in ("n", "np")]
        if not nouns and words[j][2][:1].isupper() and det in _FEMININE:
            nouns = [Reading(words[j][2], ("np", "f", "sg"))]  # a name after "La"
        if nouns:
            if any(w[2].lower() in _CLAUSE for w in words[j + 1:]):
                return ""  # "La chose principale est que nous avons commencé notre projet"
            genders = {(r.gender, r.number) for r in nouns}
            if det in _FEMININE:
                return "f" if all(n in ("sg", "sp") for _, n in genders) else ""
            return "f" if genders == {("f", "sg")} else ""
        if not any(r.pos in ("adj", "num") for r in got):
            return ""
    return ""


def it_gender(sources: Sequence[str], texts: Sequence[str], before: Sequence[str]
              ) -> list[str]:
    """ "Cette approche est cotée. Il unit" -> "Elle unit", where the English opens with
    *It* + a verb; ``before[k]`` is the French sentence before text k in its paragraph."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if before[k] and _IT_EN.match(s) and _IL_FR.match(t)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, before, todo)
    out = list(texts)
    for k in todo:
        if _subject_gender(toks[k], reads) == "f":
            out[k] = _IL_FR.sub(lambda m: m.group(1) + "Elle ", texts[k], count=1)
    return out
