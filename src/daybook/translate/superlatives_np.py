"""Superlatives after their noun, with their article (``postedit_np.superlatives`` puts
those of adjectives French writes first before it).

- After a possessive, French says the superlative's article after the noun: *our most
  important projects* "nos projets les plus importants", *my deepest condolences* "mes
  condoléances les plus profondes"; the engine gave the comparative, "nos projets plus
  importants" (``owned``). Only as often as the English has a possessive before *most* +
  a word or an adjective its analyser reads as a superlative, and where the French
  adjective agrees with the noun and no "que" follows (*our projects more important than*).
- A participle adjective in -ant (*exciting*, *rewarding*) stayed before the noun with the
  article of the pivot's gender: "le plus enthousiasmant partie" (*the most exciting part*);
  French writes it after the noun, both articles and the adjective agreed with it: "la
  partie la plus enthousiasmante" (``participial``).
- An ordinal before a superlative (*the second largest economy*, *the third biggest port*):
  French says the ordinal, then the superlative, then the noun, "la deuxième plus grande
  économie"; the engine put the comparative after the noun ("la deuxième économie plus
  grande") or, with no noun, the ordinal last ("la plus grande seconde"). *Second* in a
  ranking is "deuxième" (``ranked``). Only the adjectives French writes before the noun.
- *best* + a bare plural after a verb (*share best practices*) is definite in French, "les
  meilleures pratiques"; the engine gave the partitive "des" (``bare_best``). Not "des"
  after a noun or a preposition ("l'une des meilleures", "l'échange des meilleures").
"""

from __future__ import annotations

import re

from daybook.translate.french import VOWEL_START
from daybook.translate.gender import Reading, agrees, readings
from daybook.translate.processes import remembered_readings

_OWNER_EN = re.compile(r"\b(?:our|my|your|his|her|its|their) (most [a-z]+|[a-z]{3,}est)\b",
                       re.IGNORECASE)
_OWNER = r"[Nn]otre|[Nn]os|[Vv]otre|[Vv]os|[Ll]eurs?|[Ss]on|[Ss]a|[Ss]es|[Mm]on|[Mm]a|[Mm]es"
_OWNED = re.compile(rf"(?<![\w’'-])(?:{_OWNER}) (?P<noun>[a-zà-ÿœ]{{3,}}) (?P<plus>plus) "
                    r"(?P<adj>[a-zà-ÿœ]{3,})(?![\w’'-])(?! qu(?:e\b|['’]))")
# Adjectives ``postedit_np.superlatives`` puts before the noun.
_BEFORE = frozenset(("grand", "petit", "gros", "beau", "vieux", "jeune", "haut"))
_PARTICIPIAL = re.compile(r"(?<![\w’'-])(?P<det>[Ll]e|[Ll]a|[Ll]es) plus "
                          r"(?P<adj>[a-zà-ÿœ]{3,}ante?s?) (?P<noun>[a-zà-ÿœ]{3,})(?![\w’'-])")
_MOST_EN = re.compile(r"\bmost [a-z]+ing\b", re.IGNORECASE)


def _english_superlatives(source: str) -> int:
    words = [m.group(1).lower() for m in _OWNER_EN.finditer(source)]
    if not words:
        return 0
    reads = remembered_readings(sorted({w for w in words if " " not in w}))
    return sum(1 for w in words if " " in w or any("<sup>" in r for r in reads.get(w, ())))


def _noun(reads: tuple[Reading, ...]) -> list[Reading]:
    return [r for r in reads if r.pos == "n"]


def owned(source: str, french: str) -> str:
    """ "nos projets plus importants" -> "nos projets les plus importants" where the English
    has *our most important projects*."""
    if " plus " not in french:
        return french
    found = list(_OWNED.finditer(french))
    return _article_after(french, found, _english_superlatives(source) if found else 0)


