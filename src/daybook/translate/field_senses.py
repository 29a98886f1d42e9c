"""Senses of frequent words chosen by the class of the words around them (a field, a person,
a work), where the English has the word (run with ``sourced.source_rules``, after
``class_senses``). Senses from Robert & Collins and the TLFi:

- *assistance* "assistance" (in French also the audience, a service's help desk) -> "aide"
  ("toute l'aide nécessaire", "de l'aide financière"), *mutual assistance* "l'entraide";
  technical assistance keeps its set term ("assistance technique"); a bare "assistance" (its
  article comes later, which "aide", a verb's form too, would not get) stays;
- *customs* beside traditions, ancestors, culture, languages, rites (a people's ways)
  "la douane" -> "les coutumes" ("aux traditions et aux coutumes de leurs ancêtres"); the
  border service (*customs union, service, duties*) stays "douane";
- *performances* of the stage (theatre, ballet, soloists, a concert) "actions" ->
  "représentations"; of a team or an athlete -> "performances" ("les performances de
  l'équipe");
- *one* standing for a noun after an adjective (*the previous one*, *a new one*): "l'antérieur
  un" -> "le précédent", "un nouvel un" -> "un nouveau", "le dernier un" -> "le dernier";
- *fine* of a person or a work (*a fine actress, a fine example*) "une actrice fine" (thin,
  subtle) -> "une excellente actrice";
- *acts* (deeds: of terrorism, such acts) "comptes-rendus" (the pivot's Catalan "actes",
  minutes) -> "actes" ("la suppression d'actes de terrorisme nucléaire"), where the English
  has no report, minutes or record;
- *authoritative* people, events, bodies "autoritaire" (*authoritarian*) -> "faisant autorité"
  (Robert & Collins: "qui fait autorité"; invariable, no agreement to redo);
- *oil* prices, companies, products "pétrolifère" (oil-bearing: a field, a layer) ->
  "pétrolier", "pétrolière" by the noun's gender ("les entreprises pétrolières");
- *management* of a company as people (it tells, decides; beside engineers and workers; met,
  thanked) "la gestion" (managing) -> "la direction" ("la direction m'a dit"), where every
  *management* of the sentence is the people;
- buildings and troops: *dilapidated* housing "ruineux" (costly), "ruiné" -> "délabré"
  ("des logements délabrés"); a *garrison* "garniture" (trimming) -> "garnison" ("des troupes
  de la garnison de Moscou");
- *master* a subject, a skill, a trade "dominer" (rule over) -> "maîtriser" ("ils maîtrisent
  une grande variété de sujets"); *a wide variety of* "une large variété de" -> "une grande
  variété de".
"""

from __future__ import annotations

import re

from daybook.translate.aux_forms import ENDS_IN_AUXILIARY
from daybook.translate.collocations import reverb
from daybook.translate.french import LOWER_WORD as _W
from daybook.translate.french import WORD_END as _E
from daybook.translate.french import WORD_START as _B
from daybook.translate.french import cased_like, elides
from daybook.translate.gender import readings

__all__ = ["acts", "assistance", "authoritative", "buildings", "customs", "field_senses", "fine",
           "management", "master", "oil_trade", "one_pronoun", "performances"]


# --- assistance -----------------------------------------------------------------------------
_ASSISTANCE_EN = re.compile(r"\bassistance\b", re.IGNORECASE)
# "l'assistance mutuelle" -> "l'entraide"; the set terms of a trade stay.
_MUTUELLE = re.compile(r"(?<=[lLdD]['’])([Aa])ssistance mutuelle" + _E)
# Only after an article, a determiner or an adjective: a bare "assistance" gets its article
# later (``articles_np``), which "aide" (a verb's form too) would not get.
_ASSISTANCE = re.compile(r"(?<![\w’'-])((?:[lLdD]['’]|(?:[Uu]ne|[Cc]ette|[Ss]on|[Ss]a|[Ll]eur|"
                         r"[Nn]otre|[Vv]otre|[Qq]uelle|[Tt]oute|[Gg]rande|[Aa]ucune|nouvelle|"
                         r"précieuse|réelle|vraie) ))([Aa])ssistance(s?)(?! (?:technique|"
                         r"respiratoire|routière)" + _E + ")" + _E)


