"""A French grammar checker's agreement fixes on the engine's French (Grammalecte).

Grammalecte (grammalecte.net, GPL-3; Debian's ``python3-grammalecte``) is the grammar checker
of French LibreOffice and Firefox users: a lexicon of inflected forms with their classes
(noun, adjective, participle, determiner; gender, number) and several thousand rules. Its
suggestions are written for a person who chooses; here they are applied without one, so only
the kinds that hold on machine French are taken, each when it offers one form of the same
word and the word it changes can take it:
- an adjective or a participle agreed with its noun inside a noun phrase ("des tâches
  organisationnel sérieuses" -> "organisationnelles", "un rôle de plus en plus éminente" ->
  "éminent"), never a noun (its number is the English one), never where the checker also
  doubts a determiner of the phrase (which word is wrong is then unknown: "le Jeux");
- an attribute or participle agreed with its subject after "être", "avoir" and verbs of
  state ("les conditions ont toujours été spécial" -> "spéciales", "sont prêt" -> "prêts"),
  not an adjective before a noun ("sont très bonnes conditions") nor a noun ("sont santé");
- "ce" before a vowel ("ce argent" -> "cet argent"), a word written twice ("a a"), a
  compound written with a space for its hyphen ("au delà" -> "au-delà").
Names, capitalised words and short quotations (titles) are never changed. Without Grammalecte
installed the French is returned as it is (``available()`` says which).
"""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# Where Debian installs python3-grammalecte (the project's virtualenv does not see it).
DEBIAN_SITE = Path("/usr/lib/python3/dist-packages")
# The checker's option types whose fixes are taken, and how each is checked.
_AGREEMENT = frozenset(("gn", "ppas"))
_AS_IS = frozenset(("eleu",))
# Number agreement with a figure or a number word: the pivot's noun stacks ("20 guerre
# électronique échantillons") make these misfire.
_NOT_RULES = ("g3__gn_nombre_",
              # "ce sport là": "là" may be the adverb of place (*there*), not "-là"
              "g2__tu_ce_cette_ces_nom_là_ci", "g2__tu_toponymes",
              # a second adjective agreed with the first, which may be the wrong one
              "gv1__ppas_fin_loc_verb_état_adj_et_adj")
# A participle agreed with "que" as its object before "avoir": the pivot's "que" is as often
# the conjunction ("des domaines qu'ils ont entouré ce qu'on appelle les rebelles").
_COD_QUE = "_COD_que_"
_WORD = re.compile(r"\w+(?:[-’']\w+)*")
_WORD_BEFORE = re.compile(r"(\w+(?:-\w+)*) $")
# A short quotation is a title or a name's words (as ``protect`` holds them); a long one is
# speech, translated like the rest.
_QUOTES = re.compile(r"«(?:[^»\s]*\s){0,7}[^»\s]*»|“(?:[^”\s]*\s){0,7}[^”\s]*”")
_DETERMINER = ":G:D"


@cache
def _checker() -> Any | None:
    """Grammalecte's French checker, loaded once; None when it is not installed."""
    try:
        import grammalecte  # type: ignore[import-not-found]
    except ImportError:
        init = DEBIAN_SITE / "grammalecte" / "__init__.py"
        spec = importlib.util.spec_from_file_location(
            "grammalecte", init, submodule_search_locations=[str(init.parent)])
        if spec is None or spec.loader is None or not init.exists():
            log.warning("Grammalecte is not installed (Debian: python3-grammalecte): "
                        "the French is not proofread")
            return None
        grammalecte = importlib.util.module_from_spec(spec)
        sys.modules["grammalecte"] = grammalecte
        spec.loader.exec_module(grammalecte)
    return grammalecte.GrammarChecker("fr")


@cache
def _options(checker: Any) -> dict[str, bool]:
    """Only the option types whose fixes are taken: the rest cost a fifth of the time."""
    return {k: k in _AGREEMENT | _AS_IS | {"tu"} for k in checker.gce.getOptions()}


def available() -> bool:
    return _checker() is not None


def _readings(checker: Any, word: str) -> list[str]:
    return list(checker.getSpellChecker().getMorph(word))


def _lemmas(readings: Sequence[str]) -> set[str]:
    return {r[1:r.index("/")] for r in readings if r.startswith(">") and "/" in r}


