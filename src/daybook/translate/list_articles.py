"""A list of nouns whose first member has its determiner, the others said bare.

English says a list of mass nouns or notions with no determiner, or with one for the whole
list (*in culture, education, science and sport*, *based on friendship, cordial relations
and mutual respect*, *in the interest of stability, security and development*); the pivot
gives the first member its article and leaves the others bare: "dans la culture,
éducation, science et sport", "sur l'amitié, relations cordiales et respect mutuel", "dans
l'intérêt de la stabilité, sécurité et développement". French says the determiner before
each member, of the member's own gender and number, and "de" and "à" again (Grevisse,
*Le Bon Usage*, §§ 587, 1043): "dans la culture, l'éducation, la science et le sport",
"de la stabilité, de la sécurité et du développement".

``articles_np.articles`` does this where every member is a noun only for the analyser;
here a member may also read as a verb ("relations", "finances", "force") where the English
shows the list: as many *and* as "et", the *and* paired with this "et" followed by no
determiner, and at least as many commas before it in its clause as the French list has.
The first member is a definite article, "du", "au", "des", "aux" or a possessive (with
"de"/"à" before it) and a lower-case noun, one adjective before it or up to two after;
each later member a lower-case noun (of one gender and number, no adjective or
determiner reading) with up to two adjectives after it; the list closes with "et" and
such a member or "d'autres" + noun. One member that is something else leaves the list as
it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import contract, folded
from daybook.translate.gender import (
    Reading,
    clause_tokens,
    determiner,
    tokens_and_readings,
)
from daybook.translate.plural_lists import stack

__all__ = ["list_articles"]

Token = tuple[int, int, str]
Reads = dict[str, tuple[Reading, ...]]
_TOKEN = clause_tokens()
# The first member's determiner -> (the preposition said again, the determiner's kind).
_FIRST = {"le": ("", "le"), "la": ("", "le"), "l'": ("", "le"), "les": ("", "le"),
          "du": ("de", "le"), "des": ("de", "le"), "au": ("à", "le"), "aux": ("à", "le"),
          "son": ("", "son"), "sa": ("", "son"), "ses": ("", "son"), "leur": ("", "leur"),
          "leurs": ("", "leur"), "notre": ("", "notre"), "nos": ("", "notre"),
          "votre": ("", "votre"), "vos": ("", "votre")}
# What may follow the closing member: punctuation, a conjunction, a relative, the end.
_CLOSE = frozenset((".", ",", ";", ":", "!", "?", ")", "»", "–", "—", "et", "ou", "qui",
                    "que", "qu'", "dont", "ainsi"))
_AND_EN = re.compile(r"\band\b", re.IGNORECASE)
_DET_EN = frozenset(("the", "a", "an", "its", "their", "our", "his", "her", "my", "your",
                     "this", "that", "these", "those", "all", "each", "every", "some"))
_CLAUSE_EN = re.compile(r"[.;:!?()]|\band\b", re.IGNORECASE)


def _english(source: str) -> list[tuple[int, int]]:
    """For each *and*: the commas before it in its clause (back to the last *and* or
    stop), or -1 where a determiner follows it; and, where the list's first member is a
    noun stack (``plural_lists.stack``: *drug trafficking*, *the defence capability*), the
    words of the member after *and* (``_right``; 0 where it is not a stack)."""
    out: list[tuple[int, int]] = []
    for m in _AND_EN.finditer(source):
        after = source[m.end():].split(None, 1)
        if not after or after[0].lower() in _DET_EN:
            out.append((-1, 0))
            continue
        before = source[:m.start()]
        cut = max((c.end() for c in _CLAUSE_EN.finditer(before)), default=0)
        commas = before[cut:].count(",")
        right = _right(source[m.end():])
        out.append((commas, (stack(before[cut:].split(",")[0].split()) and (commas or right)
                    and right) or 0))
    return out


_STOP_EN = frozenset(("of", "in", "for", "with", "and", "or", "that", "which", "who", "to",
                      "from", "on", "at", "by", "is", "are", "was", "were", "has", "have",
                      "will", "can", "must", "as"))


def _right(rest: str) -> int:
    """The words of the member after *and*, up to punctuation or a word of a complement or
    clause; 0 past three. The French member must have as many (*illegal migration*
    "migration illégale"), not fewer: *drug and arms trafficking* "trafic de drogue et
    armes" shares the head."""
    words: list[str] = []
    for w in rest.split()[:4]:
        if w.lower() in _STOP_EN:
            break
        words.append(w)
        if not w[-1:].isalnum():
            break
    return len(words) if len(words) <= 3 else 0


