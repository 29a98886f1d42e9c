"""*You* said "vous", as the Kremlin's record addresses people, never "tu".

English *you* has one form; the Catalan pivot reads some as the familiar "tu" (eng-cat's
default for a *you* without a verb it agrees: "and you personally on re-election" -> "et tu
personnellement", "You renovate" -> "Tu renouvelles", "thanks to the work from yourself" ->
"de toi-même"). A head of state addresses his guests, officials and citizens with "vous"
(the *vouvoiement* of formal French, Grevisse, *Le Bon Usage*, § 655). ``vous_texts`` writes
"tu", "te"/"t'", "toi" as "vous", "toi-même" as "vous-même", the determiners "ton"/"ta"
as "votre" and "tes" as "vos", and a verb in the second person singular after "tu" (its
"ne" and pronouns aside) in the second person plural ("Vous renouvelez", "vous ne voulez
pas"), the pivot's subject "te" with a third person's reflexive "vous ne vous êtes" (was
"te ne s'est"); "tu et je" or "vous et je" (*you and I*) is "vous et moi" with the verb in the first
person plural ("vous et je ferai" -> "vous et moi ferons").

Guards: only where the English has *you*/*your*; never in a sentence with a quotation in it
(words quoted to a child or a close friend keep "tu": "“You are my hope,” she told her
son"), never a "Tu-" of a name ("Tu-160"), nor "ton" after an article (the noun: "le ton").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.you_imperatives import french as imperative
from daybook.translate.you_imperatives import imperatives

_TOKEN = clause_tokens("‘\\[\\]")
_YOU_EN = re.compile(r"\byou(?:r|rs|rself|rselves)?\b", re.IGNORECASE)
_QUOTED_EN = re.compile(r"[“”\"«»]")
_FAMILIAR = re.compile(r"(?<![\w’'-])(?:(?:[Tt]u|[Tt]e|[Tt]oi|[Tt]on|[Tt]a|[Tt]es)(?![\w-])|"
                       r"[Tt][’'](?=\w)|[Tt]oi-même|[Vv]ous et j(?:e |[’']))")
# "vous" (the pivot's "te" said "vous" before this) + a third person's reflexive.
_VOUS_SE = re.compile(r"(?<![\w’'-])[Vv]ous (?:ne |n['’])?(?:s['’]|se )")
_SAME = {"tu": "vous", "te": "vous", "t'": "vous", "toi": "vous", "ton": "votre",
         "ta": "votre", "tes": "vos", "toi-même": "vous-même"}
_ARTICLE = frozenset(("le", "un", "du", "au", "ce", "son", "mon", "leur", "notre", "votre",
                      "quel", "même", "bon", "de", "d'", "ton", "ta"))
_BETWEEN = frozenset(("ne", "n'", "me", "m'", "nous", "le", "la", "les", "l'", "lui",
                      "leur", "y", "en", "te", "t'"))
_FINITE = ("pri", "fti", "cni", "pii", "ifi", "prs", "pis")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
Token = tuple[int, int, str]


def _verb(reads: tuple[Reading, ...], person: str, number: str) -> Reading | None:
    return next((r for r in reads if r.tags[:1] and r.tags[0] in _VERB and person in r.tags
                 and number in r.tags and any(t in _FINITE for t in r.tags)), None)


def _key(verb: Reading, person: str, number: str) -> str:
    tense = next(t for t in verb.tags if t in _FINITE)
    return f"^{verb.lemma}<{verb.tags[0]}><{tense}><{person}><{number}>$"


def _own_reflexive(toks: list[Token], low: list[str], reads: dict[str, tuple[Reading, ...]],
                   v: int) -> list[tuple[int, int, str]]:
    """The pivot's subject "te" (or "vous" made of it) with a third person's reflexive and
    verb ("que te ne s'est pas trompé", *that you did not make a mistake*): "vous", then the
    reflexive of the subject and the verb in its person ("que vous ne vous êtes pas
    trompé"; Grevisse § 657, the reflexive pronoun is of the subject's person)."""
    if v < len(low) and low[v] in ("ne", "n'"):
        v += 1
    if v + 1 >= len(low) or low[v] not in ("s'", "se"):
        return []
    verb = _verb(reads.get(low[v + 1], ()), "p3", "sg")
    if verb is None:
        return []
    return [(toks[v][0], toks[v][1], "vous "), (*toks[v + 1][:2], _key(verb, "p2", "pl"))]


def _edits(text: str, toks: list[Token], reads: dict[str, tuple[Reading, ...]]
           ) -> list[tuple[int, int, str]]:
    """(start, end, new) of each edit; a verb's new text is its generator input."""
    low = [t[2].lower().replace("’", "'") for t in toks]
    edits: list[tuple[int, int, str]] = []
    for j, word in enumerate(low):
        if word not in _SAME and word != "vous":
            continue
        start, end, _ = toks[j]
        if text[end:end + 1] == "-" and not text[end:].startswith("-même"):
            continue  # "Tu-160"
        if word in ("ton", "ta", "tes") and j > 0 and low[j - 1] in _ARTICLE:
            continue  # "le ton"
        if word in ("tu", "vous") and low[j + 1:j + 3] in (["et", "j'"], ["et", "je"]) \
                and j + 3 < len(low):
            # *you and I*: "Tu et j'êtes" -> "Vous et moi sommes"
            v = j + 3
            while v < len(low) - 1 and low[v] in _BETWEEN:
                v += 1
            verb = next(filter(None, (_verb(reads.get(low[v], ()), p, n) for p, n in (
                ("p1", "pl"), ("p2", "pl"), ("p1", "sg")))), None)
            if verb is not None:
                moi = "vous et moi " if low[j + 2] == "j'" and v == j + 3 else "vous et moi"
                edits.append((start, toks[j + 2][1], moi))
                edits.append((*toks[v][:2], _key(verb, "p1", "pl")))
                continue
        if word in ("te", "t'", "vous"):
            edits.extend(_own_reflexive(toks, low, reads, j + 1))
        if word == "vous":
            continue
        edits.append((start, end, _SAME[word] + (" " if word == "t'" else "")))
        if word != "tu":
            continue
        v = j + 1
        while v < len(low) and low[v] in _BETWEEN:
            v += 1
        verb = _verb(reads.get(low[v], ()), "p2", "sg") if v < len(low) else None
        if verb is not None:
            edits.append((*toks[v][:2], _key(verb, "p2", "pl")))
    return edits


def vous_texts(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its familiar "tu" said "vous" (see the module's doc), where
    the English has *you* (or an imperative: ``you_imperatives``, made the "vous"
    imperative here) and no quotation."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if (_YOU_EN.search(s) or imperatives(s)) and not _QUOTED_EN.search(s)
            and (_FAMILIAR.search(t) or _VOUS_SE.search(t))]
    if not todo:
        return [imperative(s, t) for s, t in zip(sources, texts, strict=True)]
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return [imperative(s, t) for s, t in zip(sources, texts, strict=True)]
    edits = {k: _edits(texts[k], toks[k], reads) for k in todo}
    forms = generate(sorted({new for group in edits.values() for _, _, new in group
                             if new.startswith("^")}))
    out = list(texts)
    for k, group in edits.items():
        text = out[k]
        for start, end, new in sorted(group, reverse=True):
            if new.startswith("^"):
                if new not in forms:
                    continue
                new = forms[new]
            if text[start:start + 1].isupper():
                new = new[:1].upper() + new[1:]
            text = text[:start] + new + text[end:]
        out[k] = text
    return [imperative(s, t) for s, t in zip(sources, out, strict=True)]
