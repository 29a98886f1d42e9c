"""Verbs the pivot says with the wrong verb or the wrong object, put right where the English
sentence has the verb (after the engine, the English beside the French):

- *have had*, "Tenim va tenir" in Catalan: "nous avons a eu" -> "nous avons eu", "nous
  avons n'a pas eu" -> "nous n'avons pas eu";
- *was discussed*, which `eng-cat` says with "parlar": "a été parlé", "était aussi parlé"
  -> "a été évoqué", "a aussi été évoqué" (French says the passive of *discuss* with
  "évoquer");
- *told X about Y*, "a dit le Président sur son travail" -> "a informé le Président de son
  travail", "m'a dit sur" -> "m'a parlé de";
- *join*, "unir": "il a uni la campagne" -> "il a rejoint la campagne";
- *designed*, "dessiner" (to draw): "est dessiné pour" -> "est conçu pour", a participle
  after its noun "des mesures ont dessiné pour" -> "des mesures conçues pour"; not where
  the English speaks of drawing, nor the noun *design* ("dessine" read as a verb);
- *aimed at*, "est visé à" -> "vise à", "a visé à" after a noun -> "visant à";
- *agree on/upon* something, "convenir de" it (the Petit Robert): "ont convenu dans
  plusieurs mesures" -> "ont convenu de plusieurs mesures", "dans les" -> "des"; *agreed
  to* "ont convenu verbalement de" (the pivot's adverb) -> "ont convenu de";
- *start*, which `eng-cat` says "arrencar" (also to pull out), "arracher" in French: "nous
  avons arraché en bâtissant" -> "nous avons commencé à bâtir", "la construction a arraché
  en 2015" -> "a commencé"; *starting from* "arracher de" -> "à partir de"; not where the
  English tears, pulls or wrests something (*start by* + -ing is ``gerunds``');
- a list of verbs after *to* or a modal, each given its own *to* by ``preedit`` (the
  tagger read them as imperatives: "bâtir, maintiennes et modernise"), which the engine
  writes "pour": "doivent bâtir, pour maintenir et pour moderniser" -> "doivent bâtir,
  maintenir et moderniser";
- *start with* something, "commencer par" it: "Je veux commencer avec l'économie" ->
  "commencer par l'économie";
- *the goal is to* + a verb, "le but est pour renforcer" -> "le but est de renforcer" (a
  predicate infinitive after a noun of aim in its clause: goal, task, priority, thing,
  first...); any other *is to* + a verb, an obligation or what is planned, "la qualité est
  pour augmenter" -> "la qualité doit augmenter", "est pour être complété" -> "doit être
  complété", "nous sommes pour travailler" -> "nous devons travailler" (*we are to work*;
  not *is to blame*, nor *it is to*: "what a pleasure it is to see you");
- *report on* something, "rapporter dans" -> "rendre compte de"; *I mean* "Je signifie" ->
  "Je veux dire" (*meet* needs "répondre à" is ``collocations``'); *thank him/her/them*
  "lui remercier", "lui donner les grâces" -> "le/la remercier", "les remercier";
- *keep/bear in mind*, which ``preedit`` says *take into account* for the engine
  ("prendre en compte"), "garder à l'esprit" in the engine's tense and person, where the
  English has no *account* of its own.

Verb forms from Apertium's French dictionaries (``gender``); the verb's tense and person are
the engine's (``idioms.relemma``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daybook.translate.aux_forms import AVOIR, AVOIR_PRESENT, alternation
from daybook.translate.french import LOWER_WORD as _LOWER_WORD
from daybook.translate.french import VOWEL_START, cased_like
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.gender import readings, verb_form
from daybook.translate.gerunds import CLITIC as _CLITIC
from daybook.translate.gerunds import START_BY_EN as _START_BY_EN
from daybook.translate.idioms import relemma

_AVOIR = rf"(?:{alternation(AVOIR_PRESENT)})"
_ADV = r"(?:aussi|déjà|toujours|également|récemment|souvent|jamais|encore|[a-zé]+ment) "

_HAD_EN = re.compile(r"\b(?:have|has|’ve|'ve)\s+(?:\w+\s+){0,2}had\b", re.IGNORECASE)
_HAD = re.compile(_B + rf"({_AVOIR})((?: {_ADV[:-1]})?) {_AVOIR}((?: {_ADV[:-1]})?) eu{_E}")
_HAD_NOT = re.compile(_B + rf"({_AVOIR}) n['’]{_AVOIR} pas eu{_E}")


def _had(text: str) -> str:
    """ "avons a eu" -> "avons eu", "avons n'a pas eu" -> "n'avons pas eu"."""
    text = _HAD.sub(lambda m: ("n'" if "jamais" in m.group(2) + m.group(3) else "")
                    + f"{m.group(1)}{m.group(2)}{m.group(3)} eu", text)
    return _HAD_NOT.sub(lambda m: f"n'{m.group(1)} pas eu", text)


_DISCUSSED_EN = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+\s+)?discussed\b",
                           re.IGNORECASE)
_PARLE_PASSIVE = re.compile(_B + r"(a été|ont été|est|sont|être|été) ((?:" + _ADV[:-1]
                            + r" )?)parlé(e?s?)" + _E)
_PARLE_PAST = re.compile(_B + r"(était|étaient) ((?:" + _ADV[:-1] + r" )?)parlé(e?s?)" + _E)


def _discussed(text: str) -> str:
    """ "a été parlé" -> "a été évoqué", "étaient aussi parlé" -> "ont aussi été évoqués"
    (a past event: the compound past; agreement is ``gender``'s)."""
    text = _PARLE_PASSIVE.sub(lambda m: f"{m.group(1)} {m.group(2)}évoqué{m.group(3)}", text)
    return _PARLE_PAST.sub(lambda m: ("a" if m.group(1) == "était" else "ont") + " "
                           + m.group(2) + "été évoqué" + (m.group(3) or (
                               "s" if m.group(1) == "étaient" else "")), text)


_TOLD_EN = re.compile(r"\btold\s+(?:the\s+|him\s+|her\s+|them\s+|me\s+|us\s+|you\s+|his\s+|"
                      r"our\s+|their\s+|[A-Z])[^.;:?!]*?\babout\b")
_DIT_SUR = re.compile(_B + rf"({_AVOIR}|avait|avaient) ((?:{_ADV})?)dit ((?:le|la|les|l['’])"
                      r" [^,.;:?!«»“”]{1,60}?) sur (?=\S)")
_ME_DIT_SUR = re.compile(_B + rf"([mM]['’]|nous |vous |lui |leur )({_AVOIR}|avait|avaient) "
                         r"((?:" + _ADV + r")?)dit sur (?=\S)")
_DE_ARTICLE = re.compile(_B + r"de (le|les|des) ")


def _told(text: str) -> str:
    """ "a dit le Président sur son travail" -> "a informé le Président de son travail"."""

    def inform(m: re.Match[str]) -> str:
        if re.search(r"(?<![\w’'-])(?:que|qu['’]|qui)(?![\w’'-])", m.group(3)):
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}informé {m.group(3)} de "

    text = _DIT_SUR.sub(inform, text)
    text = _ME_DIT_SUR.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}parlé de ", text)
    return _DE_ARTICLE.sub(lambda m: {"le": "du ", "les": "des ", "des": "de "}[m.group(1)],
                           text)


