"""An English -ing clause after a preposition as French says it.

English puts a verb's -ing form after *by*, *after*, *before*, *instead of*; French says
each with its own verb form: *by investing* "en investissant" (the gerund), *after
visiting* "après avoir visité" (the past infinitive), *before signing* "avant de signer",
*instead of waiting* "au lieu d'attendre" (an infinitive), *start by thanking* "commencer
par remercier" (the engine: "commencer à remercier", "arracher pour remercier"). The pivot
writes *by* + -ing as "pour" + an infinitive, which French reads as a purpose ("pour
investir", *in order to*); ``preedit`` says *by* as *through* before an -ing verb, which
the engine writes "à travers" + an infinitive, a phrase French never writes, so it is
found again here without doubt. *after* and *before* come out "après en visitant", "avant
en signant"; *of/from* + -ing after a noun or a verb comes out "d'en" + the gerund ("les
processus d'en déplaçant", "empêcher ... d'en obtenant"), which French says "de" + the
infinitive ("de déplacer", "d'obtenir"). Each rule fires only where the English sentence
has the construction. Forms
from Apertium's French dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER_WORD, VOWEL_START
from daybook.translate.gender import Reading, readings, verb_form
from daybook.translate.gerund_lists import holding
from daybook.translate.gerund_subjects import gerund_subjects

_BY_EN = re.compile(r"\b(?:by|through)\s+\w+ing\b", re.IGNORECASE)
_AFTER_EN = re.compile(r"\bafter\s+\w+ing\b", re.IGNORECASE)
_BEFORE_EN = re.compile(r"\bbefore\s+\w+ing\b", re.IGNORECASE)
_INSTEAD_EN = re.compile(r"\binstead\s+of\s+\w+ing\b", re.IGNORECASE)
# *start by* + -ing, *begin by*: French "commencer par" + an infinitive
START_BY_EN = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun|"
                         r"beginning)\s+by\s+\w+ing\b", re.IGNORECASE)
_ING_EN = re.compile(r"\b(?:to|in|of|for|by|without|on)\s+\w+ing\b", re.IGNORECASE)
CLITIC = r"(?:(?:nous|vous|les|le|la|leur|lui|se|y|en) |(?:l|s|m|t)['’])"
_VERB = r"(" + LOWER_WORD + r")"
# *thank (someone) for* + -ing: French "remercier (quelqu'un) d'avoir" + a participle (the
# Petit Robert: "remercier qqn de, pour qqch"; with a verb "de" and the past infinitive)
_THANK_EN = re.compile(r"\bthank(?:s|ed|ing)?\b[^.;!?]*?\bfor\s+\w+ing\b", re.IGNORECASE)
# "remercier l'Inde pour organiser", "Merci pour assurer", "Merci en inspirant": the first
# infinitive or gerund after "pour" or "en" in the clause of "remercier" or "merci"
_THANK_FR = re.compile(r"(?<![\w’'-])(?:[Rr]emerci|[Mm]erci)")
# (also "me": *thank you for giving me* "Merci de m'avoir donné")
_THANK_VERB = re.compile(r"(?<![\w’'-])(?:pour (?:en )?|par |en )((?:" + CLITIC
                         + r"|me |te ){0,2})(" + LOWER_WORD + r")(?![\w’'-])")
_AND_VERB = re.compile(r" et (?:pour (?:en )?|par |en )?((?:" + CLITIC + r"){0,2})("
                       + LOWER_WORD + r")(?![\w’'-])")
# "à travers vous remercier", "À travers laisser"
_A_TRAVERS = re.compile(r"(?<![\w-])([Àà]|[Aa]) travers (?:en )?((?:" + CLITIC + r"){0,2})"
                        + _VERB + r"(?![\w’'-])")
# "a commencé à travers" (*started by*): "commencé par"
_START = re.compile(r"(?<![\w’'-])(?:commen[cç]|début|termin|fini|achev)\w* $")
_APRES_EN = re.compile(r"(?<![\w’'-])([Aa]près) (?:en )?((?:" + CLITIC + r"){0,2})"
                       r"(" + LOWER_WORD + r"ant)(?![\w’'-])")
_AVANT_EN = re.compile(r"(?<![\w’'-])([Aa]vant) (?:en |de en |d['’]en )((?:" + CLITIC
                       + r"){0,2})(" + LOWER_WORD + r"ant)(?![\w’'-])")
_AU_LIEU = re.compile(r"(?<![\w’'-])([Aa]u lieu) (?:d['’]en |de en |de )((?:" + CLITIC
                      + r"){0,2})(" + LOWER_WORD + r"ant)(?![\w’'-])")
# "commencer à remercier", "commencé pour dire", "commençons en disant" (*start by*)
_START_PREP = re.compile(r"(?<![\w’'-])([Cc]ommen(?:c|ç)\w*) (?:pour |à |en |par )(?:en )?((?:"
                         + CLITIC + r"){0,2})" + _VERB + r"(?![\w’'-])")
# A preposition before a word that reads only as a gerund (French writes the gerund only
# after "en"): "à continuant" (*to continuing*) -> "à continuer", "par obtenant" (*by
# obtaining*) -> "en obtenant", "dedans en établissant" (*in establishing*) -> "en
# établissant".
_PREP_ANT = re.compile(r"(?<![\w’'-])(à|pour|sans|par|dedans(?: en)?|dans)"
                       r" ((?:" + CLITIC + r"){0,2})(" + LOWER_WORD + r"ant)(?![\w’'-])")
# not "de": *of promising systems*, an adjective, comes out "de promettant"
# "d'en déplaçant" (*of resettling*), "d'en obtenant" (*from getting*): "de" and the
# gerund's "en", which French never joins; not after "à cause", "en raison" (*due to*
# + -ing wants a clause, not an infinitive)
_DE_EN = re.compile(r"(?<![\w’'-])(?<!cause )(?<!raison )(?:(de) |(d)['’])en ((?:" + CLITIC
                    + r"){0,2})(" + LOWER_WORD + r"ant)(?![\w’'-])")
_OF_ING_EN = re.compile(r"\b(?:of|from|to|for|in|on|about)\s+\w+ing\b", re.IGNORECASE)
_TO_INFINITIVE = frozenset(("à", "pour", "sans"))
# Verbs whose compound tenses take "être" ("après être arrivé").
_ETRE = frozenset(("aller", "venir", "arriver", "partir", "rester", "devenir", "entrer",
                   "sortir", "tomber", "naître", "mourir", "retourner", "revenir",
                   "parvenir", "intervenir", "survenir", "monter", "descendre"))


def _lemma(word: str, form: str, reads: dict[str, tuple[Reading, ...]]) -> str | None:
    """The verb ``word`` is a ``form`` ("inf", "ger") of, if it reads only as a verb."""
    rs = reads.get(word.lower(), ())
    verbs = [r for r in rs if r.tags[:2] == ("vblex", form)]
    return verbs[0].lemma if verbs and all((r.tags[:1] and r.tags[0].startswith("vb"))
                                           or r.pos == "adj" for r in rs) else None


def _elided(word: str, after: str) -> str:
    """ "de" before ``after``: "d'" before a vowel."""
    return word[:-1] + "'" if VOWEL_START.match(after) else word + " "


def _by(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    def fix(m: re.Match[str]) -> str:
        lemma = _lemma(m.group(3), "inf", reads)
        if lemma is None:
            # the engine's gerund: "à travers en appliquant", "à travers intégrant"
            ger_of = any(r.tags[:2] == ("vblex", "ger") for r in reads.get(m.group(3).lower(), ()))
            en = "En" if m.group(1) in ("À", "A") else "en"
            return f"{en} {m.group(2)}{m.group(3)}" if ger_of else m.group(0)
        if _START.search(text[max(0, m.start() - 20):m.start()]):
            return f"par {m.group(2)}{m.group(3)}"  # "commencer par remercier"
        ger = verb_form(lemma, "ger")
        if ger is None:
            return m.group(0)
        en = "En" if m.group(1) in ("À", "A") else "en"
        return f"{en} {m.group(2)}{ger}"

    return _A_TRAVERS.sub(fix, text)


def _start_by(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "commencer à vous remercier", "commencé en disant" (*start by* + -ing) ->
    "commencer par vous remercier", "commencé par dire"."""

    def fix(m: re.Match[str]) -> str:
        verbs = [r for r in reads.get(m.group(3).lower(), ())
                 if r.tags[:2] in (("vblex", "inf"), ("vblex", "ger"))]
        made = verb_form(verbs[0].lemma, "inf") if verbs else None
        return m.group(0) if made is None else f"{m.group(1)} par {m.group(2)}{made}"

    return _START_PREP.sub(fix, text)


