"""The dative of a class: "aux", not "à des" (run with ``sourced.source_rules``).

English gives, provides, presents, answers *to* + a bare plural (*issue passports to Russian
citizens*, *provide gas to consumers*, *financial support to defence companies*, *greetings
to Muslims*, *priority to families*); the pivot writes "à des" ("délivrer des passeports à
des citoyens russes", "soutien financier à des entreprises", "vos salutations à des
musulmans"). The one who receives is the class the English names, or the part of it its
complement picks out, which French determines with the definite article (Grevisse, *Le Bon
Usage*, § 587): "aux citoyens russes", "aux entreprises de l'industrie de défense", "aux
musulmans", "la priorité aux familles"; "à des" is for some of a class, after verbs that
do not give ("participer à des compétitions", "confier ce dialogue à des personnes
qualifiées", "envoyés à des camps").

Only after a verb or a noun of giving, granting, presenting, addressing or answering
(``_GIVING``, by the analyser's lemma) in the same clause, at most eight words before "à",
and a word the analyser reads as a plural noun or adjective after "des", not a place
("l'hébergement à des camps": where, not who); only as many as
the English has *to* + a plural with no determiner (not a verb after *to*).
"""

from __future__ import annotations

import re

from daybook.translate.gender import Reading, readings
from daybook.translate.processes import remembered_readings

__all__ = ["datives"]

# Lemmas whose "à" names who receives (Robert: "donner qqch à qqn"; the nouns of these
# verbs, "le soutien aux familles", "l'accès aux marchés").
_GIVING = frozenset((
    "donner", "fournir", "délivrer", "présenter", "offrir", "accorder", "adresser",
    "transmettre", "apporter", "appliquer", "répondre", "permettre", "verser",
    "attribuer", "distribuer", "vendre", "proposer", "garantir", "livrer", "remettre",
    "décerner", "consacrer", "destiner", "payer", "expliquer", "souhaiter", "restituer",
    "exprimer", "réserver", "soutien", "aide", "assistance",
    "salutation", "salutations", "priorité", "accès", "hommage", "service", "services",
    "fourniture", "livraison", "octroi", "paiement", "versement", "message", "lettre",
    "attention", "appui", "subvention", "prêt", "crédit", "prestation", "logement",
))
# Places: "à des" there is where, not who receives ("l'hébergement à des camps d'été").
_PLACES = frozenset(("camps", "campements", "endroits", "lieux", "sites", "installations",
                     "bureaux", "stations", "postes", "points", "gares", "ports", "aéroports"))
_A_DES = re.compile(r"(?<![\w’'-])à des (?=([a-zàâçéèêëîïôûùüÿœæ-]+|[A-ZÀ-Ý][\w-]+)(?![\w’'-]))")
_CLAUSE = re.compile(r"[.;:!?()«»]|, (?:et|mais|qui|que|où|dont) ")
_WORD = re.compile(r"[\w-]+")
_NOT_BARE = ("the|a|an|this|that|these|those|its|our|their|his|her|your|my|all|both|many|"
             "some|such|several|various|other|which|what|whom|us|them|it|him|me|you|any|"
             "each|every|most|more|one|two|three|be|have|do|make|help|ensure")
# *to* + up to two words + a plural (or *people*, *children*): the words checked against
# the English analyser, none an infinitive (*to increase investments* is a verb's object)
_TO_PLURAL = re.compile(rf"\bto (?!(?:{_NOT_BARE})\b)((?:[A-Za-z-]+ ){{0,2}}(?:[a-z-]+[^s\W]s|"
                        r"people|children|men|women|[A-Z][a-z]+s))\b")


def _to_plurals(source: str) -> int:
    """How many times the English says *to* + a bare plural, no verb after *to*."""
    found = [m.group(1).split() for m in _TO_PLURAL.finditer(source)]
    if not found:
        return 0
    got = remembered_readings(sorted({w.lower() for words in found for w in words[:-1]}))
    return sum(1 for words in found if not any(
        "<vblex><inf>" in r or "<vbmod>" in r for w in words[:-1] for r in got.get(w.lower(), ())))


def _giver(before: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """A verb or noun of giving in the clause's last eight words before "à"."""
    cut = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    words = _WORD.findall(before[cut:].lower())[-8:]
    return any(w in _GIVING or any(r.lemma in _GIVING for r in reads.get(w, ())) for w in words)


def datives(source: str, french: str) -> str:
    """ "délivrer des passeports à des citoyens russes" -> "aux citoyens russes", "soutien
    financier à des entreprises" -> "aux entreprises", where the English has as many *to* +
    a bare plural."""
    if "à des " not in french:
        return french
    found = list(_A_DES.finditer(french))
    allowed = _to_plurals(source) if found else 0
    if not allowed:
        return french
    words = {w for m in found for w in _WORD.findall(french[:m.start()].lower())[-8:]}
    reads = readings(sorted(words | {m.group(1).lower() for m in found}))
    edits = []
    for m in found:
        after = reads.get(m.group(1).lower(), ())
        if m.group(1) in _PLACES:
            continue
        if not any(r.pos in ("n", "adj") and r.number in ("pl", "sp") for r in after) and \
                not m.group(1)[0].isupper():
            continue
        if _giver(french[:m.start()], reads):
            edits.append(m)
    if not edits or len(edits) > allowed:
        return french
    for m in reversed(edits):
        french = french[:m.start()] + "aux " + french[m.end():]
    return french
