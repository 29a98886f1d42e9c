"""Correlative pairs (*both ... and*, *either ... or*, *neither ... nor*) as French says them.

The Catalan pivot writes *both X and Y* as "tant X i Y", which ``cat-fra`` takes for a
quantity: "Autant le fuseau horaire et le climat sont favorables", "des adeptes tellement
de dans notre pays et à l'étranger", "l'attention d'autant le fédéral et les autorités".
French says "tant X que Y" (Grevisse, *Le bon usage*, § 1085: "tant... que" as a
coordinating pair), "à la fois X et Y" before adjectives, and plain "X et Y" for a
sentence's subject ("Le fuseau horaire et le climat sont favorables"); a preposition
before the pair goes into each member ("tant du fédéral que des autorités régionales").
Where the pivot counts instead, "les deux Russes et les Ukrainiens" (*both Russians and
Ukrainians*: two Russians), "deux" goes ("les Russes et les Ukrainiens"), unless *both*
counts a noun of a pair (*both countries and peoples*).
*either X or Y* ("non plus X ou Y", the pivot's "tampoc") is "soit X, soit Y"; a
negation's closing *either* ("n'importe qui.") is "non plus"; *neither ... nor* keeps the
engine's "ni ... ni" and gains the "ne" French needs before the verb ("Ni X ni Y ont
répondu" -> "n'ont répondu", "C'est ni bon" -> "Ce n'est ni bon").
Each rule fires only where the English sentence has the pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import VOWEL_START, cased_like, contract
from daybook.translate.gender import readings

# English *both* of a pair: an *and* (or a list's comma) later in the same clause, not
# *both of*.
_BOTH_EN = re.compile(r"\bboth\b(?!\s+of\b)(?=[^.;:!?]*?(?:\band\b|,))", re.IGNORECASE)
# The English word after *both*: "the" (a plural article the pivot dropped: "tellement de
# nouveaux domaines" for *both the new areas*).
_BOTH_THE = re.compile(r"\bboth\s+the\b", re.IGNORECASE)
# The engine's *both* of a pair, with the preposition before it ("d'autant", "à tellement
# du") and the "de" cat-fra adds after "tellement" (with the article it swallowed).
_PREPS = r"de|d['’]|à|pour|par|avec|sur|dans|en|entre|contre|chez|vers"
_BOTH_FR = re.compile(r"(?<![\w’'-])(?:(?P<prep>" + _PREPS.replace("|d['’]", "")
                      + r") |(?P<de>[Dd]['’]))?(?P<word>[Aa]utant|[Tt]ellement)"
                      r"(?![\w’'-])(?: (?P<art>de la |de l['’]|du |des |de |d['’]))?")
_ARTICLE_OF = {"de la ": "la ", "de l'": "l'", "de l’": "l’", "du ": "le ", "des ": "les "}
# Where the pair's first member ends: the first "et" of its clause.
_ET = re.compile(r"(?<![\w’'-])et (?![\w’'-]*\s*,)")
_STOP = re.compile(r"[.;:!?()–—«»]")
# A preposition opening the first member ("tant dans notre pays qu'à l'étranger").
_PREP_WORD = re.compile(r"(?:" + _PREPS + r"|au|aux|y compris|parmi|sans|sous|selon)"
                         r"(?![\w’'-])", re.IGNORECASE)
# A sentence's subject: the pair opens it (or a quotation, a colon's clause).
_OPENER = re.compile(r"(?:^|[:;–—(«]\s*)$")

# *both X and Y* with one word before *and*, no noun *both* counts (*both countries and
# peoples*: "les deux pays et peuples" is right): the pivot's "les deux X et Y" ("les deux
# Russes et les Ukrainiens", *both Russians and Ukrainians*) counts two of X.
_BOTH_WORD_EN = re.compile(r"\bboth\s+(?!(?:of|the|our|their|these|those|its|his|her|my|your|"
                           r"sides|countries|parties|states|nations|peoples|leaders|"
                           r"presidents|governments|heads|ministers|delegations|teams|"
                           r"companies|cities|regions|capitals|houses|chambers|men|women|"
                           r"parents|sexes|hands|sides|groups|organisations|organizations|"
                           r"republics|banks|nuclear)\b)[A-Za-z]+\s+and\b",
                           re.IGNORECASE)
_LES_DEUX = re.compile(r"(?<![\w’'-])([Ll]es) deux (?=([\w-]+) et )")
_EITHER_EN = re.compile(r"\beither\b(?!\s+(?:way|side|of)\b)(?=[^.;:!?]*?\bor\b)",
                        re.IGNORECASE)
_EITHER_FR = re.compile(r"(?<![\w’'-])(?:[Nn]on plus|[Nn]['’]importe (?:quel|quelle|quels|"
                        r"quelles|qui|quoi)) (?=[^.;:!?]*?(?<![\w’'-])ou (?![\w’'-]*\s*,))")
_OU = re.compile(r",? (?<![\w’'-])ou (?=[^.;:!?]*$)")
# *not ... either* closing a clause: "n'importe qui." -> "non plus."
_NOT_EITHER_EN = re.compile(r"\b(?:not|no|never|nor|n['’]t)\b[^.;:!?]*\beither\s*[.!?;,]",
                            re.IGNORECASE)
_NOT_EITHER_FR = re.compile(r"(,? )n['’]importe (?:qui|quoi|quel|quelle|"
                            r"lequel|laquelle)(?=\s*[.!?;,]|$)")
_NEITHER_EN = re.compile(r"\bneither\b[^.;:!?]*\bnor\b", re.IGNORECASE)
_CEST_NI = re.compile(r"(?<![\w’'-])([Cc])['’](est|était) ni(?![\w’'-])")
# A relative in the first member: "tant X que j'ai cité que Y" reads badly ("à la fois").
_RELATIVE = re.compile(r"(?<![\w’'-])(?:que|qu['’]|qui)(?![\w’'-])")
_WORD = re.compile(r"[\w’'-]+")
_FINITE = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis"))


def _que(rest: str) -> str:
    return "qu'" if VOWEL_START.match(rest) else "que "


def _with(prep: str, member: str) -> str:
    """The preposition before the pair given to one member: "à" + "le Japon" -> "au Japon"."""
    return contract(prep, member) if prep in ("de", "à") else f"{prep} {member}"


def _adjective(member: str) -> bool:
    """The member opens with an adjective ("intéressant et productif")."""
    m = _WORD.match(member)
    if m is None:
        return False
    word = m.group(0)
    reads = readings([word.lower()]).get(word.lower(), ())
    # "intéressant" is the participle too: an adjective when it reads as nothing else
    return any(r.tags[:1] == ("adj",) for r in reads) and all(
        r.tags[:1] == ("adj",) or r.tags[:2] == ("vblex", "ger") for r in reads)


def _both(source: str, french: str) -> str:
    count = len(_BOTH_EN.findall(source))
    the = bool(_BOTH_THE.search(source))
    pos = 0
    while count > 0:
        m = _BOTH_FR.search(french, pos)
        if m is None:
            break
        count -= 1
        art = m.group("art") or ""
        if art in _ARTICLE_OF:
            article = _ARTICLE_OF[art]
        elif art and m.group("word").lower() == "tellement" and the and not _PREP_WORD.match(
                french, m.end()) and french[m.end():m.end() + 1].islower():
            article = "les "  # "tellement de nouveaux domaines" (*both the new areas*)
        elif art and m.group("word").lower() == "autant":
            article = art  # "autant de" is no pivot's "tant": its "de" stays
        else:
            article = ""
        prep = m.group("prep") or ("de" if m.group("de") else "")
        start = m.start()
        rest = french[m.end():].lstrip(" ")
        stop = _STOP.search(rest)
        clause = rest[:stop.start()] if stop else rest
        et = _ET.search(clause)
        before = french[:start]
        if et is None:
            joined = (prep + " " if prep else "") + article + rest
            french = before + cased_like(joined, m.group(0)) if _OPENER.search(
                before) else before + joined
            pos = len(before)
            continue
        first, second = (article + clause[:et.start()]).rstrip(), clause[et.end():]
        tail = rest[len(clause):]
        if _OPENER.search(before) and not prep:
            pair = f"{first} et {second}"  # the subject of a sentence: "X et Y"
            pair = cased_like(pair, m.group(0)) if not before.strip() else pair
        elif not prep and (_RELATIVE.search(first) or _adjective(first)):
            # an adjective, or a member with a relative's "que" of its own
            pair = f"à la fois {first} et {second}"
        elif prep:
            first_member, second_member = _with(prep, first), _with(prep, second)
            pair = f"tant {first_member} {_que(second_member)}{second_member}"
            if m.group(0)[:1].isupper():
                pair = pair[:1].upper() + pair[1:]
        else:
            pair = f"tant {first} {_que(second)}{second}"
            if m.group(0)[:1].isupper():
                pair = pair[:1].upper() + pair[1:]
        french = before + pair + tail
        pos = len(before) + len(pair)
    return french


def _either(source: str, french: str) -> str:
    if _EITHER_EN.search(source):
        m = _EITHER_FR.search(french)
        if m is not None:
            rest = french[m.end():]
            stop = _STOP.search(rest)
            clause = rest[:stop.start()] if stop else rest
            clause = _OU.sub(", soit ", clause, count=1)
            french = french[:m.start()] + cased_like("soit ", m.group(0)) + clause + (
                rest[stop.start():] if stop else "")
    if _NOT_EITHER_EN.search(source):
        french = _NOT_EITHER_FR.sub(lambda m: m.group(1) + "non plus", french, count=1)
    return french


def _neither(source: str, french: str) -> str:
    if not _NEITHER_EN.search(source) or "ni " not in french.lower():
        return french
    french = _CEST_NI.sub(lambda m: f"{'C' if m.group(1) == 'C' else 'c'}e n'{m.group(2)} ni",
                          french)
    words = [(w.start(), w.end(), w.group(0)) for w in _WORD.finditer(french)]
    reads = readings(sorted({w.lower() for _, _, w in words}))
    nis = [i for i, (_, _, w) in enumerate(words) if w.lower() == "ni"]
    if not nis:
        return french

    def finite(i: int) -> bool:
        rs = reads.get(words[i][2].lower(), ())
        return bool(rs) and all(len(r.tags) > 1 and r.tags[0].startswith("vb")
                                and r.tags[1] in _FINITE for r in rs)

    target = None
    if nis[0] > 0 and finite(nis[0] - 1) and words[nis[0] - 1][2].lower() not in ("n'",):
        target = nis[0] - 1  # "il est ni bon" -> "il n'est ni bon"
    elif nis[0] == 0 and len(nis) > 1:
        # "Ni X ni Y ont répondu": the first finite verb after the second member.
        target = next((i for i in range(nis[1] + 1, len(words)) if finite(i)), None)
    if target is None or french[:words[target][0]].rstrip().endswith(("ne", "n'", "n’")):
        return french
    start, end, verb = words[target]
    neg = "n'" if VOWEL_START.match(verb) else "ne "
    return french[:start] + neg + verb + french[end:]


def _les_deux(french: str, count: int) -> str:
    """ "les deux Russes et les Ukrainiens" -> "les Russes et les Ukrainiens" (*both
    Russians and Ukrainians*), at most ``count`` times, where the word after "deux" is a
    plural noun for the French analyser (an adjective too: "Russes"; "les deux intérieur
    et" is left)."""
    found = list(_LES_DEUX.finditer(french))[:count]
    reads = readings(sorted({m.group(2).lower() for m in found}))
    for m in reversed(found):
        got = reads.get(m.group(2).lower(), ())
        if any(r.pos == "n" for r in got) and all(
                r.pos in ("n", "adj") and r.number == "pl" for r in got):
            french = french[:m.start()] + m.group(1) + " " + french[m.end():]
    return french


def correlatives(source: str, french: str) -> str:
    """ "Autant le fuseau horaire et le climat sont" -> "Le fuseau horaire et le climat
    sont", "tellement de dans notre pays et à l'étranger" -> "tant dans notre pays qu'à
    l'étranger", "non plus à Moscou ou à Paris" -> "soit à Moscou, soit à Paris", "Ni X ni
    Y ont répondu" -> "Ni X ni Y n'ont répondu", where the English has the pair."""
    low = source.lower()
    if "both" in low:
        french = _both(source, french)
        if " deux " in french and (count := len(_BOTH_WORD_EN.findall(source))):
            french = _les_deux(french, count)
    if "either" in low:
        french = _either(source, french)
    if "neither" in low:
        french = _neither(source, french)
    return french


def pairs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``correlatives`` on each text; after ``particles`` (whose *in terms of* it keeps)."""
    return [correlatives(s, t) for s, t in zip(sources, texts, strict=True)]
