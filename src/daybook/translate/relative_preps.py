"""An object relative whose French verb takes a preposition: "auquel", "à laquelle",
"dont" for the engine's "que".

English *attend*, *answer*, *contribute to*, *benefit from* take a direct object or a
stranded preposition (*the meeting that Mr Dodon attended*, *the programme we benefited
from*); their French verbs govern "à" or "de" (assister à, participer à, répondre à,
contribuer à; bénéficier de, profiter de), so the relative is "à laquelle"/"auquel"
(Grevisse § 715) or "dont" (§ 717), never "que": the engine wrote "la rencontre que M.
Dodon a assisté", "le sommet que la Russie participée dedans". After "que", a subject (a
pronoun, a determined noun phrase, a name) and such a verb with no object of its own (the
English verb has none), "que" becomes the preposition's relative, agreed with the noun
before it, the participle unagreed ("assistée" -> "assisté": no direct object before it),
and the stranded preposition's French left after the verb dropped ("dedans", "depuis", an
"à" before a time phrase: "assisté à l'année dernière" -> "assisté l'année dernière").
Only as many as the English has such verbs with no object, in order. And the engine's
"lequel" after a preposition (*in which*, *with which*) agreed with the noun before it:
"la ville dans lequel" -> "dans laquelle", "les outils avec lequel" -> "avec lesquels".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings

__all__ = ["antecedent", "prepositional"]

_TOKEN = clause_tokens()
# French verb -> its preposition (Petit Robert's constructions), the English verbs it
# translates with no object after them (the gap of the relative).
_VERBS = {"assister": "à", "participer": "à", "répondre": "à", "contribuer": "à",
          "bénéficier": "de", "profiter": "de"}
_EN_VERB = (r"attend(?:s|ed)?|participat(?:e|es|ed) in|t(?:ake|akes|ook|aken) part in|"
            r"answer(?:s|ed)?|respond(?:s|ed)? to|repl(?:y|ies|ied) to|"
            r"contribut(?:e|es|ed) to|benefit(?:s|ed|ted)? from")
# The verb with no object: punctuation, a finite verb of the main clause, a time adverbial.
_EN_GAP = re.compile(rf"\b(?:{_EN_VERB})(?=\s*[,.;:!?)–]|\s+(?:was|were|is|are|has|have|had|"
                     r"will|would|can|could|last|yesterday|recently|earlier|today|in|on|at|"
                     r"during|together|personally|also|too|as)\b)", re.IGNORECASE)
_WITH_A = {("m", "sg"): "auquel", ("f", "sg"): "à laquelle", ("m", "pl"): "auxquels",
           ("f", "pl"): "auxquelles"}
_PRONOUNS = frozenset(("nous", "vous", "il", "elle", "ils", "elles", "on", "je", "j'"))
_DETERMINERS = {"le": ("m", "sg"), "la": ("f", "sg"), "les": ("", "pl"), "l'": ("", "sg"),
                "ce": ("m", "sg"), "cet": ("m", "sg"), "cette": ("f", "sg"), "ces": ("", "pl"),
                "son": ("", "sg"), "sa": ("f", "sg"), "ses": ("", "pl"), "notre": ("", "sg"),
                "nos": ("", "pl"), "votre": ("", "sg"), "vos": ("", "pl"), "leur": ("", "sg"),
                "leurs": ("", "pl"), "un": ("m", "sg"), "une": ("f", "sg"), "des": ("", "pl")}
_STRANDED = frozenset(("dedans", "depuis"))
_TIME = frozenset(("année", "an", "semaine", "mois", "jour", "été", "hiver", "printemps",
                   "automne", "siècle"))
Token = tuple[int, int, str]


def _agree_lequel(sources: Sequence[str], texts: Sequence[str], which: list[int]
                  ) -> list[str]:
    """ "la ville dans lequel" -> "dans laquelle", where the English has as many
    *in/by/with... which* as the French has such relatives."""
    todo = [k for k, n in enumerate(which) if n and "lequel" in texts[k]]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        tk = toks[k]
        count = sum(1 for i in range(1, len(tk)) if folded(tk[i][2]) in _LEQUEL.values()
                    and folded(tk[i - 1][2]) in _FR_PREPS)
        if count != which[k]:
            continue
        text = texts[k]
        for i, form in reversed(_lequels(tk, reads)):
            text = text[:tk[i][0]] + form + text[tk[i][1]:]
        out[k] = text
    return out


def antecedent(tk: list[Token], reads: dict[str, tuple[Reading, ...]], i: int,
               generic: bool = False) -> tuple[str, str] | None:
    """(gender, number) of the noun before "que" at ``i`` (past adjectives), from the noun
    and its determiner; None when no lower-case noun is there (or, unless ``generic``,
    when neither says the gender: ``generic`` takes the masculine, "les partenaires")."""
    j = i - 1
    while j > 0 and (got := reads.get(tk[j][2].lower(), ())) and all(
            r.pos == "adj" for r in got):
        j -= 1
    if j > 2 and tk[j][2][:1].isupper():
        j = _past_name(tk, reads, j)
    if j < 1 or tk[j][2][:1].isupper():
        return None
    nouns = [r for r in reads.get(tk[j][2].lower(), ()) if r.pos == "n"]
    if not nouns:
        return None
    gender, number = _DETERMINERS.get(folded(tk[j - 1][2]), ("", ""))
    number = number or nouns[0].number
    fits = [r for r in nouns if r.number in (number, "sp") and (
        not gender or r.gender in (gender, "mf"))] or nouns
    gender = gender or fits[0].gender
    if generic and gender == "mf":
        gender = "m"
    if gender not in ("m", "f") or number not in ("sg", "pl"):
        return None
    return gender, number


def _past_name(tk: list[Token], reads: dict[str, tuple[Reading, ...]], j: int) -> int:
    """The noun before a name's complement that ends at ``j`` ("la rencontre du Conseil
    économique suprême que": what is attended is the meeting, not the name), or ``j``."""
    k = j
    while k > j - 8 and k > 1 and (tk[k][2][:1].isupper() or (
            (got := reads.get(tk[k][2].lower(), ())) and all(r.pos == "adj" for r in got))
            or (folded(tk[k][2]) in ("d'", "de") and tk[k - 1][2][:1].isupper())):
        k -= 1  # the name's words and adjectives ("Conseil économique eurasiatique",
        # "Douma d'État")
    if folded(tk[k][2]) in ("la", "l'") and folded(tk[k - 1][2]) == "de":
        k -= 1  # "de la Fédération"
    if folded(tk[k][2]) in ("de", "des", "du", "d'") and k > 1 and tk[k - 1][2][:1].islower() \
            and any(r.pos == "n" for r in reads.get(tk[k - 1][2].lower(), ())):
        return k - 1
    return j