_JOIN_EN = re.compile(r"\bjoin(?:s|ed|ing)?\b", re.IGNORECASE)
_UNITE_EN = re.compile(r"\bunit(?:e|es|ed|ing)\b|\bunif")  # "United Nations" is a name
_UNIR = re.compile(_B + r"([a-zA-Z’']+ )?(un(?:i|ie|is|ies|it|ir|issons|issez|issent|ira|iront|"
                   r"irait|iraient|issait|issaient))" + _E)
_AVOIR_FORMS = AVOIR | {"avoir"}


def _join(text: str) -> str:
    """ "il a uni la campagne" -> "il a rejoint la campagne", "nous unir" -> "nous
    rejoindre"; a participle only after "avoir" ("les Nations unies" stay)."""

    def fix(m: re.Match[str]) -> str:
        before, word = (m.group(1) or "").strip(), m.group(2)
        if before[:1].isupper() and before not in ("Il", "Elle", "Ils", "Elles", "Nous"):
            return m.group(0)
        verb = [r for r in readings([word]).get(word, ())
                if r.lemma == "unir" and r.tags[:1] == ("vblex",)]
        if not verb or (all("pp" in r.tags for r in verb)
                        and before.lower() not in _AVOIR_FORMS):
            return m.group(0)
        form = relemma(word, "rejoindre") if not all("pp" in r.tags for r in verb) \
            else "rejoint"
        return m.group(0) if form is None else (m.group(1) or "") + form

    return _UNIR.sub(fix, text)


