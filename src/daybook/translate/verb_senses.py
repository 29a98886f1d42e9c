"""Senses of *related*, *fuel*, *spend time*, *run*, *stand for*, *grow*, *speed up* and
*face* the pivot takes from another entry, put right where the English has the word (run
with ``sourced.source_rules``).
Senses from Robert & Collins and Larousse:

- *related (to)* "narré" (*relate* a story) -> "lié" ("les questions liées à", "tout ce qui
  est lié à"), when the English tells no story (*narrate*, *recount*, *told*);
- *fuel*, *refuel* a vehicle "attiser" (*fuel* a fire, hatred) -> "alimenter", "ravitailler",
  when the English speaks of no tension, hatred or flames;
- *spend time* "dépenser le temps" -> "passer du temps";
- *run through/across* a city "courir à travers" -> "traverser"; *run for* N kilometres
  "courses sur" -> "s'étend sur";
- *fuel oil* (a noun) "attiser le pétrole" -> "le fioul";
- *run on* a fuel "courir sur" -> "fonctionner au", *run contrary to* "aller à l'encontre
  de", *run along* "longer", *run from* A *to* B "aller de";
- *we stand for* (support) "nous sommes pour" -> "nous défendons";
- *grow* of an amount "grandir" -> "augmenter"; *speed up* "rendre agile" -> "accélérer";
- *face* work, tasks, matters "affronter" -> "faire face à";
- *take the floor* "prendre la parole", *take a trip* "faire un voyage", *take efforts*
  "déployer des efforts", *take a view* "avoir une vision", *it takes* + a time "il faut";
- *serve as* "servir comme" -> "servir de", a post "exercer les fonctions de";
- *deliver on* an objective "atteindre", a mission "accomplir", a promise "tenir";
- *build* "bâtir" -> "construire", *build on* ties "bâtir dessus" -> "consolider".
"""

from __future__ import annotations

import re
from functools import partial

from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like, elides
from daybook.translate.gender import readings

# --- related --------------------------------------------------------------------------------
_RELATED_EN = re.compile(r"\brelated\b", re.IGNORECASE)
_STORY_EN = re.compile(r"\b(?:narrat\w*|recount\w*|told|story|stories|relate[sd]? (?:how|that))\b",
                       re.IGNORECASE)
# The participle alone (not after "avoir": *has related* is a story's verb), with "à" or
# the pivot's "pour" after it.
_NARRE = re.compile(r"(?<!\bont )(?<!\ba )(?<!\bavait )" + _B + r"narré(e?s?)" + _E
                    + r"(?: (?:à|pour) )?")


def _lie(m: re.Match[str]) -> str:
    return "lié" + m.group(1) + (" à " if m.group(0).endswith(" ") else "")


def related(source: str, french: str) -> str:
    """ "les questions narrées à la politique" -> "liées à la politique", "tout plus narré
    pour croiser des liens" -> "tout plus lié à croiser" (*related to*, not a story)."""
    if "narré" not in french or not _RELATED_EN.search(source) or _STORY_EN.search(source):
        return french
    return _NARRE.sub(_lie, french)


# --- fuel -----------------------------------------------------------------------------------
# *fuel oil* is a noun ("fioul", "mazout"), not the verb.
_FUEL_EN = re.compile(r"\b(re)?fuel(?:s|led|ed|ling|ing)?\b(?! oil)", re.IGNORECASE)
_REFUEL_EN = re.compile(r"\brefuel", re.IGNORECASE)
_FUEL_OIL_EN = re.compile(r"\bfuel oil\b", re.IGNORECASE)
_FUEL_OIL_FR = re.compile(_B + r"attiser (le|du) pétrole" + _E)
_FIRE_EN = re.compile(r"\b(?:tension\w*|hatred|conflicts?|flames?|fires?|fears?|speculation|"
                      r"anger|violence|extremism|hostility|rivalry|unrest|debate|inflation|"
                      r"rumou?rs?|passions?|nationalism|growth|demand|boom)\b", re.IGNORECASE)
_ATTISER = re.compile(_B + r"(attis" + r"(?:er|e|es|ons|ez|ent|é|ée|és|ées|ant|era|eront|ait|"
                      r"aient))" + _E)


