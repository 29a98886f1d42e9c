"""*You* the Catalan pivot dropped, given back in the Catalan before ``cat-fra``.

eng-cat says a subject *you* with the familiar verb and, Catalan being a pro-drop language,
no pronoun: *You often ask about* "Sovint preguntes sobre", *I know that you have* "Sé que
tens", *Naturally, you deal with* "Naturalment, tractes". Where the verb's form is also a
noun or an adjective, ``cat-fra``'s tagger, with no "tu" before it, reads that instead
("preguntes", questions; "tens", tense; "tractes", deals): "Questions souvent sur", "Je
sais que tendu", "Naturellement, marchés toutes classes". Here such a verb in the second
person singular opening a clause gets its "tu" back (Catalan may always write its subject
pronoun: Institut d'Estudis Catalans, *Gramàtica essencial de la llengua catalana*, on the
null subject), an adverb before it put after it as French puts it (Grevisse § 971), so
that ``cat-fra`` reads a verb ("Tu demandes souvent sur", "que tu as"); ``speech_vous``
then says it "vous" in the second person plural. A verb that is only a verb is read as
one: ``dropped_you`` gives its subject back after the engine. *you would like to* + a verb,
which eng-cat says "t'agradaria" (cat-fra: "te plairait"), is said "tu voldries" as Catalan
also says it (``postedit_fr.json`` "catalan_phrases").

Guards: only where the English sentence has as many *you* opening a clause (``dropped_you``'s
openers) as the Catalan has such verbs, and as many *you* (not a preposition's object) as
those verbs and the "tu" it has; never in a sentence with a quotation (``speech_vous``
keeps a quoted "tu"); only right after a comma, a conjunction or a relative of a clause
(not "i", "o": a noun follows them far more often), the sentence's start, or one adverb
there ("Sovint preguntes", "que tens"; never "les mesures", "de reformes"); never before an
adjective ("forces especials", the noun's plural), never "pots", "vas" + an infinitive
(*can*, the past), which cat-fra reads well, nor a word with a capital inside the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.dropped_you import CLAUSE_OPEN_EN
from daybook.translate.processes import remembered_readings

# Catalan words (with an elided apostrophe, Apertium's marks before an unknown word) and
# punctuation.
_TOKEN = re.compile(r"[#*@]?[\wÀ-ÿ·]+(?:-[\wÀ-ÿ·]+)*['’]?|[^\w\s]")
_QUOTED_EN = re.compile(r"[“”\"«»]")
# *you* that is no preposition's object (*for you*, *with you*, *thank you*).
_YOU_EN = re.compile(r"(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bfrom )(?<!\bof )(?<!\babout )"
                     r"(?<!\bon )(?<!\bat )(?<!\bby )(?<!\bthan )(?<!\blike )(?<!\bthank )"
                     r"(?<!\bamong )(?<!\bwithout )(?<!\bagainst )\byou\b(?!['’])",
                     re.IGNORECASE)
# What may open a Catalan clause before its verb (not "i", "o": a noun follows them
# more often than a clause whose subject was dropped).
_OPENERS = frozenset((",", ";", ":", "–", "—", "(", "que", "però", "si", "com", "quan", "on",
                      "perquè", "mentre", "doncs", "ja", "quin", "quina", "quins", "quines",
                      "què"))
_TU = re.compile(r"(?<![\w'’-])(?:[Tt]u|[Vv]ostè)(?![\w'’-])")
_SECOND = re.compile(r"<(?:vblex|vbser|vbhaver|vbmod)><(?:pri|prs|pii|pis|fti|cni|ifi)>"
                     r"<p2><sg>")
_VERB = re.compile(r"<(?:vblex|vbser|vbhaver|vbmod)>")
# Auxiliaries cat-fra reads well before their infinitive: *can* "pots", the past "vas".
_AUXILIARIES = ("poder<", "anar<")
# *you* after a conjunction or a relative, which eng-cat may read as an object.
_THAT_YOU_EN = re.compile(r"\b(?:that|what|if|as|when)\s+you\b(?!\s*(?:all|both|and|or|,)\b)",
                          re.IGNORECASE)
# ... written "et"/"t'" after "que" (*that you have worked*: "que t'ha treballat").
_OBJECT_YOU = re.compile(r"(?<![\w'’-])(que|què|si|com|quan) (et |t['’]|te['’](m|ns|ls|l|n|hi) )"
                         r"([\wÀ-ÿ·]+)")
# "te'm" (*you* ... *me*) -> "vostè em": the clitic after it written whole.
_AFTER_TE = {"m": "em ", "ns": "ens ", "ls": "els ", "l": "el ", "n": "en ", "hi": "hi "}
_THIRD = re.compile(r"<(?:vblex|vbser|vbhaver|vbmod)><(?:pri|pii|fti|cni|ifi)><p3><sg>")
# *you* opening a clause (``dropped_you``'s openers): the subject of a verb there.
_OPENING_YOU_EN = re.compile(CLAUSE_OPEN_EN + r"you\s+(?!all\b|both\b|and\b|or\b|,)",
                             re.IGNORECASE)


def _bare(word: str) -> str:
    return word.lstrip("#*@").lower().replace("’", "'")


def _opens(toks: list[str], reads: dict[str, tuple[str, ...]], k: int) -> int | None:
    """Where the clause whose verb (or first clitic) is token ``k`` opens: ``k`` at the
    start or after an opener, the adverb's index where one adverb comes between; None."""
    if k == 0 or _bare(toks[k - 1]) in _OPENERS:
        return k
    before = reads.get(_bare(toks[k - 1]), ())
    if before and all(r.split("<", 1)[1].startswith("adv>") for r in before) and (
            k == 1 or _bare(toks[k - 2]) in _OPENERS):
        return k - 1
    return None