def assistance(source: str, french: str) -> str:
    """ "toute l'assistance nécessaire" -> "toute l'aide nécessaire", "l'assistance mutuelle"
    -> "l'entraide" (Robert & Collins, *assistance*: "aide"); "assistance technique" stays."""
    if "ssistance" not in french or not _ASSISTANCE_EN.search(source):
        return french
    french = _MUTUELLE.sub(lambda m: cased_like("entraide", m.group(1)), french)
    return _ASSISTANCE.sub(lambda m: m.group(1) + cased_like("aide" + m.group(3), m.group(2)),
                           french)


# --- customs --------------------------------------------------------------------------------
_WAYS = (r"(?:traditions?|ancestors?|ancestral|forefathers|cultures?|cultural|languages?|"
         r"rites?|rituals?|beliefs?|religions?|religious|folk|heritage|manners|mores|ways|"
         r"faiths?|values|peoples?|ethnic)")
_CUSTOMS_EN = re.compile(r"\b" + _WAYS + r"\b[^.;:!?]{0,40}?\bcustoms\b|\bcustoms\b[^.;:!?]{0,40}?"
                         r"\b" + _WAYS + r"\b", re.IGNORECASE)
# The border service: never "coutumes".
_BORDER_EN = re.compile(r"\bcustoms\s+(?:union|service|services|dut(?:y|ies)|authorit\w+|"
                        r"officers?|officials?|clearance|control|checks?|posts?|procedures?|"
                        r"tariffs?|regulations?|code|administration|declarations?|"
                        r"payments?|fees?|border|territory)\b|\bFederal\s+Customs\b",
                        re.IGNORECASE)
_DOUANE = re.compile(_B + r"(?:(à la|de la|la|les|des|aux|et) )?([Dd])ouanes?" + _E)
_COUTUMES = {None: "coutumes", "à la": "aux coutumes", "de la": "des coutumes",
             "la": "les coutumes", "les": "les coutumes", "des": "des coutumes",
             "aux": "aux coutumes", "et": "et coutumes"}


def customs(source: str, french: str) -> str:
    """ "aux traditions et à la douane de leurs ancêtres" -> "aux traditions et aux coutumes
    de leurs ancêtres", "traditions, langues et douane" -> "traditions, langues et coutumes"
    (*customs* of a people: "coutumes"; the border service: "douane")."""
    if "ouane" not in french or not _CUSTOMS_EN.search(source) or _BORDER_EN.search(source):
        return french
    return _DOUANE.sub(lambda m: cased_like(_COUTUMES[m.group(1)], m.group(1) or m.group(2)),
                       french)


# --- performances ---------------------------------------------------------------------------
_PERFORMANCE_EN = re.compile(r"\bperformances?\b", re.IGNORECASE)
_ACTION_EN = re.compile(r"\bact(?:ion|ions|ing|s)?\b", re.IGNORECASE)
_STAGE_EN = re.compile(r"\b(?:theatres?|theaters?|theatrical|ballets?|operas?|stage|concerts?|"
                       r"soloists?|musicians?|orchestras?|actors?|actress(?:es)?|dancers?|"
                       r"circus|choirs?|singers?|philharmonic|troupes?|drama|musical|"
                       r"Bolshoi|Mariinsky|conservatory|audiences?|spectators?)\b",
                       re.IGNORECASE)
_SPORT_EN = re.compile(r"\b(?:teams?|athletes?|players?|championships?|Olympics?|Olympiad|"
                       r"tournaments?|sportsmen|sportswomen|skaters?|footballers?|medals?|"
                       r"World\s+Cup|Paralympic\w*)\b", re.IGNORECASE)
