"""*express* + a bare noun of feeling the engine gives a partitive: the subject's possessive.

English says "expressed serious concern", "we express deep gratitude", "to express hope"
with no determiner; the Catalan pivot writes the partitive ("a exprimé de la préoccupation
sérieuse", "exprimons du remerciement profond"), where French says the possessive of what
belongs to the subject (Grevisse, *Le Bon Usage*: "exprimer sa gratitude", "a exprimé sa
vive préoccupation", "exprimer leur espoir"), or, with no finite verb to tell the subject,
the definite article ("exprimer l'espoir"). ``articles_np.bare_objects`` does the same for
a noun the engine leaves bare; this step the one it gives "du", "de la", "de l'", "des".
*serious concern over* is "vive préoccupation au sujet de" (``concerns``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.articles_np import compound, object_article, subject_possessive
from daybook.translate.french import contract
from daybook.translate.gender import Reading, clause_tokens, tokens_and_readings

# *express* with a bare noun after it (up to two adjectives between): not a determiner,
# a pronoun or a clause ("expressed the hope", "expressed it", "expressed how").
_EXPRESS_BARE = re.compile(
    r"\bexpress(?:es|ed|ing)?\s+(?!(?:the|a|an|our|their|its|his|her|my|your|some|this|that|"
    r"these|those|such|no|any|all|it|them|him|us|me|you|itself|themselves|himself|herself|"
    r"ourselves|myself|yourselves|what|how|why|whether|one|two|both|each|every|more|much|"
    r"many|great)\b)[a-z]", re.IGNORECASE)
# The engine's partitive right after a form of "exprimer".
_FRENCH = re.compile(r"(?<![\w’'-])exprim[a-zéè]* (?:du|des|de la|de l['’])")
_PARTITIVES = frozenset(("du", "des", "de"))
_CLAUSE = clause_tokens()
Reads = dict[str, tuple[Reading, ...]]
Toks = list[tuple[int, int, str]]


def expressed(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "Ils ont exprimé de la préoccupation sérieuse" -> "Ils ont exprimé leur
    préoccupation sérieuse", "Nous exprimons du soutien et de la solidarité" -> "Nous
    exprimons notre soutien et notre solidarité", "pour exprimer de l'espoir" -> "pour
    exprimer l'espoir": where the English says *express* + a bare noun, after a finite form
    of "exprimer", its infinitive, its present participle or its participle after "avoir";
    the noun (for the analyser only a noun; one gender if singular) keeps "des" where no
    subject is found. One exchange with the analyser for all texts."""
    todo = [k for k, (s, t) in enumerate(zip(sources, texts, strict=True))
            if _FRENCH.search(t) and _EXPRESS_BARE.search(s)]
    if not todo:
        return list(texts)
    toks, reads = tokens_and_readings(_CLAUSE, texts, todo)
    out = list(texts)
    for k in todo:
        edits = [e for j in range(len(toks[k])) for e in _edits(toks[k], reads, j)]
        text = texts[k]
        for start, end, word in reversed(edits):
            text = f"{text[:start]}{word}{text[end:]}"
        out[k] = text
    return out


def _edits(toks: Toks, reads: Reads, j: int) -> list[tuple[int, int, str]]:
    """(start, end, new) replacing the partitive after the "exprimer" at ``j`` (and that of
    a second noun after "et") with the possessive or the definite article."""
    got = reads.get(toks[j][2].lower(), ())
    if not any(r.lemma == "exprimer" for r in got):
        return []
    if any(r.pos == "pp" for r in got):
        if not compound(toks, reads, j):
            return []  # a passive or an adjective ("le souhait exprimé de la ..."), no object
    elif not any(len(r.tags) > 1 and r.tags[1] in ("pri", "fti", "cni", "pii", "ifi", "prs",
                                                  "inf", "ger") for r in got):
        return []
    owner = subject_possessive(toks, reads, j)
    first = _partitive(toks, reads, j + 1, owner)
    if first is None:
        return []
    edits = [first[0]]
    # A pair's second noun ("du soutien et de la solidarité"), after up to two adjectives.
    k = next((k for k in range(first[1] + 1, min(first[1] + 4, len(toks)))
              if not any(r.pos == "adj" for r in reads.get(toks[k][2].lower(), ()))),
             len(toks))
    if k < len(toks) and toks[k][2] == "et":
        second = _partitive(toks, reads, k + 1, owner)
        if second is not None:
            edits.append(second[0])
    return edits


def _partitive(toks: Toks, reads: Reads, i: int,
               owner: str | None) -> tuple[tuple[int, int, str], int] | None:
    """The edit of the partitive at ``i`` ("du", "de la", "de l'", "des") and its noun's
    index; None where the words there are not that or the noun's determiner is unclear."""
    if i >= len(toks) or toks[i][2] not in _PARTITIVES:
        return None
    n = i + 1
    if toks[i][2] == "de":
        if n >= len(toks) or toks[n][2] not in ("la", "l'", "l’"):
            return None
        n += 1
    if n >= len(toks) or toks[n][0] > toks[n - 1][1] + 1:
        return None
    noun = toks[n][2]
    if not noun.islower():
        return None
    made = object_article(noun, reads, False, owner)
    if made is None or made == "des ":
        return None  # a plural with no subject found: "des" is right
    return (toks[i][0], toks[n][0], made), n


# *serious/grave/deep concern*: French puts the degree before "préoccupation" and says
# *serious* "vive" (Robert: "une vive préoccupation", "sa profonde préoccupation"); the
# engine writes "préoccupation sérieuse". *concern over/about* is "au sujet de" (Robert),
# not the engine's "préoccupation sur".
_CONCERN_EN = re.compile(r"\b(?:serious|grave|deep|profound) concerns?\b", re.IGNORECASE)
_CONCERN_ADJ = re.compile(r"(?<![\w’'-])préoccupation(?P<s>s?) (?P<adj>sérieuse|grave|profonde)s?"
                          r"(?![\w’'-])")
_CONCERN_FR = {"sérieuse": "vive", "grave": "grave", "profonde": "profonde"}
_CONCERN_ABOUT_EN = re.compile(r"\bconcerns? (?:over|about)\b", re.IGNORECASE)
_CONCERN_SUR = re.compile(r"(?<![\w’'-])(?P<head>(?:vive |grave |profonde )?préoccupations?) sur "
                          r"(?P<art>les |le |la |l['’]|(?:plusieurs|ces|cette|ce|cet|certains|"
                          r"certaines|nos|notre|leurs|leur|son|sa|ses) )")


def concerns(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """ "leur préoccupation sérieuse sur la tension" -> "leur vive préoccupation au sujet
    de la tension": where the English says *serious/grave/deep concern*, *concern
    over/about*."""
    out = list(texts)
    for k, (source, text) in enumerate(zip(sources, texts, strict=True)):
        if "préoccupation" not in text:
            continue
        if _CONCERN_EN.search(source):
            text = _CONCERN_ADJ.sub(lambda m: f"{_CONCERN_FR[m.group('adj')]}{m.group('s')} "
                                    f"préoccupation{m.group('s')}", text)
        if _CONCERN_ABOUT_EN.search(source):
            text = _CONCERN_SUR.sub(_about, text)
        out[k] = text
    return out


def _about(m: re.Match[str]) -> str:
    return f"{m.group('head')} au sujet {contract('de', m.group('art'))}"
