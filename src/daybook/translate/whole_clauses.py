"""*which* of a whole clause, and *which* the pivot wrote as the interrogative "quel".

A relative *which* after a comma stands for the whole clause before it where no noun can be
its antecedent; French says it "ce qui" (Grevisse § 700: "Il est parti, ce qui m'étonne"),
never the bare "qui" the pivot writes. Where the English settles it:

- *which is why* "c'est pourquoi" (Robert & Collins), not "qui est pourquoi";
- *, which means* "ce qui signifie", not the nouns "quels moyens" (the tagger read *means*
  as a plural noun after *which* read as a determiner);
- *, which* right after an adverbial of manner, degree or repetition (*in a coordinated
  manner, in half, rapidly, together, again, twice*), whose French ends in an adverb or a
  manner phrase ("de façon coordonnée", "par la moitié", "vite", "ensemble"): "ce qui";

and *which* + a finite verb that the pivot wrote as the interrogative determiner ("la
souveraineté quels comptent sur", "placent quel sera bâti", Catalan "quals" with no
article): the subject relative "qui" (``relatives`` then gives its verb the English verb's
number). Each only where the English has as many as the French, paired in order.
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import ETRE_THIRD, THIRD, alternation, avoir
from daybook.translate.gender import clause_tokens, generate, tokens_and_readings
from daybook.translate.relatives import agreed_forms, verb_after

__all__ = ["whole_clauses"]

_W = r"(?<![\w’'-])"
_E = r"(?![\w’'-])"
_EN_WHY = re.compile(r",? which is why\b")
# (the pivot reads *which* as plural: "qui sont pourquoi")
_FR_WHY = re.compile(rf",? {_W}(?:ce )?qui (?:est|sont) pourquoi{_E}")
_EN_MEANS = re.compile(r", which means\b")
_FR_MEANS = re.compile(rf", {_W}(?:quels?|quelles?) moyens?{_E}")
# English adverbials no noun of which can be *which*'s antecedent.
_NOT_ADVERBS = ("family|supply|assembly|rally|ally|reply|anomaly|monopoly|friendly|elderly|"
                "lovely|likely|costly|daily|weekly|monthly|yearly|quarterly|holy|only|early|"
                "ugly|silly|lonely|orderly|timely|apply|comply|rely|imply|multiply|July|Italy")
_EN_ADVERBIAL = re.compile(
    r"\b(?:in an? (?:[\w-]+ ){1,2}(?:manner|way|fashion)|in half|together|again|twice|"
    rf"(?!(?:{_NOT_ADVERBS}),)[a-z]{{3,}}ly), which\b(?! is why)")
# French: an adverb in -ment, a manner phrase, "moitié", "ensemble"... then ", qui".
_FR_ADVERBIAL = re.compile(
    rf"{_W}(?:[a-zéèêàâîôûç]+ment|vite|ensemble|à nouveau|de nouveau|deux fois|moitié|"
    rf"(?:de|d['’]une) (?:façon|manière) [a-zéèêàâîôûç-]+(?: et [a-zéèêàâîôûç-]+)?)"
    rf"(?P<rel>, qui){_E}(?! (?:est|sont) pourquoi)")
_TOKEN = clause_tokens()
# *which* + a finite verb (not *which* + a noun: *in which case*); the French interrogative
# determiner + a finite verb, not after a preposition or "n'importe".
_EN_WHICH_VERB = re.compile(
    r"(?<!\bof )(?<!\bin )(?<!\bon )(?<!\bto )(?<!\bby )(?<!\bat )(?<!\bfor )\bwhich "
    r"(?:will|would|can|could|must|should|is|are|was|were|has|have|had|[a-z]+(?:s|ed))\b")
_FR_FINITE = alternation(
    ETRE_THIRD | avoir("present", "imperfect", "future", persons=THIRD)
    | {"peut", "peuvent", "pourra", "pourront", "doit", "doivent", "va", "vont"}
) + r"|[a-zéèêç]{3,}ent"
# Not "quels sont les", "quel est le" (an interrogative, *which are the*), nor at a
# sentence's start.
_FR_QUEL_VERB = re.compile(
    rf"(?<=[\w’'-] )(?<!\bde )(?<!\bà )(?<!\bimporte )(?<!\bpar )(?<!\bdans )(?<!\bsur )"
    rf"(?<!\bpour )(?<!\bsavoir )(?<!\bdemander )(?P<rel>quels?|quelles?) (?=(?:{_FR_FINITE}){_E})"
    r"(?!(?:est|sont|était|étaient|sera|seront|serait|seraient) (?:le|la|les|l['’]|un|une|des|"
    r"ce|ces|cet|cette|mon|ma|mes|notre|nos|votre|vos|leur|leurs|son|sa|ses)\b)")


def _paired(english: re.Pattern[str], french: re.Pattern[str], source: str, text: str,
            new: str, group: str | int = 0, exact: bool = True) -> str:
    """``text`` with each match of ``french`` (its ``group``) said ``new``, where the English
    has as many matches of ``english`` (not ``exact``: at least as many)."""
    found = list(french.finditer(text))
    have = len(english.findall(source))
    if not found or have < len(found) or (exact and have != len(found)):
        return text
    for m in reversed(found):
        text = text[:m.start(group)] + new + text[m.end(group):]
    return text


def _singular(text: str) -> str:
    """The verb after each "ce qui" in the singular, its adjective or participle after
    "être" with it ("ce qui sont importants" -> "ce qui est important": the pivot reads
    *which* as plural)."""
    toks, reads = tokens_and_readings(_TOKEN, [text], [0])
    words = toks[0]
    wanted: dict[int, str] = {}
    for i in range(1, len(words)):
        if words[i][2] == "qui" and words[i - 1][2] == "ce" and (
                verb := verb_after(words, reads, i)) is not None:
            wanted.update(agreed_forms(words, reads, verb, "sg"))
    forms = generate(sorted(set(wanted.values())))
    for i in sorted((i for i in wanted if wanted[i] in forms), reverse=True):
        text = text[:words[i][0]] + forms[wanted[i]] + text[words[i][1]:]
    return text


def whole_clauses(source: str, french: str) -> str:
    """The French sentence with "ce qui", "c'est pourquoi" and "qui" where the English
    says so (see above)."""
    if "which" not in source:
        return french
    french = _paired(_EN_WHY, _FR_WHY, source, french, ", c'est pourquoi")
    french = _paired(_EN_MEANS, _FR_MEANS, source, french, ", ce qui signifie")
    if (said := _paired(_EN_ADVERBIAL, _FR_ADVERBIAL, source, french, ", ce qui", "rel")
            ) != french:
        french = _singular(said)
    # the English's other *which* + verb the pivot said "qui": at least as many
    return _paired(_EN_WHICH_VERB, _FR_QUEL_VERB, source, french, "qui", "rel", exact=False)
