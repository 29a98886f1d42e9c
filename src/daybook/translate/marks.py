"""Placeholders an engine reads as words, and the French around them.

For Apertium a placeholder ``Zq0x`` is an unknown word where a proper noun stood: "Zq0x
wished Zq1x" came out "Zq0x gruat Zq1x" (no tense), "Zq0x had" as "Zq0x il a eu" (a pronoun
of its own), "Zq0x's role" as "Zq0xha fonction". ``word_marks`` gives names its analysers
read as proper nouns instead; ``of_possessive`` and ``clause_comma`` rewrite the two
constructions Apertium still misreads after a name; ``date_fr`` puts dates in French whole;
``in_places`` puts the preposition of a place right after translation. ``protect`` uses them
for an engine with ``proper_noun_marks``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib import resources

from daybook.translate.processes import word_readings

# A figure: digits with thousand/decimal/clock separators, not glued to letters
# ("3rd" and "G20" stay as they are: engines keep their digits).
NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,:/]\d+)*(?![\w])")
DIGITS = re.compile(r"\d+")
VOWELS = frozenset("AEIOUÉÈÊÎÔÂaeiouéèêîôâ")
_WORDS = re.compile(r"\w+")

# Placeholders for an engine that reads words (``word_marks``): names that Apertium's
# English analyser (eng-cat) and its Catalan one (cat-fra) both read as proper nouns of one
# kind only, passed unchanged as subject, object, after "with", "of", "and", in lists and
# possessives (tests/translate/test_protect_marks.py checks every one). None is a French,
# Catalan or Spanish word or starts with a vowel (no elision to undo). A family name
# (<np><cog>) is not among them: cat-fra left "Perkins i Cornelius" with Catalan "i".
NAME_MARKS = {
    # Given names, <np><ant>, a man's and a woman's.
    "m": ("Conner", "Reginald", "Grady", "Lucian", "Linus", "Desmond", "Cedric", "Lionel",
          "Winston", "Quentin"),
    "f": ("Gillian", "Bridget", "Colleen", "Kelsey", "Kristin", "Melinda", "Mildred",
          "Gretchen", "Thelma", "Geraldine", "Priscilla", "Jillian", "Rosemary", "Darlene",
          "Roxanne", "Sybil", "Bethany", "Felicity", "Janice", "Kathryn", "Daphne", "Lillian",
          "Madeline", "Mallory", "Marissa", "Kendra", "Jeanette", "Candace", "Sheryl",
          "Rebekah", "Delilah", "Gwyneth", "Lottie"),
    # The second word of a full name: "Minister of Labour and Social Protection Conner"
    # read "Protection Conner" as a second subject ("ont présenté"); "Conner Garfield" is
    # one man.
    "c": ("Garfield", "Nathaniel", "Kristian", "Bernd", "Kurtis", "Patric", "Maximilian",
          "Raffaele", "Chaim", "Ralf"),
    # Brand names (<np><al>) for codes and quoted titles: "the G20 leaders" -> "the Netflix
    # leaders" -> "les patrons de Netflix"; a given name there was read as a title.
    "n": ("Netflix", "Nintendo", "Photoshop", "Pepsi", "Motorola", "Nvidia", "Xbox", "Yamaha",
          "Nokia", "Linux", "Yahoo"),
    # Places (``textplaces``): toponyms both analysers know and pass unchanged, masculine
    # ("t") and feminine ("u") for the agreement. A given name there lost the tense ("the
    # governor of Conner reported": "de Conner rapporté"); "of Toronto reported" keeps it.
    "t": ("Toronto", "Chicago", "Denver", "Boston", "Houston", "Dallas", "Nairobi", "Portland",
          "Seattle", "Miami"),
    "u": ("Tampa", "Luanda", "Canberra", "Kampala", "Dakota"),
}
_FALLBACK = {"t": ("u",), "u": ("t",)}
NUMBER_MARK_BASE = 7001  # figures go as 7001, 7002, ...: a number the engine reads as one

# "after January 1, 2020": the engine reads "gener 1" as no date ("après 1 degener de
# 2020"); French writes "après le 1er janvier 2020".
MONTHS_FR = {"January": "janvier", "February": "février", "March": "mars", "April": "avril",
              "May": "mai", "June": "juin", "July": "juillet", "August": "août",
              "September": "septembre", "October": "octobre", "November": "novembre",
              "December": "décembre"}
# A day ("on May 9" -> "le 9 mai"), a month ("in May 2014": "dedans peut 2014" -> "en mai
# 2014"), a year ("in 2019": "dans 2019" -> "en 2019").
_DATE_PREP_FR = {"on": "le ", "after": "après le ", "before": "avant le ", "in": "le ",
                 "since": "depuis le ", "until": "jusqu'au ", "till": "jusqu'au ",
                 "by": "d'ici le ", "from": "à partir du "}
_MONTH_PREP_FR = {"on": "en ", "after": "après ", "before": "avant ", "in": "en ",
                  "since": "depuis ", "until": "jusqu'en ", "till": "jusqu'en ",
                  "by": "d'ici ", "from": "à partir de "}
DATE = re.compile(r"(?<![\w-])(?:(" + "|".join(_DATE_PREP_FR) + r")\s+)?("
                   + "|".join(MONTHS_FR) + r")\s+(?:(\d{1,2})(?:,\s*(\d{4}))?|(\d{4}))"
                   r"(?![\w-]|[.,:/–]\d)|(?<![\w-])(in)\s+(1[89]\d\d|20\d\d)(?![\w–-]|[.,:/]\d)",
                   re.IGNORECASE)


def word_marks(text: str, spans: Sequence[str], kinds: Sequence[str]) -> tuple[str, ...]:
    """A placeholder for each span of ``kinds`` ("m", "f": a given name of that gender;
    "mm", "ff": the same and a family name; "n": a brand name; "number": the figure itself
    when its digit runs are nowhere else in ``text``, so that "June 15" reads as a date,
    else a number of its own), none of them a word or a digit run of ``text``; Zq<n>x when
    a pool runs out."""
    used = {w.casefold() for w in _WORDS.findall(text)}
    runs = Counter(DIGITS.findall(text))
    free = {g: [m for m in pool if m.casefold() not in used] for g, pool in NAME_MARKS.items()}
    number = NUMBER_MARK_BASE
    out: list[str] = []
    for n, (span, kind) in enumerate(zip(spans, kinds, strict=True)):
        if kind == "number" and NUMBER.fullmatch(span) and all(
                runs[d] == 1 for d in DIGITS.findall(span)):
            out.append(span)
        elif kind == "number":
            while str(number) in used:
                number += 1
            out.append(str(number))
            number += 1
        else:
            pool = free[kind[0]] or next(
                (free[k] for k in _FALLBACK.get(kind, ("m", "f")) if free[k]), [])
            if not pool or (len(kind) == 2 and not free["c"]):
                out.append(f"Zq{n}x")
            else:
                out.append(pool.pop(0) + (" " + free["c"].pop(0) if len(kind) == 2 else ""))
    return tuple(out)


def date_fr(m: re.Match[str]) -> str | None:
    """ "after January 1, 2020" -> "après le 1er janvier 2020", "in May 2014" -> "en mai
    2014", "in 2019" -> "en 2019"; None for no date ("may 9", "June 45")."""
    prep, month, day, year = m.group(1), m.group(2), m.group(3), m.group(4) or m.group(5)
    if m.group(6):  # "in 2019"
        prep, fr = m.group(6), m.group(7)
    elif month[:1].islower() or (day is not None and not 1 <= int(day) <= 31):
        return None
    elif day is None:
        fr = f"{MONTHS_FR[month.capitalize()]} {year}"
    else:
        fr = f"{'1er' if day == '1' else day} {MONTHS_FR[month.capitalize()]}" + (
            f" {year}" if year else "")
    if prep:
        lead = (_DATE_PREP_FR if day else _MONTH_PREP_FR)[prep.lower()]
        fr = (lead[:1].upper() + lead[1:] if prep[:1].isupper() else lead) + fr
    return fr


