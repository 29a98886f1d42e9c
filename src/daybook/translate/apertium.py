"""Debian's Apertium, offline.

There is no English–French pair in Debian, so English goes through a pivot language:
Catalan (``eng-cat`` then ``cat-fra``, packages apertium-eng-cat and apertium-fra-cat, the
default: it scores higher on the reference set, see docs/translation.md) or Spanish
(``eng-spa`` then ``es-fr``, packages apertium-eng-spa and apertium-fr-es). Each text is one
line, with a blank line between texts (Apertium ends a sentence there). Apertium's txt
format filters run once per call; the modes' programs (Apertium's own shell pipeline, from
its mode files) are started once and kept running in null-flush mode.

Apertium runs with its unknown-word marks on (no ``-u``): ``*word`` unknown, ``@word`` not in
the bilingual dictionary, ``#word`` not generated. A word stage 1 did not know reaches the
output with two marks (``**Zq0x``, ``@*word``): it is the source's own word (a name, a
placeholder) and is kept. A word with one ``*`` or ``@`` is a pivot word stage 2 did not
know ("boxeadores"): it is never printed; it is translated back into the source language to
find the source word, which goes through the glossary, else alone through the other pivot,
else stays as in the source. Marks never reach the output.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from daybook.errors import EngineUnavailableError, TranslationError
from daybook.translate import english_tags
from daybook.translate.adjsenses import further_en
from daybook.translate.causatives import possible_en
from daybook.translate.french import cased_like
from daybook.translate.idioms import stronger
from daybook.translate.ing_compounds import english as ing_english
from daybook.translate.leftovers import (
    MARKED,
    PIVOT_SPELLING,
    TOKEN,
    TOKEN_MARKED,
    by_stem,
    french_words,
    give_back,
    hold_glued,
    is_pivot_leftover,
    plain,
    prefixed_french,
    source_word,
)
from daybook.translate.limits import check_batch
from daybook.translate.pivot_you import given_tu
from daybook.translate.postedit import french, pivot
from daybook.translate.preedit import clauses, join_clauses, may_change, preedit
from daybook.translate.processes import (
    _ANALYSIS,
    PIVOT_PACKAGES,
    _analyser_for,
    deformat,
    reformat,
    remembered_readings,
    run_mode,
    split_mode,
    tagged_units,
)
from daybook.translate.processes import _PIPELINES as _PIPELINES  # bench/bench_memory.py
from daybook.translate.processes import close_pipelines as close_pipelines
from daybook.translate.processes import remedy as _remedy
from daybook.translate.processes import word_readings as word_readings
from daybook.translate.rereads import DEDANS, IN_WORD, Retry, in_the, respaced, unspaced
from daybook.translate.retag import retagged
from daybook.translate.speech_en import english as speech_english
from daybook.translate.verb_lists import english as to_lists
from daybook.translate.verbsenses import interesting_en
from daybook.translate.wordnet import alternatives

# pivot -> (source, target) -> Apertium modes run one after the other.
PIVOTS: dict[str, dict[tuple[str, str], tuple[str, ...]]] = {
    "cat": {
        ("en", "fr"): ("eng-cat", "cat-fra"),
        ("fr", "en"): ("fra-cat", "cat-eng"),
        ("en", "ca"): ("eng-cat",),
        ("ca", "fr"): ("cat-fra",),
        ("fr", "ca"): ("fra-cat",),
        ("ca", "en"): ("cat-eng",),
    },
    "spa": {
        ("en", "fr"): ("eng-spa", "es-fr"),
        ("fr", "en"): ("fr-es", "spa-eng"),
        ("en", "es"): ("eng-spa",),
        ("es", "fr"): ("es-fr",),
        ("fr", "es"): ("fr-es",),
        ("es", "en"): ("spa-eng",),
    },
}
DEFAULT_PIVOT = "cat"
PACKAGES = ("apertium", *PIVOT_PACKAGES["cat"], *PIVOT_PACKAGES["spa"])
# Stage 1 read backwards: a pivot word back into the source language.
_REVERSE = {"eng-cat": "cat-eng", "eng-spa": "spa-eng", "fra-cat": "cat-fra", "fr-es": "es-fr"}
_ECHO_SUBJECT = re.compile(r"(Zq\d+x) (?:il|elle|ils|elles) ", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "it", "they", "il", "elle", "ils", "elles"})
# Catalan's past "va gruar" (wished) reaches French as "va" and the unknown infinitive; the
# infinitive comes back as the English word's French form ("souhaité"): "a souhaité".
_REPLACED = "\x00"
_PAST_AUX = re.compile(r"(?<![\w'’-])(va|van|vont) \x00(?=\w+é(?:e|s|es)?\b)")
_PAST_FR = {"va": "a", "van": "ont", "vont": "ont"}
# "de Russie ," (a possessive's blank left before the comma).
_SPACE_BEFORE = re.compile(r"(?<=\w) +([,.])(?=\s|$)")
_LITERAL_MARK = re.compile(r"(?<![\w#@*])([#@*]+)(?=\w)")
_WORD = re.compile(r"\w+")
_JOINERS = frozenset("'’-")
_LEAD = "."  # the text before every batch (_run_lines)
# Stage 1 run in two parts, its tagger's choices checked between them (``retag``).
_RETAGGED = frozenset({("eng-cat",)})


@cache
def installed_modes(binary: str = "apertium") -> frozenset[str]:
    """Modes ``apertium -l`` lists; empty when Apertium is not installed."""
    path = shutil.which(binary)
    if path is None:
        return frozenset()
    try:
        done = subprocess.run([path, "-l"], capture_output=True, text=True, timeout=30,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines() if line.strip())


def available(pivot: str = DEFAULT_PIVOT) -> bool:
    return all(m in installed_modes() for m in PIVOTS[pivot][("en", "fr")])


class ApertiumEngine:
    """Apertium through one pivot; ``glossary`` maps lower-case source words to target
    words for the pivot words stage 2 did not know."""

    # Placeholders it reads as proper nouns, not unknown words (protect.word_marks).
    proper_noun_marks = True

    def __init__(self, binary: str = "apertium", timeout: float = 120.0, *,
                 pivot: str = DEFAULT_PIVOT, explicit: bool = False,
                 glossary: Mapping[str, str] | None = None) -> None:
        if pivot not in PIVOTS:
            raise TranslationError(f"no Apertium pivot {pivot!r}",
                                   remedy="use apertium, " + ", ".join(
                                       f"apertium:{p}" for p in PIVOTS))
        self.binary = binary
        self.timeout = timeout
        self.pivot = pivot
        self.explicit = explicit
        self.glossary = {k.casefold(): v for k, v in (glossary or {}).items()}
        self.leftovers = 0  # pivot words caught (not printed) since the engine was made
        self.rephrased = 0  # lines said again with synonyms of unknown English words

    @property
    def name(self) -> str:
        """``apertium`` for the default pivot, ``apertium:spa``/``apertium:cat`` when named."""
        return f"apertium:{self.pivot}" if self.explicit else "apertium"

    @property
    def cache_name(self) -> str:
        """``name``, "+en-tagger" added when spaCy's English tagger is there to give
        ``eng-cat``'s homographs their class (``english_tags``): the French differs."""
        return self.name + ("+en-tagger" if english_tags.available() else "")

    def modes(self, src: str, dst: str) -> tuple[str, ...]:
        return PIVOTS[self.pivot].get((src, dst), ())

    def supports(self, src: str, dst: str) -> bool:
        modes = self.modes(src, dst)
        return bool(modes) and all(m in installed_modes(self.binary) for m in modes)

    def describe(self, src: str, dst: str) -> str:
        """ "Apertium (eng-cat, cat-fra)" for the published notice."""
        return f"Apertium ({', '.join(self.modes(src, dst))})"

    def translate(self, texts: list[str], src: str, dst: str) -> list[str]:
        if src == dst or not texts:
            return list(texts)
        modes = self.modes(src, dst)
        if not modes:
            raise TranslationError(
                f"Apertium has no {src}→{dst} pipeline through {self.pivot}",
                remedy=f"use an HTTP engine (--translate http://host:port); Apertium does "
                f"{', '.join(f'{a}→{b}' for a, b in PIVOTS[self.pivot])}",
            )
        if not self.supports(src, dst):
            raise EngineUnavailableError(
                f"Apertium modes {', '.join(modes)} are not installed",
                remedy=_remedy(self.pivot))
        check_batch(texts)
        held = [hold_glued(t) for t in texts]
        # One text, one line; a literal mark before a word ("#tag") is set apart from it
        # so that it cannot be read as Apertium's.
        lines = [_LITERAL_MARK.sub(r"\1 ", " ".join(t.split())) for t, _ in held]
        if src == "en":
            lines = self._preedit(to_lists([interesting_en(stronger(further_en(possible_en(
                speech_english(ing_english(line, modes[0]), modes[0])))))
                for line in lines], modes[0]), modes[0])
        out = self._run_clauses(lines, modes) if src == "en" else self._run_lines(lines, modes)
        if len(out) != len(lines):
            # Apertium merged or split a line: fall back to one call per text.
            out = [self._run_lines([line], modes)[0] if line else "" for line in lines]
        if src == "en" and len(modes) > 1:
            lines, out = self._rephrase(lines, out, modes)
            out = self._respace(lines, out, modes)
            out = self._in_as_verb(lines, out, modes)
        return [give_back(french(_like_start(line, _SPACE_BEFORE.sub(
                    r"\1", _no_echo_subject(line, o))), dst, french_words()), kept)
                for line, o, (_, kept) in zip(
                    lines, self._unmark(lines, out, src, dst, modes), held, strict=True)]

    def _run_clauses(self, lines: list[str], modes: tuple[str, ...]) -> list[str]:
        """Lines with a clause after a comma that opens with a subject pronoun ("However,
        we must") sent in pieces (``clauses``): the Catalan stage drops the pronoun and
        ``cat-fra`` gives it back only to a sentence's first verb ("Pourtant, devons")."""
        pieces = [clauses(line) for line in lines]
        flat = [p for ps in pieces for p in ps]
        if len(flat) == len(lines):
            return self._run_lines(lines, modes)
        out = self._run_lines(flat, modes)
        if len(out) != len(flat):
            out = [self._run_lines([p], modes)[0] if p else "" for p in flat]
        joined, k = [], 0
        for ps in pieces:
            joined.append(join_clauses(ps, out[k:k + len(ps)]))
            k += len(ps)
        return joined

    def _preedit(self, lines: list[str], mode: str) -> list[str]:
        """English constructions the engine garbles said again as it reads them well
        (``preedit``), from the units of the mode's own tagger; only the lines a rule may
        change are tagged (``may_change``); unchanged without a tagger."""
        todo = [i for i, line in enumerate(lines) if may_change(line)]
        some = [lines[i] for i in todo]
        tagged = tagged_units(some, mode, self.binary, self.timeout) if todo else None
        if tagged is None:
            return lines
        out = list(lines)
        for i, line, units in zip(todo, some, tagged, strict=True):
            out[i] = preedit(line, units)
        return out

    # -- unknown-word marks -------------------------------------------------------------

    def _rephrase(self, lines: list[str], out: list[str], modes: tuple[str, ...]) -> tuple[
            list[str], list[str]]:
        """Lines with English words stage 1 did not know (``**strive``) said again with a
        WordNet synonym it knows ("endeavor"), in context; a line keeps its first output
        unless the new one has fewer marks."""
        unknown: dict[int, dict[str, str]] = {}  # line -> {word as written: lower-case}
        for i, (line, o) in enumerate(zip(lines, out, strict=True)):
            first = _WORD.search(line)
            for m in MARKED.finditer(o):
                marks, word = m.group(1), m.group(2)
                if len(marks) < 2 or marks[-2] not in "*@" or not word.isalpha():
                    continue
                # A piece of a hyphenated word or a letter has no synonym of the same
                # sense: WordNet's "e" is einsteinium, "e-commerce" is no "einsteinium-".
                if len(word) < 3 or o[m.end():m.end() + 1] in _JOINERS \
                        or o[m.start() - 1:m.start()] in _JOINERS:
                    continue
                # A lower-case word, or the line's first (capitalised as a sentence's).
                if word.islower() or (first is not None and first.group(0) == word
                                      and word[1:].islower()):
                    unknown.setdefault(i, {})[word] = word.casefold()
        if not unknown:
            return lines, out
        words = sorted({w for u in unknown.values() for w in u.values()})
        options = {w: alternatives(w) for w in words}
        tries = sorted({a for opts in options.values() for a in opts})
        if not tries:
            return lines, out
        known = {a for a, o in zip(tries, self._run_lines(tries, modes), strict=False)
                 if o and not TOKEN_MARKED.search(o)}
        pick = {w: next((a for a in opts if a in known), None) for w, opts in options.items()}
        todo: dict[int, str] = {}
        for i, found in unknown.items():
            line = lines[i]
            for written, lower in found.items():
                alt = pick.get(lower)
                if alt:
                    line = re.sub(rf"(?<![\w#@*]){re.escape(written)}(?!\w)",
                                  leftover_case(written, alt), line)
            if line != lines[i]:
                todo[i] = line
        if not todo:
            return lines, out
        again = self._run_lines(list(todo.values()), modes)
        lines, out = list(lines), list(out)
        if len(again) == len(todo):
            for (i, line), o in zip(todo.items(), again, strict=True):
                if len(TOKEN_MARKED.findall(o)) < len(TOKEN_MARKED.findall(out[i])):
                    self.rephrased += 1
                    lines[i], out[i] = line, o
        return lines, out

    def _respace(self, lines: list[str], out: list[str], modes: tuple[str, ...]) -> list[str]:
        """Lines where stage 1 glued words together said again with the hyphens of their
        compounds apart (``rereads.respaced``); the new output kept if it has fewer marks.
        Only a line with a pivot leftover (a glued word is one: stage 2 does not know it)."""
        todo = {i: spaced for i, (line, o) in enumerate(zip(lines, out, strict=True))
                if any(is_pivot_leftover(m.group(1), modes) for m in MARKED.finditer(o))
                and (spaced := respaced(line)) != line}
        return self._said_again(lines, out, todo, modes, TOKEN_MARKED, unspaced)

    def _in_as_verb(self, lines: list[str], out: list[str], modes: tuple[str, ...]) -> list[str]:
        """Lines where stage 1's tagger read *in* + a bare noun as an adverb and a verb
        ("dedans commercent") said again with an article (``rereads.in_the``); the new
        output kept if it has fewer "dedans"."""
        some = [i for i, (line, o) in enumerate(zip(lines, out, strict=True))
                if DEDANS.search(o) and IN_WORD.search(line)]
        tagged = tagged_units([lines[i] for i in some], modes[0], self.binary, self.timeout) \
            if some else None
        todo = {i: new for i, units in zip(some, tagged or [], strict=False)
                if (new := in_the(lines[i], units)) != lines[i]}
        return self._said_again(lines, out, todo, modes, DEDANS)

    def _said_again(self, lines: list[str], out: list[str], todo: Mapping[int, str],
                    modes: tuple[str, ...], fault: re.Pattern[str],
                    tidy: Callable[[str], str] = str) -> list[str]:
        """``out`` with the lines of ``todo`` (index -> line said another way) translated
        again, only their changed sentences where it can (``rereads.Retry``)."""
        if not todo:
            return out
        retry = Retry(lines, out, todo)
        return retry.taken(self._run_clauses(retry.asks, modes), fault, tidy)

    def _unmark(self, sources: list[str], out: list[str], src: str, dst: str,
                modes: tuple[str, ...]) -> list[str]:
        """Marks off; pivot leftovers replaced by the source word they stand for, through
        the glossary or the other pivot, else as in the source, else left out."""
        heres = [{w.casefold(): w for w in _WORD.findall(source)} for source in sources]

        def leftover(m: re.Match[str], here: dict[str, str]) -> bool:
            marks, word = m.group(1), m.group(2)
            if marks:
                return is_pivot_leftover(marks, modes)
            # Unmarked, yet spelt as no French word is ("Victòria" passed as a proper noun);
            # French's own "-à" words ("déjà", "au-delà") are no leftovers.
            return (len(modes) > 1 and dst == "fr" and word.casefold() not in here
                    and PIVOT_SPELLING.search(word) is not None
                    and word.casefold() not in french_words()) or unfrench(m)

        def unfrench(m: re.Match[str]) -> bool:
            # A lower-case word no French word list has ("comfortable", "regulations":
            # cat-fra's French side writes some English spellings); never a name, a piece
            # of an elided or hyphenated word, or when no list is installed.
            word, text = m.group(2), m.string
            return (len(modes) > 1 and dst == "fr" and len(word) >= 4 and word.isalpha()
                    and word.islower() and text[m.start() - 1: m.start()] not in _JOINERS
                    and text[m.end(): m.end() + 1] not in _JOINERS
                    and bool(french_words()) and word not in french_words()
                    and not prefixed_french(word))

        pivot_words = sorted({m.group(2) for line, here in zip(out, heres, strict=True)
                              for m in TOKEN.finditer(line) if leftover(m, here)})
        back = self._back_translate(pivot_words, modes) if pivot_words else {}
        # pivot word -> the source word it stands for, in each line
        # (A word Apertium cannot read back either is matched as spelt, accents off:
        # "Victòria" -> "Victory", "Nur" -> "Nur".)
        backs = {w: (back.get(w, ""), plain(back.get(w, "")), plain(w)) for w in pivot_words}
        chosen: list[dict[str, str | None]] = [
            {w: source_word(backs[w], here, stems) for w in pivot_words}
            for here, stems in ((here, by_stem(here) if pivot_words else {}) for here in heres)]
        in_french = self._word_by_word(
            sorted({e for c in chosen for e in c.values() if e}), src, dst)
        result = []
        for line, here, picks in zip(out, heres, chosen, strict=True):

            def fix(m: re.Match[str], here: dict[str, str] = here,
                    picks: dict[str, str | None] = picks) -> str:
                word = m.group(2)
                if not leftover(m, here):
                    return word
                self.leftovers += 1
                english = picks.get(word)
                if not m.group(1) and not PIVOT_SPELLING.search(word) and unfrench(m):
                    # A word the list lacks is replaced only by a French word for it
                    # ("hypersoniques" is French the list does not have).
                    return leftover_case(word, in_french[english], english) \
                        if english in in_french else word
                if english is None:
                    return ""  # its source word is not known: left out, never printed
                return _REPLACED + leftover_case(word, in_french.get(english) or english, english)

            fixed = _PAST_AUX.sub(lambda m: _PAST_FR[m.group(1)] + " ", TOKEN.sub(fix, line))
            result.append(" ".join(fixed.replace(_REPLACED, "").split()))
        return result

    def _back_translate(self, words: list[str], modes: tuple[str, ...]) -> dict[str, str]:
        """pivot word -> its translation back into the source language (unmarked only)."""
        back_mode = _REVERSE.get(modes[0])
        if back_mode is None or back_mode not in installed_modes(self.binary):
            return {}
        back = self._run_lines(words, (back_mode,))
        if len(back) != len(words):
            return {}
        return {w: b.strip() for w, b in zip(words, back, strict=True)
                if b.strip() and not MARKED.search(b) and len(b.split()) <= 3}

    def _word_by_word(self, words: list[str], src: str, dst: str) -> dict[str, str]:
        """Source words -> target words: the glossary, else each word alone through the
        other pivot (when it knows it), else a WordNet synonym of it through this one."""
        out = {w: self.glossary[w.casefold()] for w in words if w.casefold() in self.glossary}
        todo = [w for w in words if w not in out]
        other = next((PIVOTS[p].get((src, dst), ()) for p in PIVOTS if p != self.pivot), ())
        if todo and other and all(m in installed_modes(self.binary) for m in other):
            alone = self._run_lines(todo, other)
            if len(alone) == len(todo):
                out.update({w: a.strip() for w, a in zip(todo, alone, strict=True)
                            if a.strip() and not TOKEN_MARKED.search(a)
                            and not PIVOT_SPELLING.search(a)})
        todo = [w for w in words if w not in out]
        own = self.modes(src, dst)
        # A letter has no synonym of its sense here: WordNet's "e" is einsteinium.
        options = {w: alternatives(w) for w in todo if len(w) > 2} \
            if src == "en" and own else {}
        tries = sorted({a for opts in options.values() for a in opts})
        if tries:  # a WordNet synonym of the word, alone through this pivot
            said = dict(zip(tries, self._run_lines(tries, own), strict=False))
            for w, opts in options.items():
                good = [said[a].strip() for a in opts if said.get(a, "").strip()
                        and not TOKEN_MARKED.search(said[a])
                        and not PIVOT_SPELLING.search(said[a])]
                if good:
                    out[w] = good[0]
        return out

    # -- processes ------------------------------------------------------------------------

    def _run_lines(self, lines: Sequence[str], modes: tuple[str, ...]) -> list[str]:
        """Texts one a line, a blank line between them: Apertium ends a sentence at a blank
        line, while its transfer rules read across a single line break (two one-word lines
        "boxers", "roubles" came back as "roubles", "de boxeurs")."""
        if len(modes) > 1:  # stage by stage, to read the pivot text between them
            mid = self._run_lines(lines, modes[:1])
            if len(mid) == len(lines):
                common = pivot(modes[1], given_tu(modes[1], lines, self._common_words(
                    lines, mid, modes[1])))
                out = self._run_lines(common, modes[1:])
                if len(out) == len(lines):
                    return [_like_start_upper(m, o) for m, o in zip(mid, out, strict=True)]
        # A first text of its own: the first transfer stage (t1x) reads a call's first
        # sentence from its start state and every later one after a sentence ("les reformes
        # grans": "les réformes des grains" first, "tu les réformes grains" after any text;
        # the taggers' output is the same either way), so a text's French hung on its place
        # in the batch; now every text comes after one.
        out = [o.strip() for o in self._pipeline(modes, "\n\n".join([_LEAD, *lines]) + "\n")
               .rstrip("\n").split("\n\n")]
        return out[1:] if len(out) == len(lines) + 1 and out[0] == _LEAD else out

    def _common_words(self, sources: Sequence[str], mid: list[str], mode: str) -> list[str]:
        """Pivot text with its capitalised common words in lower case when the source did
        not write them: "Ara tenim" (We now have), "la Cinta i Carretera" (Belt and Road)
        would pass the next stage as proper nouns ("Ara avons"); "Rússia", a proper noun
        only, and names as the source writes them are left alone."""
        heres = [{w.casefold() for w in _WORD.findall(s)} for s in sources]
        cands = sorted({m.group(2) for line, here in zip(mid, heres, strict=True)
                        for m in TOKEN.finditer(line)
                        if not m.group(1) and m.group(2)[:1].isupper()
                        and m.group(2)[1:].islower() and m.group(2).casefold() not in here})
        if not cands:
            return mid
        common = self._common_nouns(cands, mode)
        if not common:
            return mid
        out = []
        for line, here in zip(mid, heres, strict=True):

            def lower(m: re.Match[str], here: set[str] = here) -> str:
                w = m.group(2)
                if m.group(1) or w not in common or w.casefold() in here:
                    return m.group(0)
                return w[:1].lower() + w[1:]

            out.append(TOKEN.sub(lower, line))
        return out

    def _common_nouns(self, words: list[str], mode: str) -> set[str]:
        """The words that the analyser of ``mode``'s source language reads as something
        else than a proper noun too."""
        path = shutil.which(self.binary)
        analyser = _analyser_for(path, mode) if path else None
        if analyser is None:
            return set()
        data = "\n".join(words).encode("utf-8")
        raw = analyser.run(data, self.timeout).decode("utf-8", errors="replace")
        common = set()
        for m in _ANALYSIS.finditer(raw):
            readings = m.group(2).split("/")
            if any(r and not r.startswith("*") and "<np>" not in r for r in readings):
                common.add(m.group(1))
        return common

    def _pipeline(self, modes: tuple[str, ...], data: str) -> str:
        """``data`` through every mode: Apertium's txt deformatter, the modes' programs
        (kept running between calls, see ``_Pipeline``), the reformatter."""
        path = shutil.which(self.binary)
        if path is None:
            raise EngineUnavailableError("the apertium program is not installed",
                                         remedy=_remedy(self.pivot))
        timeout = self.timeout + len(data) / 2_000
        formatted = deformat(data.encode("utf-8"), timeout, self.pivot)
        split = split_mode(path, modes[0]) if modes in _RETAGGED else None
        if split is not None:  # the tagger's homographs given the class the English says
            tagged = split[0].run(formatted, timeout).decode("utf-8", errors="replace")
            raw = split[1].run(retagged(tagged, lambda words: remembered_readings(
                words, modes[0])).encode("utf-8"), timeout)
            return reformat(raw, timeout, self.pivot).decode("utf-8", errors="replace")
        raw = formatted
        for mode in modes:  # an HMM tagger's mode tags each text alone (run_mode)
            raw = run_mode(path, mode, raw, timeout, self.pivot)
        return reformat(raw, timeout, self.pivot).decode("utf-8", errors="replace")


