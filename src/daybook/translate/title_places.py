"""Places and institutions in the title grammar, with the preposition French puts before them.

``of_fr`` reads what follows "of" in a role (an institution, a country, a Russian region or
a city). ``is_place`` says whether a slot is somewhere one goes (a country, a region, a
city), so that "Visit to Crimea" is "Visite en Crimée" and "Visit to the Yug-Sport Centre"
"Visite du centre"; ``to_place`` writes an envoy's "to X": "en Russie", "aux États-Unis",
"au Japon", "à Genève", "auprès de l’ONU" (an organisation). The rule is French grammar's:
"en" before a feminine country or region and before one opening with a vowel, "au" before a
masculine one, "aux" before a plural one, "à" before a city, "dans" before a subdivision
named by its kind ("dans la région de Tver"); the genders are the gazetteer's (CLDR's
country names with their articles, the regions' French names).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.parsers.digest_vocab import island_fr
from daybook.translate import places
from daybook.translate.french import SUBDIVISION_HEADS, contract, with_article
from daybook.translate.names import looks_russian
from daybook.translate.title_vocab import UPPER, vocabulary
from daybook.translate.wordnet import place_only

PLACE_HEADS = {"région": "la", "kraï": "le", "république": "la", "district": "le",
               "territoire": "le", "île": "la", "place": "la", "jardin": "le", "palais": "le",
               "cosmodrome": "le", "colline": "la", "tombe": "la", "Kremlin": "le",
               "aéroport": "l’", "monastère": "le", "cathédrale": "la"}

# Regions named without a subject's status, which French writes with their article.
AREA_ARTICLES = {"Crimée": "la", "Sibérie": "la", "Oural": "l’", "Kamtchatka": "le",
                 "Caucase du Nord": "le", "Extrême-Orient": "l’", "Carélie": "la",
                 "Iakoutie": "la", "Tchoukotka": "la", "Kouban": "le", "Donbass": "le",
                 "Arctique": "l’", "Antarctique": "l’"}

# Countries whose people's names French romanises from Russian (and Russia itself).
HOME = frozenset({"Russie", "Biélorussie", "Kazakhstan", "Kirghizistan", "Tadjikistan",
                  "Ouzbékistan", "Turkménistan", "Arménie", "Azerbaïdjan", "Ukraine",
                  "Moldavie", "Abkhazie", "Ossétie du Sud"})


# States that no longer exist, which the gazetteer's countries leave out; French names
# (Petit Robert): a modifier before a noun ("USSR State Prize") reads "de l’URSS".
FORMER_STATES: dict[str, tuple[str, str]] = {
    "USSR": ("l’", "URSS"), "Soviet Union": ("l’", "Union soviétique"),
    "Russian Empire": ("l’", "Empire russe"), "GDR": ("la", "RDA"),
    "Yugoslavia": ("la", "Yougoslavie"), "Czechoslovakia": ("la", "Tchécoslovaquie")}


def of_fr(text: str) -> tuple[str, str, bool] | None:
    """(article, French, foreign) of what follows "of" in a role: an institution, a
    country, a Russian region or a city; None when unknown."""
    v = vocabulary()
    key = " ".join(text.split())
    bare = key[4:] if key.startswith("the ") else key
    for k in (key, bare):
        if k in v.of_places:
            return (*v.of_places[k], False)
    if bare in FORMER_STATES:
        return (*FORMER_STATES[bare], False)
    country = places.country_fr(key) or places.country_fr(bare)
    if country is not None:
        return (*country, country[1] not in HOME)
    if "," in bare:
        return None
    found = places.lookup(bare)
    if found is not None:
        found = island_fr(found)
        head = found.split(" ", 1)[0]
        article = AREA_ARTICLES.get(found) or places.region_article(found)
        return PLACE_HEADS.get(head, article), found, False
    if re.fullmatch(r"[A-Z][a-z]{3,}", bare) and not (
            places.looks_russian_place(bare) or looks_russian(bare)) and place_only(bare):
        return "", bare, True  # a foreign city the tables lack, as written: "Leipzig"
    return None


def de(article: str, text: str) -> str:
    return contract("de", with_article(article, text))


def is_place(text: str, french: str | None = None) -> bool:
    """A country, a region or a city (one goes *to* it), not an institution, a building or
    a square; ``french`` is the slot's French when the grammar read it otherwise ("the Far
    East" -> "l’Extrême-Orient")."""
    key = " ".join(text.split())
    bare = key[4:] if key.startswith("the ") else key
    v = vocabulary()
    for k in (key, bare):
        if k in v.of_places:  # an institution, unless a subdivision ("federal district")
            return v.of_places[k][1].split(" ", 1)[0] in SUBDIVISION_HEADS
    if places.country_fr(key) or places.country_fr(bare):
        return True
    found = of_fr(key)
    if found is None:
        if french is None:
            return False
        name = french.split("’", 1)[-1] if french.startswith("l’") else \
            french.split(" ", 1)[-1] if french.split(" ", 1)[0] in ("le", "la", "les") else french
        return name in AREA_ARTICLES
    head = found[1].split(" ", 1)[0]
    return head not in PLACE_HEADS or head in SUBDIVISION_HEADS


