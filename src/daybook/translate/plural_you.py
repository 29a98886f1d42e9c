"""*you* addressing several people: the predicate after "vous" in the plural.

English *you* has no number; the pivot reads it as one person and leaves the predicate of
"vous" in the masculine singular: *Colleagues, you are well aware of the situation* "Chers
collègues, vous êtes bien conscient", *You are all united by* "Vous êtes tout uni". Where
"vous" is several people the adjective or participle after "être" is plural (Grevisse,
the agreement with "vous": one person's "vous" agrees in the singular, several people's in
the plural):
"vous êtes bien conscients", "Vous êtes tous unis", "vous avez été choisis".

The English sentence says it is several: *you all*, *all of you*, *you both*, *both of
you*, *yourselves*, *you are all*, or a plural vocative (*Friends*, *Colleagues*,
*Comrades*, *Ladies and gentlemen*) opening or closing a clause; not where it also names one
person (*Mr President*, *Madam*, *Your Excellency*) without one of the first phrases, nor
*you all the best*.
"""

from __future__ import annotations

import re

from daybook.translate.agreement import form_in
from daybook.translate.aux_forms import avoir, etre
from daybook.translate.french import cased_like
from daybook.translate.gender import clause_tokens, readings

_SEVERAL = re.compile(r"\b(?:you all(?! the best)|all of you|you both|both of you|yourselves|"
                      r"you (?:are|were|have|had|will|can|must|'re|'ve) (?:all|both))\b",
                      re.IGNORECASE)
_VOCATIVE = re.compile(r"(?:^|[,;:!?] )(?:[Dd]ear |[Mm]y dear )?(?:[Ff]riends|[Cc]olleagues|"
                       r"[Cc]omrades|[Ll]adies and gentlemen|[Gg]entlemen)(?=[,.!?;])")
_ONE = re.compile(r"\b(?:Mr|Mrs|Ms|Madam|Madame|Sir|Your (?:Excellency|Majesty|Highness|"
                  r"Holiness))\b")
_TOKEN = clause_tokens()
_TENSES = ("present", "imperfect", "future", "conditional", "subjunctive")
_ETRE = etre(*_TENSES, persons=("2pl",)) | {"été", "restez", "semblez", "devenez", "demeurez"}
_HAVE = avoir(*_TENSES, persons=("2pl",))
_BETWEEN = frozenset(("ne", "n'", "n’", "pas", "plus", "bien", "très", "déjà", "toujours",
                      "vraiment", "aussi", "également", "si", "tellement", "jamais", "tous",
                      "tout", "certainement", "sans", "doute", "particulièrement"))

_NO_PREDICATE = frozenset(("det", "prn", "pr", "cnjcoo", "cnjsub", "cnjadv"))


def several(source: str) -> bool:
    """Whether the English sentence's *you* is several people (see the module's doc)."""
    if _SEVERAL.search(source):
        return True
    return _VOCATIVE.search(source) is not None and not _ONE.search(source)


def _predicates(words: list[tuple[int, int, str]]) -> list[int]:
    """The indexes of the words that are "vous"'s predicate after "être" (or "avoir été",
    or a reflexive "vous vous êtes"), past a negation and adverbs."""
    low = [w.lower() for _, _, w in words]
    found = []
    for j, word in enumerate(low):
        if word != "vous" or (j > 0 and low[j - 1] == "vous"):
            continue
        k = j + 1
        if k < len(low) and low[k] == "tous":  # "vous tous êtes"
            k += 1
        if k < len(low) and low[k] in ("ne", "n'", "n’"):
            k += 1
        if k < len(low) and low[k] == "vous":
            k += 1
        if k < len(low) and low[k] in _HAVE:
            k += 1
            while k < len(low) and low[k] in _BETWEEN:
                k += 1
            if k >= len(low) or low[k] != "été":
                continue
        elif k >= len(low) or low[k] not in _ETRE:
            continue
        k += 1
        while k < len(low) and low[k] in _BETWEEN:
            k += 1
        if k < len(low):
            found.append(k)
    return sorted(set(found))  # "vous ne vous êtes": one predicate


def plural_you(source: str, french: str) -> str:
    """``french`` with the adjective or participle after "vous" + "être" in the plural,
    and "tout" before it "tous", where the English addresses several (``several``):
    "vous êtes bien conscient" -> "vous êtes bien conscients"."""
    if "ous" not in french or not several(source):
        return french
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(french)]
    at = _predicates(words)
    if not at:
        return french
    reads = readings(sorted({words[k][2].lower() for k in at}))
    edits: list[tuple[int, int, str]] = []
    for k in at:
        start, end, word = words[k]
        found = reads.get(word.lower(), ())
        agreeing = [r for r in found if r.pos in ("adj", "pp")]
        # right after "être" an adjective's reading wins over a verb's or an adverb's
        # ("célèbre", "prêt"); a determiner, a pronoun or a preposition is no predicate
        if not agreeing or any(r.pos in _NO_PREDICATE for r in found) or not all(
                r.number == "sg" and r.gender in ("m", "mf") for r in agreeing):
            continue
        made = form_in(agreeing[0], "m", "pl")
        if made is None:
            continue
        edits.append((start, end, cased_like(made, word)))
        if words[k - 1][2].lower() == "tout":  # *you are all united* "tout uni"
            edits.append((words[k - 1][0], words[k - 1][1],
                          cased_like("tous", words[k - 1][2])))
    for start, end, new in sorted(edits, reverse=True):
        french = french[:start] + new + french[end:]
    return french
