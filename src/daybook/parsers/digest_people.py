"""People in a digest: speaker labels of turns, and participant lists.

Both build on ``speakers.split_label``; this module adds what the digest needs on top: a
check that a "Something :" line really is a speaker label and not a sentence with a colon,
and the splitting of participant lists such as "du Premier ministre Mikhaïl Mishustin, des
vice-premiers ministres Viktoria Abramchenko, Tatiana Golikova et Dmitry Chernyshenko".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from daybook.model import Participant
from daybook.parsers import digest_vocab as V
from daybook.parsers.speakers import Label, is_role_word, split_label

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁ"
_NAME_WORD = rf"[{_UPPER}][\w’'-]*\.?"
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "von", "van", "der", "den", "de", "da", "di",
                        "la", "le", "du", "ben", "bint"})
_LABEL_LINE = r"^(?P<label>[^:«»\"“”?!;]{2,160}?)\s*:\s*(?P<text>.*)$"
# A sentence inside the label ("... ensemble. Il a dit") shows it is prose, not a label.
_SENTENCE_BREAK = r"[.]\s+[a-zà-ÿа-яё]"
_INITIALS = rf"^(?:[{_UPPER}]\.\s?){{1,2}}[{_UPPER}][\w-]+$"
MAX_LABEL_WORDS = 18


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker label read from a line, with the text that follows the colon."""

    label: Label
    text: str

    @property
    def is_question(self) -> bool:
        return self.label.question


def is_person_name(name: str | None, *, min_words: int = 2) -> bool:
    """Whether ``name`` reads as a person's name: 2-4 capitalised words (particles allowed)."""
    if not name:
        return False
    if re.match(_INITIALS, name):
        return True
    words = name.split()
    core = [w for w in words if w.casefold() not in _PARTICLES]
    if not min_words <= len(words) <= 5 or not 1 <= len(core) <= 4:
        return False
    return all(re.fullmatch(_NAME_WORD, w) for w in core) and not any(
        ch.isdigit() for ch in name
    )


def clean_name(name: str) -> str:
    """Drop stray punctuation the translation left in a name ("Denis. Manturov")."""
    name = re.sub(rf"(?<=\w\w)\.\s+(?=[{_UPPER}])", " ", name)
    return name.strip(" .,;:–-")


def read_turn(line: str) -> Turn | None:
    """Read "Role Name : text", "Name, role (note) :" or "Question :" at the start of a line.

    Returns None for prose that merely contains a colon ("Comme le dit X, ... : « ... »").
    """
    m = V.compiled(_LABEL_LINE).match(line.strip())
    if not m:
        return None
    raw = m["label"].strip()
    if not raw[:1].isupper() or len(raw.split()) > MAX_LABEL_WORDS:
        return None
    if V.compiled(_SENTENCE_BREAK).search(raw):
        return None
    label = split_label(raw)
    if label.generic:
        return Turn(label, m["text"].strip())
    if label.name is None:
        return None
    name = clean_name(label.name)
    if not is_person_name(name):
        return None
    return Turn(Label(label.raw, name, label.role, note=label.note), m["text"].strip())


def is_lone_name(line: str) -> bool:
    """ "Kassym-Jomart Tokayev." alone on a line: a caption the compiler inserted. A short
    sentence of capitalised words with a role or place word ("Nous la Russie.") is not one."""
    text = line.strip()
    return (text.endswith(".") and is_person_name(text[:-1]) and " " in text
            and not any(is_role_word(w) for w in text[:-1].split()))


def person(text: str) -> tuple[str | None, str | None]:
    """Split "ministre des Finances Anton Siluanov" into (name, role); (None, None) if no name."""
    text = text.strip(" .,;:")
    if not text:
        return None, None
    label = split_label(text)
    if label.generic or label.name is None:
        return None, None
    name = clean_name(label.name)
    role = label.role
    words = name.split()
    # split_label reads a third capitalised word as a patronymic; in a list it is more often
    # the end of the role ("du Centre Rogachev Galina Novitchkova").
    if len(words) == 3 and not re.search(V.PATRONYMIC, words[1]) and role:
        role = f"{role} {words[0]}"
        name = " ".join(words[1:])
    if not is_person_name(name):
        return None, None
    return name, (role.strip(" ,–-") or None) if role else None


def _pieces(text: str) -> list[tuple[str, str]]:
    """Split a list at commas, line breaks and "et"; each piece with the separator before it."""
    parts = re.split(r"(\n|\s*,\s*|\s+(?:et|and|и)\s+)", text)
    out: list[tuple[str, str]] = []
    sep = ""
    for i, part in enumerate(parts):
        if i % 2:
            sep = part
        elif part.strip():
            out.append((sep, part.strip()))
    return out


