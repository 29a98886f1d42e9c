"""A title's topic where English puts a verb and French a noun.

"on improving housing and creating a comfortable urban environment" -> "l’amélioration du
logement et la création d’un environnement urbain confortable"; "measures to support
families" -> "les mesures visant à soutenir les familles"; "the State Council Presidium on
developing X" -> "le Présidium du Conseil d’État sur le développement de X". The gerunds,
verbs and leads (``data/title_patterns.json``: ``gerunds``, ``infinitives``, ``purposes``)
are general French vocabulary (the usual nominalisations of the press and of official
texts), not the sample's. The object after the verb is read by the title grammar
(``resolve``); what it cannot read becomes the engine's one piece (a noun phrase, which the
engine writes better than a gerund clause).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from daybook.translate.french import (
    ARTICLE,
    VOWEL_START,
    contract,
    contract_all,
    with_article,
)
from daybook.translate.named import CLOSE, OPEN, lowered
from daybook.translate.title_sentences import KINDS
from daybook.translate.title_vocab import UPPER, data_json, ordinal

Resolve = Callable[..., str | None]
_BARE = re.compile(r"^(?:the|a|an)\s+")
_DETERMINER = re.compile(r"(?i)^(the|a|an|its|their|his|her)\s")


@dataclass(frozen=True, slots=True)
class Topics:
    gerunds: dict[str, tuple[str, str, str]]  # "improving" -> ("la", "amélioration", "de")
    infinitives: dict[str, tuple[str, str]]  # "support" -> ("soutenir", "") or ("faire face", "à")
    purposes: dict[str, tuple[str, str]]  # "measures" -> ("les", "mesures visant à")
    heads: dict[str, tuple[str, str, str]]  # "development" -> ("le", "développement", "de")


@cache
def topics() -> Topics:
    raw = data_json("title_patterns.json")
    return Topics(
        gerunds={k: (v[0], v[1], v[2]) for k, v in raw["gerunds"].items()},
        infinitives={k: (v[0], v[1]) for k, v in raw["infinitives"].items()},
        purposes={k: (v[0], v[1]) for k, v in raw["purposes"].items()},
        heads={k: (v[0], v[1], v[2]) for k, v in raw["topic_heads"].items()},
    )


_PROPER = re.compile(rf"^(?:(?:le|la|les)\s|l’)?[{UPPER}][\w’-]*(?:[ -][{UPPER}][\w’-]*)*$")


# A named thing (an ordinal, then its capitalised head) whose complement holds the "et".
_NAMED = re.compile(rf"^(?:les|le|la|l’)\s?\d+\w*\s[{UPPER}]\w*\b.*\s(?:pour|de|du|des|sur|d’)\s")


# A complement other than "de" in a list's first item: what follows is its list.
_COMPLEMENT = re.compile(r"\s(?:sur|pour|avec|contre|concernant)\s")


def contract_slot(prep: str, inner: str) -> str:
    """The slot after its preposition: "de" + "la Crimée et Sébastopol" -> "de la Crimée et
    de Sébastopol" (places and names each take it), a list of noun phrases as
    ``contract_all`` has it; the engine's piece opening the slot takes the preposition
    inside, to be contracted with the article the engine writes."""
    if inner.startswith(OPEN + "|"):
        return OPEN + prep + inner[len(OPEN):]
    if " entre " in inner:  # "entre la Russie et le Kirghizistan" is no list
        return contract(prep, inner)
    parts = re.split(r"(, | et )", inner)
    if _NAMED.match(parts[0]) or _COMPLEMENT.search(parts[0]):
        # "le 13e Tournoi de judo pour la police et l’armée", "les informations sur les
        # revenus, les dépenses...": the list is the complement's.
        return contract(prep, inner)
    if prep in ("de", "à") and len(parts) > 1 and all(_PROPER.match(p) for p in parts[::2]):
        return "".join(p if k % 2 else contract(prep, p) for k, p in enumerate(parts))
    return contract_all(prep, inner)


def _lead(words: list[str], table: Mapping[str, tuple[str, ...]]) -> int:
    """How many leading words form a key of ``table`` (the longest), 0 if none."""
    for n in (3, 2, 1):
        if len(words) >= n and " ".join(words[:n]).lower() in table:
            return n
    return 0


def _conjuncts(words: list[str], table: Mapping[str, tuple[str, ...]]) -> list[list[str]] | None:
    """The words cut before each "and"/", " that a known verb follows ("improving housing
    and creating ..."), each part starting with its verb; None if the first is no verb."""
    if not _lead(words, table):
        return None
    parts: list[list[str]] = [[]]
    for i, w in enumerate(words):
        rest = words[i + 1:]
        if w == "and" and parts[-1] and _lead(rest, table):
            parts.append([])
            continue
        if w.endswith(",") and _lead(rest, table):
            parts[-1].append(w[:-1])
            parts.append([])
            continue
        parts[-1].append(w)
    return parts if all(len(p) > 1 for p in parts) else None


def _object(text: str, prep: str, resolve: Resolve, open_ok: bool) -> str | None:
    """The verb's object with its preposition ("de" -> "du logement"), or the engine's piece
    (with ``open_ok``), or None."""
    found = resolve(text, open_ok=open_ok)
    if found is not None and found not in (text, _BARE.sub("", text)):  # not English kept
        return contract_slot(prep, found) if prep else found
    if not open_ok:
        return None
    where = re.match(r"^(?P<what>.+?) in (?P<place>.+)$", text)
    if where is not None:
        # "terrorism in the North Caucasus": the place in French after the engine's piece.
        place = resolve(where["place"])
        if place is not None and place not in (where["place"], _BARE.sub("", where["place"])):
            inner = _object(where["what"], prep, resolve, open_ok)
            if inner is not None:
                named = _BARE.sub("", where["place"])[:1].isupper()
                return f"{inner} {in_place(place, named=named)}"
    # A bare English noun takes "the" so that the engine writes its article ("du logement");
    # a place does not ("le Ingouchie"), an English word loses its capital (no name).
    text = lowered(text)
    article = "" if _DETERMINER.match(text) or text[:1].isupper() else "the "
    return f"{OPEN}{prep}|{article}{text}{CLOSE}"


def _joined(parts: list[str]) -> str | None:
    if sum(p.count(OPEN) for p in parts) > 1:
        return None  # one engine piece per title
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]


