"""People's names in the form French newspapers print them.

``french_name`` decides, in this order: the publisher's override file (setting ``names_fr``),
the curated table ``data/names_fr.json`` (French press usage, from general knowledge), the
French forms of the curated people registry (``data/people.json``); then, for a Russian
name, the French romanisation of its Cyrillic original when known (the Russian page of the
same event), else of its English transliteration. A name that is not Russian (no Russian
surname ending or given name, or a foreign role) is written as in English: French keeps
"Ilir Meta" and "Narendra Modi".

``NameForms`` carries one event's English names and their French forms, and rewrites a
translated text with them (protected spans come back from the engine in English).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from daybook.errors import SettingsError
from daybook.translate.french import elide_before
from daybook.translate.romanize import en_to_fr, fold, has_cyrillic, ru_to_fr
from daybook.translate.spans import Spans

# Endings of Russian (and post-Soviet) family names and Russian given names, in English
# transliteration: the names French romanises. Everything else is kept as written.
_RU_SURNAME = re.compile(
    r"(?:ov|ova|ev|eva|yov|yova|(?<![aeiou])in|ina|yn|yna|sky|skaya|skiy|ky|kaya|enko|chuk|uk|yuk|"
    r"ich|ikh|ykh|ko|shvili|dze|yan|ian|bekov|ayev|iyev)$")
GIVEN_NAMES = _RU_GIVEN = frozenset((
    "Alexander", "Alexandra", "Alexei", "Alexey", "Anatoly", "Andrei", "Andrey", "Anna",
    "Anton", "Arkady", "Artyom", "Artur", "Boris", "Denis", "Dmitry", "Yevgeny", "Evgeny",
    "Fyodor", "Gennady", "Georgy", "Gleb", "Grigory", "Igor", "Ilya", "Irina", "Ivan",
    "Kirill", "Konstantin", "Leonid", "Lyudmila", "Marat", "Maria", "Maxim", "Mikhail",
    "Natalya", "Nikita", "Nikolai", "Oleg", "Olga", "Oksana", "Pavel", "Polina", "Pyotr",
    "Roman", "Ruslan", "Rustam", "Sergei", "Sergey", "Stanislav", "Svetlana", "Tatyana",
    "Timur", "Valentina", "Valery", "Vasily", "Veronika", "Viktor", "Vitaly", "Vladimir",
    "Vladislav", "Vyacheslav", "Yaroslav", "Yegor", "Yelena", "Yulia", "Yury", "Yuri",
    "Zakhar", "Veniamin", "Aisen", "Radiy", "Aleksei",
    # More of the common Russian given names in English transliteration (general usage):
    # "Given Family" pairs with them are Russian names ("Yekaterina Ushakova").
    "Yekaterina", "Ekaterina", "Yevgenia", "Yevgeniya", "Evgenia", "Ksenia", "Kseniya",
    "Anastasia", "Darya", "Daria", "Galina", "Larisa", "Lyubov", "Nadezhda", "Nina", "Inna",
    "Zinaida", "Raisa", "Alla", "Alina", "Kristina", "Yana", "Ulyana", "Vasilisa", "Tatiana",
    "Natalia", "Yelizaveta", "Elizaveta", "Vera", "Marina", "Elvira", "Inessa",
    "Antonina", "Valeria", "Nikolay", "Vadim", "Eduard", "Semyon", "Stepan",
    "Timofei", "Matvei", "Vsevolod", "Rodion", "Yakov", "Yefim", "Mstislav", "Svyatoslav",
    "Rostislav", "Daniil", "Danila", "Artem", "Arseny", "Savely", "Tikhon", "Trofim",
    "Ignat", "Yevgeni", "Valentin", "Vladlen", "Gavriil", "Akhmed", "Filipp",
))
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|инична|оглы|кызы)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameTable:
    people: dict[str, str]  # English form -> French form
    surnames: dict[str, str]  # English family name -> French one, when unambiguous


def _registry_forms(press: Mapping[str, str]) -> dict[str, str]:
    """Every English spelling of a registry person -> the person's French form (the press
    table's when it has one of the spellings, else the registry's first)."""
    raw: dict[str, Any] = json.loads(
        resources.files("daybook.data").joinpath("people.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for person in raw.get("people", []):
        spellings = [*person.get("names", {}).get("en", []), person.get("name", "")]
        fr = [press[s] for s in spellings if s in press] or person.get("names", {}).get("fr")
        if fr:
            for en in spellings:
                if en:
                    out[en] = fr[0]
    return out


def _reversed(en: list[str], fr: list[str]) -> bool:
    """A tag's "Family Given" order ("Putin Vladimir" -> "Vladimir Poutine"): the English
    last word is the French first one's spelling, not the family name's, so that a given
    name alone ("Prince Vladimir") is not read as that person's family name."""
    def like(a: str, b: str) -> float:
        return SequenceMatcher(None, fold(a).lower(), fold(b).lower()).ratio()
    return like(en[-1], fr[0]) > like(en[-1], fr[-1])


