"""Participles and verbs whose *to*-infinitive the pivot says word for word (after the
engine, the English beside the French).

- *instruct (X) to do*, the order of a head of state: the pivot's "instruire" (to teach,
  to investigate) + "pour" ("J'ai instruit le gouvernement pour préparer", "si nous sommes
  instruits pour le faire"); French "charger qqn de faire" (Petit Robert, *charger* II.2):
  "J'ai chargé le gouvernement de préparer", "si nous sommes chargés de le faire";
- *prepared to do* (willing): "préparés pour le considérer" -> "prêts à le considérer"
  (Petit Robert, *prêt* 2: "disposé à");
- *committed to* (devoted): the pivot's "commis à" (*commettre*, to commit a crime) ->
  "attachés à" ("Nous sommes attachés au développement du dialogue"; Petit Robert,
  *attaché* 2);
- *set / poised to do*: "sommes posés pour certifier" -> "prêts à certifier"; *supposed to
  do*: "supposés pour laisser" -> "censés laisser" (Petit Robert, *censé*); *delighted /
  honoured to do*: "enchanté pour vous donner" -> "enchanté de vous donner";
- *it is (high) time to do*: "c'est chronométrer pour agir" -> "il est temps d'agir";
- *timed to coincide with*: "chronométré pour coïncider" (timed with a stopwatch) ->
  "programmé pour coïncider".

Each only where the English has the word with its *to*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR, ETRE, alternation
from daybook.translate.french import LOWER, WORD_END, WORD_START, cased_like, elides

__all__ = ["participle_frames"]

# "instruire" -> "charger", form by form; "instruit" after an auxiliary is the participle.
_CHARGER = {"instruis": "charge", "instruisons": "chargeons", "instruisez": "chargez",
            "instruisent": "chargent", "instruirai": "chargerai", "instruira": "chargera",
            "instruirons": "chargerons", "instruiront": "chargeront",
            "instruirais": "chargerais", "instruirait": "chargerait",
            "instruisait": "chargeait", "instruisaient": "chargeaient",
            "instruisant": "chargeant", "instruire": "charger", "instruite": "chargée",
            "instruits": "chargés", "instruites": "chargées", "instruit": "chargé"}
_AUXILIARY = re.compile(r"(?<![\w-])(?:" + alternation(AVOIR | ETRE | {"été"}) + r")\s$",
                        re.IGNORECASE)
_INSTRUCT_EN = re.compile(r"\binstruct(?:s|ed|ing)?\b(?: [\w’'-]+){0,8}? to [a-z]",
                          re.IGNORECASE)
_INFINITIVE = (r"(?:l['’]|les |le |la |y |en |se |s['’]|nous |vous |leur |lui )?" + LOWER
               + r"+(?:er|ir|re)" + WORD_END)
# A form of "instruire", an optional noun phrase (a determiner and up to six words that
# are no clause words), "pour" / "par" before an infinitive.
_INSTRUIRE = re.compile(
    WORD_START + r"(?P<je>[Jj]['’])?(?P<verb>" + "|".join(sorted(_CHARGER, key=len, reverse=True))
    + r")(?P<np> (?:les|le|la|l['’]|des|un|une|nos|notre|vos|votre|leurs|leur|ses|son|sa|ces|"
    r"ce|cet|cette|chaque|tous les|toutes les)(?:(?<=['’])| )?(?:(?!(?:pour|par|à|que|qui|et|"
    r"est|sont|a|ont)" + WORD_END + r")[\w’'-]+ ?){1,6}?)? ?(?:pour|par) (?=(?P<inf>"
    + _INFINITIVE + "))")

_PREPARED_EN = re.compile(r"\bprepared to (?:\w+ly )?[a-z]", re.IGNORECASE)
_PREPARES = re.compile(WORD_START + r"préparé(e?s?) (?:pour|à) (?=(?:\w+ment )?" + _INFINITIVE
                       + ")")
_PRET = {"": "prêt", "s": "prêts", "e": "prête", "es": "prêtes"}

_COMMITTED_EN = re.compile(r"\bcommitted to\b", re.IGNORECASE)
_COMMIS = re.compile(WORD_START + r"(sommes|sont|suis|est|êtes|es|restons|restent|reste|"
                     r"demeurons|demeurent|demeure|resterons|resteront|restera)"
                     r"((?: [a-zé]+ment| toujours| aussi| également| pleinement| fermement)*)"
                     r" commise?s? (?=(?:à|au|aux|pour)" + WORD_END + ")")
_PLURAL_SUBJECT = frozenset(("sommes", "sont", "êtes", "restons", "restent", "demeurons",
                             "demeurent", "resteront"))

# *set / poised to do* (about to): "posés pour continuer" -> "prêts à continuer"; *supposed
# to do*: "supposés pour laisser" -> "censés laisser" (Petit Robert, *censé*: + the bare
# infinitive); *delighted / honoured to do*: "enchanté pour vous donner" -> "enchanté de"
# (Petit Robert, *enchanté* 2, *honoré*).
_SET_EN = re.compile(r"\b(?:set|poised) to (?:\w+ly )?[a-z]", re.IGNORECASE)
_POSES = re.compile(WORD_START + r"(?:posé|ramassé)(e?s?) pour (?=(?:\w+ment )?" + _INFINITIVE
                    + ")")
_SUPPOSED_EN = re.compile(r"\bsupposed to [a-z]", re.IGNORECASE)
_SUPPOSES = re.compile(WORD_START + r"supposé(e?s?) pour (?=(?:\w+ment )?" + _INFINITIVE + ")")
_DELIGHTED_EN = re.compile(r"\b(?:delighted|honou?red) to [a-z]", re.IGNORECASE)
_ENCHANTE = re.compile(WORD_START + r"(enchanté|honoré)(e?s?) pour (?=((?:\w+ment )?"
                       + _INFINITIVE + "))")

_TIMED_EN = re.compile(r"\btimed to coincide\b", re.IGNORECASE)
_CHRONO = re.compile(WORD_START + r"(?:(a|ont) )?chronométr(é|ée|és|ées) (?=pour coïncider)")


def _instruct(m: re.Match[str]) -> str:
    verb = m.group("verb")
    form = _CHARGER[verb.lower()]
    if verb.lower() == "instruit" and not _AUXILIARY.search(m.string[:m.start("verb")]):
        form = "charge"  # "il instruit": the present
    je = m.group("je")
    start = (cased_like("je", je) + " ") if je else ""
    if je and elides(form):
        start = je
    np = (m.group("np") or "").strip()
    de = "d'" if elides(m.group("inf")) else "de "
    return f"{start}{cased_like(form, verb)} {np + ' ' if np else ''}{de}"


def _committed(m: re.Match[str]) -> str:
    plural = m.group(1).lower() in _PLURAL_SUBJECT
    return f"{m.group(1)}{m.group(2)} {'attachés' if plural else 'attaché'} "


def _chrono(m: re.Match[str]) -> str:
    aux = m.group(1)
    made = "programm" + m.group(2)  # "prévu pour" would become "prévu de" (``frames``)
    if aux:  # "le forum a chronométré pour": the pivot's active for *has been timed*
        return f"{aux} été {made} "
    return made + " "


# *it is (high) time (for us) to do*: the pivot's "c'est chronométrer pour agir" (*time*
# read as the verb), "c'est temps haut pour"; French "il est (grand) temps de" (Petit
# Robert, *temps* I.6).
_TIME_EN = re.compile(r"\b(?:it is|it['’]s|is(?:n['’]t)? it)(?: not)? (?:high |about |now )?"
                      r"time (?:for \w+ )?to [a-z]", re.IGNORECASE)
# In the negative (*isn't it time to act?*): "Ce n'est pas chronométrer pour agir" -> "Il n'est
# pas temps d'agir" (``asked_not`` then asks it: "N'est-il pas temps d'agir").
_NOT_TIME = re.compile(r"(?<![\w’'-])(?P<n>[Cc]e|[Cc]ela) n['’]est pas "
                       r"(?:chronométrer|le temps|temps)"
                       r"(?P<for> pour (?:nous|vous|eux|elles|moi|lui|elle|tous))?"
                       r" (?:pour|à|de|d['’]) ?(?=(?P<inf>" + _INFINITIVE + "))")
_TIME = re.compile(r"(?<![\w’'-])(?:(?P<que>[Qq]ue) )?(?:(?P<c>[Cc])['’]est|(?P<i>[Ii])l est) "
                   r"(?:chronométrer|(?P<high>temps haut)|le temps|temps|le moment)"
                   r"(?P<for> pour (?:nous|vous|eux|elles|moi|lui|elle|tous))?"
                   r" (?:pour|à|de|d['’]) ?(?=(?P<inf>" + _INFINITIVE + "))")


def _time(m: re.Match[str]) -> str:
    first = m.group("c") or m.group("i")
    made = ("I" if first.isupper() and not m.group("que") else "i") + "l est " + (
        "grand temps" if m.group("high") else "temps")
    if m.group("que"):
        made = m.group("que")[0] + "u'" + made
    return made + (m.group("for") or "") + (" d'" if elides(m.group("inf")) else " de ")


def _feelings(source: str, text: str) -> str:
    """ "posés pour" -> "prêts à", "supposés pour" -> "censés", "enchanté pour" ->
    "enchanté de", each where the English has its word and *to*."""
    if _SET_EN.search(source):
        text = _POSES.sub(lambda m: _PRET[m.group(1)] + " à ", text)
    if "suppos" in text and _SUPPOSED_EN.search(source):
        text = _SUPPOSES.sub(lambda m: "censé" + m.group(1) + " ", text)
    if _DELIGHTED_EN.search(source):
        text = _ENCHANTE.sub(lambda m: m.group(1) + m.group(2)
                             + (" d'" if elides(m.group(3)) else " de "), text)
    return text


def participle_frames(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "J'ai instruit le gouvernement pour préparer" -> "J'ai chargé le gouvernement de
    préparer", "préparés pour" -> "prêts à", "commis à" -> "attachés à", "chronométré pour
    coïncider" -> "programmé pour coïncider": see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if "instrui" in text and _INSTRUCT_EN.search(source):
            text = _INSTRUIRE.sub(_instruct, text)
        if "préparé" in text and _PREPARED_EN.search(source):
            text = _PREPARES.sub(lambda m: _PRET[m.group(1)] + " à ", text)
        if "commis" in text and _COMMITTED_EN.search(source):
            text = _COMMIS.sub(_committed, text)
        if " pour " in text:
            text = _feelings(source, text)
        if "est" in text and _TIME_EN.search(source):
            text = _NOT_TIME.sub(lambda m: m.group("n")[0].replace("C", "I").replace(
                "c", "i") + "l n'est pas temps" + (
                m.group("for") or "") + (" d'" if elides(m.group("inf")) else " de "),
                _TIME.sub(_time, text))
        if "chronométr" in text and _TIMED_EN.search(source):
            text = _CHRONO.sub(_chrono, text)
        out.append(text)
    return out
