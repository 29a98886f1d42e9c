"""Places inside a text, kept from the engine and put back in French with their preposition.

Apertium translates a place name as words ("Bishkek" -> "Capitale de Kirghizistan",
"Geneva" -> "gin", "Sakhalin Region" -> "Sakhalin région") and makes a participle agree
with a country ("le Président de Russie est arrivée"). ``find`` gives the places of a
sentence the gazetteer knows (``places.gazetteer``: countries from CLDR with their article,
cities from CLDR's exemplar cities and ``data/places_fr.json``, Russian subdivisions by
``places.lookup``'s rules); ``protect`` sends each as a placeholder and ``restore`` asks
``french`` for the place's French after the engine's own preposition: "à"/"en"/"dans"
(*in*, *to*) -> the locative ("à Bichkek", "en Russie", "au Kirghizistan", "aux
États-Unis", "dans la région de Sakhaline"), "de" -> "de la Russie", "du Kirghizistan",
"d’Astrakhan" (no article after a title or an institution: "ambassadeur de Russie", "Banque de
Russie"; but "le Président de la Russie"), else the name with its article ("La Russie est
prête").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from daybook.translate import regions
from daybook.translate.french import VOWEL_START, contract
from daybook.translate.modifiers import turn
from daybook.translate.place_heads import place_first


@dataclass(frozen=True, slots=True)
class PlaceFr:
    name: str  # French name without article: "Russie", "région de Sakhaline", "Bichkek"
    article: str  # "la", "le", "les", or "" (a city, "Cuba")
    gender: str  # "m" or "f": of the article's noun, for the placeholder
    city: bool = False  # a city keeps its article capitalised: "à La Havane", "au Caire"
    at: str = ""  # the locative when not the rule's: "dans les Balkans", "en mer Noire"


# Cities of CLDR's exemplar list that are also common English words or people's names.
_NOT_IN_TEXT = frozenset((
    "Oral", "Davis", "Darwin", "Phoenix", "Center", "Resolute", "Stanley", "Regina",
    "Jersey", "Nome", "Dawson", "Creston", "Casey", "Palmer", "Troll", "Lindeman", "Eucla",
    "Adak", "Menominee", "Gambier", "Vladimir", "Washington", "Hobart", "Bahia", "Marigot",
    "Guernsey", "Juneau", "Sitka", "Perth", "Georgia", "Jordan", "Chad", "Niger",
    "Dominica", "Grenada", "Mali", "Oman", "Israel", "Canton", "Wake", "Midway", "Norfolk",
    "Christmas", "Chatham", "Lima", "Santiago", "Sydney", "Kirov", "Perm", "Tula", "Orel",
    "US", "USA", "UK", "UAE", "DPRK", "Korea", "Congo"))
# The French articles before a city's name ("Le Caire": "au Caire", "du Caire").
_CITY_ARTICLE = re.compile(r"^(Le|La|Les) (?=\w)")
_KIND_HEADS = {"région": ("la", "f"), "kraï": ("le", "m"), "district": ("le", "m"),
               "république": ("la", "f"), "territoire": ("le", "m")}
_STEM = r"[A-Z][\w’']*(?:-[A-Z][\w’']*)*(?: [A-Z][\w’']*(?:-[A-Z][\w’']*)*){0,2}"
_REGION = re.compile(rf"(?:(?:the|The) )?(?:{_STEM} (?:Region|Territory|Autonomous Area|"
                     rf"Republic)|Republic of {_STEM})(?![\w-])")


def _country(article: str, fr: str) -> PlaceFr:
    return PlaceFr(fr, article, "f" if article == "la" else "m")


@cache
def places() -> dict[str, PlaceFr]:
    """English name as a text writes it -> its French (countries, cities, republics)."""
    from daybook.translate.places import gazetteer, region_article

    g = gazetteer()
    raw: dict[str, Any] = json.loads(resources.files("daybook.data").joinpath(
        "places_fr.json").read_text("utf-8"))
    skip = set(raw["landmarks"]) | _NOT_IN_TEXT
    out: dict[str, PlaceFr] = {}
    for en, fr in g.places.items():
        if (en in skip or "," in en or "," in fr or "(" in fr or "[" in fr
                or en.startswith("the ") or en != en.strip()):
            continue
        head = fr.split(" ", 1)[0]
        if head in _KIND_HEADS:  # "Moscow Region" -> "la région de Moscou"
            article, gender = _KIND_HEADS[head]
            out[en] = PlaceFr(fr, article, gender)
            continue
        if not fr[:1].isupper():
            continue
        m = _CITY_ARTICLE.match(fr)
        if m:  # "Le Caire", "La Havane"
            out[en] = PlaceFr(fr[m.end():], m.group(1).lower(),
                              "f" if m.group(1) == "La" else "m", True)
            continue
        article = region_article(fr) or raw["text_articles"].get(fr, "")  # "la Crimée"
        out[en] = PlaceFr(fr, article, "f" if article == "la" else "m", not article)
    for en, (article, fr) in g.countries.items():
        if en in _NOT_IN_TEXT or en.removeprefix("the ") in _NOT_IN_TEXT:
            continue
        if fr.startswith(("La ", "Le ")):  # "La Barbade"
            article, fr = fr[:2].lower(), fr[3:]
        out[en] = _country(article, fr)
    for en in ("Russian Federation", "the Russian Federation"):
        out[en] = PlaceFr("Fédération de Russie", "la", "f")
    for en, (article, fr, gender, at) in regions.table().items():  # "the Middle East"
        out.setdefault(en, PlaceFr(fr, article, gender, at=at))
    return out


# Regions of the table joined before "region" ("the Middle East and North Africa region",
# "the Black Sea region"): one place, "la région du Moyen-Orient et de l’Afrique du Nord".
@cache
def _joint_regions() -> str:
    names = sorted({en.removeprefix("the ").removeprefix("The ") for en in regions.table()},
                   key=lambda k: (-len(k), k))
    one = "(?:" + "|".join(map(re.escape, names)) + ")"
    # no "the" inside: "Scandinavia and the Baltic Region" is two places
    return rf"(?:(?:the|The) )?{one}(?:(?:, | and ){one})* [Rr]egion"


_JOINT = re.compile(r"(?:(?:the|The) )?(?P<names>.+) [Rr]egion")
_JOINERS = re.compile(r", | and ")


def _joint_place(span: str) -> PlaceFr | None:
    """ "the Middle East and North Africa region" -> "région du Moyen-Orient et de l’Afrique
    du Nord"; "the Asia-Pacific region" as the table writes it ("région Asie-Pacifique")."""
    m = _JOINT.fullmatch(span)
    if m is None:
        return None
    table = places()
    whole = table.get(m.group("names") + " region")
    if whole is not None:
        return whole
    names = _JOINERS.split(m.group("names"))
    if not all(map(regions.named, names)):
        return None  # "Sakhalin Region": a Russian subdivision (``lookup``'s rule)
    parts = [table.get(p) or table.get("the " + p) for p in names]
    said = [genitive(p, "région") for p in parts if p is not None]
    joined = ", ".join(said[:-1]) + " et " + said[-1] if len(said) > 1 else said[0]
    return PlaceFr("région " + joined, "la", "f")


