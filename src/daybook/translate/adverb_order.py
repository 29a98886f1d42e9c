"""Manner adverbs the pivot said as "de façon" + adjective or left where English puts them
(run by ``verbals`` after ``manner_order.manner_after``; runs ``adverb_senses`` first).

English puts a manner adverb before its verb, after the subject or the modal (*You must
resolutely cut short*, *and actively use*); French puts it after the conjugated verb, or
after the infinitive it modifies (Grevisse, *Le Bon Usage* §§ 968-970), and says it with
the adverb in -ment the adjective makes where there is one (§ 967):

- *fairly* before an adjective is a degree adverb, "assez" (Robert & Collins, *fairly*
  = *quite*), where the pivot read it as "équitable": "C'était de façon équitable
  difficile" -> "C'était assez difficile", "occupé de façon équitable" -> "assez occupé";
- "de façon"/"de manière" + adjective: the adjective in the feminine singular ("de façon
  coordonné" -> "de façon coordonnée", whatever the English), said as its adverb in -ment
  where the analyser knows it ("de façon digne" -> "dignement", "de façon courageuse" ->
  "courageusement"; "de façon décidée", the pivot's *resolutely*, "résolument":
  "décidément" is *definitely*), not in a pair of manners ("de façon dure et intransigeante");
- a manner adverb in -ment opening a clause before its subject pronoun, where the English
  has it after the subject or a modal: after the finite verb ("Résolument vous devez
  couper" -> "Vous devez résolument couper");
- "et" + adverb + infinitive (or a participle with its complement) where the English says
  *and* + adverb + verb: the adverb after the verb ("et activement utiliser à cette fin"
  -> "et utiliser activement à cette fin", "et illégalement expulsé du pays" -> "et
  expulsé illégalement du pays").

Each only where the English sentence has an adverb in -ly (the agreement with "façon"
aside); the sentence adverbs that may open a
clause (*naturally*, *probably*, *unfortunately*...) are never moved.
"""

from __future__ import annotations

import re

from daybook.translate.adverb_senses import adverb_senses
from daybook.translate.agreement import form_in
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import Reading, readings
from daybook.translate.manner_order import finite_only

__all__ = ["adverb_order", "fairly", "manner_adverbs"]

_LY = re.compile(r"\b[a-z]{3,}ly\b")
# *fairly* before a word that is not a verb's participle or a conjunction: degree.
_FAIRLY_EN = re.compile(r"\bfairly (?!and\b|or\b|to\b|with\b|in\b|by\b)[a-z]+(?<!ed)\b",
                        re.IGNORECASE)
_EQUITABLE = re.compile(_B + r"de (?:façon|manière) équitable (" + _W + r")" + _E)
_EQUITABLE_AFTER = re.compile(_B + r"(" + _W + r") de (?:façon|manière) équitable" + _E)
# A manner before "et"/"ou" and this one: a pair, kept as the engine said it.
_PAIR_BEFORE = re.compile(r"(?:ment|(?:façon|manière) " + _W + r")(?:,)? (?:et|ou) $")
_MANNER = re.compile(_B + r"([Dd]e) (façon|manière) (" + _W + r")" + _E)
# The engine's adjective for *resolutely* and its adverb (Robert & Collins).
_SAID = {"décidée": "résolument", "décidé": "résolument"}
# Adverbs in -ment whose sense is not the adjective's (Robert: "décidément" *definitely*).
_NOT_DERIVED = frozenset(("décidément",))
_SUBJECTS = r"(?:je|j['’]|nous|vous|il|elle|ils|elles|on)"
_CLITICS = r"((?:(?:se|s['’]|me|m['’]|te|t['’]|le|la|les|l['’]|lui|leur|y|en|nous|vous) ?)*)"
_OPENING = re.compile(r"(?:^|(?<=[.;:!?] )|(?<=, )|(?<=\bet )|(?<=\bmais )|(?<=\bque )"
                      r"|(?<=\bqu['’]))([A-ZÉ]?" + _W + r"ment) (" + _SUBJECTS + r") ?"
                      + _CLITICS + r"(" + _W + r")" + _E)
