"""Glossary names inside a sentence that the engine breaks around their placeholder.

``protect`` keeps each name of the glossary (``data/institutions_fr.json``) as a
placeholder; two neighbours of the name still reach the engine as words:

- a noun the name modifies ("Red Army soldiers", "NATO expansion"), said as that noun's
  complement (``modifiers.turn``): "soldiers of the Red Army" -> "les soldats de l'Armée
  rouge", was "Armée rouge soudés";
- an ordinal before an event's name ("the 2nd European Games"), kept in the name's French
  (``title_topics.ordinal_phrase``, the title grammar's rule): "les 2es Jeux européens",
  was "le 2e Jeux européens" or "les jeux d'européen 2es".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from daybook.translate.modifiers import before_noun, turn
from daybook.translate.title_topics import ordinal_phrase

# "the 2nd", "the upcoming 2nd" (French puts "à venir" after the name)
_ORDINAL = re.compile(r"(?<![\w-])(?:(?:the|The) )?(?P<soon>(?:upcoming|forthcoming) )?"
                      r"(?P<rank>\d{1,3}(?:st|nd|rd|th)) $")


def heads(text: str, pattern: re.Pattern[str] | None, acronym: Callable[[str], bool]) -> str:
    """``text`` with each glossary name (``pattern``) before a noun it modifies written as
    that noun's complement: "the" before it, none before an acronym ("expansion of NATO":
    the glossary gives NATO its French article)."""
    if pattern is None:
        return text
    return turn(text, [m.span() for m in pattern.finditer(text)],
                lambda bare: bare if acronym(bare) else "the " + bare)


def ordinals(text: str, pattern: re.Pattern[str] | None, forms: Mapping[str, str],
             hold: Callable[[str, str], str]) -> str:
    """``text`` with an ordinal and the glossary name after it held as one span (``hold``:
    span, French -> placeholder) when the name's French has a plain article ("les 2es Jeux
    européens"; "l’" hides the gender)."""
    if pattern is None or not any(c.isdigit() for c in text):
        return text
    out, last = [], 0
    for m in pattern.finditer(text):
        rank = _ORDINAL.search(text, last, m.start())
        if rank is None or rank.end() != m.start():
            continue
        name = m.group(0)
        bare = name[4:] if name[:4] in ("the ", "The ") else name
        fr = ordinal_phrase(f"{rank['rank']} {name}", lambda x: forms.get("the " + x))
        if fr is None or name != bare or before_noun(text, m.end()):
            continue  # "the 8th Night Hockey League season": the season's rank
        fr += " à venir" if rank["soon"] else ""
        out.append(text[last:rank.start()] + hold(text[rank.start():m.end()], fr))
        last = m.end()
    return "".join(out) + text[last:] if out else text
