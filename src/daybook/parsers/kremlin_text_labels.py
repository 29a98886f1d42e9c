"""Speaker labels in a flattened kremlin.ru page text (see ``kremlin_text``): initials and
a surname ("В.Путин:", "В.ПУТИН:", "Дж.Байден:"), a full name at a sentence start ("Патриарх
Кирилл:", "ВЛАДИМИР ПУТИН:"), generic labels ("Вопрос:"), each with the person tooltip and
note the page may print before the colon. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from daybook.parsers import kremlin_selectors as sel
from daybook.parsers.speakers import (
    canonical_name,
    is_role_word,
    is_russian_personal_name,
    split_label,
)

# A person tooltip between a label's name and its colon is at most this long.
MAX_TOOLTIP_CHARS = 300
# A note in brackets after a label ("(как переведено)") is at most this long.
MAX_NOTE_CHARS = 60
# How far back from a colon a label is looked for.
LABEL_WINDOW = 360
MAX_NAME_WORDS = 5
# Words that sit lower-case inside a name: "Мухаммед бен Заид", "Урсула фон дер Ляйен".
NAME_PARTICLES: frozenset[str] = frozenset(
    {"бен", "бин", "ибн", "аль", "эль", "ад", "ас", "фон", "дер", "ван", "де", "да", "ди", "дос"}
)
# Endings of Russian patronymics: where the name in a tooltip ends.
PATRONYMIC_ENDINGS: tuple[str, ...] = ("вич", "вна", "ична", "инична", "оглы", "кызы")
WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*"
# An initial, "Дж." of a transliterated "J" too ("Дж.Байден", "ДЖ.БУШ").
INITIAL = r"(?:(?:Дж|ДЖ|[А-ЯЁ])\.\s?)"
# Particles before a surname: joined by a hyphen ("ас-Сиси", "аль-Асад") or a space.
_PREFIXES = "ас|аль|ад|эль|ат|аш|аз|ар"
_SPACED = "бен|бин|ибн|фон|ван|де|ди|да|дос"
# A name word in capitals, as older transcripts print labels ("ВЛАДИМИР ПУТИН").
_CAPS_WORD = r"[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*"



@cache
def _lx() -> dict[str, re.Pattern[str]]:
    """Compiled patterns (lazily: no work at import time)."""
    return {
        # "В.Путин", "В.ПУТИН" of older transcripts, "А.Ф.ас-Сиси", "М.бен Салман"
        "initials": re.compile(
            rf"(?<![\w.-]){INITIAL}{{1,2}}(?:(?:{_PREFIXES})-|(?:{_SPACED})\s)?"
            rf"(?:{WORD}|[А-ЯЁ]{{2,}}(?:-[А-ЯЁ]{{2,}})?(?![а-яё]))"),
        "word": re.compile(r"\S+"),
        "repeated": re.compile(rf"(?:^|(?<=[.!?…]\s))({WORD}(?:\s{WORD}){{1,3}})\s?:"),
        "note": re.compile(rf"\s*\((?P<note>[^():]{{1,{MAX_NOTE_CHARS}}})\)\s*$"),
        "boundary": re.compile(r"(?:[.!?…»)\]]|\* \* \*|<…>)\s+"),
        "sentence_end": re.compile(r"[!?…]|\.\s"),
        "ws": re.compile(r"\s+"),
        "next_letter": re.compile(r"[^\W\d_]"),
    }


def norm(text: str) -> str:
    """Collapse whitespace (no-break spaces too) to single spaces."""
    return _lx()["ws"].sub(" ", text.replace("\xa0", " ")).strip()


# --- Labels -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LabelHit:
    """A speaker label in the text: ``start``-``end`` spans it with its colon."""

    start: int
    end: int
    raw: str  # the label as written, tooltip and note included, colon excluded
    name: str | None  # None for generic labels ("Вопрос", "Реплика")
    role: str | None = None
    generic: bool = False


def _is_name_word(word: str, *, short: bool = False) -> bool:
    """A capitalised name word or a particle, alone or before a hyphen ("ас-Сиси");
    ``short`` admits one letter ("Ван И")."""
    if short and re.fullmatch(r"[А-ЯЁ]", word):
        return True
    head, dash, rest = word.partition("-")
    if dash and head in NAME_PARTICLES and re.fullmatch(WORD, rest):
        return True
    return bool(re.fullmatch(WORD, word) or re.fullmatch(_CAPS_WORD, word)) or (
        word in NAME_PARTICLES)


def _tooltip_role(tooltip: str, name_words: Iterable[str], persons: str) -> str | None:
    """The role in a person tooltip "Герасимов Валерий Васильевич начальник Генштаба ..."."""
    words = tooltip.split()
    n = 0
    for k in range(min(len(words), 6), 0, -1):  # longest prefix that is a Persons tag
        if persons and " ".join(words[:k]) in persons:
            n = k
            break
    if not n:
        for k, w in enumerate(words[:4], 1):
            if w.casefold().endswith(PATRONYMIC_ENDINGS):
                n = k
    if not n:
        known = set(name_words)
        while n < len(words) - 1 and words[n] in known:
            n += 1
        if n < len(words) - 1 and _is_name_word(words[n]) and not is_role_word(words[n]):
            n += 1
    role = " ".join(words[n:]).strip(" –-,")
    return role or None


def _split_rest(rest: str, first: str, name_words: list[str]) -> tuple[bool, str | None]:
    """Whether what stands between a name and its colon is a note and/or a tooltip."""
    rx = _lx()
    m = rx["note"].search(rest)
    core = rest[: m.start()] if m else rest
    core = core.strip()
    if not core:
        return True, None
    if len(core) > MAX_TOOLTIP_CHARS or rx["sentence_end"].search(core + " "):
        return False, None
    lead = core.split()[0]
    if lead != first and lead not in name_words:
        return False, None
    return True, core


def _initials_label(window: str, persons: str) -> tuple[int, str, str | None] | None:
    """An initials label ending the window: (start in window, name, role)."""
    rx = _lx()
    for m in rx["initials"].finditer(window):
        first = re.sub(rf"^{INITIAL}{{1,2}}", "", m.group(0))
        after = list(rx["word"].finditer(window, m.end()))
        ext = 0
        seen = {first}
        # More name words ("М.Диас-Канель Бермудес"), up to a tooltip repeating one of them
        # or a role word ("Президент").
        while ext < min(len(after), MAX_NAME_WORDS - 1):
            word = after[ext].group(0)
            if word in seen or not _is_name_word(word) or is_role_word(word):
                break
            seen.add(word)
            ext += 1
        for n in range(ext, -1, -1):  # longest name first, then shorter with a tooltip
            name_end = after[n - 1].end() if n else m.end()
            name_words = [first] + [w.group(0) for w in after[:n]]
            ok, tooltip = _split_rest(window[name_end:], first, name_words)
            if ok:
                name = norm(window[m.start() : name_end])
                if name.isupper():  # "В.ПУТИН" -> "В.Путин"
                    name = canonical_name(name, ())
                role = _tooltip_role(tooltip, name_words, persons) if tooltip else None
                return m.start(), name, role
    return None


def _full_name_label(
    segment: str, known_words: frozenset[str], persons: str, repeated: frozenset[str]
) -> tuple[str | None, str | None, bool] | None:
    """A label without initials at a sentence start: "Вопрос", "Патриарх Кирилл",
    "Ван И (как переведено)". Returns (name, role, generic) or None."""
    rx = _lx()
    text = norm(segment)
    if not text:
        return None
    parsed = split_label(text)
    if parsed.generic:
        return None, None, True
    m = rx["note"].search(text)
    note = m.group("note") if m else None
    core = text[: m.start()].strip() if m else text
    words = core.split()
    if not words or len(words) > MAX_NAME_WORDS + 8:
        return None
    # A tooltip repeats a word of the name: "Тамим Бен Хамад Аль Тани Аль Тани Тамим ...".
    cut = len(words)
    for j in range(1, len(words)):
        if words[j] in words[:j] and words[j] not in NAME_PARTICLES:
            cut = j
            break
    name_words, tooltip = words[:cut], words[cut:]
    if not tooltip and (titled_long := _titled_label(name_words)) is not None:
        return titled_long[0], titled_long[1], False
    if not 1 <= len(name_words) <= MAX_NAME_WORDS or not (
        _is_name_word(name_words[0]) and all(_is_name_word(w, short=True) for w in name_words)
    ):
        return None
    if tooltip and rx["sentence_end"].search(" ".join(tooltip) + " "):
        return None
    interpreted = note is not None and "перев" in note
    bare = [w for w in name_words if not is_role_word(w)]
    known = len(name_words) >= 2 and bool(bare) and all(w in known_words for w in bare)
    known = known or " ".join(name_words) in repeated
    titled = len(name_words) in (2, 3) and is_role_word(name_words[0]) and bool(bare)
    # A longer title before a name of two words or more: "Президент России Владимир Путин".
    titled = titled or (is_role_word(name_words[0]) and len(
        (split_label(" ".join(name_words)).name or "").split()) >= 2)
    # A name in capitals ("ВЛАДИМИР ПУТИН", "ПРЕЗИДЕНТ РОССИИ ВЛАДИМИР ПУТИН") is a label.
    caps = len(name_words) >= 2 and all(re.fullmatch(_CAPS_WORD, w) for w in name_words) and (
        any(is_russian_personal_name(w) for w in name_words))  # not "МИД РФ"
    if not (interpreted or known or titled or tooltip or caps):
        return None
    if tooltip and not (interpreted or known or titled or len(name_words) >= 2):
        return None
    name_text = " ".join(name_words)
    name, role = name_text, None
    if titled or is_role_word(name_words[0]):
        # "Патриарх Кирилл": role "Патриарх", name "Кирилл"; "Президент Египта Абдель
        # Фаттах ас-Сиси (как переведено)"
        label = split_label(name_text)
        name, role = label.name or name_text, label.role
    if tooltip:
        role = _tooltip_role(" ".join(tooltip), name_words, persons) or role
    if name.isupper():
        name = canonical_name(name, ())
    return name, role, False


# A role's lower-case word ("секретарь", "иностранных", "области") or an acronym ("ООН").
_ROLE_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*|[А-ЯЁ]{2,}|[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё]+)*")


def _titled_label(words: list[str]) -> tuple[str, str] | None:
    """(name, role) of a role and a full name: "Председатель Китайской Народной Республики
    Си Цзиньпин", "Генеральный секретарь ООН Антониу Гутерреш". The role opens with a role
    word and may hold lower-case words; the name is two to five capitalised words."""
    if len(words) < 3 or not is_role_word(words[0]):
        return None
    label = split_label(" ".join(words))
    name = (label.name or "").split()
    role = (label.role or "").split()
    if not (2 <= len(name) <= MAX_NAME_WORDS and role and len(role) + len(name) == len(words)):
        return None
    if not (_is_name_word(name[0]) and all(_is_name_word(w, short=True) for w in name)):
        return None
    if not all(_ROLE_WORD.fullmatch(w) for w in role):
        return None
    return " ".join(name), " ".join(role)


def find_labels(
    text: str, start: int, end: int, *, known_names: Iterable[str] = (), persons: str = ""
) -> list[LabelHit]:
    """Speaker labels between ``start`` and ``end``: a name (initials and surname, or a full
    name at a sentence start), an optional tooltip and note, then a colon.

    ``known_names`` (participants, persons) admit full-name labels such as "Берл Лазар";
    ``persons`` is the page's Persons box text, used to delimit tooltips.
    """
    rx = _lx()
    known_words = frozenset(w for n in known_names for w in n.split())
    repeated = _repeated_names(text, start, end)
    hits: list[LabelHit] = []
    floor = start
    for colon in _colons(text, start, end):
        before = text[max(floor, colon - LABEL_WINDOW) : colon]
        base = colon - len(before)
        tail = before.rstrip()[-1:]
        if not tail or not (tail.isalpha() or tail in ")»"):
            floor = colon + 1
            continue
        found = _initials_label(before, persons)
        if found is not None:
            at, name, role = found
            hits.append(LabelHit(base + at, colon + 1, norm(before[at:]), name, role))
            floor = colon + 1
            continue
        # Full-name and generic labels start a sentence (or the body, or follow a label).
        # A closing bracket ends a sentence, except the label's own note.
        note = rx["note"].search(before)
        cuts = list(rx["boundary"].finditer(before, 0, note.start() if note else len(before)))
        if cuts:
            seg_at = cuts[-1].end()
        elif base == start or (hits and hits[-1].end == base):
            seg_at = 0
        else:
            floor = colon + 1
            continue
        lead_ws = len(before[seg_at:]) - len(before[seg_at:].lstrip())
        full = _full_name_label(before[seg_at:], known_words, persons, repeated)
        if full is not None and full[2] and _goes_on_lower(text, colon + 1, end):
            # "... Вопрос: почему так? ...": a rhetorical question inside a turn; a label
            # opens its turn with a capital.
            full = None
        if full is not None:
            who, role, generic = full
            at = base + seg_at + lead_ws
            hits.append(LabelHit(at, colon + 1, norm(text[at:colon]), who, role, generic))
        floor = colon + 1
    return _drop_rhetorical(text, hits, end)


# A rhetorical question the principal puts himself: short, then he answers it.
_RHETORICAL = re.compile(r"\s*[^?.!]{1,60}\?\s+\S")


def _drop_rhetorical(text: str, hits: list[LabelHit], end: int) -> list[LabelHit]:
    """Drop "Вопрос:" labels inside the principal's turn that he answers himself ("... Вопрос:
    Почему? Потому что ..."): a short question, more text, and no one answering before the
    next question label (a journalist's question is answered by a named speaker)."""
    kept: list[LabelHit] = []
    for k, hit in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (hit.generic and kept and kept[-1].name in sel.PRINCIPAL_NAMES
                and split_label(hit.raw).question
                and (nxt is None or nxt.generic)
                and _RHETORICAL.match(text, hit.end, nxt.start if nxt else end)):
            continue
        kept.append(hit)
    return kept


def _goes_on_lower(text: str, at: int, end: int) -> bool:
    """The text after a colon goes on with a lower-case letter."""
    m = _lx()["next_letter"].search(text, at, min(end, at + 40))
    return m is not None and m.group(0).islower()


def _repeated_names(text: str, start: int, end: int) -> frozenset[str]:
    """Names of two to four words that open a sentence with a colon in the body and are
    written once more anywhere on the page ("главный раввин России Берл Лазар" ... "Берл
    Лазар: ..."): a speaker the page's lists do not name. Lower-case phrases ("Самое
    главное:") and single words never qualify."""
    found = {
        m.group(1)
        for m in _lx()["repeated"].finditer(text, start, end)
        if not any(is_role_word(w) for w in m.group(1).split())
    }
    return frozenset(name for name in found if text.count(name) >= 2)


def _colons(text: str, start: int, end: int) -> Iterator[int]:
    at = text.find(":", start, end)
    while at >= 0:
        yield at
        at = text.find(":", at + 1, end)
