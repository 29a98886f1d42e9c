"""A relative pronoun in the case its English clause gives it: "que" before a subject,
"qui" as the subject.

Two misreadings of the pivot, each checked against the English sentence:

- An object relative after a comma (*the level of poverty, which the President has just
  mentioned*) comes out as a subject one, "qui le Président vient de mentionner": a
  "qui" followed by a determined noun and its finite verb is "que" ("que le Président
  vient de mentionner"), where the English has as many *which/that/whom* + subject.
- *who are doing*, *that are starting* (a relative's progressive in the plural) is read
  "que està fent" by ``eng-cat`` and "qu'il fait", "que juste commence" by ``cat-fra``:
  after a plural noun or "ceux", "qu'il"/"que", adverbs and a verb in the third person
  singular are "qui" and the plural verb, its adverbs after it ("ceux qui font",
  "qui commencent juste"), as many as the English has *who/that/which are* + *-ing*.

Readings and forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import elides, folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.relative_preps import prepositional
from daybook.translate.relatives import third_finite
from daybook.translate.set_goals import set_goals
from daybook.translate.those_who import those_who

__all__ = ["relative_case"]

_TOKEN = clause_tokens()
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
_ADVERB_EN = r"(?:(?:\w+ly|already|still|now|just|also|even|often|always|never|currently)\s+)*"
# English: a relative's plural progressive ("who are doing", "that were returning").
_EN_PROGRESSIVE = re.compile(rf"\b(?:who|that|which)\s+(?:are|were)\s+{_ADVERB_EN}\w+ing\b",
                             re.IGNORECASE)
# English: an object relative, its subject a determined noun or a name ("which the
# President has", "that our partners", "which Russia has"); a time phrase is none
# ("which this year is held").
_EN_OBJECT = re.compile(
    r"\b(?:which|that|whom)\s+(?:(?:the|this|these|those|our|your|their|his|her|its|my)\s+"
    r"(?!(?:year|week|month|time|day|summer|winter|autumn|spring)s?\b)[a-z]|"
    r"(?-i:[A-Z][a-z]+)\s+(?:has|have|had|is|are|was|were|will|would|can|could|\w+ed)\b)",
    re.IGNORECASE)
_DETERMINERS = frozenset(("le", "la", "les", "l'", "ce", "cet", "cette", "ces", "mon", "ma",
                          "mes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur",
                          "leurs"))
# Time nouns: a clause's adverb after "qui", no subject ("qui cette année ont lieu").
_TIME_FR = frozenset(("année", "années", "an", "ans", "semaine", "semaines", "mois", "jour",
                      "jours", "fois", "moment", "été", "hiver", "printemps", "automne",
                      "soir", "matin", "siècle", "décennie", "période"))
_CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "se",
                      "s'", "me", "m'", "nous", "vous"))
_THOSE = frozenset(("ceux", "celles", "ceux-là", "celles-là"))


def _function_word(reads: Sequence[Reading]) -> bool:
    return any(r.pos in ("pr", "det", "prn", "cnjsub", "cnjcoo", "rel") for r in reads)


def _object_relatives(tk: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]]
                      ) -> list[int]:
    """Indices of "qui" after a comma or a noun, followed by a determiner, a noun (with
    adjectives) and a finite verb of its number: an object relative's pronoun."""
    out = []
    for i in range(1, len(tk) - 3):
        if folded(tk[i][2]) != "qui":
            continue
        prev = folded(tk[i - 1][2])
        if prev != "," and not (any(r.pos == "n" for r in reads.get(prev, ()))
                                and not _function_word(reads.get(prev, ()))):
            continue  # "par qui la protection": a preposition's object
        if folded(tk[i + 1][2]) not in _DETERMINERS:
            continue
        j, numbers = i + 2, set()
        while j < len(tk) and j < i + 6:
            word = tk[j][2]
            r = reads.get(word.lower(), ())
            if folded(word) in _TIME_FR:
                break
            nominal = [x for x in r if x.pos in ("n", "adj", "np")]
            if word[:1].isupper() and word.isalpha():
                numbers |= {t for x in nominal for t in x.tags if t in ("sg", "pl")} or {"sg"}
            elif nominal and not third_finite(r) and not _function_word(r):
                numbers |= {t for x in nominal if x.pos == "n" for t in x.tags
                            if t in ("sg", "pl")}
            else:
                break
            j += 1
        if j == i + 2 or not numbers or j >= len(tk) or folded(tk[j - 1][2]) in _TIME_FR:
            continue
        while j < len(tk) and folded(tk[j][2]) in _CLITICS:
            j += 1
        verb = third_finite(reads.get(tk[j][2].lower(), ())) if j < len(tk) else []
        if verb and any(v.tags[3] in numbers for v in verb) and not tk[j][2][:1].isupper():
            out.append(i)
    return out


