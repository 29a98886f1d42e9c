"""Apertium's French morphology as the post-edit rules read it: words' readings, forms, determiners.

``readings`` reads each word's lemma, part of speech, gender and number with ``fra-cat``'s
analyser; ``generate`` makes a form from its analysis with ``cat-fra``'s generator
("^fort<adj><f><sg>$" -> "forte"); ``determiner`` puts a determiner in a gender and number
("le" as feminine plural -> "les"). ``agreement.py`` agrees determiners, adjectives and
participles with their nouns from them; the clause rules (frames, particles, verbals,
relatives, coordination) read their words with ``clause_tokens`` and ``tokens_and_readings``.

Words are analysed one a line and remembered for the process's life (the analyser reads a
word alone as it does in a sentence, multiword units aside), so a text costs at most one
exchange with the analyser and one with the generator, both the processes
``progressive.py`` keeps running. Without Apertium's French dictionaries nothing is read
and nothing made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from daybook.translate.french import VOWEL_START
from daybook.translate.progressive import ANALYSE, GENERATE

_TAGS = re.compile(r"<(\w+)>")


def clause_tokens(punct: str = "") -> re.Pattern[str]:
    """The French words, figures and punctuation the clause rules (frames, particles, verbals,
    relatives, coordination) read, with ``punct`` (a regex class body) as more punctuation."""
    low = "a-zàâçéèêëîïôûùüÿœæ"
    return re.compile(rf"[Aa]ujourd['’]hui|[{low}A-ZÀ-Ý]+(?:-[{low}A-ZÀ-Ý]+)*['’]?|"
                      rf"[.!?;:,–—«»()\"“”{punct}]|\d+")


# The marks that end the stretch of tokens a clause rule reads back or ahead: the ends of a
# sentence or clause, quotes, brackets and dashes (not the comma: lists go on past it).
CLAUSE_STOPS = frozenset((".", "!", "?", ";", ":", "«", "»", "(", ")", "“", "”", "\"", "–", "—",
                          "[", "]", "‘"))
# The words that open another clause, where a list of verbs or infinitives stops.
CLAUSE_WORDS = frozenset(("qui", "que", "qu'", "dont", "où", "si", "mais", "car", "lorsque",
                          "quand", "puisque", "tandis"))

GENDERS = ("m", "f", "mf")
NUMBERS = ("sg", "pl", "sp")
_MEMO: dict[str, tuple[Reading, ...]] = {}  # word -> its readings, for the process's life
_FORMS: dict[str, str | None] = {}  # generator input -> form


@dataclass(frozen=True, slots=True)
class Reading:
    lemma: str
    tags: tuple[str, ...]

    @property
    def pos(self) -> str:
        if "det" in self.tags:
            return "det"
        if "pp" in self.tags and self.tags[0].startswith("vb"):
            return "pp"
        return self.tags[0] if self.tags else ""

    @property
    def gender(self) -> str:
        return next((t for t in self.tags if t in GENDERS), "mf")

    @property
    def number(self) -> str:
        return next((t for t in self.tags if t in NUMBERS), "sp")


def _escape(word: str) -> str:
    return re.sub(r"([\\\[\]^$/@<>{}*#+~])", r"\\\1", word)


def _parse(line: str) -> tuple[Reading, ...]:
    found = re.findall(r"\^((?:\\.|[^$\\])*)\$", line)
    if len(found) != 1:
        return ()  # read as several words: not one to agree
    out = []
    for part in re.split(r"(?<!\\)/", found[0])[1:]:
        if "+" in part:  # "du" = de<pr>+le<det>...: the determiner is what agrees
            part = part.rsplit("+", 1)[1]
        tags = tuple(_TAGS.findall(part))
        if tags:
            out.append(Reading(part.split("<", 1)[0], tags))
    return tuple(out)


def tokens_and_readings(
        pattern: re.Pattern[str], texts: Sequence[str], todo: Sequence[int],
) -> tuple[dict[int, list[tuple[int, int, str]]], dict[str, tuple[Reading, ...]]]:
    """The tokens (start, end, text) of the texts ``todo`` names, by ``pattern``, and the
    readings of all their words, in one exchange with the analyser (empty if it failed)."""
    toks = {k: [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(texts[k])]
            for k in todo}
    return toks, readings(sorted({w.lower() for k in todo for _, _, w in toks[k]
                                  if w[:1].isalpha()}))


def readings(words: Sequence[str]) -> dict[str, tuple[Reading, ...]]:
    """Each word's readings by ``fra-cat``'s analyser (none for an unknown word), the
    words not seen before sent in one exchange."""
    new = sorted({w for w in words if w not in _MEMO})
    if new:
        got = ANALYSE.run([_escape(w) for w in new])
        if got is None:
            return {}
        for word, line in zip(new, got, strict=False):
            _MEMO[word] = _parse(line)
    return {w: _MEMO.get(w, ()) for w in words}


def generate(wanted: Sequence[str]) -> dict[str, str]:
    """Generator input ("^fort<adj><f><sg>$") -> form ("forte"), for those it makes."""
    new = sorted({w for w in wanted if w not in _FORMS})
    if new:
        from daybook.translate.leftovers import french_words

        words = french_words()
        for w, f in zip(new, GENERATE.run(new) or [], strict=False):
            made = f.strip().replace("~", "")
            if made.endswith("als") and words and made not in words:
                made = made[:-3] + "aux"  # the dictionary's "fédérals"
            _FORMS[w] = made if made and not made.startswith(("#", "*", "@")) and (
                not words or made in words) else None
    return {w: form for w in wanted if (form := _FORMS.get(w)) is not None}


def put_forms(texts: Sequence[str], wanted: dict[int, dict[int, str]],
              spans: dict[int, list[tuple[int, int]]]) -> list[str]:
    """Texts with token j of text k replaced by the form generated for wanted[k][j].

    spans[k][j] is that token's (start, end); a form the generator does not make leaves
    its token as it was.
    """
    forms = generate(sorted({g for group in wanted.values() for g in group.values()}))
    out = list(texts)
    for k, group in wanted.items():
        text = texts[k]
        for j in sorted(group, reverse=True):
            if group[j] in forms:
                start, end = spans[k][j]
                text = text[:start] + forms[group[j]] + text[end:]
        out[k] = text
    return out


def verb_form(lemma: str, *tags: str) -> str | None:
    """One form of a verb: ("visiter", "pp", "m", "sg") -> "visité"; None if not made."""
    key = f"^{lemma}<vblex><{'><'.join(tags)}>$"
    return generate([key]).get(key)


def fits(a: str, b: str, both: str) -> bool:
    return a == b or both in (a, b)


def agrees(x: Reading, y: Reading) -> bool:
    return fits(x.gender, y.gender, "mf") and fits(x.number, y.number, "sp")


# Determiners: form -> (gender, number), and (kind, gender, number) -> form.
DETERMINERS = {"le": ("det", "m", "sg"), "la": ("det", "f", "sg"), "les": ("det", "mf", "pl"),
         "un": ("un", "m", "sg"), "une": ("un", "f", "sg"), "des": ("un", "mf", "pl"),
         "ce": ("ce", "m", "sg"), "cet": ("ce", "m", "sg"), "cette": ("ce", "f", "sg"),
         "ces": ("ce", "mf", "pl"), "son": ("son", "m", "sg"), "sa": ("son", "f", "sg"),
         "ses": ("son", "mf", "pl"), "mon": ("mon", "m", "sg"), "ma": ("mon", "f", "sg"),
         "mes": ("mon", "mf", "pl"), "notre": ("notre", "mf", "sg"),
         "nos": ("notre", "mf", "pl"), "votre": ("votre", "mf", "sg"),
         "vos": ("votre", "mf", "pl"), "leur": ("leur", "mf", "sg"),
         "leurs": ("leur", "mf", "pl"), "quel": ("quel", "m", "sg"),
         "quelle": ("quel", "f", "sg"), "quels": ("quel", "m", "pl"),
         "quelles": ("quel", "f", "pl"), "aucun": ("aucun", "m", "sg"),
         "aucune": ("aucun", "f", "sg"), "du": ("du", "m", "sg"), "au": ("au", "m", "sg"),
         "aux": ("au", "mf", "pl")}
_FORM_OF = {(k, g, n): w for w, (k, g, n) in DETERMINERS.items() if w not in ("cet",)}
_FORM_OF.update({("det", "m", "pl"): "les", ("det", "f", "pl"): "les",
                 ("un", "m", "pl"): "des", ("un", "f", "pl"): "des",
                 ("ce", "m", "pl"): "ces", ("ce", "f", "pl"): "ces",
                 ("son", "m", "pl"): "ses", ("son", "f", "pl"): "ses",
                 ("mon", "m", "pl"): "mes", ("mon", "f", "pl"): "mes",
                 ("notre", "m", "sg"): "notre", ("notre", "f", "sg"): "notre",
                 ("notre", "m", "pl"): "nos", ("notre", "f", "pl"): "nos",
                 ("votre", "m", "sg"): "votre", ("votre", "f", "sg"): "votre",
                 ("votre", "m", "pl"): "vos", ("votre", "f", "pl"): "vos",
                 ("leur", "m", "sg"): "leur", ("leur", "f", "sg"): "leur",
                 ("leur", "m", "pl"): "leurs", ("leur", "f", "pl"): "leurs",
                 ("du", "f", "sg"): "de la", ("du", "m", "pl"): "des", ("du", "f", "pl"): "des",
                 ("au", "f", "sg"): "à la", ("au", "m", "pl"): "aux", ("au", "f", "pl"): "aux",
                 ("aucun", "m", "pl"): "aucuns", ("aucun", "f", "pl"): "aucunes",
                 ("tout", "m", "sg"): "tout", ("tout", "f", "sg"): "toute",
                 ("tout", "m", "pl"): "tous les", ("tout", "f", "pl"): "toutes les"})
DETERMINERS.update({"tout": ("tout", "m", "sg"), "toute": ("tout", "f", "sg"),
              "l'": ("det", "mf", "sg"), "l’": ("det", "mf", "sg")})


def determiner(word: str, gender: str, number: str, before: str) -> str | None:
    """ "le" as feminine plural -> "les"; ``before`` (the next word) elides it: "la" ->
    "l'" before "équipe", "ce" -> "cet", "sa" -> "son"; None for a word not in the table."""
    kind, g, n = DETERMINERS.get(word.lower(), ("", "", ""))
    if not kind:
        return None
    g = g if gender == "mf" else gender
    n = n if number == "sp" else number
    form = _FORM_OF.get((kind, "m" if g == "mf" else g, n))
    if form is None:
        return None
    if n == "sg" and VOWEL_START.match(before):
        form = {"le": "l'", "la": "l'", "ce": "cet", "ma": "mon", "sa": "son",
                "de la": "de l'", "à la": "à l'", "du": "de l'", "au": "à l'"}.get(form, form)
    return form[0].upper() + form[1:] if word[:1].isupper() else form


# Verbal adjectives in -ant whose verb's present participle is seldom what the text means
# ("adjectifs verbaux" of judgement and degree, Grevisse §920: "des relations commerciales
# importantes", not *importer*'s "important"). The analyser gives them a gerund's reading
# too; a participle takes its object right after it ("intéressant les jeunes"), which
# ``agreement``'s ``verbal_before_object`` keeps.
VERBAL_ADJECTIVES = frozenset((
    "important", "intéressant", "passionnant", "suffisant", "encourageant", "impressionnant",
    "inquiétant", "satisfaisant", "surprenant", "étonnant", "fascinant", "alarmant",
    "préoccupant", "décevant", "rassurant", "enrichissant", "stimulant", "convaincant",
    "exigeant", "dominant", "performant", "brillant", "marquant", "frappant", "séduisant",
    "attrayant", "gratifiant", "touchant", "émouvant", "bouleversant", "accablant",
    "épuisant", "florissant", "croissant", "contraignant", "pesant"))


def verbal_adjective(reads: Sequence[Reading]) -> bool:
    """Readings of one of ``VERBAL_ADJECTIVES`` and otherwise only of a gerund."""
    return any(r.pos == "adj" and r.lemma in VERBAL_ADJECTIVES for r in reads) and all(
        r.pos in ("adj", "n") or r.tags[:2] == ("vblex", "ger") for r in reads)


def forms_of(r: Reading, gender: str, number: str) -> list[str]:
    """The generator's inputs for ``r`` in ``gender`` and ``number``, the first it makes
    wins: the dictionary files "russe" under "mf", "chinois" under "sp"."""
    tags = [t for t in r.tags if t not in GENDERS and t not in NUMBERS]
    if r.pos == "pp":
        tags = [tags[0], "pp"]
    return [f"^{r.lemma}<" + "><".join([*tags, g, n]) + ">$"
            for g, n in ((gender, number), ("mf", number), (gender, "sp"), ("mf", "sp"))]


def made_form(forms: dict[str, str], fix: tuple[Reading, str, str]) -> str | None:
    """The first of ``forms_of(*fix)`` the generator made in ``forms``."""
    return next((forms[f] for f in forms_of(*fix) if f in forms), None)
