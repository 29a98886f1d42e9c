"""*You* the pivot dropped: "vous" and the verb in its person given back.

Catalan drops the subject pronoun, and eng-cat reads some *you* as the familiar "tu" with no
pronoun written ("saps"); ``cat-fra`` gives a verb in the second person singular with no
subject: *you probably know about this* came out "probablement sais sur cela", *as you
know* "comme sais". ``speech_vous`` says a written "tu" "vous" and ``subjects.you_subjects``
puts a verb after "vous" in its person; a verb with no subject at all is left to this
module. A finite verb with a reading in the second person singular (present, imperfect,
future, conditional: "sais", "as", "pouvais", "pourras") that opens a clause (at the
start, after a comma, "que", "si", "comme", "quand", "et", "mais"... or after one adverb
there, its clitics aside) and has no subject before it gets "vous", and the verb the
second person plural, an adverb before it put after it ("vous savez probablement",
"comme vous le savez"): the record
addresses people with "vous" (Grevisse, *Le Bon Usage*, § 655).

Guards: only where the English has as many *you* opening a clause as the French has such
verbs (after ``CLAUSE_OPEN_EN``: *that you*, *, you*, *if you*...), never in a sentence with a
quotation (words to a child keep "tu"), never an imperative (no subject there: French
"sachez" is another form, left alone), never a verb written with a capital inside the
text (a name), nor a word that is also a noun or an adjective with no verb's person
("as", *ace*, is an auxiliary before a participle only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import Reading, generate, readings

# French words (hyphened, with an elided apostrophe) and punctuation; ``subjects`` reads them too.
TOKEN = re.compile(r"[\wàâçéèêëîïôûùüÿœæÀ-Ý]+(?:-[\wàâçéèêëîïôûùüÿœæÀ-Ý]+)*['’]?|[^\w\s]")
_QUOTED_EN = re.compile(r"[“”\"«»]")
# What opens an English clause before its subject: its start, a comma or a dash, a
# conjunction, or a verb or adjective whose *that* the English leaves out (*I am sure you
# are*); ``subjects`` reads *you* and *we* after it too.
CLAUSE_OPEN_EN = (r"(?:^|[,;:–—]\s*|\b(?:that|and|if|when|as|since|because|but|so|what|"
                  r"where|how|why|whether|unless|while|once|sure|certain|confident|"
                  r"convinced|hope|think|believe|know|trust|expect|glad|aware)\s+)")
# *you* opening a clause (an adverb may come between: *you probably know*).
_YOU_EN = re.compile(CLAUSE_OPEN_EN + r"you\s+(?!all\b|both\b|and\b|or\b|,)", re.IGNORECASE)
_I_EN = re.compile(r"\bI\b")
_JE = re.compile(r"(?<![\w’'-])[Jj](?:e\b|['’])")
# *as I am sure you know*: the pivot leaves out "que" after these ("je suis sûr sais").
_SURE = frozenset(("sûr", "sûre", "sûrs", "sûres", "certain", "certaine", "certains",
                   "certaines", "convaincu", "convaincue", "convaincus", "convaincues"))
_CLITICS = frozenset(("ne", "n'", "le", "la", "les", "l'", "lui", "leur", "y", "en", "me",
                      "m'", "nous"))
_OPENERS = frozenset((",", ";", ":", "–", "—", "(", "où", "pourquoi", "que", "qu'", "quand",
                      "si", "comme", "lorsque", "lorsqu'", "puisque", "puisqu'", "car", "et",
                      "mais", "ou", "donc", "comment", *_SURE))
# Adverbial locutions that may stand between the opener and the verb (*as you have rightly
# pointed out*: "comme à juste titre as souligné").
_LOCUTIONS = (("à", "juste", "titre"), ("sans", "doute"), ("bien", "sûr"), ("à", "nouveau"),
              ("de", "nouveau"))
_FINITE = ("pri", "pii", "fti", "cni")
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")


def _second_singular(reads: Sequence[Reading]) -> Reading | None:
    """The verb's second person singular reading, where every reading is a finite verb
    (or, for an auxiliary, whatever else it reads: "as", also *ace*)."""
    second = [r for r in reads if r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
              and r.tags[1] in _FINITE and r.tags[2:4] == ("p2", "sg")]
    if not second:
        return None
    verbs = all(r.tags[:1] and r.tags[0] in _VERB for r in reads)
    if not verbs and not any(r.tags[0] in ("vbhaver", "vbser") for r in second):
        return None
    return second[0]


def _opens(toks: list[str], reads: dict[str, tuple[Reading, ...]], k: int) -> int | None:
    """Where the clause opened by token ``k`` (the verb's first clitic, or the verb) starts:
    ``k`` first or after an opener; the adverb's index where one adverb (or an adverbial
    locution: "à juste titre", "de façon décidée") comes between; None where the verb
    does not open a clause."""
    if k == 0 or folded(toks[k - 1]) in _OPENERS:
        return k
    words = [folded(t) for t in toks[:k]]
    for locution in _LOCUTIONS:
        n = len(locution)
        if tuple(words[-n:]) == locution and (k == n or words[k - n - 1] in _OPENERS):
            return k - n
    if k >= 3 and words[k - 3] == "de" and words[k - 2] in ("facon", "façon", "maniere",
                                                            "manière") and any(
            r.pos == "adj" for r in reads.get(toks[k - 1].lower(), ())) and (
            k == 3 or words[k - 4] in _OPENERS):
        # "De façon décidée dois couper" -> "De façon décidée vous devez couper": left
        # first (after the verb, the frame rules read "décidée" + infinitive as "de")
        return k
    before = reads.get(toks[k - 1].lower(), ())
    if not before or not all(r.pos == "adv" for r in before) or \
            folded(toks[k - 1]) in ("ne", "pas", "plus", "jamais"):
        return None
    return k - 1 if k == 1 or folded(toks[k - 2]) in _OPENERS else None


def dropped_you(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "probablement sais sur cela" -> "vous savez probablement sur cela" where the English
    says *you probably know about this* (see the module's doc)."""
    todo = {k: n for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if not _QUOTED_EN.search(s) and (n := len(_YOU_EN.findall(s)))}
    if not todo:
        return list(texts)
    toks = {k: [m.group(0) for m in TOKEN.finditer(texts[k])] for k in todo}
    spans = {k: [m.span() for m in TOKEN.finditer(texts[k])] for k in todo}
    reads = readings(sorted({w.lower() for k in todo for w in toks[k] if w[:1].isalpha()}))
    found: dict[int, list[tuple[int, int, str, int]]] = {}
    for k, count in todo.items():
        ts, gaps = toks[k], []
        for i, word in enumerate(ts):
            verb = _second_singular(reads.get(word.lower(), ()))
            if verb is None or (i and word[:1].isupper()) or (
                    len(_I_EN.findall(sources[k])) > len(_JE.findall(texts[k]))
                    and any(r.tags[2:4] == ("p1", "sg") for r in reads.get(word.lower(), ()))):
                continue  # "sais" is also *I know*: not where an *I* may be the one dropped
            j = i
            while j > 0 and folded(ts[j - 1]) in _CLITICS:
                j -= 1
            if (a := _opens(ts, reads, j)) is not None:
                key = f"^{verb.lemma}<{verb.tags[0]}><{verb.tags[1]}><p2><pl>$"
                gaps.append((j, i, key, a))
        if gaps and len(gaps) <= count:
            found[k] = gaps
    forms = generate(sorted({key for gaps in found.values() for _, _, key, _ in gaps}))
    out = list(texts)
    for k, gaps in found.items():
        text = texts[k]
        for j, i, key, a in sorted(gaps, reverse=True):
            if key not in forms:
                continue
            start, end = spans[k][i]
            text = text[:start] + forms[key] + text[end:]
            at = spans[k][j][0]
            if a < j:
                # "probablement sais" -> "vous savez probablement": the adverb after the
                # verb, as French puts it (Grevisse § 971)
                adverb = (spans[k][a][0], spans[k][j - 1][1])
                verb_end = start + len(forms[key])
                text = (text[:adverb[0]] + text[at:verb_end] + " "
                        + text[adverb[0]:adverb[1]].lower() + text[verb_end:])
                at = adverb[0]
            vous = "Vous " if at == 0 else "vous "
            rest = text[at:]
            if at == 0 and rest[:1].isupper() and rest[1:2].islower():
                rest = rest[:1].lower() + rest[1:]
            before = text[:at]
            if before.endswith(("qu'", "qu’")):
                before = before[:-1] + "e "  # "qu'as" -> "que vous avez"
            elif a and folded(toks[k][a - 1]) in _SURE:
                vous = "que " + vous  # "je suis sûr sais" -> "je suis sûr que vous savez"
            text = before + vous + rest
        out[k] = text
    return out
