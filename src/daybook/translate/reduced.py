"""A past participle after its noun (an English reduced relative) kept a participle.

English puts a participle right after the noun it qualifies: "the countries involved to show
restraint", "important subjects discussed there invariably attract", "the publication
compiled in collaboration". The English-Catalan tagger often reads the participle as a
finite past tense and the engine writes the passé composé: "les pays ont impliqué pour",
"les sujets importants ont parlé là", "la publication a compilé en". French says the
participle alone, agreed with its noun ("les pays impliqués", "les sujets abordés là").

Read in the English (Apertium's tagger, ``processes.tagged_units``): a noun, then a verb in
-ed or a participle form, then a preposition, an adverb or a time phrase (no object); the
participle reading only when its clause has its own finite verb, before the noun (the noun
is an object: "urged the countries involved") or after the participle ("the subjects
discussed there attract"). Each English verb written with an auxiliary right after a noun
(the candidates, a past tense, *has* + participle) is paired in order with the French
"a/ont/avait/avaient + participle" right after a word that is no pronoun, only when both
count the same; the French of a candidate loses its auxiliary and its participle agrees
with the English noun's number and the French noun's gender.

The other way round, the tagger reads the only verb of a clause its noun opens as a
participle ("This year, the committee focused on", "where labour efficiency jumped by"),
and the engine writes "le comité focalisé sur": when no other finite verb follows in the
clause, the participle paired with it gets "a" or "ont" ("le comité a focalisé sur").
Forms from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import THIRD, avoir
from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.processes import read_where
from daybook.translate.relatives import agreed_forms
from daybook.translate.units import Unit

_TOKEN = clause_tokens()
# Irregular participles the tagger may give to a noun's verb (the regular ones end in -ed).
_IRREGULAR = ("taken|given|made|held|led|set|shown|known|seen|done|built|brought|sent|won|"
              "paid|left|kept|found|spent|told|sold|written|chosen|drawn|grown|begun|caught|"
              "taught|sought|bought|lost|laid|understood|undertaken|put|cut|spread|hit|run")
# Which sentences go to the tagger (it costs): a word that may be a noun (no pronoun,
# auxiliary or adverb), a verb in -ed or a participle, a preposition, adverb or time word.
_NOT_NOUN_EN = ("i|we|you|they|he|she|it|who|which|that|has|have|had|having|is|are|was|"
                "were|be|been|being|not|to|also|already|just|and|or|but|then|never|get|"
                "got|gets|become|became|\\w+ly")
_HINT = re.compile(rf"\b(?!(?:{_NOT_NOUN_EN})\b)[a-z]+ (?:[a-z]+ed|{_IRREGULAR}) "
                   r"(?:by|in|at|on|for|with|to|from|under|there|here|during|since|last|"
                   r"this|over|within|among|into|after|before|between|upon|earlier|today|"
                   r"yesterday|recently|so far|jointly|together|abroad|annually)\b",
                   re.IGNORECASE)
# After the participle: what shows it has no object.
_AFTER_POS = ("pr", "adv", "preadv")
_TIME_EN = frozenset(("last", "this", "next", "earlier", "today", "yesterday"))
# Where a clause ends (reading back from the noun, or on after the participle).
_BOUNDARY_POS = frozenset(("cm", "sent", "lpar", "rpar", "lquot", "rquot", "cnjsub",
                           "cnjadv", "rel", "apos", "itg"))  # not "guio": "large-scale"
_BOUNDARY_EN = frozenset(("which", "who", "whom", "whose", "that", "where", "when", "while",
                          "because", "if", "as", ";", ":", "–", "—", "\"", "“", "”"))
# Verbs that take a clause without *that* ("we know the company paid for it").
_CLAUSE_VERBS = frozenset(("say", "think", "know", "believe", "hope", "hear", "see", "feel",
                           "expect", "suppose", "guess", "understand", "mean", "note",
                           "recall", "remember", "realise", "realize", "assume", "agree",
                           "suggest", "show", "find", "report", "claim", "admit", "learn",
                           "ensure", "doubt", "add", "state", "stress", "emphasise",
                           "emphasize", "reckon", "wish", "bet", "fear", "trust", "tell"))
# A word before "a/ont" that is no subject noun of a participle.
_NOT_HEAD_FR = frozenset((
    "il", "elle", "on", "ils", "elles", "qui", "que", "qu'", "ce", "c'", "cela", "ça", "y",
    "en", "le", "la", "les", "l'", "lui", "leur", "nous", "vous", "me", "m'", "te", "t'",
    "se", "s'", "ne", "n'", "j'", "je", "tu", "n'y", "dont", "où", "et", "ou", "mais",
    "qui", "ceci", "tout", "rien", "personne", "chacun", "aucun"))
_AUX_FR = avoir("present", "imperfect", persons=THIRD)
_ADVERBS_FR = frozenset(("aussi", "déjà", "également", "toujours", "encore", "récemment",
                         "bien", "beaucoup", "jamais", "souvent", "ensemble"))

_AUX = {"sg": "a", "pl": "ont"}
# Between a participle and its clause's verb: a clause or a list of its own after these.
_STOPS_FR = frozenset(("qui", "que", "qu'", "dont", "où", "et", "ou", "mais", "il", "elle",
                       "ils", "elles", "on", "nous", "vous", "je", "j'", "c'", "ce", "cela"))
# A word after these is a noun, never a finite verb.
_NOMINAL_FR = frozenset(("le", "la", "l'", "les", "un", "une", "des", "du", "de", "d'", "au",
                         "aux", "à", "en", "dans", "par", "pour", "sur", "avec", "ces",
                         "ses", "son", "sa", "leurs", "nos", "notre", "votre", "cette",
                         "cet", "leur"))
# Verbs whose compound tenses take "être": never given "a/ont" here.
_ETRE = frozenset(("aller", "venir", "arriver", "partir", "rester", "devenir", "entrer",
                   "sortir", "tomber", "naître", "mourir", "retourner", "revenir",
                   "parvenir", "intervenir", "survenir", "passer", "monter", "descendre"))

Token = tuple[int, int, str]


def _participle(u: Unit) -> bool:
    return u.pos == "vblex" and ("pp" in u.tags or (
        u.tags == ("vblex", "past") and (u.surface.endswith("ed")
                                         or re.fullmatch(_IRREGULAR, u.surface) is not None)))


def _no_object(units: Sequence[Unit], i: int) -> bool:
    """Whether the word after the participle at ``i`` shows it takes no object."""
    if i + 1 >= len(units):
        return False
    nxt = units[i + 1]
    if nxt.surface.lower() == "to" and i + 2 < len(units) and units[i + 2].has("inf"):
        return True  # "the countries involved to show restraint"
    if nxt.surface.lower() in _TIME_EN:
        return True  # "the measures adopted last year"
    return nxt.pos in _AFTER_POS and nxt.surface.lower() not in ("that", "so", "as", "how")


def _finite(u: Unit, before: Unit | None) -> bool:
    if u.pos in ("vbser", "vbhaver", "vbmod"):
        return not ({"pp", "ger"} & set(u.tags)) and not (
            before is not None and (before.pos == "vbmod" or before.surface.lower() == "to"))
    return u.pos == "vblex" and ("pres" in u.tags or "past" in u.tags) and "pp" not in u.tags


def _boundary(u: Unit) -> bool:
    return u.pos in _BOUNDARY_POS or u.surface.lower() in _BOUNDARY_EN


def _object_of(units: Sequence[Unit], noun: int, shapes: set[int]) -> bool:
    """Whether a finite verb of the same clause comes before the noun at ``noun`` (the noun
    is its object or in its complement), through "and" between nouns only."""
    crossed = False
    for k in range(noun - 1, -1, -1):
        u = units[k]
        if k in shapes or _boundary(u):
            return False
        if u.pos == "cnjcoo":
            crossed = True
        if u.pos == "pr" and crossed:
            return False  # "started in Moscow and the leaders met": a clause of its own
        if _finite(u, units[k - 1] if k else None):
            # "we know the company paid for it": a clause without *that*
            return u.lemma.lower() not in _CLAUSE_VERBS
    return False


def _verb_after(units: Sequence[Unit], part: int, shapes: set[int]) -> bool:
    """Whether the clause has its finite verb after the participle at ``part`` ("the
    subjects discussed there attract"), nothing before the noun phrase."""
    prep = False
    for k in range(part + 1, len(units)):
        u = units[k]
        if _boundary(u) or u.pos == "cnjcoo" or (u.pos == "prn" and "subj" in u.tags):
            return False
        prep = prep or u.pos == "pr"
        # Past a preposition only an auxiliary is sure: the tagger reads "regions last
        # year" as a noun and a verb; *has*, *is* are no noun ("timed to coincide with the
        # anniversary has", the tagger's "has<vblex>").
        if k not in shapes and _finite(u, units[k - 1]) and not (
                prep and u.pos == "vblex" and u.lemma.lower() not in ("have", "be")):
            return True
    return False


def _opens(units: Sequence[Unit], start: int) -> bool:
    """Whether a noun phrase starting at ``start`` opens its clause: at the sentence's
    start, after a comma or a conjunction of clauses, or after "and" with its own
    determiner ("and the surplus", never "integration and cooperation")."""
    if start == 0 or _boundary(units[start - 1]):
        return True
    return units[start - 1].pos == "cnjcoo" and units[start].pos == "det"


def _alone(units: Sequence[Unit], part: int) -> bool:
    """Whether no finite verb follows the verb at ``part`` in its clause, past commas (an
    aside), up to a conjunction, a relative or a subject pronoun ("and received", "that
    would be")."""
    for k in range(part + 1, len(units)):
        u = units[k]
        if u.pos in ("cnjcoo", "cnjsub", "cnjadv", "rel", "sent") or u.surface.lower() in (
                "which", "who", "that", "where", "when", "while", ";") or (
                u.pos == "prn" and "subj" in u.tags):
            return True
        if _finite(u, units[k - 1]) or u.pos == "vbmod":
            return False
    return True


def english_sites(units: Sequence[Unit]) -> list[tuple[str, str]]:
    """Each verb right after a noun that the engine may write with or without "a/ont" (a
    past tense, *has/had* + participle, a participle form), in order: its kind and the
    noun's number. Kinds: "participle" (a reduced relative: its clause has another finite
    verb), "subject" (one whose noun opens the clause, the verb after its verb), "finite"
    (the only verb of a clause the noun opens: "the agenda focused on"),
    "other"."""
    shapes = {i for i in range(1, len(units))
              if units[i - 1].pos in ("n", "np") and _participle(units[i])
              and _no_object(units, i)}
    out: list[tuple[str, str]] = []
    for i in range(1, len(units)):
        prev, u = units[i - 1], units[i]
        if prev.pos not in ("n", "np", "adj"):
            continue
        number = "pl" if "pl" in prev.tags else "sg"
        if i in shapes:
            start = i - 1
            while start > 0 and units[start - 1].pos in ("n", "adj", "det", "num"):
                start -= 1
            kind = "other"
            if prev.pos == "n" and _object_of(units, start, shapes):
                kind = "participle"
            elif prev.pos == "n" and _verb_after(units, i, shapes):
                # its noun opening the clause is the subject of the verb after
                kind = "subject" if _opens(units, start) else "participle"
            elif prev.pos == "n" and _opens(units, start) and _alone(units, i):
                kind = "finite"
            out.append((kind, number))
        elif u.tags == ("vblex", "past") or (
                u.pos == "vbhaver" and ("pres" in u.tags or "past" in u.tags)
                and i + 1 < len(units) and "pp" in units[i + 1].tags):
            out.append(("other", number))  # a finite verb: "the company signed"
    return out


def _french_sites(toks: list[Token], reads: dict[str, tuple[Reading, ...]]
                  ) -> list[tuple[int | None, int]]:
    """Each participle after a word that is no pronoun, with "a/ont" or without it (after
    a noun or an adjective): (its auxiliary or None, the participle)."""
    out: list[tuple[int | None, int]] = []
    for i in range(1, len(toks) - 1):
        word = toks[i][2].lower()
        prev = toks[i - 1][2].lower().replace("’", "'")
        if prev in _NOT_HEAD_FR or not prev[:1].isalpha():
            continue
        if word in _AUX_FR:
            k = i + 1
            while k < len(toks) - 1 and toks[k][2].lower() in _ADVERBS_FR:
                k += 1
            got = reads.get(toks[k][2].lower(), ())
            if toks[k][2].lower() != "été" and any(r.pos == "pp" for r in got):
                out.append((i, k))
            continue
        got = reads.get(word, ())
        before = reads.get(prev, ())
        if got and all(r.pos == "pp" for r in got) and any(r.pos != "pp" for r in before) \
                and all(r.pos in ("n", "adj", "pp") for r in before) \
                and not toks[i - 1][2][:1].isupper():
            out.append((None, i))
    return out


def _gender(toks: list[Token], reads: dict[str, tuple[Reading, ...]], aux: int) -> str | None:
    """The gender of the noun before ``aux``, past its adjectives."""
    for k in range(aux - 1, max(aux - 4, -1), -1):
        got = reads.get(toks[k][2].lower(), ())
        nouns = [r for r in got if r.pos == "n"]
        if nouns and k > 1 and folded(toks[k - 1][2]) in ("de", "d'") and any(
                r.pos == "n" for r in reads.get(toks[k - 2][2].lower(), ())):
            k -= 2  # "la publication d'anniversaire" (*anniversary publication*)
            nouns = [r for r in reads.get(toks[k][2].lower(), ()) if r.pos == "n"]
        if nouns and not toks[k][2][:1].isupper():
            genders = {r.gender for r in nouns}
            if genders == {"mf"}:  # "les volontaires": the determiner says, or the masculine
                before = folded(toks[k - 1][2]) if k else ""
                return "f" if before in ("la", "une", "cette", "sa", "ma", "ta") else "m"
            return genders.pop() if len(genders) == 1 else None
        if not got or not all(r.pos in ("adj", "pp") for r in got):
            return None
    return None


def _next_verb(toks: list[Token], reads: dict[str, tuple[Reading, ...]], part: int
               ) -> int | None:
    """The first finite third-person verb after the participle at ``part`` in its clause
    (no noun, adjective or participle reading: never "les accords signés à Pékin")."""
    for k in range(part + 1, min(part + 10, len(toks))):
        word = folded(toks[k][2])
        if not word[:1].isalpha() or word in _STOPS_FR:
            return None
        got = reads.get(toks[k][2].lower(), ())
        if toks[k][2][:1].islower() and folded(toks[k - 1][2]) not in _NOMINAL_FR and any(
                r.tags[:1] and r.tags[0].startswith("vb") and len(r.tags) > 3
                and r.tags[1] in ("pri", "pii", "fti", "cni", "ifi") and r.tags[2] == "p3"
                for r in got):
            return k if all(r.pos not in ("n", "adj", "pp") for r in got) else None
    return None


def reduced_relatives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the participles of its English reduced relatives said
    without an auxiliary (see above); one exchange with each Apertium program for all."""
    sites = read_where(sources, _HINT, english_sites)
    todo = [k for k in sites if any(kind != "other" for kind, _ in sites[k])]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    wanted: dict[int, list[tuple[int, int, str]]] = {}  # text -> (first, last, input)
    for k in todo:
        french = _french_sites(toks[k], reads)
        if len(french) != len(sites[k]):
            continue  # no safe pairing
        for (kind, number), (aux, part) in zip(sites[k], french, strict=True):
            pps = [r for r in reads.get(toks[k][part][2].lower(), ()) if r.pos == "pp"]
            if not pps or kind == "other":
                continue
            lemma, pos = pps[0].lemma, pps[0].tags[0]
            if kind in ("participle", "subject") and aux is not None and \
                    part == aux + 1 and (gender := _gender(toks[k], reads, aux)):
                wanted.setdefault(k, []).append(
                    (aux, part, f"^{lemma}<{pos}><pp><{gender}><{number}>$"))
                verb = _next_verb(toks[k], reads, part) if kind == "subject" else None
                if verb is not None and number == "pl":  # "Les idées abordées là donnera"
                    wanted[k] += [(i, i, g) for i, g in
                                  agreed_forms(toks[k], reads, verb, "pl").items()]
            elif kind == "finite" and aux is None and lemma not in _ETRE:
                wanted.setdefault(k, []).append(
                    (part, part, f"{_AUX[number]} ^{lemma}<{pos}><pp><m><sg>$"))
    forms = generate(sorted({g.rsplit(" ", 1)[-1] for fixes in wanted.values()
                             for _, _, g in fixes}))
    out = list(texts)
    for k, fixes in wanted.items():
        text = texts[k]
        for first, last, g in sorted(fixes, reverse=True):
            have, _, g = g.rpartition(" ")
            if g in forms:
                new = f"{have} {forms[g]}" if have else forms[g]
                text = text[:toks[k][first][0]] + new + text[toks[k][last][1]:]
        out[k] = text
    return out