@cache
def _pattern() -> re.Pattern[str]:
    keys = sorted(places(), key=lambda k: (-len(k), k))
    names = "|".join(map(re.escape, keys))
    return re.compile(rf"(?<![\w\-–—/’'])(?:{_joint_regions()}|{_REGION.pattern}|{names})"
                      r"(?![\w\-–—/])")


# A capitalised word before a place that is no sentence opener makes it part of a name ("A
# Just Russia", "Bank of Russia" keeps its "of": lower case).
_CAP_BEFORE = re.compile(r"(?:^|[^.!?:;“\"«(\s])\s*\b([A-Z][\w’'-]*)\s+$")
_OPENERS = frozenset(".!?:;“\"«(")
_DETERMINER = re.compile(r"(?<![\w-])(?:the|The|a|an|A|An)\s+$")
# An adjective before a country: a lower-case word that is no preposition, article,
# conjunction or verb of the places' usual contexts.
_ADJECTIVE = re.compile(r"(?<![\w-])(?!(?:of|in|to|from|at|with|for|by|between|across|into|"
                        r"on|about|against|over|throughout|within|and|or|but|visit|visited|"
                        r"visiting|that|than|as|via|toward|towards|both|including|like|"
                        r"whereas|while|said|says|where|when|if|whether|because|is|was|"
                        r"are|were|has|have|had|will|would|can|could|should|must|may|"
                        r"represent|represents|represented|leave|left|reach|reached|"
                        r"enter|entered|join|joined|support|supports|supported|help|helped|"
                        r"thank|thanked|call|called|urge|urged|invite|invited|"
                        r"congratulate|congratulated)\s)[a-z][a-z]+(?:ern|al|ic|ese|ian|"
                        r"ish|ed|ful|ous|ive|ary|ent|ant|ble)\s+$")
