"""*help* (someone) (to) do: French "aider (qqn) à faire" (Petit Robert, *aider* 1).

- Before the engine (``preedit``): *help* + a bare infinitive (*helps preserve*, *help the
  government promote*, *helped build*), which ``eng-cat`` reads as two finite verbs ("aide
  conserve", "aide le gouvernement promeut", "ont aidé bâtit"), is said with *to* (*helps
  to preserve*), which it reads as the infinitive it is ("aide à préserver"). Only where the
  English tagger reads *help* as a verb and the word after its object (a pronoun, or a noun
  phrase of determiners, adjectives and nouns) as the verb's bare form.
- After it (``help_to``): the object between *help* and *to* makes the pivot take *to* for a
  purpose, "pour" ("aident les jeunes pour choisir", "aidons nos entreprises pour entrer");
  after a form of "aider" and its object (no punctuation, no verb between), "pour" before
  an infinitive is "à" where the English has *help* ... *to* + verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER, WORD_END
from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "bare_infinitive", "help_to"]

Edit = tuple[int, int, str]

TRIGGERS = (r"\bhelp(?:s|ed|ing)? \w",)
_OBJECT = frozenset(("det", "adj", "n", "np", "num", "predet"))


def bare_infinitive(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "helps preserve" -> "helps to preserve", "help the government promote" -> "help the
    government to promote": ``k`` is the verb *help*; see above."""
    u = units[k]
    if u.pos != "vblex" or u.lemma.lower() != "help" or k + 1 >= len(units):
        return None
    j = k + 1
    if units[j].has("prn", "obj"):
        j += 1
    else:
        while j < len(units) and j - k <= 5 and units[j].pos in _OBJECT:
            j += 1
    if j >= len(units) or j - k > 5:
        return None
    verb = units[j]
    if verb.pos not in ("vblex", "vbhaver") or not (verb.has("inf") or verb.has("pres")) \
            or verb.has("p3") or verb.surface.lower() != verb.lemma.lower() \
            or not verb.surface.isalpha():
        return None
    if j > k + 1 and units[j - 1].pos not in ("n", "np") and not units[j - 1].has("prn"):
        return None  # the object ends with its noun
    return verb.start, verb.start, "to "


_AIDER = (r"[Aa]id(?:e|es|ons|ez|ent|é|ée|és|ées|er|ant|erai|eras|era|erons|erez|eront|"
          r"erais|erait|erions|eriez|eraient|ais|ait|ions|iez|aient|èrent|a)")
# "aider" + its object (no punctuation, no "et", no preposition but "de": *help you with
# activities to promote* is a purpose; six words at most) + "pour" + infinitive.
# (after "d'" only the verb, "d'aider", not the noun "d'aide").
_POUR = re.compile(r"(?:(?<=[Dd]['’])(?![Aa]ides?\b)|(?<![\w’'-]))(" + _AIDER
                   + r"(?: (?!(?:et|ou|qui|que|pour|à|avec|dans|sur|par|en|sans|entre|contre|"
                   r"vers|chez|depuis|pendant|selon) )[\w’'-]+){0,6}) pour (?=(?:(?:l['’]|"
                   r"les |le |la |y |en |se |s['’]|nous |vous |leur |lui ))?" + LOWER
                   + r"+(?:er|ir|re)" + WORD_END + r")")
# *help* the verb (not after a determiner or a preposition: *with the help of X to*).
_ENGLISH = re.compile(r"(?<!\bthe )(?<!\bher )(?<!\bhis )(?<!\bits )(?<!\bour )(?<!\byour )"
                      r"(?<!\btheir )(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bno )(?<!\bany )"
                      r"(?<!\bmy )(?<!\ba )\bhelp(?:s|ed|ing)?\b", re.IGNORECASE)


def help_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "aident les jeunes pour choisir" -> "aident les jeunes à choisir": see above."""
    return [_POUR.sub(r"\1 à ", t) if "aid" in t.lower() and _ENGLISH.search(s) else t
            for s, t in zip(sources, texts, strict=True)]