def fuel(source: str, french: str) -> str:
    """ "pour attiser des véhicules" -> "pour ravitailler des véhicules" (*refuel*),
    "attiser les moteurs" -> "alimenter" (*fuel* an engine, not a fire or tension); *fuel
    oil* "attiser le pétrole" -> "le fioul"."""
    if "attis" not in french:
        return french
    if _FUEL_OIL_EN.search(source):
        french = _FUEL_OIL_FR.sub(lambda m: m.group(1) + " fioul", french)
    if _FUEL_EN.search(source) is None or _FIRE_EN.search(source):
        return french
    lemma = "ravitailler" if _REFUEL_EN.search(source) else "alimenter"
    return _ATTISER.sub(lambda w: reverb(w.group(1), lemma) or w.group(1), french)


# --- spend time -----------------------------------------------------------------------------
_SPEND_EN = re.compile(r"\b(?:spend|spends|spent|spending)\s+(?:\w+\s+){0,3}?time\b",
                       re.IGNORECASE)
_DEPENSER = re.compile(_B + r"(dépens(?:er|e|es|ons|ez|ent|ait|aient|era|erons|eront|erait|"
                       r"ant)|dépensé)((?: (?:encore|beaucoup|plus|moins|autant|trop|peu))*) "
                       r"(?:le|du) temps" + _E)


def spend_time(source: str, french: str) -> str:
    """ "ils dépensent encore plus le temps ensemble" -> "ils passent encore plus de temps
    ensemble"; "dépenser le temps" -> "passer du temps" (*spend time*)."""
    if "dépens" not in french or not _SPEND_EN.search(source):
        return french

    def fix(m: re.Match[str]) -> str:
        verb = "passé" if m.group(1) == "dépensé" else reverb(m.group(1), "passer")
        if verb is None:
            return m.group(0)
        degree = m.group(2)
        return verb + degree + (" de temps" if degree.endswith(("plus", "moins", "autant",
                                                                "beaucoup", "trop", "peu"))
                                else " du temps")

    return _DEPENSER.sub(fix, french)


# --- run through, run for -------------------------------------------------------------------
_THROUGH_EN = re.compile(r"\b(?:run|runs|ran|running)\s+(?:\w+ly\s+)?(?:through|across)\b",
                         re.IGNORECASE)
_COURIR_THROUGH = re.compile(_B + r"(cour(?:ir|s|t|ons|ez|ent|ait|aient|ra|ront))"
                             r" à travers" + _E)
_FOR_KM_EN = re.compile(r"\b(?:run|runs|ran)\s+for\s+[\d,.]+\s+(?:kilomet|km\b|mile|met)",
                        re.IGNORECASE)
_COURSES_SUR = re.compile(_B + r"(?:courses?|court|courent) (?:sur|par|pour) "
                          r"(?=[\d\s,]+" + _W + r")")


def run_route(source: str, french: str) -> str:
    """ "les routes courent à travers Moscou" -> "traversent Moscou" (*run through*);
    "MCD-1, courses sur 52 kilomètres" -> "s'étend sur 52 kilomètres" (*runs for*)."""
    if "cour" not in french:
        return french
    if _THROUGH_EN.search(source):
        french = _COURIR_THROUGH.sub(
            lambda m: reverb(m.group(1), "traverser") or m.group(0), french)
    if _FOR_KM_EN.search(source):
        french = _COURSES_SUR.sub("s'étend sur ", french, count=1)
    return french


# --- run on a fuel, run contrary to, run along, run from ... to -----------------------------
_RUN = r"(?:run|runs|ran|running)"
_ON_FUEL_EN = re.compile(r"\b" + _RUN + r"\s+on\s+(?:\w+\s+){0,2}?(?:fuel|gas|diesel|petrol|"
                         r"gasoline|electricity|hydrogen|coal|LNG|batter(?:y|ies)|energy|oil|"
                         r"methane|biofuels?|kerosene)\b", re.IGNORECASE)
