"""English *on* (and *at*) before a day or someone's word, which the pivot says "dans".

Catalan "en" is both *in* and *on*, and ``cat-fra`` writes it "dans" (or "en"): *On Friday,
the President met* came out "Dans vendredi, le Président", *on Sunday, November 24* "en
dimanche, 24 novembre", *on your initiative* "dans votre initiative". French names a day
bare or with "le" before its date (Grevisse § 1004: "Il viendra lundi", "le lundi 4 mai"),
and says "à l'initiative de", "à l'invitation de", "à la demande de", "sur les instructions
de" (Robert & Collins, *initiative*, *invitation*, *request*, *instruction*):

- *on Friday* "dans vendredi" -> "vendredi" ("Vendredi, le Président" opening a sentence),
  *on Sunday, November 24* "en dimanche, 24 novembre" -> "le dimanche 24 novembre", *on
  Fridays* "le vendredi";
- *on your initiative* "dans votre initiative" -> "à votre initiative", *on your
  invitation* "à votre invitation", *on your instructions* "dans vos instructions" -> "sur
  vos instructions", *at the request of* "à la sollicitude de" -> "à la demande de".

Each only where the English has the phrase, and no more often than it has it.
"""

from __future__ import annotations

import re

from daybook.translate.french import cased_like

_DAYS = {"lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday",
         "vendredi": "Friday", "samedi": "Saturday", "dimanche": "Sunday"}
_MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
           "décembre")
# The pivot's preposition, the day, and a date after it ("en dimanche, 24 novembre,").
_DAY_FR = re.compile(
    r"(?<![\w’'-])(?P<prep>[Dd]ans|[Ee]n|[Ss]ur) (?P<day>" + "|".join(_DAYS) + r")"
    r"(?P<date>,? (?P<num>\d{1,2}|1er) (?P<month>" + _MONTHS + r")(?: (?P<year>\d{4}))?"
    r"(?!\d))?(?![\w’'-])")
_POSSESSORS = r"(?:the|your|his|her|their|our|my|its)"
_WORD_EN = re.compile(rf"\b(?:on|at|upon) {_POSSESSORS} (?P<noun>initiative|invitation|"
                      r"instructions?|orders?|request)\b", re.IGNORECASE)
_DETS = r"(?:l['’]|la |le |les |votre |vos |sa |son |ses |leur |leurs |notre |nos |mon |ma |mes )"
_WORD_FR = re.compile(rf"(?<![\w’'-])(?P<prep>[Dd]ans|[Ss]ur|[Ee]n|[Àà]) (?P<det>{_DETS})"
                      r"(?P<noun>initiative|invitation|instructions?|ordres?|sollicitude|"
                      r"demande)(?![\w’'-])")
# The French noun for each English one, with the preposition French gives it.
_SAID = {"initiative": ("initiative", "à"), "invitation": ("invitation", "à"),
         "instruction": ("instructions", "sur"), "instructions": ("instructions", "sur"),
         "order": ("ordres", "sur"), "orders": ("ordres", "sur"),
         "request": ("demande", "à")}
_NOUN_OF = {"instructions": "instructions", "instruction": "instructions", "ordres": "ordres",
            "ordre": "ordres", "sollicitude": "demande", "demande": "demande",
            "initiative": "initiative", "invitation": "invitation"}


def weekdays(source: str, french: str) -> str:
    """ "Dans vendredi, le Président" -> "Vendredi, le Président", "en dimanche, 24
    novembre," -> "le dimanche 24 novembre,", where the English says *on Friday*, *on
    Sunday*."""
    if "di" not in french or " on " not in f" {source.lower()}":
        return french
    left = {day: len(re.findall(rf"\bon {en}\b", source, re.IGNORECASE))
            for day, en in _DAYS.items()}
    habitual = {day for day, en in _DAYS.items()
                if re.search(rf"\bon {en}s\b", source, re.IGNORECASE)}

    def fix(m: re.Match[str]) -> str:
        day = m.group("day")
        if left[day] + (day in habitual) == 0:
            return m.group(0)
        if left[day]:
            left[day] -= 1
        if m.group("date"):
            date = " ".join(x for x in (m.group("num"), m.group("month"), m.group("year")) if x)
            end = "," if m.group("date").endswith(",") else ""
            return cased_like("le", m.group("prep")) + f" {day} {date}{end}"
        if day in habitual:
            return cased_like("le", m.group("prep")) + f" {day}"
        return cased_like(day, m.group("prep"))

    return _DAY_FR.sub(fix, french)


def on_word(source: str, french: str) -> str:
    """ "dans votre initiative" -> "à votre initiative", "dans vos instructions" -> "sur vos
    instructions", "à la sollicitude de" -> "à la demande de", where the English says *on
    your initiative*, *on your instructions*, *at the request of*."""
    wanted = [_SAID[m.group("noun").lower()] for m in _WORD_EN.finditer(source)]
    if not wanted:
        return french

    def fix(m: re.Match[str]) -> str:
        noun = _NOUN_OF[m.group("noun")]
        said = next((w for w in wanted if w[0] == noun), None)
        if said is None:
            return m.group(0)
        wanted.remove(said)
        det = m.group("det")
        if noun in ("instructions", "ordres") and det in ("l'", "l’", "la ", "le "):
            det = "les "
        prep = cased_like(said[1], m.group("prep"))
        if prep.lower() == "à" and det == "le ":
            return cased_like("au", m.group("prep")) + f" {said[0]}"
        return f"{prep} {det}{said[0]}"

    return _WORD_FR.sub(fix, french)


def on_phrases(source: str, french: str) -> str:
    """Both rules above."""
    return on_word(source, weekdays(source, french))