def gerund_phrase(x: str, resolve: Resolve, *, open_ok: bool = False) -> str | None:
    """ "improving housing and creating a comfortable urban environment" -> "l’amélioration
    du logement et la création d’un environnement urbain confortable", or None."""
    t = topics()
    words = re.sub(r"^(?:the\s+)", "", " ".join(x.split())).split(" ")
    from daybook.translate.title_lexicon import lexicon

    if " ".join(words[:2]).lower() in lexicon().nouns:
        return None  # a compound noun, no gerund and its object: "organising committee"
    parts = _conjuncts(words, t.gerunds)
    if parts is None:
        return None
    out = []
    for part in parts:
        n = _lead(part, t.gerunds)
        article, noun, prep = t.gerunds[" ".join(part[:n]).lower()]
        obj = _object(" ".join(part[n:]), prep, resolve, open_ok)
        if obj is None:
            return None
        out.append(with_article(article, noun) + " " + obj)
    return _joined(out)


def _infinitive(words: list[str], resolve: Resolve, open_ok: bool) -> str | None:
    """ "support families and develop X" -> "soutenir les familles et développer X"."""
    t = topics()
    parts = _conjuncts(words, t.infinitives)
    if parts is None:
        return None
    out = []
    for part in parts:
        n = _lead(part, t.infinitives)
        verb, prep = t.infinitives[" ".join(part[:n]).lower()]
        text = " ".join(part[n:])
        if prep:
            obj = _object(text, prep, resolve, open_ok)
        else:
            found = resolve(text, open_ok=open_ok)
            obj = found if found is not None and found != text else (
                _object(text, "", resolve, open_ok) if open_ok else None)
        if obj is None:
            return None
        out.append(f"{verb} {obj}")
    return _joined(out)


