"""A noun after *as well as* with the determiner French gives each conjunct.

English coordinates with *as well as* a noun phrase that has no determiner (*restaurants,
as well as administrative and medical premises*, *unfailing adherence to national interests,
as well as respect for legitimate interests*, *representatives of ministries, as well as
researchers and cultural figures*); the pivot says "ainsi que" and leaves the noun bare:
"ainsi que locaux administratifs", "ainsi que respect pour", "ainsi que chercheurs". French
gives the conjunct its determiner as it does after "et" (Grevisse, *Le Bon Usage*, §§ 587,
269: the determiner is said before each coordinated noun): a plural takes "des", a
singular (a notion, a mass) the definite article of its gender ("ainsi que des locaux
administratifs", "ainsi que le respect", "ainsi que des chercheurs", "ainsi que le
soutien de l'État").

Only where the English has as many *as well as* as the French "ainsi que", the one paired
with it followed by no determiner, pronoun, preposition, *-ing* word or figure, and the
French word after "ainsi que" is a lower-case noun for the analyser (of one gender and
number, no determiner, pronoun, preposition, adverb or conjunction reading); not after an
adjective the analyser reads as nothing else right after a verb ("requièrent constructifs
ainsi que coopération": the adjectives of one noun, *constructive as well as productive
cooperation*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, determiner, tokens_and_readings

__all__ = ["as_well_as"]

Token = tuple[int, int, str]
_TOKEN = clause_tokens()
_AS_WELL_AS = re.compile(r"\bas well as\s+(\S+)", re.IGNORECASE)
# English words after *as well as* that open no bare noun phrase.
_NOT_BARE_EN = frozenset((
    "the", "a", "an", "its", "their", "our", "his", "her", "your", "my", "this", "that",
    "these", "those", "all", "each", "every", "some", "any", "many", "several", "other",
    "another", "other", "both", "no", "to", "in", "on", "at", "for", "with", "by", "from",
    "of", "about", "through", "during", "between", "among", "under", "within", "we", "i",
    "you", "they", "he", "she", "it", "there", "those", "who", "what", "how", "more",
    "most", "numerous", "various", "various", "one", "two", "three", "also", "not"))
_AINSI = re.compile(r"\b[Aa]insi qu(?:e |['’])")


def _bare_en(word: str) -> bool:
    """An English word that may open a bare noun phrase after *as well as*."""
    word = word.strip(",.;:!?()“”\"'’").lower()
    return word.isalpha() and word not in _NOT_BARE_EN and not word.endswith("ing")


def _noun(word: str, reads: dict[str, tuple[Reading, ...]]) -> Reading | None:
    """The lone noun reading of a bare lower-case word (verbs' readings allowed:
    "photocopies")."""
    got = reads.get(word, ())
    nouns = [r for r in got if r.pos == "n"]
    if not word.isalpha() or not word.islower() or not nouns or any(
            r.pos in ("det", "prn", "pr", "adv", "cnjcoo", "cnjsub", "predet", "num")
            for r in got):
        return None
    if len({(r.gender, r.number) for r in nouns}) != 1:
        return None
    return nouns[0]


def _adjective_only(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    got = reads.get(word, ())
    return bool(got) and all(r.pos in ("adj", "pp") for r in got)


def _verb(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    return any(r.tags[:1] in (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",))
               and r.pos != "pp" for r in reads.get(word, ()))


def _said(toks: list[Token], words: list[str], at: int, reads: dict[str, tuple[Reading, ...]]
          ) -> str | None:
    """The determiner before the bare noun at token ``at`` (right after "ainsi que")."""
    noun = _noun(words[at], reads)
    if noun is None:
        return None
    before = at - 3  # the word before "ainsi que"
    if before >= 0 and words[before] == ",":
        before -= 1
    if before >= 1 and _adjective_only(words[before], reads) and _verb(words[before - 1],
                                                                      reads):
        return None  # "requièrent constructifs ainsi que coopération": one noun's adjectives
    if noun.number == "pl":
        return "des"
    if noun.gender not in ("m", "f") or noun.number != "sg":
        return None
    return determiner("le", noun.gender, "sg", toks[at][2])


def as_well_as(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "ainsi que locaux administratifs" -> "ainsi que des locaux administratifs",
    "ainsi que respect pour" -> "ainsi que le respect pour" (see the module's doc)."""
    todo = [k for k, t in enumerate(texts) if _AINSI.search(t)
            and "as well as" in sources[k].lower()]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        english = [_bare_en(m.group(1)) for m in _AS_WELL_AS.finditer(sources[k])]
        text = texts[k]
        french = list(_AINSI.finditer(text))
        if len(english) != len(french) or not any(english):
            continue  # the "ainsi que" and the *as well as* cannot be paired
        words = [folded(t[2]) for t in toks[k]]
        starts = {t[0]: i for i, t in enumerate(toks[k])}
        apostrophe = "'" if "'" in text and "’" not in text else "’"  # the text's own
        for m, bare in reversed(list(zip(french, english, strict=True))):
            at = starts.get(m.end())
            if not bare or at is None or at < 3:
                continue
            said = _said(toks[k], words, at, reads)
            if said is None:
                continue
            said = said.replace("'", apostrophe)
            glue = "" if said.endswith(apostrophe) else " "
            text = text[:m.start()] + m.group(0)[:5] + " que " + said + glue + \
                text[m.end():]
        out[k] = text
    return out
