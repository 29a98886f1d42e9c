"""A list of plural nouns with the first one's determiner said again before each.

English says one determiner, or none, for a list of plural nouns (*ministers, governors and
heads of agencies*, *its committees and commissions*, *social projects and programmes*);
the pivot keeps the shape: "des ministres, gouverneurs et chefs d'agences", "de ses comités
et commissions", "des projets sociaux et programmes". French says the determiner again
before each coordinated noun, and "de" and "à" before each complement (Grevisse, *Le Bon
Usage*, § 1043): "des ministres, des gouverneurs et des chefs d'agences", "de ses comités et
de ses commissions", "équipées d'établis, d'outils et d'ordinateurs".

``articles_np`` and ``conjuncts_np`` give a second noun the determiner of its own gender and
number where the analyser reads it as a noun only; they leave "des" (an article or "de" +
"les": the analyser cannot tell) and the nouns that are adjectives or verbs too ("experts",
"amis", "dépenses"). Here every member is plural, so the determiner is the first one's word
itself ("des", "les", "aux", "ses", "leurs", "nos", "vos", "ces", "mes", or "de"), whatever
its reading and the noun's gender. The English decides what the French cannot: the *and*
paired with the "et" (the sentence has as many of each) is followed by a bare word of a
plural's shape (*and experts*, not *and foreign*: English adjectives take no -s), and each
member before it ends with one (*prominent politicians, experts and*). The French members
after the first are bare, each a lower-case word the analyser reads as a plural noun, with
up to two adjectives or a complement with "de" after it ("outils de machine"); the first
has its determiner right before its noun or one adjective before it. A bare "de" only where
it is no noun's ("des écoles de garçons et filles" may be *boys' schools and girls*): after
a word that is no noun, or where the English says *of* before the list.

A list after *of* (*the development of trade, investment and cultural ties*, *the principles
of equality, sincerity and mutual respect*) takes "de" before each member of either number:
"de commerce, d'investissement et de liens culturels", "d'égalité, de sincérité et de
respect mutuel"; each member there a noun and no adjective for the analyser, the English
members between the first and *and* up to three words, at least one of them (*X of Y and
Z*, *creation of jobs, and reduction* are pairs whose second member may be the peer of the
noun *of* completes). *And* opening a sentence pairs with "Et".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from daybook.translate.conjuncts_np import ROLES
from daybook.translate.french import VOWEL_START, folded
from daybook.translate.gender import Reading, clause_tokens, readings

__all__ = ["plural_lists", "repeated", "stack"]

Token = tuple[int, int, str]
Reads = dict[str, tuple[Reading, ...]]
_TOKEN = clause_tokens()
# Plural determiners, the same word before a noun of either gender.
_PLURAL = frozenset(("des", "les", "aux", "ses", "leurs", "nos", "vos", "ces", "mes"))
_DE = frozenset(("de", "d'"))
# A plural's shape in English: -s, not a singular in -ss, -us, -is, -ous, nor a function word.
_PLURAL_EN = re.compile(r"[a-z]{2,}(?<!ss)(?<!us)(?<!is)s$")
_NOT_NOUNS_EN = frozenset(("its", "this", "has", "was", "does", "always", "perhaps", "as",
                           "thus", "others", "towards", "whereas", "besides", "yes", "less",
                           "unless", "news", "ours", "yours", "theirs", "hers", "afterwards",
                           "sometimes", "nevertheless"))
_AND_EN = re.compile(r"\band\b", re.IGNORECASE)
_OR_EN = re.compile(r"\bor\b", re.IGNORECASE)
_CUT_EN = re.compile(r"[.;:!?()«»“”\"]|\b(?:and|or|but|that|which|who|where|when)\b",
                     re.IGNORECASE)
# Words after *and* that open no noun member.
_NOT_BARE_EN = frozenset(("the", "a", "an", "its", "their", "our", "his", "her", "your", "my",
                          "this", "that", "these", "those", "all", "other", "others", "so",
                          "then", "also", "to", "we", "they", "i", "you", "he", "she", "it",
                          "there", "not", "more", "most", "many", "some", "any", "each"))


def _plural_en(word: str) -> bool:
    word = word.strip("’'")
    return bool(_PLURAL_EN.fullmatch(word)) and word not in _NOT_NOUNS_EN


class _And(NamedTuple):
    """What the English says about one *and*: how many plural members precede it in a list
    it closes with a bare plural (``plural``, 0 where it closes none), whether *of* is
    among the last words before that first member's noun (``of``), and how many short
    members of any number precede it in a list after *of* (``listed``: *in terms of
    workforce, research and production*; 0 where there is none)."""

    plural: int
    of: bool
    listed: int
    stacked: bool = False  # the first member a noun stack (*talented film directors*)
    attached: bool = False  # the first member a plural noun's complement (``_attached``)


def _listed(items: list[list[str]], after: str) -> int:
    """The members before *and* of a list after *of*: the middle ones up to three words,
    the first one with *of* among its last four words; 0 where the list is not that."""
    if not after.isalpha() or not after.islower() or after in _NOT_BARE_EN:
        return 0
    for k in range(len(items) - 1, -1, -1):
        words = [w.lower() for w in items[k]]
        if "of" in words[-4:-1]:
            # a list: a member between the first and *and* ("of X and Y", "creation of
            # jobs, and reduction" are pairs, whose second member may be the first's peer)
            return len(items) - k if k < len(items) - 1 and len(
                words[words.index("of") + 1:]) <= 3 else 0
        if not words or len(words) > 3 or k == 0:
            return 0
    return 0


# *and* + up to two adjectives + a plural closed by punctuation, a preposition or the end
# (*and Russian archivists.*, *or transnational criminal groups,*); the members before
# must end with a plural too (not *Russian and foreign guests*).
_ADJ_PLURAL_EN = re.compile(r"\s*((?:[A-Za-z][a-z-]+ ){1,2}[a-z]{2,}s)(?=\s*(?:[,.;:!?)]|$|"
                            r"(?:of|in|from|with|for|and|or|who|that|which|to)\b))")


def _after(rest: str) -> str:
    """The plural word a bare member after *and* ends with ("" where there is none)."""
    after = rest.split(None, 1)
    word = re.sub(r"[,.;:!?)]+$", "", after[0]) if after else ""
    if _plural_en(word) or not word or word.lower() in _NOT_BARE_EN:
        return word
    m = _ADJ_PLURAL_EN.match(rest)
    if m and not any(w.lower() in _NOT_BARE_EN or w.lower() in _PREP_EN
                     for w in m.group(1).split()) and _plural_en(m.group(1).split()[-1]):
        return m.group(1).split()[-1]
    return word


def stack(words: list[str]) -> bool:
    """An English member that is a noun stack or an adjective + noun after its
    preposition or determiner (*to talented film directors*, *the defence capability*),
    not a noun's complement (*heads of agencies*)."""
    own: list[str] = []
    for w in reversed(words):
        if w.lower() in _PREP_EN or w.lower() in _NOT_BARE_EN or not w.replace(
                "-", "").isalpha():
            if w.lower() == "of":
                return False  # *heads of relevant ministries*: "de" is the complement's
            break
        own.append(w)
    return len(own) >= 2