def _article_after(french: str, found: list[re.Match[str]], allowed: int) -> str:
    """The superlative's article put after the noun of each of ``found`` (up to
    ``allowed``) whose adjective agrees with it and is not one French writes first."""
    if not allowed:
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), m.group("adj"))}))
    edits: list[tuple[int, str]] = []
    for m in found:
        nouns = _noun(reads.get(m.group("noun"), ()))
        adjs = [r for r in reads.get(m.group("adj"), ()) if r.pos == "adj"]
        fit = [(a, n) for a in adjs for n in nouns if agrees(a, n)]
        if not fit or fit[0][0].lemma in _BEFORE or len(edits) == allowed:
            continue
        noun = fit[0][1]
        article = "les" if noun.number == "pl" else "la" if noun.gender == "f" else "le"
        edits.append((m.start("plus"), article + " "))
    for at, article in reversed(edits):
        french = french[:at] + article + french[at:]
    return french


def participial(source: str, french: str) -> str:
    """ "le plus enthousiasmant partie" -> "la partie la plus enthousiasmante" where the
    English has *most* + an -ing word."""
    if "plus " not in french or not _MOST_EN.search(source):
        return french
    found = list(_PARTICIPIAL.finditer(french))
    if not found:
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), m.group("adj"))}))
    for m in reversed(found):
        got = reads.get(m.group("noun"), ())
        nouns = _noun(got)
        # The analyser may know the word only as the verb's present participle
        # ("enthousiasmant"): its adjective is the participle with French's endings.
        said = reads.get(m.group("adj"), ())
        if not nouns or not said or any(r.pos not in ("n", "vblex", "pp") for r in got) or (
                not all(r.pos == "adj" or r.tags[-1:] == ("ger",) for r in said)):
            continue
        noun = nouns[0]
        if noun.gender == "mf" or (noun.number == "sp" and m.group("det").lower() != "les"):
            continue  # the analyser cannot tell the article
        number = "pl" if m.group("det").lower() == "les" else noun.number
        stem = re.sub(r"(?<=ant)e?s?$", "", m.group("adj"))
        made = stem + ("e" if noun.gender == "f" else "") + ("s" if number == "pl" else "")
        article = "les" if number == "pl" else "la" if noun.gender == "f" else "le"
        first = "l'" if article != "les" and VOWEL_START.match(m.group("noun")) else article + " "
        if m.group("det")[:1].isupper():
            first = first.capitalize()
        french = (f"{french[:m.start()]}{first}{m.group('noun')} {article} plus {made}"
                  f"{french[m.end():]}")
    return french


_ORDINALS = {"second": "deuxième", "third": "troisième", "fourth": "quatrième",
             "fifth": "cinquième", "sixth": "sixième", "seventh": "septième",
             "eighth": "huitième", "ninth": "neuvième", "tenth": "dixième"}
_ORDINAL_EN = re.compile(rf"\b(?:{'|'.join(_ORDINALS)}) (?:largest|biggest|smallest|"
                         r"oldest|youngest|highest|tallest)\b", re.IGNORECASE)
_ORDINAL_FR = "seconde?|" + "|".join(v for v in _ORDINALS.values())
# Adjectives French writes before the noun, superlatives too ("le plus grand centre"), in
# all their forms (the lemmas of ``_BEFORE``); postedit_np's superlatives read them too.
BEFORE_FORMS = ("grand|grande|grands|grandes|petit|petite|petits|petites|gros|grosse|grosses|"
                "beau|belle|beaux|belles|vieux|vieille|vieilles|jeune|jeunes|haut|haute|hauts|"
                "hautes")
_RANK_NOUN = re.compile(rf"(?<![\w’'-])(?P<det>[Ll]e|[Ll]a|[Ll]es) (?P<ord>{_ORDINAL_FR}) "
                        rf"(?P<noun>[a-zà-ÿœ]{{3,}}) plus (?P<adj>{BEFORE_FORMS})(?![\w’'-])")
_RANK_LAST = re.compile(rf"(?<![\w’'-])(?P<det>[Ll]e|[Ll]a|[Ll]es) plus (?P<adj>{BEFORE_FORMS}) "
                        rf"(?P<ord>{_ORDINAL_FR})(?![\w’'-])")


def _rank(word: str) -> str:
    return "deuxième" if word.startswith("second") else word