# A possessive after a placeholder: "Lucian's proposals and Conner's visit" came back as
# "les propositions et Le Conner de Lucian visite", "and Conner's wife" as "et *Connerhan la
# femme": it goes as "the visit of Conner" when the possessed noun phrase (one to three
# words) visibly ends.
_TITLES = ("Mr", "Mrs", "Ms", "Dr", "President", "Prime Minister", "Chancellor", "Minister",
           "Governor", "Mayor", "King", "Queen", "Prince", "Patriarch", "Emperor", "Pope")
_STOPS = frozenset((
    "and", "or", "but", "nor", "in", "on", "at", "to", "for", "with", "of", "from", "by",
    "as", "about", "into", "over", "under", "between", "among", "during", "after", "before",
    "since", "until", "against", "through", "within", "without", "towards", "toward",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "that", "which", "who", "whose", "whom", "when",
    "where", "while", "if", "than", "the", "a", "an", "this", "these", "those", "its", "it",
    "his", "her", "their", "our", "my", "your", "he", "she", "they", "we", "you", "i"))


_NEXT_WORD = re.compile(r"([\w-]+)( |(?=[^\w -])|$)")
_FOLLOWING = re.compile(r" ?(?:[\w-]+(?: [\w-]+)?)?")  # the two words after, if no punctuation


