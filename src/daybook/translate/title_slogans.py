"""A name in quotation marks the engine translates ("Great Russian Word"), helped where it
reads an adjective of nationality as a noun: Apertium writes "Mot de russe grand" for
"Great Russian Word". The demonym before the last noun is taken out of the engine's text
("the great word" -> "le grand mot") and put back after the noun in French ("Grand mot
russe"), only when the French adjective is the same for both genders (russe, belge), so
that the noun's gender, which the engine's elided article may hide, never matters.
"""

from __future__ import annotations

import re

from daybook.translate.french import ARTICLE, feminine
from daybook.translate.title_vocab import vocabulary

_LAST_TWO = re.compile(r"^(?P<pre>(?:[\w-]+ )*?)(?P<dem>[A-Z][a-z]+) (?P<noun>[A-Za-z]+)$")


def slogan_for_engine(piece: str) -> tuple[str, str] | None:
    """(text for the engine, French adjective to add) of a slogan whose word before the
    last is a demonym, or None: "Great Russian word" -> ("the Great word", "russe")."""
    m = _LAST_TWO.match(piece.strip())
    if m is None or not m["pre"]:
        return None  # "Russian army" alone the engine writes well ("Armée russe")
    adj = vocabulary().demonyms.get(m["dem"])
    if adj is None or feminine(adj) != adj:
        return None
    return f"the {m['pre']}{m['noun']}", adj


def slogan_from_engine(mt: str, adj: str) -> str:
    """The engine's "le grand mot" with the adjective after its noun: "grand mot russe"."""
    return ARTICLE.sub("", mt.strip().rstrip(".")) + " " + adj
