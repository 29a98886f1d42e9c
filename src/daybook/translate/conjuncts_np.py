"""A second noun joined by "et" to a noun phrase, with the determiner and the preposition
it needs.

English says the determiner once for two nouns ("a constructive dialogue and cooperation",
"with fists and violence", "its current status and prospects"), and so does the pivot ("un
dialogue constructif et coopération", "avec des poings et violence", "de son statut
actuel et perspectives"); French repeats it, and must where the second noun's gender or
number is not the first determiner's: "un dialogue constructif et une coopération", "des
poings et de la violence", "de son statut actuel et de ses perspectives". Only then (two
plurals, "des plans et initiatives", are left as they are; ``articles_np.articles`` says
a definite determiner again in the other cases and in lists), the second noun read as a
noun only by Apertium's French analyser, or as a noun or an adjective that could not agree
with the first noun ("perspectives" after "statut actuel"), the first as a noun after its
determiner, up to two adjectives between.

"de" and "à" are repeated before each coordinated complement (Grevisse, *Le Bon Usage*,
§ 1043, as ``owners_np`` does for countries): where the first phrase has one ("du", "au",
"de la", "à l'"...), the determiner given to the second noun takes it, and a second noun
the engine gave its own definite, possessive or demonstrative determiner takes it where
the English shares the first one (no determiner after any *and*: *its establishment and
subsequent growth* "de son établissement et de sa croissance", *strengthening friendship
and mutual understanding* "de l'amitié et de la compréhension"), unless a finite verb
follows it (a subject: "de la ville et la région ont").

``listed`` runs ``articles_np.articles`` and the rules above again after
``articles_np.bare_objects``, which gives a bare object its article after the source rules
ran ("alimentent terrorisme, extrémisme et flux" became "le terrorisme, extrémisme et
flux", whose list then takes its determiners: "le terrorisme, l'extrémisme et les flux"),
and after the clause rules that make noun phrases of the engine's gerunds ("à la
protection de leurs droits et de leurs intérêts").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.articles_np import articles
from daybook.translate.french import contract, folded
from daybook.translate.gender import (
    DETERMINERS,
    Reading,
    agrees,
    clause_tokens,
    determiner,
    generate,
    readings,
)

_TOKEN = clause_tokens()
Token = tuple[int, int, str]
# Determiners a second noun may have of its own, after which "de"/"à" is said again.
_OWN = frozenset(("le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "notre",
                  "nos", "votre", "vos", "ce", "cet", "cette", "ces"))
# The contracted "de"/"à" + article, as (preposition, article).
_CONTRACTED = {"du": ("de", "le"), "au": ("à", "le"), "aux": ("à", "les"), "des": ("de", "les")}
# *and* + a determiner: the English gives the second noun its own.
_AND_DET_EN = re.compile(r"\band\s+(?:the|a|an|its|their|our|his|her|this|that|these|those|"
                         r"my|your|all|every|each|some|other)\b", re.IGNORECASE)
_BOTH_EN = re.compile(r"\bboth\b", re.IGNORECASE)
_FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs")


def _only(reads: tuple[Reading, ...], pos: str) -> bool:
    return bool(reads) and all(r.pos == pos for r in reads)


class _Phrase:
    """The first noun phrase of a coordination: its determiner (``det``, a key of
    ``DETERMINERS``), the preposition before it ("de", "à" or ""), its noun (``head``, a
    token index), its first token (``start``: the preposition or the determiner)."""

    __slots__ = ("det", "head", "prep", "start")

    def __init__(self, det: str, prep: str, head: int, start: int) -> None:
        self.det, self.prep, self.head, self.start = det, prep, head, start


def _first(toks: list[Token], words: list[str], reads: dict[str, tuple[Reading, ...]],
           et: int) -> _Phrase | None:
    """The noun phrase (determiner, noun, up to two adjectives) that ends before "et" at
    ``et`` (``words``: the tokens folded); None where there is none."""
    j = et - 1
    while j > 0:
        adjectives = 0
        while j > 0 and adjectives < 2 and _only(reads.get(words[j], ()), "adj"):
            j -= 1
            adjectives += 1
        got = reads.get(words[j], ())
        if not place(toks[j][2], reads) and (
                not any(r.pos == "n" for r in got) or any(r.pos in ("prn", "det") for r in got)
                or not toks[j][2].islower()):
            return None
        det = words[j - 1]
        if det not in DETERMINERS or det in ("tout", "toute", "quel", "quelle", "quels",
                                             "quelles", "aucun", "aucune"):
            return None
        prep = ""
        start = j - 1
        if det in _CONTRACTED:
            before = reads.get(words[j - 2], ()) if j > 1 else ()
            if det != "des" or (_only(before, "n") and toks[j - 2][2].islower()):
                prep, det = _CONTRACTED[det]  # "des" after a noun: "de" + "les"
        elif j > 1 and words[j - 2] in ("de", "d'", "à") and det not in ("un", "une", "des"):
            prep = "de" if words[j - 2] != "à" else "à"
            start = j - 2
        return _Phrase(det, prep, j, start)
    return None


def _noun(reads: tuple[Reading, ...], head: tuple[Reading, ...]) -> bool:
    """A noun only, or a noun or an adjective that could not agree with the first noun
    (``head``: its readings): "son statut actuel et perspectives" (no adjective of
    "statut"), not "le plan actuel et futur"."""
    if _only(reads, "n"):
        return True
    if not any(r.pos == "n" for r in reads) or not all(r.pos in ("n", "adj") for r in reads):
        return False
    nouns = [r for r in head if r.pos == "n"]
    return bool(nouns) and not any(
        r.number in (n.number, "sp") and r.gender in (n.gender, "mf")
        for r in reads if r.pos == "adj" for n in nouns) and not any(
        n.gender == "mf" or n.number == "sp" for n in nouns)


def _with_det(det: str, prep: str, noun: str, reads: dict[str, tuple[Reading, ...]]
              ) -> str | None:
    """The determiner (with ``prep`` contracted in it) for the bare ``noun`` after a first
    phrase whose determiner is ``det``; None where the first one fits it too."""
    kind, g, n = DETERMINERS[det]
    nouns = [r for r in reads.get(noun, ()) if r.pos == "n"]
    gender, number = nouns[0].gender, nouns[0].number
    if number == "sp" or (number == n and (gender == "mf" or g == "mf" or gender == g)):
        return None  # the first determiner fits the second noun too
    base = det
    if kind in ("un", "du") and not prep:
        # "des" before a singular is partitive: "des poings et de la violence"
        base = "des" if number == "pl" else {"des": "du"}.get(det, det)
    elif number == "sg":
        base = {"les": "le", "ses": "son", "leurs": "leur", "nos": "notre", "vos": "votre",
                "ces": "ce", "mes": "mon"}.get(det, det)
    new = determiner(base, gender, "pl" if number == "pl" else "sg", noun)
    if new is None:
        return None
    said = contract(prep, f"{new} {noun}") if prep else f"{new} {noun}"
    said = said.replace("' ", "'").replace("’ ", "’")
    return said[:-len(noun)]


def _plans(toks: list[Token], reads: dict[str, tuple[Reading, ...]], shared: bool,
           own: bool = False, both: bool = False) -> dict[int, str]:
    """Token index -> the words to put before it (``own``: the English says *of X and the
    Y* with no complement after *Y*, ``_OF_AND_THE``; ``both``: *both X and Y*, whose
    members ``speech_pairs`` gives their preposition)."""
    words = [folded(t[2]) for t in toks]
    out: dict[int, str] = {}
    for i, word in enumerate(words[:-1]):
        if word != "et" or not toks[i + 1][2][:1].islower():
            continue
        first = _first(toks, words, reads, i)
        if first is None:
            continue
        second = reads.get(words[i + 1], ())
        nxt = words[i + 2] if i + 2 < len(words) else "."
        named = not toks[first.head][2].islower()  # a place ("du Caucase"): own determiners only
        if not named and _noun(second, reads.get(words[first.head], ())) and len(
                words[i + 1]) > 2 and (
                _only(second, "n") or not nxt[:1].isalpha() or any(
                    r.pos in ("pr", "det") for r in reads.get(nxt, ()))):
            # a noun or adjective before another word would be an adjective ("et morale
            # hauts"): only before a preposition, a determiner ("des") or punctuation
            new = _with_det(first.det, first.prep, words[i + 1], reads)
            if new is not None:
                out[i + 1] = new
        elif (shared or own) and not both and first.prep and words[i + 1] in _OWN \
                and i + 2 < len(words) \
                and (place(toks[i + 2][2], reads) or (any(
                    r.pos == "n" for r in reads.get(words[i + 2], ()))
                    and toks[i + 2][2].islower())):
            k = i + 3
            while k < len(words) and _only(reads.get(words[k], ()), "adj"):
                k += 1
            after = reads.get(words[k], ()) if k < len(words) else ()
            if after and all(len(r.tags) > 3 and r.tags[1] in _FINITE for r in after):
                continue  # "de la ville et la région ont": a subject of its own
            end = k
            while end < min(len(words), k + 2) and toks[end][2].islower() and any(
                    r.pos == "adj" for r in reads.get(words[end], ())):
                end += 1  # "le peuple russe" ("russe" a noun too)
            closed = end >= len(words) or words[end] in _CLOSE
            if not shared and (not closed or words[i + 2] in ROLES or _action(words[i + 2])
                               or (first.start > 0 and words[first.start - 1] in ROLES)):
                continue  # *the importance of X and the need to*: the second noun has a
                # complement of its own, names a person beside the first ("le chef de la
                # région et le maire") or an action ("la composition des participants et
                # l'organisation"): a conjunct of the first noun, not of "de"
            if not closed and (named or place(toks[i + 2][2], reads)):
                continue  # a name in a clause going on ("de l'avril et la Corée du sud le
                # président"): only a pair of names the sentence's punctuation closes
            head = first.start - 1  # the noun "de" completes, before its adjectives
            while head > 0 and _only(reads.get(words[head], ()), "adj"):
                head -= 1
            if k < len(words) and words[k] in ("de", "d'", "du", "des") and first.start and \
                    first.prep == "de" and (_action(words[head]) or _action(words[i + 2])):
                continue  # "la modernisation de la production et l'amélioration de la
                # qualité", "le développement dynamique de la Russie et la poursuite du
                # renforcement": a noun of action and a noun with its own complement are
                # the pair
            out[i + 1] = "de " if first.prep == "de" else "à "
            out.update(_agreed(words, reads, i + 2, k))
    return out


# Words of a complement, a clause or a verb after a noun (*the need to*, *the people who*).
_LINKS = (r"(?:of|to|for|in|on|with|at|from|by|that|which|who|whose|between|among|about|"
          r"against|into|over|under|as|is|are|was|were|has|have|had|will|would|can|must)")
_WORD_EN = rf"(?!{_LINKS}\b)[\w’'-]+"
# *of X and the Y* / *to X and the Y*, *Y* (up to four words) closed by punctuation: the
# engine's "de X et le Y" repeats "de" ("l'orgueil de la Russie et du peuple russe"), the
# second conjunct not a gerund's ("the importance of preventing X and the need"), the first
# no owner's *'s* ("the foundation of Russia's development and our treasure": "de la Russie"
# is the owner's, *our treasure* the conjunct of *foundation*).
_OF_AND_THE = re.compile(rf"\b(?:of|to) (?!\w+ing\b)(?:(?!['’]s\b)[^,;:.!?])*?\band "
                         rf"(?:the|its|their|our|his|her|this|these|those) "
                         rf"(?:{_WORD_EN} ){{0,3}}{_WORD_EN}"
                         r"(?=[,;:.!?)]|\s*$)")
# *of X and Y*, no determiner after *and*: the determiner and *of* shared ("the
# strengthening of the family and family values, and the encouragement": "de la famille et
# des valeurs familiales", though another *and* of the sentence has its own *the*).
_OF_AND_BARE = re.compile(r"\bof (?!\w+ing\b)(?:(?!['’]s\b)[^,;:.!?])*?\band (?!(?:the|a|an|its|"
                          r"their|our|his|her|this|that|these|those|my|your|all|every|each|"
                          r"some|other|we|i|you|they|he|she|it|there|to)\b)[a-z]")
# Punctuation that closes a conjunct.
_CLOSE = frozenset((".", ",", ";", ":", "!", "?", ")", "»", "–", "—"))
# French nouns of persons by their role (general vocabulary): a second noun of this kind
# beside a first one is its conjunct ("le chef de la région et le maire").
ROLES = frozenset((
    "président", "présidente", "premier", "première", "ministre", "maire", "gouverneur",
    "chef", "directeur", "directrice", "secrétaire", "ambassadeur", "ambassadrice",
    "patriarche", "chancelier", "chancelière", "roi", "reine", "prince", "princesse",
    "général", "commandant", "représentant", "représentante", "délégué", "déléguée",
    "dirigeant", "dirigeants", "membre", "membres", "vice-président", "adjoint", "adjointe",
    "conseiller", "conseillère", "envoyé", "envoyée", "recteur", "doyen", "émir", "sultan",
    "pape", "métropolite", "archevêque", "évêque", "monsieur", "madame", "épouse", "mari",
    "femme", "fils", "fille", "père", "mère", "frère", "sœur", "collègue", "collègues",
    "ami", "amis", "partenaire", "partenaires", "gouvernement", "administration"))


def place(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """A capitalised place name, by the French analyser's toponym tag ("Crimée")."""
    return word[:1].isupper() and any("top" in r.tags for r in reads.get(word, ()))