def _subject_end(tk: list[Token], reads: dict[str, tuple[Reading, ...]], k: int) -> int | None:
    """The index after the clause's subject that starts at ``k``: a pronoun, a determiner
    and its nouns and adjectives, or a name ("M. Dodon")."""
    if k >= len(tk):
        return None
    low = folded(tk[k][2])
    if low in _PRONOUNS:
        return k + 1
    if low in _DETERMINERS:
        j = k + 1
        while j < len(tk) and j < k + 5 and (tk[j][2][:1].isupper() or any(
                r.pos in ("n", "adj") for r in reads.get(tk[j][2].lower(), ()))):
            j += 1  # "les délégués", "la Russie"
        return j if j > k + 1 else None
    j = k
    while j < len(tk) and (tk[j][2][:1].isupper() or tk[j][2] == "."):
        j += 1
    return j if j > k else None


def _verb(tk: list[Token], reads: dict[str, tuple[Reading, ...]], k: int
          ) -> tuple[int, Reading] | None:
    """The governed verb at ``k`` or after its auxiliary "avoir" (past "ne"): its index and
    reading."""
    if k < len(tk) and folded(tk[k][2]) in ("ne", "n'"):
        k += 1
    aux = k < len(tk) and any(r.lemma == "avoir" and r.pos != "n"
                              for r in reads.get(tk[k][2].lower(), ()))
    k += aux
    if k >= len(tk):
        return None
    for r in reads.get(tk[k][2].lower(), ()):
        if r.lemma in _VERBS and r.tags[:1] == ("vblex",) and len(r.tags) > 1 and r.tags[1] in (
                ("pp",) if aux else ("pri", "pii", "ifi", "fti", "cni")):
            return k, r
    return None


