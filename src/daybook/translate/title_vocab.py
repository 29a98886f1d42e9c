"""The title grammar's vocabulary, read once from its data files.

``data/title_patterns.json`` (frames, slot frames, phrases, roles, demonyms, media),
``data/institutions_fr.json`` and ``data/topics_fr.json``, compiled into the regular
expressions ``titles.py`` matches titles with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from daybook.translate.french import masculine_plural

UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_NAME_WORD = rf"(?:[{UPPER}][\w’'.-]*|[a-z]{{1,3}}-[{UPPER}][\w’'-]*)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|bin|ibn|von|der|van|de|da|del|al))*"
# A news outlet's own name: capitalised words or figures ("People’s Daily", "Russia 24").
_OUTLET_WORD = rf"[{UPPER}\d][\w’'.&-]*"
_OUTLET = (rf"{_OUTLET_WORD}(?:\s+(?:of\s+|and\s+|the\s+|de\s+|del\s+|della\s+|di\s+|la\s+)?"
           rf"{_OUTLET_WORD}){{0,5}}")


# The title being read (``titles.plan_title`` sets it): a noun whose French sense follows a
# neighbour word elsewhere in the title looks here ("Anti-Monopoly Service Competition Week").
READING: ContextVar[str] = ContextVar("title_reading", default="")
# Nouns with two senses, the neighbour words that choose the second: "competition" on a
# market is « concurrence » (rivalry of firms; Robert, and the FAS's own French), elsewhere
# « concours » (a contest with a jury).
_SENSES: dict[str, tuple[re.Pattern[str], str, str]] = {
    "competition": (re.compile(r"(?i)\b(?:anti-?monopoly|antitrust|market|(?:un)?fair|"
                               r"developing|development of|protection of|protecting)\b"),
                    "f", "concurrence"),
    # A theatre's "stage" is its « scène » (Robert), elsewhere « étape » (of a process).
    "stage": (re.compile(r"(?i)\b(?:theatres?|theaters?|opera|ballet|drama|philharmonic)\b"),
              "f", "scène"),
    # An assembly's "session" is its « session » (the period it sits: Robert; the UN's own
    # French, "la 70e session de l'Assemblée générale"), numbered by its rank; elsewhere a
    # single sitting, « séance » ("plenary session": « séance plénière »).
    "session": (re.compile(r"(?i)\b(?:\d+(?:st|nd|rd|th)\s+session|general\s+assembly)\b"),
                "f", "session"),
    # "works" a prize rewards are « œuvres » (of art, of writing), elsewhere « usine ».
    "works": (re.compile(r"(?i)\b(?:prizes?|awards?|literary|literature|art)\b"),
              "fp", "œuvres"),
}


def headline_case(title: str) -> bool:
    """Whether ``title`` capitalises its long words (the early years' headline case)."""
    long = [w for w in title.split() if len(w) > 3 and w[:1].isalpha()]
    # One long word in lower case is the headline's slip ("the Military Parade marking the
    # 63rd Anniversary of Victory"), not a title in sentence case.
    lower = sum(not w[:1].isupper() for w in long)
    return len(long) >= 3 and lower <= (1 if len(long) >= 5 else 0)


def sense(word: str) -> tuple[str, str] | None:
    """(gender, French) of ``word`` when a neighbour word of the title read chooses it."""
    found = _SENSES.get(word.lower())
    if found is None or not found[0].search(READING.get()):
        return None
    return found[1], found[2]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    frames: tuple[tuple[Frame, str], ...]
    slot_frames: tuple[tuple[re.Pattern[str], str], ...]  # inside a slot, with the article
    titles: dict[str, str]
    phrases: dict[str, tuple[str, str]]
    adjectives: dict[str, str]
    demonyms: dict[str, str]
    roles: dict[str, tuple[str, str]]
    of_places: dict[str, tuple[str, str]]  # institutions and organisations ("the UN")
    topics: dict[str, tuple[str, str]]  # the site's topic tags (data/topics_fr.json)
    role_re: re.Pattern[str]
    # Words that make a capitalised phrase an institution or an event, not a person's name.
    not_name: frozenset[str]
    # "(Chinese) newspaper People’s Daily": the outlet's kind in French, its name as written.
    media_re: re.Pattern[str]
    media: dict[str, tuple[str, str, str]]
    # Roles that are also given names ("Emir Kusturica"): a role only before "of" or an
    # Arabic name's particles ("Emir of Qatar", "Emir Tamim bin Hamad Al Thani").
    name_roles: frozenset[str] = frozenset()
    # A country's French name -> its adjective, for heads of state and ministers.
    country_adjectives: dict[str, str] = field(default_factory=dict)


def _alt(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class Frame:
    """A title frame's pattern, compiled on its first match against a title that opens with
    its literal words: thousands of frames (the cross products of ``title_kinds``) would
    otherwise be compiled at every start, most for titles no day holds."""

    __slots__ = ("_prefix", "_regex", "pattern")

    def __init__(self, pattern: str, prefix: str) -> None:
        self.pattern, self._prefix = pattern, prefix
        self._regex: re.Pattern[str] | None = None

    def match(self, text: str) -> re.Match[str] | None:
        if not text.startswith(self._prefix):
            return None  # the pattern opens with these very characters
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex.match(text)


def _literal_prefix(en: str) -> str:
    """The frame's opening words up to its first slot or dash (dashes match either form)."""
    return re.split(r"[{\-–]", en, maxsplit=1)[0]


def _frame(en: str, adjectives: Sequence[str]) -> Frame:
    return Frame(_frame_pattern(en, adjectives), _literal_prefix(en))


def _frame_regex(en: str, adjectives: Sequence[str]) -> re.Pattern[str]:
    return re.compile(_frame_pattern(en, adjectives))


def _frame_pattern(en: str, adjectives: Sequence[str]) -> str:
    out = re.escape(en).replace(r"\{x\}", r"(?P<x>.+)").replace(r"\{y\}", r"(?P<y>.+)")
    out = out.replace(r"\{adj\}", rf"(?P<adj>{_alt(adjectives)})")
    out = out.replace(r"\{who\}", rf"(?P<who>(?!The\s){NAME})")
    out = out.replace(r"\{who2\}", rf"(?P<who2>(?!The\s){NAME})")
    out = out.replace(r"\{role\}", r"(?P<role>.+)")  # a role the vocabulary writes
    # A holiday named "Day of X", read whole as {y}: the glossary knows such days as one
    # phrase ("Day of Family, Love and Faithfulness"), a frame must not cut "Day of" off.
    out = out.replace(r"\{day\}", r"(?P<y>Day of .+)")
    out = out.replace(r"\{n\}", r"(?P<n>\d+)(?:st|nd|rd|th)")
    out = out.replace(r"\{k\}", r"(?P<k>\d+)")  # a cardinal, written as it is
    # An act's agent ("Presentation by {by} of {y}"), the shortest: the act's object may
    # hold its own "of" ("of their letters of credence"), the agent seldom does.
    out = out.replace(r"\{by\}", r"(?P<x>.+?)")
    # Hyphen and en dash are written either way on the site ("Russia–China talks").
    # (One pass: replacing the en dash after the hyphen would rewrite the class itself.)
    out = re.sub(r"\\-|–", "[-–]", out)
    return rf"^{out}$"


def ordinal(n: str) -> str:
    """ "1" -> "1er", "10" -> "10e" (French ordinal figures)."""
    return "1er" if n == "1" else f"{n}e"


def data_json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("daybook.data").joinpath(name).read_text("utf-8"))
    return data


@cache
def vocabulary() -> Vocabulary:
    raw = data_json("title_patterns.json")
    adjectives = dict(raw["adjectives"])
    # Every demonym in the plural ("Russian-Ethiopian talks" -> "russo-éthiopiens").
    for en, fr in raw["demonyms"].items():
        if en != "Russian":
            adjectives.setdefault(en, masculine_plural(fr))
    # Events by shape (title_events.py): every head crossed with every occasion and act.
    # Speeches, transcripts and sentence titles by shape (title_sentences.py).
    from daybook.translate.title_events import event_frames, event_slot_frames
    from daybook.translate.title_kinds import message_frames, question_frames
    from daybook.translate.title_sentences import sentence_frames, speech_frames

    frames = tuple((_frame(en, list(adjectives)), fr)
                   for en, fr in [*raw["frames"], *event_frames(), *speech_frames(),
                                  *sentence_frames(), *question_frames(),
                                  *message_frames()])
    slot_frames = tuple((_frame_regex(en, list(adjectives)), fr)
                        for en, fr in [*raw["slot_frames"], *event_slot_frames()])
    roles = {k: (v[0], v[1]) for k, v in raw["roles"].items()}
    from daybook.translate.title_ranks import derived_roles

    roles.update(derived_roles(roles))  # "Acting Governor", "Deputy Speaker", "-elect"
    institutions = data_json("institutions_fr.json")
    of_places = {k: (v[0], v[1]) for k, v in institutions["institutions"].items()}
    phrases = {k: (v[0], v[1]) for k, v in raw["phrases"].items()}
    for k, v in institutions["institutions"].items():
        phrases.setdefault(k, (v[0], v[1]))
    for k, v in list(phrases.items()):
        for variant in day_variants(k):
            phrases.setdefault(variant, v)
    # Policy areas, in any case: "Council for Science and Education", "Interethnic Relations".
    topics = {k.lower(): (v[0], v[1]) for k, v in data_json("topics_fr.json")["topics"].items()}
    media = {k: (v[0], v[1], v[2]) for k, v in raw["media"].items()}
    # The early years' headline case: "Interview with the Newspaper Le Figaro".
    media.update({" ".join(w[:1].upper() + w[1:] for w in k.split()): v
                  for k, v in list(media.items())})
    return Vocabulary(
        frames=tuple(sorted(frames, key=lambda f: -len(f[0].pattern))),
        slot_frames=tuple(sorted(slot_frames, key=lambda f: -len(f[0].pattern))),
        titles=dict(raw["titles"]),
        phrases=phrases,
        adjectives=adjectives,
        demonyms=dict(raw["demonyms"]),
        country_adjectives=dict(raw.get("country_adjectives", {})),
        roles=roles,
        of_places=of_places,
        topics=topics,
        role_re=re.compile(rf"^(?:the\s+)?(?P<role>{_alt(list(roles))})(?:\s+(?P<rest>.+))?$"),
        not_name=frozenset(raw["not_name_words"]),
        # The name after the kind ("newspaper People’s Daily") or before it ("ORF channel").
        media_re=re.compile(
            rf"^(?:the\s+)?(?:(?P<adj>{_alt(list(raw['demonyms']))})\s+)?"
            rf"(?:(?P<kind>{_alt(list(media))})\s+(?P<name>{_OUTLET})"
            rf"|(?P<before>{_OUTLET})\s+(?P<kind2>{_alt(list(media))}))$"),
        media=media,
        name_roles=frozenset(raw.get("given_name_roles", ())),
    )


# A professional holiday named after its people ("Builders’ Day"): the site writes the
# possessive singular or plural, with or without the apostrophe, in different years
# ("Security Agency Worker’s Day", "Medical Worker Day"): one holiday.
_PEOPLES_DAY = re.compile(r"^(?P<who>.*[a-z])(?:s’|s'|’s|'s|s) Day$")


def day_variants(key: str) -> list[str]:
    """The other spellings of "X Workers’ Day": "X Worker’s Day", "X Workers Day"..."""
    m = _PEOPLES_DAY.match(key)
    if m is None or m["who"].endswith("s"):  # "Miners’": never "Minerss"; "Press Day"
        return []
    who = m["who"]
    return [f"{who}{end} Day" for end in ("s’", "’s", "s", "") if f"{who}{end} Day" != key]


# "Gouvernement" with a capital when it is the Government of Russia, the institution (French
# typographic usage, the Imprimerie nationale's: "le Gouvernement", "le Gouvernement russe",
# "les membres du Gouvernement"); lower case for another country's or a region's ("le
# gouvernement du Kazakhstan", "le gouvernement kazakh", "gouvernement régional") and in the
# plural.
_GOVERNMENT = re.compile(r"\bgouvernement\b(?!s)(?P<next> (?:de la |de l’|d’|de |du |des )?\S+)?")
_LOCAL = frozenset({"régional", "local", "municipal", "provincial", "provisoire",
                    "intérimaire", "fédéral"})


def government_capital(text: str) -> str:
    demonyms = set(vocabulary().demonyms.values()) - {"russe"}

    def one(m: re.Match[str]) -> str:
        nxt = (m["next"] or "").strip()
        word = nxt.split()[-1] if nxt else ""
        if nxt.startswith(("de", "du ", "des ", "d’")):
            # "du Kazakhstan", "de Moscou": another's; "de la Fédération de Russie": Russia's.
            russian = word in ("Russie", "Fédération") or nxt.startswith("de la Fédération")
            return m[0] if not russian else "Gouvernement" + m[0][len("gouvernement"):]
        if word in demonyms or word in _LOCAL:
            return m[0]
        return "Gouvernement" + m[0][len("gouvernement"):]

    return _GOVERNMENT.sub(one, text)


# A name the site puts in English quotation marks ("“Leaders of Russia” contest"): read
# unquoted, as the site mostly writes names, so that the named-thing grammar finds its head
# and writes the name in French quotation marks (« ») when it translates it.
_QUOTED = re.compile(r"[“\"](?P<name>[A-Z0-9][^“”\"]{0,80})[”\"]")


def unquote(title: str) -> str:
    return _QUOTED.sub(lambda m: m["name"], title)
