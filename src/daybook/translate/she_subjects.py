"""*She* is "elle": the pivot writes "il" for it.

Catalan drops the subject pronoun ("Va morir el 24 de novembre"), and ``cat-fra`` gives the
verb back a masculine "il": *She passed away on November 24* came out "Il est décédé le 24
novembre", *She said that the project was ready* "Il a dit que le projet était prêt". The
site writes of women (condolences, awards, birthdays, a woman's question at a news
conference), so the man put in their place is an edit a publisher has to make.

A subject "il" (not an impersonal one: "il y a", "il faut", "il s'agit", "il semble", "il est
important de/que"...) is "elle" where the English sentence says *she* and neither *he* nor
*it* (which the pivot also writes "il"), and has no more "il" than *she*: then each of them
stands for *she*. Nor *that* or *this* as a subject ("to make sure that did not look
absurd": "qu'il n'a pas"). "s'il" is "si elle" (French elides "si" before "il" only), "a-t-il"
"a-t-elle". ``agreement.agree`` then agrees the participle or the adjective after "être"
with "elle" ("Elle est décédée", "elle était prête").
"""

from __future__ import annotations

import re

_SHE = re.compile(r"\bshe\b", re.IGNORECASE)
# English words the pivot may also write "il": then no telling which "il" is *she*; *that*
# or *this* as a subject ("to make sure that did not look absurd": "qu'il n'a pas").
_OTHER_IL = re.compile(r"\b(?:he|it|(?:that|this) (?:is|was|will|would|did|does|do|has|had|"
                       r"can|could|may|might|should|must|seems|seemed|looks|looked|means|"
                       r"meant|makes|made|not))\b", re.IGNORECASE)
# "il", "Il", "qu'il", "s'il", "-t-il", "-il" as a subject pronoun.
_IL = re.compile(r"(?P<before>(?<![\w’'-])(?:[Qq]u['’]|[Ss]['’])?|(?<=\w-t-)|(?<=\w-))"
                 r"(?P<il>[Ii]l)(?![\w’'-])")
# Impersonal "il" (Grevisse § 772): French has it where English has *there*, *it* or nothing.
_IMPERSONAL = re.compile(
    r"\s+(?:y\b|n['’]y\b|ne y\b|faut\b|fallait\b|faudra\b|faudrait\b|fallu\b|s['’]agit\b|"
    r"s['’]agissait\b|semble\b|semblait\b|existe\b|reste\b|restait\b|convient\b|suffit\b|"
    r"vaut\b|importe\b|se peut\b|paraît\b|va de soi\b|va sans dire\b|"
    r"(?:est|était|sera|serait|a été|fut)\s+(?:(?!la\b|le\b|les\b|une?\b)\w+\s+){0,2}?"
    r"(?:de|d['’]|que|qu['’]|temps|question)\b)")


def she(source: str, french: str) -> str:
    """ "Il est décédé le 24 novembre" -> "Elle est décédé le 24 novembre" (agreed after)
    where the source says "She passed away on November 24"; "qu'il" -> "qu'elle", "s'il" ->
    "si elle"."""
    if "il" not in french.lower() or not (count := len(_SHE.findall(source))):
        return french
    if _OTHER_IL.search(source):
        return french
    found = [m for m in _IL.finditer(french) if not _IMPERSONAL.match(french, m.end())]
    if not found or len(found) > count:
        return french
    out: list[str] = []
    last = 0
    for m in found:
        before, il = m.group("before"), m.group("il")
        elle = "Elle" if il[0] == "I" else "elle"
        if before[:1] in ("S", "s"):  # "s'il" -> "si elle"
            before = before[0] + "i "
        out.append(french[last:m.start()] + before + elle)
        last = m.end()
    return "".join(out) + french[last:]
