"""The second verb of a plural subject, joined by *and*, in the plural as the first.

English says a subject once for two verbs: "the leaders reaffirmed their intention ... and
also discussed", "those who defeated Nazism and won a victory". The Catalan pivot writes the
second verb with its own third person singular when an adverb or a long object stands
between ("ont réaffirmé leur intention ... et a aussi parlé", "ceux qui ont battu le nazisme
et a vaincu"); ``sourced.and_verb`` mends only the "et il a" it writes when nothing stands
between, and ``coordination`` leaves a compound tense after "et" alone unless its subject is
*I*, *we* or *you*. Here an "a"/"avait" after "et" (adverbs and "n'" may stand around it)
before a participle takes the number of the clause's nearest finite verb before "et" when
that verb is the plural "ont"/"avaient": "et ont aussi parlé", or the person of that
verb's subject "nous", "vous", "je" ("Nous savons ça et a parlé" -> "et avons parlé",
*we know ... and have discussed*). An "est"/"était" there ("Ils ont agi ... et s'est
responsabilisé", "Nous apprécions ça et est posé") takes the person too, with its reflexive
and, for a plural, its participle: "et se sont responsabilisés", "et sommes posés".
Earlier items of the same list ("ont travaillé en Russie, a localisé ..., et a porté") go
with it. A present after a list ("Nos guerriers
suivent ..., les traditions de valeur, et démontre", *and demonstrate*) or the pivot's
infinitive there ("et les vendre", *and sell them*) takes the third person plural of the
sentence's nearest verb before it (``present_after_list``), where the English verb after
*and* is a bare form. Not after a
relative's verb when the clause has a finite verb before the relative (*the minister thanked
those who took part and stressed*: "a remercié ceux qui ont participé et a souligné", the
minister's), nor where the English has no *and* before a verb without a subject of its own;
never more times than the English has such an *and*. Readings from Apertium's French
dictionary (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR_TENSES, ETRE_TENSES, ETRE_THIRD, THIRD, avoir, etre
from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, put_forms, tokens_and_readings

_TOKEN = clause_tokens()
# English *and*, adverbs, then a word that is no subject or article of a clause of its own.
_AND_EN = re.compile(r"\band\s+(?:(?:also|then|later|subsequently|again|even|\w+ly)\s+)*"
                     r"(?!(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your|"
                     r"we|i|you|they|he|she|it|there|some|many|all|each|other|others|more|"
                     r"most|both|several|few|none|one|two|three|"
                     r"to|of|in|on|at|for|with|by|from|not|so|as)\b)[a-z]+\b")
_PLURAL = avoir("present", "imperfect", persons=("3pl",)) | etre(
    "present", "imperfect", persons=("3pl",))
# "a"/"avait"/"est"/"était" after "et" -> its form for each person and number.
_FORMS = {forms[2]: {"p3pl": forms[5], "p1pl": forms[3], "p2pl": forms[4], "p1sg": forms[0]}
          for forms in (AVOIR_TENSES["present"], AVOIR_TENSES["imperfect"],
                        ETRE_TENSES["present"], ETRE_TENSES["imperfect"])}
_SINGULAR = frozenset(_FORMS)
# The reflexive "s'" before the auxiliary, in each person ("et s'est" -> "et se sont",
# "et nous sommes").
_REFLEXIVE = {"p3pl": "se ", "p1pl": "nous ", "p2pl": "vous ", "p1sg": "me "}
_FINITE = avoir("present", "imperfect", "future", persons=THIRD) | etre(
    "present", "imperfect", "future", persons=THIRD) | {"fut", "furent", "va", "vont", "doit",
                                                         "doivent", "peut", "peuvent"}
_BOUNDARY = frozenset((".", "!", "?", ";", ":", "«", "»", "(", ")", "“", "”", "–", "—",
                       "mais", "car", "si", "quand", "lorsque", "lorsqu'", "puisque"))
_ETRE = ETRE_THIRD | etre("subjunctive", persons=THIRD) | {"être", "été"}
_OBJECTS = frozenset(("l'", "le", "la", "les", "lui", "leur", "y", "en"))
_RELATIVE = frozenset(("qui", "que", "qu'", "dont", "où"))
_ADVERBS = frozenset(("aussi", "également", "ensuite", "puis", "déjà", "encore", "toujours",
                      "pas", "jamais", "plus", "ne", "n'", "bien", "enfin", "même"))


def _adverb(word: str) -> bool:
    w = folded(word)
    return w in _ADVERBS or (w.endswith("ment") and len(w) > 6)


def _participle(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    return any(r.pos == "pp" for r in reads.get(word.lower(), ()))


def _aux_after(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """The index of "a"/"avait" after the word at ``i`` past adverbs, when a participle
    follows it (past adverbs); None otherwise."""
    j = i + 1
    while j < len(toks) and (_adverb(toks[j][2]) or folded(toks[j][2]) in _OBJECTS):
        j += 1  # "et a aussi", "et l'a"
    if j + 1 < len(toks) and folded(toks[j][2]) in ("s'", "se") and \
            folded(toks[j + 1][2]) in ("est", "était"):
        j += 1  # "et s'est responsabilisé"
    return j if j < len(toks) and folded(toks[j][2]) in _SINGULAR else None


# A subject pronoun before a finite verb -> (its person and number, the English pronoun,
# its key in ``_FORMS``).
_PERSONS = {"nous": (("p1", "pl"), "we", "p1pl"),
            "vous": (("p2", "pl"), "you", "p2pl"),
            "je": (("p1", "sg"), "i", "p1sg"),
            "j'": (("p1", "sg"), "i", "p1sg")}
_CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "me",
                      "m'", "te", "t'", "se", "s'", "nous", "vous"))
_TENSES = ("pri", "pii", "fti", "cni", "ifi")


def pronoun_subject(toks: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             k: int) -> str | None:
    """The subject pronoun ("nous", "vous", "je") of a finite verb at ``k``, the leftmost of
    the pronouns and clitics before it ("Nous vous remercions"), when the verb has its
    person; None otherwise."""
    j, found = k - 1, None
    while j >= 0 and folded(toks[j][2]) in _CLITICS | set(_PERSONS):
        if folded(toks[j][2]) in _PERSONS:
            found = folded(toks[j][2])
        j -= 1
    if found is None or not any(
            r.tags[:1] and r.tags[0].startswith("vb") and r.tags[1:2] and
            r.tags[1] in _TENSES and tuple(r.tags[2:4]) == _PERSONS[found][0]
            for r in reads.get(toks[k][2].lower(), ())):
        return None
    return found


def _auxiliary(toks: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
               et: int, source: str, edits: dict[int, str]) -> str | None:
    """The person and number (a key of ``_FORMS``) the auxiliary after ``et`` takes: the
    third plural when the nearest finite verb before ``et`` in its clause is "ont",
    "sont", "avaient", "étaient" (not a relative's verb after a finite verb of the clause;
    an auxiliary already mended in ``edits`` counts as mended), the person of a verb whose
    subject is "nous", "vous" or "je" (and the English has *we*, *you*, *I*); None
    otherwise."""
    for k in range(et - 1, -1, -1):
        w = folded(edits.get(k, toks[k][2]))
        if w in _BOUNDARY or (w in _RELATIVE and k > 0 and toks[k - 1][2] == ","):
            return None  # ", qui a parlé ... et a dit": the relative's
        if w in _SINGULAR and k > 0 and toks[k - 1][2] == ",":
            continue  # an earlier item of a list of verbs: ", a localisé ..., et a porté"
        subject = pronoun_subject(toks, reads, k)
        if subject is not None:
            _, english, key = _PERSONS[subject]
            return key if re.search(rf"\b{english}\b", source, re.IGNORECASE) \
                else None
        if w in _FINITE or w in _PLURAL:
            if w not in _PLURAL:
                return None
            j = k - 1
            while j >= 0 and _adverb(toks[j][2]):
                j -= 1
            if j >= 0 and folded(toks[j][2]) in _RELATIVE:
                # "ceux qui ont battu ... et a vaincu" opening the clause: theirs; "a
                # remercié ceux qui ont participé et a souligné": the minister's, whose
                # verb is in the third person singular too ("nous rendons hommage à ceux
                # qui ont combattu et a défendu": the relative's)
                for m in range(j - 1, -1, -1):
                    x = folded(toks[m][2])
                    if x in _BOUNDARY:
                        break
                    if _finite(x, reads):
                        if x in _FINITE or any(tuple(r.tags[2:4]) == ("p3", "sg")
                                               for r in reads.get(x, ())):
                            return None
                        break
            return "p3pl"
        if _finite(w, reads):
            return None  # another finite verb, of a subject not read here
        if k > 0 and k - 1 not in edits and folded(toks[k - 1][2]) in _ETRE and \
                _participle(w, reads):
            return None  # "besoin d'être développée et a appuyé" (*developed and supported*)
        if any(r.tags[1:2] == ("inf",) for r in reads.get(w, ())) and not any(
                r.pos == "n" for r in reads.get(w, ())):
            j = k - 1
            while j >= 0 and folded(toks[j][2]) in _CLITICS:
                j -= 1
            if j < 0 or folded(toks[j][2]) not in ("de", "d'", "à", "pour", "sans", "afin"):
                # "devons le faire ... et a mis" (*must do and set*): the infinitive's, not
                # "leur intention de renforcer des liens et a parlé"
                return None
    return None


def _finite(word: str, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """An auxiliary, or a word read only as a finite verb (not a noun, an adjective...)."""
    got = reads.get(word, ())
    return word in _FINITE or (any(
        r.tags[:1] and r.tags[0].startswith("vb") and r.tags[1:2] and r.tags[1] in _TENSES
        for r in got) and not any(r.pos in ("n", "adj", "det", "pr", "prn", "adv", "pp")
                                  for r in got))


# *have* after a relative clause between commas ("The stations, which opened today, have
# 57 platforms"): the tagger reads an imperative, the pivot a subjunctive ("aies"); the
# subject before the relative is a third person plural ("ont").
_HAVE_AFTER_EN = re.compile(r",\s+(?:which|who)\b[^,.;:]*,\s+have\b", re.IGNORECASE)
_AIES = re.compile(r"(?<=, )(?:aies|aie)(?![\w’'-])")


def have_after_relative(source: str, french: str) -> str:
    """ "Les gares, qui ont été ouvertes, aies 57 quais" -> ", ont 57 quais"."""
    count = len(_HAVE_AFTER_EN.findall(source))
    return _AIES.sub("ont", french, count=count) if count and ", ai" in french else french


# *and* + a verb's bare form after a list (*Our warriors keep faith with the traditions of
# our Army and Navy, the traditions of valour, and demonstrate mastery*): the pivot writes
# the verb after "et" in the third person singular ("et démontre"); a bare English verb
# there is a plural subject's (or a first or second person's, which French shows anyway).
_AND_BARE_EN = re.compile(r"\band\s+(?:(?:also|then|\w+ly)\s+)?([a-z]+)\b")
_NOT_BARE = frozenset(("the", "a", "an", "this", "that", "these", "those", "its", "their",
                       "our", "his", "her", "my", "your", "we", "i", "you", "they", "he",
                       "she", "it", "there", "some", "many", "all", "each", "other", "more",
                       "most", "both", "to", "of", "in", "on", "at", "for", "with", "by",
                       "from", "not", "so", "as", "also", "then", "other", "others", "now",
                       "be", "have", "do", "will", "would", "can", "could", "should", "must",
                       "may", "might", "one", "two", "three", "new", "further", "even",
                       "other", "well", "how", "what", "which", "who", "when", "where",
                       "why", "if", "every", "no", "any", "such", "only", "just", "again",
                       # irregular pasts, no bare forms
                       "made", "took", "held", "won", "gave", "said", "met", "led",
                       "brought", "built", "sent", "spent", "kept", "left", "found", "felt",
                       "thought", "told", "became", "began", "came", "went", "saw", "knew",
                       "grew", "paid", "sold", "bought", "taught", "fought", "struck",
                       "wrote", "spoke", "chose", "drew", "rose", "stood", "understood",
                       "was", "were", "had", "did"))
_MODALS = frozenset(("pouvoir", "devoir", "vouloir", "aller", "savoir", "falloir"))
_SENTENCE = frozenset((".", "!", "?", ";", ":", "«", "»", "(", ")", "“", "”", "–", "—"))


def _bare_count(source: str) -> int:
    return sum(1 for m in _AND_BARE_EN.finditer(source)
               if m.group(1).lower() not in _NOT_BARE
               and not m.group(1).lower().endswith(("s", "ed", "ing", "ly")))


def _verb_reads(word: str, reads: dict[str, tuple[Reading, ...]]) -> tuple[Reading, ...]:
    got = reads.get(word.lower(), ())
    return got if got and all(r.tags[:1] and r.tags[0].startswith("vb") for r in got) else ()


def _plural_present(ts: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
                    et: int) -> bool:
    """Whether the sentence's nearest verb before ``et`` (past commas: a list) is a present
    in the third person plural, not a relative's."""
    for k in range(et - 1, -1, -1):
        if ts[k][2] in _SENTENCE:
            return False
        got = _verb_reads(ts[k][2], reads)
        if not got:
            continue
        j = k - 1
        while j >= 0 and folded(ts[j][2]) in _CLITICS:
            j -= 1
        return any(r.tags[1:4] == ("pri", "p3", "pl") and r.lemma not in _MODALS
                   for r in got) and not (j >= 0 and folded(ts[j][2]) in _RELATIVE)
    return False


