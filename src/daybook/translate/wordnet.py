"""English words an engine does not know, said with words it may know: WordNet synonyms.

Apertium's English dictionaries lack many words of official prose ("strive", "invaluable",
"underscored", "forefront"); the engine then prints them in English. WordNet (Princeton,
Debian package ``wordnet-base``: a general English lexicon, nothing of ours) gives each
word's senses and their synonyms, in frequency order: "strove" is the past of "strive",
whose first sense is {endeavor, endeavour, strive}; "invaluable" is {invaluable,
priceless}. ``alternatives`` lists such synonyms in the same inflection as the word
("underscored" -> "emphasized", "underlined"...), most frequent sense first, then words of
similar adjectives and of the verb's broader sense; the engine keeps the first
it knows. The files are read by binary search and seek, never loaded whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

WORDNET_DIRS = ("/usr/share/wordnet",)
POS = ("noun", "verb", "adj", "adv")
MAX_SENSES = 3
MAX_ALTERNATIVES = 12
# WordNet's own detachment rules (morphy): inflected ending -> lemma ending, per part of speech.
_RULES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "noun": (("s", "", "s"), ("ses", "s", "s"), ("xes", "x", "s"), ("zes", "z", "s"),
             ("ches", "ch", "s"), ("shes", "sh", "s"), ("men", "man", "s"), ("ies", "y", "s")),
    "verb": (("s", "", "s"), ("ies", "y", "s"), ("es", "e", "s"), ("es", "", "s"),
             ("ed", "e", "ed"), ("ed", "", "ed"), ("ing", "e", "ing"), ("ing", "", "ing")),
    "adj": (),
    "adv": (),
}
_ADJ_MARK = re.compile(r"\([a-z]+\)$")
# Words WordNet has no entry for (it lists no prepositions or conjunctions) or no synonym
# an engine knows, with a dictionary's equivalent; first in ``alternatives``.
DICTIONARY = {"toward": "towards", "whereby": "by which", "amidst": "amid", "whilst": "while",
              "therein": "in it", "wherein": "in which", "albeit": "although",
              "notwithstanding": "despite", "neighbourliness": "neighbourly relations",
              "neighborliness": "neighbourly relations", "proactively": "actively",
              # *strive to*: WordNet's "endeavour" is read as the noun ("effort pour
              # coopérer"); *seek to* "chercher à" (Robert & Collins, *strive*)
              "strive": "seek", "strives": "seeks", "striving": "seeking",
              "strove": "sought", "striven": "sought"}


def wordnet_dir() -> Path | None:
    """Where WordNet's database is (Debian's), None if nowhere."""
    for d in WORDNET_DIRS:
        if (Path(d) / "index.verb").is_file():
            return Path(d)
    return None


@cache
def _exceptions(pos: str) -> dict[str, str]:
    """Irregular form -> lemma ("strove" -> "strive")."""
    root = wordnet_dir()
    path = root / f"{pos}.exc" if root else None
    out: dict[str, str] = {}
    if path and path.is_file():
        for line in path.read_text("utf-8", errors="replace").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                out.setdefault(parts[0], parts[1])
    return out


@cache
def _irregular(pos: str) -> dict[str, str]:
    """Lemma -> its irregular past (verbs: "fight" -> "fought") or plural (nouns:
    "businessman" -> "businessmen"), for inflecting synonyms."""
    out: dict[str, str] = {}
    for form, lemma in _exceptions(pos).items():
        if not form.endswith("ing") and not (pos == "verb" and form.endswith("s")):
            out.setdefault(lemma, form)
    return out


def _index_line(pos: str, lemma: str) -> str | None:
    """The index line of ``lemma`` (binary search over the sorted file)."""
    root = wordnet_dir()
    if root is None:
        return None
    key = lemma.encode("utf-8") + b" "
    with open(root / f"index.{pos}", "rb") as f:
        lo, hi = 0, f.seek(0, 2)
        while lo < hi:
            mid = (lo + hi) // 2
            f.seek(mid)
            if mid:
                f.readline()  # to the start of the next line
            line = f.readline()
            if not line or line[:len(key)] > key or line.startswith(b"  "):
                if line.startswith(b"  "):
                    lo = mid + 1  # the licence header: move on
                    continue
                hi = mid
            elif line.startswith(key):
                return line.decode("utf-8", errors="replace")
            else:
                lo = mid + 1
        f.seek(lo)
        if lo:
            f.readline()
        line = f.readline()
        return line.decode("utf-8", errors="replace") if line.startswith(key) else None


def _offsets(pos: str, lemma: str) -> list[int]:
    line = _index_line(pos, lemma)
    if line is None:
        return []
    parts = line.split()
    senses = int(parts[2])
    return [int(p) for p in parts[-senses:]]


@cache
def _synset(pos: str, offset: int) -> tuple[tuple[str, ...], tuple[tuple[str, str, int], ...]]:
    """(words, pointers (symbol, pos, offset)) of one synset."""
    root = wordnet_dir()
    assert root is not None
    with open(root / f"data.{pos}", "rb") as f:
        f.seek(offset)
        parts = f.readline().decode("utf-8", errors="replace").split(" | ")[0].split()
    count = int(parts[3], 16)
    words = tuple(_ADJ_MARK.sub("", parts[4 + 2 * i]).replace("_", " ") for i in range(count))
    at = 4 + 2 * count
    n = int(parts[at])
    short = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
    pointers = tuple((parts[at + 1 + 4 * i], short[parts[at + 3 + 4 * i]],
                      int(parts[at + 2 + 4 * i])) for i in range(n))
    return words, pointers


def analyses(word: str) -> list[tuple[str, str, str]]:
    """(part of speech, lemma, inflection) readings of an English word: inflection is "" (the
    lemma itself), "s", "ed" or "ing"."""
    w = word.casefold()
    out: list[tuple[str, str, str]] = []
    for pos in POS:
        if _index_line(pos, w):
            out.append((pos, w, ""))
        lemma = _exceptions(pos).get(w)
        if lemma and _index_line(pos, lemma):
            out.append((pos, lemma, "s" if pos == "noun" else "ed" if pos == "verb" else ""))
        for end, repl, infl in _RULES[pos]:
            if w.endswith(end) and len(w) > len(end) + 1:
                lemma = w[: -len(end)] + repl
                if _index_line(pos, lemma) and (pos, lemma, infl) not in out:
                    out.append((pos, lemma, infl))
    return out


def inflect(phrase: str, pos: str, infl: str) -> str:
    """``phrase`` (a WordNet lemma, maybe of several words) in the inflection ``infl``."""
    if not infl:
        return phrase
    words = phrase.split()
    k = 0 if pos == "verb" or "of" in words else len(words) - 1
    w = words[k]
    if infl == "s" and pos == "noun" and w in _irregular("noun"):
        w = _irregular("noun")[w]
    elif infl == "s":
        if re.search(r"[^aeiou]y$", w):
            w = w[:-1] + "ies"
        elif re.search(r"(?:s|x|z|ch|sh)$", w):
            w += "es"
        else:
            w += "s"
    elif infl == "ed":
        w = _irregular("verb").get(w) or (
            w + "d" if w.endswith("e") else w[:-1] + "ied" if re.search(r"[^aeiou]y$", w)
            else w + "ed")
    elif infl == "ing":
        w = (w[:-1] if w.endswith("e") and not w.endswith("ee") else w) + "ing"
    words[k] = w
    return " ".join(words)


def _related(pos: str, offset: int) -> Iterator[tuple[str, int]]:
    """Synsets near one sense: similar adjectives, broader verbs (a broader noun is too
    far: "heavyweight" is no "boxer" in politics)."""
    for symbol, p, off in _synset(pos, offset)[1]:
        if (pos == "adj" and symbol == "&") or (pos == "verb" and symbol == "@"):
            yield p, off


def _adjective_of(adverb: str) -> list[str]:
    """The adjectives an adverb comes from: WordNet's pertainym ("confidently" ->
    "confident"), else the adverb less its -ly when WordNet has that adjective."""
    out = [w for offset in _offsets("adv", adverb)[:MAX_SENSES]
           for symbol, p, off in _synset("adv", offset)[1] if symbol == "\\" and p == "adj"
           for w in _synset(p, off)[0][:1]]
    for end, repl in (("ally", "al"), ("ily", "y"), ("bly", "ble"), ("ly", ""), ("ly", "le")):
        if adverb.endswith(end) and _index_line("adj", adverb[: -len(end)] + repl):
            out.append(adverb[: -len(end)] + repl)
    return out


def _paraphrases(word: str) -> list[str]:
    """Words that say a word no synonym does: "confidently" -> "in a confident way";
    a compound of two known words, "wildfires" -> "wild fires", "firefighting" -> "fire
    fighting"; "driverless" -> "without driver"."""
    out = [f"in a {adj} way" for adj in _adjective_of(word)] if word.endswith("ly") else []
    if word.endswith("less") and _index_line("noun", word[:-4]):
        out.append(f"without {word[:-4]}")
    for k in range(4, len(word) - 3):
        head, tail = word[:k], word[k:]
        if analyses(head) and analyses(tail):
            out.append(f"{head} {tail}")
    return out


