"""*try* and *test* read as "goûter" (to taste).

``eng-cat`` gives *try* and *test* the Catalan "tastar" (to taste, to sample) whenever its
tagger reads the verb as a participle or without its *to* ("Tots els ministres presenten
aquí tastat per fer", *tried to make*; "avec succès goûté par le NHL", *successfully tested
by*); ``cat-fra`` writes "goûter". French says "essayer (de)" for an attempt and "tester" for
a trial of a thing (Petit Robert, *essayer*, *tester*). Each form of "goûter" becomes the
same form of "essayer" where the English has *try*/*tried* (or "tester" where it has
*test*/*tested* and no *try*), never where the English speaks of tasting, food or drink;
"essayé pour faire" then takes "de" (``frames``, *essayer* in ``INFINITIVE_DE``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR, alternation
from daybook.translate.collocations import reverb
from daybook.translate.french import cased_like

_TRY = re.compile(r"\b(?:try|tries|tried|trying)\b", re.IGNORECASE)
_TEST = re.compile(r"\b(?:test|tests|tested|testing)\b", re.IGNORECASE)
_TASTE = re.compile(r"\b(?:tast\w*|food\w*|dish\w*|meal\w*|cuisine|delicious|eat\w*|ate|"
                    r"drink\w*|drank|wines?|tea|coffee|bread|cheese|cook\w*|flavou?r\w*|"
                    r"menu|recipes?|sample\w*)\b", re.IGNORECASE)
# The verb's forms only: "goût", "goûts" (the noun, *taste*) are left.
_GOUTER = re.compile(r"(?<![\w’'-])([Gg]oût(?:er|é|ée|és|ées|e|es|ons|ez|ent|ais|ait|ions|"
                     r"iez|aient|erai|eras|era|erons|erez|eront|erais|erait|erions|eriez|"
                     r"eraient|ant|a|èrent))(?![\w’'-])")
_AUXILIARY = re.compile(r"(?:" + alternation(AVOIR | {"avoir", "été", "est", "sont"})
                        + r")(?: \w+ment| pas| déjà|"
                        r" aussi| bien)? $")


def _lemma(source: str) -> str | None:
    if _TASTE.search(source):
        return None
    if _TRY.search(source):
        return "essayer"
    return "tester" if _TEST.search(source) else None


def tries(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "goûté pour apporter" -> "essayé pour apporter" (*tried to*), "goûté par le NHL" ->
    "testé par" (*tested by*): see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        lemma = _lemma(source) if "oût" in text else None
        if lemma is not None:

            def said(m: re.Match[str], lemma: str = lemma, text: str = text) -> str:
                after_aux = _AUXILIARY.search(text[max(0, m.start() - 30):m.start()])
                form = reverb(m.group(1).lower(), lemma, participle=after_aux is not None)
                return cased_like(form, m.group(1)) if form else m.group(0)

            text = _GOUTER.sub(said, text)
        out.append(text)
    return out
