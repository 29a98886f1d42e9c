"""Places in French, from general sources.

Countries come from CLDR through Babel (``Locale("fr").territories``), cities from CLDR's
time-zone exemplar cities (Babel) and a small table of French exonyms
(``data/places_fr.json``: Rostov-sur-le-Don, Nijni Novgorod, Iekaterinbourg...), Russian
subdivisions from ISO 3166-2 through pycountry (French names where its translations have
them) and the rules French writes them by ("Krasnodar Territory" -> "kraï de Krasnodar",
"Tver Region" -> "région de Tver"). A Russian place none of these know is romanised from
its English transliteration ("Akhtubinsk" -> "Akhtoubinsk"); a foreign one is kept.

``place_fr`` gives the gazetteer form ("Novo-Ogarevo, région de Moscou"); ``heading_place``
the form of the digest's headings and date lines ("Novo-Ogarevo-région de Moscou").
"""

from __future__ import annotations

import gettext
import json
import re
import zoneinfo
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale
from babel.dates import get_timezone_location

from daybook.translate.romanize import en_to_place, fold, has_cyrillic, ru_to_fr

MAX_PLACE = 300  # a place line longer than this is not a place

# Russian place-name endings in English transliteration: such a place is romanised.
_RU_PLACE = re.compile(
    r"(?:sk|sky|skoye|skaya|ovo|evo|ino|yno|grad|gorod|gorsk|ny|naya|noye|aya|oye|ets|"
    r"ovka|evka|insk|ansk|ursk|kh|zh|shch|yu|ya)\b|zh|kh|shch|yu|ya", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, str]  # English -> French (cities, landmarks, subdivisions)
    countries: dict[str, tuple[str, str]]  # English -> (article, French)
    kinds: dict[str, str]
    joiner: str
    regions: frozenset[str]  # French names of regions (they take an article)


def _article(fr: str, exceptions: dict[str, str]) -> str:
    if fr in exceptions:
        return exceptions[fr]
    head = fr.split()[0].split("-")[0]
    if head.endswith("s") and head[:1].isupper() and head in ("États", "Émirats", "Îles"):
        return "les"
    return "la" if head.endswith("e") else "le"


def _countries(raw: dict[str, Any]) -> dict[str, tuple[str, str]]:
    en, fr = Locale("en").territories, Locale("fr").territories
    extra: dict[str, str] = raw["countries_extra"]
    exceptions = {name: art for art, names in raw["country_article"].items() for name in names}
    out: dict[str, tuple[str, str]] = {}

    def french(code: str) -> str:
        return extra.get(code) or fr[code]

    for code, name in en.items():
        if len(code) == 2 and code.isalpha() and code in fr:
            f = french(code)
            out[name] = (_article(f, exceptions), f)
    for alias, code in raw["countries"].items():
        f = french(code)
        # A tag or a list writes the name bare: "Democratic People’s Republic of Korea".
        for key in (alias, alias.removeprefix("the ")):
            out.setdefault(key, (_article(f, exceptions), f))
    # ISO 3166-1 official names ("French Republic", "Slovak Republic"), and a state named
    # by its national language ("Turkish Republic"): roles name them so.
    for code, official in (*_iso_official().items(), *_language_republics().items()):
        if code in fr:
            f = french(code)
            out.setdefault(official, (_article(f, exceptions), f))
    return out


def _language_republics() -> dict[str, str]:
    """"<Language> Republic" for each official majority language of a state outside Russia
    (CLDR's likely territory and territory languages): "Turkish Republic" -> TR. Russia's
    own republics ("Chechen Republic") are places, read by the gazetteer's kinds."""
    from babel.core import get_global

    likely, spoken = get_global("likely_subtags"), get_global("territory_languages")
    out: dict[str, str] = {}
    for lang, name in Locale("en").languages.items():
        territory = str(likely.get(lang, "")).rsplit("_", 1)[-1]
        info = spoken.get(territory, {}).get(lang, {})
        if ("_" not in lang and territory != "RU" and info.get("official_status") == "official"
                and info.get("population_percent", 0) >= 50):
            out[territory] = f"{name} Republic"
    return out


