"""Groups of people a title meets, greets or awards ("young entrepreneurs", "war veterans",
"regional governors", "Russian athletes", "Olympic medallists"), and a role agreed with the
person who holds it ("vice-Première ministre", "le ministre français des Affaires
étrangères").

A group is adjectives, then a plural noun; French puts the noun first, most adjectives
after it and agreed with it ("les gouverneurs régionaux", "les athlètes russes", "les
mères de familles nombreuses"), a few before it ("les jeunes entrepreneurs", "les
principaux scientifiques"). The nouns and adjectives (``people`` and ``people_adjectives``
in ``data/title_patterns.json``) are general French vocabulary (the usual equivalents of
bilingual dictionaries and of the French press), not the sample's; the demonyms are the
grammar's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from daybook.translate.french import FEMININE_HEADS, feminine, feminine_plural
from daybook.translate.title_places import de, of_fr
from daybook.translate.title_vocab import data_json, vocabulary


@dataclass(frozen=True, slots=True)
class People:
    nouns: dict[str, tuple[str, str]]  # "servicemen" -> ("militaires", "m")
    adjectives: dict[str, tuple[str, str, bool]]  # "young" -> ("jeunes", "jeunes", before)


@cache
def people() -> People:
    raw = data_json("title_patterns.json")
    return People(
        nouns={k.lower(): (v[0], v[1]) for k, v in raw["people"].items()},
        adjectives={k.lower(): (v[0], v[1], v[2] == "before")
                    for k, v in raw["people_adjectives"].items()},
    )


def _plural(adj: str, gender: str) -> str:
    if gender == "f":
        return feminine_plural(adj)
    return adj if adj.endswith(("s", "x")) else adj + "s"


def people_phrase(x: str) -> str | None:
    """ "young entrepreneurs" -> "les jeunes entrepreneurs", "Russian athletes" -> "les
    athlètes russes"; None unless every word is the table's."""
    t = people()
    words = " ".join(x.split()).split(" ")
    if words and words[0].lower() == "the":
        words = words[1:]
    of = ""
    if words and words[0].endswith(("’s", "'s")):  # "Russia’s religious associations"
        place = of_fr(words[0][:-2])
        if place is None:
            return None
        of, words = " " + de(place[0], place[1]), words[1:]
    for n in range(min(5, len(words)), 0, -1):  # the longest noun ("war veterans")
        noun = " ".join(words[-n:]).lower()
        if noun not in t.nouns:
            continue
        french, gender = t.nouns[noun]
        before: list[str] = []
        after: list[str] = []
        for w in words[:-n]:
            low = w.lower()
            if low in t.adjectives:
                masc, fem, first = t.adjectives[low]
                (before if first else after).append(fem if gender == "f" else masc)
            elif w in vocabulary().demonyms:
                after.append(_plural(vocabulary().demonyms[w], gender))
            else:
                return None
        # French puts the adjectives after the noun in reverse order ("Russian young" ->
        # "jeunes ... russes"); those before keep theirs.
        return " ".join(["les", *before, french, *reversed(after)]) + of
    return None


def feminine_role(fr: str) -> str:
    """The role's words before its complement in the feminine: "premier vice-président"
    -> "première vice-présidente", "chancelier fédéral de l’Allemagne" -> "chancelière
    fédérale de l’Allemagne"."""
    words = fr.split(" ")
    v = vocabulary()  # "chancelier allemand", "présidente lituanienne"
    adjectives = set(v.demonyms.values()) | set(v.country_adjectives.values())
    for k, w in enumerate(words):
        if w in ("de", "du", "des", "d’", "aux", "à") or w.startswith("d’"):
            break
        # "vice-Premier ministre" -> "vice-Première ministre": the last part agrees.
        pre, _, w = w.rpartition("-") if w not in FEMININE_HEADS else ("", "", w)
        pre += "-" if pre else ""
        low = w[:1].lower() + w[1:]  # "Premier ministre" -> "Première ministre"
        fem = FEMININE_HEADS.get(low) or (feminine(w) if w in adjectives else None)
        words[k] = pre + ((fem[:1].upper() + fem[1:] if w[:1].isupper() else fem) if fem
                          else w)
    return " ".join(words)


def demonym_role(role: str, adj: str) -> str:
    """ "ministre des Affaires étrangères" + "français" -> "ministre français des Affaires
    étrangères": the adjective after a minister, before the ministry's complement."""
    m = re.match(r"^((?:premier )?(?:vice-)?ministre) (d[eu’]|des |de )", role)
    return f"{m[1]} {adj} {role[len(m[1]) + 1:]}" if m else f"{role} {adj}"