_ACTIONS = re.compile(r"(?<![\w-])" + r"([Aa])ction(s?)" + _E)


def performances(source: str, french: str) -> str:
    """ "les actions par le ballet de Mariinsky" -> "les représentations", "les actions
    exceptionnelles par notre équipe" -> "les performances exceptionnelles" (Robert &
    Collins, *performance*: of a play, a piece "représentation"; of a team "performance")."""
    if "erformance" not in source or "ction" not in french \
            or not _PERFORMANCE_EN.search(source) \
            or _ACTION_EN.search(source):
        return french
    stage, sport = _STAGE_EN.search(source), _SPORT_EN.search(source)
    if bool(stage) == bool(sport):
        return french  # neither field, or both: no telling which the word is
    word = "représentation" if stage else "performance"
    return _ACTIONS.sub(lambda m: cased_like(word + m.group(2), m.group(1)), french)


# --- one for a noun -------------------------------------------------------------------------
_ADJECTIVES_EN = (r"(?:previous|last|new|next|first|second|third|old|latest|only|same|final|"
                  r"former|current|present)")
_ONE_EN = re.compile(r"\b(?:the|a|an|this|that|our|your|their|its|his|her|my)\s+"
                     + _ADJECTIVES_EN + r"\s+one\b(?![\w-]|\s+(?:of|hundred|thousand|million|"
                     r"billion|or\s+two|another)\b)", re.IGNORECASE)
# The adjective as the pivot puts it, and the French noun phrase's head word it becomes.
_ADJ_FR = {"antérieur": "précédent", "antérieure": "précédente", "précédent": "précédent",
           "précédente": "précédente", "dernier": "dernier", "dernière": "dernière",
           "nouvel": "nouveau", "nouveau": "nouveau", "nouvelle": "nouvelle",
           "prochain": "prochain", "prochaine": "prochaine", "suivant": "suivant",
           "suivante": "suivante", "premier": "premier", "première": "première",
           "deuxième": "deuxième", "second": "second", "seconde": "seconde",
           "troisième": "troisième", "vieux": "vieux", "vieil": "vieux", "vieille": "vieille",
           "ancien": "ancien", "ancienne": "ancienne", "seul": "seul", "seule": "seule",
           "même": "même", "final": "final", "finale": "finale", "actuel": "actuel",
           "actuelle": "actuelle", "présent": "présent", "présente": "présente",
           "plus récent": "plus récent", "plus récente": "plus récente"}
_ONE_FR = re.compile(r"(?<![\w’'-])(?:([Ll])['’]|(le|la|Le|La) )?(" + "|".join(_ADJ_FR)
                     + r") une?(?= *(?:[,.;:!?)»]|$|(?:a|est|sont|était|sera|ont|avait|"
                     r"aura|serait|pourrait|doit|va|qui|que|et|ou|mais|aussi)" + _E + "))")


def one_pronoun(source: str, french: str) -> str:
    """ "sera mieux que l'antérieur un." -> "que le précédent.", "besoin d'un nouvel un" ->
    "d'un nouveau", "Le dernier un a eu lieu" -> "Le dernier a eu lieu" (*one* standing for
    the noun: French says the determiner and the adjective alone)."""
    if " one" not in source or " un" not in french:
        return french  # cheap tests first: the rule reads every sentence
    count = len(_ONE_EN.findall(source))
    if not count:
        return french

    def drop(m: re.Match[str]) -> str:
        adjective = _ADJ_FR[m.group(3)]
        if m.group(1):  # "l'antérieur": the article before the new adjective
            article = "l'" if elides(adjective) else ("la " if adjective.endswith("e")
                                                       and adjective != "même" else "le ")
            return cased_like(article, m.group(1)) + adjective
        return (m.group(2) + " " if m.group(2) else "") + adjective

    return _ONE_FR.sub(drop, french, count=count)


