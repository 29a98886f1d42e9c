"""English verb phrases the pivot garbles, said again before Apertium (``preedit``).

- The future and conditional progressive (*will be working*, *would be attending*):
  ``eng-cat`` writes the auxiliary and an infinitive ("Serem treballar", French "nous serons
  travailler", "vous seriez assister"). French has no such tense; an official text says the
  simple future or conditional ("nous travaillerons", "vous y assisteriez"). *will/would/
  shall be* + a verb's -ing form (adverbs may stand between) becomes *will/would* + the bare
  verb ("will work"). Not after *must*, *may*, *should*..., where *be doing* says something
  the bare verb does not ("they must be working": a guess, not a duty); not for the -ing
  adjectives of verbs of feeling (*it will be interesting*, *exciting*, *challenging*).
- An adverb in -ly between *be* and a past participle (*will be widely used*, *are actively
  involved*): the pivot then leaves the participle in the masculine singular ("seront
  amplement utilisé"), as it agrees it only right after the auxiliary. The adverb goes after
  the participle ("will be used widely": "seront utilisés amplement"); ``adverb_back`` puts
  the French adverb in -ment back between the auxiliary and the agreed participle ("seront
  amplement utilisés"), as French writes it.
- *broadcast* as a participle (*will be broadcast live*, *has been broadcast*): the pivot's
  English dictionary has no past or participle of it but the regular "broadcasted" (checked
  with lt-proc on eng-cat.automorf.bin), so the tagger reads the base form and the French
  has an infinitive after the auxiliary ("sera retransmettre"). After a form of *be* or
  *have* (adverbs in -ly may stand between) it is said "broadcasted" ("sera retransmis").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from daybook.translate.aux_forms import ETRE, ETRE_NONFINITE, alternation, etre

if TYPE_CHECKING:
    from daybook.translate.units import Unit

__all__ = ["TRIGGERS", "adverb_back", "adverb_participle", "future_progressive",
           "participle_forms"]

Edit = tuple[int, int, str]

TRIGGERS = (
    r"\b(?:will|would|shall|won[’']t|wouldn[’']t|[’']ll|[’']d)\s+(?:\w+\s+){0,2}?be\s+"
    r"(?:\w+ly\s+)?\w+ing\b",
    r"\b(?:be|is|are|was|were|been)\s+\w+ly\s+\w+(?:ed|en|wn|lt|nt|ught)\b",
    r"\bbroadcast\b",
)
# -ing forms of verbs of feeling and judgement, adjectives after *be* (Quirk et al. 7.15,
# participial adjectives): *it will be interesting* is no future progressive.
_FEELING = frozenset((
    "interest", "amaze", "excite", "challenge", "encourage", "promise", "surprise",
    "disappoint", "worry", "please", "satisfy", "inspire", "concern", "alarm", "astonish",
    "bore", "confuse", "convince", "depress", "embarrass", "entertain", "fascinate",
    "frighten", "frustrate", "impress", "overwhelm", "reassure", "refresh", "relax", "shock",
    "threaten", "thrill", "tire", "touch", "annoy", "appeal", "compel", "reward", "demand",
    "puzzle", "disturb", "trouble", "distress", "intrigue", "charm", "mislead",
))
_FUTURE = frozenset(("will", "shall"))  # *would* is the lemma *will* in the tagger


def future_progressive(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "will be working" -> "will work", "would already be attending" -> "would attend
    already": ``k`` is *will*, *would* or *shall*, then (past adverbs) *be* and (past adverbs
    in -ly) a verb's -ing form. Read from the modal, so that no rule moving an adverb
    between them (``preedit._adverb``, read from a subject pronoun) takes the words first;
    from a subject pronoun right before the modal too, for the same reason."""
    if units[k].has("prn", "subj") and k + 1 < len(units):
        k += 1
    u = units[k]
    if u.pos != "vbmod" or u.lemma.lower() not in _FUTURE:
        return None
    b = k + 1
    while b < len(units) and units[b].pos in ("adv", "preadv"):
        b += 1
    if b >= len(units) or units[b].pos != "vbser" or not units[b].has("inf") \
            or units[b].surface.lower() != "be":
        return None
    j = b + 1
    while j < len(units) and units[j].pos in ("adv", "preadv") and \
            units[j].surface.lower().endswith("ly"):
        j += 1
    if j >= len(units):
        return None
    verb = units[j]
    lemma = verb.lemma.lower()
    if verb.pos != "vblex" or not verb.has("ger") or not verb.surface.lower().endswith("ing") \
            or lemma in _FEELING or not lemma.isalpha():
        return None
    # the adverbs after the verb, as ``preedit._adverb`` puts them ("will work also"):
    # the engine keeps the future's subject pronoun and the adverb's place then
    adverbs = [a.surface for a in units[k + 1:j] if a is not units[b]]
    return units[k + 1].start, verb.end, " ".join((lemma, *adverbs))