def purpose_phrase(x: str, resolve: Resolve, *, open_ok: bool = False) -> str | None:
    """ "measures to support families" -> "les mesures visant à soutenir les familles";
    "ways to improve X" -> "les moyens d’améliorer X"."""
    t = topics()
    words = re.sub(r"^(?:the\s+)", "", " ".join(x.split())).split(" ")
    for k in range(1, min(4, len(words) - 1)):
        lead = " ".join(words[:k]).lower()
        if lead not in t.purposes or words[k] != "to":
            continue
        done = _infinitive(words[k + 1:], resolve, open_ok)
        if done is None:
            return None
        article, head = t.purposes[lead]
        # "les moyens de" + "améliorer" -> "les moyens d’améliorer".
        if head.endswith(" de") and VOWEL_START.match(done):
            return with_article(article, head[:-3] + " d’" + done)
        return with_article(article, f"{head} {done}")
    return None


def head_phrase(x: str, resolve: Resolve, *, open_ok: bool = False) -> str | None:
    """ "the shipbuilding industry development" -> "le développement de l’industrie navale":
    a process noun after what it applies to (common nouns: a name's own "Development" is
    the named things' grammar's)."""
    words = _BARE.sub("", " ".join(x.split())).split(" ")
    if len(words) < 2 or words[-1] not in topics().heads or not words[0][:1].islower():
        return None
    if any(w == "of" and words[i - 1][:1].islower() for i, w in enumerate(words[:-1]) if i):
        return None  # "the start of BAM construction": the start of the construction
    article, noun, prep = topics().heads[words[-1]]
    obj = _object(" ".join(words[:-1]), prep, resolve, open_ok)
    return None if obj is None else with_article(article, noun) + " " + obj


def in_place(place: str, *, named: bool = True) -> str:
    """ "in" before a French place or group: "au Caucase du Nord", "à Moscou", "dans la
    région de Tver"; "dans" before a common noun ("dans les régions", not ``named``)."""
    if not named and re.match(r"^(?:les|le|la|l’)\s?", place):
        return "dans " + place
    return contract("en", place)


def where_phrase(x: str, resolve: Resolve, *, open_ok: bool = False) -> str | None:
    """ "the sanitary and epidemiological situation in the regions" -> "la situation ...
    dans les régions": a phrase the grammar reads, then a place or group it knows."""
    if _BATTLE.match(x):  # "in the Battle of Kursk" is no place: "lors de la bataille"
        return battle_phrase(x, resolve)
    for m in reversed(list(re.finditer(r" in ", x))):
        head, rest = x[:m.start()], x[m.end():]
        place = resolve(rest)
        if place is None or place in (rest, _BARE.sub("", rest)):
            continue
        body = resolve(head, open_ok=open_ok)
        if body is None or body in (head, _BARE.sub("", head)):
            return None
        return f"{body} {in_place(place, named=_BARE.sub('', rest)[:1].isupper())}"
    return None


# "X in the Battle of Y": what was done and the battle it was done in.
_BATTLE = re.compile(r"^(?P<what>.+?) (?:in|at) (?:the )?[Bb]attle (?P<link>of|for) (?P<y>.+)$")


def battle_phrase(x: str, resolve: Resolve) -> str | None:
    """ "defeating the invaders in the Battle of Moscow" -> "la victoire sur les
    envahisseurs lors de la bataille de Moscou", "victory in the Battle of X" -> "la
    victoire lors de la bataille de X" (a battle's victory in lower case: the capital is
    1945's Victory)."""
    m = _BATTLE.match(" ".join(x.split()))
    if m is None:
        return None
    battle = resolve(f"the Battle {m['link']} {m['y']}")
    if battle is None or not battle.startswith(("la bataille", "la Bataille")):
        return None
    what = m["what"]
    found = "la victoire" if re.fullmatch(r"(?:the )?[Vv]ictory", what) else \
        gerund_phrase(what, resolve) or resolve(what)
    if found is None or found in (what, _BARE.sub("", what)):
        return None
    if what.endswith(" victory") and found.endswith("Victoire"):  # "of victory in the Battle"
        found = found[:-len("Victoire")] + "victoire"
    return f"{found} lors {contract('de', battle)}"


