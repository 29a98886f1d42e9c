"""*Let us* + a verb French makes pronominal: the imperative with its reflexive after it.

``speech_en`` says *Let us remember* "We remember" before the engine and ``speech``'s
``imperatives`` writes the engine's "Nous souvenons" back as the imperative "Souvenons";
``pronominal`` then gives the verb its reflexive pronoun in front, as for a subject
("Nous souvenons des héros"). In the affirmative imperative the pronoun follows the verb
with a hyphen (Grevisse § 682: "Souvenons-nous des héros", "Rappelons-nous", "Unissons-nous").
Only where ``pronominal`` put "Nous" before an imperative in -ons that stood alone (opening
its sentence, capitalised, or after a comma) and the English has *Let us* / *Let's*; a "nous"
subject the engine wrote is lower case or not new.

*Let us not* + a verb (said "we do not" by ``speech_en``): the engine's "Nous n'oublions
pas" is the negative imperative "N'oublions pas" (the pronouns stay before the verb:
"Ne nous souvenons pas"), as often as the English has *Let us not*, at a clause start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER
from daybook.translate.pronominal import pronominal
from daybook.translate.speech_en import let_us, let_us_not

__all__ = ["let_pronominal", "negative_imperatives", "reflexive_after"]

# The imperative the pronominal rule gave its reflexive: "Nous souvenons" at a clause start.
# "nous" after a comma too ("Chers collègues, nous souvenons": *Colleagues, let us remember*).
_NOUS_VERB = re.compile(r"(?:(?<=^)|(?<=[.!?:;,]\s))([Nn])ous (" + LOWER + r"+ons)(?![\w’'-])")


def reflexive_after(source: str, before: str, after: str) -> str:
    """ "Nous souvenons" -> "Souvenons-nous" where ``before`` (the text ``pronominal``
    read) had the imperative "Souvenons" alone (see the module's doc)."""
    if not let_us(source) or after == before:
        return after

    def imperative(m: re.Match[str]) -> str:
        verb = m.group(2)
        first = verb[:1].upper() if m.group(1) == "N" else verb[:1]
        alone = re.search(r"(?<![\w’'-])(?<![Nn]ous )" + first + re.escape(verb[1:])
                          + r"(?![\w’'-])", before)
        return f"{first}{verb[1:]}-nous" if alone else m.group(0)

    return _NOUS_VERB.sub(imperative, after)


# "Nous n'oublions pas", "Nous ne nous souvenons pas" at a clause start.
_NOUS_NE = re.compile(r"(?:(?<=^)|(?<=[.!?:;,]\s))[Nn]ous (ne |n['’])((?:(?:nous|les|le|la|"
                      r"l['’]|leur|lui|y|en) )*)(" + LOWER + r"+ons) pas(?![\w’'-])")


def negative_imperatives(source: str, text: str) -> str:
    """ "Nous n'oublions pas ça" -> "N'oublions pas ça" where the English says *Let us
    not forget* (see the module's doc)."""
    count = let_us_not(source)
    if not count:
        return text

    def imperative(m: re.Match[str]) -> str:
        starts = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1:] in ".!?"
        ne = m.group(1)
        return (ne.capitalize() if starts else ne) + m.group(2) + m.group(3) + " pas"

    return _NOUS_NE.sub(imperative, text, count=count)


def let_pronominal(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``pronominal``, then its reflexive put after a *Let us* imperative; *Let us not*
    made the negative imperative."""
    done = pronominal(sources, texts)
    return [negative_imperatives(s, reflexive_after(s, b, a))
            for s, b, a in zip(sources, texts, done, strict=True)]