def _noun(word: str, reads: Reads) -> Reading | None:
    """A bare member's noun: lower case, a noun reading of one gender and number, and no
    adjective, participle, determiner or pronoun reading."""
    got = reads.get(word, ())
    nouns = [r for r in got if r.pos == "n"]
    if not word.isalpha() or not word.islower() or not nouns or any(
            r.pos in ("adj", "pp", "det", "prn", "pr", "adv", "cnjcoo", "cnjsub") for r in got):
        return None
    if len({(r.gender, r.number) for r in nouns}) != 1 or nouns[0].number not in ("sg", "pl"):
        return None
    if nouns[0].number == "sg" and nouns[0].gender not in ("m", "f"):
        return None
    return nouns[0]


def _adj(word: str, reads: Reads) -> bool:
    return word.isalpha() and any(r.pos in ("adj", "pp") for r in reads.get(word, ()))


def _member(words: list[str], start: int, end: int, reads: Reads) -> Reading | None:
    """The noun of the bare member ``words[start:end]``: a noun, up to two adjectives."""
    if not 1 <= end - start <= 3 or not all(_adj(w, reads) for w in words[start + 1:end]):
        return None
    return _noun(words[start], reads)


def _tail(rest: list[str], reads: Reads, stacked: bool) -> bool:
    """After the first member's noun: up to two adjectives, or (``stacked``, the English
    member a noun stack) a bare "de" complement ("le trafic de drogue", "la ressource de
    haute qualité") and up to two adjectives."""
    if len(rest) <= 2 and all(_adj(w, reads) for w in rest):
        return True
    if not stacked or len(rest) < 2 or rest[0] not in ("de", "d'"):
        return False
    k = 2 if len(rest) > 2 and _adj(rest[1], reads) and not _bare(rest[1], reads) else 1
    return k < len(rest) and _bare(rest[k], reads) and len(rest) - k <= 3 and all(
        _adj(w, reads) for w in rest[k + 1:])


def _bare(word: str, reads: Reads) -> bool:
    """A bare noun of a complement: lower case, a noun reading, no determiner's."""
    got = reads.get(word, ())
    return word.isalpha() and word.islower() and any(r.pos == "n" for r in got) and not any(
        r.pos in ("det", "prn") for r in got)


def _first(toks: list[Token], words: list[str], end: int, reads: Reads,
           stacked: bool = False) -> tuple[str, str] | None:
    """(preposition, determiner kind) of the first member ending at ``end``: determiner, an
    adjective maybe, a noun, up to two adjectives or (``stacked``) a "de" complement."""
    for tail in range(6 if stacked else 3):
        n = end - 1 - tail
        if n < 1 or not _tail(words[n + 1:end], reads, stacked):
            continue
        if not toks[n][2].isalpha() or not toks[n][2].islower() or not any(
                r.pos == "n" for r in reads.get(words[n], ())):
            continue  # a name's word ("du ministère de la Défense civile, urgences")
        for d in (n - 1, n - 2):
            if d < 0 or (d == n - 2 and not _adj(words[n - 1], reads)):
                continue
            det = words[d]
            if det in ("la", "l'") and d and words[d - 1] in ("de", "à"):
                return words[d - 1], "le"
            if det in _FIRST:
                prep, kind = _FIRST[det]
                if kind != "le" and d and words[d - 1] in ("de", "à"):
                    prep = words[d - 1]
                return prep, kind
    return None


