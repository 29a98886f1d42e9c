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
the one after "quiconque" singular.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from daybook.translate.french import folded
from daybook.translate.gender import clause_tokens, put_forms, tokens_and_readings
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


def those_who(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Ceux de vous qui est venu" -> "Ceux d’entre vous qui sont venus", "tout le monde
    qui travaille" -> "tous ceux qui travaillent", "n'importe quel qui veut" -> "quiconque
    veut" (see above)."""
    out = list(texts)
    found: dict[int, list[tuple[int, str]]] = {}
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if " who" not in source and "Who" not in source:
            continue
        out[k] = _rewrite(source, text)
        if out[k] != text:
            found[k] = [(m.start(1) if m.group(1) else m.start(2), "pl" if m.group(1) else "sg")
                        for m in _AGREED.finditer(out[k])]
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
        spans[k] = [(s, e) for s, e, _ in tk]
    return put_forms(out, wanted, spans) if wanted else out
