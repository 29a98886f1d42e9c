"""Places that end a speaker's role ("President of Egypt", "... Republic of Korea"): country
and territory names of CLDR (babel) and the zones table. Split from ``speakers``."""

from __future__ import annotations

import re
from functools import cache, lru_cache


@lru_cache(maxsize=4096)
def is_place_name(text: str) -> bool:
    """A country or territory (CLDR), the last word of a country name of several words, or
    a place of the zones table ("Egypt", "Korea", "Tatarstan")."""
    from daybook.enrich.zones import normalise_place, zone_for_place

    if text.casefold() in _territories() or text.casefold() in _territory_tails():
        return True
    return zone_for_place(text).matched == normalise_place(text)


@cache
def _territories() -> frozenset[str]:
    """Country and territory names of CLDR (babel) in the site's languages, folded:
    "Myanmar (Burma)" gives both names."""
    from babel import Locale

    names: set[str] = set()
    for lang in ("en", "fr", "ru"):
        for name in Locale(lang).territories.values():
            for part in re.split(r"\s*[()]\s*", name):
                if part:
                    names.add(part.casefold())
    return frozenset(names)


@cache
def _territory_tails() -> frozenset[str]:
    """The last word of an English country name of several words ("Korea" of "North Korea",
    "Macedonia", "Arabia"): "Democratic People’s Republic of Korea" ends with it. Words of
    roles ("Kingdom", "Union") and of names ("Martin") are left out."""
    from babel import Locale

    tails = {name.split()[-1].casefold() for name in Locale("en").territories.values()
             if " " in name and "(" not in name}
    return frozenset(t for t in tails if t.isalpha() and t not in _NOT_PLACE_TAILS)


# Last words of country names that are no place alone ("Islands", "Republic"), or that are
# also given names or surnames ("Martin", "Garcia", "Salvador", "Lucia").
_NOT_PLACE_TAILS = frozenset({"islands", "island", "republic", "kingdom", "states", "emirates",
                              "union",
                              "territories", "territory", "city", "sar", "region", "nations",
                              "lands", "man", "martin", "garcia", "salvador", "lucia", "marino",
                              "cunha", "barthélemy", "maarten", "mayen", "rico"})
