"""The lexicon of the noun-phrase grammar of titles (``title_np.py``) and its word tests.

``data/title_np.json`` holds English nouns and compounds with their French gender, forms
and the way each reads as a modifier after "de", adjectives (the few French puts before
the noun marked), participles and the words that say what an event marks; general French
usage (dictionary equivalents, the press's usual terms), never the sample's own French.
The named-thing table's multi-word heads ("curling centre") are nouns too. A proper name
no lexicon knows is kept, or romanised the way French writes Russian places ("Luzhniki"
-> "Loujniki"), or, made of English words with a verb or an adverb ("Right Makes Might"),
quoted as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from daybook.translate.french import feminine, masculine_plural
from daybook.translate.named import NBSP
from daybook.translate.title_vocab import UPPER, data_json, vocabulary
from daybook.translate.wordnet import english


@dataclass(frozen=True, slots=True)
class Noun:
    gender: str  # m, f, mp, fp (the last two: a French plural-only noun)
    sg: str
    pl: str
    mod: str  # def, bare, pl: how it reads after "de" as another noun's modifier


@dataclass(frozen=True, slots=True)
class Lexicon:
    nouns: dict[str, Noun]  # lower case, one or more words
    adjectives: dict[str, tuple[str, bool]]  # lower case -> (French, before the noun)
    participles: dict[str, str]
    marking: tuple[str, ...]
    adverbs: dict[str, str]
    longest: int


def noun_plural(fr: str) -> str:
    words = fr.split(" ")
    head = words[0]
    if head.endswith(("s", "x", "z")):
        pass
    elif head.endswith(("au", "eu")):
        head += "x"
    elif head.endswith("al") and head not in ("festival", "carnaval", "récital"):
        head = head[:-2] + "aux"
    else:
        head += "s"
    # "chantier naval" -> "chantiers navals": an adjective after the head agrees.
    rest = [masculine_plural(w) if w.isalpha() and w not in ("de", "du", "des", "d’", "la",
            "le", "en", "sur", "à", "pour") and i == 0 and len(words) == 2
            else w for i, w in enumerate(words[1:])]
    return " ".join([head, *rest])


@cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = data_json("title_np.json")
    nouns: dict[str, Noun] = {}
    for part in ("nouns", "compounds"):
        for en, v in raw[part].items():
            gender, sg = v[0], v[1]
            mod = v[2] if len(v) > 2 else "def"
            pl = v[3] if len(v) > 3 else (sg if gender.endswith("p") else noun_plural(sg))
            nouns[en.lower()] = Noun(gender, sg, pl, mod)
    from daybook.translate.named import table

    for en, (gn, fr) in table().heads.items():  # "curling centre", "flight test centre"
        if " " in en and en not in nouns:
            nouns[en] = Noun(gn, fr[:1].lower() + fr[1:], noun_plural(fr[:1].lower() + fr[1:]),
                             "def")
    adjectives = {k.lower(): ((v, False) if isinstance(v, str) else (v[0], True))
                  for k, v in raw["adjectives"].items()}
    longest = max(len(k.split()) for k in [*nouns, *adjectives])
    return Lexicon(nouns, adjectives, dict(raw["participles"]), tuple(raw["marking"]),
                   dict(raw["adverbs"]), longest)


def agree(adj: str, gn: str) -> str:
    """An adjective agreed with gender/number ``gn`` (m, f, mp, fp); a complement ("de
    gala", "en format élargi") stays; two joined by "et" agree each ("publiques et
    politiques")."""
    if " et " in adj:
        return " et ".join(agree(a, gn) for a in adj.split(" et "))
    if " " in adj or adj.startswith(("d’", "de ", "en ", "à ")):
        return adj
    irregular = {"nouveau": ("nouvelle", "nouveaux"), "vieux": ("vieille", "vieux"),
                 "beau": ("belle", "beaux"), "public": ("publique", "publics"),
                 "sportif": ("sportive", "sportifs"), "festif": ("festive", "festifs"),
                 "créatif": ("créative", "créatifs"), "éducatif": ("éducative", "éducatifs"),
                 "commémoratif": ("commémorative", "commémoratifs"),
                 "caritatif": ("caritative", "caritatifs"), "législatif": ("législative",
                 "législatifs"), "polyvalent": ("polyvalente", "polyvalents"),
                 "religieux": ("religieuse", "religieux"), "victorieux": ("victorieuse",
                 "victorieux"), "talentueux": ("talentueuse", "talentueux"),
                 "héroïque": ("héroïque", "héroïques"), "final": ("finale", "finals"),
                 "naval": ("navale", "navals"), "gratuit": ("gratuite", "gratuits"),
                 "défunt": ("défunte", "défunts"), "premier": ("première", "premiers"),
                 "dernier": ("dernière", "derniers"), "étranger": ("étrangère", "étrangers"),
                 "financier": ("financière", "financiers"), "conjoint": ("conjointe",
                 "conjoints"), "supérieur": ("supérieure", "supérieurs")}
    fem, mpl = irregular.get(adj, (feminine(adj), None))
    if gn == "f":
        return fem
    if gn == "fp":
        return fem + "s"
    if gn == "mp":
        if mpl:
            return mpl
        return masculine_plural(adj)
    return adj


@cache
def thing_heads() -> frozenset[str]:
    """French heads of named things: the named-thing table's and institutions' kinds."""
    from daybook.translate.named import table

    heads = {fr.split(" ")[0].lower() for _, fr in table().heads.values()}
    return frozenset(heads | {"conseil", "comité", "commission", "union", "association",
                              "société", "organisation", "agence", "service", "ministère",
                              "fondation", "fonds", "académie", "institut", "université",
                              "école", "musée", "théâtre", "centre", "usine", "stade",
                              "chantier", "brise-glace", "pétrolier", "navire", "pont",
                              "gazoduc", "oléoduc", "centrale", "assemblée", "journée",
                              "semaine", "manœuvres", "exercice", "équipe", "convention",
                              # Military units are named after a town or a person
                              # ("Pskov Guards Air Assault Division").
                              "régiment", "division", "brigade"})


@cache
def phrases() -> dict[str, tuple[str, str]]:
    return {k.lower(): v for k, v in vocabulary().phrases.items()}


def named_head(word: str) -> bool:
    """Whether a capitalised head is a named thing's ("Forum", "Festival"), which French
    writes with a capital too (``named_fr.json``'s heads that are capitalised there)."""
    from daybook.translate.named import table

    found = table().heads.get(word.lower()) or table().heads.get(word.lower().rstrip("s"))
    return found is not None and found[1][:1].isupper()


def not_nouns(chunk: str) -> bool:
    """Whether a run of English words has a verb or an adverb ("Right Makes Might",
    "Forward Together"): a slogan, not a person's name WordNet lists ("Vitus Bering")."""
    from daybook.translate.wordnet import analyses

    return any(pos not in ("noun",) for w in chunk.split() for pos, _, _ in analyses(w.lower()))


# A designation of letters and figures ("M12", "Su-57"): a name after its noun.
CODE = r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?"
_DESIGNATION = re.compile(r"^(?P<word>[A-Z][A-Za-z]{2,})-(?P<year>(?:19|20)\d\d)$")


def designation_fr(word: str) -> str | None:
    """An event's designation of an English noun (in capitals or capitalised) and a year in
    French, as the French press writes it: "ARMY-2015", "Army-2022" -> "« Armée-2015 »";
    None for another ("Vostok-2018" is a Russian word, "INNOPROM-2019" no word of the
    lexicon)."""
    m = _DESIGNATION.match(word)
    noun = lexicon().nouns.get(m["word"].lower()) if m else None
    if m is None or noun is None or " " in noun.sg:
        return None
    return f"«{NBSP}{noun.sg[:1].upper()}{noun.sg[1:]}-{m['year']}{NBSP}»"


def name_fr(chunk: str, *, venue: bool = False) -> str:
    """A proper name in French: a Russian one romanised the way French writes Russian
    places ("Luzhniki" -> "Loujniki", "Ukhta-Torzhok" -> "Oukhta-Torjok"), another kept;
    a name of common English words said in French (``named.common_name``) unless it is a
    ``venue``'s, whose own name the French press keeps ("le centre de curling Ice Cube")."""
    from daybook.translate.names import GIVEN_NAMES, french_name
    from daybook.translate.places import looks_russian_place
    from daybook.translate.romanize import en_to_place

    if (found := designation_fr(chunk)) is not None:
        return found
    from daybook.translate.named import common_name, table

    if table().names.get(chunk, ("", ""))[1] == chunk:
        return chunk  # a name the French press keeps as written ("South Stream")
    if re.search(r"\d", chunk) or re.search(r"[a-z][A-Z]", chunk) or chunk.isupper():
        return chunk  # a brand or a designation ("Vostok-2018", "KAMAZ")
    if chunk.split()[0] in GIVEN_NAMES:
        return french_name(chunk)  # a person's name: "Yury Ozerov" -> "Iouri Ozerov"
    if len(chunk.split()) > 1 and english(chunk) and not venue and not not_nouns(chunk) and (
            common := common_name(chunk)) is not None:
        return common  # a name of common nouns: "Tiger Conservation" « Conservation de tigre »
    if len(chunk.split()) > 1 and english(chunk) and not_nouns(chunk):
        # A slogan of adverbs alone is said word for word ("Forward Together" -> "En avant
        # ensemble"): adverbs neither agree nor move. Another is quoted as written: the
        # engine reads it word by word ("Right Makes Might": "Les marques droites pourraient").
        said = [lexicon().adverbs.get(w.lower()) for w in chunk.split()]
        if all(said):
            text = " ".join(w for w in said if w)
            return f"«{NBSP}{text[:1].upper()}{text[1:]}{NBSP}»"
        # A name of common words the grammar reads ("Snow Leopard": « Léopard de neige »),
        # else one made of English words, quoted as written.
        return (None if venue else common_name(chunk)) or f"«{NBSP}{chunk}{NBSP}»"
    if not looks_russian_place(chunk):
        return chunk
    # English words inside stay as written ("Krasnaya Polyana Ski Resort": no "Ressort"), and
    # so does a brand joined to a place by a hyphen ("Cryogas-Vysotsk": "Cryogas-Vyssotsk").
    return " ".join(w if english(w) and not looks_russian_place(w) else en_to_place(w)
                    if all(looks_russian_place(p) for p in w.split("-")) else "-".join(
                        en_to_place(p) if looks_russian_place(p) else p for p in w.split("-"))
                    for w in chunk.split())


def romanised(fr: str, en: str) -> str:
    """A Russian name a named thing kept as written ("le stade Luzhniki"), romanised as
    French writes Russian places ("le stade Loujniki"): words of the English that are no
    English words and look Russian."""
    from daybook.translate.places import looks_russian_place

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        if w not in en.split() or not looks_russian_place(w) or any(
                english(p) for p in w.split("-")):
            return w
        return name_fr(w)

    return re.sub(r"(?<![\w«])[A-Z][a-z]+(?:-[A-Z][a-z]+)?", one, fr)


def and_split(x: str) -> list[str]:
    """``x`` cut at each "and" that joins two phrases (``and_at``)."""
    parts = []
    while (cut := and_at(x)) >= 0:
        parts.append(x[:cut])
        x = x[cut + 5:]
    return [*parts, x]


@cache
def _and_compounds() -> re.Pattern[str]:
    keys = sorted((k for k in lexicon().nouns if " and " in k), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, keys))})(?!\w)")


