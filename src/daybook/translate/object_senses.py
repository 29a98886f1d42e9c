"""Senses of frequent verbs chosen by their object or their complement, where the English has
the verb (run with ``sourced.source_rules``, after ``field_senses``). Senses from Robert &
Collins and the TLFi:

- *intend to* "prétendre" (claim) -> "compter" + infinitive ("Le Japon compte aussi
  assouplir", "Je ne compte pas commenter"), where the English has no *claim* or *pretend*;
- *hold* a meeting, talks, consultations "avoir" -> "tenir" ("leur intention de tenir une
  rencontre bilatérale"); *hold* a competition, elections, a forum -> "organiser" ("préparer
  et organiser des compétitions"); *holding* an event "le holding" (a holding company) ->
  "l'organisation" ("liées à l'organisation des compétitions"); where every such "avoir"
  of the sentence pairs with a *hold* (none with a *have*);
- *ease* rules, restrictions, requirements, sanctions "soulager" (relieve a person, a pain)
  -> "assouplir" ("assouplir des conditions de visa").
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import (
    AVOIR,
    AVOIR_NONFINITE,
    AVOIR_PRESENT,
    ENDS_IN_AUXILIARY,
    alternation,
)
from daybook.translate.collocations import reverb
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like

__all__ = ["ease", "hold", "intend", "object_senses"]


# --- intend ---------------------------------------------------------------------------------
_INTEND_EN = re.compile(r"\bintend(?:s|ed|ing)?\s+to\b", re.IGNORECASE)
_CLAIM_EN = re.compile(r"\b(?:claim\w*|pretend\w*|purport\w*|allege\w*)\b", re.IGNORECASE)
# The verb, a negation's "pas" or an adverb after it, and the engine's "pour" before the
# infinitive ("ne prétends pas pour commenter").
_PRETENDRE = re.compile(_B + r"(prétend\w*)((?: (?:pas|aussi|également|toujours|donc|"
                        r"certainement|vraiment|plus|même|bien))*)(?: pour)?(?= [a-zàâéèêîôû]+"
                        r"(?:er|ir|re)" + _E + ")")

_IMPERFECT = {"ai": "comptais", "as": "comptais", "a": "comptait", "avons": "comptions",
              "avez": "comptiez", "ont": "comptaient"}
_PAST = re.compile(_B + r"(" + alternation(AVOIR_PRESENT)
                   + r") prétendu((?: pas| aussi| également)*)"
                   r"(?: pour)?(?= [a-zàâéèêîôû]+(?:er|ir|re)" + _E + ")")


def intend(source: str, french: str) -> str:
    """ "Le Japon prétend aussi soulager" -> "Le Japon compte aussi soulager", "Je ne prétends
    pas pour commenter" -> "Je ne compte pas commenter" (Robert & Collins, *intend to do*:
    "avoir l'intention de faire", "compter faire"; "prétendre" is *claim*)."""
    if "prétend" not in french or not _INTEND_EN.search(source) or _CLAIM_EN.search(source):
        return french

    def verb(m: re.Match[str]) -> str:
        new = reverb(m.group(1).lower(), "compter",
                     participle=ENDS_IN_AUXILIARY.search(french[:m.start()]) is not None)
        return m.group(0) if new is None else cased_like(new, m.group(1)) + m.group(2)

    # *intended to* "a prétendu" -> "comptait" (an intention is a state: the imperfect).
    french = _PAST.sub(lambda m: cased_like(_IMPERFECT[m.group(1).lower()], m.group(1))
                       + m.group(2), french)
    return _PRETENDRE.sub(verb, french)


# --- hold -----------------------------------------------------------------------------------
_TALKS_EN = (r"(?:meetings?|talks|consultations?|negotiations?|sessions?|summits?|"
             r"conferences?|conversations?|discussions?|hearings?|rall(?:y|ies))")
_EVENTS_EN = (r"(?:competitions?|championships?|elections?|forums?|festivals?|games|Games|"
              r"exercises?|events?|ceremon(?:y|ies)|contests?|tournaments?|exhibitions?|"
              r"referend(?:um|ums|a)|Olympics|World\s+Cup|Universiade|celebrations?|"
              r"concerts?|parades?|congress(?:es)?)")
_OBJECT_EN = (r"(?:\s+(?:a|an|the|this|that|these|those|its|their|our|your|his|her|such|"
              r"regular|major|international|bilateral|joint|large|big|next|new|first|"
              r"another|several|many|more|further|large-scale|high-level|official|annual|"
              r"traditional|sports?|national|world|regional|public|federal|presidential|"
              r"parliamentary|general|local|ministerial|working|[A-Z][\w-]*|\d{4})){0,4}\s+")
_HOLD_EN = re.compile(r"\b(?:hold|holds|held|holding)" + _OBJECT_EN + r"(?:(" + _TALKS_EN
                      + r")|" + _EVENTS_EN + r")\b")
_HAVE_EN = re.compile(r"\b(?:have|has|had|having)" + _OBJECT_EN + r"(?:" + _TALKS_EN + "|"
                      + _EVENTS_EN + r")\b")
_HOLDING_COMPANY_EN = re.compile(r"\bholdings?\s+compan|\bholdings\b", re.IGNORECASE)
# "avoir des entretiens, une conversation" is French as it is: left.
_TALKS_FR = (r"(?:rencontres?|réunions?|consultations?|pourparlers|négociations?|séances?|"
             r"sessions?|sommets?|conférences?|audiences?|rassemblements?)")
_EVENTS_FR = (r"(?:compétitions?|championnats?|élections?|forums?|festivals?|jeux|Jeux|"
              r"exercices?|événements?|évènements?|cérémonies?|concours|tournois?|"
              r"expositions?|référendums?|Coupe|Universiade|célébrations?|concerts?|"
              r"défilés?|congrès)")
# Not "il y a des élections" (there are).
_AVOIR = re.compile(r"(?<![\w-])(?<!y )("
                    + alternation(AVOIR | AVOIR_NONFINITE | {"eurent", "eut"}) + ")"
                    r"(?= (?:(?:des|de|d['’]|une|un|la|le|les|l['’]|cette|ces|ce|cet|leur|leurs|"
                    r"notre|nos|son|sa|ses)(?:(?<=['’])| ))?(?:[a-zàâçéèêîôû-]+ )?(?:("
                    + _TALKS_FR + r")|" + _EVENTS_FR + ")" + _E + ")")
_HOLDING = re.compile(_B + r"(au|du|le|Au|Du|Le) holding (?=(?:des|de|d['’]|du|la|le|les|l['’])"
                      r"(?:(?<=['’])| )(?:[a-zàâçéèêîôû-]+ )?(?:" + _TALKS_FR + "|" + _EVENTS_FR
                      + ")" + _E + ")")
_ORGANISATION = {"au": "à l'organisation ", "du": "de l'organisation ", "le": "l'organisation "}


def _avoir_next_is_participle(french: str, m: re.Match[str]) -> bool:
    """ "a eu des entretiens": the auxiliary "a" is not the verb (its "eu" is)."""
    return m.group(1) != "eu" and french[m.end():].startswith(" eu ")


def hold(source: str, french: str) -> str:
    """ "leur intention d'avoir une rencontre bilatérale" -> "de tenir une rencontre",
    "préparer et avoir des compétitions" -> "préparer et organiser des compétitions", "liées
    au holding des compétitions" -> "liées à l'organisation des compétitions" (Robert &
    Collins, *hold* a meeting "tenir", an event "organiser")."""
    if "old" not in source and "held" not in source:
        return french  # no *hold*, *held*: the cheap test before the regex
    held = [m.group(1) is not None for m in _HOLD_EN.finditer(source)]
    if not held or _HAVE_EN.search(source):
        return french  # no *hold*, or a *have* the pivot says "avoir" too
    if " holding " in french and not _HOLDING_COMPANY_EN.search(source):
        french = _HOLDING.sub(lambda m: cased_like(_ORGANISATION[m.group(1).lower()], m.group(1)),
                              french)
    found = [m for m in _AVOIR.finditer(french) if not _avoir_next_is_participle(french, m)]
    if not found or len(found) > len(held):
        return french  # an "avoir" the English's *hold* does not show
    for m in reversed(found):
        lemma = "tenir" if m.group(2) else "organiser"
        new = reverb(m.group(1), lemma, participle=m.group(1) == "eu")
        if new is None:
            continue
        start = m.start()
        if french[start - 1:start] in ("'", "’"):  # "d'avoir" -> "de tenir"
            start -= 1
            new = "e " + new
        french = french[:start] + cased_like(new, m.group(1)) + french[m.end():]
    return french


# --- ease -----------------------------------------------------------------------------------
_EASE_EN = re.compile(r"\beas(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:rules?|restrictions?|"
                      r"requirements?|regulations?|regimes?|procedures?|conditions?|sanctions?|"
                      r"controls?|limits?|curbs?|quotas?|formalities|barriers?|policy|policies)\b",
                      re.IGNORECASE)
_SOULAGER = re.compile(_B + r"(soulag\w*)(?= (?:(?:des|de|d['’]|les|le|la|l['’]|ces|ses|leurs|"
                       r"nos|son|sa|notre|leur)(?:(?<=['’])| ))?(?:[a-zàâçéèêîôû-]+ )?"
                       r"(?:règles?|restrictions?|conditions?|exigences?|régimes?|procédures?|"
                       r"sanctions?|contrôles?|limites?|quotas?|formalités|barrières?|"
                       r"politiques?|réglementations?)" + _E + ")")


def ease(source: str, french: str) -> str:
    """ "soulager des conditions de visa" -> "assouplir des conditions de visa" (Robert &
    Collins, *ease* restrictions "assouplir"; "soulager" relieves a person, a pain)."""
    if "soulag" not in french or not _EASE_EN.search(source):
        return french

    def verb(m: re.Match[str]) -> str:
        new = reverb(m.group(1).lower(), "assouplir",
                     participle=ENDS_IN_AUXILIARY.search(french[:m.start()]) is not None)
        return m.group(0) if new is None else cased_like(new, m.group(1))

    return _SOULAGER.sub(verb, french)


def object_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (intend, hold, ease):
        french = rule(source, french)
    return french
