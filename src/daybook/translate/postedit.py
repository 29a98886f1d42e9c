"""Post-edit of the offline engine: systematic errors of Apertium's Catalan pivot.

Two passes, each one compiled regular expression per rule family over the text, no engine
call:

- ``pivot`` rewrites the Catalan text between ``eng-cat`` and ``cat-fra``: words eng-cat
  writes that cat-fra does not know or reads in a wrong sense ("gruar" for *wish*,
  "arrapat" for *held*, "pòlissa" for *policy*: insurance policy), and "en" before a
  place name ("en Síria": cat-fra writes "dans la Syrie"; standard Catalan "a Síria" it
  writes "en Syrie"). cat-fra then inflects and agrees the result itself.
- ``french`` edits the French: cat-fra's misspellings ("técnologique", "globals"), a
  plenary session ("séance de plenier" -> "séance plénière"), and the preposition of a
  country or continent ("dans la Syrie" -> "en Syrie", "de Kirghizistan" -> "du
  Kirghizistan", "à Japon" -> "au Japon"), with the article and gender of each from CLDR
  (Babel) as ``places.gazetteer`` reads it.

The word tables are ``data/postedit_fr.json`` (general knowledge of Catalan and French, the
errors found on the tuning paragraphs: even page ids). Placeholders (``Zq0x``), digits and
names are never touched: the rules match lower-case words of the tables, country names of
CLDR (kept as they are, only the preposition before them changes) and function words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from daybook.translate.allof import catalan_clitics
from daybook.translate.aux_forms import AVOIR, ETRE_PRESENT, THIRD, alternation, avoir, etre

# Words after a country that show it ends its noun phrase ("dans la Russie moderne" and
# "dans la Russie d'aujourd'hui" keep their article).
_FOLLOW = (r"(?=\s*(?:[.,;:!?)»”]|$|(?:et|ou|mais|à|au|aux|en|pour|avec|par|sur|sous|entre|"
           r"depuis|pendant|dans|qui|que|où|ainsi|aussi|comme|contre|vers|lors|est|sont|a|"
           r"ont|était|étaient|sera|seront|il|ils|nous|on|se|ne|afin|après|avant|cette|ce|"
           r"ces|les|le|la|un|une)(?![\w’'-])))")
_CONTINENTS = ("002", "142", "150", "009", "419", "005", "003", "013", "143")
_VOWEL = "AEIOUYÉÈÊÂÎÔÛH"
# Catalan "en" before a place name: "a" is the locative preposition cat-fra reads.
_CA_IN = re.compile(r"(?<![\w#@*’'-])(en|En) (?=[A-ZÀÈÉÍÒÓÚÇ][\w·]*(?![\w#@*]))")


@cache
def _data() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(resources.files("daybook.data").joinpath(
        "postedit_fr.json").read_text("utf-8"))
    return raw


def _upper_first(word: str) -> str:
    return word[:1].upper() + word[1:]


def _word_rule(table: Mapping[str, str]) -> Callable[[str], str]:
    """A function replacing each word of ``table`` (its lower-case and capitalised forms),
    in one pass; a word with an unknown-word mark before it is left alone."""
    forms: dict[str, str] = {}
    for key, value in table.items():
        if key.startswith("_"):
            continue
        forms[key] = value
        forms[_upper_first(key)] = _upper_first(value)
    alts = "|".join(re.escape(k) for k in sorted(forms, key=lambda k: (-len(k), k)))
    pattern = re.compile(rf"(?<![\w#@*])(?:{alts})(?![\w])")

    def apply(text: str) -> str:
        return pattern.sub(lambda m: forms[m.group(0)], text)

    return apply


@cache
def _catalan_words() -> Callable[[str], str]:
    return _word_rule(_data()["catalan_words"])


@cache
def _french_words() -> Callable[[str], str]:
    return _word_rule(_data()["french_words"])


# "trobar(-se) amb" is no Catalan for "meet with": "reunir-se amb" (se réunir avec; cat-fra
# wrote "trouvé avec", "s'est trouvé avec").
_CA_MEET = re.compile(r"(?<![\w-])(?:(es|Es) )?(va|van) trobar amb(?![\w-])")


def _catalan_meet(text: str) -> str:
    return _CA_MEET.sub(lambda m: f"{m.group(1) or 'es'} {m.group(2)} reunir amb", text)


# "a working meeting", "the working group": eng-cat reads "working" as a participle or as
# "feiner" (a working day) and "meeting" as a verb ("un feiner trobar-se", "el treballant
# el grup", "treballant aplecs"); Catalan says "una reunió de treball", "el grup de treball".
_CA_WORK_NOUNS = {"grup": ("grup", ""), "grups": ("grups", "p"), "aplec": ("reunió", "f"),
                  "aplecs": ("reunions", "fp"), "trobar-se": ("reunió", "f"),
                  "conèixer": ("reunió", "f"), "reunió": ("reunió", "f"),
                  "reunions": ("reunions", "fp"), "visita": ("visita", "f"),
                  "visites": ("visites", "fp")}
_CA_WORK = re.compile(r"(?<![\w#@*'-])(?:(un|el|els|Un|El|Els) )?(treballant|Treballant|feiner)"
                      r" (?:(el|els) )?#?(" + "|".join(map(re.escape, _CA_WORK_NOUNS))
                      + r")(?![\w-])")
_CA_ARTICLE = {("un", "f"): "una", ("el", "f"): "la", ("els", "fp"): "les",
               ("els", "f"): "la", ("el", "fp"): "les"}


def _catalan_working(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        noun, kind = _CA_WORK_NOUNS[m.group(4)]
        article = m.group(1) or m.group(3) or ""
        art = _CA_ARTICLE.get((article.lower(), kind), article.lower())
        out = f"{art} {noun} de treball".strip()
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    return _CA_WORK.sub(fix, text)


def pivot(mode: str, lines: Sequence[str]) -> list[str]:
    """Pivot text about to go through ``mode`` with the pivot's known errors fixed
    (Catalan before ``cat-fra``; other modes unchanged)."""
    if not mode.startswith("cat-"):
        return list(lines)
    words, into = _catalan_words(), _catalan_in()
    out = []
    for line in lines:
        line = words(line)
        for pattern, repl in _phrases("catalan_phrases"):
            line = pattern.sub(repl, line)
        out.append(catalan_clitics(_catalan_working(_catalan_meet(into(line)))))
    return out


@cache
def _catalan_in() -> Callable[[str], str]:
    """"en" before a place name -> the locative Catalan writes and cat-fra reads: "a Síria"
    (en Syrie), "al Brasil" (au Brésil), "als Països Baixos" (aux Pays-Bas), and "de
    Brasil" -> "del Brasil" (cat-fra knows the country with its article); before a
    country French writes "en l'..." ("en Afganistan") it is left to ``french``. Catalan
    names from CLDR (Babel), their French article from ``_places``."""
    from babel import Locale

    ca: dict[str, str] = dict(Locale("ca").territories)
    fr: dict[str, str] = dict(Locale("fr").territories)
    places = _places()
    article = {ca[code]: places[fr[code]] for code in ca
               if len(code) == 2 and code in fr and fr[code] in places}
    keep = {n for n, a in article.items() if a == "le" and n[:1] in _VOWEL + "À"}
    names = "|".join(re.escape(n) for n in sorted(article, key=lambda n: (-len(n), n)))
    country = re.compile(rf"(?<![\w#@*’'-])(en|En|de) ({names})(?![\w#@*-])")

    def fix(m: re.Match[str]) -> str:
        name, art = m.group(2), article[m.group(2)]
        if m.group(1) == "de":  # "de Brasil" -> "del Brasil" (du Brésil)
            prep = {"le": "del", "les": "dels"}.get(art, "de") if name not in keep else "de"
            return f"{prep} {name}"
        if name in keep:
            return m.group(0)
        prep = {"le": "al", "les": "als"}.get(art, "a")
        return f"{_upper_first(prep) if m.group(1) == 'En' else prep} {name}"

    def apply(text: str) -> str:
        text = country.sub(fix, text)

        def plain(m: re.Match[str]) -> str:
            if country.match(text, m.start()):  # "en Afganistan": left to ``french``
                return m.group(0)
            return "a " if m.group(1) == "en" else "A "

        return _CA_IN.sub(plain, text)

    return apply


@cache
def _places() -> dict[str, str]:
    """French country and continent name -> its article ("la", "le", "les", "" for none),
    from CLDR (Babel) through the gazetteer."""
    from babel import Locale

    from daybook.translate.places import gazetteer

    out = {fr: article for article, fr in gazetteer().countries.values()}
    territories = Locale("fr").territories
    for code in _CONTINENTS:
        if code in territories:
            out.setdefault(territories[code], "la")
    return out


def _preposition(name: str, article: str) -> str:
    """The locative preposition French uses before a country: en Syrie, en Iran (a vowel),
    au Brésil, aux États-Unis, à Cuba."""
    if article == "les":
        return "aux"
    if article == "la" or (article == "le" and name[:1] in _VOWEL):
        return "en"
    return "au" if article == "le" else "à"


@cache
def _country_rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    places = _places()
    names = "|".join(re.escape(n) for n in sorted(places, key=lambda n: (-len(n), n)))
    name = rf"(?P<name>{names})(?![\w-])"
    # "dans la Syrie" -> "en Syrie" (the noun phrase ends there).
    inside = re.compile(rf"(?<![\w-])(?P<prep>dans|Dans) (?P<art>la |le |les |l'|l’){name}"
                        + _FOLLOW)
    # "de Kirghizistan" -> "du Kirghizistan", "à Japon" -> "au Japon", "en Brésil" -> "au".
    bare = re.compile(rf"(?<![\w-])(?P<prep>de|De|à|À|en|En) {name}")
    # "le capital du Pérou" (money) -> "la capitale du Pérou" (a city).
    capital = re.compile(rf"(?<![\w-])(?P<art>le|Le) capital (?=(?:du |de |des |d'|d’)"
                         rf"(?:la |l'|l’)?(?:{names})(?![\w-]))")
    return inside, bare, capital, places


def _countries(text: str) -> str:
    inside, bare, capital, places = _country_rules()

    def fix_inside(m: re.Match[str]) -> str:
        name, art = m.group("name"), m.group("art").strip()
        article = places[name]
        if art not in (article, "l'", "l’") or (art in ("l'", "l’")) != (
                article in ("la", "le") and name[:1] in _VOWEL):
            return m.group(0)
        prep = _preposition(name, article)
        return f"{_upper_first(prep) if m.group('prep')[0] == 'D' else prep} {name}"

    def fix_bare(m: re.Match[str]) -> str:
        name, prep = m.group("name"), m.group("prep")
        article = places[name]
        if article == "les":
            new = "des" if prep.lower() == "de" else "aux"
        elif article == "le" and name[:1] not in _VOWEL:
            new = "du" if prep.lower() == "de" else "au"
        else:
            return m.group(0)
        return f"{_upper_first(new) if prep[0].isupper() else new} {name}"

    text = inside.sub(fix_inside, text)
    text = bare.sub(fix_bare, text)
    return capital.sub(lambda m: ("La" if m.group("art") == "Le" else "la") + " capitale ",
                       text)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# "XIXe siècle", "XXe et XXIe siècles": Apertium writes centuries in Roman numerals, and a
# sentence whose translation lost the source's digits ("19th") is kept in English.
_CENTURIES = re.compile(r"(?<![\w-])[IVXLC]+e(?:(?: et | ou |-| à )[IVXLC]+e)* siècles?(?![\w])")
_ROMAN_ORDINAL = re.compile(r"(?<![\w])([IVXLC]+)e(?![\w])")


def _arabic(roman: str) -> int:
    values = [_ROMAN[c] for c in roman]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def _centuries(text: str) -> str:
    """"XIXe siècle" -> "19e siècle" (the figure of the source, as French also writes it)."""
    return _CENTURIES.sub(lambda m: _ROMAN_ORDINAL.sub(
        lambda r: f"{_arabic(r.group(1))}e", m.group(0)), text)


@cache
def _phrases(table: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(a), b) for a, b in _data()[table]["rules"])


@cache
def _spelling() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(a), b) for a, b in _data()["french_spelling"]["edits"])


_LOWER_WORD = re.compile(r"(?<![\w#@*’'-])[a-zàâçéèêëîïôûùüÿœæ]{4,}(?![\w’'-])")


def _respell(text: str, known: frozenset[str]) -> str:
    """A lower-case word no French word list (``known``) has, respelt when one edit gives a
    listed word ("globals" -> "globaux", "appuyerons" -> "appuierons")."""
    if not known:
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in known:
            return word
        for pattern, repl in _spelling():
            new = pattern.sub(repl, word, count=1)
            if new != word and new in known:
                return new
        return word

    return _LOWER_WORD.sub(fix, text)


# An adverb before the auxiliary or the modal, in English order ("aussi a parlé",
# "toujours a été", "hautement a loué"): French puts it after ("a aussi parlé"). Not opening
# a sentence ("Aussi, ..." is *therefore*), nor a noun in -ment after a determiner ("le
# gouvernement a").
# Not the second person singular ("as", "es": nouns too); "avoir" in the present and the
# imperfect, "être" in the present and the third person of the other tenses, and the modals.
_NOT_TU = ("1sg", "3sg", "1pl", "2pl", "3pl")
_AUX = avoir("present", persons=_NOT_TU) | avoir("imperfect", persons=_NOT_TU[1:]) | etre(
    "present", persons=_NOT_TU) | etre("imperfect", "future", "conditional", persons=THIRD) | {
    "peut", "peuvent", "doit", "doivent", "devrait", "devraient", "pourrait", "pourraient",
    "pourrons", "devons", "devez", "pouvons", "pouvez", "voudrais", "voudrions"}
_ADVERB_AUX = re.compile(
    r"(?<=[a-zà-ÿ’'\d,)] )(?<!(?i:le) )(?<!(?i:la) )(?<!(?i:un) )(?<!(?i:du) )(?<!(?i:au) )"
    r"(?<!(?i:ce) )(?<!(?i:de) )(?<!(?i:les) )(?<!(?i:des) )(?<!(?i:une) )(?<!(?i:aux) )"
    r"(?<!(?i:son) )(?<!(?i:cet) )(?<![’'])(?<!pas )(?<!plus )"
    r"(aussi|toujours|déjà|jamais|encore|souvent|également|[a-zéèê]+(?:ement|amment|emment))"
    r" (" + alternation(_AUX) + r")(?= [a-zà-ÿ])")
_NOT_ADVERBS = frozenset(("gouvernement", "moment", "événement", "développement", "mouvement",
                          "comportement", "département", "parlement", "règlement",
                          "financement", "traitement", "investissement", "enseignement",
                          "équipement", "établissement", "engagement", "changement",
                          "renforcement", "fonctionnement", "logement", "environnement",
                          "élément", "agrément", "armement", "commencement", "jugement"))
# "Aussi je voudrais" (*I would also like*) -> "Je voudrais aussi".
_ALSO_I = re.compile(r"(?:^|(?<=[.!?“«] ))Aussi [Jj]e voudrais(?= )")


# "ont signé déjà" (the engine's place for *already* after a compound tense's participle):
# French puts it between the auxiliary and the participle.
_DEJA_AFTER = re.compile(
    r"(?<![\w-])(" + alternation(AVOIR | ETRE_PRESENT | {"été"})
    + r") ([a-zà-ÿ]+(?:ée?s?|ie?s?|ise?s?|ite?s?|ue?s?|erte?s?|ainte?s?|einte?s?|"
    r"aite?s?|uite?s?)) déjà(?![\w’'-])")


def _adverbs(text: str) -> str:
    text = _DEJA_AFTER.sub(r"\1 déjà \2", text)
    text = _ALSO_I.sub("Je voudrais aussi", text)
    return _ADVERB_AUX.sub(lambda m: m.group(0) if m.group(1) in _NOT_ADVERBS
                           else f"{m.group(2)} {m.group(1)}", text)


# A subject pronoun written twice ("Je je vous ai parlé": the English speaker's repeated
# *I*, or the pivot's pronoun given back beside the engine's own); French never doubles
# these ("nous nous", "vous vous" are a subject and its reflexive: left).
_DOUBLED_SUBJECT = re.compile(r"(?<![\w’'-])(je|il|elle|ils|elles|on|Je|Il|Elle|Ils|Elles|On)"
                              r",? (?i:\1)(?![\w’'-])")


def french(text: str, lang: str = "fr", known: frozenset[str] = frozenset()) -> str:
    """``text`` (an engine's French) with the pivot's systematic errors fixed; other
    languages unchanged. ``known``: the French word list (Debian's wfrench, as the engine
    reads it) for respelling; none, no respelling."""
    if lang != "fr" or not text:
        return text
    text = _centuries(text)
    for pattern, repl in _phrases("french_phrases"):
        text = pattern.sub(repl, text)
    text = _french_words()(text)
    text = _adverbs(_countries(text).replace("etc..", "etc."))
    text = _DOUBLED_SUBJECT.sub(r"\1", text)
    return _respell(text, known)
