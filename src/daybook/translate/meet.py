"""*meet* in compound tenses and in the passive, as French says them (the English beside
the French; the simple tenses are in ``verbals``):

- *we/they have (not) met* with no object is reciprocal: "nous n'avons pas connu" ->
  "nous ne nous sommes pas rencontrés", "ils avaient rencontré" -> "ils s'étaient
  rencontrés";
- *met with* someone is "rencontrer" him: "je me suis trouvé avec le chef" -> "j'ai
  rencontré le chef", "nous avons connu avec" -> "nous avons rencontré"; *meet with* in
  the other tenses and the infinitive likewise ("où me trouve avec des chefs" -> "où je
  rencontre des chefs", "pour se trouver avec vous" -> "pour vous rencontrer", "essayé de
  trouver avec vous" -> "de vous rencontrer");
- needs, demands, targets *are met*: "satisfait", "atteint", "respecté", never "connu"
  ("les demandes seront connues" -> "seront satisfaites").

``occasions``, the words of a gathering and its time: *get together* (a group meets), the
pivot's "recevoir ensemble" -> "se réunir" ("nous recevons ensemble" -> "nous nous
réunissons"), *we are meeting* with no object "sommes en train de connaître" -> "nous nous
réunissons"; a *setting* (a place, a frame) "paramètre" (a setting of a device) ->
"cadre" ("dans un cadre aussi beau"); *this time*, *next time*, *last time*, *each time*
"À cette heure", "Temps proche", "dernier temps", "Chaque temps" -> "Cette fois", "La
prochaine fois", "la dernière fois", "Chaque fois" (Petit Robert, *fois*: an occurrence;
"heure" and "temps" are the clock's). Each where the English says it.
"""

from __future__ import annotations

import re
from functools import partial

from daybook.translate.aux_forms import alternation, avoir
from daybook.translate.collocations import reverb
from daybook.translate.french import cased_like

_ADV_EN = r"(?:(?:not|never|already|just|often|also|recently|finally|previously|first)\s+)?"
# *we have met* and no object after it (an adverbial, a preposition or the clause's end).
_RECIPROCAL_EN = re.compile(
    rf"\b(?:we|they)\s+(?:have|had|’ve|'ve|’d|'d)\s+{_ADV_EN}met\b(?=\s*[.,;:!?)–—]|\s*$|\s+"
    r"(?:for|in|at|on|many|several|before|again|twice|once|regularly|recently|since|"
    r"during|last|this|earlier|yesterday|today|here|there|only|more|often|so|personally|"
    r"face|in person|numerous)\b)", re.IGNORECASE)
_ADV_FR = r"(?:pas|jamais|déjà|juste|souvent|aussi|récemment|enfin|auparavant|d'abord) "
# The forms _ETRE maps.
_WE_HAVE = alternation(avoir("present", "imperfect", persons=("1pl", "3pl")))
_RECIPROCAL_FR = re.compile(
    rf"(?<![\w’'-])([Nn]ous|[Ii]ls|[Ee]lles) (n['’])?({_WE_HAVE}) ({_ADV_FR})?"
    r"(?:rencontré|connu)(?![\w’'-])")
_ETRE = {("nous", "avons"): "sommes", ("nous", "avions"): "étions",
         ("ils", "ont"): "sont", ("ils", "avaient"): "étaient",
         ("elles", "ont"): "sont", ("elles", "avaient"): "étaient"}
_MET_WITH_EN = re.compile(r"\bmet\s+with\b", re.IGNORECASE)
# The engine's "se trouver avec" (*to find oneself with*) or "connaître avec".
_MET_WITH_FR = re.compile(
    r"(?<![\w’'-])(?:(?:([Jj]e) me suis|(m['’])est|(me) suis)|(nous) sommes|(s['’])est|"
    r"(se) sont) ((?:récemment|déjà|aussi|juste|également|aujourd'hui) )?trouvée?s? avec "
    r"|(?<![\w’'-])(avons|ont|a|ai|avait|avaient) ((?:récemment|déjà|aussi|juste|également) )?"
    r"(?:connu|rencontré) avec ")
_HAVE = {"je": "j'ai", "m'": "ai", "m’": "ai", "me": "ai", "nous": "avons", "s'": "a",
         "s’": "a", "se": "ont"}
