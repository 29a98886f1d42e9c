"""A determiner + an -ing word + a noun ("Their growing economy", "the rising tension",
"its working forms") as a French noun phrase.

``eng-cat``'s constraint grammar reads an -ing word between a determiner and a noun as a
verb's present participle, even where its dictionary has it as an adjective too
("their growing economy", "the working meeting"); the transfer then writes a gerund with
the noun as its object and a second article: "Le sien en grandissant l'économie", "L'en
montant la tension", "Le sien en travaillant la rencontre", or, another rule having moved
it, the participle before its noun: "la montante tension", "le vainquant équipe". French
says the noun, then the participle as an adjective agreed with it ("leur économie
croissante", "la tension montante") or a complement ("réunion de travail", "niveau de
vie", "pays en développement").

The French is rewritten only as many times as the source has a determiner + an -ing word +
a word, each time with that source's determiner (*their* -> "leur", *its* -> "son", *the*
-> the article the engine wrote). The participle's adjective is the analyser's own
("montant", "restant", "croissant") or, for a verb whose participle is no adjective or
means something else there, the complement of ``_AS``; with neither, the text is left
alone.

An English past participle between a determiner and a noun (*our allied relations*, *the
allied powers*) came out as the French verb's infinitive after the noun: "nos relations
allier", "les pouvoirs allier". A determiner, a noun and an infinitive of the first group
is no French; the infinitive becomes the participle agreed with the noun ("nos relations
alliées", ``infinitive_modifiers``), as many times as the source has a determiner, an
-ed word and a word, the infinitive that word's cognate (its first four letters).
"""

from __future__ import annotations

import re
import unicodedata

from daybook.translate.french import LOWER, cased_like
from daybook.translate.gender import Reading, determiner, generate, readings, verb_form

_ENGLISH = re.compile(r"\b(the|a|an|this|that|these|those|their|its|his|her|our|your|my)\s+"
                      r"([a-z]+ing)\s+([a-z]+)\b", re.IGNORECASE)
_W = rf"{LOWER}+"
_OWNER = re.compile(r"\b(their|its|his|her|our|your|my)\s+([a-z]+)\b", re.IGNORECASE)
_POSSESSIVE = r"(?:le|la|les) (?:sien|sienne|siens|siennes|nôtre|nôtres|vôtre|vôtres|leur|leurs)"
_DET = (rf"(?:{_POSSESSIVE}|celui-ci|celle-ci|ceux-ci|celles-ci|le|la|les|un|une|son|sa|ses|"
        r"leur|leurs|notre|nos|votre|vos|ce|cet|cette|ces)")
# "Le sien en grandissant l'économie", "L'en montant la tension": a gerund and an article.
_GERUND = re.compile(rf"(?<![\w’'-])(?<![Ee]n )(?P<det>(?i:{_DET}) |[Ll][’'])(?P<en>en )?"
                     rf"(?P<ger>{_W}ant) (?P<art>le |la |les |l[’']|des )(?P<noun>{_W})"
                     rf"(?P<after>(?: {_W}){{0,2}})(?![\w’'-])")
# "la montante tension", "le vainquant équipe", "un en travaillant déjeuner": the
# participle (or gerund) before its noun.
_BEFORE = re.compile(rf"(?<![\w’'-])(?<![Ee]n )(?P<det>(?i:{_DET}) |[Ll][’'])(?P<en>en )?"
                     rf"(?P<ger>{_W}ant(?:e|s|es)?) (?P<noun>{_W})"
                     rf"(?P<after>(?: {_W}){{0,2}})(?![\w’'-])")
# "Le nôtre le groupe de travail": the pivot's own rule wrote the noun phrase, the
# possessive pronoun stayed; the pivot writes a possessive before a noun so elsewhere too:
# "la vôtre la république", "La sienne première phase": any possessive before its noun.
_PRONOUN = re.compile(rf"(?<![\w’'-])(?P<det>(?i:{_POSSESSIVE})) (?P<art>le |la |les |l[’'])?"
                      rf"(?P<noun>{_W})(?P<after>(?: {_W}){{0,2}})(?![\w’'-])")
# Verbs whose participle is no adjective, or another one in front of a noun: what French
# says instead (general usage: "réunion de travail", "niveau de vie", "pays en
# développement", "l'équipe gagnante", "le parti au pouvoir", "les prix en baisse",
# "les marchés émergents" (the engine's *emerge* is "affleurer"), "une économie croissante").
_AS = {"travailler": "de travail", "vivre": "de vie", "habiter": "de vie",  # *live* too
       "développer": "en développement",
       "vaincre": "gagnant", "gouverner": "au pouvoir", "réduire": "en baisse",
       "diminuer": "en baisse", "décroître": "en baisse", "affleurer": "émergent",
       "grandir": "croissant", "accroître": "croissant", "croître": "croissant"}
