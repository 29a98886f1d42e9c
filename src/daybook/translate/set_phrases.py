"""English set phrases the engine says word for word, written as French says them.

Each rule runs after the engine on one sentence with its English source beside it and fires
only where the English has the phrase; a verb keeps the tense and person the engine gave it
(``collocations.reverb``). The French is the dictionaries' (Robert & Collins, Petit Robert):

- *sooner or later* "tard ou tôt" -> "tôt ou tard", after the finite verb the pivot left
  it before ("les pays tard ou tôt acquerront" -> "les pays acquerront tôt ou tard");
- *take X seriously* "porte son travail très sérieusement" -> "prend son travail très au
  sérieux", "nous le portons sérieusement" -> "nous le prenons au sérieux";
- *save time* "sauver temps" -> "gagner du temps";
- *is/are/was not enough* closing a clause "n'est pas assez" -> "ne suffit pas" (in the
  engine's tense and number), "ce n'est pas assez" -> "cela ne suffit pas";
- *the quality of (people's) lives* "la qualité des vies" -> "la qualité de vie";
- *the whole of* + a feminine or masculine noun with its article "la totalité de la Russie"
  -> "toute la Russie", "la totalité du pays" -> "tout le pays";
- *over the past/last year* "sur l'année dernière" -> "au cours de l'année écoulée";
- *to a great/large extent* "à une grande portée" -> "dans une large mesure";
- *reach an agreement / a consensus* "atteindre un accord" -> "parvenir à un accord" ("ont
  abouti à un accord" after "avoir", which keeps the engine's auxiliary);
- *be to blame for* "sont pour blâmer pour les incendies" -> "sont responsables des
  incendies";
- *agree with* "je conviens avec vous" -> "je suis d'accord avec vous", *cannot agree* "je
  ne peux pas convenir" -> "je ne suis pas d'accord", *disagree with* "diverger avec" -> "ne
  pas être d'accord avec";
- *pleased to note* "heureux de constater", *satisfied to note* "Je suis satisfait de noter"
  -> "Je constate avec satisfaction"; *remind everyone that* "rappeler à tous que";
- *considered one of* "considérés un des" -> "considérés comme l'un des".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from daybook.translate.aux_forms import AVOIR, THIRD, alternation, avoir
from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings
from daybook.translate.manner_order import finite_only

__all__ = ["set_phrases"]

_SOONER_EN = re.compile(r"\bsooner or later\b", re.IGNORECASE)
_SOONER_FR = re.compile(_B + r"(?:plus )?([Tt])ard ou (?:plus )?tôt" + _E)

# *will sooner or later acquire*: the pivot keeps the English order, the phrase between the
# subject and the verb ("les pays tôt ou tard acquerront"); French says it after the finite
# verb ("acquerront tôt ou tard"), not at the head of a clause.
# Not after a word that opens a clause ("alors tôt ou tard nous viendrons").
_SOONER_VERB = re.compile(r"(?<=[\w’'] )(?<!\balors )(?<!\bet )(?<!\bmais )(?<!\bdonc )"
                          r"(?<!\bque )(?<!\bqu’)(?<!\bqu')(?<!\bsi )(?<!\bpuis )(?<!\bcar )"
                          r"tôt ou tard ((?:(?:les|le|la|l['’]|lui|leur|y|en|se|s['’]) ?)*)("
                          + _W + ")" + _E)

_SERIOUSLY_EN = re.compile(r"\b(?:take|takes|took|taken|taking)\b(?: [\w’'-]+){0,5}? "
                           r"(?:very |more |most |too |so |quite )?seriously\b", re.IGNORECASE)
# "porter" (the pivot's *take*) + up to five words of its object + "sérieusement".
_SERIOUSLY_FR = re.compile(_B + r"(port(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|erons|"
                           r"eront|erait|eraient|ant|èrent|a))((?: [\w’'-]+){0,5}?) "
                           r"((?:très |plus |trop |si |assez )?)sérieusement" + _E)

_SAVE_TIME_EN = re.compile(r"\bsav(?:e|es|ed|ing) (?:(?:a lot of|much|some) )?time\b",
                           re.IGNORECASE)
_SAVE_TIME_FR = re.compile(_B + r"(sauv\w*) (?:(beaucoup|plus|un peu) de |du )?temps" + _E)

_ENOUGH_EN = re.compile(r"\b(?:is|are|was|were|be|been)(?: not|n['’]t)(?: yet| still)? "
                        r"enough(?=\s*(?:[.,;:!?)”\"]|$))", re.IGNORECASE)
_ENOUGH_FR = re.compile(_B + r"((?:[Cc]e )?)(?:n['’]|ne )(est|sont|était|étaient|sera|seront|"
                        r"serait|seraient|a été|ont été) pas assez(?=\s*(?:[.,;:!?)»”]|$))")
_SUFFIRE = {"est": "suffit", "sont": "suffisent", "était": "suffisait",
            "étaient": "suffisaient", "sera": "suffira", "seront": "suffiront",
            "serait": "suffirait", "seraient": "suffiraient", "a été": "a suffi",
            "ont été": "ont suffi"}

_LIVES_EN = re.compile(r"\bquality of (?:[\w’'-]+ ){0,2}lives\b", re.IGNORECASE)
_LIVES_FR = re.compile(_B + r"qualité des vies" + _E)

_WHOLE_EN = re.compile(r"\bthe whole of\b", re.IGNORECASE)
_WHOLE_FR = re.compile(_B + r"([Ll])a totalité (de la|du) (?=\w)")

_PAST_YEAR_EN = re.compile(r"\bover the (?:past|last) year\b", re.IGNORECASE)
_PAST_YEAR_FR = re.compile(_B + r"([Ss])ur l(['’])année dernière" + _E)
_EXTENT_EN = re.compile(r"\bto a (?:great|large|considerable|significant) extent\b",
                        re.IGNORECASE)
_EXTENT_FR = re.compile(_B + r"([Àà]) une (?:grande|large|considérable|importante) (?:portée|"
                        r"mesure|étendue)" + _E)


# *reach an agreement / a consensus*: "atteindre un accord" -> "parvenir à un accord"; after
# "avoir" the participle "abouti à" (Robert & Collins), which keeps the engine's auxiliary
_REACH_EN = re.compile(r"\breach(?:es|ed|ing)?\s+(?:(?:an?|the|this|that|mutual|some|any|new|"
                       r"final|broad|common|such)\s+)*(?:agreements?|consensus|understanding|"
                       r"compromises?|accords?)\b", re.IGNORECASE)
_REACH_FR = re.compile(_B + r"(?P<aux>(?:" + alternation(
    AVOIR | avoir("subjunctive", persons=THIRD) | {"avoir", "ayant"})
                       + r") (?:déjà |enfin |finalement )?)?"
                       r"(?P<verb>atteindre|atteign" + _W + r"|atteindr" + _W + r"|atteint|"
                       r"atteints|atteinte|atteintes|atteins) (?P<det>un|une|des|l['’]|le|la|les|"
                       r"ce|cet|cette|ces|notre|nos|leur|leurs)(?P<sep>['’]| )(?=(?:" + _W
                       + r" )?(?:accords?|consensus|entente|entendement|compromis)" + _E + ")")
_TO_DET = {"le": "au", "les": "aux"}


def _reach(m: re.Match[str]) -> str | None:
    aux, verb = m.group("aux") or "", m.group("verb")
    if aux and verb.startswith("atteint"):
        made: str | None = "abouti"
    else:
        made = reverb(verb, "parvenir")
    if made is None:
        return None
    det, sep = m.group("det"), m.group("sep")
    joined = _TO_DET.get(det.lower())
    return aux + made + " " + (joined + sep if joined else f"à {det}{sep}")


# *be to blame (for)*: "sont pour blâmer pour les incendies" -> "sont responsables des
# incendies"
_BLAME_EN = re.compile(r"\b(?:is|are|was|were|be|been|['’]s|['’]re)\s+(?:not\s+|also\s+|partly\s+|"
                       r"solely\s+|largely\s+)?to\s+blame\b", re.IGNORECASE)
_BLAME_FR = re.compile(r"(?<![\w-])(?P<be>est|sont|était|étaient|sera|seront|serait|seraient|soit|"
                       r"soient|être)(?P<adv> pas| aussi| en partie)? pour blâmer" + _E
                       + r"(?P<for> (?:pour|de) (?P<det>les |le |la |l['’]|des |du |ce |cet |"
                       r"cette |ces |cela|ça)?)?")
_PLURAL_BE = frozenset(("sont", "étaient", "seront", "seraient", "soient"))
_OF_DET = {"les ": "des ", "le ": "du ", "des ": "des ", "du ": "du ", "cela": "de cela",
           "ça": "de cela"}


def _blame(m: re.Match[str]) -> str:
    made = m.group("be") + (m.group("adv") or "") + " responsable" + (
        "s" if m.group("be") in _PLURAL_BE else "")
    if m.group("for") is None:
        return made
    det = m.group("det") or ""
    return f"{made} " + _OF_DET.get(det, "de " + det)


# *agree with*, *cannot agree*, *disagree with*: "être d'accord" (the pivot's "convenir
# avec", "diverger avec" say *settle on*, *diverge*), in the engine's person
_AGREE_EN = re.compile(r"\bagrees?\s+(?:\w+ly\s+)?with\b", re.IGNORECASE)
_AGREE_FR = re.compile(_B + r"(conviens|convient|convenons|convenez|conviennent)((?: complètement|"
                       r" pleinement| entièrement| tout à fait| absolument| totalement)?) avec"
                       + _E)
_CANNOT_EN = re.compile(r"\b(?:can ?not|can['’]t)\s+(?:\w+ly\s+)?agree\b(?!\s+(?:to|on|upon)\b)",
                        re.IGNORECASE)
_CANNOT_FR = re.compile(_B + r"(?:ne |n['’])(peux|peut|pouvons|pouvez|peuvent) pas convenir" + _E)
_DISAGREE_EN = re.compile(r"\bdisagrees?\s+with\b", re.IGNORECASE)
_DISAGREE_FR = re.compile(_B + r"(?P<je>[Jj]e )?(diverger|divergeons|divergez|divergent|diverge) "
                          r"avec" + _E)
_BE_OF = {"conviens": "suis", "convient": "est", "convenons": "sommes", "convenez": "êtes",
          "conviennent": "sont", "peux": "suis", "peut": "est", "pouvons": "sommes",
          "pouvez": "êtes", "peuvent": "sont", "divergeons": "sommes", "divergez": "êtes",
          "divergent": "sont", "diverge": "est"}


def _not_be(be: str) -> str:
    return ("n'" if be[0] in "eê" else "ne ") + be + " pas d'accord"


def _disagree(m: re.Match[str]) -> str:
    verb = m.group(2)
    if verb == "diverger":
        return "ne pas être d'accord avec"
    be = "suis" if m.group("je") and verb == "diverge" else _BE_OF[verb]
    return (m.group("je") or "") + _not_be(be) + " avec"


# *pleased to note* "heureux de constater"; *satisfied to note* "Je suis satisfait de noter"
# -> "Je constate avec satisfaction" (Robert & Collins, *note*)
_NOTE_EN = re.compile(r"\b(?:pleased|glad|happy|delighted|satisfied|gratified)\s+to\s+note\b",
                      re.IGNORECASE)
_GLAD_FR = re.compile(_B + r"((?:heureu(?:x|se|ses)|ravie?s?|contente?s?) )(?:de|pour) noter" + _E)
_SATISFIED_FR = re.compile(_B + r"(suis|sommes|est|sont|êtes) satisfaite?s? (?:de|pour) noter"
                           + _E)
_CONSTATE = {"suis": "constate", "sommes": "constatons", "est": "constate",
             "sont": "constatent", "êtes": "constatez"}

# *remind everyone that* "rappeler à tous que" (the pivot's "rappeler tout le monde que":
# French reminds something *to* someone)
_REMIND_EN = re.compile(r"\bremind\w*\s+(?:everyone|everybody)\s+that\b", re.IGNORECASE)
_REMIND_FR = re.compile(_B + r"(rappel" + _W + r"|souvenir) tout le monde (?=que |qu['’])")

# *considered one of* (no *as*): "considérés un des" -> "considérés comme l'un des"
_ONE_OF_EN = re.compile(r"\b(?:considered|regarded|deemed)\s+(?:(?:by\s+right|rightly|widely|"
                        r"justly|generally|often|universally)\s+)?one\s+of\b", re.IGNORECASE)
_ONE_OF_FR = re.compile(_B + r"(considér(?:é|ée|és|ées)(?: à juste titre| de droit| amplement| "
                        r"largement| généralement| souvent)?) (un|une) (?=(?:des|du|de la|"
                        r"de l['’]|de|d['’])" + _E + ")")


def _sooner(french: str) -> str:
    french = _SOONER_FR.sub(lambda m: ("T" if m.group(1) == "T" else "t") + "ôt ou tard", french)
    return _SOONER_VERB.sub(lambda m: f"{m.group(1)}{m.group(2)} tôt ou tard"
                            if finite_only(readings([m.group(2)]).get(m.group(2), ()))
                            else m.group(0), french)


def _reverbed(pattern: re.Pattern[str], lemma: str, rest: Callable[[re.Match[str]], str],
              french: str) -> str:
    """Each match of ``pattern`` with its verb (group 1) as the same form of ``lemma``, then
    ``rest`` of the match."""
    def fix(m: re.Match[str]) -> str:
        verb = reverb(m.group(1), lemma)
        return m.group(0) if verb is None else verb + rest(m)

    return pattern.sub(fix, french)


def _enough(m: re.Match[str]) -> str:
    ce, be = m.groups()
    lead = ("Cela " if ce[0] == "C" else "cela ") if ce else ""
    return f"{lead}ne {_SUFFIRE[be]} pas"


def set_phrases(source: str, french: str) -> str:
    """Each set phrase the English has, said in French: *sooner or later* "tard ou tôt" ->
    "tôt ou tard", *takes his job seriously* "porte son travail sérieusement" -> "prend son
    travail au sérieux", *save time* "sauver temps" -> "gagner du temps", *is not enough*
    "n'est pas assez" -> "ne suffit pas"..."""
    if _SOONER_EN.search(source):
        french = _sooner(french)
    if _SERIOUSLY_EN.search(source) and "sérieusement" in french:
        french = _reverbed(_SERIOUSLY_FR, "prendre",
                           lambda m: f"{m.group(2)} {m.group(3)}au sérieux", french)
    if _SAVE_TIME_EN.search(source) and "sauv" in french:
        french = _reverbed(_SAVE_TIME_FR, "gagner", lambda m: " " + (
            m.group(2) + " de" if m.group(2) else "du") + " temps", french)
    if _ENOUGH_EN.search(source) and "pas assez" in french:
        french = _ENOUGH_FR.sub(_enough, french)
    if _LIVES_EN.search(source):
        french = _LIVES_FR.sub("qualité de vie", french)
    if _WHOLE_EN.search(source) and "totalité" in french:
        french = _WHOLE_FR.sub(lambda m: ("T" if m.group(1) == "L" else "t") + (
            "oute la " if m.group(2) == "de la" else "out le "), french)
    if _PAST_YEAR_EN.search(source):
        french = _PAST_YEAR_FR.sub(lambda m: ("A" if m.group(1) == "S" else "a")
                                   + f"u cours de l{m.group(2)}année écoulée", french)
    if _EXTENT_EN.search(source):
        french = _EXTENT_FR.sub(lambda m: ("D" if m.group(1) == "À" else "d")
                                + "ans une large mesure", french)
    if "attei" in french and _REACH_EN.search(source):
        french = _REACH_FR.sub(lambda m: _reach(m) or m.group(0), french,
                               count=len(_REACH_EN.findall(source)))
    if "blâmer" in french and _BLAME_EN.search(source):
        french = _BLAME_FR.sub(_blame, french)
    if "conv" in french and _AGREE_EN.search(source):
        french = _AGREE_FR.sub(lambda m: f"{_BE_OF[m.group(1)]}{m.group(2)} d'accord avec", french)
    if "convenir" in french and _CANNOT_EN.search(source):
        french = _CANNOT_FR.sub(lambda m: _not_be(_BE_OF[m.group(1)]), french)
    if "diverg" in french and _DISAGREE_EN.search(source):
        french = _DISAGREE_FR.sub(_disagree, french)
    if " noter" in french and _NOTE_EN.search(source):
        french = _GLAD_FR.sub(r"\1de constater", french)
        french = _SATISFIED_FR.sub(lambda m: _CONSTATE[m.group(1)] + " avec satisfaction", french)
    if "tout le monde" in french and _REMIND_EN.search(source):
        french = _REMIND_FR.sub(lambda m: (reverb(m.group(1), "rappeler") or m.group(1))
                                + " à tous ", french)
    if "considér" in french and _ONE_OF_EN.search(source):
        french = _ONE_OF_FR.sub(r"\1 comme l'\2 ", french)
    return french