def _no_echo_subject(source: str, out: str) -> str:
    """"Zq0x il a adopté" -> "Zq0x a adopté": the pivots give a verb whose subject they
    cannot read (a placeholder: a name, an institution) a pronoun of its own; kept when the
    source has one there ("In Zq1x he said")."""

    def fix(m: re.Match[str]) -> str:
        after = re.search(rf"(?<![\w]){re.escape(m.group(1))}\s+(\w+)", source)
        if after and after.group(1).casefold() in _PRONOUNS:
            return m.group(0)
        return m.group(1) + " "

    return _ECHO_SUBJECT.sub(fix, out)


def _like_start(source: str, out: str) -> str:
    """A text that starts in lower case keeps doing so (the Spanish stage capitalises a
    sentence's first word: "the President" came back as "Le Président")."""
    if source[:1].islower() and out[:1].isupper() and not out[1:2].isupper():
        return out[:1].lower() + out[1:]
    return out


def _like_start_upper(model: str, out: str) -> str:
    """A line whose pivot text began with a capital begins so in the target too (its first
    word may have been put in lower case for the last stage)."""
    return out[:1].upper() + out[1:] if model[:1].isupper() and out[:1].islower() else out


def leftover_case(model: str, word: str, source: str = "") -> str:
    """``word`` capitalised as ``model`` is (a sentence's first word); a word said alone
    came back capitalised as a sentence ("Confortable") and is lowered for a lower-case
    model, unless it is all capitals or a proper noun's ("Europe" stays). A French word the
    list lacks is lowered too where its ``source`` word is a lower-case one (*urgently*
    came back "Urgentement" mid-sentence): no proper noun's."""
    first = word.split(" ")[0]
    if first[1:].islower() and (first.casefold() in french_words() or source[:1].islower()):
        return cased_like(word[:1].lower() + word[1:], model)
    return cased_like(word, model)
