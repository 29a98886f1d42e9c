"""Prepositions after nouns and adjectives that the pivot copied from the English.

Apertium keeps the English preposition after a noun or an adjective where French governs
another one (the constructions of each word in the Petit Robert): *satisfied with* "satisfait
avec", *support for* "soutien pour", *through the efforts of* "à travers les efforts de"
(through as a means, not across a place). Each rule runs after the engine on one sentence
with its English source beside it and fires only where the English has the construction:

- *satisfied with* "satisfaits avec nos relations" -> "satisfaits de nos relations";
  *satisfaction with* "satisfaction avec le développement" -> "satisfaction quant au
  développement";
- *support for* "soutien pour les familles" -> "soutien aux familles";
- *through* + efforts, work, cooperation... "à travers les efforts de" -> "grâce aux
  efforts de" ("à travers le pays" kept);
- *in accordance with* "d'accord avec la loi" -> "conformément à la loi"; *responsible for*
  "responsables pour l'environnement" -> "responsables de l'environnement"; *participants
  in* "les participants dans la rencontre" -> "les participants à la rencontre"; an event's
  *participants* "les participants du forum" -> "les participants au forum".
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

# a whole word, or one elided before the noun ("l'")
_DETS = (r"(?:les|le|la|une|un|des|du|nos|notre|vos|votre|leurs|leur|ses|son|sa|ces|cette|ce|"
         r"mes|mon|ma)(?= )|l['’]")
# the determiner after "de" ("du", "des") and after "à" ("au", "aux")
_DE = {"le": "du", "les": "des", "des": "de", "du": "du"}
_A = {"le": "au", "les": "aux", "des": "à des", "du": "au"}

_SATISFIED = re.compile(r"\bsatisf(?:ied|action)\s+with\b", re.IGNORECASE)
_SATISFAIT = re.compile(_B + r"(satisfai(?:t|te|ts|tes)|satisfaction|insatisfaction|"
                        r"mécontents?) avec (" + _DETS + r")")
_SUPPORT_FOR = re.compile(r"\bsupport\s+for\b", re.IGNORECASE)
_SOUTIEN_POUR = re.compile(_B + r"(soutiens?|appuis?) pour (" + _DETS + r")")
_THROUGH = re.compile(r"\bthrough\s+(?:[\w-]+\s+){0,4}?(?:efforts?|work|cooperation|dialogue|"
                      r"help|assistance|support|"
                      r"initiatives?|participation|contribution|commitment|dedication)\b",
                      re.IGNORECASE)
_A_TRAVERS = re.compile(_B + r"([Àà]) travers (" + _DETS + r") ?((?:" + _W + r" ){0,2}?(?:"
                        r"efforts?|travail|coopération|dialogue|aide|assistance|soutien|"
                        r"initiatives?|participation|contribution|engagement|dévouement))"
                        + _E)


def _article(det: str, table: dict[str, str], preposition: str) -> str:
    """ "le" -> "au" (or "du"), "nos" -> "à nos": the preposition joined to a determiner."""
    det_l = det.lower()
    if det_l in table:
        return table[det_l]
    if preposition == "de" and re.match(r"[aeiouyéè]", det_l):
        return "d'" + det
    return f"{preposition} {det}"


def satisfied(source: str, french: str) -> str:
    """ "satisfaits avec nos relations" -> "satisfaits de nos relations", "satisfaction avec
    le progrès" -> "satisfaction quant au progrès", where the English is *satisfied with*."""
    if "avec" not in french or not _SATISFIED.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        word, det = m.group(1), m.group(2)
        if word.endswith("faction"):  # a noun: "quant à"
            return f"{word} quant {_article(det, _A, 'à')}"
        return f"{word} {_article(det, _DE, 'de')}"

    return _SATISFAIT.sub(fix, french)


def support_for(source: str, french: str) -> str:
    """ "soutien pour les familles" -> "soutien aux familles", where the English says
    *support for*."""
    if "pour" not in french or not _SUPPORT_FOR.search(source):
        return french
    return _SOUTIEN_POUR.sub(lambda m: f"{m.group(1)} {_article(m.group(2), _A, 'à')}",
                             french)


