"""*how* opening an indirect question, which the pivot says "comme" or "que".

Catalan "com" is both *how* and *as*, and ``cat-fra`` writes it "comme" (or "que"); eng-cat
says a preposition before it word for word (*on* "damunt", *about* "aproximadament"):
*your opinion about how we performed* came out "votre opinion environ comme nous avons
agi", *ideas on how to improve* "des idées au-dessus que pour améliorer", *we will see how
the situation develops* "nous verrons comme la situation se développe". French asks an
indirect question of manner with "comment" (Grevisse, *Le Bon Usage*, § 1162: "Je me
demande comment il fera"), and after a preposition with "la façon dont" + a clause or "la
façon de" + an infinitive ("des idées sur la façon d'améliorer", Robert & Collins, *how*):

- a preposition before *how*: "environ comme nous avons agi" -> "sur la façon dont nous
  avons agi", "au-dessus que pour continuer" -> "sur la façon de continuer", "parlé environ
  comme" -> "parlé de la façon dont" (the preposition the French verb or noun before it
  governs: "parler de", "penser à", else "sur");
- a verb before *how*: "verrons comme la situation" -> "verrons comment la situation",
  "comme pour assurer" -> "comment assurer" (*how to*), "La question est comme pour" ->
  "La question est de savoir comment".

Only where the English has *how* before a subject or *to* (not *how much*, *how well*, *how
important*), at most as many times as it has it; a bare "comme" only where the English has
no *as* or *like* the "comme" could stand for.
"""

from __future__ import annotations

import re

from daybook.translate.french import VOWEL_START

# *how* opening an indirect question: after a word (not the sentence's first), before a
# subject or *to*.
_HOW_EN = re.compile(r"(?<=\w)(?:,? (?P<prep>on|about|of|over|into|regarding|to)|,)? how "
                     r"(?=to\b|(?:we|you|they|I|he|she|it|this|that|these|those|the|our|"
                     r"your|their|his|her|its|a|an|such|[A-Z]\w*|Zq\d+x)\b)")
# An English word "comme" may stand for besides *how*.
_AS_EN = re.compile(r"\b(?:as|such|so)\b|(?<!would )(?<!['’]d )\blike\b(?! to\b)",
                    re.IGNORECASE)
# English phrases with *as*, *so* the engine does not say with "comme".
_NOT_AS_EN = re.compile(r"\b(?:as well as|as soon as|so that|so as to)\b", re.IGNORECASE)
_CLITICS = r"(?:(?:me|te|se|nous|vous|le|la|les|lui|leur|y|en) |[mtsl]['’])*"
# The pivot's preposition before "comme"/"que": never French before them.
_PREP_FR = (r"(?P<prep>environ|au-dessus|à propos|sur|à|de|dans) (?:comme(?![\w’'-])|"
            r"que(?![\w’'-])|qu['’])(?: (?P<pour>pour) (?=" + _CLITICS + r"[a-zàâçéèêîôû]))?")
_PREP_HOW = re.compile(r"(?<![\w’'-])" + _PREP_FR)
# "comme pour" + an infinitive (*how to*), and a bare "comme" after a verb (*see how*).
_TO_HOW = re.compile(r"(?<![\w’'-])(?P<be>(?:est|était) )?(?:comme|que) pour (?="
                     + _CLITICS + r"[a-zàâçéèêîôû][\w-]*(?:er|ir|re)\b)")
_BARE = re.compile(r"(?<![\w’'-])comme(?= (?:nous|vous|ils|elles|il|elle|on|je|j['’]|l['’]|"
                   r"le|la|les|ce|cette|ces|cet|notre|nos|votre|vos|leur|leurs|son|sa|ses|"
                   r"un|une|des|[A-Z]))")
# The preposition a French word before the question governs (Robert & Collins): talking of
# something, thinking of it; any other word (a noun of opinion, idea, exchange) "sur".
_OF_VERBS = re.compile(r"(?<![\w’'-])(?:parl|discut|débat)\w*$")
_AT_VERBS = re.compile(r"(?<![\w’'-])(?:pens|réfléch|attention|intéress)\w*$")
# *the question of how to*: "la question de savoir comment" (Robert & Collins, *question*).
_QUESTION = re.compile(r"(?<![\w’'-])(?:questions?|sujets?|problèmes?)$")


def _manner(before: str, infinitive: bool) -> str:
    """ "sur la façon dont", "de la façon de", "à la façon de": the preposition the last
    word of ``before`` governs, else "sur"."""
    last = before.rstrip().rsplit(" ", 1)[-1].lower() if before.strip() else ""
    if _OF_VERBS.search(last):
        head = "de"
    elif _AT_VERBS.search(last):
        head = "à"
    else:
        head = "sur"
    return f"{head} la façon " + ("de" if infinitive else "dont")


def how_clauses(source: str, french: str) -> str:
    """ "votre opinion environ comme nous avons agi" -> "votre opinion sur la façon dont nous
    avons agi", "nous verrons comme la situation se développe" -> "nous verrons comment la
    situation se développe" where the English has *about how*, *see how*."""
    found = list(_HOW_EN.finditer(source))
    if not found or ("comme" not in french and "que" not in french):
        return french
    with_prep = sum(1 for m in found if m.group("prep"))
    to_how = sum(1 for m in found if not m.group("prep") and source.startswith("to ", m.end()))
    clause_how = len(found) - with_prep - to_how
    out = french
    # A preposition before *how*: its French, only as often as the English has one.
    for _ in range(with_prep):
        m = _PREP_HOW.search(out)
        if m is None:
            break
        before = out[:m.start()].rstrip()
        infinitive = bool(m.group("pour"))
        if m.group("prep") == "à" and re.search(r"(?<![\w’'-])écout\w*$", before):
            said = "comment"  # *listen to how*: "écouter" takes its object bare
        elif m.group("prep") == "de" and _QUESTION.search(before):
            said = "de savoir comment"
        else:
            said = _manner(before, infinitive)
        rest = out[m.end():].lstrip()
        if said.endswith(" de") and VOWEL_START.match(rest):
            out = out[:m.start()] + said[:-1] + "'" + rest
        else:
            out = out[:m.start()] + said + " " + rest
    # *how to* + verb after a verb: "comme pour assurer" -> "comment assurer".
    for _ in range(to_how):
        m = _TO_HOW.search(out)
        if m is None:
            break
        before = out[:m.start()].rstrip()
        if m.group("be"):
            said = "de savoir comment "
        elif _OF_VERBS.search(before) or _AT_VERBS.search(before):
            said = _manner(before, True) + " "  # "parlé de la façon de"
        else:
            said = "comment "
        out = out[:m.start()] + (m.group("be") or "") + said + out[m.end():]
        out = re.sub(r"(?<=la façon )de (?=(\w+))",
                     lambda e: "d'" if VOWEL_START.match(e.group(1)) else e.group(0), out)
    # A bare "comme" for *how* + a clause, where the English has nothing else it could be.
    bare = _BARE.search(out) if clause_how == 1 and not _AS_EN.search(
        _NOT_AS_EN.sub(" ", source)) else None
    if bare is not None and len(_BARE.findall(out)) == 1 and not re.search(
            r"(?<![\w’'-])(?:[Cc]['’]est|[Vv]oici|[Vv]oilà)$", out[:bare.start()].rstrip()):
        # not "C'est comme" (*this is how*: another turn)
        before = out[:bare.start()].rstrip()
        said = _manner(before, False) if _OF_VERBS.search(before) or _AT_VERBS.search(
            before) else "comment"
        out = out[:bare.start()] + said + out[bare.end():]
    return out
