"""Where an event took place, with the preposition French puts before the place.

A heading's place follows its date: "8 novembre 2023 à 14h25 à Moscou". French grammar
chooses the preposition by the place's first piece (the one the clause is about):

- a city: "à Sotchi", "à Novo-Ogariovo, région de Moscou";
- a building or a complex named by its head: "au Kremlin, Moscou", "au palais Constantin";
- an island or a square: "sur l’île Russki, Vladivostok", "sur la place Rouge";
- a subdivision named by its kind: "dans la région de Saratov", "dans le kraï de Perm";
- a country or a region without its kind: "en Jordanie", "au Japon", "aux Émirats arabes
  unis", "en Crimée", "au Kamtchatka" (the genders are the gazetteer's: CLDR's country
  names and their articles).
"""

from __future__ import annotations

from functools import cache

from daybook.parsers.digest_vocab import island_fr

# Heads of a place's first piece: (preposition, article).
HEADS = {
    "Kremlin": ("à", "le"), "palais": ("à", "le"), "cosmodrome": ("à", "le"),
    "centre": ("à", "le"), "musée": ("à", "le"), "stade": ("à", "le"),
    "chantier": ("à", "le"), "monastère": ("à", "le"), "théâtre": ("à", "le"),
    "jardin": ("à", "le"), "parc": ("à", "le"), "domaine": ("à", "le"),
    "aéroport": ("à", "le"), "cathédrale": ("à", "la"), "base": ("à", "la"),
    "île": ("sur", "la"), "îles": ("sur", "les"), "place": ("sur", "la"),
    "presqu’île": ("sur", "la"), "péninsule": ("sur", "la"), "colline": ("sur", "la"),
    "région": ("dans", "la"), "kraï": ("dans", "le"), "république": ("dans", "la"),
    "district": ("dans", "le"), "territoire": ("dans", "le"), "oblast": ("dans", "l’"),
    "arrondissement": ("dans", "l’"), "village": ("dans", "le"),
}
# Regions French names without their kind, with their article (besides the place table's
# "text_articles"): general French usage.
AREAS = {"Sibérie": "la", "Caucase du Nord": "le", "Extrême-Orient": "l’", "Kouban": "le",
         "Donbass": "le", "Arctique": "l’", "Antarctique": "l’", "Kouzbass": "le",
         "Bachkirie": "la", "Primorié": "le"}

INSIDE = {"Oural": "l’", "Altaï": "l’"}


@cache
def _articles() -> dict[str, str]:
    """French name -> article, of countries (CLDR's names through Babel, with the place
    table's exceptions; the rule of translate/places.py) and of regions."""
    import json
    from importlib import resources

    from babel import Locale

    raw = json.loads(resources.files("daybook.data").joinpath("places_fr.json")
                     .read_text("utf-8"))
    exceptions = {n: art for art, names in raw["country_article"].items() for n in names}
    out = {k: v for k, v in raw["text_articles"].items() if not k.startswith("_")}
    out.update(AREAS)
    for code, fr in Locale("fr").territories.items():
        if len(code) == 2 and code.isalpha():
            head = fr.split()[0].split("-")[0]
            plural = head in ("États", "Émirats", "Îles")
            out[fr] = exceptions.get(fr, "les" if plural else "la" if head.endswith("e")
                                     else "le")
    return out


def with_article(article: str, text: str) -> str:
    # a vowel, not a romanised yod ("la Iakoutie": translate.french's rule; publish does
    # not import translate)
    if article in ("le", "la") and text[:1] in "AEIOUÉÈÊÎÔaeiouéèêîô" \
            and not text.lower().startswith(("ia", "ie", "iou")):
        return "l’" + text
    return article + text if article.endswith("’") else f"{article} {text}" if article \
        else text


def _with(prep: str, article: str, text: str) -> str:
    phrase = with_article(article, text)
    if prep == "à":
        if phrase.startswith("le "):
            return "au " + phrase[3:]
        if phrase.startswith("les "):
            return "aux " + phrase[4:]
    if prep == "en":
        if article == "le" and not phrase.startswith("l’"):
            return "au " + phrase[3:]
        if article == "les":
            return "aux " + phrase[4:]
        return "en " + text
    return f"{prep} {phrase}"


def at_place(place: str) -> str:
    """ "à Moscou", "au Kremlin, Moscou", "dans la région de Saratov", "sur l’île Russki,
    Vladivostok", "en Jordanie": the place (French, as the heading writes it) with its
    preposition."""
    place = island_fr(place)  # "sur l’île Kotelny", not "l’île de Kotelny"
    first = place.split(",", 1)[0].strip()
    head = first.split(" ", 1)[0]
    if (head in HEADS and first != head) or head == "Kremlin":
        prep, article = HEADS[head]
        return _with(prep, article, place)
    if first in INSIDE:  # "dans l’Oural", not "en Oural"
        return "dans " + with_article(INSIDE[first], place)
    found = _articles().get(first)
    if found is not None:
        return _with("en", found, place)
    return "à " + place
