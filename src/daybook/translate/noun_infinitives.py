"""A noun's *to*-infinitive, which French opens with "de" (or "à"), not the pivot's "pour"/"à".

English says *to* after a noun for the content of a duty, need, attempt or chance (*our
duty to safeguard*, *the necessity to fully honour*, *the willingness to sacrifice*); the
pivot writes "à" or "pour" ("notre devoir à sauvegarde la vérité", "le besoin à complètement
honorer", "la disposition pour sacrifier", "l'invitation pour visiter"). French governs "de"
after the nouns of ``NOUNS_DE`` ("le devoir de sauvegarder", "la nécessité de respecter",
"la tentative de semer") and "à" after those of ``NOUNS_A`` ("la disposition à sacrifier",
"l'invitation à visiter"); the constructions of each noun in the Petit Robert.

After the engine, with the English beside the French (``noun_to``): a noun of either list
(after a determiner, a possessive or "de") followed by "à" or "pour", object pronouns, an
adverb in -ment, then a verb: the preposition becomes the governed one. The verb must be an
infinitive, or a verb form the pivot took for a noun before its object ("à sauvegarde la
vérité": *safeguard* is a noun only in ``eng-cat``'s dictionary), which becomes the verb's
infinitive. Only where the English has one of the nouns right before *to* and a word.

Left alone, where the noun is the infinitive's object ("des tâches à accomplir", "une
décision à prendre", "le temps à venir", *tasks to accomplish*, *the time to come*): the
infinitive must have something of its own after it (an object, an attribute), unless the
noun is one that is hardly ever an object (``NEVER_OBJECT``: "le besoin de", "la tentative
de", "le temps de"); "à venir" (*to come*) stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import VOWEL_START, cased_like, folded
from daybook.translate.gender import Reading, clause_tokens, readings

__all__ = ["NOUNS_A", "NOUNS_DE", "noun_to"]

# Nouns whose infinitive complement French opens with "de" (Petit Robert: "le devoir de",
# "la nécessité de", "l'occasion de", "le droit de", "le moyen de"...).
NOUNS_DE = frozenset(("devoir", "besoin", "nécessité", "tentative", "décision", "chance",
                      "occasion", "opportunité", "possibilité", "droit", "intention",
                      "volonté", "obligation", "honneur", "plaisir", "idée", "proposition",
                      "moyen", "façon", "manière", "désir", "souhait", "promesse", "tâche",
                      "mission", "objectif", "raison", "responsabilité", "envie", "permission",
                      "liberté", "courage", "temps", "projet", "capacité", "essai"))
# Nouns whose infinitive complement French opens with "à" ("la disposition à", "l'invitation
# à", "l'appel à", "la propension à"; Petit Robert).
NOUNS_A = frozenset(("disposition", "invitation", "appel", "propension", "aptitude"))
# Nouns that are never the object of their infinitive: "à" after them is the pivot's.
NEVER_OBJECT = frozenset(("devoir", "besoin", "nécessité", "tentative", "intention",
                          "volonté", "obligation", "honneur", "plaisir", "désir", "souhait",
                          "disposition", "invitation", "appel", "propension", "aptitude",
                          "capacité", "droit", "liberté", "courage", "permission", "temps",
                          "occasion", "opportunité", "possibilité", "chance", "raison"))
# The English nouns that take a *to*-infinitive (their French among the lists above).
_ENGLISH = re.compile(
    r"\b(?:duty|duties|need|needs|necessity|attempts?|decisions?|chances?|opportunit(?:y|ies)|"
    r"possibilit(?:y|ies)|right|rights|intentions?|will|willingness|obligations?|honou?r|"
    r"pleasure|idea|proposals?|ways?|means|desire|wish|promises?|tasks?|missions?|"
    r"objectives?|goals?|reasons?|responsibilit(?:y|ies)|permission|freedom|courage|time|"
    r"plans?|ability|capacity|readiness|invitation|calls?|propensity|aptitude|efforts?) "
    r"to (?:\w+ly )?[a-z]", re.IGNORECASE)

_TOKEN = clause_tokens()
_DETS = frozenset(("le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "ce", "cet",
                   "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
                   "notre", "nos", "votre", "vos", "leur", "leurs", "chaque", "tout", "toute",
                   "tous", "toutes", "aucun", "aucune", "nouvelle", "nouveau", "nouvel",
                   "nouvelles", "nouveaux", "seule", "seul", "vraie", "vrai", "véritable",
                   "bonne", "bon", "meilleure", "meilleur", "grande", "grand", "premier",
                   "première", "dernier", "dernière", "unique", "réelle", "réel"))
_CLITICS = frozenset(("me", "m'", "te", "t'", "se", "s'", "nous", "vous", "le", "la", "les",
                      "l'", "lui", "leur", "y", "en"))
# After the infinitive: the end of its clause, where the noun may be its object.
_CLAUSE_END = frozenset((".", ",", ";", ":", "!", "?", "–", "—", "(", ")", "et", "ou", "mais",
                         "»", "«", ""))
_PREPOSITIONS = frozenset(("à", "au", "aux", "de", "d'", "du", "des", "dans", "avec", "pour",
                           "sur", "par", "en", "entre", "contre", "sans", "vers", "chez"))


def _noun(reads: tuple[Reading, ...]) -> str | None:
    """ "de" or "à" when a reading is a noun of the lists."""
    for x in reads:
        if x.tags[:1] == ("n",):
            if x.lemma in NOUNS_DE:
                return "de"
            if x.lemma in NOUNS_A:
                return "à"
    return None


def _fix(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]

    def low(i: int) -> str:
        return folded(toks[i][2]) if 0 <= i < len(toks) else ""

    def r(i: int) -> tuple[Reading, ...]:
        return reads.get(toks[i][2].lower(), ()) if 0 <= i < len(toks) else ()

    def verbs(i: int) -> list[Reading]:
        return [x for x in r(i) if x.tags[:1] and x.tags[0] in ("vblex", "vbser", "vbhaver",
                                                                 "vbmod")]

    edits: list[tuple[int, int, str]] = []
    for i in range(1, len(toks) - 2):
        want = _noun(r(i))
        if want is None or low(i - 1) not in _DETS or low(i + 1) not in ("à", "pour"):
            continue
        if want == low(i + 1) or (toks[i + 1][0] - toks[i][1]) != 1:
            continue
        k = i + 2
        while low(k) in _CLITICS and k < len(toks) - 1:
            k += 1
        clitic = k > i + 2
        if low(k).endswith("ment") and any(x.tags[:1] == ("adv",) for x in r(k)):
            k += 1
            while low(k) in _CLITICS and k < len(toks) - 1:
                k += 1
        if k >= len(toks) or (low(k) == "venir" and low(i + 1) == "à"):
            continue  # "le temps à venir", "les années à venir": *to come*
        infinitive = any("inf" in x.tags for x in verbs(k))
        word = toks[k][2]
        if not infinitive:
            # "à sauvegarde la vérité": a present the pivot wrote for a noun, before its
            # object (a determiner), with no other reading but a noun
            finite = [x for x in verbs(k) if "pri" in x.tags and "p3" in x.tags
                      and "sg" in x.tags]
            if not finite or low(k + 1) not in _DETS - {"de", "d'"} or clitic \
                    or any(x.tags[:1] not in (("n",), ("vblex",)) for x in r(k)):
                continue
            word = finite[0].lemma
        never = any(x.lemma in NEVER_OBJECT for x in r(i) if x.tags[:1] == ("n",))
        if not (never or clitic) and (low(k + 1) in _CLAUSE_END or low(k + 1) in _PREPOSITIONS):
            continue  # "des tâches à accomplir", "le temps à venir"
        first = toks[i + 2][2] if i + 2 < k else word
        prep = ("d'" if VOWEL_START.match(first) else "de ") if want == "de" else "à "
        edits.append((toks[i + 1][0], toks[i + 1][1] + 1, prep))
        if word != toks[k][2]:
            edits.append((toks[k][0], toks[k][1], cased_like(word, toks[k][2])))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def noun_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "notre devoir à sauvegarde la vérité" -> "notre devoir de sauvegarder la vérité",
    "la disposition pour sacrifier" -> "la disposition à sacrifier": see above."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (" à " in t or " pour " in t) and _ENGLISH.search(s)]
    if not todo:
        return list(texts)
    words = sorted({m.group(0).lower() for k in todo for m in _TOKEN.finditer(texts[k])
                    if m.group(0)[:1].isalpha()})
    reads = readings(words)
    if not reads:
        return list(texts)
    out = list(texts)
    for k in todo:
        out[k] = _fix(texts[k], reads)
    return out
