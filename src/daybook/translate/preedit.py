"""English rewritten, before Apertium, into English it translates well (pre-editing).

A rule-based engine garbles some English constructions the same way every time: a
possessive before a long noun phrase ("Kazakhstan's socioeconomic and other successes":
"le Kazakhstan socio-économique"), a participle used as an adjective after "and" ("and
invited guest countries": "et a invité pays d'hôte"), "leading" before a noun ("de porteur
les organisations"), a gerund with its object after a preposition ("of establishing
relations": "d'établir des relations"), a phrasal verb ("set up": "monter"), a pronoun
before an adverb ("We also noted": "Aussi avons remarqué"), fixed expressions ("At the same
time": "À l'"). Each is said again in English the engine reads right ("the successes of
Kazakhstan", "and of the invited countries", "major", "of the establishment of relations",
"establish", "We noted also", "In the same time"). A clause opening with a pronoun after a
comma goes to the engine alone (``clauses``), where ``cat-fra`` keeps its pronoun.

The rules read the engine's own reading of the sentence: the units of Apertium's English
tagger (``eng-cat``'s analyser, constraint grammar and tagger, surface forms on), so that a
word is taken as the part of speech the engine itself will take it as. They only move,
add or replace common words: every placeholder, name and figure of the line stays, once
(the tests check it). Tables: ``data/preedit_en.json`` (general English, see its notes).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import cast

from daybook.translate import (
    and_participles,
    complements,
    gerund_lists,
    helps,
    ing_adjectives,
    not_only,
    noun_stacks,
    noun_triples,
    owned_superlatives,
    preedit_np,
    products_np,
    quantifiers,
    relatives_en,
    scale_np,
    split_infinitives,
    stacks_np,
    tenses_en,
    that_np,
    time_owners,
    verb_objects,
)
from daybook.translate.phrasal import PARTICLES, SPLIT_OBJECTS, Phrasal, phrasal
from daybook.translate.scale_np import large_scale
from daybook.translate.units import NP_START, Unit, read_units

__all__ = ["Unit", "clauses", "join_clauses", "may_change", "preedit", "read_units", "table"]

@cache
def table() -> dict[str, dict[str, str] | list[str]]:
    raw = json.loads(resources.files("daybook.data").joinpath("preedit_en.json")
                     .read_text("utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


# Prepositions before a gerund that French follows with a noun ("of the establishment of"):
# not "by" ("en développant") nor "without" ("sans développer"), which French says with a verb.
_GERUND_AFTER = frozenset(("of", "for", "to", "on", "in", "at", "about", "towards", "toward",
                           "into", "upon", "thanks to"))
# Verbs whose *on* is not "sur" in French ("dépendre de", "compter sur" is `particles`').
_ON_VERBS = frozenset(("depend", "rely", "count", "base", "insist", "congratulate", "spend",
                       "embark", "focus"))
_FINITE = frozenset(("vbser", "vbhaver", "vbmod", "vbdo"))
# A noun phrase's inside: adjectives, nouns, figures, ordinals; "other" ("numerous other").
_NP_INSIDE = frozenset(("adj", "n", "num"))
_BREAK = frozenset(("sent", "cm", "lpar", "rpar", "guio", "lquot", "rquot"))


def _is_finite(u: Unit) -> bool:
    return u.pos in _FINITE or (u.pos == "vblex" and ("pres" in u.tags or "past" in u.tags))


def _inside(units: Sequence[Unit], i: int, j: int) -> bool:
    """Whether unit ``j`` goes on the noun phrase that started at ``i`` (and is no noun)."""
    u = units[j]
    nxt = units[j + 1] if j + 1 < len(units) else None
    prev = units[j - 1].pos if j > i else ""
    follows = nxt.pos if nxt is not None else ""
    if nxt is not None and nxt.pos == "det" and nxt.lemma.lower() == "other":
        follows = "adj"  # "and other successes"
    return (u.pos in _NP_INSIDE or (u.pos == "det" and u.lemma.lower() == "other")
            or (u.pos == "adv" and follows == "adj")
            # "socioeconomic, scientific and numerous other successes"
            or (u.pos == "cm" and follows == "adj" and prev == "adj")
            # "the country's defence capability and national security"
            or (u.pos == "cnjcoo" and follows in ("adj", "n") and prev in ("adj", "n"))
            # "one's chosen vocation"
            or (u.has("vblex", "pp") and follows in ("n", "adj")))


def _np_end(units: Sequence[Unit], i: int) -> int:
    """The index after the noun phrase starting at ``i`` whose head is its last noun: a
    determiner, adverbs before adjectives, adjectives in a list ("socioeconomic, scientific
    and other"), nouns; ``i`` itself when no noun ends it."""
    j, last_noun = i, i
    if j < len(units) and units[j].pos == "det" and units[j].lemma.lower() != "other":
        j += 1
    while j < len(units):
        if units[j].pos in ("n", "np"):
            last_noun = j + 1
        elif not _inside(units, i, j):
            break
        j += 1
    return last_noun


def _text(line: str, units: Sequence[Unit], i: int, j: int) -> str:
    return line[units[i].start:units[j - 1].end] if j > i else ""


def _lower_start(words: str, first: Unit) -> str:
    """A phrase moved from the start of a sentence loses its capital, unless it is a proper
    noun, an acronym or a placeholder."""
    if first.pos in ("det", "adj", "n") and "acr" not in first.tags and words[1:2].islower():
        return words[:1].lower() + words[1:]
    return words


def _is_genitive(units: Sequence[Unit], k: int) -> bool:
    """A possessive; after a word the tagger does not know, its "'s" is read as "has"
    ("Fatherland's traditions"): before a noun or an adjective it is a possessive too."""
    u = units[k]
    if u.pos == "gen":
        return True
    return (u.pos == "vbhaver" and u.surface in ("'s", "’s") and 0 < k < len(units) - 1
            and not units[k - 1].tags and units[k + 1].pos in ("n", "adj"))


def _possessive(line: str, units: Sequence[Unit], g: int) -> tuple[int, int, str] | None:
    """ "Kazakhstan's socioeconomic and other successes" -> "the socioeconomic and other
    successes of Kazakhstan"; "people's quality of life" -> "the quality of life of the
    people"; the possessor may be names joined by "and" ("the UN and Germany's efforts")."""
    # The possessor: back over nouns and adjectives, then a determiner.
    i = g
    while i > 0 and units[i - 1].pos in ("n", "np", "adj", "num"):
        i -= 1
    if i == g or units[g - 1].pos not in ("n", "np"):
        return None
    if i >= 2 and units[i - 1].pos == "cnjcoo" and units[i - 2].pos == "gen":
        return None  # "Russia's and Italy's companies": two owners, left as they are
    if i > 0 and units[i - 1].pos == "det":
        i -= 1
    proper = all(u.pos == "np" or "acr" in u.tags for u in units[i:g])
    if proper and i >= 2 and units[i - 1].lemma == "and" and (
            units[i - 2].pos == "np" or "acr" in units[i - 2].tags):
        k = i - 2
        while k > 0 and (units[k - 1].pos == "np" or "acr" in units[k - 1].tags):
            k -= 1
        if k > 0 and units[k - 1].pos == "det":
            k -= 1
        i = k
    end = _np_end(units, g + 1)
    if end == g + 1 or units[g + 1].pos == "det":
        return None
    after = units[end:end + 2]
    if after and (after[0].pos in ("cnjcoo", "guio") or (
            after[0].pos == "cm" and len(after) > 1 and after[1].pos in ("adj", "n"))):
        return None  # the phrase goes on in a way not read here ("financial, industrial")
    # "quality of life": a bare noun after "of" belongs to the head.
    if end + 1 < len(units) and units[end].lemma == "of" and units[end + 1].pos == "n" and (
            end + 2 >= len(units) or units[end + 2].pos != "n"):
        end += 2
    owner = _text(line, units, i, g)
    if units[i].pos == "n" and "acr" not in units[i].tags:
        owner = "the " + owner  # "people's" -> "of the people"
    elif i == 0:
        owner = _lower_start(owner, units[i])
    the = "The" if i == 0 and line[units[0].start:units[0].start + 1].isupper() else "the"
    owned = stacks_np.stack(units, g + 1, end)  # "youth educational platforms"
    return (units[i].start, units[end - 1].end,
            f"{the} {owned[2] if owned else _text(line, units, g + 1, end)} of {owner}")


def _gerund(line: str, units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "of establishing diplomatic relations" -> "of the establishment of the diplomatic
    relations"; a sentence opening with one as its subject ("Developing ties is") too."""
    u = units[k]
    nouns = table()["nouns"]
    assert isinstance(nouns, dict)
    if u.pos != "vblex" or not (u.has("ger") or u.has("pprs")) or \
            u.lemma.lower() not in nouns or k + 1 >= len(units) or \
            units[k + 1].pos not in NP_START or u.surface[1:] != u.surface[1:].lower():
        return None
    if k == 0:  # the subject of the sentence: a finite verb follows before any comma
        verb = next((j for j in range(k + 1, len(units))
                     if _is_finite(units[j]) or units[j].pos in _BREAK), None)
        if verb is None or not _is_finite(units[verb]):
            return None
        the = "The"
    elif units[k - 1].pos in ("pr", "adv") and units[k - 1].lemma.lower() in _GERUND_AFTER:
        the = "the"  # the tagger reads "in", "on" before a gerund as adverbs
    elif gerund_lists.opener(units[k - 1]):
        the = "the"  # *including building roads*, *priorities: building roads*
    else:
        return None
    nxt = units[k + 1]
    article = " the" if nxt.pos in ("adj", "n") and "acr" not in nxt.tags else ""
    noun = f"{the} {nouns[u.lemma.lower()]} of{article}"
    prep = units[k - 1] if k else None
    if prep is not None and prep.lemma.lower() in ("on", "upon") and (
            k < 2 or units[k - 2].lemma.lower() not in _ON_VERBS):
        # *on* + a noun is Catalan "en", French "dans"; *talks on*, *focus on* say "sur"
        return prep.start, u.end, f"{'A' if prep.surface[:1].isupper() else 'a'}bout {noun}"
    return u.start, u.end, noun


# -ing words that are also nouns or adjectives before a bare noun ("by working groups").
_ING_NOUNS = frozenset(("leading", "following", "working", "existing", "growing",
                        "increasing", "developing", "ruling", "governing", "neighbouring",
                        "remaining", "coming", "upcoming", "ongoing", "emerging", "visiting",
                        "training", "opening", "closing", "building", "housing", "funding",
                        "planning", "meeting", "hearing", "manufacturing", "processing",
                        "mining", "banking", "shipping", "teaching", "learning", "spending",
                        "farming", "fishing", "marketing", "sporting", "outstanding",
                        "participating", "attending", "operating", "founding", "missing"))


# -ing words English uses as adjectives before a noun ("by rising prices").
_ING_ADJECTIVES = frozenset(("rising", "falling", "promising", "flying", "declining",
                             "changing", "interesting", "striking", "pressing", "lasting",
                             "prevailing", "booming", "thriving", "surprising", "amazing",
                             "competing", "continuing", "prospering", "sitting", "serving",
                             "acting", "retiring", "outgoing", "incoming", "aging", "ageing",
                             "dying", "living", "loving", "caring", "willing", "rolling"))


def _by_gerund(units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "by investing in" -> "through investing in": the engine writes *by* + -ing "pour
    investir" (a purpose), *through* + -ing "à travers investir", which ``gerunds`` says
    "en investissant"."""
    u = units[k]
    if u.surface.lower() != "by" or k + 1 >= len(units):
        return None
    ing = units[k + 1]
    if ing.pos != "vblex" or not (ing.has("ger") or ing.has("pprs") or ing.has("subs")) or \
            not ing.surface.endswith("ing") or (ing.surface[:1].isupper() and k > 0):
        return None
    nxt = units[k + 2] if k + 2 < len(units) else None
    before = next((x for x in reversed(units[:k]) if x.pos != "adv"), None)
    if nxt is None or nxt.pos == "np" or (nxt.pos in ("n", "adj") and (
            ing.surface.lower() in _ING_NOUNS or ing.surface.lower() in _ING_ADJECTIVES
            or (before is not None and before.has("pp")))) or (
            ing.surface.lower() in _ING_NOUNS and nxt.pos in ("sent", "cm")):
        return None  # "by working groups", "hit by rising prices": an adjective or a noun
        # (a passive's agent); "by creating new jobs" is a verb with its object
    if k > 0 and units[k - 1].lemma.lower() in ("stand", "pass", "go", "drop", "come",
                                                "start", "begin", "end", "finish",
                                                "conclude", "open", "close"):
        return None  # "stand by" (a phrasal verb); "start by thanking": the engine's own
    return u.start, u.end, "Through" if u.surface[:1].isupper() else "through"


def _joint(units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "joint projects" -> "common projects" where the tagger reads *joint* as a noun before
    a word it reads as a verb ("la junte projette"); *common* it reads as an adjective
    ("des projets communs")."""
    u = units[k]
    if u.surface != "joint" or u.pos not in ("n", "vblex") or k + 1 >= len(units):
        return None
    nxt = units[k + 1]
    if nxt.lemma.lower() in ("venture", "stock", "chief", "chiefs", "staff"):
        return None  # "joint venture" ("coentreprise"), "Joint Chiefs of Staff"
    # the next word read as a verb ("la junte projette"); *joint* read as a verb is put right
    # after the engine (adjectives_np.joint), before a noun reading the engine says it well
    return (u.start, u.end, "common") if nxt.pos == "vblex" else None


def _adjective(units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    t = table()
    assert isinstance(t["adjectives"], dict) and isinstance(t["gerund_nouns"], dict)
    return ing_adjectives.adjective(units, k, t["adjectives"], t["gerund_nouns"])


@cache
def _phrasal_table() -> Phrasal:
    t = table()
    return Phrasal(cast("dict[str, list[str]]", t["phrasal"]), frozenset(t["phrasal_objects"]))


def _event_compound(line: str, units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "the summit working meetings" -> "the working meetings of the summit"."""
    events = table()["events"]
    u = units[k]
    if u.lemma.lower() != "the" or k + 2 >= len(units):
        return None
    event = units[k + 1]
    if event.pos != "n" or event.surface.lower() not in events:
        return None
    j = k + 2
    while j < len(units) and (units[j].pos == "n" or (
            (units[j].has("ger") or units[j].has("pprs")) and j + 1 < len(units)
            and units[j + 1].pos == "n")):
        j += 1
    if j == k + 2 or units[j - 1].pos != "n" or (
            j == k + 3 and units[j - 1].surface.lower() in events):
        return None
    if j < len(units) and units[j].lemma == "of":
        return None  # the head has its own complement
    return (u.start, units[j - 1].end,
            f"{u.surface} {_text(line, units, k + 2, j)} of the {event.surface}")


_VERBS = frozenset(("vblex", "vbhaver", "vbmod", "vbser", "vbdo"))
# What may not follow the verb when the adverb goes after it: a bare noun or adjective
# ("We discussed also trade": "commercer"), a particle ("look certainly forward").
_NOT_AFTER_VERB = frozenset(("n", "adj", "adv", ""))


def _adverb(line: str, units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "We also discussed the matter" -> "We discussed also the matter": a subject pronoun
    opening a clause keeps its adverb after the verb, where the engine keeps the pronoun."""
    u = units[k]
    if u.pos != "prn" or "subj" not in u.tags or (
            k > 0 and units[k - 1].pos not in ("cm", "cnjcoo", "cnjsub")):
        return None
    adverbs = table()["adverbs"]
    j = k + 1
    while j < len(units) and units[j].pos in _VERBS and units[j].pos != "vblex":
        j += 1  # auxiliaries before the adverb ("We have also")
    if j >= len(units) or units[j].pos != "adv" or units[j].surface.lower() not in adverbs:
        return None
    adv = j
    j += 1
    while j + 1 < len(units) and units[j].pos in _VERBS and units[j + 1].pos in _VERBS \
            and units[j].lemma.lower() != "help":  # *help* + a bare verb: helps.py
        j += 1  # the verb group's last verb is the one the adverb follows
    if j + 1 >= len(units) or units[j].pos not in _VERBS or \
            units[j + 1].pos in _NOT_AFTER_VERB or units[j + 1].lemma == "not" or \
            " " in units[j].surface or units[j].lemma == "like" or (units[adv - 1].pos ==
            "vbser" and not any(units[j].has(t) for t in ("pp", "ger", "pprs"))) or \
            phrasal(units, j, _phrasal_table()) is not None:  # "spoke also about": "sur";
        return None  # "discussed also trade": "commercer"; *is also clear* is no verb's
    a, v = units[adv], units[j]
    if units[j + 1].has("prn", "obj") and " " not in units[j + 1].surface:
        if units[j + 1].surface.lower() == "it":
            return None  # "signed it also": *it* read as a subject ("signé il aussi")
        v = units[j + 1]  # "We supported them also": the pronoun stays the verb's clitic
    return a.start, v.end, f"{line[units[adv + 1].start:v.end]} {a.surface}"


def _participle(line: str, units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "the heads of the member countries and invited guest countries" -> "... and of the
    invited countries": after "and" the engine reads a participle before a noun as a verb
    ("et a invité pays d'hôte"); with an article it is an adjective ("et des pays invités").
    The preposition of the first noun phrase ("of") is said again; "guest" after
    "invited" goes ("pays d'hôte": a host)."""
    u = units[k]
    if u.lemma != "and" or k + 2 >= len(units):
        return None
    part = units[k + 1]
    if part.pos != "vblex" or not (part.has("past") or part.has("pp")) or \
            not part.surface.endswith("ed") or units[k + 2].pos != "n":
        return None
    j = k + 2
    while j < len(units) and units[j].pos == "n":
        j += 1
    # Back from "and" over the first noun phrase to its preposition.
    i = k - 1
    while i >= 0 and units[i].pos in ("n", "np", "adj", "det", "num"):
        i -= 1
    if i == k - 1 or units[k - 1].pos not in ("n", "np"):
        return None
    if i < 0 or units[i].lemma != "of" or any(_is_finite(x) for x in units[:k]):
        return None  # "... and exchanged opinions": a second verb, not a participle
    nouns = units[k + 2:j]
    if part.surface.lower() == "invited" and len(nouns) > 1 and nouns[0].lemma == "guest":
        nouns = nouns[1:]
    said = line[nouns[0].start:units[j - 1].end]
    return part.start, units[j - 1].end, f"of the {part.surface} {said}"


def _after_head(units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "the draft law" -> "the law project" ("le projet de loi"; the engine: "la loi de
    brouillon"): a modifier French makes the head, before one noun."""
    u = units[k]
    after = cast("dict[str, list[str]]", table()["after_head"])
    if u.pos != "n" or u.surface.lower() not in after or k + 1 >= len(units):
        return None
    head = units[k + 1]
    if head.pos != "n" or (k + 2 < len(units) and units[k + 2].pos == "n") or \
            (k > 0 and units[k - 1].pos == "n"):
        return None
    singular, plural = after[u.surface.lower()]
    new = f"{head.lemma} {plural if head.has('pl') else singular}"
    return u.start, head.end, new[:1].upper() + new[1:] if u.surface[:1].isupper() else new


def _verb_list(line: str, units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    """ "to build, maintain and modernise roads" -> "to build, to maintain and to modernise
    roads": the tagger reads the verbs after the first as imperatives ("maintiennes et
    modernise"); each with its own *to* the engine writes an infinitive ("pour maintenir",
    whose "pour" ``verbframes`` takes away)."""
    u = units[k]
    if u.pos != "vblex" or not u.has("inf") or k == 0 or not (
            units[k - 1].lemma == "to" or units[k - 1].pos == "vbmod") or (
            units[k - 1].pos == "vbmod" and units[k - 1].has("past")):
        return None  # *had to*, *wanted to*: the engine drops the first verb before *, to*
    verbs, j = [], k + 1
    while j + 1 < len(units) and units[j].pos == "cm" and units[j + 1].pos == "vblex":
        verbs.append(j + 1)
        j += 2
    if j < len(units) and units[j].pos == "cm" and verbs:
        j += 1  # the serial comma ("build, maintain, and modernise")
    if not (j + 1 < len(units) and units[j].pos == "cnjcoo" and units[j + 1].pos == "vblex"):
        return None
    verbs.append(j + 1)
    if any(not (units[v].has("imp") or units[v].has("inf") or (
            units[v].has("pres") and not units[v].has("p3"))) for v in verbs) or all(
            units[v].has("inf") for v in verbs):
        return None  # "to support and develop": both read as infinitives, said well
    out, last = [], units[verbs[0]].start
    for v in verbs:
        out.append(line[last:units[v].start] + "to ")
        last = units[v].start
    return units[verbs[0]].start, units[verbs[-1]].end, "".join(out) + line[
        last:units[verbs[-1]].end]


def _expressions(line: str) -> str:
    for pattern, new in _expression_res():

        def said(m: re.Match[str], new: str = new) -> str:
            return _like_case(m.group(0), m.expand(new))

        line = re.sub(pattern, said, line, flags=re.IGNORECASE)
    return line


@cache
def _expression_res() -> tuple[tuple[str, str], ...]:
    raw = cast("list[list[str]]", table()["expressions"])
    return tuple((p, new) for p, new in raw)


def _like_case(model: str, new: str) -> str:
    return new[:1].upper() + new[1:] if model[:1].isupper() else new


def _nouns() -> dict[str, str]:
    return cast("dict[str, str]", table()["nouns"])


def _phrasal_at(units: Sequence[Unit], k: int) -> tuple[int, int, str] | None:
    return phrasal(units, k, _phrasal_table())


def preedit(line: str, units: Sequence[Unit]) -> str:
    """``line`` with the constructions Apertium garbles said again the way it reads them
    (``units``: the tagger's units of this line, from ``read_units``)."""
    edits: list[tuple[int, int, str]] = []
    for k in range(len(units)):
        found = owned_superlatives.owned_most(line, units, k) or (_possessive(line, units, k)
                 if _is_genitive(units, k) else time_owners.time_owner(line, units, k, _adjective)
                 or preedit_np.demonym(line, units, k) or preedit_np.opener(line, units, k)
                 or preedit_np.bare_subject(line, units, k)
                 or preedit_np.which_verb(line, units, k) or preedit_np.as_comment(line, units, k)
                 or preedit_np.subject_verb(line, units, k)
                 or products_np.goods_plural(line, units, k)
                 or relatives_en.that_verb(line, units, k)
                 or tenses_en.future_progressive(line, units, k)
                 or tenses_en.adverb_participle(line, units, k)
                 or helps.bare_infinitive(line, units, k)
                 or split_infinitives.split_infinitive(line, units, k, _phrasal_at)
                 or not_only.not_only(line, units, k) or not_only.but_member(line, units, k)
                 or noun_stacks.coordinated(line, units, k)
                 or preedit_np.superlative(line, units, k)
                 or preedit_np.noun_compound(line, units, k) or large_scale(line, units, k)
                 or and_participles.participle_second(line, units, k)
                 or preedit_np.attributive(line, units, k)
                 or and_participles.participle_member(line, units, k)
                 or preedit_np.direction(line, units, k)
                 or preedit_np.present_after(line, units, k)
                 or stacks_np.noun_adjective(line, units, k)
                 or noun_stacks.place_kind(line, units, k) or noun_stacks.branch(line, units, k)
                 or noun_triples.triple(line, units, k) or _event_compound(line, units, k)
                 or _gerund(line, units, k) or _by_gerund(units, k) or _joint(units, k)
                 or gerund_lists.member(line, units, k, _nouns(), _GERUND_AFTER)
                 or _adjective(units, k) or phrasal(units, k, _phrasal_table())
                 or _adverb(line, units, k)
                 or _participle(line, units, k) or _after_head(units, k)
                 or _verb_list(line, units, k) or complements.that_clause(line, units, k)
                 or complements.that_relative(line, units, k) or that_np.subject(line, units, k)
                 or quantifiers.all_the(line, units, k))
        if found is not None and (not edits or found[0] >= edits[-1][1]):
            edits.append(found)  # an edit overlapping the one before is left out
    out, last = [], 0
    for start, end, new in edits:
        out.append(line[last:start] + new)
        last = end
    said = _expressions("".join(out) + line[last:])
    return verb_objects.present_want(tenses_en.participle_forms(said))


# Irregular forms of the phrasal verbs' verbs, for the quick test below.
_IRREGULAR = {"draw": ("drew", "drawn"), "keep": ("kept",), "come": ("came",),
              "hold": ("held",), "carry": ("carrie[sd]",)}


@cache
def _trigger() -> re.Pattern[str]:
    """What a line must hold for a rule to apply; the others are not sent to the tagger
    (it costs about as much as the translation's own tagging)."""
    t = table()
    verbs = []
    for key in t["phrasal"]:
        verb, _, particle = key.partition(" ")
        forms = "|".join((re.escape(verb.rstrip("e")) + r"\w*",
                          *_IRREGULAR.get(verb, ())))
        verbs.append(rf"(?:{forms})" + (rf" {re.escape(particle)}" if particle else ""))
    parts = [
        r"\w['’]s\b",  # a possessive
        r"\b(?:" + "|".join(sorted(_GERUND_AFTER)) + r") \w+ing\b",  # "of developing"
        r"(?:\binclud\w+|:) \w+ing\b",  # "including building", "priorities: building"
        r"^\W*[A-Z]\w+ing\b",  # a sentence opening with a gerund
        r"\bby \w+ing\b",  # "by investing"
        r"\bjoint \w",  # "joint projects"
        r"\b(?:" + "|".join(map(re.escape, [*t["adjectives"], *t["gerund_nouns"]])) + r")\b",
        r"\b(?:" + "|".join(verbs) + r")\b",
        # a phrasal verb split by an object pronoun ("carry them out")
        r"\b\w+ (?:" + "|".join(sorted(SPLIT_OBJECTS)) + ") (?:"
        + "|".join(sorted(PARTICLES)) + r")\b",
        r"\bthe (?:" + "|".join(map(re.escape, t["events"])) + r") \w",
        r"\b(?:we|I|you|they|he|she|it) (?:\w+ )?(?:" + "|".join(t["adverbs"]) + r")\b",
        r"\band \w+ed \w",
        # a list of verbs after *to* or a modal
        r"\b(?:to|must|should|can|could|will|would|may|might|shall) \w+, \w+",
        r"\b(?:" + "|".join(t["after_head"]) + r") \w",
        *(p for p, _ in _expression_res()),
        *preedit_np.TRIGGERS, *scale_np.TRIGGERS, *complements.TRIGGERS,
        *quantifiers.TRIGGERS, *relatives_en.TRIGGERS, *tenses_en.TRIGGERS,
        *helps.TRIGGERS, *verb_objects.TRIGGERS, *split_infinitives.TRIGGERS,
        *not_only.TRIGGERS, *products_np.TRIGGERS, *stacks_np.TRIGGERS,
        *noun_stacks.TRIGGERS, *noun_triples.TRIGGERS, *time_owners.TRIGGERS, *that_np.TRIGGERS,
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def may_change(line: str) -> bool:
    """Whether any rule could apply to ``line`` (a quick test before tagging it)."""
    return _trigger().search(line) is not None


# A clause after a comma that opens with a subject pronoun and a lower-case word (its verb,
# an adverb): "However, we must", "If you agree, we will sign", "..., it is important".
_CLAUSE = re.compile(r"(?<=,) (?=(?:we|I|you|they|he|she|it) [a-z])")


def clauses(line: str) -> list[str]:
    """``line`` cut before each clause that opens with a subject pronoun after a comma;
    the pieces joined by a space are the line. Not inside quotation marks."""
    cuts = [m.start() for m in _CLAUSE.finditer(line)
            if line.count("“", 0, m.start()) == line.count("”", 0, m.start())
            and line.count('"', 0, m.start()) % 2 == 0]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds)]


def join_clauses(pieces: Sequence[str], outs: Sequence[str]) -> str:
    """The translations of ``clauses``' pieces as one text: a piece after the first starts
    in lower case when its source did ("nous devons", "je crois")."""
    out = outs[0] if outs else ""
    for piece, text in zip(pieces[1:], outs[1:], strict=True):
        if (piece[:1].islower() or piece.startswith("I ")) and text[:1].isupper() and (
                text[1:2].islower() or text[1:2] in ("'", "’")):  # "J'ai" -> "j'ai"
            text = text[:1].lower() + text[1:]
        out = f"{out} {text}" if out else text
    return out
