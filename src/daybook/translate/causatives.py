"""Causative frames: *make it possible to do*, *allow / enable someone to do* (French
"permettre (à qqn) de faire", Petit Robert, *permettre* 2; the usual rendering of
*enable*), *make something easier / more attractive* ("rendre qqch plus facile", Petit
Robert, *rendre* III: *faire* + adjective is an anglicism), *make it clear that*.

- Before the engine (``possible_en``): *make(s)/made/making it possible (for X) to V*,
  which ``eng-cat`` renders word for word ("le fait possible porter nos relations", "l'ont
  fait possibles couper"), is said *allow(s)/allowed/allowing (X) to V*, which the pivot
  reads as the governed infinitive it is ("permet de porter", "a permis de couper");
  *enable(s/d) X to V* likewise ("les habilitera à" -> "leur permettra de"). *It is
  possible for us to*, *make it possible.* (no infinitive) and *enable* without *to* are
  left alone. *make it easier (for X) to V* is said *allow (X) to V more easily* ("permettra
  de voyager plus facilement", was "le fera plus facile de voyager"), where the verb ends the
  clause or a determiner follows it. *make(s)/made/making it clear that*, which the pivot
  gives "fait éclaircit que", is said *clearly indicate(s/d/ing) that* ("a clairement
  indiqué que").
- After it (``allow_to``): with a noun phrase between *allow* and *to*, the pivot takes
  the noun phrase for a direct object and *to* for a purpose ("permet les régions pour
  maintenir", "a permis la Russie pour accroître"); French gives the person "à" and the
  infinitive "de": "permet aux régions de maintenir", "a permis à la Russie d'accroître".
  Only after a form of "permettre", a noun phrase that opens with a determiner (or "tout
  le monde") and has no punctuation, verb or preposition in it, and where the English has
  *allow*/*enable*/*make it possible for* with a word between it and *to*.
- After it (``make_adjective``): *make* + a noun phrase + a comparative ("make the process
  easier", "making this industry more attractive") comes out with "faire" and, often, a
  superlative article ("fait le processus le plus facile", "en faisant cette industrie plus
  attirante"); French says "rendre" with the comparative: "rend le processus plus facile",
  "en rendant cette industrie plus attirante". Only where the English comparative follows
  the noun phrase (*made greater efforts* is left alone) and the French "plus"/"moins"/
  "meilleur" follows a noun phrase that opens with a determiner right after "faire".
- After it (``cause_to``): *cause X to V* comes out "causer X pour V" ("a causé des prix
  pour monter", "causant de vieux conflits pour émerger"); French says "faire V X" (Petit
  Robert, *faire* III, the causative; *causer* takes a noun, not an infinitive): "a fait
  monter des prix", "faisant émerger de vieux conflits". Only where the English has
  *cause(s/d/ing)* with a word between it and *to*, and the French a form of "causer", a
  noun phrase opening with a determiner (or "de") with no verb or clause word in it, and
  "pour" before an infinitive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR, AVOIR_NONFINITE
from daybook.translate.french import LOWER, WORD_END, cased_like, contract, elides
from daybook.translate.noun_infinitives import noun_to
from daybook.translate.object_infinitives import object_to
from daybook.translate.participle_frames import participle_frames

__all__ = ["allow_to", "causatives", "cause_to", "make_adjective", "possible_en"]

_ALLOW = {"make": "allow", "makes": "allows", "made": "allowed", "making": "allowing",
          "enable": "allow", "enables": "allows", "enabled": "allowed",
          "enabling": "allowing"}
# *makes it possible (for X) to V*: the *for* goes, X becomes the object of *allow*.
_POSSIBLE = re.compile(r"\b(make|makes|made|making) it possible (?:for ((?:[\w’'-]+ ){1,5}?))?"
                       r"(?=to [a-z])", re.IGNORECASE)
# *enable X to V* (X a pronoun or a short noun phrase, no punctuation).
# *make it easier (for X) to V*: "permettre (à X) de V plus facilement" (the pivot's "le
# fera plus facile de voyager"); the adverb after the verb, before its object or the end.
_EASIER = re.compile(r"\b(make|makes|made|making) it easier (?:for ((?:[\w’'-]+ ){1,5}?))?"
                     r"to ([a-z]+)\b(?= (?:the|a|an|our|their|its|his|her|your|this|these|"
                     r"those)\b|[.,;:!?]|$)", re.IGNORECASE)
_CLEAR = re.compile(r"\b(make|makes|made|making) it clear that\b", re.IGNORECASE)
_INDICATE = {"make": "indicate", "makes": "indicates", "made": "indicated",
             "making": "indicating"}
# Not with an adverb after *to* (*enable them to smoothly start*): the pivot then gives
# "les permettre à doucement", worse than its "les habiliter à".
_ENABLE = re.compile(r"\b(enable|enables|enabled|enabling) (?=(?:(?!to\b)[\w’'-]+ ){1,5}to "
                     r"(?![a-z]+ly\b)[a-z])", re.IGNORECASE)


def _like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def possible_en(line: str) -> str:
    """ "makes it possible to bring" -> "allows to bring", "made it possible for us to
    cut" -> "allowed us to cut", "enable them to start" -> "allow them to start"."""
    if "possible" in line:
        line = _POSSIBLE.sub(lambda m: _like(_ALLOW[m.group(1).lower()], m.group(1)) + " "
                             + (m.group(2) or ""), line)
    if "easier" in line:
        line = _EASIER.sub(lambda m: _like(_ALLOW[m.group(1).lower()], m.group(1)) + " "
                           + (m.group(2) or "") + f"to {m.group(3)} more easily", line)
    if "clear that" in line:
        line = _CLEAR.sub(lambda m: _like("clearly", m.group(1)) + " "
                          + _INDICATE[m.group(1).lower()] + " that", line)
    if "nabl" in line:
        line = _ENABLE.sub(lambda m: _like(_ALLOW[m.group(1).lower()], m.group(1)) + " ", line)
    return line


