"""Translate sentences with names, numbers and short quotations kept exactly as written.

Before translation each protected span (a person's name from the event, a number, a short
quoted title) is replaced by a placeholder ``Zq<n>x`` that engines pass through as an
unknown word; after translation the placeholders are put back. A sentence whose translation
lost or doubled a placeholder, or lost a digit run of its source, is kept as in the source:
a sentence left in English is better than a wrong figure or a lost name. The invariant, the
one the tests check: every number and every protected name of a source text is present in
its translation.

An engine that reads words (Apertium: ``proper_noun_marks``) gets placeholders it reads as
what they stand for (``marks.word_marks``: proper nouns, the figure itself), dates whole in
French, and the French prepositions of places put right after it (``marks``); a sentence
whose placeholder it split goes again with ``Zq<n>x``.

Institutions of the glossary (``data/institutions_fr.json``: "the State Duma", "the
Security Council") are protected the same way and come back in French ("la Douma d’État"),
with the article contracted after "de"/"à" ("du gouvernement"; the engine's own "du" before
its placeholder undone: "de la Douma"), capitalised at the start of a sentence, and "de"
elided before a vowel ("d'Erdogan"): an engine word by word writes "De l'État Duma".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from daybook.translate import and_subjects, congratulate, correlatives, moods, phrases, reporting
from daybook.translate.agree import appositions, singular_pronouns, title_article, with_me
from daybook.translate.agreement import agree_texts
from daybook.translate.allof import all_pronouns
from daybook.translate.articles_np import bare_objects, bare_subjects
from daybook.translate.compounds import english as fixed_compounds
from daybook.translate.compounds import unhang
from daybook.translate.conjunctions import clause_frames
from daybook.translate.contractions import contract_texts
from daybook.translate.coordination import coordinate
from daybook.translate.decades import english as decades
from daybook.translate.degree_np import degree_articles
from daybook.translate.engines import Engine
from daybook.translate.expressed_np import concerns, expressed
from daybook.translate.figures import english as figures_en
from daybook.translate.french import with_article
from daybook.translate.gerunds import gerunds
from daybook.translate.heads import head_first
from daybook.translate.helps import help_to
from daybook.translate.idioms import idioms
from daybook.translate.impersonal import infinitive_subject
from daybook.translate.infinitive_preps import framed
from daybook.translate.institutions_np import glossary_conjuncts, keep_institutions
from daybook.translate.inter import join as join_prefixed
from daybook.translate.inter import strip as inter_base
from daybook.translate.let_us import let_pronominal
from daybook.translate.marks import DATE as _DATE
from daybook.translate.marks import NUMBER as _NUMBER
from daybook.translate.marks import VOWELS as _VOWEL
from daybook.translate.marks import (
    clause_comma,
    date_fr,
    in_places,
    keeps_figures,
    of_possessive,
    titles_fr,
    word_marks,
)
from daybook.translate.money import hold_amounts
from daybook.translate.named import text_forms
from daybook.translate.names import likely_female
from daybook.translate.needs import need_to
from daybook.translate.negation import negations
from daybook.translate.numbers_fr import numbers_fr
from daybook.translate.outlets import OUTLET, name_after_kind
from daybook.translate.particles import particles
from daybook.translate.person_verbs import shared_subjects
from daybook.translate.plural_names import plural_names
from daybook.translate.plural_subjects import plural_verbs
from daybook.translate.progressive import simple_tense
from daybook.translate.pronouns_np import they_across, they_gender
from daybook.translate.proofread import proofread
from daybook.translate.reciprocal import each_other
from daybook.translate.reduced import reduced_relatives
from daybook.translate.relative_case import relative_case
from daybook.translate.relatives import contact_relatives, relatives
from daybook.translate.rolenames import RoleOf, with_roles
from daybook.translate.said_again import said_again
from daybook.translate.senses import senses
from daybook.translate.sentences import chunks, quoted_sentences, split_text
from daybook.translate.sourced import source_rules
from daybook.translate.spans import Spans, spans_regex
from daybook.translate.speech import turns
from daybook.translate.speech_asked import asked_phrases, tag_question, what_is
from daybook.translate.speech_asked import french as asked_french
from daybook.translate.speech_pairs import pairs
from daybook.translate.speech_spoken import spoken, written
from daybook.translate.speech_vous import vous_texts
from daybook.translate.subjects import dropped_subjects, you_subjects
from daybook.translate.tenses_en import adverb_back
from daybook.translate.terms import heads as glossary_heads
from daybook.translate.terms import ordinals as glossary_ordinals
from daybook.translate.textplaces import PlaceFr, placeholder_gender, region_heads
from daybook.translate.textplaces import find as find_places
from daybook.translate.textplaces import french as place_french
from daybook.translate.things_np import keep_things
from daybook.translate.tries import tries
from daybook.translate.verb_lists import french as verb_lists
from daybook.translate.verb_objects import answer_to, seems_to_me, told, wanted_past
from daybook.translate.verbals import verbals
from daybook.translate.verbframes import verb_frames
from daybook.translate.you_relatives import you_relatives

MAX_QUOTE_WORDS = 6  # longer quotations are speech, and speech is translated
MAX_NAME_CHARS = 120
# Family names of two letters that stand alone in English text (Chinese, Korean).
_SHORT_NAMES = frozenset(("Xi", "Li", "Hu", "Wu", "Wen", "Ma", "Yi", "Wang", "Moon", "Ri"))

_PLACEHOLDER = re.compile(r"Zq(\d+)x", re.IGNORECASE)
# A code of capitals and digits ("CO2", "G20", "S-400", "COVID-19"): Apertium rewrites some
# ("CO₂") and the sentence would lose a digit; "3rd" has no capital and is translated. A
# brand or acronym with a small letter between capitals ("MiG", "KamAZ", "CoE") too: the
# pivot read "MiG" as the Catalan "mig" (half) or left it out.
_CODE = re.compile(r"(?<![\w-])(?!Zq\d+x(?![\w-]))(?=[\w-]*\d|[A-Z][a-z]{1,2}[A-Z])(?=[\w-]*[A-Z])"
                   r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-])")
_QUOTE = re.compile(r"“[^”\n]{1,200}”|«[^»\n]{1,200}»|\"[^\"\n]{1,200}\"")
_WORDS = re.compile(r"\w+")


@cache
def _institutions() -> dict[str, tuple[str, str]]:
    raw = json.loads(resources.files("daybook.data").joinpath("institutions_fr.json")
                     .read_text("utf-8"))["institutions"]
    # Named things whose French name is settled ("Belt and Road"): translate/named.py.
    return {**phrases.text_forms(), **text_forms(),
            **{en: (article, fr) for en, (article, fr) in raw.items()}}


@cache
def feminine_terms() -> frozenset[str]:
    """English spans of the glossary whose French is feminine ("la Douma d’État", "l’ONU";
    "l’État de l’Union" is not), with and without their "the"."""
    out: set[str] = set()
    for en, (article, fr) in _institutions().items():
        if article == "la" or (article == "l’" and fr[:1] not in "Éé"):
            bare = en[4:] if en.startswith("the ") else en
            out.update((bare, "the " + bare, "The " + bare))
    return frozenset(out)


# Firms' acronyms: French names a company or bank without an article ("VTB a financé").
_FIRMS = frozenset(("VTB",))


def acronym_noun(word: str) -> bool:
    """An organisation's acronym of one word ("NATO", "SCO", "G20"): English uses it
    without an article, French with one ("l'OTAN")."""
    return " " not in word and len(word) >= 3 and word.isupper()


@cache
def glossary_forms() -> dict[str, str]:
    """The institution glossary: English span -> French form ("the State Duma" -> "la
    Douma d’État"; "State Duma" -> "Douma d’État" for names of two words or more, a lone
    "Government" being too common to fix)."""
    forms: dict[str, str] = {}
    for en, (article, fr) in _institutions().items():
        bare = en[4:] if en.startswith("the ") else en
        art = article if article.endswith("’") or not article else article + " "
        if article in ("le", "la") and fr[:1].lower() in "aeiouéèêh":
            art = "l’"
        for lead in ("the ", "The "):
            forms.setdefault(lead + bare, art + fr)
        if acronym_noun(bare) and article and bare not in _FIRMS:
            # English says an organisation's acronym bare ("expansion of NATO", "to the
            # SCO"), French with its article ("de l'OTAN", "à l'OCS", "des BRICS"):
            # the article contracts at restore; as a modifier ("NATO countries")
            # head_first turns it into "of the NATO" all the same.
            forms.setdefault(bare, art + fr)
        elif len(bare.split()) >= 2 or (bare.isupper() and len(bare) >= 3):
            forms.setdefault(bare, fr)  # "BRICS countries", "SCO member states"
    return forms


@cache
def glossary() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The glossary's spans as one pattern, and its forms. The pipeline uses
    ``glossary_in`` (the pattern narrowed to a text's spans): compiling all ~19,000 spans
    costs a second of CPU."""
    forms = glossary_forms()
    keys = sorted(forms, key=lambda k: (-len(k), k))
    return (spans_regex(keys) if keys else None), forms


