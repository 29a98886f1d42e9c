"""A bold label that is a media outlet's name, not a person's ("newspaper Komsomolskaya
Pravda", "TV channel Rossiya", "Channel One", "Rossiya 1 TV channel").

A media word (newspaper, channel, agency...) opens or closes the label and the outlet's name
is the few words after or before it. A name of three words or more after the media word is
left to the person rule ("TV channel Rossiya 24 | Yevgeny Primakov"), as is a comma ("Ivan
Petrov, Kommersant newspaper": the head is the person). The words are general usage, not
taken from any page. No daybook import: speakers.py and label_sides.py both use it.
"""

from __future__ import annotations

# Words that call the next or previous words a media outlet, in the site's languages
# (several forms of the Russian ones: a title or a lead declines them).
MEDIA_WORDS = frozenset({
    "newspaper", "newspapers", "magazine", "weekly", "daily", "journal", "tv", "television",
    "channel", "radio", "agency", "broadcaster", "broadcasting", "network", "media",
    "outlet", "publication", "portal",
    "газета", "газете", "газеты", "журнал", "журналу", "журнала", "телеканал", "телеканалу",
    "телекомпания", "телекомпании", "радиостанции", "агентство", "агентству",
    "информагентству", "изданию", "издания", "сми",
})
# Media words that may stand in a label beside an outlet's name, the kind of outlet first
# ("TV channel", "news agency", "radio station").
_LABEL_MEDIA = frozenset({
    "newspaper", "magazine", "weekly", "journal", "tv", "television", "channel", "radio",
    "station", "agency", "news", "broadcaster", "company", "network", "website", "portal",
    "газета", "журнал", "телеканал", "телекомпания", "радиостанция", "радио", "агентство",
    "информагентство", "издание", "портал",
})
# The one who speaks for the outlet, named by trade, not by name ("Channel One correspondent").
_TRADE = frozenset({"correspondent", "journalist", "reporter", "presenter", "host",
                    "корреспондент", "журналист", "ведущий", "ведущая"})
_ASKING = frozenset({"question", "questions", "вопрос"})
_FROM = frozenset({"from", "by", "of", "от"})
# An outlet's own name is at most this many words next to the media word.
MAX_OUTLET_WORDS = 2


def _media_run(words: list[str], start: int, step: int) -> int:
    """How many media words stand from ``start`` going ``step`` (1 or -1)."""
    n, i = 0, start
    while 0 <= i < len(words) and words[i].casefold().strip(".,«»\"") in _LABEL_MEDIA:
        n += 1
        i += step
    return n


def _outlet_name(words: list[str]) -> bool:
    """A short name: capitalised words, numbers, quotes ("Rossiya 24", "«Известия»")."""
    return 1 <= len(words) <= MAX_OUTLET_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w[:1] in "«\"" for w in words)


def is_media_label(text: str) -> bool:
    """The label is an outlet's name beside a media word, or its correspondent with no name
    ("newspaper Komsomolskaya Pravda", "Channel One", "Question from TV channel Rossiya",
    "Rossiya 1 TV channel correspondent")."""
    if "," in text:
        return False
    words = text.split()
    if len(words) > 1 and words[0].casefold() in _ASKING and words[1].casefold() in _FROM:
        words = words[2:]
    if words[:1] and words[0].casefold() == "the":
        words = words[1:]
    while words and words[-1].casefold() in _TRADE:
        words = words[:-1]
    if len(words) < 2:
        return False
    head = _media_run(words, 0, 1)
    if head and _outlet_name(words[head:]):
        return True
    tail = _media_run(words, len(words) - 1, -1)
    return bool(tail) and tail < len(words) and _outlet_name(words[:-tail]) and (
        words[-1].casefold().strip(".,") not in {"news", "company", "station"})