def _after(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    def fix(m: re.Match[str]) -> str:
        lemma = _lemma(m.group(3), "ger", reads)
        made = verb_form(lemma, "pp", "m", "sg") if lemma else None
        if lemma is None or made is None:
            return m.group(0)
        aux = "être" if lemma in _ETRE else "avoir"
        return f"{m.group(1)} {m.group(2)}{aux} {made}" if m.group(2) else \
            f"{m.group(1)} {aux} {made}"

    return _APRES_EN.sub(fix, text)


def _thank(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "remercier l'Inde pour organiser" -> "remercier l'Inde d'avoir organisé", "Merci en
    inspirant" -> "Merci d'avoir inspiré", "Merci pour venir" -> "Merci d'être venu"."""
    for at in reversed([m.end() for m in _THANK_FR.finditer(text)]):
        clause = re.split(r"(?<![A-Z])\.|[;:!?]", text[at:at + 90])[0]  # not "M. Xi"
        for m in _THANK_VERB.finditer(clause):
            lemma = _lemma(m.group(2), "inf", reads) or _lemma(m.group(2), "ger", reads)
            made = verb_form(lemma, "pp", "m", "sg") if lemma else None
            if lemma is None or made is None:
                continue
            aux = "être" if lemma in _ETRE else "avoir"
            new = f"{_elided('de', m.group(1) or aux)}{_before_aux(m.group(1))}{aux} {made}"
            rest = text[at + m.end():]
            # a second verb joined by "et" shares the auxiliary: "d'avoir organisé et en
            # préparant" -> "d'avoir organisé et préparé"
            second = _AND_VERB.match(rest)
            other = second and (_lemma(second.group(2), "inf", reads)
                                or _lemma(second.group(2), "ger", reads))
            made2 = verb_form(other, "pp", "m", "sg") if other and other not in _ETRE else None
            if second and made2:
                rest = f" et {second.group(1)}{made2}{rest[second.end():]}"
            text = text[:at + m.start()] + new + rest
            break
    return text


def _before_aux(clitics: str) -> str:
    """The clitics before "avoir"/"être", the last elided: "me " -> "m'", "le " -> "l'"."""
    return re.sub(r"(?<![\w’'-])(m|t|s|l)(?:e|a) $", r"\1'", clitics)


def _infinitive(pattern: re.Pattern[str], text: str,
                reads: dict[str, tuple[Reading, ...]]) -> str:
    def fix(m: re.Match[str]) -> str:
        lemma = _lemma(m.group(3), "ger", reads)
        made = verb_form(lemma, "inf") if lemma else None
        if made is None:
            return m.group(0)
        rest = m.group(2) + made
        return f"{m.group(1)} {_elided('de', rest)}{rest}"

    return pattern.sub(fix, text)


def _only_gerund(word: str, reads: dict[str, tuple[Reading, ...]]) -> str | None:
    rs = reads.get(word.lower(), ())
    return rs[0].lemma if rs and all(r.tags[:2] == ("vblex", "ger") for r in rs) else None


def _preposition(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "à continuant" -> "à continuer", "par obtenant" -> "en obtenant"."""

    def fix(m: re.Match[str]) -> str:
        lemma = _only_gerund(m.group(3), reads)
        if lemma is None:
            return m.group(0)
        prep = m.group(1)
        if prep in _TO_INFINITIVE:
            made = verb_form(lemma, "inf")
            if made is None:
                return m.group(0)
            return f"{prep} {m.group(2)}{made}"
        return f"en {m.group(2)}{m.group(3)}"

    return _PREP_ANT.sub(fix, text)


def _de_en(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    """ "les processus d'en déplaçant" -> "les processus de déplacer", "empêcher des
    terroristes d'en obtenant" -> "d'obtenir": after "de" French says a verb as an
    infinitive (Grevisse § 906), never the gerund with "en"."""

    def fix(m: re.Match[str]) -> str:
        lemma = _only_gerund(m.group(4), reads)
        made = verb_form(lemma, "inf") if lemma else None
        if made is None:
            return m.group(0)
        rest = m.group(3) + made
        de = "De" if (m.group(1) or m.group(2))[0].isupper() else "de"
        return f"{_elided(de, rest)}{rest}"

    return _DE_EN.sub(fix, text)


def gerunds(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its English -ing clauses after *by*, *after*, *before* and
    *instead of* said as French says them (see above), and a sentence's gerund subject
    as an infinitive (``gerund_subjects``); one exchange with the analyser."""
    texts = gerund_subjects(sources, holding(sources, texts))
    rules = []
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        by = _BY_EN.search(source) is not None and "travers" in text
        after = _AFTER_EN.search(source) is not None and _APRES_EN.search(text) is not None
        before = _BEFORE_EN.search(source) is not None and _AVANT_EN.search(text) is not None
        instead = _INSTEAD_EN.search(source) is not None and "au lieu" in text.lower()
        prep = _ING_EN.search(source) is not None and _PREP_ANT.search(text) is not None
        start = START_BY_EN.search(source) is not None and _START_PREP.search(text) is not None
        thank = _THANK_EN.search(source) is not None and _THANK_FR.search(text) is not None
        if _OF_ING_EN.search(source) and _DE_EN.search(text):
            text = _de_en(text, readings(sorted({m.group(4).lower()
                                                 for m in _DE_EN.finditer(text)})))
            texts[k] = text
        if by or after or before or instead or prep or start or thank:
            rules.append((k, by, after, before, instead, prep, start, thank))
    if not rules:
        return list(texts)
    words = {m.group(3).lower() for k, *_ in rules
             for p in (_A_TRAVERS, _APRES_EN, _AVANT_EN, _AU_LIEU, _PREP_ANT, _START_PREP)
             for m in p.finditer(texts[k])} | {
        m.group(2).lower() for k, *_, thank in rules if thank
        for p in (_THANK_VERB, _AND_VERB) for m in p.finditer(texts[k])}
    reads = readings(sorted(words))
    out = list(texts)
    for k, by, after, before, instead, prep, start, thank in rules:
        text = out[k]
        if thank:  # before "pour en inspirant" is read as "pour" + an infinitive
            text = _thank(text, reads)
        if start:
            text = _start_by(text, reads)
        if prep:
            text = _preposition(text, reads)
        if by:
            text = _by(text, reads)
        if after:
            text = _after(text, reads)
        if before:
            text = _infinitive(_AVANT_EN, text, reads)
        if instead:
            text = _infinitive(_AU_LIEU, text, reads)
        out[k] = text
    return out
