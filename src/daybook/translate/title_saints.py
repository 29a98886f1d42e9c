"""Saints named in titles ("the death of St. Vladimir, Equal-to-the-Apostles"): "saint" in
lower case before the name in its French form, then the epithet in French ("la mort de
saint Vladimir, égal aux apôtres"). The engine reads "St." as an abbreviation it keeps and
the epithet word by word ("de même-à-el-apôtres").

French forms of the saints of the Russian Church and their epithets from general usage
(the French pages of the Orthodox Church, French encyclopaedias): Serge de Radonège,
Séraphin de Sarov, Alexandre Nevski, Nicolas le Thaumaturge... A saint the table does not
hold is left to the rest of the grammar; "St Petersburg" and a possessive ("St Basil's
Cathedral") are no saint of this kind: ``dedication`` reads a church named after a saint
("St Basil's Cathedral" -> "la cathédrale Saint-Basile").
"""

from __future__ import annotations

import re

from daybook.translate.french import with_article

# English name (as titles write it) -> (French name, feminine).
SAINTS: dict[str, tuple[str, bool]] = {
    "Vladimir": ("Vladimir", False),
    "Olga": ("Olga", True),
    "Sergius of Radonezh": ("Serge de Radonège", False),
    "Seraphim of Sarov": ("Séraphin de Sarov", False),
    "Alexander Nevsky": ("Alexandre Nevski", False),
    "Nicholas": ("Nicolas", False),
    "George": ("Georges", False),
    "Andrew": ("André", False),
    "Cyril and Methodius": ("Cyrille et Méthode", False),
    "Peter and Paul": ("Pierre et Paul", False),
    "Peter and Fevronia": ("Pierre et Fevronia", False),
    "Boris and Gleb": ("Boris et Gleb", False),
    "Basil": ("Basile", False),
    "Isaac": ("Isaac", False),
    "Dmitry Donskoy": ("Dimitri Donskoï", False),
    "Tikhon": ("Tikhon", False),
    "John of Kronstadt": ("Jean de Cronstadt", False),
    "Xenia of Petersburg": ("Xénia de Pétersbourg", True),
    "Matrona of Moscow": ("Matrone de Moscou", True),
    "Fyodor Ushakov": ("Théodore Ouchakov", False),
    "Feodor Ushakov": ("Théodore Ouchakov", False),
    "Daniel of Moscow": ("Daniel de Moscou", False),
    "Panteleimon": ("Pantaléon", False),
    "Sophia": ("Sophie", True),
    "Tatiana": ("Tatiana", True),
    "Catherine": ("Catherine", True),
}

# English epithet -> French (masculine, feminine).
EPITHETS: dict[str, tuple[str, str]] = {
    "equal-to-the-apostles": ("égal aux apôtres", "égale aux apôtres"),
    "equal to the apostles": ("égal aux apôtres", "égale aux apôtres"),
    "the great": ("le Grand", "la Grande"),
    "the wonderworker": ("le Thaumaturge", "la Thaumaturge"),
    "the wonder-worker": ("le Thaumaturge", "la Thaumaturge"),
    "the apostle": ("l’apôtre", "l’apôtre"),
    "the first-called": ("le premier appelé", "la première appelée"),
    "the victorious": ("le Victorieux", "la Victorieuse"),
    "the blessed": ("le Bienheureux", "la Bienheureuse"),
    "the martyr": ("le martyr", "la martyre"),
    "the great martyr": ("le grand martyr", "la grande martyre"),
}

_SAINT = re.compile(r"^(?:the\s+)?(?:Holy\s+)?(?:Saints|Sts\.?|St\.?|Saint)\s+"
                    r"(?P<name>[A-Z][^,]*?)(?:,?\s+(?P<epithet>(?:the\s+)?[A-Za-z][\w -]*))?$")


def saint(x: str) -> str | None:
    """ "St. Vladimir, Equal-to-the-Apostles" -> "saint Vladimir, égal aux apôtres";
    "Saints Cyril and Methodius" -> "les saints Cyrille et Méthode"; else None."""
    m = _SAINT.match(" ".join(x.split()))
    if m is None:
        return None
    name, epithet = m["name"], m["epithet"]
    if name not in SAINTS and epithet and f"{name} {epithet}" in SAINTS:
        name, epithet = f"{name} {epithet}", None  # "Sergius of Radonezh"
    found = SAINTS.get(name)
    if found is None:
        return None
    fr, feminine = found
    pair = " and " in name
    # Two saints take the article French gives them ("la fête des saints Cyrille et
    # Méthode"); one goes without ("la mort de saint Vladimir").
    head = ("les saintes" if feminine else "les saints") if pair else (
        "sainte" if feminine else "saint")
    if epithet is None:
        return f"{head} {fr}"
    said = EPITHETS.get(epithet.lower())
    if said is None:
        return None
    comma = "," if "," in x or not said[0].startswith(("le ", "la ", "l’")) else ""
    return f"{head} {fr}{comma} {said[1] if feminine else said[0]}"


# A church's kind -> (article, French kind). French writes the dedication after the kind
# as one hyphenated name, each word capitalised but the small ones ("l'église
# Saint-Nicolas", "la cathédrale Saints-Pierre-et-Paul", "la laure de la Trinité-Saint-Serge"
# is the table's): general typographic usage (Lexique des règles typographiques).
KINDS: dict[str, tuple[str, str]] = {
    "church": ("la", "église"), "cathedral": ("la", "cathédrale"),
    "monastery": ("le", "monastère"), "lavra": ("la", "laure"), "chapel": ("la", "chapelle"),
    "convent": ("le", "couvent"),
}
_KIND = "|".join(KINDS)
_OF = re.compile(rf"(?i)^(?:the\s+)?(?P<kind>{_KIND})\s+of\s+(?P<saint>(?:Holy\s+)?"
                 r"(?:Saints|Sts\.?|St\.?|Saint)\s+[A-Z].*)$")
_BEFORE = re.compile(rf"^(?:the\s+)?(?P<saint>(?:Saints|Sts\.?|St\.?|Saint)\s+[A-Z][\w ]*?)"
                     rf"(?:[’']s)?\s+(?P<kind>(?i:{_KIND}))$")
_SMALL = {"de", "du", "des", "et", "le", "la", "les", "aux", "d’", "l’"}


def dedication(x: str) -> str | None:
    """ "the Church of St Nicholas", "St Isaac's Cathedral" -> "l'église Saint-Nicolas",
    "la cathédrale Saint-Isaac"; a saint the table does not hold, or an epithet French
    does not join to the name ("égal aux apôtres"), gives None."""
    x = " ".join(x.split())
    m = _OF.match(x) or _BEFORE.match(x)
    if m is None:
        return None
    holy = saint(m["saint"])
    if holy is None:
        return None
    head, _, rest = holy.partition(" ")
    if head == "les":  # "les saints Pierre et Paul": the plural's own "Saints-"
        head, _, rest = rest.partition(" ")
    if "," in rest or any(w[:1].islower() and w not in _SMALL for w in rest.split()):
        return None  # "saint Vladimir, égal aux apôtres" is no hyphenated name
    name = "-".join([head.capitalize(), *rest.split()])
    return with_article(*KINDS[m["kind"].lower()][:1], f"{KINDS[m['kind'].lower()][1]} {name}")
