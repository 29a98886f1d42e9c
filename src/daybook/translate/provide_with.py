"""*provide* someone *with* something: the pivot keeps the English frame, "fournir des
investisseurs avec une occasion" (the person as the direct object, the thing after "avec").
French gives the thing and the person after "à" (Robert & Collins, *provide*: "fournir qch à
qn"; Larousse, *fournir*): "fournir aux investisseurs une occasion", "vous fournir un soutien
global", "Ils leur fournissent un logement" (run with ``sourced.source_rules``).

The person is a noun phrase opened by a determiner (no comma: a list is left) or an object
pronoun before the verb ("les" -> "leur", "le"/"la" -> "lui"); the thing keeps its article,
or is given "un"/"une"/"des" by its noun (the engine drops it: "avec soutien global"), read
with Apertium's French analyser (``gender.readings``).
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

__all__ = ["provide_with"]

_PROVIDE_EN = re.compile(r"\bprovid(?:e|es|ed|ing)\s+(?!for\b)(?:[\w’'-]+\s+){1,6}?with\b",
                         re.IGNORECASE)
_DETERMINERS = ("les|le|la|l['’]|des|un|une|nos|vos|leurs|notre|votre|leur|ses|son|sa|ces|ce|"
                "cette|cet|chaque|tous les|toutes les")
# the thing's determiners: the person's and the partitive "de" ("de nouveaux ordinateurs")
_THING = _DETERMINERS + "|de|d['’]|du|de la|de l['’]"
# "à" + the person's determiner (a bare English plural, "des" in French, is generic: "aux")
_TO = {"les": "aux", "le": "au", "des": "aux", "tous les": "à tous les",
       "toutes les": "à toutes les"}
_VERB = (r"(?P<verb>fourni(?:r|s|t|ssons|ssez|ssent|ssait|ssaient|ra|ront|rait|raient|ssant)?)"
         + _E)
# the person: a determiner and up to five words (no comma, no verb's "avec" inside)
_PERSON = re.compile(_B + _VERB + r" (?P<adv>(?:aussi|également|ainsi|toujours|déjà) )?"
                     r"(?P<det>" + _DETERMINERS + r")(?:(?<=['’])| )(?P<rest>[^\s,;:.!?]+"
                     r"(?: (?!avec )[^\s,;:.!?]+){0,4}) avec (?P<thing>(?:(?:" + _THING
                     + r")(?:(?<=['’])| ))?)(?=[\w’'-])")
# an object pronoun before the verb: "vous fournir avec", "les fournissent avec"
_PRONOUN = re.compile(_B + r"(?P<pro>vous|nous|les|le|la|l['’])(?:(?<=['’])| )" + _VERB
                      + r" avec (?P<thing>(?:(?:" + _THING + r")(?:(?<=['’])| ))?)"
                      r"(?=[\w’'-])")
_INDIRECT = {"les": "leur", "le": "lui", "la": "lui", "l'": "lui", "l’": "lui"}
_NOUN_AHEAD = re.compile(r"(" + _W + r")(?: (" + _W + r"))?")


# The English thing's head: the last word before a preposition, a clause or a stop.
_THING_EN = re.compile(r"\bwith\s+((?:(?!(?:to|for|of|in|on|at|that|which|who|and|from|by)\b)"
                       r"[\w-]+\s*){1,4})", re.IGNORECASE)


def _plural_en(source: str) -> bool | None:
    """Whether the English thing after *provide ... with* is plural ("with additional
    funds": True, "with access to": False), None when there is none."""
    found = _PROVIDE_EN.search(source)
    m = _THING_EN.search(source, found.end() - 4) if found else None
    if m is None:
        return None
    head = m.group(1).split()[-1].lower()
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _article(rest: str, source: str) -> str | None:
    """The indefinite article for the thing's noun phrase ``rest`` ("soutien global" ->
    "un ", "nouvel équipement" -> "un ", "armes modernes" -> "des "; "accès", one form for
    both numbers, by the English: "with access" "un accès"), None if unread."""
    m = _NOUN_AHEAD.match(rest)
    if m is None:
        return None
    words = [w for w in m.groups() if w]
    reads = readings(words)
    for i, word in enumerate(words):
        nouns = [r for r in reads.get(word, ()) if r.pos == "n"]
        if not nouns:
            if any(r.pos == "adj" for r in reads.get(word, ())):
                continue  # "nouvel équipement": the noun is next
            return None
        if any(r.number == "sp" for r in nouns):  # "fonds", "accès": the English says
            plural = _plural_en(source)
            if plural is None:
                return None
            if plural:
                return "de " if i else "des "
        elif all(r.number == "pl" for r in nouns):
            return "de " if i else "des "
        if all(r.gender == "f" for r in nouns):
            return "une "
        if all(r.gender == "m" for r in nouns):
            return "un "
        return None
    return None


def provide_with(source: str, french: str) -> str:
    """ "fournissent aussi des investisseurs avec une occasion excellente" -> "fournissent
    aussi aux investisseurs une occasion excellente", "vous fournir avec soutien global" ->
    "vous fournir un soutien global", "Ils les fournissent avec logement" -> "Ils leur
    fournissent un logement" (*provide* someone *with* something)."""
    if "fourni" not in french or " avec " not in french or not _PROVIDE_EN.search(source):
        return french
    count = len(_PROVIDE_EN.findall(source))

    def thing(m: re.Match[str]) -> str | None:
        if m.group("thing"):
            return m.group("thing")
        return _article(french[m.end():], source)

    def person(m: re.Match[str]) -> str:
        article = thing(m)
        if article is None:
            return m.group(0)
        det = m.group("det")
        to = _TO.get(det.lower(), "à " + det)
        sep = "" if to.endswith(("'", "’")) else " "
        return f"{m.group('verb')} {m.group('adv') or ''}{to}{sep}{m.group('rest')} {article}"

    def pronoun(m: re.Match[str]) -> str:
        article = thing(m)
        if article is None:
            return m.group(0)
        pro = m.group("pro")
        return f"{_INDIRECT.get(pro, pro)} {m.group('verb')} {article}"

    french = _PERSON.sub(person, french, count=count)
    return _PRONOUN.sub(pronoun, french, count=count)