@cache
def _glossary_spans() -> Spans:
    forms = glossary_forms()
    return Spans(sorted(forms, key=lambda k: (-len(k), k)))


def glossary_in(text: str) -> re.Pattern[str] | None:
    """The glossary's pattern narrowed to the spans ``text`` holds (``spans.Spans``: the
    same matches, without trying ten thousand spans at every position); None if none."""
    return _glossary_spans().within(text)


@dataclass(frozen=True, slots=True)
class Protected:
    text: str
    spans: tuple[str, ...]
    forms: tuple[tuple[str, str], ...] = ()  # span -> its form in the target language
    marks: tuple[str, ...] = ()  # the placeholder of each span; none: Zq<n>x
    places: tuple[tuple[str, PlaceFr], ...] = ()  # place spans, put back by ``textplaces``


@dataclass(frozen=True, slots=True)
class Translated:
    """One translated text and how many of its sentences were kept in the source."""

    text: str
    sentences: int
    kept: int


def name_variants(names: Iterable[str]) -> list[str]:
    """Names to protect, longest first: each full name and its family name."""
    out: set[str] = set()
    for name in names:
        name = " ".join(name.split())
        if not name or len(name) > MAX_NAME_CHARS:
            continue
        out.add(name)
        words = name.split()
        if len(words) > 1:
            # "Recep Tayyip Erdogan" -> "Erdogan"; tags write "Erdogan Recep Tayyip"; "Xi"
            # ("President Xi": Apertium read "Onze") but no particle ("Al", "De").
            for word in (words[-1], words[0]):
                if (len(word) > 2 or word in _SHORT_NAMES) and word[0].isupper() \
                        and not word.endswith("."):
                    out.add(word)
    return sorted(out, key=lambda n: (-len(n), n))