# Endings of French nouns of action made from verbs ("modernisation", "renforcement").
_ACTION = ("tion", "sion", "ment", "age")


def _action(word: str) -> bool:
    """A noun of action by its ending ("amélioration", "développement")."""
    return word.endswith(_ACTION) and len(word) > 6


def _agreed(words: list[str], reads: dict[str, tuple[Reading, ...]], noun: int, end: int
            ) -> dict[int, str]:
    """Token index -> "=" + the form of each adjective between ``noun`` and ``end`` that
    agrees with that noun in none of its readings ("de ses domaines individuelles", the
    pivot's Catalan gender, which the agreement rules leave after "de")."""
    nouns = [r for r in reads.get(words[noun], ()) if r.pos == "n"]
    if len(nouns) != 1 or nouns[0].gender not in ("m", "f") or nouns[0].number not in (
            "sg", "pl"):
        return {}
    n = nouns[0]
    keys = {m: f"^{r.lemma}<adj><{n.gender}><{n.number}>$" for m in range(noun + 1, end)
            if (got := reads.get(words[m], ())) and not any(agrees(x, n) for x in got)
            for r in got[:1]}
    forms = generate(sorted(keys.values())) if keys else {}
    return {m: "=" + forms[key] for m, key in keys.items() if key in forms}