def _agreeable(checker: Any, word: str, suggestion: str) -> bool:
    """``word`` can be an adjective or participle, and ``suggestion`` is one of its forms."""
    if word[:1].isupper() or suggestion[:1].isupper():
        return False
    readings = _readings(checker, word)
    if not any(":A" in r or ":Q" in r for r in readings):
        return False
    return bool(_lemmas(readings) & _lemmas(_readings(checker, suggestion)))


def _hyphened(span: str, suggestion: str) -> bool:
    return span.islower() and suggestion == span.replace(" ", "-")


def _features(readings: Sequence[str]) -> set[tuple[str, str]]:
    """The (gender, number) pairs of readings: m, f or e (either); s, p or i (either)."""
    out = set()
    for r in readings:
        tags = r.split("/")[1].split(":") if "/" in r else []
        gender = next((t for t in tags if t in ("m", "f", "e")), "e")
        number = next((t for t in tags if t in ("s", "p", "i")), "i")
        out.add((gender, number))
    return out


def _fits(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    return any((ga == gb or "e" in (ga, gb)) and (na == nb or "i" in (na, nb))
               for ga, na in a for gb, nb in b)


def _anchored(checker: Any, text: str, start: int, new: str) -> bool:
    """The word before an adjective fixed inside a noun phrase is an adverb ("très",
    "plus", "non"), or a noun the new form agrees with; after a determiner the word is the
    phrase's noun ("des patients chirurgie"), after a preposition nothing shows its head."""
    m = _WORD_BEFORE.search(text, 0, start)
    if not m:
        return False
    before = _readings(checker, m.group(1))
    if any(":W" in r for r in before):
        return True
    nouns = [r for r in before if ":N" in r and ":G" not in r]
    return bool(nouns) and _fits(_features(nouns), _features(_readings(checker, new)))


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
    return m.group(0) if m else ""


def _doubts_determiner(checker: Any, text: str, errors: Sequence[dict[str, Any]],
                       start: int) -> bool:
    """Another error of the checker's, a few words before ``start``, is on a determiner."""
    spans = (text[e["nStart"]:e["nEnd"]] for e in errors if start - 40 <= e["nStart"] < start)
    return any(" " not in span and any(_DETERMINER in r for r in _readings(checker, span))
               for span in spans)


def _taken(checker: Any, text: str, e: dict[str, Any], errors: Sequence[dict[str, Any]]
           ) -> str | None:
    """The replacement of error ``e``, or None where it is not one to apply unseen."""
    suggestions = list(dict.fromkeys(e.get("aSuggestions") or ()))
    kind, rule = e.get("sType", ""), e.get("sRuleId", "")
    span = text[e["nStart"]:e["nEnd"]]
    if len(suggestions) != 1 or rule.startswith(_NOT_RULES) or _COD_QUE in rule \
            or not span.strip():
        return None
    new = str(suggestions[0])
    if rule == "doublon":  # a word written twice (no option type); "oh là là" is French
        return new if span[:1].islower() and new != "là" else None
    if kind in _AS_IS:
        return new if span[:1].islower() or span.lower() == new.lower() else None
    if kind == "tu":
        return new if _hyphened(span, new) else None
    if kind not in _AGREEMENT or " " in span or not _agreeable(checker, span, new):
        return None
    if kind == "gn" and (_doubts_determiner(checker, text, errors, e["nStart"])
                         or not _anchored(checker, text, e["nStart"], new)):
        return None
    after = _next_word(text, e["nEnd"])
    if kind == "ppas" and after and any(":N" in r for r in _readings(checker, after)):
        return None  # an adjective before its noun ("sont très bonnes conditions")
    return new


def proofread(text: str) -> str:
    """``text`` (French) with the checker's safe agreement fixes applied."""
    checker = _checker()
    if checker is None or not text.strip():
        return text
    errors = [e for e in checker.gce.parse(text, "FR", dOptions=_options(checker))
              if e.get("nEnd", 0) > e.get("nStart", 0)]
    if not errors:
        return text
    quoted = [(m.start(), m.end()) for m in _QUOTES.finditer(text)]
    out, last = [], len(text)
    for e in sorted(errors, key=lambda e: e["nStart"], reverse=True):
        if e["nEnd"] > last or any(a <= e["nStart"] < b for a, b in quoted):
            continue
        new = _taken(checker, text, e, errors)
        if new is None:
            continue
        out.append(text[e["nEnd"]:last])
        out.append(new)
        last = e["nStart"]
    if not out:
        return text
    return text[:last] + "".join(reversed(out))