def _names_regex(names: Sequence[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def protect(text: str, names: Sequence[str] = (), *,
            names_re: re.Pattern[str] | None = None, dst: str | None = None,
            words: bool = False, female: Collection[str] = (),
            role_of: RoleOf | None = None) -> Protected:
    """``text`` with its protected spans replaced by placeholders, and the spans (with their
    French forms when ``dst`` is "fr": "31.6 billion" -> "31.6 milliards").

    With ``words`` the placeholders are proper nouns and numbers (``word_marks``): a
    woman's given name for a name in ``female`` or an institution French calls "la"."""
    spans: list[str] = []
    forms: list[tuple[str, str]] = []
    places: dict[str, PlaceFr] = {}
    place_kinds: dict[int, str] = {}
    terms_fr = glossary_forms()
    role_forms: dict[str, str] = {}  # "President of Russia Vladimir Putin" -> French
    # Names of things (``things_np``): after their kind, a placeholder the engine keeps in
    # place ("the programme Zq0x"; a brand name there came out "le Netflix de programme"),
    # else a brand name.
    things: dict[int, bool] = {}
    institutions: dict[int, str] = {}  # span -> gender (``institutions_np``)
    people: set[str] = set()

    def kind_of(span: str) -> str:
        if span in role_forms:
            return "ff" if role_forms[span].startswith("la ") else "mm"
        if _NUMBER.fullmatch(span) or span in dict(forms):
            return "number"
        bare = span[4:] if span[:4].lower() == "the " else span
        if span in terms_fr and not (bare.isupper() or _CODE.fullmatch(bare)):
            return "f" if span in feminine_terms() else "m"
        if span in terms_fr or any(p.fullmatch(span) for p in (_CODE, _QUOTE, _PLACEHOLDER)):
            return "n"
        gender = "f" if span in female else "m"
        return gender * 2 if " " in span.strip() else gender

    def hold(span: str, form: str | None = None) -> str:
        """The placeholder of a new protected span (with its French form if given)."""
        if form is not None:
            forms.append((span, form))
        spans.append(span)
        return f"Zq{len(spans) - 1}x"

    def keep(m: re.Match[str]) -> str:
        return hold(m.group(0))

    def keep_date(m: re.Match[str]) -> str:
        fr = date_fr(m)
        if fr is None:
            return m.group(0)
        return hold(m.group(0), fr)

    def keep_quote(m: re.Match[str]) -> str:
        # A short title or name ("“Rossiya”", "“Road to Space”"); a common word quoted
        # (“later”) has no capital and is translated.
        quoted = m.group(0)
        if len(quoted.split()) <= MAX_QUOTE_WORDS and re.search(r"[A-Z0-9]", quoted):
            return keep(m)
        return quoted

    pattern = names_re if names_re is not None else _names_regex(name_variants(names))
    terms = glossary_forms()
    # Existing look-alike placeholders are protected first so restore cannot confuse them.
    out = _PLACEHOLDER.sub(keep, text)
    out = _QUOTE.sub(keep_quote, out)
    # "small- and medium-sized" as the glossary has it; "a 9 percent growth" (``figures``)
    out = figures_en(unhang(out)) if dst == "fr" else out
    if pattern is not None:
        before = len(spans)
        out = pattern.sub(keep, out)
        if role_of is not None and dst == "fr" and len(spans) > before:
            out, role_forms = with_roles(out, spans, range(before, len(spans)), role_of,
                                         female)
        people = {f"Zq{n}x" for n in range(before, len(spans))}
    if role_of is not None and dst == "fr":  # "Mr Prime Minister," as French addresses
        out = _ADDRESS.sub(lambda m: _address(m, role_of, spans, forms), out)
    if dst == "fr":  # an outlet's own name, as written ("newspaper People’s Daily")
        def keep_outlet(m: re.Match[str]) -> str:
            return m.group("kind") + hold(m.group("name"))

        out = OUTLET.sub(keep_outlet, name_after_kind(out))
    if terms:
        out = phrases.mark(out) if words and dst == "fr" else out
        if words and dst == "fr":  # "Red Army soldiers", "the 2nd European Games"
            out = glossary_ordinals(glossary_heads(out, glossary_in(out), acronym_noun),
                                    glossary_in(out), terms_fr, hold)
        out = here.sub(keep, out) if (here := glossary_in(out)) is not None else out
        out = glossary_conjuncts(out, spans) if words and dst == "fr" else out
    if words and dst == "fr":  # institutions the glossary lacks, French by their words
        def keep_institution(span: str, form: str, gender: str) -> str:
            institutions[len(spans)] = gender
            return hold(span, form)

        out = keep_institutions(out, keep_institution)
    if words and dst == "fr":  # names of things, as written ("the plant Zarya")
        def keep_thing(span: str, form: str | None, after_kind: bool) -> str:
            things[len(spans)] = after_kind
            return hold(span, form)

        out = keep_things(out, keep_thing, people)
    if words and dst == "fr":  # places for an engine that reads placeholders as words
        pieces, last = [], 0
        out = region_heads(out)  # "Middle East partners": "partners of the Middle East"
        for start, end, place in find_places(out):
            pieces.append(out[last:start])
            places[out[start:end]] = place
            place_kinds[len(spans)] = placeholder_gender(out, start, place)
            pieces.append(hold(out[start:end]))
            last = end
        out = "".join(pieces) + out[last:]
    out = _CODE.sub(keep, out)
    if dst == "fr":
        out = inter_base(join_prefixed(out))  # "inter-ethnic" -> "ethnic": "inter" is glued back
        out = decades(out)  # "the 2000s" -> "the years 2000" ("les années 2000")
        out = fixed_compounds(out)  # "long-standing ties" -> "long-time ties" ("de longue date")
        out = _DATE.sub(keep_date, out) if words else out
        out = hold_amounts(out, hold)  # "$1.5 billion": "Zq0x of dollars"
    out = _NUMBER.sub(keep, out)
    forms.extend(role_forms.items())
    if not words or not spans:
        return Protected(out, tuple(spans), tuple(forms))
    out, turned = head_first(out, spans, {n for n, span in enumerate(spans) if n in place_kinds
                                          or n in institutions or span in terms_fr
                                          or _CODE.fullmatch(span)})
    for n in turned:  # "of the Security Council": "du Conseil de sécurité"
        if spans[n][:4].lower() != "the " and "the " + spans[n] in terms_fr:
            spans[n] = "the " + spans[n]
    kinds = ["n" if n in things else place_kinds.get(n) or institutions.get(n) or kind_of(span)
             for n, span in enumerate(spans)]
    marks = tuple(f"Zq{n}x" if things.get(n) else m
                  for n, m in enumerate(word_marks(text, spans, kinds)))
    out = _PLACEHOLDER.sub(lambda m: marks[int(m.group(1))], out)
    named = [m for m in marks if m[:1].isalpha() and not m.startswith("Zq")]
    return Protected(clause_comma(of_possessive(out, named), named), tuple(spans),
                     tuple(forms), marks, tuple(places.items()))


# A form of address with a role and no name: "Mr Prime Minister," "Madam Speaker."
_ADDRESS = re.compile(r"(?<![\w-])(Mr|Madam)\.? ([A-Z][a-z-]+(?: (?:[A-Z][a-z-]+|of|the))*?)"
                      r"(?=\s*(?:[,.!?;:)]|$))")


def _address(m: re.Match[str], role_of: RoleOf, spans: list[str],
             forms: list[tuple[str, str]]) -> str:
    """The address protected in French, its title capitalised as French protocol writes
    it ("Monsieur le Premier ministre", "Monsieur l’Ambassadeur", "Madame la Présidente");
    Apertium gave "Mr premier ministre", "Haut-parleur de madame"."""
    woman = m.group(1) == "Madam"
    role = role_of(m.group(2), woman)
    if role is None:
        return m.group(0)
    fr = with_article("la" if woman else "le", role[:1].upper() + role[1:])
    spans.append(m.group(0))
    forms.append((m.group(0), ("Madame " if woman else "Monsieur ") + fr))
    return f"Zq{len(spans) - 1}x"


_CONTRACT = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
_BEFORE = re.compile(r"(?:^|(?<=\W))(de|à|De|À) $")
_ENGINE_ARTICLE = re.compile(r"(?:^|(?<=\W))(du|au|des|aux|le|la|les) $", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:l[’']|les |le |la )")
_UNCONTRACT = {"du": "de ", "des": "de ", "au": "à ", "aux": "à ", "le": "", "la": "", "les": ""}
# "de" and "que" before a restored name that starts with a vowel ("d'Erdogan"): the
# placeholder began with a consonant.
_ELIDE = re.compile(r"(?:^|(?<=\W))([Dd]e|[Qq]ue|[Jj]usque|[Ll]orsque|[Pp]uisque) $")


@cache
def _marks_re(marks: tuple[str, ...]) -> re.Pattern[str]:
    # A figure is bounded as ``_NUMBER`` finds it ("19-km", "mid-2019"), a word by hyphens too.
    alts = "|".join(rf"(?<![\w.,]){re.escape(m)}(?!\w|[.,:/]\d)" if m[:1].isdigit()
                    else rf"(?<![\w-]){re.escape(m)}(?![\w-])"
                    for m in sorted(marks, key=len, reverse=True))
    return re.compile(alts, re.IGNORECASE)


def restore(text: str, spans: Sequence[str], forms: Mapping[str, str] | None = None,
            marks: Sequence[str] = (), places: Mapping[str, PlaceFr] | None = None
            ) -> str | None:
    """Placeholders (``marks``, by default Zq<n>x) back to their spans (or the spans'
    ``forms``, e.g. French names of institutions); None if any was lost, doubled or
    invented."""
    marks = tuple(marks) or tuple(f"Zq{n}x" for n in range(len(spans)))
    index = {m.casefold(): n for n, m in enumerate(marks)}
    if any(m.group(0).casefold() not in index for m in _PLACEHOLDER.finditer(text)):
        return None  # an opaque placeholder the engine invented
    found = list(_marks_re(marks).finditer(text)) if marks else []
    seen = Counter(index[m.group(0).casefold()] for m in found)
    if set(seen) != set(range(len(spans))) or any(n != 1 for n in seen.values()):
        return None
    forms = forms or {}
    out: list[str] = []
    last = 0
    # Spans are restored in one pass, so a restored span is never read as a placeholder.
    for m in found:
        out.append(text[last:m.start()])
        span = spans[index[m.group(0).casefold()]]
        if places and span in places:  # the place's French preposition and article
            out[-1], piece = place_french(out[-1], places[span])
            out.append(piece)
            last = m.end()
            continue
        piece = forms.get(span, span)
        if out[-1].endswith("(") and acronym_noun(span):  # "(UEEA)" glosses a name
            piece = _ARTICLE.sub("", piece, count=1)
        elide = _ELIDE.search(out[-1])
        if elide and piece[:1] in _VOWEL:
            out[-1] = out[-1][: elide.start()] + elide.group(1)[:-1] + "'"
        elif piece is not span:
            own = _ENGINE_ARTICLE.search(out[-1])
            if own and piece.startswith(("le ", "la ", "les ", "l’", "l'")):
                # The engine's article for its placeholder ("du Brody"): the form has one.
                word = _UNCONTRACT[own.group(1).lower()]
                out[-1] = out[-1][: own.start()] + (
                    word.capitalize() if own.group(1)[0].isupper() else word)
            before = _BEFORE.search(out[-1])
            art, _, rest = piece.partition(" ")
            if before and (before.group(1).lower(), art) in _CONTRACT:
                word = _CONTRACT[(before.group(1).lower(), art)]
                if before.group(1)[0].isupper():
                    word = word.capitalize()
                out[-1] = out[-1][: before.start()] + word + " "
                piece = rest
            elif not "".join(out).strip():
                piece = piece[:1].upper() + piece[1:]  # at the start of the sentence
        out.append(piece)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def unshout(source: str, translation: str, marks: Sequence[str] = ()) -> str:
    """An engine capitalises the word after a sentence-initial placeholder ("Zq0x A
    adopté"): lower it again when the source's word there was lower-case."""
    lead = "|".join(map(re.escape, marks)) if marks else r"Zq\d+x"
    src = re.match(rf"^\s*(?:{lead})\s+(\w)", source)
    if src is None or not src.group(1).islower():
        return translation
    return re.sub(rf"^(\s*(?:{lead})\s+)([A-ZÀ-Ý])(?=[a-zà-ÿ’']|\s)",
                  lambda m: m.group(1) + m.group(2).lower(), translation)


def _settle(units: Mapping[int, tuple[str, Protected]], outs: Sequence[str],
            french: bool = False) -> dict[int, str]:
    """Unit -> its restored translation, for those that kept every span and figure
    (``french``: with the prepositions of places and the titles put right: ``in_places``,
    ``titles_fr``)."""
    result: dict[int, str] = {}
    forms = glossary_forms()
    for k, out in zip(units, outs, strict=True):
        source, protected = units[k]
        restored = restore(unshout(protected.text, out, protected.marks), protected.spans,
                           {**forms, **dict(protected.forms)} if protected.forms else forms,
                           protected.marks, dict(protected.places))
        if restored is not None and restored.strip() and keeps_figures(source, restored):
            if source.lstrip()[:1].isupper() and restored[:1].islower():
                restored = restored[:1].upper() + restored[1:]  # "patrons du G20 ont"
            result[k] = (source_rules(source, with_me(source, title_article(titles_fr(
                in_places(restored))))) if french else restored)
    if french and result:
        # Agreement for every unit at once: one exchange with the analyser and one with
        # the generator, not one a sentence.
        sources = [units[k][0] for k in result]
        texts = list(result.values())
        for rule in (adverb_back, tries, reporting.pronouns, turns, spoken, all_pronouns, idioms,
                     senses, appositions, dropped_subjects, vous_texts, you_subjects, verb_frames,
                     you_relatives, need_to, help_to, wanted_past, answer_to, seems_to_me, told,
                     correlatives.the_more, infinitive_subject, congratulate.congratulate,
                     verb_lists, contact_relatives, relatives, verbals, particles, pairs,
                     reduced_relatives, plural_verbs, coordinate, and_subjects.singular_verbs,
                     shared_subjects, each_other, let_pronominal, gerunds, bare_objects, expressed,
                     concerns, bare_subjects, negations, clause_frames, moods.subjunctive):
            texts = rule(sources, texts)
        texts = they_gender(sources, singular_pronouns(plural_names(texts, forms.values())))
        texts = framed(sources, texts)  # relative_case after: it reads frames' "qu'il fait"
        agreed = degree_articles(sources, agree_texts(relative_case(sources, texts)))
        # Questions asked last: the rules above read the declarative order.
        agreed = what_is(sources, [tag_question(s, asked_phrases(s, asked_french(s, t)))
                                   for s, t in zip(sources, agreed, strict=True)])
        result = {k: numbers_fr(text) for k, text in zip(result, written(agreed), strict=True)}
    return result


def translate_texts(texts: Sequence[str], engine: Engine, src: str, dst: str,
                    names: Sequence[Sequence[str]] | None = None,
                    role_of: RoleOf | None = None) -> list[Translated]:
    """Translate texts sentence by sentence in one engine batch, protecting spans.

    ``names[i]`` are the person names to keep in ``texts[i]`` (an event's speakers,
    participants and tagged persons). An engine with a true ``proper_noun_marks`` gets
    proper nouns and numbers for placeholders (``word_marks``). ``role_of`` writes a role in
    the target language (``titles.role_fr``): a role right before a name is kept with it.
    """
    words = bool(getattr(engine, "proper_noun_marks", False))
    # (text index, source, sep, protected, names pattern)
    units: list[tuple[int, str, str, Protected, re.Pattern[str] | None]] = []
    cache: dict[tuple[str, ...], tuple[re.Pattern[str] | None, frozenset[str]]] = {}
    for i, text in enumerate(said_again(texts) if words and src == "en" else texts):
        key = tuple(names[i]) if names else ()
        if key not in cache:
            cache[key] = (_names_regex(name_variants(key)),
                          frozenset(name_variants(n for n in key if likely_female(n))))
        names_re, female = cache[key]
        for sentence, sep in (piece for whole, end in split_text(text)
                              for piece in quoted_sentences(whole, end)):
            for chunk_no, chunk in enumerate(chunks(sentence)):
                joint = sep if chunk_no == len(chunks(sentence)) - 1 else " "
                units.append((i, chunk, joint, protect(chunk, names_re=names_re, dst=dst,
                                                       words=words, female=female,
                                                       role_of=role_of), names_re))
    todo = [k for k, u in enumerate(units) if u[1].strip()]
    raw = engine.translate([units[k][3].text for k in todo], src, dst) if todo else []
    french = words and dst == "fr"
    result = _settle({k: (units[k][1], units[k][3]) for k in todo}, raw, french)
    if words:  # a sentence whose placeholder the engine split goes again with Zq<n>x
        again = {k: (units[k][1], protect(units[k][1], names_re=units[k][4], dst=dst,
                                                  role_of=role_of))
                 for k in todo if k not in result}
        if again:
            result.update(_settle(again, engine.translate(
                [p.text for _, p in again.values()], src, dst), french))
    if french and result:  # "est en train de faire" -> "fait", in one batch; "de les" -> "des"
        keys = list(result)
        result.update(zip(keys, contract_texts(simple_tense([result[k] for k in keys])),
                          strict=True))
        # *they* whose antecedent is in the sentence before, in the same paragraph
        keys = [k for k in keys if k - 1 in result and units[k - 1][0] == units[k][0]]
        result.update(zip(keys, they_across([units[k][1] for k in keys],
                                            [result[k] for k in keys],
                                            [result[k - 1] for k in keys]), strict=True))
        result = {k: proofread(t) for k, t in result.items()}  # a grammar checker's, last
    pieces: list[list[str]] = [[] for _ in texts]
    counts = [[0, 0] for _ in texts]
    for k, (i, source, sep, _, _) in enumerate(units):
        if source.strip():
            counts[i][0] += 1
            if k not in result:
                counts[i][1] += 1
        pieces[i].append(result.get(k, source) + sep)
    return [Translated("".join(p), c[0], c[1]) for p, c in zip(pieces, counts, strict=True)]
