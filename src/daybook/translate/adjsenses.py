"""*further*, *former*, *promising*, *dedication*, *You see*: senses the pivot gives wrong.

*further* and *former*: the additive and the former sense the pivot gives as distance and
precedence.

The engine reads *further* as the verb "to further" ("stimuler": "pour stimuler rehausser
des liens") or as the distance "plus lointain" ("aider plus lointain renforcer la
confiance", "coopération d'approfondissement plus lointain"), and *former* as "antérieur"
after its noun ("les gouverneurs régionaux antérieurs", "à antérieur le maire de Moscou").
French says the additive sense with *davantage*, *continuer à*, *supplémentaire* and the
former holder of an office with "ancien" before the noun (Robert & Collins: *further*
adv. 2, adj. 2; *former* adj. 1):

- ``further_en``, on the English before the engine: *further* before a verb, after *to*,
  a modal or *help* ("to further expand", "will further help") -> *continue to* + verb
  ("continuer à étendre", "continuera à vous aider"; *help to continue to*); before a
  gerund with an object after a preposition ("for further deepening cooperation") ->
  *continuing to* + verb ("pour continuer à approfondir la coopération"). The distance
  sense ("further north", "go further", "further from") and a noun after it ("further
  development", ``adjectives_np.further``'s) are left; *(the) further X-ing of* (an -ing
  the analyser also reads as a noun) -> *the continuation of the X-ing of*;
- ``further_fr``: the French of that *continue to* ("continuer pour étendre" -> "continuer
  à étendre", "continuera à aider vous" -> "à vous aider"); after *help* "aider à V
  davantage" (not "aider à continuer à V"); "la suite du renforcement" -> "la poursuite
  du renforcement";
- ``former``: "NOUN antérieur(e)(s)" where the English has *former* before a noun ->
  "ancien(ne)(s) NOUN" after its determiner ("les anciens gouverneurs régionaux", "l'ancien
  maire", "d'anciens ouvriers"); "antérieur le maire de Moscou" (a role the glossary put
  with its article) -> "l'ancien maire", "votre antérieur le PDG" -> "votre ancien PDG";
  *former and current* "antérieurs et actuels" -> "anciens et actuels" in place;
- ``mass`` before a noun "massique" (physics: per unit of mass) -> "de masse" ("les médias
  massiques" -> "les médias de masse", "la production massique" -> "la production de
  masse"; *mass destruction* is the glossary's "destruction massive");
- ``dedication`` to a task "dédicace" -> "dévouement", ``you_see`` *You see,* "Voix," ->
  "Vous voyez,", ``promising`` before a noun "promettant des projets" -> "des projets
  prometteurs".
"""

from __future__ import annotations

import re
from functools import cache

from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like
from daybook.translate.gender import readings
from daybook.translate.processes import remembered_readings

# Before *further*: what makes the next word a verb (the infinitive's *to*, a modal, *help*).
_VERB_LEAD = r"(?:to|will|would|can|could|should|must|shall|may|might|help|helps|helped|" \
             r"helping|and|or|also|not)"
_FURTHER_VERB = re.compile(rf"\b({_VERB_LEAD}) further ([a-z]+)\b(?! (?:of|than|from|away)\b)",
                           re.IGNORECASE)
_FURTHER_GERUND = re.compile(r"\b(for|at|to|of|on|in|towards|toward|by|about|with) further "
                             r"([a-z]+ing) (?!(?:of|and|or|in|with|to|for|on|at|by|as)\b)"
                             r"(?=[a-z])", re.IGNORECASE)
# *(the) further X-ing of*: an action noun ("the further strengthening of ties"), which the
# engine reads as *farthest* + a verb ("le plus lointain se renforcer de").
_FURTHER_ACTION = re.compile(r"\b(?:(the) )?further ([a-z]+ing) of\b", re.IGNORECASE)
# What comes right after a verb that can also be a noun ("build", "help"): its object.
_OBJECT = re.compile(r"(?:the|a|an|our|its|their|this|these|that|those|his|her|your|my|us|"
                     r"them|you|it|him|me|all|both|such|new|more|mutual|bilateral)\b")


