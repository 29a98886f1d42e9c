"""A third-person subject the pivot dropped, given back where the English sentence has it.

Catalan leaves out a subject pronoun, and ``cat-fra`` does not always put it back: "He has
thoroughly studied the history" came out "Longuement a étudié l'histoire", "why she was
convicted" "pourquoi a été condamnée", "where he was told about" "où a été dit sur". Where
the English sentence has more *he* or *she* than the French has "il" or "elle", a finite
verb in the third person singular with no subject before it (at the start of the sentence
or after one adverb there, after a comma, "où", "pourquoi", "que", "quand", "si",
"comme", "lorsque", "parce que") gets "il" or "elle", in the order of the English pronouns,
as many as are missing. Never after "et" or "mais" (English repeats no subject there), nor
before a verb that is also a noun or an adjective. Readings from Apertium's French analyser
(``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import Reading, readings

_HE_SHE = re.compile(r"\b(he|she)\b(?!['’])", re.IGNORECASE)
_IL_ELLE = re.compile(r"(?<![\w’'-])(?:[Ii]l|[Ee]lle)(?![\w’'-])")
_TOKEN = re.compile(r"[\wàâçéèêëîïôûùüÿœæÀ-Ý]+(?:-[\wàâçéèêëîïôûùüÿœæÀ-Ý]+)*['’]?|[^\w\s]")
_CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "se",
                      "s'", "me", "m'", "nous", "vous"))
# What may stand right before a clause whose subject was dropped.
_OPENERS = frozenset((",", ";", ":", "où", "pourquoi", "que", "qu'", "quand", "si", "comme",
                      "lorsque", "lorsqu'", "puisque", "puisqu'", "car", "dont"))
_FINITE = ("pri", "pii", "fti", "cni", "ifi")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def _third_singular(reads: Sequence[Reading]) -> bool:
    """A finite verb in the third person singular and nothing else."""
    return bool(reads) and all(r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
                               and r.tags[1] in _FINITE and r.tags[2:4] == ("p3", "sg")
                               for r in reads)


def _gaps(toks: list[str], reads: dict[str, tuple[Reading, ...]]) -> list[int]:
    """Token indices where a dropped subject goes (before the verb's clitics)."""
    out = []
    for i, word in enumerate(toks):
        if not _third_singular(reads.get(word.lower(), ())) or word[:1].isupper() or (
                i + 1 < len(toks) and toks[i + 1][:1].isupper()):
            continue  # "a Mérité personne": a title the engine read, not a clause
        k = i
        while k > 0 and _norm(toks[k - 1]) in _CLITICS:
            k -= 1
        prev = _norm(toks[k - 1]) if k else ""
        if k == 0 or prev in _OPENERS or (
                k == 1 and toks[0][:1].isupper() and prev.endswith("ment")
                and any(r.pos == "adv" for r in reads.get(prev, ()))):
            out.append(k)
    return out


def third_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the *he* and *she* of its English given back as "il", "elle"
    where the pivot dropped them (see above)."""
    todo = {k: missing for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (missing := len(_HE_SHE.findall(s)) - len(_IL_ELLE.findall(t))) > 0}
    if not todo:
        return list(texts)
    toks = {k: [m.group(0) for m in _TOKEN.finditer(texts[k])] for k in todo}
    spans = {k: [m.span() for m in _TOKEN.finditer(texts[k])] for k in todo}
    reads = readings(sorted({w.lower() for k in todo for w in toks[k] if w[:1].isalpha()}))
    out = list(texts)
    for k, missing in todo.items():
        gaps = _gaps(toks[k], reads)
        if not gaps or len(gaps) > missing:
            continue  # more places than pronouns: which one is not known
        english = [m.group(1).lower() for m in _HE_SHE.finditer(sources[k])]
        # the pronouns the French lacks are taken to be the English ones in order
        pronouns = ["elle" if p == "she" else "il" for p in english][-len(gaps):]
        text = texts[k]
        for gap, pronoun in sorted(zip(gaps, pronouns, strict=True), reverse=True):
            start = spans[k][gap][0]
            if gap == 1 and start > 0:  # "Longuement a étudié" -> "Il a longuement étudié"
                verb = next(i for i in range(gap, len(toks[k]))
                            if _third_singular(reads.get(toks[k][i].lower(), ())))
                end = spans[k][verb][1]
                adverb = text[:spans[k][0][1]]
                text = (pronoun.capitalize() + " " + text[start:end] + " " + adverb.lower()
                        + text[end:])
                continue
            before = text[:start]
            if re.search(r"(?<![\w’'-])(?:[Qq]ue|[Ss]i) $", before) and (
                    pronoun == "il" or before[-4:-1].lower() == "que"):
                before = before[:-2] + "'"  # "qu'il", "s'il", "qu'elle"
            word = pronoun.capitalize() if start == 0 else pronoun
            rest = text[start:]
            if start == 0 and rest[:1].isupper() and rest[1:2].islower():
                rest = rest[:1].lower() + rest[1:]
            text = before + word + " " + rest
        out[k] = text
    return out
