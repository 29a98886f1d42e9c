"""*need to* + a verb, which the pivot writes "avoir besoin de" + an infinitive.

``eng-cat`` says the modal *need to* with its noun ("Nous avons besoin de choisir les
villes", "Nous avons besoin à exhaustivement analyser"). A French text of the kind says the
obligation with *devoir* ("Nous devons choisir les villes"; Petit Robert, *devoir* I.1:
"être dans l'obligation de"; *avoir besoin de* + infinitive is a need felt, not a task).
Each affirmative "avoir besoin de/d'/à" + an infinitive becomes *devoir* in the same person
and tense ("avons" -> "devons", "aura" -> "devra", "avait" -> "devait"), an adverb in between
put after *devoir* ("avons besoin aussi d'agir" -> "devons aussi agir") and one in -ment
after the infinitive ("devons analyser exhaustivement"). Only where the English has as many
verbs *need(s) to* + verb as the French has "avoir besoin" + infinitive, paired in order,
and only the English ones that are a subject's modal: not *do not need to* (no obligation:
"n'avons pas besoin de" stays), not *needed to* (the past is left), not a contact relative
whose *need* has the object before it (*everything the cadets need to go about their day*,
*services they need to deal with a problem*: "tout ce dont ils ont besoin pour"). The
pivot's "n'avons besoin pas de" is put in French order ("n'avons pas besoin de"). Where the
pivot dropped the noun ("Nous avons prendre des mesures", "quand ils ont solliciter"), a form
of "avoir" between a subject pronoun and an infinitive (never French) is *devoir* too, where
the English has *need(s) to*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import LOWER, WORD_END, WORD_START, cased_like
from daybook.translate.gender import readings
from daybook.translate.processes import read_where
from daybook.translate.units import Unit

__all__ = ["need_to"]

# avoir -> devoir, same person and tense (present, future, conditional, imperfect).
_DEVOIR = {
    "ai": "dois", "as": "dois", "a": "doit", "avons": "devons", "avez": "devez",
    "ont": "doivent", "aurai": "devrai", "auras": "devras", "aura": "devra",
    "aurons": "devrons", "aurez": "devrez", "auront": "devront", "aurais": "devrais",
    "aurait": "devrait", "aurions": "devrions", "auriez": "devriez",
    "auraient": "devraient", "avais": "devais", "avait": "devait", "avions": "devions",
    "aviez": "deviez", "avaient": "devaient",
}
_AVOIR = "|".join(sorted(_DEVOIR, key=len, reverse=True))
_ADVERB = r"(?:aussi|vraiment|encore|toujours|simplement|seulement|déjà|certainement|" \
          r"également|tous|tout|" + LOWER + r"+ment)"
# A clitic or two before the infinitive ("de les accroître", "d'y aller", "de nous en").
_CLITICS = r"(?:(?:l['’]|les |le |la |y |en |nous |vous |se |s['’]|leur |lui |me |m['’])){0,2}"
_INFINITIVE = LOWER + r"+(?:er|ir|re|oir)" + WORD_END
_NEED = re.compile(
    r"(?:(?P<je>(?<![\w’'-])[Jj]['’])|" + WORD_START + r")(?P<neg>n['’](?:y )?)?(?P<aux>" + _AVOIR
    + r")(?P<inv>-(?:t-)?(?:nous|vous|ils|elles|il|elle|on|je|tu))?"
    r"(?P<pas> pas)? besoin(?P<adv>(?: " + _ADVERB + r"){0,2}) "
    r"(?:de |d['’]|à |pour )(?P<adv2>" + LOWER + r"+ment )?(?=" + _CLITICS + _INFINITIVE + r")",
    re.IGNORECASE)
# The pivot's negative: "n'avons besoin pas de" (*do not need to*).
_LATE_PAS = re.compile(WORD_START + r"(n['’](?:" + _AVOIR + r")) besoin pas (?:pour|de|d['’]) ?",
                       re.IGNORECASE)
_HINT = re.compile(r"\bneeds?\b", re.IGNORECASE)
# The pivot's *need to* without its noun: "Nous avons prendre des mesures" (a form of
# "avoir" right after its subject pronoun, then an infinitive: never French).
_NEED_TO_EN = re.compile(r"\bneeds? to\b", re.IGNORECASE)
_BARE = re.compile(r"(?:(?P<je>(?<![\w’'-])[Jj]['’])|" + WORD_START + r"(?P<subject>nous|vous|"
                   r"ils|elles|il|elle|on|tu) )(?P<aux>" + _AVOIR + r") (?=(?P<inf>"
                   + LOWER + r"+(?:er|ir|re|oir))" + WORD_END + r")", re.IGNORECASE)
# Between the subject and *need*: auxiliaries and adverbs (*we will also need to*).
_BETWEEN = frozenset(("adv", "preadv", "vbmod", "vbdo", "cnjadv"))
_NOUN_PHRASE = frozenset(("det", "adj", "n", "np", "num", "predet"))


def _modal(units: Sequence[Unit], k: int) -> bool | None:
    """For the unit ``k``, a verb *need* before *to* + a verb: whether it is a subject's
    modal (True), or a verb *need* the French must keep (False: negated, past, the object
    before it); None when ``k`` is no such verb."""
    u = units[k]
    if u.pos != "vblex" or u.lemma.lower() != "need" or k + 2 >= len(units) \
            or units[k + 1].surface.lower() != "to":
        return None
    j = k + 2
    while j < len(units) and units[j].pos in ("adv", "preadv"):
        j += 1
    if j >= len(units) or units[j].pos not in ("vblex", "vbser", "vbhaver", "vbdo") \
            or not units[j].has("inf"):
        return None
    if u.has("past") or u.has("pp"):
        return False
    b = k - 1
    while b >= 0 and units[b].pos in _BETWEEN:
        if units[b].surface.lower() in ("not", "never", "n't", "no"):
            return False
        b -= 1
    if b < 0:
        return True  # "Need to" at the start: let the French show the subject
    if units[b].has("prn", "subj"):
        b -= 1
    elif units[b].pos in _NOUN_PHRASE:
        while b >= 0 and units[b].pos in _NOUN_PHRASE:
            b -= 1
    else:
        return False
    # The unit before the subject: a noun or an indefinite pronoun is need's own object
    # (a contact relative: *everything the cadets need to go*); a relative pronoun, a
    # conjunction, punctuation or the start leave the modal.
    return not (b >= 0 and (units[b].pos in ("n", "np") or units[b].has("prn", "ind")
                            or units[b].has("prn", "obj")))


def _english(units: list[Unit]) -> tuple[bool, ...]:
    return tuple(flag for k in range(len(units))
                 if (flag := _modal(units, k)) is not None)


def _not_needed(m: re.Match[str]) -> str:
    """ "n'avons besoin pas pour s'apprêter" -> "n'avons pas besoin de s'apprêter"."""
    after = m.string[m.end():m.end() + 1]
    return f"{m.group(1)} pas besoin " + ("d'" if after in "aeiouéèêâîôh" and after else "de ")


def _devoir(m: re.Match[str]) -> str:
    aux = m.group("aux")
    verb = cased_like(_DEVOIR[aux.lower()], aux)
    if m.group("je"):  # "J'ai besoin de" -> "Je dois"
        verb = cased_like("je", m.group("je")) + " " + verb
    adverbs = m.group("adv") or ""
    return f"{verb}{m.group('inv') or ''}{adverbs} "


def _late_adverb(text: str, at: int, adverb: str) -> str:
    """``text`` with ``adverb`` put after the infinitive that starts at ``at`` (past its
    clitics)."""
    m = re.compile(_CLITICS + _INFINITIVE).match(text, at)
    if m is None:
        return text[:at] + adverb + " " + text[at:]
    return text[:m.end()] + " " + adverb + text[m.end():]


def _bare(text: str) -> str:
    """ "Nous avons prendre" -> "Nous devons prendre", "ils ont solliciter" -> "ils doivent
    solliciter", where the word after "avoir" is an infinitive and no noun ("plaisir")."""
    found = list(_BARE.finditer(text))
    if not found:
        return text
    reads = readings([m.group("inf").lower() for m in found])
    for m in reversed(found):
        got = reads.get(m.group("inf").lower(), ())
        if not any("inf" in x.tags for x in got) or any(x.tags[:1] == ("n",) for x in got):
            continue
        subject = cased_like("je", m.group("je")) if m.group("je") else m.group("subject")
        verb = _DEVOIR[m.group("aux").lower()]
        text = f"{text[:m.start()]}{subject} {verb} {text[m.end():]}"
    return text


def need_to(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Nous avons besoin de choisir" -> "Nous devons choisir", "n'avons besoin pas de" ->
    "n'avons pas besoin de", "Nous avons prendre" -> "Nous devons prendre": see above."""
    out = [_LATE_PAS.sub(_not_needed, t) if "besoin pas" in t else t for t in texts]
    out = [_bare(t) if _NEED_TO_EN.search(s) else t for s, t in zip(sources, out, strict=True)]
    todo = [k for k, t in enumerate(out) if "besoin" in t and _HINT.search(sources[k])]
    if not todo:
        return out
    found = read_where([sources[k] for k in todo], _HINT, _english)
    for n, k in enumerate(todo):
        flags = found.get(n)
        text = out[k]
        matches = list(_NEED.finditer(text))
        if not flags or len(flags) != len(matches):
            continue
        for flag, m in reversed(list(zip(flags, matches, strict=True))):
            if not flag or m.group("neg") or m.group("pas"):
                continue
            adverb = (m.group("adv2") or "").strip()
            new = text[:m.start()] + _devoir(m)
            rest = text[m.end():]
            text = new + (_late_adverb(rest, 0, adverb) if adverb else rest)
        out[k] = text
    return out
