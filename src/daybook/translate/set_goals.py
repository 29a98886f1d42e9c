"""*the goals (that) we (have) set (ourselves)*: "les objectifs que nous nous sommes fixés".

French sets goals, tasks and targets with "fixer" (Robert & Collins: *to set a goal* "fixer
un objectif", *to set oneself a goal* "se fixer un objectif"); the pivot read *set* as
"mettre" or "poser" and *ourselves* as an emphatic "nous-mêmes" ("les buts que
nous-mêmes nous avons mis", "les tâches nous-mêmes nous avons mis", "les buts que nous
avons posés"). Where the English has such a noun, a relative (or none) with a pronoun
subject and *set*, the French relative is "que" + the subject + "fixé" in the tense the
engine gave, pronominal with "être" where the English has *ourselves/themselves...* ("que
nous nous sommes fixés", "qu'ils s'étaient fixées"). The participle agrees with the
relative "que", a direct object before it, so with the noun (Grevisse § 916: the
pronominal verb whose pronoun is an indirect object agrees with the direct object
placed before it), as many as the English has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import partial

from daybook.translate.aux_forms import alternation, avoir, etre

__all__ = ["set_goals"]

_SELF = r"(?:ourselves|themselves|yourselves|yourself|myself)"
_EN = re.compile(r"\b(?:goals?|tasks?|targets?|objectives?|aims?|priorities|priority)\s+"
                 r"(?:that\s+|which\s+)?(?:we|they|you|I)\s+(?:have\s+|had\s+|['’]ve\s+)?"
                 rf"set\b(?P<self>\s+(?:for\s+)?{_SELF}\b)?")
_FEMININE = frozenset(("tâche", "tâches", "cible", "cibles", "priorité", "priorités"))
_EMPHATIC = r"(?:nous|eux|elles|vous|moi)-mêmes?"
# The persons of the subject pronouns read (not *tu*, nor "il", "elle": the pivot's for *it*).
_PRONOUNED = ("1sg", "1pl", "2pl", "3pl")
_FR = re.compile(
    r"(?<![\w’'-])(?P<noun>buts?|objectifs?|tâches?|cibles?|priorités?) "
    r"(?:(?:que|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles) |"
    r"qu['’](?=ils|elles))?"
    rf"(?:{_EMPHATIC} )?(?P<subj>nous|ils|elles|vous|je|j['’]) ?(?:{_EMPHATIC} )?"
    r"(?:(?:nous|se|s['’]|vous|me|m['’]) ?)?"
    r"(?P<aux>" + alternation(avoir("present", "imperfect", persons=_PRONOUNED)
                              | etre("present", "imperfect", persons=_PRONOUNED))
    + r") (?:mis|mises|posée?s?|établie?s?|fixée?s?|définie?s?)"
    rf"(?: (?:par|pour) {_EMPHATIC})?(?![\w’'-])")
# The auxiliary's person: avoir -> être in the same tense, and the reflexive pronoun.
_PRESENT = {"nous": "sommes", "ils": "sont", "elles": "sont", "vous": "êtes", "je": "suis"}
_PAST = {"nous": "étions", "ils": "étaient", "elles": "étaient", "vous": "étiez", "je": "étais"}
_AVOIR = {"nous": ("avons", "avions"), "ils": ("ont", "avaient"), "elles": ("ont", "avaient"),
          "vous": ("avez", "aviez"), "je": ("ai", "avais")}
_IMPERFECT = avoir("imperfect") | etre("imperfect")
_REFLEXIVE = {"nous": "nous", "vous": "vous", "ils": "se", "elles": "se", "je": "me"}


def _relative(m: re.Match[str], selves: Iterator[bool]) -> str:
    """The relative of the match, pronominal where the English's next one has *-self*."""
    reflexive = next(selves)
    noun, subject = m.group("noun"), m.group("subj").replace("’", "'")
    subject = "je" if subject == "j'" else subject
    past = m.group("aux") in _IMPERFECT
    agreement = ("e" if noun in _FEMININE else "") + ("s" if noun.endswith("s") else "")
    if reflexive:
        aux = (_PAST if past else _PRESENT)[subject]
        pronoun = _REFLEXIVE[subject]
        verb = (pronoun[0] + "'" if aux[0] in "éeê" and pronoun in ("se", "me") else
                pronoun + " ") + aux
    else:
        verb = _AVOIR[subject][past]
    that = "qu'" if subject[0] in "ie" else "que "
    return f"{noun} {that}{subject} {verb} fixé{agreement}"


def set_goals(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "les buts que nous-mêmes nous avons mis" -> "les buts que nous nous sommes fixés",
    "les tâches que nous avons posé" -> "les tâches que nous avons fixées" (see above)."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if "set" not in source:
            continue
        english = [m.group("self") is not None for m in _EN.finditer(source)]
        if not english or len(_FR.findall(text)) != len(english):
            continue
        out[k] = _FR.sub(partial(_relative, selves=iter(english)), text)
    return out
