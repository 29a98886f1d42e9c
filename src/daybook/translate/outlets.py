"""News outlets' own names in running text, kept as written ("People’s Daily", "TASS").

Apertium translates an outlet's name word by word ("People’s Daily": "personnes de journal
… journal"). Where the text says what kind of outlet it is ("the Chinese newspaper People’s
Daily (Renmin Ribao)", "the Xinhua news agency", "the Russia Today TV channel"), the
capitalised words next to the kind are its name: ``protect`` keeps them as a span, and a
name before its kind goes after it ("the news agency Xinhua": "l'agence de presse Xinhua"),
as French writes it. A nationality before the kind ("the Chinese newspaper") is no name.
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate.title_vocab import vocabulary

__all__ = ["OUTLET", "name_after_kind"]

_KIND = (r"(?:newspaper|daily|weekly|magazine|news\s+agency|(?:TV|television|radio)\s+"
         r"(?:channel|station|company)|broadcaster)")
_WORD = r"[A-Z\d](?:[\w’'&-]|\.(?=\w))*"
# Capitalised words that open a sentence or clause, not a name: "the newspaper. In 2019".
_NOT = r"(?!(?:The|In|On|At|As|And|But|It|This|That|We|I|He|She|They|President)\b)"
_NAME = rf"{_WORD}(?:\s+(?:of\s+|and\s+)?{_WORD}){{0,4}}"
# The kind, then the name (group "name") with its own-language name in brackets:
# "newspaper People’s Daily (Renmin Ribao)".
OUTLET = re.compile(rf"\b(?P<kind>{_KIND}\s)(?P<name>{_NOT}{_NAME}(?:\s\({_NAME}\))?)")


@cache
def _before() -> re.Pattern[str]:
    return re.compile(rf"\b([Tt]he )({_NOT}{_NAME}) ({_KIND})\b")


def name_after_kind(text: str) -> str:
    """"the Xinhua news agency" -> "the news agency Xinhua"; "the Chinese newspaper" stays."""
    demonyms = vocabulary().demonyms

    def turn(m: re.Match[str]) -> str:
        if any(w in demonyms for w in m.group(2).split()):
            return m.group(0)
        return f"{m.group(1)}{m.group(3)} {m.group(2)}"

    return _before().sub(turn, text)