_COURIR = r"(cour(?:ir|s|t|ons|ez|ent|ait|aient|ra|ront|rait|raient|ant|u))"
# The pivot's relative "qu'ils courent" for the participle *running* after a noun.
_COURIR_SUR = re.compile(_B + r"(qu['’](?:ils|elles|il|elle) )?" + _COURIR
                         + r" sur (?:(le|du|la|l['’]|les|des) ?)?(?=(" + _W + r"))")
_CONTRARY_EN = re.compile(r"\b" + _RUN + r"\s+(?:counter|contrary)\s+to\b", re.IGNORECASE)
_COURIR_CONTRAIRE = re.compile(_B + _COURIR + r" (?:contraires? |à l['’]encontre )"
                               r"(à la |à l['’]|aux |au |à )")
_DE_FOR = {"à la ": "de la ", "à l'": "de l'", "à l’": "de l’", "aux ": "des ", "au ": "du ",
           "à ": "de "}
_ALONG_EN = re.compile(r"\b" + _RUN + r"\s+along\b", re.IGNORECASE)
_COURIR_LONG = re.compile(_B + _COURIR + r" le long (?:de (?=l['’]|la |les )|d['’]|(du |des )|de )")
_LONG_OBJ = {"du ": "le ", "des ": "les "}
_FROM_TO_EN = re.compile(r"\b" + _RUN + r"\s+from\s+[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+to\s+[A-Z]")
_COURIR_DE = re.compile(_B + _COURIR + r"(?= (?:de|d['’]|du|des) ?[A-Z])")


def _fuel_article(word: str, article: str | None) -> str:
    """ "au fioul", "à l'électricité", "à la vapeur": the article of ``word``, a fuel."""
    if elides(word):
        return "à l'"
    genders = {r.gender for r in readings([word]).get(word, ()) if r.pos == "n"}
    if article == "la" or genders == {"f"}:
        return "à la "
    return "aux " if article in ("les", "des") else "au "


def run_senses(source: str, french: str) -> str:
    """ "des bateaux qu'ils courent sur le fioul" -> "des bateaux qui fonctionnent au
    fioul", "Ils courront sur gaz naturel" -> "Ils fonctionneront au gaz naturel" (*run on*
    a fuel); "courir contraire à normes" -> "aller à l'encontre de normes" (*run contrary
    to*); "il court le long d'une digue" -> "il longe une digue" (*run along*); "MCD-4
    courra d'Aprelevka à" -> "ira d'Aprelevka à" (*run from* A *to* B). Robert & Collins,
    *run*."""
    if "cour" not in french:
        return french
    if _ON_FUEL_EN.search(source):

        def on_fuel(m: re.Match[str]) -> str:
            relative, verb, article, word = m.group(1), m.group(2), m.group(3), m.group(4)
            form = reverb(verb, "fonctionner")
            if form is None:
                return m.group(0)
            if relative:  # the verb already has the relative's person
                form = "qui " + form
            return form + " " + _fuel_article(word, article.strip("'’ ") if article else None)

        french = _COURIR_SUR.sub(on_fuel, french)
    if _CONTRARY_EN.search(source):
        french = _COURIR_CONTRAIRE.sub(
            lambda m: (reverb(m.group(1), "aller") or m.group(1)) + " à l'encontre "
            + _DE_FOR[m.group(2)], french)
    if _ALONG_EN.search(source):
        french = _COURIR_LONG.sub(
            lambda m: m.group(0) if (form := reverb(m.group(1), "longer")) is None
            else form + " " + _LONG_OBJ.get(m.group(2) or "", ""), french)
    if _FROM_TO_EN.search(source):
        french = _COURIR_DE.sub(lambda m: reverb(m.group(1), "aller") or m.group(1), french)
    return french


# --- stand for ------------------------------------------------------------------------------
# *we stand for* (support) "nous sommes pour" -> "défendre" (Robert & Collins, *stand for*:
# "être pour, défendre"); not an abbreviation's *stands for* ("représente", "signifie").
_STAND_FOR_EN = re.compile(r"\b(?:stand|stands|stood|standing)\s+for\b", re.IGNORECASE)
_ABBREVIATION_EN = re.compile(r"\b(?:[A-Z]{2,}\w*|letters?|abbreviation|acronym|initials|"
                              r"name|word)\s+(?:\w+\s+)?stands?\s+for\b|\bstands?\s+for\s+[“\"']")
