"""An adverb the pivot left before an infinitive, *to* + adverb + verb, put after it.

English splits its infinitive (*to personally keep an eye on*, *to confidently export pork*,
*to fully participate in*); where ``split_infinitives`` leaves the English alone (a verb
with its own preposition, a set phrase, a long object), the pivot keeps the English order:
"à personnellement garder un œil sur", "à avec confiance exporter", "de complètement
honorer". French puts a manner adverb after the infinitive (Grevisse, *Le Bon Usage*
§ 1003; only short ones, *bien*, *mieux*, *tout*, may precede it): "à garder
personnellement un œil sur", "de parler directement", "d'honorer complètement".

Only where the English sentence splits an infinitive with an adverb in -ly, after "à",
"de" or "pour", for an adverb in -ment that the analyser reads so, before a word it reads
as an infinitive; "à proprement parler" is a set phrase and kept. "de" elides before the
verb as before any vowel ("d'honorer"). Not "avec" + noun ("à avec confiance exporter
cochon"): moved here, agreement then reads the noun after it as the object's adjective.
"""

from __future__ import annotations

import re

from daybook.translate.processes import remembered_readings

__all__ = ["adverb_after"]

_SPLIT_EN = re.compile(r"\bto \w+ly [a-z]")
_SPLIT_FR = re.compile(
    r"(?<!\w)(à |de |d['’]|pour )(\w+ment) (\w+)\b")
_VOWEL = "aeiouyéèêâîôûh"
# Verbs in h- that keep "de" (h aspiré, Robert).
_ASPIRATE = frozenset(("haïr", "hausser", "hâter", "hanter", "harceler", "heurter",
                       "hisser", "huer", "hurler", "hacher", "harmoniser"))
_KEPT = frozenset(("proprement parler",))


def _reads(word: str, tag: str) -> bool:
    low = word.lower()
    return any(tag in r for r in remembered_readings([low], "fra-cat").get(low, ()))


def _de(verb: str) -> str:
    low = verb.lower()
    return "de " if low[:1] not in _VOWEL or low in _ASPIRATE else "d'"


def adverb_after(source: str, french: str) -> str:
    """ "à personnellement garder un œil sur" -> "à garder personnellement un œil sur" where
    the English says *to personally keep an eye on*."""
    if not _SPLIT_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        prep, adverb, verb = m.groups()
        if f"{adverb} {verb}".lower() in _KEPT or not _reads(verb, "<vblex><inf>"):
            return m.group(0)
        if not _reads(adverb, "<adv>"):
            return m.group(0)
        if prep[0] == "d":
            lead = _de(verb)
            if prep != "de " and lead == "d'":
                lead = prep  # keep the text's apostrophe
            return f"{lead}{verb} {adverb}"
        return f"{prep}{verb} {adverb}"

    return _SPLIT_FR.sub(fix, french)
