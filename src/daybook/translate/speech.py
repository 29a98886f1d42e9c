"""Speech turns: what Apertium gets wrong in people speaking (transcripts, questions, answers).

Before the engine (``english``), English it reads wrong said as it reads it right:

- "Let us discuss", "Let's start" -> "We discuss", "We begin" (Apertium: "Laisse-nous
  dialecte", "Laisse-nous début"); after the engine ``imperatives`` turns the French
  "Nous discutons" back into the first person plural imperative "Discutons", "Nous les
  félicitons" into "Félicitons-les";
- "Let me note" -> "I would like to note" ("Laisse-moi note" -> "Je voudrais remarquer").

After the engine, from the English sentence and Apertium's French analyser (``turns``):

- a first-person verb without its subject: the Catalan pivot drops subject pronouns and
  ``cat-fra`` gives one back to a sentence's first verb only ("Juste ai parlé", "Amis,
  avons récemment marqué", "ce qu'ai dit", "le travail as fait") -> "J'ai juste parlé",
  "Amis, nous avons récemment marqué", "ce que j'ai dit", "le travail que vous avez fait";
- the formulas of speech (*thank you*, greetings, questions to *you*, *hope*, *I should*):
  ``speech_phrases.py``;
- a singular subject with a plural verb ("Notre peuple sont" -> "Notre peuple est"; the
  lexicon's "peuple" for *people* came after the engine agreed the verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from daybook.translate.agree import first_plural
from daybook.translate.french import VOWEL_START, folded
from daybook.translate.gender import Reading, generate, readings
from daybook.translate.relatives import contact_pronouns
from daybook.translate.sourced import plural2
from daybook.translate.speech_en import english as english
from daybook.translate.speech_en import let_us
from daybook.translate.speech_phrases import (
    addresses,
    first_person_modal,
    greetings,
    hope,
    hope_you,
    just_after,
    lone_you,
    questions,
    say_so,
    stage_directions,
    thanks,
)

# --- French, after the engine --------------------------------------------------------------

_LOWER = "a-zàâçéèêëîïôûùüÿœ"
_TOKEN = re.compile(rf"[Aa]ujourd['’]hui|[{_LOWER}A-ZÀ-Ý]+(?:-[{_LOWER}A-ZÀ-Ý]+)*['’]?|"
                    r"[.!?;:,–—«»()\"“”]")
_FINITE = frozenset(("pri", "pii", "fti", "cni", "ifi", "prs", "pis"))
_CLITICS = frozenset(("ne", "n'", "me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'",
                      "lui", "leur", "y", "en", "nous", "vous"))
_SUBJECTS = frozenset(("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
                       "ce", "c'", "ça", "cela", "ceci", "moi", "toi", "eux", "nous-mêmes",
                       "vous-même", "vous-mêmes", "moi-même", "tous", "toutes", "qui"))
# Adverbs Apertium leaves before a verb whose pronoun it dropped ("Juste ai parlé"); French
# puts them after the verb ("J'ai juste parlé").
_ADVERBS = frozenset(("juste", "déjà", "aussi", "également", "récemment", "vraiment",
                      "seulement", "toujours", "jamais", "encore", "certainement",
                      "simplement", "personnellement",
                      "bien", "ensemble", "sincèrement", "effectivement",
                      "constamment", "activement", "souvent", "tous", "principalement"))
# Adverbs of time and place that open the clause before the pronoun put back.
_FRONT = frozenset(("aujourd'hui", "ici", "maintenant", "naturellement", "finalement",
                    "ensuite", "désormais", "demain", "hier"))
# Words after which a clause (and so a subject) begins.
_OPENERS = frozenset(("que", "qu'", "où", "quand", "si", "comme", "lorsque", "lorsqu'",
                      "puisque", "puisqu'", "car", "mais", "et", "ou", "donc", "dont",
                      "lequel", "laquelle", "lesquels", "lesquelles", "quoi", "pourquoi",
                      "comment", ",", ";", ":", "–", "—", "(", "«", "\"", "“"))
_AND = frozenset(("et", "mais", "ou"))
_AND_PRONOUN = re.compile(r"\b(?:and|but|or)\s+(?:\w+\s+)?(?:I|we|you)\b")
# The English a pronoun put back needs: "je" for *I*, "nous" for *we*, "vous" for *you*.
_PERSONS = {("p1", "sg"): re.compile(r"\bI\b"),
            ("p1", "pl"): re.compile(r"\b(?:we|us|let['’]s)\b", re.IGNORECASE),
            ("p2", "sg"): re.compile(r"\byou\b", re.IGNORECASE),
            ("p2", "pl"): re.compile(r"\byou\b", re.IGNORECASE)}
# Verbs that are nouns too, taken as verbs after no determiner.
_NOUN_TOO = frozenset(("as", "sommes", "avions"))
_ELIDED = {"qu'": "que", "lorsqu'": "lorsque", "puisqu'": "puisque"}


def _verb_person(word: str, reads: Sequence[Reading],
                 before: Sequence[Reading]) -> tuple[str, str] | None:
    """(person, number) of a finite verb in the first or second person only; None for a
    word that may be a third person, a participle ("y compris", "États-Unis") or a noun
    ("les mesures": *mesurer*; "avions" and "as" only after no determiner)."""
    verbs = [r for r in reads if r.tags and r.tags[0].startswith("vb")]
    finite = [r for r in verbs if len(r.tags) > 1 and r.tags[1] in _FINITE]
    if not finite or any(r.tags[1:2] != ("imp",) for r in verbs if r not in finite) or any(
            "p3" in r.tags for r in verbs):
        return None
    others = [r for r in reads if r not in verbs]
    if others and (word not in _NOUN_TOO or any(r.tags[:1] != ("n",) for r in others)
                   or any(r.pos == "det" or r.tags[:1] == ("adj",) for r in before)):
        return None
    for person in ("p1", "p2"):
        for r in verbs:
            if person in r.tags:
                return person, "pl" if "pl" in r.tags else "sg"
    return None


def _adverb(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """An adverb French puts after the verb ("juste", "concrètement")."""
    low = folded(word)
    return low in _ADVERBS or (low.endswith("ment") and bool(reads.get(word.lower()))
                               and all(r.tags[:1] == ("adv",) for r in reads[word.lower()]))


def _subject(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             i: int, source: str) -> tuple[int, int, str, bool] | None:
    """For verb ``i`` without its subject: (where the subject goes, where the moved adverbs
    end, its pronoun, whether "que" opens the clause); None when it has one."""
    word = folded(words[i][2])
    if words[i][2].isupper() and len(word) > 1:
        return None  # "AI" (*artificial intelligence*) is no "ai"
    person = _verb_person(word, reads.get(words[i][2].lower(), ()),
                          reads.get(words[i - 1][2].lower(), ()) if i else ())
    if person is None or not _PERSONS[person].search(source):
        return None  # the English has no such subject ("aies état": *have been*)
    if person == ("p1", "pl") and let_us(source) and any(
            "imp" in r.tags for r in reads.get(words[i][2].lower(), ())):
        return None  # "Chers collègues, commençons": the imperative of *let us*
    j = i
    while j > 0 and folded(words[j - 1][2]) in _CLITICS:
        j -= 1
    chain = {folded(w[2]) for w in words[j:i]}
    if (person == ("p1", "pl") and "nous" in chain) or (person[0] == "p2" and "vous" in chain):
        return None
    k = j
    while k > 0 and _adverb(words[k - 1][2], reads):
        k -= 1
    if k > 0 and folded(words[k - 1][2]) in _FRONT:
        # "Aujourd'hui me suis trouvé" -> "Aujourd'hui je me suis trouvé": time and place
        # stay in front; the verb's own adverbs go after it.
        if k == j:
            return _after_front(words, reads, i, j, source)
        return None
    if k == 0 and j == k and i == j:
        return None  # a sentence's first verb: the engine's own (or an imperative)
    before = folded(words[k - 1][2]) if k > 0 else ""
    if k > 0 and words[k - 1][2] in ".!?":
        return None
    if before in _SUBJECTS and not (before == "qui" and k > 1 and folded(words[k - 2][2])
                                    not in ("moi", "nous", "toi", "vous")):
        return None
    if before in _AND and not _AND_PRONOUN.search(source):
        return None  # "nous avons signé et avons décidé": English shares the subject too
    noun = bool(before) and before not in _OPENERS and any(
        r.tags[:1] == ("n",) for r in reads.get(words[k - 1][2].lower(), ())) and not any(
        r.tags[:1] in (("pr",), ("vblex",), ("adv",)) for r in reads.get(
            words[k - 1][2].lower(), ()))
    if before and before not in _OPENERS and before != "qui" and not noun:
        return None
    pronoun = {"p1": "je" if person[1] == "sg" else "nous", "p2": "vous"}[person[0]]
    if person[0] == "p2" and plural2(word) is None and person[1] == "sg":
        return None  # "dises": no second person plural the word list confirms
    # After a noun, the clause is a relative without "that" only for *you* ("le travail
    # as fait": *the work you have done*) where the English opens one there (not *In 12
    # years you have built*); "Dans le futur suis prêt" opens with a phrase.
    return k, j, pronoun, (noun and person[0] == "p2" and "you" in contact_pronouns(source)) \
        or before == "qui"


def _after_front(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                 i: int, j: int, source: str) -> tuple[int, int, str, bool] | None:
    """The subject right after a front adverb at the clause's opening."""
    f = j - 1
    before = folded(words[f - 1][2]) if f > 0 else ""
    if before and before not in _OPENERS:
        return None
    if before in _AND and not _AND_PRONOUN.search(source):
        return None
    person = _verb_person(folded(words[i][2]), reads.get(words[i][2].lower(), ()), ())
    if person is None or not _PERSONS[person].search(source):
        return None
    return j, j, {"p1": "je" if person[1] == "sg" else "nous", "p2": "vous"}[person[0]], False


