"""The first person singular the pivot lost, given back where the English says *I*.

Catalan drops its subject pronouns and ``cat-fra`` writes none where the Catalan verb has
no subject: "I completely agree" (Catalan "Completament acordo") came out "Complètement
conviens", "I cordially congratulate you" "cordialement vous félicite", "since I represent
you" "puisque vous représente", "as I have previously reported" "comme avant ai rapporté".
Where the English has more *I* than the French has "je" (or "et moi" before a verb), a
finite verb that may be in the first person singular with no subject before it (at the
start of the sentence, after a comma, "que", "puisque", "comme", "quand", "si"..., after
"et"/"mais" only where the English says *and I*/*but I*; an adverb or two and the verb's
clitics may stand between) gets "je", as many as are missing. The adverbs that stood
before it go after the finite verb, where French puts them ("Je conviens complètement",
"je vous félicite cordialement", "Et je peux juste répéter"), a time adverb after the
participle of a compound tense ("comme j'ai rapporté avant"). A verb only in the third
person singular is put in the first ("Certainement attend" -> "J'attends certainement").

Catalan's imperfect and conditional have one form for *I* and *he* ("mirava", "podria"):
``cat-fra`` opens a sentence with "Il" there ("I looked at the screen" -> "Il regardait à
l'écran", "I felt that" -> "Il sentait que"). A sentence whose English opens with *I*
(after an opener and a comma at most) and whose French opens there with "Il" + a verb in
the imperfect or the conditional takes "Je" and the first person ("Je regardais").

"je" or "j'" right before a verb in the third person singular only (its clitics between)
takes the first person: "J'attend avec impatience" -> "J'attends".

Readings and forms from Apertium's French analyser and generator (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import elides, folded
from daybook.translate.gender import (
    Reading,
    clause_tokens,
    generate,
    readings,
    tokens_and_readings,
)

_TOKEN = clause_tokens()
Token = tuple[int, int, str]

# *I* as a subject: before a lower-case word or a contraction, not a regnal or ordinal
# numeral ("World War I", "Peter I", "Phase I").
_I_EN = re.compile(r"(?<!War )(?<!Peter )(?<!Paul )(?<!Phase )(?<!Part )(?<!Stage )"
                   r"(?<![\w’'-])I(?=['’](?:m|ve|d|ll)\b|\s+[a-z])")
# *and I*, *but I*, *or I* + a word: a clause of its own whose subject French says again.
_AND_I_EN = re.compile(r"\b((?i:and|but|or))\s+I\s+(?=[a-z])")
# "je", "j'", and "moi" of *X and I* before a verb ("Xi Jinping et moi maintenons").
_JE_FR = re.compile(r"(?<![\w’'-])(?:[Jj]e(?![\w’'-])|[Jj]['’]|(?<=et )moi(?= [a-zàâçéèêîôû]))")
CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "me",
                      "m'", "nous", "vous"))
# What may stand right before a clause whose subject was dropped.
OPENERS = frozenset((",", ";", ":", "–", "—", "(", "où", "pourquoi", "que", "qu'", "quand",
                      "si", "comme", "lorsque", "lorsqu'", "puisque", "puisqu'", "car"))
_AND = {"et": "and", "mais": "but", "ou": "or"}
# Adverbs that are words of negation or of linking: never moved, never a gap's adverb.
_NOT_MOVED = frozenset(("ne", "n'", "pas", "plus", "jamais", "rien", "non", "y", "en", "où",
                        "si", "comme", "ainsi", "alors", "puis", "donc", "aussi", "là",
                        "quand", "pourquoi", "combien", "comment", "oui"))
# Adverbs of time that follow the participle of a compound tense ("j'ai rapporté avant").
_TIME = frozenset(("avant", "auparavant", "hier", "après", "ensuite", "tôt", "tard",
                   "récemment", "précédemment", "antérieurement"))
FINITE = ("pri", "pii", "cni", "fti", "ifi")
VERB = ("vblex", "vbser", "vbhaver", "vbmod")


def _verb_only(reads: Sequence[Reading]) -> bool:
    return bool(reads) and all(r.tags[:1] and r.tags[0] in VERB for r in reads)


def finite(reads: Sequence[Reading], person: str) -> Reading | None:
    """The first reading of a finite verb in ``person`` singular."""
    return next((r for r in reads if len(r.tags) > 3 and r.tags[1] in FINITE
                 and r.tags[2:4] == (person, "sg")), None)


def after_preposition(words: list[str], reads: dict[str, tuple[Reading, ...]], j: int) -> bool:
    """Whether the pronoun ``words[j]`` follows a preposition ("avec lui", "pour nous"): an
    object of it, no verb's clitic."""
    return j > 0 and any(r.pos == "pr" for r in reads.get(words[j - 1].lower(), ())) and \
        not any(r.tags[:1] and r.tags[0] in VERB for r in reads.get(words[j - 1].lower(), ()))