def _put(text: str, toks: list[Token], plans: dict[int, str]) -> str:
    for j in sorted(plans, reverse=True):
        start = toks[j][0]
        new = plans[j]
        if new.startswith("="):  # an adjective's agreed form in place of the token
            text = text[:start] + new[1:] + text[toks[j][1]:]
            continue
        if new in ("de ", "à "):  # the preposition before the second noun's own determiner
            said = contract(new.strip(), text[start:])
            text = text[:start] + said
            continue
        text = text[:start] + new + text[start:]
    return text


# *in/to X and (the) Y*, two places: French says "en"/"au"/"aux" again before the second
# (Grevisse § 1043; "en" before a feminine country or one opening with a vowel, "au" before
# a masculine one, "aux" before a plural: "en Russie et en Europe", "en Chine et aux USA").
_IN_AND_EN = re.compile(r"\b(?:in|to|into)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+"
                        r"(?:the\s+)?[A-Z]")
_EN_ET = re.compile(r"(?<![\w’'-])(?:[Ee]n|[Aa]ux?) (?P<first>[A-ZÀ-Ý][\w-]*) et "
                    r"(?P<art>le |la |les |l['’])(?P<place>[A-ZÀ-Ý][\w-]*)(?P<next> [\w’'-]+)?")
_IN_PLACE = {"le ": "au ", "la ": "en ", "les ": "aux ", "l'": "en ", "l’": "en "}


