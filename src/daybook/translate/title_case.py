"""Titles in the headline case of the site's early years, read in sentence case.

"Speech at Ceremony Opening the Year of Azerbaijan in Russia" has its common words in lower
case ("Speech at ceremony opening the Year of Azerbaijan in Russia") so that the frames and
the lexicon read it, and so that the engine, given what the grammar leaves, does not pass a
capitalised common word through as a name ("the Cornerstone", "a Gala Evening" were left in
English). Places, institutions, known phrases and people's names keep their capitals.
Split from ``title_np.py``.
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate.named import established
from daybook.translate.title_lexicon import lexicon, phrases
from daybook.translate.title_stack import noun_at
from daybook.translate.title_vocab import headline_case, vocabulary
from daybook.translate.wordnet import english

# English words no French text has: a name kept as written that holds them is a phrase of
# the title read as a name ("théâtre Mariinski Celebration Evening to Mark the...").
_ENGLISH_RUN = re.compile(r"\b(?:[Tt]he|[Tt]o|[Oo]f) [A-Za-z]")


def english_run(fr: str) -> bool:
    """Whether a French phrase keeps an English run ("to Mark the", "of the"); an outlet's
    own name after its kind keeps its "The" ("le journal indien The Hindu")."""
    return _ENGLISH_RUN.search(_outlet_kinds().sub("", fr)) is not None


@cache
def _outlet_kinds() -> re.Pattern[str]:
    """An outlet's French kind, a demonym after it, then "The": what English names it."""
    kinds = "|".join(sorted({re.escape(noun) for _, noun, _ in vocabulary().media.values()},
                            key=len, reverse=True))
    small = r"(?!(?:de|du|des|la|le|les|au|aux|et)\b)"  # "le journal de The X" is English
    return re.compile(rf"\b(?:{kinds})(?: {small}[a-zéèêëàâîïôûç-]+)? The (?=[A-Z])")


_SMALL = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on",
                    "the", "to", "with", "into", "during", "after"})


def sentence_case(title: str, *, wordnet: bool = False) -> str | None:
    """``title`` with its common words in lower case; None if it is not in headline case.
    The lexicon's words only, or with ``wordnet`` any word WordNet knows too (for the engine:
    the grammar reads some capitalised words of names, "Memory Watch", as names)."""
    from daybook.translate.names import GIVEN_NAMES, table
    from daybook.translate.title_places import of_fr

    words = title.split()
    if not headline_case(title):
        return None
    keep = [False] * len(words)
    glossary = established()
    for i in range(len(words)):  # "Russian Federation", "Great Patriotic War"
        for n in range(min(5, len(words) - i), 0, -1):
            chunk = " ".join(words[i:i + n])
            # A named thing of the glossary keeps its capitals ("The Wall Street Journal").
            # (A people's possessive French writes in lower case is common words, no name:
            # "Journalists’ Questions".)
            if of_fr(chunk) is not None or (n > 1 and chunk.lower() in phrases() and (any(
                    c.isupper() for c in phrases()[chunk.lower()][1]) or not re.search(
                    r"s[’'] ", chunk))) or \
                    (n > 1 and chunk in glossary) or _role_at(words, i, n) or \
                    (chunk.lower() in lexicon().nouns and lexicon().nouns[
                        chunk.lower()].sg[:1].isupper()):
                keep[i:i + n] = [True] * n
                break
    media = vocabulary().media_re
    for i in range(len(words)):  # an outlet's name before its kind: "Russia Today TV channel"
        for n in range(min(6, len(words) - i), 1, -1):
            m = media.match(" ".join(words[i:i + n]))
            if m is not None and m["before"]:
                at = len(" ".join(words[i:i + n])[:m.start("before")].split())
                keep[i + at:i + at + len(m["before"].split())] = [True] * len(
                    m["before"].split())
                break
    lex = lexicon()
    known = table()
    out = [words[0]]
    for w, kept in zip(words[1:], keep[1:], strict=True):
        low = w.lower()
        # A word WordNet knows is common unless it is a place's, a company's ("Gazprom’s")
        # or a person's ("Vitus Bering"); WordNet lists places too ("Arkhangelsk").
        # "Journalists’ Questions": a plural's possessive is its noun's.
        bare = re.sub(r"(?<=s)[’']$", "", w.strip(",.:;()"))
        owner = re.sub(r"(?<=s)[’']$", "", low)
        common = low in _SMALL or low in lex.adjectives or low in lex.participles or \
            noun_at([low], 0) is not None or (owner != low and noun_at([owner], 0)) or (
                low.endswith("ing") and english(low)) or (
                wordnet and bare.isalpha() and english(bare.lower()) and bare not in GIVEN_NAMES
                and bare not in known.surnames and of_fr(bare) is None)
        out.append(low if common and not kept and w[:1].isupper() else w)
    lowered = " ".join(out)
    return lowered if lowered != title else None


def _role_at(words: list[str], i: int, n: int) -> bool:
    """A role the titles' vocabulary knows, before "of" or a name, keeps its
    capitals as sentence-case titles write it ("President of the United States George
    Bush", "Prime Minister"): in lower case it is no role, and the rest a name."""
    from daybook.translate.title_roles import role_fr

    chunk = " ".join(words[i:i + n])
    after = words[i + n:i + n + 1]
    # Before "of" or (two words or more) before a name: "Inauguration of Moscow Mayor" is
    # read in lower case.
    if not chunk[:1].isupper() or not after or (after != ["of"] and (
            n == 1 or not after[0][:1].isupper())):
        return False
    return role_fr(chunk) is not None


def kept_capitals(title: str, lowered: str, fr: str) -> bool:
    """Whether ``fr``, read from a headline-case ``title``, keeps as written a capitalised
    word that ``sentence_case`` (giving ``lowered``) reads as a common one: the grammar took
    it for a name ("de Fishing Industry" for "the Development of the Fishing Industry")."""
    from daybook.translate.leftovers import french_words

    pairs = zip(title.split(), lowered.split(), strict=False)
    # A word French writes too ("Forum", "Festival") is no English left.
    # A name's "The" is english_run's to judge ("le journal indien The Hindu").
    common = {b for w, low in pairs if w != low and low not in _SMALL
              and (b := w.strip(",.:;()")).lower() not in french_words()}
    return any(re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", fr) for w in common if w)


def engine_first(text: str) -> str:
    """A title sent whole to the engine with its first word in lower case when that word is
    a common English one alone at the start: the engine's dictionary holds many as proper
    nouns too and keeps them as written ("Park zone to be created" came out "Park qualifier",
    "park zone" comes out "zone de parc"). A word followed by a capitalised one opens a name
    ("South Stream will"), and people's names and places keep their capital."""
    from daybook.translate.names import GIVEN_NAMES, table
    from daybook.translate.title_places import of_fr

    words = text.split(" ")
    first = words[0]
    if len(words) < 2 or not (first.isalpha() and first[:1].isupper() and first[1:].islower()):
        return text
    if words[1][:1].isupper() or words[1][:1].isdigit() or first.lower() in _SMALL:
        return text
    if not english(first) or first in GIVEN_NAMES or first in table().surnames \
            or of_fr(first) is not None:
        return text
    return " ".join([first.lower(), *words[1:]])

