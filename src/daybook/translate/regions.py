"""World regions and geopolitical areas, in French with their article and preposition.

Apertium reads a region's name as words ("in the Middle East" -> "au milieu est", "the
Asia-Pacific region" -> "l'Asie-région de pacifique", "in Southeast Asia" -> "dans vers le
sud-est l'Asie"); the country gazetteer (CLDR's two-letter territories) has none of them.
``table`` gives them to ``textplaces``, which protects them as places and writes them back
with the French preposition and article ("au Moyen-Orient", "du Moyen-Orient", "en Amérique
latine", "dans les Balkans").

Sources: CLDR's macro-regions (Babel: ``Locale("fr").territories`` under their UN M49 codes:
"419" Amérique latine, "143" Asie centrale, "035" Asie du Sud-Est...), except where general
French usage names the region otherwise (CLDR's "Afrique septentrionale": the press writes
"Afrique du Nord"); the regions CLDR lacks (Moyen-Orient, Caucase, Balkans, golfe Persique,
Arctique, Eurasie, région Asie-Pacifique, the seas) from general French usage (Petit Robert,
the French press's forms). Continents alone are left to the engine, which writes them well.
"""

from __future__ import annotations

from functools import cache

# M49 code -> the English names a text gives that region (CLDR's own English name first).
_CLDR = {
    "419": ("Latin America",), "143": ("Central Asia",),
    "035": ("Southeast Asia", "South-East Asia", "South East Asia"),
    "030": ("East Asia", "Eastern Asia"), "034": ("South Asia", "Southern Asia"),
    "145": ("Western Asia",), "013": ("Central America",), "005": ("South America",),
    "003": ("North America",), "151": ("Eastern Europe",), "155": ("Western Europe",),
    "154": ("Northern Europe",), "039": ("Southern Europe",),
    "202": ("Sub-Saharan Africa",), "017": ("Central Africa",), "018": ("Southern Africa",),
    "029": ("the Caribbean",),
}
# English -> (article, French, gender, locative when not the rule's "en"/"au"/"aux"):
# general French usage, and the regions CLDR names otherwise than the press.
_USAGE: dict[str, tuple[str, str, str, str]] = {
    "the Middle East": ("le", "Moyen-Orient", "m", ""),
    "the Near East": ("le", "Proche-Orient", "m", ""),
    "the Far East": ("le", "Extrême-Orient", "m", ""),
    "the Russian Far East": ("le", "Extrême-Orient russe", "m", ""),
    "North Africa": ("la", "Afrique du Nord", "f", ""),
    "Northern Africa": ("la", "Afrique du Nord", "f", ""),
    "West Africa": ("la", "Afrique de l’Ouest", "f", ""),
    "East Africa": ("la", "Afrique de l’Est", "f", ""),
    "Central Europe": ("la", "Europe centrale", "f", ""),
    "Northeast Asia": ("la", "Asie du Nord-Est", "f", ""),
    "North-East Asia": ("la", "Asie du Nord-Est", "f", ""),
    "North East Asia": ("la", "Asie du Nord-Est", "f", ""),
    "the Far North": ("le", "Grand Nord", "m", "dans le Grand Nord"),
    "the Caucasus": ("le", "Caucase", "m", ""),
    "the North Caucasus": ("le", "Caucase du Nord", "m", ""),
    "the South Caucasus": ("le", "Caucase du Sud", "m", ""),
    "Transcaucasia": ("la", "Transcaucasie", "f", ""),
    "the Balkans": ("les", "Balkans", "m", "dans les Balkans"),
    "the Persian Gulf": ("le", "golfe Persique", "m", "dans le golfe Persique"),
    "the Arctic": ("le", "Arctique", "m", ""),
    "the Antarctic": ("le", "Antarctique", "m", ""),
    "Eurasia": ("la", "Eurasie", "f", ""),
    "Greater Eurasia": ("la", "Grande Eurasie", "f", ""),
    "the Asia-Pacific": ("la", "Asie-Pacifique", "f", ""),
    "the Asia-Pacific region": ("la", "région Asie-Pacifique", "f", ""),
    "the Asia Pacific region": ("la", "région Asie-Pacifique", "f", ""),
    "the Indo-Pacific": ("le", "Indo-Pacifique", "m", ""),
    "Scandinavia": ("la", "Scandinavie", "f", ""),
    "Siberia": ("la", "Sibérie", "f", ""),
    "Western Siberia": ("la", "Sibérie occidentale", "f", ""),
    "Eastern Siberia": ("la", "Sibérie orientale", "f", ""),
    "the Urals": ("le", "Oural", "m", "dans l’Oural"),
    "the Sahel": ("le", "Sahel", "m", ""),
    "the Horn of Africa": ("la", "Corne de l’Afrique", "f", ""),
    "the Mediterranean": ("la", "Méditerranée", "f", ""),
    "the Baltic": ("la", "Baltique", "f", ""),
    "the Caspian": ("la", "Caspienne", "f", ""),
    # seas: "en mer Noire" (French says a sea's locative without its article)
    "the Black Sea": ("la", "mer Noire", "f", "en mer Noire"),
    "the Baltic Sea": ("la", "mer Baltique", "f", "en mer Baltique"),
    "the Caspian Sea": ("la", "mer Caspienne", "f", "en mer Caspienne"),
    "the Sea of Azov": ("la", "mer d’Azov", "f", "en mer d’Azov"),
    "the Barents Sea": ("la", "mer de Barents", "f", "en mer de Barents"),
    "the Sea of Okhotsk": ("la", "mer d’Okhotsk", "f", "en mer d’Okhotsk"),
    "the Sea of Japan": ("la", "mer du Japon", "f", "en mer du Japon"),
    "the South China Sea": ("la", "mer de Chine méridionale", "f",
                            "en mer de Chine méridionale"),
    "the Red Sea": ("la", "mer Rouge", "f", "en mer Rouge"),
    # wars, kept whole like an area, "dans" the war where the engine wrote "à" (French
    # usage: "la Seconde Guerre mondiale"; the engine swapped First and Second)
    "the Great Patriotic War": ("la", "Grande Guerre patriotique", "f",
                                "dans la Grande Guerre patriotique"),
    "the Second World War": ("la", "Seconde Guerre mondiale", "f",
                             "dans la Seconde Guerre mondiale"),
    "World War II": ("la", "Seconde Guerre mondiale", "f", "dans la Seconde Guerre mondiale"),
    "the First World War": ("la", "Première Guerre mondiale", "f",
                            "dans la Première Guerre mondiale"),
    "World War I": ("la", "Première Guerre mondiale", "f", "dans la Première Guerre mondiale"),
}
# Adjectives of regions the engine reads word by word ("Middle Eastern countries" -> "pays
# orientaux moyens", "Central Asian states" -> "états d'Asiatique centraux"): said as the
# region ("countries of the Middle East"); those it writes well are left ("latino-américains",
# "caucasiens", "balkaniques", "eurasiatique").
ADJECTIVES = {
    "Middle Eastern": "the Middle East", "Near Eastern": "the Near East",
    "Far Eastern": "the Far East", "Central Asian": "Central Asia",
    "South-East Asian": "South-East Asia", "Southeast Asian": "South-East Asia",
    "South East Asian": "South-East Asia", "East Asian": "East Asia",
    "South Asian": "South Asia", "North African": "North Africa",
    "West African": "West Africa", "East African": "East Africa",
    "Central European": "Central Europe", "Eastern European": "Eastern Europe",
    "Western European": "Western Europe", "Asia-Pacific": "the Asia-Pacific region",
}
# Names that are also adjectives before a noun ("the Arctic zone", "Baltic states",
# "Asia-Pacific countries"): a place only where no noun follows; the engine writes the
# adjective ("la zone arctique").
ADJECTIVAL = frozenset(("Arctic", "Antarctic", "Baltic", "Caspian", "Mediterranean",
                        "Asia-Pacific", "Indo-Pacific", "Caribbean"))


@cache
def table() -> dict[str, tuple[str, str, str, str]]:
    """English name -> (article, French, gender, locative or ""), with and without its
    "the" and with a capital "The": "the Middle East" -> ("le", "Moyen-Orient", "m", "")."""
    from babel import Locale

    fr = Locale("fr").territories
    out: dict[str, tuple[str, str, str, str]] = {}
    entries = {**{en: (("les" if name.endswith("s") else "la"), name,
                       "m" if name.endswith("s") else "f", "")
                   for code, names in _CLDR.items() if (name := fr.get(code))
                   for en in names},
               **_USAGE}
    for en, entry in entries.items():
        bare = en.removeprefix("the ")
        if bare not in ADJECTIVAL:  # "Arctic" alone is the adjective ("Arctic LNG")
            out[bare] = entry
        if bare != en:
            out["the " + bare] = out["The " + bare] = entry
    return out


def named(name: str) -> bool:
    """A region of the table, with or without its "the" ("Caspian" of "the Caspian")."""
    return name in table() or "the " + name in table()
