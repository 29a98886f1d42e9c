"""A second noun joined by "et" to a noun phrase, with the determiner and the preposition
it needs.

English says the determiner once for two nouns ("a constructive dialogue and cooperation",
"with fists and violence", "its current status and prospects"), and so does the pivot ("un
dialogue constructif et coopération", "avec des poings et violence", "de son statut
actuel et perspectives"); French repeats it, and must where the second noun's gender or
number is not the first determiner's: "un dialogue constructif et une coopération", "des
poings et de la violence", "de son statut actuel et de ses perspectives". Only then (two
plurals, "des plans et initiatives", are left as they are; ``articles_np.articles`` says
a definite determiner again in the other cases and in lists), the second noun read as a
noun only by Apertium's French analyser, or as a noun or an adjective that could not agree
with the first noun ("perspectives" after "statut actuel"), the first as a noun after its
determiner, up to two adjectives between.

"de" and "à" are repeated before each coordinated complement (Grevisse, *Le Bon Usage*,
§ 1043, as ``owners_np`` does for countries): where the first phrase has one ("du", "au",
"de la", "à l'"...), the determiner given to the second noun takes it, and a second noun
the engine gave its own definite, possessive or demonstrative determiner takes it where
the English shares the first one (no determiner after any *and*: *its establishment and
subsequent growth* "de son établissement et de sa croissance", *strengthening friendship
and mutual understanding* "de l'amitié et de la compréhension"), unless a finite verb
follows it (a subject: "de la ville et la région ont").

``listed`` runs ``articles_np.articles`` and the rules above again after
``articles_np.bare_objects``, which gives a bare object its article after the source rules
ran ("alimentent terrorisme, extrémisme et flux" became "le terrorisme, extrémisme et
flux", whose list then takes its determiners: "le terrorisme, l'extrémisme et les flux"),
and after the clause rules that make noun phrases of the engine's gerunds ("à la
protection de leurs droits et de leurs intérêts").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.articles_np import articles
from daybook.translate.french import contract, folded
from daybook.translate.gender import DETERMINERS, Reading, clause_tokens, determiner, readings

_TOKEN = clause_tokens()
Token = tuple[int, int, str]
# Determiners a second noun may have of its own, after which "de"/"à" is said again.
_OWN = frozenset(("le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "notre",
                  "nos", "votre", "vos", "ce", "cet", "cette", "ces"))
# The contracted "de"/"à" + article, as (preposition, article).
_CONTRACTED = {"du": ("de", "le"), "au": ("à", "le"), "aux": ("à", "les"), "des": ("de", "les")}
# *and* + a determiner: the English gives the second noun its own.
_AND_DET_EN = re.compile(r"\band\s+(?:the|a|an|its|their|our|his|her|this|that|these|those|"
                         r"my|your|all|every|each|some|other)\b", re.IGNORECASE)
_FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs")


def _only(reads: tuple[Reading, ...], pos: str) -> bool:
    return bool(reads) and all(r.pos == pos for r in reads)


class _Phrase:
    """The first noun phrase of a coordination: its determiner (``det``, a key of
    ``DETERMINERS``), the preposition before it ("de", "à" or ""), its noun (``head``, a
    token index), its first token (``start``: the preposition or the determiner)."""

    __slots__ = ("det", "head", "prep", "start")

    def __init__(self, det: str, prep: str, head: int, start: int) -> None:
        self.det, self.prep, self.head, self.start = det, prep, head, start


def _first(toks: list[Token], words: list[str], reads: dict[str, tuple[Reading, ...]],
           et: int) -> _Phrase | None:
    """The noun phrase (determiner, noun, up to two adjectives) that ends before "et" at
    ``et`` (``words``: the tokens folded); None where there is none."""
    j = et - 1
    while j > 0:
        adjectives = 0
        while j > 0 and adjectives < 2 and _only(reads.get(words[j], ()), "adj"):
            j -= 1
            adjectives += 1
        got = reads.get(words[j], ())
        if not any(r.pos == "n" for r in got) or any(r.pos in ("prn", "det") for r in got) \
                or not toks[j][2].islower():
            return None
        det = words[j - 1]
        if det not in DETERMINERS or det in ("tout", "toute", "quel", "quelle", "quels",
                                             "quelles", "aucun", "aucune"):
            return None
        prep = ""
        start = j - 1
        if det in _CONTRACTED:
            before = reads.get(words[j - 2], ()) if j > 1 else ()
            if det != "des" or (_only(before, "n") and toks[j - 2][2].islower()):
                prep, det = _CONTRACTED[det]  # "des" after a noun: "de" + "les"
        elif j > 1 and words[j - 2] in ("de", "d'", "à") and det not in ("un", "une", "des"):
            prep = "de" if words[j - 2] != "à" else "à"
            start = j - 2
        return _Phrase(det, prep, j, start)
    return None


def _noun(reads: tuple[Reading, ...], head: tuple[Reading, ...]) -> bool:
    """A noun only, or a noun or an adjective that could not agree with the first noun
    (``head``: its readings): "son statut actuel et perspectives" (no adjective of
    "statut"), not "le plan actuel et futur"."""
    if _only(reads, "n"):
        return True
    if not any(r.pos == "n" for r in reads) or not all(r.pos in ("n", "adj") for r in reads):
        return False
    nouns = [r for r in head if r.pos == "n"]
    return bool(nouns) and not any(
        r.number in (n.number, "sp") and r.gender in (n.gender, "mf")
        for r in reads if r.pos == "adj" for n in nouns) and not any(
        n.gender == "mf" or n.number == "sp" for n in nouns)


def _with_det(det: str, prep: str, noun: str, reads: dict[str, tuple[Reading, ...]]
              ) -> str | None:
    """The determiner (with ``prep`` contracted in it) for the bare ``noun`` after a first
    phrase whose determiner is ``det``; None where the first one fits it too."""
    kind, g, n = DETERMINERS[det]
    nouns = [r for r in reads.get(noun, ()) if r.pos == "n"]
    gender, number = nouns[0].gender, nouns[0].number
    if number == "sp" or (number == n and (gender == "mf" or g == "mf" or gender == g)):
        return None  # the first determiner fits the second noun too
    base = det
    if kind in ("un", "du") and not prep:
        # "des" before a singular is partitive: "des poings et de la violence"
        base = "des" if number == "pl" else {"des": "du"}.get(det, det)
    elif number == "sg":
        base = {"les": "le", "ses": "son", "leurs": "leur", "nos": "notre", "vos": "votre",
                "ces": "ce", "mes": "mon"}.get(det, det)
    new = determiner(base, gender, "pl" if number == "pl" else "sg", noun)
    if new is None:
        return None
    said = contract(prep, f"{new} {noun}") if prep else f"{new} {noun}"
    said = said.replace("' ", "'").replace("’ ", "’")
    return said[:-len(noun)]


def _plans(toks: list[Token], reads: dict[str, tuple[Reading, ...]], shared: bool
           ) -> dict[int, str]:
    """Token index -> the words to put before it."""
    words = [folded(t[2]) for t in toks]
    out: dict[int, str] = {}
    for i, word in enumerate(words[:-1]):
        if word != "et" or not toks[i + 1][2][:1].islower():
            continue
        first = _first(toks, words, reads, i)
        if first is None:
            continue
        second = reads.get(words[i + 1], ())
        nxt = words[i + 2] if i + 2 < len(words) else "."
        if _noun(second, reads.get(words[first.head], ())) and len(words[i + 1]) > 2 and (
                _only(second, "n") or not nxt[:1].isalpha() or any(
                    r.pos in ("pr", "det") for r in reads.get(nxt, ()))):
            # a noun or adjective before another word would be an adjective ("et morale
            # hauts"): only before a preposition, a determiner ("des") or punctuation
            new = _with_det(first.det, first.prep, words[i + 1], reads)
            if new is not None:
                out[i + 1] = new
        elif shared and first.prep and words[i + 1] in _OWN and i + 2 < len(words) and any(
                r.pos == "n" for r in reads.get(words[i + 2], ())) and toks[i + 2][2].islower():
            k = i + 3
            while k < len(words) and _only(reads.get(words[k], ()), "adj"):
                k += 1
            after = reads.get(words[k], ()) if k < len(words) else ()
            if after and all(len(r.tags) > 3 and r.tags[1] in _FINITE for r in after):
                continue  # "de la ville et la région ont": a subject of its own
            if k < len(words) and words[k] in ("de", "d'", "du", "des") and first.start and \
                    first.prep == "de" and _action(words[first.start - 1]) and \
                    _action(words[i + 2]):
                continue  # "la modernisation de la production et l'amélioration de la
                # qualité": two nouns of action, each with its own complement, are the pair
            out[i + 1] = "de " if first.prep == "de" else "à "
    return out


# Endings of French nouns of action made from verbs ("modernisation", "renforcement").
_ACTION = ("tion", "sion", "ment", "age")


def _action(word: str) -> bool:
    """A noun of action by its ending ("amélioration", "développement")."""
    return word.endswith(_ACTION) and len(word) > 6


def _put(text: str, toks: list[Token], plans: dict[int, str]) -> str:
    for j in sorted(plans, reverse=True):
        start = toks[j][0]
        new = plans[j]
        if new in ("de ", "à "):  # the preposition before the second noun's own determiner
            said = contract(new.strip(), text[start:])
            text = text[:start] + said
            continue
        text = text[:start] + new + text[start:]
    return text


def conjuncts(french: str, source: str = "") -> str:
    """ "un dialogue constructif et coopération" -> "un dialogue constructif et une
    coopération", "le terrorisme, extrémisme et flux" -> "le terrorisme, l'extrémisme et
    les flux", "de son établissement et sa croissance" -> "et de sa croissance" (see the
    module's doc; ``source``, the English, says whether the determiner was shared)."""
    if " et " not in french:
        return french
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(french)]
    if not any(t[2] == "et" for t in toks):
        return french
    reads = readings(sorted({folded(t[2]) for t in toks if t[2][:1].isalpha()}))
    if not reads:
        return french
    plans = _plans(toks, reads, bool(source) and not _AND_DET_EN.search(source))
    if "’" in french and "'" not in french:  # the text's apostrophe
        plans = {j: p.replace("'", "’") for j, p in plans.items()}
    return _put(french, toks, plans) if plans else french


# A list's bare member after a comma, before "et" ("le terrorisme, extrémisme et"): there
# ``articles`` may find something new after ``bare_objects`` (its other cases ran in the
# source rules); the list only, for speed.
_LIST = re.compile(r", [a-zàâçéèêëîïôûùüÿœ-]+(?: [a-zàâçéèêëîïôûùüÿœ-]+){0,2} et ")


def listed(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``articles_np.articles`` and ``conjuncts`` on each text again (after
    ``bare_objects`` and the clause rules that made noun phrases of verbs: see the
    module's doc)."""
    return [conjuncts(articles(s, t) if _LIST.search(t) else t, s) if " et " in t else t
            for s, t in zip(sources, texts, strict=True)]