@cache
def _verb_lemma(word: str, form: str) -> tuple[str | None, bool]:
    """``word``'s verb lemma when the English analyser reads it as the verb form ``form``
    ("inf", "ger"), and whether it also has a noun or adjective reading."""
    said = remembered_readings([word]).get(word, ())
    lemma = next((r.split("<", 1)[0] for r in said if f"<vblex><{form}>" in r), None)
    other = any("<n>" in r or "<adj>" in r for r in said)
    return lemma, other


def further_en(line: str) -> str:
    """ "to further expand trade" -> "to continue to expand trade", "for further deepening
    cooperation" -> "for continuing to deepen cooperation" (English for the engine)."""
    if "urther" not in line:
        return line

    def verb(m: re.Match[str]) -> str:
        word = m.group(2)
        lemma, other = _verb_lemma(word.lower(), "inf")
        if lemma is None or (other and not _OBJECT.match(line, m.end() + 1)):
            return m.group(0)
        # after *help* its *to* ("aider à continuer"; with none, "aider continue à")
        to = " to" if m.group(1).lower().startswith("help") else ""
        return f"{m.group(1)}{to} continue to {word}"

    def gerund(m: re.Match[str]) -> str:
        lemma, _ = _verb_lemma(m.group(2).lower(), "ger")
        if lemma is None:
            return m.group(0)
        return f"{m.group(1)} continuing to {lemma} "

    def action(m: re.Match[str]) -> str:
        # only a gerund the analyser also reads as a noun ("strengthening", not
        # "expanding"): the engine gives that noun ("la suite du renforcement de")
        word = m.group(2).lower()
        if not any(r.startswith(f"{word}<n>") for r in remembered_readings([word]).get(word, ())):
            return m.group(0)
        the = cased_like(m.group(1) or "the", m.group(0))
        return f"{the} continuation of the {m.group(2)} of"

    line = _FURTHER_ACTION.sub(action, line)
    return _FURTHER_GERUND.sub(gerund, _FURTHER_VERB.sub(verb, line))


# "continuer pour étendre": the engine's *continue to* (``further_en``) before an infinitive,
# which the rules reading the English for *continue to* do not see.
_CONTINUER_POUR = re.compile(_B + r"([Cc]ontinu(?:er|e|es|ons|ez|ent|era|erons|eront|erait|"
                             r"eraient|ant|é)) pour (?=(?:s['’]|se )?" + _W
                             + r"(?:er|ir|re)" + _E + ")")


# "continuera à aider vous": the object pronoun before the infinitive ("à vous aider").
_INFINITIVE_PRONOUN = re.compile(_B + r"([Cc]ontinu\w*(?: à)?) (" + _W
                                 + r"(?:er|ir|re)) (vous|nous)" + _E)


# *further success* (a wish): "de nouveaux succès" (the usual formula), not "succès ultérieur".
_FURTHER_SUCCESS = re.compile(r"\bfurther\s+success(?:es)?\b", re.IGNORECASE)
_SUCCES_ULTERIEUR = re.compile(_B + r"(?:(?:du|le|un|de) )?succès (?:ultérieurs?|"
                               r"supplémentaires?|(?:les? )?plus lointains?)" + _E)


# *help (to) further V*: "aider à V davantage" (Robert & Collins: *to further* "faire
# avancer", *help to* "contribuer à"), not the heavy "aider à continuer à V".
_HELP_FURTHER = re.compile(r"\bhelp(?:s|ed|ing)? (?:to )?further [a-z]", re.IGNORECASE)
_AIDER_CONTINUER = re.compile(_B + r"(aid" + _W + r") (?:à |pour )?continuer (?:à |pour )?"
                              r"((?:vous |nous |les |la |le |l['’]|leur |lui |se |s['’])?"
                              + _W + r"(?:er|ir|re))" + _E
                              # a determiner or the clause's end next: a bare noun there
                              # gets its article from a later rule, which *davantage* hides
                              + r"(?=\s*(?:[.,;:!?]|$)| (?:le|la|les|l['’]|un|une|des|du|"
                              r"de|d['’]|notre|nos|votre|vos|leur|leurs|ce|cet|cette|ces|son|"
                              r"sa|ses|mon|ma|mes|tous|toutes|tout|toute)" + _E + ")")
