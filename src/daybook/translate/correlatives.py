"""*The more ..., the more ...*: French correlative comparatives have no article.

English pairs two comparatives, each after *the*, to say that one thing grows with another
(*the more we work, the more we earn*, *the sooner we start, the better*); the pivot says
each *the* + comparative as a superlative, "Le plus nous travaillons, le plus nous gagnons",
"Le plutôt nous commençons, le mieux". French says "Plus nous travaillons, plus nous
gagnons", "Plus tôt nous commençons, mieux c'est" (Grevisse § 978, *plus ... plus*).

After the engine, with the English beside the French: where the English has a clause
opening with *the* + a comparative and, after a comma, *the* + a comparative again, the
French's first "le plus" / "le moins" / "le mieux" / "le plutôt" opening a sentence or a
clause, and the first such after a comma following it, lose their article ("le plutôt" is
the pivot's *sooner*: "plus tôt"). Guards: a superlative with no such pair in the English
(*the more important issue* "la question la plus importante"), a comparative in a name
(*the Greater Eurasian Partnership*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import cased_like

__all__ = ["the_more"]

# Comparatives (not any word in -er: *the other side, the water*).
_COMPARATIVE = (r"(?:more|less|fewer|better|worse|sooner|later|earlier|faster|slower|higher|"
                r"lower|greater|bigger|larger|smaller|stronger|weaker|longer|shorter|closer|"
                r"further|deeper|wider|broader|richer|easier|harder|tougher|wiser|older)")
# A sentence or clause opening *the* + comparative, then after a comma *the* + comparative.
_PAIR_EN = re.compile(rf"(?:^|(?<=[.!?;:—–\"“] )|(?<=^[\"“]))[Tt]he {_COMPARATIVE}\b[^.;!?]*?, "
                      rf"the {_COMPARATIVE}\b")
_BARE = {"plus": "plus", "moins": "moins", "mieux": "mieux", "plutôt": "plus tôt",
         "pire": "pire", "pis": "pis"}
_ARTICLED = r"[Ll]e (plus|moins|mieux|plutôt|pire|pis)\b"
# The first: at a sentence's start (after a quotation mark too); the second: after a comma.
_FIRST = re.compile(rf"(?:^|(?<=[.!?;:—–«] )|(?<=^[«\"“]))({_ARTICLED})")
_SECOND = re.compile(rf"(?<=, )({_ARTICLED})")


def _bare(m: re.Match[str]) -> str:
    return cased_like(_BARE[m.group(2)], m.group(1))


def the_more(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its *the more ..., the more* pairs said without articles."""
    out = list(texts)
    for k, source in enumerate(sources):
        pairs = len(_PAIR_EN.findall(source))
        text = texts[k]
        start = 0
        while pairs and (first := _FIRST.search(text, start)) is not None:
            second = _SECOND.search(text, first.end())
            if second is None:
                break
            second_bare = _bare(second)
            if second_bare in ("mieux", "pire") and text[second.end():second.end() + 1] in (
                    ".", "!", "?", ""):
                second_bare += " c'est"  # *the better.* "mieux c'est"
            head = (text[:first.start()] + _bare(first) + text[first.end():second.start()]
                    + second_bare)
            text, start = head + text[second.end():], len(head)
            pairs -= 1
        out[k] = text
    return out
