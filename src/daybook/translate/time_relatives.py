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
    return cleft(sources, out)