def present_after_list(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Nos guerriers suivent ..., les traditions de valeur, et démontre" -> "et
    démontrent": see ``_AND_BARE_EN``; as many times as the English has *and* + a bare
    verb."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if " et " in t and _bare_count(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    wanted: dict[int, dict[int, str]] = {}
    for k in todo:
        ts, count = toks[k], _bare_count(sources[k])
        for i, (_, _, w) in enumerate(ts):
            if w != "et" or i + 1 >= len(ts) or len(wanted.get(k, {})) >= count:
                continue
            j = i + 1
            while j < len(ts) - 1 and (_adverb(ts[j][2]) or folded(ts[j][2]) in _OBJECTS):
                j += 1
            got = _verb_reads(ts[j][2], reads)
            # "et démontre", or the pivot's infinitive "et les vendre"
            third = [r for r in got if r.tags[1:4] == ("pri", "p3", "sg")] or [
                r for r in got if r.tags[1:2] == ("inf",) and len(got) == 1]
            if not third or any(r.tags[1:2] == ("pp",) or r.tags[0] in ("vbhaver", "vbser")
                                for r in got) or \
                    ts[j][2][:1].isupper() or not _plural_present(ts, reads, i):
                continue
            r = third[0]
            wanted.setdefault(k, {})[j] = f"^{r.lemma}<{r.tags[0]}><pri><p3><pl>$"
    return put_forms(texts, wanted,
                     {k: [(start, end) for start, end, _ in toks[k]] for k in wanted})


_DETERMINERS = frozenset(("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'",
                          "sa", "son", "ses", "leur", "leurs", "nos", "vos"))


def _mend(ts: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]], a: int,
          key: str, edits: dict[int, str]) -> None:
    """Put the auxiliary at ``a`` in the person ``key`` into ``edits``; with "être" its
    reflexive "s'" too ("et se sont", "et nous sommes") and, for a plural, its participle
    ("et sont posés"; "se sont fixé des buts", whose object follows, keeps its form; *you*
    may be one person: "vous êtes posé" keeps it)."""
    aux = folded(ts[a][2])
    form = _FORMS[aux][key]
    edits[a] = form
    if aux not in ("est", "était"):
        return
    reflexive = a > 0 and folded(ts[a - 1][2]) in ("s'", "se")
    if reflexive:
        pronoun = "m'" if key == "p1sg" and form[:1] in "éae" else _REFLEXIVE[key]
        edits[a - 1] = pronoun.rstrip() if folded(ts[a - 1][2]) == "se" else pronoun
    p = a + 1
    while p < len(ts) and _adverb(ts[p][2]):
        p += 1
    if key not in ("p3pl", "p1pl") or p >= len(ts) or not _participle(ts[p][2], reads):
        return
    word = ts[p][2]
    if word.endswith(("s", "x")) or (reflexive and p + 1 < len(ts) and
                                     folded(ts[p + 1][2]) in _DETERMINERS):
        return
    edits[p] = word + "s"


