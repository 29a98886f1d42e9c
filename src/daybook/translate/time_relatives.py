"""A time noun's clause without *that* or *when* ("the last time we meet", "the day we
signed"): French needs "que" after "fois" and "où" after a noun of a point in time; *the
way we work*, "la façon dont".

English qualifies a noun of time with a contact clause (Swan, *Practical English Usage*
§ 495, *the day we met*); French never drops the relative: "la dernière fois que nous nous
rencontrons", "le jour où nous avons signé" (Grevisse § 725). The engine wrote "la dernière
fois nous nous rencontrons", "Chaque fois viens ici" (the pronoun dropped), "du jour nous
avons signé". Before the engine (``english``), *that* after *time* with an ordinal, *last*,
*next*, *only*, *every* or *each* ("the first time that we", read "la première fois que
nous"), *when* after *the day/moment/year...* ("le jour quand nous"); after it
(``where``, run by ``relatives.contact_relatives``), "quand" after such a noun is "où"
("le jour où nous avons signé") and the engine's "le prochain temps que" (*the next time
that*) "la prochaine fois que". Never
*this time we* (an adverbial: "cette fois, nous"), *at the moment we* ("pour le moment"),
a bare *last time* or *next time* with no comma after its clause ("Last time we met in
Sochi." is a main clause). ``where`` ends with ``fused_relatives.cleft`` (the contact
clause after *all*: "Tout ce dont nous avons besoin, c'est"); ``speech_en`` imports it.

*in* + a number of years, months, days... is a span after which something happens (*we
will finish in three years*, "dans trois ans") or the time something took (*built in five
years*, "en cinq ans": Grevisse § 1051, *en* of the duration of a completed action). The
engine always wrote "dans". After it (``spans``), "dans" + such a span is "en" where each
English *in* + span stands in a clause (between punctuation; the next one for a span that
opens the sentence) with a past verb (*was*, *had*, *-ed*, an irregular past) and no future
(*will*, *would*, *going to*, *next*, *again*, an infinitive: *agreed to meet in two
years*); not *in the past five years* (no number right after *in*), *in five years' time*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.fused_relatives import cleft

# *the first/last/next/only time*, *every/each time* before a subject.
# Not after *for* or *at* ("For the first time we have signed": an adverbial).
_TIME = re.compile(r"(?<![Ff]or )(?<![Aa]t )\b(?P<det>(?P<the>[Tt]he )(?:first|last|second|"
                   r"third|fourth|fifth|next|only) |(?P<bare>[Ll]ast |[Nn]ext )|"
                   r"(?P<every>[Ee]very |[Ee]ach ))time (?=(?:we|you|they|I|he|she) )")
# *the day/moment/year...* before a subject pronoun (not *at the moment*: "currently").
_POINT_NOUNS = ("day", "moment", "year", "week", "month", "evening", "night", "morning",
                "hour", "minute", "second")
_POINT = re.compile(rf"(?<![Aa]t )\b([Tt]he (?:{'|'.join(_POINT_NOUNS)})) "
                    r"(?=(?:we|you|they|I|he|she) )")


def english(line: str) -> str:
    """ "the last time we meet" -> "the last time that we meet", "every time you come" ->
    "every time that you come", "the day we signed" -> "the day when we signed"."""
    if "time " not in line and not any(f"{n} " in line for n in _POINT_NOUNS):
        return line

    def time(m: re.Match[str]) -> str:
        if m.group("every"):
            return "every time that " if m.group("every")[0] == "e" else "Every time that "
        if m.group("bare"):
            # a bare *last time*: a clause only before a comma ("Last time we met, ...")
            end = re.search(r"[.!?;]", line[m.end():])
            if "," not in line[m.end():m.end() + (end.start() if end else len(line))]:
                return m.group(0)
            cap = m.group("bare")[0].isupper()
            return f"{'The' if cap else 'the'} {m.group('bare').lower()}time that "
        return m.group(0) + "that "

    return _POINT.sub(r"\1 when ", _TIME.sub(time, line))


# A counted time phrase is an adverbial ("In 12 years you have built", "For three years
# we have worked", "Over the past ten years we"), no relative's head; so is one right after
# its preposition ("for years we"). Not "in the difficult times we live in" (a relative).
_TIME_PREPOSITIONS = frozenset(("in", "for", "during", "over", "within", "throughout",
                                "after", "since", "before"))
_NUMBERS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
                      "hundred", "hundreds", "thousand", "thousands"))


def time_adverbial(before: list[str]) -> bool:
    """Whether the words before a time noun (the last three, lower case, digits kept) make
    it an adverbial: a number, or a preposition right before it."""
    return bool(before) and (before[-1] in _TIME_PREPOSITIONS or any(
        w in _NUMBERS or w.isdigit() for w in before[-3:]))


# French: "quand" after a noun of a point in time the English qualifies with a clause.
_EN_POINT = re.compile(rf"\b[Tt]he (?:{'|'.join(_POINT_NOUNS)}) "
                       r"(?:when |(?:we|you|they|I|he|she) )")
_FR_POINT = re.compile(r"\b(jour|moment|année|an|semaine|mois|soir|soirée|nuit|matin|heure|"
                       r"minute|seconde) quand\b")
_FR_NEXT = re.compile(r"\b([Ll]e )?(?:prochain temps|temps proche) que\b")
_EN_NEXT = re.compile(r"\b[Nn]ext time (?:that )?(?:we|you|they|I|he|she) ")


# *the way we work* (manner: "la façon dont nous travaillons", Grevisse § 717): the engine's
# "le chemin que vous travaillez", "le chemin qu'ils font".
_EN_WAY = re.compile(r"\b[Tt]he way (?:that |in which )?(?:we|you|they|I|he|she) ")
_FR_WAY = re.compile(r"(?<![\w’'-])([Ll])e chemin (?:que |qu['’]|dont |dans lequel )"
                     r"(?=(?:nous|vous|ils|elles|je|j['’]|il|elle|on)\b)")


# *in* + a number + a unit of time (not *in five years' time*: a span to come).
_NUMBER_EN = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
              r"twenty|thirty|forty|fifty|a few|several)")
_SPAN_EN = re.compile(rf"\b[Ii]n {_NUMBER_EN} (?:years?|months?|weeks?|days?|hours?|minutes?|"
                      r"seconds?)\b(?!['’] time)")
# A clause's end (not the comma or point of a figure: "10,000").
_CLAUSE_END = re.compile(r"[;:!?–—]|[,.](?!\d)")
# A past verb in the clause (the regular *-ed*, a few frequent irregular pasts).
_PAST_EN = re.compile(r"\b(?:was|were|had|did|\w{3,}ed|built|made|grew|rose|fell|became|took|"
                      r"gave|got|saw|won|spent|sold|brought|met|went|came|began|rebuilt)\b")
# A future, or a span after an infinitive (*agreed to meet again in two years*).
_FUTURE_EN = re.compile(r"\b(?:will|would|shall|going to|next|plan|plans|intend|intends|"
                        r"expect|expects|again|to [a-z]+)\b|['’]ll\b")
_SPAN_FR = re.compile(r"(?<![\w’'-])([Dd])ans (?=(?:\d[\d\u202f\u00a0 ]*|un|une|deux|trois|"
                      r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
                      r"quarante|cinquante|quelques|plusieurs) (?:ans?|années?|mois|semaines?|"
                      r"jours?|heures?|minutes?|secondes?)\b)")


def _completed(source: str, m: re.Match[str]) -> bool:
    """Whether the span ``m`` stands in a clause with a past verb and no future."""
    start = max((c.end() for c in _CLAUSE_END.finditer(source, 0, m.start())), default=0)
    end = next((c.start() for c in _CLAUSE_END.finditer(source, m.end())), len(source))
    if not source[start:m.start()].strip(" \"“") and source[end:end + 1] == ",":
        # a span opening the sentence ("In 12 years, the city has built"): the next clause
        end = next((c.start() for c in _CLAUSE_END.finditer(source, end + 1)), len(source))
    clause = source[start:m.start()] + source[m.end():end]
    return bool(_PAST_EN.search(clause)) and not _FUTURE_EN.search(clause)


def spans(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "bâties dans la région dans cinq ans" -> "en cinq ans" (*built in five years*), as
    many as the English has *in* + a span, paired in order, those in a past clause."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        done = [_completed(source, m) for m in _SPAN_EN.finditer(source)]
        french = list(_SPAN_FR.finditer(text))
        if not any(done) or len(french) != len(done):
            continue
        for m, past in reversed(list(zip(french, done, strict=True))):  # paired in order
            if past:
                text = f"{text[:m.start()]}{'E' if m.group(1) == 'D' else 'e'}n {text[m.end():]}"
        out[k] = text
    return out


def where(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "le jour quand nous avons signé" -> "le jour où nous avons signé" (*the day we
    signed*), "Le prochain temps que nous" -> "La prochaine fois que nous", "le chemin que
    vous travaillez" -> "la façon dont vous travaillez" (*the way you work*)."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if _EN_WAY.search(source):
            text = _FR_WAY.sub(lambda m: ("La" if m.group(1) == "L" else "la")
                               + " façon dont ", text)
        if _EN_POINT.search(source):
            text = _FR_POINT.sub(r"\1 où", text)
        if _EN_NEXT.search(source):
            text = _FR_NEXT.sub(lambda m: ("La " if m.group(0)[0] in "LT" else "la ")
                                + "prochaine fois que", text)
        out[k] = text
    return spans(sources, cleft(sources, out))
