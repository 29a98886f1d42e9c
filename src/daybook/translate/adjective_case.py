"""An adjective after its noun in lower case, where the engine kept an English capital.

English writes every word of a name in capitals (*the Global Initiative to Combat Nuclear
Terrorism*, *the Federal Guard Service*, *the Ministry for Civil Defence*); the engine keeps
the capitals through its word-for-word reading, and the French has them on an adjective
after a noun in lower case: "le terrorisme Nucléaire", "le service de garde Fédéral", "la
défense Civile". French capitalises only the first word of such a name and the specific
element of a place's name (Lexique des règles typographiques en usage à l'Imprimerie
nationale, "Majuscules"; Grevisse, *Le Bon Usage*, § 98–99): "le terrorisme nucléaire",
"la république fédérale". So an adjective after a common noun in lower case is written in
lower case, not after a geographical or street noun whose adjective is the name ("le golfe
Persique", "la mer Noire", "la place Rouge"), and only where the English has a name in
capitals.
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

__all__ = ["adjective_case"]

# Two words in capitals after a word in lower case: a name in the English.
_NAME_EN = re.compile(r"\b[a-z]+\s+(?:[A-Z][a-z]+\s+(?:(?:of|for|to|and|on|the)\s+)*){1,}"
                      r"[A-Z][a-z]+\b")
_PAIR = re.compile(_B + r"([a-zàâçéèêëîïôûùüÿœ][\w-]*) ([A-ZÀÂÇÉÈÊÎÔÛ][a-zàâçéèêëîïôûùüÿœ]+)"
                   + _E)
# Nouns whose adjective is the name (the specific element keeps its capital).
_PLACE_NOUNS = frozenset((
    "mer", "mers", "océan", "golfe", "baie", "détroit", "lac", "fleuve", "rivière", "mont",
    "monts", "montagne", "montagnes", "massif", "chaîne", "île", "îles", "presqu'île",
    "péninsule", "cap", "côte", "plaine", "plateau", "désert", "forêt", "vallée", "canal",
    "place", "rue", "avenue", "boulevard", "quai", "pont", "porte", "palais", "cathédrale",
    "église", "monastère", "pôle", "cercle", "hémisphère", "territoire", "région", "pays",
    "nord", "sud", "est", "ouest", "grand", "grande", "saint", "sainte",
))


def _adjective_only(word: str) -> bool:
    """An adjective, or an adjective also used as a noun ("civile": "un civil")."""
    reads = readings([word]).get(word, ())
    adjectives = {r.lemma for r in reads if r.tags[:1] == ("adj",)}
    return bool(adjectives) and all(r.tags[:1] == ("adj",) or (
        r.tags[:1] == ("n",) and r.lemma in adjectives) for r in reads)


def adjective_case(source: str, french: str) -> str:
    """ "le terrorisme Nucléaire" -> "le terrorisme nucléaire" where the English has a name
    in capitals (*Nuclear Terrorism*)."""
    if not _NAME_EN.search(source):
        return french
    pairs = [m for m in _PAIR.finditer(french) if m.group(1) not in _PLACE_NOUNS]
    if not pairs:
        return french
    readings([w for m in pairs for w in (m.group(1), m.group(2).lower())])
    out = french
    for m in reversed(pairs):
        noun, adjective = m.group(1), m.group(2)
        noun_reads = readings([noun]).get(noun, ())
        if not any(r.tags[:1] == ("n",) for r in noun_reads) or any(
                r.tags[:1] in (("det",), ("prn",), ("pr",)) for r in noun_reads):
            continue  # "la Grande Guerre": "la" is an article (and a musical note)
        if re.match(r" [A-ZÀÂÇÉÈÊÎÔÛ]", out[m.end(2):]):
            continue  # "le projet Nord Stream": a name of several words
        if not _adjective_only(adjective.lower()):
            continue
        out = out[:m.start(2)] + adjective.lower() + out[m.end(2):]
    return out