# --- fine -----------------------------------------------------------------------------------
_FINE_EN = re.compile(r"\bfine\s+(?:actor|actress|musician|singer|artist|athlete|specialist|"
                      r"professional|example|job|work|writer|poet|scientist|teacher|doctor|"
                      r"man|woman|person|player|officer|leader|diplomat|film|book|novel|"
                      r"director|dancer|composer|painter|architect|engineer|team)s?\b",
                      re.IGNORECASE)
_FINE_NOUNS_FR = (r"(?:actrices?|acteurs?|musicien(?:ne)?s?|chanteu(?:r|rs|se|ses)|artistes?|"
                  r"athlètes?|spécialistes?|professionnel(?:le)?s?|exemples?|travail|travaux|"
                  r"œuvres?|écrivains?|poètes?|scientifiques?|enseignant(?:e)?s?|médecins?|"
                  r"hommes?|femmes?|personnes?|joueu(?:r|rs|se|ses)|officiers?|dirigeant(?:e)?s?|"
                  r"diplomates?|films?|livres?|romans?|réalisat(?:eur|eurs|rice|rices)|"
                  r"danseu(?:r|rs|se|ses)|compositeu(?:r|rs)|peint(?:re|res)|architectes?|"
                  r"ingénieurs?|équipes?)")
_FIN = re.compile(r"(?<![\w’'-])(?:(le|la|de|que|Le|La|De|Que) )?(" + _FINE_NOUNS_FR
                  + r") fin(e?)(s?)" + _E)


def fine(source: str, french: str) -> str:
    """ "Une actrice fine, vous êtes" -> "Une excellente actrice", "le travail fin" ->
    "l'excellent travail" (*fine* of a person or a work, Robert & Collins: "excellent",
    before the noun)."""
    if "ine " not in source or " fin" not in french or not _FINE_EN.search(source):
        return french

    def move(m: re.Match[str]) -> str:
        adjective = "excellent" + m.group(3) + m.group(4)
        head = m.group(1)
        if head is None:
            return adjective + " " + m.group(2)
        head = head[0] + "'" if head.lower() in ("le", "la", "de") else cased_like("qu'", head)
        return head + adjective + " " + m.group(2)

    return _FIN.sub(move, french)


# --- acts ---------------------------------------------------------------------------------
_ACTS_EN = re.compile(r"\bacts\b", re.IGNORECASE)
_REPORTS_EN = re.compile(r"\b(?:reports?|minutes|accounts?|records?|proceedings|summar(?:y|ies)|"
                         r"transcripts?)\b", re.IGNORECASE)
_COMPTES_RENDUS = re.compile(r"(?<![\w-])([Cc])omptes?-rendus?" + _E)


def acts(source: str, french: str) -> str:
    """ "qui commettent tels comptes-rendus" -> "tels actes", "la suppression de
    comptes-rendus de terrorisme" -> "d'actes de terrorisme" (*acts*: "actes"; both nouns
    masculine, the agreement stays)."""
    if "rendu" not in french or not _ACTS_EN.search(source) or _REPORTS_EN.search(source):
        return french
    french = re.sub(r"(?<![\w-])([Dd])e comptes?-rendus?" + _E,
                    lambda m: cased_like("d'actes", m.group(1)), french)
    return _COMPTES_RENDUS.sub(lambda m: cased_like("actes", m.group(1)), french)


# --- authoritative --------------------------------------------------------------------------
_AUTHORITATIVE_EN = re.compile(r"\bauthoritative\b", re.IGNORECASE)
_AUTHORITARIAN_EN = re.compile(r"\bauthoritarian", re.IGNORECASE)
_AUTORITAIRE = re.compile(_B + r"autoritaires?" + _E)


def authoritative(source: str, french: str) -> str:
    """ "des personnalités religieuses autoritaires" -> "des personnalités religieuses faisant
    autorité", "festivals internationaux autoritaires" -> "festivals internationaux faisant
    autorité" (*authoritative*; "autoritaire" is *authoritarian*)."""
    if "autoritaire" not in french or not _AUTHORITATIVE_EN.search(source) \
            or _AUTHORITARIAN_EN.search(source):
        return french
    return _AUTORITAIRE.sub("faisant autorité", french)


