"""English nouns the pivot gives another word's French: *speech* "parler", *readiness*
"préparation".

The engine reads the noun *speech* as the verb *speak* and writes its infinitive as a noun,
"a prononcé un parler", "dans son parler" (French: "un discours", "son discours"; of the
faculty, *freedom of speech* "la liberté d'expression"). *readiness to* do something comes
back "la préparation pour continuer" (getting ready); French says "la disposition à
continuer" (Larousse, *disposition*: "être dans la disposition de, à"). The rules run after
the engine (``senses.senses``) and fire only where the English has the noun.
"""

from __future__ import annotations

import re

from daybook.translate.clausewords import readings_of
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import cased_like

_SPEECH = re.compile(r"\bspeech(?:es)?\b", re.IGNORECASE)
# "parler" as a noun: after a determiner, a possessive or "du/au".
_PARLER = re.compile(r"(?<![\w-])((?i:un|le|les|ce|ces|cet|du|des|au|aux|son|ses|sa|mon|mes|"
                     r"ton|notre|nos|votre|vos|leur|leurs|premier|dernier|long|bref|court) )"
                     r"parler(s?)" + _E)
_FREEDOM = re.compile(r"\bfreedom\s+of\s+speech\b", re.IGNORECASE)


def speech(source: str, french: str) -> str:
    """*a speech* "un parler" -> "un discours", *freedom of speech* "la liberté de parler"
    -> "la liberté d'expression"; not where the English has no noun *speech*."""
    if "parler" not in french or not _SPEECH.search(source):
        return french
    if _FREEDOM.search(source):
        french = re.sub(r"(?<![\w-])([Ll])iberté de parler" + _E, r"\1iberté d'expression",
                        french)
    return _PARLER.sub(lambda m: m.group(1) + "discours", french)


_READINESS = re.compile(r"\breadiness\s+(?:of\s+(?:[\w'’-]+\s+){1,4}?)?to\s+\w+", re.IGNORECASE)
# "la préparation [constante] [de la Russie] pour continuer": the noun, what qualifies it,
# then "pour" and an infinitive.
_PREPARATION = re.compile(r"(?<![\w-])([Pp])réparation((?: " + _W + r")?(?: (?:de|d['’]|du|des)"
                          r"(?: [\wÀ-ÿ'’-]+){1,3})?) pour (" + _W + r")" + _E)


def _infinitive(word: str) -> bool:
    return any(r.tags[0].startswith("vb") and "inf" in r.tags for r in readings_of(word))


def readiness(source: str, french: str) -> str:
    """*readiness to continue* "la préparation pour continuer" -> "la disposition à
    continuer"; not *readiness for* a thing ("préparation technologique pour le
    développement")."""
    if "réparation" not in french or not _READINESS.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        if not _infinitive(m.group(3)):
            return m.group(0)
        return cased_like("disposition", m.group(1)) + m.group(2) + " à " + m.group(3)

    return _PREPARATION.sub(fix, french)