# ``further_en``'s *the continuation of the X-ing of*: "la suite du renforcement" ->
# "la poursuite du renforcement" (the usual French for carrying an action on).
_SUITE_ACTION = re.compile(_B + r"([Ll]a )suite (du |de l['’]|de la |des )")


def further_fr(source: str, french: str) -> str:
    """ "continuer pour étendre" -> "continuer à étendre", "continuera à aider vous" ->
    "continuera à vous aider" where the English has *further* (``further_en``'s *continue
    to*, which the rules reading the English for *continue to* do not see); *further
    success* "succès ultérieur" -> "de nouveaux succès". *further* before another noun is
    ``adjectives_np.further``'s."""
    if "urther" not in source:
        return french
    if "continu" in french:
        french = _CONTINUER_POUR.sub(r"\1 à ", french)
        french = _INFINITIVE_PRONOUN.sub(r"\1 \3 \2", french)
        if _HELP_FURTHER.search(source):
            french = _AIDER_CONTINUER.sub(r"\1 à \2 davantage", french)
    if "suite" in french and _FURTHER_ACTION.search(source):
        french = _SUITE_ACTION.sub(r"\1poursuite \2", french)
    if "succès" in french and _FURTHER_SUCCESS.search(source):
        french = _SUCCES_ULTERIEUR.sub("de nouveaux succès", french)
    return french


_FORMER_EN = re.compile(r"\bformer\b(?! (?:is|was|has|had|are|were)\b)", re.IGNORECASE)
_ANCIEN = {"": "ancien", "e": "ancienne", "s": "anciens", "es": "anciennes"}
_DETERMINERS = ("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux", "de",
                "d'", "d’", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes",
                "son", "sa", "ses", "notre", "nos", "votre", "vos", "leur", "leurs", "tous",
                "toutes")
_POSSESSIVES = frozenset(("mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre",
                          "nos", "votre", "vos", "leur", "leurs"))
# Words that end a noun group going back from "antérieur": its determiner is before them.
_NOT_IN_GROUP = frozenset(("et", "ou", "à", "en", "pour", "par", "sur", "dans", "avec", "qui",
                           "que", "mais", "comme", "entre", "vers", "sans", "est", "sont",
                           "a", "ont", "ne", "pas", "plus"))
_DET = "|".join(sorted((re.escape(d) for d in _DETERMINERS), key=len, reverse=True))
# "les gouverneurs régionaux antérieurs", "d’ouvriers antérieurs": the determiner (its
# elided form glued), one to three words, then "antérieur(e)(s)" not followed by "et".
_STOP = "|".join(sorted(_NOT_IN_GROUP | {d for d in _DETERMINERS if d[-1:] not in "'’"},
                        key=len, reverse=True))
_GROUP_WORD = rf"(?!(?:{_STOP}){_E}){_W}"
_GROUP = re.compile(_B + rf"(?P<det>(?:{_DET})(?: |(?<=['’])))"
                    rf"(?P<words>{_GROUP_WORD}(?: {_GROUP_WORD}){{0,2}}) "
                    rf"antérieur(?P<end>e?s?){_E}(?! et {_W})", re.IGNORECASE)
# "antérieur le maire", "votre antérieur le PDG": a role put with its article.
_BEFORE_ROLE = re.compile(_B + r"(?:(?P<lead>\w+) )?antérieur(?P<end>e?s?) (?P<art>le|la|les) "
                          r"(?=[\wÀ-ÿ])")
_AND_CURRENT = re.compile(_B + r"antérieur(?P<end>e?s?) et (?=actuel|présent|futur)")