def _iso_official() -> dict[str, str]:
    """ISO 3166-1 official names of countries (pycountry), by code; "Republic of X" is
    read by the gazetteer's kinds ("république de Turquie")."""
    import pycountry

    return {str(c.alpha_2): str(c.official_name) for c in pycountry.countries
            if getattr(c, "official_name", None)
            and not str(c.official_name).startswith("Republic of ")}


@cache
def _zone_cities() -> dict[str, str]:
    """CLDR exemplar cities of the time zones, English -> French."""
    out: dict[str, str] = {}
    for tz in sorted(zoneinfo.available_timezones()):
        if "/" not in tz or tz.startswith(("Etc/", "SystemV/", "US/")):
            continue
        try:
            zone = zoneinfo.ZoneInfo(tz)
            en = get_timezone_location(zone, "en", return_city=True)
            fr = get_timezone_location(zone, "fr", return_city=True)
        except (LookupError, ValueError):
            continue
        out.setdefault(en, fr)
    return out


@cache
def _iso_subdivisions() -> dict[str, str]:
    """French names pycountry's ISO 3166-2 translations give Russian subdivisions, keyed by
    the folded stem of the ISO name ("Tatarstan", "Chechen", "Chelyabinsk")."""
    import pycountry

    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"],
                             fallback=True)
    out: dict[str, str] = {}
    subs: Any = pycountry.subdivisions.get(country_code="RU")  # type: ignore[no-untyped-call]
    for sub in subs or []:
        name = str(sub.name)
        french = fr.gettext(name)
        if french == name:
            continue
        stem = re.sub(r"(?:,\s*)?Respublika|\s+(?:oblast'|kray|avtonomnyy okrug)$", "", name)
        stem = re.sub(r"(?:skaya|skiy|kaya|kiy|aya|iy)$", "", stem.strip())
        out[fold(stem)] = french
    return out


@cache
def gazetteer() -> Gazetteer:
    raw: dict[str, Any] = json.loads(
        resources.files("daybook.data").joinpath("places_fr.json").read_text("utf-8"))
    places = dict(_zone_cities())
    places.update(raw["cities"])  # French press exonyms win over CLDR's spellings
    places.update(raw["landmarks"])
    places.update(raw["subdivisions"])
    return Gazetteer(places, _countries(raw), dict(raw["kinds"]), str(raw["heading_joiner"]),
                     frozenset(raw["subdivisions"].values()))


def _norm(place: str) -> str:
    # The site writes its apostrophes curly; a tag or an old page may not.
    return " ".join(place.replace("St.", "St").replace("'", "’").split())


def looks_russian_place(name: str) -> bool:
    return _RU_PLACE.search(name) is not None


def _stem_fr(stem: str, g: Gazetteer) -> str:
    if stem in g.places:
        return g.places[stem]
    iso = _iso_subdivisions()
    for key in (fold(stem), fold(re.sub(r"(?:sk|an|ian)$", "", stem))):
        if key in iso:
            return iso[key]
    return en_to_place(stem)


def _elide(text: str) -> str:
    """ "région de Astrakhan" -> "région d’Astrakhan"."""
    return re.sub(r"\bde (?=[AEIOUYÉÈÎÔaeiouéèîô])", "d’", text)


# ("of" is no part of a stem: "Acting Governor of Astrakhan Region" is no region's name.)
_PLACE_STEM = re.compile(r"^[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|on)){0,3}$")


def region_article(fr: str) -> str:
    """The article of a region's bare French name (le Tatarstan, la Tchétchénie); a city's
    name has none (Moscou)."""
    g = gazetteer()
    if fr not in g.regions or " " in fr:
        return ""
    return "la" if fr.endswith("e") else "le"


