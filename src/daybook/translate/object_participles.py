"""A past participle after "avoir" agreed with the object relative "que" before it.

French agrees the participle of a compound tense with "avoir" with a direct object that
comes before it (Grevisse § 942), as the relative "que" does: "les enfants que nous avons
vus", "les décisions que nous avons prises", "les propositions que vous nous avez
envoyées". The pivot agrees it only where its Catalan did, and a relative without *that*
(*the decisions we made*) gets its "que" after the engine (``relatives.contact_relatives``),
so the participle stays in the masculine singular: "les décisions que nous avons fait".

Here: a noun (past its adjectives), "que", a subject pronoun, "avoir" (past "ne", an
indirect clitic and adverbs), a participle; its gender and number the noun's (or its
determiner's). Not where "que" may open a completive clause or a clause of time (after
"fait", "idée", "fois", "jour", "moment"...), nor a participle with its own object or an
infinitive after it ("les enfants que nous avons vu jouer"), nor the participles that
never agree here ("fallu", "pu", "voulu", "dû", "coûté", "valu", "duré", "vécu", Grevisse
§ 943-949). Only where the English has a relative with a subject pronoun (*that we*,
*which you*, or a noun right before *we*, *you*, *they*, *I*, *he*, *she*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, put_forms, tokens_and_readings
from daybook.translate.relative_preps import antecedent
from daybook.translate.relatives import contact_pronouns

__all__ = ["object_participles"]

_TOKEN = clause_tokens()
_EN = re.compile(r"\b(?:that|which|whom)\s+(?:we|you|they|I|he|she)\b")
_SUBJECTS = frozenset(("nous", "vous", "je", "j'", "il", "elle", "ils", "elles", "on"))
# Clitics between the subject and "avoir" that are no direct object of their own.
_INDIRECT = frozenset(("ne", "n'", "nous", "vous", "lui", "leur", "me", "m'", "y", "en"))
_ADVERBS = frozenset(("pas", "jamais", "déjà", "aussi", "bien", "tous", "toutes", "tout",
                      "encore", "toujours", "vraiment", "récemment", "ensemble", "plus",
                      "également", "enfin", "finalement", "personnellement"))
# Nouns after which "que" opens a completive or a clause of time, not an object relative.
_NOT_ANTECEDENT = frozenset((
    "fait", "idée", "espoir", "impression", "sentiment", "conviction", "certitude", "preuve",
    "signe", "nouvelle", "crainte", "peur", "hypothèse", "assurance", "garantie", "condition",
    "fois", "jour", "jours", "moment", "année", "années", "an", "ans", "mois", "semaine",
    "semaines", "temps", "heure", "heures", "période", "époque", "date", "soir", "matin",
    "lendemain", "veille", "instant", "minute", "minutes", "façon", "manière", "sorte"))
# A time phrase after the participle is no object of it ("l'année dernière").
_TIME = frozenset(("année", "semaine", "mois", "an", "jour", "fois", "matin", "soir", "été",
                   "hiver", "printemps", "automne", "week-end", "siècle", "décennie"))
# Participles that do not agree with a preceding "que" (an infinitive understood, a
# measure, an impersonal verb).
_NEVER = frozenset(("falloir", "pouvoir", "vouloir", "devoir", "coûter", "valoir", "durer",
                    "vivre", "peser", "mesurer", "régner", "dormir", "être", "sembler",
                    "paraître", "réussir", "laisser"))
# Words after the participle that give it a clause or an object of its own.
_OWN = frozenset(("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "que", "qu'",
                  "ce", "cette", "ces", "cet", "son", "sa", "ses", "leur", "leurs", "notre",
                  "nos", "votre", "vos", "mon", "ma", "mes", "à", "au", "aux"))


def _participle(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                que: int) -> tuple[int, Reading] | None:
    """The participle the object relative at ``que`` governs and its reading, if any."""
    j = que + 1
    if j >= len(words) or folded(words[j][2]) not in _SUBJECTS:
        return None
    j += 1
    while j < len(words) and folded(words[j][2]) in _INDIRECT:
        j += 1
    if j >= len(words) or not any(r.lemma == "avoir" and r.tags[1:2] and r.tags[1] not in (
            "pp", "inf", "ger", "pprs") for r in reads.get(words[j][2].lower(), ())):
        return None
    j += 1
    while j < len(words) and (folded(words[j][2]) in _ADVERBS or (
            words[j][2].endswith("ment") and any(
                r.pos == "adv" for r in reads.get(words[j][2].lower(), ())))):
        j += 1
    if j >= len(words):
        return None
    pps = [r for r in reads.get(words[j][2].lower(), ()) if r.pos == "pp"]
    if not pps or pps[0].lemma in _NEVER:
        return None
    if j + 1 < len(words):
        after = folded(words[j + 1][2])
        nxt = reads.get(words[j + 1][2].lower(), ())
        time = j + 2 < len(words) and folded(words[j + 2][2]) in _TIME
        if (after in _OWN and not time) or any(r.tags[1:2] == ("inf",) for r in nxt) or (
                nxt and all(r.pos == "n" for r in nxt)):
            return None
    return j, pps[0]


def object_participles(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "les enfants que nous avons vu aujourd'hui" -> "vus", "les décisions que nous avons
    fait" -> "faites" (see above)."""
    todo = [n for n, s in enumerate(sources) if (_EN.search(s) or contact_pronouns(s))
            and re.search(r"(?<![\w’'-])qu(?:e |['’])", texts[n])]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    wanted: dict[int, dict[int, str]] = {}
    for n in todo:
        words = toks[n]
        for i in range(1, len(words)):
            if folded(words[i][2]) not in ("que", "qu'") or \
                    folded(words[i - 1][2]) in _NOT_ANTECEDENT:
                continue
            found = _participle(words, reads, i)
            agreed = antecedent(words, reads, i, generic=True) if found else None
            if found is None or agreed is None:
                continue
            j, pp = found
            key = f"^{pp.lemma}<{pp.tags[0]}><pp><{agreed[0]}><{agreed[1]}>$"
            if (pp.gender, pp.number) != agreed:
                wanted.setdefault(n, {})[j] = key
    return put_forms(texts, wanted, {n: [(w[0], w[1]) for w in toks[n]] for n in wanted})