_PREPOSITIONS = re.compile(r"(?:^|\s)(?:of|in|to|from|at|with|for|by|between|across|into|on|"
                           r"about|against|over|throughout|within|and|or|visit|visited)\s+$",
                           re.IGNORECASE)


def lookup(span: str) -> PlaceFr | None:
    """The French of a place span ``find`` gave ("the Sakhalin Region", "Kyrgyzstan")."""
    table = places()
    if span in table:
        return table[span]
    bare = span[4:] if span[:4] in ("the ", "The ") else span
    if bare in table:
        return table[bare]
    if span.lower().endswith(" region") and (joint := _joint_place(span)) is not None:
        return joint
    if not _REGION.fullmatch(bare):
        return None
    from daybook.translate.places import gazetteer, looks_russian_place
    from daybook.translate.places import lookup as place_lookup

    stem = re.sub(r"^Republic of | (?:Region|Territory|Autonomous Area|Republic)$", "", bare)
    g = gazetteer()
    if stem not in g.places and not looks_russian_place(stem):
        return None  # "Asia-Pacific Region", "Arctic Region": no Russian subdivision
    fr = place_lookup(bare)
    if fr is None:
        return None
    article, gender = _KIND_HEADS.get(fr.split(" ", 1)[0], ("", "m"))
    return PlaceFr(fr, article, gender) if article else None


def find(text: str) -> list[tuple[int, int, PlaceFr]]:
    """(start, end, French) of each known place of ``text`` that stands alone: not inside
    a longer name ("Moscow State University", "A Just Russia"), not joined by a hyphen or
    a dash ("Russia–China")."""
    out = []
    for m in _pattern().finditer(text):
        after = text[m.end():m.end() + 30]
        if re.match(r"\s+[A-Z]", after) and not re.match(r"\s+(?:And|I)\b", after) and not (
                re.match(r"\s+Zq\d+x\b", after) and _REGION.fullmatch(m.group(0))):
            continue  # "Moscow State University", "Russia Day"; a region before a person's
            # placeholder is whole ("the Orenburg Region Zq1x": the engine lost "Orenburg")
        before = text[:m.start()]
        if _DETERMINER.search(before):
            continue  # "the Minsk agreements", "a Moscow school": a place as a modifier
        if _adjectival(m.group(0), after):
            continue  # "the Arctic zone", "Baltic states": the engine's adjective
        place = lookup(m.group(0))
        if place is None or (not place.city and _ADJECTIVE.search(before)):
            continue  # "southeastern Ukraine", "modern Russia": the engine agrees them
        cap = _CAP_BEFORE.search(before)
        if cap and not _opening(before[:cap.start(1)]):
            continue  # "A Just Russia", "Kazan Kremlin"
        out.append((m.start(), m.end(), place))
    return out


