"""Support verbs chosen by their noun, where the pivot translated the English verb alone.

English *make*, *draw*, *pay*, *hold* take a sense from the noun after them that the
Catalan pivot does not see: "faire une contribution" (*make a contribution*), "dessiner
l'attention" (*draw attention*), "payer attention" (*pay attention*), "le sommet sera
tenu" (*the summit will be held*). French says these with its own verb (the Petit Robert's
constructions of each noun). Each rule runs after the engine on one sentence with its
English source beside it, fires only where the English has the construction, and keeps the
tense and person the engine gave the verb:

- *make a contribution* "faire une contribution" -> "apporter une contribution"; *make
  decisions* "faire des décisions" -> "prendre des décisions";
- *draw attention to* "dessiner l'attention à" -> "attirer l'attention sur"; *pay attention
  to* "payer de l'attention à" -> "prêter attention à", "l'attention a été payée à" ->
  "l'attention a été accordée à";
- an event *is held* "sera tenu", "a été tenue" -> "aura lieu", "a eu lieu" (not *held
  responsible*, *held hostage*; "tenu de", "tenu pour" kept);
- *address* by its object: issues "traiter les questions", problems "régler les
  problèmes", tasks "accomplir", challenges "relever", concerns "répondre aux
  préoccupations" (the pivot's "adresser" is to send, or to speak to someone);
- *issue* documents (passports, visas, permits, licences, certificates) "émettre" ->
  "délivrer" ("émettre" is for money, bonds, signals); decrees "signer", instructions and
  orders "donner";
- *conduct* talks, research, work "diriger" -> "mener", repairs, tests, a tour "effectuer".
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import (
    AVOIR,
    AVOIR_TENSES,
    ETRE_TENSES,
    THIRD,
    alternation,
    avoir,
    etre,
    same_person,
)
from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B

_AUX = re.compile(_B + r"(?:" + alternation(
    AVOIR | etre("present", "imperfect", "future", persons=THIRD)
    | {"avoir", "ayant", "été", "être"}) + r")"
                  r"(?: (?:" + _W + r"ment|pas|plus|déjà|aussi|toujours|bien|beaucoup|"
                  r"tant|tous|toutes|encore|jamais|enfin|également))? $", re.IGNORECASE)


def _swap(m: re.Match[str], french: str, lemma: str) -> str | None:
    """Group 1 of ``m`` (a verb in ``french``) as the same form of ``lemma``."""
    after_aux = bool(_AUX.search(french[max(0, m.start(1) - 40):m.start(1)]))
    return reverb(m.group(1), lemma, after_aux)


_CONTRIBUTION = re.compile(r"\b(?:make|makes|made|making)\b[^.;]{0,60}?\bcontributions?\b",
                           re.IGNORECASE)
_FAIRE = (r"(f(?:aire|ait|aits|aite|aites|ais|aisons|ont|era|eras|erai|erons|erez|eront|"
          r"erait|eraient|erais|aisait|aisaient|aisais|aisant|asse|assent|it|irent)|"
          r"F(?:aisons|aites|ais))")
# up to three words between: a determiner, a possessive, an adjective, "encore"
_FAIRE_CONTRIBUTION = re.compile(_B + _FAIRE + r"((?: (?:" + _W + r"|l['’]" + _W + r"|d['’]"
                                 + _W + r")){0,3}? contributions?)" + _E)
_DECISIONS = re.compile(r"\b(?:make|makes|made|making)\b[^.;]{0,40}?\bdecisions?\b|"
                        r"\bdecisions?\s+(?:\w+\s+){0,2}?made\b", re.IGNORECASE)
_PRIS = {"t": "pris", "ts": "pris", "te": "prise", "tes": "prises"}
# the passive: "la décision a été faite" -> "a été prise"
_DECISION_FAITE = re.compile(r"(?<![\w-])(décisions? (?:" + _W + r" )?(?:a été|ont été|sera|"
                             r"seront|est|sont|était|étaient|avait été|avaient été|serait|"
                             r"seraient|doit être|doivent être|être) )fai(te?s?)" + _E)
_FAIRE_DECISION = re.compile(_B + _FAIRE + r"((?: (?:" + _W + r"|l['’])){0,2}? ?"
                             r"(?:l['’])?décisions?)" + _E)


def make(source: str, french: str) -> str:
    """ "a fait une contribution" -> "a apporté une contribution", "feront des décisions"
    -> "prendront des décisions", where the English makes them."""
    if "contribution" in french and _CONTRIBUTION.search(source):
        french = _FAIRE_CONTRIBUTION.sub(
            lambda m: (v + m.group(2)) if (v := _swap(m, french, "apporter")) else m.group(0),
            french)
    if "décision" in french and _DECISIONS.search(source):
        french = _FAIRE_DECISION.sub(
            lambda m: (v + m.group(2)) if (v := _swap(m, french, "prendre")) else m.group(0),
            french)
        french = _DECISION_FAITE.sub(lambda m: m.group(1) + _PRIS[m.group(2)], french)
    return french


_DRAW_ATTENTION = re.compile(r"\b(?:draw|draws|drew|drawn|drawing)\s+(?:\w+\s+){0,2}?"
                             r"attention\b", re.IGNORECASE)
# "dessiner votre attention à", "a dessiné attention à", "a dessiné l'attention de X à"
_DESSINER = re.compile(_B + r"(dessin" + _W + r") ((?:(?:l['’]|votre |notre |leur |son |"
                       r"sa |vos |nos )?|de l['’])(?:attention)" + r"(?: particulière| spéciale)?"
                       r"(?: (?:de|du|des) [^,.;]{1,40}?)?) (à|au|aux|dans|vers)" + _E)
_PAY_ATTENTION = re.compile(r"\b(?:pay|pays|paid|paying)\s+(?:\w+\s+){0,3}?attention\b|"
                            r"\battention\s+(?:\w+\s+){0,2}?(?:paid|being paid)\b",
                            re.IGNORECASE)
# "payer de l'attention spéciale à", "paie attention à" (active)
_PAYER = re.compile(_B + r"(pa(?:y|i)" + _W + r"|" + _FAIRE[1:-1] + r") (?:de l['’]|l['’]|"
                    r"une |beaucoup d['’]|plus d['’]|peu d['’])?attention( " + _W + r")? "
                    r"(?=à|au|aux)")
# "attention a été payée à", "attention est payée"
_PAYEE = re.compile(r"(?<![\w-])(attention (?:" + _W + r" )?(?:a été|est|sera|sont|ont été|"
                    r"était|doit être|devrait être|être) )(pay" + _W + r")" + _E)
_CLOSE = {" proche": " particulière", " étroite": " particulière", " fermée": " particulière"}
_TO = {"à": "sur", "au": "sur le", "aux": "sur les", "dans": "sur", "vers": "sur"}


def attention(source: str, french: str) -> str:
    """ "a dessiné attention à la loi" -> "a attiré l'attention sur la loi", "payer de
    l'attention spéciale à" -> "prêter une attention spéciale à", "a été payée à" -> "a été
    accordée à", where the English draws or pays attention."""
    if "attention" not in french:
        return french
    if "dessin" in french and _DRAW_ATTENTION.search(source):

        def draw(m: re.Match[str]) -> str:
            verb = _swap(m, french, "attirer")
            if verb is None:
                return m.group(0)
            noun = m.group(2)
            if noun.startswith("attention"):  # the engine dropped the article
                noun = "l'" + noun
            elif noun.startswith("de l"):
                noun = noun[3:]
            return f"{verb} {noun} {_TO[m.group(3)]}"

        french = _DESSINER.sub(draw, french)
    if _PAY_ATTENTION.search(source):

        def pay(m: re.Match[str]) -> str:
            verb = _swap(m, french, "prêter")
            if verb is None:
                return m.group(0)
            # *close attention*: "une attention particulière" (not "proche", near)
            adjective = _CLOSE.get(m.group(2) or "", m.group(2))
            return f"{verb} une attention{adjective} " if adjective else f"{verb} attention "

        french = _PAYER.sub(pay, french)
        french = _PAYEE.sub(lambda m: m.group(1) + (reverb(m.group(2), "accorder", True)
                                                    or m.group(2)), french)
    return french


