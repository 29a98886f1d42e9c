"""Event titles by their shape: an event's head, then what it marks or the act it is for.

The site names its ceremonies, concerts and receptions with a head ("Gala concert",
"Reception", "Ceremony") and a link: the occasion ("marking / to celebrate / honouring /
dedicated to X", "in memory of X") or, for a ceremony, its act ("awarding X", "to unveil X",
"for launching X", "conferring X on Y"). The frames of ``data/title_patterns.json`` held
some pairs one by one ("Gala concert marking {x}", "Concert celebrating {x}"); here every
head is crossed with every link, so that a pair no title showed yet is read the same way
("Gala evening honouring X"). French from general usage: "à l’occasion de", "en l’honneur
de", "à la mémoire de", "consacré à", "cérémonie de remise / d’inauguration / de lancement /
de lever des couleurs".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from daybook.translate.french import contract, with_article

# English head (as a title opens) -> (French head, gender and number: m, f, mp, fp).
HEADS: dict[str, tuple[str, str]] = {
    "Gala concert": ("concert de gala", "m"),
    "Festive concert": ("concert de gala", "m"),
    "Memorial concert": ("concert commémoratif", "m"),
    "Concert": ("concert", "m"),
    "Gala evening": ("soirée de gala", "f"),
    "Gala event": ("soirée de gala", "f"),
    "Celebration evening": ("soirée de gala", "f"),
    "Gala reception": ("réception solennelle", "f"),
    "Official reception": ("réception officielle", "f"),
    "Reception": ("réception", "f"),
    "Gala meeting": ("réunion solennelle", "f"),
    "Concert rally": ("concert-meeting", "m"),
    "Rally-concert": ("concert-meeting", "m"),
    "Rally": ("rassemblement", "m"),
    "Official event": ("cérémonie officielle", "f"),
    "Memorial event": ("cérémonie commémorative", "f"),
    "Memorial events": ("cérémonies commémoratives", "fp"),
    "Ceremony": ("cérémonie", "f"),
    "Celebrations": ("célébrations", "fp"),
    "Exhibition": ("exposition", "f"),
    "Military parade": ("défilé militaire", "m"),
    "Naval parade": ("défilé naval", "m"),
    "Parade": ("défilé", "m"),
}

# What the event marks: link -> French, "{e}" agreeing with the head.
OCCASIONS: dict[str, str] = {
    "marking": "à l’occasion {de:x}",
    "to mark": "à l’occasion {de:x}",
    "celebrating": "à l’occasion {de:x}",
    "to celebrate": "à l’occasion {de:x}",
    "commemorating": "à l’occasion {de:x}",
    "to commemorate": "à l’occasion {de:x}",
    "on the occasion of": "à l’occasion {de:x}",
    "honouring": "en l’honneur {de:x}",
    "honoring": "en l’honneur {de:x}",
    "in honour of": "en l’honneur {de:x}",
    "in honor of": "en l’honneur {de:x}",
    "in memory of": "à la mémoire {de:x}",
    "dedicated to": "consacré{e} {à:x}",
    "devoted to": "consacré{e} {à:x}",
    "timed to coincide with": "à l’occasion {de:x}",
    "for": "{pour:x}",
    "in support of": "de soutien {à:x}",
}

# A ceremony's act: English verb forms -> the French act noun with its preposition.
_ACTS: dict[tuple[str, ...], str] = {
    ("awarding", "award"): "de remise",
    ("presenting", "present"): "de remise",
    ("conferring", "confer"): "d’attribution",
    ("unveiling", "unveil"): "d’inauguration",
    ("opening", "open"): "d’ouverture",
    ("launching", "launch"): "de lancement",
    ("raising", "raise"): "de lever",
    ("signing", "sign"): "de signature",
    ("commissioning", "commission"): "de mise en service",
}
# The act named by a noun before "ceremony": "Launch ceremony for X" -> "Cérémonie de
# lancement de X" (the act's noun in French, then "de" + the thing).
_ACT_NOUNS: dict[str, str] = {
    "Launch": "de lancement",
    "Launching": "de lancement",
    "Opening": "d’ouverture",
    "Closing": "de clôture",
    "Unveiling": "d’inauguration",
    "Inauguration": "d’inauguration",
    "Signing": "de signature",
    "Commissioning": "de mise en service",
    "Naming": "de baptême",
    "Keel-laying": "de pose de la quille",
    "Flag-raising": "de lever des couleurs",
    "Farewell": "d’adieu",
    "Handover": "de remise",
    "Wreath-laying": "de dépôt de gerbes",
}
# The act's second complement: "awarding X to Y", "conferring X on Y".
_TO = {"awarding": "to", "award": "to", "presenting": "to", "present": "to",
       "conferring": "on", "confer": "on"}


def _agree(fr: str, gender: str) -> str:
    return fr.replace("{e}", {"m": "", "f": "e", "mp": "s", "fp": "es"}[gender])


def _act_links() -> list[tuple[str, str, str | None]]:
    """(English link before {x}, French act, English link before {y} or None)."""
    out: list[tuple[str, str, str | None]] = []
    for forms, fr in _ACTS.items():
        gerund, verb = forms
        for link in (gerund, f"for {gerund}", f"of {gerund}", f"to {verb}"):
            out.append((link, fr, None))
            second = _TO.get(gerund)
            if second is not None:
                out.append((link, fr, second))
    return out


@cache
def event_frames() -> tuple[tuple[str, str], ...]:
    """Frames of whole titles: "Gala concert honouring {x}" -> "Concert de gala en
    l’honneur {de:x}", "Ceremony to unveil {x}" -> "Cérémonie d’inauguration {de:x}"."""
    out: list[tuple[str, str]] = []
    for en, (fr, gender) in HEADS.items():
        head = fr[:1].upper() + fr[1:]
        for link, occasion in OCCASIONS.items():
            out.append((f"{en} {link} {{x}}", f"{head} {_agree(occasion, gender)}"))
    for link, act, second in _act_links():
        if second is None:
            out.append((f"Ceremony {link} {{x}}", f"Cérémonie {act} {{de:x}}"))
        else:
            out.append((f"Ceremony {link} {{x}} {second} {{y}}",
                        f"Cérémonie {act} {{de:x}} {{à:y}}"))
    for noun, act in _ACT_NOUNS.items():
        for link in ("for", "of"):
            for cap in (noun, noun.lower()) if "-" in noun else (noun,):
                out.append((f"{cap} ceremony {link} {{x}}", f"Cérémonie {act} {{de:x}}"))
                out.append((f"{cap} ceremonies {link} {{x}}", f"Cérémonies {act} {{de:x}}"))
    return tuple(out + passive_frames())