def _with_surnames(people: Mapping[str, str]) -> NameTable:
    surnames: dict[str, set[str]] = {}
    for en, fr in people.items():
        ew, fw = en.split(), fr.split()
        if len(ew) >= 2 and len(fw) >= 2 and len(ew[-1]) > 2 and not _reversed(ew, fw):
            surnames.setdefault(ew[-1], set()).add(fw[-1])
    return NameTable(dict(people),
                     {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1})


@cache
def curated_table() -> NameTable:
    raw: dict[str, Any] = json.loads(
        resources.files("daybook.data").joinpath("names_fr.json").read_text("utf-8"))
    people = _registry_forms(raw["people"])
    people.update(raw["people"])  # the press table wins over the registry's spellings
    return _with_surnames(people)


def load_overrides(path: str | Path) -> dict[str, str]:
    """A publisher's name forms: one ``English or Russian form<TAB>French form`` a line,
    ``#`` comments; a bad line is an error naming the file and the line."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"names_fr: cannot read {p}: {exc}") from None
    out: dict[str, str] = {}
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [x.strip() for x in line.split("\t")]
        if len(parts) != 2 or not all(parts):
            raise SettingsError(f"names_fr: {p} line {no}: expected 'name<TAB>French form'")
        out[" ".join(parts[0].split())] = parts[1]
    return out


@cache
def _table_with(overrides: tuple[tuple[str, str], ...]) -> NameTable:
    people = dict(curated_table().people)
    # An override renames the person under every spelling the table knows for them.
    renamed = {people[en]: fr for en, fr in overrides if en in people and people[en] != fr}
    people = {en: renamed.get(fr, fr) for en, fr in people.items()}
    people.update(overrides)
    return _with_surnames(people)


def table(overrides: Mapping[str, str] | None = None) -> NameTable:
    return _table_with(tuple(sorted(overrides.items()))) if overrides else curated_table()


# Common Chinese, Korean and Vietnamese family names, which such names open: "Jiang Zemin"
# is no Russian "-in" name (it gave "Zemine").
_EAST_ASIAN_FAMILY = frozenset((
    "Cao", "Chen", "Cheng", "Choi", "Deng", "Dong", "Feng", "Gao", "Guo", "Han", "He", "Hu",
    "Huang", "Jiang", "Kim", "Le", "Lee", "Li", "Liang", "Lin", "Liu", "Luo", "Ma", "Moon",
    "Nguyen", "Park", "Pham", "Song", "Sun", "Tang", "Tran", "Wang", "Wei", "Wen", "Wu", "Xi",
    "Xiao", "Xie", "Xu", "Yang", "Yu", "Yuan", "Zhang", "Zhao", "Zheng", "Zhou", "Zhu"))


def looks_russian(name: str) -> bool:
    """Whether an English-spelled name is Russian (or post-Soviet) by its family name ending
    or its given name."""
    words = [w for w in re.split(r"[\s]+", name.strip()) if w]
    if not words or (len(words) >= 2 and words[0] in _EAST_ASIAN_FAMILY):
        return False
    last = words[-1].split("-")[-1].lower()
    # A family name with a particle is not Russian: "Alexander Van der Bellen".
    return bool(_RU_SURNAME.search(last)) or (
        words[0] in _RU_GIVEN and not any(w[:1].islower() for w in words[1:]))


# Given names ending in -a that are men's ("Nikita Mikhalkov", "Narendra Modi").
_MALE_IN_A = frozenset(("Nikita", "Ilya", "Luka", "Foma", "Kuzma", "Savva", "Narendra",
                        "Joshua", "Musa", "Isa", "Mustafa", "Yahya", "Akila", "Andrea"))
_RU_FEMALE_SURNAME = re.compile(r"(?:ova|eva|yova|ina|yna|skaya|tskaya|aya)$")


def likely_female(name: str) -> bool:
    """Whether a name is a woman's, by a Russian family name's feminine ending ("Tatyana
    Golikova", "Golikova") or a given name in -a ("Valentina Matviyenko", "Angela Merkel"):
    what a translation engine needs to make words agree with it."""
    words = name.split()
    if not words:
        return False
    if len(words[-1]) > 4 and _RU_FEMALE_SURNAME.search(words[-1].lower()):
        return True
    first = words[0]
    return len(words) > 1 and first.endswith("a") and first not in _MALE_IN_A


def split_russian(name: str) -> tuple[str, str] | None:
    """(given name, family name) of a Russian name as kremlin.ru prints it: "ЛАВРОВ Сергей
    Викторович", "Лавров Сергей Викторович", "Сергей Лавров"; None when not one."""
    words = name.split()
    if not words or not has_cyrillic(name) or len(words) > 4:
        return None
    upper = [w for w in words if w.isupper() and len(w) > 1]
    if upper:
        surname = " ".join(upper)
        rest = [w for w in words if w not in upper and not _PATRONYMIC.search(w)]
        return (rest[0] if rest else ""), surname
    if len(words) == 3 and _PATRONYMIC.search(words[2]):
        return words[1], words[0]
    if len(words) == 2:
        return words[0], words[1]
    return None


def _site_case(name: str) -> str:
    """A name printed in capitals ("SERGEI SHOIGU", "GEORGE W. BUSH", as older transcripts
    label speakers) as names are written: "Sergei Shoigu", "George W. Bush"."""
    words = name.split()
    # One word in capitals is an acronym ("CSKA"), or a family name the rules read as it is.
    if len(words) < 2 or not name.isupper() or has_cyrillic(name):
        return name
    return " ".join(w if len(w.rstrip(".")) <= 1 else _cap(w) for w in words)


def _cap(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def from_russian(name: str) -> str | None:
    """The French form of a Cyrillic name ("ЛАВРОВ Сергей Викторович" -> "Sergueï Lavrov")."""
    parts = split_russian(name)
    if parts is None:
        return None
    given, surname = parts
    fam = " ".join(_cap(ru_to_fr(w, surname=True)) for w in surname.split())
    first = _cap(ru_to_fr(given)) if given else ""
    return f"{first} {fam}".strip()


def french_name(name: str, *, russian: str | None = None, foreign: bool = False,
                overrides: Mapping[str, str] | None = None) -> str:
    """The French form of a person's name.

    ``russian`` is the Cyrillic original when known; ``foreign`` says the context (a
    foreign head of state's role) makes the person non-Russian: the name is then kept.
    """
    t = table(overrides)
    key = _site_case(" ".join(name.split()))
    if key in t.people:
        return t.people[key]
    if russian and russian in t.people:
        return t.people[russian]
    words = key.split()
    if len(words) == 2 and " ".join(reversed(words)) in t.people:
        return t.people[" ".join(reversed(words))]  # tags: "Putin Vladimir"
    if len(words) == 1 and key in t.surnames:
        return t.surnames[key]
    if has_cyrillic(key):
        return from_russian(key) or ru_to_fr(key)
    if russian and not foreign and _PATRONYMIC.search(russian.split()[-1]):
        # A patronymic in kremlin.ru's list marks a Russian (or post-Soviet) name.
        return from_russian(russian) or en_to_fr(key)
    if foreign or not looks_russian(key):
        return key
    if russian:
        derived = from_russian(russian)
        if derived:
            return derived
    return en_to_fr(key)


def _skeleton(text: str) -> str:
    return re.sub(r"[aeiouy]", "", fold(text))


def match_russian(name: str, originals: Iterable[str]) -> str | None:
    """The Cyrillic original of an English-spelled name among ``originals`` (the Russian
    page's participants and tagged persons), matched on the family name's consonants."""
    words = name.split()
    if not words:
        return None
    want = _skeleton(en_to_fr(words[-1]))
    found = None
    for ru in originals:
        parts = split_russian(ru)
        if parts and _skeleton(ru_to_fr(parts[1], surname=True)) == want and want:
            if found is not None and found != ru:
                return None  # two candidates: do not guess
            found = ru
    return found


def _same_start(en: str, fr: str) -> bool:
    return fold(en_to_fr(en))[:2] == fold(fr)[:2]


@cache
def known_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Curated people's full names and family names (given-name-first spellings only, whose
    family name lines up with the French one), as a pattern over text."""
    forms: dict[str, str] = {}
    for en, fr in curated_table().people.items():
        ew, fw = en.split(), fr.split()
        if len(ew) >= 2 and len(fw) >= 2 and _same_start(ew[-1], fw[-1]):
            forms.setdefault(en, fr)
            if len(ew[-1]) > 2:
                forms.setdefault(ew[-1], fw[-1])
    keys = sorted(forms, key=lambda k: (-len(k), k))
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w-])"), forms


_CAPITAL = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Overlapping: "Governor Roman Starovoit" holds the pair "Roman Starovoit".
_PAIR = re.compile(rf"(?<![\w-])(?=({_CAPITAL})(?:\s+[A-Z]\.)?\s+({_CAPITAL})(?![\w-]))")


LONGER = re.compile(r"\s+(?:(?:van|von|der|den|de|da|di|du|del|dos|la|le|al|el|bin|ibn)\s+)?[A-Z]")


# "Mr Kotyukov", "Ms Ushakova": a family name after a form of address.
_ADDRESSED = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Madam|Mister)\.?\s+"
                        r"([A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)(?![\w-])")


def mentioned_names(texts: Iterable[str]) -> list[str]:
    """People a text names without the page tagging them: curated people's full and family
    names ("Lukashenko"), "Given Family" pairs whose given name is a Russian one
    ("Yury Gagarin", "Yekaterina Ushakova") or whose two words are no English words and
    whose family name ends as Russian ones do ("Chinghiz Aitmatov"; never "Kazan
    Kremlin": WordNet knows both words), and a family name after "Mr", "Ms" that ends so
    and that WordNet does not know ("Mr Kleymenov", "Ms Ushakova")."""
    from daybook.translate.wordnet import analyses, wordnet_dir

    known, _ = known_names()
    out: dict[str, None] = {}
    for text in texts:
        if not text:
            continue
        for m in known.finditer(text):
            out.setdefault(m.group(0), None)
        for m in _PAIR.finditer(text):
            given, family = m.group(1), m.group(2)
            if LONGER.match(text, m.end(2)):
                continue  # part of a longer name: "Alexander Van der Bellen"
            if not looks_russian(family) and given not in _RU_GIVEN:
                continue
            if given in _RU_GIVEN or (wordnet_dir() is not None and not analyses(given)
                                      and not analyses(family)
                                      and _RU_SURNAME.search(family.lower())):
                out.setdefault(text[m.start(1):m.end(2)], None)
        for m in _ADDRESSED.finditer(text):
            family = m.group(1)
            if (_RU_SURNAME.search(family.split("-")[-1].lower()) and not LONGER.match(
                    text, m.end(1)) and wordnet_dir() is not None and not analyses(family)):
                out.setdefault(family, None)
    return list(out)


class NameForms:
    """English names of one event and their French forms, applied to translated text."""

    def __init__(self, forms: Mapping[str, str]) -> None:
        self.forms: dict[str, str] = {}
        for en, fr in forms.items():
            if en and fr and en != fr:
                self.forms[en] = fr
                ew, fw = en.split(), fr.split()
                # Only a given-name-first spelling lines its words up with the French form.
                if len(ew) >= 2 and len(fw) >= 2 and _same_start(ew[-1], fw[-1]):
                    self.forms.setdefault(" ".join([ew[-1], *ew[:-1]]), fr)
                    if len(ew[-1]) > 2 and ew[-1] != fw[-1]:
                        self.forms.setdefault(ew[-1], fw[-1])
        # Found through the names a text holds (``spans.Spans``): one pattern of every
        # curated name took longer to build for each event than to apply.
        self._spans = Spans(sorted(self.forms, key=lambda k: (-len(k), k)))

    @classmethod
    def of(cls, names: Iterable[str], *, originals: Iterable[str] = (),
           overrides: Mapping[str, str] | None = None) -> NameForms:
        """The event's names, and every full name of the curated table (a caption names
        people the event's lists do not)."""
        ru = list(originals)
        forms = {en: fr for en, fr in table(overrides).people.items() if len(en.split()) > 1}
        if not overrides:  # a curated person's family name alone ("Lukashenko")
            forms.update(known_names()[1])
        forms.update({n: french_name(n, russian=match_russian(n, ru) if ru else None,
                                     overrides=overrides) for n in names})
        return cls(forms)

    def name(self, name: str | None) -> str | None:
        return self.apply(name) if name else name

    def apply(self, text: str) -> str:
        if not text:
            return text
        put: set[str] = set()

        def form(m: re.Match[str]) -> str:
            put.add(self.forms[m.group(0)])
            return self.forms[m.group(0)]

        # "de Yevgeny" elided once it is "Evgueni": "d'Evgueni".
        return elide_before(self._spans.sub(form, text), put)