def _piece(piece: str, g: Gazetteer) -> str | None:
    if " – " in piece:  # "Taman – Kerch": a route
        ends = [_piece(p.strip(), g) for p in piece.split(" – ")]
        return " – ".join(e for e in ends if e) if all(ends) else None
    if piece in g.places:
        return g.places[piece]
    if piece in g.countries:
        return g.countries[piece][1]
    for kind, pattern in g.kinds.items():
        if kind.endswith(" ") and piece.startswith(kind) and len(piece) > len(kind):
            stem = piece[len(kind):]
        elif kind.startswith(" ") and piece.endswith(kind) and len(piece) > len(kind):
            stem = piece[: -len(kind)]
        else:
            continue
        if kind == "Republic of " and stem in g.countries:
            # A state's long name, not a Russian republic to romanise: "Republic of Turkey" ->
            # "république de Turquie", "Republic of Uzbekistan" -> "république d’Ouzbékistan"
            # (lower case as the Russian republics: "la" comes with the head).
            article, country = g.countries[stem]
            if country[:1] in "AEIOUÉÈÊÎÔH":
                return "république d’" + country
            return "république " + {"le": "du ", "les": "des "}.get(article, "de ") + country
        # Only a place's name makes a region: "Trans-Baikal", not "wildfires in Trans-Baikal".
        if _PLACE_STEM.match(stem):
            return _elide(pattern.format(x=_stem_fr(stem, g)))
        return None
    return None


def lookup(place: str) -> str | None:
    """The French form of a place from the tables and rules, or None."""
    g = gazetteer()
    text = _norm(place)
    if text in g.places:
        return g.places[text]
    pieces = [p.strip() for p in text.split(",")]
    out = [_piece(p, g) for p in pieces]
    if all(o is not None for o in out):
        return ", ".join(o for o in out if o is not None)
    return None


def country_fr(name: str) -> tuple[str, str] | None:
    """(article, French name) of a country as en.kremlin.ru writes it, or None."""
    return gazetteer().countries.get(" ".join(name.replace("'", "’").split()))


# Russian words of administrative kinds: such a piece is not a plain place name.
_RU_KIND = re.compile(r"област|кра[йя]|республик|округ|район|город|улиц|площад", re.IGNORECASE)


def place_fr(place: str | None, russian: str | None = None) -> str | None:
    """The French form; a piece no table knows is romanised from the Russian original's
    piece in the same position when given (kremlin.ru's place line of the same event), else
    from its English form when it looks Russian, else kept."""
    if not place:
        return place
    text = _norm(place)[:MAX_PLACE]
    found = lookup(text)
    if found is not None:
        return found
    g = gazetteer()
    en_pieces = [p.strip() for p in text.split(",")]
    ru_pieces = [p.strip() for p in _norm(russian or "").split(",")] if russian else []
    if len(ru_pieces) != len(en_pieces):
        ru_pieces = []
    pieces = []
    for k, piece in enumerate(en_pieces):
        known = _piece(piece, g)
        ru = ru_pieces[k] if ru_pieces else ""
        if known is not None:
            pieces.append(known)
        elif ru and has_cyrillic(ru) and not _RU_KIND.search(ru) and len(ru.split()) <= 3:
            pieces.append(ru_to_fr(ru))
        else:
            pieces.append(en_to_place(piece) if looks_russian_place(piece) else piece)
    return ", ".join(pieces)


@cache
def _known_re() -> tuple[re.Pattern[str], dict[str, str]]:
    raw: dict[str, Any] = json.loads(
        resources.files("daybook.data").joinpath("places_fr.json").read_text("utf-8"))
    forms = {k: v for part in ("cities", "subdivisions") for k, v in raw[part].items()
             if k != v}
    keys = sorted(forms, key=lambda k: (-len(k), k))
    # A place may be hyphen-joined to another ("Moscow-St Petersburg motorway").
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keys)) + r")(?!\w)"), forms


def places_in_text(text: str) -> str:
    """Known Russian and foreign places left in English by an engine in their French form
    ("Sochi" -> "Sotchi", "Rostov-on-Don" -> "Rostov-sur-le-Don")."""
    pattern, forms = _known_re()
    return pattern.sub(lambda m: forms[m.group(0)], text)


def heading_place(place: str | None, russian: str | None = None) -> str | None:
    """The form of the digest headings: pieces joined by the heading joiner."""
    fr = place_fr(place, russian)
    if not fr:
        return fr
    return gazetteer().joiner.join(p.strip() for p in fr.split(",") if p.strip())
