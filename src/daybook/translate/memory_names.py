"""Near matches of the translation memory that differ by names: a publisher's sentence
reused for the same sentence about someone (or somewhere) else.

Formulaic sentences recur daily with other names ("Mr Jeenbekov, thank you for accepting my
invitation." then "Mr Erdogan, ..."). Such a pair is reused only when everything but the
names (and the figures, swapped apart) is the same word for word, each changed name is a
person's (curated, or Russian-looking and no place) whose French form
(``names.french_name``, or the name as written) occurs exactly once in the publisher's
French, and no change turns a man into a woman or back (French agrees adjectives and roles
with them). Anything else is refused: the engine translates the sentence.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from daybook.translate.names import french_name, likely_female, looks_russian, table
from daybook.translate.places import lookup

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d+(?:[.,:/]\d+)*")
# How many changed name runs a sentence may have: more is another sentence.
MAX_CHANGES = 2


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def shape(text: str) -> str:
    """The text with its capitalised words and figures masked, lower-cased: what two
    sentences that differ only by names and figures share."""
    return _TOKEN.sub(lambda m: "0" if m.group()[0].isdigit()
                      else "X" if _capitalised(m.group()) else m.group().lower(), text)


def person(name: str) -> bool:
    """Whether a run of capitalised words is a person's name daybook can put in French: a
    curated one, or a Russian-looking one no gazetteer holds as a place. Places and other
    names are not swapped: French gives them articles and prepositions of their own
    ("au Japon", "en Biélorussie")."""
    t = table()
    if name in t.people or name in t.surnames:
        return True
    return looks_russian(name) and lookup(name) is None


def _once(needle: str, haystack: str) -> re.Match[str] | None:
    found = list(re.finditer(rf"(?<![\w-]){re.escape(needle)}(?![\w-])", haystack))
    return found[0] if len(found) == 1 else None


def _in_target(old: str, target: str) -> re.Match[str] | None:
    """Where the old name stands in the French, found once, in its French form or as
    written."""
    for form in dict.fromkeys((french_name(old), old)):
        hit = _once(form, target)
        if hit is not None:
            return hit
    return None


def swap_names(new: str, old: str, target: str) -> str | None:
    """``target`` (the French of ``old``) with ``old``'s names replaced by ``new``'s, or
    None when the two sources differ by more than names and figures, or a swap is not
    safe. Figures are left alone (the memory swaps them separately)."""
    a = [m.group() for m in _TOKEN.finditer(new)]
    b = [m.group() for m in _TOKEN.finditer(old)]
    changes: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, b, a, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        was, now = b[i1:i2], a[j1:j2]
        if op != "replace":
            return None
        if all(w[0].isdigit() for w in was + now):
            continue  # figures: swapped elsewhere
        if not all(_capitalised(w) for w in was + now):
            return None
        changes.append((" ".join(was), " ".join(now)))
    if len(changes) > MAX_CHANGES:
        return None
    out = target
    for was_name, now_name in changes:
        if not (person(was_name) and person(now_name)):
            return None
        if likely_female(was_name) != likely_female(now_name):
            return None
        hit = _in_target(was_name, out)
        if hit is None:
            return None
        out = out[:hit.start()] + french_name(now_name) + out[hit.end():]
    return out
