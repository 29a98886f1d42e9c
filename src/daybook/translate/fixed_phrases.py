"""More English set phrases the engine says word for word, written as French says them.

Like ``set_phrases``, each rule runs after the engine on one sentence with its English
source beside it and fires only where the English has the phrase. The French is the
dictionaries' (Robert & Collins, Larousse, TLFi):

- *as a whole* "le pays globalement" -> "le pays dans son ensemble" ("dans leur ensemble"
  after a plural), where the French has as many "globalement" as the English *as a whole*;
- *an early/a speedy recovery* (of the injured) "une récupération anticipée/rapide" -> "un
  prompt rétablissement";
- *show/exercise restraint* "montrer la restriction" -> "faire preuve de retenue";
- *To do that/this,* "Pour faire que," -> "Pour ce faire,"; *to do that* closing a clause
  "de faire que –" -> "de le faire –";
- *around/about* + a figure "autour de 4 millions" -> "environ 4 millions" (not after a verb
  of movement round a value: "oscille autour de 5 %");
- *wish (you) success* "je vous souhaite succès" -> "plein succès";
- *on the occasion of* "pour l'occasion de" -> "à l'occasion de";
- *in any form* "dans n'importe quelle forme" -> "sous toutes ses formes";
- *a thing of the past* "une chose du passé" -> "de l'histoire ancienne";
- *in line with* "en ligne avec votre décision" -> "conformément à votre décision";
- *to a certain extent* "jusqu'à un certain point" -> "dans une certaine mesure";
- *until* + a year "jusqu'à 2033" -> "jusqu'en 2033" (Grevisse, § 1051: "en" before a year).
"""

from __future__ import annotations

import re

from daybook.translate.collocations import reverb
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings

__all__ = ["fixed_phrases"]

_WHOLE_EN = re.compile(r"\b([\w’'-]+) as a whole\b", re.IGNORECASE)
_GLOBALEMENT = re.compile(_B + r"globalement" + _E)
# English plurals in -s (not -ss, -us, -is, -ics: "business", "status", "crisis").
_PLURAL_EN = re.compile(r"(?<![su])(?<!ic)s$|^(?:we|they|people|children)$", re.IGNORECASE)

_RECOVERY_EN = re.compile(r"\b(?:early|speedy|quick|swift|rapid|fast|prompt) recovery\b"
                          r"(?! (?:of|in|for)\b)", re.IGNORECASE)
_PEOPLE_EN = re.compile(r"\b(?:injur\w*|wound\w*|hurt|ill|sick|victims?|health|hospital\w*|"
                        r"you|him|her)\b", re.IGNORECASE)
_RECOVERY_FR = re.compile(r"(?<![\w-])(?:([Uu]ne|[Ll]a) )?récupération (?:anticipée|rapide|prompte|"
                          r"précoce|hâtive)" + _E)

_RESTRAINT_EN = re.compile(r"\b(?:show|shows|showed|shown|showing|exercis\w+|display\w*) "
                           r"(?:(?:maximum|the utmost|utmost|more|great|greater|some|"
                           r"mutual) )?restraint\b", re.IGNORECASE)
_RESTRAINT_FR = re.compile(_B + r"((?:montr|exerç|exerc|affich)[a-zéèê]*) (?:la |de la |une )?"
                           r"(?:plus grande )?(?:restriction|retenue|contrainte)" + _E)

_DO_THAT_EN = re.compile(r"\bdo (?:that|this|so)\b", re.IGNORECASE)
_POUR_CE_FAIRE = re.compile(r"(?:^|(?<=[.!?] ))([Pp]our|[Aa]fin de) faire (?:que|ça|cela|ceci)"
                            r"(?=\s*,)")
_DE_LE_FAIRE = re.compile(_B + r"(de|à|pour|) ?faire (?:que|ça)(?=\s*(?:[,.;:!?)–—]|$))")

_AROUND_EN = re.compile(r"\b(?:around|about|approximately|roughly)\s+(?:\$|€|£)?\d",
                        re.IGNORECASE)
# A verb that moves round a value keeps "autour de" ("oscille autour de 5 %").
_AROUND_FR = re.compile(r"(?<![\w’'-])([Aa])utour de (?=\d)")
_AROUND_VERB = re.compile(r"(?:tourn|oscill|gravit|fluctu|situ|stabilis|établi)\w* $")

_SUCCESS_EN = re.compile(r"\bwish\w*\b.*\bsuccess", re.IGNORECASE)
_SUCCESS_FR = re.compile(_B + r"(souhait[a-zéè]*(?: à vous tous| à tous)?) succès" + _E)

# Phrases said as one French phrase whatever surrounds them: the English, the engine's
# French, the French.
_PLAIN: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    (re.compile(r"\bon the occasion of\b", re.IGNORECASE),
     re.compile(_B + r"(?:pour|dans|en|sur|par) l(['’])occasion d(?=[e'’])"), r"à l\1occasion d"),
    (re.compile(r"\bin any (?:form|shape)\b", re.IGNORECASE),
     re.compile(_B + r"(?:dans|en|sous) n['’]importe quelle forme" + _E), "sous toutes ses formes"),
    (re.compile(r"\b(?:a thing|things) of the past\b", re.IGNORECASE),
     re.compile(_B + r"(?:une chose|des choses) du passé" + _E), "de l'histoire ancienne"),
)