def to_place(text: str) -> str | None:
    """ "to X" after an envoy's role in French: a country or a place with its preposition
    ("en Russie", "aux États-Unis", "à Genève"), an organisation with "auprès de" ("auprès
    de l’ONU", "auprès de l’Union européenne"); None when unknown."""
    found = of_fr(text)
    key = " ".join(text.split())
    bare = key[4:] if key.startswith("the ") else key
    phrases = vocabulary().phrases
    if found is None and bare in phrases:  # "the Central Federal District", "the Far East"
        article, fr = phrases[bare]
        place = fr.split(" ", 1)[0] in SUBDIVISION_HEADS or fr in AREA_ARTICLES
        return contract("en", with_article(article, fr)) if place else None
    if found is None:
        return None
    article, fr, _ = found
    if is_place(text):
        return contract("en", with_article(article, fr))
    return "auprès " + de(article, fr)


def envoy_of(text: str) -> tuple[str, bool] | None:
    """ "of X" after an envoy's role: "de Russie", "d’Allemagne", "du Japon" (a feminine
    country without its article, as French names ambassadors), and whether it is foreign."""
    found = of_fr(text)
    if found is None:
        return None
    article, where, foreign = found
    bare = places.country_fr(text) is not None and article in ("la", "l’")
    return (contract("de", where) if bare else de(article, where)), foreign


def sent_to(rest: str, is_name: Callable[[str], bool]
            ) -> tuple[tuple[str, bool] | None, str, str] | None:
    """An envoy's "[of X] to Y [Name]": ("de Russie", foreign), "aux États-Unis", the
    name; None unless Y is a place or an organisation the tables know."""
    m = re.match(r"^(?:of (?P<of>.+?) )?to (?P<to>.+)$", rest)
    if m is None:
        return None
    of = envoy_of(m["of"]) if m["of"] else None
    if m["of"] and of is None:
        return None
    words = m["to"].split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[k:])
        if name and not is_name(name):
            continue
        to = to_place(" ".join(words[:k]))
        if to is not None:
            return of, to, name
    return None


_TWO_DEMONYMS = re.compile(r"^(?:the\s+)?([A-Z][\w-]+) and ([A-Z][\w-]+) (\S.*)$")


def demonym_pair(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """Two demonyms sharing one noun ("Russian and Belarusian regions"): the noun read
    with each, the two adjectives joined by "et" where they differ ("les régions russes
    et biélorusses"); None unless both readings differ in that one word."""
    m = _TWO_DEMONYMS.match(" ".join(x.split()))
    demonyms = vocabulary().demonyms
    if m is None or m[1] not in demonyms or m[2] not in demonyms:
        return None
    return join_differing(resolve(f"{m[1]} {m[3]}"), resolve(f"{m[2]} {m[3]}"))


def join_differing(one: str | None, two: str | None) -> str | None:
    """Two readings of one noun with two adjectives, joined where they differ in one word:
    "les régions russes" + "les régions biélorusses" -> "les régions russes et
    biélorusses"; None otherwise."""
    if one is None or two is None or len(a := one.split()) != len(b := two.split()):
        return None
    diff = [i for i, (u, v) in enumerate(zip(a, b, strict=True)) if u != v]
    if len(diff) != 1:
        return None
    i = diff[0]
    return " ".join([*b[:i], f"{a[i]} et {b[i]}", *b[i + 1:]])


_OWNED = re.compile(r"^(?:the\s+)?(?P<who>(?:\d+(?:st|nd|rd|th) )?[A-Z][\w-]*"
                    r"(?: (?:of )?[A-Z][\w-]*){0,4})(?:’s|'s)"
                    r"\s+(?P<rest>\S.*)$")


def owned_by(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """An institution's or a place's possessive the French way, the thing first: "the
    Navy’s new warships" -> "les nouveaux navires de guerre de la marine"; None unless
    both the owner and the thing are read."""
    m = _OWNED.match(" ".join(x.split()))
    if m is None:
        return None
    found = of_fr("the " + m["who"]) or of_fr(m["who"])
    # Else an institution named by one common noun ("the Navy": "la marine") or a kind
    # with its own name ("the Laureus Academy": "de l’académie Laureus"); not a longer
    # name the lexicon would read word by word ("Missile Regiment": no name in it).
    read = None if found else _de_phrase(resolve("the " + m["who"]))
    if read is not None and " " in m["who"] and not _own_name(read, m["who"]):
        read = None
    owner = de(found[0], found[1]) if found else read
    thing = resolve("the " + m["rest"]) if owner else None
    return None if thing is None else f"{thing} {owner}"


def _own_name(fr: str, en: str) -> bool:
    """Whether the French reading of a kind has its own name, romanised or a word no
    English dictionary lists ("l’académie Laureus"), and keeps no English word of ``en``;
    or a number ("le 626e régiment")."""
    from daybook.translate.wordnet import english

    if re.match(r"\d+(?:st|nd|rd|th) ", en):
        return True  # a numbered unit: its number is its name ("the 626th Regiment")
    names = re.findall(rf"[{UPPER}][\w-]*", fr)
    return bool(names) and not any(english(w) for w in names if w in en.split())


def _de_phrase(fr: str | None) -> str | None:
    if fr is None or not re.match(r"(?:le|la|les) |l’", fr):
        return None
    return contract("de", fr)
