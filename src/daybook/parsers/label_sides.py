"""Bold labels that name no person: a notice ("IMPORTANT NOTICE:", "Справка:") and the
media outlet that asks in an interview ("Bild:", "The Financial Times:", "«Коммерсантъ»:").

A notice is told by its words. An outlet is told by the page itself: its title or lead
names it before a word for a newspaper, a channel or an agency ("Al Arabiya TV channel"),
or, when it can be no person's name (one word, initials, an article, a number), right
after one ("the German newspaper Bild") or after "to" or "the" of an interview ("Interview
to NHK"); a name the page tags under Persons is never one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from daybook.parsers.media_labels import MEDIA_WORDS as _MEDIA_WORDS
from daybook.parsers.speakers import clean_label

# Words of a notice or an editor's aside, never of a speaker's label (English, French,
# Russian; general usage, not taken from any page).
_NOTICE_WORDS = frozenset({
    "notice", "note", "nota", "n.b", "nb", "important", "attention", "warning", "caution",
    "update", "updated", "correction", "addendum", "reminder", "disclaimer", "announcement",
    "reference", "background", "p.s", "ps", "avis", "avertissement", "rectificatif",
    "внимание", "важно", "примечание", "справка", "уточнение", "обновлено", "напоминание",
    "объявление",
})
# What an interview is given to: "Interview to Bild", "Interview with NHK".
_TO = frozenset({"to", "with", "à", "au"})
_WORDS = re.compile(r"[\w.'’-]+")
_QUOTES = "«»\"“”„'"
_ARTICLES = frozenset({"the", "le", "la", "les", "l", "die", "der", "das", "el", "al", "il"})
_INITIALS = re.compile(r"[A-ZА-ЯЁ0-9]{2,6}")


def is_notice_label(label: str) -> bool:
    """A label opening or closing with a notice word ("IMPORTANT NOTICE", "Editor's note")."""
    words = [w.casefold().strip(".,:;!") for w in clean_label(label).split()]
    return bool(words) and (words[0] in _NOTICE_WORDS or words[-1] in _NOTICE_WORDS)


def is_outlet_label(label: str, title: str, lead: str | None,
                    persons: Iterable[str] = ()) -> bool:
    """The label names the media outlet that the page's title or lead says interviews."""
    return _is_outlet_label(clean_label(label).strip(_QUOTES + " "), title, lead or "",
                            frozenset(w.casefold() for p in persons for w in p.split()))


@lru_cache(maxsize=256)
def _is_outlet_label(name: str, title: str, lead: str, person_words: frozenset[str]) -> bool:
    words = [w.casefold() for w in _WORDS.findall(name)]
    # No person's name: one word, initials, an article ("The Financial Times", "Le Figaro",
    # "Al Arabiya") or a number ("Rossiya 24"); other words may be a name, which a media
    # word may precede ("TV channel Rossiya presenter | Ivan Petrov") but not follow.
    plain = (len(words) == 1 or bool(_INITIALS.fullmatch(name))
             or (bool(words) and words[0] in _ARTICLES) or any(c.isdigit() for c in name))
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or len(words) > 5 or any(w in person_words for w in words):
        return False
    for text in (title, lead):
        # "Putin’s" stays whole: "Vladimir Putin’s news conference" names no outlet
        found = [w.casefold().strip(_QUOTES + ".") for w in _WORDS.findall(text)]
        interview = any(w.startswith(("interview", "интервью")) for w in found)
        for at in range(len(found) - len(words) + 1):
            if found[at:at + len(words)] != words:
                continue
            before = found[at - 1] if at else ""
            after = found[at + len(words)] if at + len(words) < len(found) else ""
            if after in _MEDIA_WORDS or (plain and before in _MEDIA_WORDS):
                return True  # "the German newspaper Bild", "Al Arabiya TV channel"
            # "Interview to the Financial Times", "Interview to NHK"
            if interview and plain and (before == "the" or before in _TO):
                return True
    return False


# Titles borne before one name ("Patriarch Kirill", "King Abdullah", "Grand Duke Henri"):
# after them a lone name is the whole name.
_ONE_NAME_TITLES = frozenset({
    "patriarch", "metropolitan", "archbishop", "bishop", "pope", "father", "mufti", "rabbi",
    "king", "queen", "emir", "sultan", "prince", "princess", "sheikh", "emperor", "empress",
    "duke", "duchess", "патриарх", "митрополит", "архиепископ", "епископ", "муфтий", "король",
    "королева", "эмир", "султан", "принц", "принцесса", "шейх", "император",
})


def full_name_of_given(name: str, role: str | None, spellings: Iterable[str]) -> str | None:
    """The full name a label's lone given name stands for ("President of Russia Vladimir:"
    -> "Vladimir Putin"): the one name of the page (a link, a label, a Persons tag in its
    "Surname Name" order) with that given name; None when there is none or more than one,
    or when the role is a title borne before a single name."""
    if not role or len(name.split()) != 1 or any(
            w.casefold() in _ONE_NAME_TITLES for w in role.split()):
        return None
    given = name.casefold()
    found: dict[frozenset[str], str] = {}
    for spelling in spellings:
        words = spelling.split()
        if len(words) < 2 or spelling.isupper():
            continue
        if words[0].casefold() == given:
            found.setdefault(frozenset(w.casefold() for w in words), spelling)
        elif len(words) == 2 and words[1].casefold() == given:
            found.setdefault(frozenset(w.casefold() for w in words), f"{words[1]} {words[0]}")
    return next(iter(found.values())) if len(found) == 1 else None
