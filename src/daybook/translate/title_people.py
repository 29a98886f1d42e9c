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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from daybook.translate.french import (
    ARTICLE,
    FEMININE_HEADS,
    contract,
    feminine,
    feminine_plural,
    masculine_plural,
    with_article,
)
from daybook.translate.named import CLOSE, OPEN, established, is_outlet
from daybook.translate.names import GIVEN_NAMES, french_name
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
    return masculine_plural(adj)


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


def adjective_first(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """A group's adjective French puts first before a group with its own complement:
    "top graduates of higher military schools" -> "les meilleurs diplômés des écoles
    militaires supérieures" (the rest read by the grammar, the adjective after "les")."""
    words = re.sub(r"^the\s+", "", " ".join(x.split())).split(" ")
    t = people()
    if len(words) < 3 or words[0].lower() not in t.adjectives \
            or words[1].lower() not in t.nouns:
        return None
    masc, fem, first = t.adjectives[words[0].lower()]
    inner = resolve("the " + " ".join(words[1:])) if first else None
    if inner is None or not inner.startswith("les "):
        return None
    adj = fem if t.nouns[words[1].lower()][1] == "f" else masc
    return f"les {adj} {inner[4:]}"


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
    timed = re.match(r"^(.+)( par intérim| élu| désigné)$", role)
    if timed is not None:  # "le président ukrainien par intérim", "mexicain élu"
        return demonym_role(timed[1], adj) + timed[2]
    m = re.match(r"^((?:premier )?(?:vice-)?ministre) (d[eu’]|des |de )", role)
    return f"{m[1]} {adj} {role[len(m[1]) + 1:]}" if m else f"{role} {adj}"


# Heads of state and government and ministers take the country's adjective; a king, an
# emir or an ambassador keeps "de" ("le roi de Jordanie", "l’ambassadeur de France").
_ADJECTIVE_ROLE = re.compile(r"^(?:premier )?(?:vice-)?(?:président|Premier ministre|"
                             r"chancelier|ministre)\b")


def country_role(role: str, country: str) -> str | None:
    """ "président" + "France" -> "président français", "chancelier fédéral" + "Allemagne"
    -> "chancelier allemand", as the French press names a foreign leader's country; None
    for a role or a country that keeps "de" (``country_adjectives``, general usage)."""
    adj = vocabulary().country_adjectives.get(country)
    if adj is None or not _ADJECTIVE_ROLE.match(role):
        return None
    return demonym_role(re.sub(r"^chancelier fédéral\b", "chancelier", role), adj)


def media_phrase(x: str, *, known_only: bool = False) -> str | None:
    """A news outlet: its kind in French (with the demonym agreed), its name as written;
    an outlet the French press names in French (the named-thing glossary: "People’s Daily"
    is "le Quotidien du peuple") by that name alone, which says its kind. ``known_only``:
    only an outlet of the glossary (read before the grammar, which takes "The" for a word)."""
    v = vocabulary()
    m = v.media_re.match(x)
    if m is None:
        return None
    name = m["name"] or m["before"]
    if name in v.demonyms:  # "Chinese newspaper" names no outlet
        return None
    glossary = established()
    known = glossary.get(name) or glossary.get(re.sub(r"^The ", "", name))
    if known is None and known_only:
        return None
    if known is not None and known[1] != re.sub(r"^The ", "", name):
        return with_article(*known)
    if known is not None:  # kept as written ("Financial Times"), without the English article
        name = known[1]
    article, noun, gender = v.media[m["kind"] or m["kind2"]]
    if m["adj"]:
        adj = v.demonyms[m["adj"]]
        noun += " " + (feminine(adj) if gender == "f" else adj)
    return with_article(article, noun) + " " + name


# Outlets named by their kind alone (Robert & Collins): "the media", "the press".
_OUTLET_KINDS = frozenset({"media", "mass media", "press", "television", "tv", "radio",
                           "newspaper", "newspapers", "media outlets", "news agencies"})


def outlet_group(x: str) -> bool:
    """News outlets named by their kind after what describes them, a nationality or a
    lower-case adjective: "Chinese media", "the French press", "Japanese television"
    (journalists are people: "avec les journalistes" stays; a name is media_phrase's)."""
    words = re.sub(r"^the\s+", "", " ".join(x.split())).split(" ")
    demonyms = vocabulary().demonyms
    for n in (2, 1):
        if len(words) > n and " ".join(words[-n:]).lower() in _OUTLET_KINDS:
            return all(w in demonyms or w.islower() for w in words[:-n])
    return False


def interviewing(fr: str, x: str | None) -> str:
    """A frame's "Entretien avec {x}" for an interview given to a news outlet: French says
    "Entretien accordé au Financial Times", "aux médias chinois" (an "entretien avec" a
    paper reads as a talk)."""
    if not fr.startswith("Entretien {avec:x}") or x is None or (
            media_phrase(x) is None and not is_outlet(x) and not outlet_group(x)):
        return fr
    return "Entretien accordé {à:x}" + fr[len("Entretien {avec:x}"):]


_OWNER = re.compile(r"^(?:the\s+)?(?P<who>[A-Z][\w.-]*(?: [A-Z][\w.-]*){1,3})"
                    r"[’'](?:s\b|(?<=s[’']))\s+(?P<rest>.+)$")


def possessive(x: str, resolve: Callable[[str], str | None],
               person: Callable[[str], str | None], *, is_name: Callable[[str], bool],
               open_ok: bool = False) -> str | None:
    """ "Naina Yeltsina’s birthday anniversary" -> "l’anniversaire de Naïna Eltsine": a
    person's possessive as French writes it, the thing first, then "de" and the person's
    French form; the thing may be the engine's one piece (the engine writes its article)."""
    m = _OWNER.match(x)
    if m is None or not is_name(m["who"]):
        return None
    who = m["who"]
    known = french_name(who)
    owner = person(who)
    if who.split()[0] not in GIVEN_NAMES and known == who and owner is None:
        return None  # a person the registry or the given names know, not "Crimea’s"
    owner = owner or known
    thing = resolve(m["rest"]) or resolve("the " + m["rest"])
    if thing is not None:
        return f"{thing} {contract('de', owner)}"
    if not open_ok or m["rest"][:1].isupper():
        return None
    return f"{OPEN}|the {m['rest']}{CLOSE} {contract('de', owner)}"


_PRONOUN = re.compile(r"^(?P<own>their|his|her|its)\s+(?P<rest>\S.*)$")


def pronoun_owned(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "their letters of credence" -> "leurs lettres de créance", "its anniversary" -> "son
    anniversaire": the thing read with "the", its article turned into the possessive
    determiner ("son" before a vowel whatever the gender, as "l’" hides it)."""
    m = _PRONOUN.match(x)
    thing = resolve("the " + m["rest"]) if m else None
    art = ARTICLE.match(thing) if m and thing and OPEN not in thing else None
    if m is None or thing is None or art is None:
        return None
    plural = (art[1] or "").lower() == "les"
    if m["own"] == "their":
        det = "leurs" if plural else "leur"
    else:
        det = "ses" if plural else "sa" if (art[1] or "").lower() == "la" else "son"
    return f"{det} {thing[art.end():]}"


@cache
def men_in_a() -> frozenset[str]:
    """Men's given names in -a of languages other than Russian ("Narendra"), which the
    Russian rule of ``french.female`` would take for women's."""
    return frozenset(data_json("names_fr.json").get("men_in_a", []))