_AFTER_SUBJECT_EN = re.compile(
    r"\b(?:I|we|you|they|he|she|it|must|should|will|would|can|could|may|might|shall|"
    r"have|has|had|do|does|did)\s+[a-z]{3,}ly\s+[a-z]", re.IGNORECASE)
_AND_EN = re.compile(r"\band [a-z]{3,}ly [a-z]+(?<!ly)\b")
_AND_FR = re.compile(_B + r"(et) (" + _W + r"ment) (" + _W + r")" + _E)
# Sentence adverbs (Grevisse § 959, *adverbes de phrase*) and adverbs of time, which may
# open a clause: never moved.
_SENTENCE = frozenset((
    "naturellement", "évidemment", "probablement", "certainement", "heureusement",
    "malheureusement", "actuellement", "récemment", "finalement", "seulement", "notamment",
    "également", "simplement", "vraiment", "justement", "précisément", "dernièrement",
    "premièrement", "deuxièmement", "troisièmement", "forcément", "apparemment",
    "sûrement", "absolument", "franchement", "sincèrement", "personnellement",
    "généralement", "normalement", "habituellement", "auparavant", "immédiatement",
    "inévitablement", "manifestement", "visiblement", "clairement", "assurément",
    "réellement", "effectivement", "décidément", "totalement", "entièrement"))
# After the infinitive or participle: a complement, not the end of the clause.
_COMPLEMENT = re.compile(r" (?:à|au|aux|de|du|des|d['’]|le|la|les|l['’]|un|une|ce|cette|"
                         r"ces|notre|nos|votre|vos|leur|leurs|son|sa|ses|tout|toute|tous|"
                         r"toutes|par|pour|avec|dans|sur|en|vers|contre)" + _E)


def fairly(source: str, french: str) -> str:
    """ "de façon équitable difficile" -> "assez difficile", "occupé de façon équitable" ->
    "assez occupé" where the English says *fairly* before an adjective; as many as the
    English has."""
    count = len(_FAIRLY_EN.findall(source))
    if not count or "équitable" not in french:
        return french
    found = [(m, p) for p in (_EQUITABLE, _EQUITABLE_AFTER) for m in p.finditer(french)]
    reads = readings(sorted({m.group(1).lower() for m, _ in found}))
    done: list[tuple[int, int, str]] = []
    for m, _ in found:
        word = reads.get(m.group(1).lower(), ())
        if len(done) < count and _adjective(word) is not None and not any(
                r.pos in ("det", "prn", "pr") for r in word) \
                and not any(a < m.end() and m.start() < b for a, b, _ in done):
            done.append((m.start(), m.end(), f"assez {m.group(1)}"))
    for start, end, text in sorted(done, reverse=True):
        french = french[:start] + text + french[end:]
    return french


def _adjective(reads: tuple[Reading, ...]) -> Reading | None:
    return next((r for r in reads if r.pos in ("adj", "pp")), None)


