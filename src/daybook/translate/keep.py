"""The verb *keep* as French says it, by what is kept.

The pivot writes every *keep* "suivre" (Catalan "seguir", *to keep on* and *to follow*):
"suivre l'économie forte", "Nous suivons en tact", "suivre un œil sur". French says it by
the object (the Petit Robert's and the Robert & Collins' entries for *keep*): *keep in
touch* "garder le contact", *keep an eye on* "garder un œil sur", *keep pace with* "suivre
le rythme de", *keep a promise, one's word* "tenir", otherwise *keep* + object "maintenir"
("maintenir l'économie forte", "maintenir la paix"). The verb keeps the tense and person the
engine gave it (``idioms.relemma``). Only where the English says *keep* and nothing French
says "suivre" for (*follow*, *track*, *monitor*, *pursue*, *watch*).

*keep up with* comes out "maintenir avec" ("Nous devons maintenir avec le temps"): French
says "suivre le rythme de" (the Robert & Collins' entry), the article contracted after "de".
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.idioms import relemma

_KEEP = re.compile(r"\b(?:keep|keeps|kept|keeping)\b", re.IGNORECASE)
_FOLLOW = re.compile(r"\b(?:follow\w*|track\w*|monitor\w*|pursu\w*|watch\w*|trail\w*)\b",
                     re.IGNORECASE)
_KEEP_UP_WITH = re.compile(r"\bkeep(?:s|ing)?\s+up\s+with\b|\bkept\s+up\s+with\b",
                           re.IGNORECASE)
_PROMISE = re.compile(r"\b(?:promises?|word)\b", re.IGNORECASE)
# A form of "suivre" (never "suivant", the adjective *following*), then what is kept.
_SUIVRE = re.compile(_B + r"(suiv(?:re|ons|ez|ent|ais|ait|ions|iez|aient|rai|ras|ra|rons|"
                     r"rez|ront|rais|rait|rions|riez|raient|e|es)|suit|suivi(?:e|s|es)?)"
                     r"( (?:[Ee]n tact|un œil (?:sur|dans|à|au-dessus(?: de| d['’])?)|"
                     r"pas avec (?:le|la|les|l['’])|"
                     r"(?:de l['’]|du|de la|le|la|les|l['’]|un|une|des|ce|cet|cette|ces|notre|nos|"
                     r"votre|vos|leur|leurs|son|sa|ses|mon|ma|mes)(?= |(?<=['’]))))")
_RHYTHM = {"le": "du", "la": "de la", "les": "des", "l'": "de l'", "l’": "de l’"}
_WORD = re.compile(r"^ (?:son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|mes|des|les) (?:mot|"
                   r"promesses?|fiancées?)" + _E)


def keep(source: str, french: str) -> str:
    """ "Nous devons suivre l'économie forte" -> "maintenir l'économie forte", "Nous suivons
    en tact" -> "Nous gardons le contact", "suivre un œil sur" -> "garder un œil sur", "a
    suivi sa promesse" -> "a tenu sa promesse", where the English says *keep*."""
    if _KEEP_UP_WITH.search(source):
        return keep_up(source, french)
    if "sui" not in french or not _KEEP.search(source) or _FOLLOW.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        verb, rest = m.group(1), m.group(2)
        low = rest.lower()
        if low.startswith(" en tact"):
            lemma, rest = "garder", " le contact"  # avoir in every tense
        elif low.startswith(" un œil"):
            lemma, rest = "garder", " un œil sur"
        elif low.startswith(" pas avec"):
            lemma, rest = "suivre", " le rythme " + _RHYTHM[rest.split()[-1]]
        elif _WORD.match(french[m.start(2):]) and _PROMISE.search(source):
            lemma = "tenir"
        else:
            lemma = "maintenir"
            # a mass noun kept: "maintenir l'inflation", not the partitive
            rest = {" de l'": " l'", " de l’": " l’", " du": " le", " de la": " la"}.get(
                rest, rest)
        made = relemma(verb, lemma)
        return m.group(0) if made is None else made + rest

    french = _SUIVRE.sub(fix, french)
    if "t" in french:
        # *keep one's word*: "tenir sa parole" (the pivot's "mot" is a written word)
        french = re.sub(_B + r"((?:tien|ten|tin)\w* (?:son|sa|leur|notre|votre|mon)) mot" + _E,
                        lambda m: m.group(1).replace(" son", " sa").replace(" mon", " ma")
                        + " parole", french)
    return french


# *keep up with*: a form of "maintenir" then "avec" and what is kept up with ("maintenant",
# *now*, and a pronoun after "avec" left alone).
_MAINTENIR_AVEC = re.compile(_B + r"((?![Mm]aintenant)[Mm]aint(?:en|ien|in)\w*) avec"
                             r"(?! (?:nous|vous|eux|lui|elles?|moi|toi|soi|ça|cela|ceci)" + _E + ")"
                             r"(?: (le|la|les|des|un|une)(?= )| (l['’])| (?=[aeéèêiîoôuh]))?")
_OF = {"le": " du", "la": " de la", "les": " des", "des": " des", "un": " d'un",
       "une": " d'une", "l'": " de l'", "l’": " de l’"}


def keep_up(source: str, french: str) -> str:
    """ "Nous devons maintenir avec le temps" -> "suivre le rythme du temps", "ont maintenu
    avec les chefs" -> "ont suivi le rythme des chefs", where the English says *keep up
    with*."""
    if "aint" not in french or not _KEEP_UP_WITH.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        made = relemma(m.group(1), "suivre")
        if made is None:
            return m.group(0)
        det = m.group(2) or m.group(3)
        if det:
            return made + " le rythme" + _OF[det]
        # no article: "de", elided before a vowel (the space was taken by the pattern)
        return made + " le rythme" + (" d'" if m.group(0).endswith(" ") else " de")

    # *keep up with the pace of*: one "rythme"
    return re.sub(r"le rythme (?:du|des) (?:pas|rythmes?) (?=de |d['’])", "le rythme ",
                  _MAINTENIR_AVEC.sub(fix, french))
