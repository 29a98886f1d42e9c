"""Word senses the Catalan pivot picks wrongly, put right by the English.

Each rule runs after the engine on one French sentence with its English source beside it
(``senses``, after ``idioms``) and fires only where the English has the word it is about;
verb forms keep the tense and person the engine gave them (``idioms.relemma``). The clause
words (a dropped "nous", "quel" for *which*, *as* "tandis que", "en" + participle, *them*
"leur") are ``clausewords``; ``senses`` runs both, in one order:

- *invest* "inverser" (Catalan "invertir" is both) -> "investir"; *live* "habiter" ->
  "vivre"; *interested* "passionné" -> "intéressé"; *the number of* "le numéro de" -> "le
  nombre de"; *role* "la fonction" -> "le rôle"; *increasing* + noun "accroissant
  demande" -> "demande croissante";
- *way* "chemin" (Catalan "camí") -> "moyen" before an infinitive, else "façon" (article
  and adjective made feminine): "trouver un chemin de résoudre" -> "un moyen de
  résoudre", "Le chemin travaillons" -> "La façon dont nous travaillons";
- *people* "les personnes" -> "les gens" (not before an adjective: "les personnes âgées");
- fixed phrases and turns (``phrases``, ``turns``): *topical*, *life expectancy*, *among*,
  *a great deal*, *passed away*, *ahead of*, *as part of*...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from daybook.translate.clausewords import (
    WHILE,
    as_clause,
    double_object,
    gerund,
    readings_of,
    relative,
    subject,
)
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import generate
from daybook.translate.idioms import relemma
from daybook.translate.misread_nouns import readiness, speech
from daybook.translate.pivotsenses import pivot_senses
from daybook.translate.prochain import next_
from daybook.translate.verbsenses import (
    address,
    deliver,
    entitled,
    focus,
    hold,
    interesting,
    involved,
    move,
    raise_,
    right_wrong,
    run,
    upcoming,
    warmly,
)


def _swap_lemma_tail(pattern: re.Pattern[str], lemma: str, tail: str, french: str) -> str:
    def fix(m: re.Match[str]) -> str:
        form = relemma(m.group(1), lemma)
        return m.group(0) if form is None else form + tail

    return pattern.sub(fix, french)


def _swap_lemma(pattern: re.Pattern[str], lemma: str, french: str) -> str:
    def fix(m: re.Match[str]) -> str:
        form = relemma(m.group(1), lemma)
        return m.group(0) if form is None else form

    return pattern.sub(fix, french)


_INVEST = re.compile(r"\binvest(?:s|ed|ing)?\b", re.IGNORECASE)
# After an elided pronoun or "de" too ("l'inverse", "d'inverser": *invests it*, *investing*;
# "investir" elides as "inverser" does).
_AFTER_ELISION = r"(?<![\w-])"
_INVERSER = re.compile(_AFTER_ELISION + r"(invers(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|"
                       r"erons|eront|ant))" + _E)
_LIVE = re.compile(r"\b(?:live|lives|lived|living)\b", re.IGNORECASE)
_HOUSE = re.compile(r"\b(?:inhabit|reside|dwell)", re.IGNORECASE)
_HABITER = re.compile(_B + r"(habit(?:er|e|es|ons|ez|ent|é|ait|aient|era|erons|eront|ant))"
                      + _E)
_INTERESTED = re.compile(r"\binterested\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b(?:the|a|large|small|growing|total|great|huge|record|increasing)\s+"
                     r"number\s+of\b", re.IGNORECASE)
_ROLE = re.compile(r"\broles?\b", re.IGNORECASE)
_FUNCTION = re.compile(r"\bfunction", re.IGNORECASE)
_RISE = re.compile(r"\b(?:increas\w*|on\s+the\s+rise|rising|raising)\b", re.IGNORECASE)
_SOLE = re.compile(r"\b(?:sole|soles|shoe|shoes|boot|boots)\b", re.IGNORECASE)
_INCREASING = re.compile(r"\b(?:increasing|growing)\s+[a-z]", re.IGNORECASE)
_ACCROISSANT = re.compile(_B + r"(?:accroissant|croissant) (" + _W + r")" + _E)
# Masculine determiners and their feminine, for a masculine noun swapped for a feminine one.
TO_FEM = {"le": "la", "un": "une", "ce": "cette", "du": "de la", "au": "à la", "l'": "la ",
           "cet": "cette", "quel": "quelle", "notre": "notre", "votre": "votre", "leur": "leur",
           "son": "sa", "mon": "ma"}
TO_MASC = {"la": "le", "une": "un", "cette": "ce", "de la": "du", "à la": "au",
           "quelle": "quel", "sa": "son", "ma": "mon"}


def lexical(source: str, french: str) -> str:
    """*invest*, *live*, *interested*, *the number of*, *role*, *increasing* + noun."""
    if _INVEST.search(source) and "invers" in french:
        french = _swap_lemma(_INVERSER, "investir", french)
        french = re.sub(_B + r"([Ii])nversion(s?)" + _E, r"\1nvestissement\2", french)
    if _LIVE.search(source) and not _HOUSE.search(source) and "habit" in french:
        french = _swap_lemma(_HABITER, "vivre", french)
        french = re.sub(_B + r"plus bien" + _E, "mieux", french)
    if _INTERESTED.search(source) and "passionn" in french:
        french = re.sub(_B + r"passionné(e?s?) (?:dans|en|par) (?=en \w+ant\b)", r"intéressé\1 à ",
                        french)  # "à en étendant": ``gerund`` makes it "à étendre"
        french = re.sub(_B + r"passionné(e?s?) (?:dans|en|par) ", r"intéressé\1 par ", french)
        french = re.sub(_B + r"passionné(e?s?)" + _E, r"intéressé\1", french)
    if _NUMBER.search(source):
        french = re.sub(_B + r"([Nn])uméro(s?) (?=de |d['’])",
                        lambda m: ("N" if m.group(1) == "N" else "n") + "ombre" + m.group(2)
                        + " ", french)
    if _ROLE.search(source) and not _FUNCTION.search(source) and "fonction" in french:
        french = re.sub(_B + r"(?:((?i:la|une|cette|sa|de la|à la|quelle)) )?([Ff])onction(s?)"
                        + _E,
                        lambda m: (cased_like(TO_MASC[m.group(1).lower()], m.group(1)) + " "
                                   if m.group(1) else "")
                        + ("R" if m.group(2) == "F" else "r") + "ôle" + m.group(3), french)
        french = re.sub(_B + r"([Ll])['’]rôle", r"\1e rôle", french)
        french = re.sub(_B + r"(rôles?) ((?:très |plus |si |assez |)" + _W + r")" + _E,
                        lambda m: f"{m.group(1)} {regender(m.group(2), 'm') or m.group(2)}",
                        french)
    if _RISE.search(source) and not _SOLE.search(source) and "semelle" in french:
        # Catalan "alça" (a rise) came back as "semelle" (the sole of a shoe).
        french = re.sub(r"(?<![\w-])((?:est|sont|était|étaient) )à la semelle"
                        r"(?=\s*[.,;:!?)]|\s*$)", r"\1en hausse", french)
        french = re.sub(_B + r"([Ll])a semelle (?=de |d['’]|des |du )",
                        lambda m: m.group(1) + "'augmentation ", french)
    if _INCREASING.search(source) and "croissant " in french:

        def fix(m: re.Match[str]) -> str:
            noun = m.group(1)
            before = re.search(_W + r"(?= $)", french[:m.start()])
            if not any(r.pos == "n" for r in readings_of(noun)) or (before is not None and any(
                    r.pos == "n" for r in readings_of(before.group(0)))):
                return m.group(0)  # after its noun already: "le commerce croissant est"
            reads = [r for r in readings_of(noun) if r.pos == "n"]
            made = generate([f"^croissant<adj><{reads[0].gender}><{reads[0].number}>$"])
            return f"{noun} {next(iter(made.values()), 'croissant')}"

        french = _ACCROISSANT.sub(fix, french)
    return french


_WAY = re.compile(r"\bways?\b", re.IGNORECASE)
_ROAD = re.compile(r"\b(?:road|path|route|railway|track|street|highway|trail|walk|journey|"
                   r"long\s+way|way\s+(?:to|from)\s+(?:the|school|work|home))\b", re.IGNORECASE)
_CHEMIN_INF = re.compile(r"(?<![\w-])(un|des|le|les|ce|aucun|seul|meilleur|autre) chemins? "
                         r"(?:de |d['’]|pour |à )(?=(?:le |la |les |l['’]|se |s['’]|nous |"
                         r"vous )?" + _W + r"(?:er|ir|re)" + _E + ")")
# "chemin" read as a manner: "dans un chemin positif", "de ce chemin", "Le chemin (nous)
# travaillons"; "par le chemin" (*along the way*) and "le chemin de la gare" stay.
_CHEMIN = re.compile(r"(?<![\w-])(?:((?i:dans|en|de|d['’]|par)) )?((?i:le|un|ce|cet|l['’]))"
                     r" ?([Cc])hemin(?: ((?:très |plus |si |assez |)" + _W + r"))?" + _E)
_PAVE = re.compile(r"\bpav(?:e|es|ed|ing)\s+the\s+way\b", re.IGNORECASE)
_PAVER = re.compile(_B + r"(pav\w+) (?:le chemin|la voie|la façon)" + _E)


def regender(adjective: str, gender: str, participles: bool = False) -> str | None:
    """An adjective ("très positif") in the gender of a noun swapped for its own (and a
    participle, "armée" -> "armé", with ``participles``)."""
    adverb, _, word = adjective.rpartition(" ")
    for r in readings_of(word):
        if r.pos == "pp" and participles and r.gender not in (gender, "mf"):
            made = generate([f"^{r.lemma}<{r.tags[0]}><pp><{gender}><{r.number}>$"])
        elif r.pos == "adj" and r.gender not in (gender, "mf"):
            made = generate([f"^{r.lemma}<adj><{gender}><{r.number}>$"])
        else:
            continue
        if made:
            return f"{adverb} {next(iter(made.values()))}".lstrip()
    return None


def way(source: str, french: str) -> str:
    """*way* "chemin": "un moyen de" before an infinitive, "la façon (dont nous)" else."""
    if not _WAY.search(source) or _ROAD.search(source) or "hemin" not in french:
        return french
    if _PAVE.search(source):
        french = _swap_lemma_tail(_PAVER, "ouvrir", " la voie", french)
    french = _CHEMIN_INF.sub(lambda m: {"des": "des moyens", "les": "les moyens"}.get(
        m.group(1), f"{m.group(1)} moyen") + " de ", french)
    french = re.sub(r"moyens? de (?=[aeiouéèêh])", lambda m: m.group(0)[:-3] + "d'", french)

    def fix(m: re.Match[str]) -> str:
        prep, det, nxt = m.group(1), m.group(2), m.group(4)
        word = nxt.rpartition(" ")[2] if nxt else ""
        reads = readings_of(word) if word else ()
        verb = next((r for r in reads if r.pos.startswith("vb") and "p1" in r.tags
                     and "pl" in r.tags), None)
        adjective = bool(reads) and any(r.pos == "adj" for r in reads) and not any(
            r.pos.startswith("vb") for r in reads)
        if not (verb or word in ("nous", "vous", "je", "ils", "elles", "on")
                or (prep and (adjective or det.lower() in ("ce", "cet")))):
            return m.group(0)
        fem = TO_FEM.get(det.lower().replace("’", "'"), det).strip()
        head = cased_like(fem, det) + " façon"
        if prep:
            head = {"dans": "de", "en": "de", "de": "de", "d'": "de", "d’": "de",
                    "par": "de"}[prep.lower()] + " " + head
            head = cased_like(re.sub(r"^de (?=une)", "d'", head), prep)
        if prep and (verb or word == "nous"):
            return f"{head} {nxt}"
        if verb or word in ("nous",):
            return f"{head} dont {'' if word == 'nous' else 'nous '}{nxt}"
        if word in ("vous", "je", "ils", "elles", "on"):
            return f"{head} dont {nxt}"
        if nxt and adjective:
            return f"{head} {regender(nxt, 'f') or nxt}"
        return f"{head} {nxt}" if nxt else head

    return _CHEMIN.sub(fix, french)


_PEOPLE = re.compile(r"\bpeople\b", re.IGNORECASE)
_PERSONNES = re.compile(_B + r"([Ll]es|[Bb]eaucoup de) personnes (" + _W + r")" + _E)


_BEFORE_NOUN = frozenset(("diverses", "différentes", "nombreuses", "certaines", "autres"))


def people(source: str, french: str) -> str:
    """*people* "les personnes en Russie" -> "les gens en Russie"."""
    if not _PEOPLE.search(source) or "personnes " not in french:
        return french

    def fix(m: re.Match[str]) -> str:
        nxt = m.group(2)
        if any(r.pos == "adj" or "pp" in r.tags for r in readings_of(nxt)):
            return m.group(0)  # "les personnes âgées": the adjective would not agree
        return f"{m.group(1)} gens {nxt}"

    out = _PERSONNES.sub(fix, french)
    if out == french:
        return out
    # What agreed with "personnes" (feminine) agrees with "gens" (masculine): "sont venues".
    at = out.find(" gens ") + 6
    head, tail = out[:at], out[at:]
    words = re.findall(_W, re.split(r"[,.;:!?]| d['’]| de | des | du ", " " + tail)[0])[:5]
    for w in words:
        if w in _BEFORE_NOUN:
            continue  # "de diverses origines": agreed with its own noun
        fem = [r for r in readings_of(w)
               if r.pos in ("pp", "adj") and "f" in r.tags and "pl" in r.tags]
        if fem and not any("m" in r.tags for r in readings_of(w)):
            tag = "<vblex><pp>" if fem[0].pos == "pp" else "<adj>"
            made = generate([f"^{fem[0].lemma}{tag}<m><pl>$"])
            if made:
                tail = re.sub(_B + w + _E, next(iter(made.values())), tail, count=1)
    return head + tail


_TOPICAL = re.compile(r"\btopical\b", re.IGNORECASE)
_EXPECTANCY = re.compile(r"\blife\s+expectancy\b", re.IGNORECASE)
_AMONG = re.compile(r"\bamong(?:st)?\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_WHILE_OPENS = re.compile(r"^\W*While\b")
_PLATFORM = re.compile(r"\bplatforms?\b", re.IGNORECASE)
_PROGRAMME = re.compile(r"\bprogram", re.IGNORECASE)
_LEVELS = re.compile(r"\bat\s+all\s+levels\b", re.IGNORECASE)


def phrases(source: str, french: str) -> str:
    """*topical issues* "sujets topiques" -> "sujets d'actualité", *life expectancy*
    "attente de vie" -> "espérance de vie", *among* "entre" -> "parmi", *While* opening a
    sentence "Instant" -> "Alors que", *platform* "programme" -> "plateforme", *at all
    levels* "en absolu nivellent" -> "à tous les niveaux"."""
    if _TOPICAL.search(source):
        french = re.sub(_B + r"topiques?" + _E, "d'actualité", french)
    if _EXPECTANCY.search(source):
        french = re.sub(_B + r"([Ll]['’]|[Ll]a |[Uu]ne |)(?:[Aa]ttente|[Ee]xpectative) de vie",
                        lambda m: m.group(1) + ("E" if not m.group(1) else "e")
                        + "spérance de vie", french)
    if _AMONG.search(source) and not _BETWEEN.search(source):
        french = re.sub(_B + r"([Ee])ntre (?!autres?\b|eux\b|elles\b|nous\b|vous\b)",
                        lambda m: ("P" if m.group(1) == "E" else "p") + "armi ", french)
    if _WHILE_OPENS.search(source):
        french = re.sub(r"^(\W*)Instant ",
                        r"\1Alors que ", french)
        french = re.sub(r"^(\W*)Alors que (?=[aeiouéèêh])", r"\1Alors qu'", french)
    if _PLATFORM.search(source) and not _PROGRAMME.search(source):
        french = re.sub(_B + r"(?:((?i:un|le|ce|du|au|notre|votre|leur|son)) )?programme(s?)"
                        + _E, lambda m: (cased_like(TO_FEM.get(m.group(1).lower(), m.group(1))
                                              .strip(), m.group(1)) + " " if m.group(1)
                                         else "") + "plateforme" + m.group(2), french)
    if _LEVELS.search(source):
        french = re.sub(_B + r"(?:en|à|dans) (?:absolu|tout|tous) (?:nivellent|nivelle|niveaux|"
                        r"les niveaux)" + _E, "à tous les niveaux", french)
    return french


_GREAT_DEAL = re.compile(r"\ba\s+(?:great|good)\s+deal\b", re.IGNORECASE)
_PASSED_AWAY = re.compile(r"\bpass(?:ed|es)?\s+away\b", re.IGNORECASE)
_CONGRATULATE = re.compile(r"\bcongratulat\w*\b.{0,60}?\bon\b", re.IGNORECASE)
_AHEAD = re.compile(r"\bahead\s+of\s+(?:the|a|an|this|his|her|its|their|our)\b", re.IGNORECASE)
_BY_WAY = re.compile(r"\bby\s+way\s+of\b", re.IGNORECASE)
_AS_SHOULD = re.compile(r"\bas\s+it\s+should\s+be\b", re.IGNORECASE)
_IN_VIEW = re.compile(r"\bin\s+view\s+of\b", re.IGNORECASE)
_PART_OF = re.compile(r"\bas\s+(?:a\s+)?part\s+of\b", re.IGNORECASE)
_CHANCE = re.compile(r"\bchances?\b", re.IGNORECASE)
_PURPOSE = re.compile(r"\b(?:this|that|the\s+same)\s+purpose\b", re.IGNORECASE)
_IMPORTANT_THAT = re.compile(r"\bimportant\s+that\b", re.IGNORECASE)
_I_YOU = re.compile(r"^\W*I\s+(?:\w+\s+)?\w+\s+you\b")
_AS_SEE = re.compile(r"\bas\s+(?:we|you|I)\s+(?:can\s+|could\s+|all\s+|have\s+|may\s+)?"
                     r"(?:see|know|said|say|noted|mentioned|heard|understand)", re.IGNORECASE)


def turns(source: str, french: str) -> str:
    """*a great deal* "un grand marché" -> "beaucoup", *passed away* "est passé dehors" ->
    "est décédé", *congratulate on* "félicite dans" -> "félicite pour", *ahead of* "En tête
    du sommet" -> "Avant le sommet", *as part of* "comme partie de" -> "dans le cadre de",
    *chance* "un hasard" -> "une chance", *for this purpose* "pour ce propos" -> "à cette
    fin", *important that* "est en important ces" -> "est important que ces", *I ... you*
    "Te félicite" -> "Je vous félicite", *as we can see* "tandis que nous pouvons voir" ->
    "comme nous pouvons voir"; "plus bien" -> "mieux", "chance bonne" -> "bonne chance",
    "dans la veille" -> "à la veille"."""
    if _GREAT_DEAL.search(source):
        french = re.sub(_B + r"un (?:grand marché|marché grand)" + _E, "beaucoup", french)
    if _PASSED_AWAY.search(source) and "dehors" in french:
        french = _swap_lemma_tail(re.compile(_B + r"(pass\w+) dehors" + _E), "décéder", "",
                                  french)
    if _CONGRATULATE.search(source) and "félicit" in french:
        french = re.sub(r"(félicit\w*(?: [\w'’-]+){0,6}?) (?:dans|sur) (?=(?:la|le|les|l['’]|"
                        r"votre|vos|ton|ta|tes|son|sa|ses|leur|leurs|notre|nos|un|une|ce|cet|"
                        r"cette|\d))", r"\1 pour ", french)
    if _AHEAD.search(source):
        french = re.sub(r"(^\W*|, )(?:[Ee]n tête|[Aa]ttendu|[Aa]u-devant)(?: de| d['’]|)"
                        r" ?(?=(?:la|le|les|l['’]|ce|cet|cette|son|sa|ses|leur|leurs|notre|nos|"
                        r"du|des|un|une) ?)",
                        lambda m: m.group(1) + ("Avant " if not m.group(1).strip(" ,")
                                                 and not m.group(1).startswith(",")
                                                 else "avant "), french)
        french = re.sub(r"([Aa])vant (du|des) ", lambda m: m.group(1) + "vant "
                        + {"du": "le", "des": "les"}[m.group(2)] + " ", french)
    if _IN_VIEW.search(source):
        french = re.sub(r"(^\W*|, )[Aa]ttendu (le|la|les|l['’]|ce|cette|ces|un|une) ",
                        lambda m: m.group(1) + ("E" if not m.group(1).startswith(",") else "e")
                        + "n vue " + {"le": "du ", "les": "des "}.get(m.group(2), "de "
                                                                     + m.group(2) + " "),
                        french).replace("de l' ", "de l'").replace("de l’ ", "de l’")
    if _PART_OF.search(source):
        french = re.sub(_B + r"([Cc])omme (?:une )?partie (?=de |d['’]|du |des )",
                        lambda m: ("D" if m.group(1) == "C" else "d") + "ans le cadre ", french)
    if _CHANCE.search(source) and "hasard" in french:
        french = re.sub(_B + r"(?:(un|le|ce|du|au) )?hasard(s?)" + _E,
                        lambda m: (TO_FEM[m.group(1)].strip() + " " if m.group(1) else "")
                        + "chance" + m.group(2), french)
    if _PURPOSE.search(source):
        french = re.sub(_B + r"(?:pour|par|dans) (?:ce|cet) (?:propos|but)" + _E, "à cette fin",
                        french)
    if "en important" in french:
        that = " que" if _IMPORTANT_THAT.search(source) else ""
        french = re.sub(r"(?<![\w-])(est|était|sera|serait) en important "
                        r"(?!que\b|qu['’]|de\b|d['’]|pour\b|à\b)", rf"\1 important{that} ", french)
        french = re.sub(r"(?<![\w-])(est|était|sera|serait) en important(?=[ ,.])", r"\1 important",
                        french)
    if _I_YOU.search(source):
        first = re.match(r"^(\W*)Te (" + _W + r")" + _E, french)
        if first and any("p1" in r.tags and "sg" in r.tags for r in readings_of(first.group(2))):
            french = f"{first.group(1)}Je vous {first.group(2)}" + french[first.end():]
    if _AS_SEE.search(source) and not WHILE.search(source):
        french = re.sub(_B + r"tandis que (?=(?:nous|vous|je) (?:pouvons |pouvez |avons |avez |"
                        r"ai |tous )?(?:voir|vu|savons|savez|sais|dit|remarqué|noté|mentionné|"
                        r"entendu|comprenons))", "comme ", french)
    if re.search(r"\bevery\s+success\b", source, re.IGNORECASE):
        french = re.sub(_B + r"chaque succès" + _E, "plein succès", french)
    # *while* + -ing: "tandis qu'en renforçant" -> "tout en renforçant".
    french = re.sub(_B + r"tandis qu['’]en (?=" + _W + r"ant" + _E + ")", "tout en ", french)
    if _BY_WAY.search(source):
        french = re.sub(_B + r"([Pp])ar (?:le )?chemin (?=de |d['’]|du |des )", r"\1ar le biais ",
                        french)
    if _AS_SHOULD.search(source):
        french = re.sub(_B + r"tandis qu['’](?:il|elle|ce|cela) (?:devrait|doit) (?:être|l['’]être)"
                        + _E, "comme il se doit", french)
    french = re.sub(_B + r"plus bien" + _E, "mieux", french)
    french = re.sub(_B + r"([Cc])hance bonne" + _E,
                    lambda m: ("B" if m.group(1) == "C" else "b") + "onne chance", french)
    return re.sub(_B + r"([Dd])ans la veille" + _E,
                  lambda m: ("À" if m.group(1) == "D" else "à") + " la veille", french)


# The clause rules (``clausewords``) run between the word senses, in the order they always ran:
# "tandis que" is read by ``as_clause`` before ``turns`` reads it again.
_RULES: tuple[Callable[[str, str], str], ...] = (lexical, way, people, subject, relative,
                                                 as_clause, gerund, phrases, turns,
                                                 double_object, right_wrong, warmly, upcoming,
                                                 next_, entitled, involved, move, focus,
                                                 interesting, raise_, address, run, deliver,
                                                 hold, speech, readiness, pivot_senses)


def senses(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the senses and clause words its English source calls for."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        for rule in _RULES:
            text = rule(source, text)
        out.append(text)
    return out