_PERMETTRE = (r"(?:permet|permets|permettent|permettons|permettez|permettre|permettant|"
              r"permettra|permettront|permettrait|permettraient|permettait|permettaient|"
              r"permis|permit|permirent)")
# The noun phrase: a determiner (or "tout le monde"), then up to five words that are not
# prepositions, conjunctions, pronouns or verbs' clitics.
_DET = (r"(?:les|le|la|l['’]|des|un|une|nos|notre|vos|votre|leurs|leur|ses|son|sa|ces|ce|"
        r"cet|cette|chaque|tous les|toutes les|tout le|toute la|plusieurs|certains|"
        r"certaines|beaucoup de|de nombreux|de nombreuses)")
_NOT_IN_NP = (r"(?:pour|à|au|aux|que|qu['’]|qui|et|ou|dans|sur|avec|par|en|sans|"
              r"est|sont|a|ont|se|ne|pas)")
# A word of the noun phrase; "de" inside it ("des troupes de guerre") but not first.
_NP_WORD = r"(?:(?<=['’])| )(?!" + _NOT_IN_NP + WORD_END + r")[\w’'-]+"
_NP_FIRST = r"(?:(?<=['’])| )(?!(?:de|d['’]|" + _NOT_IN_NP + r")" + WORD_END + r")[\w’'-]+"
_TO = re.compile(r"(?<![\w’'-])(" + _PERMETTRE + r") (tout le monde|" + _DET + _NP_FIRST
                 + r"(?:" + _NP_WORD + r"){0,5}) pour (?=("
                 r"(?:l['’]|les |le |la |y |en |se |s['’]|nous |vous |leur |lui )?"
                 + LOWER + r"+(?:er|ir|re)" + WORD_END + r"))")
# The English verb with something between it and *to* (the object French gives "à").
# Not *allow the regions more freedom to act* (*to* is the noun's), nor *allow the creation
# of conditions to attract* (a purpose).
_ENGLISH = re.compile(r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?) "
                      r"(?!to\b)(?:(?!more\b|less\b|of\b)[\w’'-]+ ){1,6}to [a-z]"
                      r"|\bit (?:possible|easier) for ",
                      re.IGNORECASE)


def allow_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "permet les régions pour maintenir" -> "permet aux régions de maintenir": see
    above."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if "perm" in text.lower() and " pour " in text and _ENGLISH.search(source):
            text = _TO.sub(lambda m: m.group(1) + " " + contract("à", m.group(2))
                           + (" d'" if elides(m.group(3)) else " de "), text)
        out.append(text)
    return out


