"""Verbs whose complement the pivot loses or governs wrongly.

- *wanted to* + verb: ``eng-cat`` reads it as one modal in the past and drops the verb after
  it ("Vam voler a ells", French "Nous avons voulu à eux" for *We wanted to listen to them*;
  "C'est ce que j'ai voulu d'abord" for *what I wanted to say first*; checked with
  ``apertium eng-cat``), while it keeps the verb of the present *want to* ("Nous voulons les
  écouter"). Before the engine (``preedit``) *wanted to* is said *want to* (not after
  *have*, *had*, *be*: "avions voulu les écouter" is whole); after it (``wanted_past``) the
  present of "vouloir" goes back to the past, in the imperfect a French speaker uses for a
  wish in the past ("Nous voulions les écouter", "ce que je voulais dire d'abord"; Grevisse
  § 887: the imperfect of a state in the past), where the English has *wanted to* and no
  present of *want*.
- *answer* + its object: "répondre" takes "à" (Petit Robert, *répondre* II): the pivot
  leaves it out before some determiners ("Je répondrai toutes vos questions"); a form of
  "répondre" right before a determiner takes "à" (contracted: "aux", "au"), where the English
  has the verb *answer* with an object. Not "le/la/les plus" (a superlative), not "tous"
  without a determiner after it (*we will all answer*).
- *it seems to me*: the pivot's "Il semble à moi que" is "Il me semble que" (the pronoun
  before the verb, as every dative pronoun: Grevisse § 680).
- A passive whose subject is the indirect object (*he was told about the history*, *we
  were shown the plant*, *she was asked to head it*, *I was given a chance*): French has no
  such passive ("dire", "montrer", "donner", "demander" take the person with "à"); the
  pivot writes "il a été dit sur l'histoire", "nous avons été montrés la centrale". French
  says it with "on" and the person as a dative pronoun (Grevisse § 754: the indirect object
  cannot become the subject of a passive): "on lui a parlé de l'histoire", "on nous a
  montré la centrale", "on lui a demandé de", "on m'a donné". Only a personal pronoun
  subject in the passé composé or the pluperfect, where the English has *was/were told,
  shown, given, asked*; *told about* is "parler de", *told that* "dire que". A noun subject
  (an article and a noun) of *was shown/given* before the thing: "On a montré au Président
  un simulateur". *was briefed on/about*, the pivot's "a été rapporté sur", is "a été
  informé de" (Petit Robert, *informer* 1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from daybook.translate.aux_forms import alternation, avoir
from daybook.translate.french import VOWEL_START, WORD_END, WORD_START

__all__ = ["TRIGGERS", "answer_to", "briefed", "present_want", "seems_to_me", "told",
           "wanted_past"]

TRIGGERS = (r"\bwanted to\b",)
_WANTED = re.compile(r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )(?<!\bbe )"
                     r"(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )\b([Ww])anted to\b")


def present_want(line: str) -> str:
    """ "We wanted to listen to them" -> "We want to listen to them": see above."""
    return _WANTED.sub(r"\1ant to", line) if "anted to" in line else line


_PRESENT = {"veux": "voulais", "veut": "voulait", "voulons": "voulions", "voulez": "vouliez",
            "veulent": "voulaient"}
_VOULOIR = re.compile(WORD_START + r"(" + "|".join(_PRESENT) + r")" + WORD_END, re.IGNORECASE)
_WANT_NOW = re.compile(r"\bwants?\b", re.IGNORECASE)


# After a conjunction that takes the subjunctive (Grevisse § 1147), the past subjunctive:
# "bien que j'aie voulu être relâché" (*although I wanted to*), not the imperfect.
_SUBJUNCTIVE = {"veux": "aie voulu", "veut": "ait voulu", "voulons": "ayons voulu",
                "voulez": "ayez voulu", "veulent": "aient voulu"}
_AFTER_CONJUNCTION = re.compile(r"(?:bien|pour|afin|avant|sans|quoi)(?: que | qu['’]|qu['’])"
                                r"([\w’'-]+) $", re.IGNORECASE)


def _past(m: re.Match[str]) -> str:
    verb = m.group(1).lower()
    before = _AFTER_CONJUNCTION.search(m.string, max(0, m.start() - 40), m.start())
    if before is None:
        return m.group(1)[:1] + _PRESENT[verb][1:]
    if before.group(1).lower() == "je":  # "je aie" -> "j'aie"
        return "\x00" + _SUBJUNCTIVE[verb]
    return _SUBJUNCTIVE[verb]


def wanted_past(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Nous voulons les écouter" -> "Nous voulions les écouter" where the English has
    *wanted to* (said *want to* to the engine) and no present *want*: see above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if _WANTED.search(source) and not _WANT_NOW.search(source):
            text = _VOULOIR.sub(_past, text).replace("je \x00", "j'").replace("\x00", "")
        out.append(text)
    return out


_ANSWER = re.compile(r"\banswer(?:s|ed|ing)?\b(?! (?:that|to|for|with|by|in|on|back)\b)",
                     re.IGNORECASE)
_DETERMINER = r"(?:les|le|la|l['’]|des|vos|nos|ces|leurs|leur|mes|tes|ses|son|sa|ton|ta|mon|" \
              r"ma|votre|notre|cette|ce|cet|chaque|plusieurs|quelques|certaines|certains)"
_VERB = (r"répond(?:re|s|ons|ez|ent|ait|aient|ais|rai|ras|ra|rons|rez|ront|rais|rait|rions|"
         r"riez|raient|u|ue|us|ues|it|irent|ant)?")
# The verb, then the article "les"/"le" (contracted with "à") or another determiner, or
# *all* before one; not a superlative ("répondre le plus vite").
_REPONDRE = re.compile(
    WORD_START + r"(" + _VERB + r") (?!(?:le|la|les) plus\b)(?:(?P<art>les|le) |(?=(?:(?:toutes"
    r"|tous|tout|toute) " + _DETERMINER + r"|" + _DETERMINER + r")(?:\s|['’])))")


def _governed(m: re.Match[str]) -> str:
    art = m.group("art")
    return m.group(1) + (" à " if art is None else " aux " if art == "les" else " au ")


def answer_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Je répondrai toutes vos questions" -> "Je répondrai à toutes vos questions",
    "répondu les questions" -> "répondu aux questions": see above."""
    return [_REPONDRE.sub(_governed, t) if "répond" in t and _ANSWER.search(s) else t
            for s, t in zip(sources, texts, strict=True)]


