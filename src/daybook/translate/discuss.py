"""*discuss*, which the pivot says "parler", with the construction French gives the verb.

The pivot renders *discuss* with "parler" and keeps the English direct object. French
"parler" takes what is talked about with "de" (Grevisse, *Le Bon Usage*, § 291; `frames`
puts it back where the object follows the verb). Here, the object after an aside between
commas, which the word-by-word rule does not see: *The participants discussed, in
particular, the developments* "ont parlé, en particulier, les développements" -> "ont
parlé, en particulier, des développements"; and *X to discuss* after a noun, "des sujets à
parler" -> "des sujets à discuter" (the noun is the object of the infinitive, and
"parler" has none: Robert & Collins, *discuss*: "discuter (de)", "examiner").
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

__all__ = ["discuss"]

_DISCUSS_EN = re.compile(r"\bdiscuss(?:es|ed|ing)?\b", re.IGNORECASE)
_TO_DISCUSS_EN = re.compile(r"\bto discuss\b(?!\s+(?:the|a|an|this|these|that|those|our|your|"
                            r"their|its|his|her|with|how|what|whether|it|them|all|some|any|"
                            r"issues|matters|questions|ways|[a-z]+ing)\b)", re.IGNORECASE)
# "parler" + an aside between commas + the object's determiner.
_ASIDE = re.compile(_B + r"(parl(?:é|er|ons|ez|ent|e|ait|aient|erons|erez|eront|ant))"
                    r"(, [^,.;:!?«»()]{2,40},) (les|le|la|l['’]|un|une|ces|cette|cet|ce|nos|"
                    r"notre|vos|votre|leurs|leur|mes|mon|ma|tous les|toutes les)(?=[ \w])")
_LANGUAGES = re.compile(r"\s*(?:russe|anglais|français|allemand|chinois|espagnol|arabe|"
                        r"même langue|langue)\b")
_DE = {"les": "des", "le": "du", "la": "de la", "l'": "de l'", "l’": "de l’", "un": "d'un",
       "une": "d'une"}
_A_PARLER = re.compile(_B + r"((?:sujets|questions|choses|thèmes|problèmes|points|affaires) "
                       r"(?:importants? |importantes |clés )?)(?:à|par|pour) parler" + _E)
# (the pivot's *to* may still be "par" or "pour" here: ``frames`` makes it "à" later)


def _aside(m: re.Match[str]) -> str:
    if _LANGUAGES.match(m.string, m.end()):
        return m.group(0)
    det = m.group(3)
    return f"{m.group(1)}{m.group(2)} {_DE.get(det.lower(), 'de ' + det)}"


def discuss(source: str, french: str) -> str:
    """ "ont parlé, en particulier, les développements" -> "ont parlé, en particulier, des
    développements", "des sujets à parler" -> "des sujets à discuter", where the English
    has *discuss* ("par parler", "pour parler" too: the pivot's *to*)."""
    if "parl" not in french or not _DISCUSS_EN.search(source):
        return french
    french = _ASIDE.sub(_aside, french)
    if _TO_DISCUSS_EN.search(source):
        french = _A_PARLER.sub(r"\1à discuter", french)
    return french
