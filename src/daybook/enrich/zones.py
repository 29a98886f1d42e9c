"""Time zones of places: the place as a page writes it → IANA zone.

The table (``daybook/data/place_zones.json``) maps a place, or one comma-separated part of
it ("Novo-Ogaryovo, Moscow Region"), to a zone. It was grown from every place of the 2019
en.kremlin.ru sample plus the usual cities and capitals in English and Russian. A place not
in the table is taken to be in the principal's seat zone (Europe/Moscow) and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

DEFAULT_ZONE = "Europe/Moscow"

_DASHES = re.compile(r"\s*[–—−]\s*")
_SPACES = re.compile(r"\s+")
_PARTS = re.compile(r"\s*[,;/]\s*|\s+[–—-]\s+")
_ARTICLE = re.compile(r"^(?:the|la|le)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ZoneMatch:
    """The zone of a place and whether the table knew it (``known`` False: the default)."""

    zone: str
    known: bool
    matched: str | None = None


def normalise_place(place: str) -> str:
    text = place.replace("\xa0", " ").replace("ё", "е").replace("Ё", "Е")
    text = _DASHES.sub(" – ", text)
    return _SPACES.sub(" ", text).strip().casefold()


@cache
def _table() -> tuple[dict[str, str], str]:
    raw = (resources.files("daybook") / "data" / "place_zones.json").read_text("utf-8")
    data = json.loads(raw)
    places = {normalise_place(k): v for k, v in data["places"].items()}
    return places, str(data.get("default", DEFAULT_ZONE))


def zone_for_place(place: str | None) -> ZoneMatch:
    """The IANA zone of a place as written; the most specific known part wins.

    "Russky Island, Vladivostok" → Asia/Vladivostok; "Osaka" → Asia/Tokyo; None or an
    unknown place → the default zone with ``known=False``.
    """
    places, default = _table()
    if not place or not place.strip():
        return ZoneMatch(default, False)
    whole = normalise_place(place)
    candidates = [whole, _ARTICLE.sub("", whole)]
    for part in _PARTS.split(whole):
        part = part.strip(" .")
        if part:
            candidates.extend((part, _ARTICLE.sub("", part)))
    for cand in candidates:
        zone = places.get(cand)
        if zone:
            return ZoneMatch(zone, True, cand)
    return ZoneMatch(default, False)


@cache
def zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def site_clock_to_zone(
    date: dt.date, clock: dt.time, zone: str, *, site_zone: str = DEFAULT_ZONE
) -> dt.datetime:
    """A clock time the site gave in its own zone, as a datetime in the place's zone.

    kremlin.ru writes every clock time in Moscow time; the event's local start is that
    moment seen in the zone of the place.
    """
    moment = dt.datetime.combine(date, clock, tzinfo=zoneinfo(site_zone))
    return moment.astimezone(zoneinfo(zone))
