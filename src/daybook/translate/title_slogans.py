"""A name in quotation marks the engine translates ("Great Russian Word"), helped where it
reads an adjective of nationality as a noun: Apertium writes "Mot de russe grand" for
"Great Russian Word". The demonym before the last noun is taken out of the engine's text
("the great word" -> "le grand mot") and put back after the noun in French ("Grand mot
russe"), only when the French adjective is the same for both genders (russe, belge), so
that the noun's gender, which the engine's elided article may hide, never matters.
"""

from __future__ import annotations

import re
import unicodedata

from daybook.translate.french import ARTICLE, contract, feminine, lower_article
from daybook.translate.named import SLOGAN
from daybook.translate.title_topics import WHO, contract_slot
from daybook.translate.title_vocab import vocabulary

_LAST_TWO = re.compile(r"^(?P<pre>(?:[\w-]+ )*?)(?P<dem>[A-Z][a-z]+) (?P<noun>[A-Za-z]+)$")


def slogan_for_engine(piece: str) -> tuple[str, str] | None:
    """(text for the engine, French adjective to add) of a slogan whose word before the
    last is a demonym, or None: "Great Russian word" -> ("the Great word", "russe")."""
    m = _LAST_TWO.match(piece.strip())
    if m is None or not m["pre"]:
        return None  # "Russian army" alone the engine writes well ("Armée russe")
    adj = vocabulary().demonyms.get(m["dem"])
    if adj is None or feminine(adj) != adj:
        return None
    return f"the {m['pre']}{m['noun']}", adj


def slogan_from_engine(mt: str, adj: str) -> str:
    """The engine's "le grand mot" with the adjective after its noun: "grand mot russe"."""
    return ARTICLE.sub("", mt.strip().rstrip(".")) + " " + adj


def engine_piece(mt: str, prep: str | None, source: str) -> str:
    """The engine's piece as its slot in a title takes it: a slogan inside quotation marks
    without an article the source lacks, a relative clause after "qui", else with its
    preposition contracted ("de" + "le logement" -> "du logement")."""
    if prep == SLOGAN:
        piece = mt.strip().rstrip(".")
        if not source.startswith("The "):
            piece = ARTICLE.sub("", piece)
        # French puts a space before a colon, "!" and "?" ("Vie saine : vers 80+").
        piece = piece[:1].upper() + piece[1:]
        return re.sub(r"(?<=\S)\s*([:;!?])(?=\s|$)", r" \1", piece)
    if prep == WHO:  # "qui accueillera", not "qui il accueillera"
        return "qui " + re.sub(r"^(?:il|elle|ils|elles|cela|ce|ça)\s+", "", mt.strip())
    piece = _lower_head(lower_article(mt), source)
    if prep in ("de", "à") and _top_list(source):
        # Each item of a list takes the slot's preposition: "Remise des décorations d’État
        # et du prix" (the engine's "et le prix" was left bare).
        return contract_slot(prep, piece)
    return contract(prep, piece) if prep else piece


def _lower_head(piece: str, source: str) -> str:
    """The engine's capital on a common noun it put first, inside a title: "PAN precursor
    plant" -> "Usine de précurseur du PAN" -> "usine ..." (the sentence's capital). Only
    when the English has a lower-case word the noun may come from, and the French word is
    none of its words (a name kept: "BAM") nor the French of a capitalised one ("Russian
    Federation": "Fédération"); a name alone ("Crimea") keeps it."""
    m = re.match(r"^((?:l’|l'|le |la |les |un |une |des )?)([A-ZÉÈ][a-zàâçéèêëîïôûùüÿœ-]+)\b",
                 piece)
    words = source.split()
    if m is None or m[2] in words or not any(w.islower() and len(w) > 3 for w in words):
        return piece
    stem = _plain(m[2])[:5]
    if any(w[:1].isupper() and _plain(w).startswith(stem) for w in words):
        return piece  # a capitalised English word's own French: "Federation", "Fédération"
    return piece[:m.start(2)] + m[2].lower() + piece[m.end(2):]


def _plain(word: str) -> str:
    """A word without its accents, in lower case: "Fédération" -> "federation"."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


def _top_list(source: str) -> bool:
    """Whether the English piece is a list of determined phrases ("the decorations and the
    prize for X"): its first "and" before any preposition, an article after it (not "the
    development of industry and agriculture", whose "and" is the complement's)."""
    head, sep, rest = source.partition(" and ")
    return bool(sep) and re.match(r"(?:the|a|an)\s", rest) is not None and re.search(
        r"\b(?:of|for|to|on|in|with|at|between|from|by)\b", head) is None
