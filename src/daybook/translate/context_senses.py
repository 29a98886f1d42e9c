"""Senses chosen from the words around them, where the English has the word (run with
``sourced.source_rules``, after ``nounsenses``). Senses from Robert & Collins and Larousse:

- *the developments in* a country, a region, around a plan (events): "les développements
  en Syrie" (an anglicism) -> "la situation en Syrie" (Robert & Collins, *developments*:
  "événements", "la situation"); not new or technological developments (products);
- *relevant* ministries, agencies, authorities: "pertinents" -> "compétents" (*the relevant
  authorities* "les autorités compétentes"); *relevant* of an idea stays "pertinent";
- *Also,* opening a sentence: "Aussi," there means *therefore* -> "Par ailleurs,";
- *take pride in* "porter de l'orgueil dans" -> "tirer fierté de" (Larousse, *fierté*),
  *pride in* the country "fierté à la patrie" -> "fierté pour la patrie";
- *holding* an event "en ayant la Coupe du monde" (*having*) -> "en organisant" (Robert &
  Collins, *hold*: "organiser, tenir"); *face recognition* "reconnaissance de face" ->
  "reconnaissance faciale";
- *current* (of now): "courant" (ordinary, running) -> "actuel" ("l'actuel", "les questions
  bilatérales actuelles"; Robert & Collins, *current*: "actuel"); not a current account,
  a river's or an electric current, nor "l'année courante".
"""

from __future__ import annotations

import re

from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like, elides

__all__ = ["context_senses"]

# --- developments ---------------------------------------------------------------------------
_DEVELOPMENTS_EN = re.compile(r"\bdevelopments\s+(?:in|on|around|related\s+to|regarding|"
                              r"concerning|surrounding|along|at|over|with)\b", re.IGNORECASE)
_PRODUCTS_EN = re.compile(r"\b(?:new|technological|technical|scientific|research|software|"
                          r"innovative|own|joint|engineering|design|housing|residential|"
                          r"industrial|promising|latest\s+technological)\s+developments\b",
                          re.IGNORECASE)
_DEVELOPPEMENTS = re.compile(_B + r"(les|des|aux|Les|Des|Aux) développements (?=(?:en|dans|au|"
                             r"aux|à|autour|liés|concernant|sur|relatifs|le long)" + _E + ")"
                             r"(?:(liés|relatifs)" + _E + ")?")
_SITUATION = {"les": "la situation", "des": "de la situation", "aux": "à la situation"}
_AGREED = {"liés": " liée", "relatifs": " relative"}


def developments(source: str, french: str) -> str:
    """ "ont parlé des développements en Syrie" -> "ont parlé de la situation en Syrie",
    "des développements liés au Plan" -> "de la situation liée au Plan"."""
    if "veloppements" not in french or not _DEVELOPMENTS_EN.search(source) \
            or _PRODUCTS_EN.search(source):
        return french
    return _DEVELOPPEMENTS.sub(lambda m: cased_like(_SITUATION[m.group(1).lower()], m.group(1))
                               + (_AGREED[m.group(2)] if m.group(2) else " "), french)


# --- relevant -------------------------------------------------------------------------------
_RELEVANT_EN = re.compile(r"\brelevant\s+(?:[\w-]+\s+(?:and\s+|,\s*)?){0,3}?(?:ministr\w+|"
                          r"agenc\w+|authorit\w+|departments?|bod(?:y|ies)|services|"
                          r"organi[sz]ations?|structures?|institutions?|officials|committees?|"
                          r"administrations?)\b", re.IGNORECASE)
_PERTINENT = re.compile(_B + r"((?:ministères?|agences?|autorités?|organismes?|services|"
                        r"départements?|structures?|institutions?|organes?|administrations?|"
                        r"comités?|fonctionnaires|responsables) )pertinent(e?s?)" + _E)


def relevant(source: str, french: str) -> str:
    """ "les chefs d'agences et de ministères pertinents" -> "de ministères compétents",
    "Les agences pertinentes" -> "Les agences compétentes"."""
    if "pertinent" not in french or not _RELEVANT_EN.search(source):
        return french
    return _PERTINENT.sub(r"\1compétent\2", french)


# --- Also, ----------------------------------------------------------------------------------
_ALSO_EN = re.compile(r"(?:^|[.!?]\s+)Also,\s")
_AUSSI = re.compile(r"(?:^|(?<=[.!?] ))Aussi, ")


def also(source: str, french: str) -> str:
    """ "Aussi, nous avons" -> "Par ailleurs, nous avons" (*Also,* opening a sentence)."""
    if "Aussi, " not in french or not _ALSO_EN.search(source):
        return french
    return _AUSSI.sub("Par ailleurs, ", french, count=len(_ALSO_EN.findall(source)))


# --- pride ----------------------------------------------------------------------------------
_TAKE_PRIDE_EN = re.compile(r"\b(?:take|takes|taking|taken|took)\s+(?:great\s+|much\s+|a\s+)?"
                            r"pride\b", re.IGNORECASE)
_TAKE_PRIDE = re.compile(_B + r"((?:port|pren|pri)" + _W + r") (?:de l['’]|de la |la |l['’])?"
                         r"(?:orgueil|fierté)( et (?:de la |de l['’]|de |la |le |l['’])?"
                         + _W + r")? (?:dans|en|à) (?:(les|le|la|l['’])(?:(?<=['’])| ))?")
