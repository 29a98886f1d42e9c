"""*It is a priority / an honour / important (for me) to do*: the infinitive with "de".

An extraposed infinitive subject after "c'est" + a noun of value or duty or an adjective of
judgement takes "de" in French ("C'est une priorité de tout faire", "C'est un plaisir pour
moi de vous rencontrer", "C'est important pour nous d'entendre"; Grevisse § 905, the
infinitive subject "annoncé" by *ce*/*il*); the pivot reads *to* there as a purpose, "pour"
("C'est une priorité pour faire", "un plaisir réel pour moi pour rencontrer"). After
"c'est/c'était/ce sera/ce serait/cela a été", such a noun phrase or adjective (a few words
after it, an adverb before it) and an optional "pour moi/nous/vous..." (*for me*), "pour" +
an infinitive becomes "de"/"d'", where the English says *it is/was/will be ... to*. The
nouns and adjectives are those of evaluation and obligation (Petit Robert's "c'est un
plaisir, un devoir, un honneur de"): a noun of means or use keeps its purpose ("C'est un
outil pour résoudre", *a tool to solve*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER, WORD_END, elides

__all__ = ["infinitive_subject"]

_NOUNS = ("priorité", "priorités", "honneur", "plaisir", "devoir", "tâche", "mission", "idée",
          "erreur", "privilège", "joie", "responsabilité", "obligation", "nécessité",
          "occasion", "chance", "bonheur", "fierté", "satisfaction", "principe", "défi",
          "dommage", "honte", "tort", "crime", "impératif", "urgence", "besoin")
_ADJECTIVES = ("importante?s?", "nécessaires?", "essentiel(?:le)?s?", "cruciale?s?",
               "possibles?", "impossibles?", "difficiles?", "faciles?", "utiles?",
               "indispensables?", "logiques?", "naturel(?:le)?s?", "normale?s?", "agréables?",
               "intéressante?s?", "symboliques?", "souhaitables?", "urgente?s?", "vitale?s?",
               "fondamentale?s?", "primordiale?s?", "capitale?s?", "significati(?:f|ve)s?",
               "symbolique", "juste", "correcte?", "raisonnables?", "opportune?s?", "sage",
               "bon", "bien", "mieux", "agréable", "gratifiante?")
_HEAD = r"(?:" + "|".join(_NOUNS + _ADJECTIVES) + r")"
_FILLER = r"(?: (?!(?:pour|que|qui|et|mais|où|dont)\b)[\w’'-]+)"
_CLITICS = r"(?:(?:l['’]|les |le |la |y |en |se |s['’]|nous |vous |leur |lui |me |m['’]))?"
_SAID = re.compile(
    r"(?<![\w’'-])([Cc](?:['’]est|['’]était|e sera|e serait|ela a été|ela sera|ela serait)"
    + _FILLER + r"{0,3}? " + _HEAD + _FILLER + r"{0,3}?"
    r"(?: pour (?:moi|nous|vous|lui|eux|elle|elles|tous|chacun))?) pour "
    r"(?=(" + _CLITICS + LOWER + r"+(?:er|ir|re)" + WORD_END + r"))")
_ENGLISH = re.compile(r"\b(?:it|this)(?:[’']s| is| was| will be| would be| has been| is also"
                      r"| is always)\b", re.IGNORECASE)


def infinitive_subject(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "C'est une priorité pour faire" -> "C'est une priorité de faire": see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if " pour " in text and _ENGLISH.search(source):
            text = _SAID.sub(lambda m: m.group(1) + (" d'" if elides(m.group(2)) else " de "),
                             text)
        out.append(text)
    return out
