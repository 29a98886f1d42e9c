"""A manner locution "avec" + noun the pivot left before its verb, put after it.

English puts a manner adverb before its verb (*the library has successfully implemented*,
*the RDIF is successfully developing*, *the industry confidently maintains*); the engine
says the adverb as a locution, "avec succès", "avec confiance", and keeps the English
order: "la bibliothèque avec succès a mis en œuvre", "Le RDIF avec succès se développe".
French puts such a locution after the verb, after the participle of a compound tense
(Grevisse, *Le Bon Usage*, the place of the adverbial complement): "se développe avec
succès", "a mis en œuvre avec succès", "et testé avec succès par".

Only where the English has the adverb, before a word the analyser reads only as a finite
verb or a past participle (an auxiliary takes its participle along, and a verb's set
complement: "mis en œuvre", "mis en place").
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import Reading, readings

__all__ = ["finite_only", "manner_after"]

# English adverbs the engine says "avec" + noun (Robert & Collins), and that noun.
_ADVERBS = {"successfully": "succès", "confidently": "confiance", "carefully": "soin",
            "cautiously": "prudence", "persistently": "persévérance",
            "diligently": "diligence", "vigorously": "vigueur", "enthusiastically":
            "enthousiasme", "determinedly": "détermination"}
_EN = re.compile(r"\b(" + "|".join(_ADVERBS) + r")\b", re.IGNORECASE)
# Any other adverb in -ly the engine says "de façon" + adjective (*reliably* "de façon
# fiable"); the locution's words are group 1 and 2.
_LY = re.compile(r"\b[a-z]{3,}ly\b")
_FR = re.compile(_B + r"([Aa]vec|[Dd]e façon|[Dd]e manière) (" + "|".join(_ADVERBS.values())
                 + "|" + _W + r") ((?:je |j['’]|nous |vous |"
                 r"ils |elles |il |elle |on )?)((?:(?:ne|n['’]|se|s['’]|le|la|les|"
                 r"l['’]|lui|leur|y|en|nous|vous) ?)*)(" + _W + r")" + _E
                 + r"(?: (" + _W + r")" + _E + r")?")
# Set complements that stay with their verb ("mettre en œuvre").
_SET = re.compile(r" (?:en (?:œuvre|place|service|valeur|évidence|marche)|au point)" + _E)
# "est en train de développer" (the engine's progressive, which ``progressive.simple_tense``
# makes "se développe" later): the locution goes after the infinitive.
_TRAIN = re.compile(r" train (?:de |d['’])(?:(?:se |s['’]|le |la |les |l['’]|lui |leur |y |en )*)"
                    + _W + _E)
_BE = frozenset(("suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions",
                 "étiez", "étaient"))
_FINITE = ("pri", "fti", "cni", "pii", "ifi", "prs", "pis", "imp")
_AUX = frozenset(("avoir", "être"))
_MODALS = frozenset(("pouvoir", "devoir", "vouloir", "savoir", "aller"))
# Words that show the locution belongs to what stands before it ("une mission avec succès"
# is not at issue here, a verb after it is): the locution must follow a word that can
# close a subject or open a clause (not a preposition or a determiner).
_NOT_BEFORE = frozenset(("de", "d'", "d’", "à", "le", "la", "les", "un", "une", "des", "du",
                         "au", "aux", "pour", "par", "sur", "dans"))


def finite_only(reads: tuple[Reading, ...]) -> bool:
    """Every reading a finite verb (indicative, conditional, subjunctive, imperative)."""
    return _only(reads, "finite")


def _only(reads: tuple[Reading, ...], test: str) -> bool:
    if not reads:
        return False
    if test == "pp":
        return all(r.pos == "pp" for r in reads)
    return all(r.tags[:1] and r.tags[0].startswith("vb") and r.tags[1:2]
               and r.tags[1] in _FINITE for r in reads)


def manner_after(source: str, french: str) -> str:
    """ "Le RDIF avec succès se développe" -> "Le RDIF se développe avec succès", "avec
    succès a mis en œuvre sa mission" -> "a mis en œuvre avec succès sa mission" where the
    English says *successfully*."""
    nouns = {_ADVERBS[m.lower()] for m in _EN.findall(source)}
    manner = bool(_LY.search(source)) and ("façon " in french or "manière " in french)
    if not nouns and not manner:
        return french
    words = [w.lower() for m in _FR.finditer(french) for w in (m.group(5), m.group(6)) if w]
    if not words:
        return french
    reads = readings(words)

    def fix(m: re.Match[str]) -> tuple[int, str] | None:
        """The end of the span replaced and its new text, or None."""
        cap, noun, subject, clitics, verb, nxt = m.groups()
        before = french[:m.start()].split()
        if (noun not in nouns if cap[0] in "Aa" else not manner) or (
                before and before[-1].lower() in _NOT_BEFORE):
            return None
        if subject and cap[0] not in "Aa":
            return None  # "De façon décidée vous devez couper": frames reads it first
        if subject:  # "Avec succès nous avons accueilli" -> "Nous avons accueilli avec succès"
            clitics = (subject[0].upper() + subject[1:] if cap[0].isupper() else subject) + clitics
        elif not before or cap[0].isupper():
            return None
        vreads = reads.get(verb.lower(), ())
        locution = f"{cap.lower()} {noun}"
        tail = f" {nxt}" if nxt else ""
        train = _TRAIN.match(french, m.end()) if nxt == "en" else None
        if _only(vreads, "finite") or (train and verb.lower() in _BE):
            lemmas = {r.lemma for r in vreads if r.tags[:1] != ("n",)}
            if lemmas <= _AUX and nxt and any(r.pos == "pp" for r in reads.get(nxt.lower(), ())):
                kept = _SET.match(french, m.end())
                end = kept.end() if kept else m.end()
                return end, f"{clitics}{verb} {french[m.start(6):end]} {locution}"
            if "être" in lemmas and train:
                return train.end(), f"{clitics}{verb} {french[m.start(6):train.end()]} {locution}"
            if lemmas & _AUX:
                return None
            if lemmas <= _MODALS and nxt and any(r.tags[1:2] == ("inf",)
                                                 for r in reads.get(nxt.lower(), ())):
                # "nous pouvons déclarer avec confiance", after the modal's infinitive
                return m.end(), f"{clitics}{verb} {nxt} {locution}"
            return m.end(), f"{clitics}{verb} {locution}{tail}"
        if not clitics and not subject and _only(vreads, "pp"):
            return m.end(), f"{verb} {locution}{tail}"
        return None

    out, last = [], 0
    for m in _FR.finditer(french):
        if m.start() < last:
            continue
        got = fix(m)
        if got is not None:
            out.append(french[last:m.start()] + got[1])
            last = got[0]
    return "".join(out) + french[last:]