# A news title in the passive without its auxiliary ("X raised on Y", "X unveiled in Y"):
# the act's noun, as French headlines put it ("Lever du drapeau sur Y").
_PASSIVES = {"raised": "Lever", "hoisted": "Lever", "launched": "Lancement",
             "unveiled": "Inauguration", "opened": "Ouverture", "signed": "Signature",
             "commissioned": "Mise en service"}


def passive_frames() -> list[tuple[str, str]]:
    """ "{x} raised on {y}" -> "Lever {de:x} sur {y}", "{x} unveiled in {y}" ->
    "Inauguration {de:x} {en:y}", "{x} launched" -> "Lancement {de:x}"."""
    out: list[tuple[str, str]] = []
    for pp, noun in _PASSIVES.items():
        out += [(f"{{x}} {pp} on {{y}}", f"{noun} {{de:x}} {{sur:y}}"),
                (f"{{x}} {pp} over {{y}}", f"{noun} {{de:x}} {{sur:y}}"),
                (f"{{x}} {pp} in {{y}}", f"{noun} {{de:x}} {{en:y}}"),
                (f"{{x}} {pp}", f"{noun} {{de:x}}")]
    return out


@cache
def event_slot_frames() -> tuple[tuple[str, str], ...]:
    """The same inside a slot, in lower case and with the head's article ("Speech at a gala
    concert marking X" -> "le concert de gala à l’occasion de X")."""
    out: list[tuple[str, str]] = []
    for en, (fr, gender) in HEADS.items():
        article = "les" if gender.endswith("p") else "la" if gender == "f" else "le"
        for link, occasion in OCCASIONS.items():
            out.append((f"{en.lower()} {link} {{x}}",
                        with_article(article, f"{fr} {_agree(occasion, gender)}")))
    for link, act, second in _act_links():
        tail = f"{act} {{de:x}}" if second is None else f"{act} {{de:x}} {{à:y}}"
        en = f"ceremony {link} {{x}}" if second is None else \
            f"ceremony {link} {{x}} {second} {{y}}"
        out.append((en, f"la cérémonie {tail}"))
    for noun, act in _ACT_NOUNS.items():
        for link in ("for", "of"):
            out.append((f"{noun.lower()} ceremony {link} {{x}}", f"la cérémonie {act} {{de:x}}"))
    return tuple(out)


