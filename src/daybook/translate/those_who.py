"""The pronoun before a subject relative of persons (*those of you who*, *everyone who*,
*anyone who*, *those who*) as French says it, and the relative's verb in its number.

The pivot says the English word for word: *those of you who* "ceux de vous qui" ("ces de
vous qui"), *everyone who* "tout le monde qui", *anyone who* "n'importe quel qui", *those
who* "ces qui" after a verb. French says "ceux d'entre vous qui" (the partitive "d'entre"
before a personal pronoun, Grevisse § 1044), "tous ceux qui" (*everyone who*: "tout le
monde" takes no relative of its own, Robert & Collins), "quiconque" (*anyone who*, a
relative with no antecedent, Grevisse § 723) and "ceux qui". Each is rewritten only where
the English has as many of its phrase; the verb after "ceux ... qui" is made plural
("ceux d'entre vous qui sont venus", was "qui est venu"; "tous ceux qui travaillent"),
the one after "quiconque" singular, and, where the English has *who V ... and* + a bare
verb, a third person singular verb after "et" in the same clause ("ceux qui continuent
cette cause et entraînent des jeunes", was "entraîne"; a verb in -s or a past after *and*
may be the main clause's: "a remercié ceux qui ont participé et a souligné").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, put_forms, tokens_and_readings
from daybook.translate.relatives import agreed_forms, verb_after

__all__ = ["those_who"]

_TOKEN = clause_tokens()
_START = r"(?<![\w’'-])"
# (English phrase, the pivot's French, its rewrite, the number of the relative's verb)
_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(?:those|all those) (?:of|among) (?:you|us|them) who\b", re.IGNORECASE),
     re.compile(_START + r"(?P<c>[Cc])(?:eux|es) (?:de|d['’]entre|entre|parmi) "
                r"(?P<p>vous|nous|eux) qui\b"), "{c}eux d’entre {p} qui", "pl"),
    (re.compile(r"\b(?:everyone|everybody) who\b", re.IGNORECASE),
     re.compile(_START + r"(?P<c>[Tt])out le monde qui\b"), "{c}ous ceux qui", "pl"),
    (re.compile(r"\b(?:anyone|anybody) who\b", re.IGNORECASE),
     re.compile(_START + r"(?P<c>[Nn])['’]importe (?:quel|quelle|quels|quelles|qui) qui\b"),
     "{c}quiconque", "sg"),
    (re.compile(r"\bthose who\b", re.IGNORECASE),
     re.compile(_START + r"(?P<c>[Cc])es qui\b"), "{c}eux qui", "pl"),
)
_CAPITAL = {"c": "c", "C": "C", "t": "t", "T": "T", "n": "", "N": ""}


# The relatives whose verb takes a number: after "ceux" (with "d'entre" + pronoun), and
# "quiconque".
_AGREED = re.compile(_START + r"(?:(?:[Cc]eux(?: d['’]entre (?:vous|nous|eux))? (qui))|"
                     r"([Qq]uiconque))\b")


def _rewrite(source: str, text: str) -> str:
    """The text with each phrase the English has as many times rewritten."""
    for english, french, new, _ in _RULES:
        wanted = len(english.findall(source))
        if wanted and len(french.findall(text)) == wanted:
            text = french.sub(partial(_said, new=new), text)
    return text


def _said(m: re.Match[str], new: str) -> str:
    said = new.format(c=_CAPITAL[m.group("c")], p=m.groupdict().get("p") or "")
    return "Quiconque" if said == "quiconque" and m.group("c") == "N" else said


# English: a relative's second verb after *and* ("those who continue this cause and train").
# Only a bare present (*and train*): a verb in -s or a past could be the main clause's
# (*He thanked those who helped and stressed that*, "et a souligné").
_EN_AND = re.compile(r"\bwho\b[^,.;:!?]*? and (?!(?:the|a|an|their|our|his|her|its|also|"
                     r"then|now|in|on|at|to|for|with|of|all|other|others|many|more|most|"
                     r"will|would|can|could|must|should|may|might|did|had|have|do|are|were|"
                     r"went|came|made|took|gave|became|began|fought|won|saw|met|built)\b)"
                     r"[a-z]+(?<!ed)(?<!s)\b")
_STOP = frozenset((",", ".", ";", ":", "!", "?", "«", "»", "(", ")", "–", "qui", "que", "qu'",
                   "ou", "mais"))
_BEFORE_OBJECT = frozenset(("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'",
                            "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
                            "notre", "nos", "votre", "vos", "à", "au", "aux"))


def _second_verb(tk: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                 verb: int) -> int | None:
    """The finite verb after "et" that coordinates with the relative's verb at ``verb``
    in the same clause ("ceux qui continuent cette cause et entraîne des jeunes"): the
    first "et" within twelve words, no punctuation or other relative before it, then a
    third-person verb (a word that can be a noun or an adjective too only before its
    object: "et continue les valeurs")."""
    for j in range(verb + 1, min(verb + 13, len(tk) - 1)):
        word = folded(tk[j][2])
        if word in _STOP:
            return None
        if word != "et":
            continue
        found = verb_after(tk, reads, j)
        if found is None or found != j + 1:
            return None
        nominal = any(r.pos in ("n", "adj") for r in reads.get(tk[found][2].lower(), ()))
        if nominal and (found + 1 >= len(tk) or folded(tk[found + 1][2]) not in _BEFORE_OBJECT):
            return None
        return found
    return None


def those_who(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Ceux de vous qui est venu" -> "Ceux d’entre vous qui sont venus", "tout le monde
    qui travaille" -> "tous ceux qui travaillent", "n'importe quel qui veut" -> "quiconque
    veut" (see above)."""
    out = list(texts)
    found: dict[int, list[tuple[int, str]]] = {}
    seconds: set[int] = set()  # texts whose English has a relative's second bare verb
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if " who" not in source and "Who" not in source:
            continue
        out[k] = _rewrite(source, text)
        second = bool(_EN_AND.search(source))
        if out[k] != text or (second and _AGREED.search(out[k])):
            found[k] = [(m.start(1) if m.group(1) else m.start(2), "pl" if m.group(1) else "sg")
                        for m in _AGREED.finditer(out[k])]
            if second:
                seconds.add(k)
    if not found:
        return out
    toks, reads = tokens_and_readings(_TOKEN, out, list(found))
    if not reads:
        return out
    wanted: dict[int, dict[int, str]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for k, where in found.items():
        tk = toks[k]
        starts = {s: i for i, (s, _, _) in enumerate(tk)}
        for at, number in where:
            i = starts.get(at)
            if i is None or folded(tk[i][2]) not in ("qui", "quiconque"):
                continue
            verb = verb_after(tk, reads, i)
            if verb is not None:
                wanted.setdefault(k, {}).update(agreed_forms(tk, reads, verb, number))
                also = _second_verb(tk, reads, verb) if number == "pl" and \
                    k in seconds else None
                if also is not None:
                    wanted[k].update(agreed_forms(tk, reads, also, number))
        spans[k] = [(s, e) for s, e, _ in tk]
    return put_forms(out, wanted, spans) if wanted else out
