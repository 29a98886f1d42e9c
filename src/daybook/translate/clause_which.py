"""*which* whose antecedent is the whole clause before it: "ce qui", not "qui".

English *, which* may take up a whole statement ("They noted the constructive nature of
talks on these matters, which creates a favourable backdrop"; "You support our veterans,
which is very important"); French takes such a clause up with "ce qui" (Grevisse § 720:
"ce qui" as the subject of a relative whose antecedent is a clause; Robert & Collins,
*which*: "..., ce qui est très bien"). The pivot writes "qui", which reads as a relative of
the noun before it ("les matières, qui crée").

Read in the English: a *which* after a plural noun whose verb is in the singular (*matters,
which creates*; the noun cannot be its antecedent: the verb agrees with the clause), or
*which is* + an adjective of judgement ending the clause (*which is very good*, *which is
important*: the judgement of a fact). Not after a plural noun in an agent's *by* phrase ("the
campaign by the Kiev authorities, which has intensified": the campaign is its antecedent).
Before the engine such a *which* is said *what*, which the engine writes "ce qui" with the
verb in the singular ("ce qui crée", "ce qui est très important"); said after it, the "qui"
has already had its verb agreed with the plural noun ("qui sont très importants").
"""

from __future__ import annotations

import re

__all__ = ["english"]

# (not *which is why*, *which means*: the engine says "c'est pourquoi", "ce qui signifie que")
_SLOT_EN = re.compile(r", (which)\b(?! is why\b| means\b)")
# A plural noun before the comma (not a singular in -s: "bus", "process", "crisis", "gas").
_PLURAL = re.compile(r"(?<![\w’'-])(?!(?:this|its|has|was|is|us|gas|news|series|means|"
                     r"species|politics|economics)\b)[a-z]{2,}[^su\W]s$")
# An agent's *by* a few words before: the noun before *by* is the antecedent.
_BY = re.compile(r"\bby (?:\S+ ){0,3}\S+$")
_ADVERB = r"(?:also |certainly |of course |in turn |undoubtedly |clearly |only |already )?"
# The verb after *which* in the third person singular.
_SINGULAR = re.compile(rf" {_ADVERB}(?:is|was|has|[a-z]+[^su\W’'-]s)\b")
# *which is* (+ a degree) + an adjective of judgement, ending the clause.
_JUDGED = re.compile(r" (?:is|was) (?:also |of course |certainly )?(?:very |extremely |"
                     r"particularly |especially |really |quite |absolutely |so |most )?"
                     r"(?:good|important|great|encouraging|gratifying|pleasing|natural|"
                     r"understandable|logical|crucial|significant|symbolic|remarkable|"
                     r"bad|wrong|right|unacceptable|regrettable|worrying|positive|"
                     r"excellent|fine|normal|essential|necessary)(?=[.,;!?]|$)")


def _clause_antecedent(source: str, m: re.Match[str]) -> bool:
    """Whether the *which* at ``m`` takes up the clause before it."""
    if m.group(1) != "which":
        return False
    after = source[m.end():]
    if _JUDGED.match(after):
        return True
    before = source[:m.start()]
    return bool(_PLURAL.search(before) and _SINGULAR.match(after)
                and not _BY.search(before))


def english(line: str) -> str:
    """ "..., which creates" -> "..., what creates" where *which* takes up the clause before
    it (the engine's "ce qui crée"; its "qui" would be agreed with the noun before it)."""
    if ", which" not in line:
        return line
    for m in reversed(list(_SLOT_EN.finditer(line))):
        if _clause_antecedent(line, m):
            line = f"{line[:m.start()]}, what{line[m.end():]}"
    return line
