"""Spoken requests, the recent past and pronoun objects, as French says them (after the
engine).

- *Please* + a verb opening a request: the engine's "S'il vous plaît accepte mes
  condoléances", "S'il vous plaît continue ce travail" -> "Veuillez accepter mes
  condoléances", "Veuillez continuer ce travail" ("veuillez" + infinitive, the formal
  request of written and official French: Grevisse, *Le bon usage*, § 815); also after an
  opening phrase and its comma, a dash, "donc", "alors", "et" ("Bien sûr, s'il vous plaît
  garder à l'esprit" -> "Bien sûr, veuillez garder à l'esprit");
- *have just* + a participle, the recent past: "J'ai juste parlé avec mes collègues",
  "Nous avons juste visité", "que le Président juste a mentionné", "Je suis juste arrivé",
  "a juste été signé" -> "Je viens de parler", "Nous venons de visiter", "que le Président
  vient de mentionner", "Je viens d'arriver", "vient d'être signé" ("venir de" +
  infinitive, the French recent past: *Le bon usage*, § 821); not after an object pronoun
  ("il m'a juste dit": the pronoun would move), nor where the English has no *have just*;
- *wish you*, *tell you* after a modal: "Je voudrais souhaiter vous une bienvenue" -> "Je
  voudrais vous souhaiter" (the object pronoun before its infinitive).

The infinitives are the lemmas of Apertium's French analyser (``gender.readings``), one
exchange for every text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate import speech_set
from daybook.translate.aux_forms import AVOIR_PRESENT, ETRE_PRESENT, alternation
from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.gender import Reading, readings
from daybook.translate.opinion_attributes import attributes
from daybook.translate.spoken_idioms import spoken_idioms
from daybook.translate.spoken_register import written

__all__ = ["spoken", "written"]

# ... also after a vocative, a phrase and its comma or a dash, "so", "and" ("Of course,
# please bear in mind" -> "Bien sûr, veuillez garder à l'esprit"; "Colleagues, please take").
_PLEASE_EN = re.compile(r"(?:^|[“\"«]\s*|[,;:–—]\s+|\b(?:[Ss]o|[Aa]nd|[Nn]ow)\s+)[Pp]lease,?\s+"
                        r"[a-z]+")
# (the pronoun the engine gave the verb dropped: "S'il vous plaît il accepte")
_PLEASE_FR = re.compile(r"(?:^|(?<=[«“\"]\s)|(?<=[«“\"])|(?<=[,;:–—]\s)|(?<=\b[Dd]onc )|"
                        r"(?<=\b[Aa]lors )|(?<=\b[Ee]t ))[Ss]['’]il vous plaît,? (?:il |elle )?"
                        r"([\w-]+)")
# *have just* + participle, and the simple past of speech *I just met* (the engine's French
# compound past "J'ai juste rencontré" is what the French side asks for).
_JUST_EN = re.compile(r"\b(?:have|has|['’]ve|['’]s)\s+just\s+[a-z]+(?:ed|en|wn|ne|t|d)\b|"
                      r"\b(?:I|we|you|they|he|she)\s+just\s+[a-z]+(?:ed|t|d|ne|w|ke|ve)\b",
                      re.IGNORECASE)
# "ai juste parlé" and the engine's "juste a mentionné" (the adverb before the auxiliary).
_AUX = alternation(AVOIR_PRESENT | ETRE_PRESENT)
_JUST_FR = re.compile(rf"(?<![\w-])(?:({_AUX}) juste|juste ({_AUX})) ([\w-]+)(?![\w’'-])")
_VENIR = {"ai": "viens", "as": "viens", "a": "vient", "avons": "venons", "avez": "venez",
          "ont": "viennent", "suis": "viens", "es": "viens", "est": "vient",
          "sommes": "venons", "êtes": "venez", "sont": "viennent"}
# An object pronoun before the auxiliary: "il m'a juste dit" is left ("il vient de me dire").
_OBJECT_BEFORE = re.compile(r"(?:(?<![\w’'-])(?:[mtls]['’]|lui|leur|les|le|la|y|en|me|te|se)"
                            r"|(?<=[mtls]['’]))\s*$", re.IGNORECASE)
# A subject pronoun right before, whose person the auxiliary must have.
_PRONOUN_BEFORE = re.compile(r"(?<![\w’'-])(je|j['’]|nous|vous)\s*$", re.IGNORECASE)
_PERSON = {"je": "viens", "j'": "viens", "j’": "viens", "nous": "venons", "vous": "venez"}
# *wish you*, *tell you* after a modal: "Je voudrais souhaiter vous une bienvenue", "dire
# vous brièvement" -> "vous souhaiter", "vous dire" (a pronoun object goes before its
# infinitive in French).
_GIVE_YOU_EN = re.compile(r"\b(?:wish|tell|give|show|send|offer|ask|remind|assure|inform|"
                          r"promise|bring|grant|pay|say to) (?:you|us)\b", re.IGNORECASE)
_INF_YOU_FR = re.compile(r"(?<![\w’'-])([a-zàâçéèêëîïôûù]+(?:er|ir|re)) (vous|nous)"
                         r"(?= (?!(?:et|ou|qui|que|qu['’]\w*|avez|êtes|pouvez|devez|allez|"
                         r"avons|sommes|pouvons|devons|allons)(?![\w’'-]))"
                         # not before an infinitive, whose object it is ("complaire nous dire")
                         r"(?![a-zàâçéèêëîïôûù]+(?:er|ir|re)(?![\w’'-]))[\w«])")
_J = re.compile(r"(?<![\w’'-])([Jj])['’]$")


def _infinitive(reads: Sequence[Reading], participle: bool) -> str | None:
    """The verb's infinitive: of a past participle (``participle``) or of a finite form or an
    imperative; None for no verb or two."""
    # other readings left aside: the word stands where the verb is ("continue": an adjective)
    verbs = [r for r in reads if r.tags[:1] and r.tags[0].startswith("vb")]
    wanted = [r for r in verbs if ("pp" in r.tags) == participle]
    lemmas = {r.lemma for r in wanted}
    return next(iter(lemmas)) if len(lemmas) == 1 else None


def _please(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    def fix(m: re.Match[str]) -> str:
        verb = _infinitive(reads.get(m.group(1).lower(), ()), participle=False)
        if verb is None:
            return m.group(0)
        return ("Veuillez " if m.group(0)[0] == "S" else "veuillez ") + verb

    return _PLEASE_FR.sub(fix, text)


def _just(text: str, reads: dict[str, tuple[Reading, ...]]) -> str:
    out, last = [], 0
    for m in _JUST_FR.finditer(text):
        aux = m.group(1) or m.group(2)
        verb = _infinitive(reads.get(m.group(3).lower(), ()), participle=True)
        before = text[last:m.start()]
        pronoun = _PRONOUN_BEFORE.search(text[:m.start()])
        if verb is None or _OBJECT_BEFORE.search(text[:m.start()]) or (
                pronoun is not None and _PERSON[pronoun.group(1).lower()] != _VENIR[aux]):
            continue  # "qui nous juste a parlé": the engine's person is wrong, left
        j = _J.search(before)
        if j is not None:  # "j'ai juste parlé" -> "je viens de parler"
            before = before[:j.start()] + j.group(1) + "e "
        de = "d'" if VOWEL_START.match(verb) else "de "
        out.append(before + cased_like(f"{_VENIR[aux]} {de}{verb}", m.group(0)))
        last = m.end()
    return "".join(out) + text[last:] if out else text


def spoken(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with *Please* + a verb as "Veuillez" + infinitive and *have just* +
    a participle as "venir de" + infinitive, where its English source says so; then the set
    phrases of ``speech_set`` ("Ne vous inquiétez pas", "si vous me permettez"), and the
    spoken expressions of ``spoken_idioms`` ("C'est à cause de cela que" -> "C'est
    pourquoi") and the attribute of a verb of opinion's object (``opinion_attributes``:
    "considérons pour être" -> "considérons comme"). The written register, ``written``
    (``spoken_register``: "ça" -> "cela"), comes after every rule: ``protect`` imports it
    from here."""
    return attributes(sources, spoken_idioms(sources, speech_set.french(sources,
                                                                        _spoken(sources, texts))))