def _english(source: str, conj: re.Pattern[str] | None = None) -> list[_And]:
    """For each *and* (or each ``conj``) of ``source`` in order, what the English says of
    its list."""
    out: list[_And] = []
    for m in (conj or _AND_EN).finditer(source):
        after = source[m.end():].split(None, 1)
        first = re.sub(r"[,.;:!?)]+$", "", after[0]) if after else ""
        word = _after(source[m.end():])
        before = source[:m.start()]
        cut = max(_CUT_EN.finditer(before), key=lambda c: c.end(), default=None)
        items = [i.split() for i in before[cut.end() if cut else 0:].split(",")]
        if items and not items[-1]:
            items.pop()  # the serial comma: "A, B, and C"
        listed = _listed(items, first) if len(items) > 1 else 0
        if not _plural_en(word):
            out.append(_And(0, False, listed))
            continue
        count = 0
        for words in reversed(items):
            if not words or not _plural_en(words[-1]):
                break
            count += 1
            if len(words) > 4:
                break  # a long member is the first: *methods, actively implementing
                # social projects and programmes* has one
        if count and cut is not None and cut.group(0).lower() in ("and", "or") and len(
                items[-count]) == 1:
            count = 0  # *friends and families and wishes*: a member of a list before
        out.append(_And(count, count > 0 and "of" in items[-count][-4:-1], listed,
                        count > 0 and stack(items[-count]),
                        count > 0 and _attached(items[-count])))
    return out


