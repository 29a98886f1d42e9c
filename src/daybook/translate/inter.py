"""English adjectives in *inter-* ("inter-ethnic", "interreligious", "inter-parliamentary").

The pivot knows few of them: it reads "inter" alone as the verb "enterrer" ("enterrer-des
relations ethniques") or drops it ("un dialogue religieux"). French glues the prefix to the
French adjective of the base, in one word and agreed with its noun ("les relations
interethniques", "le dialogue interreligieux", "la coopération interparlementaire").

``join`` first writes a prefixed word in one ("inter-faith" -> "interfaith", "multi-party"
-> "multiparty", "re-election" -> "reelection", "co-founder" -> "cofounder") where the
engine's English dictionary has it so: it knows "interconfessionnel", "multipartite",
"réélection", where the hyphened word went to it as "inter" (the verb "enterrer") or
"multi" ("inflige une amende") and a base.

``strip`` gives the engine the base alone ("inter-ethnic relations" -> "ethnic relations"),
which it reads well; ``glue`` then puts "inter" before the French adjective of that base in
the output (agreed by the engine already), where the English source has the word.
"""

from __future__ import annotations

import re
import unicodedata

from daybook.translate.french import LOWER
from daybook.translate.gender import readings
from daybook.translate.processes import word_readings

# Adjective endings of English (general morphology): only these bases are stripped, so a
# noun base ("interfaith", "interview", "internet") goes to the engine as written.
_ADJ_END = r"(?:ic|ical|al|ary|ous|ive|ian|ial|ar)"
# *inter* with a hyphen or without ("interreligious"), *multi* with one ("multilateral" is
# a word of its own)
_INTER = re.compile(r"(?<![\w-])([Ii]nter-?|[Mm]ulti-)([a-z]{3,}" + _ADJ_END + r")(?![\w-])")
# Words English writes with *inter-* whose base is no adjective of its own ("national" is,
# but the engine knows "international"; "intermediary" is no "mediary").
_KEEP = frozenset({"national", "nationally", "mediary"})
_ELIDE = re.compile(r"(?<![\w’'-])((?i:(le|la|de|que|ne|je|me|se)) )$")
_WORD = re.compile(r"(?<![\w-])" + LOWER + r"{4,}(?![\w-])")


# English prefixes written with a hyphen or without (general usage of the dictionaries).
_PREFIXED = re.compile(r"(?<![\w-])((?i:inter|multi|co|re|pre|post|anti|non|counter))-"
                       r"([a-z]{3,})(?![\w-])")
_KNOWN: dict[str, bool] = {}  # joined word -> whether the engine's English has it


def join(text: str) -> str:
    """ "the inter-faith dialogue" -> "the interfaith dialogue" where the engine's English
    analyser reads the word in one (the engine's input only)."""
    if "-" not in text:
        return text
    found = {(m.group(1) + m.group(2)).lower() for m in _PREFIXED.finditer(text)}
    new = sorted(w for w in found if w not in _KNOWN)
    if new:
        reads = word_readings(new)
        _KNOWN.update({w: bool(reads.get(w)) for w in new})
    return _PREFIXED.sub(lambda m: m.group(1) + m.group(2)
                         if _KNOWN.get((m.group(1) + m.group(2)).lower()) else m.group(0), text)


def strip(text: str) -> str:
    """ "inter-ethnic relations" -> "ethnic relations" (the engine's input only)."""
    if "nter" not in text and "ulti-" not in text:
        return text

    def base(m: re.Match[str]) -> str:
        if m.group(2) in _KEEP:
            return m.group(0)
        return m.group(2).capitalize() if m.group(1)[:1].isupper() else m.group(2)

    return _INTER.sub(base, text)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def _adjective(word: str) -> bool:
    return any(r.tags[:1] == ("adj",) for r in readings([word]).get(word, ()))


def _shared(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def glue(source: str, french: str) -> str:
    """ "les relations ethniques" -> "les relations interethniques" where the source has
    *inter-ethnic*: the French adjective sharing the base's first letters (a cognate:
    ethnic "ethnique", religious "religieux", governmental "gouvernemental")."""
    if "nter" not in source and "ulti-" not in source:
        return french
    for m in _INTER.finditer(source):
        base = m.group(2).lower()
        prefix = m.group(1).rstrip("-").lower()
        if base in _KEEP:
            continue
        # (shared letters, distance from the English word's place, start): of two
        # "régional", the one where the English has *interregional*
        best: tuple[int, float, int] | None = None
        here = m.start() / max(len(source), 1)
        for w in _WORD.finditer(french):
            word = w.group(0)
            before = french[max(0, w.start() - 5):w.start()].lower()
            if before.endswith((prefix, prefix + "-")) or word.startswith(prefix):
                continue
            shared = _shared(_fold(word), base)
            far = abs(w.start() / max(len(french), 1) - here)
            if shared >= 2 and _adjective(word) and (
                    best is None or (shared, -far) > (best[0], -best[1])):
                best = (shared, far, w.start())
        if best is not None:
            head, tail = french[:best[2]], prefix + french[best[2]:]
            # "le départemental" -> "l'interdépartemental": the word now starts with a vowel
            elided = _ELIDE.search(head) if prefix == "inter" else None
            if elided:
                head = head[:elided.start(2)] + elided.group(2)[:-1] + "'"
            french = head + tail
    return french
