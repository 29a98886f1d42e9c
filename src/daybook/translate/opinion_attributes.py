"""A verb of opinion's object and its attribute: *believe/consider/find X to be Y*.

English says the object's attribute with *to be*; the pivot says it "pour être" (an
infinitive of purpose): "le pays que nous considérons pour être notre partenaire clé", "je
crois la rencontre d'aujourd'hui pour être de grande importance", "est cru à juste titre
pour être l'un des projets". French gives the direct object an attribute with no verb, or
with "comme" after "considérer" (Grevisse, *Le bon usage*, the attribute of the object;
Robert & Collins: *consider X to be* "considérer X comme"):

- "considérer X pour être Y" -> "considérer X comme Y", passive too ("est considéré comme");
- *is believed to be* "est cru pour être" -> "est considéré comme";
- "croire" / "trouver" / "estimer" / "juger" + X + "pour être" Y -> "croire X Y" ("je crois
  la rencontre d'aujourd'hui de grande importance", "vous le trouvez constructif").

Only where the English has such a verb, its object or passive, then *to be*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import WORD_START as _B
from daybook.translate.idioms import relemma

__all__ = ["attributes"]

_OPINION_EN = re.compile(r"\b(?:believe[sd]?|consider(?:s|ed)?|find|finds|found|deem(?:s|ed)?|"
                         r"judge[sd]?)\b(?:\s+[\w’'-]+){0,6}?\s+(?<!order )(?<!so as )to be\b"
                         r"|\b(?:we|I|they|you) (?:consider|believe|find|deem)\s+to be\b",
                         re.IGNORECASE)
# nouns whose own infinitive follows them (*ways to be*, *the chance to be*)
_NOUN_TO = re.compile(r"\b(?:ways?|means|time|chance|opportunit(?:y|ies)|reasons?|need|right|"
                      r"ability|courage|strength|efforts?|attempts?)\s+to be\b", re.IGNORECASE)
# the verb, up to six words (its object, an adverb), "pour être"
_POUR_ETRE = re.compile(_B + r"(considér\w*|cru|crue|crus|crues|cr(?:ois|oit|oyons|oyez|oient)|"
                        r"trouv\w*|estim\w*|jug\w*)((?: [\w’'-]+){0,6}?) pour être (?=\w)")


_DETERMINER = re.compile(r" (?:le|la|les|l['’]|ce|cet|cette|ces|notre|nos|votre|vos|son|sa|ses|"
                         r"leur|leurs)\b")


def _said(m: re.Match[str]) -> str:
    verb, between = m.group(1), m.group(2)
    if verb.startswith("considér"):
        return f"{verb}{between} comme "
    if verb.startswith("cru"):  # *is believed to be*: "est considéré comme"
        return f"{relemma(verb, 'considérer') or verb}{between} comme "
    if verb.startswith("cr"):  # "croire" + its noun object ("je crois la rencontre")
        return f"{verb}{between} " if _DETERMINER.match(between) else m.group(0)
    # "trouver", "estimer", "juger" with a clitic object only ("vous le trouvez"): after
    # them a noun is the object of a purpose ("trouvé des moyens pour être efficaces")
    return m.group(0) if between else f"{verb} "


def attributes(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with a verb of opinion's "pour être" said as French says the
    object's attribute, where its English source has *believe/consider/find X to be*."""
    return [_POUR_ETRE.sub(_said, t) if "pour être" in t and _OPINION_EN.search(s)
            and not _NOUN_TO.search(s) else t
            for s, t in zip(sources, texts, strict=True)]
