"""A list of infinitives after *to* kept verbs: "to practise art, improve skills and ...".

English says *to* once before a list of verbs ("the opportunity to practise art, improve
their skills, and acquire experience", "to develop the social sphere, support families with
children and develop the economy"); stage 1's tagger reads a member after a comma as a noun
or a finite verb ("amélioration leurs savoir-faire, et acquiert", "familles de soutien").
``english`` repeats *to* before each member after a comma (and the *and*/*or* members of a
list that has one), which the engine then reads as infinitives, and ``french`` gives those
members the preposition of the list's first infinitive ("de pratiquer l'art, d'améliorer
leurs savoir-faire et d'acquérir"; the engine writes the repeated *to* "pour"). French
repeats "de"/"à" before each infinitive of such a list (Grevisse, *Le Bon Usage*, § 1044).

A member is a verb when the English analyser reads its first word as an infinitive, and
either as nothing but a verb (*improve*, *develop*) with a word after it that is no *and*
or comma, or as a noun too (*support*) with a determiner, a possessive or an object
pronoun after it; a noun-or-verb before a bare noun ("support families") only in a list
that has a sure member as well (*water resources* in "to protect land, water resources and
forests" stays a noun). Never past a sentence's end, a semicolon or a colon, nor past a
member that opens with a subject or a conjunction of its own ("and we", "but").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from daybook.translate.french import VOWEL_START
from daybook.translate.gender import Reading, clause_tokens, tokens_and_readings
from daybook.translate.processes import remembered_readings

_EN_TOKEN = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|[.,;:!?()\[\]“”\"—–]")
_OBJECT = frozenset(("the", "a", "an", "their", "our", "its", "his", "her", "your", "my",
                     "this", "these", "those", "them", "it", "us", "him", "me", "new", "more",
                     "all", "every", "each", "some", "any", "other", "such", "both"))
_CLAUSE = frozenset(("we", "i", "you", "they", "he", "she", "it", "there", "that", "which",
                     "who", "but", "because", "so", "while", "if", "when", "as", "not",
                     "also", "then", "this"))
# Words that open a clause of their own: the list ends before them.
_STOP = frozenset(("that", "which", "who", "whom", "whose", "where", "when", "because",
                   "while", "if", "although", "though", "but", "unless", "until", "since"))
_END = frozenset((".", "!", "?", ";", ":", "(", ")", "[", "]", "“", "”", "\"", "—", "–"))
_LIST = re.compile(r"\bto \w+[^.;:]*, ")


def _inf(reads: tuple[str, ...]) -> bool:
    return any("<vblex><inf>" in r for r in reads)


def _only_verb(reads: tuple[str, ...]) -> bool:
    return _inf(reads) and all("<vblex>" in r or "<vbmod>" in r for r in reads)


def _bare_noun(reads: tuple[str, ...]) -> bool:
    return bool(reads) and all("<n>" in r for r in reads)


def _members(toks: list[str], reads: Mapping[str, tuple[str, ...]]) -> list[int]:
    """Indexes of the tokens before which *to* goes."""
    low = [t.lower() for t in toks]
    out: list[int] = []
    i = 0
    while i < len(low) - 1:
        if low[i] != "to" or not _inf(reads.get(low[i + 1], ())):
            i += 1
            continue
        sure: list[int] = []
        maybe: list[int] = []
        j = i + 2
        while j < len(low) and low[j] not in _END and low[j] not in _STOP:
            if low[j] not in (",", "and", "or"):
                j += 1
                continue
            k = j
            while k < len(low) and low[k] in (",", "and", "or"):
                k += 1
            comma = "," in low[j:k]
            if k >= len(low) or low[k] in _CLAUSE or low[k] in _STOP:
                break
            w = reads.get(low[k], ())
            after = low[k + 1] if k + 1 < len(low) else "."
            # a member after a bare *and* only in a list that has one after a comma
            if toks[k].islower() and _inf(w) and low[k] != "to" and (comma or sure or maybe):
                if after in _OBJECT or (_only_verb(w) and after not in _END
                                        and after not in (",", "and", "or")):
                    sure.append(k)
                elif comma and _bare_noun(reads.get(after, ())):
                    maybe.append(k)
            j = k
        if sure:
            out.extend(sorted(sure + maybe))
        i = j
    return out


def english(lines: Sequence[str], mode: str = "eng-cat") -> list[str]:
    """Each line with *to* before each verb of a list after *to* (see the module's doc)."""
    todo = [k for k, line in enumerate(lines) if _LIST.search(line)]
    if not todo:
        return list(lines)
    toks = {k: [(m.start(), m.group(0)) for m in _EN_TOKEN.finditer(lines[k])] for k in todo}
    reads = remembered_readings(sorted({w.lower() for k in todo for _, w in toks[k]
                              if w[:1].isalpha()}), mode)
    if not reads:
        return list(lines)
    out = list(lines)
    for k in todo:
        words = [w for _, w in toks[k]]
        line = lines[k]
        for j in reversed(_members(words, reads)):
            at = toks[k][j][0]
            line = line[:at] + "to " + line[at:]
        out[k] = line
    return out


def count(source: str, reads: Mapping[str, tuple[str, ...]]) -> int:
    """How many *to* ``english`` puts in ``source``, its words read as ``reads`` has them."""
    return len(_members([m.group(0) for m in _EN_TOKEN.finditer(source)], reads))


_TOKEN = clause_tokens("‘\\[\\]")
# ", pour V", " et pour V": a member's "pour", object pronouns between it and its verb.
_LIST_POUR = re.compile(r"(,\s+(?:(?:et|ou)\s+)?|\s(?:et|ou)\s+)pour\s+"
                        r"(?=((?:(?:lui|leur|le|la|les|y|en|se|nous|vous|me)\s+|[ls][’'])*)(\w+))")
_PREP = re.compile(r"(?<![\w’'-])(de|d’|d'|à|pour)\s*$", re.IGNORECASE)
# The same with the infinitive's object pronouns after it ("de vous connaître").
_PREP_CLITICS = re.compile(r"(?<![\w’'-])(de|d’|d'|à|pour)\s*(?:(?:lui|leur|le|la|les|y|en|se|"
                           r"nous|vous|me|te)\s+|[lsmt][’'])*$", re.IGNORECASE)


# *to V ... and to V*: English says *to* again before the second infinitive, which the
# engine writes "pour" whatever the first one's preposition ("de promouvoir le dialogue et
# pour lancer").
_AND_TO_EN = re.compile(r"\bto\s+[a-z]+\b[^.;:]*?\s(?:and|or)\s+to\s+(?:\w+ly\s+)?[a-z]+")
_AND_POUR = re.compile(r"(\s(?:et|ou)\s+)pour\s+"
                       r"(?=((?:(?:lui|leur|le|la|les|y|en|se|nous|vous|me)\s+|[ls][’'])*)(\w+))")


def french(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text whose English had such a list with the engine's "pour" before
    its members replaced by the first infinitive's preposition ("de", "à"), or dropped;
    the same for the "et pour" of *and to* ("de promouvoir le dialogue et de lancer")."""
    return _lists(sources, _and_to(sources, texts))


def _and_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "de promouvoir le dialogue et pour lancer" -> "et de lancer" (*to promote the
    dialogue and to launch*): as many "et pour" + an infinitive as the English has *and
    to*, the last ones, take the preposition of the nearest infinitive before them (none
    after a modal: "Nous devons bâtir la route et appuyer"); French repeats "de" and "à"
    before each coordinated infinitive (Grevisse § 1044)."""
    need = {k: len(_AND_TO_EN.findall(s)) for k, (s, t) in enumerate(zip(sources, texts,
                                                                         strict=True))
            if " pour " in t and _AND_TO_EN.search(s) and _AND_POUR.search(t)}
    if not need:
        return list(texts)
    out = list(texts)
    for k, (infinitives, spots) in _spots(texts, need, _AND_POUR, _infinitive).items():
        text = texts[k]
        for m in reversed(spots):
            first = [s for s, e in infinitives if e <= m.start()
                     and not re.search(r"[.;:!?]", text[e:m.start()])]
            prep = _PREP_CLITICS.search(text, 0, first[-1]) if first else None
            if first and (prep is None or prep.group(1).lower() != "pour"):
                # not after a purpose's "pour", said again
                text = text[:m.start()] + _lead(m, m.group(1), prep) + text[m.end():]
        out[k] = text
    return out


def _infinitive(reads: Sequence[Reading]) -> bool:
    """An infinitive (also a noun: "lancer", "devoir"), never a finite verb."""
    return any(r.tags[1:2] == ("inf",) for r in reads) and not any(
        len(r.tags) > 3 and r.tags[0].startswith("vb") for r in reads)


def _any_infinitive(reads: Sequence[Reading]) -> bool:
    return any(r.pos and "inf" in r.tags for r in reads)


def _spots(texts: Sequence[str], need: Mapping[int, int], pattern: re.Pattern[str],
           verb: Callable[[Sequence[Reading]], bool]
           ) -> dict[int, tuple[list[tuple[int, int]], list[re.Match[str]]]]:
    """For each text k of ``need``: the spans of its infinitives, and the last need[k]
    matches of ``pattern`` (a "pour" before a member) whose verb (group 3) ``verb`` takes
    (a "pour" before them is the engine's own)."""
    toks, reads = tokens_and_readings(_TOKEN, texts, list(need))
    return {k: ([(s, e) for s, e, w in toks[k]
                 if any("inf" in r.tags for r in reads.get(w.lower(), ()))],
                [m for m in pattern.finditer(texts[k])
                 if verb(reads.get(m.group(3).lower(), ()))][-n:]) for k, n in need.items()}


def _lead(m: re.Match[str], lead: str, prep: re.Match[str] | None) -> str:
    """``lead`` (the words before the member's "pour") and the preposition ``prep`` of the
    list's first infinitive, for the member ``m``; "pour" after a "pour"."""
    of = prep.group(1).lower() if prep is not None else ""
    if of in ("de", "d’", "d'"):
        return lead + ("d’" if VOWEL_START.match(m.group(2) + m.group(3)) else "de ")
    return lead + of + " " if of in ("à", "pour") else lead


def _lists(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The "pour" of a comma list of infinitives (``french``)."""
    some = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _LIST.search(s) and _LIST_POUR.search(t)]
    if not some:
        return list(texts)
    en = remembered_readings(sorted({m.group(0).lower() for k in some
                           for m in _EN_TOKEN.finditer(sources[k])
                           if m.group(0)[:1].isalpha()}), "eng-cat")
    need = {k: n for k in some if (n := count(sources[k], en))}
    if not need:
        return list(texts)
    out = list(texts)
    for k, (infinitives, spots) in _spots(texts, need, _LIST_POUR, _any_infinitive).items():
        if not spots:
            continue
        text = texts[k]
        # the list's first infinitive: the nearest one before its first member
        first = [s for s, e in infinitives if e <= spots[0].start()]
        prep = _PREP.search(text, 0, first[-1]) if first else None
        for m in reversed(spots):
            lead = m.group(1)
            if lead.startswith(",") and lead.strip(", "):
                lead = " " + lead.strip(", ") + " "  # ", et" -> " et": no comma before it
            text = text[:m.start()] + _lead(m, lead, prep) + text[m.end():]
        out[k] = text
    return out
