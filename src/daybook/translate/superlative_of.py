"""Superlatives the pivot says without their article: after *one of the*, and after a noun
with other modifiers (run with ``sourced.source_rules``, after ``postedit_np.superlatives``).

French says a superlative with the definite article, again after the noun when the
adjective follows it (Grevisse, *Le Bon Usage*, § 989: "le parti politique le plus ancien",
"l'un des sanctuaires chrétiens les plus importants"); *one of the* + a superlative is "l'un
des", the superlative in the plural ("l'un des plus grands du monde", Robert, *un*).

- *one of the largest/best* with no noun: the pivot wrote "un du plus grand", "un du
  meilleur" (Catalan "un del més gran"): "l'un des plus grands", "l'un des meilleurs"
  (``one_of_best``). Only before a preposition, a relative or a mark (no noun follows).
- *the most* + an adjective + another modifier + a noun: the pivot read *most* as the
  quantifier, "un du la majorité sanctuaires chrétiens importants", "le la majorité
  pratique nationale avancée": the noun, its adjectives, then the article and "plus" before
  the last adjective, the English superlative's (Catalan puts the English premodifiers
  after the noun in mirror order): "l'un des sanctuaires chrétiens les plus importants"
  (``most_of_many``).
- a superlative before a noun with another modifier (*the oldest political parties*, *the
  richest historical and spiritual heritage*, *China's biggest energy suppliers*): the pivot
  wrote the comparative after the noun's other words, "des partis politiques plus vieilles",
  "le patrimoine historique et spirituel plus riche": the article of the noun's gender and
  number before "plus", the adjective agreed with the noun (``article_after_modifiers``).
  Only as often as the English has superlatives with *the* or an owner's *'s*
  (``superlatives_np.definite``: none where it also has a comparative); the words between
  the noun and "plus" adjectives agreeing with it, "et", or "de" + a noun.
"""

from __future__ import annotations

import re

from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.gender import Reading, agrees, forms_of, generate, made_form, readings
from daybook.translate.superlatives_np import definite

__all__ = ["article_after_modifiers", "most_of_many", "one_of_best", "superlatives_of"]

_W = r"[a-zà-ÿœæ]+(?:-[a-zà-ÿœæ]+)*"
# *one of the* + a superlative with no noun after it
_ONE_OF_EN = re.compile(r"\bone of the (?:most|least|best|worst|[a-z]{3,}est)\b", re.IGNORECASE)
_ONE_DU = re.compile(rf"(?<![\w’'-])(?P<one>[Uu]ne?) du (?:(?P<deg>plus|moins) )?(?P<adj>{_W})"
                     r"(?=[.,;:!?»)]|$| (?:de|du|des|d[’']|en|dans|à|au|aux|parmi|qui|que|"
                     r"pour|et)\b)")
_BEST = frozenset(("meilleur", "meilleure", "pire"))


def _apostrophe(french: str) -> str:
    return "'" if "'" in french and "’" not in french else "’"


def _adjective(reads: tuple[Reading, ...]) -> list[Reading]:
    return [r for r in reads if r.pos in ("adj", "pp")]


def _form(r: Reading, gender: str, number: str) -> str | None:
    return made_form(generate(forms_of(r, gender, number)), (r, gender, number))


def one_of_best(source: str, french: str) -> str:
    """ "un du plus grand du monde" -> "l'un des plus grands du monde", "un du meilleur" ->
    "l'un des meilleurs", where the English has as many *one of the* + a superlative."""
    if " du " not in french or not _ONE_OF_EN.search(source):
        return french
    found = [m for m in _ONE_DU.finditer(french)
             if m.group("deg") or m.group("adj") in _BEST]
    if not found or len(found) > len(_ONE_OF_EN.findall(source)):
        return french
    reads = readings(sorted({m.group("adj") for m in found}))
    mark = _apostrophe(french)
    for m in reversed(found):
        adj = _adjective(reads.get(m.group("adj"), ()))
        if not adj:
            continue
        gender = "f" if m.group("one").endswith("e") else "m"
        said = _form(adj[0], gender, "pl")
        if said is None:
            continue
        one = ("L" if m.group("one")[0] == "U" else "l") + mark + m.group("one").lower()
        deg = f"{m.group('deg')} " if m.group("deg") else ""
        french = f"{french[:m.start()]}{one} des {deg}{said}{french[m.end():]}"
    return french


_MOST_EN = re.compile(r"\bthe (?:most|least) [a-z-]{3,} [a-z-]{3,} [a-z-]{3,}", re.IGNORECASE)
_MAJORITY = re.compile(
    rf"(?<![\w’'-])(?P<det>[Uu]ne? du|[Ll]e|[Ll]a|[Ll]es) la majorité (?P<noun>{_W})"
    rf"(?P<mods>(?: {_W}){{1,3}})(?![\w’'-])")