def _gap(ts: list[str], reads: dict[str, tuple[str, ...]], i: int) -> int | None:
    """Where "tu" goes before the verb at ``i``, or None: a verb that is also a noun or
    an adjective (a verb only is read as one: ``dropped_you`` gives its subject back),
    right after a clause's opener or one adverb there (the adverb's index then), and not
    before an adjective ("forces especials" is the noun's plural)."""
    got = reads.get(_bare(ts[i]), ())
    if all(_VERB.search(r) for r in got) or any(r.startswith(_AUXILIARIES) for r in got):
        return None  # "pots" + infinitive, "vas" + infinitive (a past): read well
    after = reads.get(_bare(ts[i + 1]), ()) if i + 1 < len(ts) else ()
    if after and all(r.split("<", 1)[1].startswith("adj>") for r in after):
        return None
    return _opens(ts, reads, i)


def _subject_vostè(source: str, catalan: str, reads: dict[str, tuple[str, ...]]) -> str:
    """ "Sé que t'ha treballat" -> "Sé que vostè ha treballat" (*I know that you have
    worked*): after "que", "si", "com", "quan" eng-cat's tagger reads *you* as an object
    ("et", "t'", "te'm": "que te'm dirà" -> "que vostè em dirà") before a verb in the
    third person; "vostè", the polite *you*, takes that
    verb as it is (cat-fra: "que vous a travaillé", which ``subjects.you_subjects`` puts
    in the second person plural). As many times as the English has *that/if/as/when you*
    and no more; not "t'agradaria" (*you would like*: "tu voldries", below), nor "t'està"
    + a gerund (*you are making*), whose "que vous faites" cat-fra writes itself."""
    found = [m for m in _OBJECT_YOU.finditer(catalan)
             if any(_THIRD.search(r) and not r.startswith(("agradar<", "estar<"))
                    for r in reads.get(_bare(m.group(4)), ()))]
    if not found or len(found) > len(_THAT_YOU_EN.findall(source)):
        return catalan
    for m in reversed(found):
        catalan = (catalan[:m.start(2)] + "vostè " + _AFTER_TE.get(m.group(3) or "", "")
                   + catalan[m.end(2):])
    return catalan


def given_tu(mode: str, sources: Sequence[str], catalan: Sequence[str]) -> list[str]:
    """ "Sovint preguntes sobre" -> "Tu preguntes sovint sobre" (*You often ask about*),
    "Sé que tens" -> "Sé que tu tens", for the Catalan about to go through ``mode``
    (``cat-fra`` only; see the module's doc)."""
    if mode != "cat-fra":
        return list(catalan)
    todo = {k: n for k, (s, c) in enumerate(zip(sources, catalan, strict=True))
            if not _QUOTED_EN.search(s) and (n := len(_YOU_EN.findall(s)))}
    if not todo:
        return list(catalan)
    toks = {k: [m.group(0) for m in _TOKEN.finditer(catalan[k])] for k in todo}
    reads = remembered_readings(sorted({_bare(t) for k in todo for t in toks[k]
                                        if t[:1].isalpha()}), "cat-fra")
    out = list(catalan)
    for k, count in todo.items():
        if "t" in catalan[k]:
            out[k] = _subject_vostè(sources[k], catalan[k], reads)
        ts, gaps = [m.group(0) for m in _TOKEN.finditer(out[k])], []
        for i, word in enumerate(ts):
            if word[:1].isalpha() and not (i and word[:1].isupper()) and any(
                    _SECOND.search(r) for r in reads.get(_bare(word), ())) and (
                    at := _gap(ts, reads, i)) is not None:
                gaps.append((i, at))
        if not gaps or len(gaps) > len(_OPENING_YOU_EN.findall(sources[k])) or \
                len(gaps) + len(_TU.findall(out[k])) > count:
            continue  # more verbs than *you*: which is which is not known
        text, where = out[k], [m.start() for m in _TOKEN.finditer(out[k])]
        for i, at in sorted(gaps, reverse=True):
            start, verb_end = where[at], where[i] + len(ts[i])
            first = start == 0 and text[:1].isupper()
            if at < i:
                # "Sovint preguntes" -> "Tu preguntes sovint": the adverb after the verb,
                # where French puts it (Grevisse § 971)
                adverb = text[start:start + len(ts[at])]
                text = text[:start] + text[where[i]:verb_end] + " " + adverb.lower() + \
                    text[verb_end:]
            rest = text[start:]
            if first and rest[1:2].islower():
                text = "Tu " + rest[:1].lower() + rest[1:]
            else:
                text = text[:start] + "tu " + rest
        out[k] = text
    return out