_HELD = re.compile(r"\b(?:be|is|are|was|were|been|being|'s|’s)\s+(?:\w+ly\s+|also\s+|"
                   r"traditionally\s+|now\s+|again\s+|once\s+again\s+)?held\b(?!\s+(?:"
                   r"responsible|accountable|liable|hostage|captive|prisoner|back|up|in\s+"
                   r"custody|in\s+(?:high\s+)?(?:esteem|regard)|by\s+(?:the\s+)?police))",
                   re.IGNORECASE)
# être -> avoir, the tense and person kept ("sera tenu" -> "aura lieu")
_TENSES = ("present", "imperfect", "future", "conditional", "subjunctive")
_AVOIR = same_person(ETRE_TENSES, AVOIR_TENSES, *_TENSES, persons=THIRD) | {
    "être": "avoir", "étant": "ayant", "fut": "eut", "furent": "eurent"}
_ETRE = alternation(etre(*_TENSES, persons=THIRD) | {"être", "étant", "fut", "furent"})
_AVOIR_ETE = alternation(avoir(*_TENSES, persons=THIRD) | {"avoir", "ayant"})
_TENU = re.compile(_B + r"(?:(" + _ETRE + r")|(" + _AVOIR_ETE + r") été)( (?:" + _W + r"ment|"
                   r"aussi|également|toujours|déjà|traditionnellement|maintenant|encore|"
                   r"bientôt|ensuite|désormais|chaque année))? tenu(?:e|s|es)?"
                   r"(?! (?:de|d['’]|pour|responsables?|en otage)(?![\w’'-]))" + _E,
                   re.IGNORECASE)


