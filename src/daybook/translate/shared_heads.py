"""An adjective and a noun modifier coordinated before one head noun.

English coordinates an adjective with a noun used as a modifier before the one noun both
qualify (*biological and toxin weapons*, *nuclear and missile problems*, *cultural and
entertainment programme*, *a constructive and partnership manner*); the pivot says the
adjective alone and the second modifier as the head's complement: "biologique et armes de
toxine", "le nucléaire et problèmes de missile", "un riche culturel et programme de
divertissement". French puts the head first, the adjective agreed with it, and the
complement coordinated with the adjective (Grevisse, *Le Bon Usage*, § 269: elements of
different nature coordinated as epithets of one noun): "armes biologiques et de toxine",
"les problèmes nucléaires et de missile", "un riche programme culturel et de
divertissement", "une façon constructive et de partenariat"; the determiner before the
adjective agrees with the head.

Only where the English has as many *and* as the French "et", the *and* paired with this
"et" after a word of an English adjective's ending (*-al*, *-ic*, *-ive*, *-ar*, *-ous*...)
and before two words closed by punctuation or a word of a complement or clause (the
modifier and the head); in French, the word before "et" an adjective for the analyser
after a determiner, a preposition or a verb (not after a noun, whose epithet it is:
"faits héroïques et réalisations de travail"), the word after it a lower-case noun (no
determiner or pronoun reading) before "de" + a lower-case word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import elides, folded
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    clause_tokens,
    determiner,
    forms_of,
    generate,
    tokens_and_readings,
)

__all__ = ["shared_heads"]

Token = tuple[int, int, str]
Reads = dict[str, tuple[Reading, ...]]
_TOKEN = clause_tokens()
_AND_EN = re.compile(r"\band\b", re.IGNORECASE)
_DE_QUE = re.compile(r"(?<![\w’'-])(de|que) $")
# An English adjective by its ending (relational and qualifying suffixes).
_ADJ_EN = re.compile(r"[a-z]{3,}(?:al|ic|ive|ar|ary|ous|ian|ine|ile|ful|ese|ish)$")
# Words that close the head of the member after *and* (a complement, a clause, a verb).
_CLOSE_EN = frozenset(("of", "in", "for", "with", "and", "or", "on", "at", "to", "that",
                       "which", "who", "between", "from", "is", "are", "was", "were",
                       "has", "have", "will", "can", "as", "by", "among"))
_NOT_MODIFIER_EN = frozenset(("the", "a", "an", "its", "their", "our", "his", "her", "your",
                              "my", "this", "that", "these", "those", "other", "all", "also",
                              "then", "so", "more", "most", "not", "we", "they", "it", "to"))


def _english(source: str) -> list[bool]:
    """For each *and*: whether it joins an adjective to a modifier + head (*nuclear and
    missile problems of*)."""
    out = []
    for m in _AND_EN.finditer(source):
        before = source[:m.start()].split()
        after = source[m.end():].split()
        ok = bool(before) and bool(_ADJ_EN.fullmatch(before[-1])) and len(after) >= 2
        if ok:
            first, head = after[0], after[1]
            closed = not head[-1:].isalnum() or len(after) == 2 or (
                after[2].lower().strip(",.;:") in _CLOSE_EN)
            ok = first.replace("-", "").isalpha() and first.lower() not in _NOT_MODIFIER_EN and \
                first.lower() == first and head.rstrip(",.;:!?)”\"’").replace("-", "").isalpha() \
                and closed
        out.append(ok)
    return out


def _plan(toks: list[Token], words: list[str], et: int, reads: Reads
          ) -> tuple[int, int, list[tuple[str, str | None]]] | None:
    """(first token replaced, token after the last, the new words: (word, generator input
    or None to keep it)) for "[det] [adj] A et N de X" at the "et" at ``et``."""
    a, n = et - 1, et + 1
    if a < 1 or n + 2 >= len(words) or words[n + 1] not in ("de", "d'"):
        return None
    adj = [r for r in reads.get(words[a], ()) if r.pos == "adj"]
    head = [r for r in reads.get(words[n], ()) if r.pos == "n"]
    if not adj or not head or not toks[a][2].islower() or not toks[n][2].islower() or any(
            r.pos in ("det", "prn", "vblex", "pp") for r in reads.get(words[a], ())) or any(
            r.pos in ("det", "prn", "pp") for r in reads.get(words[n], ())) or not (
            toks[n + 2][2].islower() and toks[n + 2][2].isalpha()):
        return None
    if len({(r.gender, r.number) for r in head}) != 1:
        return None
    noun = head[0]
    start, pre = a, a - 1
    prenominal = None
    if _only(reads.get(words[pre], ()), "adj") and pre >= 1 and words[pre - 1] in DETERMINERS:
        prenominal, pre = pre, pre - 1  # "un riche culturel et programme"
    elif any(r.pos == "n" for r in reads.get(words[pre], ())) and words[pre] not in DETERMINERS:
        return None  # the epithet of the noun before ("faits héroïques et réalisations")
    new: list[tuple[str, str | None]] = []
    if words[pre] in DETERMINERS and words[pre] not in ("de", "d'"):
        det = determiner(toks[pre][2], noun.gender, noun.number, toks[prenominal or n][2])
        if det is None:
            return None
        start = pre
        new.append((det, None))
    if prenominal is not None:
        new.append((toks[prenominal][2], None))
    new.append((toks[n][2], None))
    new.append(("", "|".join(forms_of(adj[0], noun.gender, noun.number))))
    new.append(("et", None))
    return start, n + 1, new


def _only(reads: tuple[Reading, ...], pos: str) -> bool:
    return bool(reads) and all(r.pos == pos for r in reads)


def shared_heads(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "le nucléaire et problèmes de missile" -> "les problèmes nucléaires et de missile",
    "biologique et armes de toxine" -> "armes biologiques et de toxine" (see the module's
    doc)."""
    todo = [k for k, t in enumerate(texts) if " et " in t and " and " in sources[k]
            and any(_english(sources[k]))]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    plans: dict[int, list[tuple[int, int, list[tuple[str, str | None]]]]] = {}
    for k in todo:
        words = [folded(t[2]) for t in toks[k]]
        ets = [i for i, w in enumerate(words) if w == "et"]
        english = _english(sources[k])
        if len(ets) != len(english):
            continue  # the "et" and the *and* cannot be paired
        found = [p for et, ok in zip(ets, english, strict=True) if ok
                 and (p := _plan(toks[k], words, et, reads)) is not None]
        if found:
            plans[k] = found
    wanted = sorted({f for group in plans.values() for _, _, new in group
                     for _, keys in new if keys for f in keys.split("|")})
    forms = generate(wanted) if wanted else {}
    out = list(texts)
    for k, group in plans.items():
        text = texts[k]
        for start, end, new in sorted(group, reverse=True):
            said = []
            for word, keys in new:
                if keys:
                    word = next((forms[f] for f in keys.split("|") if f in forms), "")
                    if not word:
                        break
                said.append(word)
            else:
                apostrophe = "'" if "'" in text and "’" not in text else "’"
                joined = " ".join(said).replace("' ", apostrophe).replace("’ ", apostrophe)
                before = text[:toks[k][start][0]]
                if (m := _DE_QUE.search(before)) and elides(joined):
                    before = before[:m.start(1)] + m.group(1)[:-1] + apostrophe  # "d'armes"
                text = before + joined + text[toks[k][end - 1][1]:]
        out[k] = text
    return out