# --- oil ------------------------------------------------------------------------------------
_OIL_EN = re.compile(r"\boil\b(?![\w-]|\s+(?:fields?|deposits?|reservoirs?|wells?)\b)",
                     re.IGNORECASE)
_BEARING_EN = re.compile(r"\boil[\s-]*(?:bearing|fields?)\b", re.IGNORECASE)
_PETROLIFERE = re.compile(r"(?<![\w’'-])(" + r"[a-zàâçéèêëîïôûùüÿœ]+" + r") pétrolifère(s?)" + _E)


def oil_trade(source: str, french: str) -> str:
    """ "les prix pétrolifères" -> "les prix pétroliers", "entreprises pétrolifères" ->
    "entreprises pétrolières" (*oil* prices, companies, products: "pétrolier"; "pétrolifère"
    says that a field holds oil)."""
    if "pétrolifère" not in french or not _OIL_EN.search(source) or _BEARING_EN.search(source):
        return french
    nouns = readings([m.group(1) for m in _PETROLIFERE.finditer(french)])

    def agree(m: re.Match[str]) -> str:
        genders = {r.gender for r in nouns.get(m.group(1), ()) if r.pos == "n"}
        if len(genders) != 1 or not genders <= {"m", "f"}:
            return m.group(0)  # not a noun, or of either gender: left
        word = "pétrolier" if genders == {"m"} else "pétrolière"
        return m.group(1) + " " + word + m.group(2)

    return _PETROLIFERE.sub(agree, french)


# --- management -----------------------------------------------------------------------------
_MANAGEMENT_EN = re.compile(r"\bmanagement\b", re.IGNORECASE)
_FIRMS = (r"(?:company|companies|plant|factory|enterprise|firm|corporation|holding|bank|airline|"
          r"group|mine|shipyard|works|concern|university|hospital|club)")
_STAFF = (r"(?:engineers|workers|employees|staff|designers|specialists|personnel|workforce|"
          r"team|trade\s+unions?|shareholders|owners)")
_BOARD_EN = re.compile(
    r"\bmanagement\s+(?:has\s+|have\s+)?(?:told|tells|said|says|reported|informs?|informed|"
    r"decided|asked|assured|promised|plans|intends|believes|thinks|agreed)\b|"
    r"\b" + _FIRMS + r"(?:['’]s|s['’])\s+(?:top\s+|senior\s+)?management\b(?!\s+(?:system|"
    r"practices?|model|methods?|processes?|quality|efficiency|structure|tools?)\b)|"
    r"\bmanagement\s*(?:,\s*|\s+and\s+)" + _STAFF + r"\b|\b" + _STAFF
    + r"\s*(?:,\s*|\s+and\s+)(?:the\s+)?management\b(?!\s+(?:of|system)\b)|"
    r"\b(?:met|meet|meeting|thank|thanked|congratulate|congratulated)\s+(?:with\s+)?"
    r"(?:the\s+)?(?:top\s+|senior\s+)?management\b", re.IGNORECASE)
_GESTION = re.compile(_B + r"([Gg])estion" + _E)


def management(source: str, french: str) -> str:
    """ "La gestion m'a dit que" -> "La direction m'a dit que", "la gestion de l'entreprise,
    ingénieurs, ouvriers" -> "la direction de l'entreprise" (Robert & Collins, *management*
    the people: "direction"; the managing: "gestion")."""
    if "anagement" not in source or "estion" not in french:
        return french  # "estion" is in every "question": the English first
    board = len(_BOARD_EN.findall(source))
    if not board or board != len(_MANAGEMENT_EN.findall(source)):
        return french  # some *management* is the managing: no telling which is which
    return _GESTION.sub(lambda m: cased_like("direction", m.group(1)), french)


