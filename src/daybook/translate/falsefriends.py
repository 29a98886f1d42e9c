"""English look-alikes the pivot writes for French words: *implement*, *future*, *exhibition*,
*significant*.

``cat-fra`` writes *implement* "implémenter" (French uses it of software only; of a
programme, a law, a project: "mettre en œuvre", "la mise en œuvre"), the noun *future*
"le futur" (French: the tense or the time to come in science fiction; of a country, a
sector, a child: "l'avenir", "à l'avenir" for *in the future*), *exhibition* "exhibition"
(a showing off; a show of paintings or goods is an "exposition") and *significant*
"significatif" (French: telling, meaningful; of a contribution, a sum, a role "important",
and *significantly* "considérablement"). The French is general usage (the Petit Robert;
the Académie française's "Dire, ne pas dire" on "implémenter"; the Office québécois de la
langue française's Banque de dépannage linguistique on "significatif"); each rule fires
only where the English has the word and not the sense French shares (software, a future
tense, an exhibition match, *statistically significant*).
"""

from __future__ import annotations

import re

from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.idioms import relemma

# *implement*, and *follow up on*, which preedit says *implement*
_IMPLEMENT = re.compile(r"\bimplement\w*|\bfollow(?:s|ed|ing)?\s+up\s+on\b", re.IGNORECASE)
_SOFTWARE = re.compile(r"\b(?:software|code|algorithms?|programming|API|interfaces?)\b",
                       re.IGNORECASE)
# Not after an elided pronoun: "l'implémenter" would need "le" or "la".
_IMPLEMENTER = re.compile(_B + r"([Ii]mplément(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|"
                          r"era|erons|eront|erait|eraient|ant|a|èrent|erai|ions|iez))" + _E)
_IMPLEMENTATION = re.compile(_B + r"(?:([LlDd])['’]|([Uu]ne|[Ll]a|[Dd]e) )?([Ii])"
                             r"mplémentation(s?)" + _E)
# The engine's infinitive after a form of *be* ("qui sont implémenter", *are implemented*):
# the participle.
_PASSIVE_INFINITIVE = re.compile(_B + r"((?:sont|est|seront|sera|soient|soit|étaient|était|"
                                 r"été|être|serait|seraient) )implémenter" + _E)
_D_IMPLEMENTER = re.compile(r"(?<![\w’'-])([Dd])['’](?=implémenter" + _E + ")")
_FUTURE = re.compile(r"\bfuture\b(?!\s+tense)", re.IGNORECASE)
# "le futur" as a noun: before punctuation, a complement or a verb, never before a noun
# ("le futur président" is right).
_FUTUR = re.compile(_B + r"(?:([Dd]ans|[Pp]our|[Vv]ers) )?(?:([Ll]e|[Dd]u|[Aa]u) )futur"
                    r"(?=\s?[.,;:!?)»”]|\s?$| (?:de|du|des|d['’]|et|qui|que|est|sera|proche)"
                    r"(?![\w’'-]))")
_EXHIBITION = re.compile(r"\bexhibitions?\b(?!\s+(?:match|game|bout|fight)s?)", re.IGNORECASE)
_EXHIBITION_FR = re.compile(r"(?<![\w-])([Ee])xhibition(s?)" + _E)
_SIGNIFICANT = re.compile(r"\bsignificant(?:ly)?\b", re.IGNORECASE)
# *statistically significant*, a *significant other*: French shares the sense
_SIGNIFICANT_SHARED = re.compile(r"\bstatistic\w*|significant\s+others?\b", re.IGNORECASE)
_SIGNIFICATIF = re.compile(_B + r"([Ss])ignificati(f|fs|ve|ves|vement)" + _E)
_IMPORTANT = {"f": "important", "fs": "importants", "ve": "importante", "ves": "importantes",
              "vement": "considérablement"}
# "dans le futur" / "par le futur" (*in the future*) opening its phrase, whatever follows
_IN_FUTURE = re.compile(r"\bin\s+the\s+future\b", re.IGNORECASE)
_DANS_LE_FUTUR = re.compile(_B + r"([Dd]ans|[Pp]ar) le futur" + _E)


def _mise(m: re.Match[str]) -> str:
    """ "l'implémentation" -> "la mise en œuvre", "d'implémentation" -> "de mise en œuvre"."""
    elided, det, plural = m.group(1), m.group(2), m.group(4)
    noun = f"mise{plural} en œuvre"
    if elided:
        det = {"l": "la", "d": "de"}[elided.lower()]
        return cased_like(det, elided) + " " + noun
    if det:
        return f"{det} {noun}"
    return cased_like(noun, m.group(3))


def _avenir(m: re.Match[str]) -> str:
    prep, det = m.group(1), m.group(2)
    low = det.lower()
    if prep and prep.lower() == "dans" and low == "le":  # *in the future*
        return cased_like("à l'avenir", prep)
    out = {"le": "l'avenir", "du": "de l'avenir", "au": "à l'avenir"}[low]
    return (prep + " " + out) if prep else cased_like(out, det)


def false_friends(source: str, french: str) -> str:
    """ "implémenter le programme" -> "mettre en œuvre le programme", "l'implémentation" ->
    "la mise en œuvre", "le futur de ce pays" -> "l'avenir de ce pays", "dans le futur" -> "à
    l'avenir", "l'exhibition" -> "l'exposition", "une contribution significative" -> "une
    contribution importante", where the English has the word."""
    if "mplément" in french and _IMPLEMENT.search(source) and not _SOFTWARE.search(source):
        french = _IMPLEMENTATION.sub(_mise, french)
        french = _PASSIVE_INFINITIVE.sub(r"\1implémenté", french)
        french = _D_IMPLEMENTER.sub(r"\1e ", french)  # "d'implémenter" -> "de mettre"
        french = _IMPLEMENTER.sub(
            lambda m: (made + " en œuvre") if (made := relemma(m.group(1), "mettre"))
            else m.group(0), french)
    if "futur" in french and _FUTURE.search(source):
        french = _FUTUR.sub(_avenir, french)
    if "futur" in french and _IN_FUTURE.search(source):
        french = _DANS_LE_FUTUR.sub(lambda m: cased_like("à l'avenir", m.group(1)), french)
    if "ignificati" in french and _SIGNIFICANT.search(source) \
            and not _SIGNIFICANT_SHARED.search(source):
        french = _SIGNIFICATIF.sub(
            lambda m: (m.group(1).replace("S", "I").replace("s", "i") if m.group(2) != "vement"
                       else m.group(1).replace("S", "C").replace("s", "c"))
            + _IMPORTANT[m.group(2)][1:], french)
    if "xhibition" in french and _EXHIBITION.search(source):
        french = _EXHIBITION_FR.sub(lambda m: cased_like("exposition", m.group(1)) + m.group(2),
                                    french)
    return french
