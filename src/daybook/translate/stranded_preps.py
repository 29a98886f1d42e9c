"""A preposition left at the end of an English relative: *to*, *for*, *with*, *on*, *in*.

English may end a relative with its verb's preposition (*the cause you have devoted your
life to*, *the goals we are all working for*, *the partners we cooperate with*, *what you
would like to draw our attention to*). The pivot writes it word for word after the clause,
the relative "que": "la cause que vous avez consacré votre vie à", "les buts que nous
sommes tout en travaillant par", "que nous coopérons avec". French puts the preposition
before the relative pronoun, "lequel" agreed with the antecedent (Grevisse § 716, § 717:
"la cause à laquelle vous avez consacré votre vie", "les partenaires avec lesquels nous
coopérons"), "quoi" after "ce" ("ce sur quoi vous voudriez attirer notre attention"). The
preposition is the English's (*to* "à", *for* "pour", *with* "avec", *on* "sur", *in*
"dans"), but for verbs French governs otherwise (Robert & Collins): a direct object (*aim
for* "viser", *wait for* "attendre", *look for* "chercher", *listen to* "écouter": the
stranded word dropped, "que" kept), "de" (*depend on* "dépendre de", *agree on* "convenir
de": "dont"), "à" (*take part in* "participer à", *believe in* "croire à"), "sur" (*draw
attention to* "attirer l'attention sur"). *about* and *of* are ``stranded``'s ("dont").

Only where the English has a relative (*that*, *which*, *what*, or a noun right before a
subject pronoun) ending with such a preposition before punctuation, *and* or *but*, and as
many of them as the French has "que" + a clause + a stranded "à", "pour", "par", "sur",
"au-dessus", "avec", "dedans", "dans", paired in order; the antecedent a noun the analyser
reads, its gender and number from it or its determiner. A participle the pivot agreed with
"que" goes back to the masculine singular (the object is no longer before it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.relative_preps import antecedent
from daybook.translate.stranded import participle_after_avoir

__all__ = ["stranded_preps"]

_TOKEN = clause_tokens()
_CLOSE = r"(?=\s*(?:[.,;:!?)–—]|and\b|but\b|$))"
# English: a relative's clause (after *that*, *which*, *what*, or a noun and a subject
# pronoun) up to its stranded preposition, within one clause.
_EN = re.compile(r"(?:\b(?i:that|which|what|whom)\b|\b[a-z]+ (?:we|you|they|I|he|she)\b)"
                 r"(?P<clause>[^.,;:!?()–—]*?) (?P<prep>to|for|with|on|in|into|at|of|about)"
                 + _CLOSE)
# The English clause's ending that is no stranded preposition: an infinitive's *to* (*they
# do not want to*), a phrasal verb's particle (*later on*, *and so on*, *carry on*).
_NOT_STRANDED = re.compile(r"\b(?:want|wants|wanted|have|has|had|need|needs|needed|going|"
                           r"ought|used|like|likes|liked|able|wish|wished|plan|planned|try|"
                           r"tried|hope|hoped|intend|intended|got|would|love|prefer|decided|"
                           r"agreed|seem|seems|seemed) to$|"
                           r"\b(?:so|later|carry|carried|go|went|move|moved|keep|kept|come|"
                           r"came|log|logged|take|took|turn|turned|bring|brought|put|set|"
                           r"switch|switched|get|gets) (?:to|for|with|on|in|into|at|of|about)$|"
                           r"\b(?:is|are|was|were|be|been|'re|’re) (?:to|for|with|on|at|of)$")
# English verbs French governs otherwise, the clause's ending -> the French preposition
# ("" for a direct object).
_GOVERNED: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:aim|wait|look|ask|pay|search|hope|call|strive|long|yearn)"
                r"(?:s|ed|ing)?\b.* for$|\b(?:listen|listened|listening) to$|"
                r"\b(?:look|looks|looked|looking) at$|\bpaid for$|\bsought for$"), ""),
    (re.compile(r"\b(?:depend|depends|depended|agree|agreed|agrees)\b.* on$"), "de"),
    (re.compile(r"\b(?:part|participate|participated|participating|believe|believed|"
                r"believes|engage|engaged) in$|\binvited to$|\binvite to$"), "à"),
    (re.compile(r"\battention to$|\bemphasis on$"), "sur"),
)
_BY_PREP = {"to": "à", "at": "à", "for": "pour", "with": "avec", "on": "sur", "in": "dans",
            "into": "dans", "of": "de", "about": "de"}
# The pivot's stranded word for each English preposition.
_STRANDED_WORDS = {"to": ("à",), "at": ("à",), "for": ("pour", "par"), "with": ("avec",),
                   "on": ("sur", "au-dessus"), "in": ("dedans", "dans"),
                   "into": ("dedans", "dans"), "of": ("de",), "about": ("environ", "de")}
_END = r"(?=\s*(?:[.,;:!?)–—]|et\b|mais\b|$))"
# French: "que" and the clause, or the clause's subject pronoun right after a noun (a
# relative without "que", as the English has it), then the stranded word.
_FR = re.compile(r"(?<![\w’'-])(?:(?P<ce>ce |Ce )?(?P<que>que |qu['’])(?!quel)|"
                 r"(?<=[a-zàâçéèêëîïôûùüÿœ] )(?P<subj>(?:nous|vous|ils|elles|je|il|elle|on) ))"
                 r"(?P<clause>(?:(?!que\b|qu['’]|qui\b)[\w’'-]+ ?){1,10}?) "
                 r"(?P<word>à|pour|par|sur|au-dessus|avec|dedans|dans|de|environ)" + _END)
# What every ``_FR`` match ends with: a cheap scan first, as ``_FR`` itself tries up to ten
# words after each "que" and each subject pronoun (half a second a five-day run without it).
_WORD_AT_END = re.compile(r" (?:à|pour|par|sur|au-dessus|avec|dedans|dans|de|environ)" + _END)
_THING = re.compile(r"(?:\b(?:quelque|autre|grand-)\s?chose|\brien) $", re.IGNORECASE)
_NOT_NOUN = frozenset(("adv", "pr", "cnjsub", "cnjcoo", "prn", "det", "rel"))
_LEQUEL = {("m", "sg"): "lequel", ("f", "sg"): "laquelle", ("m", "pl"): "lesquels",
           ("f", "pl"): "lesquelles"}
_AU = {"lequel": "auquel", "lesquels": "auxquels", "lesquelles": "auxquelles"}


def _english(source: str) -> list[tuple[str, str | None]]:
    """The English stranded prepositions, in order: (preposition, the French preposition
    of the relative: "" for a direct object, None where no rule knows it)."""
    out: list[tuple[str, str | None]] = []
    for m in _EN.finditer(source):
        prep = m.group("prep")
        ending = f"{m.group('clause')} {prep}".strip().lower()
        if _NOT_STRANDED.search(ending):
            continue
        said: str | None = next((fr for pattern, fr in _GOVERNED if pattern.search(ending)),
                                _BY_PREP[prep])
        out.append((prep, said))
    return out


def _relative(prep: str, gender: str, number: str) -> str:
    """ "à" + feminine singular -> "à laquelle", "à" + masculine -> "auquel"."""
    lequel = _LEQUEL[gender, number]
    if prep == "à" and lequel in _AU:
        return _AU[lequel]
    return f"{prep} {lequel}"


def _rewrite(text: str, english: list[tuple[str, str | None]],
             words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]]
             ) -> tuple[str, list[tuple[str, str]]]:
    """The French text with its stranded relatives rewritten, and the participles to put
    back in the masculine singular (word, generator input)."""
    found = list(_FR.finditer(text))
    if len(found) != len(english):
        return text, []
    participles: list[tuple[str, str]] = []
    for m, (prep, said) in reversed(list(zip(found, english, strict=True))):
        if said is None or (m.group("word") not in _STRANDED_WORDS[prep]
                            and m.group("word") != said):
            continue
        clause = (m.group("subj") or "") + m.group("clause").strip()
        if said == "":  # a direct object: only the stranded word goes
            if m.group("que"):
                text = text[:m.end("clause")].rstrip() + text[m.end():]
            continue
        if m.group("ce") or _THING.search(text, 0, m.start()):
            # "ce", "quelque chose", "rien": "quoi" (Grevisse § 723)
            new = (m.group("ce") or "") + ("dont" if said == "de" else f"{said} quoi") + \
                " " + clause
        else:
            at = next(k for k, w in enumerate(words) if w[0] >= m.start())
            # "les buts que": the noun before "que" or the pronoun of a relative without it
            before = reads.get(words[at - 1][2].lower(), ()) if at else ()
            agreed = None if any(r.pos in _NOT_NOUN for r in before) else antecedent(
                words, reads, at, generic=True)  # not "pourquoi", "bien": nouns too
            if agreed is None:
                continue
            new = ("dont" if said == "de" else _relative(said, *agreed)) + " " + clause
        if (pp := participle_after_avoir(clause, reads)) is not None:
            participles.append(pp)
        text = text[:m.start()] + new + text[m.end():]
    return text, participles


def stranded_preps(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "la cause que vous avez consacré votre vie à" -> "la cause à laquelle vous avez
    consacré votre vie", "ce que vous voudriez attirer notre attention sur" -> "ce sur quoi
    vous voudriez attirer notre attention" (see above)."""
    english = {n: e for n, s in enumerate(sources) if (e := _english(s))}
    todo = [n for n in english if _WORD_AT_END.search(texts[n]) and _FR.search(texts[n])]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    wanted: list[tuple[int, str, str]] = []
    for n in todo:
        out[n], pps = _rewrite(texts[n], english[n], toks[n], reads)
        wanted.extend((n, word, g) for word, g in pps)
    forms = generate(sorted({g for _, _, g in wanted}))
    for n, word, g in wanted:
        if g in forms:
            out[n] = re.sub(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", forms[g], out[n],
                            count=1)
    return out