def of_possessive(text: str, marks: Sequence[str]) -> str:
    """ "Conner's visit." -> "the visit of Conner." for placeholders ``marks``; owners
    joined by commas and "and", each with *'s* ("Tampa's and Toronto's interests"), own
    the phrase together: "the interests of Tampa and Toronto"."""
    if not marks or ("'s " not in text and "’s " not in text):
        return text
    alts = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    titles = "|".join(map(re.escape, _TITLES))
    one = rf"(?:(?:{titles}) )?(?:{alts})"
    owner_re = re.compile(rf"(?<![\w-])((?:{one}['’]s(?:, | and ))*{one})['’]s (?=[a-z])")
    out, last = [], 0
    for m in owner_re.finditer(text):
        if m.start() < last:
            continue
        phrase: list[str] = []
        starts: list[int] = []
        end, pos = None, m.end()
        for w in _NEXT_WORD.finditer(text, m.end()):
            if w.start() != pos or len(phrase) > 3:
                break
            word, after = w.group(1), w.group(2)
            if word.lower() in _STOPS:
                end = pos if phrase else None  # the phrase ends before a function word
                break
            if not word[:1].islower():
                break
            phrase.append(word)
            starts.append(w.start())
            pos = w.end()
            if after != " ":
                end = pos  # punctuation or the end of the text
                break
        tail = _FOLLOWING.match(text, pos)
        cut = _verb_after(phrase, tail.group(0).split() if tail else ())
        if cut:  # "interests coincide", "position remains unchanged": the verb stays
            phrase, end = phrase[:cut], starts[cut]
        if end is None or not phrase or len(phrase) > 3 or (
                len(phrase) > 1 and phrase[-1].endswith("ed")):  # "wife arrived."
            continue
        before = text[:m.start()].rstrip()
        lead = "The" if not before or before[-1] in ".!?“\"(" else "the"
        gap = " " if text[end - 1:end] == " " else ""
        owners = re.sub(r"['’]s(?=, | and )", "", m.group(1))
        out.append(text[last:m.start()] + f"{lead} {' '.join(phrase)} of {owners}{gap}")
        last = end
    return "".join(out) + text[last:]


def _verb_after(phrase: Sequence[str], following: Sequence[str] = ()) -> int:
    """The index of the first word after the phrase's first that only a verb, an adverb or
    a preposition can be (the clause's verb: "interests coincide", "wife arrived"; "security
    along its borders"), or that can be a verb of the third person singular after a singular
    noun and before a word only an adjective or a determiner can be, an adverb aside
    ("position remains unchanged", "plan remains the same", "legacy remains highly
    relevant"), else 0; a number stays ("top three regions"), and
    so does a compound before a verb or preposition ("trade talks continue", "with")."""
    words = [*phrase, *following]
    readings = word_readings(words)
    for i, word in enumerate(phrase[1:], 1):
        found = readings.get(word, ())
        if found and all(any(t in r for t in ("<vb", "<adv>", "<pr>")) for r in found):
            return i
        after = words[i + 1] if i + 1 < len(words) else ""
        if _adverb(readings.get(after, ())) and i + 2 < len(words):
            after = words[i + 2]  # "remains highly relevant": the adjective after the adverb
        if (any("<pres><p3><sg>" in r for r in found)
                and _singular_noun(readings.get(phrase[i - 1], ()))
                and _closes(readings.get(after, ()))):
            return i
    return 0


def _adverb(found: Sequence[str]) -> bool:
    """A word only an adverb can be ("highly", "very")."""
    return bool(found) and all("<adv>" in r or "<preadv>" in r for r in found)


def _singular_noun(found: Sequence[str]) -> bool:
    """A word that can be a singular noun, or one the analyser does not know ("stance")."""
    return not found or any("<n><sg>" in r for r in found)