_DEMANDS_EN = {
    "satisfait": r"needs?|demands?|requirements?|expectations?|requests?|conditions?|"
                 r"criteria|wishes|interests|aspirations|concerns",
    "atteint": r"targets?|goals?|objectives?|quotas?|benchmarks?|indicators?|plans?",
    "respecté": r"obligations?|commitments?|deadlines?|standards?|terms|schedules?",
}
_BE_MET_EN = {word: re.compile(rf"\b(?:{nouns})\b[^.;:!?]{{0,60}}?\b(?:be|been|being|is|are|"
                               r"was|were)\s+(?:\w+ly\s+|not\s+|all\s+)?met\b", re.IGNORECASE)
              for word, nouns in _DEMANDS_EN.items()}
_BE_MET_FR = re.compile(r"(?<![\w’'-])((?:été|être|sont|est|seront|sera|soient|soit|étaient|"
                        r"était|serait|seraient) (?:[a-zé]+ment |pas |toutes |tous )?)"
                        r"(?:connu|rencontré)(e?s?)(?![\w’'-])")


def _reciprocal(m: re.Match[str]) -> str:
    subject, neg, have, adv = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    low = subject.lower()
    etre = _ETRE[(low, have)]
    ending = "ées" if low == "elles" else "és"
    self_ = "nous" if low == "nous" else "se"
    if neg:
        head = f"{subject} ne {self_} {etre}"
    elif self_ == "se" and etre[0] in "éè":
        head = f"{subject} s'{etre}"
    else:
        head = f"{subject} {self_} {etre}"
    return f"{head} {adv}rencontr{ending}"


def _met_with(m: re.Match[str]) -> str:
    if m.group(8):  # "avons connu avec" -> "avons rencontré"
        return f"{m.group(8)} {m.group(9) or ''}rencontré "
    who = next(g for g in m.groups()[:6] if g)
    have = _HAVE[who.lower()]
    if who == "Je":
        have = "J'ai"
    adv = m.group(7) or ""
    return f"{have} {adv}rencontré "


_MEET_WITH_EN = re.compile(r"\bmeet(?:s|ing)?\s+with\b", re.IGNORECASE)
# The other tenses and the infinitive: "(je) me trouve avec", "pour se trouver avec vous",
# "nous nous trouverons avec", "en se trouvant avec".
_TROUVER_AVEC = re.compile(
    r"(?<![\w’'-])(?:([Jj]e|[Nn]ous|[Vv]ous) )?(m['’]|me |nous |vous |se |s['’])"
    r"(trouv(?:e|es|ons|ez|ent|er|erai|eras|era|erons|erez|eront|erais|erait|erions|"
    r"eraient|ais|ait|ions|aient|ant)) avec(?: (vous|nous|eux|lui)(?![\w’'-]))? ?")
# ... and the infinitive whose "se" the engine dropped: "essayé de trouver avec vous".
_TROUVER_BARE = re.compile(r"(?<![\w’'-])(de|d['’]|pour|à) trouver avec(?: (vous|nous|eux|lui)"
                           r"(?![\w’'-]))? ?")
_SUBJECT = {"m'": "je ", "m’": "je ", "me ": "je ", "nous ": "nous ", "vous ": "vous "}
_OBJECT = {"vous": "vous ", "nous": "nous ", "eux": "les ", "lui": "le "}


def _meet_with_now(m: re.Match[str]) -> str:
    """ "me trouve avec" -> "je rencontre", "se trouver avec vous" -> "vous rencontrer"."""
    verb = reverb(m.group(3), "rencontrer")
    if verb is None:
        return m.group(0)
    subject = m.group(1)
    infinitive = verb.endswith("er") or verb.endswith("ant")
    if subject:
        head = subject + " "
    elif infinitive:
        head = ""
    else:
        head = _SUBJECT.get(m.group(2).lower(), "")
    obj = _OBJECT.get(m.group(4) or "", "")
    return f"{head}{obj}{verb}" + (" " if m.group(0).endswith(" ") else "")


def _meet_with_bare(m: re.Match[str]) -> str:
    """ "de trouver avec vous" -> "de vous rencontrer"."""
    before = "de" if m.group(1) in ("d'", "d’") else m.group(1)
    obj = _OBJECT.get(m.group(2) or "", "")
    return f"{before} {obj}rencontrer" + (" " if m.group(0).endswith(" ") else "")


def meet(source: str, text: str) -> str:
    """The French of *meet* in compound tenses and the passive (see above)."""
    if "meet" in source.lower() and "trouv" in text and _MEET_WITH_EN.search(source):
        text = _TROUVER_AVEC.sub(_meet_with_now, text)
        text = _TROUVER_BARE.sub(_meet_with_bare, text)
    if "met" not in source.lower():
        return text
    if _RECIPROCAL_EN.search(source):
        text = _RECIPROCAL_FR.sub(_reciprocal, text)
    if count := len(_MET_WITH_EN.findall(source)):
        text = _MET_WITH_FR.sub(_met_with, text, count=count)
    word = next((w for w, pattern in _BE_MET_EN.items() if pattern.search(source)), None)
    if word is not None:
        text = _BE_MET_FR.sub(lambda m: f"{m.group(1)}{word}{m.group(2)}", text, count=1)
    return text