def _article(det: str, adjective: str, apostrophe: str) -> str:
    """The determiner as it stands before "ancien(ne)(s)": "le"/"la" elided, "des" ->
    "d'" (an adjective before a plural noun), "du" -> "de l'", "au" -> "à l'"."""
    low = det.strip().lower()
    cap = det[:1].isupper()
    new = {"le": f"l{apostrophe}", "la": f"l{apostrophe}", "l'": f"l{apostrophe}",
           "l’": f"l{apostrophe}", "des": f"d{apostrophe}", "du": f"de l{apostrophe}",
           "au": f"à l{apostrophe}", "de": f"d{apostrophe}", "d'": f"d{apostrophe}",
           "d’": f"d{apostrophe}", "ce": "cet"}.get(low)
    if new is None:
        return det.strip() + " "
    if low == "des" and not adjective.endswith("s"):
        new = "des "
    new = new if new.endswith(("'", "’")) else new + " "
    return new[:1].upper() + new[1:] if cap else new


def former(source: str, french: str) -> str:
    """ "les gouverneurs régionaux antérieurs" -> "les anciens gouverneurs régionaux", "à
    antérieur le maire" -> "à l'ancien maire", where the English has *former*."""
    if "antérieur" not in french or not _FORMER_EN.search(source):
        return french
    apostrophe = "’" if "’" in french else "'"
    french = _AND_CURRENT.sub(lambda m: f"{_ANCIEN[m.group('end')]} et ", french)

    def group(m: re.Match[str]) -> str:
        words = m.group("words")
        adjective = _ANCIEN[m.group("end")]
        return _article(m.group("det"), adjective, apostrophe) + adjective + " " + words

    def role(m: re.Match[str]) -> str:
        adjective = _ANCIEN[m.group("end")]
        lead = m.group("lead")
        if lead and lead.lower() in _POSSESSIVES:
            return f"{lead} {adjective} "
        head = "les " if m.group("art") == "les" else "l" + apostrophe
        return (f"{lead} " if lead else "") + head + adjective + " "

    french = _GROUP.sub(group, french)
    french = _BEFORE_ROLE.sub(role, french)
    return re.sub(_B + r"(à|de) les anciens", lambda m: "aux anciens" if m.group(1) == "à"
                  else "des anciens", french)


_DEDICATION_EN = re.compile(r"\bdedication\b(?! (?:ceremony|of (?:the|a|an) (?:monument|church|"
                            r"memorial|book|temple|chapel|statue|plaque)))", re.IGNORECASE)
_DEDICACE = re.compile(_B + r"(?:(?P<prep>de|à|De|À) (?=la ))?(?:(?P<det>la|une|sa|cette|La|Une|"
                       r"Sa|Cette) )?(?:(?P<adj>pleine|grande|totale|entière|vraie|profonde|"
                       r"absolue|immense|haute) )?dédicace(?P<s>s?)" + _E)
_MASCULINE_DET = {"la": "le", "une": "un", "sa": "son", "cette": "ce"}
_MASCULINE_ADJ = {"pleine": "plein", "grande": "grand", "totale": "total", "entière": "entier",
                  "vraie": "vrai", "profonde": "profond", "absolue": "absolu",
                  "immense": "immense", "haute": "haut"}


def dedication(source: str, french: str) -> str:
    """ "avec pleine dédicace" -> "avec plein dévouement", "leur dédicace à leur travail" ->
    "leur dévouement": *dedication* to a task is "dévouement" (Robert & Collins), "dédicace"
    the inscription of a book or the consecration of a building (left where the English
    dedicates a monument, a church, a book)."""
    if "dédicace" not in french or not _DEDICATION_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        out = "dévouement" + m.group("s")
        if m.group("adj"):
            out = _MASCULINE_ADJ[m.group("adj")] + " " + out
        det, prep = m.group("det"), m.group("prep")
        if det:
            low = _MASCULINE_DET[det.lower()]
            if prep and low == "le":
                both = "du" if prep.lower() == "de" else "au"
                return cased_like(both, prep) + " " + out
            out = cased_like(low, det) + " " + out
        return (prep + " " if prep else "") + out

    return _DEDICACE.sub(fix, french)


_YOU_SEE = re.compile(r"^\W*You see,")
_VOIX = re.compile(r"^(\W*)Voix,")


