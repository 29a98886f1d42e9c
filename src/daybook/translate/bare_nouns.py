"""A common noun the pivot left bare after a preposition given its article (run with
``sourced.source_rules``).

English takes a mass noun or a class with no determiner after a preposition ("based on
friendship", "the fight against corruption", "in cooperation with students", "interaction
between traditions"); the pivot keeps the bare noun, which French writes only in set
phrases ("avec succès", "par exemple", "sur place"): "basés sur amitié", "la lutte contre
corruption", "avec étudiants", "entre traditions". French gives the noun its determiner
(Grevisse § 587-588): the definite article for a mass or a notion taken as a whole ("sur
l'amitié", "contre la corruption", "pour le service militaire"), "des" for an indefinite
plural after *avec*, *entre*, *sur*, *dans* ("avec des étudiants", "entre des traditions",
"sur des concepts"), "les" for a class after *pour*, *contre*, *envers*, *parmi* ("pour les
enfants"). Only a word the analyser reads as a noun and nothing else, in lower case; not
after *avec* in the singular (manner: "avec succès", "avec confiance"), nor *par*, *en*,
*de*, *sans*; not in the set phrases below; not a month or a day ("prévu pour janvier"); not
in a name ("la Bibliothèque d'État russe pour enfants").
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import Reading, determiner, readings

__all__ = ["bare_after_preposition"]

_PREPOSITION = re.compile(_B + r"(sur|contre|dans|pour|entre|envers|parmi|avec) (" + _W + r")"
                          + _E)
# The plural's determiner by preposition: an indefinite "des", or the class "les".
_PLURAL = {"sur": "des", "dans": "des", "entre": "des", "avec": "des", "pour": "les",
           "contre": "les", "envers": "les", "parmi": "les"}
# Set phrases with a bare noun after the preposition (Robert, Larousse): "sur place",
# "sur proposition de", "avoir pour objectif", "pour cent", "dans l'ensemble" has its own.
_SET = frozenset((
    "place", "mesure", "demande", "proposition", "invitation", "ordre", "ordres", "décision",
    "recommandation", "initiative", "commande", "rendez-vous", "requête", "instruction",
    "instructions", "réservation", "présentation", "terre", "mer", "scène", "site", "papier",
    "écran", "exemple", "rapport", "cent", "intérim", "mémoire", "cause", "raison", "principe",
    "objectif", "objectifs", "but", "buts", "tâche", "tâches", "thème", "mission", "vocation",
    "résultat", "conséquence", "effet", "slogan", "devise", "nom", "titre", "président",
    "preuve", "moitié", "partie", "information", "considération", "compte", "parenthèses",
    "guillemets", "personne", "quoi", "fin", "priorité", "mandat", "tradition", "coutume",
    "habitude", "origine", "base", "contrat", "fond", "temps", "part"))
_CALENDAR = frozenset((
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
    "samedi", "dimanche", "aujourd'hui", "demain", "hier"))


# A capitalised word, not opening the sentence, then up to two words before the
# preposition: a name's when those are adjectives or its "de"/"d'" ("la Bibliothèque d'État
# russe pour enfants" is the library's name).
_NAMED = re.compile(r"(?<![.!?:«] )(?<!^)\b[A-ZÀ-Ý][\w’'-]*((?: [\w’'-]+){0,2}) $")


def _noun(reads: tuple[Reading, ...]) -> Reading | None:
    """The noun reading of a word read as a noun only, of one gender and number."""
    if not reads or any(r.pos != "n" for r in reads):
        return None
    if len({(r.gender, r.number) for r in reads}) != 1:
        return None
    return reads[0]


def bare_after_preposition(source: str, french: str) -> str:
    """ "basés sur amitié" -> "basés sur l'amitié", "la lutte contre corruption" -> "contre
    la corruption", "conjointement avec étudiants" -> "avec des étudiants"."""
    del source  # the French alone shows the bare noun; the English has no determiner there
    found = [m for m in _PREPOSITION.finditer(french)
             if m.group(2).islower() and m.group(2) not in _SET
             and m.group(2) not in _CALENDAR]
    if not found:
        return french
    names = {m.start(): n for m in found if (n := _NAMED.search(french[:m.start()]))}
    middle = {w.lower() for n in names.values() for w in n.group(1).split()}
    reads = readings(sorted({m.group(2) for m in found} | middle))
    found = [m for m in found if m.start() not in names or not all(
        w in ("de", "du", "des") or w.startswith(("d'", "d’")) or any(
            r.pos == "adj" for r in reads.get(w.lower(), ()))
        for w in names[m.start()].group(1).split())]
    out, last = [], 0
    for m in found:
        prep, word = m.group(1), m.group(2)
        r = _noun(reads.get(word, ()))
        if r is None or r.number not in ("sg", "pl") or (r.number == "sg" and prep == "avec"):
            continue  # an invariable noun ("succès", "accès") tells no number
        article = _PLURAL[prep] if r.number == "pl" else determiner("le", r.gender, "sg", word)
        if article is None or (r.number == "sg" and r.gender not in ("m", "f")):
            continue
        glue = "" if article.endswith(("'", "’")) else " "
        out.append(french[last:m.start(2)] + article.replace("'", "’") + glue)
        last = m.start(2)
    return "".join(out) + french[last:]
