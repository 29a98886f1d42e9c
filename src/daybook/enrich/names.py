"""Person-name normalisation: one comparable key for French, English and Russian spellings.

A name becomes a set of *token keys*: casefolded, accents stripped, Cyrillic transliterated
(BGN/PCGN-like, so Путин -> putin, Шойгу -> shoygu), French transliteration habits undone
(Poutine -> putin, Choïgu -> shoigu, Novitchkova -> novichkova) and a last "skeleton" pass
that merges the spellings the three sources disagree on (y/i, doubled letters).
Patronymics are dropped ("Владимирович"), initials are kept apart ("В.Путин").
The rules are data (tables below), applied in order.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Cyrillic -> Latin. е/ё are "ye" at a word start and after a vowel (Токаев -> tokayev).
_CYR = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "і": "i",
    "ї": "yi",
    "є": "ye",
    "ґ": "g",
    "ў": "u",
}
_CYR_VOWELS = set("аеёиоуыэюяьъ")

# French spellings of Russian sounds, rewritten before accents are stripped (ï matters).
# Order matters: "tch" (ч) is protected before "ch" (ш) becomes "sh".
_FRENCH_RULES: tuple[tuple[str, str], ...] = (
    (r"tch", "\x01"),
    (r"ch", "sh"),
    (r"\x01", "ch"),
    (r"gu(?=[eéèiïy])", "g"),
    (r"ou", "u"),
    (r"(?<=[aeiouy])ï", "y"),
    (r"ï", "i"),
    (r"(?<=[aeiou])ie(?=v|n$)", "ye"),
    (r"(?<=[a-z])ine$", "in"),
    (r"(?<=[a-z])ne$", "n"),
    (r"(?<=[a-z]{3})e$", ""),
)
# Applied to every key, whatever the language: the spellings English and transliterated
# Russian disagree on.
_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    (r"x", "ks"),
    (r"zh", "j"),
    (r"w", "v"),
    (r"(?<=[a-z])ye", "e"),
    (r"j", "y"),
    (r"y", "i"),
    (r"(.)\1+", r"\1"),
)
_FRENCH = tuple((re.compile(a), b) for a, b in _FRENCH_RULES)
_SKELETON = tuple((re.compile(a), b) for a, b in _SKELETON_RULES)

# Russian patronymic endings (Владимирович, Викторовна, Кузьмич, Ильинична).
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична|инична)$", re.I)
_PATRONYMIC_LATIN = re.compile(r"(?:ovich|evich|ovna|evna|ichna)$")
_INITIAL = re.compile(r"^([^\W\d_])\.$")
_SPLIT = re.compile(r"[\s.]+|(?<=\.)")
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "m", "mme", "mlle", "monsieur", "madame", "sir", "г-н", "г-жа"}
)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def transliterate(word: str) -> str:
    """Cyrillic to Latin (lower case); other text is lower-cased unchanged."""
    out = []
    previous = ""
    for ch in word.casefold():
        if ch in ("е", "ё") and (not previous or previous in _CYR_VOWELS):
            out.append("ye")
        else:
            out.append(_CYR.get(ch, ch))
        previous = ch if ch.isalpha() else ""
    return "".join(out)


def word_key(word: str, language: str | None = None) -> str:
    """The comparable key of one name word (no spaces): 'Poutine'/fr, 'Путин' -> 'putin'."""
    w = word.strip(".,;:()«»\"'’").casefold()
    if is_cyrillic(w):
        w = transliterate(w)
    elif language == "fr":
        for pattern, repl in _FRENCH:
            w = pattern.sub(repl, w)
    w = strip_accents(w).replace("’", "").replace("'", "")
    w = re.sub(r"[^a-z-]", "", w)
    for pattern, repl in _SKELETON:
        w = pattern.sub(repl, w)
    return w


@dataclass(frozen=True, slots=True)
class NameParts:
    """A name cut into token keys: ``words`` are full words, ``initials`` single letters."""

    words: tuple[str, ...]
    initials: tuple[str, ...] = ()
    surname: str | None = None  # when the spelling shows it (upper case, initials)

    @property
    def key(self) -> frozenset[str]:
        return frozenset(self.words)

    def __bool__(self) -> bool:
        return bool(self.words)


def name_parts(name: str, language: str | None = None) -> NameParts:
    """Split a person's name into keys, whatever its order or script.

    "ПУТИН Владимир Владимирович" -> words (putin, vladimir), surname putin;
    "В.Путин" -> words (putin,), initials (v,), surname putin.
    """
    raw = [t for t in _SPLIT.split(name.replace("\xa0", " ")) if t]
    # Re-attach the dots the split removed, to spot initials ("В." / "V.").
    tokens = re.findall(r"[^\W\d_][\w’'-]*\.?", name)
    if not tokens:
        tokens = raw
    words: list[str] = []
    initials: list[str] = []
    surname: str | None = None
    for tok in tokens:
        bare = tok.rstrip(".")
        if bare.casefold() in _TITLES:
            continue
        if len(bare) == 1 and bare.isalpha():
            initials.append(word_key(bare, language)[:1] or bare.casefold())
            continue
        if is_cyrillic(bare) and _PATRONYMIC.search(bare) and words:
            continue
        key = word_key(bare, language)
        if not key or (_PATRONYMIC_LATIN.search(key) and len(words) >= 2):
            continue
        # "Jean-Yves" stays one word; "Abu-Dhabi" too: names keep their hyphens.
        words.append(key)
        if bare.isupper() and len(bare) > 1 and surname is None:
            surname = key
    if initials and len(words) == 1:
        surname = words[0]
    return NameParts(tuple(words), tuple(initials), surname)


def name_key(name: str, language: str | None = None) -> frozenset[str]:
    """Order-free key of a full name: {'vladimir', 'putin'}."""
    return name_parts(name, language).key


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def slug(words: tuple[str, ...]) -> str:
    return "-".join(w.strip("-") for w in words if w.strip("-"))
