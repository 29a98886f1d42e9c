"""A name before the noun it owns or places, said as that noun's complement.

English puts an owner's or a place's name before its noun ("the Gokhran collection", "the
Mariinsky ballet", "the CICA member states", "the Idlib de-escalation zone", "the Taman
Peninsula", "the Sochi Dialogue", "the St Petersburg Forum"); French puts the noun first and
the name after "de" (Grevisse § 348: "la zone de désescalade d'Idlib", "la péninsule de
Taman", "le forum de Saint-Pétersbourg"; an acronym with its article: "les États membres du
CICA"). Apertium keeps the English order ("du Gokhran collection", "l'Idlib zone de
désescalade", "le Taman péninsule", "au Saint-Pétersbourg forum"). Before the engine the
phrase is written "the <noun> of <name>" ("of the <acronym>").

The name is one to three capitalised words the English analyser does not know ("Idlib",
"Gokhran", "CICA") or a city, region or country of ``textplaces`` before a noun in Title Case
(a lower-case noun after a place is ``place_heads``' own); the noun one to three words read as
nouns or adjectives that close the phrase, the last no verb ("the Kremlin plans to" is left),
not the kind of a thing's own name (``things_np`` puts those first: "the plant Zarya"), not
a whole that is itself a place ("the Tver Region"). A person's name before *administration*,
*government*, *cabinet* or *era* is that noun's apposition, as French writes it
("l'administration Porochenko", "le gouvernement Medvedev").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from daybook.translate.modifiers import FUNCTION_WORDS
from daybook.translate.processes import readings_of

# Nouns a person's name qualifies in apposition (general usage: "l'administration Trump",
# "le gouvernement Philippe", "l'ère Eltsine").
PERSON_HEADS = frozenset(("administration", "government", "Government", "cabinet", "era"))
_HEAD = rf"(?!(?:{FUNCTION_WORDS})\b)(?:[a-z][a-z-]*[a-z]|[A-Z][a-z]+)(?<!ly)(?<!ing)"
_NAMEWORD = r"(?:[A-Z][a-z]+|[A-Z]{2,6})"
_CANDIDATE = re.compile(
    rf"(?<![\w’'-])(?P<the>[Tt]he) (?P<name>Zq\d+x|{_NAMEWORD}(?: {_NAMEWORD}){{0,2}})"
    rf"(?P<head> Zq\d+x|(?: {_HEAD}){{1,3}}?)"
    rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?P<next>{FUNCTION_WORDS})\b)")
_ADJECTIVE_END = re.compile(r"(?:ic|ian|ean|ese|ish|ive|ous)$")


def _unknown(words: list[str]) -> bool:
    """Words the analyser reads as nothing at all (lower-cased too) and that are no
    adjective: a foreign name ("Idlib", "Gokhran"), not a country's adjective ("the Kyrgyz
    economy": ``demonyms_np``) nor an adjective by its ending ("the Russophobic
    provocation")."""
    from daybook.translate.demonyms_np import adjectives

    return all(not readings_of(w) and not readings_of(w.lower()) and w not in adjectives()
               and not _ADJECTIVE_END.search(w) for w in words)


def _noun_phrase(words: list[str], plural: bool | None, kinds: Collection[str]) -> bool:
    """Nouns and adjectives, the last a noun and no verb of a subject ``plural`` or not
    (``place_heads.finite``; None: no verb can stand there); all in lower case or all in
    Title Case (a name's own words are no noun phrase after it); none of ``kinds``."""
    from daybook.translate.place_heads import finite

    if len({w[:1].isupper() for w in words}) > 1:
        return False
    head = words[-1].lower()
    if head in kinds or (
            plural is not None and finite(head, plural)) or not any(
            "<n>" in r for r in readings_of(head)):
        return False
    return all("-" in w or any("<n>" in r or "<adj>" in r for r in readings_of(w.lower()))
               for w in words[:-1])


def owners_first(text: str, people: Collection[str] = (), kinds: Collection[str] = ()) -> str:
    """``text`` with "the <name> <noun>" written "the <noun> of <name>" ("the Gokhran
    collection" -> "the collection of Gokhran", "the St Petersburg Forum" -> "the forum of St
    Petersburg"), and "the <person> administration" "the administration <person>";
    ``people``: the placeholders of persons; ``kinds``: the kinds of things' names, which go
    first after a foreign name (``things_np``'s)."""
    if "he " not in text:
        return text
    from daybook.translate.textplaces import lookup

    def turn(m: re.Match[str]) -> str:
        name, words = m.group("name"), m.group("head").split()
        if name.startswith("Zq"):
            if name in people and len(words) == 1 and words[0] in PERSON_HEADS:
                return f"{m.group('the')} {words[0].lower()} {name}"
            return m.group(0)
        place = lookup(name)
        if lookup(f"{name} {' '.join(words)}") is not None:
            return m.group(0)  # a place's own name ("the Tver Region")
        # a verb after the name takes an object or a clause ("the CICA states that"); none
        # closes the sentence there
        plural = name.endswith("s") if m.group("next") else None
        if len(words) == 1 and words[0].startswith("Zq"):  # "the Sochi Zq0x" (Olympic Games)
            ok = words[0] not in people and (
                place.city if place is not None else _unknown(name.split()))
        elif place is not None:  # a lower-case noun after a place is ``place_heads``'
            ok = words[0][:1].isupper() and _noun_phrase(words, plural, ())
        else:  # no English words ("the Kremlin", "the Russian Government")
            ok = _unknown(name.split()) and _noun_phrase(words, plural, kinds)
        if not ok:
            return m.group(0)
        head = " ".join(w if w.islower() or w.startswith("Zq") else w.lower() for w in words)
        # an acronym keeps its article, as French writes one ("le campus du RIOU")
        return f"{m.group('the')} {head} of {'the ' if name.isupper() else ''}{name}"

    return _CANDIDATE.sub(turn, text)