_TOGETHER_EN = re.compile(r"\b(?:get|gets|got|gotten|getting)\s+together\b", re.IGNORECASE)
_TOGETHER_FR = re.compile(r"(?<![\w’'-])(?:([Nn]ous|[Vv]ous|[Ii]ls|[Ee]lles|[Oo]n) )?"
                          r"((?:recev|reçoi|reç|obt)[a-zéèêîô]*) ensemble(?![\w’'-])")
_SELF = {"nous": "nous ", "vous": "vous ", "ils": "se ", "elles": "se ", "on": "se "}
# *setting* a noun: after a determiner or an adjective, not the verb (*setting up*, *setting
# goals*) nor a device's *settings*.
_SETTING_EN = re.compile(r"\b(?:a|an|the|this|that|such|its|their|our|your|his|her|"
                         r"[a-z]+(?:al|ful|ive|ic|ous|ble|ed|ing|y))\s+setting\b(?!\s+(?:up|"
                         r"out|off|aside|forth|the|a|an|new|records?|goals?|targets?|"
                         r"priorities|prices?|standards?|tasks?|rules|limits))",
                         re.IGNORECASE)
_PARAMETRE = re.compile(r"(?<![\w’'-])paramètre(?![\w’'-])")
_TIMES = (
    (re.compile(r"(?<!\bat )(?<!\bby )(?<!\buntil )(?<!\bsince )(?<!\bduring )(?<!\bfor )"
                r"(?<!\bfrom )\bthis time\b(?! of\b)", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Àà]) cette heure(?![\w’'-])(?! d['’e])"), "cette fois"),
    (re.compile(r"\bnext time\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Tt])emps proche(?![\w’'-])"), "la prochaine fois"),
    (re.compile(r"\blast time\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])(?:le )?([Dd])ernier temps(?![\w’'-])"), "la dernière fois"),
    (re.compile(r"\b(?:each|every) time\b", re.IGNORECASE),
     re.compile(r"(?<![\w’'-])([Cc])haque temps(?![\w’'-])"), "chaque fois"),
)


def _said(said: str, m: re.Match[str]) -> str:
    return cased_like(said, m.group(1))


def _together(source: str, m: re.Match[str]) -> str:
    """ "nous recevons ensemble" -> "nous nous réunissons"."""
    verb = reverb(m.group(2), "réunir")
    if verb is None:
        return m.group(0)
    subject = m.group(1)
    if subject:
        return f"{subject} {_SELF[subject.lower()]}{verb}"
    if verb.endswith(("ir", "ant")):  # "de recevoir ensemble" -> "de nous réunir"
        return ("nous " if re.search(r"\bwe\b", source, re.IGNORECASE) else "se ") + verb
    return verb


# *we are meeting* (no object): the pivot's "(nous) sommes en train de connaître".
_MEETING_EN = re.compile(r"\b(?:we|they)(?:\s+are|['’]re)\s+(?:\w+ly\s+|now\s+|again\s+)?"
                         r"meeting\b(?!\s+(?:the|a|an|our|their|its|these|those|this|that|"
                         r"all|with|you|him|her|them|us)\b)", re.IGNORECASE)
_EN_TRAIN = re.compile(r"(?<![\w’'-])(?:([Nn]ous|[Ii]ls|[Ee]lles) )?(sommes|sont) en train de "
                       r"connaître(?![\w’'-])")


def _meeting(m: re.Match[str]) -> str:
    """ "sommes en train de connaître" -> "nous nous réunissons"."""
    if m.group(2) == "sommes":
        return f"{m.group(1) or 'nous'} nous réunissons"
    return (f"{m.group(1)} " if m.group(1) else "") + "se réunissent"


def occasions(source: str, text: str) -> str:
    """*get together* "se réunir", a *setting* "cadre", *this time* "cette fois" (see
    above)."""
    if "en train de conn" in text and _MEETING_EN.search(source):
        text = _EN_TRAIN.sub(_meeting, text)
    if "ensemble" in text and _TOGETHER_EN.search(source):
        text = _TOGETHER_FR.sub(lambda m: _together(source, m), text)
    if "paramètre" in text and _SETTING_EN.search(source):
        text = _PARAMETRE.sub("cadre", text, count=len(_SETTING_EN.findall(source)))
    for english, french, said in _TIMES:
        if english.search(source):
            text = french.sub(partial(_said, said), text)
    return text
