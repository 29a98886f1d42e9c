"""People a text names that no table knows: "George Bush", "Lee Kuan Yew".

Apertium translates an unknown name word by word ("George arbuste", "Lee Kuan if"). A run
of capitalised words whose first word Apertium's English analyser reads as a given name
(``<np><ant>``) is a person's name, protected whole like the event's names. Not when the
first word is also a place ("Victoria", "Jordan"), nor a common word at the start of a
sentence ("Will Russia ..."), nor when the run names a place or a thing after a person
("Alexander Garden", "Gorky Park", "Peter the Great" stops at "the"), nor when a table
knows it (places, institutions).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from daybook.translate.apertium import word_readings

_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# A run of capitalised words and initials ("Region Governor George W. Bush").
_RUN = re.compile(rf"(?<![\w’'-]){_CAP}(?:\s+(?:[A-Z]\.\s+)?{_CAP})+(?![\w-])")
_FUNCTION = re.compile(r"<(?:pr|cnjcoo|cnjsub|cnjadv|det|prn|vbser|vbhaver|vbmod|vbdo|"
                       r"preadv|adv|ij)>")
# Heads of names of places and things named after a person ("Alexander Garden").
_THING = frozenset((
    "Academy", "Airport", "Avenue", "Award", "Bank", "Bay", "Boulevard", "Bridge", "Canal",
    "Cathedral", "Center", "Centre", "Church", "Club", "College", "Company", "Cup", "Day",
    "Embankment", "Forum", "Foundation", "Fund", "Garden", "Gardens", "Gymnasium", "Hall",
    "Highway", "Hospital", "Institute", "Island", "Lake", "Lane", "Library", "Lyceum", "Medal",
    "Memorial", "Monastery", "Monument", "Museum", "Order", "Palace", "Park", "Plant", "Port",
    "Prize", "Prospekt", "Region", "River", "School", "Square", "Station", "Street", "Theatre",
    "Theater", "University", "Year"))
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…«“\"(\[]|\n)\s*$")


def _given(word: str, readings: tuple[str, ...]) -> bool:
    """A given name that is no place ("Victoria"), adjective ("German", "Precious") or head
    of a named thing ("River")."""
    return (word not in _THING and any("<np><ant>" in r for r in readings)
            and not any("<np><top>" in r or "<adj>" in r for r in readings))


def _only_names(readings: tuple[str, ...]) -> bool:
    return all("<np>" in r for r in readings)


def _name_at(words: list[str], i: int, readings: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``words[i:]``, the end of a capitalised run, is one person's name: a given
    name, then words read as proper nouns or unknown to the analyser (foreign names), or
    short ones after an unknown word ("Lee Kuan Yew"); a run that goes on with other words
    ("Junior Delphic Games", "Bill Gates Foundation") names a thing."""
    if len(words) - i < 2:
        return False
    foreign = False
    for word in words[i + 1:]:
        got = readings.get(word, ())
        if word in _THING or any(_FUNCTION.search(r) for r in got):
            return False
        if not got:
            foreign = True
        elif not any("<np>" in r for r in got) and not (foreign and len(word) <= 4):
            return False
        elif any("<np>" in r for r in got) and all("<pl>" in r for r in got if "<np>" in r):
            return False  # "Precious Stones"
    return True


def unknown_people(texts: Iterable[str]) -> list[str]:
    """Runs of capitalised words in ``texts`` that name a person no table knows, in order."""
    from daybook.translate.names import LONGER
    from daybook.translate.places import lookup
    from daybook.translate.protect import glossary_in

    runs: list[tuple[str, bool]] = []  # (run, at sentence start)
    for text in texts:
        for m in _RUN.finditer(text or ""):
            if LONGER.match(text, m.end()):
                continue  # part of a longer name: "Alexander Van der Bellen"
            runs.append((m.group(0), bool(_SENTENCE_START.search(text[:m.start()]))))
    if not runs:
        return []
    readings = word_readings(sorted({w for run, _ in runs for w in re.findall(_CAP, run)}))
    if not readings:
        return []
    out: dict[str, None] = {}
    for run, start in runs:
        found = list(re.finditer(_CAP, run))
        words = [m.group(0) for m in found]
        for i, first in enumerate(words):
            got = readings.get(first, ())
            if not _given(first, got) or (i == 0 and start and not _only_names(got)):
                continue
            if _name_at(words, i, readings):
                name = " ".join(run[found[i].start():].split())
                if lookup(name) is None and ((terms := glossary_in(name)) is None
                                             or not terms.search(name)):
                    out.setdefault(name, None)
            break
    return list(out)
