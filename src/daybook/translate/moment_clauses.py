"""Time clauses opened by a noun phrase: *from the moment (that)*, *the moment*, *by the
time* + a clause, said with a French conjunction.

English makes conjunctions of *the moment* and *the time* (Swan, *Practical English Usage*
§ 570: *the moment* "as soon as"; § 119: *by the time* "not later than when"); the pivot
said the nouns word for word: "Du moment la loi a été adoptée" (French "du moment que" is
*since*, *provided that*), "Par le temps nous sommes arrivés", "Le moment où nous
recevons les documents, nous signerons". French says "dès que" (Grevisse § 1131, "dès que",
"aussitôt que") and, for *by the time*, "quand" (the time at which the main clause is
already done: "Quand nous sommes arrivés, la réunion s'était terminée"). Before the engine,
*from the (very) moment (that/when)* + a subject and a sentence-opening *The moment* + a
pronoun subject are sent as *as soon as*, *by the time* + a subject as *when*; never *the
moment of*, *at/for/until the moment*, *by the time of*, *by the time limit*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import clause_tokens, put_forms, tokens_and_readings

__all__ = ["english", "futures"]

_TOKEN = clause_tokens()

# A clause's subject after the conjunction: a pronoun, a determiner, a name.
_SUBJECT = (r"(?=(?:we|I|you|they|he|she|it|there|the|this|these|those|our|your|their|its|"
            r"his|her|my|a|an|every|each|all|(?-i:[A-Z][a-z]+))\s(?!of\b))")
_FROM = re.compile(r"\b(?P<f>[Ff])rom the (?:very )?moment (?:that |when )?" + _SUBJECT)
# *The moment* opening a sentence, a pronoun after it: a conjunction ("The moment we
# receive the documents, we will sign"); a noun phrase elsewhere ("The moment has come").
_THE_MOMENT = re.compile(r"(?:^|(?<=[.!?;:] )|(?<=[.!?;:] [“\"]))The moment (?:that |when )?"
                         r"(?=(?:we|I|you|they|he|she)\s)")
_BY_TIME = re.compile(r"\b(?P<b>[Bb])y the time (?:that |when )?" + _SUBJECT)


def english(line: str) -> str:
    """ "From the moment the law was adopted" -> "As soon as the law was adopted", "The
    moment we receive" -> "As soon as we receive", "By the time we arrived" -> "When we
    arrived"."""
    if "moment" not in line and "time" not in line:
        return line
    line = _FROM.sub(lambda m: ("As" if m.group("f") == "F" else "as") + " soon as ", line)
    line = _THE_MOMENT.sub("As soon as ", line)
    return _BY_TIME.sub(lambda m: ("W" if m.group("b") == "B" else "w") + "hen ", line)


# French: the conjunction's clause opening a sentence; "À peine (que)" is the pivot's other
# reading of *as soon as* (French *hardly*), said "Dès que" before a subject.
_FR_SOON = re.compile(r"(?:^|(?<=[.!?;:] ))(?:À peine(?: que)?|Aussitôt que) (?=(?:la|le|les|l['’]|"
                      r"nous|je|j['’]|vous|ils|elles|il|elle|on|ce|cet|cette|ces|notre|nos|"
                      r"leur|leurs|son|sa|ses|un|une|des|mon|ma|mes)\b)")
# ... or with the subject the Catalan stage dropped ("À peine recevons les documents").
_FR_SOON_VERB = re.compile(r"(?:^|(?<=[.!?;:] ))À peine (?:que )?(?=[a-zéè]{2,}(ons|ez)\b)")
_DROPPED = {"ons": "nous ", "ez": "vous "}
_EN_SOON = re.compile(r"\b(?:[Ff]rom the (?:very )?moment|[Aa]s soon as|(?:^|(?<=[.!?;:] ))The "
                      r"moment (?:that |when )?(?:we|I|you|they|he|she)\s)")
_FR_OPEN = re.compile(r"(?:^|(?<=[.!?;:] ))(?:Quand|Lorsque|Lorsqu['’]|Dès que|Dès qu['’]|"
                      r"Une fois que|Une fois qu['’]|Aussitôt que|Aussitôt qu['’]) [^,.;:!?]+,")
# English: a time clause opening the sentence, its verb in the present (or the present
# perfect), the main clause after its comma in the future.
_EN_OPEN = re.compile(r"(?:^|(?<=[.!?;:] ))(?:When|As soon as|Once|By the time|The moment|"
                      r"From the (?:very )?moment) (?P<clause>[^,.;:!?]+), (?P<main>[^.;:!?]+)")
_EN_PAST = re.compile(r"\b(?:was|were|had|did|would|could|should|will|wo)\b|"
                      r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bhas )(?<!\bhave )"
                      r"\b[a-z]{3,}ed\b")
