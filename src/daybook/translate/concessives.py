"""*no matter what* + a clause: "quoi que" + the subjunctive.

English makes a concessive clause of *no matter what/who* (Swan, *Practical English Usage*
§ 385, = *whatever*); French says it with the relative "quoi que" and the subjunctive
(Grevisse § 1149: "Quoi qu'on dise", "quoi qu'il arrive"), *no matter what the N is* "quel
que soit le N" agreed with the noun. The pivot said the words ("Aucun sujet ce que
n'importe qui pourrait dire", "aucun sujet ce que le coût est", "faillent-preuve aucun
sujet ce que." for *no matter what* closing a sentence). Where the English has as many *no
matter what*, the French "aucun sujet ce que" + a subject + a verb is "quoi que" + the
subject + the verb in the present subjunctive of its person ("pourrait dire" -> "puisse
dire"; *anyone*, the pivot's "n'importe qui", an indefinite subject: "on", Robert &
Collins *no matter what anyone says* "quoi qu'on dise"); "aucun sujet ce qui se passe"
(*no matter what happens*) and a bare "aucun sujet ce que" before punctuation are "quoi
qu'il arrive"; "aucun sujet ce que le N est" is "quel que soit le N".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.gender import generate, readings

__all__ = ["concessives"]

_EN = re.compile(r"\b[Nn]o matter what\b")
_SUBJECTS = (r"n['’]importe qui|quiconque|nous|vous|ils|elles|il|elle|on|je|"
             r"(?:le|la|les|l['’]|ce|cette|ces|notre|nos|leur|leurs) ?[\w-]+")
_FR_CLAUSE = re.compile(r"(?P<a>[Aa])ucun sujet ce qu(?:e |['’])(?P<subj>" + _SUBJECTS
                        + r") (?P<verb>[\w-]+)(?P<next> [\w-]+)?")
_FR_HAPPENS = re.compile(r"(?P<a>[Aa])ucun sujet ce qui (?:se passe|arrive|se passera|"
                         r"arrivera)\b")
_FR_BARE = re.compile(r"(?P<a>[Aa])ucun sujet ce que(?=\s*[.;:!?,»)])")
_QUEL = {("m", "sg"): "quel", ("f", "sg"): "quelle", ("m", "pl"): "quels",
         ("f", "pl"): "quelles"}
_FINITE = ("vblex", "vbser", "vbhaver", "vbmod")


def _subjunctive(word: str) -> str | None:
    """The generator's input for the present subjunctive of a finite verb, or None."""
    got = [r for r in readings([word.lower()]).get(word.lower(), ())
           if r.tags[:1] and r.tags[0] in _FINITE and len(r.tags) > 3
           and r.tags[1] in ("pri", "cni", "fti", "pii", "ifi")]
    if not got or len({(r.lemma, r.tags[2], r.tags[3]) for r in got}) != 1:
        return None
    r = got[0]
    return f"^{r.lemma}<{r.tags[0]}><prs><{r.tags[2]}><{r.tags[3]}>$"


def _clause(m: re.Match[str]) -> str:
    """ "Aucun sujet ce que n'importe qui pourrait dire" -> "Quoi qu'on puisse dire", "aucun
    sujet ce que le coût est" -> "quel que soit le coût"; unchanged if the verb is no
    finite verb the generator puts in the subjunctive."""
    quoi = "Q" if m.group("a") == "A" else "q"
    subject, verb = m.group("subj"), m.group("verb")
    if verb in ("est", "sont") and subject.split()[0].lower() not in (
            "nous", "vous", "ils", "elles", "il", "elle", "on", "je"):
        noun = re.sub(r"^(?:le|la|les|l['’]|ce|cette|ces|notre|nos|leur|leurs) ?", "", subject)
        nouns = [r for r in readings([noun.lower()]).get(noun.lower(), ()) if r.pos == "n"]
        if not nouns or nouns[0].gender not in ("m", "f") or nouns[0].number not in ("sg", "pl"):
            return m.group(0)
        soit = "soit" if verb == "est" else "soient"
        quel = _QUEL[(nouns[0].gender, nouns[0].number)]
        quel = quel.capitalize() if quoi == "Q" else quel
        return f"{quel} que {soit} {subject}" + (m.group("next") or "")
    wanted = _subjunctive(verb)
    form = generate([wanted]).get(wanted) if wanted else None
    if form is None:
        return m.group(0)
    if subject.replace("’", "'") in ("n'importe qui", "quiconque"):
        subject = "on"
    that = "qu'" if subject[:1] in "aeiouéèêh" else "que "
    return f"{quoi}uoi {that}{subject} {form}{m.group('next') or ''}"


# The pivot's "ne" of its "aucun" ("Nous ne vous aiderons aucun sujet ce que"): with
# "aucun" gone, no negation is left in the clause.
_OTHER_NE = re.compile(r"(?<![\w’'-])(?:ne |n['’])")


def _without_ne(text: str) -> str:
    """The text with the pivot's "ne" dropped from the clause before each mid-sentence
    "aucun sujet ce qu" (the English has no negation there)."""
    for m in reversed(list(re.finditer(r"(?<![.!?:;] )(?<!^)aucun sujet ce qu", text))):
        start = max(text.rfind(p, 0, m.start()) for p in ".;:!?,«")
        clause = text[start + 1:m.start()]
        found = list(_OTHER_NE.finditer(clause))
        if found and not re.search(r"\b(?:pas|plus|jamais|rien|personne|guère)\b",
                                   clause[found[-1].end():]):
            at = start + 1 + found[-1].start()
            text = text[:at] + text[at + len(found[-1].group(0)):]
    return text


def concessives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Aucun sujet ce que n'importe qui pourrait dire" -> "Quoi qu'on puisse dire",
    "aucun sujet ce que." -> "quoi qu'il arrive." (see above)."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        wanted = len(_EN.findall(source))
        if not wanted or "sujet ce qu" not in text:
            continue
        found = (len(_FR_CLAUSE.findall(text)) + len(_FR_HAPPENS.findall(text))
                 + len(_FR_BARE.findall(text)))
        if found != wanted:
            continue
        if "ucun sujet ce qu" not in _rewritten(text):  # each one said: the "ne" goes too
            out[k] = _rewritten(_without_ne(text))
    return out


def _rewritten(text: str) -> str:
    text = _FR_HAPPENS.sub(lambda m: ("Q" if m.group("a") == "A" else "q")
                           + "uoi qu'il arrive", text)
    text = _FR_BARE.sub(lambda m: ("Q" if m.group("a") == "A" else "q")
                        + "uoi qu'il arrive", text)
    return _FR_CLAUSE.sub(_clause, text)
