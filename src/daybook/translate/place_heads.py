"""A place after "the" before the noun phrase it modifies, said as that phrase's complement.

English puts a city, a Russian region or a country before its noun ("the Astrakhan regional
government", "the Irkutsk power system", "the Donetsk republic", "the Libya settlement
issue"). ``textplaces.find`` leaves a place after a determiner to the engine ("a Moscow
school"), which keeps the English order or loses the name: "l'Astrakhan gouvernement
régional", "l' système électrique", "du Donetsk république", "de la Libyenne". Written "the
<phrase> of <place>" before the places are protected, the French puts the complement after
its noun as French does: "le gouvernement régional d'Astrakhan", "le système électrique
d'Irkoutsk", "de la république de Donetsk", "la question de règlement de la Libye".

Only a phrase of one to three lower-case words that closes (a punctuation mark, a function
word or the end follows), each read as a noun or an adjective by the English analyser (a
hyphenated modifier unread: "de-escalation"), the last a noun that cannot be the verb of the
place as its subject ("the Kremlin plans to", "the United States plan to" are left; "the
Zavidovo resort" is turned); not a place-kind word before the head ("the Tver city master
plan": "city" is the name's apposition, which the engine says "de la ville de Tver"), not
*visit*, *trip*, *tour* (a country visited is no owner), not an -ing or -ed word ("the
Helsinki meeting" is "la réunion d'Helsinki" as it is; "the meeting of Helsinki" came out "la
se rencontre"), not a plural head before a verb or ", which" (the engine agrees the verb
with it: "the Minsk agreements could" after *Progress in implementing*), not a world region
(``textplaces.region_heads``' own rule).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from daybook.translate import regions
from daybook.translate.modifiers import FUNCTION_WORDS, reading
from daybook.translate.processes import readings_of

# "the" and one to three capitalised words, then one to three lower-case words that close the
# phrase. The capitalised run must be a place by itself (``textplaces.lookup``).
_WORD = rf"(?!(?:{FUNCTION_WORDS})\b)[a-z][a-z-]*[a-z](?<!ly)(?<!ed)(?<!ing)"
_CANDIDATE = re.compile(
    r"(?<![\w’'-])(?P<the>[Tt]he) (?P<place>[A-Z][\w’']*(?: [A-Z][\w’']*){0,2})"
    rf"(?P<phrase>(?: {_WORD}){{1,3}})"
    rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?P<next>{FUNCTION_WORDS})\b)")
# A verb right after a plural head: the engine agrees it with the head once the place follows
# ("the agreements of Minsk could" -> "accords de Minsk pourraient", the subject "Progress");
# so does ", which" after one, whose clause antecedent ``clause_which`` reads off the plural
# noun right before it ("the Minsk agreements, which is the only basis": "ce qui est").
_VERBS = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
                    "did", "will", "would", "can", "could", "should", "must", "may", "might",
                    "shall"))
# Kinds of place a name goes before as its apposition ("the Tver city master plan").
_KINDS = frozenset(("city", "town", "village", "region", "regions", "district", "republic",
                    "territory", "province", "oblast", "krai"))
# Heads whose place is a destination, not an owner ("the Japan visit": "au Japon").
_NOT_OWNED = frozenset(("visit", "visits", "trip", "trips", "tour", "tours"))
_FINITE = ("<vblex><pres>", "<vbmod>", "<vbser>", "<vbhaver>", "<vbdo>")


def _adjective(word: str) -> bool:
    return any("<adj>" in r for r in readings_of(word))


def finite(word: str, plural: bool) -> bool:
    """``word`` can be the verb of a place as subject: one in -s after a singular name ("the
    Kremlin plans"), any present after a plural one ("the United States plan")."""
    return any(t in r and (plural or "<p3><sg>" in r or t != _FINITE[0])
               for r in readings_of(word) for t in _FINITE)


def _phrase_ok(words: list[str], plural: bool) -> bool:
    head = words[-1]
    if "-" in head or head in _NOT_OWNED or not reading(head)[0] or finite(head, plural):
        return False
    for word in words[:-1]:
        if word in _KINDS:
            return False
        if "-" not in word and not (reading(word)[0] or _adjective(word)):
            return False
    return True


def place_first(text: str, is_place: Callable[[str], bool], with_the: Collection[str]
                ) -> str:
    """``text`` with "the <place> <phrase>" written "the <phrase> of <place>" ("the Irkutsk
    power system" -> "the power system of Irkutsk"; "the United States government" -> "the
    government of the United States"). ``is_place`` tells a place's English name
    (``textplaces.lookup``), ``with_the`` holds the names English says with "the" ("the
    United States"): ``textplaces`` gives them, as it calls this."""
    if "he " not in text:
        return text

    def turn(m: re.Match[str]) -> str:
        name, words = m.group("place"), m.group("phrase").split()
        if "<pl>" in "".join(readings_of(words[-1])) and (
                m.group("next") in _VERBS or text.startswith(", which", m.end())):
            return m.group(0)
        if (not is_place(name) or name in regions.ADJECTIVAL
                or name in regions.table() or "the " + name in regions.table()
                or not _phrase_ok(words, name.endswith("s"))):
            return m.group(0)
        owner = "the " + name if "the " + name in with_the else name
        return f"{m.group('the')} {' '.join(words)} of {owner}"

    return _CANDIDATE.sub(turn, text)
