"""English phrasal verbs whose particle the pivot says word for word ("roulés dehors",
"résoudrait bas"), put right where the English sentence has the phrasal verb, its object
between verb and particle too (*carrying them out*); run with ``sourced.source_rules``.
Senses from Robert & Collins (entries of the verbs): the French verb the dictionary gives
for the phrasal verb replaces the pivot's literal one, in the same form, and the particle
goes:

- *roll off* (the line) "sortir de"; *roll out* "déployer"; *cut off* "couper"; *cut out*
  "supprimer"; *cut down* "réduire"; *pay off* "payer" (it pays off: ça paie); *pay out*
  "verser"; *show off* "montrer"; *go off* (well, as planned) "se dérouler"; *smooth out*
  "aplanir"; *map out* "tracer"; *set out* (rules, requirements) "énoncer"; *work out* (a
  plan) "élaborer"; *sort out* "régler"; *crack down on* "sévir contre"; *settle down*
  "se stabiliser"; *let down* (someone) "décevoir"; *slow down* "ralentir".

Only a verb the analyser reads as the pivot's literal verb, right before "dehors", "en
dehors" or "bas", is changed: "en dehors de la Russie" (*outside*) stays.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from daybook.translate.aux_forms import THIRD, alternation, avoir, etre
from daybook.translate.collocations import reverb
from daybook.translate.gender import readings


class Phrasal(NamedTuple):
    """One phrasal verb: the English verb's forms, its particle, the pivot's literal
    French verbs, the French verb to say, and what stands for the particle's preposition
    ("de" for *roll off the line*, "contre" for *crack down on*)."""

    english: str
    particle: str
    literal: frozenset[str]
    french: str
    preposition: str = ""


def _forms(*forms: str) -> str:
    return "|".join(forms)


PHRASALS: tuple[Phrasal, ...] = (
    Phrasal(_forms("roll", "rolls", "rolled", "rolling"), "off", frozenset({"rouler"}),
            "sortir", "de"),
    Phrasal(_forms("roll", "rolls", "rolled", "rolling"), "out", frozenset({"rouler"}),
            "déployer"),
    Phrasal(_forms("cut", "cuts", "cutting"), "off", frozenset({"couper"}), "couper"),
    Phrasal(_forms("cut", "cuts", "cutting"), "out", frozenset({"couper"}), "supprimer"),
    Phrasal(_forms("cut", "cuts", "cutting"), "down", frozenset({"couper"}), "réduire"),
    Phrasal(_forms("pay", "pays", "paid", "paying"), "off", frozenset({"payer"}), "payer"),
    Phrasal(_forms("pay", "pays", "paid", "paying"), "out", frozenset({"payer"}), "verser"),
    Phrasal(_forms("show", "shows", "showed", "shown", "showing"), "off",
            frozenset({"montrer"}), "montrer"),
    Phrasal(_forms("go", "goes", "went", "gone", "going"), "off", frozenset({"aller"}),
            "se dérouler"),
    Phrasal(_forms("smooth", "smooths", "smoothed", "smoothing"), "out",
            frozenset({"radoucir", "lisser", "adoucir"}), "aplanir"),
    Phrasal(_forms("map", "maps", "mapped", "mapping"), "out", frozenset({"cartographier"}),
            "tracer"),
    Phrasal(_forms("set", "sets", "setting"), "out", frozenset({"poser", "placer", "mettre"}),
            "énoncer"),
    Phrasal(_forms("work", "works", "worked", "working"), "out", frozenset({"travailler"}),
            "élaborer"),
    Phrasal(_forms("sort", "sorts", "sorted", "sorting"), "out", frozenset({"trier", "classer"}),
            "régler"),
    Phrasal(_forms("crack", "cracks", "cracked", "cracking"), "down",
            frozenset({"crevasser", "craquer", "fendre", "fissurer", "fêler"}), "sévir",
            "contre"),
    Phrasal(_forms("settle", "settles", "settled", "settling"), "down",
            frozenset({"résoudre", "régler", "installer", "établir"}), "se stabiliser"),
    Phrasal(_forms("let", "lets", "letting"), "down", frozenset({"laisser"}), "décevoir"),
    Phrasal(_forms("slow", "slows", "slowed", "slowing"), "down",
            frozenset({"ralentir", "lent"}), "ralentir"),
)

# The verb, then up to three words of its object (*carrying them out*, *rolled the new
# model out*), then the particle.
_ENGLISH = tuple(re.compile(r"\b(" + p.english + r")(?:\s+[\w’'-]+){0,3}?\s+" + p.particle
                            + r"\b", re.IGNORECASE) for p in PHRASALS)
_BARE = {p.english.split("|")[0] for p in PHRASALS}

_PARTICLE_FR = {"out": "dehors", "off": "dehors", "down": "bas"}
# An auxiliary before a participle ("sont allées dehors"), the verb, "en"? and the particle,
# before a space or a stop ("la ligne", "bas,").
_AUX = r"(?:(" + alternation(avoir("present", "imperfect", "future", persons=THIRD) | etre(
    "present", "imperfect", "future", persons=THIRD)) + r") )?"
_VERB = r"([a-zàâçéèêëîïôûù]+)"
_TAIL = r"( (?:des |du |de la |de l['’]|d['’](?=une? )|de |les |le |la |l['’]|en |sur |dans )?)"
_FRENCH = {fr: re.compile(r"(?<![\w’'-])" + _AUX + _VERB + r" (en )?" + fr + r"(?:" + _TAIL
                          + r"|(?=[,.;:!?])|$)")
           for fr in set(_PARTICLE_FR.values())}
# After "en dehors": "de" + its article, which the French verb takes as its object
# ("radoucir en dehors des différences" -> "aplanir les différences").
_OBJECT = {"des ": "les ", "du ": "le ", "de la ": "la ", "de l'": "l'", "de l’": "l’",
           "d'": "", "d’": "", "de ": "des "}
# "de" + the article after "sortir": "sortis de la ligne", "du", "des".
_DE_BEFORE = {"le ": "du ", "les ": "des ", "la ": "de la ", "l'": "de l'", "l’": "de l’",
              "": "de "}
_ELIDE = "aeiouéèêâîôh"


def _article(noun: str) -> str:
    """The definite article of ``noun`` by its gender ("la corruption"), none if unknown."""
    if not noun:
        return ""
    if noun[0] in _ELIDE:
        return "l'"
    for r in readings([noun]).get(noun, ()):
        if r.tags[:1] == ("n",):
            if "f" in r.tags[1:2]:
                return "la "
            if "m" in r.tags[1:2]:
                return "le "
    return ""


def _reading(word: str, literal: frozenset[str]) -> tuple[str, ...] | None:
    """The tags of ``word``'s reading as one of the ``literal`` verbs, if it has one."""
    for r in readings([word]).get(word, ()):
        if r.lemma in literal and r.tags[:1] == ("vblex",):
            return r.tags
    return None