def topic_phrase(x: str, resolve: Resolve, *, open_ok: bool = False) -> str | None:
    """A gerund or purpose topic, alone or after what it is about ("the State Council
    working group on developing X", "Presidium on improving X"), or None."""
    if "attle " in x and (battle := battle_phrase(x, resolve)) is not None:
        return battle
    found = gerund_phrase(x, resolve, open_ok=open_ok) or \
        purpose_phrase(x, resolve, open_ok=open_ok) or head_phrase(x, resolve, open_ok=open_ok)
    if found is not None:
        return found
    # "{x} on {topic}": the last "on" a topic follows; the body is read by the grammar.
    for m in reversed(list(re.finditer(r" on ", x))):
        head, rest = x[:m.start()], x[m.end():]
        topic = gerund_phrase(rest, resolve, open_ok=open_ok) or \
            purpose_phrase(rest, resolve, open_ok=open_ok)
        if topic is None:
            continue
        body = resolve(head, open_ok=open_ok and OPEN not in topic)
        if body is None or body == head:
            return None
        return _joined([f"{body} {contract('sur', topic)}"])
    return None


_RELATIVE = re.compile(r"^(?P<head>[^,]+), (?:which|that|who) (?P<clause>[a-z].+)$")
WHO = "qui"  # the "prep" of a relative clause's piece: its subject pronoun is dropped


def relative_phrase(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "Rostov Arena, which will host X": the name by the grammar, the clause alone the
    engine's piece after "qui" (given the whole, it writes "quel accueillera")."""
    rel = _RELATIVE.match(x)
    head = resolve(rel["head"]) if rel is not None else None
    if rel is None or head is None or OPEN in head:
        return None
    return f"{head}, {OPEN}{WHO}|{rel['clause']}{CLOSE}"


def ordinal_phrase(x: str, resolve: Callable[[str], str | None]) -> str | None:
    """ "the 10th Eastern Economic Forum" -> "le 10e Forum économique oriental"."""
    m = re.match(r"^(?:the\s+)?(\d+)(?:st|nd|rd|th)\s+(.+)$", x)
    if not m or re.search(r"(?:’s|'s)\s", m.group(2)):
        return None  # "the 2nd Regiment's banner": the rank is the owner's (owned_by)
    inner = resolve(m.group(2))
    art = ARTICLE.match(inner or "")
    if inner is None or art is None or art.group(2):
        return None  # "l’": the gender is lost
    plural = "s" if art.group(1).lower() == "les" else ""  # "les 18es Jeux"
    return f"{art.group(1).lower()} {ordinal(m.group(1))}{plural} {inner[art.end():]}"


SLOT_SMALL = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"})


def leading_clause(m: re.Match[str]) -> bool:
    """A frame's leading slot left to the engine is a name's modifier ("{x} summit"), never
    a phrase with its own complement: "Gala reception for participants in the second
    Russia–Africa Summit" is no summit of "Gala reception for participants"."""
    x = m.groupdict().get("x")
    if x is None or m.start("x") != 0:
        return False
    if _SPEECH.match(x):  # "Speech at the 2010 ... Prize" is no prize of "{x} award ceremony"
        return True
    return re.search(r" (?:at|with|to|in) [a-z]", x) is not None and any(
        w[:1].islower() and w not in SLOT_SMALL for w in x.split())


_SPEECH = re.compile(rf"(?i)(?:{'|'.join(KINDS)}) (?:at|to|on) ")