def held(source: str, french: str) -> str:
    """ "Le sommet sera tenu le 14 juin" -> "Le sommet aura lieu le 14 juin", "a été tenue"
    -> "a eu lieu", where the English says an event *is held*."""
    if "tenu" not in french or not _HELD.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        adverb = m.group(3) or ""
        if m.group(1):
            verb = m.group(1)
            made = _AVOIR[verb.lower()]
            made = made[:1].upper() + made[1:] if verb[:1].isupper() else made
            return f"{made}{adverb} lieu"
        return f"{m.group(2)}{adverb} eu lieu"

    return _TENU.sub(fix, french)


# the verb, not the noun ("the address", "an email address", "his address to")
_ADDRESS = re.compile(r"(?<!\bthe )(?<!\ban )(?<!\bthis )(?<!\bthat )(?<!\bhis )(?<!\bher )"
                      r"(?<!\bits )(?<!\byour )(?<!\bour )(?<!\btheir )(?<!\bmail )"
                      r"(?<!\bemail )(?<!\be-mail )(?<!\bweb )(?<!\bpostal )(?<!\bkeynote )"
                      r"\baddress(?:es|ed|ing)?\b(?!\s+(?:book|bar|line|of|to)\b)",
                      re.IGNORECASE)
# the verb's sense by its object: issues are dealt with, tasks done, challenges met
_BY_OBJECT = {"questions": "traiter", "question": "traiter", "problèmes": "régler",
              "problème": "régler", "sujets": "traiter", "sujet": "traiter",
              "préoccupations": "répondre", "tâches": "accomplir", "tâche": "accomplir",
              "défis": "relever", "défi": "relever", "menaces": "contrer", "menace": "contrer"}
_OBJECTS = "|".join(sorted(_BY_OBJECT, key=len, reverse=True))
# after "d'" too ("en train d'adresser")
_ADRESSER = re.compile(r"(?<![\w-])(adress(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|erons|"
                       r"eront|erait|eraient|ant))((?: (?:tous|toutes))? (?:les|des|ces|ses|"
                       r"leurs|nos|vos|notre|votre|leur|la|le|l['’]|un|une|cette|ce|de "
                       r"nombreu(?:x|ses)|plusieurs)(?: " + _W + r")?) (" + _OBJECTS + r")" + _E)
# the passive: "cette tâche sera adressée" -> "sera accomplie"
_ADRESSEE = re.compile(_B + r"(" + _OBJECTS + r")((?: " + _W + r"){0,3}? (?:a été|ont été|"
                       r"sera|seront|est|sont|doit être|doivent être|être|seront|serait) )"
                       r"(adress(?:é|ée|és|ées))" + _E)


