"""An abstract noun with an epithet as a verb's object: the indefinite article, not the
pivot's partitive (run with ``sourced.source_rules``).

English says an abstract noun with an adjective and no determiner as a verb's object (*we
have common citizenship*, *we maintain effective coordination*, *this requires special
preparation*, *we place special emphasis on*, *you have deep respect for*); the pivot gives
it the partitive, "nous avons de la citoyenneté commune", "nous maintenons de la
coordination efficace", "nous plaçons de l'accent particulier". French takes an abstract
noun with an epithet with the indefinite article (Grevisse, *Le Bon Usage*, § 587: "avoir
de la patience", but "avoir une patience admirable"; "faire preuve d'un courage
exemplaire"): "une citoyenneté commune", "une coordination efficace", "un accent
particulier". ``degree_np`` does the same for a degree adjective before the noun (*great
interest* "un grand intérêt").

Only after a verb of the table (verbs that take a direct object, never "de" + a noun:
not *parler de*, *penser de*, *se soucier de*, *devenir*), before a singular noun of an
abstract class (a suffix of abstract nouns, or the table), an adjective agreeing with it
after; not where the English says *some* or *any*; as often as the English has a verb, then
an adjective and a noun with no determiner between.
"""

from __future__ import annotations

import re

from daybook.translate.gender import agrees, readings
from daybook.translate.processes import remembered_readings

__all__ = ["abstract_epithets"]

_W = r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*"
_PARTITIVE = re.compile(
    rf"(?<![\w’'-])(?P<verb>{_W}) (?P<det>du |de la |de le |de l['’])(?P<noun>{_W}) "
    rf"(?P<adj>{_W})(?![\w’'-])")
# Verbs whose object the engine said with the partitive, taking a direct object and not
# "de" + a noun (Robert: *avoir*, *maintenir*, *exiger*, *accorder* qch).
_VERBS = frozenset((
    "avoir", "maintenir", "entretenir", "fournir", "requérir", "exiger", "nécessiter",
    "demander", "placer", "mettre", "accorder", "apporter", "prêter", "montrer", "manifester",
    "offrir", "donner", "recevoir", "obtenir", "assurer", "garantir", "exprimer", "éprouver",
    "ressentir", "démontrer", "faire", "trouver", "mener", "créer", "développer", "établir",
    "nourrir", "attendre", "gagner", "acquérir", "susciter", "impliquer", "supposer",
    "déployer", "consacrer", "mériter", "vouer", "porter", "garder", "conserver", "voir",
))
# Abstract nouns by their suffix (Grevisse § 168-169: -tion, -ité, -ance, -ence, -isme,
# -ude, -esse, -ise), and others of the class (Robert).
_ABSTRACT_END = ("tion", "sion", "xion", "ité", "eté", "ance", "ence", "isme", "itude",
                 "esse")
_ABSTRACT = frozenset((
    "respect", "accent", "soutien", "appui", "intérêt", "effort", "travail", "preuve",
    "courage", "confiance", "élan", "impulsion", "engagement", "dévouement", "attachement",
    "rôle", "sens", "goût", "patience", "volonté", "envie", "espoir", "compréhension",
    "expérience", "importance", "influence", "priorité", "aide", "dialogue", "partenariat",
    "amitié", "sympathie", "gratitude", "reconnaissance", "estime", "admiration", "ardeur",
    "enthousiasme", "optimisme", "patriotisme", "talent", "savoir-faire", "dynamisme",
    "impact", "poids", "prestige", "autorité", "potentiel", "progrès", "succès",
))
_SOME_EN = re.compile(r"\b(?:some|any)\b", re.IGNORECASE)
_WORD_EN = re.compile(r"[A-Za-z][a-z-]*")


def _english_objects(source: str) -> int:
    """How many times the English says a verb, then an adjective and a noun: a bare object
    with its epithet (*have common citizenship*, *requires special preparation*)."""
    words = _WORD_EN.findall(source)
    got = remembered_readings(sorted({w.lower() for w in words}))

    def has(word: str, *tags: str) -> bool:
        return any(r.split("<", 2)[1].startswith(tags) for r in got.get(word.lower(), ())
                   if "<" in r)

    return sum(1 for a, b, c in zip(words, words[1:], words[2:], strict=False)
               if has(a, "vb") and not has(a, "det", "pr>") and has(b, "adj>")
               and has(c, "n>") and not has(b, "det"))


def _abstract(noun: str) -> bool:
    return noun in _ABSTRACT or noun.endswith(_ABSTRACT_END)


def abstract_epithets(source: str, french: str) -> str:
    """ "nous avons de la citoyenneté commune" -> "nous avons une citoyenneté commune",
    "nous plaçons de l'accent particulier" -> "un accent particulier"."""
    if " d" not in french or _SOME_EN.search(source):
        return french
    found = [m for m in _PARTITIVE.finditer(french) if _abstract(m.group("noun"))]
    if not found:
        return french
    allowed = _english_objects(source)
    if not allowed:
        return french
    reads = readings(sorted({w for m in found for w in (
        m.group("verb"), m.group("noun"), m.group("adj"))}))
    edits: list[tuple[int, int, str]] = []
    for m in found:
        verbs = reads.get(m.group("verb"), ())
        if not verbs or not all(r.pos.startswith("vb") for r in verbs) or not any(
                r.lemma in _VERBS for r in verbs):
            continue
        nouns = [r for r in reads.get(m.group("noun"), ()) if r.pos == "n"]
        if len({(r.gender, r.number) for r in nouns}) != 1 or nouns[0].number != "sg" or \
                nouns[0].gender not in ("m", "f"):
            continue
        if not any(r.pos in ("adj", "pp") and agrees(r, nouns[0])
                   for r in reads.get(m.group("adj"), ())):
            continue
        if len(edits) == allowed:
            break
        one = "une " if nouns[0].gender == "f" else "un "
        edits.append((m.start("det"), m.start("noun"), one))
    for start, end, one in reversed(edits):
        french = french[:start] + one + french[end:]
    return french
