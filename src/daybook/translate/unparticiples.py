"""*un-* + a past participle, which the pivot says "ne" + the participle: "non".

English negates a participle used as an adjective with *un-* (*unmanned vehicles*,
*unpaid wages*, *unresolved issues*). When the engine's dictionaries lack the word, the
pivot splits it into the Catalan negation and the base's participle, and ``cat-fra`` writes
"ne" before it: "des véhicules aériens ne pilotés", "une autorité ne disputée". French
never puts "ne" before a participle; it negates one with "non" (Grevisse § 1015: "une
question non résolue", "des véhicules non pilotés"). Where the English has such a word, a
"ne"/"n'" before a word the analyser reads as a past participle (and as no finite verb:
"ne résolus" may be a passé simple) and not followed by a second negation ("ne ... pas")
becomes "non".
"""

from __future__ import annotations

import re

from daybook.translate.clausewords import readings_of
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

_UN_EN = re.compile(r"\bun[a-z]{3,}(?:ed|en|wn|lt|nt)\b", re.IGNORECASE)
_NE_WORD = re.compile(_B + r"([Nn])(?:e |['’])(" + _W + r")" + _E
                      + r"(?! (?:pas|plus|jamais|point|guère|rien|personne|que|qu['’]))")


def _participle_only(word: str) -> bool:
    """The analyser reads ``word`` as a past participle, and as no other verb form."""
    found = readings_of(word)
    return any(r.pos == "pp" for r in found) and not any(
        r.tags[:1] and r.tags[0].startswith("vb") and r.pos != "pp" for r in found)


def un_participles(source: str, french: str) -> str:
    """ "ne pilotés" (*unmanned*) -> "non pilotés", where the English has an *un-* word."""
    if not _UN_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        if not _participle_only(m.group(2)):
            return m.group(0)
        return f"{'N' if m.group(1) == 'N' else 'n'}on {m.group(2)}"

    return _NE_WORD.sub(fix, french)