def alternatives(word: str) -> list[str]:
    """Synonyms of ``word`` in its inflection, likeliest first (empty when WordNet is not
    installed or does not know the word)."""
    fixed = DICTIONARY.get(word.casefold())
    if wordnet_dir() is None or not word.isalpha():
        return [fixed] if fixed else []
    out: list[str] = [fixed] if fixed else []
    later: list[str] = []
    for pos, lemma, infl in analyses(word):
        for offset in _offsets(pos, lemma)[:MAX_SENSES]:
            out += [inflect(w, pos, infl) for w in _synset(pos, offset)[0] if w != lemma]
            for p, off in _related(pos, offset):
                later += [inflect(w, p, infl) for w in _synset(p, off)[0]]
    seen: dict[str, None] = {}
    for w in (*out, *later, *_paraphrases(word.casefold())):
        if w.casefold() != word.casefold() and w.replace(" ", "").replace("-", "").isalpha():
            seen.setdefault(w, None)
    return list(seen)[:MAX_ALTERNATIVES]


def english(chunk: str) -> bool:
    """Whether a capitalised run is made of English words (no name: "Olympians")."""
    if wordnet_dir() is None:
        return False
    words = [w for w in re.split(r"[\s-]+", chunk) if w.isalpha()]
    # A designation of letters and figures ("M12") has no English word: a name.
    return bool(words) and all(analyses(w.lower()) for w in words)


def proper_only(word: str) -> bool:
    """Whether WordNet lists ``word`` only as a proper name (every sense a noun whose synset
    writes it capitalised: "Rostov", "Kazan"): a place's or a person's name, no English word."""
    if wordnet_dir() is None or any(pos != "noun" for pos, _, _ in analyses(word)):
        return False
    offsets = _offsets("noun", word.casefold())
    return bool(offsets) and all(
        any(w.casefold() == word.casefold() and w[:1].isupper()
            for w in _synset("noun", o)[0]) for o in offsets)


@cache
def _lexfile(pos: str, offset: int) -> int:
    """The lexicographer file of a synset (15 for nouns of places, 18 for people)."""
    root = wordnet_dir()
    assert root is not None
    with open(root / f"data.{pos}", "rb") as f:
        f.seek(offset)
        return int(f.readline().split()[1])


@cache
def place_only(word: str) -> bool:
    """Whether WordNet lists ``word`` as a noun of places alone ("Munich", "Norwich"), no
    person ("Chekhov") and no common word: a foreign city's name, not a Russian surname."""
    return proper_only(word) and all(
        _lexfile("noun", o) == 15 for o in _offsets("noun", word.casefold()))