def manner_adverbs(source: str, french: str) -> str:
    """ "de façon coordonné" -> "de façon coordonnée", "de façon digne" -> "dignement",
    "De façon décidée" -> "Résolument" where the English has an adverb in -ly."""
    found = [m for m in _MANNER.finditer(french) if not re.match(
        r" (?:et|ou) (?:de (?:façon|manière) )?" + _W, french[m.end():])
        and not _PAIR_BEFORE.search(french, 0, m.start())]
    if _FAIRLY_EN.search(source):  # *fairly* + a verb: "de façon équitable" is the degree
        found = [m for m in found if m.group(3) != "équitable"]
    if not found:
        return french
    derive = bool(_LY.search(source))  # the adverb only for an English adverb in -ly
    adjectives = {m.group(3).lower() for m in found}
    reads = readings(sorted(adjectives))
    feminine: dict[str, str] = {}
    for word in adjectives:
        r = _adjective(reads.get(word, ()))
        if r is not None and r.gender != "f":
            pp = next((x for x in reads[word] if x.pos == "pp"), r)
            made = form_in(pp, "f", "sg")
            if made and made != word:
                feminine[word] = made
    adverbs = {w: _SAID.get(w) or _SAID.get(feminine.get(w, w)) or feminine.get(w, w) + "ment"
               for w in adjectives}
    known = readings(sorted(set(adverbs.values()))) if derive else {}

    def fix(m: re.Match[str]) -> str:
        word = m.group(3).lower()
        adverb = adverbs[word]
        if derive and adverb not in _NOT_DERIVED and not adverb.endswith(
                ("amment", "emment")) and any(r.pos == "adv" for r in known.get(adverb, ())):
            return cased_like(adverb, m.group(1))
        if word in feminine:
            return f"{m.group(1)} {m.group(2)} {feminine[word]}"
        return m.group(0)

    wanted = {m.start() for m in found}
    return _MANNER.sub(lambda m: fix(m) if m.start() in wanted else m.group(0), french)


def _manner(adverb: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    low = adverb.lower()
    return low not in _SENTENCE and any(r.pos == "adv" for r in reads.get(low, ()))


def _opening(source: str, french: str) -> str:
    """ "Résolument vous devez couper" -> "Vous devez résolument couper"."""
    found = list(_OPENING.finditer(french))
    if not found or not _AFTER_SUBJECT_EN.search(source) or re.match(
            r"\s*[A-Z][a-z]+ly\b", source):
        return french
    reads = readings(sorted({w.lower() for m in found for w in (m.group(1), m.group(4))}))

    def fix(m: re.Match[str]) -> str:
        adverb, subject, clitics, verb = m.groups()
        if not _manner(adverb, reads) or not finite_only(reads.get(verb.lower(), ())) or \
                re.search(r"\bne |\bn['’]", clitics):
            return m.group(0)
        if adverb[0].isupper():
            subject, adverb = cased_like(subject, adverb), adverb.lower()
        gap = "" if subject.endswith(("'", "’")) else " "
        return f"{subject}{gap}{clitics}{verb} {adverb}"

    return _OPENING.sub(fix, french)


def _and_verb(source: str, french: str) -> str:
    """ "et activement utiliser à cette fin" -> "et utiliser activement à cette fin"."""
    count = len(_AND_EN.findall(source))
    found = list(_AND_FR.finditer(french))
    if not count or not found:
        return french
    reads = readings(sorted({w.lower() for m in found for w in (m.group(2), m.group(3))}))

    def fix(m: re.Match[str]) -> str:
        nonlocal count
        conj, adverb, verb = m.groups()
        vreads = reads.get(verb.lower(), ())
        # an infinitive, a participle or a finite verb (also read as an adjective:
        # "et dignement continue ses traditions")
        verbal = bool(vreads) and all(r.tags[:1] == ("vblex",) or r.pos == "adj"
                                      for r in vreads) and any(
            r.tags[1:2] != ("ger",) and r.tags[:1] == ("vblex",) for r in vreads)
        if count <= 0 or not _manner(adverb, reads) or not verbal or \
                not _COMPLEMENT.match(french, m.end()):
            return m.group(0)
        count -= 1
        return f"{conj} {verb} {adverb}"

    return _AND_FR.sub(fix, french)


def adverb_order(source: str, french: str) -> str:
    """Every rule above and ``adverb_senses``, on one sentence and its English."""
    french = adverb_senses(source, french)
    if "façon " in french or "manière " in french:
        french = manner_adverbs(source, fairly(source, french))
    if "ment " in french and _LY.search(source):
        french = _and_verb(source, _opening(source, french))
    return french