def most_of_many(source: str, french: str) -> str:
    """ "un du la majorité sanctuaires chrétiens importants" -> "l'un des sanctuaires
    chrétiens les plus importants", where the English has *the most* + two words and a
    noun: the noun only a noun, the words after it adjectives agreeing with it."""
    if "la majorité " not in french or not _MOST_EN.search(source):
        return french
    found = list(_MAJORITY.finditer(french))
    if not found or len(found) > len(_MOST_EN.findall(source)):
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), *m.group(
        "mods").split())}))
    mark = _apostrophe(french)
    for m in reversed(found):
        got = reads.get(m.group("noun"), ())
        nouns = [r for r in got if r.pos == "n"]
        if not nouns or len(nouns) != len(got):
            continue
        noun, mods = nouns[0], m.group("mods").split()
        if noun.gender not in ("m", "f") or noun.number not in ("sg", "pl") or not all(
                any(agrees(a, noun) for a in _adjective(reads.get(w, ()))) for w in mods):
            continue
        article = "les" if noun.number == "pl" else "la" if noun.gender == "f" else "le"
        det = m.group("det")
        if det.lower().startswith("un"):
            if noun.number != "pl":
                continue
            one = "une" if noun.gender == "f" else "un"
            first = ("L" if det[0] == "U" else "l") + mark + one + " des "
        else:
            first = article + " " if article == "les" or not VOWEL_START.match(
                m.group("noun")) else "l" + mark
            first = cased_like(first, det)
        words = " ".join([m.group("noun"), *mods[:-1], article, "plus", mods[-1]])
        french = f"{french[:m.start()]}{first}{words}{french[m.end():]}"
    return french


_DET = (r"(?:[Ll]['’]une? des|[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Dd]u|[Dd]es|[Aa]u|[Aa]ux|[Nn]otre|"
        r"[Nn]os|[Vv]otre|[Vv]os|[Ll]eurs?|[Ss]on|[Ss]a|[Ss]es)")
_MODIFIED = re.compile(
    rf"(?<![\w’'-]){_DET} ?(?<=[ '’])(?P<noun>{_W}) (?P<mods>(?:(?:{_W}|de {_W}|d['’]{_W}) )"
    rf"{{1,3}})(?P<plus>plus) (?P<adj>{_W})(?![\w’'-])(?! qu(?:e\b|['’]))")


def _between(words: list[str], noun: Reading, reads: dict[str, tuple[Reading, ...]]) -> bool:
    """The words between the noun and "plus": adjectives agreeing with it, "et", or "de" +
    a noun (its complement: "fournisseurs d'énergie")."""
    at = 0
    while at < len(words):
        w = words[at]
        if w == "de" and at + 1 < len(words):
            if not any(r.pos == "n" for r in reads.get(words[at + 1], ())):
                return False
            at += 2
            continue
        if w.startswith(("d'", "d’")):
            if not any(r.pos == "n" for r in reads.get(w[2:], ())):
                return False
        elif w != "et" and not any(agrees(a, noun) for a in _adjective(reads.get(w, ()))):
            return False
        at += 1
    return words[-1] != "et"


def article_after_modifiers(source: str, french: str) -> str:
    """ "l'un des partis politiques plus vieilles" -> "l'un des partis politiques les plus
    vieux", "le patrimoine historique et spirituel plus riche" -> "le patrimoine historique
    et spirituel le plus riche", as often as the English says a superlative with *the*."""
    if " plus " not in french:
        return french
    found = list(_MODIFIED.finditer(french))
    allowed = definite(source) if found else 0
    if not allowed:
        return french
    words = {w.split("’")[-1].split("'")[-1] for m in found
             for w in (m.group("noun"), m.group("adj"), *m.group("mods").split())}
    reads = readings(sorted(words))
    edits: list[tuple[int, int, str]] = []
    for m in found:
        # after its determiner the word is the noun ("des partis", not *partir*)
        nouns = [r for r in reads.get(m.group("noun"), ()) if r.pos == "n"]
        if len({(r.gender, r.number) for r in nouns}) != 1 or len(edits) == allowed:
            continue
        noun = nouns[0]
        adjs = _adjective(reads.get(m.group("adj"), ()))
        if noun.gender not in ("m", "f") or noun.number not in ("sg", "pl") or not adjs or \
                not _between(m.group("mods").split(), noun, reads):
            continue
        said = m.group("adj")
        if not any(agrees(a, noun) for a in adjs):
            said = _form(adjs[0], noun.gender, noun.number) or ""
        if not said:
            continue
        article = "les" if noun.number == "pl" else "la" if noun.gender == "f" else "le"
        edits.append((m.start("plus"), m.end("adj"), f"{article} plus {said}"))
    for start, end, new in reversed(edits):
        french = french[:start] + new + french[end:]
    return french


def superlatives_of(source: str, french: str) -> str:
    """``one_of_best``, ``most_of_many`` and ``article_after_modifiers``."""
    return article_after_modifiers(source, most_of_many(source, one_of_best(source, french)))