# --- buildings and troops -------------------------------------------------------------------
_DILAPIDATED_EN = re.compile(r"\bdilapidated\b", re.IGNORECASE)
_RUINEUX = re.compile(_B + r"(" + _W + r") (?:ruineu(x|se|ses)|ruin(é|ée|és|ées))" + _E)
_GARRISON_EN = re.compile(r"\bgarrisons?\b", re.IGNORECASE)
_GARNITURE = re.compile(r"(?<![\w-])([Gg])arniture(s?)" + _E)


def _delabre(m: re.Match[str]) -> str:
    """The noun and "délabré" in the engine's adjective's gender and number (a plural
    noun's "ruineux" is plural)."""
    noun, ending = m.group(1), m.group(2) or m.group(3)
    if ending in ("x", "é"):
        ending = "s" if noun.endswith(("s", "x")) else ""
    else:
        ending = {"se": "e", "ses": "es", "ée": "e", "és": "s", "ées": "es"}[ending]
    return noun + " délabré" + ending


def buildings(source: str, french: str) -> str:
    """ "reloger des personnes de logement ruineux" -> "de logement délabré", "des troupes de
    garniture de Moscou" -> "des troupes de garnison" (Robert & Collins: *dilapidated*
    "délabré", *garrison* "garnison")."""
    if "ruin" in french and _DILAPIDATED_EN.search(source):
        french = _RUINEUX.sub(_delabre, french)
    if "arniture" in french and _GARRISON_EN.search(source):
        french = _GARNITURE.sub(lambda m: m.group(1) + "arnison" + m.group(2), french)
    return french


# --- master ---------------------------------------------------------------------------------
_MASTER_EN = re.compile(r"\bmaster(?:s|ed|ing)?\s+(?:(?:a|an|the|new|modern|several|many|"
                        r"various|different|basic|foreign|wide|variety|range|of|their|his|"
                        r"her|our|its|key|these|those|advanced|complex|digital)\s+){0,4}"
                        r"(?:subjects?|skills?|competences?|competencies|professions?|"
                        r"technolog(?:y|ies)|languages?|knowledge|trades?|crafts?|art|arts|"
                        r"techniques?|methods?|disciplines?|specialit(?:y|ies)|programmes?|"
                        r"programs?|curricul(?:um|a)|production|instruments?|equipment|"
                        r"weapons?|occupations?|sciences?)\b", re.IGNORECASE)
_DOMINER = re.compile(_B + r"(domin(?:er|e|es|ons|ez|ent|é|ée|és|ées|ait|aient|ant|era|"
                      r"erons|eront|erait|eraient|a|èrent))" + _E)
_WIDE_VARIETY_EN = re.compile(r"\bwide\s+variety\b", re.IGNORECASE)


def master(source: str, french: str) -> str:
    """ "Ils dominent une large variété de sujets" -> "Ils maîtrisent une grande variété de
    sujets", "dominant de nouvelles compétences" -> "maîtrisant" (Robert & Collins, *master*
    a subject, a skill: "maîtriser"; *a wide variety of* "une grande variété de")."""
    if "aster" in source and "omin" in french and _MASTER_EN.search(source):
        def verb(m: re.Match[str]) -> str:
            new = reverb(m.group(1).lower(), "maîtriser",
                         participle=ENDS_IN_AUXILIARY.search(french[:m.start()]) is not None)
            return m.group(0) if new is None else cased_like(new, m.group(1))
        french = _DOMINER.sub(verb, french)
    if "variété" in french and _WIDE_VARIETY_EN.search(source):
        # The pivot puts the adjective first or last ("une variété large").
        french = re.sub(_B + r"(?:large variété|variété large)" + _E, "grande variété", french)
    return french


def field_senses(source: str, french: str) -> str:
    """Every rule above."""
    for rule in (assistance, customs, acts, authoritative, oil_trade, performances, one_pronoun,
                 fine, management, buildings, master):
        french = rule(source, french)
    return french