_BE = frozenset(("be", "is", "are", "was", "were", "been"))
# Adverbs of the whole clause, not of the participle ("is certainly raised", "was finally
# initiated"): after the participle the engine reads the sentence otherwise.
_CLAUSE_ADVERBS = frozenset((
    "certainly", "probably", "clearly", "obviously", "definitely", "surely", "undoubtedly",
    "really", "actually", "possibly", "naturally", "apparently", "evidently", "necessarily",
    "hardly", "simply", "only", "usually", "finally", "eventually", "initially", "originally",
    "currently", "previously", "recently", "subsequently", "ultimately", "generally",
    "normally", "traditionally", "particularly", "especially", "mostly", "mainly", "partly",
    "presumably", "supposedly", "allegedly", "reportedly", "fortunately", "unfortunately",
    "already", "early", "likely", "nearly", "merely", "barely", "scarcely", "formally",
))


def adverb_participle(line: str, units: Sequence[Unit], k: int) -> Edit | None:
    """ "are actively involved" -> "are involved actively": ``k`` is an adverb in -ly of
    the participle (not of the clause: "certainly", "finally") after a form of *be* (not
    *being*, whose "en train d'être" ``progressive`` rewrites later; not *be* after a modal
    other than *will*, *would*, *shall*) and before a past participle."""
    u = units[k]
    if u.pos != "adv" or not u.surface.lower().endswith("ly") or " " in u.surface \
            or k < 1 or k + 1 >= len(units):
        return None
    be, verb = units[k - 1], units[k + 1]
    if be.pos != "vbser" or be.surface.lower() not in _BE or verb.pos != "vblex" \
            or not verb.has("pp") or u.surface.lower() in _CLAUSE_ADVERBS:
        return None
    m = k - 2
    while m >= 0 and units[m].pos in ("adv", "preadv"):
        m -= 1
    if be.surface.lower() == "be" and m >= 0 and units[m].pos == "vbmod" and \
            units[m].lemma.lower() not in _FUTURE:
        return None  # "can be used widely": the engine's "se peuvent utiliser les stades"
    return u.start, verb.end, line[verb.start:verb.end] + line[u.end:verb.start] + u.surface


_AUXILIARY_FR = "(?:" + alternation(ETRE | etre("subjunctive") | ETRE_NONFINITE
                                     | {"fut", "furent"}) + ")"
_EN = re.compile(r"\b(?:be|is|are|was|were|been)\s+\w+ly\s+\w+(?:ed|en|wn|lt|nt|ught)\b",
                 re.IGNORECASE)
# The auxiliary, the participle agreed (the pivot's regular endings) and an adverb in -ment.
_AFTER = re.compile(r"(?<![\w’'-])(" + _AUXILIARY_FR + r") ([a-zàâçéèêîôûœ]+(?:é|i|u|is|it|"
                    r"ert|int)(?:e|s|es)?) ([a-zàâçéèêîôûœ]+ment)(?![\w’'-])")


def adverb_back(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "seront utilisés amplement" -> "seront amplement utilisés": each French text with the
    adverbs ``adverb_participle`` moved put back before the participle, as many times as
    its source has *be* + an adverb in -ly + a participle."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        count = len(_EN.findall(source))
        if count and "ment" in text:
            text = _AFTER.sub(r"\1 \3 \2", text, count=count)
        out.append(text)
    return out


# Verbs whose participle is their base form and which the pivot's English dictionary knows
# only with a regular one (lt-proc: "broadcast" <inf>/<pres> only, "broadcasted" <pp>).
_SAME_PARTICIPLE = {"broadcast": "broadcasted"}
_PARTICIPLE_AFTER = re.compile(
    r"\b((?:be|is|are|am|was|were|been|being|has|have|had|having)\s+(?:\w+ly\s+){0,2})("
    + "|".join(_SAME_PARTICIPLE) + r")\b(?![-’'])", re.IGNORECASE)


def participle_forms(line: str) -> str:
    """ "will be broadcast live" -> "will be broadcasted live", "has been widely broadcast"
    -> "has been widely broadcasted": see ``_SAME_PARTICIPLE``; not the noun (*a live
    broadcast*) nor the verb's present (*we broadcast*)."""
    if "broadcast" not in line.lower():
        return line
    return _PARTICIPLE_AFTER.sub(
        lambda m: m.group(1) + _SAME_PARTICIPLE[m.group(2).lower()], line)