# "faire" -> "rendre", form by form; "fait" after an auxiliary is the participle "rendu".
_RENDRE = {"fait": "rend", "font": "rendent", "faisons": "rendons", "faites": "rendez",
           "fais": "rends", "fera": "rendra", "feront": "rendront", "ferons": "rendrons",
           "ferait": "rendrait", "feraient": "rendraient", "faisait": "rendait",
           "faisaient": "rendaient", "faire": "rendre", "faisant": "rendant", "fit": "rendit",
           "fasse": "rende", "fassent": "rendent", "ferai": "rendrai"}
_AUXILIARY = AVOIR | AVOIR_NONFINITE
_MADE = re.compile(r"(?<![\w’'-])(?:(\w+) )?(" + "|".join(_RENDRE) + r") (" + _DET
                   + r"(?:(?:(?<=['’])| )(?!" + _NOT_IN_NP + r"|plus|moins|meilleure?s?|le|la|les"
                   + WORD_END + r")[\w’'-]+){1,5}) (?:(?:le|la|les) )?(?=(?:plus|moins) "
                   + LOWER + r"|meilleure?s?" + WORD_END + ")", re.IGNORECASE)
# *make* + a noun phrase + a comparative that ends the phrase (not *made greater efforts*).
_MADE_EN = re.compile(r"\bma(?:ke|kes|de|king)(?: [\w’'-]+){1,5} "
                      r"(?:(?:more|less) [a-z]+|[a-z]+er|better)(?=[.,;:!?]|$| (?:for|to|and|"
                      r"in|than|as|by|with|or|but)\b)", re.IGNORECASE)


def make_adjective(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "fait le processus le plus facile" -> "rend le processus plus facile": see above."""
    def rendre(m: re.Match[str]) -> str:
        verb = m.group(2)
        before = m.group(1)
        form = "rendu" if verb.lower() == "fait" and before and before.lower() in _AUXILIARY \
            else _RENDRE[verb.lower()]
        return ((before + " ") if before else "") + cased_like(form, verb) + " " + m.group(3) + " "

    out = []
    for source, text in zip(sources, texts, strict=True):
        if ("plus " in text or "moins " in text or "meilleur" in text) \
                and _MADE_EN.search(source):
            text = _MADE.sub(rendre, text)
        out.append(text)
    return out


# "causer" -> "faire", form by form ("causé" after its auxiliary is the participle "fait").
_FAIRE = {"cause": "fait", "causent": "font", "causons": "faisons", "causez": "faites",
          "causé": "fait", "causés": "fait", "causée": "fait", "causées": "fait",
          "causant": "faisant", "causer": "faire", "causera": "fera", "causeront": "feront",
          "causerait": "ferait", "causeraient": "feraient", "causait": "faisait",
          "causaient": "faisaient", "causa": "fit"}
_CAUSE_FR = re.compile(r"(?<![\w’'-])(" + "|".join(_FAIRE) + r") ((?:" + _DET + r"|de|d['’])"
                       + _NP_FIRST + r"(?:" + _NP_WORD + r"){0,5}) pour ("
                       r"(?:l['’]|les |le |la |y |en |se |s['’])?" + LOWER
                       + r"+(?:er|ir|re))" + WORD_END, re.IGNORECASE)
# Not *in order to* / *so as to* (a purpose of its own).
_CAUSE_EN = re.compile(r"\bcaus(?:e|es|ed|ing) (?!to\b)(?:(?!order\b|as\b)[\w’'-]+ ){1,6}"
                       r"to [a-z]", re.IGNORECASE)


def cause_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "a causé des prix pour monter" -> "a fait monter des prix": see above."""
    def faire(m: re.Match[str]) -> str:
        noun = m.group(2)
        return (cased_like(_FAIRE[m.group(1).lower()], m.group(1)) + " " + m.group(3) + " "
                + noun)

    out = []
    for source, text in zip(sources, texts, strict=True):
        if "caus" in text.lower() and " pour " in text and _CAUSE_EN.search(source):
            text = _CAUSE_FR.sub(faire, text)
        out.append(text)
    return out


def causatives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The French rules above, in order, ``object_infinitives``, ``noun_infinitives`` and
    ``participle_frames`` (``protect``'s one entry for them)."""
    texts = cause_to(sources, make_adjective(sources, allow_to(sources, texts)))
    return participle_frames(sources, noun_to(sources, object_to(sources, texts)))