# *in which*, *by which*, *with which*: the pivot writes "lequel" whatever the noun ("la
# ville dans lequel", "les outils avec lequel"); French agrees it with the noun before the
# preposition (Grevisse § 716): "la ville dans laquelle", "les outils avec lesquels".
_EN_PREP_WHICH = re.compile(r"\b(?:in|on|by|with|for|under|through|at|during|against|among|"
                            r"within|without|into|upon|between|towards?) which\b")
_FR_PREPS = frozenset(("dans", "par", "avec", "pour", "sur", "sous", "entre", "vers", "contre",
                       "parmi", "selon", "durant", "pendant", "sans", "chez"))
_LEQUEL = {("m", "sg"): "lequel", ("f", "sg"): "laquelle", ("m", "pl"): "lesquels",
           ("f", "pl"): "lesquelles"}


def _lequels(tk: list[Token], reads: dict[str, tuple[Reading, ...]]) -> list[tuple[int, str]]:
    """Each "lequel" after a preposition and a noun, with its form agreed with the noun
    (the forms that differ from the engine's only)."""
    out = []
    for i in range(3, len(tk)):
        if folded(tk[i][2]) not in _LEQUEL.values() or folded(tk[i - 1][2]) not in _FR_PREPS:
            continue
        ante = antecedent(tk, reads, i - 1)
        if ante is not None and _LEQUEL[ante] != folded(tk[i][2]):
            out.append((i, _LEQUEL[ante]))
    return out


def prepositional(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "la rencontre que M. Dodon a assistée" -> "la rencontre à laquelle M. Dodon a
    assisté", "la ville dans lequel" -> "la ville dans laquelle" (see above)."""
    which = [len(_EN_PREP_WHICH.findall(s)) for s in sources]
    texts = _agree_lequel(sources, texts, which) if any(which) else list(texts)
    wanted = [len(_EN_GAP.findall(s)) for s in sources]
    todo = [k for k, n in enumerate(wanted) if n and re.search(r"\bqu(?:e|['’])", texts[k])]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    for n in todo:
        tk = toks[n]
        found: list[tuple[int, int, int, str, str | None]] = []  # que, verb, end, new, pp
        for i in range(1, len(tk) - 2):
            if folded(tk[i][2]) not in ("que", "qu'"):
                continue
            ante = antecedent(tk, reads, i)
            end = _subject_end(tk, reads, i + 1)
            got = _verb(tk, reads, end) if ante and end else None
            if ante is None or got is None:
                continue
            v, r = got
            after = v + 1
            if after < len(tk) and folded(tk[after][2]) in _STRANDED:
                after += 1
            elif after + 1 < len(tk) and folded(tk[after][2]) == "à" and folded(
                    tk[after + 1][2]) in ("l'", "la") and after + 2 < len(tk) and folded(
                    tk[after + 2][2]) in _TIME:
                after += 1  # "assisté à l'année dernière": the English *last year*
            nxt = tk[after][2] if after < len(tk) else "."
            if nxt[:1].isalpha() and after == v + 1 and folded(nxt) != "comme" and not any(
                    x.tags[:1] in (("vbser",), ("vbhaver",), ("vblex",)) and len(x.tags) > 1
                    and x.tags[1] in ("pri", "pii", "ifi", "fti", "cni")
                    for x in reads.get(nxt.lower(), ())):
                continue  # the verb has an object or a complement of its own
            new = "dont" if _VERBS[r.lemma] == "de" else _WITH_A[ante]
            pp = f"^{r.lemma}<vblex><pp><m><sg>$" if r.tags[1] == "pp" and (
                r.gender, r.number) != ("m", "sg") else None
            found.append((i, v, after, new, pp))
        if not found or len(found) != wanted[n]:
            continue
        forms = generate(sorted({f[4] for f in found if f[4]}))
        text = texts[n]
        for i, v, after, new, pp in reversed(found):
            if after > v + 1:  # the stranded preposition's French
                text = text[:tk[v][1]] + text[tk[after][0] - 1:] if after < len(tk) else \
                    text[:tk[v][1]] + text[tk[after - 1][1]:]
            if pp and pp in forms:
                text = text[:tk[v][0]] + forms[pp] + text[tk[v][1]:]
            text = text[:tk[i][0]] + new + (" " if tk[i][2].endswith(("'", "’")) else "") + \
                text[tk[i][1]:]
        out[n] = text
    return out