def address(source: str, french: str) -> str:
    """ "adresser ces questions" -> "traiter ces questions", "adressant les tâches" ->
    "accomplissant les tâches", "sera adressée" (a task) -> "sera accomplie", where the
    English *addresses* them (not "adresser ses vœux", *address* a message)."""
    if "adress" not in french or not _ADDRESS.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        lemma = _BY_OBJECT[m.group(3)]
        verb = _swap(m, french, lemma)
        if verb is None:
            return m.group(0)
        between = m.group(2)
        if lemma == "répondre":  # "répondre aux préoccupations"
            between = re.sub(r"^ les\b", " aux", re.sub(r"^ (ces|des|nos|vos|leurs|ses)\b",
                                                          r" à \1", between))
        return f"{verb}{between} {m.group(3)}"

    french = _ADRESSER.sub(fix, french)
    french = _ADRESSEE.sub(lambda m: m.group(1) + m.group(2) + (reverb(
        m.group(3), _BY_OBJECT[m.group(1)], True) or m.group(3)), french)
    if _ADDRESS_NO_OBJECT.search(source):
        french = _OBJECT_BEFORE.sub(lambda m: m.group(1) + (reverb(
            m.group(2), _BY_OBJECT[m.group(1).split()[0].lower()], False) or m.group(2)),
            french)
    return _ELIDED.sub(r"\1e ", french)  # "d'adresser" -> "de régler"


# *the issues we need to address*, *the problems that remain to be addressed*: the object
# before the verb (a relative clause), nothing after it
_ADDRESS_NO_OBJECT = re.compile(r"\baddress(?:ed)?\b(?=\s*(?:[.,;:!?)]|$|(?:together|first|"
                                r"now|jointly|today|here|effectively|properly|urgently|quickly|"
                                r"and|in|at|as|with|through|by|within|without|during|is|are|was|"
                                r"were|will|remain|remains|have|has)\b))",
                                re.IGNORECASE)
# "les problèmes que nous avons besoin d'adresser" -> "de régler" (the noun's verb)
_OBJECT_BEFORE = re.compile(r"(?<![\w-])((?:" + _OBJECTS + r")(?: " + _W + r")?(?: que | qu['’]|"
                            r" )[^.;:!?«»]{0,50}?(?<![\w-])(?:d['’])?)(adress(?:er|é|ée|és|ées))"
                            r"(?! (?:à|au|aux|les|des|ces|la|le|l['’]|un|une)" + _E + ")" + _E)
# a verb the rules above put after an elided "de", "ne", "que" ("d'régler")
_ELIDED = re.compile(r"(?<![\w-])([dDnNjJ]|[Qq]u)['’](?=(?:régl|trait|accompl|relev|contr)"
                     + _W + _E + ")")


_ISSUE = re.compile(r"\bissu(?:e|es|ed|ing)\b", re.IGNORECASE)
# documents an office hands over: French "délivre" them ("émettre" is for money, signals);
# a head of state "signe" a decree, "donne" instructions and orders
_DOCUMENTS = (r"passeports?|visas?|permis|licences?|certificats?|attestations?|cartes? "
              r"d['’]identité|diplômes?|autorisations?")
_ACTS = r"décrets?|arrêtés?|ordonnances?|instructions?|ordres?|directives?|consignes?"
_NOUNS = _DOCUMENTS + "|" + _ACTS
_BY_NOUN = (("décret", "signer"), ("arrêté", "signer"), ("ordonnance", "signer"),
            ("instruction", "donner"), ("ordre", "donner"), ("directive", "donner"),
            ("consigne", "donner"))
_EMETTRE = re.compile(_B + r"(émet(?:tre|s|tons|tez|tent|tait|taient|tra|tront|trait|tant)|"
                      r"émis(?:e|es)?)((?:(?: " + _W + r")?? (?:des|les|de|d['’]|un|une|leurs?|"
                      r"nos|vos|ses|ces|du|l['’]|le|la)(?: nouveaux| nouvelles| nouvel| "
                      r"nouveau| nouvelle)?)?) ?(" + _NOUNS + r")" + _E)
_EMIS_PASSIVE = re.compile(r"(?<![\w-])((?i:" + _NOUNS + r"))((?: " + _W + r"){0,3}? (?:est|sont|"
                           r"sera|seront|a été|ont été|était|étaient|être|serait|seraient) )"
                           r"(émis(?:e|es)?)" + _E)
_FEMININE = ("licence", "carte", "attestation", "autorisation", "ordonnance", "instruction",
             "directive", "consigne")


