"""A region's own name inside a title's named thing, in French.

"Amur Gas Processing Plant": WordNet knows "Amur" (the river), so the noun-phrase grammar
would take it for an English word and give up. A single capitalised word that is the stem
of a Russian region the place tables know ("Amur Region" -> "région de l’Amour") is that
region's own name, and French writes it as the region's table does, after "de":
"l’usine de traitement de gaz de l’Amour".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from daybook.translate import places
from daybook.translate.french import contract
from daybook.translate.title_lexicon import lexicon
from daybook.translate.title_places import of_fr

# The English heads of a Russian region after its stem, and the French ones before it.
_HEADS = ("Region", "Territory")
_FRENCH = re.compile(r"^(?:région|kraï|oblast) (?:de |d’|du |des )")


@cache
def region_stem_fr(word: str) -> str | None:
    """ "de l’Amour" for "Amur", from "Amur Region" -> "région de l’Amour"; None when
    ``word`` is no region's stem."""
    if not re.fullmatch(r"[A-Z][a-z]+", word):
        return None
    for head in _HEADS:
        key = f"{word} {head}"
        # Only a region the tables hold, never a stem ``of_fr`` would romanise ("Energy")
        found = of_fr(key) if key in places.gazetteer().places else None
        if found is None:
            continue
        m = _FRENCH.match(found[1])
        if m is None:
            return None
        # "région de l’Amour" -> "l’Amour"; "région de Tver" -> "Tver"
        rest = found[1][m.end():]
        article = {"du ": "le ", "des ": "les "}.get(m.group(0).split(" ", 1)[1], "")
        return contract("de", article + rest)
    return None


# The sector words of companies named after their region or city ("Sakhalin Energy");
# general usage of company names, not a list of the sample's companies.
_SECTORS = frozenset({"Energy", "Oil", "Gas", "Petroleum", "Power", "Steel", "Airlines",
                      "Telecom", "Holding", "Group"})


def company_name(text: str) -> str | None:
    """ "Sakhalin Energy" kept as written, as French writes a company's own name: a place
    the tables know (a region's stem or a city), then one sector word; else None."""
    words = text.split()
    if len(words) != 2 or words[1] not in _SECTORS:
        return None
    place = words[0]
    g = places.gazetteer()
    if region_stem_fr(place) is None and place not in g.places:
        return None
    return text


# Nouns of an act that head a title before the thing acted on ("Opening M11 motorway": the
# opening of the motorway), unless the thing is itself the act's kind ("Opening ceremony",
# "Opening remarks": a compound the lexicon reads).
ACTS = frozenset({"opening", "launch", "launching", "reopening", "unveiling", "inauguration"})
_ACT_COMPOUNDS = frozenset({
    "ceremony", "ceremonies", "remarks", "speech", "address", "session", "statement",
    "statements", "words", "day", "night", "match", "game", "games", "concert", "show", "date",
    "event", "events", "meeting", "plenary",
})


def act_head(words: list[str],
             phrase: Callable[[str], str | None]) -> tuple[str, str] | None:
    """ "Opening M11 Moscow-St Petersburg motorway" -> (gender, "ouverture de l’autoroute M11
    ..."); ``phrase(text)`` renders the thing acted on with its article. None when not such
    a title."""
    if len(words) < 2 or words[0].lower() not in ACTS:
        return None
    if words[-1].lower() in _ACT_COMPOUNDS or words[1].lower() in ("of", "the", "a", "an"):
        return None
    act = lexicon().nouns.get(words[0].lower())
    thing = phrase(" ".join(words[1:]))
    if act is None or thing is None:
        return None
    return act.gender, f"{act.sg} {contract('de', thing)}"