def _spoken(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    please = [bool(_PLEASE_EN.search(s)) and "il vous plaît" in t
              for s, t in zip(sources, texts, strict=True)]
    just = [bool(_JUST_EN.search(s)) and "juste " in t
            for s, t in zip(sources, texts, strict=True)]
    words = {m.group(1).lower() for k, t in enumerate(texts) if please[k]
             for m in _PLEASE_FR.finditer(t)}
    words |= {m.group(3).lower() for k, t in enumerate(texts) if just[k]
              for m in _JUST_FR.finditer(t)}
    give = [bool(_GIVE_YOU_EN.search(s)) and ("vous " in t or "nous " in t)
            for s, t in zip(sources, texts, strict=True)]
    words |= {m.group(1).lower() for k, t in enumerate(texts) if give[k]
              for m in _INF_YOU_FR.finditer(t)}
    if not words:
        return list(texts)
    reads = readings(sorted(words))
    out = []
    for k, text in enumerate(texts):
        if please[k]:
            text = _please(text, reads)
        if just[k]:
            text = _just(text, reads)
        if give[k]:
            text = _INF_YOU_FR.sub(lambda m: f"{m.group(2)} {m.group(1)}" if any(
                r.tags[:2] == ("vblex", "inf") for r in reads.get(m.group(1).lower(), ()))
                else m.group(0), text)
        out.append(text)
    return out