_DESIGNED_EN = re.compile(r"\bdesigned\b", re.IGNORECASE)
# A drawing, where "dessiné" is right.
_DRAWING_EN = re.compile(r"\b(?:draw\w*|drew|sketch\w*|paint\w*|fashion|graphic\w*)\b",
                         re.IGNORECASE)
_HAVE_DESIGNED_EN = re.compile(r"\b(?:has|have|had|’ve|'ve)\s+(?:\w+\s+)?designed\b",
                               re.IGNORECASE)
_DESSINE = {"dessiné": "conçu", "dessinée": "conçue", "dessinés": "conçus",
            "dessinées": "conçues"}
_AUX_DESSINE = re.compile(_B + r"(a|ont) dessiné(?= (?:pour|à|afin)" + _E + ")")
_DESSINE_PP = re.compile(_B + "(" + "|".join(_DESSINE) + ")" + _E)


def _designed(source: str, text: str) -> str:
    """ "est dessiné pour" -> "est conçu pour"; "des mesures ont dessiné pour" (a participle
    after its noun, read as a verb) -> "des mesures conçus pour" (agreed by ``gender``)."""
    if not _HAVE_DESIGNED_EN.search(source):
        text = _AUX_DESSINE.sub(lambda m: "conçus" if m.group(1) == "ont" else "conçu", text)
    return _DESSINE_PP.sub(lambda m: _DESSINE[m.group(1)], text)


_AIMED_EN = re.compile(r"\baimed\s+at\b", re.IGNORECASE)
_HAVE_AIMED_EN = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+)?aimed\b", re.IGNORECASE)
_VISE_A = re.compile(_B + r"(est|sont|était|étaient|a été|ont été) (vis(?:é|ée|és|ées|er)) "
                     r"(?=à |au |aux )")
_AUX_VISE = re.compile(_B + r"(a|ont) visé (?=à |au |aux )")
_VISE = {"est": "vise", "sont": "visent", "était": "visait", "étaient": "visaient",
         "a été": "vise", "ont été": "visent"}


def _aimed(source: str, text: str) -> str:
    """ "est visé à aider" -> "vise à aider"; "un fonds a visé à aider" -> "visant à"."""
    text = _VISE_A.sub(lambda m: _VISE[m.group(1)] + " ", text)
    if not _HAVE_AIMED_EN.search(source):
        text = _AUX_VISE.sub("visant ", text)
    return text


_AGREE_ON_EN = re.compile(r"\bagree(?:s|d|ing)?\s+(?:\w+ly\s+)?(?:on|upon)\b", re.IGNORECASE)
_CONVENIR = (r"(conv(?:enir|iens|ient|enons|enez|iennent|enait|enaient|iendra|iendrons|"
             r"iendront|iendrait|iendraient|enu|enus|enue|enues|enant))")
# "convenu dans/à/sur/au-dessus" + a determiner or a noun phrase
_CONVENU_DANS = re.compile(_B + _CONVENIR + r" (?:dans|à|sur|au-dessus|au-dessus de) "
                           r"(?:(les|le|la|l['’]|des|un|une|de|d['’])(?![\w’'-]) ?)?")