def movable_adverb(word: str, reads: Sequence[Reading]) -> bool:
    """An adverb a dropped subject's verb may have before it ("complètement", "juste",
    "beaucoup"): read as one, never as a verb, no word of negation or linking."""
    return folded(word) not in _NOT_MOVED and any(r.pos == "adv" for r in reads) and \
        not any(r.tags[:1] and r.tags[0] in VERB for r in reads)


def _first_form(reads: Sequence[Reading]) -> str | None:
    """Generator input for the first person singular of a verb read only in the third
    ("attend" -> "^attendre<vblex><pri><p1><sg>$"); None if it is a first person already."""
    if finite(reads, "p1") is not None:
        return None
    third = finite(reads, "p3")
    if third is None:
        return None
    return f"^{third.lemma}<{third.tags[0]}><{third.tags[1]}><p1><sg>$"


def _je(before_word: str, capital: bool) -> str:
    word = "j'" if elides(before_word) else "je "
    return word.capitalize() if capital else word


class _Gap:
    """A dropped *I*: a negation at toks[start:adverbs] (said ``negation`` after the verb),
    adverbs at toks[adverbs:clitic], clitics, the verb at toks[verb]."""

    __slots__ = ("adverbs", "clitic", "negation", "opener", "start", "verb")

    def __init__(self, start: int, clitic: int, verb: int, adverbs: int | None = None,
                 negation: str = "", opener: str = "") -> None:
        self.start, self.clitic, self.verb = start, clitic, verb
        self.adverbs = start if adverbs is None else adverbs
        self.negation, self.opener = negation, opener  # ``opener`` in place of toks[start]


# The engine's negation before a verb whose subject it dropped (*I am not even saying*
# "Même pas dis", *I do not just speak* "non seulement parle"), said after the verb with
# "ne" before it ("je ne dis même pas", "je ne parle pas seulement").
_NEGATIONS = {("même", "pas"): "même pas", ("non", "seulement"): "pas seulement",
              ("pas", "seulement"): "pas seulement", ("pas",): "pas", ("jamais",): "jamais"}
_I_NOT = re.compile(r"(?<![\w’'-])I(?:\s+(?:do|did|am|was|have|had|can|could|will|would|"
                    r"should|must))?(?:\s+not\b|n[’']t\b)|(?<![\w’'-])I[’']m\s+not\b")


def _negation(words: list[str], a: int) -> tuple[int, str]:
    """(start, French after the verb) of an engine's negation ending before ``a``."""
    for group, said in _NEGATIONS.items():
        if a >= len(group) and tuple(map(folded, words[a - len(group):a])) == group:
            return a - len(group), said
    return a, ""


def _gaps(toks: list[Token], reads: dict[str, tuple[Reading, ...]],
          and_i: dict[str, int], negated: bool = False, cleft: bool = False) -> list[_Gap]:
    """Where a dropped *I* goes: see the module's doc."""
    out = []
    words = [t[2] for t in toks]
    for i, word in enumerate(words):
        got = reads.get(word.lower(), ())
        after_qui = cleft and i > 0 and folded(words[i - 1]) == "qui"
        if not (_verb_only(got) or (after_qui and finite(got, "p1"))) or (
                finite(got, "p1") is None and finite(got, "p3") is None):
            continue  # a verb only, or one of the first person after a cleft's "qui"
        if word[:1].isupper() and i > 0:
            continue  # a name or a title the engine read
        k = i
        while k > 0 and folded(words[k - 1]) in CLITICS and not after_preposition(
                words, reads, k - 1):
            k -= 1
        if any(folded(w) in ("se", "s'") for w in words[k:i]):
            continue  # a third person's reflexive
        a = k
        n, negation = _negation(words, k) if negated else (k, "")
        if not negation:
            while a > 0 and k - a < 2 and movable_adverb(words[a - 1],
                                                  reads.get(words[a - 1].lower(), ())):
                a -= 1
            n, negation = _negation(words, a) if negated else (a, "")
        third = finite(got, "p1") is None and finite(got, "p3")
        if n and third and third.tags[1] not in ("pii", "cni"):
            continue  # "Le ministre, qui appuie le plan, a dit": an incise's subject before
        prev = folded(words[n - 1]) if n else ""
        if prev == "qui" and cleft:
            # *It is with satisfaction that I note*: the engine's "qui note" is "que je note"
            out.append(_Gap(n - 1, k, i, a, negation, "que "))
        elif n == 0 or prev in OPENERS or (prev in _AND and and_i.get(_AND[prev], 0) > 0):
            if prev in _AND:
                and_i[_AND[prev]] -= 1
            out.append(_Gap(n, k, i, a, negation))
    return out


