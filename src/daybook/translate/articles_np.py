"""The determiner of the second of two nouns joined by "et", which French says again.

English says "the development and production of arms", "their rich history and traditions",
"supplies of gas and oil" with one determiner or preposition for both nouns; Catalan and
Apertium's French keep that ("le développement et production", "son histoire riche et
traditions magnifiques", "l'approvisionnement de gaz et pétrole"), where French repeats it
before each noun: "le développement et la production", "son histoire riche et ses
traditions", "de gaz et de pétrole". After a determiner (le, la, l', les, a possessive, a
demonstrative, du, au, aux: of the second noun's gender and number, "de"/"à" again after
"de la", "à la") or "de", "d'" (where the English has *of* before the pair), "en" before
the first noun, up to two adjectives after it, the second noun gets its own when Apertium's
French analyser reads it as a noun only, and the first as a noun. Not after "des" (an
indefinite article or "de" + "les": the analyser cannot tell), nor before a word with another
reading (an adjective: "le développement économique et social"; a verb), nor after a
capitalised word (a name's: "le Conseil de la Fédération et").

A list with commas before "et" ("les traditions, culture et croyances", "sa culture,
littérature, humanités et sciences") takes the first noun's determiner before each noun
("les traditions, la culture et les croyances"), where the English has a comma and each
item is a noun only for the analyser (with up to two adjectives after it): a verb or a
clause in it leaves the list as it was.
"""

from __future__ import annotations

import re

from daybook.translate.gender import Reading, determiner, readings

_WORD = r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*"
_ET = re.compile(rf"(?<= )et (?P<noun>{_WORD})(?![\w’'-])")
# A capitalised word stops the search: a name's ("Conseil de la Fédération et ...").
_TOKEN = re.compile(rf"(?:[A-Za-zÀ-ÿ]+['’]|{_WORD})$")
# Determiners said again, as ``gender.determiner`` makes them for another noun.
_DETERMINERS = frozenset((
    "le", "la", "les", "l'", "l’", "du", "au", "aux", "son", "sa", "ses", "leur", "leurs",
    "notre", "nos", "votre", "vos", "mon", "ma", "mes", "ce", "cet", "cette", "ces",
))
_BARE = frozenset(("de", "d'", "d’", "en"))
Reads = dict[str, tuple[Reading, ...]]
# "de" said again only where English has "of" before the pair ("protection of mothers and
# children"); "de" of an English compound heads no pair ("Red Army soldiers and officers").
_OF_AND = re.compile(r"\bof (?:the )?(?!(?:this|that|these|those|our|their|its|his|her|my|your)\b)"
                     r"(?:[\w’'-]+ )?[a-z]+ and [a-z]")


def _words_before(text: str, end: int, count: int) -> list[tuple[int, str]]:
    """Up to ``count`` words before ``end`` (nearest first), with where they start; an
    elided word ("l'") ends at its apostrophe."""
    out: list[tuple[int, str]] = []
    k = end
    while len(out) < count and k > 0:
        k = k - 1 if text[k - 1:k] == " " else k
        m = _TOKEN.search(text, 0, k)
        if m is None or m.end() != k or text[m.start() - 1:m.start()].isalpha():
            break  # no word, or a piece of a capitalised one
        out.append((m.start(), m.group(0)))
        k = m.start()
    return out


def _number(word: str, reads: list[str]) -> str:
    if len(set(reads)) == 1 and reads[0] != "sp":
        return reads[0]
    return "pl" if word.endswith(("s", "x")) else "sg"