_DE = {"les": "des ", "le": "du ", "la": "de la ", "l'": "de l'", "l’": "de l’",
       "des": "de ", "un": "d'un ", "une": "d'une ", "de": "de ", "d'": "d'", "d’": "d’"}
_VERBALLY_EN = re.compile(r"\b(?:verbal|verbally|orally|oral)\b", re.IGNORECASE)
_CONVENU_VERBALEMENT = re.compile(_B + _CONVENIR + r" verbalement" + _E)


def _agree_on(source: str, text: str) -> str:
    """ "ont convenu dans plusieurs mesures" -> "ont convenu de plusieurs mesures" (*agree
    on*); "ont convenu verbalement de" -> "ont convenu de" (no *verbally* in the English)."""
    if not _VERBALLY_EN.search(source):
        text = _CONVENU_VERBALEMENT.sub(r"\1", text)
    if not _AGREE_ON_EN.search(source):
        return text

    def fix(m: re.Match[str]) -> str:
        det = m.group(2)
        if det is None:
            rest = text[m.end():m.end() + 1]
            if not rest.islower():
                return m.group(0)  # "convenu à Helsinki": a place
            return f"{m.group(1)} {'d' + chr(39) if rest[:1] in 'aeiouéèêâîôh' else 'de '}"
        return f"{m.group(1)} {_DE[det.lower()]}"

    return _CONVENU_DANS.sub(fix, text)


_START_EN = re.compile(r"\bstart(?:s|ed|ing)?\b", re.IGNORECASE)
_STARTING_FROM_EN = re.compile(r"\bstarting\s+from\b", re.IGNORECASE)
# English that may well be "arracher": to pull something out or win it from someone
_PULL_EN = re.compile(r"\b(?:tear|tears|tore|torn|pull\w*|rip\w*|snatch\w*|wrest\w*|"
                      r"uproot\w*|extract\w*|wrench\w*|pluck\w*|tearing)\b", re.IGNORECASE)
_ARRACHER = re.compile(r"(?<![\w’'-])((?:[JjDdNnSsMmTt]|[Qq]u)['’])?([Aa]rrach(?:er|e|es|"
                       r"ons|ez|ent|é|ée|és|ées|ait|aient|era|eras|erai|erons|erez|eront|"
                       r"erait|eraient|ant))" + _E)
# *starting from* (a date, a grade): "(en) arrachant de", "arracher du" after the swap
_COMMENCANT_DE = re.compile(_B + r"(?:en )?(?:commencer|commençant) (de |du |des |d['’])")
# *started working*: the engine's gerund after the verb (with "en" or without), French
# "commencer à" + an infinitive
_COMMENCE_EN = re.compile(_B + r"(commen(?:c|ç)\w*) (?:en )?((?:" + _CLITIC + r"){0,2})("
                          + _LOWER_WORD + r"ant)" + _E)


def _start(source: str, text: str) -> str:
    """ "nous avons arraché en bâtissant" -> "nous avons commencé à bâtir", "arrache leurs
    carrières" -> "commence leurs carrières", "arracher de" (*starting from*) -> "à partir
    de"; the verb's tense and person are the engine's."""

    def commence(m: re.Match[str]) -> str:
        made = relemma(m.group(2), "commencer")
        if made is None:
            return m.group(0)
        elided = m.group(1) or ""
        return f"{elided[:-1]}e {made}" if elided else made  # "j'arrache" -> "je commence"

    text = _ARRACHER.sub(commence, text)
    if _STARTING_FROM_EN.search(source):
        text = _COMMENCANT_DE.sub(lambda m: "à partir " + m.group(1), text)
    if _START_BY_EN.search(source):
        return text  # "commencer en remerciant": ``gerunds`` says "commencer par"

    def to_infinitive(m: re.Match[str]) -> str:
        reads = readings([m.group(3).lower()]).get(m.group(3).lower(), ())
        if not reads or any(r.tags[:2] != ("vblex", "ger") for r in reads):
            return m.group(0)  # "commence maintenant": an adverb too
        made = verb_form(reads[0].lemma, "inf")
        return m.group(0) if made is None else f"{m.group(1)} à {m.group(2)}{made}"

    return _COMMENCE_EN.sub(to_infinitive, text)


