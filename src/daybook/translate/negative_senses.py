"""*anyone* in a negative clause and *no longer*, *not ... any longer*, as French says them
(the English beside the French; run with ``sourced.source_rules``, before ``negations``
adds a missing "ne"):

- *anyone*, *anybody* after *not*, *never*, *without* ...: the pivot writes the adjective
  "quelconque" or "n'importe qui/quel" ("sans obliger quelconque", "impose son opinion en
  quelconque", "Nous ne guettons pas quelconque"); French says "personne" right after
  "sans" + an infinitive ("sans obliger personne") and "qui que ce soit" elsewhere, after
  the preposition the English gives (*on/to anyone* "à qui que ce soit", *with* "avec",
  *against* "contre", *from/about/of* "de"; Grevisse § 737: "qui que ce soit" in a negative
  or a *without* clause). *just anyone* ("pas n'importe qui") is left, and "n'importe qui"
  where the English has no negation (*anyone can*);
- *not ... any longer*, *not ... any more*: "n'existe pas n'importe quelle plus long",
  "ne tolèrerons pas ça n'importe quel plus long", "n'avons pas ce problème plus" -> "ne
  ... plus" ("n'existe plus", "ne tolèrerons plus ça"); *no longer*, which the pivot says
  "déjà ... pas" (Catalan "ja no"): "déjà ne travaillent pas" -> "ne travaillent plus",
  "C'est déjà n'un problème" -> "Ce n'est plus un problème" (Grevisse § 1022: "ne ...
  plus", the negation of continuation);
- *there is no* + a glossary noun the engine kept whole ("il y a ne pacte de Varsovie") ->
  "il n'y a pas de pacte de Varsovie".
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

_NEG_ANYONE = re.compile(r"(?:\b(?:not|never|without|no|nobody|nothing|hardly|cannot)\b|n['’]t\b)"
                         r"[^.;:!?]*?\b(?:(on|to|with|against|from|about|of|for|at)\s+)?"
                         r"any(?:one|body)\b", re.IGNORECASE)
_JUST_ANYONE = re.compile(r"\b(?:just|simply|merely)\s+any(?:one|body)\b", re.IGNORECASE)
_PREPOSITION = {"on": "à", "to": "à", "at": "à", "with": "avec", "against": "contre",
                "from": "de", "about": "de", "of": "de", "for": "pour"}
# The pivot's word for *anyone*, not before a noun (then it is *any* + noun, ``particles``'),
# with the preposition before it.
_ANYONE_FR = re.compile(_B + r"(?:(en|à|dans|sur|avec|contre|de|pour|sans) )?(?:quelconque|"
                        r"n['’]importe (?:qui|quel|quelle))(?=\s*[.,;:!?)…]|\s*$| (?:pour|sur|"
                        r"à|de|dans|en|avec|au|aux|du|des|ou|et|que|qui|mais|car|non|ni)"
                        r"(?![\w’'-]))")
_SANS_INFINITIVE = re.compile(_B + r"sans (?:" + _W + r" ){0,1}" + _W + r"(?:er|ir|re|oir) $")


def anyone(source: str, french: str) -> str:
    """ "sans obliger quelconque" -> "sans obliger personne", "impose son opinion en
    quelconque" -> "à qui que ce soit" where the English says *anyone* after a negation."""
    if ("quelconque" not in french and "importe" not in french) or _JUST_ANYONE.search(source):
        return french
    found = list(_NEG_ANYONE.finditer(source))
    if not found:
        return french
    preps = [m.group(1).lower() if m.group(1) else "" for m in found]

    def fix(m: re.Match[str]) -> str:
        english = preps.pop(0) if preps else ""
        if _SANS_INFINITIVE.search(french[:m.start()]) and not m.group(1) \
                and not english:
            return "personne"
        lead = _PREPOSITION.get(english, "") or (m.group(1) or "")
        if lead in ("en", "dans", "sur") and not english:
            lead = "à"
        return (f"{lead} " if lead else "") + "qui que ce soit"

    return _ANYONE_FR.sub(fix, french, count=len(found))


_ANY_LONGER_EN = re.compile(r"\bany\s*(?:longer|more)\b(?!\s+than\b)", re.IGNORECASE)
# "pas" + up to three words (an object, an adverb) + the pivot's "n'importe quel plus long"
# or a bare "plus" at the clause's end.
_PAS_LONGER = re.compile(_B + r"pas((?: (?!pas\b)[\w’'-]+){0,3}?) (?:n['’]importe quel(?:le)?s? )?"
                         r"plus(?: long(?:temps)?)?(?=\s*[.,;:!?)]|\s*$| et | mais )")
_NO_LONGER_EN = re.compile(r"\bno\s+longer\b", re.IGNORECASE)
_DEJA_NE = re.compile(_B + r"déjà (n['’]|ne )((?:(?:se|s['’]|me|m['’]|nous|vous|le|la|les|l['’]|"
                      r"lui|leur|y|en) )?" + _W + r") pas" + _E)
_EST_DEJA = re.compile(_B + r"([Cc]['’]|[Cc]e |[Ii]l |[Ee]lle |[Ii]ls |[Ee]lles |[Nn]ous |"
                       r"[Vv]ous |[Jj]e |)(est|sont|sommes|êtes|suis|es|était|étaient) déjà "
                       r"(?:n['’]|ne )")


def _est_deja(m: re.Match[str]) -> str:
    """ "C'est déjà n'" -> "Ce n'est plus ", "est déjà ne" -> "n'est plus "."""
    subject, verb = m.group(1), m.group(2)
    if subject.lower() in ("c'", "c’"):
        subject = cased_like("ce ", subject)
    ne = "n'" if verb[0] in "eéê" else "ne "
    return f"{subject}{ne}{verb} plus "


def no_longer(source: str, french: str) -> str:
    """ "n'existe pas n'importe quelle plus long" -> "n'existe plus" (*not ... any longer*),
    "déjà ne travaillent pas" -> "ne travaillent plus" (*no longer*)."""
    if _ANY_LONGER_EN.search(source) and "pas" in french:
        french = _PAS_LONGER.sub(lambda m: "plus" + m.group(1), french,
                                 count=len(_ANY_LONGER_EN.findall(source)))
    if _NO_LONGER_EN.search(source) and "déjà" in french:
        count = len(_NO_LONGER_EN.findall(source))
        french, done = _DEJA_NE.subn(lambda m: m.group(1) + m.group(2) + " plus", french,
                                     count=count)
        if done < count:
            french = _EST_DEJA.sub(_est_deja, french, count=count - done)
    return french


_THERE_NO_EN = re.compile(r"\bthere\s+(?:is|are|was|were)\s+no\b(?!\s+(?:longer|more|one|doubt)\b)",
                          re.IGNORECASE)
# not a verb the engine negated after it ("il y a ne conviens pas": *Pact* read as a verb)
_Y_A_NE = re.compile(_B + r"([Ii]l) y (a|avait|aura) ne (?!pas\b|plus\b|jamais\b)(?=" + _W
                     + _E + r"(?! pas\b| plus\b))")


def there_no(source: str, french: str) -> str:
    """ "il y a ne pacte de Varsovie" -> "il n'y a pas de pacte de Varsovie" (*there is no*)."""
    if "y a" not in french or not _THERE_NO_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        de = "d'" if VOWEL_START.match(french[m.end():]) else "de "
        return f"{m.group(1)} n'y {m.group(2)} pas {de}"

    return _Y_A_NE.sub(fix, french)
