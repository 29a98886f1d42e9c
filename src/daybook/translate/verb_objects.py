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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import WORD_END, WORD_START

__all__ = ["TRIGGERS", "answer_to", "present_want", "seems_to_me", "wanted_past"]

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