_PRIDE_IN_EN = re.compile(r"\bpride\s+in\b", re.IGNORECASE)
_PRIDE_IN = re.compile(_B + r"(fierté|orgueil) (?:à|dans|en) (?:(les|le|la|l['’])(?:(?<=['’])| ))?"
                       r"(?=" + _W + r"|[A-ZÉ])")
_OF_THE = {None: "de ", "le": "du ", "la": "de la ", "les": "des ", "l'": "de l'", "l’": "de l’"}
_FOR_THE = {None: "pour ", "le": "pour le ", "la": "pour la ", "les": "pour les ",
            "l'": "pour l'", "l’": "pour l’"}
_BARE = re.compile(r" (?:de la |de l['’]|de |la |le |l['’])")


def pride(source: str, french: str) -> str:
    """ "Nous portons de l'orgueil et force dans cette continuité" -> "Nous tirons fierté et
    force de cette continuité" (*take pride in*); "orgueil à notre patrie" -> "fierté pour
    notre patrie" (*pride in*; ``nounsenses`` says "fierté" for "orgueil")."""
    if "orgueil" not in french and "fierté" not in french:
        return french
    if _TAKE_PRIDE_EN.search(source):

        def take(m: re.Match[str]) -> str:
            verb = reverb(m.group(1), "tirer")
            if verb is None:
                return m.group(0)
            other = _BARE.sub(" ", m.group(2)) if m.group(2) else ""
            out = _OF_THE[m.group(3)]
            if m.group(3) is None and elides(french[m.end():]):
                out = "d'"
            return f"{verb} fierté{other} {out}"

        french = _TAKE_PRIDE.sub(take, french)
    elif _PRIDE_IN_EN.search(source):
        french = _PRIDE_IN.sub(lambda m: "fierté " + _FOR_THE[m.group(2)], french)
    return french


# --- current --------------------------------------------------------------------------------
_CURRENT_EN = re.compile(r"\bcurrent\b(?!\s+(?:accounts?|of|strength|leakage|flows?)\b)",
                         re.IGNORECASE)
_FLOW_EN = re.compile(r"\b(?:electric\w*|ocean|sea|river|air|alternating|direct|jet|warm|cold|"
                      r"strong|undercurrents?)\s+currents?\b|\bcurrents\b", re.IGNORECASE)
# The adjective, not "au courant", "le courant de", nor a running year or month.
_COURANT = re.compile(r"(?:(?<![\w’'-])(le|la|Le|La|de|De) )?(?<!au )(?<!Au )(?<!monnaie )"
                      r"(?<!année )(?<!mois )(?<!semaine )(?<!exercice )(?<!compte )"
                      r"(?<!langue )(?<!vie )(?<!pratique )(?<![Dd]ans le )"
                      r"(?<![\w’'-])courant(e?)(s?)(?! (?:de|d['’]|du|des)" + _E + ")" + _E)


def current(source: str, french: str) -> str:
    """ "le courant 18e" -> "l'actuel 18e", "les dispositions législatives courantes" ->
    "actuelles", "cette question reste plus courante" -> "plus actuelle" (*current*)."""
    if "courant" not in french or not _CURRENT_EN.search(source) or _FLOW_EN.search(source):
        return french

    def actual(m: re.Match[str]) -> str:
        word = "actuel" + ("le" if m.group(2) else "") + m.group(3)
        head = m.group(1)
        if head is None:
            return word
        return cased_like(head[0], head) + "'" + word

    return _COURANT.sub(actual, french)


# --- hold an event, face recognition --------------------------------------------------------
_HOLDING_EN = re.compile(r"\b[Hh]olding\s+(?:(?:the|a|an|such|this|these|our|its|their|your|"
                         r"its|next|first|annual|regular|major|joint)\s+)*(?:[\w’'-]+\s+){0,3}?"
                         r"(?:event|events|meeting|meetings|summit|forum|congress|conference|"
                         r"Cup|Games|Olympics|Olympiad|Universiade|championships?|tournaments?|"
                         r"competitions?|contests?|festivals?|elections?|exhibitions?|talks|"
                         r"referendum|parade|ceremony|session|year|Year|World|Winter|Summer)\b")
_EN_AYANT = re.compile(_B + r"([Ee])n ayant (?=l['’]|(?:le|la|les|un|une|des|du|cette|ce|cet|"
                       r"ces|notre|nos|votre|vos|leur|leurs|son|sa|ses|tel|telle|de tels|"
                       r"de telles) )")
_FACE_EN = re.compile(r"\bfac(?:e|ial)\s+recognition\b", re.IGNORECASE)


def hold_face(source: str, french: str) -> str:
    """ "votre aide à préparer et en ayant la Coupe du monde" -> "en organisant la Coupe du
    monde", "En ayant une telle rencontre" -> "En organisant une telle rencontre" (*holding*
    an event); "reconnaissance de face" -> "reconnaissance faciale"."""
    if "en ayant" in french.lower() and _HOLDING_EN.search(source):
        french = _EN_AYANT.sub(lambda m: m.group(1) + "n organisant ", french,
                               count=len(_HOLDING_EN.findall(source)))
    if "de face" in french and _FACE_EN.search(source):
        french = re.sub(_B + r"reconnaissance de face" + _E, "reconnaissance faciale", french)
    return french


def context_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (developments, relevant, also, pride, current, hold_face):
        french = rule(source, french)
    return french
