"""Adjectives of a noun phrase French says before the noun, or as a predeterminer, where
the Catalan pivot left them after it (run with ``sourced.source_rules``).

- *entire*, *whole* + a determined noun: "le pays entier" -> "tout le pays", "sa vie
  entière" -> "toute sa vie", "du pays entier" -> "de tout le pays", "la construction
  navale entier" -> "toute la construction navale" (Grevisse: "tout" before the
  determiner says the whole of a thing; "entier" after the noun is the written style's,
  and the pivot's "entier" often fails to agree). "le monde entier" is the set phrase and
  stays; "à part entière" has no determiner. At most as many as the English has *entire*
  or *whole* (not *as a whole*, *on the whole*).
- *real* + a noun: "un plaisir réel" -> "un véritable plaisir", "des vedettes réelles" ->
  "de véritables vedettes" (Robert & Collins: *real* "vrai, véritable" before the noun;
  "réel" after it is *actual*: "la situation réelle", the economists' "salaires réels"). Only
  where the French has as many "réel" after a noun as the English has *real* and *actual*,
  paired in order, and the English *real* is before its own noun (not *real and viable*).

The noun is a noun for Apertium's French analyser (``gender.readings``), which also gives
the gender of a noun after "l'".
"""

from __future__ import annotations

import re

from daybook.translate.french import LOWER, LOWER_WORD, WORD_END, WORD_START, cased_like
from daybook.translate.gender import Reading, determiner, readings

# Determiners "tout" goes before (and "du", "au", "aux" it splits: "de tout le").
_DET = (r"[Ll]e|[Ll]a|[Ll]['’]|[Ll]es|[Ss]on|[Ss]a|[Ss]es|[Mm]on|[Mm]a|[Mm]es|[Nn]otre|[Nn]os|"
        r"[Vv]otre|[Vv]os|[Ll]eur|[Ll]eurs|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Uu]n|[Uu]ne|[Dd]u|"
        r"[Aa]u|[Aa]ux")
# Words of the phrase between the noun and "entier" that are no adjective and no
# complement's noun: the phrase is another ("le long du périmètre entier": "long" is no
# head; "la cause de vos vies entières": "vies" is).
_STOP = ("et|ou|qui|que|qu['’]|dont|est|sont|a|ont|du|des|au|aux|à|en|dans|pour|sur|avec|par|"
         "le|la|les|un|une|entre|vers|contre|son|sa|ses|mon|ma|mes|notre|nos|votre|vos|leur|"
         "leurs|ce|cet|cette|ces")
# DET + noun + up to three words (its adjectives, or "de" and a noun) + "entier".
_ENTIER = re.compile(
    rf"{WORD_START}(?P<det>{_DET})(?: |(?<=['’]))(?P<noun>{LOWER_WORD})"
    rf"(?P<rest>(?: (?:de (?:la |l['’])?|d['’])?(?!(?:{_STOP}){WORD_END})[\w-]+){{0,3}}?) "
    r"(?P<adj>entier|entière|entiers|entières)"
    rf"{WORD_END}")
# A determined complement inside the phrase, which "entier" may belong to.
_INNER = re.compile(r"(?<=de )(?P<det>la |l['’])(?P<noun>[\w-]+)")
_WHOLE_EN = re.compile(r"\b(?:entire|whole)\b", re.IGNORECASE)
_NOT_WHOLE_EN = re.compile(r"\b(?:as a|on the) whole\b", re.IGNORECASE)
_SPLIT = {"du": ("de", "le"), "au": ("à", "le"), "aux": ("à", "les")}
_FEMININE_DETS = frozenset(("la", "sa", "ma", "cette", "une"))
_PLURAL_DETS = frozenset(("les", "ses", "mes", "nos", "vos", "leurs", "ces", "aux"))


def _noun(reads: dict[str, tuple[Reading, ...]], word: str) -> Reading | None:
    nouns = [r for r in reads.get(word.lower(), ()) if r.pos == "n"]
    return nouns[0] if nouns else None


def entire(source: str, french: str) -> str:
    """ "le pays entier" -> "tout le pays", "du pays entier" -> "de tout le pays", "l'histoire
    entière de l'humanité" -> "toute l'histoire de l'humanité", where the English says
    *the entire* or *the whole* as often."""
    if "entier" not in french and "entière" not in french:
        return french
    allowed = len(_WHOLE_EN.findall(source)) - len(_NOT_WHOLE_EN.findall(source))
    if allowed <= 0:
        return french
    found = [m for m in _ENTIER.finditer(french)
             if not (m.group("noun") == "monde" and not m.group("rest"))][:allowed]
    if not found:
        return french
    inner = {m: _INNER.search(m.group("rest")) for m in found}
    reads = readings(sorted({m.group("noun") for m in found} | {
        i.group("noun") for i in inner.values() if i}))
    for m in reversed(found):
        adj = m.group("adj")
        within = inner[m]
        inner_noun = _noun(reads, within.group("noun")) if within else None
        if within and inner_noun and _fits(inner_noun, adj):
            # "le développement de l'économie entière": "entière" is the economy's
            at = m.start("rest") + within.start("det")
            phrase = _whole(within.group("det"), inner_noun, adj,
                            within.group("noun") + m.group("rest")[within.end("noun"):])
            french = french[:at] + phrase + french[m.end():]
            continue
        noun = _noun(reads, m.group("noun"))
        if noun is None:
            continue
        det = m.group("det")
        prep, article = _SPLIT.get(det.lower(), ("", det.lower()))
        phrase = _whole(article, noun, adj, m.group("noun") + m.group("rest"), det)
        if prep:
            phrase = f"{prep} {phrase}"
        french = french[:m.start()] + cased_like(phrase, det) + french[m.end():]
    return french