def _said(prep: str, kind: str, noun: Reading, word: str, apostrophe: str) -> str | None:
    """What goes before ``word``: the determiner of its gender and number, "de"/"à" in it."""
    det = determiner(kind, noun.gender, noun.number, word)
    if det is None:
        return None
    said = contract(prep, f"{det} {word}") if prep else f"{det} {word}"
    said = said.replace("' ", "'").replace("’ ", "’")[:-len(word)]
    return said.replace("'", apostrophe).replace("’", apostrophe)


def _plan(toks: list[Token], words: list[str], et: int, commas: int, reads: Reads,
          stacked: int = 0) -> list[tuple[int, str]]:
    """(token index, words to put before it) for the list the "et" at ``et`` closes
    (``stacked``: the English first member a noun stack, and its member after *and* of
    that many words; a pair then too, where the French first member has its "de"
    complement: "le trafic de drogue et la migration", the second noun no longer read as
    the complement's)."""
    members: list[tuple[int, Reading]] = []
    j = et + 1
    if j + 1 < len(words) and words[j] == "d'" and words[j + 1] == "autres":
        pass  # "et d'autres domaines": its determiner said
    else:
        end = j + 1
        while end < len(words) and end - j < 3 and _adj(words[end], reads) and \
                words[end] not in _CLOSE:
            end += 1
        if end < len(words) and words[end] not in _CLOSE and words[end] not in (
                "du", "des") and not any(r.pos == "pr" for r in reads.get(words[end], ())):
            return []
        noun = _member(words, j, end, reads) if toks[j][2].islower() else None
        if not commas and end - j < stacked:
            return []  # the English member longer: a stack sharing the first's head
        if noun is None:
            return []
        members.append((j, noun))
    # the bare members before "et", cut at commas, then the first one
    end, middle = et, 0
    while True:
        start = end - 1
        while start >= 0 and words[start] not in (",", "et") and end - start <= 5:
            start -= 1
        if start < 0 or words[start] != ",":
            break
        noun = _member(words, start + 1, end, reads)
        if noun is None:
            break
        members.append((start + 1, noun))
        middle += 1
        end = start
    if middle > commas or middle > 6 or not (middle or stacked):
        return []
    first = _first(toks, words, end, reads, stacked > 0)
    if first is None or (not middle and _first(toks, words, end, reads) is not None):
        return []  # a pair with no "de" complement: ``conjuncts_np``'s
    straight = any("'" in t[2] for t in toks) and not any("’" in t[2] for t in toks)
    apostrophe = "'" if straight else "’"  # the text's own, typographic by default
    plans = []
    for k, noun in members:
        said = _said(first[0], first[1], noun, toks[k][2], apostrophe)
        if said is None:
            return []
        plans.append((k, said))
    return plans


def list_articles(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "dans la culture, éducation, science et sport" -> "dans la culture, l'éducation, la
    science et le sport", "de la stabilité, sécurité" -> "de la stabilité, de la
    sécurité" (see the module's doc); one exchange with the analyser."""
    todo = [k for k, t in enumerate(texts) if " et " in t and (", " in t or " de" in t)
            and " and " in sources[k]]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        words = [folded(t[2]) for t in toks[k]]
        ets = [i for i, w in enumerate(words) if w == "et"]
        english = _english(sources[k])
        if len(ets) != len(english):
            continue  # the "et" and the *and* cannot be paired
        plans = [p for et, (commas, stacked) in zip(ets, english, strict=True)
                 if commas > 0 or (stacked and commas == 0)
                 for p in _plan(toks[k], words, et, commas, reads, stacked)]
        text = texts[k]
        for i, said in sorted(plans, reverse=True):
            text = text[:toks[k][i][0]] + said + text[toks[k][i][0]:]
        out[k] = text
    return out