_IN_LINE_EN = re.compile(r"\bin line with\b", re.IGNORECASE)
_IN_LINE_FR = re.compile(_B + r"([Ee])n ligne avec (?:(le|les) |(la |l['’]))?")
_EXTENT_EN = re.compile(r"\bto (?:a certain|some) extent\b", re.IGNORECASE)
_EXTENT_FR = re.compile(_B + r"([Jj])usqu['’]à un certain point" + _E)
_UNTIL_EN = re.compile(r"\b(?:until|till|through|up until) ((?:1[89]|20)\d\d)\b", re.IGNORECASE)
# The year not followed by a noun it counts ("jusqu'à 2000 personnes").
_UNTIL_AFTER = (r"(?![\w’'-]| (?!(?:et|ou|inclus|inclusivement|compris|au|aux|dans|pour|en|à|"
                r"sur|avec|afin|et)\b)[a-zàâçéèêëîïôûùüÿœ])")


def _as_a_whole(source: str, french: str) -> str:
    heads = _WHOLE_EN.findall(source)
    found = _GLOBALEMENT.findall(french)
    if not heads or len(found) != len(heads):
        return french
    owners = ["leur" if _PLURAL_EN.search(h) else "son" for h in heads]
    before = [w.split()[-1] if w.split() else "" for w in
              (french[:m.start()] for m in _GLOBALEMENT.finditer(french))]
    # After its noun or an adjective ("la région globalement"); after a verb ("l'industrie
    # se développe globalement") "dans son ensemble" would need to go back to the subject.
    reads = readings([w.lower() for w in before if w.isalpha()])
    if not all(w.isalpha() and any(r.pos in ("n", "adj") for r in reads.get(w.lower(), ()))
               and not any(r.tags[:1] in (("vblex",), ("vbser",), ("vbhaver",), ("vbmod",))
                           for r in reads.get(w.lower(), ())) for w in before):
        return french
    said = iter(owners)
    return _GLOBALEMENT.sub(lambda m: f"dans {next(said)} ensemble", french)


def _restraint(m: re.Match[str]) -> str:
    verb = reverb(m.group(1), "faire")
    return m.group(0) if verb is None else f"{verb} preuve de retenue"


def _around(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 20):m.start()]
    if _AROUND_VERB.search(before):
        return m.group(0)
    return ("E" if m.group(1) == "A" else "e") + "nviron "


def _until(source: str, french: str) -> str:
    """ "jusqu'à 2033" -> "jusqu'en 2033" for each year the English has after *until*."""
    for year in _UNTIL_EN.findall(source):
        french = re.sub(r"(?<![\w’'-])([Jj])usqu['’]à (" + year + ")" + _UNTIL_AFTER,
                        r"\1usqu'en \2", french)
    return french


def fixed_phrases(source: str, french: str) -> str:
    """Each set phrase the English has, said in French: *as a whole* "globalement" -> "dans
    son ensemble", *a speedy recovery* "une récupération rapide" -> "un prompt
    rétablissement", *show restraint* "montrer la restriction" -> "faire preuve de
    retenue", *To do that,* "Pour faire que," -> "Pour ce faire,"..."""
    if "globalement" in french and _WHOLE_EN.search(source):
        french = _as_a_whole(source, french)
    if "récupération" in french and _RECOVERY_EN.search(source) and _PEOPLE_EN.search(source):
        french = _RECOVERY_FR.sub(lambda m: (
            ("Un " if m.group(1)[0] == "U" else "un ") if m.group(1) and m.group(1)[1] == "n"
            else ("Le " if m.group(1)[0] == "L" else "le ") if m.group(1) else "")
            + "prompt rétablissement", french)
    if _RESTRAINT_EN.search(source):
        french = _RESTRAINT_FR.sub(_restraint, french)
    if "faire" in french and _DO_THAT_EN.search(source):
        french = _POUR_CE_FAIRE.sub(lambda m: m.group(1)[0] + "our ce faire", french)
        french = _DE_LE_FAIRE.sub(lambda m: (m.group(1) + " " if m.group(1) else "")
                                  + "le faire", french)
    if "utour de" in french and _AROUND_EN.search(source):
        french = _AROUND_FR.sub(_around, french)
    if "succès" in french and _SUCCESS_EN.search(source):
        french = _SUCCESS_FR.sub(r"\1 plein succès", french)
    for english, engine, said in _PLAIN:
        if english.search(source):
            french = engine.sub(said, french)
    if "ligne avec" in french and _IN_LINE_EN.search(source):
        french = _IN_LINE_FR.sub(lambda m: ("C" if m.group(1) == "E" else "c") + "onformément "
                                 + ({"le": "au ", "les": "aux "}.get(m.group(2) or "")
                                    or "à " + (m.group(3) or "")), french)
    if "certain point" in french and _EXTENT_EN.search(source):
        french = _EXTENT_FR.sub(lambda m: ("D" if m.group(1) == "J" else "d")
                                + "ans une certaine mesure", french)
    if "jusqu" in french and _UNTIL_EN.search(source):
        french = _until(source, french)
    return french
