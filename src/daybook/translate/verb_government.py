"""Verbs and participles whose French construction the pivot loses or copies from the English.

Each rule runs after the engine on one sentence with its English source beside it, fires only
where the English has the construction and no more often than the English has it (Robert &
Collins and the Petit Robert on each word):

- *be among* a class (a superlative, an ordinal, a number, *the leaders*) "compter parmi"
  (Robert & Collins, *among*: "il compte parmi les meilleurs"; "Saint-Pétersbourg est parmi
  les villes" -> "compte parmi les villes"); *be among the audience*, a presence, stays "être";
- *come from* "provenir de", whose "de" the pivot drops ("les menaces qui proviennent le
  fonds" -> "du fonds", "ont provenu l'Ukraine" -> "de l'Ukraine"; the pivot's gerund "en
  provenant" for an English participle -> "provenant");
- a passive participle of choice (choisir, prévoir, planifier, proposer, envisager) + "pour"
  + an infinitive keeps "pour", the purpose, where ``frames`` gave the active's "de" (Grevisse
  on the infinitive of purpose: *cities chosen to host* "choisies pour accueillir", was
  "choisies d'accueillir"; "avons choisi de bâtir", "il a été proposé de" still "de"):
  ``passive_purpose``, which ``frames`` asks;
- *scheduled for*, *scheduled to take place/be held* "prévu pour" (Robert & Collins,
  *schedule*: the pivot's "planifié pour janvier", "a planifié d'avoir lieu le 9 décembre" ->
  "prévu pour janvier", "prévu le 9 décembre").
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR, AVOIR_NONFINITE, ETRE_THIRD
from daybook.translate.french import VOWEL_START

__all__ = ["among", "come_from", "passive_purpose", "scheduled", "verb_government"]

# a word in -est that is no superlative
_NOT_EST = r"(?!(?:inter|for|requ|prot|hon|mod|harv|cont|manif|arr|inv|dig|sugg)est\b)"
_CLASS_EN = (r"(?:\d+|first|second|third|top|best|worst|most|least|leading|main|key|major|"
             rf"few|{_NOT_EST}\w{{3,}}est|leaders?|winners?|finalists?|pioneers?|founders?)")
_AMONG_EN = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|remained)\s+(?:(?:also|still|now|already|"
    r"certainly|definitely|undoubtedly)\s+)?among\s+(?:(?:the|our|its|their|his|her|your|"
    r"[\w-]+['’]s)\s*)?(?:[\w-]+\s+){0,3}?" + _CLASS_EN + r"\b", re.IGNORECASE)
# "être" (or "rester") in the pivot's tense, and "compter" in the same one.
_COMPTER = {"est": "compte", "sont": "comptent", "était": "comptait", "étaient": "comptaient",
            "sera": "comptera", "seront": "compteront", "serait": "compterait",
            "seraient": "compteraient", "soit": "compte", "soient": "comptent",
            "reste": "compte", "restent": "comptent", "a été": "a compté",
            "ont été": "ont compté", "avait été": "avait compté",
            "avaient été": "avaient compté", "être": "compter"}
_PLURAL = {"compte": "comptent", "comptait": "comptaient", "comptera": "compteront",
           "compterait": "compteraient", "a compté": "ont compté"}
_AMONG_FR = re.compile(r"(?<![\w’'-])(?P<verb>" + "|".join(sorted(_COMPTER, key=len, reverse=True))
                       + r") (?P<adv>(?:aussi|toujours|déjà|encore|également|maintenant|"
                       r"certainement|sans doute) )?(?:parmi|entre) ")


def among(source: str, french: str) -> str:
    """ "Saint-Pétersbourg est parmi les villes" -> "compte parmi les villes" where the
    English says *is among the 12 cities*."""
    if ("parmi " not in french and "entre " not in french) or "among" not in source.lower():
        return french
    verbs = [m.group(0).split()[0].lower() for m in _AMONG_EN.finditer(source)]
    if not verbs:
        return french
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        if done >= len(verbs):
            return m.group(0)
        said = _COMPTER[m.group("verb")]
        if verbs[done] in ("are", "were", "remain"):  # the pivot's "est" for *IDs are*
            said = _PLURAL.get(said, said)
        done += 1
        return f"{said} {m.group('adv') or ''}parmi "

    return _AMONG_FR.sub(fix, french)


_FROM_EN = re.compile(r"\b(?:com(?:e|es|ing)|came|originat(?:e|es|ed|ing)|stem(?:s|med|ming)?)"
                      r"\s+(?:[\w-]+\s+)?from\b", re.IGNORECASE)
_BY_COMING_EN = re.compile(r"\b(?:by|while|when|on)\s+coming\b", re.IGNORECASE)
_PROVENIR = (r"prov(?:enir|enant|ient|iennent|ienne|iennes|enu|enue|enus|enues|enait|enaient|"
             r"iendra|iendront|iendrait|iendraient|enons|enez)")
# the verb, an adverb it may take, then anything but its "de"
_ADV_FR = (r"(?:surtout|principalement|essentiellement|notamment|aussi|également|directement|"
           r"[a-zéè]+ment) ")
_FROM_FR = re.compile(r"(?<![\w’'-])(?P<en>en )?(?P<verb>" + _PROVENIR + r") "
                      r"(?!(?:" + _ADV_FR + r")?(?:de|du|des|d['’]|en|y)(?![\w’'-]))"
                      r"(?P<adv>" + _ADV_FR + r")?(?P<word>[\w’'«-]+)")


def come_from(source: str, french: str) -> str:
    """ "qui proviennent le fonds" -> "qui proviennent du fonds", "en provenant presque tous
    les pays" -> "provenant de presque tous les pays", where the English says *come from*."""
    if "prov" not in french:
        return french
    count = len(_FROM_EN.findall(source))
    if not count:
        return french
    gerund = _BY_COMING_EN.search(source) is not None
    done = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal done
        if done >= count:
            return m.group(0)
        done += 1
        head = m.group("verb") if m.group("en") and not gerund else (
            (m.group("en") or "") + m.group("verb"))
        word = m.group("word")
        low = word.lower()
        said = {"le": "du", "les": "des"}.get(low) or (
            "d’" + word if VOWEL_START.match(word) else "de " + word)
        return f"{head} {m.group('adv') or ''}{said}"

    return _FROM_FR.sub(fix, french)