def and_in_compound(x: str, cut: int) -> bool:
    """Whether the "and" at character ``cut`` of ``x`` is inside a compound of the lexicon
    ("State Television and Radio Company": one noun, no list)."""
    return any(a < cut and cut + 5 < b for a, b in
               (m.span() for m in _and_compounds().finditer(x.lower())))


def and_at(x: str) -> int:
    """Where ``x`` joins two phrases: its first "and" not between two designations before
    their kind ("the M12 and M5 motorways" is one phrase); -1 if none."""
    for m in re.finditer(" and ", x):
        if not (re.search(rf"\b{CODE}$", x[:m.start()])
                and re.match(rf"{CODE} [a-z]", x[m.end():])):
            return m.start()
    return -1


# "sections of the M12 motorway": a common head, "of", a named thing or a designation.
_OF_NAMED = re.compile(rf"^(?:[\w’'-]+\s+){{0,3}}?[a-z][\w-]* of the (?:[{UPPER}]|{CODE}\b)")
_NAMED_ITEM = re.compile(rf"^the (?:[{UPPER}]|{CODE}\b)")
# "Day of Slavic Literature": a head, "of", a noun phrase without an article.
_OF_BARE = re.compile(r"^(?:[\w’'-]+\s+){0,3}?[\w-]+ of (?!(?:the|a|an|his|her|its|their)\s)\w")
_ARTICLE_EN = re.compile(r"(?i)(?:the|a|an|his|her|its|their)\s")


def named_objects(items: list[str]) -> bool:
    """Whether a list's later items are like the object of the first's "of", so that each
    takes "de": named things after a named one ("sections of the M12 motorway and the
    Yekaterinburg Ring Road": "et du périphérique"), bare nouns after a bare one ("Day of
    Slavic Literature and Culture": "et de la culture"); not phrases of their own: no
    complement, no person, no role."""
    from daybook.translate.title_people import people_phrase
    from daybook.translate.title_roles import person, role_fr

    if len(items) < 2 or any(" of " in p or person(p) is not None or people_phrase(p)
                             or role_fr(re.sub(r"^the ", "", p)) is not None
                             for p in items[1:]):
        return False
    if _OF_NAMED.match(items[0]) is not None:
        return all(_NAMED_ITEM.match(p) for p in items[1:])
    return _OF_BARE.match(items[0]) is not None and all(
        len(p.split()) <= 2 and not _ARTICLE_EN.match(p) and english(p) for p in items[1:])
