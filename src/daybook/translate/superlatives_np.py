"""Superlatives after their noun, with their article (``postedit_np.superlatives`` puts
those of adjectives French writes first before it).

- After a possessive, French says the superlative's article after the noun: *our most
  important projects* "nos projets les plus importants", *my deepest condolences* "mes
  condoléances les plus profondes"; the engine gave the comparative, "nos projets plus
  importants" (``owned``). Only as often as the English has a possessive before *most* +
  a word or an adjective its analyser reads as a superlative, and where the French
  adjective agrees with the noun and no "que" follows (*our projects more important than*).
- A participle adjective in -ant (*exciting*, *rewarding*) stayed before the noun with the
  article of the pivot's gender: "le plus enthousiasmant partie" (*the most exciting part*);
  French writes it after the noun, both articles and the adjective agreed with it: "la
  partie la plus enthousiasmante" (``participial``).
"""

from __future__ import annotations

import re

from daybook.translate.french import VOWEL_START
from daybook.translate.gender import Reading, agrees, readings
from daybook.translate.processes import remembered_readings

_OWNER_EN = re.compile(r"\b(?:our|my|your|his|her|its|their) (most [a-z]+|[a-z]{3,}est)\b",
                       re.IGNORECASE)
_OWNER = r"[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ll]eurs?|[Ss]on|[Ss]a|[Ss]es|[Mm]on|[Mm]a|[Mm]es"
_OWNED = re.compile(rf"(?<![\w’'-])(?:{_OWNER}) (?P<noun>[a-zà-ÿœ]{{3,}}) (?P<plus>plus) "
                    r"(?P<adj>[a-zà-ÿœ]{3,})(?![\w’'-])(?! qu(?:e\b|['’]))")
# Adjectives ``postedit_np.superlatives`` puts before the noun.
_BEFORE = frozenset(("grand", "petit", "gros", "beau", "vieux", "jeune", "haut"))
_PARTICIPIAL = re.compile(r"(?<![\w’'-])(?P<det>[Ll]e|[Ll]a|[Ll]es) plus "
                          r"(?P<adj>[a-zà-ÿœ]{3,}ante?s?) (?P<noun>[a-zà-ÿœ]{3,})(?![\w’'-])")
_MOST_EN = re.compile(r"\bmost [a-z]+ing\b", re.IGNORECASE)


def _english_superlatives(source: str) -> int:
    words = [m.group(1).lower() for m in _OWNER_EN.finditer(source)]
    if not words:
        return 0
    reads = remembered_readings(sorted({w for w in words if " " not in w}))
    return sum(1 for w in words if " " in w or any("<sup>" in r for r in reads.get(w, ())))


def _noun(reads: tuple[Reading, ...]) -> list[Reading]:
    return [r for r in reads if r.pos == "n"]


def owned(source: str, french: str) -> str:
    """ "nos projets plus importants" -> "nos projets les plus importants" where the English
    has *our most important projects*."""
    if " plus " not in french:
        return french
    found = list(_OWNED.finditer(french))
    allowed = _english_superlatives(source) if found else 0
    if not allowed:
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), m.group("adj"))}))
    edits: list[tuple[int, str]] = []
    for m in found:
        nouns = _noun(reads.get(m.group("noun"), ()))
        adjs = [r for r in reads.get(m.group("adj"), ()) if r.pos == "adj"]
        fit = [(a, n) for a in adjs for n in nouns if agrees(a, n)]
        if not fit or fit[0][0].lemma in _BEFORE or len(edits) == allowed:
            continue
        noun = fit[0][1]
        article = "les" if noun.number == "pl" else "la" if noun.gender == "f" else "le"
        edits.append((m.start("plus"), article + " "))
    for at, article in reversed(edits):
        french = french[:at] + article + french[at:]
    return french


def participial(source: str, french: str) -> str:
    """ "le plus enthousiasmant partie" -> "la partie la plus enthousiasmante" where the
    English has *most* + an -ing word."""
    if "plus " not in french or not _MOST_EN.search(source):
        return french
    found = list(_PARTICIPIAL.finditer(french))
    if not found:
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), m.group("adj"))}))
    for m in reversed(found):
        got = reads.get(m.group("noun"), ())
        nouns = _noun(got)
        # The analyser may know the word only as the verb's present participle
        # ("enthousiasmant"): its adjective is the participle with French's endings.
        said = reads.get(m.group("adj"), ())
        if not nouns or not said or any(r.pos not in ("n", "vblex", "pp") for r in got) or (
                not all(r.pos == "adj" or r.tags[-1:] == ("ger",) for r in said)):
            continue
        noun = nouns[0]
        if noun.gender == "mf" or (noun.number == "sp" and m.group("det").lower() != "les"):
            continue  # the analyser cannot tell the article
        number = "pl" if m.group("det").lower() == "les" else noun.number
        stem = re.sub(r"(?<=ant)e?s?$", "", m.group("adj"))
        made = stem + ("e" if noun.gender == "f" else "") + ("s" if number == "pl" else "")
        article = "les" if number == "pl" else "la" if noun.gender == "f" else "le"
        first = "l'" if article != "les" and VOWEL_START.match(m.group("noun")) else article + " "
        if m.group("det")[:1].isupper():
            first = first.capitalize()
        french = (f"{french[:m.start()]}{first}{m.group('noun')} {article} plus {made}"
                  f"{french[m.end():]}")
    return french


def after_noun(source: str, french: str) -> str:
    """``owned`` and ``participial``."""
    return participial(source, owned(source, french))
