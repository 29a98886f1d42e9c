"""A sentence's gerund subject said as the French infinitive subject: "Organiser une telle
rencontre ... est", was "En organisant une telle rencontre ... est".

English opens a sentence with a gerund as its subject (*Holding such a meeting ... is a
very important event*; *Promoting the health of our people, extending life expectancy,
and improving the quality of life ... are important national goals*; *Knowing that the
machine tools were made in Russia is particularly gratifying*); the pivot reads the -ing
form as a participle of manner and writes a gerund ("En organisant une telle rencontre
... est", "En promouvant la santé ..., en étendant l'espérance de vie, et en améliorant
... est"), which French never takes for a subject. French says the infinitive there
(Grevisse, *Le Bon Usage*, § 906: the infinitive as a subject, "Partir, c'est mourir un
peu"); where ``preedit`` has the verb's noun the engine already says it ("Le maintien de").

``gerund_subjects``: where the English sentence opens with an -ing form whose phrase
(and the -ing members of its list after commas) runs to a finite verb with no subject of
its own, and the French sentence opens with "En" and a gerund, that gerund and the
gerunds with "en" of the same list before the sentence's first finite verb become
infinitives; not a participle clause (*Working in all sectors, the farmers are*: a comma
and a determiner or a pronoun, the subject), nor the -ing forms that open a phrase of
time or manner (*During*, *Speaking at*, *Following*). Forms from Apertium's French
dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import cased_like, folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.gerund_pairs import verb_only

_TOKEN = clause_tokens("‘\\[\\]")
Token = tuple[int, int, str]
_SUBJECT_EN = re.compile(
    r"^[“\"«‘]?(?!(?:During|Following|According|Including|Speaking|Regarding|Concerning|"
    r"Considering|Taking|Turning|Looking|Returning|Having|Being|Bearing|Summing|Going|"
    r"Nothing|Something|Everything|Anything|Morning|Evening|Building|Meeting|King|Spring|"
    r"Attending|Participating|Leading|Outstanding|Growing|Crowning)\b)[A-Z][a-z]{2,}ing\b"
    r"(?:[^,.;:!?]|,\s+(?!(?:the|a|an|we|i|you|they|he|she|it|this|these|those|our|their|"
    r"his|her|its|my|your|there|which|who|that)\b)[a-z])*?\s(?:is|are|was|were|has|have|"
    r"had|will|"
    r"would|can|could|should|must|may|might|remains?|requires?|needs?|means?|makes?|"
    r"helps?|allows?|gives?|plays?|becomes?|seems?|deserves?|contributes?)\b")
_STOP = frozenset((".", "!", "?", ";", ":", "«", "»", "(", ")", "“", "”", "\"", "–", "—"))
_SUBJECTS = frozenset(("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
                       "cela", "ce", "c'"))
_OBJECTS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "en", "se", "s'", "ne",
                      "n'"))
_CLITICS = frozenset(("le", "la", "les", "l'", "lui", "leur", "y", "se", "s'", "nous",
                      "vous"))


def gerund_reading(reads: Sequence[Reading]) -> Reading | None:
    """A verb's gerund among ``reads`` ("maintenant": also an adverb), or None."""
    return next((r for r in reads if r.tags[0].startswith("vb") and r.tags[1:2] == ("ger",)),
                None)


def _gerund_after(toks: list[Token], reads: dict[str, tuple[Reading, ...]], en: int
                  ) -> int | None:
    """The gerund after "en" at ``en``, past its clitics, or None."""
    j = en + 1
    while j < len(toks) and folded(toks[j][2]) in _CLITICS:
        j += 1
    if j < len(toks) and toks[j][2].islower() and gerund_reading(
            reads.get(toks[j][2], ())) is not None:
        return j
    return None


def _plan(toks: list[Token], reads: dict[str, tuple[Reading, ...]]
          ) -> list[tuple[int, int]]:
    """(the "en", its gerund) of the sentence's opening gerund and of its list's members
    before the first finite verb; empty when the sentence opens otherwise."""
    first = 1 if toks and toks[0][2] in ("«", "“", "\"", "‘") else 0
    if first >= len(toks) or toks[first][2] not in ("En", "en"):
        return []
    gerund = _gerund_after(toks, reads, first)
    if gerund is None:
        return []
    out = [(first, gerund)]
    for i in range(gerund + 1, len(toks)):
        word = toks[i][2]
        if word in _STOP:
            return []  # no finite verb in the sentence: no subject to say
        got = reads.get(word.lower(), ())
        if any(r.tags[0].startswith("vb") and len(r.tags) >= 4 for r in got) and (
                verb_only(got) or any(r.tags[0] in ("vbser", "vbhaver") for r in got)):
            j = i - 1
            while j > 0 and folded(toks[j][2]) in _OBJECTS:
                j -= 1
            # the sentence's verb ("est", also a noun; not "peuple"), unless a pronoun is
            # its subject ("En agissant ensemble nous pouvons": a participle clause)
            return [] if folded(toks[j][2]) in _SUBJECTS else out
        if folded(word) == "en" and i > 0 and folded(toks[i - 1][2]) in (",", "et") and (
                member := _gerund_after(toks, reads, i)) is not None:
            out.append((i, member))
    return []


def gerund_subjects(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "En organisant une telle rencontre ... est" -> "Organiser une telle rencontre ...
    est" (*Holding such a meeting ... is*): see the module's doc."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if ("En " in t[:5] or "“en " in t[:5]) and _SUBJECT_EN.search(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    plans = {k: plan for k in todo if (plan := _plan(toks[k], reads))}
    keys = {k: [gerund_reading(reads[toks[k][g][2]]) for _, g in plan]
            for k, plan in plans.items()}
    forms = generate(sorted({f"^{r.lemma}<{r.tags[0]}><inf>$" for rs in keys.values()
                             for r in rs if r is not None}))
    out = list(texts)
    for k, plan in plans.items():
        text = texts[k]
        for (en, g), r in reversed(list(zip(plan, keys[k], strict=True))):
            made = forms.get(f"^{r.lemma}<{r.tags[0]}><inf>$") if r is not None else None
            if made is None:
                break  # a form not made: the sentence as it was
            a, b, _ = toks[k][g]
            text = text[:a] + made + text[b:]
            start = toks[k][en][0]
            rest = text[toks[k][en][1]:].lstrip()
            text = text[:start] + (cased_like(rest, toks[k][en][2]) if en == plan[0][0]
                                   else rest)
        else:
            out[k] = text
    return out
