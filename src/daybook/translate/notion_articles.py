"""The definite article of a notion after a noun of action on it or of its domain (run with
``sourced.source_rules``, before ``owners_of_np``).

English says the object of an action noun, or the field a domain noun names, with no
determiner when it is a mass noun or a notion (*the consolidation of international
stability and security*, *the further development of agriculture*, *the world of culture, art
and sport*, *in the interests of stability*, *the protection of motherhood and childhood*);
the pivot keeps the bare noun after "de" ("la consolidation de sécurité et de stabilité",
"le développement ultérieur d'agriculture", "le monde de culture, d'art et de sport"). French
takes a notion in its whole extent with the definite article (Grevisse, *Le Bon Usage*,
§ 587: "le développement de l'agriculture", "dans l'intérêt de la paix", "le monde de la
culture"), where a bare noun after "de" only characterises the head ("un centre de
recherche", "l'esprit de coopération", "le niveau de vie", "les principes d'égalité": those
heads are not in the table).

Only after the heads of ``_HEADS`` (action nouns whose complement is the object acted on,
nouns of a domain or of a notion's fate, Robert's examples with the article) with a definite
determiner before them and at most one adjective after; the complement a lower-case word the
analyser reads as a singular noun of one gender and nothing else (a plural owner is
``owners_of_np``'s), not one of the set compounds of a domain ("sphère d'influence",
"domaine d'activité"); only where the English has as many *<head> of* + a word with no
determiner, figure or capital after the head said in English (*the area of cooperation*,
not *areas of cooperation*). The nouns joined to it by "et de" or ", de" take theirs too
("de la culture, de l'art et du sport"); a list whose later members are bare is
``list_articles``'s once the first has its article.
"""

from __future__ import annotations

import re

from daybook.translate.bare_nouns import noun_only
from daybook.translate.french import contract
from daybook.translate.gender import Reading, determiner, readings
from daybook.translate.owners_of_np import NOT_BARE

__all__ = ["notion_articles"]

# French head -> the English heads it says (Robert & Collins). Action nouns whose "de"
# names what is acted on, and nouns of a domain or a notion's course (Robert's examples:
# "le développement de l'industrie", "la protection de la nature", "le monde de l'art",
# "dans l'intérêt de la paix", "l'histoire de la musique", "l'avenir de l'humanité").
_HEADS = {
    "développement": "development|developing", "essor": "development|growth|rise",
    "renforcement": "strengthening|consolidation|consolidating|reinforcement|enhancement|"
                    "enhancing|bolstering",
    "consolidation": "consolidation|consolidating|strengthening",
    "protection": "protection|protecting|safeguarding|defence|defense",
    "préservation": "preservation|preserving|conservation|protection",
    "sauvegarde": "safeguarding|preservation|protection",
    "maintien": "maintenance|maintaining|preservation|upholding",
    "défense": "defence|defense|protection",
    "promotion": "promotion|promoting|popularisation|popularization|advancement",
    "amélioration": "improvement|improving|enhancement|betterment",
    "modernisation": "modernisation|modernization|modernising|modernizing",
    "diffusion": "dissemination|spread|spreading", "propagation": "spread|spreading",
    "progrès": "progress|advancement", "avenir": "future", "histoire": "history",
    "monde": "world", "sphère": "sphere|field|area|domain|realm",
    "domaine": "field|area|sphere|domain|realm", "champ": "field",
    "intérêt": "interest|interests", "intérêts": "interest|interests", "cause": "cause",
    "importance": "importance|significance",
}
# Complements a domain noun makes a set compound with, bare (Robert, Larousse): "sphère
# d'influence", "domaine d'activité", "champ d'action", "domaine de compétence".
_SET = frozenset(("influence", "activité", "action", "compétence", "expertise",
                  "responsabilité", "application", "intervention", "intérêt", "étude", "vision",
                  "tir", "bataille", "honneur", "temps", "demain", "travail", "rêve"))
_DETERMINED = (r"(?:le|la|les|du|au|aux|son|sa|ses|leur|leurs|notre|nos|votre|vos|mon|ma|"
               r"mes|ce|cet|cette|ces) |l['’]")
_W = r"[a-zàâçéèêëîïôûùüÿœæ]+(?:-[a-zàâçéèêëîïôûùüÿœæ]+)*"
_HEADED = re.compile(
    rf"(?<![\w’'-])(?i:{_DETERMINED})(?P<head>{'|'.join(sorted(_HEADS))})"
    rf"(?: (?:(?:le|la) )?(?:plus )?(?P<adj>{_W}))? (?P<de>de |d['’])(?P<noun>{_W})"
    r"(?![\w’'-])")