_EN_FUTURE = re.compile(r"\b(?:will|shall)\b|['’]ll\b")
_FINITE = ("vblex", "vbser", "vbhaver", "vbmod")


def _future_clauses(source: str) -> int:
    """How many sentence-opening time clauses of the English have a present verb before a
    future main clause."""
    return sum(1 for m in _EN_OPEN.finditer(source)
               if not _EN_PAST.search(m.group("clause")) and _EN_FUTURE.search(m.group("main")))


# A time clause after a future main clause in the same sentence (*People will get them
# when their passports expire*), its subject after the conjunction; not *when it comes
# to* ("quand il s'agit de", a present).
_EN_CONJ = re.compile(r"(?<=[a-z,] )(?:when|once|as soon as)\s+(?!it comes\b)(?=(?:we|I|you|"
                      r"they|he|she|it|the|this|these|those|our|your|their|its|his|her|a|an|"
                      r"(?-i:[A-Z][a-z]+))\s)(?P<clause>[^,.;:!?]+)")
_EN_WILL = re.compile(r"\b(?:will|shall)\b|['’]ll\b")
_FR_MID = re.compile(r"(?<=[\w,] )(?:quand|lorsque|lorsqu['’]|dès que|dès qu['’]|une fois que|"
                     r"une fois qu['’]|aussitôt que|aussitôt qu['’]) [^,.;:!?]+")


def _clauses(source: str, text: str) -> list[tuple[int, int]]:
    """The spans of the French time clauses whose verb is put in the future: those opening
    a sentence, as many as the English has before a future main clause (``_EN_OPEN``), and
    those after a future main clause, where every such English clause follows a *will* of
    its sentence and has a present verb."""
    out: list[tuple[int, int]] = []
    wanted = _future_clauses(source)
    if wanted and len(_FR_OPEN.findall(text)) == wanted:
        out += [m.span() for m in _FR_OPEN.finditer(text)]
    mids = list(_EN_CONJ.finditer(source))
    if mids and all(_EN_WILL.search(re.split(r"[.!?;:]\s", source[:m.start()])[-1])
                    and not _EN_PAST.search(m.group("clause")) for m in mids) and \
            len(_FR_MID.findall(text)) == len(mids):
        out += [m.span() for m in _FR_MID.finditer(text)]
    return out


def futures(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Dès que nous recevons les documents, nous signerons" -> "Dès que nous recevrons",
    "Une fois que le pont est bâti, la région" -> "sera bâti" (the future of a time clause
    whose main clause is in the future, Grevisse § 888 b; "a été" -> "aura été"; "obtiendront
    ces services quand leurs passeports expireront"), as many as the English has; "À peine
    la loi" -> "Dès que la loi" where the English says *as soon as* or *the moment*."""
    out = list(texts)
    todo: list[int] = []
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        soon = len(_EN_SOON.findall(source))
        if soon and soon >= len(_FR_SOON.findall(text)):
            text = _FR_SOON.sub(lambda m: "Dès que ", text)
            text = _FR_SOON_VERB.sub(lambda m: "Dès que " + _DROPPED[m.group(1)], text)
            out[k] = re.sub(r"\bDès que (?=[aeéèêiîoôuh])", "Dès qu’", text)
        if _clauses(source, out[k]):
            todo.append(k)
    if not todo:
        return out
    toks, reads = tokens_and_readings(_TOKEN, out, todo)
    wanted_forms: dict[int, dict[int, str]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for k in todo:
        tk = toks[k]
        spans[k] = [(s, e) for s, e, _ in tk]
        for start, end in _clauses(sources[k], out[k]):
            for j, (s, e, word) in enumerate(tk):
                if s < start + 4 or e > end or word[:1].isupper():
                    continue
                got = reads.get(word.lower(), ())
                present = [r for r in got if r.tags[:1] and r.tags[0] in _FINITE
                           and r.tags[1:2] == ("pri",) and len(r.tags) > 3]
                present.sort(key=lambda r: r.tags[0] not in ("vbser", "vbhaver"))
                if not present or (present[0].tags[0] not in ("vbser", "vbhaver") and any(
                        r.pos in ("n", "adj", "det", "pr") for r in got)):
                    continue  # "est" is a verb first; "place" a noun
                if len({r.lemma for r in present}) == 1:  # not "ouvre" (ouvrir, ouvrer)
                    r = present[0]
                    wanted_forms.setdefault(k, {})[j] = \
                        f"^{r.lemma}<{r.tags[0]}><fti><{r.tags[2]}><{r.tags[3]}>$"
                break
    return put_forms(out, wanted_forms, spans) if wanted_forms else out
