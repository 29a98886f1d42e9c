"""*all (that) we need* (a fused relative: "everything that we need") and its pseudo-cleft
*All we need is X*, as French says them.

English drops the relative after *all* ("All they need is guarantees", "they are doing all
they can": Swan, *Practical English Usage* § 41, *all* = *everything that*); French says
"tout ce que"/"tout ce dont" and resumes the pseudo-cleft's subject with "c'est" ("Tout ce
dont nous avons besoin, c'est X", "Tout ce que je veux, c'est de vivre en paix": Grevisse
§ 702, the *ce ... c'est* of emphasis). The engine read *all* as the subject's determiner
("Tout ont besoin est des garanties", "Tout nous avons besoin doit donner", "Ils font tout
peuvent"). Before the engine (``english``), *all (that)* + *we/they/you/I* + a verb of
the list below is sent as *everything that* ("Tout ce dont ils ont besoin", "tout ce
qu'ils peuvent"); not after *above*, *after*, *at*, *for*, *of* ("above all we need",
"first of all we want", "for all we know"), not *he/she* (the engine reads *that he* as
"qui"), not *do* (read as a noun, "fumier"). After it (``cleft``), the pseudo-cleft's
"est"/"était" is ", c'est"/", c'était" and the engine's "doit"/"devait" (*is to* + a verb)
", c'est de"/", c'était de", as many as the English has such a clause before *is/was*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import elides

__all__ = ["cleft", "english"]

# Verbs the engine renders after "tout ce que/dont" + the pronoun.
_VERBS = ("need", "needed", "want", "wanted", "can", "have", "had", "ask", "asked", "require",
          "know", "knew", "see", "saw", "must", "should", "will", "would", "hope", "expect")
_FUSED = re.compile(r"(?<![Aa]bove )(?<![Aa]fter )(?<![Aa]t )(?<![Ff]or )(?<![Oo]f )"
                    r"\b(?P<a>[Aa])ll (?:that )?(?=(?:we|they|you|I) "
                    rf"(?:{'|'.join(_VERBS)})\b)")
# The pseudo-cleft in the English: the fused relative, then *is/was* in the same clause.
_CLEFT_EN = re.compile(_FUSED.pattern + r"[^,.;:!?]*? (?:is|was)\b")
# The French: "Tout ce que/dont" + the relative, then the engine's main verb ("ce" is put
# in after this by ``stranded``, with "dont" for "avoir besoin").
_CLEFT_FR = re.compile(r"\b(?P<head>[Tt]out (?:ce )?(?:dont |que |qu['’])[^,.;:!?]{1,60}?) "
                       r"(?P<verb>est|était|doit|devait) (?P<next>\w+)")
_C_EST = {"est": "c’est", "était": "c’était", "doit": "c’est de", "devait": "c’était de"}


def english(line: str) -> str:
    """ "All we need is" -> "Everything that we need is", "doing all they can" -> "doing
    everything that they can"."""
    if "ll " not in line:
        return line
    return _FUSED.sub(lambda m: ("E" if m.group("a") == "A" else "e") + "verything that ", line)


def cleft(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Tout ce dont nous avons besoin est X" -> "Tout ce dont nous avons besoin, c’est X",
    "Tout ce que je veux doit vivre" -> "Tout ce que je veux, c’est de vivre"."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        wanted = len(_CLEFT_EN.findall(source))
        if not wanted:
            continue

        def resume(m: re.Match[str]) -> str:
            new = _C_EST[m.group("verb")]
            following = m.group("next")
            if new.endswith(" de") and elides(following):
                new = new[:-1] + "’"
                return f"{m.group('head')}, {new}{following}"
            return f"{m.group('head')}, {new} {following}"

        out[k] = _CLEFT_FR.sub(resume, text, count=wanted)
    return out