def second_verbs(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with "et a PARTICIPLE" in the plural after a plural compound verb
    of its clause (see above), and ``have_after_relative``; one exchange with the analyser
    for all texts."""
    texts = present_after_list(sources, [have_after_relative(s, t) for s, t in zip(
        sources, texts, strict=True)])
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _AND_EN.search(s) and re.search(r"\bet .{0,40}?(?<![\w-])(?:a|avait|est|était) ", t)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    out = list(texts)
    for k in todo:
        ts = toks[k]
        count = len(_AND_EN.findall(sources[k]))
        edits: dict[int, str] = {}
        for i, (_, _, w) in enumerate(ts):
            if w != "et" or count <= 0:
                continue
            a = _aux_after(ts, i)
            if a is None:
                continue
            p = a + 1
            while p < len(ts) and _adverb(ts[p][2]):
                p += 1
            if p >= len(ts) or not _participle(ts[p][2], reads) or folded(ts[p][2]) == "été":
                continue  # "et a été livré": a passive, whose participle would agree too
            key = _auxiliary(ts, reads, i, sources[k], edits)
            if key is None:
                continue
            count -= 1
            _mend(ts, reads, a, key, edits)
            # the list's earlier items: ", a localisé ..., et a porté"
            for c in range(i - 1, -1, -1):
                w2 = folded(ts[c][2])
                if w2 in _BOUNDARY or (w2 in _FINITE and w2 not in _SINGULAR):
                    break
                if w2 == "," and (b := _aux_after(ts, c)) is not None and b + 1 < len(ts) \
                        and _participle(ts[b + 1][2], reads) and \
                        folded(ts[b][2]) == folded(ts[a][2]):
                    _mend(ts, reads, b, key, edits)
        text = texts[k]
        for a in sorted(edits, reverse=True):
            start, end, _ = ts[a]
            text = text[:start] + edits[a] + text[end:]
        out[k] = text
    return out
