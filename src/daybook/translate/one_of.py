"""*one of* + a plural: "l'un des", "l'une des" (run with ``sourced.source_rules``, after
``postedit_np.one_of`` has agreed "un"/"une" with the plural).

The pivot says *one of the largest universities*, *one of our companies*, *one of them* "un
des", "un de nos", "un d'eux", and keeps "un" whatever the noun's gender ("un des 12
villes"). Written French takes the pronoun with its article before a partitive complement,
"l'un des", "l'une de nos" (Grevisse, *Le Bon Usage*, § 738: "l'un" is the pronoun's usual
form before "de"; Robert: "l'un des plus grands"), "une" for a feminine ("l'une des plus
anciennes universités", "l'une d'elles": ``postedit_np.one_of`` agrees it with the plural
noun phrase). Only where the English says *one of* as many times; not after "chaque" or
"pas" (*not one of*: "pas un des").
"""

from __future__ import annotations

import re

__all__ = ["one_of"]

_ONE_OF = re.compile(
    r"(?<![\w’'-])(?<!chaque )(?<!pas )(?<![lL]['’])([Uu]ne?) (?=(?P<de>des|de (?:nos|vos|ses|"
    r"leurs|mes|ces|ceux|celles)|d['’](?:eux|elles|entre (?:eux|elles|nous|vous)))(?![\w’'-]))")


def one_of(source: str, french: str) -> str:
    """ "un des plus grands dépôts" -> "l'un des plus grands dépôts", "une des 12 villes" ->
    "l'une des 12 villes", "Un d'eux" -> "L'un d'eux", where the English says *one of* as
    many times."""
    if "un d" not in french.lower() and "une d" not in french.lower():
        return french
    found = list(_ONE_OF.finditer(french))
    if not found or len(found) > len(re.findall(r"\bone of\b", source, re.IGNORECASE)):
        return french
    apostrophe = "'" if "'" in french and "’" not in french else "’"
    for m in reversed(found):
        one = "une" if m.group("de").endswith("elles") else m.group(1).lower()
        said = ("L" if m.group(1)[0] == "U" else "l") + apostrophe + one
        french = french[:m.start()] + said + french[m.end(1):]
    return french