def _adverbs(tk: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             j: int) -> int:
    """The index after the adverbs from ``j`` ("juste", "déjà"; no verb)."""
    while j < len(tk) and any(r.pos == "adv" for r in reads.get(folded(tk[j][2]), ())) \
            and not third_finite(reads.get(folded(tk[j][2]), ())):
        j += 1
    return j


def _nonfinite(reads: Sequence[Reading], tag: str) -> str | None:
    """The lemma of a verb's infinitive or gerund reading (``tag``)."""
    return next((r.lemma for r in reads if r.tags[:1] and r.tags[0] in _VERB
                 and r.tags[1:2] == (tag,)), None)


def _progressive_verb(tk: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                      j: int) -> tuple[str, str, str, int, list[int]] | None:
    """(lemma, category, tense, end, adverb indices) of the verb at ``j``: a third person
    singular verb ("fait"), or "est"/"était", adverbs and "en train de" + infinitive, a
    gerund or "en" + gerund (the progressive ``simple_tense`` and ``frames`` make simple
    later, without the English)."""
    word = folded(tk[j][2])
    if word in ("est", "était"):
        tense = "pri" if word == "est" else "pii"
        k = _adverbs(tk, reads, j + 1)
        adverbs = list(range(j + 1, k))
        words = [folded(t[2]) for t in tk[k:k + 3]]
        if words[:2] == ["en", "train"] and words[2:] in (["de"], ["d'"]) and k + 3 < len(tk):
            lemma, end = _nonfinite(reads.get(tk[k + 3][2].lower(), ()), "inf"), k + 4
        elif words[:1] == ["en"] and k + 1 < len(tk):
            lemma, end = _nonfinite(reads.get(tk[k + 1][2].lower(), ()), "ger"), k + 2
        else:
            lemma, end = _nonfinite(reads.get(tk[k][2].lower(), ()), "ger"), k + 1
        if lemma is not None:
            return lemma, "vblex", tense, end, adverbs
    reads_j = reads.get(tk[j][2].lower(), ())
    verb = [r for r in third_finite(reads_j) if r.tags[3] == "sg"]
    if verb and not _function_word(reads_j):
        return verb[0].lemma, verb[0].tags[0], verb[0].tags[1], j + 1, []
    return None


def _progressives(tk: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]]
                  ) -> list[tuple[int, str, int, list[int]]]:
    """(first index, generator input, end, adverb indices) of "qu'il"/"que", adverbs and a
    singular verb (or progressive) after a plural noun, its adjective or "ceux"."""
    out = []
    for i in range(1, len(tk) - 1):
        word = folded(tk[i][2])
        if word == "qu'" and i + 1 < len(tk) and folded(tk[i + 1][2]) == "il":
            first = i + 2
        elif word == "que":
            first = i + 1
        else:
            continue
        prev = folded(tk[i - 1][2])
        plural = prev in _THOSE or (  # a plural noun, or its adjective ("chevronnés")
            any(r.pos in ("n", "adj", "pp") and "pl" in r.tags for r in reads.get(prev, ()))
            and not _function_word(reads.get(prev, ())) and not third_finite(reads.get(prev, ())))
        if not plural:
            continue
        j = _adverbs(tk, reads, first)
        if j >= len(tk) or tk[j][2][:1].isupper():
            continue
        found = _progressive_verb(tk, reads, j)
        if found is not None:
            lemma, category, tense, end, adverbs = found
            out.append((i, f"^{lemma}<{category}><{tense}><p3><pl>$", end,
                        list(range(first, j)) + adverbs))
    return out


def relative_case(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its misread relatives said in their English case (see
    above), a governed verb's relative with its preposition (``relative_preps``), the
    pronoun before a relative of persons (``those_who``), *the goals we set ourselves*
    (``set_goals``)."""
    return set_goals(sources, prepositional(sources, those_who(sources, _cases(sources, texts))))


def _cases(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    objects = [len(_EN_OBJECT.findall(s)) for s in sources]
    progressive = [len(_EN_PROGRESSIVE.findall(s)) for s in sources]
    todo = [k for k in range(len(texts)) if objects[k] or progressive[k]]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    for k in todo:
        tk = toks[k]
        fixes: list[tuple[int, int, str]] = []
        found = _object_relatives(tk, reads) if objects[k] else []
        if found and len(found) <= objects[k]:
            for i in found:
                elided = elides(tk[i + 1][2])
                fixes.append((tk[i][0], tk[i + 1][0], "qu'" if elided else "que "))
        found_p = _progressives(tk, reads) if progressive[k] else []
        if found_p and len(found_p) <= progressive[k]:
            forms = generate(sorted({g for _, g, _, _ in found_p}))
            for i, wanted, end, adverbs in found_p:
                if not forms.get(wanted):
                    continue
                said = " ".join(tk[a][2] for a in adverbs)
                fixes.append((tk[i][0], tk[end - 1][1],
                              "qui " + forms[wanted] + (" " + said if said else "")))
        text = texts[k]
        for start, end, new in sorted(fixes, reverse=True):
            text = text[:start] + new + text[end:]
        out[k] = text
    return out
