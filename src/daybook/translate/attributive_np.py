"""An adjective the engine read as a noun after another adjective.

English words that are an adjective and a noun (*Russian*, *Chinese*, *public*, *mobile*)
after another adjective and before their noun (*a famous Russian journalist*, *legendary
Russian hockey players*, *famous public activists*, *a special mobile application*) were
tagged as nouns, and the engine said them as the head's complement: "un journaliste de russe
célèbre", "des joueurs de hockey de russe légendaires", "des activistes de public célèbres",
"une application de portable spécial". French writes them as adjectives right after the
noun, agreed with it, and the other adjective after them, agreed with it too: "un journaliste
russe célèbre", "des joueurs de hockey russes légendaires", "des activistes publics
célèbres", "une application mobile spéciale" (``adjective_nouns``).

Fires at most as often as the English has such a run (an adjective, a word its analyser
reads as adjective and noun, a noun), where Apertium's French analyser reads the word after
"de" as an adjective and a noun and the next one as an adjective; the head is the noun
before "de", or the one before its own "de" where only that one agrees with the adjective
after ("joueurs de hockey de russe légendaires"). Not after nouns of teaching, where the
language is the complement ("un cours de français intensif", *an intensive French course*).
"""

from __future__ import annotations

import re

from daybook.translate.agreement import form_in
from daybook.translate.gender import Reading, agrees, clause_tokens, readings
from daybook.translate.processes import remembered_readings

_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_TOKENS = clause_tokens()
_OF = frozenset(("de", "d'", "d’"))
# Nouns whose "de" + language is their complement: a course, teacher, lesson of French.
_TEACHING = frozenset(("cours", "professeur", "professeurs", "enseignant", "enseignants",
                       "enseignante", "enseignantes", "leçon", "leçons", "enseignement",
                       "manuel", "manuels", "examen", "examens", "dictionnaire",
                       "dictionnaires", "traducteur", "traducteurs", "interprète",
                       "interprètes"))
# The engine's noun sense -> the adjective (general usage: *a mobile application* "une
# application mobile", "portable" said of a thing is *that can be carried*; *military*
# "militaire", "armé" is *armed*).
_ADJECTIVE_OF = {"portable": "mobile", "armée": "militaire"}


def _runs(source: str) -> int:
    """How many (adjective, adjective-or-noun, noun) runs the source has."""
    words = _WORDS.findall(source)
    if len(words) < 3:
        return 0
    reads = remembered_readings(sorted(set(words)))

    def has(word: str, tag: str) -> bool:
        return any(tag in r for r in reads.get(word, ()))

    return sum(1 for a, b, c in zip(words, words[1:], words[2:], strict=False)
               if has(a, "<adj>") and has(b, "<adj>") and has(b, "<n>") and has(c, "<n>"))


def _of(reads: tuple[Reading, ...], pos: str) -> list[Reading]:
    return [r for r in reads if r.pos == pos]


def adjective_nouns(source: str, french: str) -> str:
    """ "un journaliste de russe célèbre" -> "un journaliste russe célèbre", where the English
    has *a famous Russian journalist*."""
    if " de " not in french and " d'" not in french and " d’" not in french:
        return french
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKENS.finditer(french)]
    candidates = [i for i in range(1, len(toks) - 2) if toks[i][2] in _OF]
    if not candidates:
        return french
    reads = readings(sorted({w.lower() for _, _, w in toks if w[:1].isalpha()}))
    edits = [e for e in (_edit(toks, reads, i) for i in candidates) if e is not None]
    if not edits:
        return french
    # The English last: most sentences have a "de" but no misread adjective.
    for start, end, new in reversed(edits[:_runs(source)]):
        french = french[:start] + new + french[end:]
    return french


def _edit(toks: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
          i: int) -> tuple[int, int, str] | None:
    near, word, adj = toks[i - 1][2], toks[i + 1][2], toks[i + 2][2]
    if not ((near.islower() or i == 1) and word.islower() and adj.islower()):
        return None
    near = near.lower()
    as_adj = _of(reads.get(word, ()), "adj")
    adj_reads = _of(reads.get(adj, ()), "adj")
    nouns = _of(reads.get(near, ()), "n")
    if near in _TEACHING or not as_adj or not _of(reads.get(word, ()), "n") or not adj_reads or (
            not nouns):
        return None
    if any(r.pos == "n" for r in reads.get(adj, ())) and not any(
            agrees(a, n) for a in adj_reads for n in nouns):
        return None  # "de russe X" where X may be a noun of its own
    head = nouns[0]
    agreeing = [n for n in nouns if any(agrees(a, n) for a in adj_reads)]
    if agreeing:
        head = agreeing[0]
    elif i >= 3 and toks[i - 2][2] in _OF and not any(
            agrees(a, n) for a in adj_reads for n in _of(reads.get(word, ()), "n")):
        # "joueurs de hockey de russe légendaires": the adjective agrees with the first noun
        # (not where the engine agreed it with the misread noun: "étude de conflits d'armée
        # contemporaine", *contemporary military conflicts*)
        far = [n for n in _of(reads.get(toks[i - 3][2].lower(), ()), "n")
               if any(agrees(a, n) for a in adj_reads)]
        if far:
            head = far[0]
    gender = head.gender if head.gender != "mf" else adj_reads[0].gender
    gender = "m" if gender == "mf" else gender  # a noun of either gender: the masculine
    number = head.number if head.number != "sp" else adj_reads[0].number
    said = _ADJECTIVE_OF.get(word)
    if said is not None:
        as_adj = [Reading(said, ("adj", "mf", "sg"))]
    made = form_in(as_adj[0], gender, number)
    if made is None:
        return None
    if any(agrees(a, Reading("", ("n", gender, number))) for a in adj_reads):
        other: str | None = adj
    else:
        other = form_in(adj_reads[0], gender, number)
    if other is None:
        return None
    return toks[i][0], toks[i + 2][1], f"{made} {other}"