def _moved(toks: list[Token], reads: dict[str, tuple[Reading, ...]], gap: _Gap) -> int:
    """The token after which the gap's adverbs go: the finite verb, or a compound tense's
    participle for an adverb of time."""
    words = [t[2] for t in toks]
    after = gap.verb
    nxt = gap.verb + 1
    aux = any(r.tags[0] in ("vbhaver", "vbser") for r in reads.get(words[gap.verb].lower(), ()))
    if aux and nxt < len(words) and any(r.pos == "pp" for r in reads.get(words[nxt].lower(), ())) \
            and all(folded(words[j]) in _TIME for j in range(gap.adverbs, gap.clitic)):
        after = nxt
    return after


def _filled(text: str, toks: list[Token], reads: dict[str, tuple[Reading, ...]],
            gap: _Gap, forms: dict[str, str]) -> str:
    """``text`` with the gap's "je", its adverbs after the verb, the verb in the first
    person."""
    start = toks[gap.start][0]
    verb_start, verb_end, verb = toks[gap.verb]
    wanted = _first_form(reads.get(verb.lower(), ()))
    if wanted is not None:
        verb = forms.get(wanted, verb)
    adverbs = " ".join(t[2].lower() for t in toks[gap.adverbs:gap.clitic])
    clitics = text[toks[gap.clitic][0]:verb_start] if gap.clitic < gap.verb else ""
    after = _moved(toks, reads, gap)
    head = clitics + verb
    if gap.negation:  # "je ne dis même pas", "je n'en parle pas"
        head = ("n'" if elides(head) else "ne ") + head + " " + gap.negation
    if after > gap.verb:
        head += text[verb_end:toks[after][1]]
        verb_end = toks[after][1]
    if adverbs:
        head += " " + adverbs
    if start == 0:
        head = head[:1].lower() + head[1:]
    if gap.opener:
        return text[:start] + gap.opener + _je(head, False) + head + text[verb_end:]
    return text[:start] + _je(head, start == 0) + head + text[verb_end:]


def first_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the *I* of its English given back as "je" where the pivot
    dropped it, and its "Il" of an English *I* said "Je" (see the module's doc); *I could
    see* in the past ("je pouvais voir")."""
    return [_could_past(s, t) for s, t in zip(sources, _given_je(sources, texts),
                                              strict=True)]


# *I could* + a verb of perception or understanding: the past of *can* (Quirk et al.
# 4.54, *I could see* "I was able to see"), not a conditional, where the sentence has no
# *if*; Catalan's "podria" is both, and the engine writes the conditional.
_COULD_SEE = re.compile(r"(?<![\w’'-])I\s+could\s+(?:see|hear|feel|sense|tell|notice|"
                        r"understand|smell)\b")
_IF = re.compile(r"\b(?:if|unless|wish|would|otherwise|tomorrow|soon|later|next|future)\b",
                 re.IGNORECASE)
_JE_POURRAIS = re.compile(r"(?<![\w’'-])([Jj]e (?:ne )?)pourrais(?= (?:pas )?(?:voir|entendre|"
                          r"sentir|dire|remarquer|comprendre|constater)\b)")


def _could_past(source: str, text: str) -> str:
    """ "et je pourrais voir que" -> "et je pouvais voir que" for *and I could see that*."""
    if "pourrais" not in text or _IF.search(source):
        return text
    count = len(_COULD_SEE.findall(source))
    return _JE_POURRAIS.sub(r"\1pouvais", text, count=count) if count else text


def _given_je(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The dropped *I* given back (``first_subjects``)."""
    out = [_adverb_after(s, _je_agreed(t)) if "j" in t.lower() else t
           for s, t in zip(sources, texts, strict=True)]
    todo = [k for k, (s, t) in enumerate(zip(sources, out, strict=True))
            if len(_I_EN.findall(s)) > len(_JE_FR.findall(t))]
    if not todo:
        return out
    toks, reads = tokens_and_readings(_TOKEN, out, todo)
    if not reads:
        return out
    wanted = {g for k in todo for t in toks[k] if (g := _first_form(reads.get(t[2].lower(), ())))}
    forms = generate(sorted(wanted))
    for k in todo:
        missing = len(_I_EN.findall(sources[k])) - len(_JE_FR.findall(out[k]))
        and_i = {w.lower(): 0 for w in _AND.values()}
        for m in _AND_I_EN.finditer(sources[k]):
            and_i[m.group(1).lower()] += 1
        opened = _il_opened(sources[k], out[k], toks[k], reads)
        if opened is not None and opened[2] in forms:
            i, v, form = opened
            text = out[k]
            rest = text[toks[k][i][1]:toks[k][v][0]].lstrip() + forms[form]
            je = _je(rest, toks[k][i][2][:1].isupper())
            out[k] = text[:toks[k][i][0]] + je + rest + text[toks[k][v][1]:]
            missing -= 1
            if not missing:
                continue
            toks[k] = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(out[k])]
            reads.update(tokens_and_readings(_TOKEN, out, [k])[1])
        said = _was_and_how(sources[k], out[k], toks[k], reads)
        if said != out[k]:
            out[k] = said
            missing -= 1
            if not missing:
                continue
            toks[k] = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(out[k])]
            reads.update(tokens_and_readings(_TOKEN, out, [k])[1])
        gaps = _gaps(toks[k], reads, and_i, bool(_I_NOT.search(sources[k])),
                     bool(_THAT_I.search(sources[k])))
        if not gaps or len(gaps) > missing:
            continue  # more places than pronouns: which one is not known
        text = out[k]
        for gap in reversed(gaps):
            text = _filled(text, toks[k], reads, gap, forms)
        out[k] = text
    return out