_WHO_STANDS_EN = re.compile(r"\b(?:who|which|that)\s+(?:\w+\s+){0,4}?(?:stand|stands|stood)\s+"
                            r"for\b", re.IGNORECASE)
_ETRE_POUR = re.compile(r"(?<![\w’'-])(?<!c['’])(?<!ce )(?<!n['’])"
                        r"(sommes|est|sont|suis|êtes|étions|était|étaient|serons|sera|seront)"
                        r"((?: (?:fermement|toujours|résolument|constamment|également|aussi|"
                        r"clairement))*) (?:pour|par) (?=(?:l['’]|le |la |les |des |du |un |une |"
                        r"notre |nos |votre |vos |leur |leurs |une? ))")


def stand_for(source: str, french: str) -> str:
    """ "Nous sommes pour l'essor des efforts" -> "Nous défendons l'essor des efforts",
    "qui de façon cohérente est pour les valeurs" -> "qui défend les valeurs" (*stand for*
    an idea, a cause)."""
    count = len(_STAND_FOR_EN.findall(source))
    # a relative's *who stands for*: the pivot's "que ... est pour" has no subject the
    # agreement after it can find ("que fermement et défendent")
    if not count or " p" not in french or _ABBREVIATION_EN.search(source) \
            or _WHO_STANDS_EN.search(source):
        return french
    return _ETRE_POUR.sub(lambda m: (reverb(m.group(1), "défendre") or m.group(1) + " pour")
                          + m.group(2) + " ", french, count=count)


# --- grow (an amount) -----------------------------------------------------------------------
# *grow* of an amount, a rate, trade is "augmenter", "croître" (Robert & Collins, *grow*:
# "[number, amount] augmenter"); "grandir" is a child's, a town's, a feeling's. With a figure
# after it, ``figures`` already says "augmenter".
_AMOUNT_GROWS_EN = re.compile(
    r"\b(?:numbers?|consumption|production|output|trade|turnover|indicators?|exports?|"
    r"imports?|volumes?|value|demand|rates?|investments?|revenues?|incomes?|prices?|sales|"
    r"shares?|GDP|amounts?|capacit(?:y|ies)|spending|costs?|debts?|supply|traffic|inflation|"
    r"population|salaries|wages|pensions?|flows?|reserves?|profits?|budgets?|lending|loans?|"
    r"deposits?|figures?)\b(?:\s+[\w’'-]+){0,6}?\s+(?:grow|grows|grew|grown|growing)\b"
    r"(?!\s+(?:into|up)\b)", re.IGNORECASE)
_GROW_UP_EN = re.compile(r"\b(?:grow|grows|grew|grown|growing)\s+(?:into|up)\b|\bto become\b",
                         re.IGNORECASE)
# Not before its amount ("grandi par deux pour cent"): ``ranges`` and ``figures`` say it with
# its "de".
_GRANDIR = re.compile(_B + r"(grandi(?:r|t|ssent|ssait|ssaient|ra|ront|rait|raient)?)" + _E
                      + r"(?! (?:par |par-dessus |de )?(?:presque |près de |environ |plus de )?"
                      r"[\w,.]+ ?(?:%|pour ?cent|fois)(?![\w’'-]))")


def grow(source: str, french: str) -> str:
    """ "la consommation de platinoïdes grandit vite" -> "augmente vite", "Les indicateurs
    ont grandi" -> "ont augmenté", "continuera à grandir" -> "à augmenter" (*grow* of an
    amount); not where the English also grows into something or grows up."""
    if "grandi" not in french or _GROW_UP_EN.search(source):
        return french
    count = len(_AMOUNT_GROWS_EN.findall(source))
    if not count:
        return french
    return _GRANDIR.sub(lambda m: reverb(m.group(1), "augmenter") or m.group(1), french,
                        count=count)


# --- speed up -------------------------------------------------------------------------------
# *speed up* growth, a process: "accélérer" (Robert & Collins); the pivot's "rendre agile".
_SPEED_UP_EN = re.compile(r"\b(?:speed|speeds|speeded|speeding|sped)\s+(?:\w+\s+){0,2}?up\b",
                          re.IGNORECASE)