# *to build, maintain and modernise*, *to develop and to strengthen*
_VERB_LIST_EN = re.compile(r"\b(?:to|must|should|can|will|would|could|may|might)\s+[a-z]+"
                           r"(?:,\s+(?:to\s+)?[a-z]+)*,?\s+(?:and|or)\s+(?:to\s+)?[a-z]+\b")
_INFINITIVE = _LOWER_WORD + r"(?:er|ir|re|oir)"
# an infinitive, then "pour" + an infinitive after a comma, "et" or "ou"
# (after a comma, the list goes on: ", pour être plus précis" is a purpose)
_LIST_POUR = re.compile(r"(?<![\w-])(" + _INFINITIVE + r")(, (?=pour (?:" + _CLITIC + r"){0,2}"
                        + _INFINITIVE + r"(?:,| et | ou ))|(?: et| ou),? )pour ((?:"
                        + _CLITIC + r"){0,2})(" + _INFINITIVE + r")" + _E)


def _verb_list(text: str) -> str:
    """ "bâtir, pour maintenir et pour moderniser" -> "bâtir, maintenir et moderniser"
    (both words read as infinitives)."""
    if not _LIST_POUR.search(text):
        return text
    reads = readings(sorted({w.lower() for w in re.findall(r"(?<![\w-])" + _INFINITIVE + _E,
                                                           text)}))

    def fix(m: re.Match[str]) -> str:
        if all(any(r.tags[:2] == ("vblex", "inf") for r in reads.get(w.lower(), ()))
               for w in (m.group(1), m.group(4))):
            return m.group(1) + m.group(2) + m.group(3) + m.group(4)
        return m.group(0)

    while (new := _LIST_POUR.sub(fix, text)) != text:
        text = new  # "bâtir, pour maintenir et pour moderniser": the next one overlaps
    return text


_START_WITH_EN = re.compile(r"\b(?:start|starts|started|starting|begin|begins|began|begun|"
                            r"beginning)\s+with\b", re.IGNORECASE)
_COMMENCER_AVEC = re.compile(_B + r"([Cc]ommen(?:c|ç)\w*) avec(?= \w)")  # not "avec, droit"
# the nouns whose *is to* + a verb says what they are: "our goal is to help", "the most
# important thing is to", "the first is to"
_AIMS = re.compile(r"\b(?:goal|aim|task|objective|purpose|priority|priorities|idea|plan|"
                   r"mission|job|challenge|point|key|intention|ambition|role|function|duty|"
                   r"thing|concept|essence|tradition|first|second|third|next|last|"
                   r"important|main)s?\b", re.IGNORECASE)
_IS_TO_EN = re.compile(r"(?<!\bit )(?<!\bIt )\b(?:is|are|am|was|were|will\s+be)\s+"
                       r"(?:also\s+|now\s+|still\s+)?to\s+(?!blame\b)((?-i:[a-z]+))",
                       re.IGNORECASE)
_ETRE_POUR = re.compile(_B + r"(est|sont|était|étaient|sera|seront|suis|sommes|êtes|étais|"
                        r"étions|étiez|serai|serons|serez) pour (?=(?:"
                        + _CLITIC + r"){0,2}" + _INFINITIVE + _E + ")")
_DEVOIR = {"est": "doit", "sont": "doivent", "était": "devait", "étaient": "devaient",
           "sera": "devra", "seront": "devront", "suis": "dois", "sommes": "devons",
           "êtes": "devez", "étais": "devais", "étions": "devions", "étiez": "deviez",
           "serai": "devrai", "serons": "devrons", "serez": "devrez"}