def ranked(source: str, french: str) -> str:
    """ "la deuxième économie plus grande" -> "la deuxième plus grande économie", "la plus
    grande seconde" -> "la deuxième plus grande", where the English has an ordinal before
    *largest*, *biggest* ... The noun is a word the analyser reads as a noun."""
    if not _ORDINAL_EN.search(source):
        return french
    found = list(_RANK_NOUN.finditer(french))
    reads = readings(sorted({m.group("noun") for m in found})) if found else {}
    for m in reversed(found):
        if not _noun(reads.get(m.group("noun"), ())):
            continue
        french = (f"{french[:m.start()]}{m.group('det')} {_rank(m.group('ord'))} plus "
                  f"{m.group('adj')} {m.group('noun')}{french[m.end():]}")
    return _RANK_LAST.sub(lambda m: f"{m.group('det')} {_rank(m.group('ord'))} plus "
                                    f"{m.group('adj')}", french)


_BARE_BEST_EN = re.compile(r"(?<!\bthe )(?<!\bour )(?<!\btheir )(?<!\bits )(?<!\byour )"
                           r"(?<!\bmy )(?<!\bhis )(?<!\bher )(?<!’s )(?<!'s )"
                           r"\bbest [a-z]+s\b")
_DES_BEST = re.compile(r"(?<![\w’'-])(?P<verb>[a-zà-ÿœ]{3,}) des (?=meilleur(?:e?s)\b)")


def bare_best(source: str, french: str) -> str:
    """ "partagent des meilleures pratiques" -> "partagent les meilleures pratiques" where
    the English has *best* + a plural with no determiner; the word before "des" one the
    analyser reads as a verb only (not "l'échange des", "parmi des")."""
    if "des meilleur" not in french or not _BARE_BEST_EN.search(source):
        return french
    found = list(_DES_BEST.finditer(french))
    reads = readings(sorted({m.group("verb") for m in found}))
    for m in reversed(found):
        got = reads.get(m.group("verb"), ())
        if got and all(r.pos in ("vblex", "vbmod", "vbhaver") for r in got):
            french = f"{french[:m.end('verb')]} les {french[m.end():]}"
    return french


def after_noun(source: str, french: str) -> str:
    """``owned``, ``participial``, ``ranked`` and ``bare_best``."""
    return bare_best(source, ranked(source, participial(source, the_after(source, owned(
        source, french)))))


# *the largest N*, *the world's largest N*, *the most important N*: a superlative French
# says with its article ("la plus grande centrale nucléaire du monde"); the engine gave "la
# centrale nucléaire plus grande", the comparative's form (``definite``).
_DEFINITE_EN = re.compile(r"\b(?:the|[A-Za-z]+['’]s) (?:most [a-z]{3,}|([a-z]{3,}est))\b",
                          re.IGNORECASE)
_MORE_EN = re.compile(r"\b(?:more|less) [a-z]{3,}", re.IGNORECASE)
_WORD_EN = re.compile(r"[A-Za-z]{4,}er\b")


def definite(source: str) -> int:
    """How many superlatives ``source`` says with *the* or an owner's *'s* (a word its
    analyser reads as a superlative, or *most* + a word); none where it also has a
    comparative (*larger*, *more important*), which the French "plus" may be."""
    found = list(_DEFINITE_EN.finditer(source))
    if not found:
        return 0
    words = {m.group(1).lower() for m in found if m.group(1)}
    longer = {w.lower() for w in _WORD_EN.findall(source)}
    reads = remembered_readings(sorted(words | longer))
    if any("<comp>" in r for w in longer for r in reads.get(w, ())):
        return 0
    if any(not m.group(0).lower().endswith(("more than", "less than"))
           for m in _MORE_EN.finditer(source)):
        return 0
    return sum(1 for m in found if not m.group(1) or any(
        "<sup>" in r for r in reads.get(m.group(1).lower(), ())))


_THE_OWNED = re.compile(r"(?<![\w’'-])(?:[Ll]e |[Ll]a |[Ll]es |[Ll]['’])(?P<noun>[a-zà-ÿœ]{3,}) "
                        r"(?P<plus>plus) (?P<adj>[a-zà-ÿœ]{3,})(?![\w’'-])(?! qu(?:e\b|['’]))")


def the_after(source: str, french: str) -> str:
    """ "la plante plus importante" -> "la plante la plus importante" where the English
    has *the most important plant* (``definite``)."""
    if " plus " not in french:
        return french
    found = list(_THE_OWNED.finditer(french))
    return _article_after(french, found, definite(source) if found else 0)