def _said(word: str, tags: tuple[str, ...], target: str, bare: bool) -> str | None:
    """``word`` said with ``target`` in the same form; the infinitive where the English verb is
    bare and the pivot wrote a third person singular present (*efforts to reduce ..., crack
    down on*: a bare verb is never that form)."""
    if bare and "pri" in tags and "p3" in tags and "sg" in tags:
        return target
    return reverb(word, target, participle="pp" in tags)


def _apply(phrasal: Phrasal, bare: bool, french: str) -> str:
    pattern = _FRENCH[_PARTICLE_FR[phrasal.particle]]
    reflexive = phrasal.french.startswith("se ")
    lemma = phrasal.french[3:] if reflexive else phrasal.french

    def fix(m: re.Match[str]) -> str:
        aux, word, en, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        tags = _reading(word, phrasal.literal)
        if tags is None:
            return m.group(0)
        if reflexive and (aux or "pp" in tags) and aux not in ("est", "sont", "était",
                                                              "étaient", "sera", "seront"):
            return m.group(0)  # "a résolu": the reflexive wants "être"
        form = _said(word, tags, lemma, bare)
        if form is None:
            return m.group(0)
        head = aux + " " + form if aux else form
        if reflexive:
            head = ("s'" if head[0] in _ELIDE else "se ") + head
        inner = tail[1:]
        if phrasal.preposition == "de" and inner in _DE_BEFORE:
            return head + " " + _DE_BEFORE[inner]
        if phrasal.preposition and inner in ("en ", "sur ", "dans "):
            rest = re.match(r"[a-zàâçéèêîôû]+", french[m.end():])
            return head + " " + phrasal.preposition + " " + _article(rest.group(0) if rest
                                                                     else "")
        if phrasal.preposition:
            return head + " " + phrasal.preposition + tail
        if en and inner in _OBJECT:
            return head + " " + _OBJECT[inner]
        return head + tail

    return pattern.sub(fix, french)


def phrasal_verbs(source: str, french: str) -> str:
    """ "les camions roulés dehors la ligne" -> "sortis de la ligne" (*rolled off the line*),
    "radoucir en dehors des différences" -> "aplanir les différences", "cette inflation
    résoudrait bas" -> "se stabiliserait", "vous laisser bas" -> "vous décevoir", where the
    English has the phrasal verb."""
    if "dehors" not in french and " bas" not in french:
        return french
    for phrasal, english in zip(PHRASALS, _ENGLISH, strict=True):
        found = english.findall(source)
        if found:
            bare = all(verb.lower() in _BARE for verb in found)
            french = _apply(phrasal, bare, french)
    return french