_RENDRE_AGILE = re.compile(_B + r"(rend(?:re|s|ons|ez|ent|ait|aient|ra|rons|ront|rait|u|ant)?)"
                           r" agiles?" + _E)


def speed_up(source: str, french: str) -> str:
    """ "faire tout ce que nous pouvons rendre agile croissance économique" -> "accélérer
    croissance économique" (*speed up*)."""
    if "agile" not in french or not _SPEED_UP_EN.search(source):
        return french
    return _RENDRE_AGILE.sub(lambda m: reverb(m.group(1), "accélérer", participle=m.group(1)
                                              == "rendu") or m.group(0), french)


# --- face -----------------------------------------------------------------------------------
# *face* work, tasks, matters: "faire face à" (Robert & Collins, *face*: "[+ problem, task]
# faire face à, affronter"); the pivot's "affronter" is for an adversary or a danger and
# stays before one ("affronter des menaces"). A subject pronoun the pivot left with a bare
# "face" (*you, the diplomats, face tasks*) gets the verb in its person.
_FACE_EN = re.compile(r"\b(?:face|faces|faced|facing)\s+(?:\w+\s+){0,3}?(?:work|tasks?|"
                      r"matters?|issues?|questions?|problems?|challenges?|difficult(?:y|ies)|"
                      r"choices?|decisions?)\b", re.IGNORECASE)
_WORK_NOUNS = (r"(?:travail|travaux|tâches?|sujets?|questions?|affaires?|problèmes?|choix|"
               r"décisions?)")
_AFFRONTER = re.compile(_B + r"(affront(?:er|e|es|ons|ez|ent|ait|aient|era|erons|eront|erait|"
                        r"eraient|ant|é)\b)( (?:beaucoup|tant|autant|plus|moins|trop) (?:de |d['’])"
                        r"|(?: (?:les|des|le|la|l['’]|de|d['’]|une?|ces|ce|cette|nos|vos|leurs"
                        r"))?(?= ?(?:" + _W + r" ){0,2}" + _WORK_NOUNS + _E + "))")
_TO_FACE = {"les": "aux", "le": "au", "la": "à la", "l'": "à l'", "l’": "à l’", "de": "à de",
            "d'": "à d'", "d’": "à d’"}
# (*you* is still the pivot's "tu" here: ``formal_you`` finds no verb after it)
_BARE_FACE = re.compile(r"(?<![\w’'-])([Nn]ous|[Vv]ous|[Tt]u|[Ii]ls|[Ee]lles)"
                        r"((?:, [^,.;:]{1,40},)?)"
                        r" face (?=(?:" + _W + r" )?" + _WORK_NOUNS + _E + ")")
_FAIRE = {"nous": "faisons", "vous": "faites", "tu": "faites", "ils": "font", "elles": "font"}


def _face(m: re.Match[str]) -> str:
    verb = "fait" if m.group(1) == "affronté" else reverb(m.group(1), "faire")
    if verb is None:
        return m.group(0)
    det = m.group(2).strip()
    if det.startswith(("beaucoup", "tant", "autant", "plus", "moins", "trop")):
        return f"{verb} face à {det}" + ("" if det.endswith(("'", "’")) else " ")
    # the space before the noun is the French's own, after the match
    return f"{verb} face " + (_TO_FACE.get(det) or ("à " + det if det else "à"))


def face(source: str, french: str) -> str:
    """ "Nous affrontons beaucoup de travail" -> "Nous faisons face à beaucoup de travail",
    "affrontons les tâches" -> "faisons face aux tâches", "Vous, les diplomates, face tâches
    importantes" -> "faites face à des tâches importantes" (*face* work, tasks, matters)."""
    if ("face" not in french and "affront" not in french) or not _FACE_EN.search(source):
        return french
    french = _AFFRONTER.sub(_face, french)
    return _BARE_FACE.sub(lambda m: {"Tu": "Vous", "tu": "vous"}.get(m.group(1), m.group(1))
                          + m.group(2) + " " + _FAIRE[m.group(1).lower()] + " face à des ",
                          french)


