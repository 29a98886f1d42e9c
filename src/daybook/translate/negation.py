"""French negation with its "ne", and without "pas" beside another negative word.

The Catalan pivot drops "no" before a verb when the clause has another negative word
(Catalan says "ningú ens impedeix", "no hi ha res", and eng-cat often writes neither), so
cat-fra writes "Personne nous empêche", "Il y a rien", "Nous oublierons jamais", "Ce serait
aucune exagération", "et même pas ont essayé"; and it keeps "pas" beside "aucun" ("n'y
devrait pas avoir aucune irrégularité"). French negates a finite verb with "ne" before it
(and its object pronouns) and one second word: "pas", or instead of it "rien", "jamais",
"personne", "aucun", "nul" (Grevisse, *Le Bon Usage*, §§ 1014-1022). ``negations``:

- a negative subject at a clause's start ("Personne", "Rien", "Aucun(e) + noun", "Nul(le)")
  before a finite verb takes "ne" before the verb and its pronouns: "Personne ne nous
  empêche", "que personne ne résoudra";
- a finite verb (or an auxiliary) followed, an adverb such as "même" or "presque" aside, by
  "pas", "rien", "jamais" or "aucun(e)" (or by its participle, then "aucun(e)"
  or "personne") takes "ne" after its subject: "Il n'y a rien", "Nous n'oublierons jamais",
  "Ce ne serait aucune exagération", "il n'y a eu aucun retard"; an infinitive after "à",
  "de", "pour" before "aucun" or "rien" takes "ne" too ("à n'épargner aucun effort");
- "(même) pas" before a finite verb goes after it with "ne" before: "et même pas ont
  essayé" -> "et n'ont même pas essayé"; "Pas tous les X" (*not all*) puts "pas" after
  the clause's verb: "Tous les problèmes n'ont pas été résolus"; "pas seulement" with
  no "ne" before it in its clause is "non seulement" (*not only ... but also*);
- "(presque) jamais" before a finite verb goes after it with "ne" before: "la Chine presque
  jamais fait ça" -> "la Chine ne fait presque jamais ça";
- "pas" before "aucun", "rien", "personne", "jamais" (a verb between at most) is dropped:
  "n'y devrait pas avoir aucune" -> "n'y devrait avoir aucune"; and a clause opening on
  "n'y" + verb takes its impersonal "il" ("il n'y devrait avoir" -> "il ne devrait y
  avoir", *there should be*).

Each French word only where the English has a negation that gives it (*never* "jamais",
*nothing* or *not ... anything* "rien", *no one* "personne", *no*/*none* "aucun": never
the "jamais" of *ever*),
never after "sans" (*without*: "sans aucun doute"), a word read as a noun before "personne"
("une personne"), nor a verb already negated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import VOWEL_START
from daybook.translate.gender import Reading, clause_tokens, tokens_and_readings
from daybook.translate.not_only import modal_french

_TOKEN = clause_tokens("‘\\[\\]")
# The French negative words each English negation may give ("not ... anything": "rien").
_NEG_EN = {"not": ("pas", "rien", "jamais", "aucun", "aucune", "personne"),
           "never": ("jamais",), "nothing": ("rien",), "nobody": ("personne",),
           "one": ("personne",), "no": ("pas", "aucun", "aucune", "nul", "nulle"),
           "none": ("aucun", "aucune"), "cannot": ("pas",)}
_NEG_EN_RE = re.compile(r"\b(not|never|nothing|nobody|none|cannot|no(?![- ]one\b))\b|"
                        r"n['’]t\b|\bno[- ](one)\b", re.IGNORECASE)
_FINITE = ("pri", "fti", "cni", "pii", "ifi", "prs", "pis")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
# Words that close a negation after its verb ("ne ... rien"); "personne" and "nul" only
# as a subject or after a participle (after a verb they are often a noun: "une personne").
_AFTER = frozenset(("pas", "rien", "jamais", "aucun", "aucune"))
_SUBJECT_NEG = frozenset(("personne", "rien", "nul", "nulle"))  # "nul" before its noun
_ANY = frozenset(("aucun", "aucune"))
_BETWEEN = frozenset(("même", "presque", "vraiment", "encore", "toujours", "absolument",
                      "certainement", "simplement", "du", "tout"))
_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "nous",
                      "vous", "me", "m'", "te", "t'"))
_NE = frozenset(("ne", "n'"))
_PERSON = {"nous": ("p1", "pl"), "vous": ("p2", "pl")}
# Where a clause starts: its subject comes next.
_OPEN = frozenset((".", "!", "?", ";", ":", ",", "«", "»", "(", ")", "“", "”", "\"", "–", "—",
                   "et", "mais", "ou", "car", "que", "qu'", "si", "où", "quand", "lorsque",
                   "puisque", "parce", "donc"))
_NEG_WORDS = _AFTER | _SUBJECT_NEG | _ANY
Token = tuple[int, int, str]


def _finite(reads: tuple[Reading, ...]) -> Reading | None:
    return next((r for r in reads if r.tags[:1] and r.tags[0] in _VERB
                 and any(t in _FINITE for t in r.tags)), None)


def _infinitive(reads: tuple[Reading, ...]) -> bool:
    """Read as an infinitive and as nothing but a verb."""
    return bool(reads) and all(r.tags[:1] and r.tags[0] in _VERB and "inf" in r.tags
                               for r in reads)


def _only_verb(reads: tuple[Reading, ...]) -> bool:
    """Read as a finite verb and as nothing but a verb (no noun "pas", "fait")."""
    return _finite(reads) is not None and all(r.tags[:1] and r.tags[0] in _VERB
                                              for r in reads)


def _ne_before(toks: list[Token], v: int, reads: dict[str, tuple[Reading, ...]]) -> int | None:
    """The token before which "ne" goes for the verb toks[v]: the first of its object
    pronouns (a "nous"/"vous" of the verb's own person is its subject, "ne" after it);
    None if the verb already has its "ne"."""
    verb = _finite(reads.get(toks[v][2].lower(), ()))
    k = v
    while k > 0 and toks[k - 1][2].lower().replace("’", "'") in _CLITICS:
        k -= 1
    if k > 0 and toks[k - 1][2].lower().replace("’", "'") in _NE:
        return None
    first = toks[k][2].lower()
    if k < v and first in _PERSON and verb is not None \
            and all(t in verb.tags for t in _PERSON[first]):
        k += 1
        if k > v:
            return None
    if k > 0 and toks[k - 1][2].lower().replace("’", "'") in _NE:
        return None
    return k


_ELIDED = re.compile(r"(?<![\w’'-])([CcJj])[’']$")


def _ne(text: str, at: int) -> str:
    """ "ne " (or "n'") inserted at ``at``, in the case of the word there; an elided
    subject before it written whole ("C'est" -> "Ce n'est", "J'ai" -> "Je n'ai")."""
    word = text[at:]
    elided = _ELIDED.search(text, max(0, at - 3), at)
    if elided:
        text, at = text[:elided.start()] + elided.group(1) + "e ", elided.start() + 3
    ne = "n’" if VOWEL_START.match(word) or word[:1] in "yY" else "ne "
    if (at == 0 or text[at - 1] in ".!?«“\"(" or (at >= 2 and text[at - 2] in ".!?")) \
            and word[:1].isupper():
        return text[:at] + ne.capitalize() + word[:1].lower() + word[1:]
    return text[:at] + ne + word


def _sans(toks: list[Token], i: int) -> bool:
    return i > 0 and toks[i - 1][2].lower() in ("sans", "de", "d'", "d’")


def allowed(source: str) -> frozenset[str]:
    """The French negative words the English ``source``'s negations may give."""
    return frozenset(w for m in _NEG_EN_RE.finditer(source)
                     for w in _NEG_EN[(m.group(1) or m.group(2) or "not").lower()])


def _inserts(toks: list[Token], reads: dict[str, tuple[Reading, ...]],
             words: frozenset[str]) -> set[int]:
    """Token indexes before which "ne" goes (for the negative ``words`` only)."""
    at: set[int] = set()
    low = [t[2].lower().replace("’", "'") for t in toks]
    for i, word in enumerate(low):
        if word not in _NEG_WORDS or word not in words or _sans(toks, i):
            continue
        # A negative subject at a clause's start, then the verb (after the noun of
        # "aucun"/"nul", and the clitics).
        if (i == 0 or low[i - 1] in _OPEN) and word in _SUBJECT_NEG | _ANY:
            j = i + 1 if word in _SUBJECT_NEG - {"nul", "nulle"} else i + 2
            while j < len(toks) and low[j] in _CLITICS:
                j += 1
            if j < len(toks) and j > i and _finite(reads.get(low[j], ())) is not None \
                    and (word not in _ANY or j == i + 2):
                k = _ne_before(toks, j, reads)
                if k is not None and k > i:
                    at.add(k)
            continue
        if word not in _AFTER:
            continue
        # After its verb: "Il y a rien", "Nous oublierons jamais", "a eu aucun".
        v = i - 1
        while v >= 0 and low[v] in _BETWEEN:
            v -= 1
        if v >= 0 and word in _ANY | {"personne"} \
                and any(r.pos == "pp" for r in reads.get(low[v], ())) \
                and v >= 1 and _finite(reads.get(low[v - 1], ())) is not None:
            v -= 1  # a participle between: "a eu aucun retard"
        if v == i - 1 and word in _ANY | {"rien"} and _infinitive(reads.get(low[v], ())):
            # "à épargner aucun effort" -> "à n'épargner aucun effort"
            k = _ne_before(toks, v, reads)
            if k is not None and k >= 1 and low[k - 1] in ("à", "de", "d'", "pour"):
                at.add(k)
            continue
        if v < 0 or _finite(reads.get(low[v], ())) is None or low[v] in _CLITICS \
                or not toks[v][2].islower():  # "la Chine presque jamais": a name
            continue
        k = _ne_before(toks, v, reads)
        if k is not None:
            at.add(k)
    return at


_PAS_VERB = re.compile(r"(?<![\w’'-])(et |mais |qui )((?:même )?)pas ((?:[a-zéèêàâîôûç]+))"
                       r"(?![\w’'-])")
# *never* before its verb, as English has it: "la Chine presque jamais fait ça".
_NEVER_VERB = re.compile(r"((?:^|[\w’']+\s))((?:[Pp]resque )?[Jj]amais) "
                         r"([a-zéèêàâîôûç]+)(?![\w’'-])")
_PAS_ANY = re.compile(r"(?<![\w’'-])pas ((?:avoir |être |eu |été )?)(?=(?:aucun|aucune|rien|"
                      r"personne|jamais)(?![\w’'-]))")
_THERE = re.compile(r"(^|[,;:] |(?:que |qu’|qu'))(n’|n')y (devrait|doit|pourrait|peut|"
                    r"va|aurait|aura|a)(?![\w’'-]) ?(avoir )?")


def _there(m: re.Match[str]) -> str:
    """ "n'y devrait avoir" -> "il ne devrait y avoir"; "n'y a" -> "il n'y a"."""
    lead = m.group(1)
    if m.group(4):
        out = f"il ne {m.group(3)} y avoir "
    else:
        out = f"il n’y {m.group(3)}{' ' if m.group(0).endswith(' ') else ''}"
    if lead == "":
        out = out[:1].upper() + out[1:]
    return lead + out


_NOT_ALL = re.compile(r"(?:^|(?<=[,;:] )|(?<=\. ))([Pp]as) (?=(?:tous|toutes) )")


def _not_all(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "Pas tous les problèmes ont été résolus" -> "Tous les problèmes n'ont pas été
    résolus" (*not all*): "ne" before the clause's verb, "pas" after it."""
    m = _NOT_ALL.search(text)
    if m is None:
        return text
    toks = [(t.start(), t.end(), t.group(0)) for t in _TOKEN.finditer(text, m.end())]
    for v, (_, end, word) in enumerate(toks[:8]):
        if word in _OPEN and word not in ("et", "ou"):
            return text
        if v >= 2 and word.islower() and _only_verb(reads.get(word, ())):
            k = _ne_before(toks, v, reads)
            if k is None:
                return text
            text = text[:end] + " pas" + text[end:]
            text = _ne(text, toks[k][0])
            rest = text[m.end():]
            lead = rest[:1].upper() if m.group(1) == "Pas" else rest[:1]
            return text[:m.start()] + lead + rest[1:]
    return text


_NOT_ONLY = re.compile(r"(?<![\w’'-])([Pp])as seulement(?![\w’'-])")
_NE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Nn]e|[Nn][’'])(?:\s|\w)")
_AND_BEFORE = re.compile(r"(?<![\w’'-])(?:et|mais|ou)\s+$")


def _not_only(text: str) -> str:
    """ "l'OTAN pas seulement existe" -> "l'OTAN non seulement existe" (*not only* outside
    a negated verb's clause: "non seulement ... mais aussi"); "et pas seulement" stays."""
    def fix(m: re.Match[str]) -> str:
        clause = re.split(r"[.!?;:,–—(]", text[:m.start()])[-1]
        if _NE_BEFORE.search(clause) or _AND_BEFORE.search(text[:m.start()]):
            return m.group(0)
        return ("N" if m.group(1) == "P" else "n") + "on seulement"

    return _NOT_ONLY.sub(fix, text)


def negate(text: str, reads: dict[str, tuple[Reading, ...]],
           words: frozenset[str] = _NEG_WORDS) -> str:
    """``text`` with the "ne" of its negations, "pas" beside "aucun" dropped; only the
    negative ``words`` (those the English has) count."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    for k in sorted(_inserts(toks, reads, words), reverse=True):
        text = _ne(text, toks[k][0])

    def never_verb(m: re.Match[str]) -> str:
        verb, before = m.group(3), re.split(r"[’']", m.group(1).strip())[-1]
        if _finite(reads.get(verb, ())) is None or before.lower() in ("ne", "n’", "n'") \
                or (before.islower() and _finite(reads.get(before, ())) is not None):
            return m.group(0)  # "n'a jamais fait": after its auxiliary already
        ne = "n’" if VOWEL_START.match(verb) else "ne "
        if not m.group(1).strip():  # the sentence's start: "Jamais fait" -> "Ne fait jamais"
            ne = ne.capitalize()
        return f"{m.group(1)}{ne}{verb} {m.group(2).lower()}"

    def pas_verb(m: re.Match[str]) -> str:
        verb = m.group(3)
        if not _only_verb(reads.get(verb, ())):
            return m.group(0)
        ne = "n’" if VOWEL_START.match(verb) else "ne "
        return f"{m.group(1)}{ne}{verb} {m.group(2)}pas"

    if "jamais" in words:
        text = _NEVER_VERB.sub(never_verb, text)
    if "pas" in words:
        text = modal_french(_not_only(_not_all(_PAS_VERB.sub(pas_verb, text), reads)))
    text = _PAS_ANY.sub(r"\1", text)
    return _THERE.sub(_there, text)


def negations(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its negations put right (see the module's doc), where the
    English source has a negation; read with Apertium's French analyser in one exchange."""
    words = [allowed(s) for s in sources]
    todo = [k for k, t in enumerate(texts) if any(w in t.lower() for w in words[k])]
    if not todo:
        return list(texts)
    _, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    for k in todo:
        out[k] = negate(texts[k], reads, words[k])
    return out