# An -ing word + a noun whose French compound has its own noun (general usage, Petit Robert:
# a meeting of people at work is a "réunion de travail", not a "rencontre"; "séance de
# travail", "déplacement de travail", "journée de travail"): the engine's noun is replaced.
_SETTLED: dict[tuple[str, str], tuple[str, str]] = {
    ("working", "meeting"): ("réunion", "f"), ("working", "session"): ("séance", "f"),
    ("working", "trip"): ("déplacement", "m"), ("working", "day"): ("journée", "f")}
# English determiner -> the French determiner kind ``gender.determiner`` inflects.
_KIND = {"their": "leur", "its": "son", "his": "son", "her": "son", "our": "notre",
         "your": "votre", "my": "mon", "a": "un", "an": "un", "this": "ce", "that": "ce",
         "these": "ce", "those": "ce"}


def _fits(det: str, en: str) -> bool:
    """The engine's determiner ``det`` can stand for the source's ``en``: "le sien" for
    *their*, *its*, *his*, *her*; "l'" for *the*; "celui-ci" for *this*."""
    if det.endswith(("nôtre", "nôtres")):
        return en == "our"
    if det.endswith(("vôtre", "vôtres")):
        return en == "your"
    if " " in det or det in ("son", "sa", "ses", "leur", "leurs"):
        return en in ("their", "its", "his", "her")
    if det in ("notre", "nos"):
        return en == "our"
    if det in ("un", "une"):
        return en in ("a", "an")
    if det.startswith(("ce", "celui", "celle", "ceux")):
        return en in ("this", "that", "these", "those")
    return en == "the"


def _gerund_lemma(word: str, reads: dict[str, tuple[Reading, ...]]) -> str | None:
    return next((r.lemma for r in reads.get(word, ()) if r.pos == "vblex"
                 and r.tags[1:2] in (("ger",), ("pprs",))), None)


def _noun(word: str, reads: dict[str, tuple[Reading, ...]]) -> tuple[str, str] | None:
    """The noun's gender and number ("forces" is a verb's too: the article or the
    participle before it makes it the noun)."""
    got = [r for r in reads.get(word, ()) if r.pos == "n"]
    if not got or any(r.pos in ("det", "prn") for r in reads.get(word, ())):
        return None  # "la" is a note too
    return got[0].gender, got[0].number


def _adjective(word: str, lemma: str, gender: str, number: str,
               reads: dict[str, tuple[Reading, ...]]) -> str | None:
    """The participle as an adjective in ``gender`` and ``number`` (or ``_AS``'s
    complement), None when the analyser has no such adjective."""
    made = _AS.get(lemma)
    if made is not None and " " in made:
        return made
    adj = made or next((r.lemma for r in reads.get(word, ()) if r.pos == "adj"), None)
    if adj is None:
        return None
    g = "m" if gender == "mf" else gender
    key = f"^{adj}<adj><{g}><{number}>$"
    return generate([key]).get(key, adj + {"f": "e"}.get(g, "") + (
        "s" if number == "pl" else ""))


def _rewrite(m: re.Match[str], english: list[tuple[str, str, str]],
             reads: dict[str, tuple[Reading, ...]]) -> str:
    ger, noun = m.groupdict().get("ger") or "", m.group("noun")
    lemma = _gerund_lemma(ger, reads) or _gerund_lemma(
        re.sub(r"(?:e|s|es)$", "", ger), reads)
    found = _noun(noun, reads)
    after = m.group("after").split()
    if found is None and m.re is _PRONOUN and after and any(
            r.pos == "adj" for r in reads.get(noun, ())):
        found = _noun(after[0], reads)  # "La sienne première phase": the noun after
    if (lemma is None and m.re is not _PRONOUN) or found is None or not english or (
            not m.groupdict().get("en") and " " not in m.group("det").strip()
            and _noun(ger, reads) and (
                m.groupdict().get("art") == "des " or (m.re is _BEFORE and any(
                    r.pos != "n" for r in reads.get(noun, ()))))):
        # "le montant des", "le montant total": a noun ("amount"); not "le gouvernant le
        # parti", "le montant tension" (a noun right after it, no preposition)
        return m.group(0)
    det = m.group("det").strip().lower()
    gender, number = found
    art = (m.groupdict().get("art") or "").strip().lower()
    if art in ("les", "des"):
        number = "pl"
    k = next((i for i, (d, _, _) in enumerate(english) if _fits(det, d.lower())), None)
    if k is None:
        return m.group(0)
    en_det, en_ing, en_noun = english[k]
    if number == "sp":
        number = "pl" if en_noun.lower().endswith("s") else "sg"
    settled = _SETTLED.get((en_ing.lower(), re.sub(r"s$", "", en_noun.lower())))
    if settled is not None and m.re is not _PRONOUN:  # "rencontre de travail" -> "réunion"
        noun, gender = settled[0] + ("s" if number == "pl" else ""), settled[1]
    adj = "" if m.re is _PRONOUN else _adjective(
        re.sub(r"(?:e|s|es)$", "", ger) if ger not in reads or not reads[ger] else ger,
        str(lemma), gender, number, reads)
    if adj is None:
        return m.group(0)
    kind = _KIND.get(en_det.lower())
    if kind is None:  # *the*: the article the engine wrote, or its determiner
        kind = art if art in ("le", "la", "les", "l'", "l’") else det.split()[0]
        kind = {"des": "le", "l’": "le", "l'": "le"}.get(kind, kind)
    new = determiner(kind, gender, number, noun)
    if new is None:
        return m.group(0)
    english.pop(k)
    sep = "" if new.endswith(("'", "’")) else " "
    n = 0  # the noun's own adjectives stay next to it: "les prix pétroliers en baisse"
    while n < len(after) and any(r.pos == "adj" for r in reads.get(after[n], ())) and all(
            r.pos in ("adj", "n") for r in reads[after[n]]):
        n += 1
    words = [f"{new}{sep}{noun}", *after[:n], adj, *after[n:]]
    return cased_like(" ".join(w for w in words if w), m.group("det"))


