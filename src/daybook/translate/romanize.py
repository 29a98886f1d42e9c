"""Russian names in the Latin spelling French newspapers use.

``ru_to_fr`` romanises Cyrillic the French way ("Шойгу" -> "Choïgou", "Мишустин" ->
"Michoustine"): ш ch, ч tch, щ chtch, ж j, у ou, х kh, ц ts, ы y, й ï after a vowel,
е ïe after a vowel, ь/ъ dropped, final -ий -i, -ин -ine, с between vowels ss, г gu before
e/i. ``en_to_fr`` converts an English transliteration of a Russian name to the same
conventions ("Naryshkin" -> "Narychkine", "Vyacheslav" -> "Viatcheslav"); it is meant for
Russian names only (a French reader keeps "Macron" or "Modi" as they are: see names.py).
Both are pure functions; neither ever returns Cyrillic.
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_RU_VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
_SIBILANTS = set("жчшщц")

_PLAIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "j", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
    "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou", "я": "ia",
    "і": "i", "ї": "ï", "є": "ie", "ґ": "g", "ў": "ou",
}
# Given names French writes in their French form rather than romanised.
_GIVEN = {"александр": "Alexandre", "максим": "Maxime", "алексей": "Alexeï",
          "александра": "Alexandra", "константин": "Konstantin"}


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def _ru_word(word: str) -> str:
    low = word.lower()
    if low in _GIVEN:
        return _GIVEN[low]
    out: list[str] = []
    n = len(low)
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < n else ""
        after_vowel = prev in _RU_VOWELS
        start = i == 0
        if ch == "й":
            # -ий/-ый at the end: Дмитрий -> Dmitri, Грозный -> Grozny.
            if i == n - 1 and prev in ("и", "ы"):
                continue
            out.append("ï" if after_vowel else "i")
        elif ch == "е":
            if start:
                out.append("e")
            elif prev in ("ь", "ъ"):
                out.append("ie")
            elif after_vowel and prev not in ("и", "у"):
                out.append("ïe")  # Токаев -> Tokaïev; Мацуев -> Matsouev
            else:
                out.append("e")
        elif ch == "ё":
            # French transliteration writes ё "io" (Фёдор -> Fiodor, Воробьёв -> Vorobiov,
            # Соловьёв -> Soloviov), "ïo" after a vowel, and "e" after a hushing consonant,
            # where it sounds "o" but the press keeps the "e" (Горбачёв -> Gorbatchev,
            # Хрущёв -> Khrouchtchev).
            if prev in _SIBILANTS:
                out.append("e")
            elif after_vowel:
                out.append("ïo")
            else:
                out.append("io")
        elif ch == "и":
            out.append("ï" if after_vowel and prev not in ("и",) else "i")
        elif ch == "я":
            out.append("a" if prev == "и" else "ïa" if after_vowel else "ia")
        elif ch == "ю":
            out.append("ou" if prev == "и" else "ïou" if after_vowel else "iou")
        elif ch == "у":
            out.append("ou")
        elif ch == "с":
            vowel_next = nxt in _RU_VOWELS
            out.append("ss" if (after_vowel or prev == "й") and vowel_next else "s")
        elif ch == "г":
            out.append("gu" if nxt in ("е", "и", "ё", "э") else "g")
        elif ch == "н" and i == n - 1 and prev in ("и", "ы") and n > 3:
            out.append("ne")  # Путин -> Poutine
        else:
            out.append(_PLAIN.get(ch, ch))
    return _case_like(word, "".join(out))


def _case_like(source: str, text: str) -> str:
    if not text:
        return text
    if source[:1].isupper() or source.isupper():
        return text[:1].upper() + text[1:]
    return text


def ru_to_fr(text: str, *, surname: bool = False) -> str:
    """Cyrillic words romanised the French way; other characters kept.

    ё is "io" in given and family names alike (Фёдор -> Fiodor, Воробьёв -> Vorobiov),
    "e" after ж ч ш щ ц (Горбачёв -> Gorbatchev); names whose press form keeps "e" where
    this gives "io" (Королёв -> Korolev) are curated in ``data/names_fr.json``.
    ``surname`` is kept for callers and changes nothing today.
    """
    del surname  # one rule for all names now; the flag stays for callers
    return re.sub(r"[\u0400-\u04FF]+", lambda m: _ru_word(m.group(0)), text)


# English transliteration -> French, applied to one lower-case word, in this order.
_EN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(a), b) for a, b in (
        (r"shch", "chtch"),
        (r"(?<![st])ch(?!tch)", "tch"),  # not the "ch" of "chtch": Shchugorev
        (r"sh", "ch"),
        (r"zh", "j"),
        (r"iy(?=[aeiou])", "i"),  # Matviyenko -> Matvienko
        (r"(?<=u)ye", "e"),  # Matsuyev -> Matsuev
        (r"(?<=[aeiou])y(?=[aeiou])", "ï"),  # Tokayev -> Tokaïev
        (r"^ye", "e"),  # Yevgeny -> Evgeny
        (r"^y(?=[aeiou])", "i"),  # Yury -> Iury, Yakovlev -> Iakovlev
        (r"(?<=[^aeiouï])y(?=[aeiou])", "i"),  # Vyacheslav -> Viacheslav
        (r"(?<=[aeo])i(?=$|[^aeiou])", "ï"),  # Sergei -> Sergeï, Mikhail -> Mikhaïl
        (r"(?<=[aeo])y(?=$|[^aeiou])", "ï"),  # Tolstoy -> Tolstoï, Aysen -> Aïsen
        (r"(?:iy|yy|y)$", "i"),  # Dmitry -> Dmitri, Georgiy -> Georgi
        (r"(?<!o)u", "ou"),
        (r"(?<=[aeiouïy])s(?=[aeiouy])", "ss"),  # Vasily -> Vassily
        (r"g(?=[eiï])", "gu"),  # Sergeï -> Sergueï
        (r"(?<=[^aeiou])in$", "ine"),  # Putin -> Poutine
        (r"(?<=[^aeiou])yn$", "yne"),
    ))


def _en_word(word: str) -> str:
    low = word.lower()
    if low in _EN_GIVEN:
        return _EN_GIVEN[low]
    out = low
    for pattern, repl in _EN_RULES:
        out = pattern.sub(repl, out)
    return _case_like(word, out)


_EN_GIVEN = {"alexander": "Alexandre", "maxim": "Maxime", "alexei": "Alexeï",
             "alexey": "Alexeï", "alexandra": "Alexandra", "yury": "Iouri",
             "yuri": "Iouri", "yelena": "Elena", "pyotr": "Piotr", "petr": "Piotr",
             "fyodor": "Fiodor",
             "natalya": "Natalia", "konstantin": "Konstantin", "tatyana": "Tatiana",
             "darya": "Daria",
             "yulia": "Ioulia", "yuliya": "Ioulia", "olga": "Olga", "ilya": "Ilia"}


_NAME_ONLY = {r"(?:iy|yy|y)$", r"(?<=[^aeiou])in$", r"(?<=[^aeiou])yn$", r"^ye"}
_PLACE_RULES = tuple((p, "ie" if p.pattern == r"^ye" else r)
                     for p, r in _EN_RULES if p.pattern not in _NAME_ONLY - {r"^ye"})
_PLACE_RULES = tuple(x for x in _PLACE_RULES if x[0].pattern not in _NAME_ONLY - {r"^ye"})


def en_to_place(text: str) -> str:
    """An English transliteration of a Russian place in the French one ("Akhtubinsk" ->
    "Akhtoubinsk", "Yelabuga" -> "Ielabouga"): the name rules without the given-name and
    ending rules (a town keeps its final -y and -in)."""
    def word(m: re.Match[str]) -> str:
        out = m.group(0).lower()
        for pattern, repl in _PLACE_RULES:
            out = pattern.sub(repl, out)
        return _case_like(m.group(0), out)

    return re.sub(r"[A-Za-z]+", word, text)


def en_to_fr(text: str) -> str:
    """An English transliteration of a Russian name in the French one."""
    return re.sub(r"[A-Za-z]+", lambda m: _en_word(m.group(0)), text)


def fold(text: str) -> str:
    """A spelling-blind key: accents and doubled letters gone ("Choïgou" ~ "Choigou")."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = re.sub(r"[^a-z]", "", plain)
    return re.sub(r"(.)\1+", r"\1", plain)
