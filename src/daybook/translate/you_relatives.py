"""*you* as the subject of a relative or an object clause, said "que vous" with its verb.

The Catalan pivot says *you* "vostè", whose verb is in the third person, and reads *that
you* after a noun as a subject relative with *you* its object: "the envoy that you sent"
came out "l'envoyé qui vous a envoyé", "the equipment that you are making" "qui vous
fait", "my hope that you will continue" "mon espoir qui vous continuera", and "that you"
also "cela vous a envoyé". Without *that* (a contact relative) the verb keeps the third
person and no "que" is written: "the advantage you have gained" -> "l'avantage vous a
obtenu", "the cause you have devoted your life to" -> "la cause as consacré". French says
"que vous" and the verb in the second person plural ("l'envoyé que vous avez envoyé",
"mon espoir que vous continuerez", "l'avantage que vous avez obtenu"); *tu*'s auxiliary
with no pronoun after the head takes both ("la cause as consacré" -> "la cause que vous
avez consacré"), a relative after a preposition keeps its pronoun ("sur lesquelles vous
a parlé" -> "vous avez parlé"). Each French place
is taken only when the English sentence has at least as many *that/which you* (or noun +
*you* + verb) as the French has places of that kind; forms from Apertium's French
dictionaries (``gender``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.french import folded
from daybook.translate.gender import Reading, clause_tokens, generate, tokens_and_readings
from daybook.translate.relatives import DETERMINERS, contact_pronouns

__all__ = ["you_relatives"]

_TOKEN = clause_tokens()
# English *that/which you* and a word that can be a verb (not "that you all", "that you
# for"): a relative's or an object clause's subject.
_EN_THAT_YOU = re.compile(r"\b(?:that|which|whom)\s+you\s+(?!(?:all|both|for|and|or|to|"
                          r"in|on|at|with|by|from|of|as|very|so|too)\b)[a-z]", re.IGNORECASE)
_FINITE = ("pri", "pii", "fti", "cni", "ifi", "prs", "pis")
# Relative pronouns after a preposition ("sur lequel", "dont"): "vous" after them keeps
# them, only its verb is said in the second person plural.
_PREPOSED_RELATIVES = frozenset(("lequel", "laquelle", "lesquels", "lesquelles", "duquel",
                                 "auquel", "auxquels", "auxquelles", "desquels", "desquelles",
                                 "dont"))
_VERB = ("vblex", "vbser", "vbhaver", "vbmod")
# Where a clause (and its subject) may start: a noun right after these is the subject of
# the verb after "vous" ("Le ministre vous a dit"), no relative's head.
_CLAUSE_START = frozenset((",", ";", ":", ".", "!", "?", "«", "–", "—", "(", "et", "mais",
                           "ou", "que", "qu'", "qui", "si", "quand", "car", "donc"))


def _verb(reads: Sequence[Reading]) -> Reading | None:
    """The finite reading of a verb that is not in the second person plural (the pivot's
    "vostè" verb, or *tu*'s "as"), when the word reads as a verb; None otherwise."""
    finite = [r for r in reads if r.tags[:1] and r.tags[0] in _VERB and len(r.tags) > 3
              and r.tags[1] in _FINITE]
    if not finite or any(r.tags[2:4] == ("p2", "pl") for r in finite) or any(
            r.pos in ("pr", "det", "prn", "cnjsub", "cnjcoo", "adv") for r in reads):
        return None
    # the third person first ("a" is p3; "as" p2 sg)
    return next((r for r in finite if r.tags[2] == "p3"), finite[0])


def _tu_verb(tk: list[tuple[int, int, str]], reads: dict[str, tuple[Reading, ...]],
             i: int) -> Reading | None:
    """The reading of *tu*'s auxiliary at ``i`` ("as", "avais") before a participle, with no
    pronoun before it: the pivot's verb for *you* without "vous"."""
    got = reads.get(tk[i][2].lower(), ())
    aux = [r for r in got if r.tags[:1] == ("vbhaver",) and len(r.tags) > 3
           and r.tags[1] in _FINITE and r.tags[2:4] == ("p2", "sg")]
    if not aux or tk[i][2][:1].isupper() or i + 1 >= len(tk) or not any(
            r.pos == "pp" for r in reads.get(tk[i + 1][2].lower(), ())):
        return None
    return aux[0]


def _nominal(reads: Sequence[Reading]) -> bool:
    """A noun or an adjective and no verb, pronoun, determiner or preposition."""
    return any(r.pos in ("n", "adj") for r in reads) and not any(
        r.pos in ("det", "pr", "prn", "cnjsub", "cnjcoo", "rel", "adv") or (
            r.tags[:1] and r.tags[0] in _VERB and r.pos != "pp") for r in reads)


def _number(reads: Sequence[Reading]) -> set[str]:
    return {t for r in reads if r.pos == "n" for t in r.tags if t in ("sg", "pl")}


def you_relatives(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with its "qui vous a"/"cela vous a" (after *that you*) and its
    noun + "vous a" (after noun + *you*) said "que vous avez" (see above)."""
    that = [len(_EN_THAT_YOU.findall(s)) for s in sources]
    bare = [contact_pronouns(s).count("you") for s in sources]
    todo = [k for k in range(len(texts)) if that[k] or bare[k]]  # "vous", or "as" alone
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_TOKEN, texts, todo)
    if not reads:
        return list(texts)
    out = list(texts)
    for k in todo:
        tk = toks[k]
        after_rel: list[tuple[int, Reading]] = []
        after_noun: list[tuple[int, Reading]] = []
        kept_rel: list[tuple[int, Reading]] = []  # "sur lequel vous a parlé"
        for i in range(1, len(tk) - 1):
            tu = _tu_verb(tk, reads, i)
            if (tk[i][2].lower() != "vous" and tu is None) or tk[i + 1][2][:1].isupper():
                continue
            # "la cause as consacré": *tu*'s verb with no pronoun, "vous" goes before it
            verb = tu or _verb(reads.get(tk[i + 1][2].lower(), ()))
            if verb is None:
                continue
            at = i - 1 if tu else i  # "vous" or where it goes
            prev = folded(tk[i - 1][2])
            if tu is None and prev in ("qui", "cela"):
                after_rel.append((i, verb))
            elif tu is None and prev in _PREPOSED_RELATIVES:
                kept_rel.append((i, verb))
            elif (_nominal(reads.get(prev, ())) or (
                    i >= 2 and folded(tk[i - 2][2]) in DETERMINERS
                    and any(r.pos == "n" for r in reads.get(prev, ())))) \
                    and not tk[i - 1][2][:1].isupper():
                j = i - 1  # the head's phrase: nouns and adjectives, its determiner
                while j > 0 and (_nominal(reads.get(folded(tk[j - 1][2]), ())) or (
                        j >= 2 and folded(tk[j - 2][2]) in DETERMINERS
                        and any(r.pos == "n" for r in reads.get(folded(tk[j - 1][2]), ())))):
                    j -= 1  # a noun that is also a verb after its determiner ("l'avantage")
                det = folded(tk[j - 1][2]) if j else ""
                before = folded(tk[j - 2][2]) if j >= 2 else "."
                heads = set().union(*(_number(reads.get(folded(t[2]), ())) for t in tk[j:i]))
                subject = det in DETERMINERS and (before in _CLAUSE_START or j < 2)
                mismatch = bool(heads) and verb.tags[3] not in heads
                if det in DETERMINERS and (not subject or mismatch or verb.tags[2] == "p2"):
                    after_noun.append((at, verb))
        fixes: list[tuple[int, int, str]] = []
        wanted: list[tuple[int, str]] = []
        if after_rel and len(after_rel) <= that[k]:
            for i, verb in after_rel:
                fixes.append((tk[i - 1][0], tk[i - 1][1], "que"))
                wanted.append((i + 1, f"^{verb.lemma}<{verb.tags[0]}><{verb.tags[1]}><p2><pl>$"))
        if kept_rel and len(after_rel) + len(kept_rel) <= that[k]:
            wanted += [(i + 1, f"^{verb.lemma}<{verb.tags[0]}><{verb.tags[1]}><p2><pl>$")
                       for i, verb in kept_rel]
        if after_noun and len(after_noun) <= bare[k]:
            for i, verb in after_noun:
                said = "que " if tk[i][2].lower() == "vous" else "que vous "
                fixes.append((tk[i][0] if said == "que " else tk[i + 1][0],) * 2 + (said,))
                wanted.append((i + 1, f"^{verb.lemma}<{verb.tags[0]}><{verb.tags[1]}><p2><pl>$"))
        if not wanted:
            continue
        forms = generate([w for _, w in wanted])
        ok = [(i, forms[w]) for i, w in wanted if forms.get(w)]
        if len(ok) != len(wanted):
            continue  # a form not made: the place is left whole
        fixes += [(tk[i][0], tk[i][1], form) for i, form in ok]
        text = texts[k]
        for start, end, new in sorted(fixes, key=lambda f: (f[0], f[1]), reverse=True):
            text = text[:start] + new + text[end:]
        out[k] = text
    return out
