"""The gate's own reading of an en.kremlin.ru page body: labelled turns, Q&A pairs, kind, zone.

Written apart from ``daybook.parsers`` on purpose (lxml and a few rules, nothing imported
from daybook), so the gate never hands its answers to the code it scores:

- a turn is a ``<p>`` whose text up to the first colon is all bold (a bracketed note such
  as "(retranslated)" may stand between); that text is the label;
- the speaker is the text of the ``a.person_tag`` link inside the label when there is one
  (the site's own naming), else the Persons tag the label's words contain (any order),
  else the label itself when it is two or three capitalised words; otherwise the reading
  has no opinion. The role is the label without the name and the note;
- a "Question" label opens pair k (k-th question of the page); the first named label after
  it is answer k by that speaker;
- in an interview or a Q&A, a named speaker other than the principal (the one with most
  turns) whose paragraph asks ("?") and the principal speaking next are one numbered pair;
- the kind, for the few title shapes that settle it without doubt;
- the zone: a place naming a city that gives its name to an IANA zone ("Minsk", "Moscow")
  is in that zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any
from zoneinfo import available_timezones

import lxml.html

GENERIC = frozenset(
    {"question", "questions", "remark", "remarks", "reply", "response", "answer", "voice",
     "voices", "voice from the audience", "comment", "interviewer", "journalist", "correspondent",
     "moderator", "reporter", "participant", "audience member"}
)
# "Question from the audience" is a "Question".
_FLOOR = re.compile(r" (?:from|of|in) (?:the )?(?:audience|floor|hall)$")
# A note after the name ("(retranslated)"); brackets inside a role ("(FNPR)") stay.
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# Titles written before a bare name ("Patriarch Kirill"): the title is the role.
TITLES = frozenset({"patriarch", "metropolitan", "archbishop", "bishop", "mufti", "rabbi",
                    "king", "queen", "emir", "sultan", "prince", "princess", "pope", "sheikh",
                    "mr", "ms", "mrs", "dr", "president", "minister", "governor", "mayor"})
_WS = re.compile(r"\s+")

# Title shapes that settle the kind; a title matching several or none is not scored.
KIND_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("call", re.compile(r"telephone conversation|phone conversation|telephone call", re.I)),
    ("interview", re.compile(r"^interview\b|\binterview (?:to|with|for)\b", re.I)),
    ("other", re.compile(r"accredit", re.I)),  # notices about a conference, not one
    ("conference", re.compile(
        r"news conference|press conference|answers? to (?:media|journalists|questions)"
        r"|answered (?:media|journalists)", re.I)),
    ("message", re.compile(r"^(?:greetings|condolences|congratulations|message) (?:to|on)\b",
                           re.I)),
)
QA_TITLE = re.compile(
    r"interview|news conference|press conference|answers? to|q&a|direct line|questions", re.I
)


def norm(text: str | None) -> str:
    return _WS.sub(" ", (text or "").replace("\xa0", " ").replace("\u200b", "")).strip()


@dataclass(frozen=True)
class Turn:
    """A labelled paragraph: the label as printed, what the page says of it, its text."""

    label: str
    text: str  # the paragraph after the colon
    generic: bool
    question: bool
    linked: str | None  # the person link's text inside the label
    name: str | None  # the expected speaker (None: generic, or no opinion)
    role: str | None  # the expected role, when the name is settled by the page
    settled: bool  # the name comes from a link or a Persons tag


def _runs(el: Any, bold: bool = False, link: bool = False) -> Iterator[tuple[str, bool, bool]]:
    tag = el.tag if isinstance(el.tag, str) else ""
    cls = (el.get("class") or "").split() if tag else []
    if "read__tooltip" in cls or "hidden" in cls:
        return
    bold = bold or tag in ("b", "strong")
    link = link or (tag == "a" and "person_tag" in cls)
    if el.text:
        yield el.text, bold, link
    for child in el:
        yield from _runs(child, bold, link)
        if child.tail:
            yield child.tail, bold, link


def _label(p: Any) -> tuple[str, str, str | None] | None:
    """(label, text after the colon, link text in the label) of a turn paragraph."""
    runs = list(_runs(p))
    head: list[str] = []
    links: list[str] = []
    depth = 0
    for n, (text, bold, link) in enumerate(runs):
        for i, ch in enumerate(text):
            if ch == ":" and depth == 0:
                if not norm("".join(head)):
                    return None
                rest = text[i + 1 :] + "".join(t for t, _, _ in runs[n + 1 :])
                linked = norm("".join(links)) or None
                return norm("".join(head)), norm(rest), linked
            depth += ch == "("
            if not (bold or depth or ch.isspace() or ch in "()"):
                return None
            depth -= ch == ")" and depth > 0
            head.append(ch)
            if link:
                links.append(ch)
    return None


def tag_name(tag: str) -> str:
    """The name in a Persons tag: the words before a title ("Kirill Patriarch of ...")."""
    words = tag.split()
    for k in range(1, len(words)):
        if words[k].casefold() in TITLES:
            return " ".join(words[:k])
    return tag


def _tag_name(words: list[str], persons: Iterable[str]) -> str | None:
    for person in persons:
        parts = person.split()
        n = len(parts)
        for i in range(len(words) - n + 1):
            if sorted(w.casefold() for w in words[i : i + n]) == sorted(
                p.casefold() for p in parts
            ):
                return " ".join(words[i : i + n])
    return None


def read_turns(raw: str, persons: Iterable[str]) -> list[Turn]:
    """Labelled paragraphs of the article body, in page order."""
    root = lxml.html.fromstring(raw)
    bodies = root.xpath("//div[contains(concat(' ', normalize-space(@class), ' '),"
                        " ' entry-content ')]")
    if not bodies:
        return []
    persons = list(persons)
    turns = []
    for p in bodies[0].iter("p"):
        found = _label(p)
        if found is None:
            continue
        label, text, linked = found
        bare = norm(_NOTE.sub(" ", label))
        if not bare or len(bare) > 160 or bare.endswith((".", ",")):
            continue
        folded = _FLOOR.sub("", bare.casefold())
        if folded in GENERIC:
            turns.append(Turn(label, text, True, folded.startswith("question"), None, None, None,
                              True))
            continue
        words = bare.split()
        name = linked if linked and linked in bare else None
        name = name or _tag_name(words, persons)
        settled = name is not None
        if name is None and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
            name = " ".join(words[1:]) if words[0].casefold() in TITLES else bare
        role = None
        if settled and name:
            role = norm(bare.replace(name, " ", 1)).strip(" ,–-") or None
        turns.append(Turn(label, text, False, False, linked, name, role, settled))
    return _settle_by_bare_labels(turns)


def _settle_by_bare_labels(turns: list[Turn]) -> list[Turn]:
    """A label the page also prints bare ("Vladimir Putin:") names that person wherever a
    longer label ends with it ("President of Russia Vladimir Putin")."""
    bare = {fold(t.label): t.label for t in turns
            if not t.generic and t.name == t.label and len(t.label.split()) >= 2}
    out = []
    for t in turns:
        if not t.generic and not t.settled:
            label = norm(_NOTE.sub(" ", t.label))
            for key, name in bare.items():
                if fold(label).endswith(" " + key):
                    role = norm(label[: len(label) - len(name)]).strip(" ,–-") or None
                    t = Turn(t.label, t.text, False, False, None, name, role, True)
                    break
        out.append(t)
    return out


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Pair:
    number: int
    question: Turn
    answer: Turn | None  # the first named turn after the question


def qa_pairs(turns: list[Turn]) -> list[Pair]:
    pairs: list[Pair] = []
    for i, t in enumerate(turns):
        if not t.question:
            continue
        answer = None
        for u in turns[i + 1 :]:
            if u.question:
                break
            if not u.generic:
                answer = u
                break
        pairs.append(Pair(len(pairs) + 1, t, answer))
    return pairs


def principal(turns: list[Turn]) -> str | None:
    """The speaker with the most turns: the one who answers in an interview or a Q&A."""
    counts: dict[str, int] = {}
    for t in turns:
        if t.name:
            counts[t.name] = counts.get(t.name, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def named_questions(turns: list[Turn]) -> list[tuple[Turn, Turn]]:
    """(asker, reply) where a named speaker other than the principal puts a question ("?")
    and the principal speaks next: the two are one numbered Q&A pair."""
    who = principal(turns)
    return [(a, b) for a, b in pairwise(turns)
            if not a.generic and a.name and who and fold(a.name) != fold(who)
            and "?" in a.text and b.name and fold(b.name) == fold(who)]


def title_kind(title: str) -> str | None:
    kinds = {kind for kind, rx in KIND_SHAPES if rx.search(title)}
    if "other" in kinds:
        return "other"
    return kinds.pop() if len(kinds) == 1 else None


def is_qa_title(title: str) -> bool:
    return bool(QA_TITLE.search(title))


@cache
def _city_zones() -> dict[str, str]:
    out: dict[str, str] = {}
    for zone in available_timezones():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/", "US/")):
            out.setdefault(zone.rsplit("/", 1)[1].replace("_", " ").casefold(), zone)
    return out


def place_zone(place: str | None) -> str | None:
    """The IANA zone named after a city of the place ("The Kremlin, Moscow" → Europe/Moscow)."""
    if not place:
        return None
    for part in reversed(place.split(",")):
        zone = _city_zones().get(norm(part).casefold())
        if zone:
            return zone
    return None