def _lemma(noun: str) -> str:
    """The verb French issues ``noun`` with."""
    word = noun.lower()
    return next((verb for stem, verb in _BY_NOUN if word.startswith(stem)), "délivrer")


def issue(source: str, french: str) -> str:
    """ "émettre des passeports" -> "délivrer des passeports", "Les visas sont émis" ->
    "Les visas sont délivrés", "a émis un décret" -> "a signé un décret", "émettra des
    instructions" -> "donnera des instructions", where the English *issues* them."""
    if ("émi" not in french and "émet" not in french) or not _ISSUE.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        verb, between = m.group(1), m.group(2)
        if not between.endswith(("'", "’")):
            between += " "
        lemma = _lemma(m.group(3))
        if verb.startswith("émis"):
            made: str | None = lemma[:-2] + "é" + verb[4:]
        else:
            made = _swap(m, french, lemma)
        return m.group(0) if made is None else made + between + m.group(3)

    french = _EMETTRE.sub(fix, french)
    return _EMIS_PASSIVE.sub(lambda m: m.group(1) + m.group(2) + _agreed(m.group(1)), french)


def _agreed(noun: str) -> str:
    """The participle of ``noun``'s verb agreed with it ("les licences" -> "délivrées")."""
    word = noun.lower()
    lemma = _lemma(word)
    feminine = word.startswith(_FEMININE)
    plural = word.split()[0].endswith("s") and word != "permis"  # "cartes d'identité"
    return lemma[:-2] + "é" + ("e" if feminine else "") + ("s" if plural else "")


# *conduct* an activity (talks, research, a discussion, searches, work): the pivot writes
# "diriger" (to direct, to head: a body, an orchestra); French says "mener" ("mener des
# recherches, une enquête, des négociations") and "effectuer" of an operation done once
# (repairs, inspections, tests, flights, a tour: "effectuer des réparations"), the Petit
# Robert's constructions of each. As many French verbs as the English has *conduct*, each by
# the noun after its own *conduct*; "dirigeant" (a leader) is left, "en dirigeant" is not.
_CONDUCT = re.compile(r"\bconduct(?:s|ed|ing)?\b((?:\s+[\w’'-]+){0,5})", re.IGNORECASE)
_DONE_ONCE = re.compile(r"\b(?:repairs?|inspections?|checks?|tests?|testing|exercises?|drills?|"
                        r"tours?|flights?|operations?|surveys?|audits?|analys[ie]s|"
                        r"experiments?|launch\w*|strikes?|raids?|searches)\b", re.IGNORECASE)
_DIRIGER = re.compile(_B + r"(dirig(?:er|e|es|eons|ez|ent|é|ée|és|ées|eait|eaient|era|erons|"
                      r"eront|erait|eraient|ea|èrent)|(?<=en )dirigeant)" + _E)


def conduct(source: str, french: str) -> str:
    """ "nous dirigeons une discussion" -> "nous menons une discussion", "avons dirigé des
    réparations" -> "avons effectué des réparations", where the English *conducts* them."""
    if "dirig" not in french:
        return french
    lemmas = ["effectuer" if _DONE_ONCE.search(m.group(1)) else "mener"
              for m in _CONDUCT.finditer(source)
              if not re.match(r"\s+(?:an?\s+|the\s+)?(?:orchestra|choir|electricity|heat|"
                              r"current)\b", m.group(1), re.IGNORECASE)]
    found = list(_DIRIGER.finditer(french))
    if not found or len(found) > len(lemmas):
        return french
    for m, lemma in reversed(list(zip(found, lemmas[:len(found)], strict=True))):
        made = _swap(m, french, lemma)
        if made is not None:
            french = french[:m.start(1)] + made + french[m.end(1):]
    return french


# "de apporter" -> "d'apporter": the verbs above that open with a vowel, after a word French
# elides
_ELIDE = re.compile(_B + r"([Dd]|[Jj]|[Nn]|[Qq]u|[Ss]|[Mm])e (a(?:pport|ccompl|ccord)" + _W
                    + r")" + _E)


def light_verbs(source: str, french: str) -> str:
    """Every rule above, in order, then the elisions the new verbs call for."""
    before = french
    for rule in (make, attention, held, address, issue, conduct):
        french = rule(source, french)
    return french if french == before else _ELIDE.sub(r"\1'\2", french)
