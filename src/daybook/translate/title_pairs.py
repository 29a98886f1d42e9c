"""Two adjectives sharing one noun in a title slot: "the creative and academic
intellectuals" -> "les intellectuels créatifs et universitaires".

The noun-phrase grammar reads one adjective before a noun; English joins two with "and"
before the noun they share ("scientific and technical cooperation", "social and economic
development"). The noun is read with each adjective (each agreed by the grammar) and the
two readings joined where they differ, as for two demonyms (`title_places.demonym_pair`).
Both words must be adjectives of the lexicon: "science and education council" is two nouns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.title_lexicon import lexicon
from daybook.translate.title_places import join_differing

# "Russia – Turkey – Iran summit": names joined by spaced dashes before the meeting's noun.
_DASHED = re.compile(r"\b(?:[A-Z][a-z]+ – )+[A-Z][A-Za-z]+ (?:[Ss]ummit|talks|[Ff]orum)")
_TWO = re.compile(r"^(?P<the>the\s+)?(?P<a>[a-z][\w-]*) and (?P<b>[a-z][\w-]*) (?P<rest>\S.*)$")


def adjective_pair(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "the social and economic development of X" -> "le développement social et
    économique de X"; None unless both adjectives are the lexicon's and both readings
    differ in one word."""
    m = _TWO.match(" ".join(x.split()))
    adjectives = lexicon().adjectives
    if m is None or m["a"] not in adjectives or m["b"] not in adjectives:
        return None
    the = m["the"] or ""
    return join_differing(resolve(f"{the}{m['a']} {m['rest']}"),
                          resolve(f"{the}{m['b']} {m['rest']}"))


def joined_dashes(title: str) -> str:
    """ "Russia – Turkey – Iran summit" -> "Russia–Turkey–Iran summit": a spaced dash between
    names before "summit", "talks" or "forum" is the dash of their pair (or trio), which the
    grammar reads as one name ("le sommet Russie–Turquie–Iran")."""
    return _DASHED.sub(lambda m: m[0].replace(" – ", "–"), title)

