"""*during which*: "pendant lequel" agreed with the event it is about.

*during which* follows the event or the time it is about, often past that noun's
complements (*a working meeting with Igor Babushkin, during which he announced*; *the
summit that took place in Paris on December 9, during which*). The pivot writes
"pendant lequel" whatever that noun is, or, reading *which* as a determiner before a
noun, "en durant quelle attention". French agrees the relative with its antecedent
(Grevisse § 716: "une réunion de travail avec Igor Babouchkine, pendant laquelle"), and
the antecedent of a relative of time is a noun of an event or a time span: the nearest
such noun before it in the sentence (a table: general usage, Petit Robert genders).
"en durant quel…" is "au cours de laquelle" (Robert & Collins: *during* "pendant, au cours
de"). Only where the English has as many *during which* as the French has such relatives;
*during which he/she* + a verb the pivot left with no subject gets it ("pendant laquelle il a
annoncé").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

__all__ = ["during_which", "noun_before"]

T = TypeVar("T")

_W = r"(?<![\w’'-])"
_E = r"(?![\w’'-])"
_EN = re.compile(r"\bduring which\b", re.IGNORECASE)
_FR = re.compile(rf"{_W}(?:(?P<prep>pendant|durant) (?P<rel>lequel|laquelle|lesquels|lesquelles)|"
                 rf"en durant (?P<quel>quel|quelle|quels|quelles)){_E}")
# Nouns of an event or a time span -> (gender, number).
_EVENTS: dict[str, tuple[str, str]] = {
    **{n: ("f", "sg") for n in (
        "réunion", "rencontre", "visite", "conversation", "séance", "cérémonie",
        "conférence", "session", "semaine", "période", "guerre", "année", "discussion",
        "négociation", "campagne", "opération", "soirée", "journée", "fête", "célébration",
        "tournée", "compétition", "exposition", "manifestation", "présentation",
        "assemblée", "audience", "consultation", "crise", "époque", "pandémie", "épidémie",
        "saison", "étape", "phase", "mission")},
    **{n: ("m", "sg") for n in (
        "sommet", "entretien", "forum", "voyage", "congrès", "concert", "festival",
        "exercice", "événement", "jour", "an", "siècle", "séjour", "dialogue", "échange",
        "match", "championnat", "tournoi", "colloque", "séminaire", "débat", "déplacement",
        "spectacle", "défilé", "processus", "mandat", "conflit", "hiver", "printemps",
        "automne", "mois", "stage")},
}
_EVENTS.update({n + "s": (g, "pl") for n, (g, _) in list(_EVENTS.items())
                if not n.endswith(("s", "x"))})
_EVENTS.update({"pourparlers": ("m", "pl"), "jeux": ("m", "pl"), "travaux": ("m", "pl"),
                "mois": ("m", "sp"), "processus": ("m", "sp")})
_LEQUEL = {("m", "sg"): "lequel", ("f", "sg"): "laquelle", ("m", "pl"): "lesquels",
           ("f", "pl"): "lesquelles"}
_AU_COURS = {("m", "sg"): "au cours duquel", ("f", "sg"): "au cours de laquelle",
             ("m", "pl"): "au cours desquels", ("f", "pl"): "au cours desquelles"}
# *during which he/she* + a verb: the subject the pivot dropped (Catalan drops it).
_EN_HE = re.compile(r"\bduring which (he|she) ", re.IGNORECASE)
_BARE_VERB = re.compile(r" (?=(?:a|avait|aura|est|était|sera|va|allait|peut|pouvait|pourra|doit|"
                        r"devait)(?![\w’'-]))")
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+", re.IGNORECASE)


def noun_before(text: str, end: int, table: Mapping[str, T]) -> T | None:
    """What ``table`` says of the nearest of its nouns before ``end`` (a relative's
    antecedent), None if there is none."""
    for word in reversed(_WORD.findall(text[:end])):
        if (found := table.get(word.lower())) is not None:
            return found
    return None


def _event_before(text: str, end: int, relative: str) -> tuple[str, str] | None:
    """(gender, number) of the nearest noun of an event or time span before ``end``; a
    noun of both numbers ("mois") takes the engine's relative's number."""
    if (found := noun_before(text, end, _EVENTS)) is None:
        return None
    gender, number = found
    if number == "sp":
        number = "pl" if relative.endswith("s") else "sg"
    return gender, number


def during_which(source: str, french: str) -> str:
    """ "une réunion de travail avec Igor Babouchkine, pendant lequel" -> "pendant
    laquelle"; "la réunion récente ..., en durant quelle" -> "au cours de laquelle"."""
    if "during which" not in source.lower():
        return french
    found = list(_FR.finditer(french))
    if not found or len(found) != len(_EN.findall(source)):
        return french
    # each *during which*'s *he*/*she*, if any (as many as ``found``: checked above)
    subjects = [h.group(1).lower() if (h := _EN_HE.match(source, e.start())) else None
                for e in _EN.finditer(source)]
    for n, m in reversed(list(enumerate(found))):
        agreed = _event_before(french, m.start(), m.group("rel") or m.group("quel"))
        if agreed is None:
            continue
        new = f"{m.group('prep')} {_LEQUEL[agreed]}" if m.group("prep") else _AU_COURS[agreed]
        if subjects[n] and _BARE_VERB.match(french, m.end()):
            new += " il" if subjects[n] == "he" else " elle"  # "pendant laquelle il a annoncé"
        french = french[:m.start()] + new + french[m.end():]
    return french
