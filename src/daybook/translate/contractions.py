"""Prepositions and articles French contracts, put together after every other rule.

The engine, and the rules after it, join a preposition and an article that French writes
as one word, or two prepositions: "de les programmes", "à les régions", "de le secteur",
"parlé de des programmes", "de de nombreux pays", "beaucoup de des entreprises". French
writes "des programmes", "aux régions", "du secteur", "parlé des programmes", "de nombreux
pays" and, after a word of quantity or a negation, the bare "de" ("beaucoup d'entreprises",
"pas de problèmes"; the Grevisse on the partitive article after "de"). Run once, at the end
of the body pipeline, on the French alone:

- "le", "les" before an infinitive is a pronoun, not an article ("décidé de le faire", "prêts
  à les aider" are right): kept, as before "en" and "y" ("de les en informer");
- a capitalised word after "de" is a name ("de De Gaulle", "de Les Echos"): kept;
- an article or "de" elided before an aspirated h ("l’hub") is written whole ("le hub");
- a word French elides left whole by the engine or a rule ("parlé de un", "que il",
  "le un des") is elided (``french.elide``): "parlé d'un", "qu'il", "l'un des";
- a title in « » and a short quotation in “ ” or " " (a name, a slogan) is kept as written;
  a whole quoted sentence of speech is body text like any other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER, cased_like, elide, elides
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

_QUOTED = re.compile(r"«[^»]*»|“[^”]{0,60}”|\"[^\"]{0,60}\"")
_NEXT = r"(?P<next>" + LOWER + r"[\w’'-]*)"
# a word of quantity or a negation: the partitive after it is bare "de" ("beaucoup de
# problèmes", "pas de problèmes")
_QUANTITY = (r"(?P<q>(?<![\w’'-])(?:[Bb]eaucoup|[Pp]eu|[Pp]lus|[Mm]oins|[Aa]ssez|[Tt]rop|[Tt]ant|"
             r"[Aa]utant|[Cc]ombien|[Pp]as|[Jj]amais|[Gg]uère|[Qq]uantité|"
             r"[Nn]ombre|[Mm]illiers|[Cc]entaines|[Dd]izaines|[Mm]illions|[Mm]illiards) )")
# (the article a word of its own: "beaucoup de destinataires" keeps its noun)
_PARTITIVE = re.compile(_QUANTITY + r"de (?:(?:des|du|de la) |de l['’] ?)" + _NEXT)
# two prepositions "de": the second's phrase stays ("de des" -> "des", "de de la" -> "de la")
_DE_DE = re.compile(_B + r"([Dd])e (?:(des|du|de la|de) |(de l['’]|d['’]))" + _NEXT)
# "de"/"à" and the definite article French contracts
_ARTICLE = re.compile(_B + r"([Dd]e|[Àà]) (le|les) " + _NEXT + _E)
_CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}


def _infinitive(word: str) -> bool:
    """``word`` reads as a French infinitive ("faire", "aider"): "le", "les" before it is a
    pronoun; a word the analyser does not know is taken for a noun."""
    if word in ("en", "y"):
        return True
    return any("inf" in r.tags for r in readings([word]).get(word, ()))


def _partitive(m: re.Match[str]) -> str:
    nxt = m.group("next")
    return m.group("q") + ("d'" if elides(nxt) else "de ") + nxt


def _de_de(m: re.Match[str]) -> str:
    second, nxt = m.group(2) or m.group(3), m.group("next")
    sep = "" if m.group(3) else " "
    return cased_like(second, m.group(1)) + sep + nxt


def _article(m: re.Match[str]) -> str:
    prep, art, nxt = m.group(1), m.group(2), m.group("next")
    if _infinitive(nxt):
        return m.group(0)
    if art == "le" and elides(nxt):
        return f"{prep} l'{nxt}"
    return cased_like(_CONTRACTED[(prep.lower(), art)], prep) + " " + nxt


# An article or "de" the engine elided before an aspirated h ("l’hub", "d’hub": the French
# side elides before every h); French says "le hub", "de hub" (french.H_ASPIRATE), "du hub"
# after "de". A word read only as a verb keeps it: "l'" before it is a pronoun of unknown
# gender.
_ELIDED_H = re.compile(_B + r"([LlDd])['’](?P<next>[Hh]" + LOWER + r"[\w-]*)")


def _unelide(m: re.Match[str]) -> str:
    art, nxt = m.group(1), m.group("next")
    if elides(nxt):
        return m.group(0)
    if art in "Dd":
        return f"{art}e {nxt}"
    said = readings([nxt.lower()]).get(nxt.lower(), ())
    if said and all(r.pos.startswith("vb") for r in said):
        return m.group(0)
    feminine = bool(said) and all(r.gender == "f" for r in said if r.pos in ("n", "adj"))
    return cased_like("la" if feminine else "le", art) + " " + nxt


def _contract_piece(text: str) -> str:
    if "’h" in text or "'h" in text or "’H" in text:
        text = _ELIDED_H.sub(_unelide, text)
    low = text.lower()
    if "de " in low or "à l" in low:
        text = _PARTITIVE.sub(_partitive, text)
        text = _DE_DE.sub(_de_de, text)
        text = _ARTICLE.sub(_article, text)
    return elide(text)


def contract(text: str) -> str:
    """ "parlé de des programmes" -> "parlé des programmes", "à les régions" -> "aux
    régions", "de le secteur" -> "du secteur", "beaucoup de des pays" -> "beaucoup de pays";
    outside quotations, never before an infinitive or a name."""
    out: list[str] = []
    last = 0
    for m in _QUOTED.finditer(text):
        out.append(_contract_piece(text[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_contract_piece(text[last:]))
    return "".join(out)


def contract_texts(texts: Sequence[str]) -> list[str]:
    """``contract`` on each text."""
    return [contract(t) for t in texts]