def you_see(source: str, french: str) -> str:
    """ "Voix, un programme est en cours" -> "Vous voyez, un programme...": *You see,*
    opening a sentence, which the engine read as the noun *voice* (Catalan "veu")."""
    if not _YOU_SEE.match(source):
        return french
    return _VOIX.sub(r"\1Vous voyez,", french)


_PROMISING_EN = re.compile(r"\bpromising\b(?!\s+(?:to|that)\b)", re.IGNORECASE)
_PROMETTANT = re.compile(_B + r"(?P<lead>de |d['’])?promett(?:ant|re) (?P<det>des |les |de |d['’])"
                         r"(?P<rest>[^\W\d_][\w’'-]*(?: [^\W\d_][\w’'-]*){0,5})")
# *promising* in a list of adjectives ("important, promising and possible"): no noun after.
_PROMISING_LIST = re.compile(r"\bpromising(?:,| and\b| or\b)", re.IGNORECASE)
_PROMETTRE_LIST = re.compile(_B + r"promett(?:re|ant)(?=,| et | ou )")
_PROMETTEUR = {("m", "sg"): "prometteur", ("m", "pl"): "prometteurs",
               ("f", "sg"): "prometteuse", ("f", "pl"): "prometteuses"}


def _gender_number(word: str) -> tuple[str, str] | None:
    for r in readings([word.lower()]).get(word.lower(), ()):
        if r.tags[:1] == ("n",) and len(r.tags) >= 3 and r.tags[1] in ("m", "f") \
                and r.tags[2] in ("sg", "pl"):
            return r.tags[1], r.tags[2]
    return None


def _is_adjective(word: str) -> bool:
    return any(r.tags[:1] == ("adj",) for r in readings([word.lower()]).get(word.lower(), ()))


def _in_noun_group(word: str) -> bool:
    """An adjective after the noun ("communs"), or a bare "de" complement ("d'armes")."""
    if re.fullmatch(r"d['’][^\W\d_]+", word):
        return _gender_number(word[2:]) is not None
    return _is_adjective(word) and _gender_number(word) is None


def promising(source: str, french: str) -> str:
    """ "développe promettant des projets communs" -> "développe des projets communs
    prometteurs", "de promettant des systèmes d'armes" -> "de systèmes d'armes
    prometteurs": *promising* before a noun, which the tagger read as the verb's participle;
    the adjective after the noun, its adjectives and a bare "de" complement, agreed with
    the noun (gender and number from the analyser)."""
    if "promett" not in french or not _PROMISING_EN.search(source):
        return french
    if _PROMISING_LIST.search(source):  # "important, promettre et possible"
        french = _PROMETTRE_LIST.sub("prometteur", french)

    def fix(m: re.Match[str]) -> str:
        words = m.group("rest").split(" ")
        det = m.group("det")
        noun = words[0]
        gn = _gender_number(noun)
        if gn is None:
            return m.group(0)
        k = 1
        while k < len(words) and _in_noun_group(words[k]):
            k += 1
        lead = m.group("lead") or ""
        if lead and det in ("des ", "de "):  # "de promettant des systèmes": "de systèmes"
            det, lead = "de ", ""
        head = " ".join(words[:k])
        tail = " ".join(words[k:])
        return f"{lead}{det}{head} {_PROMETTEUR[gn]}" + (f" {tail}" if tail else "")

    return _PROMETTANT.sub(fix, french)


# *mass* before a noun: not before a preposition, a verb or a conjunction ("the mass of").
_MASS_EN = re.compile(r"\bmass\s+(?!(?:destruction|of|is|was|are|were|has|have|and|or|in|on|"
                      r"at|to|for|by|with|that|which|the|a|an)\b)[a-z]", re.IGNORECASE)
_MASSIQUE = re.compile(r"(?<=[\w’'])( (?:plus |très )?)massiques?" + _E)


def mass(source: str, french: str) -> str:
    """ "les médias massiques" -> "les médias de masse": *mass* before a noun (mass media,
    production, events) is "de masse" after it (Robert & Collins *mass* adj.); the engine's
    "massique" is physics' "per unit of mass"."""
    if "massique" not in french or not _MASS_EN.search(source):
        return french
    return _MASSIQUE.sub(" de masse", french)