def _second_plural(verb: str) -> str:
    return plural2(verb.lower()) or verb


def _with_subject(text: str, source: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    words = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    edits: list[tuple[int, int, str]] = []
    for i in range(len(words)):
        found = _subject(words, reads, i, source)
        if found is None:
            continue
        k, j, pronoun, que = found
        start = words[k][0]
        verb = words[i][2]
        if pronoun == "vous":
            verb = _second_plural(verb)
        chain = text[words[j][0]:words[i][0]] if j < i else ""
        adverbs = text[start:words[j][0]].strip() if k < j else ""
        head = chain or verb
        if pronoun == "je" and VOWEL_START.match(head):
            pronoun = "j'"
        new = f"{pronoun}{'' if pronoun.endswith(chr(39)) else ' '}{chain}{verb}"
        new += f" {adverbs.lower() if adverbs[:1].isupper() else adverbs}" if adverbs else ""
        if k > 0 and folded(words[k - 1][2]) in _ELIDED:
            start = words[k - 1][0]  # "qu'ai" -> "que j'ai"
            new = ("Q" if words[k - 1][2][0] == "Q" else "") + _ELIDED[folded(
                words[k - 1][2])][1 if words[k - 1][2][0] == "Q" else 0:] + " " + new
        elif k > 0 and folded(words[k - 1][2]) == "qui":
            start = words[k - 1][0]  # "qui ai mentionné" (*that I mentioned*)
            new = "que " + new
        elif que:
            new = "que " + new  # "le travail as fait" (*the work you have done*)
        if text[start:start + 1].isupper() and (start == 0 or text[:start].rstrip()[-1:]
                                                in ".!?"):
            new = new[:1].upper() + new[1:]
        edits.append((start, words[i][1], new))
    out, last = [], 0
    for start, end, new in edits:
        if start >= last:
            out.append(text[last:start] + new)
            last = end
    return "".join(out) + text[last:]


# "Nous les félicitons" (from "Let us congratulate them", said "We congratulate them") ->
# "Félicitons-les"; "nous-mêmes applaudissons" -> "Applaudissons-nous".
# Apertium may drop the "Nous" itself: "Les félicitons" at the sentence's start.
_NOUS_VERB = re.compile(rf"(?:(?<![\w’'-])([Nn]ous(?:-mêmes)?) |^(?=\S+ [{_LOWER}]+ons\b))"
                        rf"((?:(?:[Ll]es|[Ll]e|[Ll]a|[Ll]['’]|[Ll]eur|[Ll]ui|nous|[Yy]|[Ee]n) )*)"
                        rf"([{_LOWER}]+ons)(?![\w’'-])")


def imperatives(source: str, french: str) -> str:
    """ "Nous discutons ce sujet" -> "Discutons ce sujet" where the source says "Let us
    discuss" (``english`` wrote "We discuss")."""
    count = let_us(source)
    if not count:
        return french

    def fix(m: re.Match[str]) -> str:
        clitics = [c.replace("’", "'").lower() for c in m.group(2).split()]
        if (m.group(1) or "").lower().startswith("nous-"):
            clitics = ["nous", *clitics]
        verb = m.group(3)
        if clitics:  # affirmative imperative: the pronouns after the verb, "moi", "toi"
            joined = "-".join(c.rstrip("'") + ("e" if c == "l'" else "") for c in clitics)
            verb = f"{verb}-{joined}"
        at_start = not french[:m.start()].strip() or french[:m.start()].rstrip()[-1:] in ".!?"
        return verb[:1].upper() + verb[1:] if at_start or (m.group(1) or "N")[0] == "N" else verb

    return _NOUS_VERB.sub(fix, french, count=count)


# A singular subject's plural verb: "Notre peuple sont forts" (*Our people are*).
_SUBJECT_OPENS = frozenset(("", "que", "qu'", "car", "mais", "si", "quand", "lorsque",
                            "lorsqu'", "puisque", "puisqu'", "comme", "comment", "dont", "où"))
_SINGULAR_DETS = frozenset(("le", "la", "l'", "un", "une", "ce", "cet", "cette", "son", "sa",
                            "mon", "ma", "notre", "votre", "leur"))
_MANY = frozenset(("plupart", "majorité", "moitié", "minorité", "totalité", "reste", "nombre",
                   "partie", "tiers", "quart", "série", "ensemble", "couple", "dizaine",
                   "centaine", "millier", "million", "milliard", "foule"))


def _plural_verb(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                 i: int) -> str | None:
    """The generator's input for verb ``i`` in the third person singular, when a singular
    noun phrase opening its clause is its subject."""
    verbs = [r for r in reads.get(words[i][2].lower(), ())
             if r.tags[:1] and r.tags[0].startswith("vb") and len(r.tags) > 3
             and r.tags[1] in _FINITE]
    if not verbs or not all(r.tags[2:4] == ("p3", "pl") for r in verbs):
        return None
    if any(not (r.tags[:1] and r.tags[0].startswith("vb")) for r in reads.get(
            words[i][2].lower(), ())):
        return None
    n = i - 1
    while n > 0 and any(r.tags[:1] == ("adj",) for r in reads.get(words[n][2].lower(), ())) \
            and not any(r.tags[:1] == ("n",) for r in reads.get(words[n][2].lower(), ())):
        n -= 1  # an adjective after the noun
    if n < 1:
        return None
    nouns = [r for r in reads.get(words[n][2].lower(), ()) if r.tags[:1] == ("n",)]
    if not nouns or any(r.number != "sg" for r in nouns) or folded(words[n][2]) in _MANY or \
            words[n][2][:1].isupper():
        return None
    d = n - 1
    while d > 0 and any(r.tags[:1] == ("adj",) for r in reads.get(words[d][2].lower(), ())):
        d -= 1
    if folded(words[d][2]) not in _SINGULAR_DETS:
        return None
    opener = folded(words[d - 1][2]) if d > 0 else ""
    if opener not in _SUBJECT_OPENS:
        return None
    r = verbs[0]
    return f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><p3><sg>$"


def _we_verb(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             i: int) -> str | None:
    """Verb ``i`` in the first person plural when "nous" opening its clause is its subject
    and Apertium wrote a third person plural ("et nous l'implémenteront")."""
    j = i
    while j > 0 and folded(words[j - 1][2]) in _CLITICS - {"nous"}:
        j -= 1
    if j == 0 or folded(words[j - 1][2]) != "nous":
        return None
    before = folded(words[j - 2][2]) if j > 1 else ""
    if before and before not in _OPENERS and before not in _SUBJECT_OPENS:
        return None
    verbs = [r for r in reads.get(words[i][2].lower(), ()) if r.tags[:1]
             and r.tags[0].startswith("vb") and len(r.tags) > 3 and r.tags[1] in _FINITE]
    if not verbs or len(verbs) != len(reads.get(words[i][2].lower(), ())) or \
            not all(r.tags[2:4] == ("p3", "pl") for r in verbs):
        return None
    return first_plural(words[i][2])


def _relative_verb(words: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                   i: int) -> str | None:
    """The generator's input for verb ``i`` in the third person plural, after "qui" whose
    antecedent is a plural noun ("des enfants qui a besoin" -> "qui ont besoin")."""
    verbs = [r for r in reads.get(words[i][2].lower(), ())
             if r.tags[:1] and r.tags[0].startswith("vb") and len(r.tags) > 3
             and r.tags[1] in _FINITE]
    allr = [r for r in reads.get(words[i][2].lower(), ())
            if not (folded(words[i][2]) in ("est", "a") and not r.tags[0].startswith("vb"))]
    # "habite" is a first person too: after a noun and "qui" it is the third.
    verbs = [r for r in verbs if r.tags[2:4] == ("p3", "sg")]
    if not verbs or any(r.tags[0].startswith("vb") and "pl" in r.tags for r in allr) or any(
            not r.tags[0].startswith("vb") for r in allr):
        return None
    q = i - 1
    while q > 0 and folded(words[q][2]) in ("ne", "n'", "le", "la", "les", "l'", "lui", "leur",
                                            "y", "en", "se", "s'", "nous", "vous"):
        q -= 1
    if q < 2 or folded(words[q][2]) != "qui":
        return None
    n = q - 1
    while n > 0 and any(r.tags[:1] == ("adj",) for r in reads.get(words[n][2].lower(), ())) \
            and not any(r.tags[:1] == ("n",) for r in reads.get(words[n][2].lower(), ())):
        n -= 1
    nouns = [r for r in reads.get(words[n][2].lower(), ()) if r.tags[:1] in (("n",), ("adj",))]
    if not any(r.tags[:1] == ("n",) for r in nouns) or \
            len(nouns) != len(reads.get(words[n][2].lower(), ())) or \
            any(r.number != "pl" for r in nouns) or words[n][2][:1].isupper():
        return None
    r = verbs[0]
    return f"^{r.lemma}<{r.tags[0]}><{r.tags[1]}><p3><pl>$"


def _plural_adjective(reads: Sequence[Reading]) -> str | None:
    """The generator's input for a singular adjective (or participle) in the plural."""
    if not reads or not all(r.pos in ("adj", "pp") and r.number == "sg" for r in reads):
        return None
    r = reads[0]
    head = f"{r.tags[0]}><pp" if r.pos == "pp" else "adj"
    return f"^{r.lemma}<{head}><{'m' if r.gender == 'mf' else r.gender}><pl>$"


def turns(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the speech rules of this module applied (its English source
    beside it); one exchange with the analyser and one with the generator for all."""
    rules: tuple[Callable[[str, str], str], ...] = (
        imperatives, thanks, greetings, questions, lone_you, hope, first_person_modal, hope_you,
        say_so, stage_directions, addresses)
    done = []
    for source, text in zip(sources, texts, strict=True):
        for rule in rules:
            text = rule(source, text)
        done.append(just_after(text))
    texts = done
    spans = [[(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(t)] for t in texts]
    reads = readings(sorted({w.lower() for ss in spans for _, _, w in ss
                             if w[:1].isalpha()}))
    if not reads:
        return texts
    wanted = {(k, i): g for k, ss in enumerate(spans) for i in range(len(ss))
              if (g := _plural_verb(ss, reads, i) or _relative_verb(ss, reads, i)) is not None}
    for (k, i), g in list(wanted.items()):
        if g.startswith("^être<") and g.endswith("<pl>$") and i + 1 < len(spans[k]):
            adj = _plural_adjective(reads.get(spans[k][i + 1][2].lower(), ()))
            if adj is not None:  # "qui sont vital" -> "qui sont vitaux"
                wanted[(k, i + 1)] = adj
    forms = generate(sorted(set(wanted.values())))
    out = []
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        fixes = [(spans[k][i][0], spans[k][i][1], forms[g]) for (kk, i), g in wanted.items()
                 if kk == k and g in forms]
        for start, end, new in sorted(fixes, reverse=True):
            text = text[:start] + new + text[end:]
        spans_k = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
        for i in reversed(range(len(spans_k))):
            new_verb = _we_verb(spans_k, reads, i)
            if new_verb is not None:
                text = text[:spans_k[i][0]] + new_verb + text[spans_k[i][1]:]
        out.append(_with_subject(text, source, reads))
    return out