# An English sentence opening with *I* (after an opener and a comma at most).
_I_OPENS = re.compile(r"^\W*([A-Z][\w’' -]{0,30},\s+)?I\s+[a-z]")


def _il_opened(source: str, text: str, toks: list[Token],
               reads: dict[str, tuple[Reading, ...]]) -> tuple[int, int, str] | None:
    """(token of "il", token of its verb, generator input) for "Il regardait" -> "Je
    regardais" where the English opens with *I* at the same place, or for the one "il" +
    an imperfect or a conditional opening a clause where the French has more "il" than the
    English *he/it* (see the module's doc)."""
    words = [t[2] for t in toks]
    m = _I_OPENS.match(source)
    found = []
    if m is not None:
        i = 0
        if m.group(1):  # "Yes, I felt": the French's first comma
            i = words.index(",") + 1 if "," in words[:6] else len(words)
        found = [i]
    if not found or _ambiguous_il(words, reads, found[0]) is None:
        excess = len(_IL.findall(text)) - len(_HE_IT.findall(source))
        found = [i for i in range(1, len(words)) if excess > 0 and words[i] == "il"
                 and folded(words[i - 1]) in OPENERS]
        found = [i for i in found if _ambiguous_il(words, reads, i) is not None]
        if len(found) != 1:
            return None
    i = found[0]
    got = _ambiguous_il(words, reads, i)
    if got is None:
        return None
    v, third = got
    return i, v, f"^{third.lemma}<{third.tags[0]}><{third.tags[1]}><p1><sg>$"


_IL = re.compile(r"(?<![\w’'-])[Ii]l(?![\w’'-])")
_HE_IT = re.compile(r"\b(?:he|it)\b", re.IGNORECASE)


def _ambiguous_il(words: list[str], reads: dict[str, tuple[Reading, ...]], i: int
                  ) -> tuple[int, Reading] | None:
    """(the verb's token, its reading) where "il" at ``i`` has, past its clitics, a verb
    in the imperfect or the conditional (Catalan's one form for *I* and *he*)."""
    if i >= len(words) or folded(words[i]) != "il":
        return None
    v = i + 1
    while v < len(words) and folded(words[v]) in CLITICS - {"nous", "vous", "se", "s'"}:
        v += 1
    got = reads.get(words[v].lower(), ()) if v < len(words) else ()
    third = finite(got, "p3")
    if not _verb_only(got) or third is None or third.tags[1] not in ("pii", "cni"):
        return None
    return v, third


_JE_VERB = re.compile(r"(?<![\w’'-])([Jj]e |[Jj]['’])((?:(?:me|m['’]|le|la|les|l['’]|lui|leur|"
                      r"y|en|vous|nous) ?)*)([a-zàâçéèêîôûœ]+)(?![\w’'-])")