# Verbs whose object is the thing chosen: their passive participle + "pour" + an infinitive is
# a purpose ("les villes choisies pour accueillir"), not the active's "choisir de".
_PURPOSE_PP = frozenset(("choisir", "prévoir", "planifier", "proposer", "envisager"))
# an auxiliary before the participle: the active ("avons choisi de") or the impersonal
# passive ("il a été proposé de compter sur"), both "de"
_AUXILIARY = AVOIR | AVOIR_NONFINITE | ETRE_THIRD | {"été", "être", "soit"}


def passive_purpose(lemma: str, tags: tuple[str, ...], before: str, after: str) -> bool:
    """Whether a participle of choice after its noun and before "pour" keeps it
    (``frames``' "choisir de" is the active's, "avons choisi de bâtir", and the impersonal
    passive's, "il a été proposé de")."""
    return lemma in _PURPOSE_PP and tags[1:2] == ("pp",) and after == "pour" and \
        before not in _AUXILIARY


_SCHEDULED_EN = re.compile(r"\bscheduled\s+(?:for|to\s+(?:take\s+place|be\s+held))\b",
                           re.IGNORECASE)
_SCHEDULED_FR = re.compile(r"(?<![\w’'-])(?:a )?planifié(?P<agr>e|s|es)? "
                           r"(?:(?:pour |de |d['’])(?:avoir lieu|être (?:tenu|organisé)"
                           r"(?:e|s|es)?) (?=le |l['’]|en |à |au |dans )|pour )")


def scheduled(source: str, french: str) -> str:
    """ "la visite planifiée pour janvier" -> "prévue pour janvier", "a planifié d'avoir lieu
    le 9 décembre" -> "prévu le 9 décembre"."""
    if "planifié" not in french:
        return french
    count = len(_SCHEDULED_EN.findall(source))
    if not count:
        return french
    def fix(m: re.Match[str]) -> str:
        # the date or the place follows "prévu" bare: "prévu le 9 décembre"
        return f"prévu{m.group('agr') or ''} " + ("pour " if m.group(0).endswith("pour ") else "")

    return _SCHEDULED_FR.sub(fix, french, count=count)


def verb_government(source: str, french: str) -> str:
    """The rules above."""
    return scheduled(source, come_from(source, among(source, french)))
