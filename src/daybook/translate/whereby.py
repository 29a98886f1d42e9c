"""*whereby*: "selon lequel" or "par lequel", agreed with its antecedent.

*whereby* is a relative of the content or of the means of what it follows (*an agreement
whereby Canon will build*, *the position whereby the EU does not have to wait*, *a
mechanism whereby companies can get loans*). The pivot writes "par lequel" whatever that
noun is ("la position par lequel") or, reading *which* as a determiner before a bare noun,
"par quel canon", "par quelles entreprises peut recevoir". French agrees the relative with
its antecedent (Grevisse § 716) and says the content of a statement, a rule or an agreement
with "selon lequel" ("la position selon laquelle", "un accord selon lequel"), a means with
"par lequel" (Robert & Collins, *whereby*: "par lequel, au moyen duquel"). The antecedent is
the nearest noun of either kind before the relative (a table: general usage, Petit Robert
genders). After "quel" + a noun, the noun gets its article back ("selon lequel les
entreprises") or, a name in the English, its capital ("selon lequel Canon"), and a plural
noun its verb in the plural ("peuvent recevoir"). Only where the English has as many
*whereby* as the French has such relatives.
"""

from __future__ import annotations

import re

from daybook.translate.during_which import noun_before
from daybook.translate.french import VOWEL_START
from daybook.translate.gender import clause_tokens, generate, tokens_and_readings
from daybook.translate.relatives import agreed_forms, third_finite

__all__ = ["whereby"]

_W = r"(?<![\w’'-])"
_E = r"(?![\w’'-])"
_EN = re.compile(r"\bwhereby\b", re.IGNORECASE)
# The English word after *whereby* (a capital: a name the pivot may have lowered).
_EN_NEXT = re.compile(r"\bwhereby (\S+)", re.IGNORECASE)
_FR = re.compile(rf"{_W}par (?:(?P<rel>lequel|laquelle|lesquels|lesquelles)|"
                 rf"(?P<quel>quel|quelle|quels|quelles) (?P<noun>[\w’'-]+)){_E}")
_TOKEN = clause_tokens()
# Nouns of a statement, a rule or an agreement, whose content the clause says: "selon".
_CONTENT = {
    **{n: ("m", "sg") for n in (
        "accord", "marché", "arrangement", "compromis", "principe", "traité", "contrat",
        "mémorandum", "protocole", "document", "plan", "engagement", "entendement", "avis",
        "concept", "régime", "schéma", "argument", "raisonnement",
        "postulat", "consensus", "pacte", "texte", "décret", "règlement")},
    **{n: ("f", "sg") for n in (
        "position", "idée", "thèse", "opinion", "règle", "décision", "loi", "disposition",
        "formule", "logique", "hypothèse", "conception", "approche", "déclaration",
        "résolution", "proposition", "initiative", "obligation", "clause", "condition",
        "entente", "convention", "doctrine", "théorie", "interprétation", "version",
        "affirmation", "promesse", "garantie", "assurance", "directive", "politique")},
}
# Nouns of a means: "par".
_MEANS = {
    **{n: ("m", "sg") for n in (
        "mécanisme", "système", "moyen", "dispositif", "procédé", "outil", "instrument",
        "format", "cadre", "modèle", "processus", "canal", "circuit", "réseau", "programme",
        "projet")},
    **{n: ("f", "sg") for n in (
        "procédure", "méthode", "voie", "structure", "technique", "plateforme", "manière",
        "façon")},
}
_NOUNS = {n: (g, num, "selon") for n, (g, num) in _CONTENT.items()}
_NOUNS.update({n: (g, num, "par") for n, (g, num) in _MEANS.items()})
_NOUNS.update({n + "s": (g, "pl", prep) for n, (g, _, prep) in list(_NOUNS.items())
               if not n.endswith(("s", "x")) and " " not in n})
_LEQUEL = {("m", "sg"): "lequel", ("f", "sg"): "laquelle", ("m", "pl"): "lesquels",
           ("f", "pl"): "lesquelles"}
_ARTICLE = {"quel": "le ", "quelle": "la ", "quels": "les ", "quelles": "les "}
# Words that close the clause before its verb: the verb is not looked for past them.
_STOP = frozenset((".", ",", ";", ":", "!", "?", "qui", "que", "qu’", "qu'", "et", "ou", "mais"))


def _plural_verb(text: str, start: int) -> str:
    """The first finite verb after ``start`` in the plural ("les entreprises peut recevoir"
    -> "peuvent recevoir"), its adjective or participle after "être" with it."""
    toks, reads = tokens_and_readings(_TOKEN, [text], [0])
    words = toks[0]
    first = next((i for i, w in enumerate(words) if w[0] >= start), None)
    if first is None:
        return text
    for i in range(first + 1, min(len(words), first + 25)):
        word = words[i][2]
        if word.lower() in _STOP:
            return text
        got = reads.get(word.lower(), ())
        if third_finite(got) and not word[:1].isupper() and not any(
                r.pos in ("n", "adj", "pp") for r in got):
            wanted = agreed_forms(words, reads, i, "pl")
            forms = generate(sorted(set(wanted.values())))
            for k in sorted((k for k in wanted if wanted[k] in forms), reverse=True):
                text = text[:words[k][0]] + forms[wanted[k]] + text[words[k][1]:]
            return text
    return text


def whereby(source: str, french: str) -> str:
    """ "la position par lequel" -> "la position selon laquelle"; "un mécanisme par quelles
    entreprises peut" -> "un mécanisme par lequel les entreprises peuvent"."""
    if "whereby" not in source.lower():
        return french
    found = list(_FR.finditer(french))
    if not found or len(found) != len(_EN.findall(source)):
        return french
    names = [m.group(1) for m in _EN_NEXT.finditer(source)]
    for n, m in reversed(list(enumerate(found))):
        near = noun_before(french, m.start(), _NOUNS)
        if near is None:
            continue
        gender, number, prep = near
        new = f"{prep} {_LEQUEL[gender, number]}"
        if m.group("quel") is None:
            french = french[:m.start()] + new + french[m.end():]
            continue
        noun, quel = m.group("noun"), m.group("quel")
        english = names[n] if n < len(names) else ""
        if english[:1].isupper() and english.lower() == noun.lower():
            said = f"{new} {english}"  # a name the pivot read as a noun ("Canon")
        else:
            article = _ARTICLE[quel]
            if article != "les " and VOWEL_START.match(noun):
                article = "l'"
            said = f"{new} {article}{noun}"
        french = french[:m.start()] + said + french[m.end():]
        if quel.endswith("s"):
            french = _plural_verb(french, m.start() + len(said) - len(noun))
    return french
