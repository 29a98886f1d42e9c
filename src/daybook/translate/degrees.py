"""Clauses of degree and cause: *so ADJ that*, *all this is*, *especially since*.

- *so ADJ (...) that* + clause is French "si ADJ que" (or "tellement ADJ que"; Grevisse
  § 1150); the pivot wrote "aussi ADJ que", the comparison of equality (*as ADJ as*):
  "aussi" before the adjective becomes "si" where the English has *so* + a word + *that*
  and no *as ... as*.
- *important* as the Catalan gerund of "importar" ("tan important que" -> "tellement en
  important que", "particulièrement en important", "grand et en important"): "en
  important" is the adjective "important" where the English has *important* and no verb
  *import*.
- *All this / all that* + a verb, the demonstrative subject "Tout cela" ("Tout cela est
  si important"); the pivot gave "Tout c'est", "Tout c'était", "Tout qui est". Where the
  English sentence has a second verb after it (*All that has been done is important*),
  *that* is a relative and "Tout qui" is "Tout ce qui".
- *especially/particularly (so) since* + clause, the cause already known, "d'autant plus que"
  (Petit Robert, *autant*); the pivot gave "spécialement puisque", "particulièrement
  puisque". Not *especially since 2014* (a date: "surtout depuis").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from daybook.translate.french import cased_like

__all__ = ["degrees"]

_SO_EN = re.compile(r"\bso (?:[\w’'-]+ ){1,3}?that\b", re.IGNORECASE)
_AS_AS_EN = re.compile(r"\bas \w+ as\b", re.IGNORECASE)
_AUSSI = re.compile(r"(?<![\w’'-])([Aa])ussi ((?:[\w’'-]+ ){1,4}?qu(?:e\b|['’]))")
_IMPORTANT_EN = re.compile(r"\bimportant\b", re.IGNORECASE)
_IMPORT_EN = re.compile(r"\bimport(?:s|ed|ing)?\b", re.IGNORECASE)
_EN_IMPORTANT = re.compile(r"(?<![\w’'-])en important(?![\w’'-])")
_ALL_EN = re.compile(r"\b[Aa]ll (?:of )?(this|that) (?:is|was|will|has|have|had|would|can|"
                     r"could|must|should|may|shows|means|requires|gives|makes|creates)\b"
                     r"(?P<rest>[^.;!?]*)")
_SECOND_VERB_EN = re.compile(r"\b(?:is|are|was|were|will|has|have|would|can|must|should)\b")
_TOUT = re.compile(r"(?:(?<=^)|(?<=[.;:!?,–—«] )|(?<=[.;:!?,–—«]))(Tout) (?:c['’](?=est|était)|ce "
                   r"(?=sera|serait)|qui (?=est|était|a |avait|sera|serait))")
_SINCE_EN = re.compile(r"\b(?:especially|particularly|all the more so)(?: so)? since (?!\d|then\b|"
                       r"the (?:beginning|start|end|early|late|middle|time)\b|last\b|early\b|"
                       r"(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)\b)", re.IGNORECASE)
_SINCE_FR = re.compile(r"(?<![\w’'-])(?:[Ss]pécialement|[Pp]articulièrement|[Ss]urtout|"
                       r"[Ee]n particulier|[Bb]eaucoup plus) (?:aussitôt que (?=puisqu))?"
                       r"(?:aussitôt que depuis|aussitôt que|puisque|puisqu['’]|depuis|"
                       r"comme)(?: |(?<=['’]))")


def _all(relative: bool, m: re.Match[str]) -> str:
    """ "Tout c'" -> "Tout cela ", "Tout qui " -> "Tout ce qui " for a relative."""
    return m.group(1) + (" ce qui " if relative and "qui" in m.group(0) else " cela ")


def _since(m: re.Match[str]) -> str:
    elided = m.group(0).endswith(("'", "’"))
    return cased_like("d'autant plus qu'" if elided else "d'autant plus que ", m.group(0))


def degrees(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "aussi populaire que" -> "si populaire que", "tellement en important" ->
    "tellement important", "Tout c'est" -> "Tout cela est", "spécialement puisque" ->
    "d'autant plus que": see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if "en important" in text and _IMPORTANT_EN.search(source) \
                and not _IMPORT_EN.search(source):
            text = _EN_IMPORTANT.sub("important", text)
        if "ussi " in text and (many := len(_SO_EN.findall(source))) \
                and not _AS_AS_EN.search(source):
            text = _AUSSI.sub(lambda m: m.group(1).replace("A", "S").replace("a", "s") + "i "
                              + m.group(2), text, count=many)
        if "Tout " in text and (said := _ALL_EN.search(source)):
            relative = bool(said.group(1).lower() == "that" and _SECOND_VERB_EN.search(
                said.group("rest")))
            text = _TOUT.sub(partial(_all, relative), text)
        if _SINCE_EN.search(source):
            text = _SINCE_FR.sub(_since, text)
        out.append(text)
    return out
