"""Common words the title lexicon lacks, from Apertium's own dictionaries.

``data/title_np.json`` is a curated list: a title with one common word outside it ("park
zone", "precursor plant", "reliable supplies") left the whole noun phrase to the engine,
which then read the phrase word by word ("Zone de parc" is right, but "Moscow Kremlin facade
lighting" -> "Façana de Kremlin de Moscou il·luminant"). The engine's dictionaries know the
word: its English analysis (the eng-cat analyser ``word_readings`` runs), the eng-cat
bilingual dictionary (English lemma -> Catalan, with gender) and the cat-fra one (Catalan ->
French, with gender) give a lower-case noun or adjective its French lemma and gender, the
same equivalent the engine itself would print, so the grammar can order the phrase and
agree it. Only a word with a single class (noun or adjective, no preposition, determiner or
participle reading) is read; a word either dictionary lacks stays unknown (None). The
dictionary programs are started once and kept running (``processes.dictionary_lookup``).
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

from daybook.translate.processes import dictionary_lookup, word_readings
from daybook.translate.title_lexicon import Noun, noun_plural

# The analyser's classes that make a word no common noun or adjective of a phrase.
_OTHER = re.compile(r"<(?:pr|det|prn|cnjcoo|cnjsub|cnjadv|adv|num|np|abbr|vaux|vbser|"
                    r"vbhaver|vbmod)>")
_TARGET = re.compile(r"/([^/@$<][^/$<]*)((?:<[^>]+>)*)")


@cache
def installed(pair: str, name: str) -> str:
    """An installed Apertium file: share/apertium/apertium-PAIR/NAME, beside the program."""
    binary = shutil.which("apertium")
    if binary is None:
        return ""
    return str(Path(binary).resolve().parent.parent / "share" / "apertium" / pair / name)


def _first(line: str) -> tuple[str, str] | None:
    """The first equivalent (lemma, tags) a bilingual lookup's line gives, None when unknown."""
    found = _TARGET.search(line)
    return (found.group(1), found.group(2)) if found else None


def common_noun(word: str) -> tuple[Noun, bool] | None:
    """A lower-case English noun the title lexicon lacks, as the engine's dictionaries give
    it: (the noun, plural), "zones" -> (Noun("f", "zone", "zones", "def"), True)."""
    found = common_word(word)
    if found is None or found[0] != "n":
        return None
    sg = found[2]
    return Noun(found[1], sg, noun_plural(sg), "bare"), found[3]


def common_adjective(word: str) -> str | None:
    """A lower-case English adjective the lexicon lacks, in French (masculine singular)."""
    found = common_word(word)
    return found[2] if found is not None and found[0] == "adj" else None


# Words whose first equivalent in the engine's dictionaries is a sense news titles seldom
# mean (eng-cat gives "rate" 'ritme' first, "main" 'major', "watch" only 'rellotge'): the
# usual French of the sense (Robert & Collins): (English lemma, class) -> (gender, French).
SENSES: dict[tuple[str, str], tuple[str, str]] = {
    ("rate", "n"): ("m", "taux"),  # interest, growth, birth rates: taux, not rythme
    ("main", "adj"): ("", "principal"),  # main areas: principaux, not majeurs
    ("watch", "n"): ("f", "veille"),  # a memory watch, a vigil: veille, not montre
    ("ice", "n"): ("f", "glace"),  # frozen water: glace; eng-cat's 'gel' is frost
}


@cache
def common_word(word: str) -> tuple[str, str, str, bool] | None:
    """(class, gender, French lemma) of a lower-case English noun or adjective the engine's
    dictionaries know: ("n", "f", "zone") for "zones", ("adj", "", "fiable") for
    "reliable", with the English plural; None for a word of another or of two classes, or
    unknown."""
    if not re.fullmatch(r"[a-z][a-z-]{2,}", word):
        return None
    readings = word_readings([word]).get(word, ())
    nouns = [r for r in readings if re.fullmatch(r"[^<]+<n>(?:<(?:sg|pl|sp)>)?", r)]
    adjs = [r for r in readings if re.fullmatch(r"[^<]+<adj>(?:<sint>)?(?:<comp|sup>)?", r)]
    if not readings or any(_OTHER.search(r) or "<pp>" in r for r in readings):
        return None
    if bool(nouns) == bool(adjs):
        return None  # neither, or both: the class is the phrase's to say, not ours
    lemma = (nouns or adjs)[0].split("<", 1)[0]
    plural = bool(nouns) and nouns[0].endswith("<pl>")
    if (sense := SENSES.get((lemma, "n" if nouns else "adj"))) is not None:
        return "n" if nouns else "adj", sense[0], sense[1], plural
    if nouns:
        cat = _first(_lookup_en(f"^{lemma}<n><sg>$"))
        if cat is None:
            return None
        tags = cat[1].replace("<GD>", "<m>") or "<n><m><sg>"
        fr = _first(_lookup_fr(f"^{cat[0]}{tags}$"))
        if fr is None or (fr[0] == lemma and not french(fr[0])):
            return None
        return "n", "f" if "<f>" in fr[1] else "m", fr[0], plural
    cat = _first(_lookup_en(f"^{lemma}<adj>$"))
    if cat is None:
        return None
    for tags in ("<adj><m><sg>", "<adj><mf><sg>"):
        fr = _first(_lookup_fr(f"^{cat[0]}{tags}$"))
        if fr is not None and (fr[0] != lemma or french(fr[0])):
            return "adj", "", fr[0], False
    return None


def french(word: str) -> bool:
    """Whether a French list (Debian's wfrench) has the word (True when none is installed):
    an equivalent that is the English word again and no French word ("rally") is none."""
    from daybook.translate.leftovers import french_words

    words = french_words()
    return not words or word in words


def first_equivalent(unit: str, pair: str, name: str) -> tuple[str, str] | None:
    """The first equivalent (lemma, tags) of a lexical unit in an installed bilingual
    dictionary ("^ensure<vblex><inf>$" -> ("assegurar", "<vblex><inf>")), None if none."""
    data = installed(pair, name)
    found = dictionary_lookup([unit], data) if data else []
    return _first(found[0]) if found else None


def _lookup_en(unit: str) -> str:
    data = installed("apertium-eng-cat", "eng-cat.autobil.bin")
    found = dictionary_lookup([unit], data) if data else []
    return found[0] if found else ""


def _lookup_fr(unit: str) -> str:
    data = installed("apertium-fra-cat", "cat-fra.autobil.bin")
    found = dictionary_lookup([unit], data) if data else []
    return found[0] if found else ""