def _closes(found: Sequence[str]) -> bool:
    """A word that can be an adjective and is no verb or adverb ("unchanged", "stable"), or
    only a determiner ("the", "its"): after a noun that can be a verb, it shows the verb
    ("remains unchanged"); an adverb does not ("talks also include", "exports only grew")."""
    return bool(found) and all(any(t in r for t in ("<adj", "<det>", "<preadv>", "<n>"))
                               for r in found) and any(
        "<adj" in r or "<det>" in r or "<preadv>" in r for r in found)


_SINGULAR_VERB = ("has", "is", "was", "says", "does", "remains", "will", "can")


def clause_comma(text: str, marks: Sequence[str]) -> str:
    """ "the plan and Lucian has approved it": Apertium reads "plan and Lucian" as one
    subject ("ont approuvé"); a verb in the singular shows a new clause begins: "the plan,
    and Lucian has approved it" ("a approuvé")."""
    if not marks or " and " not in text:
        return text
    alts = "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))
    verbs = "|".join(_SINGULAR_VERB)
    return re.sub(rf"(\b[a-z]\w*) and (?=(?:{alts}) (?:{verbs})\b)", r"\1, and ", text)


@cache
def _places_in() -> tuple[re.Pattern[str], frozenset[str]]:
    """Cities of the gazetteer (English and French forms), which French is "à" in, and the
    Kremlin ("au"). Countries are ``postedit``'s ("en Syrie", "au Japon")."""
    from daybook.translate.places import gazetteer

    g = gazetteer()
    raw = json.loads(resources.files("daybook.data").joinpath("places_fr.json")
                     .read_text("utf-8"))
    skip = set(raw["landmarks"]) | set(raw["landmarks"].values()) | set(g.regions) | set(
        g.countries) | {fr for _, fr in g.countries.values()}
    cities = {name for en, fr in g.places.items() if "," not in fr and fr[:1].isupper()
              and not en.startswith("the ") and en not in skip and fr not in skip
              for name in (en, fr)}
    keys = sorted(cities | {"Kremlin"}, key=lambda k: (-len(k), k))
    return re.compile(r"(?<![\w-])([Dd]ans) (le |l')?(" + "|".join(map(re.escape, keys))
                      + r")(?![\w-])"), frozenset(cities)


_ELIDE_NAME = re.compile(r"(?<![\w'’-])([Dd]e|[Qq]ue) (?=[AEIOUÉÈÊÂÎÔ][a-zà-ÿ])")


def in_places(text: str) -> str:
    """ "dans Moscou", "dans le Kremlin" (Apertium's "in") -> "à Moscou", "au Kremlin"; "de
    Olya" (a name the engine passed) -> "d'Olya"."""
    text = _ELIDE_NAME.sub(lambda m: m.group(1)[:-1] + "'", text)
    if "ans " not in text:
        return text
    pattern, cities = _places_in()

    def fix(m: re.Match[str]) -> str:
        place = m.group(3)
        if (place in cities) == bool(m.group(2)):  # "dans le Moscou"? "dans Kremlin"?
            return m.group(0)
        prep = "à" if place in cities else "au"
        return (prep.capitalize() if m.group(1)[0] == "D" else prep) + " " + place

    return pattern.sub(fix, text)


# "Mr" and "Mrs" pass Apertium as written: French writes "M." and "Mme" before a name, and
# "Monsieur le Président" in an address.
_TITLES_FR = ((re.compile(r"(?<![\w-])Mr\.? (?:[Ll]e )?[Pp]résident\b"), "Monsieur le Président"),
              (re.compile(r"(?<![\w-])Mr\.? (?=[A-ZÀ-Ý]|(?:le |l’)[A-ZÀ-Ý])"), "M. "),
              (re.compile(r"(?<![\w-])M(?:rs|s)\.? (?=[A-ZÀ-Ý])"), "Mme "))


def titles_fr(text: str) -> str:
    """ "Mr Jarkov" -> "M. Jarkov", "Mrs Merkel" -> "Mme Merkel"."""
    if "M" not in text:
        return text
    for pattern, french in _TITLES_FR:
        text = pattern.sub(french, text)
    return text


def digit_runs(text: str) -> Counter[str]:
    return Counter(DIGITS.findall(text))


def keeps_figures(source: str, translation: str) -> bool:
    """Every digit run of the source is in the translation, as often."""
    have = digit_runs(translation)
    return all(have[d] >= n for d, n in digit_runs(source).items())