_DATIVE = {"moi": "me", "nous": "nous", "vous": "vous", "lui": "lui", "eux": "leur",
           "elle": "lui", "elles": "leur"}
_SEEMS = re.compile(WORD_START + r"([Ii]l|[Cc]ela|[Çç]a) (sembl(?:e|ait|era|erait)|"
                    r"paraî?t|paraissait) à (moi|nous|vous|lui|eux|elle|elles)" + WORD_END)


def seems_to_me(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Il semble à moi que" -> "Il me semble que": see above (``sources`` unread: the
    French is wrong whatever the English)."""
    del sources
    return [_SEEMS.sub(lambda m: f"{m.group(1)} {_DATIVE[m.group(3)]} {m.group(2)}", t)
            if " à " in t else t for t in texts]


_TOLD_EN = re.compile(r"\b(he|she|they|we|I|you)\s+(?:\w+\s+)?(?:was|were|have\s+been|has\s+been|"
                      r"had\s+been)\s+(?:told|shown|given|asked)\b", re.IGNORECASE)
# the French subjects an English one may come out as
_SUBJECTS = {"he": ("il",), "she": ("elle",), "they": ("ils", "elles"), "we": ("nous",),
             "i": ("je", "j'", "j’"), "you": ("vous",)}
# subject pronoun -> its dative ("il" -> "lui"), and the auxiliary of "on" after it
_OF_SUBJECT = {"il": "lui", "elle": "lui", "ils": "leur", "elles": "leur", "nous": "nous",
           "vous": "vous", "je": "me", "j'": "m'", "j’": "m’"}
# The auxiliary of the subject -> that of "on" in the same tense (not "as": a noun too).
_ON_AUX = {form: "a" for form in avoir("present") - {"as"}} | {
    form: "avait" for form in avoir("imperfect")}
_TOLD = re.compile(
    WORD_START + r"(?P<subj>[Ii]ls?|[Ee]lles?|[Nn]ous|[Vv]ous|[Jj]e |[Jj]['’])\s?"
    r"(?P<aux>" + alternation(_ON_AUX) + r") été "
    r"(?P<verb>dit|montr|donn|demand)(?:é|ée|és|ées|e|s|es)?"
    r"(?:(?P<about> (?:sur|à propos|au sujet)(?: (?:de|d['’]|du|des|les|le|la|l['’])(?!\w))?)"
    r"|(?= (?:que|qu['’]|de |d['’]|une?|le|la|les|l['’]|des|du|ce|cet|cette|ces|"
    r"(?!par |pour |en |dans |à |au |aux |sur )\w+s? \w)))")
_ABOUT = {" sur le": " du", " sur les": " des", " sur": " de"}
_PARTICIPLE = {"dit": "dit", "montr": "montré", "donn": "donné", "demand": "demandé"}


def _on(m: re.Match[str], subjects: frozenset[str]) -> str:
    subj = m.group("subj").strip()
    if subj.lower() not in subjects:
        return m.group(0)
    dative = _OF_SUBJECT[subj.lower()]
    on = "On" if subj[:1].isupper() else "on"
    verb = _PARTICIPLE[m.group("verb")]
    about = m.group("about") or ""
    if about:  # *told about*: "parler de"
        verb = "parlé"
        about = _ABOUT.get(about, " de" + about.split(" de", 1)[1] if " de" in about else
                           " de" + about[about.rfind(" "):])
        about = about.replace(" de le", " du").replace(" de les", " des")
    pronoun = dative if dative.endswith(("'", "’")) else dative + " "
    return f"{on} {pronoun}{_ON_AUX[m.group('aux')]} {verb}{about}"


# *as you may know/recall*, said again after the address is made "vous" (the pivot's "Comme
# tu peut savoir" may reach here as "Comme vous pouvez savoir", "Comme vous il peut
# savoir"): the comment clause takes its "le"/"en" (Grevisse, § 680).
_AS_YOU_EN = re.compile(r"\bas you (?:may|might|probably|all|well|remember|recall)\b",
                        re.IGNORECASE)
_AS_YOU = (
    (re.compile(r"(?<![\w-])([Cc])omme vous (?:il |elle )?(?:peut|pouvez|pourriez|pourrait) "
                r"savoir,"), r"\1omme vous le savez peut-être,"),
    (re.compile(r"(?<![\w-])([Cc])omme vous (?:il |elle )?(?:peut|pouvez|pourriez|pourrait) "
                r"(?:retirer|rappeler|vous rappeler|souvenir|vous souvenir),"),
     r"\1omme vous vous le rappelez peut-être,"),
)


def told(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "il a été dit sur l'histoire" -> "on lui a parlé de l'histoire", "nous avons été
    montrés" -> "on nous a montré": see above."""
    out = briefed(sources, texts)
    for k, (source, text) in enumerate(zip(sources, out, strict=True)):
        if "omme vous" in text and _AS_YOU_EN.search(source):
            for pattern, new in _AS_YOU:
                text = pattern.sub(new, text)
            out[k] = text
        said = frozenset(f for m in _TOLD_EN.finditer(source) if "été" in text
                         for f in _SUBJECTS[m.group(1).lower()])
        if said:
            out[k] = _TOLD.sub(partial(_on, subjects=said), text)
    return out