# Words after a name that is also an adjective that show it is the name ("the Arctic is").
_NOT_NOUN = re.compile(r"\s+(?:and|or|but|is|are|was|were|has|have|had|will|would|can|to|in|"
                       r"of|as|at|on|for|from|with|by|where|which|that|who|while|remains?|"
                       r"becomes?|region)\b")


def _adjectival(span: str, after: str) -> bool:
    bare = span.removeprefix("the ").removeprefix("The ")
    return (bare in regions.ADJECTIVAL and bool(re.match(r"\s+[a-z]", after))
            and not _NOT_NOUN.match(after))


def region_heads(text: str) -> str:
    """A world region before a noun it modifies, said as that noun's complement
    (``modifiers.turn``: "our Middle East partners" -> "our partners of the Middle East",
    "Black Sea sailors" -> "sailors of the Black Sea"); not a name that is also an adjective
    ("Arctic territory"), nor a country or a Russian region: those after "the" are
    ``place_heads``' ("the Irkutsk power system" -> "the power system of Irkutsk")."""
    text = place_first(text, lambda name: lookup(name) is not None, places())
    table = regions.table()
    if not any(key in text for key in ("East", "Asia", "America", "Africa", "Europe", "Sea",
                                       "region", "Region", "ucas", "alkan", "Gulf", "War")):
        return text
    found = [m.span() for m in _adjectives().finditer(text)]
    for m in _pattern().finditer(text):
        span = m.group(0)
        bare = span.removeprefix("the ").removeprefix("The ")
        joint = span.lower().endswith(" region") and _joint_place(span) is not None
        if (bare in table or joint) and bare not in regions.ADJECTIVAL:
            found.append((m.start(), m.end()))
    return turn(text, sorted(found), lambda bare: ("the " if bare.lower().endswith(" region")
                or "the " + bare in table else "") + bare,
                regions.ADJECTIVES) if found else text


