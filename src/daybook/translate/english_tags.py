"""A trained English tagger's second opinion on ``eng-cat``'s homographs.

``eng-cat``'s HMM tagger picks one reading of a word the analyser reads several ways by its
neighbours' tags alone, and the transfer then writes the French of the wrong class:
*projects that are interesting and inspiring* "intéressants et en inspirant" (a gerund),
*respected international organisations* "a respecté" (a verb). spaCy's English model, which
the project already ships for names (``daybook.enrich.entities``), reads the class from
the whole sentence; its tagger alone (no parser, no entities, no lemmas) costs about 0.1 CPU
s per 1,000 words. The pipeline is the one the entities use (``daybook.enrich.english_model``,
loaded once per process); only its components up to the tagger run here.

``tags`` gives each unit of the tagged stream whose surface spaCy reads as one token (same
characters, same place; units of several words and placeholders' pieces are left out) its
Penn tag; ``second_opinion`` says where that tag names a class the engine's tagger did not
pick although the analyser has it for the word (``CHANGES``: only the pairs the tuning
paragraphs showed right), and gives the analyser's reading of that class. ``retag``'s own
rules come first; this fills the units they leave.

When the model is not installed (or fails its hash check) the stream goes on as before and
the log says so once; ``available`` tells the two apart in the cache key.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

log = logging.getLogger(__name__)

_TAG = re.compile(r"<([^<>]+)>")
_SUPERBLANK = re.compile(r"\[((?:[^\]\\]|\\.)*)\]")
_ESCAPE = re.compile(r"\\(.)")


class Unit(Protocol):
    @property
    def surface(self) -> str: ...

    @property
    def analysis(self) -> str: ...

    @property
    def tags(self) -> tuple[str, ...]: ...


def available() -> bool:
    """Whether the English model is installed (found without importing it)."""
    from daybook.enrich import english_model

    return english_model.available()


@cache
def _nlp() -> Any | None:
    """spaCy's English pipeline (shared with the entities; only its tagger runs here), loaded
    once per process; None (said once) when missing."""
    try:
        from daybook.enrich import english_model

        return english_model.pipeline()
    except Exception as exc:
        log.warning("English tagger unavailable (%s): eng-cat's homographs as its tagger "
                    "reads them", exc)
        return None


def _plain(blank: str) -> str:
    """A stream's text between units as the English had it (superblanks' brackets off)."""
    return _ESCAPE.sub(r"\1", _SUPERBLANK.sub(r"\1", blank))


@dataclass(frozen=True, slots=True)
class Opinion:
    """spaCy's Penn tag for a unit, and by how much (in the tagger's scores) it prefers
    that tag to the best tag of each class (``margin``)."""

    tag: str
    margins: Mapping[str, float]

    def margin(self, pos: str) -> float:
        return self.margins.get(pos, 0.0)


# The engine's classes as Penn tags.
_CLASS_TAGS = {"n": ("NN", "NNS"), "vblex": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"),
               "adj": ("JJ", "JJR", "JJS"), "adv": ("RB", "RBR", "RBS"),
               # *that*'s three classes (``that_tags``): conjunction, relative, demonstrative
               "cnjsub": ("IN",), "rel": ("WDT",), "dem": ("DT",),
               # a verb's tense (``participle_tags``): past tense, past participle
               "past": ("VBD",), "pp": ("VBN",)}


def _tagged(nlp: Any, texts: list[str]) -> list[list[tuple[int, int, Opinion]]]:
    """Each text's tokens: (start, end, spaCy's opinion)."""
    tagger = nlp.get_pipe("tagger")
    labels = list(tagger.labels)
    index = {pos: [labels.index(t) for t in tags if t in labels]
             for pos, tags in _CLASS_TAGS.items()}
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name == "tagger":
            break
        docs = list(proc.pipe(docs))
    scores = tagger.model.predict(docs)
    out = []
    for doc, sc in zip(docs, scores, strict=True):
        rows = tagger.model.ops.to_numpy(sc)
        best = rows.argmax(axis=1)
        top = rows.max(axis=1)
        # each class's margin for all the tokens at once (a loop per token and class cost
        # as much as the tagging)
        gaps = {pos: (top - rows[:, ix].max(axis=1)).tolist() for pos, ix in index.items() if ix}
        per = []
        for k, tok in enumerate(doc):
            margins = {pos: gap[k] for pos, gap in gaps.items()}
            per.append((tok.idx, tok.idx + len(tok.text), Opinion(labels[best[k]], margins)))
        out.append(per)
    return out


# Texts tagged before (the engine sends a line again when it says it another way), bounded
# by their tokens (about 0.5 kB each: some 25 MB), and the fewest words a text needs to be
# tagged (word lists' lines have no context to read).
_MEMO_TOKENS = 50_000
_SHORTEST = 4


@cache
def _seen() -> MutableMapping[str, list[tuple[int, int, Opinion]]]:
    from cachetools import LRUCache  # with spaCy, in the nlp extra

    return LRUCache(maxsize=_MEMO_TOKENS, getsizeof=lambda toks: max(1, len(toks)))


def tags(pieces: Sequence[str | Unit]) -> dict[int, Opinion]:
    """Unit index (among the units of ``pieces``) -> spaCy's opinion, for the units whose
    surface is one spaCy token at the same place; the texts of the stream (split at its
    blank lines) are tagged in one call."""
    nlp = _nlp()
    if nlp is None:
        return {}
    texts: list[list[str]] = [[]]
    where: list[tuple[int, int, int]] = []  # unit -> (text, start, end)
    size = 0
    for p in pieces:
        if isinstance(p, str):
            plain = _plain(p)
            if "\n\n" in plain:
                texts.append([])
                size = 0
                plain = plain.rsplit("\n\n", 1)[1]
            texts[-1].append(plain)
            size += len(plain)
            continue
        word = _ESCAPE.sub(r"\1", p.surface)
        where.append((len(texts) - 1, size, size + len(word)))
        texts[-1].append(word)
        size += len(word)
    joined = ["".join(t) for t in texts]
    seen = _seen()
    new = sorted({t for t in joined if t not in seen and len(t.split()) >= _SHORTEST})
    tagged = dict(zip(new, _tagged(nlp, new), strict=True)) if new else {}
    for text, toks in tagged.items():
        if max(1, len(toks)) <= _MEMO_TOKENS:  # a longer text is used once, not kept
            seen[text] = toks
    found = {(k, start, end): op for k, text in enumerate(joined)
             for start, end, op in tagged.get(text) or seen.get(text) or []}
    return {i: found[w] for i, w in enumerate(where) if w in found}


# Penn tag -> (the class it names, the tags the analyser's reading must have).
_READING: dict[str, tuple[str, tuple[str, ...]]] = {
    "NN": ("n", ("sg",)), "NNS": ("n", ("pl",)),
    "VB": ("vblex", ("inf",)), "VBP": ("vblex", ("pres",)), "VBZ": ("vblex", ("pres", "p3")),
    "VBD": ("vblex", ("past",)), "VBN": ("vblex", ("pp",)), "VBG": ("vblex", ("ger",)),
    "JJ": ("adj", ()), "RB": ("adv", ()),
}
# (the engine's class, spaCy's) pairs taken; the others were not better on the tuning text.
CHANGES = frozenset({("vblex", "n"), ("n", "vblex"), ("vblex", "adj"), ("adj", "vblex"),
                     ("vblex", "adv"), ("adv", "vblex"), ("adj", "n"), ("n", "adj")})


def reading_of(readings: Sequence[str], pos: str, need: tuple[str, ...]) -> str | None:
    """The analyser's first single reading of class ``pos`` with the tags ``need`` (a
    noun's number "sp" does for either)."""
    for r in readings:
        have = _TAG.findall(r)
        if "+" in r or have[:1] != [pos] or any(x in have for x in ("comp", "sup")):
            continue
        if all(x in have or (pos == "n" and "sp" in have) for x in need) \
                and ("p3" in need or "p3" not in have):
            return r
    return None


