"""A protected name whose French is plural, as a subject, takes a plural verb.

The placeholders carry no number, so the pivot conjugates a name's verb in the singular:
*The Olympic Games will open* comes back "Les Jeux olympiques ouvrira", *the Allied Powers
decided* "les puissances alliées a décidé". After the spans are put back, a glossary
form or a place whose French is plural ("les Jeux olympiques", "les États-Unis") at a
clause's start (the text's start, punctuation, a conjunction, a relative or an adverb
before it: not "pour les Jeux ...") followed (an adverb in -ment aside: "les États-Unis a
unilatéralement retiré") by a third person singular finite verb
(``gender.readings``) takes that verb's plural (``gender.put_forms``): "ouvriront", "ont
décidé". A noun after the name ("les Jeux olympiques athlètes") or a name after a
preposition is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from daybook.translate.gender import Reading, put_forms, readings
from daybook.translate.textplaces import places

# What may stand before a clause's subject: a conjunction ("et", "que"), a relative, an
# adverb; never a preposition ("pour les Jeux olympiques est" is an object's verb).
_OPENERS = frozenset(("cnjsub", "cnjcoo", "cnjadv", "rel", "adv"))
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@cache
def plural_places() -> frozenset[str]:
    """The French forms of plural places: "les États-Unis" (``textplaces.places``)."""
    return frozenset(f"les {p.name}" for p in places().values() if p.article == "les")


@cache
def _pattern(forms: frozenset[str]) -> re.Pattern[str] | None:
    names = sorted({f[4:] for f in forms if f[:4].lower() == "les "}, key=lambda s: -len(s))
    if not names:
        return None
    return re.compile(r"(?<![\w’'])([Ll]es (?i:" + "|".join(map(re.escape, names))
                      + r"))(?: [^\W\d_]+ment)? ([^\W\d_]+)(?![\w’'-])")


def _singular_verb(found: Sequence[Reading]) -> Reading | None:
    """The third person singular finite reading of a word (être's and avoir's auxiliary
    readings first), or None when the word is none."""
    verbs = [r for r in found if r.tags[:1] and r.tags[0].startswith("vb")
             and "p3" in r.tags and "sg" in r.tags]
    verbs.sort(key=lambda r: r.tags[0] == "vblex")
    return verbs[0] if verbs else None


def _opens(before: str, read: dict[str, tuple[Reading, ...]]) -> bool:
    words = _WORD.findall(before)
    if not words or re.search(r"[.!?;:,–—«»()\"“”]\s*$", before):
        return True
    found = read.get(words[-1].lower(), ())
    return bool(found) and not any(r.pos == "pr" for r in found) and any(
        r.pos in _OPENERS for r in found)


def plural_names(texts: Sequence[str], forms: Iterable[str]) -> list[str]:
    """``texts`` with the singular verb of a plural glossary name ("les Jeux olympiques
    ouvrira") made plural ("ouvriront"); ``forms`` are the glossary's French forms, the
    plural places added."""
    pattern = _pattern(frozenset(forms) | plural_places())
    if pattern is None:
        return list(texts)
    hits = {k: list(pattern.finditer(t)) for k, t in enumerate(texts)}
    hits = {k: ms for k, ms in hits.items() if ms}
    if not hits:
        return list(texts)
    words = {m.group(2).lower() for ms in hits.values() for m in ms}
    words |= {w[-1].lower() for k, ms in hits.items() for m in ms
              if (w := _WORD.findall(texts[k][:m.start()]))}
    read = readings(sorted(words))
    wanted: dict[int, dict[int, str]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for k, ms in hits.items():
        for m in ms:
            found = read.get(m.group(2).lower(), ())
            verb = _singular_verb(found)
            # A noun that is a verb's form too ("programme") is the name's modifier; "est"
            # and "a" are the verbs.
            if verb is None or (verb.lemma not in ("être", "avoir")
                                and any(r.pos in ("n", "adj") for r in found)) \
                    or not _opens(texts[k][:m.start()], read):
                continue
            tags = "><".join("pl" if t == "sg" else t for t in verb.tags)
            spans.setdefault(k, []).append(m.span(2))
            wanted.setdefault(k, {})[len(spans[k]) - 1] = f"^{verb.lemma}<{tags}>$"
    return put_forms(texts, wanted, spans) if wanted else list(texts)