def in_places(french: str, source: str) -> str:
    """ "en Russie et l'Europe" -> "en Russie et en Europe", "en Chine et les USA" -> "en
    Chine et aux USA", where the English says *in/to X and (the) Y* and both are places
    for the French analyser; never before a finite verb (a subject of its own: "en Europe
    et la Turquie est")."""
    if not _IN_AND_EN.search(source):
        return french
    found = list(_EN_ET.finditer(french))
    if not found:
        return french
    words = {w for m in found for w in (m.group("first"), m.group("place"))}
    words |= {folded(m.group("next").strip()) for m in found if m.group("next")}
    reads = readings(sorted(words))
    out = french
    for m in reversed(found):
        after = reads.get(folded(m.group("next").strip()), ()) if m.group("next") else ()
        if not (place(m.group("first"), reads) and place(m.group("place"), reads)) or (
                any(len(r.tags) > 3 and r.tags[1] in _FINITE for r in after)):
            continue
        out = out[:m.start("art")] + _IN_PLACE[m.group("art")] + out[m.end("art"):]
    return out


def conjuncts(french: str, source: str = "") -> str:
    """ "un dialogue constructif et coopération" -> "un dialogue constructif et une
    coopération", "le terrorisme, extrémisme et flux" -> "le terrorisme, l'extrémisme et
    les flux", "de son établissement et sa croissance" -> "et de sa croissance" (see the
    module's doc; ``source``, the English, says whether the determiner was shared)."""
    if " et " not in french:
        return french
    french = in_places(french, source)
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(french)]
    if not any(t[2] == "et" for t in toks):
        return french
    reads = readings(sorted({folded(t[2]) for t in toks if t[2][:1].isalpha()}
                            | {t[2] for t in toks if t[2][:1].isupper()}))
    if not reads:
        return french
    shared = bool(source) and (not _AND_DET_EN.search(source)
                               or bool(_OF_AND_BARE.search(source)))
    plans = _plans(toks, reads, shared, not shared and bool(_OF_AND_THE.search(source)),
                   bool(_BOTH_EN.search(source)))
    if "’" in french and "'" not in french:  # the text's apostrophe
        plans = {j: p.replace("'", "’") for j, p in plans.items()}
    return _put(french, toks, plans) if plans else french


# A list's bare member after a comma, before "et" ("le terrorisme, extrémisme et"): there
# ``articles`` may find something new after ``bare_objects`` (its other cases ran in the
# source rules); the list only, for speed.
_LIST = re.compile(r", [a-zàâçéèêëîïôûùüÿœ-]+(?: [a-zàâçéèêëîïôûùüÿœ-]+){0,2} et ")


def listed(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``articles_np.articles`` and ``conjuncts`` on each text again (after
    ``bare_objects`` and the clause rules that made noun phrases of verbs: see the
    module's doc)."""
    return [conjuncts(articles(s, t) if _LIST.search(t) else t, s) if " et " in t else t
            for s, t in zip(sources, texts, strict=True)]