def _fits(noun: Reading, adj: str) -> bool:
    """Whether the form of "entier" agrees with the noun ("économie entière")."""
    gender, number = ("f" if adj.startswith("entiè") else "m"), (
        "pl" if adj.endswith("s") else "sg")
    return noun.gender in (gender, "mf") and noun.number in (number, "sp")


def _whole(article: str, noun: Reading, adj: str, phrase: str, det: str = "") -> str:
    """ "tout", "toute", "tous", "toutes" + the article and the noun's phrase."""
    low = (det or article).lower().replace("’", "'")
    gender = noun.gender if noun.gender != "mf" else (
        "f" if low in _FEMININE_DETS or adj.startswith("entiè") else "m")
    plural = low in _PLURAL_DETS
    tout = ("toutes" if gender == "f" else "tous") if plural else (
        "toute" if gender == "f" else "tout")
    sep = "" if article.endswith(("'", "’")) else " "
    return f"{tout} {article.strip()}{sep}{phrase}"


# *real* before its noun; *real* as *actual* (after the noun in French too) apart.
_REAL_EN = re.compile(r"\b(?:real|actual)\b(?: (?P<next>[\w-]+))?", re.IGNORECASE)
_ACTUAL_EN = frozenset(("wages", "wage", "income", "incomes", "sector", "economy", "estate",
                          "terms", "time", "value", "values", "gdp", "disposable", "interest",
                          "rate", "rates", "and", "or", "growth", "prices", "situation",
                          "state", "life", "world", "cost", "costs", "figures", "numbers",
                          "needs", "power"))
_REEL = re.compile(rf"{WORD_START}(?P<noun>{LOWER}[\w-]*) (?P<adj>réel|réelle|réels|réelles)"
                   rf"{WORD_END}")
_DET_BEFORE = re.compile(rf"{WORD_START}(?P<det>{_DET}|[Dd]es)(?: |(?<=['’]))$")
# *real* as *actual* (Robert & Collins: "réel" after the noun): a state of things, a
# quantity, the economists' terms ("la situation réelle", "la vie réelle", "le coût réel").
_FACTUAL_FR = frozenset(("salaire", "revenu", "économie", "secteur", "temps", "terme",
                         "valeur", "taux", "prix", "croissance", "situation", "état", "vie",
                         "monde", "coût", "chiffre", "nombre", "volume", "besoin", "donnée",
                         "fait", "pouvoir", "montant"))


def real(source: str, french: str) -> str:
    """ "un plaisir réel" -> "un véritable plaisir", "des vedettes réelles" -> "de
    véritables vedettes", where the English says *a real pleasure*, *real stars*."""
    if "réel" not in french:
        return french
    english = list(_REAL_EN.finditer(source))
    found = list(_REEL.finditer(french))
    if not found or len(found) != len(english):
        return french
    pairs = [(m, e) for m, e in zip(found, english, strict=True)
             if e.group(0).lower().startswith("real") and e.group("next")
             and e.group("next").lower() not in _ACTUAL_EN]
    if not pairs:
        return french
    reads = readings(sorted({m.group("noun") for m, _ in pairs}))
    for m, _ in reversed(pairs):
        noun = _noun(reads, m.group("noun"))
        det_m = _DET_BEFORE.search(french, 0, m.start())
        if noun is None or noun.lemma in _FACTUAL_FR or det_m is None:
            continue
        plural = m.group("adj").endswith("s")
        adj = "véritables" if plural else "véritable"
        det = det_m.group("det")
        low = det.lower()
        if low == "des":
            # the article "de" before an adjective, not "de les" after a noun
            before = french[:det_m.start()].rstrip().rsplit(" ", 1)[-1].lower()
            got = readings([before]).get(before, ()) if before else ()
            if any(r.pos == "n" for r in got) and all(r.pos in ("n", "adj") for r in got):
                continue  # "la qualité des vedettes" ("devenir" is a verb too)
            new_det = "de"
        else:
            gender = noun.gender if noun.gender != "mf" else "m"
            made = determiner(det, gender, "pl" if plural else "sg", adj)
            if made is None or low in ("du", "au", "aux"):
                continue
            new_det = made
        phrase = cased_like(f"{new_det} {adj} {m.group('noun')}", det)
        french = french[:det_m.start()] + phrase + french[m.end():]
    return french


def preposed(source: str, french: str) -> str:
    """The rules above."""
    return real(source, entire(source, french))
