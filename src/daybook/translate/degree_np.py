"""*great interest*, *deep gratitude*: the indefinite article French gives a degree adjective
before an abstract noun where English has none (split from ``articles_np``); then, the
adjectives in their place, "des" before a plural adjective said "de" (``de_adjectives``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import partial

from daybook.translate.de_adjectives import de_adjectives

# *great interest*, *deep gratitude* with no article in English: a degree adjective before
# an abstract noun takes the indefinite article in French (Grevisse, *Le Bon Usage*: a noun
# with a qualifying adjective, "attacher une grande importance", "avec un vif intérêt");
# the engine writes the definite one ("remarquera le grand intérêt").
_DEGREE_FR_OF = {"great": "grand", "keen": "vif", "deep": "profond", "profound": "profond",
                 "huge": "énorme", "enormous": "énorme", "tremendous": "énorme",
                 "immense": "immense"}
_DEGREE = "|".join(_DEGREE_FR_OF)
_DEGREE_EN = re.compile(rf"(?<![\w’'-])(?<!the )(?<!a )(?<!an )({_DEGREE}) [a-z]+(?![\w-])")
# A determiner before such an adjective (or before *big*, *large*, *major*, also "grand"):
# the French article may be its.
_THE_DEGREE_EN = re.compile(rf"(?i:\b(?:the|this|that|our|their|its|his|her|my|your|a|an))"
                            rf" (?:{_DEGREE}|big|large|major|greater|greatest)\b")
# The French of each, in both genders: "vif"/"vive" for *keen*.
_DEGREE_FORMS = {"grand": "grand", "grande": "grand", "vif": "vif", "vive": "vif",
                 "profond": "profond", "profonde": "profond", "énorme": "énorme",
                 "immense": "immense"}
_DEGREE_FR = re.compile(r"(?<![\w’'-])(?:(de |à )?(le|la)|(du|au)) ("
                        + "|".join(_DEGREE_FORMS) + r") (?=[a-zà-ÿœæ])")


def degree_articles(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "remarquera le grand intérêt" -> "remarquera un grand intérêt", "de la grande
    importance" -> "d'une grande importance", where the English says the degree adjective
    (*great*, *keen*, *deep*...) and its noun with no determiner as often as the French
    has the definite article before its French, and none with a determiner."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        bare = Counter(_DEGREE_FR_OF[a] for a in _DEGREE_EN.findall(source))
        if not bare or _THE_DEGREE_EN.search(source):
            continue
        if Counter(_DEGREE_FORMS[m.group(4)] for m in _DEGREE_FR.finditer(text)) == bare:
            # With no preposition before the adjective in the English, "du", "de le" is the
            # engine's partitive of a direct object ("ont montré de le grand intérêt" for
            # *showed great interest*), not "de" + "le": "ont montré un grand intérêt".
            partitive = not _PREP_DEGREE_EN.search(source)
            out[k] = _DEGREE_FR.sub(partial(_indefinite, partitive=partitive), text)
    return de_adjectives(sources, out)


_PREP_DEGREE_EN = re.compile(r"(?i:\b(?:of|about|with|for|in|on|to|by|from|at|into|over))"
                             rf" (?:{_DEGREE})\b")


def _indefinite(m: re.Match[str], partitive: bool = False) -> str:
    prep, art, joined, adj = m.group(1), m.group(2), m.group(3), m.group(4)
    one = "une" if art == "la" else "un"
    if partitive:
        prep, joined = (None if prep == "de " else prep), (None if joined == "du" else joined)
    lead = "d'" if prep == "de " or joined == "du" else "à " if prep or joined else ""
    return f"{lead}{one} {adj} "
