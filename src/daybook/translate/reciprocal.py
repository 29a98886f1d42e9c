"""*each other*, which the pivot writes "chacun autre" or "chacun" + a noun.

After a verb, *each other* is the verb made pronominal the way ``pronominal`` makes it
("nous verrons chacun autre" -> "nous nous verrons", "n'avons pas vu chacun autre" -> "ne
nous sommes pas vus"), and after a preposition "l'un ... l'autre" ("parallèle à chacun
autre" -> "parallèle l'un à l'autre", "avec chacun autre" -> "l'un avec l'autre"); *each
other's* + a noun, "chacun" + the noun, the noun with its article and "de l'autre" ("en
respectant chacun souveraineté" -> "en respectant la souveraineté de l'autre"). Forms from
Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import VOWEL_START
from daybook.translate.gender import Reading, readings, tokens_and_readings
from daybook.translate.pronominal import TOKEN, Token, apply_edits, norm, pronominal_edit

_EACH_OTHER_EN = re.compile(r"\beach\s+other\b(?!['’])", re.IGNORECASE)
_CHACUN_AUTRE = re.compile(r"(?<![\w’'-])(?:(à|avec|de|pour|sur|contre|envers|sans|par) )?"
                           r"chacun(e?) autre(?![\w’'-])")


def _each_other_after(m: re.Match[str]) -> str:
    """ "à chacun autre" -> "l'un à l'autre"; alone, left for the verb."""
    if m.group(1) is None:
        return m.group(0)
    one = "l'une" if m.group(2) else "l'un"
    return f"{one} {m.group(1)} l'autre"


def _reciprocal(text: str, toks: list[Token], reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "nous verrons chacun autre" -> "nous nous verrons": the verb right before "chacun
    autre" pronominal, "chacun autre" gone."""
    edits: list[tuple[int, int, str]] = []
    for j in range(1, len(toks) - 1):
        if norm(toks[j][2]) not in ("chacun", "chacune") or norm(toks[j + 1][2]) != "autre":
            continue
        verbs = [r for r in reads.get(toks[j - 1][2].lower(), ())
                 if r.tags[:1] == ("vblex",) and r.tags[1:2] in (
                     ("pp",), ("inf",), ("pri",), ("fti",), ("cni",), ("ifi",), ("pii",))]
        if not verbs:
            continue
        verbs.sort(key=lambda r: r.pos != "pp")  # "vu" after "avons": the participle
        made = pronominal_edit(text, toks, reads, j - 1, verbs[0], verbs[0].lemma, False)
        if made:
            edits += [*made, (toks[j - 1][1], toks[j + 1][1], "")]
    return apply_edits(text, edits)


_EACH_OTHERS_EN = re.compile(r"\beach\s+other['’]s?\s", re.IGNORECASE)
_CHACUN_NOUN = re.compile(r"(?<![\w’'-])chacun ([a-zàâçéèêëîïôûùüÿœ]+)(?![\w’'-])"
                          r"((?: [a-zàâçéèêëîïôûùüÿœ]+(?![\w’'-]))?)")
_TENSES = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis", "imp"))


def _owned(text: str, owned: int) -> str:
    """ "chacun souveraineté" (*each other's sovereignty*) -> "la souveraineté de l'autre":
    a word read as a noun after "chacun", the article of its gender and number, and an
    adjective after it before "de l'autre" ("chacun espace aérien" -> "l'espace aérien de
    l'autre"). A noun the analyser reads as a participle too ("marchés") counts; one it
    reads as a finite verb too ("espace") only when the French has as many such words as
    the English has *each other's* (``owned``)."""
    found = list(_CHACUN_NOUN.finditer(text))
    reads = readings(sorted({w for m in found for w in (m.group(1), m.group(2).strip()) if w}))

    def noun(word: str, strict: bool) -> bool:
        rs = reads.get(word, ())
        return any(r.pos == "n" for r in rs) and not (strict and any(
            r.pos not in ("n", "pp", "adj") or (r.tags[1:2] and r.tags[1] in _TENSES)
            for r in rs))

    strict = sum(noun(m.group(1), False) for m in found) != owned

    def fix(m: re.Match[str]) -> str:
        word, after = m.group(1), m.group(2).strip()
        if not noun(word, strict):
            return m.group(0)  # "chacun d'eux", "chacun s'approche"
        rs = [r for r in reads.get(word, ()) if r.pos == "n"]
        if any(r.number == "pl" for r in rs):
            article = "les "
        elif VOWEL_START.match(word):
            article = "l'"
        else:
            article = "la " if all(r.gender == "f" for r in rs) else "le "
        adjective = after and all(r.pos == "adj" for r in reads.get(after, ())) and bool(
            reads.get(after))
        if adjective:
            return f"{article}{word} {after} de l'autre"
        return f"{article}{word} de l'autre{m.group(2)}"

    return _CHACUN_NOUN.sub(fix, text)


def each_other(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the *each other* of its English said as French says it (see
    above); one exchange with the analyser for all."""
    out = [_owned(text, len(_EACH_OTHERS_EN.findall(source)))
           if "chacun " in text and _EACH_OTHERS_EN.search(source) else text
           for source, text in zip(sources, texts, strict=True)]
    todo = []
    for k, (source, text) in enumerate(zip(sources, out, strict=True)):
        if "autre" in text and _EACH_OTHER_EN.search(source) and _CHACUN_AUTRE.search(text):
            out[k] = _CHACUN_AUTRE.sub(_each_other_after, text)
            if _CHACUN_AUTRE.search(out[k]):
                todo.append(k)
    if not todo:
        return out
    toks, reads = tokens_and_readings(TOKEN, out, todo)
    for k in todo:
        out[k] = _reciprocal(out[k], toks[k], reads)
    return out