def articles(source: str, french: str) -> str:
    """ "le développement et production de série" -> "le développement et la production de
    série", "d'équipement et armes" -> "d'équipement et d'armes", "du pétrole et gaz" -> "du
    pétrole et du gaz"; where the English joins two nouns with "and"."""
    if " and " not in source or " et " not in french:
        return french
    found = list(_ET.finditer(french))
    if not found:
        return french
    plans: list[tuple[re.Match[str], str, list[tuple[int, str]], Chain]] = []
    words: set[str] = set()
    listed = ", " in source
    for m in found:
        before = _words_before(french, m.start() - 1, 5)
        chain = _chain(french, m.start() - 1) if listed else []
        plans.append((m, m.group("noun"), before, chain))
        words.update(w.lower() for seg in (before, *chain) for _, w in seg)
        words.add(m.group("noun"))
    reads = readings(sorted(words))
    for m, noun, before, chain in reversed(plans):
        got = reads.get(noun, ())
        if not got or any(r.pos != "n" for r in got):
            continue  # not a noun only: an adjective, a verb, an unknown word
        said = _first(before, reads)
        items: list[tuple[int, str]] = []
        if said is None and len(chain) > 1:  # "les traditions, culture et croyances"
            said = _first(chain[-1], reads)
            items = _items(chain[:-1], reads) if said not in (None, *_BARE) else []
            if not items:
                continue
        if said is None:
            continue
        genders = {r.gender for r in got}
        gender = genders.pop() if len(genders) == 1 else "mf"
        number = _number(noun, [r.number for r in got])
        if said in ("de", "d'", "d’") and not _OF_AND.search(source):
            continue  # "outils de machine et ordinateurs": *machine tools and computers*
        if said in _BARE:
            word = "d'" if said != "en" and re.match(r"[aeiouyàâéèêîôûh]", noun) else (
                "de " if said != "en" else "en ")
        else:
            if gender == "mf" and number == "sg":
                continue  # "le" or "la": the analyser cannot tell
            made = determiner(said, gender, number, noun)
            if made is None:
                continue
            word = made if made.endswith(("'", "’")) else made + " "
        said_items = [(at, _said(said, item, reads)) for at, item in items]
        if any(w is None for _, w in said_items):
            continue  # an item's gender the analyser cannot tell: the list as it was
        for at, w in [(m.start("noun"), word), *said_items]:  # the last first
            french = f"{french[:at]}{w}{french[at:]}"
    return french


Chain = list[list[tuple[int, str]]]


def _chain(text: str, end: int) -> Chain:
    """The words before "et" in segments cut at commas (nearest first, each nearest word
    first): "les traditions, culture" -> [[culture], [traditions, les, ...]]."""
    chain: Chain = []
    k = end
    for _ in range(6):
        seg = _words_before(text, k, 5)
        if not seg:
            break
        chain.append(seg)
        start = seg[-1][0] if len(seg) < 5 else -1
        if start < 2 or text[start - 2:start] != ", ":
            break
        k = start - 2
    return chain


def _items(segments: Chain, reads: Reads) -> list[tuple[int, str]]:
    """(where it starts, the noun) of each bare noun of a list's middle, nearest first: each
    segment a noun only, with up to two adjectives after it; none when a segment is
    something else (a verb, a clause)."""
    out: list[tuple[int, str]] = []
    for seg in segments:
        adjectives = next((a for a in range(3) if a < len(seg) and all(
            _has(reads, w, "adj") for _, w in seg[:a]) and a == len(seg) - 1), None)
        if adjectives is None:
            return []
        at, noun = seg[adjectives]
        got = reads.get(noun.lower(), ())
        if not noun.islower() or not got or any(r.pos != "n" for r in got):
            return []
        out.append((at, noun))
    return out


def _said(said: str, noun: str, reads: Reads) -> str | None:
    """``said`` (a determiner) again before ``noun``, of its gender and number."""
    got = reads.get(noun.lower(), ())
    genders = {r.gender for r in got}
    gender = genders.pop() if len(genders) == 1 else "mf"
    number = _number(noun, [r.number for r in got])
    if gender == "mf" and number == "sg":
        return None
    made = determiner(said, gender, number, noun)
    if made is None:
        return None
    return made if made.endswith(("'", "’")) else made + " "


def _first(before: list[tuple[int, str]], reads: Reads) -> str | None:
    """What the first noun is said with: a determiner ("de"/"à" before "la", "l'", "les"
    folded into "du", "au", which ``gender.determiner`` makes again as "de la", "à la"), or
    "de", "d'", "en"; after up to two adjectives. None when the words before "et" are not
    that."""
    for adjectives in range(3):
        if adjectives + 1 >= len(before) or not all(
                _has(reads, w, "adj") for _, w in before[:adjectives]) or \
                not _has(reads, before[adjectives][1], "n"):
            continue
        det = before[adjectives + 1][1].lower()
        if det in _BARE:
            return det
        if det not in _DETERMINERS:
            continue
        prep = before[adjectives + 2][1].lower() if adjectives + 2 < len(before) else ""
        if det in ("la", "l'", "l’", "les") and prep in ("de", "à"):
            return "du" if prep == "de" else "au"
        return det
    return None


def _has(reads: Reads, word: str, pos: str) -> bool:
    return any(r.pos == pos for r in reads.get(word.lower(), ()))
