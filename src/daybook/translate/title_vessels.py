"""A ship named in a title slot: "nuclear-powered icebreaker Ural" -> "le brise-glace à
propulsion nucléaire « Oural »".

English writes a vessel's kind then its name ("submarines Emperor Alexander III and
Krasnoyarsk") or its name then its kind ("the Vitus Bering icebreaker"); French writes the
kind, then the name in italics or in « » (a table of contents has no italics), each name
of a list in its own marks. The name is written as French writes what it names: a place in
its French form ("Krasnoïarsk", "Iakoutie": no longer "le brise-glace de l’Iakoutie", a
ship of a region), a Russian word as French transliterates it ("Oural"), a person's name in
the press's form ("Viktor Tchernomyrdine"), and a ruler or a rank with its title in French
("Empereur Alexandre III", "Amiral Kouznetsov", "Pierre le Grand": general French usage of
monarchs' names and ranks).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate import places
from daybook.translate.names import GIVEN_NAMES, french_name, table
from daybook.translate.title_roles import english_word
from daybook.translate.title_towns import russian_town

# Kinds of vessel a title names (singular and plural), longest first in the pattern.
_KINDS = ("aircraft carriers", "aircraft carrier", "icebreakers", "icebreaker", "submarines",
          "submarine", "cruisers", "cruiser", "frigates", "frigate", "corvettes", "corvette",
          "destroyers", "destroyer", "warships", "warship", "tankers", "tanker", "ships",
          "ship", "vessels", "vessel", "yachts", "yacht")
_KIND = "|".join(_KINDS)
# One name: capitalised words, a Roman ordinal, "the Great" ("Peter the Great").
_NAME = r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|[IVX]+|the Great))*"
_NAMES = rf"{_NAME}(?:(?:, | and ){_NAME})*"
_AFTER = re.compile(rf"^(?P<the>the )?(?P<mods>(?:[a-z][\w-]* )*)(?P<kind>{_KIND}) "
                    rf"(?P<names>{_NAMES})$")
_BEFORE = re.compile(rf"^(?P<the>the )?(?P<names>{_NAME}) (?P<mods>(?:[a-z][\w-]* )*)"
                     rf"(?P<kind>{_KIND})$")

# A ruler's or a rank's title before a ship's namesake, in French.
_TITLES = {"Emperor": "Empereur", "Empress": "Impératrice", "Tsar": "Tsar",
           "Tsarina": "Tsarine", "King": "Roi", "Queen": "Reine", "Prince": "Prince",
           "Princess": "Princesse", "Grand Duke": "Grand-duc", "Saint": "Saint",
           "St.": "Saint", "St": "Saint", "Admiral": "Amiral", "General": "Général",
           "Marshal": "Maréchal", "Captain": "Capitaine"}
# Monarchs' given names French writes in its own form (before an ordinal or "the Great").
_RULERS = {"Alexander": "Alexandre", "Nicholas": "Nicolas", "Peter": "Pierre",
           "Catherine": "Catherine", "Elizabeth": "Élisabeth", "Paul": "Paul",
           "Ivan": "Ivan", "Vladimir": "Vladimir", "Andrew": "André", "George": "Georges"}
_REGNAL = re.compile(r"^(?P<given>[A-Z][a-z]+) (?P<n>[IVX]+|the Great)$")


def namesake_fr(name: str) -> str:
    """A ship's name in French: "Emperor Alexander III" -> "Empereur Alexandre III",
    "Krasnoyarsk" -> "Krasnoïarsk", "Ural" -> "Oural"; else the name as written."""
    for en, fr in _TITLES.items():
        if name.startswith(en + " "):
            return f"{fr} {namesake_fr(name[len(en) + 1:])}"
    m = _REGNAL.match(name)
    if m is not None and m["given"] in _RULERS:
        return f"{_RULERS[m['given']]} {'le Grand' if m['n'] == 'the Great' else m['n']}"
    place = places.lookup(name)
    if place is not None:
        return place
    words = name.split()
    if words[0] in GIVEN_NAMES or name in table().people or len(words) > 1:
        return french_name(name)
    return russian_town(name) or french_name(name)


def vessel_phrase(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "nuclear-powered submarines Emperor Alexander III and Krasnoyarsk" -> "les
    sous-marins à propulsion nucléaire « Empereur Alexandre III » et « Krasnoïarsk »";
    None unless the kind and its modifiers read as a noun phrase."""
    text = " ".join(x.split())
    m = _AFTER.match(text) or _BEFORE.match(text)
    if m is None or re.search(r"[’'](?:s\b|$)", m["names"]):
        return None  # "the Navy’s new warships": a possessive, not a ship's name
    kind = resolve(f"the {m['mods']}{m['kind']}")
    if kind is None:
        return None
    found = [(n, namesake_fr(n)) for n in re.split(r", | and ", m["names"])]
    if any(fr == en and all(english_word(w) for w in en.split()) for en, fr in found):
        return None  # "the Navy ship": an English word is no ship's name
    names = [f"«\u00a0{fr}\u00a0»" for _, fr in found]
    if len(names) > 1 and not kind.startswith("les "):
        return None  # "the icebreaker X and Y": two ships need a plural kind
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " et " + names[-1]
    return f"{kind} {listed}"
