"""*congratulate X on N / on doing*: "féliciter X pour N", "féliciter X d'avoir fait".

French congratulates someone "pour" or "de" a thing and "d'avoir" done something (Petit
Robert, *féliciter*: "féliciter qqn de (pour) son succès", "de l'avoir fait"); the pivot
writes *on* as a place or a cause ("féliciter les membres à recevoir ces prix", "vous
féliciter à nouveau au-dessus avec succès en accueillant cet événement", "féliciter tous les
membres ... dans les prochaines fêtes"). After a form of "féliciter" and its object (twelve
words at most, no punctuation):

- *on* + an -ing verb: the pivot's "à/sur/en/au-dessus/pour" (+ an adverb) + an infinitive
  or a gerund becomes "d'avoir" + the adverb + the verb's participle (Apertium's French
  analyser and generator), where the English has *congratulate ... on* + -ing;
- *on* + a noun phrase: "dans"/"sur" before a determiner becomes "pour", where the English
  has *congratulate ... on* + a noun phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER
from daybook.translate.gender import readings, verb_form

__all__ = ["congratulate"]

_ON_DOING = re.compile(r"\bcongratulat\w*\b[^.;:!?]{0,100}?\bon (?:\w+ly )?\w+ing\b",
                       re.IGNORECASE)
# (no *in*, *at*, *inside* before *on*: the French "dans" is then *on*'s)
_ON_THING = re.compile(r"\bcongratulat\w*\b(?:(?! (?:in|at|inside|within) )[^.;:!?]){0,100}?"
                       r"\bon (?:the|this|that|your|our|"
                       r"their|his|her|its|a|an|these|those)\b", re.IGNORECASE)
_VERB = r"(?<![\w’'-])([Ff]élicit(?:er|e|es|ons|ez|ent|é|ée|és|ées|ais|ait|erai|erais|erait|"\
        r"erons|erez|eront|ant|a)(?:(?: à nouveau| (?!(?:à|sur|en|au-dessus|pour|dans|et|ou|"\
        r"qui|que|mais|d['’]avoir)\b)[\w’'-]+){0,12}?))"
# (a "de" the pivot put after the verb, *hosting of that event*, goes)
_DOING = re.compile(_VERB + r" (?:à|sur|en|au-dessus(?: de)?|pour)((?: " + LOWER + r"+ment| avec "
                    r"succès)?) (?:en )?(" + LOWER + r"+(?:er|ir|re|oir|ant))(?![\w’'-])"
                    r"(?: de(?= (?:(?:cet|cette|ce|ces|la|votre|notre|leur|son|sa|ses)\b|l['’])))?")
_DETERMINERS = r"(?:le|la|les|l['’]|un|une|des|votre|vos|notre|nos|leur|leurs|ce|cet|cette|"\
               r"ces|son|sa|ses|mon|ma|mes)"
_THING = re.compile(_VERB + r" (?:dans|sur) (?=" + _DETERMINERS + r"\b)")


def _participle(word: str) -> str | None:
    for r in readings([word]).get(word, ()):
        if r.tags[:1] == ("vblex",) and r.tags[1:2] in (("inf",), ("ger",)):
            return verb_form(r.lemma, "pp", "m", "sg")
    return None


def congratulate(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "féliciter les membres à recevoir ces prix" -> "féliciter les membres d'avoir reçu
    ces prix", "dans les prochaines fêtes" -> "pour les prochaines fêtes": see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if "élicit" in text:
            if _ON_DOING.search(source):

                def done(m: re.Match[str]) -> str:
                    pp = _participle(m.group(3))
                    if pp is None:
                        return m.group(0)
                    if m.group(2) == " avec succès":  # "d'avoir accueilli avec succès"
                        return f"{m.group(1)} d'avoir {pp} avec succès"
                    return f"{m.group(1)} d'avoir{m.group(2)} {pp}"

                text = _DOING.sub(done, text)
            if _ON_THING.search(source):
                text = _THING.sub(r"\1 pour ", text)
        out.append(text)
    return out
