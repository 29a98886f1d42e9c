"""English noun compounds with a protected name before their head, turned head first.

"the SCO summit", "the Security Council meeting", "the EAEU member states": the name is a
placeholder by then, and Apertium reads "<proper noun> meeting" as a verb ("Au Conseil de
sécurité qui connaît") or keeps the English order ("l'OCS sommet"). Written "the summit of
<name>" before the engine, the French comes out "le sommet de l'OCS", "la réunion du Conseil
de sécurité", "les États membres de l'UEEA" (restore contracts "de" with the name's article).

Only institutions, places and codes are turned: a person's name before "meeting" is a caption's
subject ("Vladimir Putin meeting with ..."), and a date or a figure ("the May 30 meeting") would
need an article the restored form does not carry.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

# Heads that take "of" in French after the thing they belong to: events, bodies' members and
# offices. Plural and singular, the longest first so "member states" wins over "member".
HEADS = (
    "heads of state and government", "heads of government", "heads of state",
    "member states", "member countries", "member nations", "secretariat", "summits", "summit",
    "meetings", "meeting", "sessions", "session", "conference", "ceremony", "leaders",
    "countries", "presidency", "chairmanship", "delegations", "delegation",
)

# An optional article, a placeholder (with its abbreviation in brackets: "the Shanghai
# Cooperation Organisation (SCO) summit"), the head; not a placeholder joined to another by a
# dash ("Zq0x–Zq1x summit": "Russia–Africa"), nor a head that goes on as a compound ("meeting
# room") or takes its own complement ("meeting of").
_COMPOUND = re.compile(
    r"(?<![\w–—-])(?:(?P<art>[Tt]he|[Aa]n?) )?(?P<name>Zq(?P<n>\d+)x)"
    r"(?: \((?P<abbr>Zq(?P<m>\d+)x|[A-Z]{2,8})\))? "
    r"(?P<head>" + "|".join(map(re.escape, HEADS)) + r")"
    r"(?![\w–—-])(?! (?:of|room|hall|participants|format)\b)")


def head_first(text: str, spans: Sequence[str], eligible: Collection[int]
               ) -> tuple[str, set[int]]:
    """``text`` (with ``Zq<n>x`` placeholders for ``spans``) with "the <name> <head>" written
    "the <head> of <name>" for the placeholders numbered in ``eligible``, and the numbers of
    the names turned. A span that holds its own article ("the SCO") gives it to the head and
    keeps it for "de": "du Conseil"; the caller gives the others theirs ("a Security Council
    meeting": "une réunion du Conseil de sécurité")."""
    turned: set[int] = set()
    if "Zq" not in text:
        return text, turned

    def turn(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        if n not in eligible or n >= len(spans) or (
                m.group("m") is not None and int(m.group("m")) not in eligible):
            return m.group(0)
        art = m.group("art")
        if art is None and spans[n][:4] in ("the ", "The "):
            art = spans[n][:3]
        abbr = f" ({m.group('abbr')})" if m.group("abbr") else ""
        lead = f"{art} " if art else ""
        turned.add(n)
        return f"{lead}{m.group('head')} of {m.group('name')}{abbr}"

    return _COMPOUND.sub(turn, text), turned