def _aim_subject(clause: str) -> bool:
    """Whether the English before *is to* has a noun of aim as its subject: the last one,
    unless a relative pronoun after it takes another noun ("the plans for a park with a
    complex, which is to")."""
    last = next(reversed(list(_AIMS.finditer(clause))), None)
    if last is None:
        return False
    between = clause[last.end():]
    return not re.search(r"\b(?:which|who|that)\b", between) or bool(
        re.match(r"\W*(?:which|who|that)\b", between))


def _is_to(source: str, text: str) -> str:
    """ "le but est pour renforcer" -> "le but est de renforcer"; "la qualité est pour
    augmenter" -> "doit augmenter"; as many as the English has *is to* + a verb, in order,
    each by whether a noun of aim is its subject."""
    # a noun of aim in the clause before *is to* ("the goal of our meeting today"), not a
    # passive after it (*the plan is to be adopted*: "doit être")
    aims = [m.group(1).lower() != "be" and _aim_subject(
        re.split(r"[.;:!?]", source[:m.start()])[-1]) for m in _IS_TO_EN.finditer(source)]
    found = list(_ETRE_POUR.finditer(text))
    if len(found) != len(aims):
        return text  # which French one is which English one is not known
    for m, aim in zip(reversed(found), reversed(aims), strict=True):
        rest = text[m.end():]
        made = (f"{m.group(1)} {'d' + chr(39) if VOWEL_START.match(rest) else 'de '}" if aim
                else f"{_DEVOIR[m.group(1)]} ")
        text = text[:m.start()] + made + rest
    return text


_IN_MIND_EN = re.compile(r"\b(?:keep|keeps|kept|keeping|bear|bears|bore|borne|bearing)\s+"
                         r"in\s+mind\b", re.IGNORECASE)
_PRENDRE_EN_COMPTE = re.compile(_B + r"((?:[Pp]ren|[Pp]ri)" + _LOWER_WORD + r"|[Pp]ri[st]e?s?)"
                                r" en compte" + _E)


def _in_mind(source: str, text: str) -> str:
    """ "nous devons prendre en compte que" -> "nous devons garder à l'esprit que", as many
    as the English has *keep in mind*, from the first."""
    left = len(_IN_MIND_EN.findall(source))

    def fix(m: re.Match[str]) -> str:
        nonlocal left
        word = m.group(1)
        if word.lower() in ("pris", "prise", "prises"):  # the participle, not "je pris"
            made: str | None = cased_like("gardé" + word[4:], word)
        else:
            made = relemma(word, "garder")
        if not left:
            made = None
        if made is None:
            return m.group(0)
        left -= 1
        return f"{made} à l'esprit"

    return _PRENDRE_EN_COMPTE.sub(fix, text)


# *report on* something, "rapporter dans/sur" (to bring back, to yield) -> "rendre compte
# de" (the Petit Robert), in the engine's tense: "il a rapporté dans le travail" -> "il a
# rendu compte du travail" (the contraction and the elision are made at the end).
_REPORT_ON_EN = re.compile(r"\breport(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?on\b", re.IGNORECASE)
# An adverb between the verb and its object ("connaît complètement").
_ADVERB = r"(?: (?:" + _LOWER_WORD + r"ment|aussi|déjà|toujours|encore|bien|mieux))"
_DETERMINER = (r"(le|la|les|l['’]|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|"
               r"nos|votre|vos|tout|tous|toute|toutes|de|d['’]|du|plusieurs|quelques)")
_RAPPORTE = re.compile(_B + r"(rapport(?:e|es|ent|er|é|ons|ez|ait|aient|era|eront|erons|ant))"
                       r"(" + _ADVERB + r"?) (?:dans|sur|au-dessus de|au-dessus|en) "
                       + _DETERMINER + r"(?=[ \w])")
# "Je signifie" (*I mean*, the pivot's "significar") is "Je veux dire".
_I_MEAN_EN = re.compile(r"\bI\s+(?:[a-z]+ly\s+)?mean\b")  # "I primarily mean"
_JE_SIGNIFIE = re.compile(_B + r"([Jj]e) signifie" + _E)