# --- take the floor, a trip, efforts, a view; it takes time ----------------------------------
# *take* + a noun French says with another verb (Robert & Collins, *take*; Larousse): *take
# the floor* "prendre la parole" (and *give the floor* "donner la parole": eng-cat's floor
# of a room, "fond"), *take a trip* "faire un voyage", *take efforts* "déployer des efforts",
# *take a view of* "avoir une vision de"; *it takes* + a time "il faut" + the time. The
# pivot says each with "porter" (Catalan "portar"), which ``collocations.take`` leaves
# before nouns it does not list.
_TAKE_EN = r"\b(?:take|takes|took|taken|taking)\s+(?:\w+\s+){0,3}?"
_FLOOR_EN = re.compile(r"\b(?:take|takes|took|taken|taking|give|gives|gave|given|giving|pass|"
                       r"passing)\s+(?:\w+\s+)?the\s+floor\b", re.IGNORECASE)
_FOND = re.compile(_B + r"(?:(port(?:er|e|es|ons|ez|ent|é|ait|aient|era|erons|eront|erait|ant))"
                   r"|((?:donn|pass)\w*(?: " + _W + r")?)) le fond" + _E)
_PORTER = r"(port(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|era|erons|eront|erait|eraient|ant))"
_TAKE_NOUNS = (
    (re.compile(_TAKE_EN + r"(?:trips?|journeys?)\b", re.IGNORECASE),
     re.compile(_B + _PORTER + r"( (?:un|une|mon|ma|son|sa|notre|votre|leur|le|ce|cette|ces|"
                r"des|mes|nos|vos|leurs) (?:" + _W + r" )?voyages?)" + _E), "faire"),
    (re.compile(_TAKE_EN + r"efforts\b", re.IGNORECASE),
     re.compile(_B + _PORTER + r"( (?:des|de|les|nos|leurs|tous les|tous nos) efforts)" + _E),
     "déployer"),
    (re.compile(_TAKE_EN + r"views?\s+of\b|\b(?:take|takes|took|taken|taking)\s+(?:a|an)\s+"
                r"(?:\w+\s+){0,2}?view\b", re.IGNORECASE),
     re.compile(_B + _PORTER + r"( (?:une|la) (?:(?:très|plus|assez) )?(?:" + _W + r" )?)vue"
                + _E), "avoir"),
)
_IT_TAKES_EN = re.compile(r"\bit\s+(?:takes|took|will\s+take|would\s+take)\s+(?:(?:us|them|me|"
                          r"you)\s+)?(?:a\s+)?(?:\w+\s+){0,2}?(?:years?|months?|weeks?|days?|"
                          r"hours?|decades?|time|minutes?)\b", re.IGNORECASE)
_IL_PORTE = re.compile(_B + r"(?:([Ii]l|[Ll]a|[Ll]e) |([Ll])['’])?(?:(nous|vous|leur|me) )?"
                       r"(porte|portera|porterait|a porté|portait)"
                       r"(?= (?:du temps|beaucoup de temps|plus de temps|(?:\d+|deux|trois|quatre|"
                       r"cinq|six|sept|huit|dix|plusieurs|quelques|des|de nombreuses|"
                       r"beaucoup d['’]) ?(?:" + _W + r" )?(?:ans|années|mois|semaines|jours|"
                       r"heures|décennies|minutes))" + _E + ")")
_FALLOIR = {"porte": "faut", "portera": "faudra", "porterait": "faudrait", "a porté": "a fallu",
            "portait": "fallait"}


def _take_noun(lemma: str, m: re.Match[str]) -> str:
    """The pivot's "porter" + its object with ``lemma`` ("avoir": "une vue" a "vision")."""
    verb = reverb(m.group(1), lemma, participle=m.group(1) == "porté")
    if verb is None:
        return m.group(0)
    return verb + m.group(2) + ("vision" if lemma == "avoir" else "")