def parse_participants(text: str) -> list[Participant]:
    """Participants of a list, in order.

    A piece without a name ("ministre de l'Industrie" cut at "et du Commerce") is joined to
    the next piece. A plural role ("des vice-premiers ministres A, B et C") is each one's
    role in the singular ("vice-premier ministre"): it names what each person is.
    """
    prep_re = V.compiled(V.PARTICIPANT_PREPOSITIONS)
    found: list[Participant] = []
    group_role: str | None = None
    buffer = ""
    for sep, piece in _pieces(text):
        candidate = f"{buffer}{sep}{piece}" if buffer else piece
        m = prep_re.match(candidate)
        prep = m.group(0).strip().casefold() if m else ""
        body = candidate[m.end() :] if m else candidate
        name, role = person(body)
        if name is None:
            buffer = candidate
            continue
        buffer = ""
        has_prep = prep not in ("", "et", "and", "и")
        if role is None and not has_prep and group_role:
            role = group_role
        elif role is not None and (prep.endswith("des") or _plural_role(role, prep)):
            group_role = role = singular_role(role)
        else:
            group_role = None
        found.append(Participant(name=name, role=role))
    return found


# Words that end a role's head noun phrase ("ministres | des Finances", "Ministers | of").
_ROLE_HEAD_END = frozenset({"de", "du", "des", "d", "à", "au", "aux", "chargé", "chargés",
                            "pour", "en", "of", "for", "in", "on", "at", "to", "the"})


def singular_role(role: str) -> str:
    """The singular of a plural role's head ("vice-premiers ministres" → "vice-premier
    ministre", "Deputy Prime Ministers" → "Deputy Prime Minister"); the rest is kept."""
    words = role.split()
    out: list[str] = []
    for k, word in enumerate(words):
        if word.split("’")[0].split("'")[0].casefold() in _ROLE_HEAD_END:
            return " ".join(out + words[k:])
        out.append("-".join(_singular(part) for part in word.split("-")))
    return " ".join(out)


# Prefixes that stay singular in a French plural ("vice-premiers ministres").
_INVARIABLE = frozenset({"vice", "ex", "co", "non", "sous", "anti", "pro", "demi", "mi", "semi"})


def plural_role(role: str, lang: str) -> str:
    """The role of a group, for the writer: French pluralises the head's nouns and
    adjectives ("vice-premier ministre" → "vice-premiers ministres"), English its last
    word ("Deputy Prime Minister" → "Deputy Prime Ministers"); Russian is left as is."""
    words = role.split()
    head = 0
    while head < len(words) and (
        words[head].split("’")[0].split("'")[0].casefold() not in _ROLE_HEAD_END
    ):
        head += 1
    if lang == "fr":
        plural = ["-".join(_plural(p) if p.casefold() not in _INVARIABLE else p
                           for p in w.split("-")) for w in words[:head]]
        return " ".join(plural + words[head:])
    if lang == "en" and head:
        last = words[head - 1]
        words[head - 1] = last[:-1] + "ies" if re.search(r"[^aeiou]y$", last) else _plural(last)
        return " ".join(words)
    return role


def _plural(word: str) -> str:
    if not word.isalpha() or word.isupper() or len(word) <= 2:
        return word
    if word.casefold().endswith(("s", "x", "z")):
        return word
    if word.casefold().endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


def _singular(word: str) -> str:
    if not word.isalpha() or word.isupper() or len(word) <= 3:
        return word
    folded = word.casefold()
    if folded.endswith("aux"):
        return word[:-3] + "al"
    if folded.endswith(("ss", "us", "is")):
        return word
    if folded.endswith(("s", "x")):
        return word[:-1]
    return word


def _plural_role(role: str, prep: str) -> bool:
    # Languages without articles before each item (English) mark a group by a plural noun.
    return prep == "" and role.split()[-1].endswith("s") and not role.endswith("Affairs")


def participants_in_sentence(sentence: str) -> list[Participant]:
    """Participants named by a narrative sentence ("Accompagné du ..., le Président a ...")."""
    for pattern in V.ACCOMPANIED:
        m = V.compiled(pattern).match(sentence)
        if m:
            return parse_participants(m["list"])
    for pattern in V.ALSO_PRESENT:
        m = V.compiled(pattern).match(sentence)
        if m:
            who = V.compiled(V.LEADING_ARTICLES).sub("", m["who"], count=1)
            return parse_participants(who)
    return []


def merge_participants(*groups: list[Participant]) -> tuple[Participant, ...]:
    """Participants in first-seen order, one per name."""
    seen: dict[str, Participant] = {}
    for group in groups:
        for p in group:
            seen.setdefault(p.name, p)
    return tuple(seen.values())
