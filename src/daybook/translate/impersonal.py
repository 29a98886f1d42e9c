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
from daybook.translate.gender import verb_form

__all__ = ["infinitive_subject", "judgements"]

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


# *It is ADJ that ...*: an adjective of judgement or feeling with a *that*-clause subject
# (Grevisse § 1123: "Il est + adjectif + que", the impersonal "il"); the pivot read an -ing
# adjective as a progressive ("Il gratifie que", *It is gratifying that*) and wrote "C'est
# symbolique que", "C'est très complaisant que" (*pleasing*). English adjective -> French
# (general usage); the subjunctive of the clause after it is ``frames``' (Grevisse § 1124:
# after adjectives of judgement and feeling), the indicative after those of certainty.
_JUDGEMENTS = {
    "gratifying": "gratifiant", "encouraging": "encourageant", "heartening": "réconfortant",
    "pleasing": "agréable", "pleasant": "agréable", "reassuring": "rassurant",
    "symbolic": "symbolique", "remarkable": "remarquable", "notable": "à noter",
    "noteworthy": "à noter", "natural": "naturel", "surprising": "surprenant",
    "striking": "frappant", "significant": "significatif", "regrettable": "regrettable",
    "unfortunate": "regrettable", "worrying": "inquiétant", "alarming": "alarmant",
    "interesting": "intéressant", "telling": "révélateur", "clear": "clair",
    "obvious": "évident", "evident": "évident", "true": "vrai", "gladdening": "réjouissant",
}
_DEGREES = {"very": "très ", "particularly": "particulièrement ", "especially":
            "particulièrement ", "extremely": "extrêmement ", "really": "vraiment ",
            "truly": "vraiment ", "most": "très ", "also": "aussi ", "deeply": "profondément ",
            "quite": "tout à fait ", "certainly": "certainement "}
_TENSES = {"is": "est", "’s": "est", "'s": "est", "was": "était", "will be": "sera",
           "would be": "serait"}
_EN_JUDGEMENT = re.compile(
    r"\b[Ii]t(?: (is|was|will be|would be)|(’s|'s)) (?:(" + "|".join(_DEGREES) + r") )?("
    + "|".join(_JUDGEMENTS) + r") that\b")
# The engine's French of it: "Il gratifie que", "C'est (très) symbolique que", "Il est
# important que"; "Il est certainement en train de gratifier que": six words at most
# between the opener and "que" ("à noter" is two).
_FR_JUDGEMENT = re.compile(r"(?<![\w’'-])(?:([Ii]l)|([Cc])(?:['’]est|['’]était|ela est)) "
                           r"(?:[\w’'-]+ ){0,6}?(?:que |qu['’])")


_CERTAIN = frozenset(("clair", "évident", "vrai", "à noter"))  # the indicative after them
_INFINITIVE = re.compile(r"(" + LOWER + r"+(?:er|ir|re))(?=" + WORD_END + r")")


def _dropped_subject(rest: str, subject: str, certain: bool) -> str:
    """The clause after "que" whose *you*/*we* subject the pivot dropped, leaving an
    infinitive ("que continuer à avancer", *that you keep moving*): the pronoun and the
    verb in its person, the subjunctive after a judgement ("que vous continuiez")."""
    m = _INFINITIVE.match(rest)
    if m is None:
        return rest
    person = "p2" if subject == "you" else "p1"
    form = verb_form(m.group(1), "pri" if certain else "prs", person, "pl")
    if form is None:
        return rest
    return ("vous " if subject == "you" else "nous ") + form + rest[m.end():]


def judgements(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Il gratifie que" -> "Il est gratifiant que", "C'est symbolique que" -> "Il est
    symbolique que", where the English says *It is ADJ that*, one French opener for each
    English one, in order (see above)."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if " that" not in source:
            continue
        said = list(_EN_JUDGEMENT.finditer(source))
        if not said:
            continue
        found = list(_FR_JUDGEMENT.finditer(text))
        if len(found) != len(said):
            continue
        for en, fr in reversed(list(zip(said, found, strict=True))):
            lead = "Il" if (fr.group(1) or fr.group(2) or "I")[:1].isupper() else "il"
            adjective = _JUDGEMENTS[en.group(4)]
            degree = "" if adjective == "à noter" else _DEGREES.get(en.group(3) or "", "")
            que = "qu'" if fr.group(0).endswith(("qu'", "qu’")) else "que "
            new = f"{lead} {_TENSES[en.group(1) or en.group(2)]} {degree}{adjective} {que}"
            rest = text[fr.end():]
            if que == "que " and (subject := re.match(r" (you|we) ", source[en.end():])):
                rest = _dropped_subject(rest, subject.group(1), adjective in _CERTAIN)
            text = text[:fr.start()] + new + rest
        out[k] = text
    return out
