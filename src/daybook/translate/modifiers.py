"""A name before the noun it modifies, said as that noun's complement, before the engine.

English puts a name before its noun ("our Middle East partners", "Red Army soldiers",
"State Duma deputies"); protected as a placeholder, the name and its noun reach the engine
as a proper noun and a word it reads as a verb or leaves in the English order ("notre le
Moyen-Orient s'unit", "Armée rouge soudés"). Written "the noun of <name>" the French comes
out "nos partenaires du Moyen-Orient", "les soldats de l'Armée rouge" (restore contracts the
name's article). Only a noun, or two joined by "and", that closes the phrase (before a
punctuation mark or a function word: "the Middle East peace process" is left) and that the
English analyser reads as a noun; one it also reads as a verb ("partners", "needs") only
after a possessive or a demonstrative ("our Middle East partners", not "Central Asia
needs"). The heads ``heads.head_first`` turns after the placeholder ("summit", "member
states") are left to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache

from daybook.translate.heads import HEADS

# Words that close the noun phrase after the modifier's noun, and are never that noun.
FUNCTION_WORDS = (r"and|or|but|nor|of|in|into|onto|to|at|on|for|from|with|without|by|about|as|"
             r"than|that|which|who|whom|whose|is|are|was|were|be|been|has|have|had|do|does|"
             r"did|will|would|can|could|should|must|may|might|shall|the|a|an|this|these|"
             r"those|our|their|its|his|her|my|your|we|they|it|he|she|you|i|along|across|"
             r"through|throughout|over|under|above|below|between|among|amid|against|toward|"
             r"towards|via|within|beyond|around|near|until|till|after|before|since|during|"
             r"while|when|where|if|unless|because|so|then|not|also|now|too|only|even|just|"
             r"still|already|again|here|there|up|down|out|off|per|versus|including|like")
_WORD = rf"(?!(?:{FUNCTION_WORDS}|region)\b)[a-z][a-z-]+(?<!ly)(?<!ed)(?<!ing)"
_CLOSE = rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{FUNCTION_WORDS})\b)"
# one noun, or two joined by "and" ("Red Army soldiers and officers")
_NOUN = re.compile(rf"\s+({_WORD})(?: and ({_WORD}))?{_CLOSE}")
_ONE = re.compile(rf"\s+({_WORD}){_CLOSE}")
_NEXT_NOUN = re.compile(rf"\s+{_WORD}")
_ANY = re.compile(rf"\s+({_WORD})(?![\w-])")
_POSSESSIVE = re.compile(r"(?<![\w-])(?:our|their|its|his|her|my|your|this|these|those)\s+$",
                         re.IGNORECASE)
_HEADS = frozenset(HEADS)


@cache
def reading(word: str) -> tuple[bool, bool]:
    """(a noun, also a finite verb) by the English analyser."""
    from daybook.translate.processes import word_readings

    reads = word_readings([word]).get(word, ())
    return (any("<n>" in r for r in reads),
            any("<vblex><pres>" in r or "<vbmod>" in r for r in reads))


def before_noun(text: str, end: int) -> bool:
    """A lower-case word after ``text[:end]`` that is no function word: the name there
    modifies a noun ("the 8th Night Hockey League season": the rank is the season's)."""
    return _NEXT_NOUN.match(text, end) is not None


def closing_noun(text: str, start: int, end: int, adjective: bool = False
                 ) -> re.Match[str] | None:
    """The noun right after the name at ``text[start:end]`` that the name modifies, if it
    closes the phrase and is read as a noun (one also read as a verb only after a
    possessive: "our Middle East partners", not "the Government plans."). After an
    ``adjective`` ("Central Asian states met") the noun needs no closing word, only no
    other noun after it ("Central Asian gas pipeline" is left)."""
    owned = bool(_POSSESSIVE.search(text[:start]))
    if adjective:
        m = _ANY.match(text, end)
        if m is None or not reading(m.group(1))[0]:  # no placeholder: any head
            return None
        after = _ANY.match(text, m.end())
        if after is not None and reading(after.group(1)) == (True, False):
            return None
        return m
    for m in (_NOUN.match(text, end), _ONE.match(text, end)):
        if m is None or m.group(1) in _HEADS:
            continue
        reads = [reading(w) for w in m.groups() if w]
        if all(noun and (owned or not verb) for noun, verb in reads):
            return m
    return None


def turn(text: str, names: Iterable[tuple[int, int]], named: Callable[[str], str],
         adjectives: Mapping[str, str] | None = None) -> str:
    """``text`` with each name at (start, end) that modifies a closing noun written "noun
    of <name>" (``named``: the name without its "the" -> the name after "of": "the Middle
    East", "NATO"); an adjective of ``adjectives`` as its name ("Central Asian states" ->
    "states of Central Asia")."""
    out, last = [], 0
    for start, end in names:
        span = text[start:end]
        adjective = adjectives is not None and span in adjectives
        noun = closing_noun(text, start, end, adjective)
        if noun is None or start < last:
            continue
        lead = span[:4] if span[:4] in ("the ", "The ") else ""
        bare = span[len(lead):]
        said = noun.group(0).strip()
        name = adjectives[span] if adjectives is not None and adjective else named(bare)
        out.append(f"{text[last:start]}{lead}{said} of {name}")
        last = noun.end()
    return "".join(out) + text[last:] if out else text
