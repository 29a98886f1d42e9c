"""*Let us* + a verb French makes pronominal: the imperative with its reflexive after it.

``speech_en`` says *Let us remember* "We remember" before the engine and ``speech``'s
``imperatives`` writes the engine's "Nous souvenons" back as the imperative "Souvenons";
``pronominal`` then gives the verb its reflexive pronoun in front, as for a subject
("Nous souvenons des héros"). In the affirmative imperative the pronoun follows the verb
with a hyphen (Grevisse § 682: "Souvenons-nous des héros", "Rappelons-nous", "Unissons-nous").
Only where ``pronominal`` put "Nous" before an imperative in -ons that stood alone (opening
its sentence or after a comma, capitalised) and the English has *Let us* / *Let's*; a "nous"
subject the engine wrote is lower case or not new.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER
from daybook.translate.pronominal import pronominal
from daybook.translate.speech_en import let_us

__all__ = ["let_pronominal", "reflexive_after"]

# The imperative the pronominal rule gave its reflexive: "Nous souvenons" at a clause start.
_NOUS_VERB = re.compile(r"(?:(?<=^)|(?<=[.!?:;,]\s))Nous (" + LOWER + r"+ons)(?![\w’'-])")


def reflexive_after(source: str, before: str, after: str) -> str:
    """ "Nous souvenons" -> "Souvenons-nous" where ``before`` (the text ``pronominal``
    read) had the imperative "Souvenons" alone (see the module's doc)."""
    if not let_us(source) or after == before:
        return after

    def imperative(m: re.Match[str]) -> str:
        verb = m.group(1)
        alone = re.search(r"(?<![\w’'-])(?<!nous )" + verb[:1].upper() + re.escape(verb[1:])
                          + r"(?![\w’'-])", before)
        return f"{verb[:1].upper()}{verb[1:]}-nous" if alone else m.group(0)

    return _NOUS_VERB.sub(imperative, after)


def let_pronominal(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """``pronominal``, then its reflexive put after a *Let us* imperative."""
    done = pronominal(sources, texts)
    return [reflexive_after(s, b, a) for s, b, a in zip(sources, texts, done, strict=True)]
