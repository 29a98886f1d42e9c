"""Named things in French: forums, festivals, games, weeks, initiatives, prizes.

"the 9th International Forum Victory Forged by Unity" is read as an ordinal, modifiers, a
head noun and a proper-name part: "le 9e Forum international « Victoire forgée par
l’unité »". The head (``data/named_fr.json``'s ``heads``) gives gender and number, the
modifiers before it are adjectives agreed with it ("internationaux") or complements ("de
théâtre", "de Moscou": places through the gazetteer), and the proper-name part is, by what
it is: an established French name (``names``: "Belt and Road" -> "les Nouvelles routes de
la soie"), a place or a person (the existing tables), a brand written as such
("ATOMEXPO 2019", "HeliRussia") kept as written, or a slogan the engine translates, put
inside French quotation marks. ``named_fr`` gives the French when no engine is needed;
``named_open`` also accepts one piece for the engine and marks it (``OPEN``...``CLOSE``)
for the title planner to cut out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from daybook.translate.french import contract, contract_all, feminine, with_article

OPEN, CLOSE = "\ue000", "\ue001"  # an engine piece inside a French phrase: OPEN prep|text CLOSE
SLOGAN = "«"  # the "prep" of a piece that goes inside quotation marks
NBSP = "\u00a0"
_ORD = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CAP = re.compile(r"^[A-ZÀ-Ý]")
# Small words a slogan or a name may hold in lower case ("Victory Forged by Unity").
_SMALL = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of",
                    "on", "or", "the", "to", "with"])
_PREPS = {"of": "de", "on": "sur", "for": "pour", "in": "en", "at": "en"}
# Kinds whose own English name the French press writes as it is, after the kind, without
# quotation marks: races run under an international name (AFP, L'Équipe: "le rallye Silk
# Way", "le rallye Dakar"). Not a plant's or a yard's: their English names are the site's
# translations of Russian ones. An event of ideas (forum, festival, contest, campaign,
# an online "marathon") is a slogan, said in French in « ».
KEPT_KINDS = frozenset({"rallye", "course"})


@dataclass(frozen=True, slots=True)
class Table:
    names: dict[str, tuple[str, str]]
    lower_names: dict[str, str]  # lower case -> key of ``names``
    heads: dict[str, tuple[str, str]]  # lower case -> (gender/number, French)
    modifiers: dict[str, str]  # lower case, one or more words
    ordinals: dict[str, int]
    combining: dict[str, str]  # "Russian" -> "russo" ("russo-chinois")
    between: frozenset[str]  # French heads that name a pair with "entre": "liens", "relations"
    outlets: frozenset[str]  # news outlets' English names: "Bloomberg", "The Financial Times"


@cache
def table() -> Table:
    raw = json.loads(resources.files("daybook.data").joinpath("named_fr.json")
                     .read_text("utf-8"))
    names = {k: (v[0], v[1]) for k, v in raw["names"].items()}
    return Table(
        names=names,
        lower_names={k.lower(): k for k in names},
        heads={k.lower(): (v[0], v[1]) for k, v in raw["heads"].items()},
        modifiers={k.lower(): v for k, v in raw["modifiers"].items()},
        ordinals={k.lower(): int(v) for k, v in raw["ordinals"].items()},
        combining=dict(raw["combining"]),
        between=frozenset(raw["between"]),
        outlets=frozenset(raw["outlets"]),
    )


@dataclass(frozen=True, slots=True)
class Grammar:
    """What a named thing reads with the title grammar: slots, places, English words, the
    demonyms, institutions and phrases. ``titles.py`` registers it (``use_grammar``): it
    imports this module, never the reverse."""

    resolve: Callable[..., str | None]
    of_fr: Callable[[str], tuple[str, str, bool] | None]
    english_word: Callable[[str], bool]
    place_words: Callable[[], frozenset[str]]
    demonyms: Callable[[], dict[str, str]]
    of_places: Callable[[], dict[str, tuple[str, str]]]
    phrases: Callable[[], dict[str, tuple[str, str]]]
    designation: Callable[[str], str | None]  # "ARMY-2015" -> "« Armée-2015 »"


_GRAMMAR: list[Grammar] = []


def use_grammar(grammar: Grammar) -> None:
    _GRAMMAR[:] = [grammar]


def _g() -> Grammar:
    if not _GRAMMAR:
        raise RuntimeError("named things need the title grammar: import "
                           "daybook.translate.titles first")
    return _GRAMMAR[0]


def is_outlet(name: str) -> bool:
    """A news outlet by its English name, with or without "the"."""
    outlets = table().outlets
    return name in outlets or re.sub(r"^(?:[Tt]he)\s+", "", name) in outlets


def established() -> dict[str, tuple[str, str]]:
    """The established French names of named things: English -> (article, French)."""
    return dict(table().names)


# Kinds a text puts after an established name ("the Belt and Road initiative").
_TEXT_HEADS = ("initiative", "project", "forum", "summit", "contest", "competition",
               "festival", "programme", "campaign")


@cache
def text_forms() -> dict[str, tuple[str, str]]:
    """The established names as ``protect`` keeps them in text, with the kind a text puts
    after them ("the Belt and Road initiative" -> "l’initiative des Nouvelles routes de la
    soie", the head in lower case as the text has it); a name that holds its own kind
    ("concours « Leaders de la Russie »") alone gives its quoted part only."""
    out: dict[str, tuple[str, str]] = {}
    for en, (article, fr) in table().names.items():
        out[en] = ("", fr[fr.index("«"):]) if "«" in fr else (article, fr)
        if fr[:1].islower() and "«" not in fr:
            # A common noun takes its article where English has none after a preposition
            # ("on Victory Square": "sur la place de la Victoire").
            full = with_article(article, fr)
            out.update({f"on {en}": ("", "sur " + full), f"at {en}": ("", contract("à", full)),
                        f"of {en}": ("", contract("de", full))})
        if not (fr[:1].isupper() or "«" in fr) or en.split()[-1].lower() in table().heads:
            continue
        # Written from the tables alone: protect.py reads this without the title grammar.
        name = fr[fr.index("«"):] if "«" in fr else fr if fr == en else _de((article, fr))
        heads = [(h, *table().heads[h]) for h in _TEXT_HEADS]
        if fr == en:  # a name kept as written stands after its kind: "le gazoduc Nord Stream"
            heads += [(h, "m", "gazoduc") for h in ("gas pipeline", "pipeline")]
        for head, gn, head_fr in heads:
            out[f"{en} {head}"] = ("", with_article(_article(gn), f"{head_fr.lower()} {name}"))
    return out


def _agree(adj: str, gn: str) -> str:
    """An adjective agreed with a head of gender/number ``gn`` (m, f, mp, fp)."""
    if gn.startswith("f"):
        adj = feminine(adj)
        return adj + "s" if gn == "fp" else adj
    if gn == "mp":
        if adj.endswith("al"):
            return adj[:-2] + "aux"
        return adj if adj.endswith(("s", "x")) else adj + "s"
    return adj


def _ordinal(n: int, gn: str) -> str:
    if n == 1:
        word = "1re" if gn.startswith("f") else "1er"
        return word + ("s" if gn.endswith("p") else "")
    return f"{n}e" + ("s" if gn.endswith("p") else "")


def _article(gn: str) -> str:
    return "les" if gn.endswith("p") else ("la" if gn.startswith("f") else "le")


def _de(fr: tuple[str, str]) -> str:
    return contract("de", with_article(*fr))


def _brand(word: str) -> bool:
    """A name written as a brand: capitals inside or all capitals ("HeliRussia",
    "ATOMEXPO", "MGIMO"), or letters and figures ("Intermuseum-2019")."""
    w = word.strip("«»“”\"")
    return bool(re.search(r"[a-zà-ÿ][A-Z]", w) or (len(w) > 1 and w.isupper() and w.isalpha())
                or (re.search(r"\d", w) and re.search(r"[A-Za-z]", w)))


def _place(words: str) -> tuple[str, str] | None:
    found = _g().of_fr(words)
    return (found[0], found[1]) if found else None


def _person(words: list[str]) -> str | None:
    """A person's name before the head ("Yury Ozerov", "Chekhov") in French."""
    from daybook.translate.names import GIVEN_NAMES, french_name, looks_russian, table

    text = " ".join(words)
    if not all(_CAP.match(w) for w in words) or len(words) > 3 \
            or any(_demonym(part) for w in words for part in re.split(r"[-–]", w)):
        return None
    if (len(words) >= 2 and words[0] in GIVEN_NAMES) or text in table().people \
            or (len(words) == 1 and (text in table().surnames or looks_russian(text))):
        return french_name(text)
    return None


@dataclass(slots=True)
class _Parts:
    adjectives: list[str]
    complements: list[str]
    places: list[str]
    names: list[str]
    pairs: list[list[tuple[str, str]]] = field(default_factory=list)  # "Russia-Belarus"


def _pre(words: list[str], parts: _Parts) -> bool:
    """Reads the modifiers before the head into ``parts``; False if a word is unknown."""
    t = table()
    i = 0
    while i < len(words):
        for n in range(min(6, len(words) - i), 0, -1):
            chunk = " ".join(words[i:i + n])
            low = chunk.lower()
            if low in t.lower_names:
                fr = t.names[t.lower_names[low]][1]
                if "«" in fr:  # a name that holds its own head: "concours « Nouvelle Vague »"
                    parts.names.append(fr[fr.index("«"):])
                elif fr == t.lower_names[low]:  # kept as written: "le gazoduc Nord Stream"
                    parts.names.append(fr)
                else:
                    parts.complements.append(_de(t.names[t.lower_names[low]]))
            elif low in t.modifiers:
                fr = t.modifiers[low]
                (parts.complements if " " in fr or fr.startswith("d’") else
                 parts.adjectives).append(fr)
            elif n == 1 and (adj := _demonym(chunk)) is not None:
                parts.adjectives.append(adj)
            elif _CAP.match(chunk) and (place := _place(chunk)) is not None:
                parts.places.append(_de(place))
            elif re.fullmatch(r"\w+(?:[-–]\w+)+", chunk) and _pair(chunk):
                parts.pairs.append(_pair_places(chunk) or [])
            elif n == 1 and (_brand(chunk) or _YEAR.match(chunk)):
                parts.names.append(_g().designation(chunk) or chunk)  # "ATOMEXPO", "2019"
            elif not any(w.lower() in t.modifiers or w.lower() in t.heads
                         for w in words[i:i + n]) \
                    and (person := _person(words[i:i + n])) is not None:
                parts.names.append(person)
            elif n == 1 and chunk.lower() == "and" and parts.adjectives and i + 1 < len(words):
                parts.adjectives.append("et")
            elif all(_foreign(w) for w in words[i:i + n]):  # "Tsinghua", "Chingiz Aitmatov"
                from daybook.translate.names import french_name
                parts.names.append(french_name(chunk))
            else:
                continue
            i += n
            break
        else:
            return False
    return True


def _foreign(word: str) -> bool:
    """A capitalised word no English dictionary knows: a name kept as written."""
    return _CAP.match(word) is not None and word.isalpha() \
        and word not in _g().place_words() and not _g().english_word(word)


def _demonym(word: str) -> str | None:
    """ "Russian" -> "russe", "Russian-Chinese" -> "russo-chinois" (masculine singular)."""
    demonyms = _g().demonyms()
    if word in demonyms:
        return demonyms[word]
    sides = re.split(r"[-–]", word)
    if len(sides) == 2 and sides[0] in table().combining and sides[1] in demonyms:
        first, second = sides
        return f"{table().combining[first]}-{demonyms[second]}"
    return None


def _organisation(text: str) -> str | None:
    """An organisation before the head ("League of Arab States' Summit") as "de X"."""
    bare = re.sub(r"(?:’s|'s|’|')$", "", text)
    # "Anti-Monopoly" as the glossary's "Antimonopoly": a prefix written either way.
    joined = re.sub(r"\b(Anti|Inter|Counter)-([A-Z])", lambda m: m[1] + m[2].lower(), bare)
    places = _g().of_places()
    found = places.get(bare) or places.get("the " + bare) or places.get(joined)
    return _de(found) if found else None


def _organisation_lead(lead: list[str]) -> tuple[str, str] | None:
    """An organisation opening a name before its kind ("Federal Anti-Monopoly Service
    Competition Week in Russia forum"): ("du Service ...", the name after it), the longest
    organisation the glossary knows, the name a slogan of two words or more."""
    for k in range(len(lead) - 2, 0, -1):
        org = _organisation(" ".join(lead[:k]))
        rest = " ".join(lead[k:])
        if org is not None and _slogan_ok(rest):
            return org, rest
    return None


def _pair(chunk: str) -> str | None:
    """ "Russia-Kyrgyzstan" -> "Russie–Kirghizistan" (places without their article)."""
    found = _pair_places(chunk)
    return "–".join(f[1] for f in found) if found else None


def _pair_places(chunk: str) -> list[tuple[str, str]] | None:
    sides = [_place(s) or _pair_side(s) for s in re.split(r"[-–]", chunk)]
    return [s for s in sides if s] if all(sides) else None


def _pair_side(word: str) -> tuple[str, str] | None:
    """A side no gazetteer holds but the glossary names: a continent or an organisation
    ("Russia–Africa", "Russia–ASEAN" -> "Russie–Afrique", "Russie–ASEAN")."""
    found = _g().phrases().get(word)
    return found if found and _CAP.match(word) and _CAP.match(found[1]) \
        and not found[1].startswith(("Jour ", "Journée ")) else None


def lowered(text: str) -> str:
    """A complement for the engine with its English words in lower case."""
    first, _, rest = text.partition(" ")
    low = _slogan_source("X " + first).split(" ", 1)[1] if first.istitle() else first
    return low + (" " + _slogan_source("X " + rest).split(" ", 1)[1] if rest else "")


def _slogan_source(text: str) -> str:
    """A slogan for the engine, its capitals lowered where they are English words'
    ("Victory Forged by Unity" -> "Victory forged by unity"): Apertium reads a capital
    word as a name."""
    words = text.split(" ")
    out = [words[0]]
    for w in words[1:]:
        bare = w.strip(",.:;!?’'\"")
        keep = (not bare.istitle() or bare in _g().place_words() or _brand(bare)
                or bare == "I" or not _g().english_word(bare))
        out.append(w if keep else w[:1].lower() + w[1:])
    return " ".join(out)


def slogan_piece(text: str) -> str:
    """A slogan in quotation marks: read by the title grammar when it knows every word
    ("New Knowledge" -> « Nouveau savoir »: a name of common words is said in French as a
    unit), else the engine's piece, its capitals lowered (``_slogan_source``)."""
    source = _slogan_source(text)
    low = source[:1].lower() + source[1:]
    said = _g().resolve(low) if " " in low else None
    if said is not None and OPEN not in said and said != low and "«" not in said:
        said = re.sub(r"^(?:les?|la|l’|des|une?)\s*", "", said)
        return f"«{NBSP}{said[:1].upper()}{said[1:]}{NBSP}»"
    if " " in text and (common := common_name(text)) is not None:
        return common  # its words read from the engine's dictionaries too ("Snow Leopard")
    return f"«{NBSP}{OPEN}{SLOGAN}|{source}{CLOSE}{NBSP}»"


def common_name(text: str) -> str | None:
    """A name made of common English words ("Snow Leopard", "Golden Mask"), said in French
    between quotation marks by the title grammar, each word read from the lexicon or, as in
    lower case, from the engine's dictionaries (title_general): « Léopard de neige »; None
    when a word has no such reading (a verb: "Right Makes Might") or the grammar keeps it."""
    from daybook.translate.title_vocab import READING

    if any(w[:1].islower() and w not in ("of", "and", "the", "for", "in", "on")
           for w in text.split()):
        return None  # a phrase with a verb's small words, no name ("Time to Act")
    low = text.lower()
    token = READING.set(low)  # each word is then one the title writes in lower case
    try:
        said = _g().resolve(low)
    finally:
        READING.reset(token)
    if said is None or OPEN in said or "«" in said or said.lower() == low:
        return None
    # A name's nouns go bare, after "et" too ("Truth and Justice": « Vérité et justice »).
    said = re.sub(r"(^| et )(?:les?|la|l’|des|une?)\s*", r"\1", said)
    from daybook.translate.leftovers import french_words

    if any(w in said.split() and w not in french_words() for w in low.split()):
        return None  # a word kept in English
    return f"«{NBSP}{said[:1].upper()}{said[1:]}{NBSP}»"


def _slogan_ok(text: str) -> bool:
    words = text.split()
    return bool(words) and _CAP.match(words[0].lstrip("«“\"")) is not None and all(
        _CAP.match(w.lstrip("«“\"(")) or w.lower() in _SMALL or not w[:1].isalpha()
        or "–" in w for w in words)


def _post(words: list[str], open_ok: bool, gn: str = "m") -> tuple[str, bool] | None:
    """What follows the head, in French, and whether it holds the engine's piece."""
    resolve = _g().resolve
    if not words:
        return "", False
    text = " ".join(words)
    low = text.lower()
    if low in table().lower_names:
        known = table().names[table().lower_names[low]]
        if "«" in known[1]:  # a name after the head: "Sommet « Russie – monde islamique »"
            return " " + known[1][known[1].index("«"):], False
        return " " + _de(known), False
    if all(_brand(w) or _YEAR.match(w) for w in words):
        return " " + text, False
    head = words[0].lower()
    if head == "dedicated" and len(words) > 2 and words[1] == "to":
        found = resolve(" ".join(words[2:]), open_ok=open_ok)
        if found is None or found.count(OPEN) > int(open_ok):
            return None
        # Each item of a list takes "à": "aux habitants et aux défenseurs".
        return f" {_agree('consacré', gn)} " + contract_all("à", found), OPEN in found
    if head in _PREPS and len(words) > 1:
        rest = " ".join(words[1:])
        found = resolve(rest)
        if found is not None and found != rest:  # not an English phrase kept as written
            return " " + contract(_PREPS[head], found), False
        if open_ok and head in ("of", "on", "for"):
            article = "" if re.match(r"(?i)(the|a|an)\s", rest) else "the "
            return f" {OPEN}{_PREPS[head]}|{article}{lowered(rest)}{CLOSE}", True
        return None
    if words[-1] and _YEAR.match(words[-1]) and len(words) > 1:
        inner = _post(words[:-1], open_ok, gn)
        return (inner[0] + " " + words[-1], inner[1]) if inner else None
    if _slogan_ok(text):
        quoted = text.strip("“”\"«» ")
        if quoted.lower() in table().lower_names:
            return f" «{NBSP}{table().names[table().lower_names[quoted.lower()]][1]}{NBSP}»", False
        if open_ok:
            if words[-1].lower() not in table().heads:  # a second named thing is no slogan
                piece = slogan_piece(quoted)
                return " " + piece, OPEN in piece
            return f" «{NBSP}{OPEN}{SLOGAN}|{_slogan_source(quoted)}{CLOSE}{NBSP}»", True
    return None


def _assemble(gn: str, head: str, ordinal: int | None, parts: _Parts, tail: str) -> str:
    if head.capitalize() in ("Championnat", "Coupe") and "mondial" in parts.adjectives:
        parts.adjectives.remove("mondial")  # "Coupe du monde", "Championnat du monde"
        parts.complements.append("du monde")
    # French puts the adjectives after the head in reverse order ("Russian International
    # Forum" -> "Forum international russe"), a run joined by "et" keeping its own.
    runs: list[list[str]] = []
    for a in parts.adjectives:
        if runs and (a == "et" or runs[-1][-1] == "et"):
            runs[-1].append(a)
        else:
            runs.append([a])
    adjectives = [a if a == "et" else _agree(a, gn) for run in reversed(runs) for a in run]
    names = list(parts.names)
    for pair in parts.pairs:
        if head in table().between:  # "les liens culturels entre la Russie et la Biélorussie"
            sides = [with_article(*p) for p in pair]
            names.append("entre " + ", ".join(sides[:-1]) + " et " + sides[-1])
        else:  # "le sommet Russie–Afrique"
            names.append("–".join(p[1] for p in pair))
    if ("«" in tail or any(n.startswith("«") for n in names)) and not (
            adjectives or parts.complements or parts.places or ordinal is not None):
        # The name is the quoted part, the head alone a common noun ("le forum « X »", as
        # the table of names writes it; "le 9e Forum international « X »" keeps it).
        head = head[:1].lower() + head[1:]
    words = [head, *adjectives, *reversed(parts.complements), *parts.places, *names]
    body = " ".join(words) + tail
    if ordinal is not None:
        return f"{_article(gn)} {_ordinal(ordinal, gn)} {body}"
    return with_article(_article(gn), body)


def _strip(x: str) -> tuple[str, int | None]:
    """The phrase without its article, and its ordinal ("the 9th", "Eighth")."""
    x = re.sub(r"^(?:the|The)\s+", "", " ".join(x.split()))
    first, _, rest = x.partition(" ")
    m = _ORD.match(first)
    if m and rest:
        return rest, int(m.group(1))
    if first.lower() in table().ordinals and rest:
        return rest, table().ordinals[first.lower()]
    return x, None


def named_open(x: str, *, open_ok: bool = True) -> str | None:
    """A named thing in French with its article, or None; with ``open_ok`` one piece may be
    left for the engine, between ``OPEN`` and ``CLOSE`` ("prep|English")."""
    bare, ordinal = _strip(x)
    found = _named_open(bare, ordinal, open_ok)
    lead = re.match(r"((?:19|20)\d\d) (\S.*)$", bare) if ordinal is None else None
    if found is not None or lead is None:
        return found
    # A year before a named thing the grammar does not read there goes after its name,
    # before its complement, as French writes it: "the 2017 Silk Way Rally" is "le rallye
    # « X » 2017", "the 2012 Prize for ..." "le Prix 2012 pour ...".
    words = lead[2].split()
    cut = next((i for i, w in enumerate(words) if i and w in _SMALL), len(words))
    return _named_open(" ".join([*words[:cut], lead[1], *words[cut:]]), None, open_ok)


def _named_open(bare: str, ordinal: int | None, open_ok: bool) -> str | None:
    t = table()
    low = bare.lower()
    year = ""
    if re.search(r"\s(?:19|20)\d\d$", bare):
        year = " " + bare[-4:]
    unquoted = re.sub(r"[“”\"]", "", low)  # "the “Leaders of Russia” contest"
    for key in (low, low[: len(low) - len(year)] if year else None, unquoted):
        if key and key in t.lower_names:
            article, fr = t.names[t.lower_names[key]]
            if ordinal is not None:
                gn = "f" if article == "la" else ("mp" if article == "les" else "m")
                return f"{_article(gn)} {_ordinal(ordinal, gn)} {fr}{year if key != low else ''}"
            return with_article(article, fr + (year if key != low else ""))
    words = bare.split()
    heads = [(h, k) for h in range(len(words) - 1, -1, -1) for k in (3, 2, 1) if k <= h + 1
             and " ".join(words[h - k + 1:h + 1]).lower() in t.heads]
    for h, k in heads:
        start = h - k + 1  # the head's first word ("Flight Test Centre")
        gn, head_fr = t.heads[" ".join(words[start:h + 1]).lower()]
        post = _post(words[h + 1:], open_ok, gn)
        if post is None or (len(words) == 1 and words[0].islower()):
            continue
        tail, used = post
        # A leading slogan or name run ("Children Of Asia", "Healthy Life: Towards 80+").
        for cut in range(0, start + 1):
            lead, rest = words[:cut], words[cut:start]
            if lead and lead[-1] in _SMALL:
                continue  # a cut inside a phrase: "Week in" | "Russia forum"
            inner_ordinal = ordinal
            if rest and rest[0].lower() in t.ordinals and inner_ordinal is None:
                inner_ordinal, rest = t.ordinals[rest[0].lower()], rest[1:]
            elif rest and (m := _ORD.match(rest[0])) and inner_ordinal is None:
                inner_ordinal, rest = int(m.group(1)), rest[1:]
            parts = _Parts([], [], [], [])
            if not _pre(rest, parts):
                continue
            lead_fr = ""
            if lead:
                text = " ".join(lead).rstrip(":")
                quoted = re.fullmatch(r"[“\"«]\s*(.+?)\s*[”\"»]", text)
                if quoted is not None:  # the site's own quotation marks: a name
                    text = quoted.group(1)
                if text.lower() in t.lower_names:
                    known = t.names[t.lower_names[text.lower()]][1]
                    lead_fr = " " + (known[known.index("«"):] if "«" in known
                                     else f"«{NBSP}{known}{NBSP}»")
                elif (org := _organisation(text)) is not None:
                    parts.complements.insert(0, org)
                elif open_ok and not used and (split := _organisation_lead(lead)) is not None:
                    parts.complements.insert(0, split[0])
                    lead_fr = " " + slogan_piece(split[1])
                elif head_fr[:1].islower() and _slogan_ok(text) and not used and any(
                        _foreign(p) or _brand(w) for w in lead for p in re.split(r"[-–]", w)):
                    parts.names.append(text)  # a venue's own name: "centre Yug-Sport"
                elif head_fr.lower() in KEPT_KINDS and not used and len(lead) <= 3 and all(
                        _CAP.match(w) and w.isalpha() for w in lead):
                    parts.names.append(text)  # a race's or a plant's name: "rallye Silk Way"
                    head_fr = head_fr[:1].lower() + head_fr[1:]  # the kind after its name
                elif quoted is not None and open_ok and not used:
                    lead_fr = " " + slogan_piece(text)
                elif used or not open_ok or not _slogan_ok(text) or any(
                        w.lower() in t.modifiers or _brand(w) or _YEAR.match(w)
                        or w.endswith(("’", "'", "’s", "'s")) for w in lead):
                    continue  # "HeliRussia 2019 International Helicopter Industry"
                else:
                    lead_fr = " " + slogan_piece(text)
            if not (lead or rest or tail or inner_ordinal is not None):
                continue  # a head alone ("Forum") is no named thing
            parts.names.sort(key=lambda n: bool(_YEAR.match(n)))  # the year last
            kind = head_fr
            if start and words[h][:1].islower():
                # A kind in lower case after its name or modifiers is a common noun inside
                # the sentence ("du marathon en ligne « X »", "du festival Bolchaïa Peremena");
                # a kind that opens the phrase may be a name's capital ("the Year of ...").
                kind = head_fr[:1].lower() + head_fr[1:]
            return _assemble(gn, kind, inner_ordinal, parts, lead_fr + tail)
    return None


def named_fr(x: str) -> str | None:
    """A named thing in French with its article, when no engine is needed."""
    return named_open(x, open_ok=False)


def cut_inside(t: str, m: re.Match[str]) -> bool:
    """ "Greetings to {x} on {y}" cut inside a named thing: "the 8th Moscow Conference" on
    "International Security" (a capitalised {y} no table knows)."""
    x, y = m.groupdict().get("x"), m.groupdict().get("y")
    if not x or not y or m.start("y") < m.end("x") or not y[:1].isupper() \
            or y in _g().phrases():  # a holiday: "on Victory Day"
        return False
    return named_open(t[m.start("x"):m.end("y")]) is not None


def split_open(text: str) -> tuple[str, str, str] | None:
    """(French with ``{mt}``, prep, English piece) of a phrase holding one engine piece."""
    if text.count(OPEN) != 1:
        return None
    before, _, rest = text.partition(OPEN)
    inner, _, after = rest.partition(CLOSE)
    prep, _, piece = inner.partition("|")
    return before + "{mt}" + after, prep, piece