# "the Global Energy Prize award ceremony": the ceremony of awarding that prize; the words
# before "award ceremony" are the prize's, not the ceremony's ("State Awards Ceremony" is
# left to the lexicon: "State" alone is no prize).
_PRIZE_CEREMONY = re.compile(r"^(?:the\s+)?(?P<x>.+\b(?:Prize|Prizes|Award|Awards|Medal|Medals))"
                             r"\s+[Aa]wards?\s+[Cc]eremony$")


def prize_ceremony(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "the Global Energy Prize award ceremony" -> "la cérémonie de remise du Prix mondial
    de l’énergie", or None when the prize is not read."""
    m = _PRIZE_CEREMONY.match(x)
    inner = resolve("the " + m["x"]) if m else None
    return None if inner is None else "la cérémonie de remise " + contract("de", inner)


def counted_event(en: str, fr: str) -> str:
    """An event's head after "a" in French with "un"/"une" ("at a gala concert marking X":
    "à un concert de gala"); other heads keep the definite article, as French headlines
    name a meeting or a summit ("following a Normandy format summit": "à l’issue du
    sommet")."""
    art = re.match(r"(le|la) ", fr)
    if art is None or not re.match(r"(?:a|an)\s", en):
        return fr
    rest = fr[art.end():]
    if not any(rest.startswith(head + " ") or rest == head for head, _ in HEADS.values()):
        return fr
    return ("un " if art[1] == "le" else "une ") + rest


# What French hands over ("remettre": Petit Robert, "remettre une décoration, un prix, les
# clés"): awards, their insignia, documents conferring a status. Anything else presented
# (a report, a programme, a new minister to his staff) is "présenter".
_HANDED = re.compile(
    r"(?i)^(?:award|prize|medal|order|decoration|insignia|star|cross|badge|certificate|"
    r"diploma|key|flag|banner|standard|colours?|trophy|cup|passport|credential|gift|sword|"
    r"warrant|title|grant|scholarship)s?$")
_HEAD_END = re.compile(r"\s+(?:of|to|for|from|in|at|on|with|under|by)\s|,|\s+and\s")
_COMMON_END = re.compile(r"\s+(?:of|to|for|from|in|at|on|with|under|by)\s+(?![A-Z])|,|\s+and\s")


def handed_over(x: str) -> bool:
    """Whether "presented X" hands X over (an award, a certificate: "remis", "remise"),
    judged by the head of X: "state awards", "the Order of Courage", "keys to new flats",
    "Hero of Labour medals"; not "the report on X", "Vladimir Kolokoltsev, the new
    Interior Minister"."""
    x = re.sub(r"“[^”]*”|\"[^\"]*\"|«[^»]*»", "Name", " ".join(x.split()))  # a quoted name
    # The head before the first complement ("the Order of Courage"), or before the first
    # one that is no part of a name ("Hero of Labour medals": the medals).
    heads = [_HEAD_END.split(x, maxsplit=1)[0], _COMMON_END.split(x, maxsplit=1)[0]]
    if x.split(" ")[-1][:1].isupper():
        heads.append(x)  # a name's kind last: "the For Merit to the Fatherland Order"
    return re.search(r"(?i)\bletters? of credence$", x) is not None or any(
        _HANDED.match(h.split(" ")[-1].removesuffix("’s").removesuffix("'s")) for h in heads)


def presenting(fr: str, x: str | None) -> str:
    """A frame's "{remis}" / "{Remise}" / "{remise}" (the verb and the noun of "present") for
    its object ``x``: "remis", "Remise" for what is handed over, else "présenté",
    "Présentation"."""
    if "{remis}" not in fr and "{Remise}" not in fr and "{remise}" not in fr:
        return fr
    handed = x is not None and handed_over(x)
    return fr.replace("{remis}", "remis" if handed else "présenté").replace(
        "{Remise}", "Remise" if handed else "Présentation").replace(
        "{remise}", "remise" if handed else "présentation")