_PREP_EN = frozenset(("of", "from", "in", "with", "for", "at", "on", "to", "by", "among",
                      "between", "about", "across", "around", "under", "within"))


def _attached(words: list[str]) -> bool:
    """The first member's noun a plural noun's complement (*participants from many
    regions*, *thousands of scientists*): the next members may be that noun's conjuncts
    (*participants from regions, experts and specialists*), not the complement's."""
    for k in range(max(1, len(words) - 5), len(words) - 1):
        if words[k].lower() in _PREP_EN and _plural_en(words[k - 1].lower()):
            return True
    return False


def _noun(word: str, reads: Reads, single: bool = False) -> bool:
    """A lower-case plural noun by one of its readings (``single``: a noun of either
    number, and no adjective)."""
    if single:
        got = reads.get(word, ())
        return word.isalpha() and word.islower() and any(r.pos == "n" for r in got) and \
            not any(r.pos in ("adj", "pp", "det", "prn") for r in got)
    return word.isalpha() and word.islower() and any(
        r.pos == "n" and (r.number == "pl" or (r.number == "sp" and word.endswith(("s", "x"))))
        for r in reads.get(word, ()))


def _adj(word: str, reads: Reads) -> bool:
    return any(r.pos in ("adj", "pp") for r in reads.get(word, ()))


def _member(words: list[str], reads: Reads, single: bool) -> bool:
    """A bare member: a plural noun, up to two adjectives or "de" + up to two words."""
    if not words or not _noun(words[0], reads, single) or len(words) > 4:
        return False
    rest = words[1:]
    if rest and rest[0] in _DE:
        return 1 < len(rest) <= 3 and all(w.isalpha() and w.islower() for w in rest[1:])
    return len(rest) <= 2 and all(_adj(w, reads) for w in rest)


def _tail(rest: list[str], reads: Reads, stacked: bool) -> bool:
    """What may follow the first member's noun: up to two adjectives, or (``stacked``: the
    English member is a noun stack, *film directors*, *mobile action units*) a bare "de" +
    a lower-case noun and up to two adjectives ("des directeurs de film talentueux", an
    adjective the analyser does not know)."""
    if len(rest) <= 2 and all(_adj(w, reads) or _unknown(w, reads) for w in rest):
        return True
    return stacked and 2 <= len(rest) <= 4 and rest[0] in _DE and rest[1].isalpha() and \
        rest[1].islower() and any(r.pos == "n" for r in reads.get(rest[1], ())) and not any(
            r.pos in ("det", "prn") for r in reads.get(rest[1], ())) and all(
            _adj(w, reads) or _unknown(w, reads) for w in rest[2:])


def _unknown(word: str, reads: Reads) -> bool:
    """A lower-case word the analyser does not know, after a noun an adjective
    ("talentueux")."""
    return word.isalpha() and word.islower() and not reads.get(word)


def _first(words: list[str], reads: Reads, single: bool, stacked: bool = False
           ) -> tuple[int, str] | None:
    """(index of its determiner, the determiner) of the first member, which ends
    ``words``: determiner, an adjective maybe, a plural noun, up to two adjectives or
    (``stacked``) a bare "de" complement (``single``: "de" and a noun of either number)."""
    for tail in range(5 if stacked else 3):
        n = len(words) - 1 - tail
        if n < 1 or not _noun(words[n], reads, single) or not _tail(
                words[n + 1:], reads, stacked and not single):
            continue
        for d in (n - 1, n - 2):
            if d < 0 or (d == n - 2 and not _adj(words[n - 1], reads)):
                continue
            if stacked and words[d] in _DE and d and any(
                    r.pos == "n" for r in reads.get(words[d - 1], ())):
                continue  # the stack's own "de" ("des salles de sports")
            if (words[d] in _PLURAL and not single) or words[d] in _DE:
                return d, words[d]
    return None


