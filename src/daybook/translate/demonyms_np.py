"""Country adjectives in body text: pairs ("Russian-Austrian relations"), the ones the
engine does not know ("Kyrgyz partners") and half a country's ("South Korean companies":
"les entreprises sud-coréennes", not "Coréen du sud les entreprises").

Apertium reads "Russian-Austrian relations" as two words around a dash ("Russe-les relations
autrichiennes") and leaves "Kyrgyz", "Tajik", "Saudi", "Turkmen" in English ("parlé environ
Kyrgyz liens"). French writes a pair with the first country's combining form and the second
country's adjective, agreed with the noun ("les relations russo-autrichiennes", "la frontière
tadjiko-afghane"). Before the engine (``preedit_np``) such an adjective becomes one the engine
knows and places and agrees well, a stand-in ("Uruguayan relations" -> "les relations
uruguayennes"); after it (``postedit_np``) the stand-in's French, whose ending tells the gender
and number, is written as the real one ("russo-autrichiennes", "kirghizes").

Combining forms: French usage (Wiktionary's French prefixes: russo-, sino-, franco-,
germano-, anglo-, italo-, nippo-, indo-, turco-, irano-...), and the ones the titles already
use (``named_fr.json``); a pair with no combining form for either side is left to the
engine. Adjectives: the titles' demonyms (``title_vocab``) and a few of regions.
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate.french import feminine, feminine_plural, masculine_plural
from daybook.translate.marks import NAME_MARKS

# English demonym -> French combining form (general French usage).
_COMBINING = {
    "Russian": "russo", "Chinese": "sino", "French": "franco", "German": "germano",
    "English": "anglo", "British": "britannico", "Italian": "italo", "Japanese": "nippo",
    "Indian": "indo", "Austrian": "austro", "Turkish": "turco", "Iranian": "irano",
    "American": "américano", "Belarusian": "biélorusso", "Ukrainian": "ukraino",
    "Polish": "polono", "Spanish": "hispano", "Portuguese": "luso", "Greek": "gréco",
    "Serbian": "serbo", "Croatian": "croato", "Czech": "tchéco", "Hungarian": "hungaro",
    "Romanian": "roumano", "Bulgarian": "bulgaro", "Finnish": "finno", "Swedish": "suédo",
    "Danish": "dano", "Norwegian": "norvégo", "Dutch": "néerlando", "Belgian": "belgo",
    "Swiss": "helvético", "Irish": "irlando", "Israeli": "israélo", "Palestinian": "palestino",
    "Arab": "arabo", "Lebanese": "libano", "Syrian": "syro", "Egyptian": "égypto",
    "Iraqi": "irako", "Saudi": "saoudo", "Afghan": "afghano", "Pakistani": "pakistano",
    "Korean": "coréano", "Mongolian": "mongolo", "Armenian": "arméno", "Tajik": "tadjiko",
    "Tajikistani": "tadjiko", "Kyrgyz": "kirghizo", "Kyrgyzstani": "kirghizo",
    "Uzbek": "ouzbéko", "Uzbekistani": "ouzbéko", "Kazakh": "kazakho",
    "Kazakhstani": "kazakho", "Canadian": "canado", "Mexican": "mexicano", "Cuban": "cubano",
    "Argentine": "argentino", "African": "afro", "European": "euro", "Cypriot": "chypro",
    "Albanian": "albano", "Lithuanian": "lituano", "Estonian": "estono",
    "Algerian": "algéro", "Tunisian": "tuniso", "Sudanese": "soudano",
}
# Adjectives of regions and peoples the titles' demonyms do not hold, and forms they have
# for a title that body text writes otherwise.
_ADJECTIVES = {
    "African": "africain", "European": "européen", "Asian": "asiatique", "Arab": "arabe",
    "Eurasian": "eurasien", "Korean": "coréen", "English": "anglais",
}
# Feminines ``french.feminine`` does not make.
_FEMININE = {"ouzbek": "ouzbèke"}
# Demonyms the engine leaves in English or gives another sense ("Kyrgyz" kept, "Nigerian"
# "nigérien" of Niger, "Malaysian" "malais", "Bangladeshi" "de l'est pakistanais"): they go
# through the stand-in when alone too.
UNKNOWN_DEMONYMS = frozenset((
    "Tajik", "Tajikistani", "Kyrgyz", "Kyrgyzstani", "Uzbek", "Uzbekistani", "Kazakh",
    "Kazakhstani", "Turkmen", "Saudi", "Emirati", "Bahraini", "Yemeni", "Laotian",
    "Singaporean", "Malian", "Ugandan", "Zimbabwean", "Namibian", "Tanzanian", "Zambian",
    "Abkhazian", "Cambodian", "Bosnian", "Bangladeshi", "Ethiopian", "Malaysian", "Nigerian",
    "Dutch",
))
# Demonyms of half a country with *South*/*North* ("South Korean companies", "the North
# Korean side"), which the engine reads as a noun with "du sud" ("Coréen du sud les
# entreprises"): French writes one adjective, its first half invariable ("les entreprises
# sud-coréennes", "la partie nord-coréenne"; general usage, Petit Robert).
COMPASS = frozenset(("Korean", "African", "Sudanese"))
# Stand-ins: adjectives the engine knows, with four distinct forms (-en, -enne, -ens,
# -ennes), rare in the site's text; the first the text does not hold is taken.
_STAND_INS = (("Uruguayan", "uruguay"), ("Bolivian", "bolivi"), ("Paraguayan", "paraguay"))
# Before a noun of nationality ("les Kirghiz"); after a noun the engine's capital is an
# adjective's ("programme de coopération Uruguayen").
_DETERMINER = re.compile(r"(?<![\w’'-])(?:[Ll]es|[Ll]e|[Ll]a|[Dd]es|[Aa]ux|[Nn]os|[Vv]os|[Ll]eurs|"
                         r"[Cc]es|[Dd]eux|[Tt]rois|[Pp]lusieurs)$|[Ll]['’]$")
_GN = {"en": "ms", "enne": "fs", "ens": "mp", "ennes": "fp"}


@cache
def adjectives() -> dict[str, str]:
    """English demonym -> French adjective, masculine singular."""
    from daybook.translate.title_vocab import vocabulary

    return {**vocabulary().demonyms, **_ADJECTIVES}


@cache
def combining() -> dict[str, str]:
    from daybook.translate.named import table

    return {**_COMBINING, **table().combining}


def _alternatives(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _candidate() -> re.Pattern[str]:
    """A pair of demonyms or an unknown one, before a lower-case word (a noun, another
    adjective: not a name of its own, "Kyrgyz Republic", "Saudi Arabia") or the placeholder
    of a glossary phrase the pre-edit sees ("the Russian-Tajikistani Conner" for *strategic
    partnership*: the engine puts the stand-in after it, agreed, "du Conner uruguayen")."""
    known = [w for w in adjectives() if " " not in w and w.isalpha() and w[1:].islower()]
    things = _alternatives([*NAME_MARKS["m"], *NAME_MARKS["f"]])
    return re.compile(rf"(?<![\w–-])(?:(?P<a>{_alternatives(known)})[-–](?P<b>"
                      rf"{_alternatives(known)})|(?P<one>{_alternatives(sorted(UNKNOWN_DEMONYMS))})"
                      rf"|(?P<dir>South|North) (?P<of>{_alternatives(sorted(COMPASS))}))"
                      rf"(?![\w–-])(?= [a-z]| (?:{things})(?![\w-]))")


def _french(m: re.Match[str]) -> str | None:
    """The French of a candidate, masculine singular, with a hyphen after the combining
    form ("russo-autrichien"); None for a pair with no combining form."""
    if m.group("one"):
        return adjectives()[m.group("one")]
    if m.group("dir"):  # "South Korean" -> "sud-coréen"
        return f"{'sud' if m.group('dir') == 'South' else 'nord'}-{adjectives()[m.group('of')]}"
    a, b = m.group("a"), m.group("b")
    if a in combining():
        return f"{combining()[a]}-{adjectives()[b]}"
    if b in combining():  # "Polish-German" -> "germano-polonais": French's usual order
        return f"{combining()[b]}-{adjectives()[a]}"
    return None


def candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, French masculine singular) of each adjective to stand in for."""
    if not re.search(r"[A-Z]\w+[-–][A-Z]|(?:South|North) [A-Z]|"
                     + _alternatives(sorted(UNKNOWN_DEMONYMS)), text):
        return []
    out = []
    for m in _candidate().finditer(text):
        fr = _french(m)
        if fr is not None:
            out.append((m.start(), m.end(), fr))
    return out