@cache
def _adjectives() -> re.Pattern[str]:
    """The region adjectives of ``regions.ADJECTIVES`` ("Central Asian"), not inside a
    longer name ("Far Eastern Federal University")."""
    alts = "|".join(map(re.escape, sorted(regions.ADJECTIVES, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])(?! [A-Z])")


def _opening(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped[-1] in _OPENERS


def placeholder_gender(text: str, start: int, place: PlaceFr) -> str:
    """The kind of the placeholder (``marks.word_marks``: "t" a masculine toponym, "u" a
    feminine one): a place after a preposition agrees with nothing (a masculine one, so
    that "le Président de Russie est arrivé" keeps the head's gender), a subject with its
    own gender ("La Russie est prête")."""
    return "t" if _PREPOSITIONS.search(text[:start]) or place.gender == "m" else "u"


# Nouns after which French writes a country without its article: "l'ambassadeur de France",
# "Héros de Russie".
_BARE_AFTER = frozenset((
    "ambassadeur", "ambassadrice", "ambassade", "ministre",
    "consul", "consulat", "roi", "reine", "héros", "champion", "champions", "championne",
    "équipe", "citoyen", "citoyens", "citoyenne", "citoyennes", "coupe", "émir", "prince",
    "princesse", "sultan", "chancelier", "chancelière", "gouverneur",
    "représentant", "délégation", "originaire", "originaires"))
# A head of state is of the country with its article, as the publisher's digest and the
# press write it ("Président de la Russie Vladimir Poutine", Le Monde "le président de la
# Russie"), and as the titles already do (``title_roles.role_fr``: "président de la Russie"); even
# capitalised, where a capital head is otherwise a set name ("Banque de Russie").
_ARTICLE_AFTER = frozenset(("président", "présidente", "vice-président", "vice-présidente"))
# A country named by its form of state keeps its article after a title too, as a common
# noun does: "le Président de la Fédération de Russie", "de la République de Corée".
_STATE_FORMS = frozenset((
    "Fédération", "République", "Confédération", "Principauté", "Union", "Sultanat",
    "Grand-Duché", "Commonwealth"))
_PREP = re.compile(r"(?:^|(?<=[\s(\[«“\"]))(à|en|dans|au|aux|de|du|des|d['’]|À|En|Dans|Au|Aux|"
                   r"De|Du|Des|D['’])\s*$")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\[«“\"]))(le|la|les|l['’]|Le|La|Les|L['’])\s*$")
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
# "à" of a phrase, not a place's: "grâce à la Russie", "face à la Chine".
_DATIVE = re.compile(r"(?<![\w-])(?:grâce|quant|face|rapport|conformément|contrairement|"
                     r"parallèlement|appartient|appartiennent|remercie|remercions)\s+$",
                     re.IGNORECASE)
# "le capital de Toronto" (*capital*: money) before a country: "la capitale".
_CAPITAL = re.compile(r"(?<![\w-])([Ll])e capital\s+$")


def _cap(word: str, upper: bool) -> str:
    return word[:1].upper() + word[1:] if upper else word


def locative(place: PlaceFr) -> str:
    """ "à Bichkek", "en Russie", "en Iran", "au Kirghizistan", "aux États-Unis", "dans la
    région de Sakhaline", "au Caire"."""
    if place.at:
        return place.at
    if place.name.split(" ", 1)[0] in _KIND_HEADS:
        return f"dans {place.article} {place.name}"
    if place.city:
        return "au " + place.name if place.article == "le" else "à " + with_article(place)
    if place.article == "les":
        return f"aux {place.name}"
    if place.article == "la" or (place.article == "le" and VOWEL_START.match(place.name)):
        return f"en {place.name}"
    if place.article == "le":
        return f"au {place.name}"
    return f"à {place.name}"


def with_article(place: PlaceFr) -> str:
    if not place.article:
        return place.name
    if place.city:  # "La Havane"
        return f"{place.article.capitalize()} {place.name}"
    if place.article in ("le", "la") and VOWEL_START.match(place.name):
        return "l’" + place.name
    return f"{place.article} {place.name}"


def genitive(place: PlaceFr, head: str) -> str:
    """ "de la Russie" (after "ambassadeur": "de Russie"), "du Kirghizistan", "des
    États-Unis", "d’Astrakhan", "de la région de Sakhaline"."""
    if place.article == "les":
        return f"des {place.name}"
    if place.city and place.article != "le":
        return ("d’" if VOWEL_START.match(with_article(place)) else "de ") + with_article(place)
    if place.article == "le" and not VOWEL_START.match(place.name):
        return f"du {place.name}"
    first = place.name.split(" ", 1)[0]
    bare = not place.article or (
        place.article == "la" and head.lower() not in _ARTICLE_AFTER
        and (head.lower() in _BARE_AFTER or head[:1].isupper())  # "Banque de Russie"
        and first not in _KIND_HEADS and first not in _STATE_FORMS)
    if bare:
        return ("d’" if VOWEL_START.match(place.name) else "de ") + place.name
    return "de " + with_article(place)


def french(before: str, place: PlaceFr) -> tuple[str, str]:
    """(``before`` without the engine's preposition or article, the place with the French
    one) for a place the engine wrote after ``before``."""
    prep = _PREP.search(before)
    if prep:
        word = prep.group(1)
        rest = before[:prep.start()]
        upper = word[:1].isupper()
        if word.lower() == "à" and _DATIVE.search(rest):
            return rest, _cap(contract("à", with_article(place)), upper)
        if word.lower() in ("à", "en", "dans", "au", "aux"):
            return rest, _cap(locative(place), upper)
        head = _WORD_BEFORE.search(rest)
        if word.lower() in ("de", "du", "d'", "d’") and _CAPITAL.search(rest):
            rest = _CAPITAL.sub(lambda m: f"{m.group(1)[0]}a capitale ", rest)  # city
        return rest, _cap(genitive(place, head.group(1) if head else ""), upper)
    own = _ARTICLE_BEFORE.search(before)
    if own:  # the engine's own article: "la Gillian"
        before = before[:own.start()]
        return before, _cap(with_article(place), own.group(1)[:1].isupper())
    return before, _cap(with_article(place), _opening(before))