def _plan(toks: list[Token], words: list[str], et: int, members: int, reads: Reads,
          of_before: bool, single: bool = False, stacked: bool = False,
          attached: bool = False) -> list[tuple[int, str]]:
    """(token index, the words to put before it) for the list "et" at ``et`` closes;
    ``members``: how many plural members the English has before its *and* (``single``:
    how many members of any number its list after *of* has; ``stacked``: the English first
    member a noun stack)."""
    if et + 1 >= len(words) or not _noun(words[et + 1], reads, single) or \
            toks[et + 1][0] != toks[et][1] + 1 or any(
            r.pos in ("det", "prn") for r in reads.get(words[et + 1], ())):
        return []  # not a bare noun ("leurs": a determiner too)
    # the segments before "et", cut at commas: the bare members, then the first
    segments: list[tuple[int, int]] = []
    end = et - 1 if et and words[et - 1] == "," else et  # the serial comma: ", ou groupes"
    for _ in range(members):
        start = end - 1
        while start >= 0 and words[start] not in (",", "et") and end - start <= 6:
            start -= 1
        segments.append((start + 1, end))
        if start < 0 or words[start] != ",":
            break
        end = start
    if len(segments) != members or members == 0:
        return []
    # the first member: the last segment, whose beginning runs into the sentence
    s0, e0 = segments[-1]
    first = _first(words[s0:e0], reads, single, stacked)
    if first is None:
        return []
    d, det = first[0] + s0, first[1]
    if attached and (det in _DE or not d or words[d - 1] in _DE or any(
            r.pos == "n" for r in reads.get(words[d - 1], ()))):
        return []  # "des participants de régions, experts": the members may be the
        # plural noun's conjuncts; only after another preposition ("à des directeurs")
    middle = segments[:-1]
    if not all(_member(words[s:e], reads, single) for s, e in middle):
        return []
    if d and any(r.lemma in ROLES for r in reads.get(words[et + 1], ())) and any(
            r.pos == "n" for r in reads.get(words[d - 1], ())):
        return []  # "les chefs des régions et maires": the person beside the first noun
    prep = ""
    if det in _DE:
        before = words[d - 1] if d else ""
        if any(r.pos == "n" for r in reads.get(before, ())) and not of_before:
            return []  # "de" of a noun's complement ("salles de sport, piscines")
    elif d and words[d - 1] in ("de", "à"):
        prep = words[d - 1] + " "  # "de ses comités et de ses commissions"
    apostrophe = "’" if any("’" in t[2] for t in toks) else "'"  # the text's own
    plans = []
    for k in [s for s, _ in middle] + [et + 1]:
        if det in _DE:
            said = "d" + apostrophe if VOWEL_START.match(words[k]) else "de "
        else:
            said = prep + det + " "
        plans.append((k, said))
    return plans


def repeated(source: str, french: str) -> str:
    """ "des ministres, gouverneurs et chefs" -> "des ministres, des gouverneurs et des
    chefs", "de ses comités et commissions" -> "de ses comités et de ses commissions",
    where the English has *ministers, governors and heads*, *its committees and
    commissions* (see the module's doc)."""
    pairs: list[tuple[str, list[_And]]] = []
    if " et " in french and " and " in source:
        pairs.append(("et", _english(source)))
    if " ou " in french and " or " in source:  # *X, Y, or Z* "X, Y ou Z" alike
        pairs.append(("ou", _english(source, _OR_EN)))
    pairs = [(c, e) for c, e in pairs if any(a.plural or a.listed for a in e)]
    if not pairs:
        return french
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(french)]
    words = [folded(t[2]) for t in toks]
    reads = readings(sorted({w for w in words if w[:1].isalpha()}))
    if not reads:
        return french
    plans: list[tuple[int, str]] = []
    for said, english in pairs:
        ets = [i for i, w in enumerate(words) if w == said]
        if len(ets) != len(english):
            continue  # the "et" and the *and* cannot be paired
        for et, en in zip(ets, english, strict=True):
            plan = _plan(toks, words, et, en.plural, reads, en.of,
                         stacked=en.stacked, attached=en.attached) if en.plural else []
            if not plan and en.listed:  # "de commerce, investissement et liens culturels"
                plan = _plan(toks, words, et, en.listed, reads, True, single=True)
            plans += plan
    for k, said in sorted(plans, reverse=True):
        at = toks[k][0]
        french = french[:at] + said + french[at:]
    return french


def plural_lists(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``repeated`` on each text."""
    return [repeated(s, t) for s, t in zip(sources, texts, strict=True)]