def stand_in(text: str) -> tuple[str, str]:
    """The stand-in for ``text`` (English, its French stem): the first the text does not
    hold."""
    lower = text.lower()  # the adjective, never a protected place ("Uruguay")
    return next((s for s in _STAND_INS if s[0].lower() not in lower), _STAND_INS[-1])


def inflect(fr: str, gn: str) -> str:
    """ "russo-autrichien" in the gender and number ``gn`` ("fp": "russo-autrichiennes");
    the combining form stays."""
    head, _, adj = fr.rpartition("-")
    if gn[0] == "f":
        adj = _FEMININE.get(adj) or feminine(adj)
    if gn[1] == "p":
        adj = feminine_plural(adj) if gn[0] == "f" else masculine_plural(adj)
    return f"{head}-{adj}" if head else adj


def restore(source: str, french: str) -> str:
    """The stand-in's French forms in ``french`` written as the adjectives of ``source``
    they stood for, in order ("les relations uruguayennes" -> "les relations
    russo-autrichiennes"); a noun ("les Uruguayens") keeps its capital ("les Kirghiz")."""
    from daybook.translate.phrases import mark  # the glossary takes some pairs first

    _, stem = stand_in(source)
    if stem not in french.lower():
        return french
    wanted = [fr for _, _, fr in candidates(mark(source))]
    if not wanted:
        return french
    forms = re.compile(rf"(?<![\w-])({stem})(en|enne|ens|ennes)(?![\w-])", re.IGNORECASE)
    found = list(forms.finditer(french))
    out, last = [], 0
    for n, m in enumerate(found):
        # More forms than adjectives (the engine said one twice): the last one again.
        word = inflect(wanted[min(n, len(wanted) - 1)], _GN[m.group(2).lower()])
        before = french[:m.start()].rstrip()
        if not before or before.endswith((".", "“", "«", '"')) or (
                m.group(1)[:1].isupper() and _DETERMINER.search(before)):
            word = word[:1].upper() + word[1:]  # a sentence's first word, a noun
        out.append(french[last:m.start()] + word)
        last = m.end()
    return "".join(out) + french[last:]