# *thank him/her/them*: "remercier" takes a direct object, the pivot gives it an indirect
# one ("lui remercier"); the pivot also says *thank her* "lui donner les grâces".
_THANK_WHOM_EN = re.compile(r"\bthank(?:s|ed|ing)?\s+(him|her|them)\b", re.IGNORECASE)
_LUI_REMERCIER = re.compile(_B + r"(lui|leur) (remerci" + _LOWER_WORD + r"|donn"
                            + _LOWER_WORD + r" les grâces)" + _E)
# ... or after it, in English order ("remercier lui pour", moved before it by ``frames``)
_REMERCIER_LUI = re.compile(_B + r"(remerci" + _LOWER_WORD + r") (lui|leur)" + _E)
_DIRECT = {"him": "le", "her": "la", "them": "les"}


def _thank_whom(source: str, text: str) -> str:
    """ "pour lui remercier" (*to thank him*) -> "pour le remercier", "nous lui donnons les
    grâces" (*we thank her*) -> "nous la remercions"; as many as the English has."""
    whom = [m.group(1).lower() for m in _THANK_WHOM_EN.finditer(source)]

    def fix(m: re.Match[str]) -> str:
        if not whom or (m.group(1) == "leur") != (whom[0] == "them"):
            return m.group(0)
        verb = m.group(2)
        if verb.endswith(" les grâces"):
            made = relemma(verb.split()[0], "remercier")
            if made is None:
                return m.group(0)
            verb = made
        pronoun = _DIRECT[whom.pop(0)]
        return f"{pronoun[0]}'{verb}" if pronoun != "les" and VOWEL_START.match(verb) else \
            f"{pronoun} {verb}"

    return _LUI_REMERCIER.sub(fix, _REMERCIER_LUI.sub(
        lambda m: f"{m.group(2)} {m.group(1)}", text))


def _report_on(text: str) -> str:
    """ "a rapporté dans le travail" -> "a rendu compte de le travail" ("du", later)."""

    def fix(m: re.Match[str]) -> str:
        made = relemma(m.group(1), "rendre")
        return m.group(0) if made is None else f"{made}{m.group(2)} compte de {m.group(3)}"

    return _RAPPORTE.sub(fix, text)


def verb_frames(sources: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Each French text with the rules above its English source calls for."""
    out = []
    for source, text in zip(sources, texts, strict=True):
        if " eu" in text and _HAD_EN.search(source):
            text = _had(text)
        if "parlé" in text and _DISCUSSED_EN.search(source):
            text = _discussed(text)
        if " dit " in text and _TOLD_EN.search(source):
            text = _told(text)
        if "uni" in text and _JOIN_EN.search(source) and not _UNITE_EN.search(source):
            text = _join(text)
        if "dessin" in text and _DESIGNED_EN.search(source) and not _DRAWING_EN.search(source):
            text = _designed(source, text)
        if "vis" in text and _AIMED_EN.search(source):
            text = _aimed(source, text)
        if "conv" in text and "agree" in source.lower():
            text = _agree_on(source, text)
        if "rrach" in text and _START_EN.search(source) and not _PULL_EN.search(source):
            text = _start(source, text)
        if "pour " in text and _VERB_LIST_EN.search(source):
            text = _verb_list(text)
        if "ommen" in text and _START_WITH_EN.search(source):
            text = _COMMENCER_AVEC.sub(r"\1 par", text)
        if " pour " in text and _IS_TO_EN.search(source):
            text = _is_to(source, text)
        if " compte" in text and _IN_MIND_EN.search(source) and "account" not in source:
            text = _in_mind(source, text)
        if "rapport" in text and _REPORT_ON_EN.search(source):
            text = _report_on(text)
        if ("remerci" in text or "grâces" in text) and _THANK_WHOM_EN.search(source):
            text = _thank_whom(source, text)
        if "signifie" in text and _I_MEAN_EN.search(source):
            text = _JE_SIGNIFIE.sub(r"\1 veux dire", text)
        out.append(text)
    return out
