"""The site's formulas as French writes them, where Apertium's word-for-word choice is wrong.

Official chronicles repeat a few phrases every day: "on the sidelines of the summit", "took
part in", "the sides agreed", "a short meeting", "the signing ceremony", "the meeting was held".
Apertium gives each a wrong sense that a publisher would fix each time ("sur le par-des lignes
du sommet", "a intervenu dans", "les angles", "une basse se trouver", "la cérémonie de
fichage", "a été célébré"). Each rule rewrites the French only when the English sentence has
the formula, so a word Apertium gets right elsewhere ("les angles" of a triangle) is left alone.
The rules and what they fix were found on the tuning pages (even ids) and are counted there
(docs/translation.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from daybook.translate.aux_forms import AVOIR, AVOIR_TENSES, ETRE_TENSES, alternation, same_person
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _W
from daybook.translate.french import contract

# The determiners after which "assister", "participer" take "à" ("assister le sommet" ->
# "assister au sommet"); ``french.contract`` makes "au", "aux".
_DETERMINERS = ("le", "les", "la", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces",
                "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "tous",
                "toutes")
# The article whole: "les" is not "le" + "s", "l'" runs into its word.
_TO_ARTICLE = ("(" + "|".join(sorted(_DETERMINERS, key=len, reverse=True))
               + r")(?:(?<=['’])|(?= ))")


def _to(article: str) -> str:
    """ "à" with ``article``: "au", "aux", "à la", "à l'", "à cette" (capital kept)."""
    elided = article.endswith(("'", "’"))
    to = contract("à", article.lower() + ("" if elided else " x"))
    to = to if elided else to[:-2]
    return to if article[0].islower() else to[0].upper() + to[1:]


def _keep_case(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[:1].isupper() else word


@dataclass(frozen=True, slots=True)
class Formula:
    name: str
    english: re.Pattern[str]  # the formula in the source sentence
    french: re.Pattern[str]  # what Apertium made of it
    fix: str | Callable[[re.Match[str]], str]


def _participle(m: re.Match[str]) -> str:
    # "célébré(e)(s)" -> "tenu(e)(s)": the engine's agreement is kept.
    return _keep_case("tenu" + m.group(2), m.group(1))


_PARTICIPATE = {"intervenir": "participer", "intervenu": "participé", "intervient":
                "participe", "interviennent": "participent", "intervenait": "participait",
                "intervenaient": "participaient", "interviendra": "participera",
                "interviendront": "participeront", "intervenant": "participant",
                "intervenons": "participons", "intervenez": "participez"}


# The present of "être" (not "es") -> that of "avoir": "intervenir" takes "être", "participer"
# "avoir".
_ETRE_TO_AVOIR = same_person(ETRE_TENSES, AVOIR_TENSES, "present",
                             persons=("1sg", "3sg", "1pl", "2pl", "3pl"))


def _take_part(m: re.Match[str]) -> str:
    verb = _keep_case(_PARTICIPATE[m.group(2).lower()], m.group(2))
    aux = m.group(1) or ""
    if aux.lower()[:-1] in _ETRE_TO_AVOIR:  # "est intervenu" -> "a participé"
        aux = _ETRE_TO_AVOIR[aux.lower()[:-1]] + " "
    return aux + verb + " " + _to(m.group(3)[5:])


FORMULAS: tuple[Formula, ...] = (
    # "on the sidelines of X" (en marge de X), "on its sidelines" (en marge).
    Formula("sidelines", re.compile(r"\bsidelines\b", re.I),
            re.compile(_W + r"([Ss])ur (?:le|les) (?:sien |sienne |seu |leur )?par-des lignes"
                       r"( (?=de |d'|d’|du |des ))?"),
            lambda m: ("E" if m.group(1) == "S" else "e") + "n marge" + (m.group(2) or "")),
    # "the signing ceremony": a "fichage" is a filing of records.
    Formula("signing", re.compile(r"\bsigning\b", re.I),
            re.compile(_W + r"(le |du |au |de |pour |un )?fichage" + _E),
            lambda m: {"le ": "la ", "du ": "de la ", "au ": "à la ", "un ": "une "}.get(
                (m.group(1) or "").lower(), m.group(1) or "") + "signature"),
    # "the sides" of talks are its parties.
    Formula("sides", re.compile(r"\bsides\b", re.I),
            re.compile(_W + r"([Ll]es|[Dd]es|[Dd]eux) angles" + _E), r"\1 parties"),
    # "leaders" of states are "dirigeants", not "patrons" (employers), unless the text speaks
    # of employers or bosses.
    Formula("leaders", re.compile(r"\bleaders\b(?!.*\b(?:employers?|bosses|business)\b)",
                                  re.I),
            re.compile(_W + r"([Pp])atrons" + _E),
            lambda m: _keep_case("dirigeants", m.group(1))),
    # "met X" is "a rencontré X" (connaître: to get to know).
    Formula("met", re.compile(r"\bmet\b(?! with)", re.I),
            re.compile(_W + r"(" + alternation(AVOIR) + r") connu" + _E),
            r"\1 rencontré"),
    # "attend X" is "assister à X".
    Formula("attend", re.compile(r"\battend(?:s|ed|ing)?\b", re.I),
            re.compile(_W + r"(assist(?:er|é|e|es|ent|ait|aient|era|eront|ant|ons|ez)) "
                       + _TO_ARTICLE),
            lambda m: m.group(1) + " " + _to(m.group(2))),
    # a meeting "was held": "tenue", never "célébrée" (celebrated).
    Formula("held", re.compile(r"^(?!.*\bcelebrat).*\bheld\b", re.I | re.S),
            re.compile(_W + r"([Cc])élébré(e?s?)" + _E), _participle),
    # ... agreed with a feminine subject right before it ("La rencontre a été tenue").
    Formula("held", re.compile(r"\bheld\b", re.I),
            re.compile(_W + r"((?:rencontre|réunion|cérémonie|conférence|séance|session|visite)"
                       r" (?:a été|avait été|sera|est|était)) tenu" + _E), r"\1 tenue"),
    # "a short meeting": "une brève rencontre" (Apertium: "une basse se trouver", "rencontre
    # basse").
    Formula("short meeting", re.compile(r"\b(?:short|brief) meeting\b", re.I),
            re.compile(_W + r"(?:basse se trouver|rencontre basse|basse rencontre)" + _E),
            "brève rencontre"),
    # "took part in X" is "a participé à X" (Apertium: "a intervenu dans", "intervenir dans").
    Formula("took part", re.compile(r"\b(?:take|takes|took|taking|taken) part in\b", re.I),
            re.compile(_W + r"((?:" + alternation(AVOIR | _ETRE_TO_AVOIR.keys())
                       + r") )?(" + "|".join(_PARTICIPATE) + r") (dans (?:" + "|".join(
                           a for a in _DETERMINERS if not a.endswith(("'", "’"))) + r")(?= )|"
                       r"dans l['’])", re.I),
            _take_part),
    # "Before the meeting": "Avant" (time), never "Devant" (place).
    Formula("before", re.compile(r"\b[Bb]efore (?:the|a|an|his|their|its) ", re.I),
            re.compile(_W + r"([Dd])evant (?=(?:la|le|les|l['’]|une|un|sa|son|ses|leur|leurs) "
                       r"?(?:rencontre|réunion|sommet|pourparlers|négociations|cérémonie|"
                       r"entretien|entretiens|séance|session|conférence|début|ouverture|"
                       r"visite|concert|forum)" + _E + ")"),
            lambda m: ("A" if m.group(1) == "D" else "a") + "vant "),
    # A caption opening with "Meeting" names an event: "Rencontre", not the verb
    # ("Connaître de...", "Se trouver avec...").
    Formula("meeting", re.compile(r"^\s*Meeting\b"),
            re.compile(r"^(\s*)(?:Connaître|Se trouver|Rencontrer|Réunir)(?![\w’'-])"),
            r"\1Rencontre"),
    # Captions place people: "(left)", ", right,", "From left to right:", "Left:".
    Formula("left", re.compile(r"\bleft\b(?:\)|,|:| to right)", re.I),
            re.compile(r"(?:" + _W + r"([Dd])e vain laisser(?: à droit)?|(\()a laissé(?=\))|"
                       r"(, )a laissé(?=,)|^Négligent(?=:))"),
            lambda m: ((m.group(1) or "") + "e gauche à droite" if m.group(1) else
                       (m.group(2) or m.group(3) or "") + "à gauche" if m.group(2) or m.group(3)
                       else "À gauche")),
    Formula("right", re.compile(r"(?:\(right\)|, right,)", re.I),
            re.compile(r"(\(|, )(?:droit|bien)(?=\)|,)"), r"\1à droite"),
    # "a joint photo session": "une séance photo commune" (Apertium: "séance de photo de la
    # junte", a junta).
    Formula("photo session", re.compile(r"\bphoto (?:session|op|opportunity)\b", re.I),
            re.compile(_W + r"séance de photo(?: de la junte| de junte| en commun)?" + _E),
            "séance photo"),
)


def site_formulas(source: str, french: str) -> str:
    """``french`` with each formula the English ``source`` has written as French writes it."""
    for formula in FORMULAS:
        if formula.english.search(source):
            french = formula.french.sub(formula.fix, french)
    return french