def take_nouns(source: str, french: str) -> str:
    """ "porter le fond" -> "prendre la parole", "donne le fond" -> "donne la parole" (*the
    floor*); "porter mon voyage" -> "faire mon voyage", "avons porté des efforts" -> "avons
    déployé des efforts", "portent une vue globale" -> "ont une vision globale"; "la porte
    plusieurs années pour" -> "il faut plusieurs années pour" (*it takes* + a time)."""
    if "fond" in french and _FLOOR_EN.search(source):
        french = _FOND.sub(lambda m: (reverb(m.group(1), "prendre", participle=m.group(1)
                                             == "porté") or m.group(1) if m.group(1)
                                      else m.group(2)) + " la parole", french)
    if "port" not in french:
        return french
    for english, pattern, lemma in _TAKE_NOUNS:
        if english.search(source):
            french = pattern.sub(partial(_take_noun, lemma), french)
    if _IT_TAKES_EN.search(source):
        french = _IL_PORTE.sub(lambda m: cased_like("il", m.group(1) or m.group(2) or "i")
                               + " " + (m.group(3) + " " if m.group(3) else "")
                               + _FALLOIR[m.group(4)], french, count=1)
    return french


# --- serve as -------------------------------------------------------------------------------
# *serve as* a means, a port, a factor "servir de" + the noun with no article (Robert &
# Collins, *serve*: "to serve as a table" servir de table); a person's post, "exercer les
# fonctions de" (Larousse: "exercer les fonctions de directeur"). The pivot says "servir
# comme" (Catalan "servir com").
_SERVE_AS_EN = re.compile(r"\b(?:serve|serves|served|serving)\s+as\b", re.IGNORECASE)
_SERVIR_COMME = re.compile(_B + r"(serv(?:ir|ons|ez|ent|ait|aient|ira|irons|iront|irait|"
                           r"iraient|ant|i)|sert|sers) comme (?:(?:des|un|une|le|la|les) |"
                           r"l['’]|d['’])?(" + _W + r"|[A-ZÉ]\w*)" + _E)
_POSTS = frozenset(("directeur", "directrice", "président", "présidente", "chef", "ministre",
                    "ambassadeur", "conseiller", "gouverneur", "secrétaire", "maire",
                    "vice-président", "recteur", "commandant", "rédacteur"))


def _serving(m: re.Match[str]) -> str:
    verb, noun = m.group(1), m.group(2)
    de = "d'" if elides(noun) else "de "
    if noun.lower() in _POSTS:  # a post, its capital lowered ("Directeur")
        made = "exercé" if verb == "servi" else reverb(verb, "exercer")
        return m.group(0) if made is None else f"{made} les fonctions {de}{noun.lower()}"
    return f"{verb} {de}{noun}"


def serve_as(source: str, french: str) -> str:
    """ "le rouble peut servir comme des moyens additionnels" -> "servir de moyens
    additionnels", "servira comme port" -> "servira de port"; "a servi comme Directeur de"
    -> "a exercé les fonctions de directeur de" (*serve as*)."""
    if "comme" not in french or not _SERVE_AS_EN.search(source):
        return french
    return _SERVIR_COMME.sub(_serving, french, count=len(_SERVE_AS_EN.findall(source)))


# --- deliver on -----------------------------------------------------------------------------
# *deliver on* an objective "atteindre", a mission, a task "accomplir", a promise "tenir"
# (Robert & Collins, *deliver*: "to deliver on a promise" tenir sa promesse); the pivot's
# "livrer à/dans" (handing over goods), and its "fin" for *objective* (a purpose).
_DELIVER_ON_EN = re.compile(r"\bdeliver(?:s|ed|ing)?\s+on\s+(?:\w+\s+){0,2}?(objectives?|"
                            r"goals?|targets?|missions?|tasks?|promises?|commitments?|"
                            r"pledges?)\b", re.IGNORECASE)
_LIVRER_ON = re.compile(_B + r"(livr(?:er|e|es|ons|ez|ent|ait|aient|era|erons|eront|erait|"
                        r"ant|é)) (?:à|dans|sur) (cette|cet|ce|ces|leur|leurs|son|sa|ses|notre|"
                        r"nos|votre|vos|la|le|les|l['’]) ?(fins?|objectifs?|buts?|missions?|"
                        r"tâches?|promesses?|engagements?)" + _E)