def _je_agreed(text: str) -> str:
    """ "J'attend" -> "J'attends": a verb right after "je" (its clitics between) read only
    in the third person singular takes the first."""
    found = list(_JE_VERB.finditer(text))
    if not found:
        return text
    reads = readings(sorted({m.group(3).lower() for m in found}))
    wanted = {m.group(3): g for m in found
              if _verb_only(reads.get(m.group(3).lower(), ()))
              and (g := _first_form(reads.get(m.group(3).lower(), ())))}
    if not wanted:
        return text
    forms = generate(sorted(set(wanted.values())))
    for m in reversed(found):
        form = forms.get(wanted.get(m.group(3), ""))
        if form:
            text = text[:m.start(3)] + form + text[m.end(3):]
    return text



# *I* + an adverb in -ly + a verb; the French opening with that adverb before "je".
_I_ADVERB_EN = re.compile(r"(?<![\w’'-])I\s+\w+ly\s+[a-z]")
_ADVERB_JE = re.compile(r"^([«“\"]?\s*)([A-ZÀ-Ý][a-zàâçéèêëîïôûùüÿœ]+ment) ([Jj]e |[Jj]['’])"
                        r"((?:(?:me|m['’]|le|la|les|l['’]|lui|leur|y|en|vous|nous) ?)*)"
                        r"([a-zàâçéèêîôûœ]+)(?![\w’'-])")


def _adverb_after(source: str, text: str) -> str:
    """ "Complètement j'appuie" -> "J'appuie complètement" (*I fully support*): an adverb
    in -ment the engine put before "je" where the English has it after *I* goes after the
    finite verb, as French puts it."""
    if not _I_ADVERB_EN.search(source):
        return text
    m = _ADVERB_JE.match(text)
    if m is None or not _verb_only(readings([m.group(5)]).get(m.group(5), ())):
        return text
    je = "J" + m.group(3)[1] if m.group(3)[1] in "'’" else "Je "
    return (m.group(1) + je + m.group(4) + m.group(5) + " " + m.group(2).lower()
            + text[m.end():])


# *that I* + a verb (a cleft's *It is with satisfaction that I note*); *I was*; *how ADJ I
# am/was*.
_THAT_I = re.compile(r"\b[Ii]t\s+(?:is|was)\s+(?:with|in|for|by|from|at|on|only|here|now|"
                     r"then|this|that|the|a|my|our)\b[^.,;:]*?\bthat\s+I\s+[a-z]")
_I_WAS = re.compile(r"(?<![\w’'-])I\s+was\b")
_IT_WAS = re.compile(r"\b(?:it|this|that)\s+was\b", re.IGNORECASE)
_HOW_I = re.compile(r"\bhow\s+\w+\s+I\s+(?:am|was)\b")
_BE_FIRST = {"suis": "suis", "étais": "étais", "est": "suis", "était": "étais"}


def _was_and_how(source: str, text: str, toks: list[Token],
                 reads: dict[str, tuple[Reading, ...]]) -> str:
    """One dropped *I* of "être" given back: the engine's "c'était" + an adjective for *I
    was* + an adjective (Catalan "era", first or third person: "Malheureusement, c'était
    incapable" -> "j'étais incapable") where the French has more "c'était" than the English
    *it/this/that was*; "comme reconnaissant suis" -> "combien je suis reconnaissant" for
    *how grateful I am*."""
    words = [folded(t[2]) for t in toks]
    if _I_WAS.search(source) and words.count("était") > len(_IT_WAS.findall(source)):
        found = [i for i in range(len(words) - 2) if words[i] == "c'" and words[i + 1] ==
                 "était" and any(r.pos == "adj" for r in reads.get(words[i + 2], ()))
                 and not any(r.pos == "det" for r in reads.get(words[i + 2], ()))]
        if len(found) == 1:
            i = found[0]
            said = "J'étais" if toks[i][2][:1].isupper() else "j'étais"
            return text[:toks[i][0]] + said + text[toks[i + 1][1]:]
    if _HOW_I.search(source):
        for i in range(len(words) - 2):
            if words[i] in ("comme", "combien") and words[i + 2] in _BE_FIRST and any(
                    r.pos in ("adj", "pp") for r in reads.get(words[i + 1], ())):
                said = "combien je " + _BE_FIRST[words[i + 2]] + " " + toks[i + 1][2]
                if toks[i][2][:1].isupper():
                    said = said.capitalize()
                return text[:toks[i][0]] + said + text[toks[i + 2][1]:]
    return text