# A noun joined to the first: "et de", ", de" (a noun and up to two adjectives between)
_NEXT = re.compile(rf"(?P<tail>(?: {_W}){{0,2}})(?:,| et) (?P<de>de |d['’])(?P<noun>{_W})"
                   rf"(?![\w’'-])")
_NOT_BARE = (NOT_BARE + "|how|whether|"
             # a comparative: *in the interests of better stability* is no notion as a whole
             "better|greater|closer|stronger|deeper|wider|broader|further|higher|larger|"
             "bigger|smaller|lower|less|fewer")
_DETERMINER_EN = r"(?:the|its|our|their|his|her|your|my|this|that)"


def _english_heads(source: str, head: str) -> int:
    """How many times the English says one of ``head``'s English words, determined, then
    *of* + a lower-case word that is no determiner, pronoun, figure or -ing form."""
    return len(re.findall(
        rf"\b{_DETERMINER_EN}\s(?:[\w-]+\s){{0,2}}(?:{_HEADS[head]}) of "
        rf"(?!(?:{_NOT_BARE})\b)(?![a-z-]+ing\b)[a-z]", source, re.IGNORECASE))


def _adjective(reads: tuple[Reading, ...]) -> bool:
    return any(r.pos in ("adj", "pp") for r in reads)


def _article(noun: Reading, word: str, apostrophe: str) -> str | None:
    """ "de" + the definite article of ``word``'s gender and number, contracted: "du ",
    "de la ", "de l’", "des "."""
    det = determiner("le", noun.gender, noun.number, word)
    if det is None or (noun.number == "sg" and noun.gender not in ("m", "f")):
        return None
    said = contract("de", f"{det} {word}").replace("' ", "'")[:-len(word)]
    return said.replace("'", apostrophe).replace("’", apostrophe)


def notion_articles(source: str, french: str) -> str:
    """ "la consolidation de sécurité et de stabilité" -> "de la sécurité et de la
    stabilité", "le développement ultérieur d'agriculture" -> "de l'agriculture", "le monde
    de culture, d'art et de sport" -> "de la culture, de l'art et du sport", where the
    English has as many *<head> of* + a bare word."""
    if " de " not in french and " d'" not in french and " d’" not in french:
        return french
    found = [m for m in _HEADED.finditer(french) if m.group("noun") not in _SET]
    if not found:
        return french
    allowed = {h: _english_heads(source, h) for h in {m.group("head") for m in found}}
    found = [m for m in found if allowed[m.group("head")]]
    if not found:
        return french
    more: list[list[re.Match[str]]] = []
    for m in found:
        chain, at = [], m.end()
        while (n := _NEXT.match(french, at)) is not None:
            chain.append(n)
            at = n.end()
        more.append(chain)
    words = {m.group("noun") for m in found} | {m.group("adj") for m in found if m.group("adj")}
    words |= {n.group("noun") for chain in more for n in chain}
    words |= {w for chain in more for n in chain for w in n.group("tail").split()}
    reads = readings(sorted(words))
    straight = "'" in french and "’" not in french
    apostrophe = "'" if straight else "’"
    edits: list[tuple[int, int, str]] = []
    used: dict[str, int] = {}
    for m, chain in zip(found, more, strict=True):
        if m.group("adj") and not _adjective(reads.get(m.group("adj"), ())):
            continue
        noun = noun_only(reads.get(m.group("noun"), ()))
        head = m.group("head")
        if noun is None or noun.number not in ("sg", "pl") or used.get(head, 0) >= allowed[head]:
            continue
        said = _article(noun, m.group("noun"), apostrophe)
        if said is None:
            continue
        used[head] = used.get(head, 0) + 1
        edits.append((m.start("de"), m.start("noun"), said))
        for n in chain:
            other = noun_only(reads.get(n.group("noun"), ()))
            if other is None or n.group("noun") in _SET or not all(
                    _adjective(reads.get(w, ())) for w in n.group("tail").split()):
                break
            said = _article(other, n.group("noun"), apostrophe)
            if said is None:
                break
            edits.append((n.start("de"), n.start("noun"), said))
    for start, end, said in sorted(edits, reverse=True):
        french = french[:start] + said + french[end:]
    return french
