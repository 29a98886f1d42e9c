"""The bare "de" after an indefinite noun of quantity or of a set, where the pivot wrote "des".

English says *a wide range of issues related to*, *a number of measures taken*: a noun of
quantity with the indefinite article, *of* and a bare plural. ``eng-cat``'s transfer gives a
bare plural qualified by a participle the definite article ("dels assumptes narrats"), and
the pivot's French says "un large éventail des questions liées à". After a collective noun
of quantity with the indefinite article French says "de" alone (Grevisse, *Le Bon Usage*
§§ 587, 431: "un grand nombre de personnes", "une foule de gens", "une série de
rencontres"); "des" there is "de les", a definite set the English would have said with
*of the* (*a number of the measures*: "un certain nombre des mesures", left).

Only after "un" / "une" + one of ``_QUANTITIES`` (an adjective before or after it: "un large
éventail", "une grande variété"), and only where the English has as many *a/an* (+ up to two
words) + a noun of quantity + *of* + a bare word.
"""

from __future__ import annotations

import re

from daybook.translate.owners_of_np import NOT_BARE

# Collective nouns of quantity (Grevisse § 431), which take "de" + a bare noun after "un(e)".
_QUANTITIES = ("éventail", "gamme", "série", "nombre", "liste", "multitude", "foule",
               "variété", "quantité", "kyrielle", "myriade", "poignée", "panoplie", "pléiade",
               "masse", "palette")
_WORD = r"[a-zàâçéèêëîïôûùüÿœæ]+(?:-[a-zàâçéèêëîïôûùüÿœæ]+)*"
_FRENCH = re.compile(rf"(?<![\w’'-])(?:[Uu]ne?) (?:{_WORD} )?(?:{'|'.join(_QUANTITIES)})"
                     rf"(?: {_WORD})? (?P<des>des) (?=[a-zàâçéèêëîïôûùüÿœæ])")
# The English nouns of quantity those say.
_ENGLISH = re.compile(rf"\b(?:a|an|A|An) (?:[\w-]+ ){{0,2}}(?:range|number|series|variety|"
                      rf"host|list|multitude|array|spectrum|plethora|handful|wealth|"
                      rf"assortment|panoply) of (?!(?:{NOT_BARE})\b)[a-z]")
_VOWEL = "aeiouyàâéèêëîïôûùüœæ"  # not "h": "de héros" (aspirated), "d'habitants" left


def quantity_articles(source: str, french: str) -> str:
    """ "un large éventail des questions liées à" -> "un large éventail de questions liées
    à" where the English says *a wide range of issues related to*."""
    if " des " not in french:
        return french
    allowed = len(_ENGLISH.findall(source))
    if not allowed:
        return french
    found = list(_FRENCH.finditer(french))
    if not found or len(found) > allowed:
        return french
    for m in reversed(found):
        de = "d'" if french[m.end():m.end() + 1] in _VOWEL else "de "
        french = french[:m.start("des")] + de + french[m.end("des") + 1:]
    return french