# *briefed on/about*: the pivot's "rapporter" (to report) in the passive; French says "être
# informé de" (Petit Robert, *informer* 1: "mettre au courant").
_BRIEFED_EN = re.compile(r"\b(?:was|were|been|being|be)\s+briefed\s+(?:on|about)\b",
                         re.IGNORECASE)
_BRIEFED = re.compile(r"(?<![\w’'-])été rapporté(e|s|es)? (?:sur|dans|de|au sujet de|à propos de)"
                      r" (?:(les|le) )?")
# a noun subject (an article and one noun) of a passive *was shown/given* before the thing
# shown: "Le Président a été montré un simulateur" -> "On a montré au Président un simulateur"
_NOUN_TOLD_EN = re.compile(r"\b(?:the|a|an)\s+[A-Za-z]+\s+(?:was|were)\s+(?:shown|given)\s+"
                           r"(?:a|an|the|some|new|\w+s)\b", re.IGNORECASE)
_NOUN_TOLD = re.compile(
    r"(?:^|(?<=[.;:!?] )|(?<=, ))(?P<art>[Ll]e |[Ll]a |[Ll]es |[Ll]['’])(?P<noun>\w+) "
    r"(?P<aux>a|ont) été (?P<verb>montr|donn)(?:é|ée|és|ées) "
    r"(?=(?:une?|le|la|les|l['’]|des|du|ce|cet|cette|ces) )")
_TO_ARTICLE = {"le ": "au ", "la ": "à la ", "les ": "aux ", "l'": "à l'", "l’": "à l’"}


def _briefed(m: re.Match[str]) -> str:
    article = {"les": "des ", "le": "du "}.get(m.group(2) or "", "")
    if not article:
        article = "d'" if VOWEL_START.match(m.string[m.end():]) else "de "
    return f"été informé{m.group(1) or ''} {article}"


def _noun_told(m: re.Match[str]) -> str:
    art = m.group("art")
    on = "On" if art[:1].isupper() else "on"
    verb = _PARTICIPLE[m.group("verb")]
    return f"{on} a {verb} {_TO_ARTICLE[art.lower()]}{m.group('noun')} "


def briefed(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "a été rapporté sur son fonctionnement" -> "a été informé de son fonctionnement",
    "Le Président a été montré un simulateur" -> "On a montré au Président un simulateur"."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if "été rapport" in text and _BRIEFED_EN.search(source):
            text = _BRIEFED.sub(_briefed, text)
        if "été " in text and _NOUN_TOLD_EN.search(source):
            text = _NOUN_TOLD.sub(_noun_told, text)
        out[k] = text
    return out