def participles(source: str, french: str) -> str:
    """ "Le sien en grandissant l'économie" -> "Leur économie croissante", "la montante
    tension" -> "la tension montante", "Le sien en travaillant la rencontre" -> "Leur
    rencontre de travail" where the source has a determiner + an -ing word + a noun."""
    english = [(d, ing, n) for d, ing, n in _ENGLISH.findall(source)]
    owners = [(d, "", n) for d, n in _OWNER.findall(source)]
    if not english and not owners:
        return french
    spots = [m for p in (_GERUND, _BEFORE, _PRONOUN) for m in p.finditer(french)]
    if not spots:
        return french
    words = {w for m in spots for w in (m.groupdict().get("ger") or "", m.group("noun"),
                                        re.sub(r"(?:e|s|es)$", "", m.groupdict().get("ger")
                                               or ""), *m.group("after").split())} - {""}
    reads = readings(sorted(words))
    for pattern in (_GERUND, _BEFORE):
        french = pattern.sub(lambda m: _rewrite(m, english, reads), french)
    return _PRONOUN.sub(lambda m: m.group(0) if not m.group("art") and any(
        r.pos.startswith("vb") or r.pos == "pp" for r in reads.get(m.group("noun"), ()))
        else _rewrite(m, owners, reads), french)  # "Le nôtre va continuer": a pronoun


_ENGLISH_ED = re.compile(r"\b(?:the|a|an|this|that|these|those|their|its|his|her|our|your|"
                         r"my)\s+([a-z]{3,}ed)\s+[a-z]{3,}\b", re.IGNORECASE)
_PLURAL_DET = ("les", "nos", "vos", "leurs", "ses", "ces", "mes", "des", "aux")
_NOUN_INF = re.compile(
    rf"(?<![\w’'-])(?P<det>(?i:les|la|le|nos|notre|vos|votre|leurs|leur|ses|sa|son|ces|cette|"
    rf"ce|cet|mes|ma|mon|des|du|aux|au|un|une) |[Ll][’'])(?P<noun>{_W}) "
    rf"(?P<inf>{_W}er)(?![\w’'-])")


def _folded(word: str) -> str:
    return unicodedata.normalize("NFD", word.lower()).encode("ascii", "ignore").decode()


def infinitive_modifiers(source: str, french: str) -> str:
    """ "nos relations allier" -> "nos relations alliées" where the source has a determiner
    + an -ed word + a word; the noun one the analyser reads as a noun of one gender, the
    infinitive one it reads as nothing else."""
    english = [w.lower() for w in _ENGLISH_ED.findall(source)]
    allowed = len(english)
    if not allowed or "er" not in french:
        return french
    found = list(_NOUN_INF.finditer(french))
    if not found:
        return french
    reads = readings(sorted({w for m in found for w in (m.group("noun"), m.group("inf"))}))
    edits: list[tuple[int, int, str]] = []
    for m in found:
        infs = reads.get(m.group("inf"), ())
        nouns = [r for r in reads.get(m.group("noun"), ()) if r.pos == "n"]
        if len(edits) == allowed or not nouns or not infs or any(
                r.tags != ("vblex", "inf") for r in infs) or not any(
                _folded(m.group("inf"))[:4] == w[:4] for w in english):
            continue  # the infinitive the English -ed word's cognate (*allied* "allier"):
            # not a verb of the English's own ("la musique enseigner" for *music teach*)
        genders = {r.gender for r in nouns}
        numbers = {r.number for r in nouns}
        if len(genders) != 1 or genders == {"mf"} or len(numbers) != 1:
            continue
        number = numbers.pop()
        if number == "sp":
            number = "pl" if m.group("det").strip().lower() in _PLURAL_DET else "sg"
        made = verb_form(infs[0].lemma, "pp", genders.pop(), number)
        if made:
            edits.append((m.start("inf"), m.end("inf"), made))
    for start, end, made in reversed(edits):
        french = french[:start] + made + french[end:]
    return french
