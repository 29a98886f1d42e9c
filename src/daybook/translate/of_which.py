"""*of which*, *of whom*: the relative "dont" for the pivot's "duquel", "desquels", "de qui".

English says a part of the antecedent with a quantity and *of which/whom* (*57 stations,
19 of which are connected*; *colleagues, some of whom came*; *284 billion rubles, of which
60 billion went*) and a thing of the antecedent with *the N of which* (*projects the aim of
which is*). French says both with "dont" before the quantity or the noun phrase (Grevisse
§ 717: "des enfants, dont trois sont malades"; "dont le but est"), never "19 desquels",
"quelques-uns de qui est-ce qui", "duquel 60 milliards", "le but desquels", which the pivot
wrote. The verb after the quantity takes its number (*19 of which are*: "dont 19 sont"; "dont
deux a été bâti" -> "ont été"), the verb after the noun phrase the English verb's or, with
none (*will be*), its determiner's ("dont les résultats seront publiés"); *the N of which* +
*be* is ``stranded``'s ("dont le but est de"). Only where the English has as many *of which/
whom* as the French has such relatives, paired in order, each of the English shape it has.
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import AVOIR_TENSES, ETRE_TENSES, third_plural

__all__ = ["of_which"]

_W = r"(?<![\w’'-])"
_E = r"(?![\w’'-])"
# English quantities before *of which/whom* (Swan § 7: determiners used as pronouns).
_EN_QUANTITY = (r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"twenty|thirty|forty|fifty|hundred|some|many|most|several|half|each|both|"
                r"a (?:third|quarter|half|number|few)|few")
_EN = re.compile(rf"\b(?:(?P<q>{_EN_QUANTITY})|(?P<np>the (?:[a-z-]+ ){{0,2}}[a-z-]+)|"
                 r"(?P<other>\S+)) of (?:which|whom)\b(?P<fig>,? \d)?(?: (?P<verb>are|were|have|"
                 r"had|is|was|has))?", re.IGNORECASE)
# The pivot's relative after "de": "duquel", "desquels", "des quels", "de laquelle", "de
# quelle", "de qui" (with the Catalan pivot's interrogative "est-ce qui" after it).
_REL = r"(?:duquel|desquels|desquelles|des quels|des quelles|de laquelle|de lequel|de quelle|" \
       r"de quel|de qui(?: est-ce qui)?)"
_FR_REL = re.compile(_W + _REL + _E)
# French quantities the pivot writes for the English ones, and what "dont" takes instead.
_QUANTITY = {"quelques-uns": "certains", "quelques-unes": "certaines", "moitié": "la moitié",
             "un": "l'un", "une": "l'une"}
_FR_QUANTITY = (r"\d(?:[\d\u202f\u00a0]*\d)?|un|une|deux|trois|quatre|cinq|six|sept|huit|"
                r"neuf|dix|onze|douze|vingt|trente|quarante|cinquante|cent|la plupart|beaucoup|"
                r"plusieurs|"
                r"quelques-uns|quelques-unes|certains|certaines|chacun|chacune|la moitié|"
                r"moitié|un tiers|un quart|les deux")
_FR_QUANTITY_BEFORE = re.compile(rf"{_W}(?P<q>{_FR_QUANTITY}) $")
_FR_NP_BEFORE = re.compile(rf"{_W}(?P<np>(?:le |la |les |l['’])[a-zéèêàâîôûç-]+"
                           r"(?: [a-zéèêàâîôûç-]+)?) $")
# What follows the relative: a negation's "ne" and the finite verb.
_FR_AFTER = re.compile(r"(?P<ne> ne| n['’])?(?: (?P<verb>[a-zéèêàâîôûç]+))?")
# Finite verbs the pivot puts after these relatives, singular <-> plural.
_PLURAL = third_plural(ETRE_TENSES) | third_plural(AVOIR_TENSES) | {
    "va": "vont", "peut": "peuvent", "doit": "doivent", "fait": "font", "ira": "iront",
    "pourra": "pourront", "devra": "devront"}
_SINGULAR = {plural: singular for singular, plural in _PLURAL.items()}
_SINGULAR_QUANTITY = frozenset(("un", "une", "l'un", "l'une", "chacun", "chacune"))


def _verb(verb: str | None, number: str) -> str | None:
    """``verb`` in ``number`` ("sg", "pl"), where the tables know it."""
    if verb is None:
        return None
    return (_PLURAL if number == "pl" else _SINGULAR).get(verb, verb)


def _then(after: re.Match[str], number: str | None) -> str:
    """The negation and the verb after the relative, the verb in ``number``."""
    verb = after.group("verb")
    if verb is not None and number is not None:
        verb = _verb(verb, number)
    return (after.group("ne") or "") + (" " + verb if verb else "")


def of_which(source: str, french: str) -> str:
    """The French sentence with "dont" for the pivot's relatives of *of which/whom* (see
    above); unchanged where the English and the French do not pair."""
    if " of wh" not in source:
        return french
    english = list(_EN.finditer(source))
    rels = list(_FR_REL.finditer(french))
    if not english or len(english) != len(rels):
        return french
    out, last = [], 0
    for en, rel in zip(english, rels, strict=True):
        new: tuple[int, int, str] | None = None
        en_verb = (en.group("verb") or "").lower()
        before = french[last:rel.start()]
        after = _FR_AFTER.match(french, rel.end())
        assert after is not None  # every part of it is optional
        number = "pl" if en_verb in ("are", "were", "have", "had") else (
            "sg" if en_verb in ("is", "was", "has") else None)
        if en.group("q") and (q := _FR_QUANTITY_BEFORE.search(before)):
            # "19 desquels sont" -> "dont 19 sont", "beaucoup de qui est-ce qui est" ->
            # "dont beaucoup sont": the quantity's number, or the English verb's
            said = _QUANTITY.get(q.group("q"), q.group("q"))
            if said in _SINGULAR_QUANTITY or en.group("q").lower() in ("one", "each"):
                number = "sg"
            elif number is None:
                number = "pl"
            new = (last + q.start(), after.end(), "dont " + said + _then(after, number))
        elif en.group("np") and en_verb in ("is", "are", "was", "were"):
            continue  # *the aim of which is to*: ``stranded`` says "dont le but est de"
        elif en.group("np") and (np := _FR_NP_BEFORE.search(before)):
            # "le but desquels doivent" -> "dont le but doit" (*the aim of which is*); with
            # no number in the English verb (*will be*), the determiner's
            if number is None:
                number = "pl" if np.group("np").startswith("les ") else "sg"
            new = (last + np.start(), after.end(),
                   "dont " + np.group("np") + _then(after, number))
        elif en.group("fig") and french[rel.end():rel.end() + 1] == " " and \
                french[rel.end() + 1:rel.end() + 2].isdigit():
            new = (rel.start(), rel.end(), "dont")  # ", of which 60 billion went"
        if new is None or new[0] < last:
            continue
        out.append(french[last:new[0]] + new[2])
        last = new[1]
    return "".join(out) + french[last:]