_DELIVER_VERB = {"objective": "atteindre", "goal": "atteindre", "target": "atteindre",
                 "mission": "accomplir", "task": "accomplir", "promise": "tenir",
                 "commitment": "tenir", "pledge": "tenir"}


def deliver_on(source: str, french: str) -> str:
    """ "pour livrer à cette fin" -> "pour atteindre cet objectif" (*deliver on this
    objective*), "de livrer dans leur mission" -> "d'accomplir leur mission"."""
    if "livr" not in french or not (m := _DELIVER_ON_EN.search(source)):
        return french
    lemma = _DELIVER_VERB[m.group(1).lower().rstrip("s")]

    def fix(f: re.Match[str]) -> str:
        verb = reverb(f.group(1), lemma, participle=f.group(1) == "livré")
        if verb is None:
            return f.group(0)
        det, noun = f.group(2), f.group(3)
        if noun.startswith("fin"):  # *objective*: "objectif", the determiner agreed
            noun = "objectif" + noun[3:]
            det = {"cette": "cet", "sa": "son", "la": "l'"}.get(det, det)
        return f"{verb} {det}{'' if det.endswith(('’', chr(39))) else ' '}{noun}"

    french = _LIVRER_ON.sub(fix, french, count=1)
    # "de atteindre", "de accomplir": elided
    return re.sub(r"(?<![\w’'-])([Dd])e (?=(?:atteindre|accomplir)\b)", r"\1'", french)


# --- build ----------------------------------------------------------------------------------
# *build* a plant, a road, a school, a system: "construire" (Robert & Collins, *build*:
# "construire; bâtir"; general usage says "construire" of roads, plants, ships, relations);
# the pivot's "bâtir", in the same form. *build on* a success "bâtir dessus" -> "consolider",
# *build up* ties, efforts "bâtir dessus" -> "renforcer" (Robert & Collins, *to build on*:
# "consolider", *to build up*: "renforcer"); "bâtir en haut de" (*build up*) is
# ``particles``' "renforcer".
_BUILD_EN = re.compile(r"\b(?:re)?buil(?:d|ds|t|ding)\b", re.IGNORECASE)
_BUILD_ON_EN = re.compile(r"\bbuil(?:d|ds|t|ding)\s+(on|up)\b", re.IGNORECASE)
_BATIR = re.compile(_B + r"((?:[Jj]e |[Tt]u )?)([Rr]e)?([Bb])ât(ir|i|ie|is|ies|it|issons|"
                    r"issez|issent|issant|issait|issaient|issais|issions|issiez|isse|isses|irai|iras|ira|"
                    r"irons|irez|iront|irais|irait|iraient|irions|iriez|irent)"
                    r"((?: dessus)?)(?![\w’'])(?! en haut)")  # "bâtirons-nous" too


def _construire(particle: str, m: re.Match[str]) -> str:
    """The form of "construire" for the form of "bâtir" ("bâtis" is a participle but after
    "je", "tu"); of "consolider", "renforcer" for *build on*, *build up* + "dessus"."""
    subject, again, b, ending, on = m.groups()
    if on and particle and not again:
        verb = reverb("bât" + ending, "consolider" if particle == "on" else "renforcer",
                      participle=ending in ("i", "ie", "is", "ies"))
        if verb is not None:
            return subject + cased_like(verb, b)
    verb = reverb("bât" + ending, "construire", participle=not subject)
    if verb is None:
        return m.group(0)
    return subject + cased_like(("re" if again else "") + verb, again or b) + on


def build(source: str, french: str) -> str:
    """ "Canon bâtira des installations" -> "construira", "ont été bâties" -> "ont été
    construites", "en bâtissant des navires" -> "en construisant" (*build*); "continueraient
    à bâtir dessus leurs liens" -> "à renforcer leurs liens" (*build up*)."""
    if "âti" not in french or not _BUILD_EN.search(source):
        return french
    particle = m.group(1).lower() if (m := _BUILD_ON_EN.search(source)) else ""
    return _BATIR.sub(partial(_construire, particle), french)


def verb_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (related, fuel, spend_time, run_route, run_senses, stand_for, grow, speed_up,
                 face, take_nouns, serve_as, deliver_on, build):
        french = rule(source, french)
    return french
