"""*them* before a compound tense: the participle agreed with "les" (Grevisse § 942).

The participle after "avoir" agrees with a direct object placed before it, and the pronoun
"les" always stands before (*It was not Russia that isolated them* "qui les a isolés", *we
received the proposals and studied them* "et les avons étudiées"). The pivot leaves the
participle in the masculine singular ("les a isolé", "les avons étudié"). The participle is
made plural, feminine where every plural noun before "les" in the sentence is feminine,
masculine where every one is masculine or there is none (the undetermined plural, people:
``those_of.plural_gender``); left where both genders stand before.

Guards: only as many "les" + "avoir" + participle as the English has *them*; not a
participle before an infinitive ("les a fait venir", "les a vu partir"), nor "eu", "pu",
"dû", "voulu", "fallu" (their object is an infinitive understood), "été", "su", "laissé",
"fait".
"""

from __future__ import annotations

import re

from daybook.translate.agreement import form_in
from daybook.translate.aux_forms import AVOIR, alternation, avoir
from daybook.translate.gender import clause_tokens, readings
from daybook.translate.those_of import plural_gender

_AVOIR = alternation(AVOIR | avoir("subjunctive") | {"ayant", "avoir"})
_FRENCH = re.compile(rf"(?<![\w’'-])les (?:{_AVOIR}) (?:(?:pas|jamais|déjà|bien|toujours|aussi|"
                     rf"plus|tous|toutes|souvent|[a-zéè]+ment) ){{0,2}}([a-zàâçéèêëîïôûù]+)"
                     rf"(?: ([a-zàâçéèêëîïôûù]+))?")
_THEM = re.compile(r"\bthem\b", re.IGNORECASE)
_TOKEN = clause_tokens()
_INVARIABLE = frozenset(("eu", "pu", "dû", "voulu", "fallu", "été", "su", "laissé", "fait"))


def them_participles(source: str, french: str) -> str:
    """``french`` with the participle after "les" + "avoir" agreed with it (see the
    module's doc): "qui les a isolé" -> "qui les a isolés"."""
    if "les " not in french or not _THEM.search(source):
        return french
    found = [m for m in _FRENCH.finditer(french) if m.group(1) not in _INVARIABLE]
    if not found or len(found) > len(_THEM.findall(source)):
        return french
    reads = readings(sorted({w for m in found for w in m.groups() if w}))
    out = french
    for m in reversed(found):
        participle = [r for r in reads.get(m.group(1), ()) if r.pos == "pp"]
        after = reads.get(m.group(2), ()) if m.group(2) else ()
        # after "les" + "avoir" a participle's reading wins ("atteint", "isolé")
        if not participle or any(r.number != "sg" or r.gender == "f" for r in participle) or (
                after and all("inf" in r.tags for r in after)):
            continue  # no participle, already agreed, or before an infinitive
        before = [t.group(0) for t in _TOKEN.finditer(french[:m.start()])]
        gender = plural_gender(before, readings(
            sorted({w.lower() for w in before if w[:1].isalpha()})))
        if gender is None:
            continue  # plural nouns of both genders before: which "les" is, is unknown
        made = form_in(participle[0], gender, "pl")
        if made is not None:
            out = out[:m.start(1)] + made + out[m.end(1):]
    return out
