"""A town no table knows, where a title sends someone: "Trip to Murom" -> "Déplacement à Mourom".

The gazetteer holds countries, CLDR's cities, Russia's subdivisions and curated exonyms; the
President's trips also go to small Russian towns none of them lists. Where a title's grammar
says a name is a destination (the frames' "en" slots: "Visit to X", "Trip to X", "made a trip
to X"), a single name the gazetteer lacks is read as the English (BGN/PCGN-style)
transliteration of a Russian town and written the way French transliterates Russian
(u -> ou, sh -> ch, ch -> tch, zh -> j, y -> i/ï by position: `romanize.en_to_place`) when it
is spelled as such a transliteration is: no letter that Russian transliteration does not use
(c outside "ch"/"ts", q, w, x), no English digraph ("th", "ph", "oo", "ee"...), no final silent
"e", and no word WordNet knows (Munich, Hamburg, Bristol: another country's town keeps its
name). A foreign town the gazetteer lacks and that passes is only left as written when no
rule changes its letters ("Davos").
"""

from __future__ import annotations

import re

from daybook.translate import places
from daybook.translate.romanize import en_to_place
from daybook.translate.wordnet import analyses

# One capitalised name, maybe hyphenated ("Gus-Khrustalny"), nothing else.
_NAME = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?")
# Spellings English transliteration of Russian never writes.
_FOREIGN = re.compile(r"c(?!h)|[qwx]|th|ph|oo|ee|ou|ck|gh|ae|(?<![iy])e$")


def russian_town(text: str) -> str | None:
    """The French form of a destination that reads as an unknown Russian town, else None."""
    name = " ".join(text.split())
    if name.startswith("the "):
        return None  # a town's name takes no article: "the Kremlin" is a place of its own
    if not _NAME.fullmatch(name) or places.lookup(name) is not None:
        return None
    words = name.lower().split("-")
    if any(_FOREIGN.search(w) or any(lemma == w for _, lemma, _ in analyses(w)) for w in words):
        return None
    fr = en_to_place(name)
    return fr if fr != name else None