# What a modifier stands before: a noun, an adjective, a name.
_NOMINAL = frozenset(("n", "adj", "np"))
_OPENERS = frozenset(("det", "gen", "pr"))


def _sentence_words(units: Sequence[Unit], i: int) -> int:
    """How many words the sentence of unit ``i`` has (a word list's lines have one or two,
    and a tagger has no context there)."""
    def words(step: int) -> int:
        n, j = 0, i + step
        while 0 <= j < len(units) and units[j].tags[:1] != ("sent",):
            n += units[j].surface[:1].isalnum()
            j += step
        return n
    return 1 + words(-1) + words(1)


# How much more spaCy's scores must prefer its tag to the engine's class (a logit margin;
# below it the tagger hesitates, and its reading was as often wrong as right: *to
# popularise and position sports* NN by 0.3, *engaged in building roads* NN by 0.7).
MARGIN = 2.5
# Prepositions the transfer builds from the engine's own reading of their noun: *in order
# to* "afin de", *in terms of* "en termes de" (the noun reading gives "dans ordre de").
_ENGINE_LOCUTIONS = frozenset((("in", "order", "to"), ("in", "terms", "of"), ("in", "need", "of")))


def _taken(units: Sequence[Unit], i: int, op: Opinion) -> bool:
    """Whether spaCy's opinion may replace unit ``i``'s class (a pair ``CHANGES`` takes,
    in a context where spaCy's reading holds)."""
    u = units[i]
    want = _READING.get(op.tag)
    if want is None or "+" in u.analysis or not u.tags or not u.surface.isalpha():
        return False
    was, now = u.tags[0], want[0]
    if was == now or (was, now) not in CHANGES or "subs" in u.tags or op.margin(was) < MARGIN:
        return False  # an -ing the engine already says as a noun ("la première réunion")
    nxt = units[i + 1] if i + 1 < len(units) else None
    prev = units[i - 1] if i else None
    before_noun = nxt is not None and nxt.tags[:1] in (("n",), ("adj",), ("np",), ("num",))
    if was == "adj" and before_noun and (now == "n" or op.tag == "VBG"):
        return False  # a noun or an -ing before its noun: the analyser's adjective says it
    if was == "n" and now == "adj" and prev is not None and prev.tags[:1] in (
            ("det",), ("gen",), ("pr",)) and not before_noun:
        return False  # "the breaking of the fast": a noun phrase's head
    if was == "n" and (op.tag == "VBG" or (prev is not None and prev.tags[:1] == ("det",))):
        return False  # a gerund said as a noun ("le renforcement"); *this means*: retag's
    if was == "vblex" and now == "n" and prev is not None and (
            prev.tags[:1] in (("vbmod",), ("vbdo",)) or "subj" in prev.tags
            or prev.surface.lower() == "to" or (prev.tags[:1] == ("adv",)
                                               and prev.surface.endswith("ly"))):
        return False  # *do concern you*, *confidently export*, *highly values*: a verb
    if now == "vblex" and u.surface[:1].isupper() and prev is not None \
            and prev.tags[:1] not in (("sent",), ("lquot",)):
        return False  # a capitalised word inside a sentence: a name's ("the Following the Sun")
    if was == "n" and now == "adj" and (prev is None or prev.tags[:1] in (("cm",), ("sent",))) \
            and (nxt is None or nxt.tags[:1] in (("cm",), ("sent",))):
        return False  # "pleased to see you, welcome.": an interjection
    if (prev is not None and prev.surface == "-") or (nxt is not None and nxt.surface == "-"):
        return False  # a hyphenated compound's word (*north-west*, *top-level*): the engine's
    if prev is not None and nxt is not None and (
            prev.surface.lower(), u.surface.lower(), nxt.surface.lower()) in _ENGINE_LOCUTIONS:
        return False
    return _sentence_words(units, i) >= 3


def disagreements(units: Sequence[Unit], opinions: Mapping[int, Opinion]) -> list[int]:
    """The units whose class spaCy reads otherwise, in a pair ``CHANGES`` takes."""
    return [i for i, op in opinions.items() if _taken(units, i, op)]


def second_opinion(units: Sequence[Unit], opinions: Mapping[int, Opinion],
                   readings: Mapping[str, Sequence[str]]) -> dict[int, str]:
    """Unit index -> the analyser's reading of the class spaCy gives it, where the engine's
    tagger picked another (``disagreements``) and the analyser has one."""
    out = {}
    for i in disagreements(units, opinions):
        pos, need = _READING[opinions[i].tag]
        new = reading_of(readings.get(units[i].surface, ()), pos, need)
        if new is not None:
            out[i] = new
    return out