def through(source: str, french: str) -> str:
    """ "à travers les efforts de" -> "grâce aux efforts de", where the English says
    *through* someone's efforts or work (a means, not a place crossed)."""
    if "travers" not in french or not _THROUGH.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        made = "grâce " + _article(m.group(2), _A, "à")
        made = made[:1].upper() + made[1:] if m.group(1) == "À" else made
        return made + ("" if made.endswith(("'", "’")) else " ") + m.group(3)

    return _A_TRAVERS.sub(fix, french)


_ACCORDANCE = re.compile(r"\bin\s+accordance\s+with\b", re.IGNORECASE)
_D_ACCORD = re.compile(_B + r"([Dd])['’]accord avec (?:(" + _DETS + r") ?)?(?=[\w«“])")
_RESPONSIBLE = re.compile(r"\bresponsib(?:le|ility)\s+for\b", re.IGNORECASE)
_RESPONSABLE = re.compile(_B + r"(responsables?|responsabilités?) pour (?!(?:" + _W
                          + r"er|" + _W + r"ir|" + _W + r"re)\b)(" + _DETS + r")?(?= ?\w)")
_PARTICIPANTS = re.compile(r"\bparticip(?:ants?|ation)\s+in\b", re.IGNORECASE)
_PARTICIPANTS_DANS = re.compile(_B + r"(participants?|participation) dans (" + _DETS + r")")
# *the meeting participants*, *participants of the forum*, *Attending the meeting were*: the
# pivot's "de"; one takes part in an event, "les participants à la réunion" (Robert).
_PARTICIPANTS_EN = re.compile(r"\bparticipants?\b|^\W*Attending\b")
_EVENTS = (r"rencontres?|réunions?|sommets?|forums?|conférences?|séances?|cérémonies?|"
           r"congrès|festivals?|concours|compétitions?|jeux|tournois?|championnats?|"
           r"olympiades?|débats?|discussions?|négociations|pourparlers|consultations?|"
           r"expositions?|salons?|défilés?|marches?|courses?|assemblées?|sessions?")
_PARTICIPANTS_DE = re.compile(_B + r"(participants?) (du|des|de la|de l['’])(?= ?(?:" + _EVENTS
                              + r")" + _E + r")")
_TO_EVENT = {"du": "au", "des": "aux", "de la": "à la", "de l'": "à l'", "de l’": "à l’"}


def in_accordance(source: str, french: str) -> str:
    """ "d'accord avec la loi" -> "conformément à la loi", where the English says *in
    accordance with* (not *agree with*, which is "d'accord avec")."""
    if "accord avec" not in french or not _ACCORDANCE.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        made = ("C" if m.group(1) == "D" else "c") + "onformément "
        det = m.group(2)
        if det is None:
            return made + "à "
        joined = _article(det, _A, "à")
        return made + joined + ("" if joined.endswith(("'", "’")) else " ")

    return _D_ACCORD.sub(fix, french)


def responsible_for(source: str, french: str) -> str:
    """ "responsables pour l'environnement" -> "responsables de l'environnement", where the
    English says *responsible for* (not before an infinitive)."""
    if "pour" not in french or not _RESPONSIBLE.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        det = m.group(2)
        if det is None:
            return f"{m.group(1)} de "
        joined = _article(det, _DE, "de")
        return f"{m.group(1)} {joined}" + ("" if joined.endswith(("'", "’")) else " ")

    return re.sub(r"  +", " ", _RESPONSABLE.sub(fix, french))


def participants_in(source: str, french: str) -> str:
    """ "les participants dans la rencontre" -> "les participants à la rencontre", where
    the English says *participants/participation in*; "les participants de la rencontre",
    "du forum" -> "à la rencontre", "au forum", where it says *participants* (*the meeting
    participants*, *participants of*) or *Attending the meeting were*."""
    if "particip" not in french:
        return french
    if "dans" in french and _PARTICIPANTS.search(source):
        french = _PARTICIPANTS_DANS.sub(
            lambda m: f"{m.group(1)} {_article(m.group(2), _A, 'à')}", french)
    if _PARTICIPANTS_EN.search(source):
        french = _PARTICIPANTS_DE.sub(lambda m: f"{m.group(1)} {_TO_EVENT[m.group(2)]}", french)
    return french


def noun_frames(source: str, french: str) -> str:
    """Every rule above, in order."""
    for rule in (satisfied, support_for, through, in_accordance, responsible_for,
                 participants_in):
        french = rule(source, french)
    return french
